#!/usr/bin/env python3
"""Write data/redaction/dev52.jsonl, a redaction development set (case ids t48-001 ...).

Written as the held-out set test48.jsonl, measured once with the forty-ninth round's code, then
renamed dev52 and tuned on in the fiftieth round.

What the set leans on
---------------------
Gig workers and small sellers calling the platforms they work through: delivery and rideshare
drivers, holiday-let hosts, craft marketplace sellers, freelance tutors and cleaners, and market
traders with card readers. They call about payouts and bank details (sort code and account,
routing and account, IBAN, BSB), tax identifiers (EIN, UTR, ABN, TFN, SIN, NI number), vehicle
registrations and driving licences, platform account and payout ids, and cards used for fees,
deposits and replacement card readers. Callers are in a hurry between jobs (in the car, on a
doorstep), read values off an app screen or a payout e-mail, and platform agents check identity
step by step. Card payments carry the most weight: cards in one to five pieces over turns,
corrected blocks, restarts, blocks repeated on request, read-backs by agents and IVRs (whole, one
block, last four), codes and expiries asked and said in varied ways, a card given and withdrawn.
Look-alikes (payout amounts, fees, percentages, trip and order counts, times, dates, mileage,
ratings, card-reader model numbers, payout references failing Luhn, years, durations) sit right
beside real values. Callers and addresses come from the UK, Ireland, the US, Canada and Australia.
About half of the utterances are in `asr` style and half in `transcript` style.

How it is built
---------------
Every conversation below is a hand-written function. Markup is inline:
`[[TYPE#grp!flag:text]]` for pii and `((kind:text))` for keep spans. TYPE is CARD, CVV, EXP,
SSN, PHONE, EMAIL, DOB, ADDR, POST, ACCT or NAME; `#grp` ties pieces of one value (a span without
it is a group of its own; group names are renumbered g1, g2, ... by first appearance); flag `x`
marks a piece that belongs to the value's group but not to its final digits (digits said before a
restart, a corrected block, a block repeated on request, a phone's extension), flag `p` marks a
partial value (a last four, one block read back). Keep kinds are abbreviated (q quantity, t time,
p price, f flight_number, d date, y year, dur duration, pct percentage, m model_number, n count,
o other). The markup is stripped in code and every offset is computed from the clean text.
Every generated number (cards, codes, expiries, SSNs and other national ids, phones, postcodes,
accounts, dates of birth, house numbers, amounts, references, model numbers ...) comes from one
random.Random(48), drawn in case order, so the output is identical on every run.

The script validates every case (spans inside their text, no overlaps, no leading or trailing
space or punctuation, not inside a word; cards 15/16 digits passing Luhn over the group; CVV 3-4
digits; SSN shapes; phones 10-12 digits in US/UK/AU shapes; expiry months; postcode shapes;
e-mails; addresses; names; look-alikes; no digit and no run of four digit words outside spans;
name words never left unlabelled in their case; no e-mail or street in two cases; no utterance
of nine words or more in two cases) and the minimum counts, and exits with status 1, writing
nothing, if any check fails.

Run:  python3 data/redaction/make_dev52.py          # validates, prints counts, writes the file
      python3 data/redaction/make_dev52.py --check  # validates and prints counts only

Choices where the conventions are silent (applied the same way throughout)
--------------------------------------------------------------------------
* Cards: digits said before a restart, a corrected block and a block repeated on request stay in
  the card's group; a card said again in full, every agent or IVR read-back (whole, one block,
  last four) and a last four said by either side are groups of their own; a card given and then
  withdrawn is a group of its own. "CVV", "security code", "expires", "end of" stay outside.
  A spoken "slash" or "of" between month and year stays inside the expiry.
* A sort code, routing number, BSB or transit number is an ACCOUNT_NUMBER group apart from the
  account number after it; IBANs, platform account ids, payout ids (the seller's or driver's
  own id), driver and host ids, vehicle registrations, driving licence numbers, booking and order
  numbers, UTRs and EINs are ACCOUNT_NUMBERs.
* NI numbers, PPS numbers, Canadian SINs and Australian TFNs are SSNs (with a US SSN or its last
  four); an ABN is an `other` look-alike (it is on a public register), as are payout and transfer
  references (they fail Luhn when 13-19 digits), receipt and transaction numbers, one-time codes,
  card-reader serials, error codes, ratings and ages; mileage is a `quantity`, trip and order
  counts are `count`s, card-reader models `model_number`s.
* A typed phone's leading "+" and country code are inside the PHONE span.
* A phone's extension is a piece of the phone's group (flag x; not part of the 10-12 digits);
  Australian phones use the ACMA fiction blocks (0x 5550 xxxx); US and Canadian phones 555-01xx;
  UK phones Ofcom drama ranges. Eircodes, Canadian and Australian postcodes are POSTCODEs.
* A flat, unit or apartment said before the house number is inside the ADDRESS (the address
  check accepts it, and "5/22" unit forms); the town said in the same breath is inside,
  counties, states and provinces are outside.
* A first name and surname said together are one NAME span; a spelled surname is a group of its
  own; titles stay outside; pets' and businesses' names are not names; a name inside an e-mail
  stays in the EMAIL span. A person's name inside a business name is not labelled unless it is
  said as the person.
* Dates of birth of children (after 2005) are allowed; a licence or document expiry is a `date`.
"""
import json
import os
import re
import sys
import random

R = random.Random(48)

# ----------------------------------------------------------------------------- generators
DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix):
    for c in '0123456789':
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError


def num_words(n):
    """0..9999 in words (British 'and' left out)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ('' if u == 0 else ' ' + DW[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return DW[h] + ' hundred' + ('' if r == 0 else ' ' + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + ' thousand' + ('' if r == 0 else ' ' + num_words(r))


def ordw(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + ' ' + ORD[u]


def ords(n):
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def yearw(y):
    if 2000 <= y < 2010:
        return 'two thousand and ' + DW[y - 2000] if y > 2000 else 'two thousand'
    a, b = divmod(y, 100)
    return num_words(a) + ' ' + (('oh ' + DW[b]) if b < 10 else num_words(b))


def w(d, zero='oh'):
    """Digits as single digit words."""
    return ' '.join(zero if c == '0' else DW[int(c)] for c in d)


def wd(d, zero='oh'):
    """Digits as words with 'double' for a repeated pair."""
    out, i = [], 0
    while i < len(d):
        word = zero if d[i] == '0' else DW[int(d[i])]
        if i + 1 < len(d) and d[i + 1] == d[i] and (i + 2 >= len(d) or d[i + 2] != d[i]):
            out.append('double ' + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return ' '.join(out)


def pairs(d):
    """Digits said in pairs: '4127' -> 'forty one twenty seven' (0x as 'oh x')."""
    out = []
    for i in range(0, len(d) - 1, 2):
        a = d[i:i + 2]
        if a[0] == '0':
            out.append(w(a))
        else:
            out.append(num_words(int(a)))
    if len(d) % 2:
        out.append(w(d[-1]))
    return ' '.join(out)


def blocks(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return [card[i:i + 4] for i in range(0, 16, 4)]


def cg(card, sep=' '):
    return sep.join(blocks(card))


def spell(s):
    """Letters and digits said one by one (postcodes, ids) in asr."""
    out = []
    for ch in s.replace(' ', '').replace('-', ''):
        if ch.isdigit():
            out.append('oh' if ch == '0' else DW[int(ch)])
        else:
            out.append(ch.lower())
    return ' '.join(out)


def hw(h):
    """A house number as said: 7, 42, 'two fifty four', 'twenty one oh six'."""
    if len(h) <= 2:
        return num_words(int(h))
    if len(h) == 3:
        r = h[1:]
        return DW[int(h[0])] + ' ' + (w(r) if r[0] == '0' else num_words(int(r)))
    return pairs(h)


def money_w(p, c=0, unit=''):
    s = num_words(p)
    if unit:
        s += ' ' + unit
    if c:
        s += ' ' + (num_words(c) if c >= 10 else 'oh ' + DW[c])
    return s


class Gen:
    def __init__(self, r):
        self.r = r

    def ri(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return ''.join(str(self.r.randint(0, 9)) for _ in range(n))

    def num(self, n):
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    def _card(self, prefix, length):
        return luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    def visa(self):
        return self._card('4', 16)

    def mc(self):
        if self.r.random() < 0.3:
            return self._card(str(self.r.randint(2221, 2720)), 16)
        return self._card(str(self.r.randint(51, 55)), 16)

    def amex(self):
        return self._card(self.r.choice(['34', '37']), 15)

    def disc(self):
        return self._card('6011', 16)

    def card(self):
        k = self.r.random()
        if k < 0.45:
            return self.visa()
        if k < 0.8:
            return self.mc()
        if k < 0.92:
            return self.amex()
        return self.disc()

    def cvv(self, n=3):
        return self.digits(n)

    def exp(self):
        return self.r.randint(1, 12), self.r.randint(2027, 2032)

    def exp_past(self):
        return self.r.randint(1, 12), self.r.randint(2023, 2025)

    def ssn(self):
        while True:
            a = self.r.randint(1, 665)
            if a != 666:
                break
        return '%03d%02d%04d' % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        p = self.r.choice(['AB', 'CE', 'JH', 'KL', 'MP', 'NR', 'PW', 'SY', 'TE', 'WL', 'ZX', 'HJ'])
        return p + self.digits(6) + self.r.choice('ABCD')

    def pps(self):
        d = self.digits(7)
        s = sum(int(c) * (8 - i) for i, c in enumerate(d))
        return d + 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23]

    def sin(self):
        return luhn_complete(str(self.r.choice([1, 2, 3, 4, 5, 6, 7])) + self.digits(7))

    def tfn(self):
        wts = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = self.num(8)
            s = sum(int(c) * x for c, x in zip(d, wts))
            for last in '0123456789':
                if (s + int(last) * 10) % 11 == 0:
                    return d + last

    def us_phone(self, area=None):
        area = area or self.r.choice(['312', '415', '206', '512', '617', '303', '404', '718',
                                      '214', '503', '416', '604', '514', '403'])
        return area + '5550' + '1' + self.digits(2)

    def uk_mob(self):
        return '07700900' + self.digits(3)

    def uk_land(self):
        return self.r.choice(['02079460', '01614960', '01134960', '01174960']) + self.digits(3)

    def au_phone(self):
        return '0' + self.r.choice('2378') + '5550' + self.digits(4)

    def zip(self, prefix=''):
        return prefix + self.digits(5 - len(prefix))

    def ukpc(self, outward):
        return outward + ' ' + str(self.r.randint(1, 9)) + ''.join(
            self.r.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))

    def eircode(self, routing):
        return routing + ' ' + self.r.choice('ACDEFHKNPRTVWXY') + ''.join(
            self.r.choice('0123456789ACDEFHKNPRTVWXY') for _ in range(3))

    def capc(self, first):
        L = 'ABCEGHJKLMNPRSTVWXYZ'
        return first + str(self.r.randint(1, 9)) + self.r.choice(L) + ' ' + str(
            self.r.randint(0, 9)) + self.r.choice(L) + str(self.r.randint(0, 9))

    def aupc(self, state):
        base = {'NSW': 2000, 'VIC': 3000, 'QLD': 4000, 'SA': 5000, 'WA': 6000, 'TAS': 7000}[state]
        return str(base + self.r.randint(0, 899))

    def house(self, lo=1, hi=240):
        return str(self.r.randint(lo, hi))

    def dob(self, lo=1950, hi=2003):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(lo, hi)

    def amt(self, lo, hi):
        return self.r.randint(lo, hi), self.r.randint(0, 99)

    def fail_luhn(self, n):
        while True:
            d = self.num(n)
            if not luhn_ok(d):
                return d

    def letters(self, n, pool='ABCDEFGHJKLMNPRSTUVWXYZ'):
        return ''.join(self.r.choice(pool) for _ in range(n))


g = Gen(R)

# ----------------------------------------------------------------------------- markup
TYPES = {'CARD': 'CARD_NUMBER', 'CVV': 'CVV', 'EXP': 'EXPIRY', 'SSN': 'SSN', 'PHONE': 'PHONE',
         'EMAIL': 'EMAIL', 'DOB': 'DOB', 'ADDR': 'ADDRESS', 'POST': 'POSTCODE',
         'ACCT': 'ACCOUNT_NUMBER', 'NAME': 'NAME'}
KINDS = {'q': 'quantity', 't': 'time', 'p': 'price', 'f': 'flight_number', 'd': 'date',
         'y': 'year', 'dur': 'duration', 'pct': 'percentage', 'm': 'model_number', 'n': 'count',
         'o': 'other'}
SPEAKERS = {'a': 'agent', 'c': 'customer', 'i': 'ivr'}
MARK = re.compile(r'\[\[([A-Z]+)(?:#(\w+))?(?:!(\w+))?:(.*?)\]\]|\(\(([a-z]+):(.*?)\)\)')

CASES = []


def case(style):
    def deco(f):
        CASES.append((style, f))
        return f
    return deco


def strip(text):
    """Return clean text and a list of (start, end, kind, type, grp, flag)."""
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        n += sum(len(x) for x in out[-1:])
        start = sum(len(x) for x in out)
        if m.group(1):
            body = m.group(4)
            spans.append((start, start + len(body), 'pii', TYPES[m.group(1)], m.group(2),
                          m.group(3) or ''))
        else:
            body = m.group(6)
            spans.append((start, start + len(body), 'keep', KINDS[m.group(5)], None, ''))
        out.append(body)
        pos = m.end()
    out.append(text[pos:])
    clean = ''.join(out)
    if '[[' in clean or ']]' in clean or '((' in clean or '))' in clean:
        raise ValueError('bad markup: ' + text)
    return clean, spans


def build():
    cases, meta = [], []
    for idx, (style, fn) in enumerate(CASES, 1):
        cid = 't48-%03d' % idx
        utts, pii, keep, gmap, flags = [], [], [], {}, []
        anon = 0
        for ui, (sp, text) in enumerate(fn()):
            clean, spans = strip(text)
            utts.append({'speaker': SPEAKERS[sp], 'text': clean})
            for (s, e, k, t, grp, flag) in spans:
                if k == 'pii':
                    if grp is None:
                        anon += 1
                        grp = '_anon%d' % anon
                    if grp not in gmap:
                        gmap[grp] = 'g%d' % (len(gmap) + 1)
                    pii.append({'utterance': ui, 'start': s, 'end': e, 'type': t,
                                'group': gmap[grp]})
                    flags.append(flag)
                else:
                    keep.append({'utterance': ui, 'start': s, 'end': e, 'kind': t})
        cases.append({'case_id': cid, 'style': style, 'utterances': utts, 'pii': pii,
                      'keep': keep})
        meta.append(flags)
    return cases, meta


# ----------------------------------------------------------------------------- checks
UNITS = {w_: str(i) for i, w_ in enumerate(DW)}
UNITS['oh'] = '0'
TEENW = {w_: str(10 + i) for i, w_ in enumerate(TEENS)}
TENW = {TENS[i]: str(i) for i in range(2, 10)}
DIGIT_WORDS = set(DW) | {'oh'}


def toks(s):
    return re.findall(r"[A-Za-z0-9']+|[^\sA-Za-z0-9']", s)


def spoken_digits(s, letters=False):
    """Digits (and, with letters=True, single letters) of a value as said or typed."""
    ws = [t.lower() for t in re.findall(r"[A-Za-z0-9]+", s)]
    out, i = [], 0
    while i < len(ws):
        t = ws[i]
        if t.isdigit():
            out.append(t)
        elif t in ('double', 'triple') and i + 1 < len(ws) and ws[i + 1] in UNITS:
            out.append(UNITS[ws[i + 1]] * (2 if t == 'double' else 3))
            i += 1
        elif t in UNITS:
            out.append(UNITS[t])
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            if i + 1 < len(ws) and ws[i + 1] in UNITS and ws[i + 1] not in ('zero', 'oh'):
                out.append(TENW[t] + UNITS[ws[i + 1]])
                i += 1
            else:
                out.append(TENW[t] + '0')
        elif t == 'hundred':
            out.append('00')
        elif t == 'thousand':
            out.append('000')
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif letters and re.fullmatch(r'[a-z]*\d[a-z0-9]*', t):
            out.append(t.upper())
        i += 1
    return ''.join(out)


STREET = {'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'close',
          'way', 'crescent', 'court', 'ct', 'place', 'pl', 'terrace', 'parade', 'boulevard',
          'blvd', 'row', 'grove', 'hill', 'gardens', 'square', 'mews', 'walk', 'rise', 'view',
          'highway', 'hwy', 'parkway', 'circle', 'trail', 'quay', 'wharf', 'green', 'park',
          'esplanade', 'promenade', 'crossing', 'yard', 'heights', 'vale', 'end', 'brae',
          'wynd', 'loop', 'rue', 'chemin', 'pike', 'path', 'bend', 'street,', 'broadway', 'cove', 'meadow',
          'meadows', 'fields', 'strand', 'glen'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'missus', 'doctor', 'sir', 'madam', 'prof'}
UNIT_WORDS = {'flat', 'apartment', 'apt', 'unit', 'suite'}
PC_RE = [r'\d{5}', r'\d{9}', r'[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}', r'[A-Z]\d[\dW][A-Z\d]{4}',
         r'[A-Z]\d[A-Z]\d[A-Z]\d', r'\d{4}']
NI_RE = r'[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]'
PPS_RE = r'\d{7}[A-W][A-IW]?'


def tfn_ok(d):
    wts = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(c) * x for c, x in zip(d, wts)) % 11 == 0


def ssn_ok(v):
    if re.fullmatch(NI_RE, v) or re.fullmatch(PPS_RE, v):
        return True
    if not v.isdigit():
        return False
    if len(v) == 4:
        return True
    if len(v) == 9:
        a, gp, s = int(v[:3]), int(v[3:5]), int(v[5:])
        if 1 <= a <= 665 and gp >= 1 and s >= 1:
            return True
        return luhn_ok(v) or tfn_ok(v)
    return False


def phone_ok(d):
    if len(d) == 10 and d[0] in '23456789' and d[3:7] == '5550':
        return True                                   # US / Canada 555-01xx
    if len(d) == 11 and d[0] == '1' and d[4:8] == '5550':
        return True
    if len(d) == 11 and d[0] == '0' and (d.startswith('07700900') or d[4:7] == '496' or
                                         d.startswith('0207946')):
        return True                                   # UK drama ranges
    if len(d) == 12 and d.startswith('44'):
        return phone_ok('0' + d[2:])
    if len(d) == 10 and d[0] == '0' and d[2:6] == '5550':
        return True                                   # AU fiction blocks
    if len(d) == 11 and d.startswith('61'):
        return phone_ok('0' + d[2:])
    return False


def exp_ok(t):
    low = t.lower()
    if any(m.lower() in low.split() or m.lower()[:3] in re.findall(r'[a-z]+', low)
           for m in MONTHS):
        return True
    d = spoken_digits(t)
    if len(d) in (3, 5):
        m = int(d[0])
    elif len(d) in (4, 6):
        m = int(d[:2])
    else:
        return False
    return 1 <= m <= 12


def check(cases, meta):
    errs = []
    seen_long, emails, streets = {}, {}, {}
    for c, flags in zip(cases, meta):
        cid = c['case_id']
        utts = c['utterances']
        style = c['style']
        E = lambda m: errs.append('%s: %s' % (cid, m))
        spans_by_u = {}
        for sp in c['pii'] + c['keep']:
            spans_by_u.setdefault(sp['utterance'], []).append(sp)
        for ui, u in enumerate(utts):
            t = u['text']
            if style == 'asr':
                if re.search(r'[A-Z.,?!@;:"]', t):
                    E('asr text has capitals or punctuation: %r' % t)
            sps = sorted(spans_by_u.get(ui, []), key=lambda s: s['start'])
            for a, b in zip(sps, sps[1:]):
                if b['start'] < a['end']:
                    E('overlap in %r' % t)
            covered = [False] * len(t)
            pii_of = [s_ for s_ in sps if s_.get('type') == 'PHONE']
            for s in sps:
                st, en = s['start'], s['end']
                txt = t[st:en]
                if not (0 <= st < en <= len(t)):
                    E('span outside %r' % t)
                    continue
                okstart = txt[0].isalnum() or txt[0] in '$£€' or (txt[0] == '+' and s in pii_of)
                okend = txt[-1].isalnum() or txt[-1] == '%' or txt.endswith(('a.m.', 'p.m.'))
                if not (okstart and okend):
                    E('span edge %r in %r' % (txt, t))
                if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                    E('span inside a word %r in %r' % (txt, t))
                for k in range(st, en):
                    covered[k] = True
            for k, ch in enumerate(t):
                if ch.isdigit() and not covered[k]:
                    E('digit outside spans in %r' % t)
                    break
            # runs of digit words outside spans
            run = 0
            for m in re.finditer(r"[A-Za-z0-9']+", t):
                if covered[m.start()]:
                    run = 0
                    continue
                if m.group().lower() in DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        E('run of digit words outside spans in %r' % t)
                        break
                else:
                    run = 0
            # long utterances unique across cases (span contents masked)
            masked = t
            for s in sorted(sps, key=lambda s: -s['start']):
                masked = masked[:s['start']] + '#' + masked[s['end']:]
            words = re.findall(r"[a-z0-9#']+", masked.lower())
            if len(words) >= 9:
                key = ' '.join(words)
                if key in seen_long and seen_long[key] != cid:
                    E('utterance also in %s: %r' % (seen_long[key], t))
                seen_long.setdefault(key, cid)
        # groups
        groups = {}
        for sp, fl in zip(c['pii'], flags):
            groups.setdefault(sp['group'], []).append((sp, fl))
        for gid, items in groups.items():
            types = {sp['type'] for sp, _ in items}
            if len(types) != 1:
                E('group %s mixes types' % gid)
                continue
            typ = types.pop()
            texts = [utts[sp['utterance']]['text'][sp['start']:sp['end']] for sp, _ in items]
            main = ''.join(spoken_digits(utts[sp['utterance']]['text'][sp['start']:sp['end']])
                           for sp, fl in items if 'x' not in fl)
            partial = any('p' in fl for _, fl in items)
            if typ == 'CARD_NUMBER':
                if partial:
                    if not (3 <= len(main) <= 8):
                        E('partial card %r' % texts)
                elif not (len(main) in (15, 16) and luhn_ok(main) and
                          (len(main) == 16 or main[:2] in ('34', '37'))):
                    E('card %r -> %s' % (texts, main))
            elif typ == 'CVV':
                if not (len(main) in (3, 4) and main.isdigit()):
                    E('cvv %r' % texts)
            elif typ == 'SSN':
                v = ''.join(spoken_digits(x, letters=True) for x in texts)
                if not ssn_ok(v):
                    E('ssn %r -> %s' % (texts, v))
            elif typ == 'PHONE':
                if partial:
                    if len(main) != 4:
                        E('partial phone %r' % texts)
                elif not phone_ok(main):
                    E('phone %r -> %s' % (texts, main))
                for sp, fl in items:
                    if 'x' in fl:
                        xd = spoken_digits(utts[sp['utterance']]['text'][sp['start']:sp['end']])
                        if not 1 <= len(xd) <= 5:
                            E('extension %r' % texts)
            elif typ == 'EXPIRY':
                if not exp_ok(' '.join(texts)):
                    E('expiry %r' % texts)
            elif typ == 'POSTCODE':
                v = ''.join(spoken_digits(x, letters=True) for x in texts)
                if not any(re.fullmatch(p, v) for p in PC_RE):
                    E('postcode %r -> %s' % (texts, v))
            elif typ == 'EMAIL':
                for x in texts:
                    if style == 'asr' or '@' not in x:
                        if '@' in x or not re.search(r'\bat\b.+\bdot\b', x):
                            E('spoken email %r' % x)
                    elif not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', x):
                        E('typed email %r' % x)
                    key = re.sub(r'\W', '', x.lower().replace(' at ', '@').replace(' dot ', '.'))
                    if emails.setdefault(key, cid) != cid:
                        E('email also in %s: %r' % (emails[key], x))
            elif typ == 'ADDRESS':
                for x in texts:
                    ws = re.findall(r"[A-Za-z0-9/']+", x.lower())
                    i0 = 0
                    if ws and ws[0] in UNIT_WORDS:
                        i0 = 2
                    first = ws[i0] if len(ws) > i0 else ''
                    if not (re.fullmatch(r'\d+[a-z]?(/\d+)?', first) or first in UNITS or
                            first in TEENW or first in TENW):
                        E('address start %r' % x)
                    sw = [k for k, t_ in enumerate(ws) if t_ in STREET]
                    if not sw:
                        E('address street word %r' % x)
                        continue
                    nm = [t_ for t_ in ws[i0:sw[0] + 1] if not (t_.isdigit() or t_ in UNITS or
                          t_ in TEENW or t_ in TENW or t_ == 'hundred' or re.fullmatch(r'\d+\D?', t_))]
                    key = ' '.join(nm)
                    if streets.setdefault(key, cid) != cid:
                        E('street also in %s: %r' % (streets[key], x))
            elif typ == 'NAME':
                for x in texts:
                    if re.search(r'\d', x) or any(t_ in TITLES for t_ in re.findall(r'[a-z]+', x.lower())):
                        E('name %r' % x)
            elif typ == 'DOB':
                for x in texts:
                    if not (re.search(r'\d', x) or re.search(r'[a-z]', x.lower())):
                        E('dob %r' % x)
        # look-alikes
        for k in c['keep']:
            t = utts[k['utterance']]['text']
            kd = re.sub(r'\D', '', t[k['start']:k['end']])
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                E('look-alike passes Luhn %r' % kd)
            for p in c['pii']:
                if p['utterance'] != k['utterance']:
                    continue
                pd = spoken_digits(t[p['start']:p['end']])
                if len(pd) >= 3 and kd and pd in kd:
                    E('look-alike holds pii digits %r' % kd)
        # name words
        namew = set()
        for p in c['pii']:
            if p['type'] == 'NAME':
                for t_ in re.findall(r"[A-Za-z']+", utts[p['utterance']]['text'][p['start']:p['end']]):
                    if len(t_) > 1:
                        namew.add(t_.lower())
        for ui, u in enumerate(utts):
            t = u['text']
            cov = [False] * len(t)
            for p in c['pii']:
                if p['utterance'] == ui:
                    for k in range(p['start'], p['end']):
                        cov[k] = True
            for m in re.finditer(r"[A-Za-z']+", t):
                word = m.group().lower()
                if word.endswith("'s"):
                    word = word[:-2]
                if word in namew and not cov[m.start()]:
                    E('name word %r unlabelled in %r' % (m.group(), t))
    return errs


# ----------------------------------------------------------------------------- cases
@case('asr')
def c1():
    did = g.num(7)
    pc = g.ukpc('LS6')
    d, m, y = g.dob()
    sc, ac = g.digits(6), g.num(8)
    p1, p2 = g.amt(180, 420)
    return [
        ('a', "thanks for calling zipride driver support you're through to [[NAME:callum]] who am i speaking with"),
        ('c', "hiya it's [[NAME:darren whitlock]] i'm on the hands free so bear with me"),
        ('a', "no worries [[NAME:darren]] what's happened today"),
        ('c', "my weekly payout never landed it says ((p:%s)) on the app but the bank's got nothing" % money_w(p1, p2, 'pounds')),
        ('a', "okay let's get you verified first can i take your driver id it's in the profile tab"),
        ('c', "yeah it's [[ACCT:%s]]" % w(did)),
        ('a', "and your postcode"),
        ('c', "[[POST:%s]]" % spell(pc)),
        ('a', "lovely and date of birth please"),
        ('c', "[[DOB:%s of %s %s]]" % (ordw(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "thanks that's all matched up i can see the payout bounced back from the bank"),
        ('c', "bounced why would it bounce i've had ((n:forty two)) trips this week"),
        ('a', "the account number on file looks one digit short so let's update it what's the sort code"),
        ('c', "[[ACCT:%s]]" % pairs(sc)),
        ('a', "and the account number"),
        ('c', "[[ACCT:%s]] hang on a van's trying to get past" % w(ac)),
        ('a', "take your time"),
        ('c', "right sorry go on"),
        ('a', "that's updated i'll resend the payout it can take up to ((dur:three working days))"),
        ('c', "cheers mate"),
    ]


@case('transcript')
def c2():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    model = 'TK-' + g.num(3)
    fee = g.amt(39, 69)
    return [
        ('a', "Tapkit seller help, this is Maureen speaking. How can I help?".replace('Maureen', '[[NAME:Maureen]]')),
        ('c', "Hi Maureen, I run a stall at the Sunday market and my card reader's died. I need a replacement before the weekend.".replace('Maureen', '[[NAME:Maureen]]')),
        ('a', "Sorry to hear that. Which model is it?"),
        ('c', "It's the ((m:%s)), the grey one." % model),
        ('a', "Okay. The replacement is ((p:£%d.%02d)) and ships next day if we take payment before ((t:4pm))." % fee),
        ('c', "Fine, let's do it. Card's a Visa."),
        ('a', "Go ahead with the long number when you're ready."),
        ('c', "[[CARD#a:%s %s]]..." % (b[0], b[1])),
        ('a', "Mm-hmm."),
        ('c', "[[CARD#a:%s %s]]." % (b[2], b[3])),
        ('a', "Thank you. So that's a card ending [[CARD!p:%s]]. And the expiry?" % b[3]),
        ('c', "[[EXP:%02d/%d]]." % (mm, yy % 100)),
        ('a', "And the three digits on the back?"),
        ('c', "[[CVV:%s]]." % cv),
        ('a', "Lovely. Can I get the name of the cardholder?"),
        ('c', "Olu Adebayo-Grant, that's me.".replace('Olu Adebayo-Grant', '[[NAME:Olu Adebayo-Grant]]')),
        ('a', "Payment's gone through, Olu. The reader will be with you tomorrow.".replace('Olu', '[[NAME:Olu]]')),
        ('c', "Brilliant, thanks."),
    ]


@case('asr')
def c3():
    card = g.mc()
    b = blocks(card)
    wrong = g.digits(4)
    mm, yy = g.exp()
    cv = g.cvv()
    dep = g.ri(150, 400)
    return [
        ('a', "staywell hosts team this is [[NAME:priyanka]] how can i help"),
        ('c', "hi priyanka".replace('priyanka', '[[NAME:priyanka]]') + " i'm a host in galway and i need to pay the damage deposit on the new listing before it goes live"),
        ('a', "sure thing that's the ((p:%s euro)) refundable hold is it" % num_words(dep)),
        ('c', "that's the one"),
        ('a', "what name is the listing under"),
        ('c', "[[NAME:siobhan mac giolla]] it's my own name not a company"),
        ('a', "great and the card number when you're ready"),
        ('c', "[[CARD#a:%s]] um [[CARD#a:%s]] [[CARD#a!x:%s]] no sorry that's wrong [[CARD#a:%s]] and then [[CARD#a:%s]]"
         % (w(b[0]), w(b[1]), w(wrong), w(b[2]), w(b[3]))),
        ('a', "okay just so i have it right the third block is [[CARD!p:%s]]" % w(b[2])),
        ('c', "yes that's it i was reading the wrong line of my notes"),
        ('a', "no problem and when does it expire"),
        ('c', "[[EXP:%s %s]]" % (MONTHS[mm - 1].lower(), yearw(yy))),
        ('a', "and the security code on the back"),
        ('c', "[[CVV:%s]]" % wd(cv)),
        ('a', "thanks the hold will drop off ((dur:seven days)) after the guest checks out"),
        ('c', "grand thanks a million"),
    ]


@case('transcript')
def c4():
    sin = g.sin()
    pc = g.capc('M')
    hn = g.house()
    ph = g.us_phone('416')
    earn = g.amt(9000, 24000)
    yr = g.ri(2023, 2025)
    return [
        ('a', "Hello, you've reached Dashly courier tax support. My name is [[NAME:Tobias]]."),
        ('c', "Hi [[NAME:Tobias]], I got a message saying my tax slip can't be issued because my SIN is missing?"),
        ('a', "Let's sort that. Who am I speaking with?"),
        ('c', "[[NAME:Jasmine Okoro]]. I deliver in Toronto, mostly evenings."),
        ('a', "Thanks, [[NAME:Jasmine]]. Can you confirm your home address?"),
        ('c', "[[ADDR:%s Dufferin Street, Unit 4]], Toronto, [[POST:%s]]." % (hn, pc)),
        ('a', "And a contact number?"),
        ('c', "[[PHONE:%s-%s-%s]]." % (ph[:3], ph[3:6], ph[6:])),
        ('a', "Great. Now the Social Insurance Number, please. All nine digits."),
        ('c', "[[SSN:%s %s %s]]." % (sin[:3], sin[3:6], sin[6:])),
        ('a', "Got it. Your earnings for ((y:%d)) show as ((p:$%d.%02d)). Does that look right?" % ((yr,) + earn)),
        ('c', "Sounds about right. I did ((n:212)) deliveries or so."),
        ('a', "Perfect. The slip will be ready within ((dur:48 hours)) under the Documents tab."),
        ('c', "Thank you so much."),
    ]


@case('asr')
def c5():
    ssn = g.ssn()
    rt, ac = g.num(9), g.num(10)
    wk = g.amt(600, 1100)
    return [
        ('a', "zipride payments you've got [[NAME:marcus]] am i speaking with the account holder"),
        ('c', "yeah this is [[NAME:terrell jameson]] i'm parked outside a pickup so i got like five minutes"),
        ('a', "i'll be quick for security can you give me the last four of your social"),
        ('c', "[[SSN:%s]]" % w(ssn[-4:])),
        ('a', "thank you and what's the email on the account"),
        ('c', "[[EMAIL:t jameson drives at gmail dot com]]"),
        ('a', "perfect what can i do for you today"),
        ('c', "i switched banks and i need the direct deposit moved before friday's payout it's like ((p:%s)) this week" % money_w(wk[0], 0, 'dollars')),
        ('a', "okay go ahead with the routing number"),
        ('c', "[[ACCT:%s]]" % w(rt)),
        ('a', "and the checking account number"),
        ('c', "[[ACCT#a:%s]] uh [[ACCT#a:%s]]" % (w(ac[:5]), w(ac[5:]))),
        ('a', "let me read that back account [[ACCT:%s]]" % w(ac)),
        ('c', "yep"),
        ('a', "you're all set friday's deposit goes to the new bank"),
        ('c', "appreciate it man my rider's coming out gotta go"),
    ]


@case('transcript')
def c6():
    bsb, ac = g.digits(6), g.num(9)
    abn = g.num(11)
    ph = g.au_phone()
    pc = g.aupc('VIC')
    hn = g.house()
    rate = g.ri(5, 9)
    return [
        ('a', "G'day, Makerloft seller support, [[NAME:Bronwyn]] here."),
        ('c', "Hi [[NAME:Bronwyn]], it's [[NAME:Hamish Tran]]. I sell ceramics on Makerloft, shop's called Kiln and Crumb."),
        ('a', "Lovely. How can I help today, [[NAME:Hamish]]?"),
        ('c', "My payouts are going to an old account. I need to change the BSB and account."),
        ('a', "No worries. First I'll send a code to the mobile on file, can you confirm it?"),
        ('c', "It's [[PHONE:%s %s %s]]." % (ph[:2], ph[2:6], ph[6:])),
        ('a', "Code's sent. Read me the six digits when they arrive."),
        ('c', "Got it, ((o:%s))." % g.digits(6)),
        ('a', "Thanks. Go ahead with the BSB."),
        ('c', "[[ACCT:%s-%s]]." % (bsb[:3], bsb[3:])),
        ('a', "And the account number?"),
        ('c', "[[ACCT:%s]]." % ac),
        ('a', "Done. While I've got you, your ABN on file is ((o:%s %s %s %s)), is that still current?" % (abn[:2], abn[2:5], abn[5:8], abn[8:])),
        ('c', "Yep, that's right."),
        ('a', "And the shop address is still [[ADDR:%s Sydney Road]], Brunswick, [[POST:%s]]?" % (hn, pc)),
        ('c', "Still there. Oh, and is the fee still ((pct:%d%%))?" % rate),
        ('a', "It is, plus ((p:30c)) per order."),
        ('c', "Fine. Cheers, [[NAME:Bronwyn]]."),
    ]


@case('asr')
def c7():
    card = g.card()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv(4 if len(card) == 15 else 3)
    acc = g.num(8)
    return [
        ('i', "welcome to tapkit to order a replacement reader please say or enter your merchant number"),
        ('c', "[[ACCT:%s]]" % w(acc)),
        ('i', "thank you please say or enter the card number you'd like to pay with"),
        ('c', "[[CARD#a:%s]] hold on [[CARD#a:%s]]" % (w(' '.join(b[:2]).replace(' ', '')), w(''.join(b[2:])))),
        ('i', "you said a card ending in [[CARD!p:%s]] is that correct" % w(b[-1][-4:])),
        ('c', "yes"),
        ('i', "please say the expiry date month and year"),
        ('c', "[[EXP:%s %s]]" % (w('%02d' % mm), pairs(str(yy % 100)))),
        ('i', "and the security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('i', "thank you your payment of ((p:fifty nine pounds)) has been taken your reader will arrive in ((dur:one to two working days))"),
        ('c', "finally"),
        ('i', "to speak to an advisor about your order say advisor"),
        ('c', "advisor"),
        ('a', "hi you're through to [[NAME:kerry]] i can see you've just ordered a reader"),
        ('c', "yeah i just want to check it'll work with my old stand it's a ((m:%s)) stand" % ('ts ' + w(g.num(2)))),
        ('a', "it will yes the new readers all fit that stand"),
        ('c', "lovely thanks kerry".replace('kerry', '[[NAME:kerry]]')),
    ]


@case('transcript')
def c8():
    pps = g.pps()
    hn = g.house(1, 90)
    eir = g.eircode('D07')
    iban = 'IE' + g.digits(2) + 'BOFI' + g.digits(14)
    em = 'aoife.keane.cleans@eircom.net'
    return [
        ('a', "Tidyhands, you're speaking with [[NAME:Declan]]. How can I help?"),
        ('c', "Hi [[NAME:Declan]], this is [[NAME:Aoife Keane]]. I'm a cleaner on the app and my first payout is on hold."),
        ('a', "Let me look. Can you confirm the e-mail on your account?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "Thanks, [[NAME:Aoife]]. The hold is because we don't have your PPS number yet."),
        ('c', "Oh, I thought I'd put it in. It's [[SSN:%s]]." % pps),
        ('a', "Got that. And the address for your tax records?"),
        ('c', "[[ADDR:%s Prussia Street, Stoneybatter, Dublin 7]], [[POST:%s]]." % (hn, eir)),
        ('a', "And we'll pay into the IBAN we already hold, is that right?"),
        ('c', "Sorry, which one? I have two accounts."),
        ('a', "Could you read me the full IBAN you'd like us to use?"),
        ('c', "[[ACCT:%s %s %s %s %s %s]]." % (iban[:4], iban[4:8], iban[8:12], iban[12:16], iban[16:20], iban[20:])),
        ('a', "Perfect. The hold should lift within ((dur:24 hours))."),
        ('c', "Great. I've ((n:three)) jobs tomorrow so that's a relief."),
        ('a', "Anything else, [[NAME:Aoife]]?"),
        ('c', "No, that's it. Thanks, [[NAME:Declan]]."),
    ]


@case('asr')
def c9():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    zp = g.zip('787')
    return [
        ('a', "basketrun shopper support this is [[NAME:alondra]]"),
        ('c', "hey alondra".replace('alondra', '[[NAME:alondra]]') + " i need to buy the insulated bag kit the app keeps saying my payment failed"),
        ('a', "i can take it over the phone it's ((p:twenty four ninety nine)) plus tax"),
        ('c', "okay i'm on a doorstep right now dropping off so gimme a sec"),
        ('a', "sure"),
        ('c', "okay ready card is [[CARD#a:%s]]" % w(b[0])),
        ('a', "mm-hmm"),
        ('c', "[[CARD#a:%s]]" % w(b[1])),
        ('a', "okay"),
        ('c', "[[CARD#a:%s %s]]" % (w(b[2]), w(b[3]))),
        ('a', "so i have [[CARD:%s]]" % ' '.join(w(x) for x in b)),
        ('c', "that's right"),
        ('a', "expiration"),
        ('c', "[[EXP:%s slash %s]]" % (w('%02d' % mm, 'zero'), pairs(str(yy % 100)))),
        ('a', "cvv"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "and the billing zip"),
        ('c', "[[POST:%s]]" % w(zp, 'zero')),
        ('a', "that went through the kit ships to the address on your shopper profile"),
        ('c', "sweet thanks"),
    ]


@case('transcript')
def c10():
    d, m, y = g.dob(1985, 2001)
    pc = g.ukpc('BS7')
    utr = g.num(10)
    hrs = g.ri(11, 19)
    rate = g.ri(22, 35)
    return [
        ('a', "Tutorly tutor support, Gemma speaking.".replace('Gemma', '[[NAME:Gemma]]')),
        ('c', "Hiya. I'm a maths tutor on the platform, my name's [[NAME:Rhys Pritchard-Evans]]."),
        ('a', "Hi [[NAME:Rhys]]. What can I do for you?"),
        ('c', "I taught ((q:%d hours)) last month at ((p:£%d an hour)) and the statement only shows half of it." % (hrs, rate)),
        ('a', "Let me pull that up. Can you confirm your date of birth?"),
        ('c', "[[DOB:%d %s %d]]." % (d, MONTHS[m - 1], y)),
        ('a', "And your postcode?"),
        ('c', "[[POST:%s]]." % pc),
        ('a', "Thanks. I can see two lessons were flagged as disputed by a parent, which froze those fees."),
        ('c', "Which ones? All my students turned up."),
        ('a', "The sessions on ((d:3 March)) and ((d:10 March)), both at ((t:6:30pm))."),
        ('c', "Those definitely happened. I've got the lesson notes."),
        ('a', "Upload them in the dispute screen and I'll escalate it today. Also, we still need your UTR for the annual summary."),
        ('c', "Sure, it's [[ACCT:%s %s]]." % (utr[:5], utr[5:])),
        ('a', "Added. Anything else, [[NAME:Rhys]]?"),
        ('c', "No, that's everything. Cheers."),
    ]


@case('asr')
def c11():
    plate = g.letters(4, 'ABCDEFGHJKLMNPRSTVWXYZ') + ' ' + g.num(3)
    lic = 'd' + g.digits(4) + '-' + g.digits(5) + '-' + g.digits(5)
    hn = g.house(10, 400)
    pc = g.capc('T')
    return [
        ('a', "zipride canada driver care this is [[NAME:nathalie]]"),
        ('c', "hi nathalie".replace('nathalie', '[[NAME:nathalie]]') + " i got a new car and i need to put it on my profile before tonight"),
        ('a', "congrats who am i speaking with"),
        ('c', "[[NAME:gurpreet sandhu]]"),
        ('a', "thanks [[NAME:gurpreet]] what's the plate on the new vehicle"),
        ('c', "[[ACCT:%s]]" % spell(plate)),
        ('a', "and the make model and year"),
        ('c', "it's a ((y:twenty twenty one)) camry hybrid about ((q:forty thousand k)) on it"),
        ('a', "perfect i also need your driver's licence number since the insurance is in your name"),
        ('c', "[[ACCT#a:%s]] sorry [[ACCT#a:%s]]" % (spell(lic[:5]), spell(lic[6:]))),
        ('a', "and is your address still [[ADDR:%s %s]]" % (hw(hn), 'mcknight boulevard northeast')),
        ('c', "yeah same place calgary [[POST:%s]]" % spell(pc)),
        ('a', "okay i've sent the inspection form to your email it needs doing within ((dur:fourteen days))"),
        ('c', "can i still drive tonight"),
        ('a', "yes on the old car only until the new one's approved"),
        ('c', "fair enough thanks"),
    ]


@case('transcript')
def c12():
    c1 = g.amex()
    c2 = g.visa()
    b2 = blocks(c2)
    mm, yy = g.exp()
    cv = g.cvv()
    fee = g.amt(85, 140)
    return [
        ('a', "Staywell host billing, this is [[NAME:Corinne]]."),
        ('c', "Hi [[NAME:Corinne]]. It's [[NAME:Dale Whitfield]], I host two cabins near Asheville. I owe the deep-clean fee for the spring listing."),
        ('a', "I see it: ((p:$%d.%02d)). Card on file or a new one?" % fee),
        ('c', "New one. It's an Amex, [[CARD:%s]]." % cg(c1)),
        ('a', "Thank you. And the expiry?"),
        ('c', "Actually, hold on. My wife says don't use that one, it's the business card. Let me get the Visa instead."),
        ('a', "No problem, I'll discard the Amex."),
        ('c', "Okay. [[CARD#a:%s %s %s]]" % tuple(b2[:3])),
        ('a', "Yes?"),
        ('c', "[[CARD#a:%s]]. Expiry [[EXP:%d/%d]], code [[CVV:%s]]." % (b2[3], mm, yy, cv)),
        ('a', "Processing now... That's approved, on the Visa ending [[CARD!p:%s]]." % b2[3]),
        ('c', "Great. While I have you, the second cabin's cleaning crew reported a broken lamp."),
        ('a', "You can file that as a damage claim within ((dur:14 days)) of checkout."),
        ('c', "Will do. Thanks, [[NAME:Corinne]]."),
    ]


@case('asr')
def c13():
    ph = g.au_phone()
    d, m, y = g.dob(1990, 2004)
    hn = g.house(2, 60)
    pc = g.aupc('QLD')
    return [
        ('a', "hi you're through to dashly rider support my name's [[NAME:kirra]]"),
        ('c', "hey kirra".replace('kirra', '[[NAME:kirra]]') + " it's [[NAME:liam fotheringham]] i got a new phone number and now i can't log in"),
        ('a', "no dramas we'll fix that can you tell me your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (ordw(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "and the address on your rider profile"),
        ('c', "[[ADDR:%s wickham terrace]] spring hill [[POST:%s]]" % (num_words(int(hn)), w(pc))),
        ('a', "lovely and what's the new number"),
        ('c', "[[PHONE#a:%s]] um [[PHONE#a:%s]]" % (w(ph[:6]), w(ph[6:]))),
        ('a', "so that's [[PHONE:%s]]" % w(ph)),
        ('c', "yep"),
        ('a', "i've sent a text to it can you read me the code"),
        ('c', "it says ((o:%s))" % w(g.digits(4))),
        ('a', "perfect you should be able to log in now"),
        ('c', "legend i've got ((n:six)) orders stacked up so that's good timing"),
        ('a', "go get em"),
    ]


@case('transcript')
def c14():
    pid = 'PO' + g.num(8)
    ref = g.fail_luhn(16)
    amt = g.amt(240, 900)
    ph = g.uk_mob()
    return [
        ('i', "Welcome to Makerloft seller payments. Please enter your seller ID, followed by the hash key."),
        ('c', "[[ACCT:%s]]" % pid[2:]),
        ('i', "You entered [[ACCT:%s]]. If this is correct, press ((o:1))." % ' '.join(pid[2:])),
        ('c', "((o:1))"),
        ('i', "Your last payout of ((p:£%d.%02d)) was sent on ((d:12 May)). The payout reference is ((o:%s))." % (amt + (ref,))),
        ('i', "To speak to an adviser, press ((o:0))."),
        ('c', "((o:0))"),
        ('a', "Hello, Makerloft payments, [[NAME:Farida]] speaking."),
        ('c', "Hi [[NAME:Farida]], I'm [[NAME:Beatrix Holloway]]. My payout says sent but it's not in my bank."),
        ('a', "I can see it left us. Banks can take up to ((dur:two working days)). Can I confirm your mobile?"),
        ('c', "It's [[PHONE:%s %s]]." % (ph[:5], ph[5:])),
        ('a', "Thanks, [[NAME:Beatrix]]. If it's not there by Thursday, call back quoting that reference and we'll trace it."),
        ('c', "Okay, thank you."),
    ]


@case('asr')
def c15():
    card = g.amex()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv(4)
    fee = g.ri(2, 3)
    return [
        ('a', "tapkit merchant line [[NAME:owen]] speaking"),
        ('c', "hiya owen".replace('owen', '[[NAME:owen]]') + " i've got a veg stall at the market and i want to upgrade to the reader with the printer"),
        ('a', "the ((m:tk pro two)) that's ((p:one hundred and nine pounds))"),
        ('c', "what's the fee on that one is it still ((pct:one point %s percent))" % num_words(fee * 3)),
        ('a', "same fee yeah shall i take payment now"),
        ('c', "go on it's an amex [[CARD#a!x:%s]] oh hang on i've started wrong [[CARD#a:%s]]" % (w(b[0][:2]), w(b[0]))),
        ('a', "no rush"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (w(b[1]), w(b[2]))),
        ('a', "could you repeat the middle bit please the six digits"),
        ('c', "[[CARD#a!x:%s]]" % w(b[1])),
        ('a', "got it and the four digit code on the front"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "expiry"),
        ('c', "[[EXP:%s of %s]]" % (MONTHS[mm - 1].lower(), yearw(yy))),
        ('a', "lovely card ending [[CARD!p:%s]] that's gone through" % w(b[2][-4:])),
        ('c', "champion what time's the courier come"),
        ('a', "they deliver between ((t:eight)) and ((t:six)) tomorrow"),
        ('c', "i'll be at the stall from ((t:five)) so send it there"),
        ('a', "no problem i'll add a delivery note"),
    ]


@case('transcript')
def c16():
    ein = g.num(9)
    hn = g.house(100, 9000)
    zp = g.zip('972')
    ph = g.us_phone('503')
    ext = g.num(3)
    em = 'brightnest.cleaning.pdx@outlook.com'
    return [
        ('a', "Tidyhands Pro, this is [[NAME:Shauna]]. How can I help?"),
        ('c', "Hi [[NAME:Shauna]], [[NAME:Esperanza Villalobos]]. I run a small cleaning crew in Portland and I need our ((o:1099)) info fixed."),
        ('a', "Sure. Are you filing under your own name or a business?"),
        ('c', "Business now. We got an EIN last month: [[ACCT:%s-%s]]." % (ein[:2], ein[2:])),
        ('a', "Thanks. And the business address?"),
        ('c', "[[ADDR:%s SE Division Street, Suite 210]], Portland, OR [[POST:%s]]." % (hn, zp)),
        ('a', "Best number to reach you?"),
        ('c', "The office line, [[PHONE#a:%s-%s-%s]] extension [[PHONE#a!x:%s]]." % (ph[:3], ph[3:6], ph[6:], ext)),
        ('a', "And the e-mail for tax forms?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "All updated, Esperanza. Forms go out by ((d:January 31)).".replace('Esperanza', '[[NAME:Esperanza]]')),
        ('c', "Thanks so much."),
    ]


@case('transcript')
def c17():
    card = g.mc()
    b = blocks(card)
    bad = g.digits(4)
    mm, yy = g.exp()
    cv = g.cvv()
    em = 'halvorsen.lets@protonmail.com'
    return [
        ('a', "Staywell, Ingrid speaking.".replace('Ingrid', '[[NAME:Ingrid]]')),
        ('c', "Hi, I'm calling from my car so apologies for the noise. [[NAME:Nils Halvorsen]], host account."),
        ('a', "No problem, [[NAME:Nils]]. Can you confirm the e-mail on the host account?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "Thanks. What do you need today?"),
        ('c', "The listing was paused because the card for the host fee expired. I want to add a new one."),
        ('a', "Sure. The annual fee is ((p:$49)). Go ahead."),
        ('c', "[[CARD#a:%s]]... [[CARD#a:%s]]..." % (b[0], b[1])),
        ('a', "Okay."),
        ('c', "[[CARD#a!x:%s]], no, sorry, [[CARD#a:%s]], then [[CARD#a:%s]]." % (bad, b[2], b[3])),
        ('a', "Let me read it back: [[CARD:%s]]." % cg(card)),
        ('c', "Correct."),
        ('a', "Expiry date?"),
        ('c', "[[EXP:%s %d]]." % (MONTHS[mm - 1], yy)),
        ('a', "And the CVC?"),
        ('c', "[[CVV:%s]]." % cv),
        ('a', "All set. The listing will be live again in about ((dur:ten minutes))."),
        ('c', "Perfect, I've got guests arriving at ((t:3 o'clock))."),
    ]


@case('asr')
def c18():
    ni = g.ni()
    d, m, y = g.dob(1970, 1995)
    sc, ac = g.digits(6), g.num(8)
    miles = g.ri(1200, 2400)
    return [
        ('a', "good afternoon haulbee courier partners you're speaking with [[NAME:ravinder]]"),
        ('c', "hello ravinder".replace('ravinder', '[[NAME:ravinder]]') + " it's [[NAME:malcolm ferguson]] i do the van rounds out of paisley"),
        ('a', "hi [[NAME:malcolm]] how can i help"),
        ('c', "i'm setting up as self employed with you and the form wants my national insurance number and i don't know where to put it"),
        ('a', "i can add it for you what is it"),
        ('c', "[[SSN:%s]]" % spell(ni)),
        ('a', "and just to confirm your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (w('%02d' % d), w('%02d' % m), yearw(y))),
        ('a', "that's matched your payout details are they still the same bank"),
        ('c', "no new bank sort code [[ACCT:%s]]" % wd(sc)),
        ('a', "mm-hmm"),
        ('c', "account [[ACCT:%s]]" % w(ac)),
        ('a', "brilliant and for your mileage claim last month you logged ((q:%s miles)) is that right" % num_words(miles)),
        ('c', "aye sounds about right the van's been everywhere"),
        ('a', "okay that's all saved"),
        ('c', "cheers hen"),
    ]


@case('transcript')
def c19():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    pc = g.ukpc('CF24')
    hn = g.house(3, 120)
    cnt = g.ri(40, 90)
    return [
        ('a', "Craftbarn seller support, you're speaking to [[NAME:Eleri]]."),
        ('c', "Hi [[NAME:Eleri]]. I need to pay for a featured listing, I sell knitted blankets."),
        ('a', "Lovely. Name on the shop?"),
        ('c', "It's under [[NAME:Gwen Maddox]]."),
        ('a', "Thanks, [[NAME:Gwen]]. The featured slot is ((p:£15)) a week, and your shop's had ((n:%d)) sales this quarter so you qualify." % cnt),
        ('c', "Great. Card number is [[CARD#a:%s]]." % ' '.join(b[:2])),
        ('a', "Yes, go on."),
        ('c', "Sorry, my son's shouting. [[CARD#a:%s]]." % ' '.join(b[2:])),
        ('a', "I've got a card ending [[CARD!p:%s]]. Expiry?" % b[3]),
        ('c', "It says valid thru [[EXP:%02d/%02d]]." % (mm, yy % 100)),
        ('a', "And the security number?"),
        ('c', "[[CVV:%s]]." % cv),
        ('a', "Billing address?"),
        ('c', "[[ADDR:%s Richmond Road]], Cardiff, [[POST:%s]]." % (hn, pc)),
        ('a', "Done, [[NAME:Gwen]]. It starts tomorrow morning."),
        ('c', "Diolch, thank you."),
    ]


@case('asr')
def c20():
    tfn = g.tfn()
    em = 'jess k moana at outlook dot com'
    pc = g.aupc('NSW')
    hn = g.house(1, 80)
    return [
        ('a', "hi there tutorly australia it's [[NAME:dominic]]"),
        ('c', "hi dominic".replace('dominic', '[[NAME:dominic]]') + " my name's [[NAME:jessica moana]] i tutor english online"),
        ('a', "hi [[NAME:jessica]] what can i do"),
        ('c', "i got an email saying i need to give my tax file number or you'll withhold like ((pct:forty seven percent))"),
        ('a', "that's right if we don't have it we have to withhold at the top rate can you confirm your email first"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "thanks and your address"),
        ('c', "[[ADDR:unit %s %s bondi road]] bondi [[POST:%s]]" % (w(str(g.ri(1, 9))), num_words(int(hn)), w(pc))),
        ('a', "perfect go ahead with the tax file number"),
        ('c', "[[SSN#a:%s]] uh [[SSN#a:%s]] [[SSN#a:%s]]" % (w(tfn[:3]), w(tfn[3:6]), w(tfn[6:]))),
        ('a', "got it that's saved you won't see the withholding on the next payout"),
        ('c', "amazing the next one's on thursday right"),
        ('a', "yep thursdays around ((t:midday))"),
        ('c', "cool thanks heaps"),
    ]


@case('asr')
def c21():
    ph = g.us_phone('312')
    em = 'kofi mensah rides at yahoo dot com'
    fare = g.amt(38, 75)
    return [
        ('a', "zipride driver support [[NAME:brianna]] speaking"),
        ('c', "yeah hi it's [[NAME:kofi mensah]] i'm at o'hare in the rideshare lot"),
        ('a', "hi [[NAME:kofi]] what's going on"),
        ('c', "my rider's flight got in late ((f:ua %s)) and he cancelled after i waited ((dur:twenty five minutes)) i should get the cancel fee" % pairs(g.num(4))),
        ('a', "let me check the trip was it the ((p:%s)) fare to evanston" % money_w(fare[0], fare[1])),
        ('c', "that's the one"),
        ('a', "okay i can see you waited past the ((dur:five minute)) window so i'll add the fee"),
        ('c', "thank you also can you update my phone my old number's still on there"),
        ('a', "sure what's the new one"),
        ('c', "[[PHONE:%s]]" % w(ph)),
        ('a', "and the email is still [[EMAIL:%s]]" % em),
        ('c', "yes sir"),
        ('a', "you're all set you'll see the fee in ((dur:about an hour))"),
        ('c', "appreciate you"),
    ]


@case('transcript')
def c22():
    c1 = g.mc()
    b = blocks(c1)
    mm, yy = g.exp()
    cv = g.cvv()
    bond = g.ri(200, 500)
    ph = g.au_phone()
    return [
        ('a', "Haulbee Australia, courier partner help. Tahnee speaking.".replace('Tahnee', '[[NAME:Tahnee]]')),
        ('c', "Hi [[NAME:Tahnee]], [[NAME:Bartholomew Nguyen]]. I'm picking up the branded van this arvo and need to pay the bond."),
        ('a', "No worries, [[NAME:Bart]]. The bond is ((p:$%d)), refunded when the van comes back." % bond),
        ('c', "Yep. Mastercard. [[CARD#a:%s %s]]." % (b[0], b[1])),
        ('a', "Got that."),
        ('c', "[[CARD#a:%s]]. Hang on, truck going past. [[CARD#a:%s]]." % (b[2], b[3])),
        ('a', "Sorry, I lost the last block in the noise, could you say it again?"),
        ('c', "[[CARD#a!x:%s]]." % b[3]),
        ('a', "Thanks. Expiry and the code on the back?"),
        ('c', "Expires [[EXP:%02d/%d]] and the code's [[CVV:%s]]." % (mm, yy, cv)),
        ('a', "Approved. The depot will text you on [[PHONE:%s %s %s]] when the van's ready, is that right?" % (ph[:2], ph[2:6], ph[6:])),
        ('c', "That's the one. Pickup's at ((t:2:15)), yeah?"),
        ('a', "Yep, ((t:2:15)) at the Botany depot, gate ((o:4))."),
        ('c', "Legend, thanks."),
    ]


@case('asr')
def c23():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    hn = g.house(5, 99)
    pc = g.ukpc('M20')
    return [
        ('i', "thank you for calling craftbarn to pay your seller fees by card say pay now"),
        ('c', "pay now"),
        ('i', "please say your card number"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]] [[CARD#a:%s]] [[CARD#a:%s]]" % tuple(w(x) for x in b)),
        ('i', "i heard [[CARD:%s]] is that right" % ' '.join(w(x) for x in b)),
        ('c', "yes"),
        ('i', "please say the expiry date"),
        ('c', "[[EXP:%s %s]]" % (num_words(mm), pairs(str(yy)))),
        ('i', "please say the three digit security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('i', "please say the first line of the billing address"),
        ('c', "[[ADDR:%s lapwing lane]]" % num_words(int(hn))),
        ('i', "and the postcode"),
        ('c', "[[POST:%s]]" % spell(pc)),
        ('i', "thank you a payment of ((p:twelve pounds fifty)) has been taken your receipt number is ((o:%s))" % w(g.num(6))),
        ('c', "okay"),
        ('i', "goodbye"),
    ]


@case('transcript')
def c24():
    d, m, y = g.dob(1960, 1990)
    hn = g.house(10, 500)
    zp = g.zip('021')
    acct = 'HST-' + g.num(6)
    nights = g.ri(3, 9)
    return [
        ('a', "Staywell trust and safety, this is [[NAME:Marguerite]]."),
        ('c', "Hi, this is [[NAME:Donovan Price]]. I host a guest suite in Somerville and a guest says I charged them twice."),
        ('a', "Let's take a look. Host account number?"),
        ('c', "[[ACCT:%s]]." % acct),
        ('a', "And for verification, your date of birth?"),
        ('c', "[[DOB:%s %d, %d]]." % (MONTHS[m - 1], d, y)),
        ('a', "And the listing address?"),
        ('c', "[[ADDR:%s Highland Avenue, Apt 2]], Somerville, [[POST:%s]]." % (hn, zp)),
        ('a', "Thanks, [[NAME:Donovan]]. I see a ((n:%d))-night booking, checked in ((d:June 3rd)), and a separate cleaning charge of ((p:$75))." % nights),
        ('c', "Right, the cleaning fee is separate. That's not a double charge."),
        ('a', "Agreed. I'll explain that to the guest and close the case."),
        ('c', "Thank you. My rating dropped to ((o:4.6)) over this."),
        ('a', "Reviews about fees can be appealed within ((dur:30 days)). I'll send you the link."),
        ('c', "Appreciate it."),
    ]


@case('asr')
def c25():
    ssn = g.ssn()
    em = 'lakeshia bell cleans at gmail dot com'
    d, m, y = g.dob(1975, 1998)
    return [
        ('a', "tidyhands this is [[NAME:grant]] how can i help you"),
        ('c', "hi [[NAME:grant]] this is [[NAME:lakeshia bell]] i need to fix my social on my tax form it's got a typo"),
        ('a', "okay i'm gonna need to verify you first what's your email"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "and your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (MONTHS[m - 1].lower(), ordw(d), yearw(y))),
        ('a', "thank you what does the form currently show"),
        ('c', "it shows [[SSN:%s]] but the middle bit should be different" % w(g.ssn())),
        ('a', "okay go ahead with the correct full number"),
        ('c', "[[SSN#a:%s]] [[SSN#a:%s]] [[SSN#a:%s]]" % (w(ssn[:3]), w(ssn[3:5]), w(ssn[5:]))),
        ('a', "thank you so the last four are [[SSN:%s]]" % w(ssn[5:])),
        ('c', "correct"),
        ('a', "the corrected form will be in your documents in ((dur:about a week))"),
        ('c', "okay cool i cleaned like ((n:ninety)) houses last year i don't want the irs on me"),
        ('a', "ha you'll be fine"),
    ]


@case('transcript')
def c26():
    acc = g.num(8)
    sc = g.digits(6)
    em = 'tomasz.wojcik.deliveries@gmail.com'
    pc = g.ukpc('NG7')
    bonus = g.ri(40, 90)
    return [
        ('a', "Dashly UK rider team, [[NAME:Lauren]] speaking."),
        ('c', "Hi [[NAME:Lauren]], it's [[NAME:Tomasz Wojcik]]. I deliver on a bike in Nottingham."),
        ('a', "Hi [[NAME:Tomasz]], what can I help with?"),
        ('c', "I hit the ((n:60)) orders for the weekend bonus but I didn't get the ((p:£%d))." % bonus),
        ('a', "Let me check. Can I confirm your e-mail and postcode?"),
        ('c', "[[EMAIL:%s]], and [[POST:%s]]." % (em, pc)),
        ('a', "Thanks. It looks like ((n:four)) of those orders were on Monday after ((t:midnight)), so they counted for the next week."),
        ('c', "That's harsh, I started them on Sunday night."),
        ('a', "I'll raise it with the bonus team. Also, your payout account is showing as unverified. Is it still sort code [[ACCT:%s-%s-%s]]?" % (sc[:2], sc[2:4], sc[4:])),
        ('c', "Yes, and account [[ACCT:%s]]." % acc),
        ('a', "Great, I've re-verified it. You'll hear about the bonus in ((dur:48 hours))."),
        ('c', "Thanks."),
    ]


@case('asr')
def c27():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    ph = g.uk_mob()
    return [
        ('a', "hello tapkit this is [[NAME:imogen]]"),
        ('c', "hiya i'm on a doorstep selling honey at a farm gate and my reader's saying insufficient balance for the monthly plan"),
        ('a', "oh dear that'll be the plan fee of ((p:nine pounds ninety nine)) can i take your name"),
        ('c', "[[NAME:gareth penhaligon]]"),
        ('a', "and the mobile on the account [[NAME:gareth]]"),
        ('c', "[[PHONE:%s]]" % wd(ph)),
        ('a', "lovely would you like to pay with a different card"),
        ('c', "yeah do the other one [[CARD#a:%s]] [[CARD#a:%s]]" % (pairs(b[0]), pairs(b[1]))),
        ('a', "mm-hmm"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (pairs(b[2]), pairs(b[3]))),
        ('a', "and that ends [[CARD!p:%s]] yes" % pairs(b[3])),
        ('c', "yeah"),
        ('a', "expiry and the three digit code"),
        ('c', "[[EXP:%s %s]] code [[CVV:%s]]" % (w('%02d' % mm), pairs(str(yy % 100)), w(cv))),
        ('a', "that's paid your reader will wake up in ((dur:a couple of minutes))"),
        ('c', "smashing i've sold ((n:eleven)) jars already today cash only"),
    ]


@case('transcript')
def c28():
    lic = g.letters(5, 'ABCDEFGHJKLMNPRSTWY') + g.digits(6) + g.letters(2) + g.num(1) + g.letters(2)
    plate = g.letters(2) + g.digits(2) + ' ' + g.letters(3)
    d, m, y = g.dob(1980, 2000)
    mot = g.ri(2026, 2027)
    return [
        ('a', "Zipride UK driver onboarding, [[NAME:Jordan]] here."),
        ('c', "Hi [[NAME:Jordan]], it's [[NAME:Abdirahman Yusuf]]. My documents got rejected and I don't know why."),
        ('a', "Let's look. Can you confirm your date of birth?"),
        ('c', "[[DOB:%02d/%02d/%d]]." % (d, m, y)),
        ('a', "Thanks. The licence photo was blurry. Can you read me the licence number?"),
        ('c', "[[ACCT:%s]]." % lic),
        ('a', "Perfect. And the vehicle registration?"),
        ('c', "[[ACCT:%s]]. It's a Prius, MOT's good until ((d:March %d))." % (plate, mot)),
        ('a', "Great. I've attached those manually. You still need to re-upload a clear photo within ((dur:seven days))."),
        ('c', "I'll do it tonight after my last trip, about ((t:11pm))."),
        ('a', "That's fine, the upload works any time."),
        ('c', "Thanks for your help."),
    ]


@case('asr')
def c29():
    pps = g.pps()
    eir = g.eircode('H91')
    hn = g.house(2, 70)
    em = 'orla ni bhriain tutor at gmail dot com'
    return [
        ('a', "tutorly ireland you're through to [[NAME:cillian]]"),
        ('c', "hi [[NAME:cillian]] it's [[NAME:orla]] i'm a tutor i teach irish and maths"),
        ('a', "hi [[NAME:orla]] can i get your surname"),
        ('c', "[[NAME:ni bhriain]] that's [[NAME:b h r i a i n]]"),
        ('a', "thanks and the email you signed up with"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "grand what's the problem"),
        ('c', "revenue wrote to me and i need the platform to have my pps number so the payments match up"),
        ('a', "no problem go ahead"),
        ('c', "[[SSN#a:%s]] and then the letter [[SSN#a:%s]]" % (w(pps[:7]), pps[7:].lower())),
        ('a', "and your home address for the statement"),
        ('c', "[[ADDR:%s college road]] galway [[POST:%s]]" % (num_words(int(hn)), spell(eir))),
        ('a', "lovely that's all on now the next statement goes out on the ((d:first of the month))"),
        ('c', "perfect thanks a million"),
    ]


@case('transcript')
def c30():
    card = g.amex()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv(4)
    em = 'lucia@fernandezfloral.co'
    pc = g.capc('V')
    hn = g.house(100, 3000)
    return [
        ('a', "Makerloft Canada, this is [[NAME:Devon]]."),
        ('c', "Hi [[NAME:Devon]], [[NAME:Lucía Fernández]]. I sell pressed flower art. I want to pay for the booth at your Vancouver pop-up."),
        ('a', "Sure. The booth is ((p:$180)) for the weekend. E-mail on the shop?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "Thanks. Card number, please."),
        ('c', "Amex. [[CARD#a:%s]], [[CARD#a:%s]], [[CARD#a:%s]]." % tuple(b)),
        ('a', "Let me confirm the middle part: [[CARD!p:%s]]?" % b[1]),
        ('c', "Yes."),
        ('a', "Four-digit code on the front and the expiry?"),
        ('c', "[[CVV:%s]], and it expires [[EXP:%02d/%02d]]." % (cv, mm, yy % 100)),
        ('a', "And billing address?"),
        ('c', "[[ADDR:%s Commercial Drive]], Vancouver, [[POST:%s]]." % (hn, pc)),
        ('a', "All done. Setup starts at ((t:8 a.m.)) on the Saturday, booth ((o:B12))."),
        ('c', "Wonderful, thank you!"),
    ]


@case('asr')
def c31():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "dashly driver gear [[NAME:stephon]] speaking"),
        ('c', "hey [[NAME:stephon]] [[NAME:brooke adeyemi]] i wanna order the phone mount and the hot bag"),
        ('a', "sure that's ((p:thirty four dollars)) for both with shipping"),
        ('c', "cool okay card [[CARD#a!x:%s]]" % w(b[0])),
        ('a', "go ahead"),
        ('c', "[[CARD#a!x:%s]] wait no i'm gonna start over i skipped a number" % w(b[1][:2])),
        ('a', "okay from the top"),
        ('c', "[[CARD#a:%s]]" % ' '.join(w(x) for x in b)),
        ('a', "perfect and the expiration"),
        ('c', "[[EXP:%s %s]]" % (MONTHS[mm - 1].lower(), pairs(str(yy)))),
        ('a', "and the three digits on the back"),
        ('c', "[[CVV:%s]]" % w(cv, 'zero')),
        ('a', "you're all set it'll ship in ((dur:two to three days))"),
        ('c', "nice"),
    ]


@case('transcript')
def c32():
    rt, ac = g.num(9), g.num(12)
    ssn = g.ssn()
    ph = g.us_phone('404')
    zp = g.zip('303')
    return [
        ('a', "Basketrun shopper payments, [[NAME:Delphine]] speaking."),
        ('c', "Hi [[NAME:Delphine]], [[NAME:Marcus Oyelaran]]. My instant cash-out keeps failing."),
        ('a', "Sorry about that. Can I verify with the last four of your SSN?"),
        ('c', "[[SSN:%s]]." % ssn[-4:]),
        ('a', "And your phone number?"),
        ('c', "[[PHONE:%s.%s.%s]]" % (ph[:3], ph[3:6], ph[6:])),
        ('a', "And billing ZIP?"),
        ('c', "[[POST:%s]]." % zp),
        ('a', "Thanks. Instant cash-out needs a debit card, and the account you linked is a savings account."),
        ('c', "Oh. Can I just do the regular deposit then? Routing [[ACCT:%s]], account [[ACCT:%s]]." % (rt, ac)),
        ('a', "Yes, standard deposits go out every Tuesday. The fee for instant is ((p:$1.99)) anyway."),
        ('c', "Fine, standard is good."),
    ]


@case('asr')
def c33():
    ph = g.uk_land()
    hn = g.house(1, 150)
    pc = g.ukpc('EH6')
    em = 'fiona at leithlets dot co dot uk'
    occ = g.ri(70, 95)
    return [
        ('a', "staywell host support you're speaking with [[NAME:keith]]"),
        ('c', "hi [[NAME:keith]] it's [[NAME:fiona drummond]] i've got a flat on the shore in leith and my calendar's gone blank"),
        ('a', "that sounds like the sync with your other site dropped let me check the listing address"),
        ('c', "[[ADDR:flat three %s bernard street]] edinburgh [[POST:%s]]" % (num_words(int(hn)), spell(pc))),
        ('a', "found it and a contact number for you"),
        ('c', "the landline's best [[PHONE#a:%s]] [[PHONE#a:%s]]" % (w(ph[:4], 'oh'), w(ph[4:]))),
        ('a', "thanks and the email on the listing is [[EMAIL:%s]]" % em),
        ('c', "that's it"),
        ('a', "okay i've reconnected the calendar your bookings from ((d:july)) onward are back"),
        ('c', "thank god i was at ((pct:%s percent)) occupancy and it showed zero" % num_words(occ)),
        ('a', "it should refresh every ((dur:fifteen minutes)) now"),
        ('c', "brilliant thanks [[NAME:keith]]"),
    ]


@case('transcript')
def c34():
    card = g.disc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    hn = g.house(200, 9000)
    zp = g.zip('850')
    ph = g.us_phone('214')
    return [
        ('a', "Tapkit US, merchant services. My name is [[NAME:Alejandro]]."),
        ('c', "Hey [[NAME:Alejandro]], I'm [[NAME:Rosalind Begay]]. I sell jewelry at the Phoenix flea and I need two extra readers for my helpers."),
        ('a', "Great. Two ((m:TK-Mini)) readers are ((p:$58)) total. What card are we using?"),
        ('c', "Discover. [[CARD#a:%s]]-[[CARD#a:%s]]-[[CARD#a:%s]]-[[CARD#a:%s]]." % tuple(b)),
        ('a', "Expiry?"),
        ('c', "[[EXP:%02d/%d]]." % (mm, yy)),
        ('a', "Security code?"),
        ('c', "[[CVV:%s]]." % cv),
        ('a', "Ship to the address on file, [[ADDR:%s N Central Avenue]], Phoenix, [[POST:%s]]?" % (hn, zp)),
        ('c', "Yes. And text tracking to [[PHONE:%s-%s-%s]]." % (ph[:3], ph[3:6], ph[6:])),
        ('a', "Will do. Tracking number comes from the courier, usually within ((dur:a day))."),
        ('c', "Great, the next flea is Saturday the ((d:14th))."),
        ('a', "Should arrive by Thursday."),
        ('c', "Thanks!"),
    ]


@case('asr')
def c35():
    acct = 'h' + g.num(7)
    iban_ie = 'ie' + g.digits(2) + 'aibk' + g.digits(14)
    return [
        ('a', "staywell ireland [[NAME:sinead]] speaking"),
        ('c', "hi [[NAME:sinead]] it's [[NAME:padraig o'sullivan]] i have a cottage up in kerry listed with ye"),
        ('a', "lovely what can i do for you [[NAME:padraig]]"),
        ('c', "i need to change where the money goes i'm moving to the credit union"),
        ('a', "no bother your host number first please"),
        ('c', "[[ACCT:%s]]" % spell(acct)),
        ('a', "thanks and the new iban"),
        ('c', "[[ACCT#a:%s]] hold on i'm reading it off the letter [[ACCT#a:%s]]" % (spell(iban_ie[:8]), spell(iban_ie[8:]))),
        ('a', "grand so it ends [[ACCT:%s]]" % w(iban_ie[-4:])),
        ('c', "that's right"),
        ('a', "the next payout on the ((d:twenty eighth)) will go to the new account"),
        ('c', "super i had ((n:nine)) bookings this month so i'd like it to land safely"),
    ]


@case('transcript')
def c36():
    d, m, y = g.dob(1955, 1975)
    hn = g.house(1, 60)
    pc = g.ukpc('PL4')
    em = 'pennyhart.tutor@btinternet.com'
    ph = g.uk_mob()
    return [
        ('a', "Tutorly, good morning, [[NAME:Simon]] speaking."),
        ('c', "Good morning. I'm a retired teacher, [[NAME:Penelope Hart]]. I'm trying to register as a tutor and the website keeps timing out."),
        ('a', "I can register you over the phone. Date of birth first?"),
        ('c', "[[DOB:%s %s %d]]." % (ords(d), MONTHS[m - 1], y)),
        ('a', "And your address?"),
        ('c', "[[ADDR:%s Lipson Hill]], Plymouth, [[POST:%s]]." % (hn, pc)),
        ('a', "E-mail?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "And a mobile number?"),
        ('c', "[[PHONE:%s %s %s]]." % (ph[:5], ph[5:8], ph[8:])),
        ('a', "Thank you, [[NAME:Penelope]]. What subjects?"),
        ('c', "French and German, up to A level. I taught for ((dur:thirty-one years))."),
        ('a', "Wonderful. You'll get a link to the background check; it costs ((p:£18)) and takes about ((dur:five days))."),
        ('c', "That's fine."),
    ]


@case('asr')
def c37():
    c1 = g.visa()
    b = blocks(c1)
    mm, yy = g.exp()
    cv = g.cvv()
    did = g.num(8)
    return [
        ('i', "welcome to zipride driver support please say or key in your driver number"),
        ('c', "[[ACCT:%s]]" % w(did)),
        ('i', "thanks for car rental deposits say rental for payouts say payouts"),
        ('c', "rental"),
        ('i', "to pay your weekly rental deposit of ((p:two hundred and fifty dollars)) please say your card number"),
        ('c', "[[CARD#a:%s]]" % ' '.join(w(x) for x in b[:2])),
        ('i', "please continue"),
        ('c', "[[CARD#a:%s]]" % ' '.join(w(x) for x in b[2:])),
        ('i', "you entered a card ending in [[CARD!p:%s]] if that's correct say yes" % w(b[3])),
        ('c', "yes"),
        ('i', "please say the expiration month and year"),
        ('c', "[[EXP:%s %s]]" % (MONTHS[mm - 1].lower(), yearw(yy))),
        ('i', "and the security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('i', "sorry i didn't get that please say the security code again"),
        ('c', "[[CVV:%s]]" % wd(cv)),
        ('i', "thank you your deposit has been paid the car will be ready at the hub after ((t:ten am))"),
    ]


@case('transcript')
def c38():
    bsb, ac = g.digits(6), g.num(8)
    tfn = g.tfn()
    abn = g.num(11)
    em = 'ngaire.cleaning@bigpond.com'
    return [
        ('a', "Tidyhands Australia, [[NAME:Caleb]] speaking."),
        ('c', "Hi [[NAME:Caleb]], it's [[NAME:Ngaire Wihongi]]. I clean holiday units on the Gold Coast through you."),
        ('a', "Hi [[NAME:Ngaire]]. What can I do?"),
        ('c', "I've gone from a sole trader to a proper business. New ABN is ((o:%s %s %s %s))." % (abn[:2], abn[2:5], abn[5:8], abn[8:])),
        ('a', "Thanks. Do you still want your TFN on file for the personal account?"),
        ('c', "Please remove it. Actually, what do you have, [[SSN:%s %s %s]]?" % (tfn[:3], tfn[3:6], tfn[6:])),
        ('a', "That's the one. I'll remove it. Your e-mail is [[EMAIL:%s]]?" % em),
        ('c', "Yes. And the business bank is BSB [[ACCT:%s %s]], account [[ACCT:%s]]." % (bsb[:3], bsb[3:], ac)),
        ('a', "Updated. Your fee drops to ((pct:12%)) on the business plan, too."),
        ('c', "Good, I do about ((n:25)) cleans a week in summer."),
        ('a', "Busy! Anything else?"),
        ('c', "No, that's it."),
    ]


@case('asr')
def c39():
    d, m, y = g.dob(1988, 2002)
    ph = g.us_phone('206')
    hn = g.house(1000, 9000)
    zp = g.zip('981')
    pay = g.amt(300, 700)
    return [
        ('a', "basketrun support this is [[NAME:hollis]]"),
        ('c', "hi [[NAME:hollis]] it's [[NAME:mei ling zhou]] i'm a shopper in seattle i got deactivated this morning"),
        ('a', "i'm sorry to hear that let me verify you what's your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (w('%02d' % m), w('%02d' % d), yearw(y))),
        ('a', "and the phone on your shopper account"),
        ('c', "[[PHONE#a:%s]] [[PHONE#a:%s]] [[PHONE#a:%s]]" % (w(ph[:3]), w(ph[3:6]), w(ph[6:]))),
        ('a', "thanks and your home address"),
        ('c', "[[ADDR:%s rainier avenue south]] [[POST:%s]]" % (hw(hn), w(zp)),),
        ('a', "okay i see it a customer reported a missing item on an order from ((t:seven fifteen)) last night"),
        ('c', "i delivered everything there were ((n:thirty two)) items and i took the photo"),
        ('a', "i can see the photo you've got a ((o:four point nine five)) rating so i'm going to reinstate you while we review"),
        ('c', "oh my god thank you i've got ((p:%s)) pending this week" % money_w(pay[0], 0, 'dollars')),
        ('a', "that'll still pay out on schedule"),
        ('c', "thank you so much"),
    ]


@case('transcript')
def c40():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    old = g.card()
    return [
        ('a', "Craftbarn billing, [[NAME:Yusuf]] speaking."),
        ('c', "Hi, it's [[NAME:Harriet Lindqvist]]. My subscription failed and now my shop's hidden."),
        ('a', "I see, the card ending [[CARD!p:%s]] was declined on the ((d:1st))." % old[-4:]),
        ('c', "Yes, that card was cancelled after some fraud. Here's the new one: [[CARD:%s]]." % cg(card)),
        ('a', "Thanks. Expiry?"),
        ('c', "[[EXP:%02d/%02d]]" % (mm, yy % 100)),
        ('a', "And the CVV?"),
        ('c', "[[CVV:%s]]" % cv),
        ('a', "That's taken ((p:£7.99)) for this month. Your shop is visible again."),
        ('c', "Thank you. I had ((n:14)) orders sitting in the basket of someone who messaged me."),
        ('a', "They should be able to check out now."),
        ('c', "Brilliant."),
    ]


@case('asr')
def c41():
    em = 'aroha at kiwikitchen dot com dot au'
    ph = g.au_phone()
    pc = g.aupc('WA')
    hn = g.house(1, 200)
    return [
        ('a', "makerloft seller help it's [[NAME:jarrah]]"),
        ('c', "hi [[NAME:jarrah]] [[NAME:aroha tipene]] here i sell tea towels and aprons"),
        ('a', "hey [[NAME:aroha]] what can i do"),
        ('c', "i'm moving my workshop so i need to change the return address on my listings"),
        ('a', "sure let me confirm the email first"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "and what's the new address"),
        ('c', "[[ADDR:%s beaufort street]] mount lawley [[POST:%s]]" % (num_words(int(hn)), w(pc))),
        ('a', "and a phone the courier can call"),
        ('c', "[[PHONE:%s]]" % w(ph)),
        ('a', "done all ((n:sixty)) listings now show the new address"),
        ('c', "great and the postage is still ((p:nine ninety five)) flat right"),
        ('a', "yep unless it's over ((q:five kilos))"),
        ('c', "perfect cheers"),
    ]


@case('transcript')
def c42():
    pid = 'DRV' + g.num(6)
    ph = g.uk_mob()
    d, m, y = g.dob(1965, 1990)
    pc = g.ukpc('B12')
    hn = g.house(1, 300)
    return [
        ('a', "Zipride UK, driver safety line, [[NAME:Helena]] speaking."),
        ('c', "Hi. I'm [[NAME:Imran Chaudhry]], a driver. A passenger left a wallet in my car and I want to report it."),
        ('a', "Thank you, [[NAME:Imran]]. Can I have your driver ID?"),
        ('c', "[[ACCT:%s]]." % pid),
        ('a', "And to confirm, your date of birth and postcode?"),
        ('c', "[[DOB:%d.%d.%d]], and [[POST:%s]]." % (d, m, y, pc)),
        ('a', "Thanks. Which trip was it?"),
        ('c', "The ((t:9:40)) pickup from Moor Street, about ((q:6 miles))."),
        ('a', "I'll message the rider. Can they reach you on [[PHONE:%s]]?" % ph),
        ('c', "Yes, or they can collect from my home at [[ADDR:%s Ladypool Road]]." % hn),
        ('a', "We'll arrange a drop-off instead; we don't share home addresses. There's a ((p:£15)) return fee paid to you."),
        ('c', "That's fine."),
    ]


@case('asr')
def c43():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp_past()
    nm, ny = g.exp()
    cv = g.cvv()
    return [
        ('a', "staywell payments [[NAME:bernadette]] speaking"),
        ('c', "hi [[NAME:bernadette]] my name's [[NAME:colm devereux]] the app says my card's out of date"),
        ('a', "let me check the card ending [[CARD!p:%s]] expired in [[EXP:%s %s]]" % (w(b[3]), MONTHS[mm - 1].lower(), yearw(yy))),
        ('c', "yeah they sent me a new one same number new date"),
        ('a', "okay so what's the new expiry"),
        ('c', "[[EXP:%s %s]]" % (w('%02d' % nm), pairs(str(ny % 100)))),
        ('a', "and the new security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "that's updated the ((p:twelve euro)) listing fee will go out on the ((d:fifth))"),
        ('c', "thanks is the number on the card the same i didn't check"),
        ('a', "can you read me the first four"),
        ('c', "[[CARD!p:%s]]" % w(b[0])),
        ('a', "yes that matches"),
        ('c', "grand"),
    ]


@case('transcript')
def c44():
    em = 'wren.ashby.tutoring@icloud.com'
    ph = g.us_phone('617')
    ssn = g.ssn()
    rate = g.ri(40, 90)
    return [
        ('a', "Tutorly US, this is [[NAME:Kendrick]]."),
        ('c', "Hi [[NAME:Kendrick]], it's [[NAME:Wren Ashby]]. I tutor SAT prep and I never got a ((o:1099-K))."),
        ('a', "Let me check. Can I get your e-mail and phone?"),
        ('c', "[[EMAIL:%s]], [[PHONE:%s %s %s]]." % (em, ph[:3], ph[3:6], ph[6:])),
        ('a', "And the last four of your Social?"),
        ('c', "[[SSN:%s]]." % ssn[-4:]),
        ('a', "Thanks. Your earnings were under the reporting threshold, so no form was issued."),
        ('c', "I charge ((p:$%d an hour)) and did maybe ((q:70 hours))..." % rate),
        ('a', "The threshold for ((y:2024)) was ((p:$5,000)). You can still download an earnings summary."),
        ('c', "Okay, that works for my accountant."),
    ]


@case('asr')
def c45():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    hn = g.house(1, 99)
    pc = g.ukpc('G41')
    return [
        ('a', "haulbee van hire [[NAME:siobhan]] speaking"),
        ('c', "hiya it's [[NAME:craig mcallister]] i need to extend my van hire by ((dur:two days)) i've got ((n:forty)) parcels left"),
        ('a', "no bother that's ((p:thirty eight pounds)) a day so ((p:seventy six)) in total"),
        ('c', "aye fine card's a mastercard [[CARD#a:%s]]" % w(b[0])),
        ('a', "on you go"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (w(b[1]), w(b[2]))),
        ('a', "and the last four"),
        ('c', "[[CARD#a:%s]]" % w(b[3])),
        ('a', "expiry month and year"),
        ('c', "[[EXP:%s %s]]" % (num_words(mm), pairs(str(yy % 100)))),
        ('a', "security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "and the billing address first line and postcode"),
        ('c', "[[ADDR:%s kilmarnock road]] [[POST:%s]]" % (num_words(int(hn)), spell(pc))),
        ('a', "lovely the van's now yours till ((t:six pm)) on thursday"),
        ('c', "cheers"),
    ]


@case('transcript')
def c46():
    ph = g.uk_land()
    ext = g.num(4)
    em = 'accounts@brackenbrewstall.co.uk'
    rdr = 'TK-' + g.num(3)
    ser = g.letters(2) + g.num(8)
    return [
        ('a', "Tapkit technical support, [[NAME:Naveen]] here."),
        ('c', "Hi [[NAME:Naveen]], [[NAME:Philippa Grange]] from a coffee cart. My ((m:%s)) keeps showing error ((o:E-41)) when I tap." % rdr),
        ('a', "Can you read me the serial on the back?"),
        ('c', "((o:%s))." % ser),
        ('a', "Thanks. Firmware's out of date, it's on ((o:v3.2)). Keep it charging for ((dur:20 minutes)) and it'll update."),
        ('c', "I've got a queue of ((n:12)) people..."),
        ('a', "Understood. Meanwhile you can take payments on the phone app. Can I get a call-back number in case it fails?"),
        ('c', "Our unit office: [[PHONE#a:%s %s %s]], extension [[PHONE#a!x:%s]]." % (ph[:4], ph[4:7], ph[7:], ext)),
        ('a', "And is the e-mail still [[EMAIL:%s]]?" % em),
        ('c', "Yes."),
        ('a', "Great. If it fails again, we'll post a replacement free."),
        ('c', "Thank you!"),
    ]


@case('asr')
def c47():
    d, m, y = g.dob(2007, 2009)
    pd, pm, py = g.dob(1972, 1985)
    em = 'daniela ruiz at hotmail dot com'
    return [
        ('a', "tutorly you're through to [[NAME:marcy]]"),
        ('c', "hi [[NAME:marcy]] i'm calling about my son he wants to tutor younger kids in spanish can he sign up"),
        ('a', "tutors have to be ((o:eighteen)) but we do have a junior helper scheme from ((o:sixteen)) what's his name"),
        ('c', "[[NAME:mateo ruiz]]"),
        ('a', "and mateo's date of birth".replace('mateo', '[[NAME:mateo]]')),
        ('c', "[[DOB:%s %s %s]]" % (ordw(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "okay and you're the parent what's your name and date of birth"),
        ('c', "[[NAME:daniela ruiz]] [[DOB:%s of %s %s]]" % (ordw(pd), MONTHS[pm - 1].lower(), yearw(py))),
        ('a', "and an email for you"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "he can do up to ((q:six hours)) a week and it's paid at ((p:twelve dollars)) an hour"),
        ('c', "that's plenty he's got school"),
        ('a', "i'll send the consent form now"),
    ]


@case('transcript')
def c48():
    c1 = g.visa()
    c2 = g.mc()
    b1, b2 = blocks(c1), blocks(c2)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "Staywell, host payments. [[NAME:Odette]] speaking."),
        ('c', "Hi [[NAME:Odette]]. [[NAME:Rupert Akinola]]. I need to pay the ((p:£250)) security deposit for my new listing, it's a houseboat."),
        ('a', "Sure. Card number, please."),
        ('c', "[[CARD!p:%s %s]]..." % (b1[0], b1[1])),
        ('a', "Go on."),
        ('c', "Sorry, scrap that, that's my wife's card. Use this one: [[CARD#b:%s]]" % ' '.join(b2[:2])),
        ('a', "Okay, starting again with the new card."),
        ('c', "[[CARD#b:%s %s]]." % (b2[2], b2[3])),
        ('a', "So the new card ends [[CARD!p:%s]]. Expiry?" % b2[3]),
        ('c', "End of [[EXP:%s %d]]." % (MONTHS[mm - 1], yy)),
        ('a', "Security code?"),
        ('c', "[[CVV:%s]]" % cv),
        ('a', "All done. The hold releases ((dur:14 days)) after your first guest checks out."),
        ('c', "Great. The boat sleeps ((n:four)), is that a problem for the insurance?"),
        ('a', "No, up to ((n:six)) guests is covered."),
    ]


@case('asr')
def c49():
    ni = g.ni()
    pc = g.ukpc('CB1')
    hn = g.house(1, 120)
    d, m, y = g.dob(1990, 2003)
    return [
        ('a', "dashly uk [[NAME:hamza]] speaking how can i help"),
        ('c', "hi [[NAME:hamza]] i'm [[NAME:alicja nowakowska]] i ride for you in cambridge and my right to work check failed"),
        ('a', "i can help can i check your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (num_words(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "and the address we have for you"),
        ('c', "[[ADDR:%s mill road]] cambridge [[POST:%s]]" % (num_words(int(hn)), spell(pc))),
        ('a', "thanks and your national insurance number"),
        ('c', "[[SSN#a:%s]] um [[SSN#a:%s]]" % (spell(ni[:4]), spell(ni[4:]))),
        ('a', "okay it looks like your share code expired after ((dur:ninety days)) you'll need a fresh one"),
        ('c', "oh okay i can do that tonight"),
        ('a', "once it's in it takes ((dur:about a day)) to clear"),
        ('c', "fine thank you"),
    ]


@case('transcript')
def c50():
    acc = 'ML-' + g.num(6)
    ref = g.fail_luhn(18)
    amt = g.amt(60, 400)
    fee = g.amt(1, 9)
    return [
        ('i', "Thanks for calling Makerloft. For payouts, press ((o:2)). For orders, press ((o:3))."),
        ('c', "((o:2))"),
        ('i', "Please enter your shop ID."),
        ('c', "[[ACCT:%s]]" % acc[3:]),
        ('i', "Your next payout of ((p:$%d.%02d)) is scheduled for ((d:June 28)). A fee of ((p:$%d.%02d)) applies." % (amt + fee)),
        ('i', "Your previous payout reference is ((o:%s))." % ref),
        ('i', "To hear this again, press ((o:9)). To speak to someone, stay on the line."),
        ('a', "Hi, you're through to [[NAME:Teodora]] at Makerloft. Can I take your name?"),
        ('c', "[[NAME:Quentin Marsh]]. Why is there a fee on my payout now?"),
        ('a', "Payouts to international accounts carry a small fee; yours goes to a Canadian bank."),
        ('c', "Ah, that makes sense. Fine."),
    ]


@case('asr')
def c51():
    ph = g.us_phone('512')
    hn = g.house(100, 4000)
    zp = g.zip('787')
    em = 'rocio tamez at proton dot me'
    return [
        ('a', "tidyhands this is [[NAME:wyatt]] am i speaking with the cleaner or the client"),
        ('c', "the cleaner i'm [[NAME:rocio tamez]] i'm literally outside a client's house and the door code isn't working"),
        ('a', "okay let's get you in what's the job address"),
        ('c', "[[ADDR:%s south congress avenue apartment twelve]]" % hw(hn)),
        ('a', "and your phone so i can text you"),
        ('c', "[[PHONE:%s]]" % w(ph, 'zero')),
        ('a', "the client updated the code at ((t:eight fifteen)) this morning i'll text you the new one"),
        ('c', "thank god the job's ((dur:three hours)) and i've got another at ((t:two))"),
        ('a', "it's sent also can i confirm your email for the job receipt [[EMAIL:%s]]" % em),
        ('c', "yes and it's zip [[POST:%s]] if you need it" % w(zp, 'zero')),
        ('a', "all good you'll still get the full ((p:one twenty)) for the clean"),
        ('c', "okay i'm in thanks"),
    ]


@case('transcript')
def c52():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    hn = g.house(1, 80)
    pc = g.capc('H')
    return [
        ('a', "Dashly Canada, courier supplies. [[NAME:Geneviève]] à l'appareil, how can I help?"),
        ('c', "Hi, [[NAME:Étienne Lachance]]. I want to buy winter tyres through your partner discount."),
        ('a', "Sure. A set of ((n:four)) is ((p:$612)) after the ((pct:15%)) discount. Card?"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]..." % (b[0], b[1])),
        ('a', "Okay."),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]." % (b[2], b[3])),
        ('a', "Could you repeat the third group?"),
        ('c', "[[CARD#a!x:%s]]." % b[2]),
        ('a', "Thanks. Expiry and CVV?"),
        ('c', "[[EXP:%02d-%d]], [[CVV:%s]]." % (mm, yy, cv)),
        ('a', "Delivery to [[ADDR:%s rue Saint-Denis]], Montréal, [[POST:%s]]?" % (hn, pc)),
        ('c', "Yes, the garage there fits them."),
        ('a', "Perfect, they'll be ready in ((dur:3 business days))."),
    ]


@case('asr')
def c53():
    sc, ac = g.digits(6), g.num(8)
    old = g.num(8)
    pay = g.amt(90, 300)
    return [
        ('a', "craftbarn seller payouts [[NAME:nadia]] speaking"),
        ('c', "hello [[NAME:nadia]] it's [[NAME:euan mcbride]] i make the wooden toys"),
        ('a', "hi [[NAME:euan]] how can i help"),
        ('c', "my payout of ((p:%s)) went to my old bank account" % money_w(pay[0], pay[1], 'pounds')),
        ('a', "let me see we have account ending [[ACCT:%s]] is that the old one" % w(old[-4:])),
        ('c', "yes that's closed"),
        ('a', "the bank will return it in ((dur:five to ten working days)) and then we'll resend what's the new sort code"),
        ('c', "[[ACCT:%s]]" % pairs(sc)),
        ('a', "and account number"),
        ('c', "[[ACCT#a:%s]] sorry [[ACCT#a!x:%s]] no [[ACCT#a:%s]]" % (w(ac[:4]), w(g.digits(4)), w(ac[4:]))),
        ('a', "okay i've got the last four as [[ACCT:%s]]" % w(ac[4:])),
        ('c', "that's it"),
        ('a', "done you'll get an email when it's resent"),
    ]


@case('transcript')
def c54():
    d, m, y = g.dob(1950, 1970)
    em = 'bill.osei.driver@gmail.com'
    ph = g.us_phone('718')
    hn = g.house(10, 900)
    zp = g.zip('112')
    return [
        ('a', "Zipride, this is [[NAME:Keisha]]."),
        ('c', "Yes, hello. My name is [[NAME:William Osei]], I drive for you part time. My account got locked after I changed phones."),
        ('a', "Sorry about that, Mr [[NAME:Osei]]. Date of birth?"),
        ('c', "[[DOB:%d/%d/%d]]." % (m, d, y)),
        ('a', "E-mail on the account?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "And your new number?"),
        ('c', "[[PHONE:+1 %s %s %s]]." % (ph[:3], ph[3:6], ph[6:])),
        ('a', "And the home address on your driver profile?"),
        ('c', "[[ADDR:%s Flatbush Avenue]], Brooklyn, [[POST:%s]]." % (hn, zp)),
        ('a', "Unlocked. Please don't share the ((o:6))-digit login code with anyone."),
        ('c', "I won't. Thank you, young lady."),
    ]


@case('asr')
def c55():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "staywell experiences [[NAME:matteo]] speaking"),
        ('c', "hi [[NAME:matteo]] it's [[NAME:lorraine keogh]] i run the kayak tours and i need to pay for the photo shoot for my listing"),
        ('a', "great that's ((p:ninety nine euro)) for ((n:twenty)) photos when's good for the shoot"),
        ('c', "saturday the ((d:ninth)) in the morning the tide's out by ((t:ten))"),
        ('a', "booked okay go ahead with the card"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (wd(b[0]), wd(b[1]))),
        ('a', "mm-hmm"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (wd(b[2]), wd(b[3]))),
        ('a', "let me just read back the last bit [[CARD!p:%s]]" % w(b[3])),
        ('c', "yeah"),
        ('a', "expiry date"),
        ('c', "[[EXP:%s %s]]" % (w('%02d' % mm), yearw(yy))),
        ('a', "and the cvc"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "you're booked the photographer will call the day before"),
    ]


@case('transcript')
def c56():
    reg = g.letters(2) + g.digits(2) + ' ' + g.letters(3)
    pc = g.ukpc('SE15')
    hn = g.house(1, 200)
    ph = g.uk_mob()
    mil = g.ri(60000, 120000)
    return [
        ('a', "Haulbee partner fleet, [[NAME:Chidi]] speaking."),
        ('c', "Hi [[NAME:Chidi]]. [[NAME:Sunita Ramasamy]]. I want to swap the vehicle on my account; I bought a bigger van."),
        ('a', "Congratulations. Registration of the new van?"),
        ('c', "[[ACCT:%s]]. It's got ((q:%s miles)) on the clock." % (reg, '{:,}'.format(mil))),
        ('a', "Great. Insurance must cover hire and reward. Can I confirm your address for the policy?"),
        ('c', "[[ADDR:%s Rye Lane]], Peckham, [[POST:%s]]." % (hn, pc)),
        ('a', "And your mobile?"),
        ('c', "[[PHONE:%s]]." % ph),
        ('a', "Thanks. Larger vans earn ((p:£1.40)) per drop instead of ((p:£1.10))."),
        ('c', "That's why I bought it! I do about ((n:120)) drops a day."),
        ('a', "Nice. It'll be live by ((t:5pm))."),
    ]


@case('asr')
def c57():
    d, m, y = g.dob(1978, 1996)
    hn = g.house(1, 150)
    pc = g.aupc('SA')
    em = 'tj papadopoulos at outlook dot com'
    ph = g.au_phone()
    return [
        ('a', "zipride australia [[NAME:bree]] speaking"),
        ('c', "yeah g'day it's [[NAME:theo papadopoulos]] i got a speeding fine in the mail but i wasn't driving that day"),
        ('a', "okay what's the date on the fine"),
        ('c', "it says the ((d:third of march)) at ((t:eleven forty)) at night doing ((q:seventy six)) in a sixty zone"),
        ('a', "let me check your trips first can you confirm your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (ordw(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "and your address"),
        ('c', "[[ADDR:%s king william street]] adelaide [[POST:%s]]" % (num_words(int(hn)), w(pc))),
        ('a', "you weren't online that night so i'll put that on an email for the council what's the best email"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "and a phone in case they want to talk to you"),
        ('c', "[[PHONE:%s]]" % w(ph)),
        ('a', "done you'll have the letter in ((dur:ten minutes))"),
    ]


@case('transcript')
def c58():
    card = g.amex()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv(4)
    pc = g.ukpc('BN2')
    hn = g.house(1, 80)
    return [
        ('a', "Tapkit, sales. [[NAME:Lorcan]] speaking."),
        ('c', "Hi [[NAME:Lorcan]]. I'm [[NAME:Delia Moss]], I do face painting at festivals and want the reader bundle with the belt clip."),
        ('a', "That's the ((m:TK-Go 2)) bundle, ((p:£79)). You'll pay ((pct:1.69%)) per tap."),
        ('c', "Lovely. Amex: [[CARD#a:%s]]" % b[0]),
        ('a', "Yes."),
        ('c', "[[CARD#a:%s]]" % b[1]),
        ('a', "Yes."),
        ('c', "[[CARD#a:%s]]." % b[2]),
        ('a', "And the four digits printed above the number?"),
        ('c', "[[CVV:%s]]. Expiry [[EXP:%02d/%02d]]." % (cv, mm, yy % 100)),
        ('a', "Shipping to [[ADDR:%s Islingword Road]], Brighton, [[POST:%s]]?" % (hn, pc)),
        ('c', "Yes. I need it before the ((d:21st)), that's my first festival."),
        ('a', "It'll be there in ((dur:two days))."),
    ]


@case('asr')
def c59():
    bsb, ac = g.digits(6), g.num(9)
    tfn = g.tfn()
    return [
        ('a', "basketrun australia [[NAME:mitch]] speaking"),
        ('c', "hey [[NAME:mitch]] [[NAME:sienna halloran]] here i just signed up as a shopper and my bank details got rejected"),
        ('a', "what did you put in for the bsb"),
        ('c', "[[ACCT:%s]]" % w(bsb)),
        ('a', "that one's valid so it might be the account number"),
        ('c', "[[ACCT#a:%s]] [[ACCT#a:%s]]" % (w(ac[:5]), w(ac[5:]))),
        ('a', "okay that's nine digits i had eight in the form i'll fix it"),
        ('c', "oh i must've missed one sorry"),
        ('a', "all good and do you want to give us your tax file number so we don't withhold"),
        ('c', "yep [[SSN:%s %s]]" % (pairs(tfn[:8]), w(tfn[8]))),
        ('a', "great you're good to go your first batch is at ((t:four thirty))"),
        ('c', "thanks heaps"),
    ]


@case('transcript')
def c60():
    em = 'kwame.asante@fastmail.com'
    ph = g.uk_mob()
    d, m, y = g.dob(1984, 2000)
    return [
        ('a', "Staywell, [[NAME:Fenella]] speaking."),
        ('c', "Hi [[NAME:Fenella]], [[NAME:Kwame Asante]]. I'm a co-host for my aunt, [[NAME:Abena Mensah]]. I need access to her listing."),
        ('a', "She'll need to add you from her account, but I can check yours is ready. E-mail?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "Date of birth?"),
        ('c', "[[DOB:%d %s %d]]" % (d, MONTHS[m - 1][:3], y)),
        ('a', "And your mobile for the co-host alerts?"),
        ('c', "[[PHONE:%s %s]]" % (ph[:5], ph[5:])),
        ('a', "You're verified. Co-hosts get up to ((pct:20%)) of the payout, set by the host."),
        ('c', "She said ((pct:15)), which is fine."),
        ('a', "Once she adds you, it takes ((dur:about an hour)) to show."),
    ]


@case('asr')
def c61():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    hn = g.house(1, 99)
    eir = g.eircode('T12')
    return [
        ('i', "you're through to craftbarn ireland to pay for your market stall booking say stall"),
        ('c', "stall"),
        ('i', "please say your card number"),
        ('c', "[[CARD#a:%s]] um [[CARD#a:%s]]" % (' '.join(w(x) for x in b[:2]), ' '.join(w(x) for x in b[2:]))),
        ('i', "the card number ends in [[CARD!p:%s]] is that right" % w(b[3])),
        ('c', "yes"),
        ('i', "say the expiry date"),
        ('c', "[[EXP:%s %s]]" % (w(str(mm), 'oh'), pairs(str(yy % 100)))),
        ('i', "say the card security code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('i', "say your billing eircode"),
        ('c', "[[POST:%s]]" % spell(eir)),
        ('i', "thank you a payment of ((p:forty five euro)) for stall ((o:twenty two)) has been taken"),
        ('a', "hello it's [[NAME:aisling]] from the market team i'm just confirming the address on the booking [[ADDR:%s douglas street]] cork" % num_words(int(hn))),
        ('c', "that's right i'm [[NAME:ger crowley]] by the way"),
        ('a', "thanks [[NAME:ger]] see you on sunday"),
    ]


@case('transcript')
def c62():
    rt, ac = g.num(9), g.num(10)
    ein = g.num(9)
    zp = g.zip('606')
    hn = g.house(100, 5000)
    return [
        ('a', "Makerloft seller payments, [[NAME:Tamsin]] speaking."),
        ('c', "Hi [[NAME:Tamsin]], [[NAME:Victor Szabo]]. We incorporated our candle shop and need payouts to the business account."),
        ('a', "Sure. Business EIN?"),
        ('c', "[[ACCT:%s-%s]]" % (ein[:2], ein[2:])),
        ('a', "Routing and account numbers?"),
        ('c', "Routing [[ACCT:%s]], account [[ACCT:%s]]." % (rt, ac)),
        ('a', "Business address?"),
        ('c', "[[ADDR:%s W Armitage Ave]], Chicago, IL [[POST:%s]]." % (hn, zp)),
        ('a', "Done. Your last ((n:30)) days of sales, ((p:$4,812.50)), will pay to the new account from ((d:July 1))."),
        ('c', "Perfect."),
    ]


@case('transcript')
def c63():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "Zipride rentals, [[NAME:Priscilla]] speaking."),
        ('c', "Hi, it's [[NAME:Dev Raman]]. I returned the rental car at ((t:7:05)) but got charged a late fee of ((p:$35))."),
        ('a', "The return window closed at ((t:7:00)). I can waive it once. Do you want to set up autopay for next week's ((p:$289)) rental too?"),
        ('c', "Sure. Card [[CARD:%s]], expiring [[EXP:%02d/%02d]], security code [[CVV:%s]]." % (cg(card, '-'), mm, yy % 100, cv)),
        ('a', "Thanks. Just confirming the last four: [[CARD!p:%s]]." % b[3]),
        ('c', "Yes. The car had ((q:41,200 miles)) on it when I got it, by the way; it's due a service at ((q:42,000))."),
        ('a', "Noted, I'll flag it to the fleet team."),
        ('c', "Thanks."),
    ]


@case('asr')
def c64():
    hn = g.house(1, 400)
    zp = g.zip('331')
    ph = g.us_phone('305')
    return [
        ('a', "staywell host line [[NAME:carmen]] speaking"),
        ('c', "hi [[NAME:carmen]] it's [[NAME:ignacio ferreira]] a guest just called me saying the smart lock's dead"),
        ('a', "oh no which property"),
        ('c', "[[ADDR:%s collins avenue unit nine]] miami beach [[POST:%s]]" % (hw(hn), w(zp, 'zero'))),
        ('a', "okay the lock's showing ((pct:two percent)) battery can someone get there"),
        ('c', "i'm ((dur:forty minutes)) away can you give the guest the backup code"),
        ('a', "yes i'll send it to them now and your number's [[PHONE:%s]] for the guest to call" % w(ph)),
        ('c', "yeah that's me"),
        ('a', "done they check out on the ((d:twelfth)) so there's ((n:three)) nights left"),
        ('c', "i'll swap the batteries tonight"),
    ]


@case('transcript')
def c65():
    card = g.visa()
    b = blocks(card)
    wr = g.digits(4)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "Tutorly, [[NAME:Anders]] speaking."),
        ('c', "Hi [[NAME:Anders]], [[NAME:Yasmin El-Amin]]. I want to buy the ((n:10))-lesson credit pack for my daughter's chemistry."),
        ('a', "That's ((p:£280)), saving ((pct:12%)). Card number?"),
        ('c', "[[CARD#a:%s %s]]" % (b[0], b[1])),
        ('a', "Mm-hmm."),
        ('c', "[[CARD#a:%s]]" % b[2]),
        ('a', "And?"),
        ('c', "[[CARD#a!x:%s]]... no, wait, I misread it. [[CARD#a:%s]]." % (wr, b[3])),
        ('a', "Okay, last block [[CARD!p:%s]]. Expiry and CVV?" % b[3]),
        ('c', "[[EXP:%s %d]], [[CVV:%s]]." % (MONTHS[mm - 1][:3], yy, cv)),
        ('a', "Done. Lessons must be used within ((dur:six months))."),
    ]


@case('asr')
def c66():
    em = 'bonnie mctavish at gmail dot com'
    d, m, y = g.dob(1985, 1999)
    return [
        ('a', "dashly [[NAME:ruairi]] speaking"),
        ('c', "hi it's [[NAME:bonnie mctavish]] i'm a rider and i got in an accident on my scooter i'm okay but the food's everywhere"),
        ('a', "oh no are you safe"),
        ('c', "yeah just a scraped knee the order was ((p:thirty two pounds)) of curry"),
        ('a', "i'll cancel it so you're not penalised email on your account please"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "and date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (w('%02d' % d), w('%02d' % m), pairs(str(y)))),
        ('a', "okay it's cancelled and you'll still get the ((p:four fifty)) for the trip"),
        ('c', "thanks i'll log off for ((dur:an hour))"),
        ('a', "take care of yourself"),
    ]


@case('transcript')
def c67():
    ph = g.us_phone('415')
    ext = g.num(3)
    hn = g.house(100, 3000)
    zp = g.zip('941')
    return [
        ('a', "Tidyhands business accounts, [[NAME:Roshni]] speaking."),
        ('c', "Hi [[NAME:Roshni]], [[NAME:Gideon Park]]. I manage ((n:eight)) cleaners and I want you to call my office instead of my cell."),
        ('a', "Sure. Office number?"),
        ('c', "[[PHONE#a:%s %s %s]], ext. [[PHONE#a!x:%s]]." % (ph[:3], ph[3:6], ph[6:], ext)),
        ('a', "And the office address for invoices?"),
        ('c', "[[ADDR:%s Mission Street, Floor 3]], San Francisco, [[POST:%s]]." % (hn, zp)),
        ('a', "Great. Your team did ((n:164)) jobs last month; invoices go out on the ((d:5th))."),
        ('c', "Thanks."),
    ]


@case('asr')
def c68():
    card = g.disc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "basketrun equipment [[NAME:luther]] speaking"),
        ('c', "hey it's [[NAME:crystal vang]] i need to pay for the replacement shopper card i lost"),
        ('a', "okay that's ((p:five dollars)) it'll arrive in ((dur:five to seven days))"),
        ('c', "it's a discover [[CARD#a:%s]] [[CARD#a:%s]]" % (pairs(b[0]), pairs(b[1]))),
        ('a', "uh huh"),
        ('c', "[[CARD#a:%s]] [[CARD#a:%s]]" % (pairs(b[2]), pairs(b[3]))),
        ('a', "and when does it expire"),
        ('c', "[[EXP:%s twenty %s]]" % (MONTHS[mm - 1].lower(), num_words(yy % 100))),
        ('a', "three digit code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "thanks [[NAME:crystal]] you're set"),
    ]


@case('transcript')
def c69():
    hn = g.house(1, 50)
    pc = g.ukpc('YO1')
    em = 'marnie.boothroyd@yorkshire-stays.co.uk'
    return [
        ('a', "Staywell, [[NAME:Barnaby]] speaking."),
        ('c', "Hello, [[NAME:Marnie Boothroyd]]. I'm listing a second cottage and the address won't verify."),
        ('a', "Let me try. What's the address?"),
        ('c', "[[ADDR:%s Shambles Court]], York, [[POST:%s]]." % (hn, pc)),
        ('a', "It's a new build, so it's not on our map yet. I'll verify it manually. Your e-mail?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "Verified. It sleeps ((n:6)) and you'd charge ((p:£165)) a night?"),
        ('c', "Yes, ((p:£190)) at weekends."),
        ('a', "Live within ((dur:24 hours))."),
    ]


@case('asr')
def c70():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "craftbarn advertising [[NAME:olivia]] here"),
        ('c', "hiya [[NAME:olivia]] it's [[NAME:kenji watanabe]] i make the tiny bonsai pots i want the christmas promo"),
        ('a', "the ((dur:four week)) boost is ((p:forty pounds)) and it puts you on the gift guide"),
        ('c', "perfect card is [[CARD#a:%s]]" % ' '.join(w(x) for x in b[:3])),
        ('a', "and the last four"),
        ('c', "[[CARD#a:%s]]" % w(b[3])),
        ('a', "expires"),
        ('c', "[[EXP:%s slash %s]]" % (w('%02d' % mm), pairs(str(yy % 100)))),
        ('a', "cvv"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "great your boost starts on the ((d:first of december))"),
    ]


@case('transcript')
def c71():
    d, m, y = g.dob(1970, 1992)
    ph = g.au_phone()
    hn = g.house(1, 300)
    pc = g.aupc('NSW')
    return [
        ('a', "Zipride airport desk, Sydney. [[NAME:Lachlan]] speaking."),
        ('c', "Hi [[NAME:Lachlan]], [[NAME:Farah Haddad]], driver. I've been in the airport queue ((dur:95 minutes)) and the app dropped me out."),
        ('a', "Sorry, [[NAME:Farah]]. Can I confirm your date of birth and mobile?"),
        ('c', "[[DOB:%d/%d/%d]], [[PHONE:%s %s %s]]." % (d, m, y, ph[:2], ph[2:6], ph[6:])),
        ('a', "And your home address?"),
        ('c', "[[ADDR:%s Parramatta Road]], Annandale, [[POST:%s]]." % (hn, pc)),
        ('a', "I've put you back at position ((o:14)). ((f:QF 432)) and ((f:VA 818)) land at ((t:6:20)), so you should get a ride soon."),
        ('c', "Thanks. I was at position ((o:3)) before."),
        ('a', "I know, sorry. I've added a ((p:$10)) credit for the wait."),
    ]


@case('asr')
def c72():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "tapkit renewals [[NAME:cormac]] speaking"),
        ('c', "hi [[NAME:cormac]] it's [[NAME:brid lenihan]] i sell cheese at the farmers market my plan renewal failed"),
        ('a', "the ((p:one hundred and twenty euro)) annual plan yes it's from ((y:twenty twenty three)) so it's due"),
        ('c', "new card [[CARD#a:%s]] [[CARD#a:%s]]" % (w(b[0]), w(b[1]))),
        ('a', "sorry could you repeat the second block"),
        ('c', "[[CARD#a!x:%s]] and then [[CARD#a:%s]] [[CARD#a:%s]]" % (w(b[1]), w(b[2]), w(b[3]))),
        ('a', "expiry"),
        ('c', "[[EXP:%s %s]]" % (MONTHS[mm - 1].lower(), yearw(yy))),
        ('a', "and the code"),
        ('c', "[[CVV:%s]]" % w(cv)),
        ('a', "renewed you've used ((n:eight hundred)) taps this year so the plan's worth it"),
    ]


@case('transcript')
def c73():
    em = 'sol.ortega.rides@gmail.com'
    hn = g.house(10, 900)
    zp = g.zip('891')
    yr = g.ri(2016, 2022)
    return [
        ('a', "Zipride vehicle team, [[NAME:Harlan]] speaking."),
        ('c', "Hi [[NAME:Harlan]], [[NAME:Soledad Ortega]]. Is a ((y:%d)) car still allowed in Las Vegas?" % yr),
        ('a', "Vehicles must be ((o:15)) years old or newer, so yes. What's the e-mail on your account?"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "And your address?"),
        ('c', "[[ADDR:%s Desert Inn Road]], Las Vegas, NV [[POST:%s]]." % (hn, zp)),
        ('a', "You'll need an inspection. Partner garages charge about ((p:$25)) and it takes ((dur:half an hour))."),
        ('c', "Great."),
    ]


@case('asr')
def c74():
    ph = g.uk_mob()
    return [
        ('a', "tutorly [[NAME:rosalind]] speaking"),
        ('c', "hi it's [[NAME:jagdeep sahota]] a student's parent keeps messaging me outside the app is that allowed"),
        ('a', "no it isn't we'll remind them how many messages"),
        ('c', "about ((n:ten)) since ((t:nine)) this morning"),
        ('a', "okay i'll deal with it can i take a number to call you back"),
        ('c', "[[PHONE#a:%s]] [[PHONE#a:%s]]" % (w(ph[:5]), w(ph[5:]))),
        ('a', "thanks and your next lesson with them"),
        ('c', "thursday at ((t:half four)) it's a ((dur:one hour)) physics lesson"),
        ('a', "i'll call you before then"),
    ]


@case('transcript')
def c75():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    model = 'TK-' + g.num(3)
    return [
        ('a', "Tapkit accessories, [[NAME:Mireille]] speaking."),
        ('c', "Hi, [[NAME:Ewan Gallacher]]. I need ((n:3)) charging docks for the ((m:%s)) readers, and a receipt printer." % model),
        ('a', "Docks are ((p:£19)) each and the printer ((p:£65)). Total ((p:£122)). Card?"),
        ('c', "[[CARD:%s]]." % cg(card)),
        ('a', "Thanks. Expiry?"),
        ('c', "[[EXP:%02d/%d]]." % (mm, yy)),
        ('a', "CVV?"),
        ('c', "[[CVV:%s]]." % cv),
        ('a', "Ordered. It leaves the warehouse by ((t:3pm))."),
    ]


@case('asr')
def c76():
    d, m, y = g.dob(1958, 1980)
    hn = g.house(1, 99)
    pc = g.capc('B')
    return [
        ('a', "staywell canada [[NAME:josee]] speaking"),
        ('c', "hi it's [[NAME:angus macneil]] i've got a cabin on cape breton and i want to close my listing for the winter"),
        ('a', "sure i'll just verify your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (MONTHS[m - 1].lower(), num_words(d), yearw(y))),
        ('a', "and the listing address"),
        ('c', "[[ADDR:%s cabot trail]] [[POST:%s]]" % (num_words(int(hn)), spell(pc))),
        ('a', "when do you want to reopen"),
        ('c', "the ((d:fifteenth of may)) the roads are bad till then"),
        ('a', "done you have ((n:two)) bookings in april do you want to keep those"),
        ('c', "no cancel them i'll refund in full"),
    ]


@case('transcript')
def c77():
    rt, ac = g.num(9), g.num(11)
    pay = g.amt(900, 2500)
    return [
        ('a', "Basketrun payouts, [[NAME:Everett]] speaking."),
        ('c', "Hi, [[NAME:Constance Obi]]. I moved my direct deposit but this week's ((p:$%d.%02d)) went to the old bank." % pay),
        ('a', "The change was made at ((t:11:58 p.m.)) on Thursday, after the cut-off at ((t:10 p.m.))."),
        ('c', "That's unfair. Can you confirm the new details are there now? Routing [[ACCT:%s]], account [[ACCT:%s]]." % (rt, ac)),
        ('a', "Yes, those are on file. Next week's pays there."),
        ('c', "Fine."),
    ]


@case('asr')
def c78():
    em = 'hollie jenkins at btinternet dot com'
    pc = g.ukpc('SA1')
    return [
        ('a', "haulbee [[NAME:tariq]] speaking"),
        ('c', "hi [[NAME:tariq]] it's [[NAME:hollie jenkins]] i'm a courier in swansea my scanner app won't scan barcodes"),
        ('a', "have you tried logging out and in again"),
        ('c', "yeah ((n:three)) times i've got ((n:ninety)) parcels in the van"),
        ('a', "okay i'll reset it your email please"),
        ('c', "[[EMAIL:%s]]" % em),
        ('a', "and your postcode"),
        ('c', "[[POST:%s]]" % spell(pc)),
        ('a', "reset done try now"),
        ('c', "it's working ta"),
    ]


@case('transcript')
def c79():
    card = g.mc()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    return [
        ('a', "Makerloft, [[NAME:Ophelia]] speaking."),
        ('c', "Hi [[NAME:Ophelia]], [[NAME:Ravi Menon]]. I want to pay for the ((y:2025)) craft fair table."),
        ('a', "That's ((p:$95)). Card?"),
        ('c', "[[CARD#a:%s %s]]," % (b[0], b[1])),
        ('a', "Go on."),
        ('c', "[[CARD#a:%s %s]], expiry [[EXP:%02d/%02d]], code [[CVV:%s]]." % (b[2], b[3], mm, yy % 100, cv)),
        ('a', "Reading back: [[CARD:%s]]." % cg(card)),
        ('c', "Correct."),
        ('a', "Table ((o:A7)) is yours. Doors open at ((t:9 a.m.))."),
    ]


@case('asr')
def c80():
    ph = g.us_phone('303')
    hn = g.house(100, 2000)
    zp = g.zip('802')
    return [
        ('a', "tidyhands [[NAME:dakota]] speaking"),
        ('c', "hi it's [[NAME:pilar acosta]] i need to add a second job location"),
        ('a', "sure what's the address"),
        ('c', "[[ADDR:%s larimer street]] denver [[POST:%s]]" % (hw(hn), w(zp)),),
        ('a', "and the client's phone"),
        ('c', "[[PHONE:%s]]" % w(ph)),
        ('a', "it's a ((q:two bedroom)) so you're looking at ((dur:two and a half hours))"),
        ('c', "sounds right"),
    ]


@case('transcript')
def c81():
    acc = 'SLR-' + g.num(7)
    ref = g.fail_luhn(14)
    return [
        ('i', "Welcome to Craftbarn. Please say or enter your seller number."),
        ('c', "[[ACCT:%s]]" % acc[4:]),
        ('i', "Thank you. Your balance is ((p:£312.40)). Your last transfer reference was ((o:%s))." % ref),
        ('i', "To repeat, press ((o:1)). To end the call, press ((o:2))."),
        ('c', "((o:2))"),
        ('i', "Thank you for selling with Craftbarn. Goodbye."),
    ]


@case('asr')
def c82():
    d, m, y = g.dob(1960, 1975)
    return [
        ('a', "dashly [[NAME:imelda]] speaking"),
        ('c', "hi it's [[NAME:reginald achebe]] i wanna close my courier account i'm retiring"),
        ('a', "congratulations let me verify your date of birth"),
        ('c', "[[DOB:%s %s %s]]" % (ordw(d), MONTHS[m - 1].lower(), yearw(y))),
        ('a', "thanks you did ((n:four thousand two hundred)) deliveries with us"),
        ('c', "since ((y:twenty eighteen)) yeah"),
        ('a', "final payout goes on the ((d:fifteenth))"),
    ]


@case('transcript')
def c83():
    pid = g.num(9)
    ph = g.uk_mob()
    wk = g.amt(400, 800)
    return [
        ('a', "Zipride UK earnings team, [[NAME:Clemency]] speaking."),
        ('c', "Hi [[NAME:Clemency]], it's [[NAME:Obinna Eze]]. My weekly statement looks wrong and I'm between fares, so quickly please."),
        ('a', "Of course. Can you read me the payout ID from the e-mail?"),
        ('c', "It says payout ID [[ACCT:%s]]." % pid),
        ('a', "Thanks. I see ((n:53)) trips, ((q:612 miles)), gross ((p:£%d.%02d)), and a service fee of ((pct:25%%))." % wk),
        ('c', "The fee was ((pct:20%)) last month."),
        ('a', "It changed on ((d:1 April)); there was a notice in the app. Your rating is still ((o:4.93)), which keeps you in the ((pct:5%)) rebate tier."),
        ('c', "Fine. Text me the breakdown? [[PHONE:%s]]." % ph),
        ('a', "Sent. It should arrive in ((dur:a minute or two))."),
        ('c', "Got it, thanks."),
    ]


@case('transcript')
def c84():
    card = g.visa()
    b = blocks(card)
    mm, yy = g.exp()
    cv = g.cvv()
    ser = g.fail_luhn(15)
    return [
        ('a', "Tapkit returns, [[NAME:Horatio]] speaking."),
        ('c', "Hi [[NAME:Horatio]], [[NAME:Maya Goldberg]]. My old ((m:TK-100)) is being replaced and you need a deposit until I send it back?"),
        ('a', "Yes, a ((p:£30)) hold. Serial of the old reader first?"),
        ('c', "((o:%s))." % ser),
        ('a', "Thanks. Now the card for the hold."),
        ('c', "[[CARD#a:%s]]... [[CARD#a:%s]]... [[CARD#a:%s]]... [[CARD#a:%s]]." % tuple(b)),
        ('a', "Expiry?"),
        ('c', "[[EXP:%02d/%02d]]" % (mm, yy % 100)),
        ('a', "And the CVV?"),
        ('c', "[[CVV:%s]]" % cv),
        ('a', "Done. Post it back within ((dur:14 days)); the label's in the box. The hold drops ((dur:3-5 days)) after we receive it."),
        ('c', "Okay, thanks."),
    ]


# ----------------------------------------------------------------------------- main
MINIMUM = {'CARD_NUMBER': 60, 'CVV': 30, 'EXPIRY': 30, 'SSN': 10, 'PHONE': 35, 'EMAIL': 25,
           'DOB': 20, 'ADDRESS': 35, 'POSTCODE': 35, 'ACCOUNT_NUMBER': 45, 'NAME': 200}


def main():
    cases, meta = build()
    errs = check(cases, meta)
    pii = {t: 0 for t in MINIMUM}
    keep = {k: 0 for k in KINDS.values()}
    n_utt = n_clean = ivr = 0
    style_utts = {'asr': 0, 'transcript': 0}
    for c in cases:
        for p in c['pii']:
            pii[p['type']] += 1
        for k in c['keep']:
            keep[k['kind']] += 1
        n_utt += len(c['utterances'])
        style_utts[c['style']] += len(c['utterances'])
        with_pii = {p['utterance'] for p in c['pii']}
        n_clean += sum(1 for i in range(len(c['utterances'])) if i not in with_pii)
        if any(u['speaker'] == 'ivr' for u in c['utterances']):
            ivr += 1
    for t, m in MINIMUM.items():
        if pii[t] < m:
            errs.append('minimum: %s %d < %d' % (t, pii[t], m))
    if len(cases) < 80:
        errs.append('minimum: cases %d < 80' % len(cases))
    if n_utt < 1000:
        errs.append('minimum: utterances %d < 1000' % n_utt)
    if n_clean < 400:
        errs.append('minimum: utterances without pii %d < 400' % n_clean)
    if sum(keep.values()) < 280:
        errs.append('minimum: keep spans %d < 280' % sum(keep.values()))
    for k, v in keep.items():
        if v == 0:
            errs.append('minimum: no keep span of kind %s' % k)
    if ivr < 6:
        errs.append('minimum: IVR cases %d < 6' % ivr)
    print('cases', len(cases), 'utterances', n_utt, 'without pii', n_clean, 'ivr cases', ivr)
    print('style utterances', ', '.join('%s %d (%.0f%%)' % (s, v, 100.0 * v / max(n_utt, 1))
                                        for s, v in sorted(style_utts.items())))
    print('pii', ', '.join('%s %d' % kv for kv in pii.items()), '| total', sum(pii.values()))
    print('keep', ', '.join('%s %d' % kv for kv in keep.items()), '| total', sum(keep.values()))
    if errs:
        for e in errs:
            print('ERROR', e, file=sys.stderr)
        print('%d errors; nothing written' % len(errs), file=sys.stderr)
        sys.exit(1)
    if '--check' in sys.argv[1:]:
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dev52.jsonl')
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print('wrote', out)


if __name__ == '__main__':
    main()
