#!/usr/bin/env python3
"""Write data/redaction/dev47.jsonl, a redaction development set (case ids t43-001 ...).

Written as the held-out set test43.jsonl, measured once with the forty-fifth round's code, then
renamed dev47 and tuned on in the forty-sixth round.

What the set leans on
---------------------
* Speaker labels as a real diarizer gets them wrong on a mono recording: some of the
  customer's words are labelled ``agent`` and some of the agent's ``customer`` (a card
  read out under the agent's label, a question under the customer's), two speakers'
  words run together in one utterance, a turn cut in two with the second half given to
  the other speaker, and back-channels ("mm-hmm", "yep") glued to the front or end of the
  other speaker's value.  Spans label what is said, whoever the label says spoke it.
* Industries that earlier sets named rarely or never: museum and gallery memberships,
  zoo and aquarium passes, theme parks, ski resorts, cinemas, bowling and escape venues,
  tattoo studios, photography studios, music venues, sports coaching, swimming lessons,
  dance schools, martial arts clubs, choir and orchestra subscriptions, bookshops,
  antique dealers, jewellers and watch repairs, piano tuners.
* About half the utterances in the recogniser's style (``asr``) and half in the
  ``transcript`` style (the style is chosen per case).
* Card payments carry the most weight: cards in one to five pieces over turns, corrected
  blocks, restarts, a block repeated on request, read-backs by an agent or an IVR (whole,
  one block, the last four), codes and expiries asked for and said in varied ways, a card
  given and then withdrawn.  Also identity checks (dates of birth, postcodes, first line
  of address, SSN or its last four, NI, PPS and SIN numbers), phones with extensions,
  account / membership / booking numbers of many shapes, and names from many languages
  and names that are also words, said in passing.
* Look-alikes right beside real values (amounts, times, dates, ages, seats, rows, lanes,
  ticket barcodes that fail Luhn, model numbers, percentages, years, counts, durations)
  and plenty of ordinary utterances with no personal data.
* Callers and addresses from the UK, Ireland, the US, Canada and Australia.

How it is built
---------------
Every case below is a function written by hand for this set: its own people, reason for
calling, wording and order of events.  The functions are called in order and every
generated number (cards, codes, expiries, SSN/NI/PPS/SIN, phones, postcodes, account
numbers, dates of birth, house numbers, amounts, model numbers, seat numbers, ticket
barcodes, event days ...) is drawn from ONE ``random.Random(43)`` as the cases are built,
so the file is the same on every run and under any PYTHONHASHSEED.  Small everyday
numbers that are part of the wording (durations, counts, hours of time slots, ages) are
written by hand.  Numbers are rendered in the case's style by small helpers (``W`` digit
words, ``D`` digit words with "double"/"triple", ``T`` digit pairs as numbers, ``N``
cardinal words, ...).

Markup, inline in each line:
  ``[[TYPE:text]]``, ``[[TYPE#grp:text]]`` pii; ``grp`` is a name local to the case and
  ties the pieces of one value together (written out as g1, g2, ... in order of first
  appearance); a span without ``#grp`` is a group of its own.  TYPE is the full type or
  one of the short forms CARD, EXP, ADDR, PC, ACCT.
  Flags after the group name: ``~`` marks a piece that stays in the value's group but is
  not part of the final value (digits before a restart, a block later corrected, a block
  repeated on request, a phone's extension) and is left out of the value checks; ``*``
  marks a partial value said on its own (a last four, one block read back).
  ``((kind:text))`` keep spans (look-alikes).
The markup is stripped in code and every offset is computed from the clean text.

Checks (the script exits with status 1 and writes nothing if any fails): spans inside
their text, non-empty, no leading/trailing space or punctuation (a final a.m./p.m.
excepted), not starting or ending inside a word, no overlaps; card numbers joined over
the group are 15/16 digits and pass Luhn; CVV 3-4 digits; SSN 9 digits of the US shape,
a last four, a UK NI number, an Irish PPS number (check letter verified) or a Canadian
SIN (Luhn); phones 10-12 digits in a US/Canadian, UK or Australian (ACMA drama range)
shape; expiries have a valid month; ZIPs, UK postcodes, Eircodes, Canadian and
Australian postcodes in shape; e-mails typed as addresses or spoken as "... at ... dot
..." (never an @ in asr); ADDRESS starts with a number (or flat/unit/apartment/suite and
a number) and has a street word; NAME without digits or titles; look-alikes of 13-19
digits fail Luhn and hold no pii digits of the same utterance; no digit outside a span
and no run of four or more digit words outside a span; a name word labelled in a case is
never left unlabelled elsewhere in the same case; no e-mail or street in two cases; no
utterance of nine words or more (span contents masked) in two cases; asr lines are lower
case without punctuation; the brief's minimum counts.

Choices made where the conventions are silent
---------------------------------------------
* Speaker labels are kept as the diarizer gave them.  A span is labelled by what is
  said: a piece of the caller's card that landed under the agent's label stays a piece of
  the card's group; a read-back is decided by content (a second mention after the value
  was given), not by the label.  A value cut by a turn boundary (even when the second
  half is given to the other speaker) keeps one group over both utterances.
  Back-channels ("mm-hmm", "yep", "okay") glued to a value stay outside its span.
* Cards: digits said before a restart, a block later corrected and a block repeated on
  request stay in the card's group; a card said again in full, every read-back (whole,
  one block, the last four, by agent or IVR) and any last four said on its own are groups
  of their own.  A card given and then withdrawn is labelled, as a group of its own.
* "expires", "valid thru", "end of", "CVV", "security code" stay outside expiries and
  codes; a spoken "slash" or "of" between month and year is inside the expiry.
* Punctuation a transcriber writes between groups of one value (commas, hyphens) stays
  inside one span; only words or a turn end split a value into pieces.
* A phone's extension is a piece of the phone's group ("extension"/"ext" outside).
* NI, PPS and SIN numbers are ``SSN``s; Eircodes, Canadian and Australian postcodes are
  ``POSTCODE``s.  A last four of an SSN or of a card said as such is labelled.
* ``ACCOUNT_NUMBER``: membership, patron, pass, booking, order, job (repair) and
  lesson-account numbers, student and licence numbers, gift-card and voucher numbers,
  policy numbers, sort codes and bank accounts (a sort code a group of its own), as the
  README treats order and booking numbers.  ``other`` look-alikes: ticket barcodes
  (13-19 digits that fail Luhn), receipts, transaction and confirmation references,
  one-time codes, watch and instrument serial numbers, seats, rows, lanes, lockers,
  rooms, gate and door codes, keypad options, ages and temperatures.  A watch's
  reference or a piano's model is a ``model_number``.
* A first name and surname said together are one NAME span; a surname spelled letter by
  letter is a NAME group of its own; a person's name inside a business name is labelled
  (the name words only); titles, pets, venues, shows and businesses are not names.
* ADDRESS: a flat or unit before the number is inside ("Flat 3, 77 ...", "Flat 2/1, ...");
  a house or building name before the number stays outside (the check wants the span to
  start with a number); the town said right after the street is inside, a state,
  province or county outside, and a town said in a later turn or introduced separately
  ("... on the wirral") outside.  An apartment number said, misheard and corrected stays
  in the address's group.
* Postcode digits keyed alone on an IVR for a billing check are a partial POSTCODE.
* Also ``ACCOUNT_NUMBER``: passports, employee, consignor, access-scheme, federation
  licence and league membership numbers, lost-property and rental-agreement references,
  invoice numbers used as the customer's reference, exam-board student numbers.  Also
  ``other``: ISBNs, catalogue, lot and paddle numbers, a gift card's PIN, the access code
  on a school-photo proof card, form names ("W-9"), pitch types ("3G"), ring sizes.
* A card the caller starts to read and is stopped, or withdraws, is a CARD_NUMBER group
  of its own (partial when it was not finished).
* An e-mail address the caller gives for a business (an invoice address) is labelled.
* Children's dates of birth after 2005 are used (lessons, passes, classes).
* Numbers written by hand as part of the wording: durations, counts, hours of time
  slots, ages and age groups, keypad options, school years and exam grades, the
  standard pitch A440, the Gift Aid rate and "100%"/"zero percent" in an offer; every
  other number (amounts, percentages, model numbers, quantities, temperatures, years,
  event days, seats, lanes, screens, references) is drawn from the generator.
* Weekdays, "tomorrow" and "tonight" are not labelled; an event's date is a ``date``.
* Australian phones are in the ACMA drama ranges (0X 5550 xxxx); UK phones in the Ofcom
  drama ranges; US and Canadian phones are 555-01xx numbers.

Run
---
    python3 data/redaction/make_dev47.py          # validate, print counts, write dev47.jsonl
    python3 data/redaction/make_dev47.py --check  # validate and print counts only
"""
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------------------
# one generator for every number in the set
# ---------------------------------------------------------------------------


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


def luhn_digit(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return c
    raise AssertionError


LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
UK_INWARD = 'ABDEFGHJLNPQRSTUWXYZ'
EIR_CH = 'ACDEFHKNPRTVWXY0123456789'
NI_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
NI_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
NI_BAD = {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def rint(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n, first_nonzero=False):
        s = ''.join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == '0':
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def card(self, kind='visa'):
        if kind == 'visa':
            pre, n = '4', 16
        elif kind == 'mc':
            pre, n = str(self.r.randint(51, 55)), 16
        elif kind == 'mc2':
            pre, n = str(self.r.randint(2221, 2720)), 16
        elif kind == 'amex':
            pre, n = self.choice(['34', '37']), 15
        elif kind == 'disc':
            pre, n = self.choice(['6011', '65']), 16
        else:
            raise ValueError(kind)
        body = pre + self.digits(n - len(pre) - 1)
        return body + luhn_digit(body)

    def cvv(self, n=3):
        return self.digits(n)

    def expiry(self, expired=False):
        m = self.r.randint(1, 12)
        y = self.r.randint(2022, 2024) if expired else self.r.randint(2027, 2032)
        return m, y

    def ssn(self):
        area = self.r.randint(1, 665)
        grp = self.r.randint(1, 99)
        ser = self.r.randint(1, 9999)
        return '%03d%02d%04d' % (area, grp, ser)

    def ni(self):
        while True:
            p = self.choice(NI_FIRST) + self.choice(NI_SECOND)
            if p not in NI_BAD:
                break
        return p + self.digits(6) + self.choice('ABCD')

    def pps(self, second=''):
        d = self.digits(7)
        tot = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
        if second:
            tot += (ord(second) - 64) * 9
        r = tot % 23
        return d + ('W' if r == 0 else chr(64 + r)) + second

    def sin(self):
        first = self.choice('1234567')
        body = first + self.digits(7)
        return body + luhn_digit(body)

    def phone_us(self, area):
        return area + '55501' + self.digits(2)

    def phone_uk(self, kind='mobile'):
        if kind == 'mobile':
            return '07700900' + self.digits(3)
        if kind == 'london':
            return '02079460' + self.digits(3)
        return '0' + kind + '4960' + self.digits(3)   # kind in 161, 113, 117

    def phone_au(self, area='2'):
        return '0' + area + '5550' + self.digits(4)

    def zipc(self, prefix):
        return prefix + self.digits(5 - len(prefix))

    def uk_pc(self, outward):
        return outward + ' ' + str(self.r.randint(1, 9)) + self.choice(UK_INWARD) + self.choice(UK_INWARD)

    def eircode(self, key):
        return key + ' ' + ''.join(self.choice(EIR_CH) for _ in range(4))

    def ca_pc(self, fsa):
        return fsa + ' ' + str(self.r.randint(1, 9)) + self.choice('ABCEGHJKLMNPRSTVWXYZ') + str(self.r.randint(0, 9))

    def au_pc(self, first):
        return first + self.digits(4 - len(first))

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def house(self, lo=1, hi=199):
        return self.r.randint(lo, hi)

    def money(self, lo, hi, cents=True):
        whole = self.r.randint(lo, hi)
        if not cents:
            return whole, 0
        return whole, self.choice([0, 50, 99, 95, 25, 0, 75, 49])

    def non_luhn(self, n, first_nonzero=True):
        while True:
            s = self.digits(n, first_nonzero)
            if not luhn_ok(s):
                return s

    def shape(self, pat):
        """L letter, D digit, a character after a backslash and anything else verbatim."""
        out = []
        esc = False
        for ch in pat:
            if esc:
                out.append(ch)
                esc = False
            elif ch == '\\':
                esc = True
            elif ch == 'L':
                out.append(self.choice('ABCDEFGHJKLMNPRSTUVWXYZ'))
            elif ch == 'D':
                out.append(str(self.r.randrange(10)))
            else:
                out.append(ch)
        return ''.join(out)


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
        'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
        'seventeen', 'eighteen', 'nineteen']
TENS_W = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MON3 = [m[:3] for m in MONTHS]
ORD_SPECIAL = {1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth',
               12: 'twelfth'}


def N(n):
    """cardinal words"""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS_W[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + N(n % 100))
    rest = n % 1000
    head = N(n // 1000) + ' thousand'
    if rest == 0:
        return head
    return head + (' and ' if rest < 100 else ' ') + N(rest)


def ORD(n):
    if n in ORD_SPECIAL:
        return ORD_SPECIAL[n]
    if n < 20:
        return ONES[n] + 'th'
    if n % 10 == 0:
        return TENS_W[n // 10][:-1] + 'ieth'
    return TENS_W[n // 10] + ' ' + ORD(n % 10)


def SUF(n):
    if 10 <= n % 100 <= 20:
        return str(n) + 'th'
    return str(n) + {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


def W(s, zero='oh'):
    """digit words, one per character; letters become lower-case letters"""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == '0' else ONES[int(ch)])
        elif ch.isalpha():
            out.append(ch.lower())
    return ' '.join(out)


def D(s, zero='oh'):
    """digit words with double / triple for runs"""
    chars = [c for c in s if c.isalnum()]
    out = []
    i = 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j] == chars[i]:
            j += 1
        run = j - i
        word = W(chars[i], zero)
        while run > 0:
            if run >= 3 and run != 4:
                out.append('triple ' + word)
                run -= 3
            elif run >= 2:
                out.append('double ' + word)
                run -= 2
            else:
                out.append(word)
                run -= 1
        i = j
    return ' '.join(out)


def T(s):
    """digits said in pairs as numbers ("forty one", "oh five"); an odd leading digit alone"""
    s = ''.join(c for c in s if c.isdigit())
    out = []
    if len(s) % 2:
        out.append(W(s[0]))
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == '0':
            out.append('oh ' + W(p[1]))
        else:
            out.append(N(int(p)))
    return ' '.join(out)


def H(s):
    """three digits as "one twenty three" / "four oh five" """
    s = ''.join(c for c in s if c.isdigit())
    assert len(s) == 3
    return W(s[0]) + ' ' + T(s[1:])


def wrong(s):
    """a plausible slip: two neighbouring digits swapped (or the last one changed)"""
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:-1] + str((int(s[-1]) + 3) % 10)


def blocks(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return [card[i:i + 4] for i in range(0, 16, 4)]


def CT(card, sep=' '):
    return sep.join(blocks(card))


def split(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def YR(y):
    """year in words"""
    if 2000 <= y < 2010:
        return 'two thousand and ' + ONES[y - 2000] if y > 2000 else 'two thousand'
    return N(y // 100) + ' ' + (('oh ' + ONES[y % 100]) if y % 100 < 10 else N(y % 100))


def money_t(whole, cents, cur='$'):
    return '%s%d' % (cur, whole) + ('.%02d' % cents if cents else '')


def money_a(whole, cents, cur='dollars'):
    s = N(whole) + ' ' + cur
    if cents:
        s += ' ' + N(cents)
    return s


def phone_t(p):
    """typed phone in its country's usual grouping"""
    if p.startswith('07'):
        return p[:5] + ' ' + p[5:]
    if p.startswith('020'):
        return p[:3] + ' ' + p[3:7] + ' ' + p[7:]
    if p.startswith('01'):
        return p[:4] + ' ' + p[4:7] + ' ' + p[7:]
    if p.startswith('0') and len(p) == 10:
        return p[:2] + ' ' + p[2:6] + ' ' + p[6:]
    return p[:3] + '-' + p[3:6] + '-' + p[6:]


def phone_parts(p):
    if p.startswith('07'):
        return [p[:5], p[5:8], p[8:]]
    if p.startswith('020'):
        return [p[:3], p[3:7], p[7:]]
    if p.startswith('01'):
        return [p[:4], p[4:7], p[7:]]
    if p.startswith('0') and len(p) == 10:
        return [p[:2], p[2:6], p[6:]]
    return [p[:3], p[3:6], p[6:]]


def date_t(y, m, d, form=0):
    if form == 0:
        return '%02d/%02d/%d' % (d, m, y)
    if form == 1:
        return '%s %d, %d' % (MONTHS[m - 1], d, y)
    if form == 2:
        return '%s %s %d' % (SUF(d), MONTHS[m - 1], y)
    if form == 3:
        return '%02d/%02d/%d' % (m, d, y)
    if form == 4:
        return '%d %s %d' % (d, MONTHS[m - 1], y)
    raise ValueError(form)


def date_a(y, m, d, form=0):
    mon = MONTHS[m - 1].lower()
    if form == 0:
        return 'the %s of %s %s' % (ORD(d), mon, YR(y))
    if form == 1:
        return '%s %s %s' % (mon, ORD(d), YR(y))
    if form == 2:
        return '%s %s %s' % (W('%02d' % m), T('%02d' % d), T(str(y)[2:]))
    if form == 3:
        return '%s %s %s' % (mon, N(d), YR(y))
    raise ValueError(form)


def pc_a(pc):
    """postcode said letter by letter with numbers as words"""
    out = []
    for part in pc.split():
        out.append(' '.join(ch.lower() if ch.isalpha() else W(ch) for ch in part))
    return ' '.join(out)


def pc_uk_a(pc):
    """UK postcode the usual spoken way: outward district as a number"""
    outward, inward = pc.split()
    m = re.match(r'([A-Z]+)(\d+)([A-Z]?)$', outward)
    letters, num, tail = m.groups()
    words = [' '.join(letters.lower())]
    words.append(N(int(num)) if len(num) == 2 and num[0] != '0' else W(num))
    if tail:
        words.append(tail.lower())
    words.append(W(inward[0]))
    words.append(' '.join(inward[1:].lower()))
    return ' '.join(words)


def exp_t(m, y, form=0):
    if form == 0:
        return '%02d/%02d' % (m, y % 100)
    if form == 1:
        return '%02d/%d' % (m, y)
    if form == 2:
        return '%s %d' % (MONTHS[m - 1], y)
    if form == 3:
        return '%02d-%02d' % (m, y % 100)
    raise ValueError(form)


def exp_a(m, y, form=0):
    yy = y % 100
    if form == 0:
        return '%s %s' % (W('%02d' % m), N(yy))
    if form == 1:
        return '%s %s' % (N(m), N(yy))
    if form == 2:
        return '%s %s' % (MONTHS[m - 1].lower(), YR(y))
    if form == 3:
        return '%s slash %s' % (W('%02d' % m), N(yy))
    if form == 4:
        return '%s of %s' % (N(m), N(yy))
    if form == 5:
        return '%s %s' % (W('%02d' % m), T(str(yy).zfill(2)) if yy >= 10 else 'oh ' + ONES[yy])
    raise ValueError(form)


# ---------------------------------------------------------------------------
# the cases (each written by hand for this set)
# ---------------------------------------------------------------------------

CASES = []


def case(style):
    def deco(fn):
        CASES.append((fn, style))
        return fn
    return deco


# --- museums and galleries -------------------------------------------------

@case('asr')
def c_gallery_renewal(g):
    mem = g.digits(7, True)
    plus, single = g.rint(84, 99), g.rint(55, 70)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house()
    pc = g.uk_pc('BS8')
    return [
        ('a', "harbourside gallery members line you're through to [[NAME:callum]]"),
        ('c', "hiya my membership lapsed at the end of last month and i wanted to get it going again"),
        ('a', "course can i grab the number off your membership card"),
        ('c', f"yeah it's [[ACCT:{W(mem)}]]"),
        ('a', "mm-hmm and the name on it"),
        ('c', "[[NAME:ingrid solberg]] that's [[NAME:s o l b e r g]]"),
        ('a', f"thanks [[NAME:ingrid]] so the plus guest membership is ((price:{N(plus)} pounds)) for the year or on your own it's ((price:{N(single)}))"),
        ('c', "plus guest please my sister tags along most times"),
        ('a', "lovely i'll take the card now long number first whenever you're ready"),
        ('c', f"okay [[CARD#c:{W(b[0])}]]"),
        ('a', f"[[CARD#c:{W(b[1])}]]"),
        ('c', f"[[CARD#c:{W(b[2])} {W(b[3])}]] and the expiry"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]] and the three on the back [[CVV:{W(cvv)}]]"),
        ('c', "bear with me while that goes through"),
        ('a', "that's all done new card goes out in about ((duration:five working days))"),
        ('c', "will it come to the same place"),
        ('a', f"it's going to [[ADDR:{N(house)} cotham brow]] [[PC:{pc_uk_a(pc)}]] is that still right"),
        ('c', "yep still there"),
        ('a', "great and the guest pass covers ((count:one)) adult or up to ((count:three)) children under ((other:sixteen))"),
        ('c', "perfect thanks ever so much"),
    ]


@case('transcript')
def c_museum_patrons(g):
    patron = g.shape('PC-DDDDD')
    y, mo, d = g.dob()
    pc = g.uk_pc('EH7')
    email_old = 'h.mcbride@btinternet.com'
    email_new = 'hamish.mcbride.1958@gmail.com'
    tier_old, tier_new = g.rint(150, 180), g.rint(240, 300)
    gift = g.rint(15, 30)
    d_old = g.choice([5, 10]); d_new = d_old + g.choice([5, 10])
    return [
        ('a', "Good afternoon, National Museum of the North, patrons' office, Aoife speaking.".replace('Aoife', '[[NAME:Aoife]]')),
        ('c', "Hello, Aoife. I'm a Friend at the moment and I was thinking of moving up to the Patrons' Circle.".replace('Aoife.', '[[NAME:Aoife]].')),
        ('a', "Wonderful. Before I look at anything I'll need to confirm who I'm speaking to. Could I have your patron or Friend number?"),
        ('c', f"It's [[ACCT:{patron}]]."),
        ('a', "Thank you. And the name on the record?"),
        ('c', "[[NAME:Hamish McBride]]."),
        ('a', "And your date of birth, please?"),
        ('c', f"[[DOB:{date_t(y, mo, d, 2)}]]."),
        ('a', "Lovely. And the postcode we have for you?"),
        ('c', f"[[PC:{pc}]]."),
        ('a', "Perfect, that's all matched. So you're on the Friend tier at "
              f"((price:£{tier_old} a year)), and the Circle is ((price:£{tier_new})). The difference would be pro-rated for the ((count:7)) months you have left."),
        ('c', "What does the Circle get me that I don't have now?"),
        ('a', f"Two private views a season, the curator's talks, and ((percentage:{d_new}%)) off in the shop rather than ((percentage:{d_old}%))."),
        ('c', "Right. Is that talk in March still happening? The one on the Pictish stones?"),
        ('a', f"It is, on the ((date:{SUF(g.rint(10, 27))} of March)) at ((time:6.30 pm)). Circle members book first."),
        ('c', "Go on then. And can you change my email while you're there? The one you've got is the old BT one."),
        ('a', f"I've got [[EMAIL:{email_old}]] here."),
        ('c', f"That's it. The new one is [[EMAIL:{email_new}]]."),
        ('a', f"So that's [[EMAIL:{email_new}]]. I'll send the upgrade link there and you can pay online."),
        ('c', f"Grand. And I'll add a ((price:£{gift})) donation when I do."),
        ('a', "That's very kind. Anything else I can help with today?"),
        ('c', "No, that's everything. Thanks."),
    ]


@case('asr')
def c_museum_gift_ivr(g):
    card = g.card('amex')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv(4)
    house = g.house()
    pc = g.uk_pc('NE2')
    price = g.rint(70, 90)
    ref = g.non_luhn(8)
    return [
        ('i', "welcome to the tyne museums membership line to buy a gift membership press ((other:one)) for anything else press ((other:two))"),
        ('c', "one"),
        ('a', "hello you've come through to membership my name's [[NAME:priya]] you're after a gift is that right"),
        ('c', "yes it's for my mum's seventieth she loves the costume galleries"),
        ('a', "oh lovely and what's her name for the card"),
        ('c', "[[NAME:margaret oyelaran]]"),
        ('a', "and where should we post the pack to"),
        ('c', f"to her house it's [[ADDR:{N(house)} heaton grove jesmond]]"),
        ('a', "mm-hmm and the postcode"),
        ('c', f"[[PC:{pc_uk_a(pc)}]]"),
        ('a', f"lovely so the joint gift membership is ((price:{N(price)} pounds)) i'll pass you to our secure line for the card it'll read it back to you"),
        ('i', "please say or key your card number now"),
        ('c', f"[[CARD#c:{W(b[0])} {T(b[1])}]]"),
        ('c', f"[[CARD#c:{W(b[2])}]]"),
        ('i', f"you said a card ending [[CARD*:{W(b[2][1:])}]] if that is correct press ((other:one))"),
        ('c', "yes one"),
        ('i', "please say the expiry date as four digits"),
        ('a', f"[[EXP:{W('%02d%02d' % (m, y % 100))}]]"),
        ('i', "and the four digit security code on the front of the card"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('i', f"thank you your payment was successful your reference is ((other:{W(ref)}))"),
        ('a', "hiya it's me again that's all gone through the pack should land in about a week"),
        ('c', "that's great she'll be thrilled thank you priya".replace('priya', '[[NAME:priya]]')),
    ]


@case('transcript')
def c_gallery_lost_card(g):
    mem = g.shape('LL-DDDDDD')
    phone = g.phone_us('312')
    ext = str(g.rint(200, 899))
    house = g.house(100, 3999)
    zipc = g.zipc('606')
    card4 = g.card('mc')[-4:]
    return [
        ('a', "Lakefront Art Institute, member services, this is [[NAME:Darnell]]."),
        ('c', "Hi Darnell, I lost my member card somewhere on the L and I'm coming in Saturday.".replace('Darnell,', '[[NAME:Darnell]],')),
        ('a', "Sorry to hear that. We can get you a replacement. Do you have your member ID?"),
        ('c', f"I think it's [[ACCT:{mem}]], from the renewal email."),
        ('a', "Found it. Can I confirm the name and billing address on the account?"),
        ('c', f"[[NAME:Teodora Vasquez-Lind]], [[ADDR:{house} North Wolcott Avenue, Chicago]], [[PC:{zipc}]]."),
        ('a', "Thank you. And a phone number in case we need to reach you?"),
        ('c', f"My work line is best: [[PHONE#p:{phone_t(phone)}]], extension [[PHONE#p~:{ext}]]."),
        ('a', f"Let me repeat that: [[PHONE#rb:{phone_t(phone)}]], ext. [[PHONE#rb~:{ext}]]."),
        ('c', "That's right."),
        ('a', f"The replacement is free the first time. After that it's ((price:${g.choice([5, 10, 15])}))."),
        ('c', "Good to know. Can I just pick it up at the desk?"),
        ('a', "Yes, the north entrance desk opens at ((time:10:30)) on weekends. Bring a photo ID."),
        ('c', "Will my guest passes still be on it? I had ((count:4)) left."),
        ('a', "They're tied to the account, not the card, so yes, all ((count:4)) are still there."),
        ('c', f"Great. Also, is the card you charge still the one ending [[CARD*:{card4}]]?"),
        ('a', f"Yes, the Mastercard ending [[CARD*:{card4}]], renewing on ((date:June {SUF(g.rint(1, 28))}))."),
        ('c', "Perfect. Thanks so much."),
    ]


@case('asr')
def c_museum_family_cancel(g):
    mem = g.shape('FAM DDDDDD')
    card = g.card('visa')
    paid = g.money(95, 130)
    months = 9
    refund = g.money(40, 70)
    return [
        ('a', "good morning science and industry museum memberships [[NAME:okonkwo]] speaking"),
        ('c', "morning i need to cancel our family membership we're moving to aberdeen end of the month"),
        ('a', "oh sorry to lose you can i have the membership number"),
        ('c', f"it's [[ACCT:f a m {W(mem[4:])}]]"),
        ('a', "and your name please"),
        ('c', "it's under my husband actually [[NAME:tomasz wierzbicki]]"),
        ('a', "okay and are you named on the account as well"),
        ('c', "yeah [[NAME:helen wierzbicki]] second adult"),
        ('a', f"right i can see it you paid ((price:{money_a(paid[0], paid[1], 'pounds')})) in"),
        ('c', f"march and we've got about ((duration:{N(months)} months)) left on it"),
        ('a', f"so the refund would be ((price:{money_a(refund[0], refund[1], 'pounds')})) back to the card you paid with"),
        ('c', "which card is that the card ending"),
        ('a', f"[[CARD*:{D(card[-4:])}]] that's the card ending"),
        ('c', f"[[CARD*:{D(card[-4:])}]] yeah that's still my card that's fine"),
        ('a', "okay that's processed it'll show in ((duration:three to five days))"),
        ('c', "thanks and the kids can still use it this weekend can they"),
        ('a', f"yes it's live until the ((date:{ORD(g.rint(20, 30))}))"),
        ('c', "brilliant cheers"),
    ]


# --- zoos and aquariums ----------------------------------------------------

@case('asr')
def c_zoo_family_pass(g):
    fam = g.rint(189, 239)
    k1 = g.dob(2014, 2017)
    k2 = g.dob(2019, 2021)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    zipc = g.zipc('802')
    return [
        ('a', "front range zoo this is [[NAME:marisol]] are you calling about a visit or a membership"),
        ('c', "membership we want the family pass two adults and the kids"),
        ('a', f"okay the family plus is ((price:{N(fam)} dollars)) and covers ((count:two)) adults and all kids under eighteen in the household"),
        ('c', "that's fine let's do it"),
        ('a', "can i get the primary member's name"),
        ('c', "[[NAME:brendan kowalczyk]]"),
        ('a', "and the second adult"),
        ('c', "my partner [[NAME:noor haddad]]"),
        ('a', "and the kids' names and birthdays so their cards scan right at the gate"),
        ('c', f"[[NAME:ezra]] is [[DOB:{date_a(*k1, form=1)}]]"),
        ('a', "mm-hmm"),
        ('c', f"and [[NAME:juniper]] [[DOB:{date_a(*k2, form=1)}]]"),
        ('a', "perfect juniper's under three so she'd be free anyway but she'll get a card".replace('juniper', '[[NAME:juniper]]')),
        ('c', "ha okay she'll love that"),
        ('a', "alright card number when you're ready"),
        ('c', f"[[CARD#c~:{W(b[0][:2])}]] sorry let me start that again i had my thumb over it"),
        ('a', "no worries"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]]"),
        ('a', f"mm-hmm [[CARD#c:{W(b[2])}]]"),
        ('c', f"[[CARD#c:{W(b[3])}]]"),
        ('a', "and when does it expire"),
        ('c', f"[[EXP:{exp_a(m, y, 4)}]]"),
        ('a', "and the security code on the back"),
        ('c', f"[[CVV:{W(cvv)}]] and do you need my zip"),
        ('a', "yes please for the billing"),
        ('c', f"[[PC:{W(zipc)}]]"),
        ('a', "that's approved you'll get the digital cards by email in about ((duration:ten minutes)) and the plastic ones in ((duration:two weeks))"),
        ('c', "awesome thanks marisol".replace('marisol', '[[NAME:marisol]]')),
    ]


@case('transcript')
def c_aquarium_adopt(g):
    tier = g.rint(40, 60)
    card = g.card('mc')
    b = blocks(card)
    bad = wrong(b[1])
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(2, 90)
    pc = g.uk_pc('PL4')
    return [
        ('a', "Sound Aquarium, adoptions and gifts, Jasper here."
              .replace('Jasper', '[[NAME:Jasper]]')),
        ('c', "Hi there. I'd like to adopt one of your penguins for my nephew. It's his birthday on Sunday."),
        ('a', f"Lovely. We've got the standard adoption at ((price:£{tier})), which runs for ((duration:12 months)), with a certificate, a photo and a soft toy."),
        ('c', "That's the one. Can it go straight to him?"),
        ('a', "It can. What's his name for the certificate?"),
        ('c', "[[NAME:Rory Gallagher-Nwosu]]. He's ((other:8))."),
        ('a', "And the address for the pack?"),
        ('c', f"[[ADDR:{house} Mount Gould Crescent, Plymouth]], [[PC:{pc}]]."),
        ('a', "Thank you. And your own name, as the buyer?"),
        ('c', "[[NAME:Siobhan Gallagher]]."),
        ('a', "Thanks, Siobhan. I can take the card now.".replace('Siobhan', '[[NAME:Siobhan]]')),
        ('c', f"It's [[CARD#c:{b[0]}]], um, [[CARD#c~:{bad}]], no sorry, [[CARD#c:{b[1]}]], then [[CARD#c:{b[2]} {b[3]}]]."),
        ('a', f"So the second group is [[CARD*:{b[1]}]], not [[CARD*:{bad}]]?"),
        ('c', "Yes. My glasses are in the car."),
        ('a', "No problem. Expiry date?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]]."),
        ('a', "And the three digits on the back?"),
        ('c', f"[[CVV:{cvv}]]."),
        ('a', "That's gone through. Would you like the penguin to be Pebbles or Doris? They're the two we have this month."),
        ('c', "Pebbles. He'll find that hilarious."),
        ('a', f"Pebbles it is. The pack goes out within ((duration:3 working days))."),
        ('c', "Brilliant, thank you."),
    ]


@case('asr')
def c_zoo_pass_ivr(g):
    acct = g.digits(9, True)
    card = g.card('disc')
    b = blocks(card)
    misheard = wrong(b[3])
    m, y = g.expiry()
    cvv = g.cvv()
    due = g.money(60, 90)
    return [
        ('i', "thank you for calling bayou zoo season pass payments please say or enter your pass account number"),
        ('c', f"[[ACCT:{W(acct)}]]"),
        ('i', f"thank you your renewal balance is ((price:{money_a(due[0], due[1])})) to pay this now by card say yes"),
        ('c', "yes"),
        ('c', "please say your card number"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]]"),
        ('i', "hang on it's the other one in my wallet no this one"),
        ('c', f"[[CARD#c:{W(b[2])}]] um [[CARD#c:{W(b[3])}]]"),
        ('i', f"i heard a card ending in [[CARD*:{W(misheard)}]] is that right"),
        ('c', "no"),
        ('i', "sorry about that please say the last four digits again slowly"),
        ('c', f"[[CARD*:{T(b[3])}]]"),
        ('i', f"card ending [[CARD*:{W(b[3])}]] is that right"),
        ('c', "yes"),
        ('i', "please say the expiration date month then year"),
        ('c', f"[[EXP:{exp_a(m, y, 2)}]]"),
        ('i', "and the three digit code on the back of your card"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('i', "one moment while i process your payment"),
        ('i', "your payment has been approved your passes are now valid through next season to hear this again press ((other:nine)) otherwise you may hang up"),
    ]


@case('transcript')
def c_aquarium_behind_scenes(g):
    per = g.rint(65, 95)
    bk = g.shape('REEF-DDDDDD')
    phone = g.phone_au('2')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 60)
    pc = g.au_pc('20')
    day = g.rint(3, 27)
    return [
        ('a', "Good morning, Harbour Aquarium bookings, you're speaking with [[NAME:Mele]]."),
        ('c', "Morning Mele, it's [[NAME:Grant Fitzroy]]. I booked the behind-the-scenes tour online and I need to add my daughter.".replace('Mele,', '[[NAME:Mele]],')),
        ('a', "Sure, what's the booking reference?"),
        ('c', f"[[ACCT:{bk}]]."),
        ('a', f"Got it, ((count:2)) adults on the ((date:{SUF(day)} of September)) at ((time:9:15 am)). How old is your daughter?"),
        ('c', "She's ((other:11))."),
        ('a', "She can come, the minimum age is ((other:10)) with an adult. That's another "
              f"((price:${per})), the child price."),
        ('c', "Okay. Use the card on the booking?"),
        ('a', "We don't store cards, so I'll need it again, sorry."),
        ('c', f"No worries. [[CARD#c:{b[0]} {b[1]}]]"),
        ('a', f"Yep, [[CARD#c:{b[2]}]]"),
        ('c', f"[[CARD#c:{b[3]}]], expires [[EXP:{exp_t(m, y, 0)}]], and the code is [[CVV:{cvv}]]."),
        ('a', "Thanks. Processing. And is the mobile on the booking still the best number?"),
        ('c', f"No, use the home one, [[PHONE:{phone_t(phone)}]]."),
        ('a', "And the postal address, in case we mail the photo pack?"),
        ('c', f"[[ADDR:{house} Wattle Bend, Balmain]], NSW [[PC:{pc}]]."),
        ('a', "All done. Please arrive ((duration:15 minutes)) early and wear closed shoes; the floor by the tanks is wet."),
        ('c', "Will do. Cheers, Mele.".replace('Mele.', '[[NAME:Mele]].')),
    ]


@case('asr')
def c_zoo_keeper_day(g):
    bk = g.shape('K\\D DDDD DDD')
    dob = g.dob(1988, 2004)
    phone = g.phone_us('416')
    pc = g.ca_pc('M4C')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.rint(280, 349)
    return [
        ('a', "toronto east zoo experiences desk [[NAME:ravi]] speaking"),
        ('c', "hi ravi i'm calling about the keeper for a day my wife got it for me as a present".replace('ravi', '[[NAME:ravi]]')),
        ('a', "oh nice do you have the voucher code"),
        ('c', f"yeah it's [[ACCT:k d {W(bk[3:])}]]"),
        ('a', "okay and who's the participant"),
        ('c', "that's me [[NAME:benoit tremblay]]"),
        ('a', "i need a date of birth for the participant because you have to be sixteen or over for the big cats"),
        ('c', f"[[DOB:{date_a(*dob, form=0)}]]"),
        ('a', "great and a phone number for the day"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', "mm-hmm and the postal code"),
        ('c', f"[[PC:{pc_a(pc)}]]"),
        ('a', f"okay the voucher covers the standard day the upgrade with the big cats is an extra ((price:{N(price)} dollars)) plus tax"),
        ('c', "oh go on then"),
        ('a', "great and the card number when you're ready"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]] yep"),
        ('a', f"yep [[CARD#c:{W(b[2])}]]"),
        ('c', f"[[CARD#c:{W(b[3])}]]"),
        ('a', "and expiry"),
        ('c', f"[[EXP:{exp_a(m, y, 3)}]] and then the code on the back"),
        ('a', f"[[CVV:{W(cvv)}]]"),
        ('c', "okay that's through i've got you down for the upgraded day you start at ((time:seven thirty)) in the morning at the staff gate"),
        ('a', "seven thirty right okay".replace('seven thirty', '((time:seven thirty))')),
        ('c', "wear boots and layers and we'll have lunch for you"),
    ]


# --- theme parks -------------------------------------------------------------

@case('transcript')
def c_park_pass_upgrade(g):
    sp = g.shape('SP DDDD DDDD')
    diff = g.money(110, 160)
    card1 = g.card('visa')
    card2 = g.card('amex')
    b2 = blocks(card2)
    m, y = g.expiry()
    cvv = g.cvv(4)
    return [
        ('a', "Thanks for calling Sunspire Resorts season pass services, my name is [[NAME:Keisha]]. Who do I have the pleasure of speaking with?"),
        ('c', "Hi Keisha, this is [[NAME:Arjun Raghunathan]]. I want to bump my Silver pass up to Gold before the summer blockout starts.".replace('Keisha,', '[[NAME:Keisha]],')),
        ('a', "Happy to help. What's the pass number on the back?"),
        ('c', f"[[ACCT:{sp}]]."),
        ('a', f"Thank you, Mr. [[NAME:Raghunathan]]. The difference for the rest of the season is ((price:${diff[0]}.{diff[1]:02d})) plus tax, and Gold takes the blockout dates off and gives you ((percentage:{g.choice([10, 15, 20])}%)) on food."),
        ('c', "Okay, let's do it. Card is " + f"[[CARD:{CT(card1)}]]."),
        ('a', "And the expiration on that one?"),
        ('c', "Actually, scratch that, don't use that one. That's the joint card and my wife has the budget spreadsheet. Use the Amex."),
        ('a', "No problem, I'll clear that. Go ahead with the Amex."),
        ('c', f"[[CARD#c:{b2[0]}]]..."),
        ('a', "Mm-hmm."),
        ('c', f"[[CARD#c:{b2[1]}]], uh, [[CARD#c:{b2[2]}]]."),
        ('a', "And it's valid thru?"),
        ('c', f"Valid thru [[EXP:{exp_t(m, y, 0)}]]. The code on the front is [[CVV:{cvv}]]."),
        ('a', f"Thank you. So that's the American Express ending [[CARD*:{b2[2][1:]}]]."),
        ('c', "Correct."),
        ('a', "You're all set. The Gold benefits switch on overnight; just scan in as usual tomorrow."),
        ('c', "Perfect. Do I get the parking too?"),
        ('a', f"Standard parking, yes. Preferred is another ((price:${g.rint(45, 90)})) for the season."),
        ('c', "Standard's fine. Thanks, Keisha.".replace('Keisha.', '[[NAME:Keisha]].')),
    ]


@case('asr')
def c_park_lost_phone(g):
    ref = g.shape('\\LP DDDDD')
    phone = g.phone_uk('mobile')
    pp = phone_parts(phone)
    house = g.house(3, 140)
    pc = g.uk_pc('ST5')
    fee = g.money(6, 9)
    return [
        ('a', "thornbury adventure park guest services [[NAME:declan]] speaking"),
        ('c', "hi i think i left my phone on the log flume on saturday"),
        ('a', "oh no okay did you fill in the lost property form online"),
        ('c', f"yeah it gave me a reference [[ACCT:l p {W(ref[3:])}]]"),
        ('a', "brilliant let me look what kind of phone is it"),
        ('c', f"it's a pixel ((model_number:{N(g.rint(6, 9))} a)) in a green case with a crack in the corner"),
        ('a', "we've got a green one in the safe actually can i take a name"),
        ('c', "[[NAME:lucy amankwah]]"),
        ('a', "and what's a good number to get you on since we've got your phone"),
        ('c', f"my boyfriend's is [[PHONE#p:{W(pp[0])}]]"),
        ('a', f"[[PHONE#p:{W(pp[1])}]] hang on he's saying it [[PHONE#p:{W(pp[2])}]]"),
        ('c', "got that so we can post it back to you or you can collect"),
        ('a', "post please we're in stoke it's like an hour away"),
        ('c', f"okay postage and insurance is ((price:{money_a(fee[0], fee[1], 'pounds')})) what's the address"),
        ('a', f"[[ADDR:{N(house)} hartshill road]] [[PC:{pc_uk_a(pc)}]]"),
        ('c', f"lovely i'll send you a link to pay and it'll go out tomorrow recorded delivery usually ((duration:one to two days))"),
        ('a', "amazing thank you so much declan".replace('declan', '[[NAME:declan]]')),
        ('c', "no bother take care"),
    ]


@case('transcript')
def c_park_access_pass(g):
    reg = g.shape('\\DAS-DDDDDDD')
    dob = g.dob(1998, 2005)
    zipc = g.zipc('328')
    phone = g.phone_us('407')
    return [
        ('a', "Guest Access Services, [[NAME:Bettina]] speaking. How can I help?"),
        ('c', "Hi. I'm registering my son for the ride access pass before our trip, and the website keeps timing out."),
        ('a', "I'm sorry about that; I can finish it with you. Did you get a registration number before it failed?"),
        ('c', f"Yes, [[ACCT:{reg}]]."),
        ('a', "Thanks. I see a partial record. What's the guest's name?"),
        ('c', "[[NAME:Mateo Ibarra-Quispe]]. Ibarra-Quispe with a hyphen.".replace('Ibarra-Quispe with', '[[NAME:Ibarra-Quispe]] with')),
        ('a', "And his date of birth?"),
        ('c', f"[[DOB:{date_t(*dob, form=3)}]]."),
        ('a', "He's an adult guest, so he'll need to be on the video call himself for a couple of minutes. Is that okay?"),
        ('c', "Yes, he's right here. He's autistic and the queues are the hard part, not the rides."),
        ('a', "Understood. That's exactly what the pass is for. Can I have a ZIP code for the record?"),
        ('c', f"[[PC:{zipc}]]."),
        ('a', "And a mobile number that can get texts? The return times come by text."),
        ('c', f"Mine, [[PHONE:{phone_t(phone)}]]. And I'm [[NAME:Rosario]], his mom."),
        ('a', f"Thank you, [[NAME:Rosario]]. The pass covers up to ((count:6)) people in his party and lasts ((duration:60 days)) from the first scan."),
        ('c', "We're ((count:5)), so that's fine. How soon can we do the video part?"),
        ('a', "I have a slot at ((time:2:40)) this afternoon or ((time:11)) tomorrow morning, Eastern."),
        ('c', "((time:Two-forty)) today works."),
        ('a', "Booked. You'll get a link by text about ((duration:ten minutes)) before."),
        ('c', "Thank you so much."),
    ]


@case('asr')
def c_park_hotel_package(g):
    pkg = g.rint(2600, 3400)
    flight = g.rint(100, 199)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    eir = g.eircode('T12')
    dep = g.rint(400, 600)
    return [
        ('a', "good afternoon parkside vacations this is [[NAME:stephon]] are you calling to book or about a booking"),
        ('c', "to book we've been looking at the five night package with the hotel on site"),
        ('a', "great where are you flying from"),
        ('c', f"cork through dublin we're on the ((flight_number:e i {W(str(flight))})) out on the ((date:{ORD(g.rint(2, 20))} of july))"),
        ('a', f"okay so for two adults two children five nights with park tickets it comes to ((price:{N(pkg)} euro)) and a deposit today of ((price:{N(dep)}))"),
        ('c', "grand we'll do the deposit"),
        ('a', "and the lead name"),
        ('c', "[[NAME:eibhlin o'donoghue]]"),
        ('a', "could you spell the surname for me"),
        ('c', "[[NAME:o apostrophe d o n o g h u e]]"),
        ('a', "thanks and your eircode for the booking"),
        ('c', f"[[PC:{pc_a(eir)}]]"),
        ('a', "okay the card number please take your time"),
        ('c', f"[[CARD#c:{W(b[0])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[1][:2])}]] sorry [[CARD#c:{W(b[1][2:])}]]"),
        ('a', "go on"),
        ('c', f"[[CARD#c:{W(b[2])}]] and the last bit is"),
        ('a', f"[[CARD#c:{W(b[3])}]]"),
        ('c', "so that's all sixteen yeah what's the expiry"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]] and the code [[CVV:{W(cvv)}]]"),
        ('c', "thanks that's taken the deposit the balance is due ((duration:eight weeks)) before you travel"),
        ('a', "lovely and the kids go free in the water park yeah"),
        ('c', "under ((other:ten)) yes"),
    ]


@case('transcript')
def c_park_double_charge(g):
    order = g.shape('DDDDDDDDD')
    price = g.money(85, 140)
    t1, t2 = g.non_luhn(16), g.non_luhn(16)
    card = g.card('visa')
    phone = g.phone_us('214')
    email = 'wen.zhao.dallas@yahoo.com'
    return [
        ('a', "Sunspire Resorts ticketing, this is [[NAME:Colby]]."),
        ('c', "Hi Colby. I bought two day tickets online and I've been charged twice.".replace('Colby.', '[[NAME:Colby]].')),
        ('a', "Let's sort that out. Do you have the order number?"),
        ('c', f"[[ACCT:{order}]]."),
        ('a', "And the name on the order?"),
        ('c', "[[NAME:Wen Zhao]]."),
        ('a', f"Thanks. I see one order for ((count:2)) tickets at ((price:${price[0]}.{price[1]:02d})) total. What does your statement show?"),
        ('c', f"Two charges of the same amount, same day. The references are ((other:{t1})) and ((other:{t2}))."),
        ('a', "Okay, the second one is a pre-authorisation that didn't drop. Which card did you use?"),
        ('c', f"The Visa ending [[CARD*:{card[-4:]}]]."),
        ('a', f"Yes, ending [[CARD*:{card[-4:]}]]. I've asked the bank to release the hold; it can take ((duration:5-7 business days))."),
        ('c', "Seven days? That's my rent money sitting there."),
        ('a', "I understand. I've flagged it urgent, and if it's still there on day ((count:3)), call back and we'll escalate."),
        ('c', "Fine. Can you email me confirmation?"),
        ('a', f"Of course. Is it [[EMAIL:{email}]]?"),
        ('c', "That's it."),
        ('a', "And a callback number in case the bank asks for anything?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "Done. Your case note says released pending. Sorry for the hassle."),
        ('c', "Okay. Thanks."),
    ]


# --- ski resorts ---------------------------------------------------------------

@case('asr')
def c_ski_pass_whistler(g):
    pc = g.ca_pc('V6B')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_us('604')
    price = g.rint(1100, 1350)
    pct = g.rint(8, 15)
    return [
        ('a', "coast mountain passes good morning [[NAME:haruki]] here"),
        ('c', "hey i'm trying to buy the season pass before the price goes up tonight"),
        ('a', f"you're in time it's ((price:{N(price)} dollars)) until midnight then it goes up about ((percentage:{N(pct)} percent))"),
        ('c', "okay can you do it over the phone"),
        ('a', "sure what's your name"),
        ('c', "[[NAME:siobhan marchetti]]"),
        ('a', "and a phone for the account"),
        ('c', f"[[PHONE#p:{W(phone[:3])}]] um [[PHONE#p:{D(phone[3:6])}]]"),
        ('a', f"[[PHONE#p:{W(phone[6:])}]] yep got it"),
        ('c', "that's it"),
        ('a', "postal code"),
        ('c', f"[[PC:{pc_a(pc)}]]"),
        ('a', "okay card number"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[2])}]]"),
        ('a', "could you repeat that last block"),
        ('c', f"[[CARD#c~:{W(b[2])}]] then [[CARD#c:{W(b[3])}]]"),
        ('a', "and the expiry date"),
        ('c', f"mm [[EXP:{exp_a(m, y, 4)}]] code's [[CVV:{W(cvv)}]]"),
        ('a', "great you're done you'll pick up the pass at the guest relations window bring photo id"),
        ('c', "sweet is the gondola open opening day"),
        ('a', "if we get the snow yeah fingers crossed"),
    ]


@case('transcript')
def c_ski_school_kids(g):
    acct = g.shape('GS-DDDDD')
    k1 = g.dob(2013, 2015)
    k2 = g.dob(2016, 2018)
    email = 'fiona.strachan.family@outlook.com'
    price = g.rint(210, 260)
    pc = g.uk_pc('AB10')
    return [
        ('a', "Glen Ardle Snowsports School, it's [[NAME:Euan]] speaking."),
        ('c', "Hi Euan. I'd like to book my two into the February half-term ski club.".replace('Euan.', '[[NAME:Euan]].')),
        ('a', "Lovely. Have they skied with us before?"),
        ('c', f"Yes, last year. The family account number is [[ACCT:{acct}]]."),
        ('a', "Found it, the Strachan account. Can you confirm the postcode on it?".replace('Strachan', '[[NAME:Strachan]]')),
        ('c', f"[[PC:{pc}]]."),
        ('a', "Thanks. Who's coming this year?"),
        ('c', f"[[NAME:Isla]], born [[DOB:{date_t(*k1, form=4)}]], and [[NAME:Callan]], born [[DOB:{date_t(*k2, form=4)}]]."),
        ('a', f"So Isla is in the ((other:11-13)) group and Callan in the ((other:8-10)) group.".replace('Isla', '[[NAME:Isla]]').replace('Callan', '[[NAME:Callan]]')),
        ('c', "Callan only did two days last year. He's still on the snowplough.".replace('Callan', '[[NAME:Callan]]')),
        ('a', "That's fine, they split by level on the first morning. It's ((count:5)) mornings, ((time:9.30)) to ((time:12.30)), "
              f"((price:£{price} each)) with lift pass, and ((percentage:{g.choice([10, 15])}%)) off the second child."),
        ('c', "Perfect. Can you send the forms to my email?"),
        ('a', "Of course, what's the address?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "They'll be with you in ((duration:a few minutes)). Any allergies or medical needs?"),
        ('c', "Isla has a nut allergy. She carries an EpiPen.".replace('Isla', '[[NAME:Isla]]')),
        ('a', "Noted. Instructors carry radios and the first aid hut is at the bottom of the T-bar."),
        ('c', "Great. Thanks, Euan.".replace('Euan.', '[[NAME:Euan]].')),
    ]


@case('asr')
def c_ski_rental_damage(g):
    ra = g.shape('RA DDDDDD')
    card = g.card('mc2')
    dmg = g.rint(180, 320)
    house = g.house(100, 9999)
    zipc = g.zipc('804')
    return [
        ('a', "summit gear rentals this is [[NAME:tanner]]"),
        ('c', "hi i got charged for damage on some skis i returned and i want to know what happened"),
        ('a', "okay can i get the rental agreement number it starts with r a"),
        ('c', f"[[ACCT:r a {W(ra[3:])}]]"),
        ('a', "and the last name"),
        ('c', "[[NAME:abernathy]]"),
        ('a', f"okay i see it two pairs of the ((model_number:ranger {N(g.rint(84, 108))})) and one of them came back with a core shot they charged ((price:{N(dmg)} dollars))"),
        ('c', "a core shot we were on groomers the whole time"),
        ('a', "i hear you let me pull up the check-in photos"),
        ('c', "which card did they even put it on"),
        ('a', f"the mastercard ending in [[CARD*:{W(card[-4:])}]]"),
        ('c', f"[[CARD*:{W(card[-4:])}]] yeah that's mine"),
        ('a', f"the photo does show a gouge but i can see you didn't buy the damage waiver which is ((price:{N(g.rint(6, 12))} dollars a day)) so normally it would stand"),
        ('c', "the guy at the counter never offered it"),
        ('a', "okay i'm going to send it to my manager for review can i confirm your address for the letter"),
        ('c', f"[[ADDR:{W(str(house))} juniper ridge road silverthorne]]"),
        ('a', "and the zip"),
        ('c', f"[[PC:{W(zipc)}]]"),
        ('a', "you'll hear back in ((duration:ten business days)) and if it's reversed it'll go back to that card"),
        ('c', "alright thanks tanner".replace('tanner', '[[NAME:tanner]]')),
    ]


@case('transcript')
def c_ski_trip_ireland(g):
    price = g.rint(890, 1190)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    m2 = m % 12 + 1
    cvv = g.cvv()
    eir = g.eircode('A65')
    house = g.house(1, 40)
    email = 'niamh.kavanagh.ski@eircom.net'
    ref = g.shape('A\\LP-DDDDD')
    return [
        ('a', "Alpine Snow Holidays, [[NAME:Rebecca]] speaking."),
        ('c', "Hi Rebecca, I'm ringing from Navan about the week in Obergurgl. You held it for me yesterday.".replace('Rebecca,', '[[NAME:Rebecca]],')),
        ('a', "Oh yes. Can I have the hold reference?"),
        ('c', f"[[ACCT:{ref}]]."),
        ('a', f"Lovely. So that's ((count:7)) nights half-board, ((price:€{price} per person)) sharing. Are you happy to pay the deposit?"),
        ('c', "I am. Name on the card is [[NAME:Niamh Kavanagh]]."),
        ('a', "Card number when you're ready."),
        ('c', f"[[CARD#c:{b[0]} {b[1]} {b[2]}]]..."),
        ('a', "Yes?"),
        ('c', f"[[CARD#c:{b[3]}]]."),
        ('a', "Expiry?"),
        ('c', f"[[EXP#e~:{exp_t(m2, y, 0)}]]. No, sorry, [[EXP#e:{exp_t(m, y, 0)}]]. I was looking at my husband's."),
        ('a', f"[[EXP:{exp_t(m, y, 0)}]], okay. And the three-digit code?"),
        ('c', f"[[CVV:{cvv}]]."),
        ('a', "Thank you. And the address for the documents?"),
        ('c', f"[[ADDR:{house} Abbeylands Close, Navan]], [[PC:{eir}]]."),
        ('a', "And an email?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', f"You're booked. Balance due ((duration:10 weeks)) before departure, and flights go out from Dublin on the ((date:{SUF(g.rint(1, 28))})). You'll get the times nearer the date."),
        ('c', "Super. Thanks a million."),
    ]


@case('asr')
def c_ski_seasonal_job(g):
    sin = g.sin()
    dob = g.dob(1996, 2004)
    house = g.house(10, 400)
    pc = g.ca_pc('T1L')
    phone = g.phone_us('403')
    emp = g.shape('DDDDD')
    wage = g.rint(17, 21)
    return [
        ('a', "people and culture at banff peaks [[NAME:gwen]] speaking"),
        ('c', "hi it's [[NAME:kofi asante]] i start as a lift operator on monday and hr said to call to finish my payroll setup"),
        ('a', "oh good yes we're missing a couple of things do you have your employee number"),
        ('c', f"[[ACCT:{W(emp)}]]"),
        ('a', "thanks and i need your social insurance number"),
        ('c', f"[[SSN#s:{W(sin[:3])}]]"),
        ('a', f"[[SSN#s:{W(sin[3:6])}]]"),
        ('c', f"[[SSN#s:{W(sin[6:])}]]"),
        ('a', f"so [[SSN:{W(sin)}]]"),
        ('c', "yeah"),
        ('a', "and date of birth for the staff pass"),
        ('c', f"[[DOB:{date_a(*dob, form=1)}]]"),
        ('a', "and the address you'll be at during the season"),
        ('c', f"staff housing [[ADDR:{N(house)} otter street unit b]] and the postal code is [[PC:{pc_a(pc)}]]"),
        ('a', "and a cell number"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', f"okay you're on ((price:{N(wage)} dollars an hour)) with the free pass and the staff meal card orientation is ((time:eight am)) monday at the base lodge"),
        ('c', "cool do i need to bring anything"),
        ('a', "just your void cheque for direct deposit and warm gloves"),
    ]


# --- cinemas -------------------------------------------------------------------

@case('transcript')
def c_cinema_unlimited_card(g):
    mem = g.shape('U\\L DDDDDDDD')
    dob = g.dob(1975, 1999)
    fee = g.money(16, 20)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "Picturehouse Unlimited, you're speaking to [[NAME:Priyanka]]."),
        ('c', "Hiya. I got an email saying my payment failed and my card's been suspended."),
        ('a', "Sorry about that. Can I have your membership number? It starts U-L."),
        ('c', f"[[ACCT:{mem}]]."),
        ('a', "And your full name and date of birth for security."),
        ('c', f"[[NAME:Gideon Abramowitz]], [[DOB:{date_t(*dob, form=0)}]]."),
        ('a', "Thanks, Gideon. Yes, the card on file expired last month, so the "
              f"((price:£{fee[0]}.{fee[1]:02d})) didn't go out. I can put a new card on now.".replace('Gideon.', '[[NAME:Gideon]].')),
        ('c', "Go on then."),
        ('a', "Mm-hmm, long number?"),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]]"),
        ('a', f"Mm-hmm. [[CARD#c:{b[2]}]]"),
        ('c', f"[[CARD#c:{b[3]}]]. And you'll want the expiry."),
        ('a', f"[[EXP:{exp_t(m, y, 0)}]], security code [[CVV:{cvv}]]."),
        ('c', "Thank you. So that's the card ending " + f"[[CARD*:{b[3]}]]?"),
        ('a', "Yes, that's it."),
        ('c', "Great, your card's active again. Will you need any guest tickets this month?"),
        ('a', "No, just me. Is the ((count:2)) free guest passes thing still on?"),
        ('c', f"It is, on your ((count:12))-month anniversary, which is the ((date:{SUF(g.rint(2, 27))}))."),
        ('a', "Brilliant. Cheers."),
    ]


@case('asr')
def c_cinema_private_screening(g):
    hire = g.rint(380, 520)
    dep = g.rint(100, 150)
    phone = g.phone_uk('113')
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    day = g.rint(4, 26)
    return [
        ('a', "hello the electric palace events line [[NAME:fergus]] speaking"),
        ('c', "hi i'm hoping to hire a screen for my daughter's eighteenth"),
        ('a', "oh lovely how many are you thinking"),
        ('c', "about ((count:forty)) of them and a few parents"),
        ('a', f"so screen two seats ((count:sixty two)) and the hire is ((price:{N(hire)} pounds)) for the evening with a ((price:{N(dep)} pound)) deposit"),
        ('c', f"that's fine it'd be saturday the ((date:{ORD(day)} of november)) if you've got it"),
        ('a', "let me look yes that's free from ((time:seven)) can i take your name"),
        ('c', "[[NAME:rukhsana begum-hall]]"),
        ('a', "and the best number for you"),
        ('c', f"[[PHONE:{' '.join(split(phone, 4, 2, 5))}]]"),
        ('a', "and an email for the contract"),
        ('c', "[[EMAIL:rukhsana b h at live dot co dot uk]]"),
        ('a', "lovely i'll take the deposit now and you can bring your own film on a usb or we can stream it"),
        ('c', "we'll bring it okay card number"),
        ('a', "yes go ahead"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]] yep [[CARD#c:{D(b[2])}]]"),
        ('a', "yep"),
        ('c', f"[[CARD#c:{D(b[3])}]] yeah"),
        ('a', "expiry date please"),
        ('c', f"[[EXP:{exp_a(m, y, 1)}]]"),
        ('a', "and the three numbers on the back"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', "all done you'll have the contract in your inbox in ((duration:an hour)) or so"),
        ('c', "amazing she's going to be so happy"),
    ]


@case('transcript')
def c_cinema_cancelled_show(g):
    bk = g.shape('LLLLDD')
    seat = g.rint(5, 18)
    total = g.money(24, 36)
    card = g.card('visa')
    email = 'aleksander.nowak.pl@gmail.com'
    return [
        ('a', "Northgate Cinemas customer care, [[NAME:Shanice]] speaking."),
        ('c', "Hi. Our showing last night was cancelled halfway through when the projector went, and I'd like a refund."),
        ('a', f"I'm so sorry, that was screen ((other:{g.rint(1, 9)})). We're refunding everyone. Have you got the booking reference?"),
        ('c', f"[[ACCT:{bk}]]."),
        ('a', f"Thanks. That's ((count:2)) adults, row ((other:F)), seats ((other:{seat})) and ((other:{seat + 1})), ((price:£{total[0]}.{total[1]:02d})) in total. Name on the booking?"),
        ('c', "[[NAME:Aleksander Nowak]]."),
        ('a', "Lovely. The refund goes back to the card you paid with. Can you confirm the last four?"),
        ('c', f"[[CARD*:{card[-4:]}]]."),
        ('a', "Perfect, matches. I'll also send you ((count:2)) free tickets for another night."),
        ('c', "That's decent of you. Where will they come?"),
        ('a', f"By email. I have [[EMAIL:{email}]]."),
        ('c', "That's right."),
        ('a', "The refund will be back in ((duration:3 to 5 working days)), and the tickets are valid for ((duration:six months))."),
        ('c', "Great. Was it just the bulb?"),
        ('a', "The lamp, yes, and then the backup didn't start. Engineers were in at ((time:8 this morning))."),
        ('c', "Ha. Okay, thanks."),
    ]


@case('transcript')
def c_cinema_voucher_ivr(g):
    val = g.choice([25, 30, 40, 50])
    card = g.card('mc2')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    vno = g.digits(12, True)
    return [
        ('i', "Welcome to Regal Lane Cinemas. For gift vouchers, press ((other:3))."),
        ('i', f"Gift vouchers. Please enter the value of your voucher, from ((price:£10)) to ((price:£100)), followed by the hash key."),
        ('c', f"Uh, it's... ((price:{val})), hash."),
        ('i', f"You entered ((price:{val} pounds)). Please enter your card number, followed by hash."),
        ('c', f"[[CARD#c~:{b[0]} {b[1]} {b[2]}]]..."),
        ('i', "Sorry, that was not long enough. Please enter your full card number, followed by hash."),
        ('c', f"Okay. [[CARD#c:{CT(card)}]], hash."),
        ('i', f"Card ending [[CARD*:{b[3]}]]. Please enter the expiry date as four digits."),
        ('c', f"[[EXP:{exp_t(m, y, 0).replace('/', '')}]]."),
        ('i', "Please enter the three-digit security code."),
        ('c', f"[[CVV:{cvv}]]."),
        ('i', f"Thank you. Your voucher number is [[ACCT:{vno}]]. To hear it again, press ((other:1))."),
        ('c', "One."),
        ('i', f"Your voucher number is [[ACCT:{vno}]]."),
        ('c', "Got it. Hang on, I'll write it on the card."),
        ('i', "Thank you for calling. Goodbye."),
    ]


@case('asr')
def c_cinema_lost_wallet(g):
    card = g.card('visa')
    b = blocks(card)
    phone = g.phone_uk('mobile')
    house = g.house(1, 60)
    pc = g.uk_pc('CF24')
    return [
        ('a', "good evening castle cinemas [[NAME:bronwen]] speaking"),
        ('c', "hi yeah i think i left my wallet in screen one at the ((time:half six)) showing"),
        ('a', "oh okay the cleaners did hand one in can you describe it"),
        ('c', "brown leather falling apart a bit has my bank card in and a gym card"),
        ('a', "and what name is on the bank card"),
        ('c', f"[[NAME:dafydd pritchard]] the card number is [[CARD*:{W(b[0])} {W(b[1])}]]"),
        ('a', "oh please don't read me the number i don't need that just the name's fine"),
        ('c', "sorry yeah fair enough"),
        ('a', "yes it's here with the name dafydd pritchard on the front".replace('dafydd pritchard', '[[NAME:dafydd pritchard]]')),
        ('c', "oh thank god can i come and get it"),
        ('a', "we're open till ((time:eleven)) tonight bring some id or i can post it"),
        ('c', "can you post it i'm working late all week"),
        ('a', f"sure the address"),
        ('c', f"[[ADDR:{N(house)} richmond road roath]] [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and a number in case the post goes wrong"),
        ('c', f"[[PHONE:{D(phone)}]]"),
        ('a', "okay it'll go recorded in the morning"),
        ('c', "cheers bronwen you're a star".replace('bronwen', '[[NAME:bronwen]]')),
    ]


# --- bowling and escape rooms ------------------------------------------------------

@case('asr')
def c_bowling_party(g):
    pp = g.money(11, 15)
    dep = g.rint(40, 60)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_us('615')
    lane = g.rint(3, 22)
    return [
        ('a', "strikezone music city this is [[NAME:joy]] how can i help"),
        ('c', "hey i want to book a birthday party for my son he's turning ((other:nine))"),
        ('a', "happy birthday to him how many kids"),
        ('c', "probably ((count:twelve)) maybe fourteen if the twins come"),
        ('a', f"okay the party package is ((price:{money_a(pp[0], pp[1])} a kid)) with two games pizza and a drink and we'd give you ((count:two)) lanes"),
        ('c', "sounds good saturday afternoon"),
        ('a', "i've got ((time:two)) or ((time:four thirty))"),
        ('c', "two please"),
        ('a', "and the birthday boy's name for the screen"),
        ('c', "[[NAME:deshawn]] and my name's [[NAME:latoya greer]]"),
        ('a', "thanks and a phone number"),
        ('c', f"[[PHONE#p:{W(phone[:3])}]] and then [[PHONE#p:{D(phone[3:])}]]"),
        ('a', f"perfect the deposit is ((price:{N(dep)} dollars)) to hold the lanes"),
        ('c', f"okay my card is [[CARD#c~:{W(b[0])} {W(b[1][:2])}]] wait no hold on let me start again"),
        ('a', "sure take your time"),
        ('c', f"[[CARD#c:{W(b[0])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[1])} {W(b[2])}]] and [[CARD#c:{W(b[3])}]]"),
        ('a', "expiration"),
        ('c', f"[[EXP:{exp_a(m, y, 0)}]]"),
        ('a', "and the cvv"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', f"got it you're all set for ((time:two o'clock)) lanes ((other:{N(lane)})) and ((other:{N(lane + 1)}))"),
        ('c', "thanks [[NAME:joy]]"),
    ]


@case('transcript')
def c_escape_corporate(g):
    per = g.rint(28, 36)
    card = g.card('amex')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv(4)
    phone = g.phone_uk('london')
    email = 'events@okafor-lin.co.uk'
    inv = g.shape('INV-DDDDD')
    return [
        ('a', "Locked In Shoreditch, corporate bookings, [[NAME:Tamsin]] speaking."),
        ('c', "Hi Tamsin, it's [[NAME:Obinna]] from [[NAME:Okafor]] and [[NAME:Lin]] Associates. We want to bring the whole team in for a social.".replace('Tamsin,', '[[NAME:Tamsin]],')),
        ('a', "Great, how many?"),
        ('c', "((count:22)), including me."),
        ('a', f"We'd split you across ((count:4)) rooms, so ((count:5)) or ((count:6)) per room. It's ((price:£{per} a head)) on a weekday, and the bar area's yours for an hour afterwards."),
        ('c', f"Thursday the ((date:{SUF(g.rint(2, 27))})), ((time:5:30))?"),
        ('a', "That works. Can I take a contact number?"),
        ('c', f"The office, [[PHONE:{phone_t(phone)}]]."),
        ('a', "And the email for the invoice?"),
        ('c', f"[[EMAIL:{email}]]. Use our reference [[ACCT:{inv}]] on it or finance will bounce it."),
        ('a', f"Noted. The deposit's ((percentage:{g.choice([20, 25, 30])}%)). Card?"),
        ('c', f"Company Amex. [[CARD#c:{b[0]}]], then [[CARD#c:{b[1]}]]..."),
        ('a', "Sorry, could you repeat the middle part?"),
        ('c', f"[[CARD#c~:{b[1]}]], and the last part [[CARD#c:{b[2]}]]."),
        ('a', "Expiry and the four-digit code on the front?"),
        ('c', f"[[EXP:{exp_t(m, y, 1)}]], and [[CVV:{cvv}]]."),
        ('a', f"Thank you. That's taken on the Amex ending [[CARD*:{b[2][1:]}]]. Confirmation's on its way."),
        ('c', "Brilliant. Is there parking?"),
        ('a', "Not really; Old Street station is ((duration:five minutes)) walk."),
    ]


@case('transcript')
def c_bowling_league(g):
    usbc = g.shape('DDDD-DDDDD')
    dob = g.dob(1960, 1985)
    house = g.house(100, 8999)
    zipc = g.zipc('441')
    phone = g.phone_us('216')
    fee = g.rint(18, 24)
    avg = g.rint(150, 210)
    first = g.rint(3, 12)
    return [
        ('a', "Lakeshore Lanes, league desk, this is [[NAME:Mick]]."),
        ('c', "Hey Mick, [[NAME:Yolanda Przybylski]]. I'm joining the Tuesday mixed league and the captain said to call you.".replace('Mick,', '[[NAME:Mick]],')),
        ('a', "Welcome aboard. Do you have a USBC membership number?"),
        ('c', f"Yes, [[ACCT:{usbc}]]."),
        ('a', "Got it. I need a date of birth for the sanction form."),
        ('c', f"[[DOB:{date_t(*dob, form=1)}]]."),
        ('a', "And a mailing address?"),
        ('c', f"[[ADDR:{house} Detroit Road, Rocky River]], Ohio [[PC:{zipc}]]."),
        ('a', "Phone?"),
        ('c', f"Cell is [[PHONE:{phone_t(phone)}]]."),
        ('a', f"And your average from last season? It sets your handicap."),
        ('c', f"((other:{avg})), over about ((count:80)) games."),
        ('a', f"Okay. Weekly fee is ((price:${fee})), which includes ((price:${g.rint(3, 6)})) to the prize fund. First night is ((date:September {SUF(first)})) at ((time:6:45))."),
        ('c', "Can I pay weekly or do you want it up front?"),
        ('a', "Weekly, cash or card at the desk. Bring your own ball if you have one."),
        ('c', f"I have a ((quantity:{g.rint(12, 16)}-pound)) Hammer that's older than my kids."),
        ('a', f"Ha, it'll do. See you on the ((date:{SUF(first)}))."),
    ]


@case('asr')
def c_escape_rebook(g):
    bk = g.shape('DDDDDD')
    fee = g.rint(15, 25)
    card = g.card('mc')
    day = g.rint(5, 25)
    return [
        ('a', "the vault escape rooms you're through to [[NAME:kiran]]"),
        ('c', "hi kiran er we missed our booking on sunday my car broke down on the way".replace('kiran', '[[NAME:kiran]]')),
        ('a', "ah that's rubbish have you got the booking number"),
        ('c', f"it's [[ACCT#x:{W(bk[:3])}]] um [[ACCT#x:{W(bk[3:])}]]"),
        ('a', "and the name on it"),
        ('c', "[[NAME:agnieszka kowal]]"),
        ('a', f"okay so normally a no show loses the booking but we can move it for a ((price:{N(fee)} pound)) rebooking fee"),
        ('c', "yeah that's fair"),
        ('a', f"i can do the ((date:{ORD(day)})) at ((time:quarter past six)) or the sunday after in the morning"),
        ('c', "the evening one please"),
        ('a', f"okay i'll charge the fee to the card on the booking that's the mastercard ending"),
        ('c', f"[[CARD*:{W(card[-4:])}]]"),
        ('a', f"ending [[CARD*:{W(card[-4:])}]] yeah"),
        ('c', "yes that's fine"),
        ('a', "done it's the heist room again for ((count:five)) players"),
        ('c', "it'll be four now my brother's dropped out"),
        ('a', "no problem i'll change it you'll get a new confirmation"),
        ('c', "cheers"),
    ]


@case('transcript')
def c_bowling_deposit_ivr(g):
    dep = g.rint(50, 75)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    zipc = g.zipc('850')
    phone = g.phone_us('602')
    lane = g.rint(1, 20)
    return [
        ('a', "Desert Pins, this is [[NAME:Arturo]]. You're booked for the corporate night on Friday; I just need the deposit. I'll transfer you to our secure payment line, okay?"),
        ('c', "Sure."),
        ('i', f"Please enter the ((count:16))-digit card number using your keypad."),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]]"),
        ('i', "Please continue."),
        ('c', f"[[CARD#c:{b[2]} {b[3]}]]"),
        ('i', f"You entered [[CARD:{CT(card)}]]. If this is correct, press ((other:1))."),
        ('c', "((other:1))"),
        ('i', "Please enter the expiration date, two digits for the month and two for the year."),
        ('c', f"[[EXP:{exp_t(m, y, 0).replace('/', '')}]]"),
        ('i', "Please enter the security code."),
        ('c', f"[[CVV:{cvv}]]"),
        ('i', "Please enter the billing ZIP code."),
        ('c', f"[[PC:{zipc}]]"),
        ('i', f"Thank you. A deposit of ((price:${dep}.00)) will be charged to the card ending [[CARD*:{b[3]}]]. Press ((other:1)) to confirm."),
        ('c', "1".replace('1', '((other:1))')),
        ('i', "Payment approved."),
        ('a', "Hi, it's Arturo again. I see it came through. Can I get a cell number for Friday in case we need to move lanes?".replace('Arturo', '[[NAME:Arturo]]')),
        ('c', f"Sure, [[PHONE:{phone_t(phone)}]]. It's [[NAME:Dana Whitehorse]] by the way."),
        ('a', f"Thanks, Dana. You've got lanes ((other:{lane})) through ((other:{lane + 4})) from ((time:7 to 10 pm)).".replace('Dana.', '[[NAME:Dana]].')),
    ]


# --- tattoo studios ------------------------------------------------------------

@case('asr')
def c_tattoo_deposit(g):
    dob = g.dob(1995, 2005)
    dep = g.choice([50, 60, 75])
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "black lantern tattoo [[NAME:saoirse]] speaking"),
        ('c', "hiya i messaged about a sleeve piece and they said ring to pay the deposit"),
        ('a', "oh yeah the koi and waves one what name is it under"),
        ('c', "[[NAME:jaxon petrakis]]"),
        ('a', "got you so i have to ask because it's the first booking what's your date of birth"),
        ('c', f"[[DOB:{date_a(*dob, form=0)}]]"),
        ('a', "and you'll bring photo id on the day yeah"),
        ('c', "yeah my driving licence"),
        ('a', f"sound so the first sitting is ((duration:five hours)) and the deposit is ((price:{N(dep)} quid)) which comes off the last session"),
        ('c', "okay do you want the card now"),
        ('a', "yeah go for it"),
        ('c', f"[[CARD#c:{W(b[0])}]]"),
        ('a', f"yep [[CARD#c:{W(b[1])}]]"),
        ('c', f"[[CARD#c:{W(b[2])}]] then [[CARD#c~:{W(b[3][:2])}]] sorry [[CARD#c:{W(b[3])}]]"),
        ('a', "and the expiry on it"),
        ('c', f"[[EXP:{exp_a(m, y, 0)}]] and the numbers on the back"),
        ('a', f"[[CVV:{W(cvv)}]] yeah"),
        ('c', "perfect that's gone through can i get an email for the aftercare sheet"),
        ('a', "[[EMAIL:jaxon p tattoos at gmail dot com]]"),
        ('c', f"no stress see you on the ((date:{ORD(g.rint(2, 28))})) at ((time:eleven)) don't drink the night before"),
    ]


@case('transcript')
def c_tattoo_aftercare(g):
    phone = g.phone_au('3')
    house = g.house(2, 80)
    pc = g.au_pc('30')
    inv = g.shape('DDDD')
    email = 'tali.benami@bigpond.com'
    return [
        ('a', "Ink & Anchor Collingwood, [[NAME:Bex]] here."),
        ('c', "Hi, it's [[NAME:Tali Ben-Ami]]. I had my forearm done with [[NAME:Mateus]] last Saturday and it's really red and hot today."),
        ('a', "Oh no. Is it spreading, or do you have a temperature?"),
        ('c', f"A bit of a temperature, ((other:{g.choice(['37.8', '37.9', '38.1', '38.2'])})) this morning."),
        ('a', "Okay, honestly, with a fever I'd see a GP today. Redness in the first ((duration:three or four days)) is normal; heat and a fever aren't."),
        ('c', "I've booked one for ((time:3:15)). I just wanted you to know, and to ask what ink it was in case they ask."),
        ('a', f"Totally fair. I'll get Mateus to email you the batch numbers. Your invoice was [[ACCT:{inv}]], right?".replace('Mateus', '[[NAME:Mateus]]')),
        ('c', "I don't have it in front of me. It's the email on my booking."),
        ('a', f"[[EMAIL:{email}]]?"),
        ('c', "Yes."),
        ('a', "And can I confirm your number in case he wants to call you?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]. That's my home line, my mobile's flat."),
        ('a', "And we'll need the address on file for the incident form, sorry, it's a council thing."),
        ('c', f"[[ADDR:{house} Keele Street, Collingwood]], [[PC:{pc}]]."),
        ('a', "Got it. If the doctor gives you antibiotics, just let us know, and we'll do any touch-up free once it's healed."),
        ('c', "Thanks, Bex. I'm not angry, just a bit scared.".replace('Bex.', '[[NAME:Bex]].')),
        ('a', "Of course. Keep it clean and uncovered, and call us after the appointment."),
    ]


@case('asr')
def c_tattoo_refund(g):
    dep = g.rint(100, 200)
    card = g.card('visa')
    email = 'marcus dot l webb at proton dot me'
    return [
        ('a', "iron rose tattoo parlor this is [[NAME:dez]]"),
        ('c', "hey dez it's [[NAME:marcus webb]] i had to cancel my appointment for thursday because i'm in the hospital".replace('dez', '[[NAME:dez]]')),
        ('a', "oh man i'm sorry you okay"),
        ('c', "appendix they took it out i'm fine but i can't sit for ((duration:six hours)) next week"),
        ('a', "yeah no way so the deposit policy is you lose it if you cancel inside ((duration:forty eight hours)) but medical stuff we'll refund or roll it over"),
        ('c', "can you refund it i don't know when i'll be back"),
        ('a', f"sure it was ((price:{N(dep)} dollars)) on the card ending um"),
        ('c', f"[[CARD*:{W(card[-4:])}]] the visa"),
        ('a', f"yep ending [[CARD*:{W(card[-4:])}]] that's what i see okay i'm putting it through now"),
        ('c', "thanks man how long does it take"),
        ('a', "usually ((duration:three to five business days)) i'll email the receipt where should it go"),
        ('c', f"[[EMAIL:{email}]]"),
        ('a', f"[[EMAIL:{email}]] got it"),
        ('c', "cool and tell [[NAME:nico]] i'm still getting that piece"),
        ('a', "will do he'll be stoked heal up"),
    ]


@case('transcript')
def c_tattoo_coverup_montreal(g):
    dep = g.rint(100, 150)
    card = g.card('mc')
    b = blocks(card)
    bad = wrong(b[2])
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_us('514')
    pc = g.ca_pc('H2T')
    house = g.house(3000, 5999)
    return [
        ('a', "Studio Encre Mile End, [[NAME:Anaïs]] speaking."),
        ('c', "Hi, do you speak English? I want to book a consultation for a cover-up."),
        ('a', "Of course. What are we covering?"),
        ('c', f"An ex's name on my shoulder blade. It's about ((quantity:{g.rint(4, 9)} cm)) long."),
        ('a', "Very common, don't worry. Consultations are free but we hold them with a "
              f"((price:${dep})) deposit that goes toward the tattoo. Can I have your name?"),
        ('c', "[[NAME:Callum Baptiste]]."),
        ('a', "And a phone number?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "Address and postal code for the receipt?"),
        ('c', f"[[ADDR:{house} Rue Saint-Urbain, Montreal]], [[PC:{pc}]]."),
        ('a', "Thanks. Card for the deposit?"),
        ('c', f"[[CARD#c:{b[0]}-{b[1]}]]-"),
        ('a', f"[[CARD#c~:{bad}]]..."),
        ('c', f"No, [[CARD#c:{b[2]}]], and then [[CARD#c:{b[3]}]]."),
        ('a', f"Okay. So [[CARD:{CT(card, '-')}]]?"),
        ('c', "Yes. Expiry " + f"[[EXP:{exp_t(m, y, 3)}]], code [[CVV:{cvv}]]."),
        ('a', "Perfect. You're booked with [[NAME:Théo]] on Wednesday at ((time:4 pm)). Bring a photo of the old tattoo in daylight."),
        ('c', "Will do. Merci."),
    ]


# --- photography studios ----------------------------------------------------------

@case('asr')
def c_photo_wedding_balance(g):
    inv = g.shape('DDDDD')
    bal = g.money(1400, 2100)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    day = g.rint(2, 28)
    return [
        ('a', "hello golden hour photography [[NAME:elif]] speaking"),
        ('c', "hi elif it's [[NAME:hollie]] we're the wedding at the barn in june i wanted to pay the balance".replace('elif', '[[NAME:elif]]')),
        ('a', "oh hi hollie yes i've got you and [[NAME:tobenna]] haven't i".replace('hollie', '[[NAME:hollie]]')),
        ('c', f"that's us the invoice says [[ACCT:{W(inv)}]]"),
        ('a', f"yep ((price:{money_a(bal[0], bal[1], 'pounds')})) left to pay for the full day package"),
        ('c', "okay have you got a pen i'll read you the card"),
        ('a', "go for it"),
        ('c', f"[[CARD#c:{W(b[0])}]]"),
        ('a', f"mm-hmm [[CARD#c:{W(b[1])}]]"),
        ('c', f"yep and [[CARD#c:{W(b[2])}]]"),
        ('a', f"sorry was that [[CARD*:{W(b[2])}]]"),
        ('c', f"yeah and then [[CARD#c:{W(b[3])}]]"),
        ('a', "lovely expiry"),
        ('c', f"[[EXP:{exp_a(m, y, 3)}]] and the security"),
        ('a', f"code [[CVV:{W(cvv)}]]"),
        ('c', "sorry you went quiet did you get the code"),
        ('a', "yes all through thank you so you're fully paid"),
        ('c', f"yay and is the date still the ((date:{ORD(day)} of june)) on your calendar"),
        ('a', "it is i'll be there from ((time:eleven)) for bridal prep and i'll send the timeline questionnaire to your email"),
        ('c', "the same one as before hollie dot and dot toby at outlook dot com".replace('hollie dot and dot toby at outlook dot com', '[[EMAIL:hollie dot and dot toby at outlook dot com]]')),
        ('a', "that's the one"),
    ]


@case('transcript')
def c_photo_school_order(g):
    order = g.shape('SP-DDDDDDD')
    code = g.shape('LLDDDDLL')
    pack = g.money(19, 32)
    house = g.house(1, 120)
    pc = g.uk_pc('LS6')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "Class Act School Photography, [[NAME:Faith]] speaking."),
        ('c', "Hi. I missed the online deadline for my son's school photo and the code on the proof card doesn't work any more."),
        ('a', "That's okay, I can order over the phone. What's the code on the card?"),
        ('c', f"((other:{code})). It's the one under the barcode."),
        ('a', "Got it. Oak Class at Headingley Primary? What's your son's name?"),
        ('c', "[[NAME:Joseph Adeyemi-Clarke]]."),
        ('a', f"Yes, I can see him, lovely smile. The most popular is the family pack at ((price:£{pack[0]}.{pack[1]:02d})), which has ((count:1)) large print, ((count:2)) medium and ((count:8)) wallet size."),
        ('c', "That one. And can it come to the house rather than school? It's past the school delivery date."),
        ('a', f"Yes, there's a ((price:£{g.rint(2, 4)}.50)) postage charge. Address?"),
        ('c', f"[[ADDR:{house} Cardigan Road, Leeds]], [[PC:{pc}]]."),
        ('a', "And your name as the buyer?"),
        ('c', "[[NAME:Funmilayo Adeyemi]]."),
        ('a', "Thanks. Card number when you're ready."),
        ('c', f"[[CARD#c:{b[0]} {b[1]} {b[2]}]]... hang on, it's scratched... [[CARD#c:{b[3]}]]."),
        ('a', f"And expiry and the three digits?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]], [[CVV:{cvv}]]."),
        ('a', f"Done. Your order number is [[ACCT:{order}]], and it'll arrive in about ((duration:10 days))."),
        ('c', "Thank you, you've saved me."),
    ]


@case('asr')
def c_photo_newborn(g):
    baby = g.dob(2025, 2025)
    dep = g.rint(75, 120)
    phone = g.phone_uk('mobile')
    house = g.house(1, 90)
    pc = g.uk_pc('BN2')
    card = g.card('mc2')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "little feet studio [[NAME:carys]] speaking"),
        ('c', "hi i'd like to book a newborn shoot my baby came a bit early"),
        ('a', "oh congratulations how old is baby now"),
        ('c', "((other:six days)) she was born on the"),
        ('a', f"[[DOB:{date_a(*baby, form=3)}]] oh we've got the same birthday"),
        ('c', "ha okay so we need to be quick don't we they say within two weeks"),
        ('a', "ideally yes for the sleepy curled up poses what's baby's name"),
        ('c', "[[NAME:ottilie]] and i'm [[NAME:grace fairweather]]"),
        ('a', "gorgeous name i've got thursday at ((time:ten)) or friday at ((time:half nine))"),
        ('c', "thursday"),
        ('a', f"lovely the session's ((duration:about three hours)) and the deposit is ((price:{N(dep)} pounds)) can i get your mobile"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', "and your address for the gift box"),
        ('c', f"[[ADDR:{N(house)} southover street]] [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and the card for the deposit"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]] hang on she's waking up"),
        ('a', "no rush at all"),
        ('c', f"sorry [[CARD#c:{W(b[2])} {W(b[3])}]] expiry [[EXP:{exp_a(m, y, 0)}]] and the code [[CVV:{W(cvv)}]]"),
        ('a', "was that the expiry then the code"),
        ('c', "yes"),
        ('a', "perfect all done keep the room warm and bring a spare outfit for you as well they do wee on us"),
    ]


@case('transcript')
def c_photo_second_shooter(g):
    ssn = g.ssn()
    house = g.house(100, 9999)
    zipc = g.zipc('972')
    email = 'ana.lucia.ferreira.photo@gmail.com'
    rate = g.rint(350, 600)
    phone = g.phone_us('503')
    return [
        ('a', "Hi, is that [[NAME:Ana Lúcia Ferreira]]? It's [[NAME:Jonah]] from Evergreen & Birch Photo."),
        ('c', "Yes, hi Jonah! Thanks again for the Hood River wedding.".replace('Jonah!', '[[NAME:Jonah]]!')),
        ('a', f"You were great. I'm sorting out payment for your ((price:${rate})) day rate and accounts needs a ((other:W-9)) from you before they cut the check."),
        ('c', "Sure. Do you want me to just send the form?"),
        ('a', "If you can give me the details now I'll fill it in and email it for your signature. Legal name as on your tax return?"),
        ('c', "[[NAME:Ana Lúcia Ferreira]], no hyphen."),
        ('a', "Address?"),
        ('c', f"[[ADDR:{house} Southeast Division Street, Portland]], Oregon [[PC:{zipc}]]."),
        ('a', "And you're filing as an individual, so your Social Security number."),
        ('c', f"It's [[SSN#s:{ssn[:3]}]], um, [[SSN#s:{ssn[3:5]}]]... sorry, my card's in the other room, I'm reading it from my phone notes... [[SSN#s:{ssn[5:]}]]."),
        ('a', f"Let me repeat: [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ('c', "Correct."),
        ('a', "And the email to send it to?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "Thanks. Payment should land within ((duration:two weeks)) of you signing."),
        ('c', "Perfect. And if you need someone in September, I'm free most Saturdays."),
        ('a', "I'll keep you in mind. Best number is still the one ending " + f"[[PHONE*:{phone[-4:]}]]?"),
        ('c', "That's the one."),
    ]


# --- music venues ----------------------------------------------------------------

@case('asr')
def c_gig_box_office(g):
    price = g.money(34, 48)
    fee = g.money(3, 5)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    bc1, bc2 = g.non_luhn(14), g.non_luhn(14)
    year = g.rint(1994, 2003)
    return [
        ('a', "barrowland box office [[NAME:struan]] speaking"),
        ('c', "hiya are there any tickets left for the reunion show on friday"),
        ('a', f"aye a few standing ones left it's ((price:{money_a(price[0], price[1], 'pounds')})) plus a ((price:{money_a(fee[0], fee[1], 'pound')})) fee each"),
        ('c', f"i'll take ((count:two)) i saw them the first time round in ((year:{YR(year)}))"),
        ('a', "ha you'll be in good company name for the booking"),
        ('c', "[[NAME:morag lindqvist]]"),
        ('a', "and the card"),
        ('c', f"[[CARD#c:{W(b[0])}]] [[CARD#c:{W(b[1])}]]".replace(']] [[CARD#c:', ' ')),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[2])}]] uh [[CARD#c:{W(b[3])}]]"),
        ('a', f"so i've got [[CARD:{W(b[0])} {W(b[1])} {W(b[2])} {W(b[3])}]]"),
        ('c', "that's it"),
        ('a', "expiry"),
        ('c', f"[[EXP:{exp_a(m, y, 2)}]]"),
        ('a', "and the three digit code"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', "lovely they'll come as e tickets do you want them to the email we have or a different one"),
        ('c', "a different one [[EMAIL:morag l seventy one at hotmail dot co dot uk]]"),
        ('a', f"done your barcodes end in ((other:{W(bc1[-6:])})) and ((other:{W(bc2[-6:])})) doors are at ((time:seven)) and it's strictly ((other:fourteen)) plus"),
        ('c', "magic cheers struan".replace('struan', '[[NAME:struan]]')),
    ]


@case('transcript')
def c_venue_access(g):
    acc = g.shape('DDDDDDD')
    phone = g.phone_uk('117')
    ext = str(g.rint(20, 99))
    email = 'p.okonedo@bristol-carers.org'
    day = g.rint(3, 28)
    return [
        ('a', "Thekla access line, you're speaking to [[NAME:Jess]]."),
        ('c', f"Hello, I'm booking for a wheelchair user for the show on the ((date:{SUF(day)})) and I need a platform space and a free carer ticket."),
        ('a', "No problem. Is the customer registered with our access scheme?"),
        ('c', f"Yes, he's got an access number, [[ACCT:{acc}]]."),
        ('a', "And his name?"),
        ('c', "[[NAME:Ezekiel Mensah]]. I'm his support worker, [[NAME:Precious Okonedo]]."),
        ('a', "Thank you, Precious. Platform spaces are limited to ((count:4)), and I've got ((count:2)) left for that night.".replace('Precious.', '[[NAME:Precious]].')),
        ('c', "Oh good. Will he be able to get to the bar from the platform?"),
        ('a', "There's a lift to the main deck; the step-free route is through the side door on the quay."),
        ('c', "Lovely. Can you put a contact number on the booking? It's my work line."),
        ('a', "Go ahead."),
        ('c', f"[[PHONE#p:{phone_t(phone)}]], extension [[PHONE#p~:{ext}]]."),
        ('a', "And an email for the tickets?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', f"Perfect. I've booked ((count:1)) platform ticket and ((count:1)) carer ticket under Ezekiel's name. Doors are ((time:7:30)), and the venue is ((percentage:100%)) seated on the platform.".replace("Ezekiel's", "[[NAME:Ezekiel]]'s")),
        ('c', "That's brilliant. Thank you."),
    ]


@case('asr')
def c_venue_presale_ivr(g):
    mem = g.digits(10, True)
    pc = g.uk_pc('M4')
    email_old = 'jonno dot mcardle at gmail dot com'
    email_new = 'j mcardle at pm dot me'
    return [
        ('i', "welcome to northern quarter live members line please say or key in your ten digit membership number"),
        ('c', f"[[ACCT:{W(mem[:5])} {W(mem[5:])}]]"),
        ('i', f"you said [[ACCT:{W(mem)}]] if that's right say yes"),
        ('c', "yes"),
        ('i', "thank you for presale codes say codes for anything else say agent"),
        ('c', "agent"),
        ('a', "hiya you're through to [[NAME:chelsea]] on the members team"),
        ('c', "hi i didn't get the presale email for the friday show and it's gone live"),
        ('a', "oh sorry let me check i can see your number from the phone menu what's your name"),
        ('c', "[[NAME:jonathan mcardle]]"),
        ('a', "and your postcode"),
        ('c', f"[[PC:{pc_uk_a(pc)}]]"),
        ('a', f"thank you so the email bounced we've got [[EMAIL:{email_old}]] on file"),
        ('c', f"oh that's dead i changed it to [[EMAIL:{email_new}]]"),
        ('a', "okay updated and your code is on its way now it's valid for ((duration:forty eight hours))"),
        ('c', "nice one cheers chelsea".replace('chelsea', '[[NAME:chelsea]]')),
    ]


@case('transcript')
def c_venue_ticket_reissue(g):
    order = g.shape('DDDDDDDDD')
    pc = g.uk_pc('N16')
    dob = g.dob(1980, 1998)
    email_bad = 'kwame.asantee@gmail.com'
    email_good = 'kwame.asante@gmail.com'
    tickets = g.rint(2, 4)
    return [
        ('a', "Roundhouse ticketing, [[NAME:Faye]] speaking."),
        ('c', "Hi, I bought tickets for Saturday but never got the email."),
        ('a', "Let's find them. Order number?"),
        ('c', f"[[ACCT:{order}]]."),
        ('a', "For security, can I take the postcode and date of birth on the account?"),
        ('c', f"[[PC:{pc}]], and [[DOB:{date_t(*dob, form=4)}]]."),
        ('a', f"Thanks. I see ((count:{tickets})) tickets for Saturday. The email went to [[EMAIL:{email_bad}]], with a double E at the end."),
        ('c', f"That's the problem, there's no double E. It's [[EMAIL:{email_good}]]."),
        ('a', "I've corrected it and resent. Do you see them?"),
        ('c', "Just a sec... yes, got them. Thanks."),
        ('a', "Great. Doors at ((time:7)), support act at ((time:7:45))."),
        ('c', "And is the bar card-only?"),
        ('a', f"Yes, we've been cashless since ((year:{g.rint(2019, 2022)}))."),
        ('c', "Fine. Cheers, Faye.".replace('Faye.', '[[NAME:Faye]].')),
    ]


@case('asr')
def c_gig_postponed(g):
    order = g.shape('DDDDDDDD')
    amt = g.money(80, 120)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    old4 = g.card('visa')[-4:]
    return [
        ('a', "hi you're through to the o two academy refunds line [[NAME:hamza]] speaking"),
        ('c', "hi the show in march got postponed and i can't do the new date so i want my money back"),
        ('a', "sure no problem order number"),
        ('c', f"[[ACCT:{W(order)}]]"),
        ('a', f"okay [[NAME:bethany]] is it"),
        ('c', "yeah [[NAME:bethany collymore]]"),
        ('a', f"so ((price:{money_a(amt[0], amt[1], 'pounds')})) back to the card ending [[CARD*:{W(old4)}]]"),
        ('c', "oh that card's been cancelled i lost it in january"),
        ('a', "right okay in that case i can send it to a new card if you give me the details"),
        ('c', f"okay it's [[CARD#c:{W(b[0])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[1])}]] [[CARD#c:{W(b[2])}]]".replace(']] [[CARD#c:', ' ')),
        ('c', f"sorry can you say the last bit again [[CARD#c~:{W(b[2])}]]"),
        ('a', f"yeah [[CARD#c:{W(b[3])}]]"),
        ('c', "and the expiry"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]]"),
        ('a', "for a refund i don't need the code actually just the expiry"),
        ('c', "oh okay"),
        ('a', "so that's going back to the card ending " + f"[[CARD*:{W(b[3])}]] in ((duration:five to ten working days))"),
        ('c', "thank you"),
    ]


# --- sports coaching -------------------------------------------------------------

@case('transcript')
def c_tennis_block(g):
    kid = g.dob(2012, 2016)
    price = g.rint(120, 160)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    email = 'r.lindgren-obi@icloud.com'
    court = g.rint(3, 8)
    return [
        ('a', "Westfield Tennis Academy, coach [[NAME:Dimitri]] speaking."),
        ('c', "Hi Dimitri, it's [[NAME:Rebecca Lindgren-Obi]]. I want to sign my daughter up for the Saturday juniors block.".replace('Dimitri,', '[[NAME:Dimitri]],')),
        ('a', "Great. What's her name and date of birth? We group by age."),
        ('c', f"[[NAME:Freya]], [[DOB:{date_t(*kid, form=2)}]]."),
        ('a', f"So she'd be in the Orange ball group. It's ((count:10)) weeks, ((duration:1 hour)) a week, ((price:£{price})) for the block."),
        ('c', "Is that on the indoor courts?"),
        ('a', f"Court ((other:{court})), the indoor one, yes. ((time:9 am)) start."),
        ('c', "Perfect. I'll pay now."),
        ('a', "Card number, please."),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]], um... [[CARD#c:{b[2]} {b[3]}]]."),
        ('a', "Sorry, the line broke up. Could you repeat the third block?"),
        ('c', f"[[CARD#c~:{b[2]}]]."),
        ('a', "Thanks. Expiry date and security code?"),
        ('c', f"Expires [[EXP:{exp_t(m, y, 2)}]], code [[CVV:{cvv}]]."),
        ('a', "Lovely. And an email for the receipt and the rain-cancellation texts?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "All done. Freya needs a racket; we have loaners if not.".replace('Freya', '[[NAME:Freya]]')),
        ('c', "She's got one. Thanks!"),
    ]


@case('asr')
def c_golf_gift(g):
    price = g.rint(150, 220)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 200)
    zipc = g.zipc('852')
    vno = g.shape('GV DDDDDD')
    return [
        ('a', "desert ridge golf academy [[NAME:travis]] speaking"),
        ('c', "hi i want to buy a lesson package as a gift for my dad"),
        ('a', f"awesome the five lesson series with video analysis is ((price:{N(price)} dollars))"),
        ('c', "that one what do you need"),
        ('a', "his name for the voucher"),
        ('c', "[[NAME:leonard fairbanks]] he's going to be ((other:seventy)) next month"),
        ('a', "happy birthday to him where should we mail it"),
        ('c', f"[[ADDR:{W(str(house))} east saguaro trail scottsdale]] [[PC:{W(zipc)}]]"),
        ('a', "and your name"),
        ('c', "[[NAME:candace fairbanks-ruiz]]"),
        ('a', "and the card candace".replace('candace', '[[NAME:candace]]')),
        ('c', f"[[CARD#c:{D(b[0])}]]"),
        ('a', "uh huh"),
        ('c', f"[[CARD#c:{D(b[1])}]] [[CARD#c:{D(b[2])}]]".replace(']] [[CARD#c:', ' ')),
        ('a', "go ahead"),
        ('c', f"[[CARD#c:{D(b[3])}]]"),
        ('a', "expiration and the code"),
        ('c', f"[[EXP:{exp_a(m, y, 1)}]] [[CVV:{W(cvv)}]]"),
        ('a', f"perfect the voucher number is [[ACCT:g v {W(vno[3:])}]] and it's good for ((duration:a year))"),
        ('c', "perfect thank you"),
    ]


@case('transcript')
def c_football_trial(g):
    kid = g.dob(2013, 2015)
    phone = g.phone_uk('mobile')
    house = g.house(1, 150)
    pc = g.uk_pc('B13')
    return [
        ('a', "Midlands Elite Football Academy, [[NAME:Wes]] speaking."),
        ('c', "Hiya. My son got invited to the trial day and I'm meant to register him by phone."),
        ('a', "Great. Player's name?"),
        ('c', "[[NAME:Kayden Osei-Bonsu]]."),
        ('a', "Date of birth?"),
        ('c', f"[[DOB:{date_t(*kid, form=0)}]]. He's in ((other:Year 7))."),
        ('a', "Which position does he play?"),
        ('c', "Left back mostly, but he'll go anywhere to get a game."),
        ('a', "Ha, good attitude. Parent's name and a mobile?"),
        ('c', f"[[NAME:Abena Osei]], [[PHONE:{phone_t(phone)}]]."),
        ('a', "And the home address for the consent form?"),
        ('c', f"[[ADDR:{house} Woodbridge Road, Moseley]], [[PC:{pc}]]."),
        ('a', "Any medical conditions we should know about?"),
        ('c', "Mild asthma. He has an inhaler."),
        ('a', "Okay. The trial is Sunday, ((time:10)) till ((time:1)), at the ((other:3G)) pitches. Bring shin pads and water."),
        ('c', "Do parents stay?"),
        ('a', "You can watch from the balcony. We'll let you know within ((duration:two weeks))."),
        ('c', "Thanks so much."),
    ]


@case('asr')
def c_personal_trainer(g):
    pkg = g.rint(400, 650)
    pct = g.choice([10, 15, 20])
    card = g.card('amex')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv(4)
    phone = g.phone_us('619')
    return [
        ('a', "hey this is [[NAME:bryce]] with coastal strength coaching"),
        ('c', "hi bryce i did the free session with you last week i want to do the twelve pack".replace('bryce', '[[NAME:bryce]]')),
        ('a', f"oh awesome so twelve sessions is ((price:{N(pkg)} dollars)) and if you pay in full today it's ((percentage:{N(pct)} percent)) off"),
        ('c', f"in full then my goal's still to lose about ((quantity:{N(g.rint(12, 30))} pounds)) by the wedding"),
        ('a', "totally doable what's the full name again"),
        ('c', "[[NAME:priyanka venkataraman]]"),
        ('a', "and card"),
        ('c', f"it's an amex [[CARD#c:{W(b[0])}]]"),
        ('a', f"[[CARD#c:{W(b[1])}]]"),
        ('c', f"and then [[CARD#c:{W(b[2])}]] and the expiry"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]] and the four on the front"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', "sweet that's done i'll text you the schedule what's your cell"),
        ('c', f"[[PHONE#p:{W(phone[:6])}]] mm-hmm [[PHONE#p:{W(phone[6:])}]]"),
        ('a', "got it first one's tuesday ((time:six a m)) at the beach gym"),
        ('c', "six oh god okay"),
    ]


@case('transcript')
def c_cricket_dd(g):
    sort = g.digits(6)
    acct = g.digits(8)
    kid = g.dob(2011, 2015)
    house = g.house(1, 80)
    pc = g.uk_pc('TN1')
    fee = g.money(25, 35)
    return [
        ('a', "Pantiles Cricket Club, junior section, [[NAME:Rajesh]] speaking."),
        ('c', "Hello, I'd like to set up the direct debit for my son's winter nets."),
        ('a', f"Of course. It's ((price:£{fee[0]}.{fee[1]:02d} a month)), from November to March. Who's the player?"),
        ('c', f"[[NAME:Alfie Ramsbottom]], born [[DOB:{date_t(*kid, form=4)}]]."),
        ('a', "And the account holder's name?"),
        ('c', "That's me, [[NAME:Harriet Ramsbottom]]."),
        ('a', "Sort code?"),
        ('c', f"[[ACCT:{sort[:2]}-{sort[2:4]}-{sort[4:]}]]."),
        ('a', "And the account number?"),
        ('c', f"[[ACCT#a:{acct[:4]}]]... uh... [[ACCT#a:{acct[4:]}]]. Sorry, reading it off the app."),
        ('a', f"So [[ACCT:{acct}]]."),
        ('c', "Yes."),
        ('a', "And the address the account is registered to?"),
        ('c', f"[[ADDR:{house} Frant Road, Tunbridge Wells]], [[PC:{pc}]]."),
        ('a', f"Thank you. The first collection will be on or just after the ((date:{SUF(g.rint(1, 5))})). You'll get the mandate by post."),
        ('c', "Lovely. Does he need his own helmet?"),
        ('a', "We have club ones, but most of the ((other:U13s)) bring their own."),
    ]


# --- swimming lessons ------------------------------------------------------------

@case('asr')
def c_swim_toddler_dublin(g):
    tot = g.dob(2022, 2023)
    term = g.rint(95, 140)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 60)
    eir = g.eircode('D6W')
    return [
        ('a', "splash academy terenure [[NAME:orla]] speaking"),
        ('c', "hi orla i'm looking to book the parent and toddler lessons for my little lad".replace('orla', '[[NAME:orla]]')),
        ('a', "lovely how old is he"),
        ('c', f"he was born [[DOB:{date_a(*tot, form=0)}]]"),
        ('a', f"grand so he'd be in the ripples class that's ((duration:thirty minutes)) on a saturday and it's ((price:{N(term)} euro)) for the ((count:ten)) week term"),
        ('c', "perfect what's the name of the instructor"),
        ('a', "that's [[NAME:ciarán]] he's brilliant with the small ones what's your little lad's name"),
        ('c', "[[NAME:fionn]] and i'm [[NAME:aoibheann doyle]]"),
        ('a', "and your address aoibheann".replace('aoibheann', '[[NAME:aoibheann]]')),
        ('c', f"[[ADDR:{N(house)} fortfield gardens terenure]] [[PC:{pc_a(eir)}]]"),
        ('a', "lovely card for the term"),
        ('c', f"[[CARD#c:{W(b[0])}]] mm-hmm"),
        ('a', f"mm-hmm [[CARD#c:{W(b[1])}]]"),
        ('c', f"[[CARD#c:{W(b[2])}]] yep"),
        ('a', f"yep [[CARD#c:{W(b[3])}]]"),
        ('c', "and when does it run out"),
        ('a', f"[[EXP:{exp_a(m, y, 4)}]] and the back is [[CVV:{W(cvv)}]]"),
        ('c', "lovely that's all booked he'll need a swim nappy and you'll get in the water with him"),
        ('a', "oh i'm getting in as well"),
        ('c', "you are it's parent and toddler"),
    ]


@case('transcript')
def c_swim_adult_ivr(g):
    acct = g.digits(8, True)
    due = g.money(60, 90)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_us('773')
    return [
        ('i', "Welcome to Lakeview Aquatics. Please enter your lesson account number, followed by the pound key."),
        ('c', f"[[ACCT:{acct}]]"),
        ('i', f"Your balance is ((price:${due[0]}.{due[1]:02d})). To pay now, press ((other:1))."),
        ('c', "((other:1))"),
        ('i', "Enter your card number."),
        ('c', f"[[CARD#c:{b[0]}{b[1]}]]... [[CARD#c:{b[2]}{b[3]}]]".replace(']]... [[CARD#c:', '')),
        ('i', "Enter the expiration date, month and year."),
        ('c', f"[[EXP:{exp_t(m, y, 0).replace('/', '')}]]"),
        ('i', "Enter the security code."),
        ('c', f"[[CVV:{cvv}]]"),
        ('i', f"Payment of ((price:${due[0]}.{due[1]:02d})) on card ending [[CARD*:{b[3]}]] was approved. To speak to the front desk, press ((other:0))."),
        ('c', "((other:0))"),
        ('a', "Front desk, this is [[NAME:Kenji]]."),
        ('c', "Hi, I just paid for my adult beginner lessons. Can I move from Tuesday to Thursday nights?"),
        ('a', "Let me check. Thursday at ((time:7:15)) has ((count:2)) spaces. Name?"),
        ('c', "[[NAME:Marguerite Osei-Tutu]]."),
        ('a', "Done. And is the cell on file still good?"),
        ('c', f"It changed. It's [[PHONE:{phone_t(phone)}]] now."),
        ('a', f"Updated. See you Thursday; the pool's at ((other:{g.rint(82, 88)} degrees)), so it's not too cold."),
    ]


@case('asr')
def c_swim_level_brisbane(g):
    acct = g.shape('SW DDDDDD')
    phone = g.phone_au('7')
    pc = g.au_pc('40')
    house = g.house(1, 90)
    return [
        ('a', "good morning aqua kids carindale it's [[NAME:tayla]] speaking"),
        ('c', "hi tayla my son's teacher said he's ready to go up a level and i need to swap his class".replace('tayla', '[[NAME:tayla]]')),
        ('a', "oh that's exciting can i grab his student number"),
        ('c', f"yeah it's [[ACCT:s w {W(acct[3:])}]]"),
        ('a', "lovely that's [[NAME:hemi rangihuna]] currently in turtles wednesday ((time:four fifteen))"),
        ('c', "that's him"),
        ('a', "so dolphins is ((time:four forty five)) wednesdays or ((time:five)) on fridays"),
        ('c', "four forty five is tight with school pick up can we do friday"),
        ('a', "friday at five done the fee's the same so nothing changes on the direct debit"),
        ('c', "oh great and can you update my mobile while you're there"),
        ('a', "sure what's the new one"),
        ('c', f"[[PHONE:{W(phone[:4])} {W(phone[4:7])} {W(phone[7:])}]]"),
        ('a', f"that's [[PHONE*:{W(phone[-3:])}]] at the end yeah"),
        ('c', "yep"),
        ('a', "and are you still at the same address"),
        ('c', f"yes [[ADDR:{N(house)} creek road carindale]] [[PC:{W(pc)}]]"),
        ('a', "all sorted he'll get a new wristband at his first dolphins lesson"),
        ('c', "he'll be stoked thanks"),
    ]


@case('transcript')
def c_swim_instructor_pps(g):
    pps = g.pps()
    dob = g.dob(1990, 2003)
    house = g.house(1, 40)
    eir = g.eircode('H91')
    email = 'cormac.ni.fhlannagain@gmail.com'
    rate = g.money(18, 24)
    return [
        ('a', "Hi, is that [[NAME:Cormac]]? It's [[NAME:Deirdre]] from Salthill Swim School about the instructor job."),
        ('c', "Yes, hi Deirdre.".replace('Deirdre.', '[[NAME:Deirdre]].')),
        ('a', f"We'd love to offer you the Saturday and Tuesday hours at ((price:€{rate[0]}.{rate[1]:02d} an hour)). Before you start, I need a few details for payroll and the Garda vetting."),
        ('c', "Brilliant, go ahead."),
        ('a', "Full name as on your birth cert?"),
        ('c', "[[NAME:Cormac Ó Flannagáin]]. The surname has a fada on both As."),
        ('a', "Date of birth?"),
        ('c', f"[[DOB:{date_t(*dob, form=0)}]]."),
        ('a', "PPS number?"),
        ('c', f"[[SSN:{pps}]]."),
        ('a', f"So [[SSN:{' '.join(pps)}]]?"),
        ('c', "That's it."),
        ('a', "Current address?"),
        ('c', f"[[ADDR:{house} Dalysfort Road, Salthill]], [[PC:{eir}]]."),
        ('a', "And an email for the vetting form? It comes from the national vetting bureau."),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "Grand. Vetting takes about ((duration:four weeks)); you can shadow but not teach alone until it's back."),
        ('c', "No problem. Do I need my lifeguard cert?"),
        ('a', "Yes, bring the original on your first day."),
    ]


# --- dance schools ---------------------------------------------------------------

@case('asr')
def c_ballet_term(g):
    fee = g.rint(160, 220)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    mem = g.shape('DDDDD')
    return [
        ('a', "good afternoon arabesque school of ballet this is [[NAME:miss delphine]]".replace('[[NAME:miss delphine]]', 'miss [[NAME:delphine]]')),
        ('c', "hello it's [[NAME:yusra]]'s mum i'm paying the spring term"),
        ('a', "oh hello thank you what's the family number on the invoice"),
        ('c', f"[[ACCT:{W(mem)}]]"),
        ('a', f"lovely so grade three and the extra pointe prep that's ((price:{N(fee)} pounds)) altogether"),
        ('c', "okay the card is"),
        ('a', f"[[CARD#c:{W(b[0])}]]"),
        ('c', f"[[CARD#c:{W(b[1][:2])}]]"),
        ('c', f"sorry my son's shouting [[CARD#c:{W(b[1][2:])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[2])}]] and the last [[CARD#c:{W(b[3])}]]"),
        ('a', f"so ending [[CARD*:{W(b[3])}]]"),
        ('c', "yes"),
        ('a', "expiry"),
        ('c', f"[[EXP:{exp_a(m, y, 5)}]]"),
        ('a', "and the security number"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', f"thank you that's all paid and the show is on the ((date:{ORD(g.rint(10, 30))} of may)) this year tickets go on sale after easter"),
        ('c', "lovely she's so excited about being a snowflake"),
    ]


@case('transcript')
def c_dance_exam_entry(g):
    stu = g.shape('DDDDDDD')
    dob = g.dob(2009, 2013)
    fee = g.money(55, 85)
    email = 'lwazi.dlamini.dance@gmail.com'
    day = g.rint(4, 26)
    return [
        ('a', "Good morning, Crescent Dance Academy office, [[NAME:Imogen]] speaking."),
        ('c', "Hi, I'm phoning about the tap exam entries. The form said to call if your child's details changed."),
        ('a', "Yes. What's the student's name?"),
        ('c', "[[NAME:Lwazi Dlamini]]. We've moved, and she's got a new email for the exam board."),
        ('a', "Her exam board student number is on last year's certificate. Do you have it?"),
        ('c', f"[[ACCT:{stu}]]."),
        ('a', "Thanks. Can I confirm her date of birth, so the board matches it?"),
        ('c', f"[[DOB:{date_t(*dob, form=0)}]]."),
        ('a', f"Lovely. She's entered for Grade ((other:5)) Tap on the ((date:{SUF(day)} of June)). The entry fee is ((price:£{fee[0]}.{fee[1]:02d})). And the new email?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "And the new address, for the certificate?"),
        ('c', f"[[ADDR:Flat 3, {g.house(10, 90)} Kingsdown Parade, Bristol]], [[PC:{g.uk_pc('BS6')}]]."),
        ('a', "Perfect. Exam times are released about ((duration:three weeks)) before. She'll need her hair in a bun and black tap shoes."),
        ('c', "She's already practising in the kitchen."),
    ]


@case('asr')
def c_salsa_couple(g):
    price = g.rint(90, 120)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_uk('161')
    return [
        ('a', "hola ritmo latino dance studio [[NAME:camila]] speaking"),
        ('c', "hi we want to do the beginners salsa course me and my fiancé"),
        ('a', f"lovely it's ((count:eight)) weeks and ((price:{N(price)} pounds per couple)) names please"),
        ('c', "i'm [[NAME:joanne]] and he's [[NAME:adebayo]]"),
        ('c', "it's [[NAME:adebayo ogunleye]] with an [[NAME:o g u]] at the start"),
        ('a', "thank you and a surname for you joanne".replace('joanne', '[[NAME:joanne]]')),
        ('c', "[[NAME:mcgarrigle]]"),
        ('a', "lovely and a phone number"),
        ('c', f"[[PHONE:{W(phone[:4])} {D(phone[4:])}]]"),
        ('a', "and how would you like to pay"),
        ('c', f"card [[CARD#c:{W(b[0])}]]"),
        ('a', "go on"),
        ('c', f"[[CARD#c:{W(b[1])}]] no wait he's got the card [[NAME:ade]] read it out"),
        ('c', f"from the start [[CARD#c~:{W(b[0])} {W(b[1])}]] then [[CARD#c:{W(b[2])} {W(b[3])}]]"),
        ('a', "expiry and the three digits"),
        ('c', f"[[EXP:{exp_a(m, y, 0)}]] [[CVV:{W(cvv)}]]"),
        ('a', "perfect you start tuesday at ((time:half seven)) comfy shoes nothing with grip"),
        ('c', "he's going to be terrible"),
        ('a', "everyone is the first week don't worry"),
    ]


@case('transcript')
def c_dance_costume_ivr(g):
    dep = g.rint(30, 45)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.uk_pc('CH2')
    fam = g.shape('DDDD')
    return [
        ('i', "Thank you for calling Stage Steps Dance. To pay a costume deposit, press ((other:2))."),
        ('c', "((other:2))"),
        ('i', "Please enter your four-digit family number."),
        ('c', f"[[ACCT:{fam}]]"),
        ('i', f"The costume deposit for the summer show is ((price:£{dep}.00 per child)). Please enter your card number."),
        ('c', f"[[CARD:{CT(card, '')}]]"),
        ('i', "Please enter the expiry date, month then year."),
        ('c', f"[[EXP:{exp_t(m, y, 0).replace('/', '')}]]"),
        ('i', "Please enter the security code."),
        ('c', f"[[CVV:{cvv}]]"),
        ('i', "Please enter the numbers from your billing postcode."),
        ('c', f"[[PC*:{''.join(ch for ch in pc if ch.isdigit())}]]"),
        ('i', f"Thank you. ((price:£{dep}.00)) has been taken from the card ending [[CARD*:{b[3]}]]. Goodbye."),
        ('a', "Stage Steps, [[NAME:Lorna]] speaking."),
        ('c', "Hi Lorna, I just paid the deposit on the phone line but I've got two girls in the show and it only took one.".replace('Lorna,', '[[NAME:Lorna]],')),
        ('a', "Ah, the phone line only does one at a time. I can take the second one now. Which card?"),
        ('c', f"Same one, ending [[CARD*:{b[3]}]]. Do you need the whole number?"),
        ('a', "I do, sorry, we don't keep it."),
        ('c', f"[[CARD#c2:{b[0]} {b[1]}]]... [[CARD#c2:{b[2]} {b[3]}]]".replace(']]... [[CARD#c2:', ' ')),
        ('a', "Expiry?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]], and the code's [[CVV:{cvv}]]."),
        ('a', "All done. That's both girls, the mouse costume and the mushroom."),
    ]


# --- martial arts -------------------------------------------------------------------

@case('asr')
def c_karate_grading(g):
    lic = g.shape('BKA DDDDDD')
    kid = g.dob(2012, 2016)
    fee = g.rint(25, 40)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "shotokan dojo east kilbride [[NAME:sensei graham]] speaking".replace('[[NAME:sensei graham]]', 'sensei [[NAME:graham]]')),
        ('c', "hiya it's about the grading on sunday i need to pay for my daughter"),
        ('a', "aye no bother what's her name"),
        ('c', "[[NAME:ailsa mackintosh]]"),
        ('a', "and her licence number it's on the front of her record book"),
        ('c', f"[[ACCT:b k a {W(lic[4:])}]]"),
        ('a', "and her date of birth for the licence renewal while i'm on"),
        ('c', f"[[DOB:{date_a(*kid, form=1)}]]"),
        ('a', f"so she's going for orange belt the grading fee's ((price:{N(fee)} pounds))"),
        ('c', "can i pay by card"),
        ('a', "aye read it out"),
        ('c', f"[[CARD#c:{W(b[0])}]] [[CARD#c:{W(b[1])}]] uh".replace(']] [[CARD#c:', ' ')),
        ('a', f"[[CARD#c:{W(b[2])}]]"),
        ('c', f"that's right and then [[CARD#c:{W(b[3])}]]"),
        ('a', "expiry date"),
        ('c', f"[[EXP:{exp_a(m, y, 0)}]]"),
        ('a', "cvv"),
        ('c', f"[[CVV:{W(cvv)}]]"),
        ('a', "that's her in she needs to be there for ((time:nine)) with her gi clean and her nails cut"),
        ('c', "ha she'll love that thanks"),
    ]


@case('transcript')
def c_judo_membership(g):
    bj = g.shape('DDDDDD')
    dob = g.dob(1985, 2000)
    house = g.house(1, 120)
    pc = g.uk_pc('NG7')
    phone = g.phone_uk('mobile')
    fee = g.rint(30, 45)
    return [
        ('a', "Nottingham Judo Club, [[NAME:Hiroshi]] speaking."),
        ('c', "Hi, I did judo years ago, up to brown belt, and I'd like to start again. Do I need to rejoin the federation?"),
        ('a', "If your British Judo membership has lapsed, yes. It includes the insurance. Do you remember your old number?"),
        ('c', f"I've got my old licence here. [[ACCT:{bj}]]."),
        ('a', "Great, that speeds things up. Name and date of birth?"),
        ('c', f"[[NAME:Svetlana Greenhalgh]], [[DOB:{date_t(*dob, form=2)}]]."),
        ('a', "Address?"),
        ('c', f"[[ADDR:{house} Lenton Boulevard, Nottingham]], [[PC:{pc}]]."),
        ('a', "And a mobile for the club WhatsApp?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', f"Club fees are ((price:£{fee} a month)), and the federation is separate, about ((price:£{g.rint(40, 65)})) for the year. Sessions are Monday and Thursday ((time:7-9 pm))."),
        ('c', "Is there a returners' group? I don't want to get thrown about by twenty-year-olds on day one."),
        ('a', "We'll pair you with our ((other:over-35s)) for the first month. Come ((duration:15 minutes)) early on Monday."),
        ('c', "Perfect, thank you, Hiroshi.".replace('Hiroshi.', '[[NAME:Hiroshi]].')),
    ]


@case('asr')
def c_bjj_membership(g):
    price = g.rint(149, 189)
    phone = g.phone_us('512')
    ext = str(g.rint(1000, 4999))
    card = g.card('disc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "hey this is [[NAME:rafael]] at lone star jiu jitsu"),
        ('c', "hey man i did the free trial class tuesday and i want to sign up"),
        ('a', f"sick so the unlimited is ((price:{N(price)} a month)) and you get the first gi free"),
        ('c', "sounds good i'm [[NAME:trey whitfield]]"),
        ('a', "what's a good number trey".replace('trey', '[[NAME:trey]]')),
        ('c', f"my work line is [[PHONE#p:{W(phone)}]] extension [[PHONE#p~:{W(ext)}]]"),
        ('a', "okay and card"),
        ('c', f"it's a discover [[CARD#c:{W(b[0])}]]"),
        ('a', f"[[CARD#c:{W(b[1])}]] yeah"),
        ('c', f"yeah [[CARD#c:{W(b[2])}]]"),
        ('a', f"mm-hmm [[CARD#c:{W(b[3])}]]"),
        ('c', f"[[CARD:{W(b[0])} {W(b[1])} {W(b[2])} {W(b[3])}]] right"),
        ('a', "yep that's it"),
        ('c', "expiration and cvv"),
        ('a', f"[[EXP:{exp_a(m, y, 1)}]] and [[CVV:{W(cvv)}]]"),
        ('c', "you're all set see you thursday ((time:six thirty)) for fundamentals"),
        ('a', "cool do i need a mouthguard"),
        ('c', "not for fundamentals but get one soon"),
    ]


@case('transcript')
def c_taekwondo_ottawa(g):
    kid = g.dob(2014, 2018)
    house = g.house(10, 900)
    pc = g.ca_pc('K1S')
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    fee = g.rint(95, 130)
    return [
        ('a', "Glebe Taekwondo, [[NAME:Master Park]] speaking.".replace('[[NAME:Master Park]]', 'Master [[NAME:Park]]')),
        ('c', "Hi, I'd like to register my son for the Little Tigers class."),
        ('a', "Wonderful. Name and birthdate?"),
        ('c', f"[[NAME:Liam Nakamura-Boateng]], [[DOB:{date_t(*kid, form=1)}]]."),
        ('a', f"He fits the ((other:5-7)) group, Mondays and Wednesdays at ((time:4:30)). It's ((price:${fee} a month)) plus HST, and the uniform is included."),
        ('c', "Great. Can I pay the first month now?"),
        ('a', "Sure. Card number?"),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]]—hold on, the dog—[[CARD#c:{b[2]} {b[3]}]]."),
        ('a', f"I have [[CARD:{CT(card)}]]."),
        ('c', "Correct."),
        ('a', "Expiry and CVC?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]], [[CVV:{cvv}]]."),
        ('a', "Thank you. Parent name and address for the receipt?"),
        ('c', f"[[NAME:Mariko Nakamura]], [[ADDR:{house} Fifth Avenue, Ottawa]], [[PC:{pc}]]."),
        ('a', "Thank you, Ms. [[NAME:Nakamura]]. See you Monday; no socks on the mats."),
    ]


# --- choirs and orchestras ----------------------------------------------------------

@case('transcript')
def c_orchestra_subscription(g):
    patron = g.shape('DDDDDDD')
    row = g.choice(['G', 'H', 'J', 'K'])
    s1 = g.rint(11, 30)
    price = g.money(380, 520)
    card = g.card('amex')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv(4)
    house = g.house(2, 60)
    pc = g.uk_pc('BA2')
    return [
        ('a', "Good morning, Avon Philharmonic subscriptions, [[NAME:Clemency]] speaking."),
        ('c', "Morning. I'm renewing our season seats. Patron number " + f"[[ACCT:{patron}]]."),
        ('a', f"Thank you. That's Mr and Mrs [[NAME:Oduya]], stalls row ((other:{row})), seats ((other:{s1})) and ((other:{s1 + 1}))?"),
        ('c', "That's us. Same seats, please; my wife won't sit anywhere else."),
        ('a', f"Of course. The ((count:9))-concert series for two comes to ((price:£{price[0]}.{price[1]:02d})). Can I confirm the address first?"),
        ('c', f"[[ADDR:{house} Widcombe Hill, Bath]], [[PC:{pc}]]."),
        ('a', "Perfect. And how would you like to pay?"),
        ('c', f"Amex. [[CARD#c:{b[0]}]]."),
        ('a', f"[[CARD*:{b[0]}]]."),
        ('c', f"[[CARD#c:{b[1]}]]."),
        ('a', f"[[CARD*:{b[1]}]]."),
        ('c', f"And [[CARD#c:{b[2]}]]."),
        ('a', f"[[CARD*:{b[2]}]]. And the expiry?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]]. And the four little numbers, [[CVV:{cvv}]]."),
        ('a', "Thank you. That's all gone through. The season brochure and your tickets will be posted in ((duration:two weeks))."),
        ('c', "Is the big choral symphony still in March?"),
        ('a', f"Yes, the ((date:{SUF(g.rint(5, 28))} of March)), ((time:7.30)). Pre-concert talk at ((time:6.15))."),
        ('c', "Wonderful. Thank you, Clemency.".replace('Clemency.', '[[NAME:Clemency]].')),
    ]


@case('asr')
def c_choir_gift_aid(g):
    sub = g.rint(60, 90)
    don = g.choice([20, 25, 50])
    house = g.house(1, 99)
    pc = g.uk_pc('YO10')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "york minster singers box office [[NAME:frank]] speaking"),
        ('c', f"hello i'd like the season subscription please and i'd like to add a donation of ((price:{N(don)} pounds))"),
        ('a', f"how kind so that's the subscription at ((price:{N(sub)})) plus the donation are you a uk taxpayer because we can claim gift aid on the donation"),
        ('c', "yes i am"),
        ('a', f"lovely that adds ((percentage:twenty five percent)) for us at no cost to you i'll need your full name and home address for the declaration"),
        ('c', "[[NAME:bernadette achterberg]]"),
        ('a', "and the address"),
        ('c', f"[[ADDR:{N(house)} heslington lane fulford]]"),
        ('a', "and postcode"),
        ('c', f"[[PC:{pc_uk_a(pc)}]]"),
        ('a', "thank you and the card"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]]"),
        ('a', f"[[CARD#c:{W(b[2])} {W(b[3])}]] okay"),
        ('c', "and the expiry on that"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]]"),
        ('c', "okay and the security code"),
        ('a', f"[[CVV:{W(cvv)}]] is it going through"),
        ('c', "it is all done thank you very much mrs achterberg".replace('achterberg', '[[NAME:achterberg]]')),
    ]


@case('transcript')
def c_youth_orchestra(g):
    kid = g.dob(2009, 2012)
    acct = g.shape('YO/DDDD/DD')
    fee = g.money(240, 320)
    email = 'sunita.raghavan@blueyonder.co.uk'
    phone = g.phone_uk('mobile')
    return [
        ('a', "Hallam Youth Orchestra, [[NAME:Nkechi]] speaking."),
        ('c', "Hi, I'm calling about the payment plan for the summer residential. My daughter plays second violin."),
        ('a', "Of course. What's her name?"),
        ('c', "[[NAME:Anjali Raghavan]]."),
        ('a', f"And her date of birth, so I find the right Anjali? We have two.".replace('Anjali?', '[[NAME:Anjali]]?')),
        ('c', f"[[DOB:{date_t(*kid, form=2)}]]."),
        ('a', f"Thank you. Her account is [[ACCT:{acct}]]. The residential is ((price:£{fee[0]}.{fee[1]:02d})), and we can split it into ((count:3)) monthly payments."),
        ('c', "Yes, three please. Do I need to fill in anything?"),
        ('a', "I'll email the plan. What address should it go to?"),
        ('c', f"[[EMAIL:{email}]]. I'm [[NAME:Sunita]], her mum."),
        ('a', "And a mobile in case there's a problem during the week away?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', f"Thanks. Instruments need to be labelled and insured; the hall is about ((other:{g.rint(14, 19)} degrees)) at night, so warm layers."),
        ('c', "Noted. Thank you."),
    ]


@case('asr')
def c_choir_tour(g):
    dep = g.rint(250, 400)
    flight = g.rint(1200, 1999)
    passport = g.digits(9, True)
    dob = g.dob(1950, 1975)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "hello it's [[NAME:ffion]] the tour secretary for the valley male voice choir"),
        ('c', "hello ffion it's [[NAME:gareth]] tenors i'm ringing about the deposit for the brittany trip".replace('ffion', '[[NAME:ffion]]')),
        ('a', f"oh lovely yes it's ((price:{N(dep)} pounds per person)) and we're on the ((flight_number:b a {W(str(flight))})) out of cardiff"),
        ('c', "right i've got the form here it asks for my passport number"),
        ('a', "yes for the airline go ahead"),
        ('c', f"[[ACCT:{W(passport)}]]"),
        ('a', "and date of birth as on the passport"),
        ('c', f"[[DOB:{date_a(*dob, form=1)}]]"),
        ('a', "and full name as on it"),
        ('c', "[[NAME:gareth wyn prosser]]"),
        ('a', "lovely and the card for the deposit"),
        ('c', f"[[CARD#c:{W(b[0])} {W(b[1])}]] hang on my reading glasses [[CARD#c:{W(b[2])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[CARD#c:{W(b[3])}]] expires [[EXP:{exp_a(m, y, 1)}]] and the back says [[CVV:{W(cvv)}]]"),
        ('a', "lovely that's you paid we rehearse the french pieces tuesday at ((time:seven))"),
        ('c', "diolch ffion".replace('ffion', '[[NAME:ffion]]')),
    ]


@case('transcript')
def c_symphony_donation(g):
    don = g.choice([250, 500, 1000])
    card = g.card('disc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(100, 4999)
    zipc = g.zipc('152')
    phone = g.phone_us('412')
    email = 'r.kaczmarek.pgh@comcast.net'
    return [
        ('a', "Three Rivers Symphony, annual fund, this is [[NAME:Maribel]] speaking."),
        ('c', f"Hello. I'd like to make a gift of ((price:${don})) in memory of my husband. He sang in the chorus for ((duration:twenty years))."),
        ('a', "I'm so sorry for your loss, and thank you. May I have your name?"),
        ('c', "[[NAME:Roberta Kaczmarek]]. His name was [[NAME:Stanley]]."),
        ('a', "We'll list the gift in Stanley's memory in the spring program. How would you like to pay?".replace("Stanley's", "[[NAME:Stanley]]'s")),
        ('c', f"Discover card. [[CARD*:{b[0]}, {b[1]}]]—no wait, that's my old one. Let me get the new one."),
        ('a', "Take your time."),
        ('c', f"Here. [[CARD:{CT(g.card('disc'))}]]."),
        ('a', "And the expiration and the code on the back?"),
        ('c', f"[[EXP:{exp_t(m, y, 1)}]], and [[CVV:{cvv}]]."),
        ('a', "Thank you. For the tax receipt, your mailing address?"),
        ('c', f"[[ADDR:{house} Murray Avenue, Squirrel Hill, Pittsburgh]] [[PC:{zipc}]]."),
        ('a', "And a phone and email?"),
        ('c', f"[[PHONE:{phone_t(phone)}]], and [[EMAIL:{email}]]."),
        ('a', "Thank you, Mrs. Kaczmarek. The receipt will come within ((duration:a week)).".replace('Kaczmarek.', '[[NAME:Kaczmarek]].')),
    ]


# --- bookshops --------------------------------------------------------------------

@case('transcript')
def c_bookshop_special_order(g):
    order = g.shape('SO-DDDDD')
    isbn = '978' + g.non_luhn(10)
    price = g.money(18, 45)
    phone = g.phone_uk('mobile')
    return [
        ('a', "Hatchard Lane Books, [[NAME:Priscilla]] speaking."),
        ('c', "Hi, I ordered a book in last week and wondered if it's arrived. The order number is " + f"[[ACCT:{order}]]."),
        ('a', "Let me look. Under the name...?"),
        ('c', "[[NAME:Oluwaseun Adebanjo-Hart]]."),
        ('a', f"Yes, ISBN ((other:{isbn})), the hardback. It's due in Thursday, not yet here, sorry."),
        ('c', f"Ah. Is it definitely the hardback? The website said the paperback was ((price:£{g.rint(8, 14)}.99))."),
        ('a', f"You asked for the hardback, ((price:£{price[0]}.{price[1]:02d})). Would you rather switch?"),
        ('c', "No, hardback's right, it's a present."),
        ('a', "We'll text you when it lands. Is this still the best number?"),
        ('c', f"[[PHONE:{phone_t(phone)}]], yes."),
        ('a', "Great. We hold special orders for ((duration:two weeks))."),
        ('c', "Thanks, Priscilla.".replace('Priscilla.', '[[NAME:Priscilla]].')),
    ]


@case('asr')
def c_bookshop_subscription(g):
    price = g.money(14, 20)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 120)
    pc = g.uk_pc('OX4')
    return [
        ('a', "hello the cowley road bookshop [[NAME:bartholomew]] speaking"),
        ('c', "hi i'd like to sign my brother up for your book of the month thing as a present"),
        ('a', f"oh lovely the fiction one is ((price:{money_a(price[0], price[1], 'pounds')} a month)) and you can do three six or twelve months"),
        ('c', "six please"),
        ('a', "and where's it going"),
        ('c', f"to him it's [[ADDR:{N(house)} magdalen road]] [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and his name"),
        ('c', "[[NAME:casimir oyelowo]] and he likes crime but not the gory ones"),
        ('a', "noted no gore and your name for the gift card"),
        ('c', "[[NAME:pearl]]"),
        ('a', "okay and i'll need a card number"),
        ('c', f"[[CARD#c:{W(b[0])}]]"),
        ('a', f"mm-hmm [[CARD#c:{W(b[1])}]]"),
        ('c', f"[[CARD#c:{W(b[2])}]] um the last bit's worn [[CARD#c:{W(b[3])}]]"),
        ('a', "and the end date"),
        ('c', f"[[EXP:{exp_a(m, y, 0)}]] security [[CVV:{W(cvv)}]]"),
        ('a', f"perfect the first one goes out on the ((date:{ORD(g.rint(1, 5))})) with a note from you what should it say"),
        ('c', "happy birthday you old grump love [[NAME:pearl]]"),
    ]


@case('transcript')
def c_rare_books_ireland(g):
    price = g.rint(380, 950)
    year = g.rint(1890, 1935)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 40)
    eir = g.eircode('X91')
    email = 'donnchadh.breathnach@iol.ie'
    return [
        ('a', "Lantern Antiquarian Books, [[NAME:Humphrey]] speaking."),
        ('c', "Good afternoon. I'm ringing from Waterford about the poetry first edition you have listed, the Irish one."),
        ('a', f"Ah yes, ((year:{year})), original cloth, a little foxing. It's ((price:£{price}))."),
        ('c', "I'd like it. Can you ship to Ireland?"),
        ('a', f"We can, insured and tracked, ((price:£{g.rint(22, 40)})) and about ((duration:five days)). Your name?"),
        ('c', "[[NAME:Donnchadh Breathnach]]."),
        ('a', "Could you spell the surname?"),
        ('c', "[[NAME:B-R-E-A-T-H-N-A-C-H]]."),
        ('a', "Thank you. Delivery address?"),
        ('c', f"[[ADDR:{house} John's Hill, Waterford]], [[PC:{eir}]]."),
        ('a', "And payment?"),
        ('c', f"Mastercard, [[CARD#c:{b[0]} {b[1]} {b[2]}]]..."),
        ('a', "Yes?"),
        ('c', f"[[CARD#c:{b[3]}]]. Expiry [[EXP:{exp_t(m, y, 0)}]]. Code [[CVV:{cvv}]]."),
        ('a', "Lovely. I'll send the invoice and tracking to your email?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "It'll be wrapped tomorrow. Thank you, sir."),
    ]


@case('asr')
def c_bookshop_giftcard_ivr(g):
    gc = g.digits(16, True)
    while luhn_ok(gc):
        gc = g.digits(16, True)
    pin = g.digits(4)
    bal = g.money(5, 40)
    return [
        ('i', "thanks for calling paper lantern books for your gift card balance say balance"),
        ('c', "balance"),
        ('i', "please say or enter the sixteen digit number on the back of your gift card"),
        ('c', f"[[ACCT:{W(gc[:8])} {W(gc[8:])}]]"),
        ('i', "now enter the four digit pin under the scratch panel"),
        ('c', f"((other:{W(pin)}))"),
        ('i', f"your balance is ((price:{money_a(bal[0], bal[1])})) to speak to a bookseller say bookseller"),
        ('c', "bookseller"),
        ('a', "hi this is [[NAME:marlowe]] at paper lantern"),
        ('c', f"hi i've got ((price:{money_a(bal[0], bal[1])})) left on a gift card can i use it online"),
        ('a', "you can just put the card number and pin in at checkout"),
        ('c', "oh and if the book's more"),
        ('a', "it'll ask for another card for the rest"),
        ('c', "perfect thanks marlowe".replace('marlowe', '[[NAME:marlowe]]')),
    ]


@case('transcript')
def c_bookshop_author_event(g):
    price = g.rint(8, 15)
    email = 'thandiwe.mokoena@protonmail.com'
    phone = g.phone_uk('london')
    return [
        ('a', "Marchmont Street Books, events desk, [[NAME:Olu]] here."),
        ('c', "Hello, are there tickets left for the poetry evening on Thursday?"),
        ('a', f"A handful. They're ((price:£{price})), which you can put towards a signed copy. How many?"),
        ('c', "((count:3)), please. Under [[NAME:Thandiwe Mokoena]]."),
        ('a', "Lovely. We'll email the tickets. Which address?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "And a phone in case the author's train is late and we have to move it?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "I'll send a payment link to your email; it's valid for ((duration:24 hours))."),
        ('c', "Will there be seats?"),
        ('a', "Yes, about ((count:60)). Doors at ((time:6.45)), reading at ((time:7.15))."),
        ('c', "Great, thanks, Olu.".replace('Olu.', '[[NAME:Olu]].')),
    ]


# --- antique dealers ---------------------------------------------------------------

@case('asr')
def c_antique_consignment(g):
    con = g.shape('DDDD')
    ssn = g.ssn()
    house = g.house(10, 999)
    zipc = g.zipc('054')
    phone = g.phone_us('802')
    pct = g.choice([30, 35, 40])
    year = g.rint(1820, 1880)
    return [
        ('a', "green mountain antiques and consignment this is [[NAME:wendell]]"),
        ('c', "hi wendell it's [[NAME:marguerite dubois]] i dropped off the blanket chest and the two chairs on saturday".replace('wendell', '[[NAME:wendell]]')),
        ('a', f"oh yes the painted chest i think it's ((year:{YR(year)})) or close to it lovely piece"),
        ('c', "thank you it was my grandmother's so what happens next"),
        ('a', f"so your consignor number is [[ACCT:{W(con)}]] and our commission is ((percentage:{N(pct)} percent)) when it sells"),
        ('c', "okay"),
        ('a', "and since it might go over six hundred dollars we have to do a tax form so i need your social security number"),
        ('c', f"oh okay it's [[SSN#s:{W(ssn[:3])}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[SSN#s:{W(ssn[3:5])}]] [[SSN#s:{W(ssn[5:])}]]".replace(']] [[SSN#s:', ' ')),
        ('a', f"so the last four are [[SSN*:{W(ssn[5:])}]]"),
        ('c', "yes"),
        ('a', "and the mailing address for the check"),
        ('c', f"[[ADDR:{N(house)} south union street burlington]] [[PC:{W(zipc)}]]"),
        ('a', "and the best phone"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', f"great we'll price it this week and it'll be on the floor for ((duration:ninety days))"),
        ('c', "lovely thank you"),
    ]


@case('transcript')
def c_antique_deposit_uk(g):
    price = g.rint(1200, 2800)
    dep = round(price * 0.2)
    year = g.rint(1760, 1820)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 60)
    pc = g.uk_pc('GL54')
    phone = g.phone_uk('mobile')
    return [
        ('a', "Stow Antiques Centre, [[NAME:Peregrine]] speaking."),
        ('c', "Hello. I was in on Saturday looking at the oak dresser, the Georgian one near the window."),
        ('a', f"The circa ((year:{year})) one? Yes, still here. ((price:£{price:,})) with the rack."),
        ('c', "Could I put a deposit down and have it delivered? I need to measure the alcove first."),
        ('a', f"Of course. It's ((quantity:{g.rint(170, 205)} cm)) high with the rack, ((quantity:{g.rint(120, 160)})) wide. We take ((percentage:20%)), so ((price:£{dep:,})), and hold it for ((duration:two weeks))."),
        ('c', "Fine. Name is [[NAME:Ottoline Featherstonehaugh]]."),
        ('a', "Ha, I won't ask you to spell it... actually I will."),
        ('c', "[[NAME:F-E-A-T-H-E-R-S-T-O-N-E-H-A-U-G-H]]. Pronounced [[NAME:Fanshaw]], of course."),
        ('a', "Of course. Card?"),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]], and [[CARD#c:{b[2]} {b[3]}]]."),
        ('a', f"Expiry and the code?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]]. [[CVV:{cvv}]]."),
        ('a', "Thank you. Delivery address?"),
        ('c', f"The Old Forge, [[ADDR:{house} Sheep Street, Stow-on-the-Wold]], [[PC:{pc}]]."),
        ('a', "And a mobile for the van driver?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "Lovely, I'll ring you once you've measured."),
    ]


@case('transcript')
def c_antique_shipping_perth(g):
    price = g.rint(600, 1400)
    ship = g.rint(180, 260)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 99)
    pc = g.au_pc('64')
    phone = g.phone_au('8')
    email = 'kirra.whitlock@iinet.net.au'
    return [
        ('a', "Fremantle Antique Emporium, [[NAME:Lachlan]] speaking."),
        ('c', "Hi Lachlan, it's [[NAME:Kirra Whitlock]]. I saw the silver tea service on your website.".replace('Lachlan,', '[[NAME:Lachlan]],')),
        ('a', f"The Sheffield plate one? ((price:${price})). Are you local?"),
        ('c', "Kalgoorlie, so I'd need it sent."),
        ('a', f"We can freight it, fully packed, for about ((price:${ship})), ((duration:four to six days))."),
        ('c', "Okay, let's do it."),
        ('a', "Delivery address?"),
        ('c', f"[[ADDR:{house} Hannan Street, Kalgoorlie]], WA [[PC:{pc}]]."),
        ('a', "Phone for the courier?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "And card?"),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]]"),
        ('a', "Yep."),
        ('c', f"[[CARD#c:{b[2]} {b[3]}]]"),
        ('a', f"Just to read it back: [[CARD:{CT(card)}]]."),
        ('c', f"That's right. Expiry [[EXP:{exp_t(m, y, 0)}]], CVC [[CVV:{cvv}]]."),
        ('a', "And email for the tracking?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "Done. I'll wrap it myself this arvo."),
    ]


@case('asr')
def c_auction_registration(g):
    dob = g.dob(1955, 1990)
    house = g.house(2, 120)
    pc = g.uk_pc('CB1')
    phone = g.phone_uk('mobile')
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    paddle = g.rint(100, 399)
    return [
        ('a', "fenland auctions [[NAME:rosalind]] speaking"),
        ('c', "hi i want to register to bid by phone on thursday's sale"),
        ('a', "okay first time with us"),
        ('c', "yes"),
        ('a', "i need full name date of birth and address and a card we pre authorise but don't charge"),
        ('c', f"[[NAME:anselm kettleborough]] born [[DOB:{date_a(*dob, form=0)}]]"),
        ('a', "mm-hmm"),
        ('c', f"[[ADDR:{N(house)} mill road cambridge]] [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and the card"),
        ('c', f"[[CARD#c:{W(b[0])}]] then [[CARD#c~:{W(b[1][:2])}]] no"),
        ('a', "take your time"),
        ('c', f"[[CARD#c:{' '.join(split(b[1] + b[2] + b[3], 2, 6, 4))}]]"),
        ('a', f"expiry [[EXP:{exp_a(m, y, 0)}]] and code"),
        ('c', f"yes [[CVV:{W(cvv)}]]"),
        ('a', "and which lots"),
        ('c', f"the pair of staffordshire dogs lot ((other:{N(g.rint(40, 180))})) and the clock"),
        ('a', f"okay your paddle number will be ((other:{W(str(paddle))})) and we'll ring you on"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', "about ((count:five)) lots before yours come up"),
    ]


# --- jewellers and watch repairs ---------------------------------------------------------

@case('transcript')
def c_watch_repair(g):
    job = g.shape('WR-DDDDD')
    serial = g.shape('DDDDDDDL')
    ref = g.shape('DDDDDD')
    quote = g.rint(280, 520)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_uk('161')
    return [
        ('a', "Cavendish Watch Repairs, [[NAME:Ignatius]] speaking."),
        ('c', f"Hello, I'm calling about my father's watch. Job number [[ACCT:{job}]]."),
        ('a', f"Yes, the Rolex, reference ((model_number:{ref})), serial ending ((other:{serial[-4:]})). Full service and a new crystal."),
        ('c', "That's it. The quote came through. Can I approve it?"),
        ('a', f"You can. The service is ((price:£{quote})), and the crystal is included. Turnaround about ((duration:six weeks))."),
        ('c', "Fine. It's for [[NAME:Desmond Achebe]], but I'm paying. [[NAME:Ngozi Achebe]]."),
        ('a', f"We'll take a ((percentage:{g.choice([25, 40, 50])}%)) deposit. Card?"),
        ('c', f"[[CARD#c:{b[0]}]], then [[CARD#c:{b[1]}]]. Sorry, is this line secure?"),
        ('a', "It's recorded but the card details are masked in the recording. Go on."),
        ('c', f"[[CARD#c:{b[2]} {b[3]}]]."),
        ('a', "Expiry and the last three on the back?"),
        ('c', f"[[EXP:{exp_t(m, y, 0)}]], [[CVV:{cvv}]]."),
        ('a', "Thank you. And the best number when it's ready?"),
        ('c', f"[[PHONE:{phone_t(phone)}]]."),
        ('a', "We'll ring when it's done. Waterproof test certificate included."),
    ]


@case('asr')
def c_jeweller_finance(g):
    ssn = g.ssn()
    dob = g.dob(1970, 1998)
    house = g.house(100, 9999)
    zipc = g.zipc('303')
    phone = g.phone_us('404')
    inc = g.rint(48, 95)
    price = g.rint(2800, 5400)
    return [
        ('a', "thank you for calling peachtree diamonds this is [[NAME:shante]] in financing"),
        ('c', "hi i'm trying to finish the credit application for the ring i put on hold"),
        ('a', f"oh congratulations is that the ((price:{N(price)} dollar)) oval"),
        ('c', "yes don't tell anyone"),
        ('a', "my lips are sealed okay full legal name"),
        ('c', "[[NAME:demetrius okonkwo-hale]]"),
        ('a', "date of birth"),
        ('c', f"[[DOB:{date_a(*dob, form=2)}]]"),
        ('a', "social security number"),
        ('c', f"[[SSN:{W(ssn[:3])} {W(ssn[3:5])} {W(ssn[5:])}]]"),
        ('a', "home address"),
        ('c', f"[[ADDR#a:{W(str(house))} ponce de leon avenue apartment]]"),
        ('a', f"mm-hmm [[ADDR#a~:{N(g.rint(2, 40))}]]"),
        ('c', f"no sorry it's [[ADDR#a:{N(g.rint(41, 90))} c atlanta]] [[PC:{W(zipc)}]]"),
        ('a', "and annual income"),
        ('c', f"about ((price:{N(inc)} thousand))"),
        ('a', "and a cell number"),
        ('c', f"[[PHONE:{W(phone)}]]"),
        ('a', "okay you're approved for ((duration:eighteen months)) at ((percentage:zero percent)) if it's paid off in that time"),
        ('c', "oh thank god"),
    ]


@case('transcript')
def c_ring_resize_collect(g):
    job = g.shape('DDDDDD')
    house = g.house(1, 150)
    pc = g.uk_pc('EX4')
    return [
        ('a', "Exeter Goldsmiths, [[NAME:Clarissa]] speaking."),
        ('c', "Hi. I'm ringing to check if my engagement ring is ready. You were resizing it."),
        ('a', "Do you have the job number from the ticket?"),
        ('c', f"[[ACCT:{job}]]."),
        ('a', "For security I'll need the first line of your address and your postcode."),
        ('c', f"[[ADDR:{house} Pennsylvania Road]], [[PC:{pc}]]."),
        ('a', f"Thank you, [[NAME:Miss Tremayne]].".replace('[[NAME:Miss Tremayne]]', 'Miss [[NAME:Tremayne]]') + " It's gone from ((other:size L)) to ((other:size N and a half)), and it's back from the workshop."),
        ('c', "Oh good. Can my fiancé pick it up? I'm at work all week."),
        ('a', "Yes, if he brings the ticket and his ID, and you email us to say so."),
        ('c', "His name is [[NAME:Jago Penhaligon]]."),
        ('a', "Thank you. We're open till ((time:5.30)), Saturday till ((time:4))."),
        ('c', "Lovely. Thanks, Clarissa.".replace('Clarissa.', '[[NAME:Clarissa]].')),
    ]


@case('asr')
def c_jewellery_valuation(g):
    pol = g.shape('HC DDDDDDDD')
    val = g.rint(4000, 9000)
    fee = g.rint(60, 95)
    house = g.house(1, 80)
    pc = g.uk_pc('NE3')
    return [
        ('a', "hello northumberland jewellers valuations [[NAME:hunter]] speaking"),
        ('c', "hi my insurer says i need a new valuation for my rings the last one's over five years old"),
        ('a', f"yes they usually want one every ((duration:three years)) it's ((price:{N(fee)} pounds)) for up to three items"),
        ('c', "okay can i book that"),
        ('a', "sure name"),
        ('c', "[[NAME:imelda szczepanski]]"),
        ('a', "and who's the insurer and the policy number it goes on the certificate"),
        ('c', f"it's with hiscox the number is [[ACCT#p:h c {W(pol[3:7])}]] hang on [[ACCT#p:{W(pol[7:])}]]"),
        ('a', f"and roughly what was the last valuation"),
        ('c', f"about ((price:{N(val)} pounds)) all together"),
        ('a', "and your address for the certificate"),
        ('c', f"[[ADDR:{N(house)} kenton road gosforth]] [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and an email to send it to"),
        ('c', "[[EMAIL:imelda s at talktalk dot net]]"),
        ('a', "lovely tuesday at ((time:two)) and bring any old paperwork"),
    ]


@case('transcript')
def c_watch_battery_mailin(g):
    house = g.house(1, 300)
    zipc = g.zipc('554')
    card = g.card('mc2')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    email = 'gunnar.halvorsen55@gmail.com'
    fee = g.money(25, 40)
    model = g.shape('LLD-DDD')
    return [
        ('a', "TimeWorks mail-in service, this is [[NAME:Abigail]]."),
        ('c', f"Hi, I want to mail in my watch for a battery and a pressure test. It's a Seiko, model ((model_number:{model}))."),
        ('a', f"Sure. Battery and pressure test is ((price:${fee[0]}.{fee[1]:02d})) with return shipping. Name?"),
        ('c', "[[NAME:Gunnar Halvorsen]]."),
        ('a', "Return address?"),
        ('c', f"[[ADDR:{house} Nicollet Avenue, Minneapolis]], Minnesota [[PC:{zipc}]]."),
        ('a', "And I'll take payment now so we can send the prepaid box."),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]]..."),
        ('a', "Mm-hmm..."),
        ('c', f"[[CARD#c:{b[2]} {b[3]}]]. Expiration [[EXP:{exp_t(m, y, 0)}]]. Code [[CVV:{cvv}]]."),
        ('a', f"Got it. The Mastercard ending [[CARD*:{b[3]}]]. And an email for the label?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "The box should reach you in ((duration:3-4 days)); turnaround after we get it is about ((duration:a week))."),
        ('c', "Thanks, Abigail.".replace('Abigail.', '[[NAME:Abigail]].')),
    ]


# --- piano tuners ---------------------------------------------------------------------

@case('asr')
def c_piano_tuning_booking(g):
    house = g.house(1, 90)
    pc = g.uk_pc('S11')
    phone = g.phone_uk('113')
    price = g.rint(75, 95)
    year = g.rint(1920, 1975)
    return [
        ('a', "hello [[NAME:miles]] the piano tuner"),
        ('c', "oh hello i got your number from the music shop my piano needs a tune it's been about five years"),
        ('a', "no judgement what kind of piano is it"),
        ('c', f"it's an upright a yamaha ((model_number:u {W(str(g.rint(1, 3)))})) i think from about ((year:{YR(year)})) no that can't be right it's newer"),
        ('a', "ha the serial number inside will tell me don't worry if it's been five years it might need a pitch raise first as well"),
        ('c', "what does that mean"),
        ('a', f"it's dropped below ((quantity:a four forty)) so i bring it up in two passes it's ((price:{N(price)} pounds)) for the tune plus a bit for the raise"),
        ('c', "okay fine when can you come"),
        ('a', "thursday morning"),
        ('c', "that's good the address is"),
        ('a', f"[[ADDR:{N(house)} ecclesall road]]"),
        ('c', f"sheffield [[PC:{pc_uk_a(pc)}]]"),
        ('a', "and your name"),
        ('c', "[[NAME:philippa yeboah]] and my number is"),
        ('a', f"[[PHONE:{W(phone)}]]"),
        ('c', "lovely i'll be there about ((time:ten)) it takes ((duration:an hour and a half))"),
    ]


@case('transcript')
def c_piano_invoice_ivr(g):
    cust = g.digits(6, True)
    inv = g.money(90, 160)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    zipc = g.zipc('021')
    return [
        ('i', "Welcome to Beacon Hill Piano Service. To pay an invoice, press ((other:1))."),
        ('c', "((other:1))"),
        ('i', "Please enter your six-digit customer number."),
        ('c', f"[[ACCT:{cust}]]"),
        ('i', f"Your open invoice is for ((price:${inv[0]}.{inv[1]:02d})). Enter your card number now."),
        ('c', f"[[CARD#c:{b[0]}{b[1]}{b[2]}]]"),
        ('i', "Please continue."),
        ('c', f"[[CARD#c:{b[3]}]]"),
        ('i', "Enter the expiration date as M M Y Y."),
        ('c', f"[[EXP:{exp_t(m, y, 0).replace('/', '')}]]"),
        ('i', "Enter the security code."),
        ('c', f"[[CVV:{cvv}]]"),
        ('i', "Enter your billing ZIP code."),
        ('c', f"[[PC:{zipc}]]"),
        ('i', "Your card was declined. Please check the details and try again, or press ((other:0)) for the office."),
        ('c', "((other:0))"),
        ('a', "Beacon Hill Piano, [[NAME:Cornelius]] speaking."),
        ('c', "Hi, your phone line just declined my card and I know it's fine. I'm [[NAME:Hyacinth Abernathy-Lowe]]."),
        ('a', "Sorry about that, the line's been fussy. Let me do it by hand. Card number?"),
        ('c', f"[[CARD:{CT(card)}]]."),
        ('a', "And the expiry and code?"),
        ('c', f"[[EXP:{exp_t(m, y, 1)}]], and [[CVV:{cvv}]]."),
        ('a', "There, approved. The tuner will see you again in ((duration:six months))."),
    ]


@case('asr')
def c_piano_move_and_tune(g):
    old_h, new_h = g.house(1, 120), g.house(1, 120)
    old_pc, new_pc = g.uk_pc('L17'), g.uk_pc('CH43')
    price = g.rint(280, 420)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    return [
        ('a', "merseyside piano removals [[NAME:vinnie]] speaking"),
        ('c', "hiya i need my piano moving and tuned after we're moving house"),
        ('a', "no bother where from and where to"),
        ('c', f"from [[ADDR:{N(old_h)} aigburth road]] [[PC:{pc_uk_a(old_pc)}]]"),
        ('a', "and going to"),
        ('c', f"[[ADDR:{N(new_h)} shrewsbury road oxton]] on the wirral [[PC:{pc_uk_a(new_pc)}]]"),
        ('a', "any steps at either end"),
        ('c', "three at the new house and it's a big old upright"),
        ('a', f"okay that's a three man job it'll be ((price:{N(price)} pounds)) including a tune ((duration:two weeks)) after once it's settled"),
        ('c', "fine can i pay the deposit"),
        ('a', "yeah card number"),
        ('c', f"[[CARD#c:{' '.join(split(b[0] + b[1] + b[2], 4, 2, 6))}]] the last four are"),
        ('a', f"[[CARD#c:{W(b[3])}]]"),
        ('c', "got it expiry"),
        ('a', f"[[EXP:{exp_a(m, y, 0)}]] security [[CVV:{W(cvv)}]]"),
        ('c', "sorted name on the card"),
        ('a', "[[NAME:kathleen o'hare]]"),
        ('c', f"sound see you on the ((date:{ORD(g.rint(2, 28))}))"),
    ]


@case('transcript')
def c_piano_tuner_w9(g):
    ssn = g.ssn()
    house = g.house(10, 999)
    zipc = g.zipc('432')
    email = 'ebenezer.tune@columbuspiano.net'
    rate = g.rint(110, 140)
    pianos = g.rint(12, 25)
    return [
        ('a', "Hi, this is [[NAME:Rochelle]] from Clintonville City Schools purchasing. Is this [[NAME:Ebenezer Mwangi]], the piano technician?"),
        ('c', "Speaking."),
        ('a', f"We'd like to book you for the summer tuning, all ((count:{pianos})) pianos across the district, at ((price:${rate} a piano)). Before we can issue the PO we need your vendor details."),
        ('c', "Sure. I'm a sole proprietor, no EIN, so it's my Social."),
        ('a', "That's fine. Go ahead."),
        ('c', f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ('a', f"And I'll read back just the last four for the record: [[SSN*:{ssn[5:]}]]."),
        ('c', "Correct."),
        ('a', "Business address?"),
        ('c', f"[[ADDR:{house} Indianola Avenue, Columbus]], Ohio [[PC:{zipc}]]."),
        ('a', "And an email for the purchase order?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', f"Great. Net ((duration:30 days)) after each invoice. We'll start at the high school on ((date:June {SUF(g.rint(9, 23))}))."),
        ('c', "Perfect. Tell the band teacher not to move the grand this time."),
    ]


# --- more calls where the diarizer gets the speakers wrong --------------------------

@case('transcript')
def c_gallery_shop_print(g):
    price = g.money(45, 120)
    card = g.card('visa')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 70)
    pc = g.uk_pc('G12')
    email = 'ailsa.drummond.art@gmail.com'
    cat = g.shape('DDDD')
    return [
        ('a', "Kelvin Gallery shop, [[NAME:Ramón]] speaking."),
        ('c', f"Hi there, I'd like to order one of the exhibition prints, number ((other:{cat})) in the catalogue, the harbour at dusk."),
        ('a', f"Lovely choice. Unframed it's ((price:£{price[0]}.{price[1]:02d})), and postage in a tube is ((price:£{g.rint(4, 9)})). Can I take your name?"),
        ('c', "[[NAME:Ailsa Drummond]]. And your card—"),
        ('a', "—machine's ready, go ahead."),
        ('c', f"[[CARD#c:{b[0]}]]."),
        ('a', f"Mm-hmm. [[CARD#c:{b[1][:2]}]]"),
        ('c', f"[[CARD#c:{b[1][2:]}]]. Sorry, the light's bad. [[CARD#c:{b[2]}]]."),
        ('c', "And the last four?"),
        ('a', f"[[CARD#c:{b[3]}]]. Yep."),
        ('c', f"Yep. Expiry [[EXP:{exp_t(m, y, 0)}]] and the code on the—"),
        ('a', f"[[CVV:{cvv}]]."),
        ('a', "Thanks. Where are we sending it?"),
        ('c', f"[[ADDR:Flat 2/1, {house} Highburgh Road, Glasgow]], [[PC:{pc}]]."),
        ('a', "And an email for the dispatch note?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "All done. It goes out Monday, about ((duration:two days)) in the post."),
        ('c', "Lovely, cheers."),
    ]


@case('transcript')
def c_venue_bar_job_ni(g):
    ni = g.ni()
    dob = g.dob(1998, 2005)
    house = g.house(1, 150)
    pc = g.uk_pc('LS2')
    phone = g.phone_uk('mobile')
    sort = g.digits(6)
    acct = g.digits(8)
    return [
        ('a', "Hi, is that [[NAME:Zainab]]? It's [[NAME:Connor]] from the Brudenell, about the bar shifts."),
        ('c', "Yeah, hiya!"),
        ('a', "We'd like you on the rota from next week. I just need your details for payroll. Full name?"),
        ('c', "[[NAME:Zainab Al-Hassan]]."),
        ('a', "Date of birth?"),
        ('c', f"[[DOB:{date_t(*dob, form=0)}]]. And you need my National Insurance?"),
        ('a', f"Yes, please. [[SSN#n:{ni[:2]} {ni[2:4]}]]"),
        ('c', f"[[SSN#n:{ni[4:6]} {ni[6:8]} {ni[8]}]]. That's it."),
        ('a', f"So [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ('c', "Yep."),
        ('a', "Address?"),
        ('c', f"[[ADDR:{house} Woodhouse Lane, Leeds]], [[PC:{pc}]]. It's student halls."),
        ('a', "And bank details for wages. Sort code?"),
        ('c', f"[[ACCT:{sort[:2]}-{sort[2:4]}-{sort[4:]}]]. Account number [[ACCT:{acct}]]."),
        ('a', "And a mobile?"),
        ('c', f"This one. [[PHONE:{phone_t(phone)}]]."),
        ('a', f"Brilliant. First shift is Friday, ((time:6 till close)), and it's ((price:£{g.rint(11, 13)}.{g.rint(10, 90)} an hour)) plus tips."),
        ('c', "Amazing. Thank you!"),
    ]


@case('transcript')
def c_escape_melbourne(g):
    per = g.rint(39, 49)
    card = g.card('mc')
    b = blocks(card)
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone_au('3')
    bk = g.shape('LLDDDD')
    return [
        ('a', "Cipher Rooms Fitzroy, [[NAME:Mei]] speaking."),
        ('c', "Hi, I've got a booking for Saturday for six and there'll only be four of us now. Can I change it?"),
        ('a', "Sure. Booking code?"),
        ('c', f"[[ACCT:{bk}]]."),
        ('a', f"Got it, the Submarine room, ((time:8:15 pm)). Four's fine; it's ((price:${per} a head)), so we'll refund the difference."),
        ('c', "Great. Oh, and we'd like to add the drinks package. Can I pay for that now?"),
        ('a', "Yep, card number?"),
        ('c', f"[[CARD#c:{b[0]} {b[1]}]] mm-hmm"),
        ('a', f"Mm-hmm [[CARD#c:{b[2]}]]"),
        ('c', f"[[CARD#c:{b[3]}]]. Expiry's [[EXP:{exp_t(m, y, 0)}]] and the code's—"),
        ('a', "—code?"),
        ('c', f"[[CVV:{cvv}]]."),
        ('a', f"Cheers. That's on the Mastercard ending [[CARD*:{b[3]}]]."),
        ('c', "And if we're late?"),
        ('a', "We can give you ((duration:ten minutes)), after that the clock starts anyway. What's a mobile in case?"),
        ('c', f"[[PHONE:{phone_t(phone)}]], it's [[NAME:Bridget Nguyen]]."),
        ('a', "Thanks, Bridget. See you Saturday.".replace('Bridget.', '[[NAME:Bridget]].')),
    ]


@case('transcript')
def c_ski_injury_refund(g):
    pass_no = g.shape('DDDDDDDDDD')
    dob = g.dob(1975, 1995)
    card = g.card('visa')
    email = 'holt.tamsen@me.com'
    house = g.house(100, 9999)
    zipc = g.zipc('802')
    days = g.rint(3, 5)
    amt = g.money(420, 690)
    return [
        ('a', "Aspen Crest guest services, [[NAME:Lyle]] speaking."),
        ('c', "Hi. I broke my wrist on day two and I bought the pass protection, so I'm trying to claim for the unused days."),
        ('a', "Ouch, I'm sorry. Pass number?"),
        ('c', f"[[ACCT:{pass_no}]]."),
        ('a', "Name and date of birth on the pass?"),
        ('c', f"[[NAME:Tamsen Holt]], [[DOB:{date_t(*dob, form=3)}]]."),
        ('a', f"Thanks. I see ((count:{days})) unused days, so the refund would be ((price:${amt[0]}.{amt[1]:02d})). I'll need a note from the clinic."),
        ('c', "I have it. The clinic said they'd email it to you directly."),
        ('a', "Perfect. The refund goes to the card on the pass, ending..."),
        ('c', f"...[[CARD*:{card[-4:]}]]? Yeah, that's mine."),
        ('a', "And for the claim letter, your home address?"),
        ('c', f"[[ADDR:{house} Grant Street, Denver]], Colorado [[PC:{zipc}]]."),
        ('a', "And the email to send the claim form to?"),
        ('c', f"[[EMAIL:{email}]]."),
        ('a', "Done. Claims take about ((duration:ten business days)). Heal up."),
        ('c', "Thanks, Lyle.".replace('Lyle.', '[[NAME:Lyle]].')),
    ]


@case('transcript')
def c_park_teen_pass_photo(g):
    pass_no = g.shape('AP-DDDDDDD')
    dob = g.dob(2008, 2010)
    phone = g.phone_us('407')
    email = 'nadia.farouk.orl@gmail.com'
    return [
        ('a', "Sunspire annual passholder support, [[NAME:Tyrone]] speaking."),
        ('c', "Hi Tyrone. My daughter's pass got blocked at the gate because the photo didn't match.".replace('Tyrone.', '[[NAME:Tyrone]].')),
        ('a', "Oh, that happens when kids change a lot in a year. What's the pass number?"),
        ('c', f"[[ACCT:{pass_no}]]. And her date of birth—"),
        ('a', f"—[[DOB:{date_t(*dob, form=1)}]]. Sorry, go on."),
        ('c', "Yes. Her name's [[NAME:Yasmin Farouk]]. I'm [[NAME:Nadia]], the account holder."),
        ('a', "Thanks, Nadia. I can reset the photo so they retake it at the gate next visit.".replace('Nadia.', '[[NAME:Nadia]].')),
        ('c', "Great. Will she need ID? She's ((other:15))."),
        ('a', "Just be with her the first time. Can I confirm a phone and email on the account?"),
        ('c', f"[[PHONE:{phone_t(phone)}]], and [[EMAIL:{email}]]."),
        ('a', "Perfect, that's what I have. The reset is done; next visit, go to Guest Relations before the turnstiles."),
        ('c', "How long does the retake take?"),
        ('a', "About ((duration:two minutes)). The park opens at ((time:9)) on weekends."),
        ('c', "Thanks so much."),
    ]


# ---------------------------------------------------------------------------
# markup, parsing and checks
# ---------------------------------------------------------------------------

PII_TYPES = ['CARD_NUMBER', 'CVV', 'EXPIRY', 'SSN', 'PHONE', 'EMAIL', 'DOB', 'ADDRESS',
             'POSTCODE', 'ACCOUNT_NUMBER', 'NAME']
SHORT = {'CARD': 'CARD_NUMBER', 'EXP': 'EXPIRY', 'ADDR': 'ADDRESS', 'PC': 'POSTCODE',
         'ACCT': 'ACCOUNT_NUMBER'}
KEEP_KINDS = ['quantity', 'time', 'price', 'flight_number', 'date', 'year', 'duration',
              'percentage', 'model_number', 'count', 'other']
MINIMUM = {'CARD_NUMBER': 60, 'CVV': 30, 'EXPIRY': 30, 'SSN': 10, 'PHONE': 35, 'EMAIL': 25,
           'DOB': 20, 'ADDRESS': 35, 'POSTCODE': 35, 'ACCOUNT_NUMBER': 45, 'NAME': 200}
MIN_CASES, MIN_UTTS, MIN_CLEAN, MIN_KEEP, MIN_IVR = 80, 1000, 400, 280, 6
SPEAKERS = {'a': 'agent', 'c': 'customer', 'i': 'ivr'}

TOKEN_RE = re.compile(r'\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?([~*]*):(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)')

UNITS = {'zero': '0', 'oh': '0', 'o': '0', 'nought': '0', 'one': '1', 'two': '2', 'three': '3',
         'four': '4', 'five': '5', 'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}
TEENS = {w: str(i) for i, w in enumerate(ONES) if i >= 10}
TENS = {w: i for i, w in enumerate(TENS_W) if w}
DIGIT_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {'hundred', 'thousand', 'double', 'triple'}
STREET_WORDS = {'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr',
                'way', 'close', 'crescent', 'court', 'ct', 'place', 'pl', 'terrace', 'parade',
                'boulevard', 'blvd', 'row', 'grove', 'square', 'hill', 'gardens', 'walk', 'mews',
                'rise', 'green', 'circle', 'highway', 'hwy', 'parkway', 'quay', 'wharf', 'view',
                'vale', 'esplanade', 'promenade', 'trail', 'heights', 'cottages', 'villas',
                'mount', 'park', 'crest', 'loop', 'pike', 'alley', 'yard', 'broadway', 'strand',
                'glen', 'brae', 'brow', 'rd.', 'bend', 'reach', 'chase', 'meadow', 'meadows', 'hollow', 'ridge', 'wynd', 'quadrant', 'avenida', 'rue', 'chemin', 'line', 'concession', 'side'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'missus', 'doctor', 'sir', 'madam',
          'mx', 'prof', 'professor'}
PUNCT = set(' .,;:!?"\'()[]{}-/\u2013\u2014')
MONTH_WORDS = {m.lower() for m in MONTHS} | {m.lower() for m in MON3} | {'sept'}
SKIP_WORDS = {'and', 'dash', 'slash', 'of', 'hyphen', 'space', 'stroke'}
ADDR_LEAD = {'flat', 'unit', 'apartment', 'apt', 'suite'}


class BadSpoken(Exception):
    pass


def spoken(text, letters=False, strict=True):
    """turn spoken or typed numbers (and, with letters=True, single letters) into characters"""
    raw = re.findall(r"[A-Za-z]+|\d+", text.replace("'", ''))
    toks = [t if (letters and t.isupper()) else t.lower() for t in raw]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t.isupper():
            out.append(t)
        elif t in ('double', 'triple') and nxt is not None and (
                nxt in UNITS or (letters and len(nxt) == 1)):
            if nxt in UNITS and not (letters and nxt == 'o'):
                v = UNITS[nxt]
            else:
                v = nxt.upper()
            out.append(v * (2 if t == 'double' else 3))
            i += 1
        elif t in UNITS and not (letters and t == 'o'):
            out.append(UNITS[t])
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] != '0' and nxt not in ('oh', 'o'):
                out.append(str(TENS[t] * 10 + int(UNITS[nxt])))
                i += 1
            else:
                out.append(str(TENS[t] * 10))
        elif t == 'hundred':
            out.append('00')
        elif t == 'thousand':
            out.append('000')
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif t in SKIP_WORDS:
            pass
        elif strict:
            raise BadSpoken(t)
        i += 1
    return ''.join(out)


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def norm_email(text):
    if '@' in text:
        return text.lower()
    out = []
    for w in text.lower().split():
        if w == 'at':
            out.append('@')
        elif w == 'dot':
            out.append('.')
        elif w == 'underscore':
            out.append('_')
        elif w in ('dash', 'hyphen'):
            out.append('-')
        elif w in UNITS:
            out.append(UNITS[w])
        else:
            out.append(w)
    return ''.join(out)


def street_key(text):
    toks = re.findall(r"[a-z]+", text.lower())
    for i, t in enumerate(toks):
        if t in STREET_WORDS and i > 0:
            j = i - 1
            name = []
            while j >= 0 and toks[j] not in UNITS and toks[j] not in TEENS and toks[j] not in TENS \
                    and toks[j] not in ADDR_LEAD and toks[j] not in ('hundred',):
                name.insert(0, toks[j])
                j -= 1
            return ' '.join(name + [t])
    return None


def parse_line(marked, errors, where):
    clean = []
    pii, keep = [], []
    pos = 0
    last = 0
    for m in TOKEN_RE.finditer(marked):
        clean.append(marked[last:m.start()])
        pos += m.start() - last
        if m.group(1) is not None:
            typ = SHORT.get(m.group(1), m.group(1))
            if typ not in PII_TYPES:
                errors.append('%s: unknown type %s' % (where, typ))
            text = m.group(4)
            pii.append({'start': pos, 'end': pos + len(text), 'type': typ,
                        'grp': m.group(2), 'flags': m.group(3), 'text': text})
        else:
            kind = m.group(5)
            if kind not in KEEP_KINDS:
                errors.append('%s: unknown keep kind %s' % (where, kind))
            text = m.group(6)
            keep.append({'start': pos, 'end': pos + len(text), 'kind': kind, 'text': text})
        clean.append(text)
        pos += len(text)
        last = m.end()
    clean.append(marked[last:])
    text = ''.join(clean)
    for bad in ('[[', ']]', '((', '))'):
        if bad in text:
            errors.append('%s: stray markup %r in %r' % (where, bad, text))
    return text, pii, keep


def check_span(text, sp, where, errors):
    s, e = sp['start'], sp['end']
    frag = text[s:e]
    if not (0 <= s < e <= len(text)) or frag != sp['text']:
        errors.append('%s: span out of text %r' % (where, sp['text']))
        return
    if frag[0] in PUNCT:
        errors.append('%s: leading space/punct in %r' % (where, frag))
    if frag[-1] in PUNCT and not re.search(r'[ap]\.m\.$', frag):
        errors.append('%s: trailing space/punct in %r' % (where, frag))
    if s > 0 and text[s - 1].isalnum():
        errors.append('%s: span starts inside a word %r' % (where, frag))
    if e < len(text) and text[e].isalnum():
        errors.append('%s: span ends inside a word %r' % (where, frag))


def check_group(case_id, typ, spans, errors):
    where = '%s %s' % (case_id, typ)
    vals = [sp for sp in spans if '~' not in sp['flags']]
    partial = any('*' in sp['flags'] for sp in spans)
    letters = typ in ('POSTCODE', 'SSN', 'ACCOUNT_NUMBER')
    try:
        joined = ''.join(spoken(sp['text'], letters=letters,
                                strict=typ in ('CARD_NUMBER', 'CVV', 'PHONE'))
                         for sp in vals)
        for sp in spans:
            spoken(sp['text'], letters=letters, strict=typ in ('CARD_NUMBER', 'CVV', 'PHONE'))
    except BadSpoken as exc:
        errors.append('%s: word %r inside a number in %r' % (where, str(exc), [s['text'] for s in spans]))
        return
    show = [s['text'] for s in spans]
    if typ == 'CARD_NUMBER':
        if not joined.isdigit():
            errors.append('%s: card not digits %r' % (where, show))
        elif partial:
            if len(joined) > 14:
                errors.append('%s: partial card too long %r' % (where, show))
        elif len(joined) not in (15, 16) or not luhn_ok(joined):
            errors.append('%s: card fails length/Luhn %r -> %s' % (where, show, joined))
        elif len(joined) == 15 and joined[:2] not in ('34', '37'):
            errors.append('%s: 15-digit card not Amex %r' % (where, show))
    elif typ == 'CVV':
        if not (joined.isdigit() and 3 <= len(joined) <= 4):
            errors.append('%s: bad CVV %r' % (where, show))
    elif typ == 'EXPIRY':
        txt = ' '.join(s['text'] for s in vals).lower()
        if not any(w in MONTH_WORDS for w in re.findall(r'[a-z]+', txt)):
            d = spoken(txt, strict=False)
            if len(d) in (3, 5):
                mon = int(d[0])
            elif len(d) in (4, 6):
                mon = int(d[:2])
            else:
                mon = 0
            if not 1 <= mon <= 12:
                errors.append('%s: bad expiry %r' % (where, show))
    elif typ == 'SSN':
        j = joined.upper()
        ok = False
        if re.fullmatch(r'\d{9}', j):
            a, g_, s_ = int(j[:3]), int(j[3:5]), int(j[5:])
            ok = (1 <= a <= 665 and 1 <= g_ <= 99 and 1 <= s_ <= 9999) or (
                j[0] in '1234567' and luhn_ok(j))
        elif re.fullmatch(r'\d{4}', j):
            ok = True
        elif re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', j):
            ok = j[0] in NI_FIRST and j[1] in NI_SECOND and j[:2] not in NI_BAD
        elif re.fullmatch(r'\d{7}[A-W][A-Z]?', j):
            tot = sum(int(c) * w for c, w in zip(j[:7], range(8, 1, -1)))
            if len(j) == 9:
                tot += (ord(j[8]) - 64) * 9
            r = tot % 23
            ok = j[7] == ('W' if r == 0 else chr(64 + r))
        if not ok:
            errors.append('%s: bad SSN/NI/PPS/SIN %r -> %s' % (where, show, j))
    elif typ == 'PHONE':
        if partial:
            if not (joined.isdigit() and len(joined) <= 6):
                errors.append('%s: bad partial phone %r' % (where, show))
        else:
            ok = joined.isdigit() and 10 <= len(joined) <= 12 and (
                re.fullmatch(r'1?[2-9]\d{2}[2-9]\d{6}', joined)
                or re.fullmatch(r'0(7700900|2079460|1[0-9]{2}4960)\d{3}', joined)
                or re.fullmatch(r'0[2378]5550\d{4}', joined)
                or re.fullmatch(r'44(7700900|2079460|1[0-9]{2}4960)\d{3}', joined))
            if not ok:
                errors.append('%s: bad phone %r -> %s' % (where, show, joined))
    elif typ == 'POSTCODE':
        j = joined.upper().replace(' ', '')
        ok = (re.fullmatch(r'\d{5}(\d{4})?', j) or re.fullmatch(r'\d{4}', j)
              or re.fullmatch(r'[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}', j)
              or re.fullmatch(r'[A-Z]\d[A-Z]\d[A-Z]\d', j)
              or re.fullmatch(r'([A-Z]\d\d|D6W)[ACDEFHKNPRTVWXY0-9]{4}', j))
        if partial:
            ok = True
        if not ok:
            errors.append('%s: bad postcode %r -> %s' % (where, show, j))
    elif typ == 'EMAIL':
        for sp in spans:
            t = sp['text']
            if '@' in t:
                if not re.fullmatch(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}', t):
                    errors.append('%s: bad typed e-mail %r' % (where, t))
            elif '*' not in sp['flags'] and not re.search(r'\bat\b.*\bdot\b', t.lower()):
                errors.append('%s: bad spoken e-mail %r' % (where, t))
    elif typ == 'ADDRESS':
        if not partial and vals:
            toks = re.findall(r"[a-z]+|\d[\d/a-z]*", vals[0]['text'].lower())
            first = toks[0] if toks else ''
            if first in ADDR_LEAD and len(toks) > 1:
                first = toks[1]
            if not (first[:1].isdigit() or first in UNITS or first in TEENS or first in TENS):
                errors.append('%s: address does not start with a number %r' % (where, show))
            alltoks = re.findall(r"[a-z]+", ' '.join(sp['text'] for sp in vals).lower())
            if not any(t in STREET_WORDS for t in alltoks):
                errors.append('%s: address without a street word %r' % (where, show))
    elif typ == 'NAME':
        for sp in spans:
            if re.search(r'\d', sp['text']):
                errors.append('%s: digits in name %r' % (where, sp['text']))
            if any(w in TITLES for w in re.findall(r"[a-z]+", sp['text'].lower())):
                errors.append('%s: title in name %r' % (where, sp['text']))
    elif typ == 'ACCOUNT_NUMBER':
        if not re.search(r'\d', joined):
            errors.append('%s: account number without digits %r' % (where, show))
    elif typ == 'DOB':
        pass


def build(case_fns, gen):
    errors = []
    cases = []
    for idx, (fn, style) in enumerate(case_fns):
        cid = 't43-%03d' % (idx + 1)
        lines = fn(gen)
        utts, pii, keep = [], [], []
        grp_names = {}
        groups = {}
        auto = 0
        for ui, (spk, marked) in enumerate(lines):
            where = '%s u%d' % (cid, ui)
            if spk not in SPEAKERS:
                errors.append('%s: bad speaker %r' % (where, spk))
            text, ps, ks = parse_line(marked, errors, where)
            if '{' in text or '}' in text:
                errors.append('%s: unformatted brace in %r' % (where, text))
            if text != text.strip() or '  ' in text or not text:
                errors.append('%s: spacing %r' % (where, text))
            if style == 'asr':
                if text != text.lower() or re.search(r'[.,?!;:@"]', text):
                    errors.append('%s: asr line with capitals/punctuation %r' % (where, text))
            utts.append({'speaker': SPEAKERS.get(spk, spk), 'text': text})
            spans = []
            for sp in ps:
                check_span(text, sp, where, errors)
                local = sp['grp']
                if local is None:
                    auto += 1
                    local = '_auto%d' % auto
                key = local
                if key not in grp_names:
                    grp_names[key] = 'g%d' % (len(grp_names) + 1)
                gid = grp_names[key]
                groups.setdefault(gid, []).append(sp)
                pii.append({'utterance': ui, 'start': sp['start'], 'end': sp['end'],
                            'type': sp['type'], 'group': gid})
                spans.append((sp['start'], sp['end']))
            for sp in ks:
                check_span(text, sp, where, errors)
                keep.append({'utterance': ui, 'start': sp['start'], 'end': sp['end'],
                             'kind': sp['kind']})
                spans.append((sp['start'], sp['end']))
                # look-alike checks
                try:
                    kd = spoken(sp['text'], strict=False)
                except BadSpoken:
                    kd = ''
                if 13 <= len(kd) <= 19 and kd.isdigit() and luhn_ok(kd):
                    errors.append('%s: look-alike passes Luhn %r' % (where, sp['text']))
                for p in ps:
                    try:
                        pd = spoken(p['text'], letters=False, strict=False)
                    except BadSpoken:
                        pd = ''
                    pd = ''.join(c for c in pd if c.isdigit())
                    if len(pd) >= 3 and pd in kd:
                        errors.append('%s: look-alike %r holds pii digits %r' % (where, sp['text'], p['text']))
            for sp in ks:
                if sp['kind'] == 'price' and re.match(
                        r"\W*(each|(a|an|per)\s+(month|year|week|day|night|hour|head|kid|person|session|lesson|term|couple|child|pair|ticket))\b",
                        text[sp['end']:].lower()):
                    errors.append('%s: rate left outside the price %r' % (where, text))
            mine = sorted((p['start'], p['end'], p['grp']) for p in ps if p['grp'])
            for (s1, e1, g1), (s2, e2, g2) in zip(mine, mine[1:]):
                if g1 == g2 and not re.search(r'\w', text[e1:s2]):
                    errors.append('%s: pieces of one value with no word between %r' % (where, text))
            spans.sort()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                if s2 < e1:
                    errors.append('%s: overlapping spans' % where)
            # digits / digit-word runs outside spans
            outside = list(text)
            for s, e in spans:
                for k in range(s, e):
                    outside[k] = ' '
            outside = ''.join(outside)
            if re.search(r'\d', outside):
                errors.append('%s: digit outside a span %r' % (where, text))
            run = 0
            for w in re.findall(r"[a-z]+|\S", outside.lower()):
                if w in DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        errors.append('%s: four digit words outside spans %r' % (where, text))
                        break
                else:
                    run = 0
        for gid, sps in groups.items():
            types = {s['type'] for s in sps}
            if len(types) != 1:
                errors.append('%s %s: mixed types in group' % (cid, gid))
                continue
            check_group(cid, sps[0]['type'], sps, errors)
        # name words never left unlabelled in the case
        name_words = set()
        for p in pii:
            if p['type'] == 'NAME':
                t = utts[p['utterance']]['text'][p['start']:p['end']]
                for w in re.findall(r"[^\W\d_]+", t.lower()):
                    if len(w) > 1:
                        name_words.add(w)
        for ui, u in enumerate(utts):
            chars = list(u['text'])
            for p in pii:
                if p['utterance'] == ui:
                    for k in range(p['start'], p['end']):
                        chars[k] = ' '
            for w in re.findall(r"[^\W\d_]+", ''.join(chars).lower()):
                if w in name_words:
                    errors.append('%s u%d: name word %r left unlabelled' % (cid, ui, w))
        pii.sort(key=lambda p: (p['utterance'], p['start']))
        keep.sort(key=lambda k: (k['utterance'], k['start']))
        cases.append({'case_id': cid, 'style': style, 'utterances': utts, 'pii': pii,
                      'keep': keep})
    return cases, errors


def cross_checks(cases, errors):
    seen_email, seen_street, seen_utt = {}, {}, {}
    for c in cases:
        cid = c['case_id']
        for p in c['pii']:
            t = c['utterances'][p['utterance']]['text'][p['start']:p['end']]
            if p['type'] == 'EMAIL':
                k = norm_email(t)
                if seen_email.setdefault(k, cid) != cid:
                    errors.append('%s: e-mail %r also in %s' % (cid, t, seen_email[k]))
            if p['type'] == 'ADDRESS':
                k = street_key(t)
                if k and seen_street.setdefault(k, cid) != cid:
                    errors.append('%s: street %r also in %s' % (cid, k, seen_street[k]))
        for ui, u in enumerate(c['utterances']):
            chars = list(u['text'])
            for p in c['pii'] + c['keep']:
                if p['utterance'] == ui:
                    for k in range(p['start'], p['end']):
                        chars[k] = '#'
            masked = re.sub(r'#+', '#', ''.join(chars))
            ws = re.findall(r"[a-z0-9#']+", masked.lower())
            if len(ws) >= 9:
                k = ' '.join(ws)
                if seen_utt.setdefault(k, cid) != cid:
                    errors.append('%s: utterance repeated from %s: %r' % (cid, seen_utt[k], u['text']))


def counts(cases):
    per = {t: 0 for t in PII_TYPES}
    keep = {k: 0 for k in KEEP_KINDS}
    utts = clean = ivr = 0
    style_utts = {'asr': 0, 'transcript': 0}
    style_cases = {'asr': 0, 'transcript': 0}
    for c in cases:
        style_cases[c['style']] += 1
        style_utts[c['style']] += len(c['utterances'])
        utts += len(c['utterances'])
        with_pii = {p['utterance'] for p in c['pii']}
        clean += len(c['utterances']) - len(with_pii)
        for p in c['pii']:
            per[p['type']] += 1
        for k in c['keep']:
            keep[k['kind']] += 1
        if any(u['speaker'] == 'ivr' for u in c['utterances']):
            ivr += 1
    return per, keep, utts, clean, ivr, style_utts, style_cases


def main():
    check_only = '--check' in sys.argv[1:]
    gen = Gen(43)
    cases, errors = build(CASES, gen)
    cross_checks(cases, errors)
    per, keep, utts, clean, ivr, style_utts, style_cases = counts(cases)
    for t in PII_TYPES:
        if per[t] < MINIMUM[t]:
            errors.append('minimum: %s %d < %d' % (t, per[t], MINIMUM[t]))
    if len(cases) < MIN_CASES:
        errors.append('minimum: cases %d < %d' % (len(cases), MIN_CASES))
    if utts < MIN_UTTS:
        errors.append('minimum: utterances %d < %d' % (utts, MIN_UTTS))
    if clean < MIN_CLEAN:
        errors.append('minimum: utterances without pii %d < %d' % (clean, MIN_CLEAN))
    if sum(keep.values()) < MIN_KEEP:
        errors.append('minimum: keep spans %d < %d' % (sum(keep.values()), MIN_KEEP))
    for k in KEEP_KINDS:
        if keep[k] == 0:
            errors.append('minimum: no keep span of kind %s' % k)
    if ivr < MIN_IVR:
        errors.append('minimum: IVR cases %d < %d' % (ivr, MIN_IVR))
    print('pii spans per type:')
    for t in PII_TYPES:
        print('  %-15s %4d  (minimum %d)' % (t, per[t], MINIMUM[t]))
    print('cases: %d   utterances: %d   utterances without pii: %d' % (len(cases), utts, clean))
    print('keep spans: %d' % sum(keep.values()))
    for k in KEEP_KINDS:
        print('  %-14s %4d' % (k, keep[k]))
    print('IVR cases: %d' % ivr)
    for s in ('asr', 'transcript'):
        print('style %-10s cases %3d (%.1f%%)  utterances %4d (%.1f%%)' % (
            s, style_cases[s], 100.0 * style_cases[s] / max(1, len(cases)),
            style_utts[s], 100.0 * style_utts[s] / max(1, utts)))
    if errors:
        print('%d check(s) failed:' % len(errors), file=sys.stderr)
        for e in errors:
            print('  ' + e, file=sys.stderr)
        sys.exit(1)
    if check_only:
        print('checks passed (--check: nothing written)')
        return
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dev47.jsonl')
    with open(out, 'w', encoding='utf-8', newline='\n') as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + '\n')
    print('checks passed; wrote %s' % out)


if __name__ == '__main__':
    main()
