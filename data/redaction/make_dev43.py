#!/usr/bin/env python3
"""Write data/redaction/dev43.jsonl, a redaction development set (case ids t39-001 ...).

Written as the held-out set test39.jsonl, measured once with the forty-first round's code, then
renamed dev43 and tuned on in the forty-second round.

WHAT THE SET LEANS ON
  Business callers and long calls. Sole traders, small-business owners, office managers and
  accounts-payable clerks ring their suppliers and service providers: wholesale food and drink,
  builders' merchants and trade counters, office-equipment leasing and printer servicing, payroll
  and bookkeeping bureaus, commercial cleaning, freight forwarders and pallet networks, farm
  suppliers, restaurant-equipment repairs, signage and print, event and marquee hire, commercial
  and fleet insurance, fuel cards, web hosting and domains, card-terminal providers, commercial
  waste, workwear, coworking spaces and trade associations.  Several payments in one call (two or
  three invoices on different cards, a company card and then a personal one), cards set up for
  recurring payments, a card referred back to later ("the one ending ..."), values asked early and
  given much later, values repeated at the end for a receipt.  Cards come in one to five pieces,
  with corrected blocks, restarts, repeated blocks, read-backs by agents and IVRs, a card given and
  withdrawn and a card read out by a colleague.  Identity checks (dates of birth, postcodes, first
  line of address, SSN or last four, NI / PPS / SIN / TFN), phones with extensions and direct
  lines, customer, membership and policy numbers of many shapes, sort codes and bank accounts for
  direct debits.  Look-alikes typical of business calls stand right beside real values: invoice,
  PO, quote, delivery-note, VAT and company-registration numbers, tax years, amounts with VAT,
  quantities and unit prices, SKUs, pallet and container numbers, fleet numbers, meter and serial
  numbers, tracking numbers that fail Luhn, delivery and due dates, opening hours; and many
  ordinary utterances with no personal data at all.  Callers and addresses from the UK, Ireland,
  the US, Canada and Australia.  About half the utterances are in the recogniser's style (`asr`)
  and half in `transcript` style; several cases mix both (the case's `style` field gives its main
  style; a few utterances carry the other one), and several are long calls of 30+ utterances.

HOW IT IS BUILT
  Every case is a hand-written function below (its own people, reason for calling, wording and
  order of events).  The text carries inline markup: [[TYPE#grp:text]] for personal data and
  ((kind:text)) for look-alikes to keep.  A group name is local to the case and renumbered g1, g2,
  ... in order of first appearance; [[TYPE:text]] is a value with a group of its own.  Two flags
  may follow the group name: "~" marks a piece that is not part of the final value (digits before
  a restart, a corrected or repeated block, a phone's extension) and is left out of the value
  checks, "^" marks a partial value (a last four, one block read back, a card abandoned half way).
  Every number (cards, codes, expiries, national ids, phones, postcodes, account numbers, dates of
  birth, house numbers, amounts, prices, invoice / PO / VAT / serial / tracking numbers, model
  numbers, dates) is drawn from one random.Random(39) in case order; small everyday numbers that
  are part of the wording (durations, counts, hours, ages, sizes) are written by hand, as are a
  legal rate (the super guarantee), a product spec (a feed's protein percentage) and the year a
  membership runs to.  The markup is
  stripped in code and every offset is computed from the clean text.  Then every case is
  validated (spans inside their text, no overlap, no leading/trailing space or punctuation, not
  inside a word; card groups 15/16 digits passing Luhn; CVV 3-4 digits; SSN shapes incl. NI, PPS,
  SIN and TFN; phones 10-12 digits in US/UK/AU/IE shapes; valid expiry months; ZIP, UK, Eircode,
  Canadian and Australian postcodes; e-mail shapes; ADDRESS starts with a number (or a flat / unit
  and its number) and holds a street word; NAME without digits or titles; look-alikes of 13-19
  digits fail Luhn and hold no pii digits of the same utterance; no digit and no run of four or
  more digit words outside a span; a name word labelled in a case is never left unlabelled
  elsewhere in it; no e-mail or street in two cases; no utterance of nine words or more in two
  cases) and the minimum counts of the brief are checked.  Any failure prints the problem and
  exits with status 1 without writing anything.

HOW TO RUN
  python3 data/redaction/make_dev43.py            # validate, print counts, write dev43.jsonl
  python3 data/redaction/make_dev43.py --check    # validate and print counts only
  Output is identical on every run and under any PYTHONHASHSEED.

CHOICES WHERE THE CONVENTIONS ARE SILENT (applied the same way throughout)
  * Cards: digits said before a restart (also digits of another card read by mistake before the
    caller restarts), a corrected block and a block repeated on request stay in the card's group
    (flag "~", left out of the Luhn join).  A card said again in full, every read-back by an agent
    or an IVR (whole, one block, last four, the wrong block an agent misreads), a block the caller
    says again to correct the agent's read-back, and "the one ending ..." are groups of their own;
    so is a card given in full and then withdrawn, and a card given in full and declined.
    "ending", "end of", "expires", "CVV", "security code" and a keyed "#" stay outside the spans.
  * EXPIRY: an expired card's expiry that the agent reads from the account, and an expiry the
    caller keys that the IVR rejects, are EXPIRY groups of their own.
  * A person's name inside a business name ("Okafor builds", "Sandhu cash and carry", "the
    Rushworth Arms") is a NAME span covering the name words only, for the caller's business and the
    supplier's alike; business names without a person's name, pets and venues are plain text.  A
    name inside an e-mail address is part of the EMAIL span, not a NAME.  Every e-mail address said
    in a call is an EMAIL, a business's accounts, orders or events mailbox included (a sole
    trader's mailbox identifies the trader).  A surname spelled letter by letter is a NAME group of
    its own.  An e-mail the caller says again (slowly, spelled) is a group of its own.
  * ACCOUNT_NUMBER: a customer's account, trade-account, client, member, policy, lease, agreement
    or contract number with the supplier, a merchant id, a fuel-card number, a UTR, a herd number,
    a driver licence, and for direct debits and pay a sort code, a bank account number, a BSB, a
    transit and an institution number, an IBAN and a super-fund member number, each a group of
    its own.
  * Business identifiers are not personal data and are `other` look-alikes: invoice, PO, quote,
    hire, booking, delivery-note, order, job and collection numbers, claim and dispute-case
    references, VAT, company (CRN / CRO), ABN, EIN (last four) and CRA business numbers, EORI,
    container, bill-of-lading and air-waybill numbers, pallet ids, consignment and tracking
    numbers, fleet numbers, serials and terminal ids, error codes, SKUs and product and part codes,
    authorisation and confirmation numbers, a domain transfer code, a card PIN the agent reset,
    keypad options, a P45 / W-2 and a PAYE tax code, a floor number, a clothing size, temperatures
    and an age.  Printer, terminal and appliance models are `model_number`; a tax year is a `year`;
    numbers of things (pallets, sheets, people, bins) are `count` (the number only); measured
    amounts with their unit (kilos, tonnes, litres, square metres, acres, miles, meter readings)
    `quantity`; a price keeps a rate said right after it ("a month", "each", "a kilo", "per van")
    inside its span, but not "plus VAT" or "including GST".
  * SSN: a UK NI number, an Irish PPS number, a Canadian SIN and an Australian TFN are SSNs, as is
    a US SSN's last four; where an agent corrects a record, the old and the new SSN are each a
    group of their own.  Eircodes, Canadian and Australian postcodes are POSTCODEs.
  * PHONE: a phone's extension is a piece of the phone's group (flag "~", left out of the length
    check); direct lines, a third party's phone and an agent's read-back (a group of its own) are
    PHONEs.  Phones are in the ranges kept for fiction (US/Canada 555-01xx, Ofcom's drama ranges,
    ACMA's fictional 0491 57x mobiles and 5550 landlines).
  * ADDRESS: a flat, unit or suite said before the number is inside, as is the town said in the
    same breath; a county, state or province and a town introduced separately are outside.  A
    rural Canadian address is its number and range road.
  * Utterance style: each case has one `style`; in mixed cases some utterances are written in the
    other style (an IVR prompt in transcript style inside an `asr` case, a caller in `asr` style
    inside a `transcript` case), and the printed shares count utterances by the style they are
    written in.
"""
import json
import os
import random
import re
import sys

R = random.Random(39)

# ---------------------------------------------------------------- number generators

def dg(n):
    """n random digits (may start with 0)."""
    return ''.join(str(R.randrange(10)) for _ in range(n))


def dgn(n):
    """n random digits, first one not 0."""
    return str(R.randint(1, 9)) + dg(n - 1)


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


def luhn_fix(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c


def card(brand='visa'):
    if brand == 'visa':
        return luhn_fix('4' + dg(14))
    if brand == 'mc':
        return luhn_fix('5' + str(R.randint(1, 5)) + dg(13))
    if brand == 'mc2':
        return luhn_fix(str(R.randint(2221, 2720)) + dg(11))
    if brand == 'amex':
        return luhn_fix('3' + R.choice('47') + dg(12))
    if brand == 'disc':
        return luhn_fix('6011' + dg(11))
    raise ValueError(brand)


def lfail(n, prefix=''):
    """an n-digit look-alike that fails the Luhn check."""
    s = prefix + dg(n - len(prefix))
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def cvv(n=3):
    return dg(n)


def expiry():
    return R.randint(1, 12), R.randint(2027, 2032)


def expiry_past():
    return R.randint(1, 12), R.randint(2023, 2025)


def ssn():
    return '%03d%02d%04d' % (R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999))


NI_PREFIX = ['AB', 'CE', 'JK', 'LP', 'MA', 'NE', 'PW', 'RS', 'TH', 'WL', 'YC', 'HZ', 'JR', 'SK', 'EG']


def ni():
    return R.choice(NI_PREFIX) + dg(6) + R.choice('ABCD')


def pps():
    d = dg(7)
    tot = sum(int(x) * (8 - i) for i, x in enumerate(d)) + 9 * 1   # second letter 'A'
    r = tot % 23
    return d + ('W' if r == 0 else chr(64 + r)) + 'A'


def sin():
    return luhn_fix(str(R.randint(1, 7)) + dg(7))


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = dg(8)
        s = sum(int(x) * w[i] for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return d + str(last)


def phone_us(area='212'):
    return area + '55501' + dg(2)


def uk_mob():
    return '07700900' + dg(3)


def uk_geo(code='020'):
    if code == '020':
        return '02079460' + dg(3)
    if code == '028':
        return '02896496' + dg(3)
    if code == '029':
        return '02920180' + dg(3)
    return code + '4960' + dg(3)


AU_MOBILES = ['0491570156', '0491570157', '0491570158', '0491570159', '0491570110', '0491570313',
              '0491570737', '0491571266', '0491571491', '0491572549', '0491572665', '0491572983',
              '0491573770', '0491573087', '0491574118', '0491574632', '0491575254', '0491575789',
              '0491576398', '0491576801', '0491577426', '0491577644', '0491578957', '0491578148',
              '0491578888', '0491579212', '0491579760', '0491579455']


def au_mob():
    return R.choice(AU_MOBILES)


def au_land(st='2'):
    return '0' + st + '5550' + dg(4)


def zipc(prefix):
    return prefix + dg(5 - len(prefix))


PC_LET = 'ABDEFGHJLNPQRSTUWXYZ'


def ukpc(outward):
    return '%s %d%s%s' % (outward, R.randint(0, 9), R.choice(PC_LET), R.choice(PC_LET))


EIR_CH = '0123456789ACDEFHKNPRTVWXY'


def eircode(key):
    return key + ' ' + ''.join(R.choice(EIR_CH) for _ in range(4))


CA_LET = 'ABCEGHJKLMNPRSTVWXYZ'


def capc(first):
    return '%s%d%s %d%s%d' % (first, R.randint(0, 9), R.choice(CA_LET), R.randint(0, 9),
                              R.choice(CA_LET), R.randint(0, 9))


AU_PC = {'NSW': (2000, 2599), 'VIC': (3000, 3999), 'QLD': (4000, 4899), 'SA': (5000, 5799),
         'WA': (6000, 6799), 'TAS': (7000, 7399), 'ACT': (2600, 2618)}


def aupc(state):
    lo, hi = AU_PC[state]
    return str(R.randint(lo, hi))


def dob(lo=1941, hi=2005):
    return R.randint(1, 28), R.randint(1, 12), R.randint(lo, hi)


def house(lo=1, hi=240):
    return R.randint(lo, hi)


def sortcode():
    return '%s-%s-%s' % (dgn(2), dg(2), dg(2))


def cents(lo, hi):
    """an amount in pence / cents between lo and hi units."""
    return R.randint(lo * 100, hi * 100)


def day():
    return R.randint(1, 28)


def aba():
    """a US routing number with a valid ABA check digit."""
    while True:
        d = '0' + str(R.randint(1, 9)) + dg(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(x) * w[i] for i, x in enumerate(d))
        c = (10 - s % 10) % 10
        return d + str(c)


# ---------------------------------------------------------------- renderers

UNITW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENW = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENSW = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
       'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
       'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
       'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
       'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first']


def sfx(d):
    if 10 <= d % 100 <= 20:
        return '%dth' % d
    return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def sd(s, z='oh', dbl=False):
    """digits one by one as words; z is the word for 0; dbl uses 'double x' for pairs."""
    out = []
    s = [c for c in s if c.isdigit()]
    i = 0
    while i < len(s):
        c = s[i]
        w = z if c == '0' else UNITW[int(c)]
        if dbl and i + 1 < len(s) and s[i + 1] == c:
            out.append('double ' + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return ' '.join(out)


def two(p):
    """a two-digit string said as one number ('41' forty one, '05' oh five)."""
    a, b = p[0], p[1]
    if a == '0':
        return 'oh ' + ('oh' if b == '0' else UNITW[int(b)])
    v = int(p)
    if v < 20:
        return TEENW[v - 10]
    return TENSW[int(a)] + ('' if b == '0' else ' ' + UNITW[int(b)])


def sp(s):
    """digits said in pairs; an odd last digit alone."""
    s = ''.join(c for c in s if c.isdigit())
    out = [two(s[i:i + 2]) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        out.append(UNITW[int(s[-1])] if s[-1] != '0' else 'oh')
    return ' '.join(out)


def words(n, amp=True):
    """an integer 0..999999 in words (British 'and')."""
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENSW[n // 10] + ('' if n % 10 == 0 else ' ' + UNITW[n % 10])
    if n < 1000:
        r = n % 100
        return UNITW[n // 100] + ' hundred' + ('' if r == 0 else (' and ' if amp else ' ') + words(r, amp))
    r = n % 1000
    head = words(n // 1000, amp) + ' thousand'
    if r == 0:
        return head
    if r < 100:
        return head + (' and ' if amp else ' ') + words(r, amp)
    return head + ' ' + words(r, amp)


def yw(y):
    """a year as people say it."""
    if 2000 <= y <= 2009:
        return 'two thousand and ' + UNITW[y - 2000] if y > 2000 else 'two thousand'
    return words(y // 100) + ' ' + (two('%02d' % (y % 100)) if y % 100 else 'hundred')


def grp(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_t(c, sep=' '):
    return grp(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4], sep)


def blocks(c):
    return [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[:4], c[4:8], c[8:12], c[12:]]


def money_t(c, cur='£'):
    if c % 100 == 0:
        return '%s%s' % (cur, format(c // 100, ','))
    return '%s%s.%02d' % (cur, format(c // 100, ','), c % 100)


def money_s(c, unit='pounds', sub=''):
    """an amount in words: 'four hundred and twelve pounds fifty'."""
    u, p = c // 100, c % 100
    s = words(u) + ' ' + unit
    if p:
        if sub:
            s += ' ' + words(p) + ' ' + sub
        else:
            s += ' ' + (words(p) if p >= 10 else 'oh ' + words(p))
    return s


def phone_t(p, sep=' '):
    """a phone in its usual written shape (no brackets, so a span never starts with one)."""
    if p.startswith('020') or p.startswith('028') or p.startswith('029'):
        return sep.join([p[:3], p[3:7], p[7:]])
    if p.startswith('07'):
        return sep.join([p[:5], p[5:]])
    if p.startswith('01') or p.startswith('04'):
        return sep.join([p[:4], p[4:7], p[7:]])
    if p.startswith('0'):
        return sep.join([p[:2], p[2:6], p[6:]])
    return '%s-%s-%s' % (p[:3], p[3:6], p[6:])


def pc_s(pc, pairs=False):
    """a postcode said letter by letter (asr)."""
    out = []
    for ch in pc.replace(' ', ''):
        if ch.isdigit():
            out.append(UNITW[int(ch)] if ch != '0' else 'zero')
        else:
            out.append(ch.lower())
    return ' '.join(out)


def dob_t(d, fmt=0):
    dd, mm, yy = d
    if fmt == 0:
        return '%02d/%02d/%d' % (dd, mm, yy)
    if fmt == 1:
        return '%d %s %d' % (dd, MONTHS[mm - 1], yy)
    if fmt == 2:
        return '%s %d, %d' % (MONTHS[mm - 1], dd, yy)
    if fmt == 3:
        return '%02d/%02d/%d' % (mm, dd, yy)
    return '%02d.%02d.%02d' % (dd, mm, yy % 100)


def dob_s(d, fmt=0):
    dd, mm, yy = d
    if fmt == 0:
        return '%s of %s %s' % (ORD[dd], MONTHS[mm - 1].lower(), yw(yy))
    if fmt == 1:
        return '%s %s %s' % (MONTHS[mm - 1].lower(), ORD[dd], yw(yy))
    if fmt == 2:
        return '%s %s %s' % (sp('%02d' % dd), sp('%02d' % mm), yw(yy))
    return '%s %s %s' % (words(dd), words(mm), sp('%02d' % (yy % 100)))


def exp_t(e, fmt=0):
    m, y = e
    if fmt == 0:
        return '%02d/%02d' % (m, y % 100)
    if fmt == 1:
        return '%02d/%d' % (m, y)
    if fmt == 2:
        return '%s %d' % (MONTHS[m - 1], y)
    return '%02d-%02d' % (m, y % 100)


def exp_s(e, fmt=0):
    m, y = e
    if fmt == 0:
        return '%s %s' % (two('%02d' % m), two('%02d' % (y % 100)))
    if fmt == 1:
        return '%s %s' % (MONTHS[m - 1].lower(), yw(y))
    if fmt == 2:
        return '%s slash %s' % (sd('%02d' % m), sd('%02d' % (y % 100)))
    if fmt == 3:
        return '%s of %s' % (MONTHS[m - 1].lower(), two('%02d' % (y % 100)))
    return '%s %s' % (words(m), two('%02d' % (y % 100)))


# ---------------------------------------------------------------- markup

TYPES = {'CARD_NUMBER', 'CVV', 'EXPIRY', 'SSN', 'PHONE', 'EMAIL', 'DOB', 'ADDRESS', 'POSTCODE',
         'ACCOUNT_NUMBER', 'NAME'}
KINDS = ['quantity', 'time', 'price', 'flight_number', 'date', 'year', 'duration', 'percentage',
         'model_number', 'count', 'other']
_auto = [0]


def P(t, g, text, x=False, part=False):
    if g is None:
        _auto[0] += 1
        g = '_a%d' % _auto[0]
    return '[[%s#%s%s%s:%s]]' % (t, g, '~' if x else '', '^' if part else '', text)


def CARD(g, t, x=False, part=False):
    return P('CARD_NUMBER', g, t, x, part)


def CVV(g, t):
    return P('CVV', g, t)


def EXP(g, t):
    return P('EXPIRY', g, t)


def SSN(g, t):
    return P('SSN', g, t)


def TEL(g, t, x=False, part=False):
    return P('PHONE', g, t, x, part)


def MAIL(g, t):
    return P('EMAIL', g, t)


def DOB(g, t):
    return P('DOB', g, t)


def ADDR(g, t):
    return P('ADDRESS', g, t)


def PC(g, t):
    return P('POSTCODE', g, t)


def ACC(g, t):
    return P('ACCOUNT_NUMBER', g, t)


def NM(t, g=None):
    return P('NAME', g, t)


def K(kind, t):
    assert kind in KINDS, kind
    return '((%s:%s))' % (kind, t)


def QT(t): return K('quantity', t)
def TM(t): return K('time', t)
def PR(t): return K('price', t)
def FL(t): return K('flight_number', t)
def DT(t): return K('date', t)
def YR(t): return K('year', t)
def DU(t): return K('duration', t)
def PCT(t): return K('percentage', t)
def MOD(t): return K('model_number', t)
def CNT(t): return K('count', t)
def OT(t): return K('other', t)


CASES = []


def case(style):
    def deco(fn):
        CASES.append((fn, style))
        return fn
    return deco


# ================================================================ cases
# Each function is one call, written for this set.  Values are drawn at the top of each case,
# in the order they are written, so the whole file draws from R in case order.


@case('transcript')
def food_two_invoices_two_cards():
    tray = cents(3, 6)
    acct = 'NFW' + dg(5)
    inv1, inv2 = dg(6), dg(6)
    a1, a2 = cents(280, 460), cents(60, 140)
    due = day()
    c1, e1, v1 = card('visa'), expiry(), cvv()
    auth1 = dg(6)
    c2, e2, v2 = card('mc'), expiry(), cvv()
    auth2 = dg(6)
    return [
        ('agent', f"Good morning, Northgate Fresh Wholesale, you're through to {NM('Tomasz')}."),
        ('customer', f"Hi {NM('Tomasz')}, it's {NM('Priya Raghunathan')} from the Marigold Café on Castle Street. I've got two invoices to settle before you stop my Friday delivery."),
        ('agent', "Nobody's stopping anything, don't worry. Can I have the customer account number?"),
        ('customer', f"It's {ACC('a', acct)}."),
        ('agent', f"Thanks. I've got invoice {OT(inv1)} for {PR(money_t(a1))} and {OT(inv2)} for {PR(money_t(a2))}, both were due on the {DT(sfx(due))}."),
        ('customer', "That's them. The big one on the company card and the small one on my own, if that's alright. The business account is a bit tight until the VAT refund lands."),
        ('agent', "That's fine, one at a time then. Company card first, the long number when you're ready."),
        ('customer', f"{CARD('c1', card_t(c1))}."),
        ('agent', "Expiry date?"),
        ('customer', f"{EXP('e1', exp_t(e1))}."),
        ('agent', "And the three digits on the back."),
        ('customer', f"{CVV('v1', v1)}."),
        ('agent', f"That's gone through, authorisation {OT(auth1)}. Now your own card, same again please."),
        ('customer', f"Right, this one's a Mastercard. {CARD('c2', card_t(c2, ''))}."),
        ('agent', f"Let me read that back: {CARD('c3', card_t(c2))}?"),
        ('customer', "Yes."),
        ('agent', "And its expiry and security code?"),
        ('customer', f"{EXP('e2', exp_t(e2, 1))}, and the code is {CVV('v2', v2)}."),
        ('agent', f"Done, authorisation {OT(auth2)}. Both invoices show as paid now."),
        ('customer', "Brilliant. While I have you, are the free-range eggs back in stock?"),
        ('agent', f"They came in yesterday. {CNT('30')} trays left, {PR(money_t(tray) + ' a tray')}."),
        ('customer', "Put ten trays on Friday's order then. Thanks, you've saved my morning."),
    ]


@case('asr')
def builders_merchant_eircode_card_pieces():
    pc = eircode('T12')
    hn = house(2, 90)
    qty = R.randint(3, 9)
    price = cents(900, 2400)
    c = card('visa')
    b = blocks(c)
    e, v = expiry(), cvv()
    quote = dg(5)
    return [
        ('agent', f"trade counter {NM('declan')} speaking"),
        ('customer', f"howya {NM('declan')} it's {NM('fiachra')} {NM('o mahony')} i'm after getting that quote for the blocks and the sand"),
        ('agent', f"grand yeah i have it here quote {OT(sd(quote))} do you want it delivered"),
        ('customer', f"delivered yeah to the site at {ADDR('s', words(hn) + ' ballinlough road')} the eircode is {PC('p', pc_s(pc))}"),
        ('agent', f"and that's {CNT(words(qty))} pallets of the four inch solid blocks plus the bulk bag of sand comes to {PR(money_s(price, 'euro', 'cent'))} with the vat"),
        ('customer', "go on so i'll pay it now on the card"),
        ('agent', "work away"),
        ('customer', f"{CARD('c', sd(b[0]))} um {CARD('c', sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2], dbl=True))} hang on the sun's on the screen {CARD('c', sd(b[3]))}"),
        ('agent', f"so i have it ending {CARD('rb', sd(b[3]), part=True)} and the expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the three at the back"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "that's approved now the lorry's out tuesday morning is that okay"),
        ('customer', "tuesday's perfect the lads will be there from eight"),
    ]


@case('transcript')
def printer_service_callback_extension():
    acct = dg(3) + '-' + dg(4)
    model = 'MX-' + dg(4) + 'N'
    serial = 'KT' + dg(9)
    ph = phone_us('614')
    ext = dg(3)
    err = 'C' + dg(4)
    pages = R.randint(18000, 42000)
    return [
        ('agent', f"Brightline Office Systems service desk, this is {NM('Renata')}. How can I help?"),
        ('customer', f"Hi {NM('Renata')}, {NM('Gus Halloran')}, office manager at Keel & Rudder Marine Insurance. Our big copier on the second floor has died again."),
        ('agent', "Sorry to hear that. What's the service agreement number on the sticker?"),
        ('customer', f"The agreement number is {ACC('a', acct)}."),
        ('agent', "Got it. And the model and serial, they're on the plate inside the front door."),
        ('customer', f"It's an {MOD(model)}, serial {OT(serial)}."),
        ('agent', f"Thanks. What's on the display?"),
        ('customer', f"Error {OT(err)}, and a picture of a fuser. It's printed about {CNT(format(pages, ','))} pages since your engineer was last here."),
        ('agent', "That's the fuser unit; it's covered under the agreement. I can get someone out tomorrow between 9 and 1." .replace('9 and 1', TM('9') + ' and ' + TM('1'))),
        ('customer', "Tomorrow's fine. Can he call me before he comes up? Reception won't let him past without a name."),
        ('agent', "Of course. Best number for you?"),
        ('customer', f"The main line is {TEL('t', phone_t(ph))}, extension {TEL('t', ext, x=True)}, that comes straight to my desk."),
        ('agent', f"I'll put that on the job. The engineer's {NM('Marcus')}, he'll ring about half an hour before."),
        ('customer', "Great. And can you add toner to the van? We're down to the last black."),
        ('agent', "I'll add two black cartridges, no charge under the agreement."),
        ('customer', "Perfect, thank you."),
    ]


@case('asr')
def payroll_bureau_direct_debit():
    ni_ = ni()
    d = dob(1962, 1994)
    sc = sortcode()
    ba = dg(8)
    client = 'PB' + dg(4)
    fee = cents(45, 95)
    emps = R.randint(3, 9)
    return [
        ('agent', f"good afternoon ledgerwise payroll {NM('hollie')} speaking"),
        ('customer', f"hiya {NM('hollie')} my name's {NM('dariusz')} i run a little scaffolding firm and your colleague said you'd set up the monthly payroll for us"),
        ('agent', "lovely yes we can do that how many staff are on the books"),
        ('customer', f"{CNT(words(emps))} lads plus me"),
        ('agent', f"okay so that'd be our small employer package it's {PR(money_s(fee, 'pounds') + ' a month')} plus vat i'll need a few bits for you as the director first can i get your full name"),
        ('customer', f"{NM('dariusz')} {NM('kowalczyk')} that's {NM('k o w a l c z y k', 'sp')}"),
        ('agent', "and your date of birth"),
        ('customer', f"{DOB('d', dob_s(d))}"),
        ('agent', "and your national insurance number"),
        ('customer', f"it's {SSN('n', ' '.join(ni_[:2].lower()) + ' ' + sp(ni_[2:8]) + ' ' + ni_[8].lower())}"),
        ('agent', f"thank you i've set you up as client {ACC('cl', ' '.join(client[:2].lower()) + ' ' + sd(client[2:]))} for the fees we take a direct debit so i need the sort code and account number of the business account"),
        ('customer', f"sort code {ACC('s', sp(sc))}"),
        ('agent', "yep"),
        ('customer', f"and the account number {ACC('b', sd(ba[:4]))} uh {ACC('b', sd(ba[4:]))}"),
        ('agent', f"so that's {ACC('b2', sd(ba))}"),
        ('customer', "that's it"),
        ('agent', "the first run will be on the last friday of the month you'll get a login by email this afternoon"),
        ('customer', "cheers that's a weight off"),
    ]


@case('transcript')
def cleaning_recurring_card_au():
    acct = 'SC-' + dg(5)
    inv = dg(5)
    amt = cents(900, 1900)
    c, e, v = card('mc2'), expiry(), cvv()
    mob = au_mob()
    abn = dg(2) + ' ' + dg(3) + ' ' + dg(3) + ' ' + dg(3)
    return [
        ('agent', f"Sparkwell Commercial Cleaning, {NM('Jarrah')} speaking."),
        ('customer', f"Hi {NM('Jarrah')}, it's {NM('Leilani Fonoti')}, I manage the office at Coastline Physio in Southport. We're on your weekly contract."),
        ('agent', "Morning! What can I do for you?"),
        ('customer', f"Our bookkeeper left, so I'd like to stop paying by bank transfer and have the monthly invoice go on a card automatically."),
        ('agent', f"We can do that. I'll need the account number, it's at the top of the invoice, starts with SC."),
        ('customer', f"{ACC('a', acct)}. The latest invoice is {OT(inv)}, {PR(money_t(amt, '$'))} including GST."),
        ('agent', "Thanks. Do you want me to take that one today as well and then set the card up going forward?"),
        ('customer', "Yes please, both."),
        ('agent', "Go ahead with the card number."),
        ('customer', f"{CARD('c', card_t(c))}, expires {EXP('e', exp_t(e))}."),
        ('agent', "And the CVC on the back?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"That's processed. From next month it'll be charged on the {DT('1st')}, and the receipt goes to the email we hold. Do you want an SMS as well?"),
        ('customer', f"Yes, to my mobile, {TEL('m', phone_t(mob))}."),
        ('agent', f"Done. And I see your ABN on file is {OT(abn)}, so the tax invoices will keep showing that."),
        ('customer', "That's right. Thanks, Jarrah." .replace('Jarrah', NM('Jarrah'))),
    ]


@case('asr')
def freight_forwarder_duty_amex_canada():
    flt = R.randint(100, 899)
    cont = R.choice(['MSKU', 'TGHU', 'CMAU', 'OOLU']) + dg(7)
    awb = dg(3) + ' ' + dg(8)
    duty = cents(1200, 3900)
    c, e, v = card('amex'), expiry(), cvv(4)
    b = blocks(c)
    pc = capc('V')
    acct = dg(6)
    return [
        ('agent', f"pacific gate freight good morning {NM('anjali')} speaking"),
        ('customer', f"hi {NM('anjali')} this is {NM('mateo ruiz')} from tidewater coffee roasters we've got a container held at the port for duties"),
        ('agent', "okay can i get your client number"),
        ('customer', f"client number {ACC('a', sd(acct))}"),
        ('agent', "and the container number"),
        ('customer', f"{OT(' '.join(cont[:4].lower()) + ' ' + sd(cont[4:]))}"),
        ('agent', f"yep found it the green coffee from colombia and there's also the air shipment of samples under airway bill {OT(sp(awb))} that one came in on {FL('ac ' + words(flt, False))} last night"),
        ('customer', "right what do we owe on both"),
        ('agent', f"duties and brokerage come to {PR(money_s(duty, 'dollars', 'cents'))} total"),
        ('customer', "okay i'll put it on the amex"),
        ('agent', "go ahead"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sp(b[1]))}"),
        ('agent', "mm-hmm"),
        ('customer', f"{CARD('c', sd(b[2]))} expiry {EXP('e', exp_s(e, 4))} and the four digit code {CVV('v', sd(v))}"),
        ('agent', "that's approved i'll release both today delivery to the roastery same address"),
        ('customer', f"yes {ADDR('s', words(house(100, 980)) + ' kingsway industrial park vancouver')} {PC('p', pc_s(pc))}"),
        ('agent', "perfect the trucker will call ahead"),
    ]


@case('asr')
def farm_feed_restart_card():
    acct = dg(2) + ' ' + dg(4)
    tonnes = R.randint(4, 12)
    price = cents(260, 340)
    total = price * tonnes
    c = card('visa')
    c_wrong = dg(4)
    e, v = expiry(), cvv()
    pc = ukpc('EX17')
    hn = house(1, 30)
    return [
        ('agent', f"westcountry feeds {NM('bethan')} speaking"),
        ('customer', f"morning {NM('bethan')} it's {NM('gwilym')} up at the farm i want to order the dairy nuts again"),
        ('agent', f"morning {NM('gwilym')} account number please just so i get the right farm"),
        ('customer', f"{ACC('a', sp(acct))}"),
        ('agent', f"ah yes same as last time the {PCT('eighteen percent')} nuts"),
        ('customer', f"yeah {QT(words(tonnes) + ' tonne')} bulk blown into the silo"),
        ('agent', f"that's {PR(money_s(price, 'pounds') + ' a tonne')} delivered so {PR(money_s(total, 'pounds'))} for the lot we can do thursday"),
        ('customer', "thursday's fine i'll pay for it now on the debit card"),
        ('agent', "go on then"),
        ('customer', f"{CARD('c', sd(c_wrong), x=True)} no hang on that's the old one start again {CARD('c', sd(c[:4]) + ' ' + sd(c[4:8]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(c[8:12]))} {CARD('c', sd(c[12:]))}"),
        ('agent', "and expiry"),
        ('customer', f"{EXP('e', exp_s(e, 2))}"),
        ('agent', "security number"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "that's gone through can i just confirm the delivery address for the driver"),
        ('customer', f"{ADDR('s', words(hn) + ' chapel lane')} it's the yard behind the church {PC('p', pc_s(pc))}"),
        ('agent', "lovely thursday it is"),
    ]


@case('transcript')
def kitchen_repair_ivr_then_agent():
    acct = dg(8)
    c, e, v = card('disc'), expiry(), cvv()
    callout = cents(140, 190)
    model = 'RC-' + dg(3)
    job = 'J' + dg(6)
    ph = phone_us('312')
    return [
        ('ivr', "Thank you for calling Chicago Kitchen Equipment Service. Please say or enter your customer number."),
        ('customer', f"{ACC('a', acct)}."),
        ('ivr', f"Thank you. To pay your call-out fee of {PR(money_t(callout, '$'))} now, please enter your card number followed by the pound key."),
        ('customer', f"{CARD('c', card_t(c, ''))}#"),
        ('ivr', f"You entered a card ending in {CARD('rb', ' '.join(c[-4:]), part=True)}. Please enter the expiration date as four digits."),
        ('customer', f"{EXP('e', exp_t(e, 0).replace('/', ''))}"),
        ('ivr', "Please enter the three digit security code."),
        ('customer', f"{CVV('v', v)}"),
        ('ivr', "Thank you. Your payment has been accepted. Please hold for a service coordinator."),
        ('agent', f"Hi, this is {NM('Kendra')}, I see the call-out fee just went through. What's broken?"),
        ('customer', f"Hey {NM('Kendra')}, it's {NM('Sal Benedetto')} at {NM('Benedetto')}'s Trattoria. Our combi oven, an {MOD(model)}, keeps throwing a water error and we've got a full book tonight."),
        ('agent', "Ugh, on a Saturday. Is the water line valve open behind it?"),
        ('customer', "Opened and closed it twice. The display just flashes."),
        ('agent', f"Okay, job {OT(job)} is booked, tech will be there within {DU('two hours')}. Number for him to call?"),
        ('customer', f"Kitchen line, {TEL('t', phone_t(ph))}. Ask for me or the sous chef, {NM('Ines')}."),
        ('agent', "Got it. Hang in there."),
    ]


@case('transcript')
def signage_long_call_two_cards():
    prem_extra = R.randint(8, 15) * 100
    acct = 'SP' + dg(5)
    q = 'Q-' + dg(5)
    banner_qty = 4
    unit = cents(38, 85)
    vinyl = cents(210, 480)
    dep = cents(300, 600)
    c1, e1, v1 = card('visa'), expiry(), cvv()
    c2, e2, v2 = card('mc'), expiry(), cvv()
    bal = cents(200, 500)
    po = 'PO' + dg(5)
    ph = uk_geo('0113')
    email = 'studio.accounts@harrowgatecreative.co.uk'
    pc = ukpc('LS11')
    hn = house(3, 160)
    d1, d2 = day(), day()
    return [
        ('agent', f"Redline Signs & Print, {NM('Connor')} speaking."),
        ('customer', f"Hi {NM('Connor')}, it's {NM('Aoife Brannigan')} at Harrowgate Creative. I'm ringing about quote {OT(q)}, the exhibition job."),
        ('agent', "Oh yes, the roller banners and the window vinyl. Let me get it up. Can I take your account number while it loads?"),
        ('customer', "Give me a sec, it's on an old email. Go on, I'll find it."),
        ('agent', f"So on the quote we've got {CNT(str(banner_qty))} roller banners at {PR(money_t(unit) + ' each')}, and the frosted window vinyl at {PR(money_t(vinyl))}."),
        ('customer', "That's right. Can we make the banners the premium stands? The cheap ones fell over at the last show."),
        ('agent', f"We can. The premium is {PR(money_t(prem_extra))} more per banner."),
        ('customer', "Fine. And do the proofs go to me or to the studio inbox?"),
        ('agent', "Whichever you like. What's the address?"),
        ('customer', f"Send them to {MAIL('m', email)}, then everyone sees them."),
        ('agent', "Great. And when do you need it?"),
        ('customer', f"The show opens on the {DT(sfx(d1))}, so we need it the day before at the latest."),
        ('agent', f"That's fine. Print goes on our Tuesday run, and we deliver by {TM('noon')}."),
        ('customer', f"Oh, found it. The account number is {ACC('a', acct)}."),
        ('agent', f"Thanks. We need a deposit of {PR(money_t(dep))} to release it to print."),
        ('customer', "Can I split things? The deposit on the company card, and the balance on delivery with my own card, because I'm claiming it back separately."),
        ('agent', "That's fine. Company card, go ahead."),
        ('customer', f"{CARD('c1', card_t(c1)[:9])}..."),
        ('agent', "Yes?"),
        ('customer', f"Sorry, the courier's at the door. {CARD('c1', card_t(c1)[10:])}."),
        ('agent', "Expiry and the code?"),
        ('customer', f"Expiry {EXP('e1', exp_t(e1))}, code {CVV('v1', v1)}."),
        ('agent', f"Deposit taken. Do you have a PO number for the invoice?"),
        ('customer', f"Yes, {OT(po)}."),
        ('agent', f"Perfect. The balance will be {PR(money_t(bal))} plus VAT. Do you want to pay that now as well?"),
        ('customer', "Actually yes, let's get it done. Here's my personal one."),
        ('customer', f"{CARD('c2', card_t(c2))}, {EXP('e2', exp_t(e2))}, and {CVV('v2', v2)} on the back."),
        ('agent', f"Let me repeat the last block to be sure: {CARD('rb', c2[-4:], part=True)}."),
        ('customer', "Correct."),
        ('agent', "Both payments are through. Delivery address is the studio?"),
        ('customer', f"Yes, {ADDR('s', str(hn) + ' Canal Wharf, Leeds')}, {PC('p', pc)}."),
        ('agent', f"And a number for the driver?"),
        ('customer', f"Studio phone, {TEL('t', phone_t(ph))}."),
        ('agent', f"So, to sum up: deposit on the card ending {CARD('rb1', c1[-4:], part=True)}, balance on the card ending {CARD('rb2', c2[-4:], part=True)}, proofs to the studio inbox, and delivery on the {DT(sfx(d2))}."),
        ('customer', "Perfect. Thanks Connor, you've been a star." .replace('Connor', NM('Connor'))),
    ]


@case('transcript')
def marquee_hire_hotel_events_ie():
    pc = eircode('H91')
    hn = house(1, 40)
    d = day()
    dep = cents(800, 1600)
    c, e, v = card('visa'), expiry(), cvv()
    guests = 180
    ref = 'MQ' + dg(4)
    return [
        ('agent', f"Atlantic Marquee Hire, {NM('Sorcha')} speaking."),
        ('customer', f"Hi {NM('Sorcha')}, {NM('Cathal Ní Fhlatharta')} here... sorry, {NM('Cathal Flaherty')}, I'm the events manager at the Corrib Lodge Hotel. We spoke about the summer staff party."),
        ('agent', f"Yes, the {CNT(str(guests))}-guest clear-span. Is it still the {DT(sfx(d) + ' of July')}?"),
        ('customer', "It is. The owners signed off this morning, so I'd like to pay the deposit and lock it in."),
        ('agent', f"The deposit is {PR(money_t(dep, '€'))}, and the balance is due {DU('14 days')} before the event."),
        ('customer', "Grand. I'm using the hotel's card."),
        ('agent', "Go ahead when you're ready."),
        ('customer', f"{CARD('c', card_t(c, '-'))}."),
        ('agent', "And the expiry?"),
        ('customer', f"End of {EXP('e', exp_t(e, 2))}."),
        ('agent', "Security code?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"Thanks, that's taken. Your booking reference is {OT(ref)}. For the site visit, it's the hotel address?"),
        ('customer', f"It's the field behind us. The hotel is {ADDR('s', str(hn) + ' Quay Road, Oughterard')}, {PC('p', pc)}, and the field gate is just past the car park."),
        ('agent', f"Lovely. Our crew manager, {NM('Padraig')}, will come out the week before to check the ground."),
        ('customer', "Perfect. Tell him to ask for me at reception."),
    ]


@case('asr')
def lease_direct_debit_change():
    lease = 'L' + dg(7)
    sc = sortcode()
    ba = dg(8)
    ph = uk_geo('0121')
    ext = dg(2)
    amt = cents(180, 360)
    d = day()
    return [
        ('agent', f"clearview leasing accounts {NM('stuart')} speaking"),
        ('customer', f"hi {NM('stuart')} it's {NM('yetunde')} in accounts at {NM('okafor')} builds we lease the two photocopiers off you"),
        ('agent', "hiya what can i do"),
        ('customer', "we've moved banks so the direct debit needs to come out of the new account from next month"),
        ('agent', "no bother have you got the agreement number handy"),
        ('customer', f"yeah it's {ACC('l', lease[0].lower() + ' ' + sd(lease[1:]))}"),
        ('agent', f"lovely so the quarterly payment is {PR(money_s(amt))} and it next goes out on the {DT(ORD[d])} what's the new sort code"),
        ('customer', f"{ACC('s', sd(sc))}"),
        ('agent', "and the account number"),
        ('customer', f"{ACC('b', sd(ba[:3]))} um {ACC('b', sd(ba[3:], z='zero'))}"),
        ('agent', f"let me read those back sort code {ACC('s2', sp(sc))} account {ACC('b2', sp(ba))}"),
        ('customer', "yes that's right"),
        ('agent', "and the account's in the name of the company not a person"),
        ('customer', f"the company {NM('okafor')} builds limited"),
        ('agent', "perfect i'll send the new mandate over to sign where's it going"),
        ('customer', f"to {MAIL('m', 'payables at okafor builds dot co dot uk')}"),
        ('agent', "and if there's a problem who do i ring"),
        ('customer', f"my direct line {TEL('t', sd(ph[:4]) + ' ' + sd(ph[4:7]) + ' ' + sd(ph[7:]))} extension {TEL('t', sd(ext), x=True)} if i'm not in ask for {NM('gideon')}"),
        ('agent', "brilliant you'll have it in ten minutes"),
    ]


@case('transcript')
def domains_expired_card_on_file():
    acct = dg(7)
    c_old = card('visa')
    e_old = expiry_past()
    c, e, v = card('mc'), expiry(), cvv()
    zp = zipc('97')
    hn = house(100, 4800)
    price1, price2, price3 = cents(14, 22), cents(14, 22), cents(38, 60)
    email = 'hello@juniperandpinestudio.com'
    return [
        ('agent', f"Thanks for calling Nimbus Host, my name is {NM('Devon')}. Can I start with your account number or the email on the account?"),
        ('customer', f"Account number is {ACC('a', acct)}. This is {NM('Mireille Castonguay')}, I run a little web design studio in Portland."),
        ('agent', "Thanks Mireille. How can I help today?".replace('Mireille', NM('Mireille'))),
        ('customer', "Three of my clients' domains didn't auto-renew and one of them has gone offline. I got the warning email this morning."),
        ('agent', f"I see it. The card on file ends in {CARD('o', c_old[-4:], part=True)} and it expired {EXP('oe', exp_t(e_old))}, so the renewals bounced."),
        ('customer', "Ugh, yes, the bank sent a new one and I forgot to update it."),
        ('agent', f"No worries. The three domains are {PR(money_t(price1, '$'))}, {PR(money_t(price2, '$'))} and the .co one is {PR(money_t(price3, '$'))}, all for {DU('one year')}."),
        ('customer', "Okay. I'll give you the new card and please set it as the default."),
        ('agent', "Go ahead."),
        ('customer', f"{CARD('c', card_t(c))}."),
        ('agent', "Expiration?"),
        ('customer', f"{EXP('e', exp_t(e, 1))}."),
        ('agent', "CVC?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', "And the billing address for that card?"),
        ('customer', f"{ADDR('s', str(hn) + ' SE Belmont Street, Portland')}, Oregon {PC('z', zp)}."),
        ('agent', f"Thank you. All three are renewed and the site should resolve within {DU('an hour')}. Receipts go to {MAIL('m', email)}, is that still right?"),
        ('customer', "That's right. Thank you so much."),
    ]


@case('transcript')
def terminal_provider_ivr_arrears():
    mid = dg(9)
    pc = ukpc('CF10')
    d = dob(1958, 1990)
    arrears = cents(60, 140)
    c, e, v = card('visa'), expiry(), cvv()
    serial = dg(3) + '-' + dg(3) + '-' + dg(3)
    fee = '1.' + str(R.randint(3, 9))
    return [
        ('ivr', "Welcome to PayPoint Merchant Services. Please say or key in your nine-digit merchant ID."),
        ('customer', f"{ACC('m', sd(mid))}", 'asr'),
        ('ivr', "Thank you. For security, please say your date of birth."),
        ('customer', f"{DOB('d', dob_s(d, 1))}", 'asr'),
        ('ivr', "And the postcode of the business premises."),
        ('customer', f"{PC('p', pc_s(pc))}", 'asr'),
        ('ivr', "Thank you. Your account is in arrears. Please hold to speak to an adviser."),
        ('agent', f"Hello, {NM('Gethin')} speaking. Am I talking to the owner of Blodau Florist?"),
        ('customer', f"yeah {NM('rhiannon')} {NM('pugh')} i had a letter saying you'd switch the terminal off", 'asr'),
        ('agent', f"I'm sorry about that. The rental direct debit failed twice, so there's {PR(money_t(arrears))} outstanding. If we clear that today, nothing gets switched off."),
        ('customer', "okay can i pay it on my personal card the business account's the one that's empty", 'asr'),
        ('agent', "You can. When you're ready."),
        ('customer', f"{CARD('c', sd(c[:4]))} {CARD('c', sd(c[4:8]))} {CARD('c', sp(c[8:12]))} {CARD('c', sd(c[12:]))}", 'asr'),
        ('agent', f"Thank you. Expiry date, and then the three-digit code."),
        ('customer', f"{EXP('e', exp_s(e, 3))} and the code's {CVV('v', sd(v))}", 'asr'),
        ('agent', f"That's paid. While you're on, your terminal serial {OT(serial)} is due a software update tonight, so please leave it on charge."),
        ('customer', "will do and what's the fee on contactless now", 'asr'),
        ('agent', f"Still {PCT(fee + '%')} per transaction, no change there."),
        ('customer', "fine thanks for sorting it", 'asr'),
    ]


@case('asr')
def waste_collection_corrected_block():
    acct = 'cw' + dg(5)
    pc = eircode('D08')
    hn = house(1, 120)
    kg = R.randint(180, 420)
    amt = cents(120, 260)
    c = card('mc')
    b = blocks(c)
    wrong = dg(4)
    e, v = expiry(), cvv()
    return [
        ('agent', f"greenbin commercial {NM('ciara')} here"),
        ('customer', f"hi {NM('ciara')} {NM('babajide')} from the jollof pot on thomas street i got a bill that's way higher than normal"),
        ('agent', f"okay let's have a look what's the account number"),
        ('customer', f"{ACC('a', 'c w ' + sd(acct[2:]))}"),
        ('agent', f"right so last month the food waste bin weighed in at {QT(words(kg) + ' kilos')} and you're on the thirty kilo allowance per lift"),
        ('customer', "that can't be right we closed for a week in the middle of it"),
        ('agent', "i'll raise a query with the drivers and check the lift records but the general waste part is correct do you want to pay that bit now"),
        ('customer', f"yeah how much is that part"),
        ('agent', f"{PR(money_s(amt, 'euro', 'cent'))}"),
        ('customer', f"go on then {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(wrong), x=True)} no sorry {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', f"so the third block is {CARD('rb', sd(b[2]), part=True)} not {sd(wrong[:2])}"),
        ('customer', "yeah sorry the card's worn"),
        ('agent', "expiry and cvv"),
        ('customer', f"{EXP('e', exp_s(e))} {CVV('v', sd(v))}"),
        ('agent', f"paid the query's logged under your account you'll get an email inside {DU('five working days')}"),
        ('customer', f"send it to {MAIL('m', 'babajide dot jollofpot at gmail dot com')} the one on file is the old one"),
        ('agent', f"updated and the bins are still {ADDR('s', words(hn) + ' thomas street dublin eight')} {PC('p', pc_s(pc))}"),
        ('customer', "that's the one"),
    ]


@case('transcript')
def workwear_card_read_by_colleague():
    acct = 'WW' + dg(6)
    c, e, v = card('visa'), expiry(), cvv()
    shirts, jackets = 24, 12
    p1, p2 = cents(11, 19), cents(48, 79)
    emb = cents(3, 6)
    pc = capc('N')
    hn = house(10, 990)
    return [
        ('agent', f"Good afternoon, Northbound Workwear, {NM('Keisha')} speaking."),
        ('customer', f"Hi {NM('Keisha')}, it's {NM('Bram Vandermeer')} from Greenridge Landscaping. I want to order the new season's uniforms for the crew."),
        ('agent', "Great. Do you have an account with us?"),
        ('customer', f"Yes, {ACC('a', acct)}."),
        ('agent', "Thanks Bram. What are we ordering?".replace('Bram', NM('Bram'))),
        ('customer', f"{CNT(str(shirts))} hi-vis polo shirts and {CNT(str(jackets))} of the softshell jackets, all with the logo on the chest."),
        ('agent', f"Polos are {PR(money_t(p1, '$') + ' each')}, jackets {PR(money_t(p2, '$'))}, and embroidery is {PR(money_t(emb, '$') + ' a piece')}. Sizes?"),
        ('customer', f"Half large, half extra large, and two of the jackets in {OT('3XL')}."),
        ('agent', "Got it. How would you like to pay?"),
        ('customer', f"Company card, but {NM('Marisol')} has it. Hang on, I'll put her on."),
        ('customer', f"Hi, {NM('Marisol')} here. The card is {CARD('c', card_t(c)[:14])}..."),
        ('agent', "Go on."),
        ('customer', f"{CARD('c', card_t(c)[15:])}. Expiry {EXP('e', exp_t(e))}, CVV {CVV('v', v)}."),
        ('agent', f"Thanks {NM('Marisol')}. Same delivery address as last time?"),
        ('customer', f"Yes, {ADDR('s', str(hn) + ' Speedvale Avenue West, Guelph')}, {PC('p', pc)}."),
        ('agent', f"Lovely. Embroidery takes about {DU('ten working days')}, so they'll be with you early next month."),
        ('customer', "Perfect. Thanks!"),
    ]


@case('asr')
def coworking_dedicated_desk_au():
    member = dg(5)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    price = cents(450, 690)
    mob = au_mob()
    pc = aupc('VIC')
    lvl = R.randint(2, 9)
    return [
        ('agent', f"hey it's {NM('tayla')} at the hive collective how can i help"),
        ('customer', f"hi {NM('tayla')} it's {NM('vikram')} i'm on the flex membership and i'd like to move to a dedicated desk"),
        ('agent', "oh nice what's your member number"),
        ('customer', f"{ACC('a', sd(member))}"),
        ('agent', f"cool we've got two desks free on level {OT(words(lvl))} by the window it's {PR(money_s(price, 'dollars') + ' a month')} plus gst"),
        ('customer', "that's fine can you change the card on the account at the same time"),
        ('agent', "sure thing read me the new one"),
        ('customer', f"{CARD('c', sp(b[0]))} {CARD('c', sp(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sp(b[2]))} {CARD('c', sp(b[3]))}"),
        ('agent', "and expiry and cvc"),
        ('customer', f"expires {EXP('e', exp_s(e, 1))} and the code is {CVV('v', sd(v))}"),
        ('agent', "done the first month will come out on monday can i get a mobile for the door access app"),
        ('customer', f"{TEL('t', sd(mob[:4]) + ' ' + sd(mob[4:7]) + ' ' + sd(mob[7:]))}"),
        ('agent', "and the invoices still go to the business address in fitzroy"),
        ('customer', f"actually we've moved it's {ADDR('s', words(house(2, 200)) + ' gertrude street fitzroy')} {PC('p', sd(pc))}"),
        ('agent', "updated welcome to the window seats"),
    ]


@case('transcript')
def trade_association_electricians_us():
    mem = 'NEA-' + dg(6)
    last4 = dg(4)
    d = dob(1960, 1996)
    dues = cents(240, 420)
    c, e, v = card('mc'), expiry(), cvv()
    zp = zipc('44')
    return [
        ('agent', f"National Electrical Contractors Guild, member services, this is {NM('Tamika')}."),
        ('customer', f"Hi {NM('Tamika')}, {NM('Ray Kowalski')}. I'm renewing my membership before the license board audit."),
        ('agent', "Happy to help. Your membership number?"),
        ('customer', f"{ACC('m', mem)}."),
        ('agent', "For verification, can I have your date of birth and the last four of your Social?"),
        ('customer', f"{DOB('d', dob_t(d, 3))}, and the last four are {SSN('s', last4)}."),
        ('agent', f"Thank you, Mr. {NM('Kowalski')}. The annual dues are {PR(money_t(dues, '$'))}, and it includes the {CNT('8')} hours of continuing education credits you need."),
        ('customer', "Good. Can I pay by card?"),
        ('agent', "Absolutely, go ahead with the number."),
        ('customer', f"{CARD('c', card_t(c, '-'))}."),
        ('agent', "Expiration date?"),
        ('customer', f"{EXP('e', exp_t(e))}."),
        ('agent', "And the security code."),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"Is the billing ZIP still {PC('z', zp)}?"),
        ('customer', "Yes."),
        ('agent', f"You're renewed through the end of {YR('2026')}. Your new card will be mailed in {DU('7 to 10 days')}."),
        ('customer', "Thanks. Appreciate it."),
    ]


@case('asr')
def fleet_insurance_add_vans_long():
    pol = 'flt' + dg(6)
    fl1, fl2 = dg(3), dg(3)
    d1 = dob(1975, 2001)
    d2 = dob(1968, 1999)
    prem = cents(380, 920)
    c_bad = dg(4) + dg(4)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    mob = uk_mob()
    hn = house(1, 60)
    pc = ukpc('WF1')
    email = 'transport at calderhaulage dot co dot uk'
    return [
        ('agent', f"good morning brackenridge commercial insurance you're speaking to {NM('nadia')}"),
        ('customer', f"morning {NM('nadia')} {NM('lorraine')} from calder haulage i need to add two vans to our fleet policy"),
        ('agent', "no problem can i have the policy number"),
        ('customer', f"{ACC('p', 'f l t ' + sd(pol[3:]))}"),
        ('agent', f"thanks {NM('lorraine')} and you're the named contact yeah"),
        ('customer', "i am yeah i do all the transport admin"),
        ('agent', "okay what are the two vans"),
        ('customer', f"both transits they'll be fleet numbers {OT(sd(fl1))} and {OT(sd(fl2))} we picked them up yesterday"),
        ('agent', "are they replacing anything or are they extra"),
        ('customer', "extra we've won the supermarket contract so we're busier"),
        ('agent', "congratulations and who'll be driving them are they already named drivers"),
        ('customer', "one is the other isn't we've got a new lad starting monday"),
        ('agent', "okay i'll need his full name and date of birth"),
        ('customer', f"{NM('kieran')} {NM('mcallister')}"),
        ('agent', "and date of birth"),
        ('customer', "hang on i've got his forms here somewhere"),
        ('agent', "no rush"),
        ('customer', f"right {DOB('d1', dob_s(d1))}"),
        ('agent', "any points or claims"),
        ('customer', "clean licence he says"),
        ('agent', f"and the existing driver going onto the second van"),
        ('customer', f"that's {NM('shabana')} {NM('qureshi')} she's already on there"),
        ('agent', f"yes i've got her here date of birth {DOB('d2', dob_s(d2, 1))}"),
        ('customer', "that's her"),
        ('agent', f"okay so adding both vans from today for the rest of the policy year the extra premium is {PR(money_s(prem))} including insurance premium tax"),
        ('customer', "fine can i pay that on the company card now"),
        ('agent', "yep go ahead"),
        ('customer', f"{CARD('c', sd(c_bad[:4]), x=True)} {CARD('c', sd(c_bad[4:]), x=True)} oh hang on that's the old card it got replaced sorry"),
        ('agent', "no worries"),
        ('customer', f"right proper one {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))}"),
        ('agent', "mm-hmm"),
        ('customer', f"{CARD('c', sd(b[3]))} expires {EXP('e', exp_s(e, 2))} and the back is {CVV('v', sd(v))}"),
        ('agent', "that's taken and where shall i send the updated certificate"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "and is the garaging address still the depot"),
        ('customer', f"yeah {ADDR('s', words(hn) + ' thornes lane wakefield')} {PC('p', pc_s(pc))}"),
        ('agent', "and a mobile for the claims line to text if anything happens"),
        ('customer', f"{TEL('t', sd(mob, dbl=True))}"),
        ('agent', f"lovely so that's both vans on cover from now card ending {CARD('rb', sd(b[3]), part=True)} charged and the certificate to the transport inbox"),
        ('customer', "brilliant thank you"),
    ]


@case('transcript')
def fuel_card_lost_driver():
    acct = dg(8)
    fuelcard = '7077' + dg(14)
    drivers = 14
    reg_fee = cents(5, 9)
    litres = R.randint(60, 140)
    ph = uk_geo('0161')
    ext = dg(3)
    email = 'fleet@moorsidecouriers.co.uk'
    return [
        ('agent', f"FuelGo card services, {NM('Imogen')} speaking. Can I take the account number?"),
        ('customer', f"It's {ACC('a', acct)}. {NM('Desmond Achterberg')}, fleet manager at Moorside Couriers."),
        ('agent', "Thanks Desmond. What's happened?".replace('Desmond', NM('Desmond'))),
        ('customer', f"One of our drivers lost his fuel card at a motorway services last night. We need it stopped and a new one sent."),
        ('agent', "Do you have the card number, or the driver it's assigned to?"),
        ('customer', f"The card number's {ACC('f', grp(fuelcard, [4, 4, 4, 4, 2]))}. It's assigned to {NM('Lukas Brandt')}."),
        ('agent', f"Okay, that card is stopped now. The last transaction was {QT(str(litres) + ' litres')} of diesel yesterday at {TM('6:40 pm')}. Was that him?"),
        ('customer', "Yes, that was his fill-up on the way back. Nothing after that?"),
        ('agent', f"Nothing after that. The replacement is {PR(money_t(reg_fee))}, and it'll arrive in {DU('3 to 5 working days')}."),
        ('customer', f"Fine. While I've got you, we've got {CNT(str(drivers))} cards on the account and two of those drivers have left. Can you cancel those as well?"),
        ('agent', "I can, but I'll need that request in writing from an authorised signatory. Can I email you the form?"),
        ('customer', f"Send it to {MAIL('m', email)}."),
        ('agent', "Done. Is there a number I can reach you on if the form bounces?"),
        ('customer', f"{TEL('t', phone_t(ph))}, extension {TEL('t', ext, x=True)}."),
        ('agent', "Perfect. Anything else?"),
        ('customer', "No, that's it. Thanks for being quick."),
    ]


@case('transcript')
def bookkeeping_pps_vat_return_ie():
    client = 'BK-' + dg(4)
    pps_ = pps()
    vat_no = 'IE' + dg(7) + R.choice('ABCDEFGHJKLMNPQRSTVWX')
    fee = cents(180, 320)
    c, e, v = card('visa'), expiry(), cvv()
    pc = eircode('V94')
    hn = house(1, 80)
    d = day()
    return [
        ('agent', f"Shannonside Bookkeeping, {NM('Eimear')} speaking."),
        ('customer', f"Hi {NM('Eimear')}, it's {NM('Tadhg Ó Súilleabháin')}, the electrician. You do my books."),
        ('agent', f"Hi {NM('Tadhg')}! Is this about the VAT return?"),
        ('customer', f"It is. I got a letter from Revenue about the period ending {DT('31 October')}, and I'm panicking."),
        ('agent', f"Don't panic. We filed it on the {DT(sfx(d))}, so the letter probably crossed in the post. Can you read me the reference on the letter?"),
        ('customer', f"It has my VAT number, {OT(vat_no)}, and then a notice number underneath."),
        ('agent', "Just the VAT number is fine. And for security, your PPS number?"),
        ('customer', f"{SSN('p', pps_)}."),
        ('agent', f"Thanks. Yes, it's showing as received by Revenue. I'll email you the acknowledgement. Your client reference with us is {ACC('cl', client)}, by the way, if you ever need to quote it."),
        ('customer', "Great. And the invoice for the quarter, can I pay it now?"),
        ('agent', f"Sure, it's {PR(money_t(fee, '€'))} including VAT."),
        ('customer', f"{CARD('c', card_t(c))}, expiry {EXP('e', exp_t(e))}, and the code is {CVV('v', v)}."),
        ('agent', "Thank you, that's paid. Are you still at the same address for the post?"),
        ('customer', f"Yes, {ADDR('s', str(hn) + ' Henry Street, Limerick')}, {PC('p', pc)}."),
        ('agent', "Perfect. Talk soon."),
    ]


@case('asr')
def drinks_wholesale_declined_then_second_card():
    acct = dg(6)
    kegs = R.randint(6, 14)
    keg_price = cents(120, 190)
    c1 = card('visa')
    c2, e2, v2 = card('mc'), expiry(), cvv()
    e1, v1 = expiry(), cvv()
    zp = zipc('787')
    hn = house(200, 3900)
    return [
        ('agent', f"lone star beverage distributors this is {NM('cody')}"),
        ('customer', f"hey {NM('cody')} it's {NM('shauna delgado')} over at the rusty anchor on south congress i need to get my keg order in for the weekend"),
        ('agent', "hey shauna what's your account number".replace('shauna', NM('shauna'))),
        ('customer', f"{ACC('a', sp(acct))}"),
        ('agent', "alright what are we doing"),
        ('customer', f"{CNT(words(kegs))} half barrels of the pale ale and the usual two of the lager"),
        ('agent', f"pale ale's {PR(money_s(keg_price, 'dollars') + ' a keg')} right now you still paying card"),
        ('customer', f"yeah here {CARD('c1', sd(card_t(c1)))} {EXP('e1', exp_s(e1))} and {CVV('v1', sd(v1))}"),
        ('agent', "hmm that one's coming back declined"),
        ('customer', "ugh that's the business one they must've flagged it i just bought a new ice machine"),
        ('agent', "happens all the time you got another one"),
        ('customer', f"yeah try my personal one {CARD('c2', sd(c2[:8]))}"),
        ('agent', "go ahead"),
        ('customer', f"{CARD('c2', sd(c2[8:]))} expiration {EXP('e2', exp_s(e2, 1))} code {CVV('v2', sd(v2))}"),
        ('agent', f"that one went through you're all set for friday delivery between {TM('seven')} and {TM('ten')}"),
        ('customer', f"perfect and it's the back door on the alley side {ADDR('s', words(hn, False) + ' south congress avenue')} {PC('z', sd(zp))}"),
        ('agent', "got it see you friday"),
    ]


@case('transcript')
def builders_merchant_sites_long():
    acct = 'TR' + dg(6)
    po1, po2 = 'PO-' + dg(4), 'PO-' + dg(4)
    dn = 'DN' + dg(7)
    plaster, timber = R.randint(40, 80), R.randint(20, 60)
    p_pl, p_tm = cents(8, 12), cents(4, 9)
    tot1 = cents(900, 1800)
    c1, e1, v1 = card('visa'), expiry(), cvv()
    b1 = blocks(c1)
    drill = cents(160, 280)
    c2, e2, v2 = card('mc'), expiry(), cvv()
    hn1, hn2 = house(2, 90), house(2, 90)
    pc1, pc2 = ukpc('NG7'), ukpc('NG5')
    ph = uk_mob()
    email = 'site.admin@hardwickhomes.co.uk'
    return [
        ('agent', f"Trent Valley Builders Merchants, trade desk, {NM('Gary')} speaking."),
        ('customer', f"Morning {NM('Gary')}, it's {NM('Femi Adeyemi')}, site manager for Hardwick Homes. I've got two sites to sort out and a bit of shopping for myself."),
        ('agent', "Go on then, let's start with the account."),
        ('customer', f"Trade account {ACC('a', acct)}."),
        ('agent', "Got it. First site?"),
        ('customer', f"The Lenton job. I need {CNT(str(plaster))} sheets of plasterboard and {CNT(str(timber))} lengths of the four-by-two."),
        ('agent', f"Plasterboard is {PR(money_t(p_pl) + ' a sheet')}, the CLS is {PR(money_t(p_tm) + ' a length')}, both plus VAT."),
        ('customer', f"Fine. The PO for that site is {OT(po1)}."),
        ('agent', "And the delivery address?"),
        ('customer', f"{ADDR('s1', str(hn1) + ' Lenton Boulevard, Nottingham')}, {PC('p1', pc1)}. Tell the driver to come in off the side road, the front's all fenced."),
        ('agent', "Noted. And the second site?"),
        ('customer', f"Sherwood. That one's just a pallet of blocks and some cement, but it's on a different PO, {OT(po2)}."),
        ('agent', "Address for Sherwood?"),
        ('customer', f"{ADDR('s2', str(hn2) + ' Hucknall Road')}, {PC('p2', pc2)}."),
        ('agent', f"Okay. Now, you've got a delivery note outstanding, {OT(dn)}, that wasn't signed for."),
        ('customer', "That'll be last Friday. The lads signed the driver's screen, I think, but I'll check."),
        ('agent', f"No problem. So, the account's over its limit this month, I'm afraid, so I'll need a card for the first order, {PR(money_t(tot1))} with VAT."),
        ('customer', "Right. Company card then. Are you ready?"),
        ('agent', "Ready."),
        ('customer', f"{CARD('c1', b1[0])} {CARD('c1', b1[1])}..."),
        ('agent', "Yep."),
        ('customer', f"{CARD('c1', b1[2])}, sorry, can you hang on, someone's shouting. Right. {CARD('c1', b1[3])}."),
        ('agent', "Could you repeat the third block?"),
        ('customer', f"{CARD('c1', b1[2], x=True)}."),
        ('agent', "Thanks. Expiry and security code?"),
        ('customer', f"{EXP('e1', exp_t(e1))}, and {CVV('v1', v1)}."),
        ('agent', "That's through. And the Sherwood order, on account or card?"),
        ('customer', f"Put it on the same card as before."),
        ('agent', f"The one ending {CARD('rb1', b1[3], part=True)}? I'll use the stored details."),
        ('customer', "That's the one."),
        ('agent', "Done. Now, you said shopping for yourself?"),
        ('customer', f"Yeah, the cordless combi drill you've got on offer, the {PR(money_t(drill))} one. That's mine, not the company's, so a different card."),
        ('agent', "No problem. Go ahead."),
        ('customer', f"{CARD('c2', card_t(c2))}, {EXP('e2', exp_t(e2))}, {CVV('v2', v2)}."),
        ('agent', "Lovely. Where do you want the receipts for the site orders?"),
        ('customer', f"{MAIL('m', email)}, and the drill receipt to me by text, {TEL('t', phone_t(ph))}."),
        ('agent', f"Sorted. So: Lenton and Sherwood on the card ending {CARD('rb2', b1[3], part=True)}, the drill on the card ending {CARD('rb3', c2[-4:], part=True)}, deliveries Thursday."),
        ('customer', "Perfect. Cheers Gary." .replace('Gary', NM('Gary'))),
    ]


@case('transcript')
def printer_lease_buyout_au():
    sur = '1.' + str(R.randint(1, 9))
    lease = 'OZL-' + dg(6)
    d = dob(1965, 1992)
    payout = cents(1400, 3200)
    c, e, v = card('visa'), expiry(), cvv()
    hn = house(1, 300)
    pc = aupc('QLD')
    model = 'C' + dg(4)
    return [
        ('agent', f"Good afternoon, Brisbane Office Finance, {NM('Mitchell')} speaking."),
        ('customer', f"Hi {NM('Mitchell')}, it's {NM('Thuy Nguyen')}, director of Harbourview Accounting. I want to pay out the lease on our copier early."),
        ('agent', "Sure. Lease number?"),
        ('customer', f"{ACC('l', lease)}."),
        ('agent', "And as you're the guarantor, I'll need to verify you. Date of birth, please?"),
        ('customer', f"{DOB('d', dob_t(d, 1))}."),
        ('agent', "And the registered address of the business?"),
        ('customer', f"{ADDR('s', 'Suite ' + str(R.randint(2, 12)) + ', ' + str(hn) + ' Boundary Street, Spring Hill')}, Queensland {PC('p', pc)}."),
        ('agent', f"Thanks. That's the {MOD(model)} colour device. The payout figure, including the residual, is {PR(money_t(payout, '$'))} inc GST."),
        ('customer', "That's about what I expected. Can I pay by card?"),
        ('agent', f"Yes, there's a {PCT(sur + '%')} surcharge on Visa."),
        ('customer', "Fine."),
        ('customer', f"{CARD('c', card_t(c))}. Expires {EXP('e', exp_t(e))}. CVV {CVV('v', v)}."),
        ('agent', f"Thank you. Once that clears you'll own the device, and we'll send a title letter in {DU('5 business days')}."),
        ('customer', "Great. Do we still get the service visits?"),
        ('agent', "Not under the lease, but we can quote you a standalone service plan."),
        ('customer', "Send me the quote then. Thanks Mitchell.".replace('Mitchell', NM('Mitchell'))),
    ]


@case('asr')
def payroll_w2_ssn_correction():
    client = dg(5)
    ein = dg(2) + dg(7)
    old, new = ssn(), ssn()
    d = dob(1980, 2003)
    zp = zipc('606')
    return [
        ('agent', f"thank you for calling paybridge payroll this is {NM('denise')} how can i help you"),
        ('customer', f"hi {NM('denise')} this is {NM('omar haddad')} i own {NM('haddad')} auto glass we're a client of yours"),
        ('agent', "okay can i get your client id"),
        ('customer', f"{ACC('a', sd(client))}"),
        ('agent', f"and the last four of the company ein"),
        ('customer', f"{OT(sd(ein[-4:]))}"),
        ('agent', "great what can i do"),
        ('customer', f"one of my guys got his {OT('w two')} and his social security number is wrong on it so the irs is gonna kick it back"),
        ('agent', f"okay which employee"),
        ('customer', f"{NM('luis')} {NM('ochoa')}"),
        ('agent', f"alright i've got {NM('luis')} here what we have on file is {SSN('o', sd(old[:3]) + ' ' + sd(old[3:5]) + ' ' + sd(old[5:]))} what should it be"),
        ('customer', f"it should be {SSN('n', sd(new[:3]))} uh {SSN('n', sd(new[3:5]))} {SSN('n', sd(new[5:]))}"),
        ('agent', f"and can you confirm his date of birth so i know i'm on the right person"),
        ('customer', f"{DOB('d', dob_s(d, 1))}"),
        ('agent', f"that matches i'll issue a corrected {OT('w two c')} for tax year {YR('twenty twenty four')} and we'll file it with the ssa"),
        ('customer', "does he need to do anything"),
        ('agent', "he should hold off filing until he gets the corrected copy it'll mail to his home address"),
        ('customer', f"the address you have is old he moved to {ADDR('s', words(house(1000, 8900), False) + ' west addison street chicago')} {PC('z', sd(zp))}"),
        ('agent', "got it updated"),
    ]


@case('asr')
def cleaning_dental_clinic_canada():
    acct = dg(4) + dg(3)
    c = card('mc')
    b = blocks(c)
    e, v = expiry(), cvv()
    ph = phone_us('905')
    ext = dg(3)
    quote = cents(700, 1400)
    hn = house(10, 900)
    pc = capc('L')
    return [
        ('agent', f"brightstone commercial cleaning {NM('priyanka')} speaking"),
        ('customer', f"hi it's {NM('gabrielle tremblay')} office manager at lakeshore family dental we're already with you for the nightly clean"),
        ('agent', "hi gabrielle what can i do for you".replace('gabrielle', NM('gabrielle'))),
        ('customer', "we want the deep clean done over the long weekend carpets windows and the sterilization room"),
        ('agent', "sure can i get your account number"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', f"okay the deep clean package for your size is {PR(money_s(quote, 'dollars'))} plus hst we can do the saturday"),
        ('customer', "saturday's good do you need a deposit"),
        ('agent', "we take the full amount on booking for one offs"),
        ('customer', f"okay it's the clinic card {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))}"),
        ('agent', "and the last four"),
        ('customer', f"{CARD('c', sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the cvc"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "thank you and the crew lead will call the day before who should they call"),
        ('customer', f"me at the clinic {TEL('t', sd(ph[:3]) + ' ' + sd(ph[3:6]) + ' ' + sd(ph[6:]))} extension {TEL('t', sd(ext), x=True)}"),
        ('agent', f"and we have the clinic at {ADDR('s', words(hn, False) + ' lakeshore road east mississauga')}"),
        ('customer', f"yes {PC('p', pc_s(pc))}"),
        ('agent', "perfect you're booked"),
    ]


@case('asr')
def pallet_network_redelivery():
    trk1 = lfail(18, '00')
    pallets = R.randint(2, 4)
    fee = cents(35, 65)
    c = card('visa')
    b = blocks(c)
    e, v = expiry(), cvv()
    hn = house(1, 140)
    pc = ukpc('B18')
    mob = uk_mob()
    return [
        ('agent', f"palletlink customer service {NM('jasmine')} speaking"),
        ('customer', f"hiya {NM('jasmine')} it's {NM('harjit')} from {NM('sandhu')} cash and carry we missed a delivery yesterday and we need it back out"),
        ('agent', "okay have you got the consignment number off the card the driver left"),
        ('customer', f"yeah it's long {OT(sd(trk1))}"),
        ('agent', f"lovely i've got it {CNT(words(pallets))} pallets from the depot in walsall the driver says nobody answered the shutter"),
        ('customer', "we were there we just didn't hear him the compressor's loud"),
        ('agent', f"ah okay so a redelivery is {PR(money_s(fee))} plus vat and we can do tomorrow"),
        ('customer', "tomorrow's fine can i pay by card"),
        ('agent', "yes please"),
        ('customer', f"{CARD('c', sd(b[0]) + ' ' + sd(b[1]))} and then {CARD('c', sd(b[2]) + ' ' + sd(b[3]))}"),
        ('agent', f"and that was {CARD('rb', sd(b[0]) + ' ' + sd(b[1]) + ' ' + sd(b[2]) + ' ' + sd(b[3]))} yeah"),
        ('customer', "yep"),
        ('agent', "expiry and the three digits on the back"),
        ('customer', f"{EXP('e', exp_s(e, 3))} and {CVV('v', sd(v))}"),
        ('agent', f"paid so tomorrow to {ADDR('s', 'unit ' + words(hn % 20 + 2) + ' soho hill trading estate')} {PC('p', pc_s(pc))} is there a mobile the driver can ring"),
        ('customer', f"{TEL('t', sd(mob[:5]) + ' ' + sd(mob[5:]))} ring that not the shop phone"),
        ('agent', "brilliant it's booked"),
    ]


@case('asr')
def farm_fencing_au_restart():
    acct = 'r' + dg(5)
    rolls, posts = R.randint(10, 30), R.randint(100, 400)
    p1, p2 = cents(110, 190), cents(5, 12)
    c = card('mc')
    e, v = expiry(), cvv()
    pc = aupc('NSW')
    abn = dg(11)
    return [
        ('agent', f"riverina rural supplies {NM('brooke')} speaking"),
        ('customer', f"g'day {NM('brooke')} {NM('darcy')} {NM('mcinnes')} here out at the property past narrandera i need fencing gear"),
        ('agent', "no worries what's the account"),
        ('customer', f"{ACC('a', acct[0] + ' ' + sd(acct[1:]))}"),
        ('agent', "yep got you what are you after"),
        ('customer', f"{CNT(words(rolls))} rolls of the hinge joint and {CNT(words(posts))} star pickets"),
        ('agent', f"hinge joint's {PR(money_s(p1, 'dollars') + ' a roll')} and the pickets are {PR(money_s(p2, 'dollars') + ' each')}"),
        ('customer', "right i'll pay it on the card now so it's on the truck thursday"),
        ('agent', "go for it"),
        ('customer', f"{CARD('c', sd(c[:4]), x=True)} {CARD('c', sd(c[4:6]), x=True)} no wait start again {CARD('c', sd(c[:4]))} {CARD('c', sd(c[4:8]))} {CARD('c', sd(c[8:12]))} {CARD('c', sd(c[12:]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and cvc"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"done and we've got the abn on the invoice as {OT(sd(abn))}"),
        ('customer', "yep that's us"),
        ('agent', f"delivery's to the property on {ADDR('s', words(R.randint(400, 2900), False) + ' old wagga road')} {PC('p', sd(pc))} yeah"),
        ('customer', "that's it leave it by the shearing shed"),
    ]


@case('transcript')
def kitchen_repair_ivr_bad_expiry_uk():
    inv = 'R' + dg(6)
    amt = cents(180, 460)
    c = card('visa')
    bad_e = (R.randint(1, 12), 2024)
    e, v = expiry(), cvv()
    pc = ukpc('EH6')
    return [
        ('ivr', f"Welcome to Caledonian Catering Engineers. To pay an invoice, press {OT('1')}."),
        ('customer', f"{OT('1')}"),
        ('ivr', "Please enter your invoice number, followed by the hash key."),
        ('customer', f"{OT(inv[1:])}#"),
        ('ivr', f"Invoice {OT(inv)}, amount due {PR(money_t(amt))}. Please enter your card number."),
        ('customer', f"{CARD('c', c)}"),
        ('ivr', "Please enter the expiry date, month and year, as four digits."),
        ('customer', f"{EXP('be', '%02d%02d' % (bad_e[0], bad_e[1] % 100))}"),
        ('ivr', "The expiry date you entered is in the past. Please enter the expiry date again."),
        ('customer', f"{EXP('e', exp_t(e).replace('/', ''))}"),
        ('ivr', "Please say the postcode of the card's billing address."),
        ('customer', f"{PC('p', pc)}."),
        ('ivr', "Please enter the three-digit security code."),
        ('customer', f"{CVV('v', v)}"),
        ('ivr', f"Thank you. Payment of {PR(money_t(amt))} against invoice {OT(inv)} was successful."),
    ]


@case('transcript')
def signage_food_truck_wrap():
    dep = cents(600, 1200)
    inst = cents(300, 600)
    c, e, v = card('amex'), expiry(), cvv(4)
    b = blocks(c)
    ph = phone_us('505')
    email = 'chile.verde.truck@gmail.com'
    zp = zipc('871')
    return [
        ('agent', f"Desert Graphics, this is {NM('Lorenzo')}."),
        ('customer', f"Hi {NM('Lorenzo')}, it's {NM('Rosalinda Baca')}. I came in last week about wrapping my food truck."),
        ('agent', f"Oh yes, the green chile truck! I've got the mock-up done. I can email it over. What's the best address?"),
        ('customer', f"{MAIL('m', email)}."),
        ('agent', f"Sent. The full wrap is {PR(money_t(dep * 3, '$'))}. We take a third up front, so {PR(money_t(dep, '$'))} today, and then two payments after."),
        ('customer', "Can the two payments come off the card automatically? I'm terrible with reminders."),
        ('agent', f"Sure, the card stays on file and we charge on the {DT('1st')} of each month."),
        ('customer', "Okay. It's an Amex."),
        ('customer', f"{CARD('c', b[0])}, {CARD('c', b[1])}, {CARD('c', b[2])}."),
        ('agent', "And the expiration?"),
        ('customer', f"{EXP('e', exp_t(e))}. The four digits on the front are {CVV('v', v)}."),
        ('agent', f"Deposit taken. Your next two charges are {PR(money_t(dep, '$') + ' each')}, on the card ending {CARD('rb', b[2][-4:], part=True)}."),
        ('customer', "Perfect. When can you do the install?"),
        ('agent', f"We need the truck for {DU('two days')}. Is the week after next okay?"),
        ('customer', "That works, but I have a market on Saturday morning, so drop-off Sunday?"),
        ('agent', "Sunday's fine. We'll text the day before. Number?"),
        ('customer', f"{TEL('t', phone_t(ph))}. And for the invoice, my commissary is the business address, ZIP {PC('z', zp)}."),
        ('agent', "Got it. We'll see you Sunday."),
    ]


@case('asr')
def event_staging_colleague_card():
    hire = 'h' + dg(5)
    total = cents(2200, 4800)
    dep = total // 4
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    hn = house(1, 60)
    pc = ukpc('M1')
    email = 'events at quaysidecreative dot co dot uk'
    return [
        ('agent', f"stagecraft hire {NM('ollie')} speaking"),
        ('customer', f"hi {NM('ollie')} it's {NM('bronwen')} from quayside creative we're confirming the staging and lighting for the conference"),
        ('agent', f"great i've got the quote here hire number {OT(sd(hire[1:]))} that's the eight by four metre stage the truss and the wash lights"),
        ('customer', "that's it what's the deposit"),
        ('agent', f"quarter up front so {PR(money_s(dep))} and the balance a week before"),
        ('customer', f"okay i don't have the card i'll ask {NM('bronagh')} in accounts hang on"),
        ('agent', "no problem"),
        ('customer', f"hiya {NM('bronagh')} here i've got the company card {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))} expiry {EXP('e', exp_s(e))}"),
        ('agent', "and the security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "lovely that's gone through who should i send the confirmation to"),
        ('customer', f"the events inbox {MAIL('m', email)}"),
        ('agent', f"perfect and the venue's the old mill at {ADDR('s', words(hn) + ' ancoats street')} {PC('p', pc_s(pc))}"),
        ('customer', f"yes load in from {TM('six am')} there's a goods lift"),
        ('agent', "brilliant thanks both"),
    ]


@case('asr')
def cafe_liability_renewal_ie():
    tax_up = R.randint(2, 5)
    pol = 'CL' + dg(7)
    d = dob(1970, 1995)
    prem = cents(480, 1100)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    pc = eircode('X91')
    hn = house(1, 60)
    return [
        ('agent', f"emerald business insurance {NM('ronan')} speaking"),
        ('customer', f"hi {NM('ronan')} it's {NM('grainne')} {NM('de burca')} i have the little café on the quay in waterford the renewal came in"),
        ('agent', "okay grand have you the policy number there"),
        ('customer', f"{ACC('p', 'c l ' + sd(pol[2:]))}"),
        ('agent', "and just to confirm i'm speaking to the policyholder your date of birth"),
        ('customer', f"{DOB('d', dob_s(d))}"),
        ('agent', f"lovely so the renewal this year is {PR(money_s(prem, 'euro', 'cent'))} that's the public liability employers liability and the contents"),
        ('customer', "it went up a good bit"),
        ('agent', f"it did the contents sum went up when you added the new coffee machine and the premium tax went up {PCT(words(tax_up) + ' percent')} across the board"),
        ('customer', "ah well i can't go without it i'll pay it now"),
        ('agent', "go ahead with the card"),
        ('customer', f"{CARD('c', sp(b[0]))} {CARD('c', sp(b[1]))} {CARD('c', sp(b[2]))} {CARD('c', sp(b[3]))}"),
        ('agent', "and the expiry and cvv"),
        ('customer', f"{EXP('e', exp_s(e, 1))} and {CVV('v', sd(v))}"),
        ('agent', f"paid in full the schedule goes to {MAIL('m', 'grainne at thequaycafe dot ie')} and is the premises still {ADDR('s', words(hn) + ' the quay waterford')}"),
        ('customer', f"it is {PC('p', pc_s(pc))}"),
        ('agent', "perfect you're covered from monday"),
    ]


@case('transcript')
def fuel_cards_bsb_direct_debit_au():
    limit = R.randint(3, 6) * 100
    acct = dg(7)
    bsb = dg(3) + '-' + dg(3)
    ba = dg(9)
    land = au_land('3')
    ext = dg(2)
    email = 'accounts@westgippslandfreight.com.au'
    cards = 2
    return [
        ('agent', f"FleetFuel Australia, {NM('Zoe')} speaking."),
        ('customer', f"Hi {NM('Zoe')}, {NM('Graham Pettigrew')} from West Gippsland Freight. Two things: I need two more driver cards, and I want to change how we pay the statement."),
        ('agent', "Sure. Account number first, please."),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', f"Thanks. The {CNT(str(cards))} new cards, do you want them restricted to diesel only like the others?"),
        ('customer', f"Diesel only, and a daily limit of {PR(money_t(limit * 100, '$'))}."),
        ('agent', f"Done. They'll arrive in {DU('5 to 7 business days')}. Now, the statement?"),
        ('customer', "We've been paying by BPAY but the bookkeeper keeps missing it. Can you direct debit it instead?"),
        ('agent', "Yes. I'll need the BSB and account number."),
        ('customer', f"BSB {ACC('b', bsb)}, account {ACC('n', ba)}."),
        ('agent', f"Let me confirm: BSB {ACC('b2', bsb)}, account {ACC('n2', ba[:3] + ' ' + ba[3:6] + ' ' + ba[6:])}."),
        ('customer', "That's right."),
        ('agent', f"The debit will happen on the {DT('15th')} of each month. I'll email the DDR form to sign. Which address?"),
        ('customer', f"{MAIL('m', email)}."),
        ('agent', "And a phone number in case of a dishonour?"),
        ('customer', f"Office, {TEL('t', phone_t(land))}, extension {TEL('t', ext, x=True)}."),
        ('agent', "Perfect, that's all set."),
    ]


@case('asr')
def hosting_ssl_recurring_uk():
    acct = dg(6)
    c = card('mc')
    b = blocks(c)
    e, v = expiry(), cvv()
    pc = ukpc('BS3')
    hosting, ssl = cents(90, 160), cents(30, 70)
    return [
        ('agent', f"you're through to harbour hosting support my name's {NM('kofi')}"),
        ('customer', f"hi {NM('kofi')} i'm {NM('saoirse')} i do the website for my dad's plumbing business and everything's saying not secure"),
        ('agent', "ah that'll be the ssl certificate what's the account number"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', f"yep the certificate lapsed on monday because the hosting renewal failed the hosting's {PR(money_s(hosting))} for the year and the ssl is {PR(money_s(ssl))}"),
        ('customer', "okay and can you make it take the money automatically next year so this doesn't happen again"),
        ('agent', "yep i'll turn on auto renew read me the card"),
        ('customer', f"{CARD('c', sd(b[0], dbl=True))} {CARD('c', sd(b[1], dbl=True))}"),
        ('agent', "mm-hmm"),
        ('customer', f"{CARD('c', sd(b[2], dbl=True))} {CARD('c', sd(b[3], dbl=True))}"),
        ('agent', "and the expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the last three digits on the signature strip"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "and the billing postcode"),
        ('customer', f"{PC('p', pc_s(pc))}"),
        ('agent', "lovely that's renewed the padlock should come back within the hour"),
        ('customer', f"and the renewal reminders can they go to me not dad {MAIL('m', 's a o i r s e dot kehoe at outlook dot com')}"),
        ('agent', "done i've added you as a billing contact"),
    ]


@case('asr')
def terminal_chargeback_verification_us():
    mid = dg(10)
    last4 = dg(4)
    d = dob(1964, 1990)
    zp = zipc('331')
    amt = cents(180, 900)
    fee = cents(15, 25)
    case_ = dg(8)
    return [
        ('ivr', "Welcome to Swiftpay Merchant Support. Please say or enter your merchant number.", 'transcript'),
        ('customer', f"{ACC('m', sd(mid))}"),
        ('ivr', "To verify your identity, please say the last four digits of the business owner's Social Security number.", 'transcript'),
        ('customer', f"{SSN('s', sd(last4))}"),
        ('ivr', "Thank you. Please say the owner's date of birth.", 'transcript'),
        ('customer', f"{DOB('d', dob_s(d, 1))}"),
        ('ivr', "Thank you. Please hold for the next available representative.", 'transcript'),
        ('agent', f"thanks for holding this is {NM('brianna')} am i speaking with the owner"),
        ('customer', f"yes {NM('alejandro')} {NM('vidal')} i own {NM('vidal')}'s cuban bakery in hialeah"),
        ('agent', "how can i help"),
        ('customer', f"i got a chargeback notice for {PR(money_s(amt, 'dollars', 'cents'))} and a fee on top and i don't understand it it was a catering order and they picked it up"),
        ('agent', f"okay i see the dispute case {OT(sd(case_))} the cardholder says the goods weren't received the chargeback fee is {PR(money_s(fee, 'dollars'))}"),
        ('customer', "but they signed for it i have the receipt"),
        ('agent', f"perfect that's exactly what you'll need upload the signed receipt through the portal within {DU('ten days')} and we'll represent it"),
        ('customer', "and if i win do i get the fee back"),
        ('agent', "if the dispute's reversed in your favor yes"),
        ('customer', f"okay and the mailing address for the letter it's still {ADDR('s', words(house(100, 9900), False) + ' west forty ninth street hialeah')} {PC('z', sd(zp))}"),
        ('agent', "that's what i have"),
    ]


@case('transcript')
def office_waste_contract_direct_line():
    swap = R.randint(25, 45) * 100
    contract = 'CWC/' + dg(5)
    bins = 6
    lift = cents(9, 16)
    c, e, v = card('visa'), expiry(), cvv()
    hn = house(10, 400)
    pc = ukpc('SE1')
    ph = uk_geo('020')
    return [
        ('agent', f"Metro Waste Solutions, {NM('Precious')} speaking."),
        ('customer', f"Hello {NM('Precious')}, this is {NM('Wilhelmina Ashdown')}, building manager at Tabard House. We need our collections changed."),
        ('agent', "Of course. Contract reference?"),
        ('customer', f"{ACC('k', contract)}."),
        ('agent', f"Thank you. I see {CNT(str(bins))} eleven-hundred-litre bins, general waste, collected Mondays and Thursdays."),
        ('customer', "Yes. Two of the tenants have moved out, so we only need four bins now, and we'd like a mixed recycling bin instead."),
        ('agent', f"That's fine. Each lift is {PR(money_t(lift))} for general and a little less for recycling. There's a one-off swap charge of {PR(money_t(swap))}."),
        ('customer', "Can I pay the swap charge now? I'd rather it didn't go through the tenants' service charge."),
        ('agent', "Sure."),
        ('customer', f"{CARD('c', card_t(c))}, valid until {EXP('e', exp_t(e))}, security number {CVV('v', v)}."),
        ('agent', f"Thank you. The swap will be on the next Monday run. Are the bins still in the basement at {ADDR('s', str(hn) + ' Borough High Street')}?"),
        ('customer', f"Yes, {PC('p', pc)}. The ramp is off Newcomen Street and the gate code changes monthly, so call me first."),
        ('agent', "What's the best number?"),
        ('customer', f"My direct line is {TEL('t', phone_t(ph))}. I'm in from {TM('8')} till {TM('4')}."),
        ('agent', "Lovely. Anything else?"),
        ('customer', "No, thank you."),
    ]


@case('asr')
def chef_whites_two_restaurants_split():
    acct = dg(5)
    jackets = 30
    p = cents(18, 29)
    tot = p * 15
    c1, e1, v1 = card('visa'), expiry(), cvv()
    c2, e2, v2 = card('amex'), expiry(), cvv(4)
    b2 = blocks(c2)
    return [
        ('agent', f"kitchenkit workwear {NM('freya')} speaking"),
        ('customer', f"hi {NM('freya')} it's {NM('jun')} {NM('takahashi')} i've got the two ramen places we need new chef jackets"),
        ('agent', "hiya is that on the account"),
        ('customer', f"yes account {ACC('a', sd(acct))}"),
        ('agent', f"great how many"),
        ('customer', f"{CNT(words(jackets))} in total fifteen for each restaurant but each restaurant pays for its own"),
        ('agent', f"okay so the jackets with the embroidered logo are {PR(money_s(p) + ' each')} so {PR(money_s(tot) + ' per restaurant')}"),
        ('customer', "right first one's the northern quarter shop card"),
        ('customer', f"{CARD('c1', sd(c1[:8]))}"),
        ('customer', f"{CARD('c1', sd(c1[8:]))}"),
        ('agent', "expiry and security"),
        ('customer', f"{EXP('e1', exp_s(e1))} {CVV('v1', sd(v1))}"),
        ('agent', "lovely and the second restaurant"),
        ('customer', f"that's the amex {CARD('c2', sd(b2[0]))} {CARD('c2', sd(b2[1]))} {CARD('c2', sd(b2[2]))}"),
        ('agent', "and expiry"),
        ('customer', f"{EXP('e2', exp_s(e2, 1))} the code on the front {CVV('v2', sd(v2))}"),
        ('agent', "that's both done the logos take about a week"),
        ('customer', "can you split the delivery too fifteen to each site"),
        ('agent', "yes i'll use the two addresses on the account"),
        ('customer', "perfect arigato thanks"),
    ]


@case('transcript')
def coworking_meeting_room_us():
    markup = R.randint(8, 15)
    acct = 'M-' + dg(5)
    rate = cents(60, 95)
    hours = 6
    c, e, v = card('visa'), expiry(), cvv()
    email = 'dana.whitfield@whitfieldconsulting.com'
    ph = phone_us('303')
    zp = zipc('802')
    d = day()
    return [
        ('agent', f"Hi, you've reached Foundry Works Denver, {NM('Chase')} speaking."),
        ('customer', f"Hi {NM('Chase')}, it's {NM('Dana Whitfield')}. I'm a virtual member, and I need a big meeting room for a client workshop."),
        ('agent', "Sure thing. Member ID?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', "What date?"),
        ('customer', f"The {DT(sfx(d))}, from {TM('9 am')} to {TM('3 pm')}, for about {CNT('14')} people."),
        ('agent', f"The Summit room seats {CNT('16')}. It's {PR(money_t(rate, '$') + ' an hour')} for virtual members, so {CNT(str(hours))} hours, plus coffee service if you want it."),
        ('customer', "Yes to coffee, and can you do lunch?"),
        ('agent', f"We can order in; it's billed at cost plus {PCT(str(markup) + '%')}."),
        ('customer', "Great. Let's put it on my card."),
        ('agent', "Go ahead."),
        ('customer', f"{CARD('c', card_t(c, '-'))}, expiration {EXP('e', exp_t(e))}, CVV {CVV('v', v)}."),
        ('agent', "And the billing ZIP code?"),
        ('customer', f"{PC('z', zp)}."),
        ('agent', "Got it. I'll send the confirmation. Same email?"),
        ('customer', f"Yes, {MAIL('m', email)}. And if the catering people need to call, {TEL('t', phone_t(ph))}."),
        ('agent', "You're all set."),
    ]


@case('transcript')
def plumbers_association_cpd_ie():
    mem = 'RPA' + dg(5)
    d = dob(1972, 1998)
    pps_ = pps()
    course, dues = cents(180, 260), cents(220, 340)
    c, e, v = card('mc'), expiry(), cvv()
    return [
        ('agent', f"Registered Plumbers Association, {NM('Maeve')} speaking."),
        ('customer', f"Hi {NM('Maeve')}, it's {NM('Seánie Brophy')}. I want to renew the membership and book the heat pump course."),
        ('agent', "Lovely. Your membership number?"),
        ('customer', f"{ACC('m', mem)}."),
        ('agent', f"Thanks. And your date of birth, please?"),
        ('customer', f"{DOB('d', dob_t(d))}."),
        ('agent', "For the course, the grant people need your PPS number as well."),
        ('customer', f"It's {SSN('p', pps_[:7] + ' ' + pps_[7:])}."),
        ('agent', f"Perfect. The course is {PR(money_t(course, '€'))}, with the grant already taken off, and the membership is {PR(money_t(dues, '€'))}."),
        ('customer', "Both on the one card, please."),
        ('customer', f"{CARD('c', card_t(c))}."),
        ('agent', "Expiry date?"),
        ('customer', f"{EXP('e', exp_t(e, 3))}."),
        ('agent', "Three digits on the back?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"All done. The course runs over {DU('two Saturdays')} in Athlone, starting at {TM('9.30')}."),
        ('customer', "Great, thanks a million."),
    ]


@case('transcript')
def produce_wholesale_corrected_block_ca():
    acct = 'TO-' + dg(5)
    c = card('visa')
    b = blocks(c)
    wrong = dg(4)
    e, v = expiry(), cvv()
    hn = house(100, 1900)
    pc = capc('M')
    ph = phone_us('416')
    cases_ = R.randint(8, 20)
    price = cents(28, 46)
    return [
        ('agent', f"Ontario Food Terminal Direct, {NM('Nikhil')} speaking."),
        ('customer', f"Hi {NM('Nikhil')}, it's {NM('Marguerite Okonkwo-Lindqvist')} from Little Saffron on Queen West. Our usual order, plus extra tomatoes."),
        ('agent', "Sure. Account?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', f"How many cases of the tomatoes?"),
        ('customer', f"{CNT(str(cases_))}. We've got a catering job on Saturday."),
        ('agent', f"Heirloom are {PR(money_t(price, '$') + ' a case')} this week. Card on file or a new one?"),
        ('customer', "New one, the old one was compromised."),
        ('customer', f"{CARD('c', b[0])} {CARD('c', b[1])} {CARD('c', wrong, x=True)}, no, sorry, {CARD('c', b[2])} {CARD('c', b[3])}."),
        ('agent', f"So the third group is {CARD('rb', b[2], part=True)}?"),
        ('customer', "Yes."),
        ('agent', "Expiry and CVV?"),
        ('customer', f"{EXP('e', exp_t(e))}, {CVV('v', v)}."),
        ('agent', f"Great. Delivery to {ADDR('s', str(hn) + ' Queen Street West')}, {PC('p', pc)}, before {TM('10')}?"),
        ('customer', f"Before 10, yes. If the driver's late, call the kitchen, {TEL('t', phone_t(ph))}.".replace('Before 10', 'Before ' + TM('10'))),
        ('agent', "Will do."),
    ]


@case('asr')
def trade_account_application_au():
    d = dob(1978, 2000)
    lic = dg(8)
    abn = dg(11)
    hn = house(1, 90)
    pc = aupc('WA')
    mob = au_mob()
    email = 'kade at kadeobrienbuilding dot com dot au'
    return [
        ('agent', f"perth trade centre accounts {NM('shannon')} speaking"),
        ('customer', f"hi {NM('shannon')} {NM('kade')} {NM('o brien')} i'm a builder i wanna open a trade account"),
        ('agent', "no worries i can start the application over the phone are you a sole trader or a company"),
        ('customer', "sole trader"),
        ('agent', "okay what's the abn"),
        ('customer', f"{OT(sp(abn))}"),
        ('agent', "and your date of birth"),
        ('customer', f"{DOB('d', dob_s(d, 2))}"),
        ('agent', "and we need a driver licence number for the credit check"),
        ('customer', f"{ACC('l', sd(lic))}"),
        ('agent', "residential address"),
        ('customer', f"{ADDR('s', words(hn) + ' marmion street fremantle')} {PC('p', sd(pc))}"),
        ('agent', "mobile"),
        ('customer', f"{TEL('t', sd(mob))}"),
        ('agent', "and an email for statements"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', f"thanks {NM('kade')} the credit team will come back to you in {DU('two business days')} with a limit"),
        ('customer', "sweet cheers"),
    ]


@case('asr')
def office_bundle_lease_guarantor_sin():
    sin_ = sin()
    d = dob(1969, 1993)
    hn = house(10, 990)
    pc = capc('H')
    email = 'sylvie at boulangeriesoleil dot ca'
    ph = phone_us('514')
    monthly = cents(140, 260)
    months = 48
    return [
        ('agent', f"good morning capital office leasing {NM('jeremy')} speaking"),
        ('customer', f"bonjour {NM('jeremy')} it's {NM('sylvie')} {NM('beaulieu')} from boulangerie soleil your rep sent me the lease for the espresso machine and the printer"),
        ('agent', f"yes the bundle at {PR(money_s(monthly, 'dollars') + ' a month')} over {DU(words(months) + ' months')} to finish the credit application i need a few things for the personal guarantee"),
        ('customer', "okay go ahead"),
        ('agent', "your social insurance number"),
        ('customer', f"{SSN('s', sd(sin_[:3]) + ' ' + sd(sin_[3:6]) + ' ' + sd(sin_[6:]))}"),
        ('agent', "and date of birth"),
        ('customer', f"{DOB('d', dob_s(d))}"),
        ('agent', "home address"),
        ('customer', f"{ADDR('s', words(hn, False) + ' rue saint denis montreal')}"),
        ('agent', "postal code"),
        ('customer', f"{PC('p', pc_s(pc))}"),
        ('agent', "and the best email for the docusign"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "and a phone number in case the credit team has questions"),
        ('customer', f"the bakery {TEL('t', sd(ph))} but call before noon after that i'm asleep"),
        ('agent', "ha okay i'll tell them thanks sylvie".replace('sylvie', NM('sylvie'))),
    ]


@case('asr')
def bookkeeping_landscaper_long():
    utr = dg(10)
    ni_ = ni()
    d = dob(1975, 1997)
    sc = sortcode()
    ba = dg(8)
    fee = cents(300, 480)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    mob = uk_mob()
    income = cents(28000, 46000)
    mileage = R.randint(6000, 14000)
    return [
        ('agent', f"good afternoon penrose and company bookkeeping {NM('alisha')} speaking"),
        ('customer', f"hiya {NM('alisha')} it's {NM('callum')} {NM('fairweather')} the landscaper i dropped my receipts off in a carrier bag"),
        ('agent', f"oh yes {NM('callum')} the famous carrier bag we're working through it now i've got a few questions for the tax return is that okay"),
        ('customer', "go on then i'm in the van so it might cut out"),
        ('agent', f"first the hmrc letter you sent has your utr on it can you confirm it for me"),
        ('customer', f"{ACC('u', sd(utr[:5]))} um {ACC('u', sd(utr[5:]))}"),
        ('agent', "lovely and your national insurance number"),
        ('customer', f"{SSN('n', ni_[0].lower() + ' ' + ni_[1].lower() + ' ' + sd(ni_[2:8]) + ' ' + ni_[8].lower())}"),
        ('agent', "and date of birth for the form"),
        ('customer', f"{DOB('d', dob_s(d, 1))}"),
        ('agent', f"thanks so this is the return for tax year {YR('twenty twenty three twenty four')} the deadline's the end of january so we're fine for time"),
        ('customer', "good cos last year i got fined"),
        ('agent', f"not this year your turnover from the invoices comes to about {PR(money_s(income))}"),
        ('customer', "sounds about right"),
        ('agent', f"and you've logged {QT(words(mileage) + ' miles')} in the van for business is that right"),
        ('customer', "yeah roughly i keep a book"),
        ('agent', "perfect we'll use the mileage rate rather than the actual costs that usually works out better"),
        ('customer', "whatever saves me money"),
        ('agent', "okay and do you want to pay the tax by direct debit this year"),
        ('customer', "can i"),
        ('agent', "you can set up a budget payment plan with hmrc i'd need your bank details to put on the form"),
        ('customer', f"okay the sort code is {ACC('s', sd(sc[:5]))}"),
        ('agent', "sorry you cut out there"),
        ('customer', f"sort code {ACC('s2', sp(sc))}"),
        ('agent', "got it and the account number"),
        ('customer', f"{ACC('b', sd(ba))}"),
        ('agent', f"thank you and our fee for the return is {PR(money_s(fee))} including vat do you want to pay that on a card now"),
        ('customer', "yeah might as well hang on let me pull over"),
        ('agent', "no rush"),
        ('customer', f"right {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e, 4))}"),
        ('agent', "and the security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"lovely that's paid i'll text you when the return's ready to sign is it still {TEL('t', sd(mob[:5]) + ' ' + sp(mob[5:]))}"),
        ('customer', "that's the one"),
        ('agent', "and next year maybe an envelope instead of a carrier bag"),
        ('customer', "no promises"),
    ]


@case('transcript')
def cleaning_property_manager_sites_us():
    sqft = R.randint(12, 30) * 1000
    acct = dg(3) + '-' + dg(3)
    sites = 3
    monthly = cents(1800, 3600)
    c, e, v = card('mc'), expiry(), cvv()
    ph = phone_us('404')
    ext = dg(4)
    email = 'ops@peachtreeplazaproperties.com'
    hn = house(1000, 4800)
    zp = zipc('303')
    return [
        ('agent', f"Atlanta Spotless Commercial, {NM('Jerome')} speaking."),
        ('customer', f"Hi {NM('Jerome')}, {NM('Courtney Abernathy-Boyd')}, property manager with Peachtree Plaza Properties. We want to add a third building to our contract."),
        ('agent', "Great! What's the account number?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', f"Okay, you've got the two office buildings on nightly service. Where's the new one?"),
        ('customer', f"{ADDR('s', str(hn) + ' Piedmont Road NE, Atlanta')}, {PC('z', zp)}. It's a medical office, {QT(format(sqft, ',') + ' square feet')}, three floors."),
        ('agent', f"Medical needs the OSHA-compliant package. I'll have {NM('Yolanda')} walk it for a quote, but ballpark, your monthly would go to about {PR(money_t(monthly, '$'))} for all {CNT(str(sites))}."),
        ('customer', "That's in budget. And can you move us from checks to autopay? Accounts payable is drowning."),
        ('agent', "Absolutely. Which card?"),
        ('customer', f"The corporate card: {CARD('c', card_t(c))}."),
        ('agent', "Expiration date?"),
        ('customer', f"{EXP('e', exp_t(e))}."),
        ('agent', "And the security code."),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"Thanks. Autopay will run on the {DT('5th')}. Receipts to which email?"),
        ('customer', f"{MAIL('m', email)}, that's our shared box."),
        ('agent', "And the best phone for Yolanda to arrange the walkthrough?".replace('Yolanda', NM('Yolanda'))),
        ('customer', f"{TEL('t', phone_t(ph))}, extension {TEL('t', ext, x=True)}."),
        ('agent', "Perfect. She'll call you this week."),
    ]


@case('transcript')
def air_freight_customs_au():
    flt = 'CZ ' + str(R.randint(301, 399)); disb = '2.' + str(R.randint(1, 9))
    awb = dg(3) + '-' + dg(8)
    job = 'SYD' + dg(6)
    duty = cents(600, 1900)
    gst = duty // 10
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    email = 'imports@bondistreetwear.com.au'
    land = au_land('2')
    abn = dg(2) + ' ' + dg(3) + ' ' + dg(3) + ' ' + dg(3)
    return [
        ('agent', f"Southern Cross Forwarding, {NM('Liam')} speaking."),
        ('customer', f"Hi {NM('Liam')}, it's {NM('Xiu Ying Lam')} from Bondi Streetwear. Our shipment from Guangzhou hasn't cleared customs."),
        ('agent', "Do you have the job number or the air waybill?"),
        ('customer', f"The air waybill is {OT(awb)}."),
        ('agent', f"Okay, I've got it, job {OT(job)}. It came in on {FL(flt)} on Tuesday and then transferred. It's held because the duty and GST haven't been paid."),
        ('customer', "How much is it?"),
        ('agent', f"Duty is {PR(money_t(duty, '$'))}, GST {PR(money_t(gst, '$'))}, and our disbursement fee is {PCT(disb + '%')} on top."),
        ('customer', "Fine, I'll pay by card so it's released today."),
        ('customer', f"{CARD('c', b[0])}..."),
        ('customer', f"{CARD('c', b[1])}, {CARD('c', b[2])}..."),
        ('agent', "Yep, last four?"),
        ('customer', f"{CARD('c', b[3])}. Expiry {EXP('e', exp_t(e))}, CVV {CVV('v', v)}."),
        ('agent', f"Paid. The ABN we'll put on the tax invoice is {OT(abn)}, correct?"),
        ('customer', "Correct."),
        ('agent', f"And send the invoice to {MAIL('m', email)}?"),
        ('customer', f"Yes. The warehouse number for the delivery is {TEL('t', phone_t(land))}."),
        ('agent', "Great, it should be on a truck tomorrow morning."),
    ]


@case('asr')
def silage_wrap_herd_number_ie():
    herd = R.choice('ABCDEFGHJKLMNPRSTVWXY') + dg(7)
    rolls = R.randint(10, 40)
    price = cents(70, 110)
    c = card('mc')
    b = blocks(c)
    e, v = expiry(), cvv()
    pc = eircode('P31')
    email = 'niallfarrelly dot agri at gmail dot com'
    return [
        ('agent', f"macroom agri stores {NM('breda')} speaking"),
        ('customer', f"howya {NM('breda')} {NM('niall')} {NM('farrelly')} here i want to order the silage wrap before the rush"),
        ('agent', "how many rolls"),
        ('customer', f"{CNT(words(rolls))} of the black and a few of the green for the bales near the road"),
        ('agent', f"black is {PR(money_s(price, 'euro', 'cent') + ' a roll')} and we need the herd number on the docket for the scheme"),
        ('customer', f"herd number {ACC('h', herd[0].lower() + ' ' + sd(herd[1:]))}"),
        ('agent', "grand and payment"),
        ('customer', f"card {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "can you say the second four again the tractor drowned you out"),
        ('customer', f"{CARD('c', sd(b[1]), x=True)}"),
        ('agent', "thanks and the expiry and the three on the back"),
        ('customer', f"{EXP('e', exp_s(e))} and {CVV('v', sd(v))}"),
        ('agent', "that's through do you want it delivered to the farm"),
        ('customer', f"yeah the eircode's {PC('p', pc_s(pc))} the lorry knows it"),
        ('agent', "and will i email the receipt"),
        ('customer', f"go on {MAIL('m', email)}"),
        ('agent', "grand job"),
    ]


@case('transcript')
def kitchen_repair_ivr_account_ca():
    temp = R.randint(8, 12)
    acct = dg(7)
    pc = capc('T')
    inv = dg(6)
    amt = cents(260, 780)
    c, e, v = card('mc'), expiry(), cvv()
    model = 'HX-' + dg(2)
    ph = phone_us('403')
    return [
        ('ivr', "Thank you for calling Prairie Restaurant Equipment. Please enter your seven-digit account number."),
        ('customer', f"{ACC('a', acct)}"),
        ('ivr', "Please say the postal code of the restaurant."),
        ('customer', f"{PC('p', pc)}"),
        ('ivr', "Thank you. Connecting you to service."),
        ('agent', f"Service desk, {NM('Harpreet')} here. I see you're calling from Ember & Oak. What's going on?"),
        ('customer', f"Hi, it's {NM('Duncan Whitehorse')}, the GM. The walk-in cooler is sitting at {OT(str(temp) + ' degrees')} and climbing."),
        ('agent', f"That's not good. Is it the {MOD(model)} condenser on the roof?"),
        ('customer', "Yeah. The fan isn't spinning."),
        ('agent', f"I'll send the on-call tech now, emergency rate. There's also invoice {OT(inv)}, {PR(money_t(amt, '$'))}, overdue from the last visit. We'll need that settled before dispatch, I'm afraid."),
        ('customer', "Fine, just send him. Mastercard."),
        ('customer', f"{CARD('c', card_t(c))}, expiry {EXP('e', exp_t(e))}, {CVV('v', v)} on the back."),
        ('agent', f"Paid. Tech is {NM('Oksana')}, she'll be there within the hour. Best number?"),
        ('customer', f"My cell, {TEL('t', phone_t(ph))}."),
        ('agent', "Move what you can to the reach-ins in the meantime."),
    ]


@case('asr')
def takeaway_menus_print_ie():
    qty = 5000
    price = cents(140, 260)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    pc = eircode('A92')
    hn = house(1, 70)
    email = 'goldenwok dot drogheda at gmail dot com'
    return [
        ('agent', f"boyne print and design {NM('shauna')} speaking"),
        ('customer', f"hello {NM('shauna')} this is {NM('wei')} {NM('chen')} from the golden wok i want to order the door menus again with the new prices"),
        ('agent', f"no problem same as last time {CNT('five thousand')} of the a four folded"),
        ('customer', "yes same but i change the prices and add the spice bag deals"),
        ('agent', f"grand email me the changes and i'll send a proof the print run is {PR(money_s(price, 'euro'))} with vat"),
        ('customer', f"the email is {MAIL('m', email)}"),
        ('agent', "perfect do you want to pay now or on collection"),
        ('customer', f"now is fine {CARD('c', sd(b[0], z='zero'))} {CARD('c', sd(b[1], z='zero'))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2], z='zero'))} {CARD('c', sd(b[3], z='zero'))}"),
        ('agent', "and the expiry"),
        ('customer', f"{EXP('e', exp_s(e, 2))}"),
        ('agent', "three digits on the back"),
        ('customer', f"{CVV('v', sd(v, z='zero'))}"),
        ('agent', "lovely will we deliver or will you collect"),
        ('customer', f"deliver to the shop {ADDR('s', words(hn) + ' west street drogheda')} {PC('p', pc_s(pc))}"),
        ('agent', "perfect proof will be with you this evening"),
    ]


@case('asr')
def corporate_picnic_tent_us():
    guests = 250
    total = cents(3200, 6800)
    dep = total // 2
    c, e, v = card('disc'), expiry(), cvv()
    b = blocks(c)
    ph = phone_us('317')
    zp = zipc('462')
    d = day()
    return [
        ('agent', f"hoosier tent and event this is {NM('brittany')}"),
        ('customer', f"hi {NM('brittany')} my name's {NM('terrence')} {NM('whitlock')} i'm the hr manager at crossroads logistics we're doing our company picnic"),
        ('agent', "fun how many people"),
        ('customer', f"about {CNT('two hundred fifty')} with families"),
        ('agent', f"okay so you'd want the sixty by eighty frame tent tables chairs and probably two of the food tents what date"),
        ('customer', f"saturday the {DT(ORD[d])} of june"),
        ('agent', f"that's open the package comes to {PR(money_s(total, 'dollars'))} and we take half to reserve"),
        ('customer', f"okay i've got the company discover card {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))}"),
        ('agent', "okay"),
        ('customer', f"{CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))} expiration {EXP('e', exp_s(e))} and the code {CVV('v', sd(v))}"),
        ('agent', f"that's {PR(money_s(dep, 'dollars'))} taken what's the address of the park"),
        ('customer', f"it's eagle creek park the pavilion off {ADDR('s', words(house(4000, 7900), False) + ' west fifty sixth street indianapolis')} {PC('z', sd(zp))}"),
        ('agent', "and a cell number for the day of"),
        ('customer', f"{TEL('t', sp(ph[:3]) + ' ' + sd(ph[3:]))}"),
        ('agent', "perfect we'll set up friday afternoon"),
    ]


@case('transcript')
def fleet_ute_add_driver_au():
    excess = R.randint(10, 25) * 10000
    pol = 'CV' + dg(8)
    d = dob(2001, 2005)
    prem = cents(300, 700)
    c, e, v = card('mc'), expiry(), cvv()
    pc = aupc('QLD')
    hn = house(1, 200)
    return [
        ('agent', f"Sunstate Business Insurance, {NM('Bianca')} speaking."),
        ('customer', f"Hi {NM('Bianca')}, {NM('Hamish Tuilagi')} from Tuilagi Electrical. We bought another ute and I've got an apprentice who'll drive it.".replace('from Tuilagi', 'from ' + NM('Tuilagi'))),
        ('agent', "Congratulations. Policy number, please?"),
        ('customer', f"{ACC('p', pol)}."),
        ('agent', "And the apprentice's full name and date of birth?"),
        ('customer', f"{NM('Jaxon Pere')}, born {DOB('d', dob_t(d))}."),
        ('agent', f"He's under {OT('25')}, so there's an age excess of {PR(money_t(excess, '$'))} on any claim while he's driving. The additional premium for the ute is {PR(money_t(prem, '$'))}."),
        ('customer', "Okay. Put it on the card."),
        ('customer', f"{CARD('c', card_t(c))}, {EXP('e', exp_t(e))}, {CVV('v', v)}."),
        ('agent', f"Done. Is it garaged at the business address, {ADDR('s', str(hn) + ' Ingham Road, Garbutt')}?"),
        ('customer', f"Yes, Townsville, {PC('p', pc)}."),
        ('agent', "You'll have the updated certificate by email shortly."),
    ]


@case('asr')
def fuel_card_overdue_ssn_last4_us():
    acct = dg(9)
    last4 = dg(4)
    zp = zipc('752')
    owed = cents(1200, 4200)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    pin_ = dg(4)
    return [
        ('agent', f"thank you for calling roadrunner fleet fuel my name is {NM('tiffany')} can i get your account number"),
        ('customer', f"{ACC('a', sd(acct[:3]) + ' ' + sd(acct[3:6]) + ' ' + sd(acct[6:]))}"),
        ('agent', "and who am i speaking with"),
        ('customer', f"{NM('wendell')} {NM('okoro')} i own the trucking company"),
        ('agent', f"thank you {NM('wendell')} for verification the last four of your social"),
        ('customer', f"{SSN('s', sd(last4))}"),
        ('agent', f"and your billing zip"),
        ('customer', f"{PC('z', sd(zp))}"),
        ('agent', f"thank you the account's on hold for a past due balance of {PR(money_s(owed, 'dollars', 'cents'))} that's why the cards declined this morning"),
        ('customer', "yeah my driver's stuck at a pump in amarillo can i pay it right now"),
        ('agent', "yes i can take a card payment"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiration"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"payment posted the hold comes off in about {DU('fifteen minutes')} also your driver's card pin was reset to {OT(sd(pin_))} after too many tries"),
        ('customer', "okay i'll text him thanks"),
    ]


@case('transcript')
def virtual_office_id_check_uk():
    d = dob(1983, 2000)
    hn = house(1, 120)
    pc = ukpc('OX4')
    mob = uk_mob()
    email = 'sage@okonjoceramics.co.uk'
    c, e, v = card('visa'), expiry(), cvv()
    monthly = cents(25, 45)
    crn = dg(8)
    return [
        ('agent', f"Good morning, Cowley Works Coworking, {NM('Lewis')} speaking."),
        ('customer', f"Hi {NM('Lewis')}, my name's {NM('Sage Okonjo')}. I'd like to use your address as my registered office; I make ceramics from home and don't want my house on Companies House."),
        ('agent', f"Totally understand. The virtual office plan is {PR(money_t(monthly) + ' a month')} plus VAT, and it includes mail scanning. We do have to run anti-money-laundering checks first."),
        ('customer', "That's fine. What do you need?"),
        ('agent', "Your full name as on your passport, date of birth and your home address."),
        ('customer', f"{NM('Sage Adaeze Okonjo')}. Born {DOB('d', dob_t(d, 1))}."),
        ('agent', "And the home address?"),
        ('customer', f"{ADDR('s', 'Flat ' + str(R.randint(1, 9)) + ', ' + str(hn) + ' Magdalen Road')}, Oxford, {PC('p', pc)}."),
        ('agent', "Thank you. And the company registration number, if you've incorporated yet?"),
        ('customer', f"I have, it's {OT(crn)}. Okonjo Ceramics Limited.".replace('Okonjo Ceramics', NM('Okonjo') + ' Ceramics')),
        ('agent', f"Perfect. I'll send a link to upload your passport. Mobile or email?"),
        ('customer', f"Both, please. {TEL('t', phone_t(mob))}, and {MAIL('m', email)}."),
        ('agent', "Lovely. And a card for the monthly payment?"),
        ('customer', f"{CARD('c', card_t(c))}, expiring {EXP('e', exp_t(e, 1))}, security code {CVV('v', v)}."),
        ('agent', f"Thanks. It'll be charged today and then on the same date each month. Once the check clears, usually in {DU('24 hours')}, you can update Companies House."),
        ('customer', "Brilliant, thank you."),
    ]


@case('asr')
def roofing_association_card_withdrawn_ca():
    mem = dg(6)
    dues = cents(380, 620)
    c_personal = card('visa')
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    email = 'office at northshoreroofing dot ca'
    return [
        ('agent', f"alberta roofing contractors association {NM('melanie')} speaking"),
        ('customer', f"hi {NM('melanie')} it's {NM('stavros')} {NM('papadakis')} i'm renewing for north shore roofing"),
        ('agent', "great member number"),
        ('customer', f"{ACC('m', sd(mem))}"),
        ('agent', f"okay the renewal is {PR(money_s(dues, 'dollars'))} and that includes the safety certificate audit"),
        ('customer', f"okay card number {CARD('p', sd(c_personal[:4]) + ' ' + sd(c_personal[4:8]) + ' ' + sd(c_personal[8:12]) + ' ' + sd(c_personal[12:]))}"),
        ('agent', "and expiry"),
        ('customer', "actually wait don't use that that's my personal card my accountant will kill me let me grab the company one"),
        ('agent', "no problem i haven't put it through"),
        ('customer', f"okay this one {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e, 1))}"),
        ('agent', "and security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"perfect that's the company card ending {CARD('rb', sd(b[3]), part=True)} charged the receipt goes to {MAIL('m', email)}"),
        ('customer', "yep that's the office"),
        ('agent', "you're renewed for the year"),
    ]


@case('asr')
def terminal_purchase_ivr_readback_au():
    mid = dg(8)
    price = cents(290, 490)
    c, e, v = card('visa'), expiry(), cvv()
    pc = aupc('SA')
    hn = house(1, 300)
    return [
        ('ivr', "Welcome to TapGo Payments. Please say your merchant ID.", 'transcript'),
        ('customer', f"{ACC('m', sd(mid))}"),
        ('ivr', f"Thank you. To buy an additional terminal for {PR(money_t(price, '$'))} including GST, please say or key your card number.", 'transcript'),
        ('customer', f"{CARD('c', sd(c[:4]))} {CARD('c', sd(c[4:8]))} {CARD('c', sd(c[8:12]))} {CARD('c', sd(c[12:]))}"),
        ('ivr', f"I heard {CARD('rb', ' '.join(c))}. If that is correct, press {OT('1')}.", 'transcript'),
        ('customer', f"{OT('1')}", 'transcript'),
        ('ivr', "Please say the expiry date.", 'transcript'),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('ivr', "Please key the three-digit security code.", 'transcript'),
        ('customer', f"{CVV('v', v)}", 'transcript'),
        ('ivr', "Thank you. Your order is placed. Please hold to confirm the delivery address.", 'transcript'),
        ('agent', f"hi there it's {NM('kirra')} just confirming the terminal goes to the shop"),
        ('customer', f"yeah {NM('demetra')}'s deli {ADDR('s', words(hn) + ' the parade norwood')} {PC('p', sd(pc))}"),
        ('agent', f"lovely and that's for {NM('demetra')} {NM('kyriakou')}"),
        ('customer', "that's me"),
        ('agent', f"it'll be there in {DU('three business days')} and it comes charged"),
    ]


@case('transcript')
def security_uniforms_five_pieces_us():
    po = '45' + dg(8)
    acct = 'SG' + dg(5)
    shirts, pants = 40, 40
    p1, p2 = cents(19, 32), cents(26, 41)
    c = card('visa')
    b = blocks(c)
    e, v = expiry(), cvv()
    ph = phone_us('602')
    ext = dg(3)
    return [
        ('agent', f"Thank you for calling Sentinel Uniform Supply, this is {NM('Gloria')}."),
        ('customer', f"Hi {NM('Gloria')}, it's {NM('Tobias Engstrom')}, purchasing at Desert Shield Security. I'm placing the quarterly order."),
        ('agent', "Sure. Account number?"),
        ('customer', f"{ACC('a', acct)}. And our PO is {OT(po)}."),
        ('agent', "What do you need?"),
        ('customer', f"{CNT(str(shirts))} of the navy uniform shirts with patches, and {CNT(str(pants))} pairs of the cargo pants."),
        ('agent', f"Shirts are {PR(money_t(p1, '$'))}, pants {PR(money_t(p2, '$'))}. Paying by card today?"),
        ('customer', "Yes, I've got the P-card. It's one of those where the numbers are split on the back, hold on."),
        ('customer', f"{CARD('c', b[0])}."),
        ('agent', "Okay."),
        ('customer', f"{CARD('c', b[1][:2])}, {CARD('c', b[1][2:])}... sorry, the embossing's worn."),
        ('customer', f"{CARD('c', b[2])}."),
        ('customer', f"And {CARD('c', b[3])}."),
        ('agent', f"Let me read it back: {CARD('rb', card_t(c))}."),
        ('customer', "Correct."),
        ('agent', "Expiration and security code?"),
        ('customer', f"{EXP('e', exp_t(e))}. Code is {CVV('v', v)}."),
        ('agent', "Thank you. Who should I contact if anything is backordered?"),
        ('customer', f"Me, {TEL('t', phone_t(ph))}, extension {TEL('t', ext, x=True)}."),
        ('agent', f"You'll have it in {DU('five business days')}."),
    ]


@case('transcript')
def deli_wholesale_long_ie():
    acct = 'KD' + dg(4)
    inv1, inv2, inv3 = dg(5), dg(5), dg(5)
    a1, a2, a3 = cents(200, 600), cents(150, 400), cents(80, 200)
    c1, e1, v1 = card('visa'), expiry(), cvv()
    c2, e2, v2 = card('mc'), expiry(), cvv()
    pc = eircode('R93')
    hn = house(1, 40)
    email = 'orders@ryansvictualler.ie'
    ham = R.randint(4, 10)
    cheese = cents(12, 24)
    return [
        ('agent', f"Kilkenny Deli Distributors, {NM('Orla')} speaking."),
        ('customer', f"Orla, hi, it's {NM('Dónal')} from {NM('Ryan')}'s Victualler in Carlow.".replace('Orla, hi', NM('Orla') + ', hi')),
        ('agent', f"{NM('Dónal')}! How's the new shop going?"),
        ('customer', "Flat out, to be honest. The coffee machine's never off. Listen, I'm behind on a few invoices and I want to clear them."),
        ('agent', "No bother. Let me pull up the account. Have you the number?"),
        ('customer', "I don't have it in front of me. Is the name enough?"),
        ('agent', "I'll find you by name, it's fine. While it loads, did the Gubbeen come in okay on Tuesday?"),
        ('customer', "It did, and it's walking out the door. I'll want double next week."),
        ('agent', f"I'll note it. Right, I have you. There are three open: {OT(inv1)} for {PR(money_t(a1, '€'))}, {OT(inv2)} for {PR(money_t(a2, '€'))}, and {OT(inv3)} for {PR(money_t(a3, '€'))}."),
        ('customer', "The first two on the business card, and the small one I'll put on my own card. It was the hamper I took home at Christmas, really."),
        ('agent', "Ha, fair enough. Business card first."),
        ('customer', f"{CARD('c1', card_t(c1))}."),
        ('agent', "Expiry?"),
        ('customer', f"{EXP('e1', exp_t(e1))}."),
        ('agent', "And the code?"),
        ('customer', f"{CVV('v1', v1)}."),
        ('agent', "Both of those are through. Now the personal one."),
        ('customer', f"{CARD('c2', card_t(c2)[:9])}, then {CARD('c2', card_t(c2)[10:])}."),
        ('agent', "And its expiry and code?"),
        ('customer', f"{EXP('e2', exp_t(e2))} and {CVV('v2', v2)}."),
        ('agent', "That's all three cleared. Oh, and I found the account number, for next time it's on the top left of the invoice."),
        ('customer', "Go on, read it out and I'll write it on the wall."),
        ('agent', f"{ACC('a', acct)}."),
        ('customer', "Got it. Now, next week's order while I have you."),
        ('agent', "Go for it."),
        ('customer', f"Double the Gubbeen, {CNT(str(ham))} of the whole hams, and a case of the sourdough crackers."),
        ('agent', f"The hams went up, they're {PR(money_t(cheese, '€') + ' a kilo')} now."),
        ('customer', "Everything's gone up. Fine, same amount."),
        ('agent', f"Grand. Delivery Thursday as usual to {ADDR('s', str(hn) + ' Tullow Street, Carlow')}, {PC('p', pc)}?"),
        ('customer', "Yes, and the receipts for today, can you send them to the orders email?"),
        ('agent', f"{MAIL('m', email)}?"),
        ('customer', "That's the one."),
        ('agent', f"Done. So that's the two invoices on the card ending {CARD('rb1', c1[-4:], part=True)}, the hamper on the card ending {CARD('rb2', c2[-4:], part=True)}, and Thursday's order logged."),
        ('customer', f"You're a star. Tell {NM('Maura')} I was asking for her."),
        ('agent', "I will. Mind yourself."),
    ]


@case('asr')
def domain_transfer_auth_code_ca():
    acct = dg(7)
    auth = 'x' + dg(3) + 'q' + dg(4)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    fee = cents(14, 24)
    email = 'marc-andre at gagnonplumbing dot ca'
    ph = phone_us('613')
    return [
        ('agent', f"maple domains support {NM('olivia')} speaking"),
        ('customer', f"hi {NM('olivia')} my name is {NM('marc-andre')} {NM('gagnon')} i want to move my domain to you from the other company they're too expensive"),
        ('agent', "sure do you have an account with us already"),
        ('customer', f"i made one yesterday the number is {ACC('a', sd(acct))}"),
        ('agent', "perfect and do you have the transfer authorization code from the old registrar"),
        ('customer', f"yeah it's {OT('x ' + sd(auth[1:4]) + ' q ' + sd(auth[5:]))}"),
        ('agent', f"okay i've started it the transfer is {PR(money_s(fee, 'dollars'))} and includes another year"),
        ('customer', f"okay here's my card {CARD('c', sp(b[0]))} {CARD('c', sp(b[1]))} {CARD('c', sp(b[2]))} {CARD('c', sp(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the cvv"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "the old registrar will send an email to approve it where do you get your emails"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "click the link in it and it'll go through in about five days"),
        ('customer', f"and if it doesn't work call me {TEL('t', sd(ph))}"),
        ('agent', "will do"),
    ]


@case('asr')
def pallet_cross_border_ie_ni():
    pc1 = eircode('F92')
    pc2 = ukpc('BT9')
    hn1, hn2 = house(1, 80), house(1, 200)
    weight = R.randint(300, 900)
    price = cents(85, 160)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    mob = uk_mob()
    booking = dg(7)
    return [
        ('agent', f"northwest pallet express {NM('garvan')} speaking"),
        ('customer', f"hi {NM('garvan')} it's {NM('roisin')} {NM('mcgettigan')} i want to book a pallet from letterkenny up to belfast"),
        ('agent', "no problem what's on it"),
        ('customer', f"knitwear boxed up it's about {QT(words(weight) + ' kilos')} on a standard pallet"),
        ('agent', f"okay a full pallet next day over the border is {PR(money_s(price, 'euro', 'cent'))} collection address"),
        ('customer', f"{ADDR('s1', words(hn1) + ' port road letterkenny')} {PC('p1', pc_s(pc1))}"),
        ('agent', "and delivery"),
        ('customer', f"{ADDR('s2', words(hn2) + ' lisburn road belfast')} {PC('p2', pc_s(pc2))}"),
        ('agent', f"grand i'll need a mobile for the driver on the belfast end"),
        ('customer', f"{TEL('t', sd(mob[:5], dbl=True) + ' ' + sd(mob[5:], dbl=True))}"),
        ('agent', "and a card for the payment"),
        ('customer', f"{CARD('c', sd(b[0]) + ' ' + sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2]) + ' ' + sd(b[3]))} expiry {EXP('e', exp_s(e))} and the code {CVV('v', sd(v))}"),
        ('agent', f"that's booked reference {OT(sd(booking))} collection tomorrow between {TM('nine')} and {TM('one')}"),
        ('customer', "brilliant thanks"),
    ]


@case('transcript')
def payroll_new_employee_tfn_super_au():
    client = 'PS' + dg(4)
    tfn_ = tfn()
    d = dob(1996, 2005)
    bsb = dg(3) + '-' + dg(3)
    ba = dg(8)
    sup = dg(9)
    rate = cents(28, 38)
    email = 'mia.rangihuna@outlook.com'
    return [
        ('agent', f"Payday Solutions, {NM('Ethan')} speaking."),
        ('customer', f"Hi {NM('Ethan')}, it's {NM('Rebecca Stavrou')} from Stavrou Dental. I need to add a new dental assistant to the payroll before Thursday's run.".replace('from Stavrou Dental', 'from ' + NM('Stavrou') + ' Dental')),
        ('agent', "No worries. Client code?"),
        ('customer', f"{ACC('cl', client)}."),
        ('agent', "And the new employee's details?"),
        ('customer', f"{NM('Mia Rangihuna')}. Date of birth {DOB('d', dob_t(d))}. She's casual, {PR(money_t(rate, '$') + ' an hour')}."),
        ('agent', "Do you have her TFN declaration?"),
        ('customer', f"Yes, her tax file number is {SSN('t', tfn_[:3] + ' ' + tfn_[3:6] + ' ' + tfn_[6:])}."),
        ('agent', "And her bank details for the pay?"),
        ('customer', f"BSB {ACC('b', bsb)}, account {ACC('n', ba)}."),
        ('agent', "Super fund?"),
        ('customer', f"She's with Aware Super, member number {ACC('s', sup)}."),
        ('agent', f"Great. And an email so she can get her payslips?"),
        ('customer', f"{MAIL('m', email)}."),
        ('agent', f"All set. She'll be in Thursday's run, and the super guarantee is {PCT('11.5%')} on top of her ordinary hours."),
        ('customer', "Perfect, thanks Ethan.".replace('Ethan', NM('Ethan'))),
    ]


@case('asr')
def shopfront_windows_agent_penny():
    acct = dg(5)
    shops = 6
    price = cents(12, 22)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    hn = house(2, 40)
    pc = ukpc('S2')
    return [
        ('agent', f"crystal clear window cleaning {NM('penny')} speaking"),
        ('customer', f"hiya {NM('penny')} {NM('bill')} {NM('ackroyd')} from the parade of shops on abbeydale road i look after the lettings"),
        ('agent', f"hiya {NM('bill')} what can i do"),
        ('customer', f"we want all {CNT(words(shops))} shopfronts done fortnightly and the flats above once a month"),
        ('agent', f"shopfronts are {PR(money_s(price) + ' each')} a visit the flats i'd have to come and look at"),
        ('customer', "that's fine come and look can i pay for the first month now to get it started"),
        ('agent', f"yeah can i take the account number if you've got one with us"),
        ('customer', f"we had one years ago {ACC('a', sd(acct))} if it's still there"),
        ('agent', "it is still there i'll reuse it card number"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))}"),
        ('agent', "okay"),
        ('customer', f"{CARD('c', sd(b[2]))}"),
        ('agent', "and the last four"),
        ('customer', f"{CARD('c', sd(b[3]))}"),
        ('agent', "expiry and three digit code"),
        ('customer', f"{EXP('e', exp_s(e))} and it's {CVV('v', sd(v))}"),
        ('agent', f"lovely and where shall i meet you to see the flats"),
        ('customer', f"at the end unit {ADDR('s', words(hn) + ' abbeydale road')} {PC('p', pc_s(pc))} i'm there tuesday mornings"),
        ('agent', "tuesday it is"),
    ]


@case('asr')
def fryer_part_ivr_whole_readback_us():
    acct = dg(6)
    part = 'fr ' + dg(4)
    price = cents(140, 360)
    c, e, v = card('mc'), expiry(), cvv()
    zp = zipc('941')
    return [
        ('ivr', "Bay Area Kitchen Parts. Please say your account number.", 'transcript'),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('ivr', "Thank you. Please say the part number you wish to order.", 'transcript'),
        ('customer', f"{OT('f r ' + sd(part[3:]))}"),
        ('ivr', f"High-limit thermostat, {PR(money_t(price, '$'))}. To pay by card, say or enter the card number now.", 'transcript'),
        ('customer', f"{CARD('c', sd(c[:8]))} {CARD('c', sd(c[8:]))}"),
        ('ivr', f"You said {CARD('rb', card_t(c))}. Is that correct?", 'transcript'),
        ('customer', "yes"),
        ('ivr', "Please say the expiration date.", 'transcript'),
        ('customer', f"{EXP('e', exp_s(e, 3))}"),
        ('ivr', "Please say the security code.", 'transcript'),
        ('customer', f"{CVV('v', sd(v))}"),
        ('ivr', "Please say the billing ZIP code.", 'transcript'),
        ('customer', f"{PC('z', sd(zp))}"),
        ('ivr', "Thank you. Your order has been placed and will ship today.", 'transcript'),
    ]


@case('transcript')
def terminal_settlement_bank_change_uk():
    mid = dg(8)
    d = dob(1961, 1989)
    hn = house(1, 200)
    pc = ukpc('YO10')
    sc = sortcode()
    ba = dg(8)
    tid = dg(8)
    return [
        ('agent', f"Northern Merchant Services, {NM('Hamza')} speaking."),
        ('customer', f"Hello, it's {NM('Beatrix Thistlethwaite')}, I own the Old Sweet Shop on Gillygate. I need to change the bank account my takings go into."),
        ('agent', "I can help with that. As it's a change of bank details, I need to do some extra security. Merchant number first?"),
        ('customer', f"{ACC('m', mid)}."),
        ('agent', "Thank you. Your date of birth?"),
        ('customer', f"{DOB('d', dob_t(d, 2))}."),
        ('agent', "And the first line of your home address and postcode?"),
        ('customer', f"{ADDR('s', str(hn) + ' Heslington Lane')}, {PC('p', pc)}."),
        ('agent', "Thank you, that all matches. What are the new details?"),
        ('customer', f"Sort code {ACC('sc', sc)}, account number {ACC('b', ba)}."),
        ('agent', f"I'll read them back. Sort code {ACC('sc2', sc.replace('-', ' '))}, account {ACC('b2', ba)}."),
        ('customer', "Yes."),
        ('agent', f"Settlements will move over in {DU('three working days')}. Until then they'll still go to the old account, so don't close it yet."),
        ('customer', "Good to know. And while I've got you, the terminal by the till keeps saying the battery's low."),
        ('agent', f"Can you read me the terminal ID on the screen?"),
        ('customer', f"{OT(tid)}."),
        ('agent', "It's due a replacement battery, I'll post one. It's a two-minute swap."),
        ('customer', f"Lovely. We're open {TM('10')} till {TM('5')} if the postman needs a signature."),
    ]


@case('asr')
def festival_marquee_au():
    d = day()
    dep = cents(1500, 3500)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    pc = aupc('TAS')
    mob = au_mob()
    email = 'hello at huonvalleyciderfest dot com dot au'
    size = R.randint(2, 4)
    return [
        ('agent', f"southern cross marquees {NM('dylan')} speaking"),
        ('customer', f"hi {NM('dylan')} it's {NM('maddie')} {NM('fitzgerald')} from the huon valley cider festival we want to lock in the big pavilions"),
        ('agent', f"oh legend yeah i've got you pencilled for the weekend of the {DT(ORD[d])} of march {CNT(words(size))} pavilions and the flooring"),
        ('customer', "that's it can we pay the deposit now the committee finally approved it"),
        ('agent', f"yeah the deposit's {PR(money_s(dep, 'dollars'))}"),
        ('customer', f"okay it's the festival card {CARD('c', sd(b[0]) + ' ' + sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"and {CARD('c', sd(b[2]) + ' ' + sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e, 1))}"),
        ('agent', "and the cvc"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "sweet and the site's the showgrounds at ranelagh"),
        ('customer', f"yep {ADDR('s', words(R.randint(1, 60)) + ' glen road ranelagh')} {PC('p', sd(pc))}"),
        ('agent', "and who's the contact on bump in day"),
        ('customer', f"me my mobile's {TEL('t', sd(mob[:4]) + ' ' + sd(mob[4:7], dbl=True) + ' ' + sd(mob[7:], dbl=True))}"),
        ('agent', "and the invoice email"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "too easy you'll get the confirmation today"),
    ]


@case('transcript')
def fleet_claim_van_accident_ca():
    deduct = R.randint(5, 20) * 10000
    pol = 'BCF-' + dg(6)
    claim = 'C' + dg(7)
    d = dob(1979, 1999)
    fleet = dg(3)
    ph = phone_us('604')
    other_ph = phone_us('778')
    return [
        ('agent', f"Coastal Commercial Insurance claims, {NM('Arjun')} speaking."),
        ('customer', f"Hi {NM('Arjun')}, it's {NM('Nadine Chartrand')}, fleet coordinator at Cascade Florists. One of our vans was rear-ended this morning."),
        ('agent', "I'm sorry to hear that. Is everyone okay?"),
        ('customer', "Yes, just shaken. The van's drivable but the back doors won't shut."),
        ('agent', "Okay. Policy number?"),
        ('customer', f"{ACC('p', pol)}. It's fleet unit {OT(fleet)}."),
        ('agent', "Who was driving?"),
        ('customer', f"{NM('Tomás Villanueva')}. His date of birth is {DOB('d', dob_t(d, 2))}."),
        ('agent', "Did you get the other driver's details?"),
        ('customer', f"Yes, {NM('Gordon Pryce')}, and his phone is {TEL('o', phone_t(other_ph))}."),
        ('agent', f"Thank you. I've opened claim {OT(claim)}. The deductible on that vehicle is {PR(money_t(deduct, '$'))}, but if the other driver's at fault you should get it back."),
        ('customer', "He admitted it at the scene. Where should the van go?"),
        ('agent', f"Any shop on our preferred list; I'll email it. What's the best number for the adjuster?"),
        ('customer', f"My desk, {TEL('t', phone_t(ph))}."),
        ('agent', f"Great. Expect a call within {DU('24 hours')}."),
    ]


@case('asr')
def shop_fascia_sign_ie():
    q = dg(4)
    vat_no = 'IE' + dg(7) + 'T'
    price = cents(900, 2200)
    dep = price // 2
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    pc = eircode('N37')
    hn = house(1, 40)
    email = 'aisling at bloomandbarley dot ie'
    return [
        ('agent', f"midlands signs {NM('conor')} speaking"),
        ('customer', f"hi {NM('conor')} it's {NM('aisling')} {NM('kavanagh')} from bloom and barley the florist in athlone about the new fascia sign"),
        ('agent', f"ah yes quote {OT(sd(q))} the built up letters with the lighting"),
        ('customer', "that's it we're going ahead what do you need"),
        ('agent', f"half up front so {PR(money_s(dep, 'euro'))} and for the invoice your vat number if you're registered"),
        ('customer', f"we are it's {OT('i e ' + sd(vat_no[2:9]) + ' t')} and the card is {CARD('c', sd(b[0]) + ' ' + sd(b[1]) + ' ' + sd(b[2]) + ' ' + sd(b[3]))}"),
        ('agent', f"okay reading the card back {CARD('rb', sp(b[0]) + ' ' + sp(b[1]) + ' ' + sp(b[2]) + ' ' + sp(b[3]))}"),
        ('customer', "yep"),
        ('agent', "and the expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the three numbers on the back"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"perfect and the shop is {ADDR('s', words(hn) + ' church street athlone')}"),
        ('customer', f"yes {PC('p', pc_s(pc))}"),
        ('agent', "and the proof will go to"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "lovely we'll have the proof tomorrow and fit it in about three weeks"),
    ]


@case('asr')
def pub_drinks_wholesale_long_recurring():
    acct = dg(6)
    inv1, inv2 = dg(6), dg(6)
    a1, a2 = cents(600, 1400), cents(300, 700)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    casks = R.randint(3, 8)
    cask_price = cents(95, 140)
    mob = uk_mob()
    pc = ukpc('HX1')
    hn = house(1, 90)
    d = day()
    return [
        ('agent', f"pennine drinks wholesale {NM('kelly')} speaking"),
        ('customer', f"now then {NM('kelly')} it's {NM('wilf')} at the {NM('rushworth')} arms"),
        ('agent', f"{NM('wilf')} how are you love how's the leg"),
        ('customer', "mending slowly thanks the physio's a sadist"),
        ('agent', "ha they all are what can i do for you"),
        ('customer', "two things i want to pay what i owe and i want you to just take it off the card every month so i stop getting them letters"),
        ('agent', "we can do that can i get your account number first"),
        ('customer', "it's on the delivery note somewhere hang on i'll find it"),
        ('agent', "while you look there's two invoices outstanding"),
        ('customer', "go on"),
        ('agent', f"invoice {OT(sd(inv1))} for {PR(money_s(a1))} from the start of last month and {OT(sd(inv2))} for {PR(money_s(a2))}"),
        ('customer', "aye that sounds right the christmas order"),
        ('agent', "that's the one"),
        ('customer', f"found it account number {ACC('a', sd(acct))}"),
        ('agent', "lovely that matches do you want to pay both now"),
        ('customer', "yeah both on the same card and use that one going forward"),
        ('agent', "okay go ahead"),
        ('customer', f"{CARD('c', sd(b[0]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[3]))}"),
        ('agent', "and the expiry"),
        ('customer', f"{EXP('e', exp_s(e, 3))}"),
        ('agent', "and security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', f"both paid and i've set the card as the recurring payment so it'll come out on the {DT(ORD[d])} of each month"),
        ('customer', "grand that's a relief"),
        ('agent', "do you want to put an order on while you're here"),
        ('customer', f"aye {CNT(words(casks))} casks of the best bitter and two of the mild if you've got it"),
        ('agent', f"mild's a bit short this week i can do one the bitter's {PR(money_s(cask_price) + ' a cask')} now"),
        ('customer', "one's fine and stick a box of crisps on"),
        ('agent', f"done and is it still {ADDR('s', words(hn) + ' king cross street halifax')} for delivery"),
        ('customer', f"aye {PC('p', pc_s(pc))} round the back by the cellar hatch"),
        ('agent', "and a mobile for the driver"),
        ('customer', f"{TEL('t', sd(mob[:5]) + ' ' + sd(mob[5:8]) + ' ' + sd(mob[8:]))}"),
        ('agent', f"lovely so both invoices paid on the card ending {CARD('rb', sd(b[3]), part=True)} which'll be taken monthly from now and the order's out thursday"),
        ('customer', "champion thanks love"),
    ]


@case('transcript')
def copier_meter_reading_ie():
    contract = 'SV-' + dg(5)
    serial = dg(2) + 'A' + dg(6)
    mono, colour = R.randint(40000, 90000), R.randint(5000, 30000)
    land = uk_geo('028')
    ext = dg(3)
    email = 'admin@foylebusinesshub.com'
    model = 'IM C' + dg(4)
    return [
        ('agent', f"Foyle Office Technology, {NM('Caoimhe')} speaking."),
        ('customer', f"Hi {NM('Caoimhe')}, it's {NM('Ruairí Devlin')} at the business hub. You emailed asking for a meter reading on the big copier."),
        ('agent', "Oh yes, thanks for calling back. Is it easier to read it out?"),
        ('customer', "Yeah, the online form won't take it. Contract's on the sticker."),
        ('customer', f"Contract {ACC('k', contract)}, serial {OT(serial)}, it's the {MOD(model)}."),
        ('agent', "Perfect. And the readings?"),
        ('customer', f"Black and white total is {QT(format(mono, ','))}, colour total {QT(format(colour, ','))}."),
        ('agent', "Thank you. That's a lot of colour this quarter."),
        ('customer', "The marketing tenants print everything. Will that put the bill up?"),
        ('agent', f"Colour's charged per page over the allowance, so yes, a bit. I'll email the invoice. Same address?"),
        ('customer', f"Send it to {MAIL('m', email)}, please, not to me personally."),
        ('agent', "And if there's a query, best number?"),
        ('customer', f"Reception, {TEL('t', phone_t(land))}, then extension {TEL('t', ext, x=True)} for me."),
        ('agent', "Grand, thanks."),
    ]


@case('asr')
def payroll_ca_direct_deposit_sin():
    bn = dg(9)
    sin_ = sin()
    d = dob(1990, 2004)
    transit, inst, acct = dg(5), '00' + str(R.randint(1, 9)), dg(7)
    wage = cents(18, 26)
    email = 'priya dot venkataraman at yahoo dot ca'
    return [
        ('agent', f"true north payroll {NM('kyle')} speaking"),
        ('customer', f"hi {NM('kyle')} it's {NM('hélène')} {NM('fortier')} at fortier pharmacy i have a new cashier starting monday".replace('at fortier pharmacy', 'at ' + NM('fortier') + ' pharmacy')),
        ('agent', f"great what's the business number on the account just to be safe"),
        ('customer', f"{OT(sd(bn))}"),
        ('agent', "thanks employee's name"),
        ('customer', f"{NM('priya')} {NM('venkataraman')} {NM('v e n k a t a r a m a n', 'sp')}"),
        ('agent', "and her sin"),
        ('customer', f"{SSN('s', sd(sin_))}"),
        ('agent', "date of birth"),
        ('customer', f"{DOB('d', dob_s(d, 1))}"),
        ('agent', f"pay rate"),
        ('customer', f"{PR(money_s(wage, 'dollars') + ' an hour')}"),
        ('agent', "and the direct deposit details"),
        ('customer', f"transit {ACC('t', sd(transit))} institution {ACC('i', sd(inst))} account {ACC('n', sd(acct))}"),
        ('agent', "and an email for her pay stubs"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "perfect she'll be in next friday's run"),
    ]


@case('asr')
def restaurant_dumpster_grease_us():
    acct = dg(7)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    zp = zipc('701')
    fee = cents(180, 340)
    email = 'nola at bayoublueskitchen dot com'
    return [
        ('agent', f"crescent city waste services this is {NM('andre')}"),
        ('customer', f"hey {NM('andre')} it's {NM('celeste')} {NM('broussard')} at bayou blues kitchen our dumpster didn't get picked up and the grease trap is due"),
        ('agent', "sorry about that what's the account"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', f"okay i see the truck skipped you tuesday because the gate was locked"),
        ('customer', "the gate was open i was there at six"),
        ('agent', "i'll put a note on it and get it picked up today at no charge the grease trap pump out is scheduled for friday"),
        ('customer', "can i pay for the grease trap now so it's not another invoice"),
        ('agent', f"sure it's {PR(money_s(fee, 'dollars'))}"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))}"),
        ('agent', "go ahead"),
        ('customer', f"{CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiration date"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "and the cvv"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "receipt goes to what email"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', f"and the service address is {ADDR('s', words(house(100, 2900), False) + ' frenchmen street new orleans')} {PC('z', sd(zp))}"),
        ('customer', "that's us"),
    ]


@case('transcript')
def hivis_mine_contractor_au():
    acct = dg(6)
    po = 'PO' + dg(6)
    units = 60
    price = cents(24, 48)
    c, e, v = card('amex'), expiry(), cvv(4)
    b = blocks(c)
    email = 'purchasing@pilbaradrilling.com.au'
    land = au_land('8')
    pc = aupc('WA')
    return [
        ('agent', f"Outback Workwear Supplies, {NM('Ashleigh')} speaking."),
        ('customer', f"G'day {NM('Ashleigh')}, {NM('Rangi Whatuira')}, purchasing for Pilbara Drilling. I need hi-vis shirts for the new crew."),
        ('agent', "Sure. Account number?"),
        ('customer', f"{ACC('a', acct)}, PO {OT(po)}."),
        ('agent', f"Which shirts, the day/night ones with the reflective tape?"),
        ('customer', f"Yes, the long-sleeve, {CNT(str(units))} of them."),
        ('agent', f"Those are {PR(money_t(price, '$') + ' each')}. On the account or card?"),
        ('customer', f"Card, the account's maxed. It's an Amex: {CARD('c', card_t(c))}."),
        ('agent', "Expiry and the four-digit code?"),
        ('customer', f"{EXP('e', exp_t(e))}, {CVV('v', v)}."),
        ('agent', f"Thanks. Delivery to Karratha, {PC('p', pc)}, same as last time?"),
        ('customer', "Same yard, yes."),
        ('agent', f"Invoice to {MAIL('m', email)}?"),
        ('customer', f"Yes. And if the freight gets stuck, ring the yard office on {TEL('t', phone_t(land))}."),
        ('agent', f"Will do. Road freight to the Pilbara is about {DU('five days')}."),
    ]


@case('transcript')
def builders_federation_membership_uk():
    mem = 'FMB' + dg(6)
    d = dob(1966, 1990)
    hn = house(1, 120)
    pc = ukpc('TS1')
    fee = cents(350, 650)
    c, e, v = card('visa'), expiry(), cvv()
    email = 'quentin@mossopjoinery.co.uk'
    return [
        ('agent', f"Guild of Master Builders, membership team, {NM('Rosalind')} speaking."),
        ('customer', f"Hello, it's {NM('Quentin Mossop')}, {NM('Mossop')} Joinery. My membership's lapsed and I need it back before a tender closes on Friday."),
        ('agent', "Let's see what we can do. Membership number?"),
        ('customer', f"{ACC('m', mem)}."),
        ('agent', "Thank you. Security questions: your date of birth?"),
        ('customer', f"{DOB('d', dob_t(d, 0))}."),
        ('agent', "And the registered business address?"),
        ('customer', f"{ADDR('s', 'Unit ' + str(R.randint(1, 20)) + ', ' + str(hn) + ' Riverside Park Road, Middlesbrough')}, {PC('p', pc)}."),
        ('agent', f"Lovely. Reinstatement is the annual fee, {PR(money_t(fee))}, and your certificate can be emailed today."),
        ('customer', "Brilliant. Card please."),
        ('customer', f"{CARD('c', card_t(c))}. Expiry {EXP('e', exp_t(e))}. Back is {CVV('v', v)}."),
        ('agent', f"That's taken. Certificate to {MAIL('m', email)}?"),
        ('customer', "Yes, please. And can I ask, is the vetting visit still needed?"),
        ('agent', f"Not for reinstatement within {DU('90 days')} of lapsing, so you're fine."),
        ('customer', "Perfect. Thanks, you've saved the tender."),
    ]


@case('transcript')
def sea_freight_furniture_importer_long():
    cont1 = 'TGHU' + dg(7)
    cont2 = 'MSCU' + dg(7)
    bl = 'MEDU' + dg(8)
    eori = 'GB' + dg(12)
    acct = 'HF' + dg(5)
    duty1, duty2 = cents(1800, 3600), cents(900, 2400)
    vat1 = duty1 * 2
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    storage = cents(60, 140)
    days = 3
    ph = uk_geo('0117')
    email = 'logistics@kasprzakinteriors.co.uk'
    pc = ukpc('BS3')
    hn = house(1, 120)
    d1 = day()
    return [
        ('agent', f"Severn Global Freight, imports desk, {NM('Natasha')} speaking."),
        ('customer', f"Hi {NM('Natasha')}, it's {NM('Kasia Kasprzak')} from {NM('Kasprzak')} Interiors. We've got two containers of furniture coming in at Avonmouth and I'm lost with the paperwork."),
        ('agent', "Don't worry, that's what we're for. Do you have your customer reference?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', "Lovely. And the container numbers?"),
        ('customer', f"{OT(cont1)} and {OT(cont2)}. They're on the same bill of lading, {OT(bl)}."),
        ('agent', f"Got them. The vessel berthed this morning. Both are flagged for a customs check, which is normal for a first import. Your EORI is {OT(eori)}?"),
        ('customer', "That's right. What does the check mean?"),
        ('agent', f"Usually just a document check. But the duty and import VAT have to be paid before release. For the first container, duty is {PR(money_t(duty1))} and import VAT {PR(money_t(vat1))}."),
        ('customer', "Can I defer the VAT? My accountant said something about postponed accounting."),
        ('agent', "You can, if you tick postponed VAT accounting on the declaration. Then you'd only pay the duty now."),
        ('customer', "Let's do that then."),
        ('agent', f"Okay. And the second container's duty is {PR(money_t(duty2))}."),
        ('customer', "Can I pay both duties on one card?"),
        ('agent', "Yes. Go ahead."),
        ('customer', f"{CARD('c', b[0])} {CARD('c', b[1])}..."),
        ('agent', "Mm-hmm."),
        ('customer', f"{CARD('c', b[2])} {CARD('c', b[3])}."),
        ('agent', "Expiry?"),
        ('customer', f"{EXP('e', exp_t(e))}."),
        ('agent', "And the security code?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', "That's paid. The declarations will go in this afternoon."),
        ('customer', "And when can they be delivered?"),
        ('agent', f"If the check clears, the {DT(sfx(d1))}. There's free storage for {DU(str(days) + ' days')}, then it's {PR(money_t(storage) + ' per container per day')}."),
        ('customer', "Ouch. If it goes into storage, can you charge that to the same card?"),
        ('agent', f"Yes, I'll note to use the card ending {CARD('rb', b[3], part=True)} for any storage."),
        ('customer', "Thanks. The delivery address is our warehouse."),
        ('agent', "Go ahead."),
        ('customer', f"{ADDR('s', 'Unit ' + str(R.randint(1, 30)) + ', ' + str(hn) + ' Winterstoke Road, Bristol')}, {PC('p', pc)}."),
        ('agent', f"And who should the haulier ring to book a slot?"),
        ('customer', f"Our warehouse manager, {NM('Bartek')}. The warehouse number is {TEL('t', phone_t(ph))}."),
        ('agent', f"And the paperwork to {MAIL('m', email)}?"),
        ('customer', "Yes, please."),
        ('agent', f"Okay, summary: duties paid on the card ending {CARD('rb2', b[3], part=True)}, postponed VAT on both entries, delivery to the Winterstoke Road unit, booking through {NM('Bartek')}."),
        ('customer', "Perfect. Thank you for making that painless."),
    ]


@case('asr')
def terminal_application_ie():
    pps_ = pps()
    d = dob(1975, 1998)
    pc = eircode('D6W')
    hn = house(1, 99)
    iban_acct = dg(8)
    bic_sc = dg(6)
    chk = dg(2)
    email = 'tomas at harolds cross barbers dot ie'.replace('harolds cross barbers', 'haroldscrossbarbers')
    rate = '1.' + str(R.randint(2, 6))
    return [
        ('agent', f"tap and go ireland new accounts {NM('emer')} speaking"),
        ('customer', f"hi {NM('emer')} my name is {NM('tomás')} {NM('ó broin')} i have a barber shop and i want one of your card machines"),
        ('agent', f"lovely our rate is {PCT('one point ' + words(int(rate[-1])) + ' percent')} per transaction with no monthly fee to start the application i need some details"),
        ('customer', "go ahead"),
        ('agent', "your pps number"),
        ('customer', f"{SSN('p', sd(pps_[:7]) + ' ' + ' '.join(pps_[7:].lower()))}"),
        ('agent', "and date of birth"),
        ('customer', f"{DOB('d', dob_s(d))}"),
        ('agent', "home address"),
        ('customer', f"{ADDR('s', words(hn) + ' kimmage road west')} {PC('p', pc_s(pc))}"),
        ('agent', "and the bank account for your settlements we need the iban"),
        ('customer', f"{ACC('i', 'i e ' + sd(chk) + ' a i b k ' + sd(bic_sc) + ' ' + sd(iban_acct))}"),
        ('agent', "and an email"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', f"thanks the underwriting takes about {DU('two days')} and then we post the terminal"),
        ('customer', "perfect"),
    ]


@case('asr')
def email_hosting_mailboxes_au():
    acct = dg(6)
    boxes = 5
    price = cents(6, 12)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    wrong = dg(4)
    domain_fee = cents(20, 40)
    mob = au_mob()
    return [
        ('agent', f"aussie web hosting support {NM('cooper')} speaking"),
        ('customer', f"hey {NM('cooper')} it's {NM('rocky')} {NM('fanelli')} from fanelli plumbing i want to set up proper emails for the boys instead of everyone using gmail".replace('from fanelli plumbing', 'from ' + NM('fanelli') + ' plumbing')),
        ('agent', f"yep easy how many mailboxes"),
        ('customer', f"{CNT(words(boxes))} one for me one for the office and three for the lads"),
        ('agent', f"business email's {PR(money_s(price, 'dollars') + ' per mailbox')} a month and you'll want the domain renewed too it's due next month that's {PR(money_s(domain_fee, 'dollars') + ' a year')}"),
        ('customer', "do both what's my account number i've got no idea"),
        ('agent', f"no stress i found you by the domain it's {ACC('a', sd(acct))} write it down somewhere"),
        ('customer', "on the fridge it goes"),
        ('agent', "ha card when you're ready"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(wrong), x=True)} nah sorry that's wrong {CARD('c', sd(b[2]))} then {CARD('c', sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "cvc"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "done i'll text you the setup link which mobile"),
        ('customer', f"{TEL('t', sd(mob[:4]) + ' ' + sd(mob[4:]))}"),
        ('agent', "sent"),
    ]


@case('transcript')
def coworking_team_day_passes_ie():
    cro = dg(6)
    passes = 8
    price = cents(18, 30)
    c, e, v = card('visa'), expiry(), cvv()
    email = 'ops@lúnasoftware.ie'.replace('ú', 'u')
    return [
        ('agent', f"Good morning, The Yard Galway, {NM('Fionnuala')} speaking."),
        ('customer', f"Hi {NM('Fionnuala')}, it's {NM('Iñaki Goikoetxea')} from Lúna Software. We're a remote team and we're all in Galway next week, so I'd like day passes for everyone."),
        ('agent', "Lovely. How many of you, and which days?"),
        ('customer', f"{CNT(str(passes))} of us, Tuesday to Thursday."),
        ('agent', f"Day passes are {PR(money_t(price, '€') + ' each per day')}, and we can give you the team table by the window."),
        ('customer', "Perfect. Can it go on one invoice to the company? Our CRO number is on our site, but I have it here."),
        ('customer', f"It's {OT(cro)}, Lúna Software Limited."),
        ('agent', "That's fine. Do you want to pay by card now, or by invoice?"),
        ('customer', f"Card, it's easier. {CARD('c', card_t(c))}."),
        ('agent', "And the expiry?"),
        ('customer', f"{EXP('e', exp_t(e))}."),
        ('agent', "And the code on the back?"),
        ('customer', f"{CVV('v', v)}."),
        ('agent', f"That's booked. The receipt goes to which email?"),
        ('customer', f"{MAIL('m', email)}. My colleague {NM('Oluwaseun')} will be first in on Tuesday to collect the fobs."),
        ('agent', f"Great. We're open from {TM('8 am')}, reception's staffed from {TM('9')}."),
    ]


@case('asr')
def after_builders_clean_mason():
    sqm = R.randint(12, 30) * 10
    d = day()
    price = cents(450, 900)
    c = card('visa')
    e, v = expiry(), cvv()
    hn = house(1, 60)
    pc = ukpc('NE6')
    mob = uk_mob()
    return [
        ('agent', f"sparkle and shine commercial {NM('shanice')} speaking"),
        ('customer', f"hiya {NM('shanice')} it's {NM('ellis')} {NM('mason')} i'm the site manager on the new dental surgery in heaton we need an after builders clean"),
        ('agent', "ooh lovely what's the size"),
        ('customer', f"ground floor only about {QT(words(sqm) + ' square metres')} plus the toilets and the windows inside and out"),
        ('agent', f"okay for that size with two operatives it's {PR(money_s(price))} plus vat and we could do the {DT(ORD[d])}"),
        ('customer', "that's perfect the handover's the day after can i pay it upfront it saves the office raising a po"),
        ('agent', "course you can card number"),
        ('customer', f"{CARD('c', sd(c[:4]))} {CARD('c', sd(c[4:8]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(c[8:10]), x=True)} sorry start that bit again {CARD('c', sd(c[8:12]))} {CARD('c', sd(c[12:]))}"),
        ('agent', "and the expiry"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "three digit code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "and the site address"),
        ('customer', f"{ADDR('s', words(hn) + ' chillingham road')} {PC('p', pc_s(pc))} the fencing's still up so ring me when you're outside"),
        ('agent', "what's your mobile"),
        ('customer', f"{TEL('t', sd(mob[:5]) + ' ' + sd(mob[5:]))}"),
        ('agent', "lovely see you on the day"),
    ]


@case('asr')
def hotel_uniforms_account_given_late_ie():
    acct = 'h' + dg(5)
    tunics, aprons = 20, 20
    p1, p2 = cents(22, 38), cents(8, 15)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    pc = eircode('V93')
    return [
        ('agent', f"kerry workwear {NM('niamh')} speaking"),
        ('customer', f"hi {NM('niamh')} it's {NM('eoghan')} {NM('o sullivan')} head of housekeeping at the lakeside hotel in killarney we need new uniforms for the season"),
        ('agent', "grand have you got your account number"),
        ('customer', "i don't have it to hand can we start and i'll find it"),
        ('agent', "no problem what do you need"),
        ('customer', f"{CNT(words(tunics))} housekeeping tunics in the grey and {CNT(words(aprons))} aprons"),
        ('agent', f"the tunics are {PR(money_s(p1, 'euro') + ' each')} and the aprons {PR(money_s(p2, 'euro'))} do you want the logo embroidered"),
        ('customer', "yes same logo as before"),
        ('agent', "we have that on file and sizes"),
        ('customer', f"mostly mediums i'll email the list to you"),
        ('agent', "perfect how are you paying"),
        ('customer', f"card {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))} expiry {EXP('e', exp_s(e))} and {CVV('v', sd(v))} on the back"),
        ('agent', "that's gone through"),
        ('customer', f"and here's the account number now it was on the last docket {ACC('a', acct[0] + ' ' + sd(acct[1:]))}"),
        ('agent', f"lovely that's the lakeside with the eircode {PC('p', pc_s(pc))}"),
        ('customer', "that's us"),
    ]


@case('transcript')
def seed_order_prairie_ca():
    acres = R.randint(6, 20) * 100
    acct = 'GS-' + dg(5)
    tonnes = R.randint(8, 30)
    price = cents(600, 1100)
    c, e, v = card('mc'), expiry(), cvv()
    pc = capc('S')
    ph = phone_us('306')
    rr = R.randint(200, 380)
    return [
        ('agent', f"Prairie Seed & Grain, {NM('Travis')} speaking."),
        ('customer', f"Hi {NM('Travis')}, {NM('Ingrid Solberg')} here, from the farm out by Humboldt. I want to book my canola seed."),
        ('agent', "Sure. Account number?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', f"How much are we looking at?"),
        ('customer', f"Enough for {QT(format(acres, ',') + ' acres')}, same hybrid as last year."),
        ('agent', f"That's {CNT(str(acres // 5))} bags. Early-booking price is {PR(money_t(price, '$') + ' a bag')} until the end of the month."),
        ('customer', "Book it. And the fertilizer blend, I'll want about the same as last year."),
        ('agent', f"That was {QT(str(tonnes) + ' tonnes')}. I'll quote it separately. For the seed, deposit on a card?"),
        ('customer', "Yes."),
        ('customer', f"{CARD('c', card_t(c))}, {EXP('e', exp_t(e, 1))}, {CVV('v', v)}."),
        ('agent', f"Done. Delivery to the yard at {ADDR('s', dgn(5) + ' Range Road ' + str(rr))}?"),
        ('customer', f"Yes, postal code {PC('p', pc)}. Call my cell before you come, {TEL('t', phone_t(ph))}, the dogs are loose."),
        ('agent', "Will do. Thanks Ingrid.".replace('Ingrid', NM('Ingrid'))),
    ]


@case('transcript')
def coolroom_repair_ivr_last_four_au():
    temp = R.randint(9, 14)
    acct = dg(6)
    c, e, v = card('visa'), expiry(), cvv()
    callout = cents(180, 260)
    pc = aupc('NSW')
    hn = house(1, 400)
    mob = au_mob()
    return [
        ('ivr', "Welcome to Coldline Refrigeration. Please enter your customer number."),
        ('customer', f"{ACC('a', acct)}"),
        ('ivr', f"An after-hours call-out fee of {PR(money_t(callout, '$'))} applies. To accept and pay, enter your card number."),
        ('customer', f"{CARD('c', c)}"),
        ('ivr', f"Card ending {CARD('rb', c[-4:], part=True)}. Enter the expiry, month then year."),
        ('customer', f"{EXP('e', exp_t(e).replace('/', ''))}"),
        ('ivr', "Enter the security code."),
        ('customer', f"{CVV('v', v)}"),
        ('ivr', "Payment accepted. Connecting you to the on-call technician."),
        ('agent', f"Hi, {NM('Brodie')} on call. What's going on?"),
        ('customer', f"Hi {NM('Brodie')}, it's {NM('Anh Tran')} at Pho Saigon. The coolroom alarm's going off and it's reading {OT(str(temp) + ' degrees')}."),
        ('agent', "Is the evaporator fan running?"),
        ('customer', "I can hear it, but there's ice all over the coil."),
        ('agent', f"Sounds like a defrost fault. I'm {DU('forty minutes')} away. Address is {ADDR('s', str(hn) + ' John Street, Cabramatta')}?"),
        ('customer', f"Yes, {PC('p', pc)}, the back lane entrance. My mobile is {TEL('t', phone_t(mob))}."),
        ('agent', "Keep the door shut. See you soon."),
    ]


@case('asr')
def restaurant_association_dues_us():
    mem = dg(7)
    d = dob(1958, 1992)
    dues = cents(290, 520)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    zp = zipc('191')
    email = 'giancarlo at trattoriaromano dot com'
    seminar = cents(45, 90)
    return [
        ('agent', f"pennsylvania restaurant and lodging association member services this is {NM('kristen')}"),
        ('customer', f"hi {NM('kristen')} it's {NM('giancarlo')} {NM('romano')} from trattoria {NM('romano')} in south philly my dues are late"),
        ('agent', "no worries let me pull you up member number"),
        ('customer', f"{ACC('m', sd(mem))}"),
        ('agent', "and to verify your date of birth"),
        ('customer', f"{DOB('d', dob_s(d, 1))}"),
        ('agent', f"thank you the annual dues are {PR(money_s(dues, 'dollars'))} and there's no late fee if we do it today"),
        ('customer', "great and i want to sign up my manager for the food safety seminar too"),
        ('agent', f"sure the servsafe seminar is {PR(money_s(seminar, 'dollars'))} for members what's the manager's name"),
        ('customer', f"{NM('dolores')} {NM('mancuso')}"),
        ('agent', "got it how are you paying"),
        ('customer', f"visa {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiration"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "security code"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "and billing zip"),
        ('customer', f"{PC('z', sd(zp))}"),
        ('agent', "receipt to the email on file"),
        ('customer', f"yeah {MAIL('m', email)}"),
        ('agent', "you're all set"),
    ]


@case('transcript')
def van_lettering_fleet_ca():
    vans = 7
    f1 = R.randint(100, 140)
    price = cents(380, 650)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    pc = capc('B')
    ph = phone_us('902')
    hn = house(10, 600)
    return [
        ('agent', f"Maritime Sign Works, {NM('Dawn')} speaking."),
        ('customer', f"hi {NM('dawn')} it's {NM('lachlan')} {NM('macneil')} from bluenose plumbing and heating we got the new vans and they need lettering", 'asr'),
        ('agent', f"Great! How many vans, and the same design as the old ones?"),
        ('customer', f"{CNT(words(vans))} vans same design but the phone number's changed and we need fleet numbers on the back doors {OT(words(f1))} through {OT(words(f1 + vans - 1))}", 'asr'),
        ('agent', f"No problem. That's {PR(money_t(price, '$') + ' per van')}, plus HST. We can do two a day."),
        ('customer', "okay that's fine can i pay a deposit on the card", 'asr'),
        ('agent', "Sure, go ahead."),
        ('customer', f"{CARD('c', sp(b[0]))} {CARD('c', sp(b[1]))}", 'asr'),
        ('agent', "Okay."),
        ('customer', f"{CARD('c', sp(b[2]))} {CARD('c', sp(b[3]))} expires {EXP('e', exp_s(e))} and the code's {CVV('v', sd(v))}", 'asr'),
        ('agent', f"Let me repeat the card: {CARD('rb', card_t(c))}."),
        ('customer', "yep", 'asr'),
        ('agent', "What's the new phone number for the design?"),
        ('customer', f"{TEL('t', sd(ph))}", 'asr'),
        ('agent', f"So that's {TEL('t2', phone_t(ph))} on the sides. And the vans will come to the shop, or do we go to you?"),
        ('customer', f"come to us we're at {ADDR('s', words(hn, False) + ' windmill road dartmouth')} {PC('p', pc_s(pc))}", 'asr'),
        ('agent', "Perfect. I'll send the proof today."),
    ]


@case('transcript')
def trade_show_booth_furniture_us():
    booth = str(R.randint(1, 9)) + dg(3)
    total = cents(900, 2100)
    c = card('amex')
    b = blocks(c)
    wrong = dg(6)
    e, v = expiry(), cvv(4)
    ph = phone_us('702')
    ext = dg(3)
    zp = zipc('891')
    email = 'tradeshows@copperleafcandles.com'
    return [
        ('agent', f"Showfloor Rentals, this is {NM('Rosa')}. How can I help?"),
        ('customer', f"Hi {NM('Rosa')}, it's {NM('Winston Achebe')} from Copperleaf Candles. We're exhibiting at the gift show in Las Vegas and need furniture for our booth."),
        ('agent', "Sure. Booth number?"),
        ('customer', f"{OT(booth)}, in the South Hall."),
        ('agent', "What do you need?"),
        ('customer', "Two display counters, four stools, and a lockable cabinet."),
        ('agent', f"With delivery, setup and pickup, that comes to {PR(money_t(total, '$'))}. Payment is due in full before the show."),
        ('customer', f"Okay. Amex: {CARD('c', b[0])}, {CARD('c', wrong, x=True)}... sorry, wrong one, {CARD('c', b[1])}, {CARD('c', b[2])}."),
        ('agent', f"So the middle group is {CARD('rb', b[1], part=True)}?"),
        ('customer', "Correct."),
        ('agent', "Expiration and the four-digit code?"),
        ('customer', f"{EXP('e', exp_t(e))}, and {CVV('v', v)}."),
        ('agent', "And the billing ZIP?"),
        ('customer', f"{PC('z', zp)}."),
        ('agent', f"Confirmation to which email?"),
        ('customer', f"{MAIL('m', email)}. And if there's a problem on setup day, call me at {TEL('t', phone_t(ph))}, extension {TEL('t', ext, x=True)}."),
        ('agent', f"Got it. Setup crews start at {TM('7 am')} the day before opening."),
    ]


@case('transcript')
def fuel_card_application_haulier_ie():
    d = dob(1965, 1990)
    pc = eircode('E91')
    hn = house(1, 60)
    vat_no = 'IE' + dg(7) + 'W'
    chk, bank, acct = dg(2), dg(6), dg(8)
    trucks = 9
    email = 'dispatch@ahernhaulage.ie'
    return [
        ('agent', f"Circle Fleet Cards Ireland, {NM('Clodagh')} speaking."),
        ('customer', f"Hi {NM('Clodagh')}, it's {NM('Pádraig Ahern')}, {NM('Ahern')} Haulage in Clonmel. I want fuel cards for the trucks."),
        ('agent', f"Great. How many vehicles?"),
        ('customer', f"{CNT(str(trucks))} artics."),
        ('agent', "Are you a limited company or a sole trader?"),
        ('customer', "Sole trader, still. My accountant keeps telling me to incorporate."),
        ('agent', "Then I'll need you as the applicant. Date of birth?"),
        ('customer', f"{DOB('d', dob_t(d))}."),
        ('agent', "Home address?"),
        ('customer', f"{ADDR('s', str(hn) + ' Western Road, Clonmel')}, {PC('p', pc)}."),
        ('agent', "VAT number, for the invoices?"),
        ('customer', f"{OT(vat_no)}."),
        ('agent', "And the IBAN for the direct debit?"),
        ('customer', f"{ACC('i', 'IE' + chk + ' BOFI ' + bank[:4] + ' ' + bank[4:] + acct[:2] + ' ' + acct[2:6] + ' ' + acct[6:])}."),
        ('agent', "And an email for statements?"),
        ('customer', f"{MAIL('m', email)}."),
        ('agent', f"Thanks. We'll run a credit check and you'll hear back within {DU('three working days')}."),
    ]


@case('transcript')
def cyber_insurance_accountants_mixed():
    crn = dg(8)
    d = dob(1970, 1988)
    hn = house(1, 90)
    pc = ukpc('CB1')
    prem = cents(600, 1400)
    c, e, v = card('mc'), expiry(), cvv()
    email = 'practice@lindqvistfairbairn.co.uk'
    years = 12
    return [
        ('agent', f"Good afternoon, Sentinel Business Insurance, {NM('Fraser')} speaking."),
        ('customer', f"Hello, {NM('Annika Lindqvist')}, partner at {NM('Lindqvist')} {NM('Fairbairn')} Accountants. I'd like to buy the cyber cover you quoted."),
        ('agent', "Lovely. Can I take the company registration number to find the quote?"),
        ('customer', f"{OT(crn)}."),
        ('agent', f"Found it. Before I bind it, some questions. How long has the practice been trading?"),
        ('customer', f"{DU(str(years) + ' years')}."),
        ('agent', "Do all staff use multi-factor authentication on email?"),
        ('customer', "Yes, since last spring."),
        ('agent', "And as the proposer, your date of birth?"),
        ('customer', f"{DOB('d', dob_t(d, 1))}."),
        ('agent', "Registered office address?"),
        ('customer', f"{ADDR('s', str(hn) + ' Regent Street, Cambridge')}, {PC('p', pc)}."),
        ('agent', f"Thank you. The annual premium is {PR(money_t(prem))} including tax. Card or direct debit?"),
        ('customer', "Card. I'll read it off the practice card."),
        ('customer', f"{CARD('c', sd(c[:4]) + ' ' + sd(c[4:8]))} hang on the dog's barking {CARD('c', sd(c[8:12]) + ' ' + sd(c[12:]))}", 'asr'),
        ('agent', "Thank you. Expiry and the code on the back?"),
        ('customer', f"{EXP('e', exp_s(e, 1))} and {CVV('v', sd(v))}", 'asr'),
        ('agent', f"That's bound from today. Documents to {MAIL('m', email)}?"),
        ('customer', "Please. Thank you."),
    ]


@case('transcript')
def payroll_starter_ni_tax_code_uk():
    client = dg(4)
    ni_ = ni()
    d = dob(1988, 2005)
    sc = sortcode()
    ba = dg(8)
    code = str(R.randint(1100, 1300)) + 'L'
    salary = cents(24000, 34000)
    return [
        ('agent', f"Clearpay Bureau, payroll team, {NM('Marcia')} speaking."),
        ('customer', f"Hi {NM('Marcia')}, it's {NM('Gwen Pryderi')} at Tŷ Coffi. We've taken on a new barista, starting Monday."),
        ('agent', f"Lovely. Client number, please?"),
        ('customer', f"{ACC('cl', client)}."),
        ('agent', "What's the new starter's name?"),
        ('customer', f"{NM('Emrys Vaughan-Lloyd')}."),
        ('agent', "Date of birth and NI number?"),
        ('customer', f"Born {DOB('d', dob_t(d))}, NI number {SSN('n', ni_[:2] + ' ' + ni_[2:4] + ' ' + ni_[4:6] + ' ' + ni_[6:8] + ' ' + ni_[8])}."),
        ('agent', f"Did he bring a {OT('P45')}?"),
        ('customer', f"He did. The tax code on it is {OT(code)}."),
        ('agent', f"Great, we'll use that. Salary?"),
        ('customer', f"{PR(money_t(salary) + ' a year')}, pro rata, he's on {DU('30 hours')} a week."),
        ('agent', "And his bank details for his pay?"),
        ('customer', f"Sort code {ACC('s', sc)}, account {ACC('b', ba)}."),
        ('agent', f"Thank you. He'll be in this month's run. I'll email his payslip login to you to pass on."),
        ('customer', "Perfect, diolch."),
    ]


@case('asr')
def toner_order_serials_us():
    acct = dg(6)
    serial1 = 'e' + dg(8)
    model = dg(4)
    qty = 6
    price = cents(110, 190)
    c, e, v = card('visa'), expiry(), cvv()
    b = blocks(c)
    ph = phone_us('216')
    ext = dg(4)
    zp = zipc('441')
    return [
        ('agent', f"thank you for calling lakeshore business machines this is {NM('mandy')}"),
        ('customer', f"hi {NM('mandy')} it's {NM('hakeem')} at the law office of {NM('pressley')} and {NM('vance')} we need toner"),
        ('agent', "sure what's the account"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', "and which machine"),
        ('customer', f"the one in the copy room serial {OT('e ' + sd(serial1[1:]))} it's the {MOD('ecosys ' + sd(model))}"),
        ('agent', f"okay the black toner for that is {PR(money_s(price, 'dollars'))} how many"),
        ('customer', f"{CNT(words(qty))}"),
        ('agent', "card on file or new card"),
        ('customer', f"new one {CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiration"),
        ('customer', f"{EXP('e', exp_s(e))}"),
        ('agent', "cvv"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "billing zip"),
        ('customer', f"{PC('z', sd(zp))}"),
        ('agent', "and a callback number in case it's back ordered"),
        ('customer', f"{TEL('t', sd(ph))} extension {TEL('t', sd(ext), x=True)}"),
        ('agent', "you'll have it tomorrow"),
    ]


@case('asr')
def skip_bin_shopfit_au():
    size = R.randint(4, 9)
    price = cents(380, 720)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    hn = house(1, 300)
    pc = aupc('QLD')
    mob = au_mob()
    return [
        ('agent', f"sunshine coast skips {NM('jade')} speaking"),
        ('customer', f"hey {NM('jade')} it's {NM('tevita')} {NM('fifita')} i'm doing a shop fit out in mooloolaba and need a bin"),
        ('agent', f"no worries what size"),
        ('customer', f"reckon a {QT(words(size) + ' cubic metre')} one it's mostly plasterboard and old shelving"),
        ('agent', f"that's {PR(money_s(price, 'dollars'))} for a week on the street you'll need a council permit if it's on the road"),
        ('customer', "it can go in the loading bay out the back so no permit"),
        ('agent', "easy card number"),
        ('customer', f"{CARD('c', sd(b[0]) + ' ' + sd(b[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c', sd(b[2]) + ' ' + sd(b[3]))}"),
        ('agent', "expiry and cvc"),
        ('customer', f"{EXP('e', exp_s(e, 1))} {CVV('v', sd(v))}"),
        ('agent', "address"),
        ('customer', f"{ADDR('s', words(hn) + ' brisbane road mooloolaba')} {PC('p', sd(pc))}"),
        ('agent', "and a mobile for the driver"),
        ('customer', f"{TEL('t', sd(mob))}"),
        ('agent', "drop off tomorrow before lunch"),
    ]


@case('asr')
def coworking_agency_move_in_long():
    dep = cents(1200, 2600)
    monthly = cents(1800, 3400)
    desks = 6
    c1, e1, v1 = card('visa'), expiry(), cvv()
    b1 = blocks(c1)
    c2, e2, v2 = card('mc'), expiry(), cvv()
    b2 = blocks(c2)
    crn = dg(8)
    email = 'hello at fernandmoss dot studio'
    mob = uk_mob()
    hn = house(1, 80)
    pc = ukpc('BN2')
    d = day()
    return [
        ('agent', f"hiya it's {NM('marnie')} at the brighton exchange"),
        ('customer', f"hi {NM('marnie')} it's {NM('ayo')} from fern and moss the design studio we came round last week"),
        ('agent', "oh yes with the big dog"),
        ('customer', "that's us well that's biscuit he's the real boss"),
        ('agent', "ha we loved him so have you decided"),
        ('customer', f"we have we'd like the six desk studio on the first floor from the {DT(ORD[d])}"),
        ('agent', f"amazing so that's {CNT(words(desks))} dedicated desks the lockable storage and the meeting room credits it's {PR(money_s(monthly) + ' a month')} plus vat"),
        ('customer', "and there's a deposit right"),
        ('agent', f"yeah one month's deposit so {PR(money_s(dep))} is it going in the company's name"),
        ('customer', f"yes fern and moss limited the company number is {OT(sd(crn))}"),
        ('agent', "perfect and dogs are fine as long as he's on the dog friendly floor which the first floor is"),
        ('customer', "he'll be thrilled"),
        ('agent', "how do you want to pay the deposit"),
        ('customer', "on the company card and then the monthly on the same card automatically"),
        ('agent', "great go ahead"),
        ('customer', f"{CARD('c1', sd(b1[0]))} {CARD('c1', sd(b1[1]))}"),
        ('agent', "yep"),
        ('customer', f"{CARD('c1', sd(b1[2]))} oh hang on {NM('imogen')}'s shouting something"),
        ('agent', "no worries"),
        ('customer', f"sorry where was i {CARD('c1', sd(b1[2]), x=True)} and then {CARD('c1', sd(b1[3]))}"),
        ('agent', "and the expiry and code"),
        ('customer', f"{EXP('e1', exp_s(e1))} and {CVV('v1', sd(v1))}"),
        ('agent', "lovely that's the deposit taken and the monthly set up on that card"),
        ('customer', "great oh and one more thing i want to buy the welcome pack for the team the hoodies can that go on my own card it's a present from me"),
        ('agent', "aw that's nice yes of course"),
        ('customer', f"{CARD('c2', sd(b2[0]) + ' ' + sd(b2[1]) + ' ' + sd(b2[2]) + ' ' + sd(b2[3]))} expiry {EXP('e2', exp_s(e2, 3))} code {CVV('v2', sd(v2))}"),
        ('agent', "done and where do you want the contract sent"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "and a mobile for the door fobs"),
        ('customer', f"{TEL('t', sd(mob))}"),
        ('agent', "and the company's registered address for the contract"),
        ('customer', f"for now it's my flat {ADDR('s', 'flat ' + words(R.randint(1, 9)) + ' ' + words(hn) + ' lewes road')} {PC('p', pc_s(pc))} we'll move it to yours once we're in"),
        ('agent', f"perfect so the deposit and the monthly on the card ending {CARD('rb1', sd(b1[3]), part=True)} and the hoodies on the card ending {CARD('rb2', sd(b2[3]), part=True)} see you on the {DT(ORD[d])}"),
        ('customer', "can't wait bye"),
    ]


@case('transcript')
def bakery_flour_recurring_au():
    acct = dg(7)
    pallets = 2
    bag = cents(22, 34)
    bags = 40
    c, e, v = card('visa'), expiry(), cvv()
    abn = dg(2) + ' ' + dg(3) + ' ' + dg(3) + ' ' + dg(3)
    email = 'orders@crumbandcrustbakehouse.com.au'
    pc = aupc('SA')
    return [
        ('agent', f"Adelaide Baking Supplies, {NM('Hayden')} speaking."),
        ('customer', f"Hi {NM('Hayden')}, it's {NM('Giulia')} from Crumb and Crust."),
        ('agent', f"{NM('Giulia')}! How did the market go on the weekend?"),
        ('customer', "Sold out of sourdough by nine, so I'm ordering more flour. Same as always."),
        ('agent', f"{CNT(str(bags))} bags of the strong bakers flour and {CNT(str(pallets))} of the rye?"),
        ('customer', f"Yes, but bump the rye to three. And I'd like it on a standing order every fortnight so I stop forgetting."),
        ('agent', f"Easy. The strong flour's {PR(money_t(bag, '$') + ' a bag')} at the moment. Account {ACC('a', acct)}, right?"),
        ('customer', "That's me."),
        ('agent', "For a standing order we'd put a card on file and charge it on each delivery."),
        ('customer', f"Fine. {CARD('c', card_t(c))}."),
        ('agent', "Expiry?"),
        ('customer', f"{EXP('e', exp_t(e))}. And the CVV is {CVV('v', v)}."),
        ('agent', f"Lovely. Invoices to {MAIL('m', email)}, with the ABN {OT(abn)}?"),
        ('customer', "Perfect."),
        ('agent', f"And it's the bakehouse in Norwood, {PC('p', pc)}, deliveries before {TM('6 am')} through the side gate?"),
        ('customer', "Yes, the gate code's in the notes."),
    ]


@case('transcript')
def trade_counter_skus_misread_block():
    acct = 'CT' + dg(6)
    sku1, sku2, sku3 = dg(6), dg(6), dg(6)
    q1, q2, q3 = 12, 3, 40
    p1, p2, p3 = cents(6, 14), cents(30, 60), cents(1, 3)
    c = card('visa')
    b = blocks(c)
    wrong = b[2][:2] + str((int(b[2][2]) + 3) % 10) + b[2][3]
    e, v = expiry(), cvv()
    order = 'SO-' + dg(7)
    return [
        ('agent', f"Ashford Timber & Building, trade counter, {NM('Kwame')} speaking."),
        ('customer', f"Morning {NM('Kwame')}, {NM('Dermot Fahy')}, {NM('Fahy')} Carpentry. I want to put an order together for collection this afternoon."),
        ('agent', "No problem. Account number?"),
        ('customer', f"{ACC('a', acct)}."),
        ('agent', "Go ahead with the codes if you've got them."),
        ('customer', f"Code {OT(sku1)}, the eighteen mil ply, {CNT(str(q1))} sheets."),
        ('agent', f"That's {PR(money_t(p1 * 3) + ' a sheet')}. Next?"),
        ('customer', f"{OT(sku2)}, the box of five-by-seventy screws, {CNT(str(q2))} boxes."),
        ('agent', f"Those are {PR(money_t(p2) + ' a box')}, trade."),
        ('customer', f"And {OT(sku3)}, the frame fixings, {CNT(str(q3))} of them."),
        ('agent', f"{PR(money_t(p3) + ' each')}. Is the ply in stock? Let me check... yes, we've got {CNT('26')} in the yard."),
        ('customer', f"Great. What time do you close today?"),
        ('agent', f"{TM('5 pm')} weekdays, {TM('noon')} on Saturday."),
        ('customer', "I'll be there by four. Can I pay now so the lads can just load it?"),
        ('agent', "Sure, card number?"),
        ('customer', f"{CARD('c', card_t(c))}."),
        ('agent', f"Let me check I've got it. {CARD('r1', b[0], part=True)}, {CARD('r2', b[1], part=True)}, {CARD('r3', wrong, part=True)}..."),
        ('customer', f"No, the third group is {CARD('r4', b[2], part=True)}."),
        ('agent', f"Sorry, {CARD('r5', b[2], part=True)}, then {CARD('r6', b[3], part=True)}. Expiry?"),
        ('customer', f"{EXP('e', exp_t(e))}. Security code {CVV('v', v)}."),
        ('agent', f"That's paid. Your collection order is {OT(order)}. Bring that to the yard gate."),
        ('customer', "Cheers, see you later."),
    ]


@case('asr')
def pallet_tracking_damaged_ca():
    trk = lfail(16, '7')
    pallet = 'pl' + dg(6)
    order = dg(8)
    acct = dg(6)
    pc = capc('K')
    hn = house(10, 800)
    ph = phone_us('613')
    ext = dg(2)
    email = 'receiving at ottawavalleyhardware dot ca'
    claim_amt = cents(300, 900)
    return [
        ('agent', f"freightlink canada customer care {NM('simone')} speaking"),
        ('customer', f"hi {NM('simone')} it's {NM('rajesh')} {NM('iyer')} from ottawa valley hardware a pallet came in damaged this morning"),
        ('agent', "oh no have you got the tracking number"),
        ('customer', f"{OT(sd(trk[:8]) + ' ' + sd(trk[8:]))}"),
        ('agent', f"okay i see it one pallet {OT('p l ' + sd(pallet[2:]))} delivered at {TM('eight forty')} signed clean"),
        ('customer', "the driver wouldn't wait for us to check it the shrink wrap was ripped and two boxes of tiles are smashed"),
        ('agent', f"okay i'll open a damage claim what was the value of the damaged goods"),
        ('customer', f"about {PR(money_s(claim_amt, 'dollars'))} i can send the supplier invoice it's order {OT(sd(order))}"),
        ('agent', "perfect and your account with us"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', "and the delivery address"),
        ('customer', f"{ADDR('s', words(hn, False) + ' bank street ottawa')} {PC('p', pc_s(pc))}"),
        ('agent', "where should i send the claim form"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "and a phone number for the inspector"),
        ('customer', f"{TEL('t', sd(ph))} extension {TEL('t', sd(ext), x=True)}"),
        ('agent', f"okay keep the packaging an inspector will call within {DU('forty eight hours')}"),
        ('customer', "thanks"),
    ]


@case('transcript')
def terminal_rental_ivr_one_block_us():
    mid = dg(9)
    amt = cents(25, 60)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    zp = zipc('850')
    conf = dg(10)
    return [
        ('ivr', "Welcome to Cactus Card Services automated payments. Please enter your merchant number."),
        ('customer', f"{ACC('m', mid)}"),
        ('ivr', f"Your terminal rental balance is {PR(money_t(amt, '$'))}. Please enter your card number one group at a time, pressing pound after each group."),
        ('customer', f"{CARD('c', b[0])}#"),
        ('ivr', "Next group."),
        ('customer', f"{CARD('c', b[1])}#"),
        ('ivr', "Next group."),
        ('customer', f"{CARD('c', b[2])}#"),
        ('ivr', f"You entered {CARD('r', ' '.join(b[2]), part=True)}. If this is correct, press {OT('1')}. To re-enter, press {OT('2')}."),
        ('customer', f"{OT('1')}"),
        ('ivr', "Last group."),
        ('customer', f"{CARD('c', b[3])}#"),
        ('ivr', "Please enter the expiration date."),
        ('customer', f"{EXP('e', exp_t(e).replace('/', ''))}"),
        ('ivr', "Please enter the security code."),
        ('customer', f"{CVV('v', v)}"),
        ('ivr', "Please enter your billing ZIP code."),
        ('customer', f"{PC('z', zp)}"),
        ('ivr', f"Your payment was approved. Your confirmation number is {OT(conf)}."),
    ]


@case('asr')
def butcher_wholesale_codes_email_repeat():
    acct = dg(5)
    code1, code2 = 'b' + dg(3), 'l' + dg(3)
    kg1, kg2 = R.randint(10, 30), R.randint(5, 15)
    p1, p2 = cents(8, 16), cents(11, 22)
    c, e, v = card('mc'), expiry(), cvv()
    b = blocks(c)
    email = 'chef dot ruiz at thecopperpotbistro dot co dot uk'
    pc = ukpc('L8')
    return [
        ('agent', f"mersey meats wholesale {NM('leanne')} speaking"),
        ('customer', f"hiya {NM('leanne')} it's {NM('esteban')} head chef at the copper pot i want to change my standing order"),
        ('agent', f"hiya {NM('esteban')} account number just so i'm on the right one"),
        ('customer', f"{ACC('a', sd(acct))}"),
        ('agent', "yep got you what are we changing"),
        ('customer', f"drop the chicken thighs and add product {OT(code1[0] + ' ' + sd(code1[1:]))} the beef shin {QT(words(kg1) + ' kilos')} a week"),
        ('agent', f"shin's {PR(money_s(p1) + ' a kilo')} at the moment anything else"),
        ('customer', f"and {OT(code2[0] + ' ' + sd(code2[1:]))} the lamb neck {QT(words(kg2) + ' kilos')}"),
        ('agent', f"lamb neck's {PR(money_s(p2) + ' a kilo')} and do you want to keep paying weekly on the card"),
        ('customer', "yeah but it's a new card the old one expired"),
        ('agent', "go on then"),
        ('customer', f"{CARD('c', sd(b[0]))} {CARD('c', sd(b[1]))} {CARD('c', sd(b[2]))} {CARD('c', sd(b[3]))}"),
        ('agent', "expiry"),
        ('customer', f"{EXP('e', exp_s(e, 1))}"),
        ('agent', "and the three digits"),
        ('customer', f"{CVV('v', sd(v))}"),
        ('agent', "and the weekly receipts where do they go"),
        ('customer', f"{MAIL('m', email)}"),
        ('agent', "sorry say the email again slowly"),
        ('customer', f"{MAIL('m2', 'chef dot r u i z at the copper pot bistro dot co dot uk')}"),
        ('agent', f"got it and still delivering to the bistro {PC('p', pc_s(pc))}"),
        ('customer', "yes tuesday and friday mornings before ten"),
        ('agent', "lovely that's all changed"),
    ]

# ---------------------------------------------------------------- build and validate

MK = re.compile(r"\[\[([A-Z_]+)#([A-Za-z0-9_]+)([~^]*):(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")

UNIT = {'zero': 0, 'oh': 0, 'o': 0, 'nought': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4,
        'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9}
TEEN = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: i for i, w in enumerate(TENSW) if w}
DIGIT_WORDS = set(UNIT) | set(TEEN) | set(TENS) | {'hundred', 'thousand', 'double', 'triple'}
PHONETIC = {'alpha': 'A', 'alfa': 'A', 'bravo': 'B', 'charlie': 'C', 'delta': 'D', 'echo': 'E',
            'foxtrot': 'F', 'golf': 'G', 'hotel': 'H', 'india': 'I', 'juliet': 'J', 'kilo': 'K',
            'lima': 'L', 'mike': 'M', 'november': 'N', 'oscar': 'O', 'papa': 'P', 'quebec': 'Q',
            'romeo': 'R', 'sierra': 'S', 'tango': 'T', 'uniform': 'U', 'victor': 'V',
            'whiskey': 'W', 'xray': 'X', 'yankee': 'Y', 'zulu': 'Z'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'missus', 'doctor', 'sir', 'madam', 'prof'}
STREET = {'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'way',
          'close', 'court', 'ct', 'place', 'pl', 'crescent', 'cres', 'parade', 'terrace', 'row',
          'hill', 'park', 'estate', 'boulevard', 'blvd', 'highway', 'hwy', 'parkway', 'square',
          'grove', 'gardens', 'mews', 'walk', 'quay', 'wharf', 'yard', 'green', 'circle', 'trail',
          'rise', 'view', 'broadway', 'esplanade', 'promenade', 'centre', 'center', 'pike',
          'concession', 'line', 'sideroad', 'wynd', 'brae', 'loan', 'gate', 'mall', 'plaza',
          'strand', 'embankment', 'causeway', 'boreen', 'main', 'rue', 'chemin'}
ADDR_PREFIX = {'flat', 'unit', 'suite', 'apartment', 'apt', 'level', 'floor', 'shop', 'office',
               'building', 'block', 'bay'}
EDGE_BAD = set(' \t\n.,;:!?"\'()[]{}-/\u2026')


def _small(toks, i):
    t = toks[i]
    if t in TEEN:
        return TEEN[t], i + 1
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNIT and UNIT[toks[i + 1]] > 0:
            return TENS[t] * 10 + UNIT[toks[i + 1]], i + 2
        return TENS[t] * 10, i + 1
    if t in UNIT:
        return UNIT[t], i + 1
    return None


def w2d(text):
    """digits of a span: digits as written, number words turned into digits."""
    toks = [t.lower() for t in re.findall(r"[A-Za-z]+|\d+", text)]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ('double', 'triple') and i + 1 < len(toks) and toks[i + 1] in UNIT:
            out.append(str(UNIT[toks[i + 1]]) * (2 if t == 'double' else 3))
            i += 2
            continue
        r = _small(toks, i)
        if r is None:
            i += 1
            continue
        v, j = r
        s = str(v)
        if j < len(toks) and toks[j] == 'hundred':
            j += 1
            if j + 1 < len(toks) and toks[j] == 'and' and _small(toks, j + 1):
                j += 1
            r2 = _small(toks, j) if j < len(toks) else None
            if r2:
                s = str(v) + '%02d' % r2[0]
                j = r2[1]
            else:
                s = str(v) + '00'
        elif j < len(toks) and toks[j] == 'thousand':
            j += 1
            if j + 1 < len(toks) and toks[j] == 'and' and _small(toks, j + 1):
                j += 1
            rest = 0
            r2 = _small(toks, j) if j < len(toks) else None
            if r2:
                rest, j = r2
                if j < len(toks) and toks[j] == 'hundred':
                    j += 1
                    rest *= 100
                    if j + 1 < len(toks) and toks[j] == 'and' and _small(toks, j + 1):
                        j += 1
                    r3 = _small(toks, j) if j < len(toks) else None
                    if r3:
                        rest += r3[0]
                        j = r3[1]
            s = str(v) + '%03d' % rest
        out.append(s)
        i = j
    return ''.join(out)


def alnum(text):
    """letters and digits of a postcode or national id as said or written."""
    raw = re.findall(r"[A-Za-z0-9]+", text)
    out, run = [], []

    def flush():
        if run:
            out.append(w2d(' '.join(run)))
            run.clear()
    for tok in raw:
        lo = tok.lower()
        if lo in DIGIT_WORDS or tok.isdigit():
            run.append(lo)
            continue
        flush()
        if len(lo) == 1:
            out.append(lo.upper())
        elif lo in PHONETIC:
            out.append(PHONETIC[lo])
        elif any(c.isdigit() for c in tok) or (tok.isupper() and len(tok) <= 4):
            out.append(tok.upper())
    flush()
    return ''.join(out)


def ssn_ok(s):
    d = re.sub(r'\D', '', s)
    if re.fullmatch(r'[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]', s):
        return True                                     # UK NI
    if re.fullmatch(r'\d{7}[A-W][AHW]?', s):
        return True                                     # Irish PPS
    if s != d:
        return False
    if len(d) == 4:
        return True                                     # last four
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    if 1 <= a <= 665 and g >= 1 and n >= 1:
        return True                                     # US SSN
    if d[0] in '1234567' and luhn_ok(d):
        return True                                     # Canadian SIN
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(x) * w[i] for i, x in enumerate(d)) % 11 == 0   # Australian TFN


def phone_ok(d):
    if len(d) == 10 and d[0] in '23456789' and d[3] in '23456789':
        return True                                     # US / Canada
    if len(d) == 11 and d[0] == '1' and d[1] in '23456789':
        return True
    if len(d) == 11 and d[0] == '0' and d[1] in '123789':
        return True                                     # UK
    if len(d) == 12 and d[:2] == '44' and d[2] in '123789':
        return True
    if len(d) == 10 and d[0] == '0' and d[1] in '23478':
        return True                                     # Australia, Irish mobiles
    if len(d) == 11 and d[:2] == '61' and d[2] in '23478':
        return True
    if len(d) == 12 and d[:3] == '353':
        return True
    return False


def pc_ok(s):
    pats = [r'\d{5}', r'\d{9}', r'[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}', r'[AC-FHKNPRTV-Y]\d[\dW][AC-FHKNPRTV-Y\d]{4}',
            r'[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d', r'\d{4}']
    return any(re.fullmatch(p, s) for p in pats)


def word_tokens(text):
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
        w = m.group(0).lower()
        if w.endswith("'s"):
            w = w[:-2]
        yield w, m.start(), m.end()


def strip(marked):
    out, spans, pos = [], [], 0
    for m in MK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = len(''.join(out))
        if m.group(1):
            txt = m.group(4)
            spans.append(('pii', m.group(1), m.group(1) + '/' + m.group(2), m.group(3), start,
                          start + len(txt)))
        else:
            txt = m.group(6)
            spans.append(('keep', m.group(5), None, '', start, start + len(txt)))
        out.append(txt)
        pos = m.end()
    out.append(marked[pos:])
    return ''.join(out), spans


def build():
    cases, errors = [], []
    for idx, (fn, style) in enumerate(CASES):
        cid = 't39-%03d' % (idx + 1)
        utts = fn()
        rows, pii, keep, ustyles = [], [], [], []
        for ui, u in enumerate(utts):
            spk, marked = u[0], u[1]
            ustyles.append(u[2] if len(u) > 2 else style)
            text, spans = strip(marked)
            for s in ('[[', ']]', '((', '))'):
                if s in text:
                    errors.append('%s u%d: stray markup %r' % (cid, ui, text))
            rows.append({'speaker': spk, 'text': text})
            for kind, t, g, fl, a, b in spans:
                if kind == 'pii':
                    pii.append([ui, a, b, t, g, fl])
                else:
                    keep.append([ui, a, b, t])
        cases.append({'id': cid, 'style': style, 'rows': rows, 'pii': pii, 'keep': keep,
                      'ustyles': ustyles, 'fn': fn.__name__})
    return cases, errors


def validate(cases, errors):
    seen_mail, seen_street, seen_utt = {}, {}, {}
    for c in cases:
        cid, rows = c['id'], c['rows']
        E = lambda msg: errors.append('%s (%s): %s' % (cid, c['fn'], msg))
        if c['style'] not in ('asr', 'transcript'):
            E('bad style')
        for r in rows:
            if r['speaker'] not in ('agent', 'customer', 'ivr'):
                E('bad speaker %r' % r['speaker'])
            if not r['text'].strip():
                E('empty utterance')
        allspans = [(u, a, b, 'pii', t) for u, a, b, t, g, fl in c['pii']] + \
                   [(u, a, b, 'keep', k) for u, a, b, k in c['keep']]
        for u, a, b, what, t in allspans:
            text = rows[u]['text']
            s = text[a:b]
            if what == 'pii' and t not in TYPES:
                E('bad type %s' % t)
            if what == 'keep' and t not in KINDS:
                E('bad kind %s' % t)
            if not (0 <= a < b <= len(text)):
                E('span outside text')
                continue
            if s[0] in EDGE_BAD and s[0] not in '$':
                E('leading punctuation/space %r' % s)
            if s[-1] in EDGE_BAD and not (s.endswith('a.m.') or s.endswith('p.m.')):
                E('trailing punctuation/space %r' % s)
            if a > 0 and text[a - 1].isalnum() and text[a].isalnum():
                E('starts inside a word %r in %r' % (s, text))
            if b < len(text) and text[b].isalnum() and text[b - 1].isalnum():
                E('ends inside a word %r in %r' % (s, text))
        by_u = {}
        for sp_ in allspans:
            by_u.setdefault(sp_[0], []).append(sp_)
        for u, lst in by_u.items():
            lst.sort()
            for x, y in zip(lst, lst[1:]):
                if y[1] < x[2]:
                    E('overlap in u%d: %r %r' % (u, rows[u]['text'][x[1]:x[2]], rows[u]['text'][y[1]:y[2]]))
        # groups
        groups, gtype = {}, {}
        for u, a, b, t, g, fl in c['pii']:
            groups.setdefault(g, []).append((u, a, b, fl))
            if gtype.setdefault(g, t) != t:
                E('group %s has two types' % g)
        for g, pieces in groups.items():
            t = gtype[g]
            part = any('^' in fl for _, _, _, fl in pieces)
            use = [rows[u]['text'][a:b] for u, a, b, fl in pieces if '~' not in fl]
            allt = [rows[u]['text'][a:b] for u, a, b, fl in pieces]
            if not use:
                E('group %s has no piece in its value' % g)
                continue
            digits = ''.join(w2d(s) for s in use)
            joined = ' '.join(use)
            if t == 'CARD_NUMBER':
                if part:
                    if not 3 <= len(digits) <= 12:
                        E('partial card %r' % allt)
                elif not ((len(digits) == 16 or (len(digits) == 15 and digits[:2] in ('34', '37')))
                          and luhn_ok(digits)):
                    E('bad card %r -> %s' % (allt, digits))
            elif t == 'CVV':
                if not (3 <= len(digits) <= 4 and len(use) <= 2):
                    E('bad cvv %r' % allt)
            elif t == 'EXPIRY':
                lo = joined.lower()
                if not any(re.search(r'\b%s' % m.lower(), lo) for m in MON3):
                    if len(digits) in (3, 5):
                        mo = int(digits[0])
                    elif len(digits) in (4, 6):
                        mo = int(digits[:2])
                    else:
                        mo = 0
                    if not 1 <= mo <= 12:
                        E('bad expiry %r' % allt)
            elif t == 'SSN':
                if not ssn_ok(alnum(joined)):
                    E('bad ssn %r -> %s' % (allt, alnum(joined)))
            elif t == 'PHONE':
                if part:
                    if not 3 <= len(digits) <= 6:
                        E('bad partial phone %r' % allt)
                elif not phone_ok(digits):
                    E('bad phone %r -> %s' % (allt, digits))
            elif t == 'POSTCODE':
                if not pc_ok(alnum(joined)):
                    E('bad postcode %r -> %s' % (allt, alnum(joined)))
            elif t == 'EMAIL':
                styl = set(c['ustyles'][u] for u, a, b, fl in pieces)
                lo = joined.lower()
                if '@' in lo:
                    if 'asr' in styl or not re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", joined):
                        E('bad typed email %r' % allt)
                elif not (' at ' in ' %s ' % lo and ' dot ' in ' %s ' % lo):
                    E('bad spoken email %r' % allt)
                key = re.sub(r'\s+', '', lo.replace(' at ', '@').replace(' dot ', '.'))
                if key in seen_mail and seen_mail[key] != cid:
                    E('email used in two cases: %s' % seen_mail[key])
                seen_mail.setdefault(key, cid)
            elif t == 'ADDRESS':
                for s in allt:
                    toks = [x.lower() for x in re.findall(r"[A-Za-z0-9]+", s)]
                    isnum = lambda x: x in DIGIT_WORDS or any(ch.isdigit() for ch in x)
                    ok_start = isnum(toks[0]) or (toks[0] in ADDR_PREFIX and len(toks) > 1 and isnum(toks[1]))
                    if not ok_start or not any(x in STREET for x in toks):
                        E('bad address %r' % s)
                        continue
                    i = 0
                    if toks[0] in ADDR_PREFIX:
                        i = 1
                    while i < len(toks) and (isnum(toks[i]) or toks[i] in ADDR_PREFIX or toks[i] == 'and'):
                        i += 1
                    j = i
                    while j < len(toks) and toks[j] not in STREET:
                        j += 1
                    key = ' '.join(toks[i:j + 1])
                    if key in seen_street and seen_street[key] != cid:
                        E('street %r used in two cases: %s' % (key, seen_street[key]))
                    seen_street.setdefault(key, cid)
            elif t == 'NAME':
                for s in allt:
                    if re.search(r'\d', s):
                        E('digit in name %r' % s)
                    toks = [x.lower().strip('.') for x in s.split()]
                    if any(x in TITLES for x in toks):
                        E('title in name %r' % s)
        # look-alikes
        for u, a, b, k in c['keep']:
            kd = w2d(rows[u]['text'][a:b])
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                E('look-alike passes Luhn %r' % rows[u]['text'][a:b])
            for pu, pa, pb, t, g, fl in c['pii']:
                if pu == u:
                    pd = w2d(rows[u]['text'][pa:pb])
                    if len(pd) >= 3 and pd in kd:
                        E('look-alike %r holds pii digits %r' % (rows[u]['text'][a:b], rows[u]['text'][pa:pb]))
        # digits and digit words outside spans, name consistency
        name_words = set()
        for u, a, b, t, g, fl in c['pii']:
            if t == 'NAME':
                for w, _, _ in word_tokens(rows[u]['text'][a:b]):
                    if len(w) > 1:
                        name_words.add(w)
        for ui, r in enumerate(rows):
            text = r['text']
            cov = [None] * len(text)
            for u, a, b, what, t in allspans:
                if u == ui:
                    for i in range(a, b):
                        cov[i] = t
            for i, ch in enumerate(text):
                if ch.isdigit() and cov[i] is None:
                    E('digit outside a span in %r' % text)
                    break
            run = 0
            for m in re.finditer(r"[A-Za-z]+", text):
                inside = cov[m.start()] is not None
                if not inside and m.group(0).lower() in DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        E('run of digit words outside spans in %r' % text)
                        break
                else:
                    run = 0
            for w, a, b in word_tokens(text):
                if w in name_words and cov[a] not in ('NAME', 'EMAIL'):
                    E('name word %r unlabelled in %r' % (w, text))
        # repeated long utterances across cases (raw, and with span contents masked)
        for ui, r in enumerate(rows):
            text = r['text']
            masked = text
            for u, a, b, what, t in sorted(allspans, key=lambda x: -x[1]):
                if u == ui:
                    masked = masked[:a] + ' <%s> ' % t + masked[b:]
            for tag, s in (('raw', text), ('masked', masked)):
                toks = re.findall(r"[a-z0-9<>_']+", s.lower())
                if len(toks) < 9:
                    continue
                key = tag + ':' + ' '.join(toks)
                if key in seen_utt and seen_utt[key] != cid:
                    E('utterance also in %s: %r' % (seen_utt[key], text))
                seen_utt.setdefault(key, cid)
    return errors


MINIMUM = {'CARD_NUMBER': 60, 'CVV': 30, 'EXPIRY': 30, 'SSN': 10, 'PHONE': 35, 'EMAIL': 25,
           'DOB': 20, 'ADDRESS': 35, 'POSTCODE': 35, 'ACCOUNT_NUMBER': 45, 'NAME': 200}


def to_json(c):
    order, gmap = [], {}
    for u, a, b, t, g, fl in sorted(c['pii'], key=lambda x: (x[0], x[1])):
        if g not in gmap:
            gmap[g] = 'g%d' % (len(gmap) + 1)
    pii = [{'utterance': u, 'start': a, 'end': b, 'type': t, 'group': gmap[g]}
           for u, a, b, t, g, fl in sorted(c['pii'], key=lambda x: (x[0], x[1]))]
    keep = [{'utterance': u, 'start': a, 'end': b, 'kind': k}
            for u, a, b, k in sorted(c['keep'], key=lambda x: (x[0], x[1]))]
    return json.dumps({'case_id': c['id'], 'style': c['style'], 'utterances': c['rows'],
                       'pii': pii, 'keep': keep}, ensure_ascii=False)


def main():
    check_only = '--check' in sys.argv[1:]
    cases, errors = build()
    errors = validate(cases, errors)
    span_n = {t: 0 for t in sorted(MINIMUM)}
    grp_n = {t: set() for t in sorted(MINIMUM)}
    for c in cases:
        for u, a, b, t, g, fl in c['pii']:
            span_n[t] += 1
            grp_n[t].add((c['id'], g))
    keep_n = {k: 0 for k in KINDS}
    for c in cases:
        for u, a, b, k in c['keep']:
            keep_n[k] += 1
    n_utt = sum(len(c['rows']) for c in cases)
    no_pii = sum(1 for c in cases for ui in range(len(c['rows']))
                 if not any(p[0] == ui for p in c['pii']))
    ivr = sum(1 for c in cases if any(r['speaker'] == 'ivr' for r in c['rows']))
    ust = {'asr': 0, 'transcript': 0}
    for c in cases:
        for s in c['ustyles']:
            ust[s] += 1
    cst = {'asr': 0, 'transcript': 0}
    for c in cases:
        cst[c['style']] += 1
    mixed = sum(1 for c in cases if len(set(c['ustyles'])) > 1)
    longc = sum(1 for c in cases if len(c['rows']) >= 30)
    print('pii spans per type (groups):')
    for t in sorted(MINIMUM):
        print('  %-15s %4d  (%d)' % (t, span_n[t], len(grp_n[t])))
    print('cases: %d   utterances: %d   utterances without pii: %d' % (len(cases), n_utt, no_pii))
    print('keep spans: %d' % sum(keep_n.values()))
    for k in KINDS:
        print('  %-14s %4d' % (k, keep_n[k]))
    print('IVR cases: %d   mixed-style cases: %d   cases of 30+ utterances: %d' % (ivr, mixed, longc))
    print('style by case: asr %d (%.0f%%), transcript %d (%.0f%%)' % (
        cst['asr'], 100.0 * cst['asr'] / max(1, len(cases)), cst['transcript'],
        100.0 * cst['transcript'] / max(1, len(cases))))
    print('style by utterance: asr %d (%.1f%%), transcript %d (%.1f%%)' % (
        ust['asr'], 100.0 * ust['asr'] / max(1, n_utt), ust['transcript'],
        100.0 * ust['transcript'] / max(1, n_utt)))
    for t, m in MINIMUM.items():
        if span_n[t] < m:
            errors.append('minimum: %s has %d spans, needs %d' % (t, span_n[t], m))
    if len(cases) < 80:
        errors.append('minimum: %d cases, needs 80' % len(cases))
    if n_utt < 1000:
        errors.append('minimum: %d utterances, needs 1000' % n_utt)
    if no_pii < 400:
        errors.append('minimum: %d utterances without pii, needs 400' % no_pii)
    if sum(keep_n.values()) < 280 or not all(keep_n.values()):
        errors.append('minimum: keep spans %d / kinds %r' % (sum(keep_n.values()), keep_n))
    if ivr < 6:
        errors.append('minimum: %d IVR cases, needs 6' % ivr)
    if errors:
        for e in errors:
            print('ERROR', e)
        print('%d problem(s); nothing written' % len(errors))
        sys.exit(1)
    if check_only:
        print('check only: all checks pass, nothing written')
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dev43.jsonl')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for c in cases:
            f.write(to_json(c) + '\n')
    print('wrote %s (%d cases)' % (path, len(cases)))


if __name__ == '__main__':
    main()
