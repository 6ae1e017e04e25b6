#!/usr/bin/env python3
"""Write data/redaction/dev11.jsonl: written as a seventh held-out set (test7.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Written fresh from the brief and data/redaction/README.md only: the labeller did not open the
redactor, its tests, the evaluation script or any other set or generator. Every conversation
below is hand-written; numbers come from ``random.Random(SEED)`` through ``Gen`` and are rendered
in the case's style by the helpers below. Inline markup:

    [[T:text]]       pii of type code T (see PII), a value said in one piece (its own group)
    [[T#x:text]]     a piece of value ``x``; pieces with the same ``x`` share a group
    [[T#x!:text]]    a piece that the speaker then corrects (labelled, same group, not used
                     when the value is checked, e.g. Luhn)
    ((k:text))       a look-alike of kind code k (see KEEP)

The markup is stripped by code and every offset is computed from the clean text. Groups are
numbered g1, g2, ... in order of first appearance within the case.

Choices this set makes where the README's conventions leave room:
- A first name and surname said together are one NAME span, in both styles; a surname spelled
  out (letters or NATO words) after the name is its own span and group. A name broken by a
  filler ("um") is one group in pieces.
- A card piece that the caller corrects ("no sorry, that last bit was ...") is labelled
  CARD_NUMBER in the value's group; a whole value said again (after "once more?") is a group of
  its own. Partial card numbers ("ending in ...") are not used.
- References given out by an agent (case, job, claim numbers), NHS and hospital numbers, student
  and candidate numbers, tenancy and rent references, permit and library card numbers, meter
  serials and policy/order/booking numbers are ACCOUNT_NUMBER.
- Long tracking numbers that fail the Luhn check, room/ward/bus/year-group/exam-paper numbers
  (the number only), ages, error codes, a software version, a course code, a planning
  application number, a school's exam centre number, the 111 helpline, temperatures, a distance,
  a broadband speed and meter readings are ``other``, and so are a few ordinary words that are
  names elsewhere in the set ("my grant", "the dean", "I'll mark that"); such words are not
  labelled everywhere.
- Weekdays without a number are not labelled; dates with a day number or a month and day are.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 72958163
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'dev11.jsonl')

PII = {'N': 'NAME', 'A': 'ACCOUNT_NUMBER', 'C': 'CARD_NUMBER', 'V': 'CVV', 'X': 'EXPIRY',
       'S': 'SSN', 'P': 'PHONE', 'E': 'EMAIL', 'D': 'DOB', 'AD': 'ADDRESS', 'PC': 'POSTCODE'}
KEEP = {'q': 'quantity', 't': 'time', 'pr': 'price', 'fl': 'flight_number', 'dt': 'date',
        'yr': 'year', 'du': 'duration', 'pct': 'percentage', 'mo': 'model_number',
        'ct': 'count', 'o': 'other'}
SPEAKER = {'A': 'agent', 'C': 'customer', 'I': 'ivr'}

MIN_PII = {'NAME': 80, 'ACCOUNT_NUMBER': 55, 'CARD_NUMBER': 40, 'CVV': 20, 'EXPIRY': 20,
           'SSN': 15, 'PHONE': 25, 'EMAIL': 20, 'DOB': 20, 'ADDRESS': 20, 'POSTCODE': 20}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_ORDINARY = 80, 420, 180, 100

# ---------------------------------------------------------------------------------------------
# numbers and words

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
         'seventeen', 'eighteen', 'nineteen']
TENS = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy',
        8: 'eighty', 9: 'ninety'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']
ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
       'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
       'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
NATO = {'a': 'alpha', 'b': 'bravo', 'c': 'charlie', 'd': 'delta', 'e': 'echo', 'f': 'foxtrot',
        'g': 'golf', 'h': 'hotel', 'i': 'india', 'j': 'juliet', 'k': 'kilo', 'l': 'lima',
        'm': 'mike', 'n': 'november', 'o': 'oscar', 'p': 'papa', 'q': 'quebec', 'r': 'romeo',
        's': 'sierra', 't': 'tango', 'u': 'uniform', 'v': 'victor', 'w': 'whiskey',
        'x': 'x-ray', 'y': 'yankee', 'z': 'zulu'}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in '0123456789':
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def two(n):
    """Words for 0..99 as a number ("forty one", "twelve", "seven")."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ('' if u == 0 else ' ' + ONES[u])


def cardinal(n, uk=True):
    """Words for 0..999999 ("three hundred and forty five")."""
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + ' hundred' + ('' if r == 0 else (' and ' if uk else ' ') + two(r))
    th, r = divmod(n, 1000)
    head = cardinal(th, uk) + ' thousand'
    if r == 0:
        return head
    if r < 100:
        return head + (' and ' if uk else ' ') + two(r)
    return head + ' ' + cardinal(r, uk)


def ordinal(n):
    if n <= 20:
        return ORD[n - 1]
    t, u = divmod(n, 10)
    return TENS[t][:-1] + 'ieth' if u == 0 else TENS[t] + ' ' + ORD[u - 1]


def ord_suffix(n):
    if 11 <= n % 100 <= 13:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def year_words(y, style='plain'):
    if 2000 <= y <= 2009:
        return 'two thousand and ' + ONES[y - 2000] if style == 'and' else \
            'two thousand ' + ONES[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + ' hundred'
    if lo < 10:
        return two(hi) + ' oh ' + ONES[lo]
    return two(hi) + ' ' + two(lo)


def say(s, zero='oh', dbl=False, triple=False):
    """Read a value character by character: digits as words, letters as letters."""
    chars = [c.lower() for c in s if c.isalnum()]
    out = []
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            w = zero if c == '0' else ONES[int(c)]
            run = 1
            while i + run < len(chars) and chars[i + run] == c:
                run += 1
            if triple and run >= 3:
                out.append('triple ' + w)
                i += 3
                continue
            if dbl and run >= 2:
                out.append('double ' + w)
                i += 2
                continue
            out.append(w)
        else:
            out.append(c)
        i += 1
    return ' '.join(out)


def pairs(s, zero='oh'):
    """Read digits two at a time ("forty one eleven oh five"); an odd last digit alone."""
    d = [c for c in s if c.isdigit()]
    chunks = [''.join(d[i:i + 2]) for i in range(0, len(d), 2)]
    words = []
    for k, ch in enumerate(chunks):
        nxt = chunks[k + 1] if k + 1 < len(chunks) else ''
        if len(ch) == 1:
            words.append(zero if ch == '0' else ONES[int(ch)])
        elif ch == '00':
            words.append('double ' + zero)
        elif ch[0] == '0':
            words.append(zero + ' ' + ONES[int(ch[1])])
        elif ch[1] == '0' and ch[0] != '1' and len(nxt) == 1 and nxt != '0':
            words.append(ONES[int(ch[0])] + ' ' + zero)
        else:
            words.append(two(int(ch)))
    return ' '.join(words)


def groups(s, sizes, sep=' '):
    d = ''.join(c for c in s if c.isalnum())
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    assert i == len(d), (s, sizes)
    return sep.join(out)


def card_t(num, sep=' '):
    return groups(num, [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4], sep)


def mixed(num, sizes=None, start_digits=True, zero='oh'):
    """Groups alternately typed as digits and said as words ("4921 seven seven oh two ...")."""
    sizes = sizes or ([4, 6, 5] if len(num) == 15 else [4, 4, 4, 4])
    parts = groups(num, sizes).split()
    out = []
    for i, p in enumerate(parts):
        as_digits = (i % 2 == 0) == start_digits
        out.append(p if as_digits else say(p, zero))
    return ' '.join(out)


def hundreds(num):
    """4-digit groups; one ending in 00 said as 'forty five hundred', the others in pairs."""
    out = []
    for p in groups(num, [4] * (len(num) // 4)).split():
        if p[2:] == '00' and p[0] != '0':
            out.append(two(int(p[:2])) + ' hundred')
        else:
            out.append(pairs(p))
    return ' '.join(out)


def nato(s):
    return ' '.join(NATO[c.lower()] if c.isalpha() else (ONES[int(c)] if c.isdigit() else c)
                    for c in s if c.isalnum())


def spell(word, sep=' '):
    return sep.join(c for c in word if c.isalpha())


def mon(m):
    return MONTHS[m - 1]


def Mon(m):
    return MONTHS[m - 1].capitalize()


def exp_t(e, form='mm/yy'):
    m, y = e
    if form == 'mm/yy':
        return '%02d/%02d' % (m, y % 100)
    if form == 'mm/yyyy':
        return '%02d/%d' % (m, y)
    if form == 'mm-yy':
        return '%02d-%02d' % (m, y % 100)
    if form == 'Mon yyyy':
        return '%s %d' % (Mon(m), y)
    if form == 'Mon yy':
        return "%s '%02d" % (Mon(m)[:3], y % 100)
    raise ValueError(form)


def exp_s(e, form='digits'):
    m, y = e
    yy = y % 100
    if form == 'digits':            # oh eight twenty nine
        return '%s %s' % (say('%02d' % m), two(yy))
    if form == 'plain':             # eight twenty nine
        return '%s %s' % (two(m), two(yy))
    if form == 'slash':             # oh eight slash twenty nine
        return '%s slash %s' % (say('%02d' % m), two(yy))
    if form == 'month':             # august twenty nine
        return '%s %s' % (mon(m), two(yy))
    if form == 'month_long':        # august twenty twenty nine
        return '%s twenty %s' % (mon(m), two(yy))
    if form == 'each':              # oh eight two nine
        return say('%02d%02d' % (m, yy))
    raise ValueError(form)


def dob_t(dob, form):
    y, m, d = dob
    if form == 'dmy':
        return '%02d/%02d/%d' % (d, m, y)
    if form == 'mdy':
        return '%02d/%02d/%d' % (m, d, y)
    if form == 'mdy_short':
        return '%d/%d/%02d' % (m, d, y % 100)
    if form == 'dmy_dots':
        return '%02d.%02d.%d' % (d, m, y)
    if form == 'long':
        return '%d %s %d' % (d, Mon(m), y)
    if form == 'ord':
        return '%s %s %d' % (ord_suffix(d), Mon(m), y)
    if form == 'us':
        return '%s %d, %d' % (Mon(m), d, y)
    if form == 'of':
        return '%s of %s %d' % (ord_suffix(d), Mon(m), y)
    raise ValueError(form)


def dob_s(dob, form):
    y, m, d = dob
    if form == 'of':                # fourteenth of march nineteen sixty two
        return '%s of %s %s' % (ordinal(d), mon(m), year_words(y))
    if form == 'us':                # march fourteenth nineteen sixty two
        return '%s %s %s' % (mon(m), ordinal(d), year_words(y))
    if form == 'us_short':          # march fourteenth sixty two
        return '%s %s %s' % (mon(m), ordinal(d), two(y % 100) if y % 100 >= 10
                             else 'oh ' + ONES[y % 100])
    if form == 'digits':            # one four oh three six two
        return say('%02d%02d%02d' % (d, m, y % 100))
    if form == 'nums':              # fourteen three sixty two
        return '%s %s %s' % (two(d), two(m), year_words(y))
    if form == 'us_nums':           # three fourteen sixty two
        return '%s %s %s' % (two(m), two(d), two(y % 100) if y % 100 >= 10
                             else 'oh ' + ONES[y % 100])
    if form == 'plain':             # fourteen march nineteen sixty two
        return '%s %s %s' % (two(d), mon(m), year_words(y))
    raise ValueError(form)


def ph_uk_t(p, form='space'):
    if p.startswith('07'):
        if form == 'plus':
            return '+44 %s %s' % (p[1:5], p[5:])
        if form == 'none':
            return p
        return '%s %s' % (p[:5], p[5:])
    if p.startswith('020'):
        return '%s %s %s' % (p[:3], p[3:7], p[7:])
    if p.startswith('01632'):
        return '%s %s' % (p[:5], p[5:])
    return '%s %s %s' % (p[:4], p[4:7], p[7:])


def ph_uk_s(p, zero='oh', dbl=True):
    if p.startswith('07'):
        return '%s %s' % (say(p[:5], zero, dbl), say(p[5:], zero, dbl))
    if p.startswith('020'):
        return '%s %s %s' % (say(p[:3], zero, dbl), say(p[3:7], zero, dbl),
                             say(p[7:], zero, dbl))
    return '%s %s %s' % (say(p[:4], zero, dbl), say(p[4:7], zero, dbl), say(p[7:], zero, dbl))


def ph_us_t(p, form='paren'):
    if form == 'paren':
        return '(%s) %s-%s' % (p[:3], p[3:6], p[6:])
    if form == 'dash':
        return '%s-%s-%s' % (p[:3], p[3:6], p[6:])
    if form == 'dot':
        return '%s.%s.%s' % (p[:3], p[3:6], p[6:])
    raise ValueError(form)


def ph_us_s(p, zero='oh', triple=False):
    return '%s %s %s' % (say(p[:3], zero), say(p[3:6], zero, triple=triple), say(p[6:], zero))


def pc_s(pc):
    """UK postcode said letter by letter, numbers as words: 'hx seven two q t'."""
    out = []
    for part in pc.split():
        m = re.match(r'([A-Z]+)(\d+)([A-Z]*)$', part)
        if m:                                       # outward code: letters then a number
            out.extend(c.lower() for c in m.group(1))
            n = m.group(2)
            out.append(two(int(n)) if len(n) == 2 and n[0] != '0' else say(n))
            out.extend(c.lower() for c in m.group(3))
        else:                                       # inward code: digit and two letters
            out.append(ONES[int(part[0])])
            out.extend(c.lower() for c in part[1:])
    return ' '.join(out)


def zip_s(z, zero='oh'):
    return say(z, zero)


def ssn_t(s, form='dash'):
    if form == 'dash':
        return '%s-%s-%s' % (s[:3], s[3:5], s[5:])
    if form == 'space':
        return '%s %s %s' % (s[:3], s[3:5], s[5:])
    return s


def ssn_s(s, zero='zero'):
    return '%s %s %s' % (say(s[:3], zero), say(s[3:5], zero), say(s[5:], zero))


class Gen:
    LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    PC_IN = 'ABDEFGHJLNPQRSTUWXYZ'

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pat(self, p):
        """'9' any digit, '1' a non-zero digit, 'A' a letter; other characters as they are."""
        out = []
        for ch in p:
            if ch == '9':
                out.append(str(self.r.randrange(10)))
            elif ch == '1':
                out.append(str(self.r.randrange(1, 10)))
            elif ch == 'A':
                out.append(self.r.choice(self.LETTERS))
            else:
                out.append(ch)
        return ''.join(out)

    def card(self, kind='visa', head=None):
        if head:
            n = 15 if head[:2] in ('34', '37') else 16
            body = head + self.pat('9' * (n - len(head) - 1))
            return body + luhn_digit(body)
        if kind == 'visa':
            head, n = '4' + self.pat('99999'), 16
        elif kind == 'mc':
            head, n = '5' + str(self.r.randint(1, 5)) + self.pat('9999'), 16
        elif kind == 'mc2':
            head, n = str(self.r.randint(222100, 272099)), 16
        elif kind == 'amex':
            head, n = self.r.choice(['34', '37']) + self.pat('9999'), 15
        elif kind == 'disc':
            head, n = self.r.choice(['6011', '6445', '6500', '6582']) + self.pat('99'), 16
        else:
            raise ValueError(kind)
        body = head + self.pat('9' * (n - len(head) - 1))
        return body + luhn_digit(body)

    def cvv(self, n=3):
        return self.pat('1' + '9' * (n - 1))

    def expiry(self, expired=False):
        y = self.r.randint(2024, 2025) if expired else self.r.randint(2027, 2032)
        return (self.r.randint(1, 12), y)

    def ssn(self):
        area = self.r.randint(1, 665)
        return '%03d%02d%04d' % (area, self.r.randint(1, 99), self.r.randint(1, 9999))

    def dob(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return (y, m, d)

    def uk_mobile(self):
        return '07700900' + self.pat('999')

    def uk_land(self, area='0161'):
        if area == '020':
            return '02079460' + self.pat('999')
        if area == '01632':
            return '01632960' + self.pat('999')
        return area + '4960' + self.pat('999')

    def us_phone(self, area):
        return area + '55501' + self.pat('99')

    def zip(self, prefix):
        return prefix + self.pat('9' * (5 - len(prefix)))

    def pc(self, outward):
        return '%s %d%s%s' % (outward, self.r.randrange(10), self.r.choice(self.PC_IN),
                              self.r.choice(self.PC_IN))

    def nhs(self):
        while True:
            body = self.pat('1' + '9' * 8)
            total = sum(int(c) * (10 - i) for i, c in enumerate(body))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                return body + str(check)

    def tracking_fail(self, n=16):
        body = self.pat('1' + '9' * (n - 2))
        good = luhn_digit(body)
        return body + str((int(good) + 1 + self.r.randrange(8)) % 10)

    def pick(self, seq):
        return self.r.choice(seq)


# ---------------------------------------------------------------------------------------------
# reading spoken numbers back into digits (for the checks only)

WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT['oh'] = '0'
TEEN_NUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_NUM = {w: str(k) for k, w in TENS.items()}
NUMBER_WORDS = set(WORD_DIGIT) | set(TEEN_NUM) | set(TENS_NUM) | {'double', 'triple', 'hundred'}


def to_digits(text):
    toks = re.findall(r"[A-Za-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ('double', 'triple') and i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT:
            out.append(WORD_DIGIT[toks[i + 1]] * (2 if t == 'double' else 3))
            i += 1
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in TEEN_NUM:
            out.append(TEEN_NUM[t])
        elif t in TENS_NUM:
            if i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT and toks[i + 1] not in ('zero', 'oh'):
                out.append(TENS_NUM[t] + WORD_DIGIT[toks[i + 1]])
                i += 1
            else:
                out.append(TENS_NUM[t] + '0')
        elif t == 'hundred':
            out.append('00')
        i += 1
    return ''.join(out)


# ---------------------------------------------------------------------------------------------
# markup

MARK = re.compile(r'\[\[([A-Z]+)(?:#([a-z0-9]+)(!?))?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)')


def parse(text):
    """Strip markup; return clean text, pii [(start, end, code, label, superseded, value)]
    and keep [(start, end, kind, value)]."""
    clean, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(text):
        clean.append(text[pos:m.start()])
        n += len(text[pos:m.start()])
        if m.group(1):
            val = m.group(4)
            assert m.group(1) in PII, m.group(1)
            pii.append((n, n + len(val), m.group(1), m.group(2), bool(m.group(3)), val))
        else:
            val = m.group(6)
            assert m.group(5) in KEEP, m.group(5)
            keep.append((n, n + len(val), m.group(5), val))
        clean.append(val)
        n += len(val)
        pos = m.end()
    clean.append(text[pos:])
    out = ''.join(clean)
    assert '[[' not in out and ']]' not in out and '((' not in out and '))' not in out, text
    return out, pii, keep


CASES = []


def case(style):
    assert style in ('transcript', 'asr')

    def deco(fn):
        CASES.append((fn, style))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# the conversations

@case('transcript')
def council_tax_move(g):
    acc = g.pat('41999999')
    pc = g.pc('HX7')
    return [
        ('A', "Good morning, Wyecliffe Council revenues, you're speaking with [[N:Tamsin Hough]]. How can I help?"),
        ('C', "Hi [[N:Tamsin]], I'm moving out at the end of the month and I need to close my council tax account."),
        ('A', "No problem. Have you got the account number? It's on the top right of the bill."),
        ('C', f"Yes, it's [[A:{acc}]]."),
        ('A', "And can I take your full name, please?"),
        ('C', "[[N:Oluwaseun Adeyemi-Clarke]]."),
        ('A', "Thank you. And the address you're leaving?"),
        ('C', f"[[AD:Flat 6, 112 Ashdown Road, Hebden Bridge]], [[PC:{pc}]]."),
        ('A', "What date do you hand the keys back?"),
        ('C', "The ((dt:28th)). The new flat's over in Leeds, so it's a different council."),
        ('A', "Right. You've paid up to ((dt:1 July)), so there'll be a small refund, about ((pr:£46.20)). It usually takes ((du:ten working days))."),
        ('C', "That's fine, cheers."),
    ]


@case('asr')
def bulky_waste(g):
    pc = g.pc('BD22')
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    ref = g.pat('AA999999')
    return [
        ('A', "hiya you're through to ashcombe council waste services [[N:dean]] speaking"),
        ('C', "oh hi [[N:dean]] um i wanted to book one of them bulky collections"),
        ('A', "no worries whats the address for the pickup"),
        ('C', "[[AD:fourteen the green oakworth]]"),
        ('A', "and the postcode for that"),
        ('C', f"[[PC:{pc_s(pc)}]]"),
        ('A', "lovely how many items are we talking"),
        ('C', "((ct:three)) a sofa a fridge freezer and an old mattress out the spare room"),
        ('A', "okay thats ((pr:thirty eight pounds)) for up to ((q:five)) items and the first slot i've got is the ((dt:ninth of september))"),
        ('C', "yeah that's fine can i pay now"),
        ('A', "course go ahead with the card number"),
        ('C', f"[[C#a:{say(card[:6])}]] hang on the light's bad in here [[C#a:{say(card[6:])}]]"),
        ('A', "and the expiry"),
        ('C', f"[[X:{exp_s(e, 'digits')}]]"),
        ('A', "and the last three on the back"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', f"that's gone through your booking reference is [[A:{say(ref)}]]"),
        ('C', "brilliant thanks [[N:dean]]"),
    ]


@case('transcript')
def snap_recert(g):
    case_no = g.pat('19-999999')
    ssn = g.ssn()
    dob = g.dob(1968, 1979)
    ph = g.us_phone('614')
    return [
        ('A', "Tri-County Family Services, this is [[N:Darnell Whitfield]]. How can I help you today?"),
        ('C', "Hi, this is [[N:Marisol Quintanilla]]. I got a letter saying my SNAP recertification is due by ((dt:March 31st))."),
        ('A', "I can help with that. What's your case number?"),
        ('C', f"It's [[A:{case_no}]]."),
        ('A', "And for verification, your Social Security number?"),
        ('C', f"[[S:{ssn_t(ssn)}]]."),
        ('A', "And your date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'us')}]]."),
        ('A', "Thank you, Ms. [[N:Quintanilla]]. How many people are in the household now?"),
        ('C', "((ct:Four)). My mom moved in with us after Christmas."),
        ('A', "Okay, we'll need her income too. What's the best phone number for the interview?"),
        ('C', f"[[P:{ph_us_t(ph, 'paren')}]], that's my cell."),
        ('A', "Perfect. It's a phone interview on ((dt:April 8)) at ((t:10:30 a.m.)), and it takes about ((du:20 minutes))."),
        ('C', "Okay. Do I need anything in front of me?"),
        ('A', "Just your mom's pay stubs or benefit letter if she has one."),
    ]


@case('asr')
def parking_permit(g):
    pn = g.pat('999999')
    card = g.card('mc')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "parking services good afternoon you're speaking to [[N:ayesha]]"),
        ('C', "hi [[N:ayesha]] i need to renew my residents permit it ran out on the ((dt:twelfth))"),
        ('A', "okay have you got the permit number it starts with r p"),
        ('C', f"yeah [[A:r p {say(pn)}]]"),
        ('A', "thank you and the name on the permit"),
        ('C', "[[N:rasa petrauskaite]]"),
        ('A', "lovely so a year is ((pr:ninety five pounds)) or ((du:six months)) is ((pr:fifty two fifty))"),
        ('C', "i'll just do the full year thanks"),
        ('A', "no problem read me the long number on the card"),
        ('C', f"[[C#a:{pairs(card[:8])}]]"),
        ('A', "yep"),
        ('C', f"[[C#a:{pairs(card[8:])}]]"),
        ('A', "and the expiry date"),
        ('C', f"[[X:{exp_s(e, 'month')}]]"),
        ('A', "and the security code"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "that's all done you can print the new permit from the email"),
    ]


@case('transcript')
def blue_badge(g):
    dob = g.dob(1939, 1944)
    pc = g.pc('BS35')
    ref = g.pat('BB/99999/A')
    return [
        ('A', "Blue Badge team, [[N:Nkechi]] speaking."),
        ('C', "Hello. I'm applying on behalf of my mum, she's just come out of hospital after a hip replacement."),
        ('A', "Sorry to hear that. What's her name?"),
        ('C', "[[N:Theodora Papadimitriou]]. Do you want me to spell the surname?"),
        ('A', "Please."),
        ('C', "[[N:P-A-P-A-D-I-M-I-T-R-I-O-U]]."),
        ('A', "Thank you. And her date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'ord')}]]. She's ((o:84)) but she's sharp as a tack."),
        ('A', "And her address?"),
        ('C', f"[[AD:27 Millbrook, Thornbury]], [[PC:{pc}]]. There's no road name, it's just Millbrook."),
        ('A', f"Lovely. I've started the application and the reference is [[A:{ref}]]. A decision can take up to ((du:12 weeks))."),
        ('C', "((du:Twelve weeks))? She can hardly get to the car."),
        ('A', "I know. If her consultant writes a short letter we can fast-track it."),
    ]


@case('asr')
def housing_benefit(g):
    ref = g.pat('19999999')
    return [
        ('A', "benefits and housing support you're speaking with [[N:kwabena]] how can i help"),
        ('C', "hi [[N:kwabena]] yeah its about my housing benefit my landlord says he hasn't had anything for ((du:two months))"),
        ('A', "okay can i take your claim reference"),
        ('C', f"yeah its [[A#a:{say(ref[:4])}]] um [[A#a:{say(ref[4:])}]]"),
        ('A', "and your name"),
        ('C', "[[N:shirin bahrami]]"),
        ('A', "thanks [[N:shirin]] and the landlord's name"),
        ('C', "[[N:gerald ashworth]] he's got ((ct:four)) houses on our road"),
        ('A', "right so your rent's ((pr:five hundred and twenty pounds a month)) and we pay ((pr:four sixty)) of that straight to him"),
        ('C', "that's right"),
        ('A', "i can see a suspension from the ((dt:third of may)) because we were waiting on your payslips"),
        ('C', "i sent them in ages ago"),
        ('A', "i'll get that lifted today and the arrears should reach him in ((du:five to seven days))"),
    ]


@case('transcript')
def ui_claim(g):
    ssn = g.ssn()
    cid = g.pat('UI-1999999')
    ph = g.us_phone('206')
    return [
        ('A', "Employment Security, claimant services. This is [[N:Ingrid Solberg]]."),
        ('C', "Hi [[N:Ingrid]], I filed a claim ((du:two weeks)) ago and I haven't heard anything."),
        ('A', "Let me take a look. Can I get the last four of your Social?"),
        ('C', f"[[S:{ssn[-4:]}]]."),
        ('A', "And your claimant ID?"),
        ('C', f"[[A:{cid}]]."),
        ('A', "Thank you, Mr. [[N:Abernathy]]. The claim is pending because your employer disputed it."),
        ('C', "Disputed? They laid off ((ct:forty)) of us on the same day."),
        ('A', "I understand. Is your email still [[E:t.abernathy1987@fastmail.com]]?"),
        ('C', "No, I changed it. It's [[E:travis.abernathy@outlook.com]]."),
        ('A', "Got it. And a callback number?"),
        ('C', f"[[P:{ph_us_t(ph, 'dash')}]]."),
        ('A', "A fact-finding interview will be scheduled within ((du:10 business days)). Keep filing your weekly claims meanwhile."),
    ]


@case('asr')
def library_renew(g):
    lib = '2' + g.pat('9999999999999')
    return [
        ('A', "central library enquiries [[N:hazel]] speaking"),
        ('C', "oh hello [[N:hazel]] its about some books i've got out i can't renew them online"),
        ('A', "right can you read me the number under the barcode on your card"),
        ('C', f"[[A:{say(lib, dbl=True)}]]"),
        ('A', "thank you and can i just check your name"),
        ('C', "[[N:ignatius mutasa]]"),
        ('A', "okay so you've got ((ct:six)) items out and ((ct:two)) of them are reserved by someone else so they won't renew"),
        ('C', "ah which ones"),
        ('A', "the cookery book and the dvd the rest i've renewed till the ((dt:twenty second))"),
        ('C', "and is there a fine on there"),
        ('A', "there's ((pr:one pound eighty)) but you can pay that next time you're in"),
        ('C', "lovely thank you [[N:hazel]]"),
    ]


@case('transcript')
def passport_urgent(g):
    ref = g.pat('1999-9999-9999')
    dob = g.dob(2012, 2016)
    return [
        ('A', "Passport Advice Line, you're through to [[N:Callum Ferreira]]."),
        ('C', "Hi. I applied for my son's passport ((du:five weeks)) ago and we fly on Friday. I'm panicking."),
        ('A', "Okay, let's check. What's the application reference? It'll be in the confirmation email."),
        ('C', f"[[A:{ref}]]."),
        ('A', "And the applicant's name and date of birth?"),
        ('C', f"[[N:Zayan Chaudhry]], [[D:{dob_t(dob, 'dmy')}]]."),
        ('A', "Thanks. It was approved and printed yesterday. Where are you flying to?"),
        ('C', "Manchester to Lahore, ((fl:PK 702)), it leaves at ((t:11:45)) on the Friday morning, and we're back on ((fl:PK 701)) ((du:three weeks)) later."),
        ('A', "Courier delivery is ((du:2 to 3 days)), so it should be with you by Wednesday. I'll add a note to the file."),
        ('C', "Oh, thank God. Thank you, [[N:Callum]]."),
    ]


@case('asr')
def state_refund(g):
    ssn = g.ssn()
    z = g.zip('803')
    return [
        ('A', "thank you for calling the department of revenue my name is [[N:lorenzo]] how can i help you"),
        ('C', "hi yeah it's [[N:terrence haskins]] i'm trying to find out where my refund is it's been like ((du:eight weeks))"),
        ('A', "i can check that for you can i have the primary taxpayer's social security number"),
        ('C', f"[[S:{ssn_s(ssn)}]]"),
        ('A', "and the mailing address on the return"),
        ('C', f"[[AD:twenty six forty one larkspur lane apartment nine boulder]] colorado [[PC:{zip_s(z)}]]"),
        ('A', "okay [[N:terrence]] the return was flagged for identity verification you should've got a letter"),
        ('C', "i never got any letter"),
        ('A', "it went out on the ((dt:fourteenth of february)) i can resend it but it takes ((du:seven to ten days))"),
        ('C', "can't i just do it over the phone"),
        ('A', "not for this one sorry it has to be the code on the letter"),
    ]


@case('transcript')
def gp_register(g):
    pc = g.pc('CF14')
    nhs = g.nhs()
    dob = g.dob(1988, 1996)
    ph = g.uk_mobile()
    return [
        ('A', "Elmfield Medical Practice, reception, [[N:Bethan]] speaking."),
        ('C', "Hi, I've just moved to the area and I'd like to register with you."),
        ('A', "Of course. Let me check you're in our catchment. What's the new address?"),
        ('C', f"[[AD:Flat 2, 48 Heol Llanishen Fach, Cardiff]], [[PC:{pc}]]."),
        ('A', "Yes, that's fine. Do you know your NHS number?"),
        ('C', f"I think so, it's [[A:{groups(nhs, [3, 3, 4])}]]."),
        ('A', "Great. Your name and date of birth?"),
        ('C', f"[[N:Anwen Pritchard-Mensah]], [[D:{dob_t(dob, 'long')}]]."),
        ('A', "And a mobile number we can text?"),
        ('C', f"[[P:{ph_uk_t(ph)}]]."),
        ('A', "I'll text you the registration form now. New patient checks are ((du:20 minutes)) with the nurse, and the next one is ((dt:3rd October)) at ((t:9:10))."),
        ('C', "That works. Thanks so much."),
    ]


@case('asr')
def eye_clinic_move(g):
    hosp = g.pat('AA999999')
    return [
        ('A', "outpatient appointments this is [[N:priyanka]]"),
        ('C', "hi [[N:priyanka]] i need to move my appointment at the eye clinic"),
        ('A', "sure can i have your hospital number it's on the letter starts with two letters"),
        ('C', f"[[A:{say(hosp)}]]"),
        ('A', "and your surname please"),
        ('C', f"[[N:nwachukwu]] [[N:{' '.join(c + ' for ' + NATO[c] for c in 'nwachukwu')}]]"),
        ('A', "thanks and the first name"),
        ('C', "[[N:chiamaka]]"),
        ('A', "okay [[N:chiamaka]] you're booked for the ((dt:twenty third)) at ((t:two fifteen)) in clinic room ((o:eleven))"),
        ('C', "yeah i can't do that i've got an exam that afternoon"),
        ('A', "i've got the ((dt:twenty ninth)) at ((t:nine forty)) in the morning"),
        ('C', "perfect i'll take that one"),
        ('A', "done you'll get a new letter in the post"),
    ]


@case('transcript')
def clinic_billing(g):
    pa = g.pat('PA1999999')
    dob = g.dob(2009, 2014)
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Cedar Ridge Family Clinic billing, [[N:Shauna]] speaking."),
        ('C', "Hi, I'd like to pay the balance on my daughter's account."),
        ('A', "Sure. What's the patient account number?"),
        ('C', f"[[A:{pa}]]."),
        ('A', "And the patient's name and date of birth?"),
        ('C', f"[[N:Lucía Barragán]], [[D:{dob_t(dob, 'mdy')}]]."),
        ('A', "Thanks. The balance after insurance is ((pr:$212.40)) for the visit on ((dt:June 3rd))."),
        ('C', f"Okay. It's a Visa, [[C:{card_t(card)}]]."),
        ('A', f"Let me read that back: [[C:{card_t(card, '-')}]]. And the expiration date?"),
        ('C', f"[[X:{exp_t(e, 'mm/yy')}]]."),
        ('A', "And the three-digit code on the back?"),
        ('C', f"[[V:{v}]]."),
        ('A', "Thank you. That's approved, and a receipt will go to the email we have on file."),
    ]


@case('asr')
def repeat_prescription(g):
    dob = g.dob(1944, 1952)
    return [
        ('A', "good morning parkside pharmacy"),
        ('C', "morning love it's mrs [[N:bronwen iddon]] i'm ringing about my repeat prescription"),
        ('A', "okay can i have your date of birth mrs [[N:iddon]]"),
        ('C', f"[[D:{dob_s(dob, 'of')}]]"),
        ('A', "thank you is that the amlodipine and the inhaler"),
        ('C', "yes and the doctor's put the tablets up to ((q:fifty six)) now"),
        ('A', "i can see that it'll be ready after ((t:three o'clock)) tomorrow"),
        ('C', "can my grandson pick it up his name's [[N:osian]]"),
        ('A', "yes that's fine as long as he can give us your address"),
        ('C', "oh he knows it he's round every sunday for his dinner"),
    ]


@case('transcript')
def dental_cancel(g):
    ph = g.uk_mobile()
    return [
        ('A', "Brightsmile Dental, this is [[N:Gavin]]."),
        ('C', "Hi [[N:Gavin]], I need to cancel my hygienist appointment tomorrow at ((t:4:30))."),
        ('A', "No problem. What's the surname?"),
        ('C', "[[N:Szabó]], that's [[N:S-Z-A-B-O]], with an accent on the O."),
        ('A', "Got you, [[N:Réka Szabó]]. Do you want to rebook now?"),
        ('C', f"Could you text me some options instead? I'm at work. It's [[P:{ph_uk_t(ph, 'none')}]]."),
        ('A', "I'll do that. We've got an old email for you too, is it still [[E:reka.szabo@btinternet.com]]?"),
        ('C', "No, it's [[E:rszabo.design@gmail.com]] now."),
        ('A', "Updated. Just so you know, there's a ((pr:£15)) fee for cancelling inside ((du:24 hours))."),
        ('C', "Oh. Fine, I suppose."),
    ]


@case('asr')
def health_plan_appeal(g):
    mid = g.pat('W99999999')
    dob = g.dob(1956, 1966)
    ssn = g.ssn()
    cl = g.pat('1999999999')
    return [
        ('A', "thank you for calling bluepine health plan this is [[N:keisha]] can i have the member id"),
        ('C', f"yeah it's [[A:{say(mid)}]]"),
        ('A', "and the patient's date of birth"),
        ('C', f"[[D:{dob_s(dob, 'us_short')}]]"),
        ('A', "and for verification the last four of the subscriber's social"),
        ('C', f"[[S:{say(ssn[-4:], 'zero')}]]"),
        ('A', "thank you mister [[N:eze]] which claim are you calling about"),
        ('C', f"it's the ambulance one the claim number's [[A#a:{say(cl[:6])}]] uh hold on where are my glasses [[A#a:{say(cl[6:])}]]"),
        ('A', "okay i see it it was denied as out of network"),
        ('C', "i was unconscious i didn't get to pick the ambulance"),
        ('A', "understood i'm opening an appeal for you those are usually decided in ((du:thirty days))"),
    ]


@case('transcript')
def patient_transport(g):
    pc = g.pc('EH6')
    ph = g.uk_land('0131')
    return [
        ('A', "Patient Transport Service, [[N:Marguerite]] speaking."),
        ('C', "Hi, I need to book transport for my father's dialysis. He's been discharged home now."),
        ('A', "Okay. What's the patient's name?"),
        ('C', "[[N:Emmanuel Asante]]. I'm his daughter, [[N:Abena]]."),
        ('A', "And the pickup address?"),
        ('C', f"[[AD:Flat 14, Carrick House, 3 Wellington Street, Leith]], [[PC:{pc}]]. It's the third floor but there's a lift."),
        ('A', "Which days are his sessions, and what time?"),
        ('C', "Mondays, Wednesdays and Fridays. He has to be there for ((t:7:45)), it's Unit ((o:4)) at the Western."),
        ('A', "We can do pickups from ((t:6:50)). And a contact number for you?"),
        ('C', f"[[P:{ph_uk_t(ph)}]]."),
        ('A', "Lovely. The crew will ring that number about ((du:15 minutes)) before they arrive."),
    ]


@case('asr')
def hearing_aid(g):
    nhs = g.nhs()
    pc = g.pc('YO23')
    return [
        ('A', "audiology department good morning"),
        ('C', "morning my hearing aid's stopped working the right one it just whistles at me"),
        ('A', "oh dear which model is it it's printed inside the battery door"),
        ('C', "it says ((mo:sonara r thirty two))"),
        ('A', "okay and can i take your name and nhs number"),
        ('C', f"[[N:alasdair mcphee]] and the number is [[A:{say(nhs[:3])} {say(nhs[3:6])} {say(nhs[6:])}]]"),
        ('A', "thank you and can you confirm your address for me"),
        ('C', f"[[AD:twenty two bracken way bishopthorpe]] [[PC:{pc_s(pc)}]]"),
        ('A', "lovely you can post it to us in the freepost bag or pop in on a tuesday between ((t:nine)) and ((t:twelve))"),
        ('C', "i'll pop in i don't trust the post"),
    ]


@case('transcript')
def physio_referral(g):
    dob = g.dob(1976, 1983)
    ph1 = g.uk_land('0113')
    ph2 = g.uk_mobile()
    return [
        ('A', "Physio self-referral line, [[N:Tobias Hollingworth]] speaking."),
        ('C', "Hi, my GP said I could refer myself for my knee."),
        ('A', "Yes, you can. Name and date of birth?"),
        ('C', f"[[N:Folasade Ogunleye]], [[D:{dob_t(dob, 'dmy_dots')}]]."),
        ('A', "How long has it been bothering you?"),
        ('C', "About ((du:three months)). I twisted it at netball."),
        ('A', "And an email for the questionnaire?"),
        ('C', "[[E:fola.ogunleye@yahoo.co.uk]]."),
        ('A', "And a phone number?"),
        ('C', f"Home is [[P:{ph_uk_t(ph1)}]], or my mobile, [[P:{ph_uk_t(ph2)}]]."),
        ('A', "The wait is about ((du:six weeks)) for a first appointment, and each session is ((du:40 minutes))."),
        ('C', "Okay, better than nothing."),
    ]


@case('asr')
def hospital_amex(g):
    acct = g.pat('19999999')
    card = g.card('amex')
    v = g.cvv(4)
    e = g.expiry()
    return [
        ('A', "st anselm medical center patient financial services this is [[N:deshawn]]"),
        ('C', "hi i got a bill for my wife's surgery and i want to pay part of it today"),
        ('A', "okay what's the account number on the statement"),
        ('C', f"[[A:{groups(acct, [4, 4])}]]"),
        ('A', "thank you and how much would you like to pay"),
        ('C', "((pr:five hundred dollars)) for now"),
        ('A', "okay go ahead with the card"),
        ('C', f"it's an amex [[C#a:{say(card[:4])}]] um [[C#a:{say(card[4:10])}]]"),
        ('A', "uh huh"),
        ('C', f"[[C#a:{say(card[10:])}]]"),
        ('A', "and the four digit code on the front"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "and the expiration"),
        ('C', f"[[X:{exp_s(e, 'slash')}]]"),
        ('A', "thank you the remaining balance will stay on a ((du:ninety day)) hold so it won't go to collections"),
    ]


@case('transcript')
def boiler_repair(g):
    tref = g.pat('MH/19999/99')
    job = g.pat('1999999')
    return [
        ('A', "Moorside Homes repairs line, [[N:Lerato]] speaking."),
        ('C', "Hi, my boiler's packed in again. Third time this winter, and it's from ((yr:2009))."),
        ('A', "Oh no. Can I take your tenancy reference?"),
        ('C', f"[[A:{tref}]]."),
        ('A', "Thanks. Is that [[N:Ileana Dobrescu]] at [[AD:4 Larchfield Close]]?"),
        ('C', "That's me."),
        ('A', "Right, I've booked an engineer for tomorrow between ((t:8am)) and ((t:1pm)). It'll probably be [[N:Grant]], he did the last visit."),
        ('C', "Oh, [[N:Grant]]'s lovely."),
        ('A', f"Your job number is [[A:{job}]]."),
        ('C', f"So that's [[A:{groups(job, [3, 4])}]]?"),
        ('A', "That's it. If it's not fixed within ((du:48 hours)), we'll drop off ((q:two)) electric heaters."),
        ('C', "Honestly, I'd take that."),
    ]


@case('asr')
def rent_arrears(g):
    ra = '10' + g.pat('999999')
    pc = g.pc('BT7')
    card = g.card('mc2')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "income team hello you're speaking with [[N:tendai]]"),
        ('C', "hiya i got a letter about rent arrears and i want to pay some off"),
        ('A', "okay thank you what's your rent account number"),
        ('C', f"[[A:{say(ra)}]]"),
        ('A', "and can you confirm your name and address"),
        ('C', f"[[N:kirsty mcgarrigle]] [[AD:flat b forty one ravenhill street belfast]] [[PC:{pc_s(pc)}]]"),
        ('A', "thanks [[N:kirsty]] so the arrears are ((pr:three hundred and twelve pounds)) how much can you do today"),
        ('C', "((pr:a hundred)) today and then ((pr:twenty five a week)) if that's alright"),
        ('A', "that's fine go ahead with the card number"),
        ('C', f"[[C#a:{say(card[:4])}]]"),
        ('A', "mm hmm"),
        ('C', f"[[C#a:{say(card[4:8])}]]"),
        ('A', "yep"),
        ('C', f"[[C#a:{say(card[8:])}]]"),
        ('A', "and the expiry"),
        ('C', f"[[X:{exp_s(e, 'plain')}]]"),
        ('A', "and the three digit security code"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "lovely that's gone through i'll set up the weekly plan and send you a letter"),
    ]


@case('transcript')
def rent_portal_down(g):
    z = g.zip('982')
    lease = g.pat('LS-19999-9')
    card = g.card('visa')
    wrong = card[12:]
    while wrong == card[12:]:
        wrong = g.pat('9999')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Harborview Residential, resident services, [[N:Collette]] speaking."),
        ('C', "Hi, I need to pay my rent and the portal's down."),
        ('A', "Sorry about that. Which unit are you in?"),
        ('C', f"[[AD:1550 Alder Street, Unit 3C, Everett]], Washington [[PC:{z}]]."),
        ('A', "And the lease ID? It starts with LS."),
        ('C', f"[[A:{lease}]]. It's under [[N:Kehinde Adebayo]]."),
        ('A', "Thanks, Mr. [[N:Adebayo]]. Rent is ((pr:$1,685.00)), plus a ((pr:$75)) late fee."),
        ('C', f"Great. Card number is [[C#a:{groups(card[:12], [4, 4, 4])}]] [[C#a!:{wrong}]], no, sorry, that last bit is [[C#a:{card[12:]}]]."),
        ('A', f"So that's [[C:{card_t(card)}]]?"),
        ('C', "Yes."),
        ('A', "Expiration and CVV?"),
        ('C', f"[[X:{exp_t(e, 'Mon yyyy')}]], and [[V:{v}]]."),
        ('A', "Perfect, I'll waive the late fee since the portal was down."),
    ]


@case('asr')
def damp_mould(g):
    pc = g.pc('NE6')
    return [
        ('A', "housing repairs [[N:connor]] speaking"),
        ('C', "hi there's black mould all up the bedroom wall and my little one's got a cough"),
        ('A', "oh no i'm sorry what's the address"),
        ('C', f"[[AD:flat nine the maltings byker]] [[PC:{pc_s(pc)}]]"),
        ('A', "and your name"),
        ('C', "[[N:habiba warsame]]"),
        ('A', "have you reported this before [[N:habiba]]"),
        ('C', "yeah last winter and my neighbour [[N:ivy]] downstairs has got the same"),
        ('A', "and how warm do you keep the flat roughly"),
        ('C', "i try and keep it at ((o:nineteen degrees)) but the heating's rubbish"),
        ('A', "i'm raising it as a priority a surveyor will come out within ((du:five working days))"),
        ('C', "thank you can you put [[N:ivy]] on too she's got it worse than me"),
    ]


@case('transcript')
def housing_options(g):
    dob = g.dob(1989, 1993)
    ph = g.uk_mobile()
    return [
        ('A', "Housing Options, you're speaking with [[N:Imogen]]."),
        ('C', "Hi. My landlord's served me a section ((o:21)) notice and I've got ((ct:two)) kids. I don't know what to do."),
        ('A', "Okay, we'll help you. When does the notice end?"),
        ('C', "((dt:30th November))."),
        ('A', "Right. Can I take your name and date of birth?"),
        ('C', f"[[N:Sadia Begum]], [[D:{dob_t(dob, 'of')}]]."),
        ('A', "And the best way to contact you?"),
        ('C', f"My mobile is [[P:{ph_uk_t(ph)}]] and my email is [[E:sadia.begum91@hotmail.co.uk]]."),
        ('A', "I'm booking you an assessment with a caseworker on ((dt:Thursday 16th)) at ((t:2pm)). It takes about ((du:an hour))."),
        ('C', "Okay. Should I bring anything?"),
        ('A', "The notice, your tenancy agreement and your last ((ct:three)) payslips."),
    ]


@case('asr')
def staircasing(g):
    cust = g.pat('SO999999')
    return [
        ('A', "good morning willowmead homes sales and ownership [[N:fergal]] speaking"),
        ('C', "hi yeah i'm looking into staircasing on my flat i own ((pct:forty percent)) at the minute"),
        ('A', "okay great can i take your customer number"),
        ('C', f"[[A:{say(cust, dbl=True)}]]"),
        ('A', "and your name please"),
        ('C', "[[N#n:ngoc anh]] um [[N#n:pham]]"),
        ('A', "thanks so to buy another ((pct:twenty five percent)) we'd need a new valuation which is ((pr:three hundred and fifty pounds))"),
        ('C', "and how long does all that take"),
        ('A', "usually ((du:four to six weeks)) from the valuation"),
        ('C', "and my rent goes down yeah"),
        ('A', "yes it'd drop by about ((pr:a hundred and ten a month))"),
    ]


@case('transcript')
def cas_name_fix(g):
    aid = g.pat('199-999-9999')
    dob = g.dob(2006, 2007)
    return [
        ('A', "Kingsmere University admissions, [[N:Eleri]] speaking."),
        ('C', "Hello, I'm an international applicant. I have an offer but my name is wrong on my CAS letter."),
        ('A', "Let's sort that out. What's your applicant ID?"),
        ('C', f"[[A:{aid}]]."),
        ('A', "And how should your name appear?"),
        ('C', "It should be [[N:Nana Yaw Boateng]]. They've put [[N:Boateng]] as my first name."),
        ('A', "And your date of birth, just to check?"),
        ('C', f"[[D:{dob_t(dob, 'long')}]]."),
        ('A', "Thanks. I'll correct it and reissue it today. Is your email still [[E:nyboateng06@gmail.com]]?"),
        ('C', "Yes. I land at Heathrow on ((dt:19 September)) on ((fl:BA 78))."),
        ('A', "Great, there's a welcome coach from Heathrow every ((du:two hours)) on the ((dt:19th)) and ((dt:20th))."),
    ]


@case('asr')
def school_admission(g):
    dob = g.dob(2011, 2012)
    pc = g.pc('WV10')
    return [
        ('A', "school admissions team [[N:ruth]] speaking"),
        ('C', "hi i'm trying to get a secondary place for my son we've just moved here from poland"),
        ('A', "welcome what's your son's name"),
        ('C', "[[N:szymon zielinski]]"),
        ('A', "and his date of birth"),
        ('C', f"[[D:{dob_s(dob, 'plain')}]]"),
        ('A', "so he'd be going into year ((o:nine))"),
        ('C', "yes year ((o:nine)) he was in the equivalent back home"),
        ('A', "and your address"),
        ('C', f"[[AD:thirty three kingfisher drive wolverhampton]] [[PC:{pc_s(pc)}]]"),
        ('A', "okay i'll email you the in year form what's the email"),
        ('C', "[[E:agnieszka dot zielinska at w p dot p l]]"),
        ('A', "lovely the panel meets every ((du:two weeks)) so you'll hear by the ((dt:twenty eighth))"),
    ]


@case('transcript')
def fafsa_verification(g):
    sid = g.pat('L00999999')
    dob = g.dob(2004, 2006)
    ssn = g.ssn()
    ph = g.us_phone('773')
    return [
        ('A', "Office of Financial Aid, Lakeshore State University. This is [[N:Brandon Ahlquist]]."),
        ('C', "Hi, my FAFSA was selected for verification and now my aid's on hold."),
        ('A', "Okay, let me pull you up. Student ID?"),
        ('C', f"[[A:{sid}]]."),
        ('A', "And for security, your full name, date of birth and the last four of your Social."),
        ('C', f"[[N:Yesenia Ochoa]], [[D:{dob_t(dob, 'mdy_short')}]], and [[S:{ssn[-4:]}]]."),
        ('A', "Thanks, [[N:Yesenia]]. We need your parents' tax return transcript for ((yr:2023)). Once it's uploaded it takes ((du:7 to 10 business days))."),
        ('C', "My dad files late every single year."),
        ('A', "He can request the transcript from the IRS online. Is [[E:yochoa2@lakeshore.edu]] the best email for you?"),
        ('C', f"Yes, that's my school one. Or text me at [[P:{ph_us_t(ph, 'dot')}]]."),
        ('A', "Got it. I'll send the upload link now."),
    ]


@case('asr')
def halls_deposit(g):
    sn = g.pat('23999999')
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "accommodation office [[N:olamide]] speaking"),
        ('C', "hiya i need to pay the deposit for halls but i've been put in a different hall to the one i applied for"),
        ('A', "no problem can i get your student number"),
        ('C', f"[[A:{say(sn, 'zero')}]]"),
        ('A', "okay you're in ashgrove house room ((o:two one four))"),
        ('C', "yeah that's it my ((o:grant)) comes in next week is that alright"),
        ('A', "the deposit's ((pr:two hundred and fifty pounds)) do you want to pay that by card now"),
        ('C', f"yeah it's [[C:{mixed(card)}]]"),
        ('A', "and the expiry"),
        ('C', f"[[X:{exp_s(e, 'month_long')}]]"),
        ('A', "and the code on the back"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "that's paid you can collect your keys from ((t:ten)) on arrival day"),
    ]


@case('transcript')
def evening_course(g):
    ph = g.uk_land('020')
    return [
        ('A', "Adult Learning, [[N:Priscilla Ventura]] speaking."),
        ('C', "Hi, I'd like to book onto the evening bookkeeping course."),
        ('A', "Is that the one with course code ((o:BK-2207))?"),
        ('C', "That's it. Does it start on ((dt:15 January))?"),
        ('A', "Yes. It's ((du:ten weeks)), Tuesdays ((t:6:30)) to ((t:8:30)). The fee is ((pr:£140)), or it's free if you're on Universal Credit."),
        ('C', "I am, yeah."),
        ('A', "Then it's free. Can I take your name?"),
        ('C', "[[N:Gift Mahlangu]]."),
        ('A', "Sorry, was that [[N:Gift]], like a present?"),
        ('C', "Yes, [[N:Gift]]. My email is [[E:gift.mahlangu@icloud.com]]."),
        ('A', "And what's a good number for you?"),
        ('C', f"[[P:{ph_uk_t(ph)}]]."),
        ('A', "Lovely, you're booked. Bring some ID and a recent Universal Credit statement on the first night."),
    ]


@case('asr')
def student_loan_refund(g):
    crn = g.pat('19999999999')
    dob = g.dob(1996, 1999)
    pc = g.pc('L15')
    ph = g.uk_mobile()
    return [
        ('A', "student finance repayments you're through to [[N:jamal]]"),
        ('C', "hi it's [[N:chidinma obi]] i think i've been overpaying i'm under the threshold now"),
        ('A', "okay let's check can i take your customer reference number"),
        ('C', f"[[A:{say(crn, dbl=True)}]]"),
        ('A', "and can you confirm your date of birth"),
        ('C', f"[[D:{dob_s(dob, 'nums')}]]"),
        ('A', "and the postcode we have for you"),
        ('C', f"[[PC:{pc_s(pc)}]]"),
        ('A', "thanks so your interest is ((pct:four point three percent)) and you're right you've paid ((pr:six hundred and twelve pounds)) since the ((dt:sixth of april))"),
        ('C', "can i get that back"),
        ('A', "yes i'll raise a refund what's the best number to reach you on"),
        ('C', f"[[P:{ph_uk_s(ph)}]]"),
        ('A', "refunds are taking about ((du:six weeks)) at the minute"),
    ]


@case('transcript')
def dinner_money(g):
    pid = g.pat('P-19999999')
    card = g.card('mc')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Schoolpurse helpline, [[N:Dominic]] speaking."),
        ('C', "Hi, I'm trying to top up my son's dinner money but the card keeps failing on the app."),
        ('A', "Let's do it over the phone. What's his pupil ID?"),
        ('C', f"[[A:{pid}]]."),
        ('A', "That's [[N:Ravi Subramaniam]], Year ((o:4)) at Hollins Primary?"),
        ('C', "Yes. I'll put ((pr:£50)) on."),
        ('A', "Okay, card number?"),
        ('C', f"[[C:{card_t(card, '-')}]]."),
        ('A', "Expiry?"),
        ('C', f"[[X:{exp_t(e, 'Mon yy')}]]."),
        ('A', "Security code?"),
        ('C', f"[[V:{v}]]."),
        ('A', "That's gone through. Meals are ((pr:£2.60 a day)), so that covers about ((du:four weeks))."),
    ]


@case('asr')
def exam_resit(g):
    cand = g.pat('1999')
    return [
        ('A', "exams office [[N:bernadette]] speaking"),
        ('C', "hi miss it's [[N:kofi]] from year ((o:thirteen))"),
        ('A', "hiya [[N:kofi]] what's up"),
        ('C', "i need to resit chemistry paper ((o:two)) and i don't know my candidate number"),
        ('A', f"it's [[A:{say(cand)}]]"),
        ('C', "and what's the centre number for the form"),
        ('A', "((o:six four one two five)) that's the school's number it's the same for everyone"),
        ('C', "okay and when is it"),
        ('A', "the ((dt:fourteenth of june)) at ((t:nine am)) and it's ((du:two hours fifteen))"),
        ('C', "do i have to pay"),
        ('A', "it's ((pr:forty two pounds)) for private candidates but you're still ours so it's free"),
    ]


@case('transcript')
def energy_reading(g):
    acc = g.pat('LE-19999999')
    serial = g.pat('E6S19999999')
    return [
        ('A', "Good afternoon, Lumen Energy, [[N:Rhys]] speaking."),
        ('C', "Hi. I've had an estimated bill for ((pr:£387)) and it's way off, so I want to give you a reading."),
        ('A', "Sure. Account number first, please?"),
        ('C', f"[[A:{acc}]]."),
        ('A', "Thanks. Is that [[N:Valentina Greco]]?"),
        ('C', "Yes, that's me."),
        ('A', "Can you read me the serial number on the meter, so I know we've got the right one?"),
        ('C', f"[[A:{serial}]]."),
        ('A', "Perfect. And the reading?"),
        ('C', "((o:04417)). There's a red number after it that I've ignored."),
        ('A', "That's right. It brings the bill down to ((pr:£142.18)), and I'll lower your direct debit by ((pct:20%))."),
        ('C', "Can you email the new bill to [[E:v.greco@libero.it]]?"),
        ('A', "Done."),
    ]


@case('asr')
def burst_main(g):
    pc = g.pc('BS41')
    ref = g.pat('1999999999')
    return [
        ('A', "severnvale water emergencies [[N:ollie]] speaking"),
        ('C', "hi there's water coming up through the pavement outside my house it's been going since about ((t:six))"),
        ('A', "okay what's the address"),
        ('C', "it's number [[AD:two the paddocks long ashton]]"),
        ('A', "and the postcode"),
        ('C', f"[[PC:{pc_s(pc)}]]"),
        ('A', "can i take your customer reference too just for the record it's on your bill"),
        ('C', f"hang on [[A:{pairs(ref)}]]"),
        ('A', "thanks an engineer called [[N:miles]] is close by he'll be with you in about ((du:forty minutes))"),
        ('C', "brilliant there's ((ct:four)) houses on this side with no pressure"),
        ('A', "he'll check them all while he's there"),
    ]


@case('transcript')
def broadband_down(g):
    ph = g.uk_land('0161')
    return [
        ('A', "Northwire Broadband support, [[N:Yusra]] here."),
        ('C', "Hi, my internet has been down since ((t:9:15)) this morning and I work from home."),
        ('A', "Sorry about that. What's the phone number on the account?"),
        ('C', f"[[P:{ph_uk_t(ph)}]]."),
        ('A', "And the account holder's name?"),
        ('C', "[[N:Dmytro Kovalenko]]."),
        ('A', "Thanks, [[N:Dmytro]]. Which router have you got?"),
        ('C', "The white one, the ((mo:NW Hub 6))."),
        ('A', "There's an outage affecting ((ct:300)) customers in your area. Engineers estimate ((du:four hours))."),
        ('C', "Four hours? I've got a client call at ((t:2))."),
        ('A', "I'm sorry. I'll add ((pr:£8.50)) compensation to your next bill, and you can use your mobile data allowance free today."),
    ]


@case('asr')
def coop_move(g):
    acc = g.pat('199999999')
    ssn = g.ssn()
    z = g.zip('676')
    ph = g.us_phone('785')
    return [
        ('A', "thank you for calling prairie electric cooperative this is [[N:wade]] how can i help"),
        ('C', "hi yeah i'm moving and i need to start service at the new place"),
        ('A', "okay are you an existing member"),
        ('C', f"yeah my account's [[A:{say(acc)}]]"),
        ('A', "and for verification the last four of your social"),
        ('C', f"[[S:{say(ssn[-4:])}]]"),
        ('A', "thank you ma'am and the new service address"),
        ('C', f"[[AD:eighteen oh six county road twelve hays]] kansas [[PC:{zip_s(z)}]]"),
        ('A', "and a good phone number for you"),
        ('C', f"[[P:{ph_us_s(ph, triple=True)}]]"),
        ('A', "alright service will be on by friday the ((dt:eleventh))"),
        ('C', "is there a deposit"),
        ('A', "no deposit you've been with us over ((du:two years))"),
    ]


@case('transcript')
def smart_meter_move(g):
    pc = g.pc('S11')
    ph = g.uk_mobile()
    return [
        ('A', "Hello, Lumen Energy smart meter bookings, [[N:Shanice]] speaking."),
        ('C', "Hi, I got a text saying my installation is tomorrow, but I'll be at the hospital all day."),
        ('A', "No problem. What's the address?"),
        ('C', f"[[AD:62 Cherry Tree Road, Nether Edge]], [[PC:{pc}]]."),
        ('A', "Thanks. You're with our engineer, [[N:Mark Ellery]], tomorrow from ((t:8)) to ((t:12)). I can move you to ((dt:Monday 24th)), ((t:12)) till ((t:4))?"),
        ('C', f"Yes, please. Could he ring before he comes? [[P:{ph_uk_t(ph, 'plus')}]]."),
        ('A', "I'll ((o:mark)) that on the job sheet."),
        ('C', "Thanks. And he'll need to get into the cellar, is that right?"),
        ('A', "Yes, the gas meter's usually down there. It takes about ((du:two hours)) for gas and electric."),
    ]


@case('asr')
def pac_code(g):
    ph = g.uk_mobile()
    dob = g.dob(1983, 1987)
    pac = g.pat('AAA999999')
    y, m, d = dob
    return [
        ('A', "welcome to trelis mobile my name is [[N:sandeep]] is it for the number you're calling from"),
        ('C', f"no it's for my mum's phone [[P:{ph_uk_s(ph)}]]"),
        ('A', "okay and are you authorised on the account"),
        ('C', "yeah i'm on it as a second user [[N:marcus adeyinka]]"),
        ('A', "and can i take your date of birth"),
        ('C', f"[[D:{ordinal(d)} of the {ordinal(m)} {two(y % 100)}]]"),
        ('A', "thank you what can i help with"),
        ('C', "she wants a pac code she's moving onto her own contract"),
        ('A', f"no problem her pac is [[A:{say(pac)}]]"),
        ('A', "it's valid for ((du:thirty days)) and there's no exit fee she's been out of contract since ((yr:twenty twenty two))"),
    ]


@case('transcript')
def business_card_lost(g):
    card = g.card('visa')
    acc = g.pat('39999999')
    ph = g.uk_mobile()
    return [
        ('A', "Larkfield Bank business banking, [[N:Anjali Deshpande]] speaking."),
        ('C', "Hi, I run a café and I think I've left the business debit card at the cash and carry."),
        ('A', "Let's block it straight away. Do you have the card number?"),
        ('C', f"I've got a photo of it on my phone. [[C:{card}]]."),
        ('A', f"Thank you. That's [[C:{card_t(card)}]], and it's now blocked. Is the card in your name?"),
        ('C', "Yes, [[N:Hamid Rezaei]]."),
        ('A', "And the business account number?"),
        ('C', f"[[A:{acc}]]."),
        ('A', "A new card will arrive in ((du:3-5 working days)). Do you need cash in the meantime?"),
        ('C', "Yes, I need float for the till, about ((pr:£600))."),
        ('A', f"I'll text a cardless cash code to [[P:{ph_uk_t(ph)}]], is that still right?"),
        ('C', "Yep, that's me."),
    ]


@case('asr')
def overdraft_winter(g):
    acc = g.pat('19999999')
    return [
        ('A', "business lending [[N:cormac]] speaking"),
        ('C', f"morning [[A:{groups(acc, [4, 4])}]] it's about my overdraft"),
        ('A', "okay thanks is that the account for blue anchor plumbing"),
        ('C', "yeah that's us i'm [[N:fintan o'driscoll]]"),
        ('A', "lovely what can i do for you [[N:fintan]]"),
        ('C', "i want to go from ((pr:five grand)) to ((pr:eight grand)) just over the winter"),
        ('A', "the rate on the extra would be ((pct:eleven point nine percent))"),
        ('C', "ouch okay go on"),
        ('A', "it'd be reviewed after ((du:six months)) and there's a ((pr:fifty pound)) arrangement fee"),
        ('C', "fine do it"),
    ]


@case('transcript')
def terminal_error(g):
    mid = g.pat('1999 9999 99')
    return [
        ('A', "Paystream merchant support, [[N:Olumide]] speaking."),
        ('C', "Hi, my card machine keeps saying error ((o:E-431)) and it won't take payments. It's the lunch rush!"),
        ('A', "Sorry! Which terminal is it?"),
        ('C', "The ((mo:PX-560)), the portable one."),
        ('A', "And your merchant ID?"),
        ('C', f"MID [[A:{mid}]]."),
        ('A', "Thanks. Hold the red and yellow buttons together for ((du:ten seconds))."),
        ('C', "Okay... it's restarting. Now it says version ((o:4.2.7))?"),
        ('A', "Perfect, that's the update. Try a ((pr:£1)) test payment."),
        ('C', "It worked! Thank you."),
    ]


@case('asr')
def business_dispute(g):
    card = g.card('mc')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "card services disputes [[N:bea]] speaking"),
        ('C', "hi i've got a charge for ((pr:nine hundred and forty nine pounds)) on my business card from a company i've never heard of"),
        ('A', "okay let's have a look can you give me the card number"),
        ('C', f"[[C:{pairs(card)}]]"),
        ('A', "and the expiry"),
        ('C', f"[[X:{exp_s(e, 'each')}]]"),
        ('A', "and the three digits on the back"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "i can see it on the ((dt:second)) at ((t:three twelve am))"),
        ('C', "we're shut at ((t:three in the morning)) it's a bakery"),
        ('A', "i'll cancel the card and raise a dispute a new one will be with you in ((du:five working days))"),
    ]


@case('transcript')
def amex_fraud(g):
    card = g.card('amex')
    wrong = card[10:]
    while wrong == card[10:]:
        wrong = card[10:14] + g.pat('9')
    e = g.expiry()
    v = g.cvv(4)
    return [
        ('A', "Larkfield Bank fraud team, [[N:Ottilie Marsh]] speaking."),
        ('C', "Hi, I got a text asking if I'd spent ((pr:$2,340)) at an electronics store in Miami. I didn't."),
        ('A', "Okay, let's secure the card. Which card is it?"),
        ('C', f"The business Amex: [[C#a:{card[:4]} {card[4:10]}]] [[C#a!:{wrong}]], sorry, no, [[C#a:{card[10:]}]]."),
        ('A', f"So [[C:{card_t(card)}]]?"),
        ('C', "Yes."),
        ('A', "And the expiry?"),
        ('C', f"[[X:{exp_t(e, 'mm/yyyy')}]]."),
        ('A', "Thanks, that card's blocked. To confirm you're holding it, what's the four-digit code on the front?"),
        ('C', f"[[V:{v}]]."),
        ('A', "Great. The charge is reversed and a new card will arrive in ((du:two business days))."),
    ]


@case('asr')
def medicaid_renewal(g):
    ssn = g.ssn()
    dob = g.dob(1955, 1963)
    z = g.zip('577')
    return [
        ('A', "thanks for calling the medicaid customer service center my name is [[N:tiana]] may i have your name please"),
        ('C', "[[N:raymond two feathers]]"),
        ('A', "thank you mister [[N:two feathers]] and your social security number"),
        ('C', f"[[S#a:{say(ssn[:3])}]] um [[S#a:{say(ssn[3:5])}]]"),
        ('A', "okay"),
        ('C', f"[[S#a:{say(ssn[5:])}]]"),
        ('A', "and what's your date of birth"),
        ('C', f"[[D:{dob_s(dob, 'us')}]]"),
        ('A', f"i'm showing your address as [[AD:forty one sagebrush road pine ridge]] south dakota [[PC:{zip_s(z)}]]"),
        ('C', "that's right"),
        ('A', "your renewal packet went out on the ((dt:second)) and it's due back within ((du:thirty days))"),
        ('C', "i never got it the mail out here is terrible"),
        ('A', "i'll send another one and put a note on your case so you won't lose coverage"),
    ]


@case('transcript')
def jury_postpone(g):
    jn = g.pat('J-1999999')
    dob = g.dob(1988, 1992)
    return [
        ('A', "Kessler County Jury Services, this is [[N:Marcy]]."),
        ('C', "Hi, this is [[N:Arnel Dimaculangan]]. I got a summons for ((dt:May 12th)) but I'll be out of the country."),
        ('A', "You can request a postponement. What's your juror number?"),
        ('C', f"[[A:{jn}]]."),
        ('A', "And your date of birth, please?"),
        ('C', f"[[D:{dob_t(dob, 'us')}]]."),
        ('A', "Thank you, Mr. [[N:Dimaculangan]]. Where are you traveling?"),
        ('C', "Manila, for my sister's wedding. I fly out on ((fl:PR 105)) on the ((dt:9th))."),
        ('A', "I've moved your service to ((dt:August 18th)). Report at ((t:8:00 a.m.)), and parking in the county garage is ((pr:$12))."),
        ('C', "Perfect, thank you so much."),
    ]


@case('asr')
def electoral_register(g):
    ref = g.pat('A9A9A9')
    dob = g.dob(2005, 2007)
    ph = g.uk_mobile()
    return [
        ('A', "electoral services [[N:nadia]] speaking"),
        ('C', "hi i got a letter saying i need to confirm who lives here but the security code doesn't work"),
        ('A', "okay can you read me the reference at the top"),
        ('C', f"[[A:{nato(ref)}]]"),
        ('A', "thanks and who's living at the address now"),
        ('C', "me [[N:anjum rahman]] my partner [[N:leon fairclough]] and my son [[N:zain]] he turned ((o:eighteen)) last month"),
        ('A', "so [[N:zain]] needs to register himself i can text him a link can i have his date of birth"),
        ('C', f"[[D:{dob_s(dob, 'nums')}]]"),
        ('A', "and his mobile"),
        ('C', f"[[P:{ph_uk_s(ph, 'zero', False)}]]"),
        ('A', "lovely that's sent it only takes ((du:five minutes)) to fill in"),
    ]


@case('transcript')
def planning_objection(g):
    return [
        ('A', "Planning enquiries, [[N:Jonathan Mwale]] speaking."),
        ('C', "Hello. My neighbour's applied for a two-storey extension and I'd like to object."),
        ('A', "Do you have the application number?"),
        ('C', "((o:24/01873/FUL))."),
        ('A', "That's for [[AD:18 Orchard Rise, Wetherby]]?"),
        ('C', "That's the one. I'm next door, at [[AD:20 Orchard Rise]]."),
        ('A', "Objections need to be in by ((dt:2 December)). It's ((du:21 days)) from the date of the site notice."),
        ('C', "Can I email it?"),
        ('A', "Yes, just quote the application number. Can I take your name for the log?"),
        ('C', "[[N:Dorothea Quayle]]."),
        ('A', "Thanks, [[N:Dorothea]]. The case officer will consider everything before the committee meets."),
    ]


@case('asr')
def bus_pass(g):
    bp = '633597' + g.pat('999999999999')
    dob = g.dob(1946, 1952)
    return [
        ('A', "concessionary travel [[N:gwen]] speaking"),
        ('C', "hello my bus pass has run out and the new one hasn't come"),
        ('A', "okay what's the number on the old pass it's the long one on the back"),
        ('C', f"[[A:{say(bp[:6])} {say(bp[6:10])} {say(bp[10:14])} {say(bp[14:])}]]"),
        ('A', "and can i have your date of birth"),
        ('C', f"[[D:{dob_s(dob, 'of')}]]"),
        ('A', "thank you mister [[N:gillespie]] it was posted on the ((dt:twenty sixth)) so it might just be slow"),
        ('C', "i need it for the ((o:thirty eight)) to the hospital on tuesday"),
        ('A', "i'll send you a temporary letter you can show the driver it's valid for ((du:twenty eight days))"),
        ('C', "that's very kind thank you"),
    ]


@case('transcript')
def missing_chairs(g):
    order = g.pat('HL-1999-9999')
    tr = g.tracking_fail(16)
    return [
        ('A', "Thanks for calling Hearth & Loom, this is [[N:Kelechi]]."),
        ('C', "Hi, I ordered ((q:6)) dining chairs and only ((q:4)) arrived."),
        ('A', "Sorry about that! What's the order number?"),
        ('C', f"[[A:{order}]]."),
        ('A', "Thank you, [[N:Annelise]]. The second box is still at the depot. Would you like it delivered, or a refund of ((pr:£179.98))?"),
        ('C', "Delivered, please. Can you send the tracking to [[E:annelise.voss@gmx.de]]?"),
        ('A', f"Of course. For your notes, the tracking number is ((o:{groups(tr, [4, 4, 4, 4])}))."),
        ('C', "Got it. Thanks."),
    ]


@case('asr')
def cancelled_dublin(g):
    pnr = g.pat('A9AA9A')
    return [
        ('A', "skyhaven airways [[N:eduardo]] speaking can i have your booking reference"),
        ('C', f"[[A:{say(pnr)}]]"),
        ('A', "thank you and the lead passenger surname"),
        ('C', f"[[N:nakamura]] [[N:{spell('nakamura')}]]"),
        ('A', "thank you miss [[N:nakamura]] i can see ((fl:s h two one nine)) to dublin was cancelled"),
        ('C', "yeah i need to get there tonight my dad's in hospital"),
        ('A', "i can put you on ((fl:s h two two three)) at ((t:eight fifty)) or tomorrow at ((t:six ten))"),
        ('C', "tonight please"),
        ('A', "done you got the last seat there was only ((ct:one)) left"),
        ('C', "oh thank god"),
    ]


@case('transcript')
def car_renewal(g):
    pol = g.pat('KI/M/1999999')
    dob = g.dob(1992, 1996)
    pc = g.pc('NE46')
    return [
        ('A', "Kestrel Insurance renewals, [[N:Paolo]] speaking."),
        ('C', "Hi. My renewal's gone up ((pct:38%)) and I've had no claims."),
        ('A', "Let me have a look. Policy number?"),
        ('C', f"[[A:{pol}]]."),
        ('A', "Name and date of birth?"),
        ('C', f"[[N:Aoife Kinsella]], [[D:{dob_t(dob, 'dmy')}]]."),
        ('A', f"Thanks. Still at [[AD:7 Bridge End, Hexham]], [[PC:{pc}]]?"),
        ('C', "Yes."),
        ('A', "And it's the ((yr:2017)) ((mo:Yaris Hybrid))?"),
        ('C', "That's right."),
        ('A', "I can bring it back down to ((pr:£512)) if you add a ((pr:£250)) voluntary excess."),
        ('C', "Go on then."),
    ]


@case('asr')
def kitchen_leak(g):
    pol = g.pat('HG999999')
    clm = g.pat('99999')
    ph = g.uk_land('0117')
    return [
        ('A', "hearthguard insurance claims [[N:comfort]] speaking"),
        ('C', "hi [[N:comfort]] we've had a leak from the bathroom through the kitchen ceiling"),
        ('A', "oh no is the water off now"),
        ('C', "yeah the plumber [[N:stavros]] came out he says the pipe had corroded the house was built in ((yr:nineteen thirty))"),
        ('A', "okay can i take your policy number"),
        ('C', f"[[A:{say(pol, dbl=True)}]]"),
        ('A', f"thanks i've opened a claim the reference is [[A:c l m {say(clm)}]]"),
        ('C', f"so [[A:c l m {say(clm)}]] okay"),
        ('A', "what's the best email to send the claim pack to"),
        ('C', "[[E:pete underscore lambert at hotmail dot co dot uk]]"),
        ('A', "and a phone number in case the loss adjuster needs to visit"),
        ('C', f"[[P:{ph_uk_s(ph)}]]"),
        ('A', "the adjuster will be in touch within ((du:forty eight hours))"),
    ]


@case('transcript')
def lisbon_cancelled(g):
    pol = g.pat('WTI-19999999')
    return [
        ('A', "Wayfarer Travel Insurance claims, [[N:Sunita]] speaking."),
        ('C', "Hi, my flight home from Lisbon was cancelled and I had to pay for ((ct:two)) extra nights."),
        ('A', "Sorry to hear that. What's your policy number?"),
        ('C', f"[[A:{pol}]]."),
        ('A', "Which flight was it?"),
        ('C', "((fl:TP 1352)) on ((dt:8 August)), due out at ((t:21:40))."),
        ('A', "And what did it cost you?"),
        ('C', "The hotel was ((pr:€264)) and meals were about ((pr:€90))."),
        ('A', "Please upload the receipts with your policy number. Is [[E:m.castellanos@proton.me]] the right email?"),
        ('C', "Yes, it is."),
        ('A', "Claims are settled within ((du:15 working days)) once we have everything."),
    ]


@case('asr')
def single_discount(g):
    acc = g.pat('19999999')
    return [
        ('A', "council tax [[N:aaron]] speaking"),
        ('C', "hi yeah my flatmate's moved out so it's just me now i want the single person discount"),
        ('A', "okay can i take the account number"),
        ('C', f"[[A#a:{say(acc[:4])}]]"),
        ('A', "yep"),
        ('C', f"[[A#a:{say(acc[4:])}]]"),
        ('A', "and the name on the account"),
        ('C', "[[N:justice amankwah]]"),
        ('A', "thanks [[N:justice]] when did your flatmate leave"),
        ('C', "the ((dt:first of october))"),
        ('A', "okay that's ((pct:twenty five percent)) off from then so about ((pr:thirty one pounds a month)) less"),
        ('C', "sound that helps a lot"),
    ]


@case('transcript')
def dad_fall(g):
    dob = g.dob(1936, 1940)
    pc = g.pc('RH1')
    ph = g.uk_land('01632')
    return [
        ('A', "Adult Social Care, [[N:Harriet]] speaking."),
        ('C', "Hi, I'm calling about my dad, [[N:Viktor Horváth]]. He's had a fall, his ((mo:CareLink 360)) pendant didn't go off, and I'm struggling to look after him."),
        ('A', "I'm sorry to hear that. Is he known to us already?"),
        ('C', "I don't think so."),
        ('A', "Okay. What's his date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'long')}]]."),
        ('A', "And his address?"),
        ('C', f"[[AD:Flat 11, Beaumont Court, 40 Station Road, Redhill]], [[PC:{pc}]]."),
        ('A', "And who am I speaking to?"),
        ('C', f"[[N:Zsófia]], his daughter. My number is [[P:{ph_uk_t(ph)}]]."),
        ('A', "A social worker will call you within ((du:five working days)). If he falls again and isn't hurt, ring ((o:111)) for advice."),
    ]


@case('asr')
def feverish_child(g):
    dob = g.dob(2020, 2021)
    return [
        ('A', "good morning hillside surgery"),
        ('C', "morning i need an appointment for my daughter she's had a temperature of ((o:thirty nine point two)) since last night"),
        ('A', "oh poor thing what's her name and date of birth"),
        ('C', f"[[N:amara osei]] [[D:{dob_s(dob, 'digits')}]]"),
        ('A', "and she's how old now"),
        ('C', "she's ((o:four))"),
        ('A', "i can get her in at ((t:eleven twenty)) with doctor [[N:harcourt]]"),
        ('C', "perfect thanks so much"),
    ]


@case('transcript')
def food_truck_loan(g):
    ssn = g.ssn()
    dob = g.dob(1980, 1986)
    return [
        ('A', "Summit Community Bank, small business lending. This is [[N:Grady Pellegrino]]."),
        ('C', "Hi [[N:Grady]], I applied for a working capital loan for my food truck and the portal says I need to verify my identity."),
        ('A', "Sure. Can I get your full name and Social Security number?"),
        ('C', f"[[N:Thanh Huong Le]], [[S:{ssn_t(ssn, 'space')}]]."),
        ('A', "And date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'us')}]]."),
        ('A', "Thanks. You asked for ((pr:$35,000)) over ((du:five years)), and revenue last year was about ((pr:$180,000))?"),
        ('C', "Right, and we have ((ct:three)) employees now."),
        ('A', "Good. I'll email the documents list to [[E:lethanhhuong@pholicious.com]], is that right?"),
        ('C', "Yes, that's the business one."),
    ]


@case('asr')
def ivr_activation(g):
    card = g.card('disc')
    e = g.expiry()
    v = g.cvv()
    ssn = g.ssn()
    return [
        ('I', "welcome to summit community bank card activation please say or enter your card number"),
        ('C', f"[[C:{say(card)}]]"),
        ('I', f"you said [[C:{groups(card, [4, 2, 3, 7])}]] is that correct"),
        ('C', "yes"),
        ('I', "please say the expiration date"),
        ('C', f"[[X:{exp_s(e, 'month_long')}]]"),
        ('I', "please say the three digit security code on the back of your card"),
        ('C', f"[[V:{say(v)}]]"),
        ('I', "for your security please say the last four digits of your social security number"),
        ('C', f"[[S:{say(ssn[-4:], 'zero')}]]"),
        ('I', "thank you your card is now active you can start using it in ((du:ten minutes))"),
    ]


@case('transcript')
def shutoff_notice(g):
    acc = g.pat('5599 9999 9999')
    z = g.zip('937')
    ph = g.us_phone('559')
    return [
        ('A', "Thank you for calling Tri-Valley Gas, my name is [[N:Esperanza]]."),
        ('C', "Hi, I got a shutoff notice and I can't pay the whole ((pr:$486.21)) right now."),
        ('A', "I can set up a payment arrangement. What's the account number?"),
        ('C', f"[[A:{acc}]]."),
        ('A', "And the service address?"),
        ('C', f"[[AD:2205 W Sunnyside Ave, Apt 14, Fresno]], California [[PC:{z}]]."),
        ('A', "Thank you. I can split it into ((ct:three)) payments of ((pr:$162.07))."),
        ('C', "That works."),
        ('A', "And a phone number for reminders?"),
        ('C', f"[[P:{ph_us_t(ph, 'paren')}]]."),
        ('A', "The shutoff is cancelled. Your first payment is due ((dt:November 15))."),
    ]


@case('asr')
def roaming_refund(g):
    ph = g.uk_mobile()
    return [
        ('A', "hi you're through to trelis mobile it's [[N:wren]]"),
        ('C', "hiya [[N:wren]] i've been charged ((pr:eighty four quid)) for roaming and i was only in spain for ((du:three days)) i flew back on ((fl:v y six two seven two))"),
        ('A', "oh let's see can you confirm the mobile number"),
        ('C', f"[[P:{ph_uk_s(ph, 'oh', False)}]]"),
        ('A', "and your date of birth for security"),
        ('C', "[[D:twenty ninth of june two thousand and one]]"),
        ('A', "thanks so your plan covers europe but it looks like you connected to a ship's network off the coast"),
        ('C', "what i was on an ((mo:iphone fourteen)) in a hotel in malaga"),
        ('A', "i know i'll refund it as a goodwill gesture and email you the details what's your email"),
        ('C', "[[E:lily dot may dot hartnell at gmail dot com]]"),
    ]


@case('transcript')
def tenancy_signup(g):
    d1 = g.dob(1985, 1988)
    d2 = g.dob(1987, 1990)
    pc = g.pc('GL5')
    return [
        ('A', "Greystone Housing lettings, [[N:Aleksander]] speaking."),
        ('C', "Hi, we've been offered the flat on Tanner Street and we'd like to sign for it."),
        ('A', "Congratulations! Can I have both your names and dates of birth?"),
        ('C', f"I'm [[N:Marcus Thorne]], [[D:{dob_t(d1, 'dmy')}]], and my wife is [[N:Li Na Thorne]], [[D:{dob_t(d2, 'dmy')}]]."),
        ('A', f"Lovely. The property is [[AD:Flat 4, 19 Tanner Street, Stroud]], [[PC:{pc}]], and the rent is ((pr:£695 a month))."),
        ('C', "Yes. When can we move in?"),
        ('A', "Keys are available from ((dt:1st March)). I'll email you the agreement. Best email?"),
        ('C', "[[E:thornefamily@btinternet.com]]."),
        ('A', "Sent. You've got ((du:seven days)) to sign it electronically."),
    ]


@case('asr')
def noisy_neighbours(g):
    case_no = g.pat('99999')
    return [
        ('A', "neighbourhood team [[N:simone]] speaking"),
        ('C', "hi i want to report my neighbours again there's music till ((t:four am)) every weekend"),
        ('A', "i'm sorry can i take your name and address"),
        ('C', "[[N:oksana hrytsenko]] [[AD:flat six kestrel court ninety one paradise street birmingham]]"),
        ('A', "and do you know the neighbours' names"),
        ('C', "the tenant's [[N:dale]] something and his brother [[N:cliff]] stays there most nights"),
        ('A', f"okay i've logged it as case [[A:a s b {say(case_no)}]]"),
        ('A', "can you keep a diary for ((du:two weeks)) times and what you heard"),
        ('C', "i've already got ((ct:fifteen)) pages of it"),
        ('A', "brilliant send it in with the case number then"),
    ]


@case('transcript')
def court_fine(g):
    acc = g.pat('AA99999999')
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Courts fines line, [[N:Rowan Oyebanji]] speaking."),
        ('C', "Hi, I want to pay off a fine. I've got the letter in front of me."),
        ('A', "What's the account number on the letter? It starts with two letters."),
        ('C', f"[[A:{acc}]]."),
        ('A', "Thank you. That's a balance of ((pr:£220)) for [[N:Jordan Pike]]?"),
        ('C', "That's my son. He's at work, he asked me to sort it."),
        ('A', "That's fine, anyone can pay it. Card number?"),
        ('C', f"[[C:{card}]]."),
        ('A', "Expiry date?"),
        ('C', f"[[X:{exp_t(e, 'mm-yy')}]]."),
        ('A', "And the CVV?"),
        ('C', f"[[V:{v}]]."),
        ('A', "Thank you, that's paid in full. He'll get a receipt within ((du:14 days)) and the collection order is closed."),
    ]


@case('asr')
def council_tax_pairs(g):
    acc = g.pat('19999999')
    card = g.card('mc')
    wrong = card[8:12]
    while wrong == card[8:12]:
        wrong = g.pat('9999')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "council tax payments [[N:yolanda]] speaking"),
        ('C', "hi i want to pay this month's council tax it's ((pr:a hundred and sixty four pounds))"),
        ('A', "okay account number first please"),
        ('C', f"[[A:{say(acc)}]]"),
        ('A', "thanks and the card number whenever you're ready"),
        ('C', f"[[C#a:{pairs(card[:8])}]] [[C#a!:{pairs(wrong)}]] no sorry that last bit was [[C#a:{pairs(card[8:])}]]"),
        ('A', f"let me read that back [[C#b:{say(card[:8])}]]"),
        ('C', "yep"),
        ('A', f"[[C#b:{say(card[8:])}]]"),
        ('C', "that's it"),
        ('A', "and the expiry on it"),
        ('C', f"[[X:{exp_s(e, 'digits')}]]"),
        ('A', "and the cvv"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "that's gone through you're paid up till the ((dt:twenty eighth of february))"),
    ]


@case('transcript')
def tuition_deposit(g):
    sid = g.pat('24999999')
    card = g.card('amex')
    e = g.expiry()
    v = g.cvv(4)
    return [
        ('A', "Student Fees Office, [[N:Hyun-woo Park]] speaking."),
        ('C', "Hi, I'm calling from Kuala Lumpur to pay my daughter's tuition deposit. She's [[N:Nurul Aisyah binti Hamzah]]."),
        ('A', "Thank you. What's her student ID?"),
        ('C', f"[[A:{sid}]]."),
        ('A', "The deposit is ((pr:£4,000)), and there's a ((pct:5%)) discount if the full fee of ((pr:£18,750)) is paid by ((dt:31 August))."),
        ('C', f"Just the deposit today. It's an Amex, [[C:{card_t(card)}]], expiry [[X:{exp_t(e, 'mm/yy')}]], and the code on the front is [[V:{v}]]."),
        ('A', "Thank you, that's approved. The confirmation goes to her student email, [[E:nurul.hamzah@student.kingsmere.ac.uk]]."),
        ('C', "Could you copy me in as well? [[E:hamzah.rosli@gmail.com]]."),
        ('A', "Of course, I've added you."),
    ]


@case('asr')
def nursery_fees(g):
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "little acorns nursery office [[N:fiona]] speaking"),
        ('C', "hi it's [[N:adaeze]] mum of [[N:chidi]] and [[N:ebube]] i'm paying this month's fees"),
        ('A', "hiya [[N:adaeze]] so that's ((pr:eleven hundred and forty pounds)) for the ((ct:two)) of them"),
        ('C', f"ouch okay the card is [[C#a:{say(card[:4], dbl=True)}]] [[C#a:{say(card[4:8], dbl=True)}]] [[N:ebube]] put that down please [[C#a:{say(card[8:], dbl=True)}]]"),
        ('A', "sorry i missed the middle can you give me the whole thing again"),
        ('C', f"[[C:{groups(card, [4, 4, 4, 4])}]]"),
        ('A', "got it and when does it expire"),
        ('C', f"[[X:{exp_s(e, 'month')}]]"),
        ('A', "and the little code on the back"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "lovely and pick up's still ((t:half five)) on friday yeah"),
        ('C', "yeah their dad [[N:emeka]] is getting them"),
    ]


@case('transcript')
def maternity_parking(g):
    pcn = g.pat('19999999')
    card = g.card('mc2')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Parking charge enquiries, [[N:Oskar]] speaking."),
        ('C', "Hi. I got a parking charge at the hospital while my wife was in labour. I'll pay it, I just want the reduced rate."),
        ('A', "Congratulations! What's the charge notice number?"),
        ('C', f"It's PCN [[A:{pcn}]]."),
        ('A', "It's ((pr:£60)) if paid within ((du:14 days)), which you are. Card number?"),
        ('C', f"[[C:{card_t(card)}]]."),
        ('A', f"Let me read that back: [[C:{card_t(card, '-')}]]."),
        ('C', "Correct."),
        ('A', "Expiry and security code?"),
        ('C', f"[[X:{exp_t(e, 'mm/yy')}]] and [[V:{v}]]."),
        ('A', "Actually, as you were at the maternity unit, I've cancelled the charge, so nothing's been taken. You'll get an email in ((du:24 hours))."),
        ('C', "Oh, brilliant. Thank you."),
    ]


@case('asr')
def gas_key_topup(g):
    key = '9826' + g.pat('99999999')
    c1 = g.card('mc')
    e1 = g.expiry(expired=True)
    c2 = g.card(head='4300')
    e2 = g.expiry()
    v = g.cvv()
    return [
        ('A', "emergency credit line [[N:kemal]] speaking"),
        ('C', "hi my gas has run out and the shop's shut i need to top up by card"),
        ('A', "okay can you read me the number on your gas key"),
        ('C', f"[[A:{say(key, dbl=True)}]]"),
        ('A', "thanks and how much do you want to put on"),
        ('C', "((pr:twenty pounds))"),
        ('A', "okay card number"),
        ('C', f"[[C:{say(c1)}]]"),
        ('A', "and the expiry"),
        ('C', f"[[X:{exp_s(e1, 'digits')}]]"),
        ('A', "i'm afraid that card expired have you got another one"),
        ('C', f"oh god hang on [[N:tarik]] pass me your card [[C:{hundreds(c2)}]]"),
        ('A', "expiry on that one"),
        ('C', f"[[X:{exp_s(e2, 'plain')}]]"),
        ('A', "and the three digits on the back of it"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "that's done put your key back in the meter and it'll come on in about ((du:two minutes))"),
    ]


@case('transcript')
def dmv_renewal(g):
    cust = g.pat('C19999999')
    card = g.card('disc')
    e = g.expiry()
    v = g.cvv()
    z = g.zip('705')
    return [
        ('A', "Department of Motor Vehicles, registration renewals. This is [[N:Tyrone Beasley]]."),
        ('C', "Hi, I need to renew the registration on my truck, it runs out ((dt:June 30)) and the kiosk was broken."),
        ('A', "I can do that. What's the customer number on the renewal notice?"),
        ('C', f"[[A:{cust}]]."),
        ('A', "Thank you, Mr. [[N:Fontenot]]. Is this for the ((yr:2019)) ((mo:F-150))?"),
        ('C', "That's the one."),
        ('A', "The fee is ((pr:$187.50)). How would you like to pay?"),
        ('C', f"Discover. [[C:{card_t(card)}]], expires [[X:{exp_t(e, 'mm/yyyy')}]], CVV [[V:{v}]], billing ZIP [[PC:{z}]]."),
        ('A', "Thank you. The receipt will go to [[E:beau.fontenot@bayoumail.net]]."),
        ('C', "Great. How long for the sticker?"),
        ('A', "About ((du:7 to 10 days)) by mail. Keep the receipt in the truck until then."),
    ]


@case('asr')
def ivr_water_payment(g):
    acc = g.pat('199999999')
    card = g.card('visa')
    e = g.expiry()
    z = g.zip('441')
    v = g.cvv()
    ssn = g.ssn()
    conf = g.pat('99999999')
    return [
        ('I', "thank you for calling lakeshore water and power to make a payment please say or enter your account number"),
        ('C', f"[[A:{say(acc)}]]"),
        ('I', "to verify your identity please say the last four digits of the account holder's social security number"),
        ('C', f"[[S:{say(ssn[-4:])}]]"),
        ('I', f"for account ending in [[A:{say(acc[-4:])}]] your balance is ((pr:one hundred twelve dollars and forty cents)) please say or enter the card number"),
        ('C', f"[[C:{groups(card, [4, 2, 3, 4, 3])}]]"),
        ('I', "please enter the expiration date as four digits"),
        ('C', f"[[X:{exp_s(e, 'each')}]]"),
        ('I', "please enter the billing zip code"),
        ('C', f"[[PC:{zip_s(z, 'zero')}]]"),
        ('I', "please enter the three digit security code"),
        ('C', f"[[V:{say(v)}]]"),
        ('I', f"thank you your payment has been accepted your confirmation number is [[A:{say(conf)}]]"),
    ]


@case('transcript')
def print_invoice(g):
    inv = g.pat('29999')
    card = g.card('mc2')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Orchard Print Supplies, accounts, [[N:Fleur]] speaking."),
        ('C', f"Hi, it's [[N:Sunil]] from Kettle & Crumb bakery. I'd like to pay invoice [[A:{inv}]] by card."),
        ('A', "That's for ((q:2,000)) paper bags and ((q:500)) labels, ((pr:£318.60)) including VAT."),
        ('C', f"That's it. It's a Mastercard, [[C:{card_t(card)}]]."),
        ('A', "Thanks. Expiry?"),
        ('C', f"[[X:{exp_t(e, 'Mon yyyy')}]]."),
        ('A', "Security code?"),
        ('C', f"[[V:{v}]]."),
        ('A', "All paid, thank you. Your next order qualifies for ((pct:10%)) off as a regular customer."),
    ]


@case('asr')
def consumer_unit(g):
    card = g.card(head='4500')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "bright spark electrical [[N:nathan]] speaking"),
        ('C', "hiya i had a quote off your lad for a new consumer unit and ((q:six)) extra sockets"),
        ('A', "oh yeah what name is it under"),
        ('C', "[[N:pauline verity]]"),
        ('A', "got it the ((mo:voltex vx ten)) board yeah"),
        ('C', "that's the one"),
        ('A', "the deposit's ((pr:a hundred and fifty)) and we can come on the ((dt:seventeenth))"),
        ('C', f"lovely the card's [[C:{hundreds(card)}]]"),
        ('A', "and when does it run out"),
        ('C', f"[[X:{exp_s(e, 'month_long')}]]"),
        ('A', "and the three on the back"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "sorted we'll be there about ((t:eight)) it's a ((du:full day)) job with the power off"),
    ]


@case('transcript')
def berlin_trip(g):
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    ph = g.uk_mobile()
    return [
        ('A', "Hollins High School finance office, [[N:Kerry-Ann Baptiste]] speaking."),
        ('C', "Hi, I'm paying the balance for the Year ((o:10)) Berlin trip for my daughter, [[N:Maja Eriksen]]."),
        ('A', "Lovely. The balance is ((pr:£385)). They fly on ((dt:14 March)), ((fl:EZY 5283)) from Gatwick at ((t:06:40)), so please don't be late!"),
        ('C', f"No chance. The card is [[C:{card_t(card)}]]."),
        ('A', "Expiry?"),
        ('C', f"[[X:{exp_t(e, 'mm/yy')}]]."),
        ('A', "And the CVV on the back?"),
        ('C', f"[[V:{v}]]."),
        ('A', f"Thanks, all paid. Is [[P:{ph_uk_t(ph)}]] still the best number for trip updates?"),
        ('C', "Yes. How many are going?"),
        ('A', "((ct:42)) students and ((ct:5)) staff."),
    ]


@case('asr')
def graduation_tickets(g):
    sn = g.pat('21999999')
    card = g.card('mc')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "graduation office [[N:tomos]] speaking"),
        ('C', "hi i'm graduating on the ((dt:nineteenth of july)) and i want ((q:two)) extra guest tickets"),
        ('A', "congratulations what's your student number"),
        ('C', f"[[A:{say(sn)}]]"),
        ('A', "thanks [[N:oluwatobi]] extra tickets are ((pr:twenty pounds)) each"),
        ('C', f"fine can i pay by card [[C#a:{say(card[:4])}]]"),
        ('A', "yep"),
        ('C', f"[[C#a:{say(card[4:10])}]]"),
        ('A', "go on"),
        ('C', f"[[C#a:{say(card[10:])}]]"),
        ('A', "expiry"),
        ('C', f"[[X:{exp_s(e, 'slash')}]]"),
        ('A', "and the cvc"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "your ceremony's at ((t:two thirty)) and you need to be there by ((t:one)) to collect your gown"),
        ('A', "oh and fill in the pronunciation form the ((o:dean)) reads every name out"),
        ('C', "amazing my nan's coming from lagos for it she's ((o:eighty one))"),
    ]


@case('transcript')
def holding_deposit(g):
    pc = g.pc('LS6')
    card = g.card('mc')
    wrong = card[12:]
    while wrong == card[12:]:
        wrong = g.pat('9999')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Parkway Lettings, [[N:Milo Henshaw]] speaking."),
        ('C', f"Hi, I'm paying the holding deposit for [[AD:31 Cromwell Terrace, Headingley]], [[PC:{pc}]]."),
        ('A', "Great. That's ((pr:£240)), which is a week's rent."),
        ('C', f"The card is [[C#a:{groups(card[:12], [4, 4, 4])}]] [[C#a!:{wrong}]]... no, wait, sorry, the last four are [[C#a:{card[12:]}]]."),
        ('A', f"So [[C:{card_t(card, '-')}]]?"),
        ('C', "Correct."),
        ('A', "Expiry and CVC?"),
        ('C', f"[[X:{exp_t(e, 'mm/yy')}]], [[V:{v}]]."),
        ('A', "And your name for the receipt?"),
        ('C', "[[N:Ikechukwu Eboh]]."),
        ('A', "Thanks, [[N:Ikechukwu]]. The landlord has ((du:15 days)) to sign, or the deposit comes back to you."),
    ]


@case('asr')
def dental_billing_us(g):
    dob = g.dob(2014, 2016)
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "brightwater dental billing this is [[N:kaylee]]"),
        ('C', "hi i'm calling to pay for my son's fillings his name's [[N:mateo delgado]]"),
        ('A', "sure can i get his date of birth"),
        ('C', f"[[D:{dob_s(dob, 'us_nums')}]]"),
        ('A', "thanks the balance is ((pr:two eighty five)) after insurance"),
        ('C', f"okay card number [[C:{mixed(card, start_digits=False, zero='zero')}]]"),
        ('A', "expiration"),
        ('C', f"[[X:{exp_s(e, 'digits')}]]"),
        ('A', "and the three digit code"),
        ('C', f"[[V:{say(v, 'zero')}]]"),
        ('A', "and where should i send the receipt"),
        ('C', "[[E:maria g delgado at yahoo dot com]]"),
    ]


@case('transcript')
def property_tax(g):
    parcel = g.pat('99-99-999-999')
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "Kessler County Treasurer's Office, [[N:Leonard]] speaking."),
        ('C', "Hi, I'd like to pay the second half of my ((yr:2024)) property taxes."),
        ('A', "Sure. Parcel number?"),
        ('C', f"[[A:{parcel}]]."),
        ('A', "That's [[AD:4410 Quail Hollow Drive]]? The amount due is ((pr:$2,318.44)), and there's a ((pct:2.35%)) convenience fee on cards."),
        ('C', f"That's fine. [[C:{card_t(card)}]]."),
        ('A', "Expiration date and security code?"),
        ('C', f"[[X:{exp_t(e, 'Mon yyyy')}]], security code [[V:{v}]]."),
        ('A', "Payment posted. It had to be in by ((dt:November 1)), so you're well ahead."),
    ]


@case('asr')
def fibre_signup(g):
    pc = g.pc('LS11')
    dob = g.dob(1986, 1990)
    ph = g.uk_mobile()
    return [
        ('A', "northwire broadband sales [[N:imran]] speaking"),
        ('C', "hi i want to get fibre put in at my new flat"),
        ('A', "lovely what's the address"),
        ('C', f"[[AD:flat twelve forty four canal wharf leeds]] [[PC:{pc_s(pc)}]]"),
        ('A', "good news you can get the ((o:nine hundred meg)) package it's ((pr:thirty two ninety nine a month)) on an ((du:eighteen month)) contract"),
        ('C', "fine and do i get a new router"),
        ('A', "yeah the ((mo:hub seven)) can i take your name and date of birth"),
        ('C', f"[[N:siobhan mcateer]] [[D:{dob_s(dob, 'of')}]]"),
        ('A', "and a contact number"),
        ('C', f"[[P:{ph_uk_s(ph)}]]"),
        ('A', "and your email"),
        ('C', "[[E:shiv mcateer eighty eight at outlook dot com]]"),
        ('A', "installation is on the ((dt:fourth)) between ((t:eight)) and ((t:one))"),
    ]


@case('transcript')
def register_death(g):
    dob = g.dob(1941, 1946)
    nhs = g.nhs()
    ph = g.uk_land('0121')
    return [
        ('A', "Register Office, [[N:Gwyneth]] speaking."),
        ('C', "Hello. My husband passed away on Tuesday and the hospital said to ring you to register it."),
        ('A', "I'm so sorry for your loss. I can book that for you. What was your husband's name?"),
        ('C', "[[N:Clement Anyanwu]]. We married in ((yr:1972)), I still can't believe it."),
        ('A', "I'm sorry. And his date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'ord')}]]."),
        ('A', "Do you have his NHS number? It's not essential."),
        ('C', f"It's on his card here. [[A:{groups(nhs, [3, 3, 4])}]]."),
        ('A', "Thank you. The first appointment is ((dt:Friday 9th)) at ((t:11:20)), and it takes about ((du:45 minutes)). Certificates are ((pr:£12.50)) each. How many would you like?"),
        ('C', "((q:Four)), I think, for the bank and the pension."),
        ('A', "And a number in case we need to move the appointment?"),
        ('C', f"[[P:{ph_uk_t(ph)}]]."),
    ]


@case('asr')
def membership_freeze(g):
    mem = g.pat('M99999')
    card = g.card('visa')
    e = g.expiry()
    v = g.cvv()
    return [
        ('A', "riverside leisure centre [[N:jodie]] speaking"),
        ('C', "hiya i want to freeze my membership for ((du:three months)) i've broken my ankle"),
        ('A', "oh no what's your membership number"),
        ('C', f"[[A:{say(mem)}]]"),
        ('A', "that's fine there's a ((pr:five pound a month)) freeze fee can i take that on a card"),
        ('C', f"yeah [[C:{groups(card, [3, 5, 4, 4])}]]"),
        ('A', "what's the expiry"),
        ('C', f"[[X:{exp_s(e, 'plain')}]]"),
        ('A', "and the cvv number"),
        ('C', f"[[V:{say(v)}]]"),
        ('A', "sorted it'll start again on the ((dt:first of december)) unless you ring us"),
    ]


@case('transcript')
def business_checking(g):
    ssn = g.ssn()
    dob = g.dob(1978, 1984)
    z = g.zip('875')
    ph = g.us_phone('505')
    return [
        ('A', "Summit Community Bank, new accounts. This is [[N:Priya Natarajan]]."),
        ('C', "Hi, I'd like to open a business checking account for my landscaping company. I've run it since ((yr:2015)) and I'm the sole owner."),
        ('A', "Great. What's your full legal name?"),
        ('C', "[[N:Guillermo Esteban Ruiz]]."),
        ('A', "Social Security number and date of birth?"),
        ('C', f"[[S:{ssn_t(ssn)}]], born [[D:{dob_t(dob, 'mdy')}]]."),
        ('A', "And your home address?"),
        ('C', f"[[AD:918 Piñon Court, Santa Fe]], New Mexico [[PC:{z}]]."),
        ('A', "Phone and email?"),
        ('C', f"[[P:{ph_us_t(ph, 'dash')}]], and [[E:memo@ruizlandscapes.com]]."),
        ('A', "You'll need ((pr:$100)) to open it, and there's no monthly fee for the first ((du:12 months))."),
    ]


@case('asr')
def insulin_refill(g):
    mid = g.pat('AA999999999')
    dob = g.dob(1950, 1958)
    card = g.card('mc')
    e = g.expiry()
    v = g.cvv()
    ssn = g.ssn()
    z = g.zip('873')
    ph = g.us_phone('505')
    return [
        ('A', "thank you for calling medline rx home delivery this is [[N:corinne]]"),
        ('C', "hi i'm trying to refill my insulin and it says my payment method was declined"),
        ('A', "i can help with that can i get your member id"),
        ('C', f"[[A:{say(mid)}]]"),
        ('A', "and your birthday"),
        ('C', f"[[D:{dob_s(dob, 'us')}]]"),
        ('A', "and the last four of your social"),
        ('C', f"[[S:{say(ssn[-4:], 'zero')}]]"),
        ('A', "thank you mister [[N:begay]] the card on file expired do you want to add a new one"),
        ('C', f"yeah it's [[C:{say(card, 'zero', triple=True)}]]"),
        ('A', "expiration"),
        ('C', f"[[X:{exp_s(e, 'month_long')}]]"),
        ('A', "security code"),
        ('C', f"[[V:{say(v, 'zero')}]]"),
        ('A', f"and is it still going to [[AD:two twelve juniper loop gallup]] new mexico [[PC:{zip_s(z)}]]"),
        ('C', f"yep and if the driver can't find it call my daughter [[P:{ph_us_s(ph)}]]"),
        ('A', "i've added that it ships today you'll have it in ((du:two to three days))"),
    ]


@case('transcript')
def water_start(g):
    ssn = g.ssn()
    dob = g.dob(1990, 1995)
    z = g.zip('396')
    ph = g.us_phone('601')
    return [
        ('A', "City of Brookhaven Utilities, customer service, [[N:Latasha]] speaking."),
        ('C', "Hi, I'm closing on a house this week and I need to start water service."),
        ('A', "Congratulations! Name and Social?"),
        ('C', f"[[N:Oren Adler]], [[S:{ssn}]]."),
        ('A', f"Let me confirm the last four: [[S:{ssn[-4:]}]]. And date of birth?"),
        ('C', f"[[D:{dob_t(dob, 'us')}]]."),
        ('A', "Service address?"),
        ('C', f"[[AD:77 Magnolia Bend, Brookhaven]], [[PC:{z}]]."),
        ('A', "There's a ((pr:$75)) deposit. What email should we use for e-billing?"),
        ('C', "[[E:oren.adler@protonmail.com]]."),
        ('A', "And the best phone number?"),
        ('C', f"[[P:{ph_us_t(ph, 'dot')}]]."),
        ('A', "You're all set. Service starts Friday, the ((dt:6th))."),
    ]


@case('asr')
def geography_trip(g):
    return [
        ('A', "edutours group travel [[N:mariana]] speaking"),
        ('C', "hi it's mister [[N:adeleke]] from st bede's i'm just checking the flights for the geography trip"),
        ('A', "hiya so you've got ((ct:thirty six)) students and ((ct:four)) staff on ((fl:f r eight three four two)) out on the ((dt:third of april)) at ((t:seven fifty five))"),
        ('C', "and coming back"),
        ('A', "((fl:f r eight three four three)) on the ((dt:seventh)) landing at ((t:twenty one ten))"),
        ('C', "and the coach from the airport holds ((q:fifty)) yeah"),
        ('A', "yeah it's a ((mo:setra s five sixteen)) plenty of room for bags and the hotel's about ((o:three miles)) from the airport"),
        ('C', "and we paid ((pct:thirty percent)) deposit"),
        ('A', "that's right the rest is due ((du:eight weeks)) before you travel"),
        ('C', "can we provisionally book the same trip for ((yr:twenty twenty six))"),
        ('A', "course i'll pencil it in"),
    ]


@case('transcript')
def medicare_card(g):
    mbi = g.pat('1AA9-AA9-AA99')
    ssn = g.ssn()
    p1 = g.us_phone('216')
    p2 = g.us_phone('216')
    return [
        ('A', "Thank you for calling Medicare. My name is [[N:Gloria]]. How can I help you?"),
        ('C', "Hi, I lost my wallet yesterday and my Medicare card was in it."),
        ('A', "I'm sorry to hear that. I can order a replacement. Do you have a copy of the Medicare number?"),
        ('C', f"I wrote it down somewhere... here it is: [[A:{mbi}]]."),
        ('A', "Thank you. And your Social Security number, to verify?"),
        ('C', f"[[S:{ssn_t(ssn)}]]."),
        ('A', f"Thank you, Mrs. [[N:Haddad]]. I have [[S:{ssn[-4:]}]] on file, so that matches. The new card will arrive within ((du:30 days))."),
        ('C', "Can I get a text when it's mailed?"),
        ('A', "Sure, what number?"),
        ('C', f"[[P:{ph_us_t(p1, 'paren')}]]. Or my son's, [[P:{ph_us_t(p2, 'dash')}]], he checks my messages."),
        ('A', "I'll add both. You can also print a copy online in the meantime."),
        ('C', "Should I report the wallet to the police?"),
        ('A', "It's a good idea, and you might want to put a fraud alert on your credit file too."),
    ]


@case('asr')
def loan_servicer(g):
    ssn = g.ssn()
    dob = g.dob(1994, 1998)
    ph = g.us_phone('404')
    acc = g.pat('1999999999')
    return [
        ('A', "thank you for calling keystone loan servicing this is [[N:derek]] can i get the borrower's social"),
        ('C', f"[[S:{say(ssn[:3])} {pairs(ssn[3:5])} {pairs(ssn[5:])}]]"),
        ('A', "and the date of birth on the loan"),
        ('C', f"[[D:{dob_s(dob, 'us')}]]"),
        ('A', "thank you i see ((ct:three)) loans totaling ((pr:twenty eight thousand four hundred dollars))"),
        ('C', "yeah i want to switch to the income driven plan i got laid off"),
        ('A', "i'm sorry to hear that i can send you the application what's your email"),
        ('C', "[[E:j dot okafor dot ninety six at gmail dot com]]"),
        ('A', "and the best phone number for you"),
        ('C', f"[[P:{ph_us_s(ph)}]]"),
        ('A', f"okay your loan account number for the form is [[A:{say(acc)}]]"),
        ('C', "sorry can you say that again slower"),
        ('A', f"[[A:{say(acc[:5])} {say(acc[5:])}]]"),
        ('A', "payments are paused for ((du:sixty days)) while we process it"),
    ]


@case('transcript')
def ebilling_fix(g):
    acc = g.pat('4199 9999')
    p1 = g.uk_land('0115')
    p2 = g.uk_mobile()
    p3 = g.uk_mobile()
    return [
        ('A', "Council Tax, [[N:Beatriz]] speaking."),
        ('C', "Hi, I signed up for e-billing but I typed my email wrong, and I need to change my phone number as well."),
        ('A', "No problem. What's the account number?"),
        ('C', f"[[A:{acc}]]."),
        ('A', "What email did you put in?"),
        ('C', "[[E:adebola.fashola@gmial.com]], with the letters the wrong way round."),
        ('A', "I see it. And the correct one?"),
        ('C', "[[E:adebola.fashola@gmail.com]]."),
        ('A', "Updated. And the phone numbers?"),
        ('C', f"Home is [[P:{ph_uk_t(p1)}]] and mobile is [[P:{ph_uk_t(p2)}]]. The old mobile, [[P:{ph_uk_t(p3, 'none')}]], can go."),
        ('A', "Done. Your next bill will be emailed on ((dt:1 April))."),
    ]


@case('asr')
def ward_enquiry(g):
    dob = g.dob(1947, 1953)
    p1 = g.uk_mobile()
    p2 = g.uk_land('0141')
    return [
        ('A', "royal infirmary switchboard how can i direct your call"),
        ('C', "hi i'm trying to get hold of ward ((o:twenty two)) my mum was admitted last night"),
        ('A', "putting you through now"),
        ('A', "ward ((o:twenty two)) staff nurse [[N:efua]] speaking"),
        ('C', "hi i'm ringing about my mum [[N:dolores akintola]]"),
        ('A', "are you next of kin"),
        ('C', "yes i'm her son [[N:femi]]"),
        ('A', "can you give me her date of birth just to check"),
        ('C', f"[[D:{dob_s(dob, 'plain')}]]"),
        ('A', "thanks she's comfortable she's had her scan and the doctors do their round at ((t:ten))"),
        ('A', "can i take a number so the doctor can ring you after"),
        ('C', f"[[P:{ph_uk_s(p1)}]] or my work number [[P:{ph_uk_s(p2, 'oh', False)}]]"),
        ('A', "lovely and visiting is ((t:two)) till ((t:eight))"),
    ]


@case('transcript')
def district_enrollment(g):
    id1 = g.pat('1999999')
    id2 = g.pat('1999999')
    d1 = g.dob(2012, 2013)
    d2 = g.dob(2016, 2017)
    p1 = g.us_phone('971')
    p2 = g.us_phone('971')
    return [
        ('A', "Riverbend Unified School District, enrollment. This is [[N:Tamika]]."),
        ('C', "Hi, we just moved here from Texas and I need to enroll my ((ct:two)) kids."),
        ('A', "Welcome! Do you have their old student IDs? It helps us request their records."),
        ('C', f"For [[N:Joaquín]] it's [[A:{id1}]], and for [[N:Valeria]] it's [[A:{id2}]]."),
        ('A', "And their birth dates?"),
        ('C', f"[[N:Joaquín]] is [[D:{dob_t(d1, 'mdy')}]] and [[N:Valeria]] is [[D:{dob_t(d2, 'mdy')}]]."),
        ('A', "Thank you. A parent phone number and email?"),
        ('C', f"[[P:{ph_us_t(p1, 'paren')}]] is mine, [[P:{ph_us_t(p2, 'paren')}]] is my husband's, and the email is [[E:familia.serrano@yahoo.com]]."),
        ('A', "Great. Bring proof of address to the school office and they can start on ((dt:September 9))."),
    ]


@case('asr')
def payroll_starters(g):
    client = g.pat('HP9999')
    s1 = g.ssn()
    s2 = g.ssn()
    return [
        ('A', "harborline payroll services [[N:nikhil]] speaking"),
        ('C', "hiya it's the cafe on dock street i need to add ((ct:two)) new starters"),
        ('A', "sure what's your client number"),
        ('C', f"[[A:{say(client)}]]"),
        ('A', "okay first employee name and social"),
        ('C', f"[[N:amari jenkins]] [[S:{ssn_s(s1)}]]"),
        ('A', "and the second one"),
        ('C', f"[[N:yerin cho]] [[S#a:{say(s2[:5], 'zero')}]] hang on her writing's awful [[S#a:{say(s2[5:], 'zero')}]]"),
        ('A', "and their pay rates"),
        ('C', "((pr:sixteen fifty an hour)) the both of them"),
        ('A', "okay they'll be on the run for the ((dt:twenty fifth))"),
    ]



# ---------------------------------------------------------------------------------------------
# build and check

TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'doctor', 'mx', 'sir', 'madam'}
UK_PC = re.compile(r'^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$')
STREET_START = re.compile(r"^(\d|flat|unit|apartment|apt|suite|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                          r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                          r"sixty|seventy|eighty|ninety|double|oh|apartment|number)", re.I)


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def build():
    g = Gen(SEED)
    out = []
    for k, (fn, style) in enumerate(CASES, 1):
        cid = 't7-%03d' % k
        turns = fn(g)
        utts, pii, keep = [], [], []
        labels = {}
        for ui, (spk, raw) in enumerate(turns):
            text, p, kp = parse(raw)
            utts.append({'speaker': SPEAKER[spk], 'text': text})
            for (s, e, code, lab, sup, val) in p:
                if lab is None:
                    key = ('solo', ui, s)
                else:
                    key = ('lab', lab)
                if key not in labels:
                    labels[key] = 'g%d' % (len(labels) + 1)
                pii.append({'utterance': ui, 'start': s, 'end': e, 'type': PII[code],
                            'group': labels[key], '_sup': sup, '_val': val})
            for (s, e, kind, val) in kp:
                keep.append({'utterance': ui, 'start': s, 'end': e, 'kind': KEEP[kind],
                             '_val': val})
        out.append({'case_id': cid, 'style': style, 'utterances': utts, 'pii': pii,
                    'keep': keep, '_fn': fn.__name__})
    return out


PUNCT_EDGE = set(' \t,;:.!?"\'()-/')


def check_case(c):
    cid = '%s (%s)' % (c['case_id'], c['_fn'])
    utts = c['utterances']
    asr = c['style'] == 'asr'
    need(len(utts) >= 2, cid + ': too short')
    spans = defaultdict(list)
    for sp in c['pii'] + c['keep']:
        ui, s, e = sp['utterance'], sp['start'], sp['end']
        need(0 <= ui < len(utts), cid + ': utterance index')
        t = utts[ui]['text']
        need(0 <= s < e <= len(t), cid + ': span bounds')
        v = t[s:e]
        need(v == sp['_val'], '%s: offsets do not give the value %r' % (cid, sp['_val']))
        need(v.strip() == v and v, '%s: space at edge %r' % (cid, v))
        first_ok = v[0] not in PUNCT_EDGE or v[0] in '(+' and sp.get('type') == 'PHONE'
        last_ok = v[-1] not in PUNCT_EDGE or v.lower().endswith(('a.m.', 'p.m.'))
        need(first_ok and last_ok, '%s: punctuation at edge %r' % (cid, v))
        need(s == 0 or not t[s - 1].isalnum(), '%s: starts inside a word %r' % (cid, v))
        need(e == len(t) or not t[e].isalnum(), '%s: ends inside a word %r' % (cid, v))
        spans[ui].append((s, e, v))
    for ui, lst in spans.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            need(a[1] <= b[0], '%s: overlap %r %r' % (cid, a[2], b[2]))
    for ui, u in enumerate(utts):
        t = u['text']
        covered = [False] * len(t)
        for (s, e, _) in spans.get(ui, []):
            for i in range(s, e):
                covered[i] = True
        for i, ch in enumerate(t):
            need(not ch.isdigit() or covered[i], '%s: digit outside a span in %r' % (cid, t))
        # runs of digit words outside spans
        outside = ''.join(ch if not covered[i] else ' | ' for i, ch in enumerate(t))
        run = 0
        for tok in re.findall(r"[a-z]+|\|", outside.lower()):
            run = run + 1 if tok in NUMBER_WORDS else 0
            need(run < 4, '%s: four digit words outside spans in %r' % (cid, t))
        if asr:
            need(t == t.lower(), '%s: capital letter in asr %r' % (cid, t))
            need(not re.search(r'[.,?!;:@"()\-/]', t), '%s: punctuation in asr %r' % (cid, t))
        need(t == t.strip() and '  ' not in t, '%s: spacing %r' % (cid, t))
    # values
    bygroup = defaultdict(list)
    for sp in c['pii']:
        bygroup[sp['group']].append(sp)
    for gname, lst in bygroup.items():
        types = {sp['type'] for sp in lst}
        need(len(types) == 1, '%s: mixed group %s' % (cid, gname))
        typ = types.pop()
        vals = [utts[sp['utterance']]['text'][sp['start']:sp['end']] for sp in lst]
        used = [v for v, sp in zip(vals, lst) if not sp['_sup']]
        whole = ' '.join(used)
        digs = to_digits(whole)
        if typ == 'CARD_NUMBER':
            need(len(digs) in (15, 16) and luhn_ok(digs),
                 '%s: card %r -> %s' % (cid, whole, digs))
            if len(digs) == 15:
                need(digs[:2] in ('34', '37'), cid + ': amex prefix')
        elif typ == 'CVV':
            need(len(digs) in (3, 4), '%s: cvv %r' % (cid, whole))
        elif typ == 'SSN':
            need(len(digs) in (4, 9), '%s: ssn %r' % (cid, whole))
            if len(digs) == 9:
                need(1 <= int(digs[:3]) <= 665 and digs[3:5] != '00' and digs[5:] != '0000',
                     cid + ': ssn shape')
        elif typ == 'PHONE':
            need(10 <= len(digs) <= 12, '%s: phone %r -> %s' % (cid, whole, digs))
        elif typ == 'EXPIRY':
            low = whole.lower()
            ok = any(mname[:3] in low for mname in MONTHS) or \
                (re.match(r'^(0?[1-9]|1[0-2])', digs) is not None and len(digs) in (3, 4, 6))
            need(ok, '%s: expiry %r' % (cid, whole))
        elif typ == 'EMAIL':
            if asr:
                need(' at ' in ' %s ' % whole and ' dot ' in ' %s ' % whole,
                     '%s: spoken email %r' % (cid, whole))
            else:
                need(re.match(r'^[\w.+\-]+@[\w\-]+(\.[\w\-]+)+$', whole) is not None,
                     '%s: email %r' % (cid, whole))
        elif typ == 'POSTCODE':
            if re.search(r'\d', whole) and not asr:
                need(UK_PC.match(whole) or re.match(r'^\d{5}$', whole),
                     '%s: postcode %r' % (cid, whole))
            else:
                need(len(digs) in (2, 3, 4, 5), '%s: spoken postcode %r' % (cid, whole))
        elif typ == 'ADDRESS':
            for v in vals:
                need(STREET_START.match(v) is not None, '%s: address start %r' % (cid, v))
        elif typ == 'NAME':
            for v in vals:
                need(not re.search(r'\d', v), '%s: digit in name %r' % (cid, v))
                need(v.split()[0].lower().strip('.') not in TITLES, '%s: title %r' % (cid, v))
                if not asr:
                    need(any(w[:1].isupper() for w in v.split()), '%s: name case %r' % (cid, v))
        elif typ == 'ACCOUNT_NUMBER':
            for v in vals:
                need(re.search(r'\d', v) or to_digits(v), '%s: account %r' % (cid, v))
        elif typ == 'DOB':
            need(len(digs) >= 4 or any(mname in whole.lower() for mname in MONTHS + ORD),
                 '%s: dob %r' % (cid, whole))
    # look-alikes
    for kp in c['keep']:
        t = utts[kp['utterance']]['text']
        v = t[kp['start']:kp['end']]
        digs = to_digits(v)
        if 13 <= len(digs) <= 19:
            need(not luhn_ok(digs), '%s: look-alike passes luhn %r' % (cid, v))
        if len(digs) >= 3:
            for sp in c['pii']:
                if sp['utterance'] == kp['utterance']:
                    pd = to_digits(t[sp['start']:sp['end']])
                    need(not (pd and (digs == pd or (len(digs) >= 4 and digs in pd))),
                         '%s: look-alike %r has pii digits' % (cid, v))


def stats(cases):
    st = {'cases': Counter(), 'utts': Counter(), 'ordinary': Counter(), 'pii': Counter(),
          'groups': Counter(), 'keep': Counter()}
    for c in cases:
        s = c['style']
        st['cases'][s] += 1
        st['utts'][s] += len(c['utterances'])
        marked = {sp['utterance'] for sp in c['pii'] + c['keep']}
        st['ordinary'][s] += sum(1 for i in range(len(c['utterances'])) if i not in marked)
        for sp in c['pii']:
            st['pii'][(sp['type'], s)] += 1
        for gname in {(sp['group'], sp['type']) for sp in c['pii']}:
            st['groups'][(gname[1], s)] += 1
        for kp in c['keep']:
            st['keep'][(kp['kind'], s)] += 1
    return st


def total(counter, key):
    return counter[(key, 'transcript')] + counter[(key, 'asr')]


def report(st):
    lines = []
    row = lambda name, a, b: lines.append('%-40s %6s %6s %6s' % (name, a, b, a + b))
    lines.append('%-40s %6s %6s %6s' % ('', 'trans', 'asr', 'total'))
    for k in ('cases', 'utts', 'ordinary'):
        row(k, st[k]['transcript'], st[k]['asr'])
    lines.append('pii spans (groups)')
    for t in PII.values():
        lines.append('  %-38s %6d %6d %6d   (%d)' % (
            t, st['pii'][(t, 'transcript')], st['pii'][(t, 'asr')], total(st['pii'], t),
            total(st['groups'], t)))
    lines.append('keep')
    for k in KEEP.values():
        row('  ' + k, st['keep'][(k, 'transcript')], st['keep'][(k, 'asr')])
    lines.append('%-40s %20d' % ('all keep', sum(st['keep'].values())))
    return '\n'.join(lines)


def check_all(cases):
    problems = []
    seen = {}
    for c in cases:
        try:
            check_case(c)
        except Fail as ex:
            problems.append(str(ex))
        for u in c['utterances']:
            norm = re.sub(r'[^a-z0-9 ]', '', u['text'].lower())
            if len(norm.split()) >= 4:
                if norm in seen and seen[norm] != c['case_id']:
                    problems.append('%s: utterance also in %s: %r' % (c['case_id'], seen[norm],
                                                                       u['text']))
                seen.setdefault(norm, c['case_id'])
    st = stats(cases)
    mins = []
    if len(cases) < MIN_CASES:
        mins.append('cases %d < %d' % (len(cases), MIN_CASES))
    n_utt = sum(st['utts'].values())
    if n_utt < MIN_UTTS:
        mins.append('utterances %d < %d' % (n_utt, MIN_UTTS))
    for t, m in MIN_PII.items():
        if total(st['pii'], t) < m:
            mins.append('%s %d < %d' % (t, total(st['pii'], t), m))
    if sum(st['keep'].values()) < MIN_KEEP:
        mins.append('keep %d < %d' % (sum(st['keep'].values()), MIN_KEEP))
    for k in KEEP.values():
        if total(st['keep'], k) < 8:
            mins.append('keep kind %s only %d' % (k, total(st['keep'], k)))
    if sum(st['ordinary'].values()) < MIN_ORDINARY:
        mins.append('ordinary %d < %d' % (sum(st['ordinary'].values()), MIN_ORDINARY))
    share = st['cases']['transcript'] / max(1, len(cases))
    if not 0.4 <= share <= 0.6:
        mins.append('transcript share %.2f' % share)
    return problems, mins, st


def serialise(cases):
    lines = []
    for c in cases:
        obj = {'case_id': c['case_id'], 'style': c['style'],
               'utterances': [{'speaker': u['speaker'], 'text': u['text']}
                              for u in c['utterances']],
               'pii': [{'utterance': p['utterance'], 'start': p['start'], 'end': p['end'],
                        'type': p['type'], 'group': p['group']} for p in c['pii']],
               'keep': [{'utterance': k['utterance'], 'start': k['start'], 'end': k['end'],
                         'kind': k['kind']} for k in c['keep']]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return '\n'.join(lines) + '\n'


def main(argv):
    cases = build()
    problems, mins, st = check_all(cases)
    text = serialise(cases)
    again = serialise(build())
    if again != text:
        problems.append('two builds differ')
    print(report(st))
    for p in problems:
        print('PROBLEM:', p)
    for m in mins:
        print('MINIMUM:', m)
    if problems or (mins and '--draft' not in argv):
        print('not written')
        return 1
    if '--check' in argv:
        return 0
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print('wrote', OUT)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
