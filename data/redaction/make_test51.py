#!/usr/bin/env python3
"""Write data/redaction/test51.jsonl, a held-out test set for the transcript redactor.

What the set leans on
---------------------
Retail and online-shopping customer service: gift cards and e-gift cards (numbers and PINs),
store cards and loyalty cards, vouchers and promo codes, returns and refunds to the original
card, exchanges, price matches, click-and-collect, warranty registrations, order, return,
tracking, receipt and till numbers.  Payment cards carry the most weight: cards in one to five
pieces over turns, corrected blocks, restarts, a block repeated on request, read-backs by the
agent or an IVR (whole, one block, the last four), CVVs and expiries asked and said in varied
ways, a card given and then withdrawn.  Identity checks (dates of birth, postcodes, first line of
address, SSN or its last four, UK NI and Irish PPS numbers) and phones with extensions.  Many
look-alikes sit right beside real values (prices, discounts, quantities, sizes, times, dates,
model and SKU numbers, receipt numbers) and many utterances hold no personal data at all.
Callers come from the UK, Ireland, the US, Canada and Australia.  About half the utterances are
in the recogniser's style (`asr`) and half in `transcript` style.

How it is built
---------------
Every case is a hand-written function below (its own people, reason for calling, wording and
order of events) with inline markup: `[[TYPE#grp:text]]` for pii (TYPE is an alias, see
TYPES; `#grp` is a local group label, a fresh group when omitted; `[[TYPE#grp!:text]]` marks a
piece that stays in the value's group but is not part of the final value: digits before a
restart, a corrected block, a block repeated on request, a phone extension) and `((kind:text))`
for keep spans.  The markup is stripped in code and every offset is computed from the clean
text; groups are renumbered g1, g2, ... in order of first appearance.  Every generated number
(cards, codes, expiries, SSNs, NI and PPS numbers, phones, postcodes, account, order, gift card
and loyalty numbers, dates of birth, house numbers, prices, model and SKU numbers, receipt and
tracking numbers, ...) is drawn from one random.Random(51) in case order, so the output is the
same on every run and under any PYTHONHASHSEED.  Small everyday numbers that are part of the
wording (durations, counts, time-slot hours, ages, sizes) are written by hand.

Run
---
    python3 -B data/redaction/make_test51.py           # validate, print counts, write test51.jsonl
    python3 -B data/redaction/make_test51.py --check   # validate and print counts only

If any check or minimum count fails the script prints the failures, writes nothing and exits 1.

Labelling choices where the conventions are silent
--------------------------------------------------
* Gift card and e-gift card numbers are ACCOUNT_NUMBERs (they identify a customer's stored
  balance), whatever their length and whether or not they pass Luhn; they are never
  CARD_NUMBERs, so the look-alike Luhn check does not concern them.  A gift card's PIN or
  scratch-off code is an `other` keep span (as earlier sets made PINs).
* A store card that is a payment card (a store-branded credit card with a 16-digit Luhn number)
  is a CARD_NUMBER, with its CVV and EXPIRY like any card.  A loyalty, rewards or membership
  card number is an ACCOUNT_NUMBER.
* Order, return (RMA), click-and-collect, exchange, warranty-registration, complaint and
  price-match case and store-credit account numbers, and voucher numbers issued to one
  customer, are ACCOUNT_NUMBERs (a loyalty card's last four too).  Tracking numbers, receipt,
  till, transaction, authorisation and store numbers, refund references, one-time codes and
  PINs are `other`.  Promo and discount codes (shared, printed codes), keypad options
  ("press 1"), a catalogue page, a terminal, gate or house number of a neighbour are `other`
  when they hold digits; a product's model number or SKU is `model_number`; a size is
  `quantity`.
* Cards: digits said before a restart, a corrected block and a block repeated on request stay in
  the card's group (marked so that the Luhn check leaves them out of the join); a card said again
  in full, every read-back (whole, one block, the last four, by agent or IVR) and any last four
  said on its own are groups of their own; a card the caller gives and then withdraws is a group
  of its own.  A card read-back group of exactly four digits is accepted by the card check.
* "CVV", "security code", "expires", "valid thru" and "end of" stay outside codes and expiries;
  a spoken "slash" or "of" between month and year is inside the expiry.
* A phone's extension is a piece of the phone's group (left out of the digit-count check).
  Australian phones (ACMA fiction ranges) and Irish-style ten-digit numbers starting 0 are
  accepted by the phone check.
* A UK National Insurance number and an Irish PPS number are SSNs; the SSN check accepts their
  shapes.  Irish Eircodes, Canadian and Australian postcodes are POSTCODEs.
* A first name and surname said together are one NAME span; a spelled surname is a NAME group of
  its own; titles stay outside; a name inside an e-mail is left to the EMAIL span; store, brand
  and pet names are not names.
* A flat or unit said after the street ("... Road, Flat 3") is inside the ADDRESS; the town said
  in the same breath is inside, a county, state or province is outside.
* The deadlines for returns ("30 days") are `duration`, delivery slots and opening hours `time`,
  days of the month `date`, product years `year`.
* A wrong SSN the caller then corrects is an SSN group of its own; an Irish postal district
  said after the street ("Dublin 6") is inside the ADDRESS.
* An expiry said as month and year in two turns (an IVR asking for each) is one group.

Checks beyond the README's list: `asr` utterances hold no capitals and no . , ? ! ; : @; two
pieces of one group separated only by spaces are an error (they must be one span); every keep
kind is used.
"""
import json
import os
import random
import re
import sys

RNG = random.Random(51)

TYPES = {'CARD': 'CARD_NUMBER', 'CVV': 'CVV', 'EXP': 'EXPIRY', 'SSN': 'SSN', 'PHONE': 'PHONE',
         'EMAIL': 'EMAIL', 'DOB': 'DOB', 'ADDR': 'ADDRESS', 'PC': 'POSTCODE',
         'ACCT': 'ACCOUNT_NUMBER', 'NAME': 'NAME'}
KINDS = ['quantity', 'time', 'price', 'flight_number', 'date', 'year', 'duration', 'percentage',
         'model_number', 'count', 'other']
MINIMA = {'CARD_NUMBER': 60, 'CVV': 30, 'EXPIRY': 30, 'SSN': 10, 'PHONE': 35, 'EMAIL': 25,
          'DOB': 20, 'ADDRESS': 35, 'POSTCODE': 35, 'ACCOUNT_NUMBER': 45, 'NAME': 200}


# ---------------------------------------------------------------- generators (one RNG)
def ri(a, b):
    return RNG.randint(a, b)


def pick(seq):
    return seq[RNG.randrange(len(seq))]


def digs(n, first_nonzero=True):
    s = ''.join(str(ri(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(ri(1, 9)) + s[1:]
    return s


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return c


def card(kind='v'):
    if kind == 'v':
        pre, n = '4', 16
    elif kind == 'm':
        pre, n = pick(['51', '52', '53', '54', '55', '23', '25', '26']), 16
    elif kind == 'a':
        pre, n = pick(['34', '37']), 15
    else:
        pre, n = '6011', 16
    body = pre + ''.join(str(ri(0, 9)) for _ in range(n - 1 - len(pre)))
    return body + luhn_digit(body)


def blocks(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def T4(n, sep=' '):
    return sep.join(blocks(n))


def fail_luhn(n):
    """n digits that fail the Luhn check (tracking numbers and other long look-alikes)."""
    s = digs(n)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def cvv(n=3):
    return digs(n, first_nonzero=False)


def exp(expired=False):
    return ri(1, 12), (ri(2022, 2025) if expired else ri(2027, 2032))


def ssn():
    a = ri(1, 665)
    while a == 666:
        a = ri(1, 665)
    return '%03d%02d%04d' % (a, ri(1, 99), ri(1, 9999))


def ST(s):
    return s[:3] + '-' + s[3:5] + '-' + s[5:]


def ni():
    return pick(['AB', 'JT', 'NP', 'KC', 'SH', 'WL', 'EM', 'RG']) + digs(6, False) + pick('ABCD')


def pps():
    return digs(7, False) + pick('ABCDEFHKPTW') + pick(['', 'A', 'H'])


US_AREAS = ['212', '312', '415', '617', '503', '206', '303', '404', '713', '602', '614', '919']


def ph_us():
    return pick(US_AREAS) + '55501' + digs(2, False)


def ph_ca():
    return pick(['416', '604', '613', '514', '403', '902']) + '55501' + digs(2, False)


def ph_uk():
    return '07700900' + digs(3, False)


def ph_ukl():
    return pick(['02079460', '01614960', '01134960', '01174960']) + digs(3, False)


def ph_au():
    if ri(0, 1):
        return pick(['02', '03', '07', '08']) + '5550' + digs(4, False)
    return '0491570' + pick(['006', '156', '157', '158', '159', '110', '313', '737', '808'])


def PU(p, sep='-'):
    """US/CA 10 digits typed."""
    return p[:3] + sep + p[3:6] + sep + p[6:]


def PK(p):
    """UK typed."""
    if p.startswith('07'):
        return p[:5] + ' ' + p[5:]
    if p.startswith('020'):
        return p[:3] + ' ' + p[3:7] + ' ' + p[7:]
    return p[:4] + ' ' + p[4:7] + ' ' + p[7:]


def PA(p):
    if p.startswith('04'):
        return p[:4] + ' ' + p[4:7] + ' ' + p[7:]
    return p[:2] + ' ' + p[2:6] + ' ' + p[6:]


def dob(child=False):
    return ri(1, 28), ri(1, 12), (ri(2006, 2016) if child else ri(1941, 2005))


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']


def Mon(m):
    return MONTHS[m - 1].capitalize()


def mon(m):
    return MONTHS[m - 1]


UK_OUT = ['SW1A', 'LS6', 'M14', 'BS7', 'EH3', 'G12', 'CF10', 'NE2', 'B15', 'L17', 'NG7', 'SE15',
          'N16', 'BT9', 'OX4', 'CB1', 'YO10', 'S11', 'PL4', 'BN2', 'E8', 'W5', 'DE22', 'LE2',
          'RG1', 'NR2', 'AB10', 'DD1', 'HU5', 'CV1', 'SO15', 'EX4', 'TN1', 'KT2', 'GU1', 'IP4']
IN_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'


def ukpc(out=None):
    out = out or pick(UK_OUT)
    return out + ' ' + str(ri(0, 9)) + pick(IN_LETTERS) + pick(IN_LETTERS)


EIR_KEYS = ['D02', 'D04', 'D06', 'D08', 'D12', 'T12', 'H91', 'V94', 'A94', 'K78', 'F91', 'R95']
EIR_CH = 'ACDEFHKNPRTVWXY0123456789'


def eir(key=None):
    key = key or pick(EIR_KEYS)
    return key + ' ' + pick('ACDEFHKNPRTVWXY') + ''.join(pick(EIR_CH) for _ in range(3))


ZIP_PRE = {'NY': (100, 104), 'IL': (606, 606), 'CA': (900, 961), 'MA': (21, 24), 'OR': (970, 979),
           'WA': (980, 994), 'CO': (800, 816), 'GA': (300, 319), 'TX': (750, 799), 'AZ': (850, 865),
           'OH': (430, 458), 'NC': (270, 289), 'FL': (320, 349), 'PA': (150, 196), 'MN': (550, 567)}


def zipc(state):
    lo, hi = ZIP_PRE[state]
    return '%03d' % ri(lo, hi) + digs(2, False)


CA_FIRST = {'ON': 'KLMNP', 'BC': 'V', 'QC': 'GHJ', 'AB': 'T', 'NS': 'B', 'MB': 'R'}
CA_L = 'ABCEGHJKLMNPRSTVWXYZ'


def capc(prov):
    return (pick(CA_FIRST[prov]) + str(ri(0, 9)) + pick(CA_L) + ' ' + str(ri(0, 9)) + pick(CA_L)
            + str(ri(0, 9)))


AU_RANGE = {'NSW': (2000, 2599), 'VIC': (3000, 3999), 'QLD': (4000, 4899), 'WA': (6000, 6799),
            'SA': (5000, 5799), 'TAS': (7000, 7799), 'ACT': (2600, 2618)}


def aupc(state):
    lo, hi = AU_RANGE[state]
    return str(ri(lo, hi))


def hn(lo=1, hi=240):
    return ri(lo, hi)


def amt(lo, hi, cents=None):
    """(whole, cents) of a price."""
    return ri(lo, hi), (cents if cents is not None else pick([99, 49, 0, 95, 50, 99]))


def money(a, sym='£'):
    w, c = a
    return '%s%s.%02d' % (sym, '{:,}'.format(w), c)


# ---------------------------------------------------------------- rendering helpers
UW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENW = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENW = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def W(d, zero='oh'):
    """Digit by digit."""
    return ' '.join(zero if c == '0' else UW[int(c)] for c in d)


def WZ(d):
    return W(d, 'zero')


def WD(d, zero='oh'):
    """Digit by digit with 'double'."""
    out, i = [], 0
    while i < len(d):
        w = zero if d[i] == '0' else UW[int(d[i])]
        if i + 1 < len(d) and d[i + 1] == d[i] and not (i + 2 < len(d) and d[i + 2] == d[i]):
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def two(p):
    """A two-digit chunk in words."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return 'oh ' + UW[b] if b else 'double oh'
    if a == 1:
        return TEENW[b]
    return TENW[a] + (' ' + UW[b] if b else ' oh')


def WP(d):
    """In pairs: 'forty one oh five'."""
    out = []
    if len(d) % 2:
        out.append(W(d[0]))
        d = d[1:]
    out += [two(d[i:i + 2]) for i in range(0, len(d), 2)]
    return ' '.join(out)


def nw(n):
    """Integer 0..99999 in words."""
    if n < 10:
        return UW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENW[n // 10] + ('' if n % 10 == 0 else ' ' + UW[n % 10])
    if n < 1000:
        return UW[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + nw(n % 100))
    return nw(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else (
        ' and ' if n % 1000 < 100 else ' ') + nw(n % 1000))


def hw(n):
    """House number as said: 'one twenty three'."""
    if n < 100 or n % 100 == 0:
        return nw(n)
    if n % 100 < 10:
        return UW[n // 100] + ' oh ' + UW[n % 100]
    return UW[n // 100] + ' ' + nw(n % 100)


def yw(y):
    if 2000 <= y < 2010:
        return 'two thousand' + ('' if y == 2000 else ' and ' + UW[y - 2000])
    hi, lo = divmod(y, 100)
    return nw(hi) + ' ' + (('oh ' + UW[lo]) if lo < 10 else nw(lo))


ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
       'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
       'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
       'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
       'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first']


def ordn(d):
    return str(d) + ('th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def ew(m, y):
    """Expiry said: 'oh nine twenty eight'."""
    return two('%02d' % m) + ' ' + nw(y % 100) if m < 10 else nw(m) + ' ' + nw(y % 100)


def et(m, y, full=False):
    return '%02d/%s' % (m, str(y) if full else '%02d' % (y % 100))


def pw(a, unit=None):
    """A price said: 'forty nine ninety nine'."""
    w, c = a
    s = nw(w)
    if unit:
        s += ' ' + unit
    if c:
        s += ' ' + nw(c)
    return s


def SP(code):
    """Spell a code (postcode, NI number) out: letters and digit words."""
    out = []
    for ch in code.replace(' ', ''):
        out.append(ch.lower() if ch.isalpha() else ('oh' if ch == '0' else UW[int(ch)]))
    return ' '.join(out)


# ---------------------------------------------------------------- case registry
CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ================================================================ the conversations
@case('asr')
def c001():
    gc = digs(16)
    pin = digs(4, False)
    bal = amt(12, 80)
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    val = ri(2, 9) * 10
    lo, hi = ri(1, 2) * 10, ri(2, 5) * 100
    return f"""
I: welcome to harlow and finch gift services say or key in the number on the back of your gift card
C: [[ACCT:{W(gc)}]]
I: thanks now the ((other:{W(pin)})) under the silver strip
C: [[ACCT#x:{W(gc[:8])}]] oh sorry that's the card again the pin is ((other:{W(pin)}))
I: your balance is ((price:{pw(bal, 'pounds')})) to buy a new e-gift card say buy
C: buy
I: how much would you like to load you can choose between ((price:{nw(lo)} pounds)) and ((price:{nw(hi)} pounds))
C: ((price:{nw(val)} pounds))
I: please say the long number on the debit or credit card you're paying with
C: [[CARD#c:{W(b[0])} {W(b[1])}]]
C: [[CARD#c:{W(b[2])} {WD(b[3])}]]
I: i heard a card ending [[CARD:{W(b[3])}]] is that right
C: yes
I: and the expiry date month and year
C: [[EXP:{ew(m, y)}]]
I: finally the three digit security code on the back
C: [[CVV:{W(cv)}]]
I: thank you your e-gift card will be e-mailed within ((duration:two hours)) goodbye
"""


@case('transcript')
def c002():
    order = 'HF' + digs(8)
    n = card('m')
    ref = amt(40, 160)
    rcpt = digs(12)
    return f"""
A: Thanks for calling Brightwell Home, you're through to [[NAME:Tamsin Achebe]]. How can I help?
C: Hi [[NAME:Tamsin]], it's [[NAME:Gareth Llewellyn]]. I sent back a lamp two weeks ago and I still haven't seen the money.
A: Sorry to hear that. Have you got the order number handy?
C: Yes, it's [[ACCT:{order}]].
A: Thank you. I can see the return arrived at our Swansea depot on the ((date:{ordn(ri(3, 27))})) of last month.
C: So why no refund?
A: It was held for inspection. It's cleared now, and ((price:{money(ref)})) went back this morning.
C: To which card though? I cancelled the old one.
A: It goes back to the original card, the one ending [[CARD:{n[-4:]}]].
C: That's the cancelled one, yes.
A: Don't worry, your bank will still pass it on to the replacement. It can take ((duration:three to five working days)).
C: Okay. Can you e-mail me something to show the bank?
A: I'll send a refund confirmation with reference ((other:{rcpt})) to the address on the order.
C: Lovely, thanks [[NAME:Tamsin]].
"""


@case('asr')
def c003():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    cc = 'c c ' + W(digs(6))
    slot = ri(2, 5)
    return f"""
a: you're through to penrose electrical click and collect my name's [[NAME:dev]] how can i help
c: hiya yeah i tried to pay for a kettle online and it keeps saying payment failed
a: no problem i can take it over the phone have you got the reference it starts with c c
c: yeah [[ACCT:{cc}]]
a: lovely that's the ((model_number:kx two hundred)) kettle in brushed steel
c: that's the one
a: okay long number on the card when you're ready
c: [[CARD#c:{W(b[0])}]] um [[CARD#c:{W(b[1])}]]
a: mm-hmm
c: [[CARD#c:{WD(b[2])}]] and then [[CARD#c:{W(b[3])}]]
a: and the expiry
c: [[EXP:{ew(m, y)}]]
a: last thing the three on the back
c: [[CVV:{W(cv)}]]
a: brilliant that's gone through it'll be ready to collect after ((time:{nw(slot)} o'clock)) today
c: ta [[NAME:dev]] bye
"""


@case('transcript')
def c004():
    loy = digs(11)
    price_them = amt(300, 700)
    price_us = (price_them[0] + ri(20, 60), 0)
    sku = 'TV-' + digs(5)
    return f"""
A: Hello, Fairway Electricals price match team, [[NAME:Colm]] speaking.
C: Hi, I'd like to ask about a price match on a television.
A: Of course. Which model is it?
C: The ((quantity:55-inch)) one, model ((model_number:{sku})).
A: And what's our price showing as?
C: ((price:{money(price_us)})). Dixley's have it at ((price:{money(price_them)})).
A: Is that with delivery included?
C: Delivery's free with them too.
A: Then we can match it. Do you have a Fairway Rewards card? The match is applied to the order on that account.
C: I do, the number is [[ACCT:{loy}]].
A: Thanks. And the name on the account?
C: [[NAME:Oksana Bilyk]].
A: Thank you, Ms [[NAME:Bilyk]]. The match is valid for ((duration:seven days)) so please order before Sunday.
C: Great, thanks.
"""


@case('transcript')
def c005():
    h = hn()
    pc = ukpc('LS6')
    mod = 'WM' + digs(4)
    ser = digs(10)
    e = 'r.oyelaran' + str(ri(10, 99)) + '@btinternet.com'
    yr = ri(2022, 2024)
    return f"""
A: Morningside Appliances warranty line, this is [[NAME:Bethan]]. Are you registering a product?
C: Yes, a washing machine I bought last week. The leaflet said to ring.
A: Great. What's the model number? It's on the sticker inside the door.
C: ((model_number:{mod})), and the serial is ((other:{ser})).
A: Thank you. Can I take your full name?
C: [[NAME:Rotimi Oyelaran]].
A: And the address where the machine is installed?
C: [[ADDR:{h} Headingley Mount]], Leeds, [[PC:{pc}]].
A: That's [[ADDR:{h} Headingley Mount]], [[PC:{pc}]]?
C: That's right.
A: And an e-mail for the certificate?
C: [[EMAIL:{e}]]
A: Lovely. The cover runs for ((duration:five years)) from the purchase date. It replaces the ((year:{yr})) model's two-year cover.
C: Does that include the drum?
A: Parts and labour, drum included. You'll get the certificate within ((duration:24 hours)).
C: Perfect, thanks [[NAME:Bethan]].
"""


@case('asr')
def c006():
    s = ssn()
    d, mo, yy = dob()
    h = hn(100, 999)
    z = zipc('OH')
    ph = ph_us()
    lim = ri(5, 15) * 100
    apr = ri(24, 31)
    return f"""
a: thanks for calling the ridgeline store card team this is [[NAME:marcus]] are you applying today
c: yeah the lady at the till said i'd get ((percentage:fifteen percent)) off if i opened a card
a: that's right on your first purchase i just need a few details what's your full name
c: [[NAME:shawna pettibone]]
a: and your date of birth
c: [[DOB:{mon(mo)} {ORD[d]} {yw(yy)}]]
a: your social security number
c: [[SSN:{W(s)}]]
a: thank you and your home address
c: [[ADDR:{hw(h)} sycamore ridge drive]] columbus ohio [[PC:{W(z)}]]
a: best number to reach you
c: [[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]]
a: okay give me one moment while it runs
c: sure no rush
a: good news you're approved with a limit of ((price:{nw(lim)} dollars)) the rate is ((percentage:{nw(apr)} point nine nine percent))
c: oh wow okay
a: the card will arrive in ((duration:seven to ten days)) and the discount's on your account now
"""


@case('transcript')
def c007():
    loy = digs(4) + ' ' + digs(4) + ' ' + digs(4)
    ph = ph_uk()
    pts = ri(200, 900)
    rc = digs(4) + '-' + digs(3)
    return f"""
A: Calloway's Rewards, you're speaking with [[NAME:Imran]].
C: Hello, my points from Saturday's shop haven't gone on.
A: Let me look. What's your Rewards number?
C: I haven't got the card on me. Can you find it by phone number?
A: Yes, go ahead.
C: It's [[PHONE:{PK(ph)}]].
A: Thanks, I've found an account for [[NAME:Gwen Pritchard]]. Is that you?
C: That's me.
A: And your Rewards number's [[ACCT:{loy}]]. Do you have the receipt?
C: I do. Till ((other:{rc})), and it says ((count:{pts})) points at the bottom.
A: I can see the transaction but the card wasn't scanned. I'll add them manually now.
C: Thank you.
A: They'll show within ((duration:48 hours)). Anything else, [[NAME:Gwen]]?
C: No, that's all.
"""


@case('asr')
def c008():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    o = digs(9)
    sz1, sz2 = 'nine', 'ten'
    return f"""
a: hi you're through to stride and co footwear i'm [[NAME:kezia]]
c: hi [[NAME:kezia]] i want to swap some trainers for a bigger size
a: no problem what's the order number
c: it's [[ACCT:{W(o)}]]
a: i've got the runners in ((quantity:size {sz1})) you'd like a ((quantity:size {sz2}))
c: yeah and i think the tens are more expensive
a: they are there's a difference of ((price:{pw(amt(5, 15), 'pounds')})) i'll need a card for that
c: okay it's [[CARD#c:{W(b[0])} {W(b[1])}]]
a: sorry you cut out after the first few could you repeat the second block
c: [[CARD#c!:{W(b[1])}]] then [[CARD#c:{W(b[2])} {W(b[3])}]]
a: thank you that's [[CARD:{W(b[0])} {W(b[1])} {W(b[2])} {W(b[3])}]]
c: yep
a: expiry date
c: [[EXP:{mon(m)} {nw(y % 100)}]]
a: and the security code
c: [[CVV:{W(cv)}]]
a: done the courier will swap them over on thursday between ((time:eight)) and ((time:one))
"""


@case('transcript')
def c009():
    e_old = 'n.fitzgerald' + str(ri(10, 99)) + '@eircom.net'
    e_new = 'niamh.fitz' + str(ri(100, 999)) + '@gmail.com'
    o = 'EG-' + digs(7)
    v = ri(3, 10) * 10
    return f"""
A: Good afternoon, Quayside Books, [[NAME:Ruairi]] here.
C: Hi, I bought an e-gift card for my sister on Tuesday and she never got it.
A: I'm sorry about that. Could I have the order reference?
C: [[ACCT:{o}]].
A: Thanks. That's a ((price:€{v})) e-gift card sent to [[EMAIL:{e_old}]].
C: Ah, that's the problem. That's her old address, she doesn't use it any more.
A: No bother. What's the right one?
C: [[EMAIL:{e_new}]].
A: So that's [[EMAIL:{e_new}]]?
C: Yes.
A: I've cancelled the first code and re-sent it. It should arrive in ((duration:ten minutes)).
C: Will the first one still work if someone finds it?
A: No, it's dead now. The new one is valid for ((duration:five years)).
C: Great. Thanks, [[NAME:Ruairi]].
"""


@case('asr')
def c010():
    n = card('m')
    b = blocks(n)
    n2 = card('v')
    b2 = blocks(n2)
    m, y = exp()
    cv = cvv()
    promo = 'spring ' + nw(ri(10, 30))
    tot = amt(60, 140)
    return f"""
a: hello larkspur garden centre online orders [[NAME:priya]] speaking
c: hello i'm trying to use a promo code and it keeps saying invalid
a: what's the code
c: ((other:{promo}))
a: ah that one finished on the ((date:{ORD[ri(1, 28)]})) i'm afraid
c: oh well never mind i'll just pay full price can i do it with you
a: course the total's ((price:{pw(tot, 'pounds')})) card number please
c: right it's [[CARD#a:{W(b[0])} {W(b[1])} {W(b[2])} {WD(b[3])}]] no hang on that's my work card let me get the other one
a: no problem take your time
c: okay this one's [[CARD#b:{W(b2[0])} {W(b2[1])} {W(b2[2])} {W(b2[3])}]]
a: thanks and the expiry on that one
c: [[EXP:{ew(m, y)}]]
a: and the c v v
c: [[CVV:{W(cv)}]]
a: perfect that's taken your plants will come on a pallet so someone needs to be in
c: that's fine i work from home
"""


@case('transcript')
def c011():
    ret = 'R' + digs(8)
    trk = fail_luhn(14)
    h = hn()
    pc = ukpc('BS7')
    return f"""
A: Oakmere Fashion returns, [[NAME:Leanne]] speaking, how can I help?
C: Hi [[NAME:Leanne]]. I booked a collection for a return and nobody came.
A: Oh no. Have you got the return number?
C: It's [[ACCT:{ret}]].
A: Thank you. And just to confirm the first line of the address?
C: [[ADDR:{h} Gloucester Terrace]].
A: And the postcode?
C: [[PC:{pc}]].
A: Thanks. The courier has it as a failed attempt at ((time:2:40pm)).
C: I was in all day!
A: I believe you. I'll rebook it for tomorrow, between ((time:9am)) and ((time:1pm)).
C: Okay. Is there a tracking number?
A: Yes, it's ((other:{trk})).
C: Thanks.
"""


@case('asr')
def c012():
    gc = digs(19)
    pin = digs(8, False)
    o = digs(8)
    return f"""
a: thank you for calling tilbury toys my name is [[NAME:ahmed]]
c: hi [[NAME:ahmed]] i've got a gift card and the website won't take it
a: what error does it give you
c: it says card not recognised
a: okay can you read me the card number it's the long one on the back
c: [[ACCT#g!:{W(gc[:6])}]] sorry i'll start again
c: [[ACCT#g:{W(gc)}]]
a: and the pin under the scratch panel
c: ((other:{W(pin)}))
a: i see what's happened this is an in-store only card
c: oh nobody told me that
a: i can swap it for an online code for you what's the order you're trying to place
c: [[ACCT:{W(o)}]]
a: lovely i'll apply it to that order now
c: thanks so much
"""


@case('transcript')
def c013():
    n = card('a')
    b = blocks(n)
    m, y = exp()
    cv = cvv(4)
    ph = ph_us()
    ext = digs(3, False)
    tot = amt(1200, 2600)
    return f"""
A: Thanks for calling Crestline Furniture, this is [[NAME:Dolores]]. How can I help you today?
C: Hi [[NAME:Dolores]], I'm calling about the sectional sofa I ordered. My name is [[NAME:Harlan Whitaker]].
A: Thanks, Mr. [[NAME:Whitaker]]. I see a balance due of ((price:{money(tot, '$')})) before delivery.
C: Right, I want to pay that off now with my Amex.
A: Sure. Go ahead with the card number.
C: [[CARD#c:{b[0]}]]... [[CARD#c:{b[1]}]]... [[CARD#c:{b[2]}]].
A: And the expiration date?
C: [[EXP:{et(m, y)}]].
A: And the four-digit code on the front?
C: [[CVV:{cv}]].
A: Thank you. The payment's approved. Is the number on file still good if the driver needs you?
C: Use my office line instead: [[PHONE#p:{PU(ph)}]], extension [[PHONE#p!:{ext}]].
A: Got it, [[PHONE#r:{PU(ph)}]] extension [[PHONE#r!:{ext}]].
C: That's it.
A: Delivery is set for the ((date:{ordn(ri(2, 28))})), and the crew will call ((duration:30 minutes)) ahead.
"""


@case('asr')
def c014():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    wrong = str((int(b[2][0]) + 3) % 10) + b[2][1:]
    return f"""
i: thank you for calling millbrook department store payments line
i: to pay your store card bill say pay bill to check your balance say balance
c: pay bill
i: please say or enter the sixteen digit number on your store card
c: [[CARD#c:{W(b[0])} {W(b[1])}]]
c: [[CARD#c!:{W(wrong)}]] no [[CARD#c:{W(b[2])} {W(b[3])}]]
i: i heard a card ending in [[CARD:{W(b[3])}]] if that's correct say yes
c: yes
i: please say the expiry date as four digits
c: [[EXP:{W('%02d%02d' % (m, y % 100))}]]
i: and the three digit code from the signature strip
c: [[CVV:{W(cv)}]]
i: how much would you like to pay you can say minimum payment full balance or an amount
c: minimum payment
i: a payment of ((price:{pw(amt(25, 60), 'dollars')})) will be taken on the ((date:{ORD[ri(2, 27)]})) is that okay
c: yes
i: thank you your reference is ((other:{W(digs(6))})) goodbye
"""


@case('transcript')
def c015():
    d, mo, yy = dob()
    h = hn()
    pc = eir('D06')
    acct = digs(8)
    ph = '087' + digs(7, False)
    return f"""
A: Good morning, Hennessy's Store Card, [[NAME:Siobhan]] speaking.
C: Morning. I've moved house and need to update my address.
A: No problem. For security, can I have your full name and date of birth?
C: [[NAME:Declan Mulcahy]], [[DOB:{d} {Mon(mo)} {yy}]].
A: Thank you. And the store card account number?
C: [[ACCT:{acct}]].
A: That's fine. What's the new address?
C: [[ADDR:{h} Rathgar Road, Dublin 6]], [[PC:{pc}]].
A: And is your mobile still [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]?
C: It is, yes.
A: Grand. Your next statement will go to the new address. It's generated on the ((date:{ordn(ri(1, 28))})).
C: Do I need a new card?
A: No, the card stays the same. Anything else today?
C: No, thanks a million.
"""


@case('asr')
def c016():
    o = digs(10)
    t1, t2 = ri(7, 9), ri(1, 4)
    return f"""
a: hiya wexford interiors this is [[NAME:aoife]]
c: hello i'm ringing about a click and collect order it says ready but the shop says it isn't
a: oh that's annoying what's the order number
c: [[ACCT:{WP(o)}]]
a: okay i see it's showing ready at the gorey store
c: yeah i was there at ((time:half {t2})) and they said they had no record of it
a: let me ring them on the other line bear with me
c: sure
a: thanks for holding they found it it was put in the wrong cage
c: so can i get it today
a: yes they're open till ((time:{nw(t1)})) tonight just ask for the duty manager
c: grand and it's the ((count:two)) curtain poles and the rail
a: all three items yes
c: brilliant thanks [[NAME:aoife]]
"""


@case('transcript')
def c017():
    s = ssn()
    n = card('d')
    b = blocks(n)
    h = hn(10, 99)
    z = zipc('TX')
    e = 'lupe.castellanos' + str(ri(1, 99)) + '@yahoo.com'
    return f"""
A: Lone Star Outfitters credit services, my name is [[NAME:Travis]]. Who am I speaking with?
C: This is [[NAME:Guadalupe Castellanos]].
A: Hi [[NAME:Guadalupe]]. To verify, could you give me the last four of your Social?
C: [[SSN:{s[-4:]}]].
A: Thank you. And your billing ZIP?
C: [[PC:{z}]].
A: Great. What can I do for you?
C: I was charged twice for a pair of boots. ((price:{money(amt(120, 260), '$')})) both times.
A: I see that. The second charge was on your Discover ending [[CARD:{n[-4:]}]].
C: Yes, that's the one.
A: I'm reversing it now. You'll get an email at [[EMAIL:{e}]] once it's done.
C: How long will it take?
A: Usually ((duration:3 to 5 business days)).
C: Okay, thank you, [[NAME:Travis]].
"""


@case('asr')
def c018():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    gc = digs(16)
    bal = amt(5, 40)
    tot = amt(bal[0] + 20, bal[0] + 90)
    return f"""
a: you're through to kestrel sports my name is [[NAME:ollie]] how can i help
c: hi [[NAME:ollie]] i want to buy a bike helmet and use a gift card but it won't cover it all
a: no problem we can split it what's the gift card number
c: [[ACCT#g:{W(gc[:8])}]] and then [[ACCT#g:{W(gc[8:])}]]
a: thanks that's got ((price:{pw(bal, 'pounds')})) on it so there's ((price:{pw((tot[0] - bal[0], tot[1]), 'pounds')})) left to pay
c: okay card for the rest then
a: go for it
c: [[CARD#c:{WD(b[0])}]]
a: yep
c: [[CARD#c:{W(b[1])}]]
a: yep
c: [[CARD#c:{W(b[2])}]] and the last bit is [[CARD#c:{W(b[3])}]]
a: lovely when does it run out
c: [[EXP:{nw(m)} slash {nw(y % 100)}]]
a: and the three numbers on the back
c: [[CVV:{W(cv)}]]
a: that's all gone through the helmet is the ((model_number:aero {nw(ri(2, 9))} hundred)) in matte black
"""


@case('transcript')
def c019():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    h = hn()
    pc = aupc('VIC')
    ph = ph_au()
    return f"""
A: Thanks for calling Southbank Homewares, you're speaking with [[NAME:Kylie]].
C: G'day [[NAME:Kylie]], I want to order the dinner set from your catalogue, page ((other:{ri(10, 60)})).
A: The ((count:16))-piece stoneware set? That's ((price:{money(amt(90, 180), '$')})).
C: That's the one. Delivered to [[ADDR:{h} Brunswick Street, Fitzroy]], VIC [[PC:{pc}]].
A: Lovely. And a contact number for the driver?
C: [[PHONE:{PA(ph)}]].
A: Thanks. How would you like to pay?
C: Visa. [[CARD#c:{b[0]} {b[1]}]]
A: Mm-hm.
C: [[CARD#c:{b[2]} {b[3]}]].
A: Let me read that back: [[CARD:{T4(n)}]].
C: Correct.
A: Expiry and the three digits on the back?
C: [[EXP:{et(m, y)}]], and [[CVV:{cv}]].
A: All done. It'll be with you in ((duration:4 to 6 business days)).
"""


@case('asr')
def c020():
    loy = digs(12)
    d, mo, yy = dob()
    pc = ukpc('M14')
    return f"""
a: morning you're through to the hartwell beauty club team my name's [[NAME:jas]]
c: hi i've been locked out of my beauty club account online
a: oh no let's get you back in can i have your membership number
c: i don't know it
a: that's fine i can find you with your name date of birth and postcode
c: okay it's [[NAME:ruth okonkwo]] born [[DOB:{ORD[d]} of {mon(mo)} {yw(yy)}]]
a: and the postcode
c: [[PC:{SP(pc)}]]
a: thanks [[NAME:ruth]] i've found you your membership number's [[ACCT:{W(loy)}]] if you want to jot it down
c: hang on let me get a pen
c: okay go
a: [[ACCT#r:{W(loy[:6])}]] then [[ACCT#r:{W(loy[6:])}]]
c: got it
a: i've sent a reset link it expires after ((duration:thirty minutes))
c: thank you
"""


@case('transcript')
def c021():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    pc = capc('ON')
    e = 'marc.tremblay.' + str(ri(10, 99)) + '@videotron.ca'
    sku = 'SKU ' + digs(6)
    return f"""
A: Northgate Hardware online, this is [[NAME:Priyanka]]. What can I help with?
C: Hi, I'd like to order a snowblower, the one that's on sale.
A: The ((model_number:SB-{digs(3)})) two-stage? It's ((price:{money(amt(700, 1100), '$')})) this week.
C: Yes. The website lists it as ((model_number:{sku})).
A: That's it. Name for the order?
C: [[NAME:Marc Tremblay]].
A: And your postal code, Mr. [[NAME:Tremblay]]?
C: [[PC:{pc}]].
A: And an email for the receipt?
C: [[EMAIL:{e}]].
A: Card number when you're ready.
C: [[CARD#c:{b[0]}-{b[1]}-{b[2]}-{b[3]}]].
A: Expiry?
C: [[EXP:{et(m, y, True)}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Thank you, that's approved. Curbside pickup is free after ((time:10 a.m.)) tomorrow.
"""


@case('asr')
def c022():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    rma = digs(7)
    return f"""
a: hello pixelworks repairs and returns [[NAME:tomasz]] speaking
c: hi yeah my headphones stopped charging after ((duration:a month))
a: sorry about that are they still under warranty
c: yeah bought them in march
a: okay i'll raise a return for you the r m a number is [[ACCT:{W(rma)}]]
c: [[ACCT:{W(rma)}]] got it
a: there's a ((price:{nw(ri(4, 9))} pound)) postage charge we refund it if the fault's confirmed
c: fine can you take it now
a: sure long number please
c: [[CARD#c:{W(b[0])} {W(b[1])} {W(b[2])}]] um [[CARD#c:{W(b[3])}]]
a: and expiry
c: it says valid thru [[EXP:{ew(m, y)}]]
a: security number
c: [[CVV:{WD(cv)}]]
a: thanks i'll email the label to the address on your account
c: cheers
"""


@case('transcript')
def c023():
    pps_ = pps()
    d, mo, yy = dob()
    n = card('v')
    h = hn()
    pc = eir('T12')
    return f"""
A: Corrib Credit, the finance partner for Atlantic Furniture. My name is [[NAME:Eoin]].
C: Hello, I'm applying for the finance on a sofa and the form asked me to ring.
A: That's just for a manual check. Can I get your name?
C: [[NAME:Mairead Lynch]].
A: Date of birth?
C: [[DOB:{ordn(d)} {Mon(mo)} {yy}]].
A: And your PPS number, please?
C: [[SSN:{pps_}]].
A: Thank you. And the current address?
C: [[ADDR:{h} Blarney Street]], Cork, [[PC:{pc}]].
A: That's all matched. The plan is ((count:24)) payments of ((price:€{ri(40, 90)}.{ri(10, 99)})) at ((percentage:0%)).
C: And the first payment comes off the card I gave online?
A: Yes, the debit card ending [[CARD:{n[-4:]}]], on the ((date:{ordn(ri(1, 28))})) of each month.
C: Grand, thank you.
"""


@case('asr')
def c024():
    n = card('d')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    ph = ph_us()
    return f"""
a: thanks for calling prairie pantry gourmet gifts this is [[NAME:becky]]
c: hi [[NAME:becky]] i'd like to send a gift basket to my mom for her birthday
a: how lovely which basket were you looking at
c: the big one with the jams the ((model_number:harvest {nw(ri(2, 9))} hundred))
a: great and the recipient's name
c: [[NAME:loretta vandermeer]]
a: and a phone number for the courier in case they can't find the house
c: [[PHONE#p:{W(ph[:3])}]] uh [[PHONE#p:{W(ph[3:6])} {W(ph[6:])}]]
a: and how are you paying today
c: discover [[CARD#c:{W(b[0])} {W(b[1])}]]
c: [[CARD#c:{W(b[2])}]]
c: [[CARD#c:{W(b[3])}]]
a: thank you and the expiration
c: [[EXP:{mon(m)} {yw(y)}]]
a: and the three digit code
c: [[CVV:{W(cv)}]]
a: wonderful it'll arrive on the ((date:{ORD[ri(3, 28)]})) with a card saying happy birthday
"""


@case('transcript')
def c025():
    gc1, gc2 = digs(16), digs(16)
    pin1, pin2 = digs(4, False), digs(4, False)
    return f"""
A: Welcome to Larchwood Gift Card support, my name is [[NAME:Fernando]].
C: Hi. I got two gift cards for Christmas and I want to combine them.
A: We can do that. Read me the first card number, please.
C: [[ACCT:{gc1[:4]} {gc1[4:8]} {gc1[8:12]} {gc1[12:]}]], PIN ((other:{pin1})).
A: And the second?
C: [[ACCT:{gc2[:4]} {gc2[4:8]} {gc2[8:12]} {gc2[12:]}]], and its PIN is ((other:{pin2})).
A: Thank you. The first has ((price:${ri(20, 50)}.00)) and the second ((price:${ri(20, 50)}.00)).
C: So can they go on one card?
A: Yes, I'll move the balance onto the first one, ending [[ACCT:{gc1[-4:]}]].
C: Great.
A: Done. The second card will show ((price:$0.00)) and can be thrown away.
C: Thanks, [[NAME:Fernando]].
"""


@case('asr')
def c026():
    h = hn()
    pc = ukpc('G12')
    e1 = 'fiona dot mackay at outlook dot com'
    o = digs(8)
    return f"""
a: hello you're through to the thistle linen company this is [[NAME:callum]]
c: hi [[NAME:callum]] my parcel went to my old flat
a: oh no i'm sorry what's the order number
c: [[ACCT:{WD(o)}]]
a: thanks and your name
c: [[NAME:fiona mackay]]
a: okay [[NAME:fiona]] it was sent to [[ADDR:{hw(h)} hyndland road flat two left]]
c: yeah that's the old one i moved in july
a: what's the new address
c: [[ADDR:{hw(hn())} dowanhill street]] glasgow [[PC:{SP(pc)}]]
a: i'll update that and send a replacement today it takes ((duration:two working days))
c: will you email me when it ships
a: is it still [[EMAIL:{e1}]]
c: yes
"""


@case('transcript')
def c027():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    fl = 'EI ' + str(ri(100, 999))
    return f"""
A: Duty Free Pre-Order at Dublin Airport, [[NAME:Sinead]] speaking.
C: Hi, I want to pre-order perfume to collect when I fly out on Friday.
A: Lovely. Which flight are you on?
C: ((flight_number:{fl})) to Lisbon, leaving at ((time:6:45)).
A: Grand, collection is at the Terminal ((other:2)) desk from ((time:5am)). What would you like?
C: The ((quantity:100ml)) Chanel, the one that's ((price:€{ri(90, 140)})) online.
A: That's in stock. Your name, please?
C: [[NAME:Grainne Walsh]].
A: And the card for payment?
C: [[CARD#c:{b[0]}]], [[CARD#c:{b[1]}]], sorry, [[CARD#c!:{b[1]}]] again, [[CARD#c:{b[2]}]], [[CARD#c:{b[3]}]].
A: Just to check, the second group was [[CARD:{b[1]}]]?
C: Yes.
A: And the expiry date?
C: [[EXP:{mon(m).capitalize()} {y}]].
A: CVV?
C: [[CVV:{cv}]].
A: You're all set, Ms [[NAME:Walsh]]. Bring your boarding pass to the desk.
"""


@case('asr')
def c028():
    o = digs(9)
    d1 = ri(3, 27)
    return f"""
a: good afternoon bramble and oak furniture [[NAME:hollie]] speaking
c: hello i'm just chasing a delivery date for a wardrobe
a: of course can i take the order number
c: [[ACCT:{W(o)}]]
a: thank you and who am i speaking with
c: it's [[NAME:graham seddon]]
a: thanks [[NAME:graham]] the wardrobe's come in from the supplier it was delayed ((duration:two weeks))
c: yeah i noticed
a: we can bring it on the ((date:{ORD[d1]})) or the ((date:{ORD[d1 + 1]}))
c: the second one please
a: that's booked the two man team will come between ((time:seven)) and ((time:eleven))
c: do they take the old one away
a: only if you added the disposal service it's ((price:{nw(ri(20, 40))} pounds)) extra
c: no i'll take it to the tip myself
a: no problem anything else
c: no that's great
"""


@case('transcript')
def c029():
    s = ssn()
    d, mo, yy = dob()
    h = hn(100, 9999)
    z = zipc('WA')
    ph = ph_us()
    acct = digs(10)
    return f"""
A: Cascade Outdoor Co. store card services. This is [[NAME:Jerome]]. Can I have your account number?
C: [[ACCT:{acct}]].
A: Thank you. And your full name?
C: [[NAME:Wendell Haugen]].
A: For verification, your date of birth and Social Security number, please.
C: [[DOB:{mo}/{d}/{yy}]], and [[SSN:{ST(s)}]].
A: Thank you, Mr. [[NAME:Haugen]]. What can I do for you?
C: I never got this month's statement.
A: Let me check the address we have: [[ADDR:{h} NE Alder Way]], Kirkland, Washington [[PC:{z}]]?
C: That's right.
A: It was mailed on the ((date:{ordn(ri(1, 10))})). Would you like paperless statements instead?
C: Sure.
A: I'll send a text to confirm. Is [[PHONE:{PU(ph, '.')}]] your cell?
C: Yes it is.
A: Done. The minimum payment of ((price:${ri(25, 80)}.00)) is due on the ((date:{ordn(ri(11, 28))})).
"""


@case('asr')
def c030():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    bad = b[0][:2]
    return f"""
i: you've reached the fenwick and stone automated payment line
i: please say the number on your card
c: [[CARD#c!:{W(bad)}]] sorry [[CARD#c:{W(b[0])} {WP(b[1])}]]
c: [[CARD#c:{WP(b[2])} {WP(b[3])}]]
i: sorry i didn't catch that please say the whole card number again
c: [[CARD:{W(n)}]]
i: thank you the card ending in [[CARD:{W(b[3])}]] please say the expiry date
c: [[EXP:{ew(m, y)}]]
i: now the security code
c: [[CVV:{W(cv)}]]
i: please hold while your payment of ((price:{pw(amt(30, 90), 'pounds')})) is authorised
i: payment successful if you need a receipt say receipt otherwise hang up
c: receipt
i: your receipt number is ((other:{W(digs(7))})) thank you for shopping with fenwick and stone
"""


@case('transcript')
def c031():
    h = hn()
    pc = aupc('NSW')
    ph = ph_au()
    e = 'b.nguyen' + str(ri(10, 99)) + '@bigpond.com'
    o = 'WW' + digs(7)
    return f"""
A: Harbourside Kitchenware, [[NAME:Mitchell]] speaking.
C: Hi [[NAME:Mitchell]], it's [[NAME:Bao Nguyen]]. I ordered a stand mixer and it arrived with a cracked bowl.
A: Oh, that's not good. What's your order number?
C: [[ACCT:{o}]].
A: Thanks, [[NAME:Bao]]. We'll send a new bowl, no need to return the mixer.
C: Can it come to my work address instead? I'm never home.
A: Sure, what's that?
C: [[ADDR:{h} Kent Street, Level {ri(2, 9)}, Sydney]] NSW [[PC:{pc}]].
A: Got it. A number for the courier?
C: [[PHONE:{PA(ph)}]].
A: And the confirmation will go to [[EMAIL:{e}]].
C: Perfect.
A: It'll ship within ((duration:2 business days)). Sorry again.
"""


@case('asr')
def c032():
    d, mo, yy = dob()
    h = hn()
    pc = ukpc('NE2')
    ph = ph_uk()
    e = 'kirsty dot hedley' + nw(ri(1, 9)) + ' at hotmail dot co dot uk'
    return f"""
a: welcome to the northern loom store card helpline you're speaking with [[NAME:wes]]
c: hiya i need to change my phone number on the account
a: no bother i'll just run through security first can i take your full name
c: [[NAME:kirsty hedley]]
a: date of birth
c: [[DOB:{nw(d)} {nw(mo)} {yw(yy)}]]
a: first line of the address
c: [[ADDR:{hw(h)} osborne road]]
a: and the postcode
c: [[PC:{SP(pc)}]]
a: lovely you're through security what's the new number
c: [[PHONE:{W(ph[:5])} {WD(ph[5:])}]]
a: and is your email still [[EMAIL:{e}]]
c: yeah that's still right
a: all updated you'll get a text to confirm in ((duration:a few minutes))
c: cheers [[NAME:wes]]
"""


@case('transcript')
def c033():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    v = 'V' + digs(9)
    e = 'c.ababio@protonmail.com'
    return f"""
A: Harrowgate Wines, [[NAME:Florence]] speaking.
C: Good morning. I'd like to send a case of wine as a gift, and I have a voucher.
A: Wonderful. Which case?
C: The ((count:twelve))-bottle Rioja selection.
A: That's ((price:£{ri(120, 190)}.00)). What's the voucher number?
C: [[ACCT:{v}]]. It's worth ((price:£{ri(2, 5) * 10})).
A: That's applied. The balance goes on a card?
C: Yes. [[CARD#c:{b[0]} {b[1]}]] and then [[CARD#c:{b[2]} {b[3]}]].
A: Expiry and security code?
C: Expires [[EXP:{et(m, y)}]], code [[CVV:{cv}]].
A: Thank you. The recipient's name and address?
C: [[NAME:Kwabena Ababio]], [[ADDR:{hn()} Kingsdown Parade]], Bristol [[PC:{ukpc('BS6')}]].
A: And your e-mail for the dispatch note?
C: [[EMAIL:{e}]].
A: All sorted. It'll be delivered ((date:next Thursday)).
"""


@case('asr')
def c034():
    d, mo, yy = dob()
    s = ssn()
    h = hn(100, 999)
    z = zipc('GA')
    e = 'dashawn dot pruitt at gmail dot com'
    return f"""
a: thanks for calling magnolia home credit this is [[NAME:tasha]] how can i help
c: yes ma'am i'm calling because i got a letter saying my account was closed
a: i'm sorry to hear that let me pull it up what's your name
c: [[NAME:dashawn pruitt]]
a: and your date of birth
c: [[DOB:{mon(mo)} {nw(d)} {yw(yy)}]]
a: and the last four of your social
c: [[SSN:{W(s[-4:])}]]
a: thank you mister [[NAME:pruitt]] it looks like the account was closed for no activity in ((duration:two years))
c: can i reopen it
a: i can send a new application to [[ADDR:{hw(h)} peachtree hollow lane]] is that still current
c: yes and the zip is [[PC:{W(z)}]]
a: perfect and i'll email a copy to [[EMAIL:{e}]]
c: that's fine
a: you'll hear back within ((duration:ten business days))
"""


@case('transcript')
def c035():
    ph = ph_ukl()
    ext = digs(4, False)
    o = digs(8)
    return f"""
A: Good afternoon, Selborne & Pike Office Supplies. [[NAME:Hamish]] speaking.
C: Hi [[NAME:Hamish]], it's [[NAME:Yasmin Qureshi]] from the dental practice on Marsh Lane.
A: Hello Ms [[NAME:Qureshi]], what can I do for you?
C: We ordered ((quantity:40 boxes)) of gloves and got ((quantity:4)).
A: Oh dear. What's the order number?
C: [[ACCT:{o}]].
A: I can see it was keyed in wrong at our end. I'll send the other ((quantity:36)) today.
C: Thank you. Can your warehouse call me when it leaves?
A: Of course. What number?
C: [[PHONE#p:{PK(ph)}]], extension [[PHONE#p!:{ext}]].
A: That's [[PHONE#q:{PK(ph)}]], extension [[PHONE#q!:{ext}]].
C: That's right.
A: They'll ring before ((time:noon)).
"""


@case('asr')
def c036():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    e = 'tom dot brannigan at icloud dot com'
    return f"""
a: hello you're through to the lakeside cinema shop this is [[NAME:freya]]
c: hi [[NAME:freya]] i'd like to buy a gift voucher for my brother
a: lovely e voucher or a physical card
c: e voucher please ((price:{nw(ri(2, 10) * 10)} pounds))
a: and where should it go
c: to him directly [[EMAIL:{e}]]
a: and his name to put on it
c: [[NAME:tom brannigan]]
a: and your name
c: [[NAME:sorcha brannigan]]
a: okay the card you're paying with
c: [[CARD#c:{W(b[0])} {W(b[1])}]] hang on [[CARD#c:{W(b[2])}]]
a: and
c: [[CARD#c:{W(b[3])}]]
a: and the expiry and security code
c: [[EXP:{ew(m, y)}]] and [[CVV:{W(cv)}]]
a: all done it'll be sent at ((time:nine am)) on his birthday
"""


@case('transcript')
def c037():
    d, mo, yy = dob()
    ni_ = ni()
    h = hn()
    pc = ukpc('CF10')
    e = 'owain.pryce@sky.com'
    return f"""
A: Thank you for calling Penarth Home Finance, the credit partner for Dragonfly Beds. I'm [[NAME:Nerys]].
C: Hello, I'm applying for ((duration:12 months)) interest-free on a bed and the website told me to phone.
A: I can finish that with you. Your name?
C: [[NAME:Owain Pryce]].
A: Date of birth?
C: [[DOB:{d:02d}/{mo:02d}/{yy}]].
A: National Insurance number?
C: [[SSN:{ni_[:2]} {ni_[2:4]} {ni_[4:6]} {ni_[6:8]} {ni_[8]}]].
A: And the address?
C: [[ADDR:{h} Cathedral Road]], Cardiff, [[PC:{pc}]].
A: How long have you lived there?
C: About ((duration:six years)).
A: And an e-mail?
C: [[EMAIL:{e}]].
A: Thank you. That's approved for ((price:£{ri(600, 1400)})). The first payment is due in ((duration:30 days)).
"""


@case('asr')
def c038():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    ph = ph_au()
    h = hn()
    pc = aupc('QLD')
    return f"""
a: g'day you've called coral coast surf supplies [[NAME:brodie]] speaking
c: hey mate i want to order a wetsuit the ((quantity:three two)) in a ((quantity:large))
a: no worries got your name
c: [[NAME:kane whitlock]]
a: and where's it going
c: [[ADDR:{hw(h)} esplanade burleigh heads]] queensland [[PC:{W(pc)}]]
a: number for the driver
c: [[PHONE:{W(ph[:4])} {W(ph[4:7])} {W(ph[7:])}]]
a: card number when you're ready
c: [[CARD#c:{W(b[0])} {W(b[1])}]]
a: yep
c: [[CARD#c:{W(b[2])}]] and [[CARD#c:{W(b[3])}]]
a: and the expiry
c: [[EXP:{ew(m, y)}]]
a: and the cvv
c: [[CVV:{W(cv)}]]
a: sweet that's ((price:{pw(amt(250, 450), 'bucks')})) all up it'll be with you ((date:wednesday))
"""


@case('transcript')
def c039():
    o = 'PM' + digs(6)
    return f"""
A: Bexley Audio, price-match desk, [[NAME:Reggie]] speaking.
C: Hi, I bought headphones from you on Monday and they're now cheaper on your own website.
A: Which model?
C: The ((model_number:HX-{ri(400, 990)})), noise cancelling.
A: What did you pay?
C: ((price:£{ri(220, 300)}.00)). They're ((price:£{ri(170, 210)}.00)) today.
A: We refund the difference within ((duration:14 days)) of purchase. Order number?
C: [[ACCT:{o}]].
A: Thanks. I've raised it; you'll see the difference back on the original card.
C: How long?
A: ((duration:Three to five working days)).
C: Great. Do I need to do anything?
A: No, that's all. Enjoy the headphones!
"""


@case('asr')
def c040():
    gc = digs(18)
    e = 'anjali dot reddy at yahoo dot ca'
    pc = capc('BC')
    return f"""
a: hi thanks for calling maple and moss gift cards this is [[NAME:jordan]]
c: hi i bought an e gift card and the code shows as already used
a: oh that's concerning can i get the card number from the email
c: [[ACCT#g:{W(gc[:9])}]] sorry it's tiny writing [[ACCT#g:{W(gc[9:])}]]
a: and the email it was sent to
c: [[EMAIL:{e}]]
a: and the name on the purchase
c: [[NAME:anjali reddy]]
a: postal code on the billing address
c: [[PC:{SP(pc)}]]
a: thank you it was redeemed ((duration:forty minutes)) after it was sent
c: it wasn't me
a: i'll open a fraud case and freeze the balance you'll get an answer in ((duration:five days))
c: okay thank you [[NAME:jordan]]
"""


@case('transcript')
def c041():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    h = hn()
    z = zipc('CO')
    return f"""
A: Thanks for calling Timberline Gear, this is [[NAME:Skyler]].
C: Hi [[NAME:Skyler]], I need to update the card on my subscription box.
A: Sure. Can I have your name and ZIP code?
C: [[NAME:Renata Kowalczyk]], [[PC:{z}]].
A: Thanks, [[NAME:Renata]]. And the billing street address?
C: [[ADDR:{h} Pearl Street]], Boulder.
A: Perfect. What's the new card number?
C: [[CARD#c:{b[0]} {b[1]}]]
C: Sorry, the second group is [[CARD#c!:{b[1]}]], I'll say it again: [[CARD#c:{b[2]} {b[3]}]].
A: Got it. Expiration?
C: [[EXP:{m}/{y % 100}]].
A: Security code?
C: [[CVV:{cv}]].
A: The next box ships on the ((date:{ordn(ri(1, 28))})), and it'll be charged ((price:${ri(30, 60)}.00)).
"""


@case('asr')
def c042():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    d, mo, yy = dob()
    pay = nw(ri(3, 9) * 10)
    return f"""
i: thanks for calling kingfisher catalogue shopping to pay your account say payment
c: payment
i: for security please say your date of birth
c: [[DOB:{ORD[d]} {mon(mo)} {yw(yy)}]]
i: thank you please say the card number you'd like to pay with
c: [[CARD#c!:{W(b[0])} {W(b[1])}]] oh god i lost my place [[CARD#c:{W(b[0])} {W(b[1])} {W(b[2])} {W(b[3])}]]
i: sorry i didn't understand please say your card number again
c: [[CARD:{W(b[0])} {W(b[1])} {W(b[2])} {W(b[3])}]]
i: the card ending [[CARD:{W(b[3])}]] when does the card expire
c: [[EXP:{mon(m)} {yw(y)}]]
i: and the three digit security code
c: [[CVV:{W(cv)}]]
i: your balance is ((price:{pw(amt(100, 400), 'pounds')})) and your minimum payment is ((price:{pw(amt(5, 25), 'pounds')}))
i: say minimum or say an amount
c: ((price:{pay} pounds))
i: thank you ((price:{pay} pounds)) has been paid your next statement is on the ((date:{ORD[ri(1, 28)]}))
"""


@case('transcript')
def c043():
    o = digs(7)
    trk = fail_luhn(16)
    h = hn()
    pc = ukpc('N16')
    e = 'zeynep.arslan@fastmail.com'
    return f"""
A: Good morning, Tidewell Living, [[NAME:Abigail]] speaking.
C: Hi [[NAME:Abigail]], it's [[NAME:Zeynep Arslan]]. My rug order says delivered but it isn't here.
A: I'm so sorry. Could I have the order number?
C: [[ACCT:{o}]].
A: Thank you. It's the ((quantity:160 x 230 cm)) jute rug, ((price:£{ri(140, 260)}.00))?
C: That's it.
A: The tracking, ((other:{trk})), shows it left with a neighbour at ((time:11:52)).
C: Which neighbour? Nobody's said anything.
A: It says number ((other:{ri(2, 90)})). Can I just confirm your address is [[ADDR:{h} Stoke Newington Church Street]], [[PC:{pc}]]?
C: Yes.
A: If it doesn't turn up by ((time:6pm)), e-mail us and we'll send another.
C: To which address?
A: Reply to the dispatch e-mail we sent to [[EMAIL:{e}]].
C: Okay, thanks.
"""


@case('asr')
def c044():
    s = ssn()
    h = hn(1000, 9999)
    z = zipc('AZ')
    ph = ph_us()
    e = 'ramon dot ibarra at cox dot net'
    return f"""
a: desert bloom home store card services this is [[NAME:kaylee]]
c: hi [[NAME:kaylee]] no wait is it [[NAME:kaylee]] sorry i misheard
a: that's right how can i help
c: i want to add my wife as an authorized user on my card
a: sure i'll verify you first full name
c: [[NAME:ramon ibarra]]
a: full social please
c: [[SSN:{W(s[:3])} {W(s[3:5])} {W(s[5:])}]]
a: thank you and your wife's name
c: [[NAME:lucia ibarra]]
a: her address the same as yours [[ADDR:{nw(h // 100)} {nw(h % 100) if h % 100 > 9 else 'oh ' + nw(h % 100)} east saguaro trail]]
c: yes zip [[PC:{W(z)}]]
a: and a phone number for her
c: [[PHONE:{W(ph)}]]
a: and an email
c: [[EMAIL:{e}]] it's a shared one
a: done her card will arrive in ((duration:seven to ten business days)) with a ((price:zero dollar)) fee
"""


@case('transcript')
def c045():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    d, mo, yy = dob()
    h = hn()
    pc = ukpc('EH3')
    return f"""
A: Caledonian Cashmere, [[NAME:Morag]] speaking. How can I help?
C: I'd like to order the ((quantity:medium)) crew-neck in heather, the one on page ((other:{ri(12, 48)})).
A: That's ((price:£{ri(110, 180)}.00)). Are you an existing customer?
C: Yes, [[NAME:Elspeth Drummond]].
A: Can I confirm your postcode and first line of address?
C: [[PC:{pc}]], [[ADDR:{h} Dundas Street]].
A: Thank you. And your date of birth, for the account?
C: [[DOB:{Mon(mo)} {d}, {yy}]].
A: Lovely. Paying by card?
C: Yes. [[CARD#c:{b[0]}]]
A: Yes?
C: [[CARD#c:{b[1]}]], [[CARD#c:{b[2]}]]... and [[CARD#c:{b[3]}]].
A: And the expiry and security code, please?
C: [[EXP:{et(m, y)}]], and the code is [[CVV:{cv}]].
A: That's gone through. It should arrive within ((duration:three working days)).
C: Wonderful, thank you [[NAME:Morag]].
"""


@case('asr')
def c046():
    tc = digs(4)
    ret = digs(10)
    return f"""
a: hello you're through to greenway supermarkets customer care [[NAME:lewis]] speaking
c: hi i was overcharged at the self checkout yesterday
a: sorry to hear that have you got the receipt
c: yeah it's from the ashford store till ((other:{nw(ri(11, 40))})) at ((time:{nw(ri(4, 7))} fifteen pm))
a: what was the item
c: strawberries they were on offer at ((price:two for {nw(ri(3, 5))} pounds)) but it charged me ((price:{pw(amt(2, 3, 75), 'pounds')})) each
a: how many punnets did you buy
c: ((count:four))
a: okay so you're owed the difference i'll refund it to your card
c: the receipt has a transaction number as well
a: go on
c: ((other:{W(tc)}))
a: thanks i've raised the refund your case number is [[ACCT:{W(ret)}]] it'll be back in ((duration:three to five days))
c: cheers
"""


@case('transcript')
def c047():
    loy = digs(16)
    d, mo, yy = dob()
    ph = ph_uk()
    e = 'hughie.mcgrath@live.co.uk'
    return f"""
A: Brightway Pharmacy Advantage Card helpline, [[NAME:Chioma]] speaking.
C: Hello. I've lost my Advantage card and want a replacement.
A: I can help with that. What's your full name?
C: [[NAME:Hugh McGrath]].
A: Date of birth?
C: [[DOB:{d}.{mo}.{yy}]].
A: And the mobile on your account?
C: [[PHONE:{PK(ph)}]].
A: Thank you, Mr [[NAME:McGrath]]. Your points balance is ((count:{ri(1000, 9000)})) points, worth ((price:£{ri(10, 90)}.{ri(10, 99)})).
C: That's a relief. Will they move over?
A: They will. The old card, ending [[ACCT:{loy[-4:]}]], is blocked now.
C: Good.
A: The new card goes out in ((duration:7 to 10 days)). Do you want an e-mail when it's sent?
C: Yes, to [[EMAIL:{e}]].
A: Done.
"""


@case('asr')
def c048():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    e = 'noor dot haddad at gmail dot com'
    return f"""
a: thanks for calling velvet room lingerie this is [[NAME:paloma]]
c: hi [[NAME:paloma]] i'm trying to order and the website won't take my card
a: i can place it for you what items
c: the silk robe in ((quantity:small)) and the slippers in a ((quantity:size five))
a: that's ((price:{pw(amt(90, 140), 'pounds')})) with free delivery name please
c: [[NAME:noor haddad]]
a: and your email
c: [[EMAIL:{e}]]
a: card number
c: [[CARD#c:{WP(b[0])} {WP(b[1])}]]
a: mm-hmm
c: [[CARD#c:{WP(b[2])} {WP(b[3])}]]
a: let me read the last block back [[CARD:{WP(b[3])}]]
c: yes
a: expiry
c: end of [[EXP:{mon(m)} {nw(y % 100)}]]
a: and the three on the back
c: [[CVV:{W(cv)}]]
a: perfect it's on its way
"""


@case('transcript')
def c049():
    s = ssn()
    d, mo, yy = dob()
    h = hn(100, 999)
    z = zipc('NC')
    ph = ph_us()
    ext = digs(2, False)
    return f"""
A: Blue Ridge Appliance Credit, this is [[NAME:Corinne]]. How can I help you today?
C: Hi, I'm calling to ask for a credit limit increase. I'm buying a fridge.
A: I can look at that. Your name, please?
C: [[NAME:Dwayne Tillery]].
A: Date of birth and full Social?
C: [[DOB:{mo:02d}-{d:02d}-{yy}]], and [[SSN:{s}]].
A: Thank you. Current address?
C: [[ADDR:{h} Hillsborough Street]], Raleigh, NC [[PC:{z}]].
A: And your annual income, roughly?
C: About ((price:${ri(40, 90)},000)).
A: The fridge is the ((model_number:RF-{ri(200, 899)}))?
C: Yes, the ((price:${ri(1800, 2900)})) one.
A: I can raise your limit to ((price:${ri(3, 6)},000)). Is there a number to text the approval to?
C: My work line: [[PHONE#p:{PU(ph)}]], extension [[PHONE#p!:{ext}]].
A: Done. It'll be live in ((duration:an hour)).
"""


@case('asr')
def c050():
    gc = digs(16)
    pin = digs(6, False)
    h = hn()
    pc = eir('H91')
    gv = nw(ri(2, 10) * 10)
    return f"""
a: hello westbound toys galway [[NAME:ciaran]] speaking
c: hi there i bought a gift card in your shop for my nephew and it's not been activated
a: ah no sorry about that can you read out the number on the back
c: [[ACCT:{W(gc)}]]
a: and the pin
c: ((other:{W(pin)}))
a: thanks yeah the till never activated it it's showing ((price:zero euro))
c: it should be ((price:{gv} euro))
a: i'll activate it now can i take your name in case we need to follow up
c: [[NAME:eimear flaherty]]
a: and your address
c: [[ADDR:{hw(h)} bohermore road]] galway [[PC:{SP(pc)}]]
a: grand it's active now the full ((price:{gv})) is on it
c: thanks a million [[NAME:ciaran]]
"""


@case('transcript')
def c051():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    return f"""
I: Welcome to Pemberton's. Please enter your order number followed by the hash key.
C: [[ACCT:{digs(8)}]]
I: Thank you. Your order total is ((price:£{ri(30, 99)}.{ri(10, 99)})). Please enter your card number.
C: [[CARD:{n}]]
I: You entered a card ending in [[CARD:{b[3]}]]. Press ((other:1)) to confirm or ((other:2)) to re-enter.
C: ((other:1))
I: Please enter the expiry date as four digits, month then year.
C: [[EXP:{m:02d}{y % 100:02d}]]
I: Please enter the three-digit security code.
C: [[CVV:{cv}]]
I: Thank you. Your payment has been accepted. Your authorisation code is ((other:{digs(6)})).
I: To speak to an adviser about your delivery, press ((other:0)).
C: ((other:0))
A: Hello, you're through to [[NAME:Ellis]]. I can see you've just paid. How can I help?
C: Hi [[NAME:Ellis]], can I choose a delivery day?
A: Yes, we have Tuesday or Friday, both between ((time:7am)) and ((time:7pm)).
C: Friday, please.
"""


@case('asr')
def c052():
    d, mo, yy = dob()
    h = hn()
    pc = ukpc('B15')
    ph = ph_uk()
    e = 'gurpreet dot sandhu at btinternet dot com'
    n = card('v')
    return f"""
a: afternoon you're through to the homestead store card team [[NAME:rhys]] speaking
c: hi yeah i've had a text about a payment i didn't make
a: okay let's look into that can i have your full name
c: [[NAME:gurpreet sandhu]]
a: date of birth
c: [[DOB:{nw(d)} {mon(mo)} {yw(yy)}]]
a: and the first line of your address and postcode
c: [[ADDR:{hw(h)} harborne park road]] [[PC:{SP(pc)}]]
a: thanks what does the text say
c: it says a payment of ((price:{pw(amt(200, 500), 'pounds')})) at a shop in leeds on the card ending [[CARD:{W(n[-4:])}]]
a: i can see that it's marked as online not leeds
c: i haven't bought anything online this week
a: right i'll block the card now and send a new one with a new number
c: what about the money
a: you won't pay it while we look into it we'll email you at [[EMAIL:{e}]]
c: and if you need to call me it's [[PHONE:{W(ph)}]]
a: noted you'll hear from the fraud team within ((duration:forty eight hours))
"""


@case('transcript')
def c053():
    n = card('a')
    b = blocks(n)
    m, y = exp()
    cv = cvv(4)
    h = hn(10, 400)
    z = zipc('NY')
    e = 'v.castellano@nyu.edu'
    return f"""
A: Madison Row Bridal, this is [[NAME:Giselle]] speaking.
C: Hi [[NAME:Giselle]], I need to pay the balance on my daughter's gown before the fitting.
A: Of course. The name on the order?
C: It's under my daughter, [[NAME:Valentina Castellano]].
A: I have it. Balance is ((price:${ri(900, 2400)}.00)), fitting on the ((date:{ordn(ri(1, 28))})) at ((time:3:30)).
C: I'll pay with my Amex.
A: Go ahead.
C: [[CARD#c:{b[0]}]], [[CARD#c!:{b[1][:3]}]]... sorry, [[CARD#c:{b[1]}]], then [[CARD#c:{b[2]}]].
A: Expiry?
C: [[EXP:{et(m, y)}]].
A: And the four-digit code on the front?
C: [[CVV:{cv}]].
A: And your billing address and ZIP?
C: [[ADDR:{h} West End Avenue, Apt {ri(2, 20)}C]], New York, [[PC:{z}]].
A: All paid. I'll send the receipt to [[EMAIL:{e}]].
"""


@case('asr')
def c054():
    o = digs(8)
    return f"""
a: hi you're through to harbour lights homeware this is [[NAME:megan]]
c: hi i just want to check your returns policy before i send something back
a: of course what's the item
c: a mirror it's the ((model_number:m r {nw(ri(10, 90))})) round one
a: you've got ((duration:thirty five days)) from delivery to send it back unused
c: it's been about ((duration:three weeks))
a: that's fine then is it damaged at all
c: no it just doesn't fit the wall
a: okay you can drop it at any of our ((count:sixty)) stores or book a courier for ((price:{pw(amt(3, 6, 95), 'pounds')}))
c: store's easier there's one near me
a: take the order email with you or just the order number
c: it's [[ACCT:{W(o)}]]
a: perfect that's all they'll need the refund goes back in ((duration:five to seven days))
c: great thanks
"""


@case('transcript')
def c055():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    ph = ph_ca()
    pc = capc('QC')
    return f"""
A: Boutique Laurentide, bonjour, this is [[NAME:Mathieu]]. How can I help?
C: Hi [[NAME:Mathieu]], I'd like to order the winter parka in navy, ((quantity:size L)).
A: Great choice, it's ((price:${ri(250, 480)}.00)) and there's ((percentage:20%)) off this weekend.
C: Perfect. It's [[NAME:Stephanie Gagnon]], postal code [[PC:{pc}]].
A: And a phone number?
C: [[PHONE:{PU(ph, ' ')}]].
A: Card number?
C: [[CARD#c:{b[0]} {b[1]} {b[2]}]]... one sec, the last four are rubbed off... [[CARD#c:{b[3]}]].
A: Let me read back the whole thing: [[CARD:{T4(n)}]].
C: Yes.
A: Expiry date and CVV?
C: [[EXP:{et(m, y)}]] and [[CVV:{cv}]].
A: You'll receive it in ((duration:3 to 4 business days)). Merci!
"""


@case('asr')
def c056():
    h = hn()
    pc = aupc('WA')
    ph = ph_au()
    d, mo, yy = dob()
    e = 'jarrah dot kelly at outlook dot com dot au'
    return f"""
a: hi there welcome to sandgroper sports rewards this is [[NAME:tayla]]
c: hi [[NAME:tayla]] i want to join the rewards club
a: awesome it's free can i get your name
c: [[NAME:jarrah kelly]]
a: and your date of birth you get a voucher on your birthday
c: [[DOB:{ORD[d]} of {mon(mo)} {yw(yy)}]]
a: your address
c: [[ADDR:{hw(h)} hay street]] perth [[PC:{W(pc)}]]
a: mobile
c: [[PHONE#p:{W(ph[:4])}]] hang on [[PHONE#p:{W(ph[4:])}]]
a: and an email
c: [[EMAIL:{e}]]
a: all done your member number's on its way and you'll get ((price:{nw(ri(1, 3) * 5)} dollars)) off your next shop over ((price:{nw(ri(4, 10) * 10)}))
c: sweet thanks
"""


@case('transcript')
def c057():
    gc = digs(4) + '-' + digs(4) + '-' + digs(4) + '-' + digs(4)
    pin = digs(4, False)
    return f"""
A: Hollins & Grey, gift card services. My name is [[NAME:Patrice]].
C: Hi, I'm trying to use a gift card online and it asks for a PIN I can't find.
A: It's under a scratch panel on the back, next to the barcode.
C: Oh, I see it. It's ((other:{pin})).
A: And the card number?
C: [[ACCT:{gc}]].
A: Thanks. That card has ((price:${ri(25, 150)}.00)) on it and doesn't expire.
C: Can I use it with a promo code?
A: Yes. Which one?
C: ((other:SAVE{ri(10, 30)})).
A: That's valid until ((date:{Mon(ri(1, 12))} {ri(1, 28)})). Enter the code first, then the gift card.
C: Thanks so much.
"""


@case('asr')
def c058():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    nb = card('m')
    return f"""
a: good evening you're through to ashdown garden furniture [[NAME:kieran]] speaking
c: hiya i wanted to pay the deposit on the rattan set
a: no problem it's ((price:{pw(amt(50, 150), 'pounds')})) deposit what card
c: okay [[CARD:{W(nb)}]] oh no hang on that's my husband's i'd better not
a: ha no problem just give me yours instead
c: [[CARD#c:{W(b[0])}]]
a: yep
c: [[CARD#c:{W(b[1])} {W(b[2])}]]
a: yep
c: [[CARD#c:{W(b[3])}]]
a: can i just check the third block was [[CARD:{W(b[2])}]]
c: yes
a: and the expiry date
c: [[EXP:{nw(m)} {nw(y % 100)}]]
a: and the code on the back
c: [[CVV:{W(cv)}]]
a: thank you the rest is due on delivery in ((duration:three weeks))
"""


@case('transcript')
def c059():
    s = ssn()
    d, mo, yy = dob()
    h = hn(100, 9999)
    z = zipc('MN')
    return f"""
A: North Star Furniture Credit, this is [[NAME:Ingrid]]. Who am I speaking with?
C: This is [[NAME:Leif Sorensen]]. I'm calling for my mother, [[NAME:Astrid Sorensen]]. She's here with me.
A: Hi both. Since it's her account, can [[NAME:Astrid]] confirm a couple of things?
C: Sure, she's on speaker.
C: Hello dear. My date of birth is [[DOB:{Mon(mo)} {ordn(d)}, {yy}]].
A: Thank you. And the last four of your Social?
C: [[SSN:{s[-4:]}]].
A: Thank you, Mrs. [[NAME:Sorensen]]. How can I help?
C: She'd like to pay off the recliner early. It was ((price:${ri(900, 1600)}.00)).
A: The remaining balance is ((price:${ri(200, 600)}.{ri(10, 99)})). Still at [[ADDR:{h} Lake Street]], [[PC:{z}]]?
C: Yes, same address.
A: I'll send a payoff letter there. It's good for ((duration:10 days)).
C: Thank you, [[NAME:Ingrid]].
"""


@case('asr')
def c060():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    return f"""
i: welcome to the tanner and bligh card payment service
i: please say the sixteen digit card number
c: [[CARD#c:{W(b[0])} {W(b[1])}]]
i: please continue
c: [[CARD#c:{W(b[2])} {W(b[3])}]]
i: i'll read the number back [[CARD:{W(n)}]] is that right
c: yeah
i: please say the expiry month
c: [[EXP#e:{nw(m)}]]
i: and the expiry year
c: [[EXP#e:{yw(y)}]]
i: and finally the security code
c: [[CVV:{W(cv)}]]
i: thank you your payment of ((price:{pw(amt(40, 120), 'pounds')})) is complete
i: your confirmation number is ((other:{W(digs(6))})) goodbye
"""


@case('transcript')
def c061():
    o = 'CC-' + digs(6)
    ph = ph_uk()
    return f"""
A: Hello, Fernhill Garden Centre, [[NAME:Duncan]] speaking.
C: Hi [[NAME:Duncan]], it's [[NAME:Philippa Ashworth]]. I've got a click-and-collect order for compost and I can't lift it.
A: How many bags?
C: ((count:Ten)), the ((quantity:50-litre)) ones.
A: We can load it for you. What's the collection reference?
C: [[ACCT:{o}]].
A: Got it. Come to the side gate, ((other:Gate 3)), and ring the bell.
C: What time do you shut?
A: ((time:5:30)) on weekdays, ((time:4pm)) on Sundays.
C: And if I'm late, can someone ring me? My mobile is [[PHONE:{PK(ph)}]].
A: I've noted that. [[NAME:Jakub]] is on the yard tonight, he'll ring if needed.
C: Thanks, that's great.
A: You're welcome. The order's paid, so just show the text message.
"""


@case('asr')
def c062():
    d, mo, yy = dob()
    d2, mo2, yy2 = dob(child=True)
    h = hn()
    pc = ukpc('NG7')
    return f"""
a: good morning you're through to the little acorns kids club my name's [[NAME:hayley]]
c: hi i'd like to sign my son up for the birthday club at your toy shop
a: oh lovely can i have your name first
c: [[NAME:shona briggs]]
a: and your date of birth
c: [[DOB:{nw(d)} {nw(mo)} {yw(yy)}]]
a: and your son's name
c: [[NAME:alfie]] [[NAME#s:b r i g g s]]
a: and his date of birth
c: [[DOB:{ORD[d2]} of {mon(mo2)} {yw(yy2)}]]
a: lovely and your address
c: [[ADDR:{hw(h)} lenton boulevard]] nottingham [[PC:{SP(pc)}]]
a: thank you he'll get a card and a ((price:{nw(ri(1, 2) * 5)} pound)) voucher a ((duration:week)) before his birthday
c: aw he'll love that
a: and kids under ((other:five)) get a free ice cream in the cafe too
c: brilliant thanks [[NAME:hayley]]
"""


@case('transcript')
def c063():
    n = card('v')
    b = blocks(n)
    n_old = card('v')
    m, y = exp()
    cv = cvv()
    ret = 'RT' + digs(7)
    return f"""
A: Thanks for calling Sutton & Reeve, [[NAME:Olamide]] speaking.
C: Hi. I returned a coat and the refund went to a card I don't have any more.
A: I'm sorry. What's the return number?
C: [[ACCT:{ret}]].
A: The refund of ((price:£{ri(90, 220)}.00)) went to the Visa ending [[CARD:{n_old[-4:]}]].
C: That card was closed. Can you send it to my new card?
A: Normally it bounces back to us in ((duration:5 to 7 days)), then we can. Or I can issue a gift card now.
C: I'd rather have it on my card. I'll give you the new one.
A: Okay, go ahead.
C: [[CARD#c:{b[0]}]]... um, [[CARD#c!:{b[0]}]]... sorry, I said that twice. Then [[CARD#c:{b[1]}]], [[CARD#c:{b[2]}]], [[CARD#c:{b[3]}]].
A: And the expiry and CVV?
C: [[EXP:{et(m, y)}]], [[CVV:{cv}]].
A: Thank you. Once it bounces back I'll push it to that card. I've added a note.
"""


@case('asr')
def c064():
    ph = ph_us()
    ext = digs(3, False)
    e = 'bernadette dot kowal at comcast dot net'
    h = hn(100, 999)
    z = zipc('IL')
    return f"""
a: windy city mattress company this is [[NAME:deshawn]] speaking
c: hi [[NAME:deshawn]] this is [[NAME:bernadette kowal]] i'm calling about the ((duration:hundred night)) trial
a: sure what's going on with the mattress
c: it's too firm my back's been killing me for ((duration:three weeks))
a: sorry to hear that we can swap it for the plush model the ((model_number:cloud {nw(ri(5, 9))}))
c: is there a cost
a: no the swap is free pickup's from [[ADDR:{hw(h)} north damen avenue]] chicago right
c: yes zip [[PC:{W(z)}]]
a: and best number for the driver to call
c: my office [[PHONE#p:{W(ph)}]] extension [[PHONE#p!:{W(ext)}]] ask for me or [[NAME:gloria]]
a: got it and i'll send the confirmation to [[EMAIL:{e}]]
c: perfect
a: the crew can come ((date:friday the {ORD[ri(2, 28)]})) between ((time:noon)) and ((time:four))
c: that works
"""


@case('transcript')
def c065():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    return f"""
A: Kestrel Electronics, [[NAME:Anoushka]] speaking. Is this about an order?
C: Yes, I'm buying a laptop, the ((model_number:ZB-{ri(1000, 9999)})), but my card was declined online.
A: Let's try over the phone. It's ((price:£{ri(700, 1300)}.00)) with the ((duration:3-year)) cover?
C: Without the cover, please.
A: Then it's ((price:£{ri(600, 900)}.00)). Card number?
C: [[CARD#c:{b[0]} {b[1]}]]... [[CARD#c:{b[2]}]]...
A: Mm-hm.
C: [[CARD#c:{b[3]}]].
A: And the expiry date?
C: End of [[EXP:{Mon(m)} {y}]].
A: And the three digits on the back?
C: [[CVV:{cv}]].
A: It's gone through this time. Your bank probably blocked the online attempt.
C: Thanks, [[NAME:Anoushka]]. My partner [[NAME:Raj]] will collect it.
A: He'll need ID and the order e-mail.
"""


@case('asr')
def c066():
    d, mo, yy = dob()
    h = hn()
    pc = eir('D08')
    e = 'padraig dot nolan at gmail dot com'
    return f"""
a: hiya you're on to liffey electrical warranties [[NAME:shauna]] speaking
c: hi [[NAME:shauna]] i bought a fridge freezer and want to register the warranty
a: no problem what's the model
c: the ((model_number:f f {nw(ri(20, 90))} {nw(ri(10, 99))}))
a: grand and your name
c: [[NAME:padraig nolan]]
a: date of birth
c: [[DOB:{ORD[d]} {mon(mo)} {yw(yy)}]]
a: and the address it's at
c: [[ADDR:{hw(h)} cork street]] dublin eight [[PC:{SP(pc)}]]
a: and an email
c: [[EMAIL:{e}]]
a: and when did you buy it
c: the ((date:{ORD[ri(1, 28)]} of {mon(ri(1, 12))}))
a: lovely you're covered for ((duration:five years)) parts and labour
"""


@case('transcript')
def c067():
    loy = digs(13)
    ph = ph_au()
    return f"""
A: Eastcoast Pet Supplies, [[NAME:Lachlan]] here.
C: Hi [[NAME:Lachlan]]. I've got a PawPoints card but the points from my last few shops aren't showing.
A: Can you read me the card number?
C: [[ACCT:{loy}]].
A: Thanks. Name on the account?
C: [[NAME:Roisin Tran]].
A: I see it, [[NAME:Roisin]]. Your mobile's [[PHONE:{PA(ph)}]]?
C: That's it.
A: The points for the ((quantity:20kg)) bag of dog food are there, ((count:{ri(100, 400)})) points.
C: But not the cat litter from Tuesday.
A: That transaction wasn't scanned. I'll add ((count:{ri(20, 60)})) points now.
C: Great, thanks.
"""


@case('asr')
def c068():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    pc = ukpc('SE15')
    h = hn()
    return f"""
a: hello thanks for calling peckham print and frame [[NAME:ayo]] speaking
c: hi i'd like to pay for the frame i left with you last week it's under [[NAME:marguerite osei]]
a: i've got it ((quantity:fifty by seventy)) oak frame ((price:{pw(amt(80, 160), 'pounds')}))
c: that's the one
a: okay card please
c: [[CARD#c:{W(b[0])} {WD(b[1])}]] wait is it i think i skipped a bit
a: the last bit i've got is [[CARD:{WD(b[1])}]]
c: okay yeah that's right then [[CARD#c:{W(b[2])} {W(b[3])}]]
a: expiry
c: [[EXP:{ew(m, y)}]]
a: and the three digit code
c: [[CVV:{W(cv)}]]
a: lovely do you want us to deliver it
c: yes please to [[ADDR:{hw(h)} bellenden road]] [[PC:{SP(pc)}]]
a: we'll bring it ((date:saturday)) morning
"""


@case('transcript')
def c069():
    s = ssn()
    ph = ph_us()
    e = 'hollis.grant' + str(ri(10, 99)) + '@aol.com'
    return f"""
A: Riverbend Outlet rewards desk, [[NAME:Tamara]] speaking.
C: Hi, I'm [[NAME:Hollis Grant]]. The store card application asked for my Social and I think I typed it wrong.
A: No problem, I can correct it. What did you type?
C: [[SSN:{ST(ssn())}]], but that's my old employee ID mixed in. The right one is [[SSN:{ST(s)}]].
A: Thank you, I've updated it. Is your phone [[PHONE:{PU(ph)}]]?
C: Yes.
A: And email [[EMAIL:{e}]]?
C: Correct.
A: The application will re-run in ((duration:about an hour)). If approved, you get ((percentage:10%)) off today's purchase.
C: I spent ((price:${ri(150, 400)}.{ri(10, 99)})) this morning. Does that count?
A: Purchases within ((duration:14 days)) count. [[NAME:Marisol]] at the front desk can apply it.
C: Thanks, [[NAME:Tamara]].
"""


@case('asr')
def c070():
    gc = digs(16)
    h = hn()
    pc = aupc('SA')
    return f"""
a: g'day you've reached adelaide arcade books [[NAME:nathan]] speaking
c: hi [[NAME:nathan]] my name's [[NAME:wendy papadopoulos]] i've got a question about a gift card
a: sure thing
c: my grandson [[NAME:theo]] got one for his birthday and it's got no expiry printed on it
a: our gift cards last ((duration:three years)) from the day they're bought
c: how do i check how much is on it
a: read me the number and i'll check
c: [[ACCT:{WP(gc)}]]
a: it's got ((price:{pw(amt(20, 60), 'dollars')})) on it
c: lovely and can you post a new one if he loses it
a: only if it's registered i can register it to your address if you like
c: yes please [[ADDR:{hw(h)} king william road]] hyde park [[PC:{W(pc)}]]
a: done it's registered to you
"""


@case('transcript')
def c071():
    n = card('d')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    h = hn(1000, 9999)
    z = zipc('FL')
    ph = ph_us()
    return f"""
A: Sunshine Patio Supply, this is [[NAME:Marco]].
C: Hey [[NAME:Marco]], it's [[NAME:Delia Fontaine]]. I'm ordering the umbrella and base I saw in the store.
A: The ((quantity:9-foot)) market umbrella, ((model_number:PU-{ri(100, 999)}))? ((price:${ri(120, 240)}.00)) with the base.
C: That's it. Ship to [[ADDR:{h} Ocean Boulevard]], Sarasota, [[PC:{z}]].
A: Phone for delivery?
C: [[PHONE:{PU(ph)}]].
A: And the card?
C: Discover, [[CARD#c:{b[0]}]]-[[CARD#c!:{b[0]}]], sorry, I stutter on the phone. [[CARD#c:{b[1]}]]-[[CARD#c:{b[2]}]]-[[CARD#c:{b[3]}]].
A: No problem at all. Expiration and security code?
C: [[EXP:{et(m, y, True)}]], [[CVV:{cv}]].
A: It'll arrive within ((duration:5 business days)).
"""


@case('asr')
def c072():
    n = card('v')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    ph = ph_uk()
    return f"""
a: hi you're through to [[NAME:priti]] at hallam cycles how can i help
c: hi [[NAME:priti]] i want to book a service and pay for a new chain
a: sure which bike is it
c: a ((year:{yw(ri(2015, 2022))})) road bike the ((model_number:allez {nw(ri(2, 9))}))
a: full service is ((price:{pw(amt(60, 90), 'pounds')})) and the chain's ((price:{pw(amt(20, 40), 'pounds')})) name please
c: [[NAME:stanislav petrov]]
a: mobile number
c: [[PHONE:{WZ(ph)}]]
a: and the card
c: [[CARD#c:{W(b[0])} {W(b[1])}]] then [[CARD#c:{W(b[2])} {W(b[3])}]]
a: security code
c: [[CVV:{W(cv)}]]
a: and it expires
c: [[EXP:{ew(m, y)}]]
a: booked in for ((date:tuesday the {ORD[ri(2, 28)]})) drop it off before ((time:nine)) and [[NAME:gethin]] will ring when it's ready
"""


@case('transcript')
def c073():
    d, mo, yy = dob()
    h = hn()
    pc = ukpc('OX4')
    e = 'h.abernethy@outlook.com'
    return f"""
A: Cowley Carpets, [[NAME:Trudy]] speaking.
C: Hello, I'm calling about finance on a carpet. The fitter, [[NAME:Barry]], said to ring you.
A: Yes, we do ((duration:12 months)) at ((percentage:0%)) on orders over ((price:£{ri(3, 9) * 100})). Can I take your name?
C: [[NAME:Hilary Abernethy]].
A: And your date of birth?
C: [[DOB:{d} {Mon(mo)} {yy}]].
A: And your address?
C: [[ADDR:{h} Iffley Road]], Oxford, [[PC:{pc}]].
A: And an e-mail for the agreement?
C: [[EMAIL:{e}]].
A: Lovely. The carpet is ((quantity:{ri(18, 40)} square metres)) at ((price:£{ri(20, 45)}.99)) a metre, so you'll pay ((count:12)) instalments.
C: That's fine.
A: I'll send the agreement now. [[NAME:Barry]] can fit it once you sign.
"""


@case('asr')
def c074():
    d, mo, yy = dob()
    ph = ph_ca()
    return f"""
a: hi you're through to prairie wool and yarn this is [[NAME:colette]]
c: hi [[NAME:colette]] i'm [[NAME:agnes lindqvist]] i ordered yarn for a blanket and you sent the wrong colour
a: oh dear what did you get
c: ((count:twelve)) balls of mustard instead of moss green
a: i'm sorry we'll send the green today can i confirm your date of birth for the account
c: [[DOB:{mon(mo)} {ORD[d]} {yw(yy)}]]
a: thank you and is [[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]] still your number
c: yes it is
a: keep the mustard no need to send it back
c: oh that's kind my daughter [[NAME:ingeborg]] will use it
a: wonderful the green will be with you in ((duration:four days))
"""


@case('transcript')
def c075():
    pc = ukpc('YO10')
    return f"""
A: Minster Toys, this is [[NAME:Joss]].
C: Hi [[NAME:Joss]]. I'm after the wooden train set from your window, the big one.
A: The ((count:48))-piece set? It's ((price:£{ri(60, 110)}.00)). We have ((count:two)) left.
C: Can you put one aside? I'll come in ((date:Saturday)).
A: Sure. What name?
C: [[NAME:Ruth Fairbairn]].
A: And a postcode, so we can find you on the system?
C: [[PC:{pc}]].
A: All set. We hold items for ((duration:48 hours)), so Saturday by ((time:5pm)), please.
C: Perfect. Is the shop busy on Saturdays?
A: Mornings are quieter. We open at ((time:9:30)).
C: Thanks.
"""


@case('asr')
def c076():
    o = digs(9)
    return f"""
a: hello skyway travel essentials online [[NAME:mariam]] speaking
c: hi [[NAME:mariam]] i ordered a suitcase and need it before i fly
a: when are you flying
c: ((date:the {ORD[ri(2, 28)]})) on ((flight_number:b a {nw(ri(100, 999))})) at ((time:seven forty)) in the morning
a: what's the order number
c: [[ACCT:{W(o)}]]
a: it's the ((quantity:seventy centimetre)) hard case it's due ((date:thursday))
c: that's cutting it fine
a: i can upgrade you to next day for ((price:{pw(amt(4, 9, 99), 'pounds')}))
c: yes please do that
a: done it'll come before ((time:one pm)) tomorrow
c: brilliant thanks
"""


@case('transcript')
def c077():
    h = hn()
    pc = eir('V94')
    ph = ph_uk()
    return f"""
A: Shannon Side Hardware, [[NAME:Fergal]] speaking.
C: Hi [[NAME:Fergal]], it's [[NAME:Brid Culhane]]. I ordered a garden shed for delivery and I need to move the date.
A: No bother. What's the address?
C: [[ADDR:{h} O'Connell Avenue]], Limerick, [[PC:{pc}]].
A: Found it. The ((quantity:8x6)) shed, due on the ((date:{ordn(ri(2, 14))})).
C: Can it be the week after? We're pouring the base.
A: The ((date:{ordn(ri(15, 28))})) works. The driver will ring the morning of. Still [[PHONE:{PK(ph)}]]?
C: Yes, that's my UK mobile, I still have it.
A: Grand. The base should be ((quantity:at least 10cm)) of concrete, by the way.
C: Good to know. Thanks.
"""


@case('asr')
def c078():
    n = card('m')
    b = blocks(n)
    m, y = exp()
    cv = cvv()
    h = hn()
    z = zipc('PA')
    return f"""
a: thanks for calling keystone kitchen supply this is [[NAME:dominic]]
c: hi i'm calling to order a replacement oven door seal for a ((model_number:k o {nw(ri(100, 999))}))
a: let me check yep it's ((price:{pw(amt(20, 45), 'dollars')})) plus shipping
c: okay name is [[NAME:carmela russo]]
a: shipping address
c: [[ADDR:{hw(h)} south broad street]] philadelphia [[PC:{W(z)}]]
a: and the card
c: mastercard [[CARD#c:{W(b[0])} {W(b[1])}]] uh [[CARD#c:{W(b[2])} {W(b[3])}]]
a: expiry
c: [[EXP:{ew(m, y)}]]
a: and the code on the back
c: [[CVV:{W(cv)}]]
a: you're all set it ships in ((duration:one to two days)) and there's a ((duration:ninety day)) return window
"""


@case('transcript')
def c079():
    return f"""
A: Good afternoon, Hartley's Department Store, [[NAME:Veronica]] speaking.
C: Hi. Do you still do the ((percentage:15%)) discount for new store card holders?
A: We do, on your first purchase on the day you open the card.
C: Is there a minimum spend?
A: ((price:£{ri(20, 50)})), and it excludes gift cards and electrical items.
C: And what's the interest rate?
A: ((percentage:{ri(24, 33)}.9%)) APR representative.
C: That's steep. I'll think about it.
A: Of course. The offer runs until ((date:{ri(1, 28)} {Mon(ri(1, 12))})).
C: Thanks for your help.
"""


@case('asr')
def c080():
    ph = ph_us()
    loy = digs(10)
    return f"""
a: hi this is [[NAME:brianna]] at evergreen grocery rewards
c: hi [[NAME:brianna]] my rewards card stopped giving me fuel points
a: let me look can i get your phone number on the account
c: [[PHONE:{W(ph[:3])} {W(ph[3:6])} {WD(ph[6:])}]]
a: okay i see it's for [[NAME:terrence oduya]] is that you
c: yes
a: and the card number ends [[ACCT:{W(loy[-4:])}]]
c: yeah
a: the fuel points reset each month you've earned ((count:{nw(ri(100, 300))})) this month so far
c: i thought i had more
a: you used ((count:two hundred)) for ((price:{nw(ri(1, 4) * 10)} cents)) off a gallon on the ((date:{ORD[ri(1, 20)]}))
c: oh right i forgot about that
a: no problem
"""


@case('transcript')
def c081():
    o = digs(8)
    h = hn()
    pc = capc('NS')
    return f"""
A: Atlantic Home Store, this is [[NAME:Keisha]].
C: Hi, I'm calling about an exchange. I bought a ((quantity:queen)) duvet and need a ((quantity:king)).
A: Sure. What's the order number?
C: [[ACCT:{o}]].
A: Thank you. The king is ((price:${ri(20, 40)}.00)) more. We'll charge the card on file.
C: That's fine. Can you send it to my new address? [[ADDR:{h} Spring Garden Road]], Halifax, [[PC:{pc}]].
A: Updated. The courier will collect the queen at the same time.
C: Do I need to box it?
A: Just the original bag is fine. It'll be there in ((duration:5 to 7 days)).
C: Thanks, [[NAME:Keisha]].
"""


# ---------------------------------------------------------------- markup, checks, output
MARK = re.compile(r'\[\[([A-Z]+)(?:#(\w+))?(!)?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)')
SPK = {'A': 'agent', 'C': 'customer', 'I': 'ivr'}
UNITS = {w: i for i, w in enumerate(UW)}
UNITS.update({'oh': 0, 'o': 0, 'nought': 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: i * 10 for i, w in enumerate(TENW) if w}
DIGIT_WORDS = set(UW) | {'oh', 'nought'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'missus', 'sir', 'madam'}
STREET_WORDS = {'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'close',
                'crescent', 'way', 'court', 'ct', 'place', 'pl', 'terrace', 'parade', 'boulevard',
                'blvd', 'grove', 'gardens', 'row', 'square', 'hill', 'walk', 'mews', 'rise',
                'circuit', 'highway', 'parkway', 'trail', 'park', 'green', 'quay', 'wharf',
                'esplanade', 'view', 'mount', 'lawn', 'vale', 'glen', 'bend', 'track', 'heights', 'loop', 'circle', 'cres', 'hwy', 'pkwy'}


def to_digits(text):
    toks = re.findall(r'[a-z]+|\d+', text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ('double', 'triple') and nxt in UNITS:
            out.append(str(UNITS[nxt]) * (2 if t == 'double' else 3))
            i += 1
        elif t in UNITS:
            out.append(str(UNITS[t]))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] != 0 and nxt not in ('oh', 'o'):
                out.append(str(TENS[t] + UNITS[nxt]))
                i += 1
            else:
                out.append(str(TENS[t] // 10) if nxt in ('oh', 'o') else str(TENS[t]))
        elif t == 'hundred' and out:
            out[-1] += '00'
        i += 1
    return ''.join(out)


def normcode(text):
    toks = re.findall(r'[a-z]+|\d+', text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ('double', 'triple') and nxt is not None and (nxt in UNITS or len(nxt) == 1):
            ch = str(UNITS[nxt]) if nxt in UNITS and nxt != 'o' else nxt
            out.append(ch * (2 if t == 'double' else 3))
            i += 1
        elif t in UNITS and t != 'o':
            out.append(str(UNITS[t]))
        elif len(t) == 1:
            out.append(t)
        else:
            out.append(t)
        i += 1
    return ''.join(out).upper()


PC_RE = [r'\d{5}(\d{4})?', r'[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}',
         r'[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY\d]{4}', r'[A-Z]\d[A-Z]\d[A-Z]\d', r'\d{4}']
SSN_RE = [r'[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]', r'\d{7}[A-W][A-IW]?']


def parse_case(cid, style, body):
    utts, pii, keep = [], [], []
    auto = 0
    for line in body.strip('\n').split('\n'):
        line = line.strip()
        if not line:
            continue
        sp, raw = line.split(':', 1)
        raw = raw.strip()
        ui = len(utts)
        text, pos = '', 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            if m.group(1):
                ty = TYPES[m.group(1)]
                g = m.group(2)
                if g is None:
                    auto += 1
                    g = '_auto%d' % auto
                inner = m.group(4)
                pii.append({'utterance': ui, 'start': len(text), 'end': len(text) + len(inner),
                            'type': ty, 'group': g, 'x': bool(m.group(3))})
            else:
                inner = m.group(6)
                keep.append({'utterance': ui, 'start': len(text), 'end': len(text) + len(inner),
                             'kind': m.group(5)})
            text += inner
            pos = m.end()
        text += raw[pos:]
        if '[[' in text or ']]' in text or '((' in text or '))' in text:
            raise ValueError('%s: bad markup in %r' % (cid, raw))
        utts.append({'speaker': SPK[sp.strip().upper()], 'text': text})
    pii.sort(key=lambda s: (s['utterance'], s['start']))
    keep.sort(key=lambda s: (s['utterance'], s['start']))
    ren = {}
    for s in pii:
        if s['group'] not in ren:
            ren[s['group']] = 'g%d' % (len(ren) + 1)
        s['group'] = ren[s['group']]
    return {'case_id': cid, 'style': style, 'utterances': utts, 'pii': pii, 'keep': keep}


def check_case(c, errs):
    cid = c['case_id']
    utts = c['utterances']

    def err(msg):
        errs.append('%s: %s' % (cid, msg))

    spans = [(s, 'pii') for s in c['pii']] + [(k, 'keep') for k in c['keep']]
    for s, _ in spans:
        t = utts[s['utterance']]['text']
        v = t[s['start']:s['end']]
        lab = s.get('type', s.get('kind'))
        if not v or s['end'] > len(t):
            err('empty or outside span %s' % lab)
            continue
        if v != v.strip():
            err('space at edge of %s %r' % (lab, v))
        if not (v[0].isalnum() or v[0] in '$£€'):
            err('leading punctuation %s %r' % (lab, v))
        if not (v[-1].isalnum() or v[-1] == '%' or v.lower().endswith(('a.m.', 'p.m.'))):
            err('trailing punctuation %s %r' % (lab, v))
        if s['start'] > 0 and t[s['start'] - 1].isalnum():
            err('starts inside a word %s %r' % (lab, v))
        if s['end'] < len(t) and t[s['end']].isalnum():
            err('ends inside a word %s %r' % (lab, v))
    for ui, u in enumerate(utts):
        t = u['text']
        if c['style'] == 'asr':
            if re.search(r'[A-Z.,?!;:@]', t):
                err('asr text has capitals or punctuation: %r' % t)
        cover = [False] * len(t)
        ss = sorted([s for s, _ in spans if s['utterance'] == ui], key=lambda s: s['start'])
        for a, b in zip(ss, ss[1:]):
            if b['start'] < a['end']:
                err('overlap in utterance %d' % ui)
            elif a.get('group') and a.get('group') == b.get('group') and not t[a['end']:b['start']].strip():
                err('pieces of one group split by a space only in %r' % t)
        for s in ss:
            for i in range(s['start'], s['end']):
                cover[i] = True
        for i, ch in enumerate(t):
            if ch.isdigit() and not cover[i]:
                err('digit outside a span in %r' % t)
                break
        run = 0
        for m in re.finditer(r"[A-Za-z']+|\d+", t):
            inside = cover[m.start()]
            if not inside and m.group().lower() in DIGIT_WORDS:
                run += 1
                if run >= 4:
                    err('run of digit words outside spans in %r' % t)
                    break
            else:
                run = 0
        if u['speaker'] not in ('agent', 'customer', 'ivr'):
            err('speaker')
    # per-group value checks
    groups = {}
    for s in c['pii']:
        groups.setdefault(s['group'], []).append(s)
    for g, ps in groups.items():
        types = {p['type'] for p in ps}
        if len(types) != 1:
            err('group %s mixes types' % g)
            continue
        ty = types.pop()
        vals = [utts[p['utterance']]['text'][p['start']:p['end']] for p in ps]
        used = [v for p, v in zip(ps, vals) if not p['x']]
        joined = ''.join(to_digits(v) for v in used)
        if ty == 'CARD_NUMBER':
            if not (len(joined) == 4 or (len(joined) in (15, 16) and luhn_ok(joined))):
                err('card %s %r -> %s' % (g, vals, joined))
        elif ty == 'CVV':
            if not (3 <= len(joined) <= 4) or len(ps) > 1 and False:
                err('cvv %r' % vals)
        elif ty == 'SSN':
            code = ''.join(normcode(v) for v in used)
            ok = (len(joined) == 4 and code.isdigit()) or (
                len(joined) == 9 and code.isdigit() and '001' <= joined[:3] <= '665'
                and joined[3:5] != '00' and joined[5:] != '0000')
            ok = ok or any(re.fullmatch(r, code) for r in SSN_RE)
            if not ok:
                err('ssn %r -> %s' % (vals, code))
        elif ty == 'PHONE':
            d = joined
            ok = (len(d) == 10 and (d[0] in '23456789' or d[0] == '0')) or (
                len(d) == 11 and d[0] in '01') or (len(d) == 12 and d[:2] in ('44', '61')) or (
                len(d) == 4 and len(ps) == 1)
            if not ok:
                err('phone %r -> %s' % (vals, d))
        elif ty == 'EXPIRY':
            v = ' '.join(used).lower()
            if any(mm in v for mm in MONTHS):
                ok = bool(joined)
            else:
                mth = int(joined[:2]) if len(joined) in (4, 6) else (
                    int(joined[:1]) if len(joined) in (3, 5) else 0)
                ok = 1 <= mth <= 12
            if not ok:
                err('expiry %r' % vals)
        elif ty == 'POSTCODE':
            code = ''.join(normcode(v) for v in used)
            if not any(re.fullmatch(r, code) for r in PC_RE):
                err('postcode %r -> %s' % (vals, code))
        elif ty == 'EMAIL':
            for v in vals:
                if '@' in v:
                    if c['style'] == 'asr' or not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', v):
                        err('email %r' % v)
                elif not (' at ' in v and ' dot ' in v):
                    err('spoken email %r' % v)
        elif ty == 'ADDRESS':
            for v in vals:
                toks = re.findall(r"[A-Za-z']+|\d+\S*", v)
                if not (toks[0][0].isdigit() or toks[0].lower() in UNITS or toks[0].lower() in TEENS
                        or toks[0].lower() in TENS):
                    err('address does not start with a number %r' % v)
                if not any(t.lower() in STREET_WORDS for t in toks):
                    err('address without street word %r' % v)
        elif ty == 'NAME':
            for v in vals:
                if re.search(r'\d', v) or any(w in TITLES for w in re.findall(r'[a-z]+', v.lower())):
                    err('name %r' % v)
        elif ty == 'DOB':
            if not re.search(r'\d', ''.join(vals)) and not joined:
                err('dob %r' % vals)
    # look-alikes
    for k in c['keep']:
        if k['kind'] not in KINDS:
            err('kind %s' % k['kind'])
        t = utts[k['utterance']]['text']
        kd = to_digits(t[k['start']:k['end']])
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            err('look-alike passes Luhn %r' % t[k['start']:k['end']])
        for s in c['pii']:
            if s['utterance'] != k['utterance']:
                continue
            sd = to_digits(t[s['start']:s['end']])
            if (len(sd) >= 3 and sd in kd) or (len(kd) >= 4 and kd in sd):
                err('look-alike holds pii digits %r' % t[k['start']:k['end']])
    # name words
    nwords = set()
    for s in c['pii']:
        if s['type'] == 'NAME':
            v = utts[s['utterance']]['text'][s['start']:s['end']]
            nwords |= {w for w in re.findall(r"[a-z']+", v.lower()) if len(w) > 1}
    for ui, u in enumerate(utts):
        t = u['text']
        cov = [False] * len(t)
        for s in c['pii']:
            if s['utterance'] == ui:
                for i in range(s['start'], s['end']):
                    cov[i] = True
        for m in re.finditer(r"[A-Za-z']+", t):
            w = m.group().lower()
            if w.endswith("'s"):
                w = w[:-2]
            if w in nwords and not cov[m.start()]:
                err('name word %r left unlabelled in %r' % (w, t))


def street_key(v):
    toks = re.findall(r"[A-Za-z']+", v.lower())
    key = []
    for t in toks:
        if t in UNITS or t in TEENS or t in TENS or t in ('hundred', 'and', 'flat', 'unit', 'apartment'):
            continue
        key.append(t)
        if t in STREET_WORDS:
            break
    return ' '.join(key)


def build():
    out, errs = [], []
    for i, (style, fn) in enumerate(CASES):
        cid = 't51-%03d' % (i + 1)
        try:
            c = parse_case(cid, style, fn())
        except Exception as e:  # noqa
            errs.append('%s: %s' % (cid, e))
            continue
        check_case(c, errs)
        out.append(c)
    # cross-case checks
    seen_email, seen_street, seen_utt = {}, {}, {}
    for c in out:
        for s in c['pii']:
            v = c['utterances'][s['utterance']]['text'][s['start']:s['end']]
            if s['type'] == 'EMAIL':
                key = re.sub(r'\s+', '', v.lower().replace(' at ', '@').replace(' dot ', '.'))
                if seen_email.setdefault(key, c['case_id']) != c['case_id']:
                    errs.append('%s: e-mail also in %s' % (c['case_id'], seen_email[key]))
            if s['type'] == 'ADDRESS':
                key = street_key(v)
                if seen_street.setdefault(key, c['case_id']) != c['case_id']:
                    errs.append('%s: street %r also in %s' % (c['case_id'], key, seen_street[key]))
        for u in c['utterances']:
            words = re.findall(r"[a-z0-9']+", u['text'].lower())
            if len(words) >= 9:
                key = ' '.join(words)
                if seen_utt.setdefault(key, c['case_id']) != c['case_id']:
                    errs.append('%s: utterance also in %s: %r' % (c['case_id'], seen_utt[key], key))
    return out, errs


def counts(out):
    pc = {t: 0 for t in MINIMA}
    kc = {k: 0 for k in KINDS}
    n_utt = n_clean = ivr = 0
    style_utt = {'asr': 0, 'transcript': 0}
    for c in out:
        n_utt += len(c['utterances'])
        style_utt[c['style']] += len(c['utterances'])
        with_pii = {s['utterance'] for s in c['pii']}
        n_clean += len(c['utterances']) - len(with_pii)
        if any(u['speaker'] == 'ivr' for u in c['utterances']):
            ivr += 1
        for s in c['pii']:
            pc[s['type']] += 1
        for k in c['keep']:
            kc[k['kind']] += 1
    return pc, kc, n_utt, n_clean, ivr, style_utt


def main():
    check_only = '--check' in sys.argv[1:]
    out, errs = build()
    pc, kc, n_utt, n_clean, ivr, style_utt = counts(out)
    for t, m in MINIMA.items():
        if pc[t] < m:
            errs.append('minimum: %s %d < %d' % (t, pc[t], m))
    if len(out) < 80:
        errs.append('minimum: cases %d < 80' % len(out))
    if n_utt < 1000:
        errs.append('minimum: utterances %d < 1000' % n_utt)
    if n_clean < 400:
        errs.append('minimum: utterances without pii %d < 400' % n_clean)
    if sum(kc.values()) < 280:
        errs.append('minimum: keep spans %d < 280' % sum(kc.values()))
    for k in KINDS:
        if kc[k] == 0:
            errs.append('minimum: no keep span of kind %s' % k)
    if ivr < 6:
        errs.append('minimum: IVR cases %d < 6' % ivr)
    print('cases', len(out))
    print('utterances', n_utt, '(without pii %d)' % n_clean)
    print('style share (utterances): asr %.2f, transcript %.2f' % (
        style_utt['asr'] / max(n_utt, 1), style_utt['transcript'] / max(n_utt, 1)))
    print('pii spans:', ', '.join('%s %d' % (t, pc[t]) for t in MINIMA), '| total', sum(pc.values()))
    print('keep spans:', ', '.join('%s %d' % (k, kc[k]) for k in KINDS), '| total', sum(kc.values()))
    print('IVR cases', ivr)
    if errs:
        print('FAILED: %d problem(s)' % len(errs))
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    if check_only:
        print('check only: nothing written')
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'test51.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for c in out:
            rec = {'case_id': c['case_id'], 'style': c['style'], 'utterances': c['utterances'],
                   'pii': [{k: s[k] for k in ('utterance', 'start', 'end', 'type', 'group')}
                           for s in c['pii']],
                   'keep': [{k: s[k] for k in ('utterance', 'start', 'end', 'kind')}
                            for s in c['keep']]}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote', path)


if __name__ == '__main__':
    main()
