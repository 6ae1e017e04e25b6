#!/usr/bin/env python3
"""Write data/redaction/dev44.jsonl, a redaction development set (case ids t40-001 ...).

Written as the held-out set test40.jsonl, measured once with the forty-second round's code, then
renamed dev44 and tuned on in the forty-third round.

WHAT THE SET LEANS ON
  High-stakes calls, the ones the redactor exists for: a deadline tonight (a visa slot in the
  morning, a tax return due at midnight, a flight leaving in three hours, rent due today), a
  first insurance claim after years of premiums, drivers stranded at the roadside or abroad, a
  child's school trip, a funeral or a wedding, the fifth call about the same fault. Callers are
  anxious, exasperated or in a hurry; agents answer from a script. Values are asked for again
  and again: digits keyed into an IVR asked again by the agent and again after a transfer, the
  same card, account or reference given two or three times in different ways (in one breath,
  in blocks, only the part asked for), read-backs at every step, values read off a phone screen
  while driving or walking, a card thrown at the agent before it is asked for. Card payments
  weigh most (cards in one to five pieces, corrected and restarted blocks, blocks repeated on
  request, read-backs whole, by block and by last four, codes and expiries said in many ways,
  a card given and withdrawn, a second card after a decline); then identity checks (dates of
  birth, postcodes, first lines of address, SSNs and last fours, NI and PPS numbers), phones
  with extensions, account, policy, claim and membership numbers of many shapes, and names
  from many languages (some of them also ordinary words). Look-alikes sit right beside the
  real values (amounts, times, flight and train numbers, dates, ages, seats, gates and
  platforms, fault and ticket references, model numbers, percentages, years, counts and
  durations), and many utterances hold no personal data at all. Industries: roadside recovery,
  home and motor insurance claims, airline and rail disruption, ticketing, power and water
  outages, broadband faults, bank fraud and blocked cards, funeral directors, visa and passport
  appointment services, exam boards, removals, hospital appointment lines, rental deposits,
  school trips and uniforms, childcare and vet emergencies. Callers and addresses come from the
  UK, Ireland, the US, Canada and Australia. About half the utterances are in the recogniser's
  style (`asr`) and half in `transcript` style; several calls run to 30 or more utterances
  with holds and transfers.

HOW IT IS BUILT
  Every case below is a conversation written by hand as its own function. Each function
  first draws the numbers it needs from the one generator RNG = random.Random(40) (the
  functions run in case order, so draws happen in case order), renders them in the case's
  style with small helpers, and returns the conversation as lines "A: ..." (agent),
  "C: ..." (customer) and "I: ..." (ivr). Markup is inline:
      [[TYPE:text]]          a pii span in a group of its own
      [[TYPE#x:text]]        a pii span in the case-local group x (pieces of one value)
      [[TYPE#x!:text]]       a piece kept in group x that is not part of the final value
                             (digits before a restart, a corrected block, a block repeated on
                             request, a phone's extension): the checks leave it out of the join;
                             a group whose every piece is marked so is a whole value misheard
                             (an IVR's wrong read-back) and is only checked for its shape
      ((kind:text))          a keep span (look-alike)
  TYPE may be written short (CARD, EXP, ADDR, PC, ACCT) and kind too (qty, flight, dur, pct,
  model). The code strips the markup, computes every offset from the clean text, renames the
  groups g1, g2, ... in order of first appearance, validates every case and every minimum of
  the brief, and writes nothing (exit status 1) if any check fails. Names, streets, e-mail
  addresses, look-alike wording and small everyday numbers (durations, counts, time slots,
  ages) are written by hand; card numbers, codes, expiries, SSNs, NI and PPS numbers, phones,
  postcodes, account numbers, dates of birth, house numbers, amounts, model numbers and long
  look-alikes come from RNG. No set, generator or code of the project was read.

  Checks (all must hold): spans inside their text, non-empty, no leading/trailing space or
  punctuation (a leading currency sign, a trailing "%" and a final "a.m."/"p.m." allowed),
  not starting or ending inside a word, no overlaps; card groups join (pieces marked "!"
  left out) to 15 or 16 digits passing Luhn, or are a last four, or a read-back / part given
  again that is a run of digits of a full card of the same case; CVV 3-4 digits; SSN 9
  digits of the allowed shape, a last four, a UK NI number or an Irish PPS number; phones
  10-12 digits in a US, UK or Australian shape (extensions left out), a last four, or a
  block of a phone of the case; EXPIRY with a valid month; postcodes as US ZIP, UK postcode,
  Eircode, Canadian or Australian postcode; e-mails typed as addresses or spoken "... at ...
  dot ..." (never "@" in asr); ADDRESS starting with a number (or flat/apartment/unit/suite
  and a number) and holding a street word; NAME without digits or titles; look-alikes of
  13-19 digits fail Luhn and hold no pii digits of the same utterance; no digit outside a
  span and no run of four or more number words outside a span; a name word (two letters or
  more) labelled in a case is never left unlabelled elsewhere in that case; no e-mail,
  address or street in two cases; no utterance of nine words or more (span contents masked)
  in two cases; asr text without capitals or punctuation; the minimum counts.

CHOICES WHERE THE CONVENTIONS ARE SILENT (applied throughout)
  - Cards: digits said before a restart, a corrected block and a block the caller repeats on
    request stay in the card's group (marked "!" so the Luhn join leaves them out). A card
    said again in full, every read-back (agent or IVR, whole, by block or last four), a last
    four said by the caller and a part given again on request ("the middle eight") are
    groups of their own. A card given and then withdrawn, and a second card after a decline,
    are groups of their own.
  - "expires", "valid thru", "end of", "CVV", "security code" and "the three digits" stay
    outside expiries and codes; "slash" and "of" between month and year stay inside.
  - A phone's extension is a piece of the phone's group (left out of the shape check); a
    phone's last four said by either side is a PHONE group of its own.
  - UK NI numbers and Irish PPS numbers are SSNs; a last four of an SSN said as such is an SSN.
    Eircodes, Canadian and Australian postcodes are POSTCODEs.
  - Account, policy, claim, membership, booking (PNR), order, tenancy, candidate, pupil,
    hospital/NHS, MPRN, passport, plate and case numbers, sort codes (a group of their own) are
    ACCOUNT_NUMBERs. As the brief asks, fault references, area-wide outage/incident references
    and event ticket barcodes are `other` look-alikes, as are seats, gates, platforms, coaches,
    rooms, error codes, keypad options, temperatures, ages, junction and bay numbers and
    payment receipts.
  - Flight numbers are `flight_number` (trains are named by their times, which are `time`);
    a dated funeral, hearing, appointment or departure is a `date`; "midnight", "noon",
    weekdays, months named alone and "tomorrow" are unlabelled.
  - Number expressions of amount, time, date, duration, count and the like are labelled as
    keep spans whether written in digits or words; idioms ("one moment", "one of them", "a
    couple"), a lone "one", ordinals outside dates ("the fifth time", "the first line") and
    words that only say how long a value is ("the three digits on the back", "the last four",
    an IVR's "sixteen-digit card number", written in words in transcripts too) are not. A
    rate said right after an amount ("a month", "a day", "each", "per person") is inside the
    price. Road and highway numbers, temperatures, test scores and grades, clothing sizes,
    school years and classes, one-time codes, pickup passwords, hotel vouchers, receipts,
    emergency cash codes and job numbers are `other`.
  - An IVR that misheard a card reads back a whole wrong number: a CARD_NUMBER group of its own
    (marked "!"). A police incident number given to the caller for their own theft report,
    a title company's account read off fraudulent wiring instructions and a scammer's sort code
    and account are ACCOUNT_NUMBERs. Any street address said is an ADDRESS (a hotel the card
    is sent to, a flat being rented). A system's misspelling of a name and a name with an
    initial ("a mcleish") are NAMEs. Company e-mail addresses were not used. Irish callers
    give no phone numbers (the phone check knows US, UK and Australian shapes only).
  - Titles stay outside names; a first name and surname said together are one NAME span; a
    spelled surname is a NAME group of its own; pets, businesses and places are not names; a
    deceased person's details are labelled like anyone else's. Single letters of a spelled
    name are left out of the same-case name-word check.
  - A flat, unit or apartment said before the house number is inside the ADDRESS, as is the
    town said in the same breath; states, counties and provinces are outside.

RUN
  python3 data/redaction/make_dev44.py            # validates, prints counts, writes dev44.jsonl
  python3 data/redaction/make_dev44.py --check    # validates and prints counts, writes nothing
"""
import json
import os
import random
import re
import sys

RNG = random.Random(40)

# ----------------------------------------------------------------------------- generators

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


def rd(n):
    """n random digits."""
    return ''.join(str(RNG.randint(0, 9)) for _ in range(n))


def card(kind='visa'):
    if kind == 'visa':
        body = '4' + rd(14)
    elif kind == 'mc':
        body = str(RNG.randint(51, 55)) + rd(13)
    elif kind == 'mc2':
        body = str(RNG.randint(2221, 2720)) + rd(11)
    elif kind == 'amex':
        body = RNG.choice(['34', '37']) + rd(12)
    elif kind == 'disc':
        body = '6011' + rd(11)
    else:
        raise ValueError(kind)
    return body + luhn_digit(body)


def cvv(n=3):
    return rd(n)


def expiry(expired=False):
    m = RNG.randint(1, 12)
    y = RNG.randint(2023, 2025) if expired else RNG.randint(2027, 2032)
    return m, y


def ssn():
    a = RNG.randint(1, 665)
    g = RNG.randint(1, 99)
    s = RNG.randint(1, 9999)
    return '%03d%02d%04d' % (a, g, s)


def ni():
    first = RNG.choice('ABCEGHJKLMNPRSTWXYZ')
    second = RNG.choice('ABCEGHJKLMNPRSTWXYZ')
    return first + second + rd(6) + RNG.choice('ABCD')


def pps():
    body = rd(7)
    tot = sum(int(c) * w for c, w in zip(body, range(8, 1, -1)))
    r = tot % 23
    return body + ('W' if r == 0 else chr(64 + r))


def dob(y0=1941, y1=2005):
    y = RNG.randint(y0, y1)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    return y, m, d


def us_phone(area):
    return str(area) + '55501' + rd(2)


def uk_mobile():
    return '07700900' + rd(3)


def uk_land(city='london'):
    pre = {'london': '02079460', 'manchester': '01614960', 'leeds': '01134960',
           'bristol': '01174960', 'edinburgh': '01314960', 'glasgow': '01414960',
           'liverpool': '01514960', 'birmingham': '01214960', 'sheffield': '01144960',
           'nottingham': '01154960', 'leicester': '01164960', 'reading': '01184960',
           'belfast': '02896496'}[city]
    return pre + rd(11 - len(pre))


def au_phone(state='2'):
    return '0' + state + '5550' + rd(4)


def zipc(prefix):
    return prefix + rd(5 - len(prefix))


PC_LET = 'ABDEFGHJLNPQRSTUWXYZ'


def uk_pc(outward):
    return outward + ' ' + str(RNG.randint(1, 9)) + RNG.choice(PC_LET) + RNG.choice(PC_LET)


EIR_LET = 'ACDEFHKNPRTVWXY'


def eircode(rk):
    pat = RNG.choice(['LDLD', 'LDDL', 'DLLD', 'LLDD', 'LDLL'])
    out = ''
    for p in pat:
        out += RNG.choice(EIR_LET) if p == 'L' else str(RNG.randint(0, 9))
    return rk + ' ' + out


CA_LET = 'ABCEGHJKLMNPRSTVWXYZ'


def ca_pc(first):
    return (first + str(RNG.randint(0, 9)) + RNG.choice(CA_LET) + ' ' + str(RNG.randint(0, 9))
            + RNG.choice(CA_LET) + str(RNG.randint(0, 9)))


def au_pc(state):
    lo, hi = {'NSW': (2000, 2599), 'VIC': (3000, 3999), 'QLD': (4000, 4899), 'SA': (5000, 5799),
              'WA': (6000, 6799), 'TAS': (7000, 7399), 'ACT': (2600, 2618)}[state]
    return str(RNG.randint(lo, hi))


def house(lo=1, hi=240):
    return str(RNG.randint(lo, hi))


def amount(lo, hi, cents=True):
    v = RNG.randint(lo, hi)
    if cents:
        return '%d.%02d' % (v, RNG.choice([0, 0, 50, 99, 95, 25, 40, 75, RNG.randint(1, 98)]))
    return str(v)


def lookalike(n):
    while True:
        d = str(RNG.randint(1, 9)) + rd(n - 1)
        if not (13 <= n <= 19) or not luhn_ok(d):
            return d


def acct(shape):
    """shape: d = digit, L = letter (no I/O), anything else literal."""
    out = ''
    for ch in shape:
        if ch == 'd':
            out += str(RNG.randint(0, 9))
        elif ch == 'L':
            out += RNG.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
        else:
            out += ch
    return out


# ----------------------------------------------------------------------------- renderers

DW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
TEENW = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
         'eighteen', 'nineteen']
TENSW = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']
ORDW = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
        'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
        'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty first', 'twenty second',
        'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
        'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first']


def sp(d, z='oh'):
    """digits one word each: '4101' -> 'four one oh one'."""
    return ' '.join(z if c == '0' else DW[int(c)] for c in d if c.isdigit())


def spd(d, z='oh'):
    """digits with 'double'/'triple' for runs."""
    d = [c for c in d if c.isdigit()]
    out, i = [], 0
    while i < len(d):
        c = d[i]
        w = z if c == '0' else DW[int(c)]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        if run == 3:
            out.append('triple ' + w)
        elif run == 2:
            out.append('double ' + w)
        else:
            out.append(w)
        i += run
    return ' '.join(out)


def n2(n):
    """0..99 as words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENW[n - 10]
    return TENSW[n // 10] + ('' if n % 10 == 0 else ' ' + DW[n % 10])


def pairs(d, z='oh'):
    """digits read in pairs: '4105' -> 'forty one oh five'."""
    d = ''.join(c for c in d if c.isdigit())
    out = []
    for i in range(0, len(d), 2):
        p = d[i:i + 2]
        if len(p) == 1:
            out.append(z if p == '0' else DW[int(p)])
        elif p == '00':
            out.append('double ' + z)
        elif p[0] == '0':
            out.append(z + ' ' + DW[int(p[1])])
        else:
            out.append(n2(int(p)))
    return ' '.join(out)


def words(n):
    """cardinal words for 0..999999 ('two hundred and forty')."""
    n = int(n)
    if n < 100:
        return n2(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return DW[h] + ' hundred' + ('' if r == 0 else ' and ' + n2(r))
    t, r = divmod(n, 1000)
    head = words(t) + ' thousand'
    if r == 0:
        return head
    if r < 100:
        return head + ' and ' + n2(r)
    return head + ' ' + words(r)


def tg(d, sizes=None, sep=' '):
    """typed digits in groups."""
    if sizes is None:
        sizes = (4, 6, 5) if len(d) == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def blocks(d, sizes=None):
    """list of pieces."""
    if sizes is None:
        sizes = (4, 6, 5) if len(d) == 15 else (4, 4, 4, 4)
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def yr(y):
    y = int(y)
    if 2000 <= y < 2010:
        return 'two thousand' + ('' if y == 2000 else ' and ' + DW[y % 10])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2(hi) + ' hundred'
    if lo < 10:
        return n2(hi) + ' oh ' + DW[lo]
    return n2(hi) + ' ' + n2(lo)


def mon(m, cap=True):
    w = MONTHS[m - 1]
    return w.capitalize() if cap else w


def exp_t(m, y, f=0):
    """typed expiry."""
    if f == 0:
        return '%02d/%02d' % (m, y % 100)
    if f == 1:
        return '%02d/%d' % (m, y)
    if f == 2:
        return '%s %d' % (mon(m), y)
    if f == 3:
        return '%d/%02d' % (m, y % 100)
    raise ValueError(f)


def exp_s(m, y, f=0):
    """spoken expiry."""
    yy = n2(y % 100)
    if f == 0:
        return ('oh ' + DW[m] if m < 10 else n2(m)) + ' ' + yy
    if f == 1:
        return mon(m, False) + ' ' + yy
    if f == 2:
        return n2(m) + ' slash ' + yy
    if f == 3:
        return sp('%02d%02d' % (m, y % 100))
    if f == 4:
        return mon(m, False) + ' ' + yr(y)
    if f == 5:
        return n2(m) + ' ' + yy
    raise ValueError(f)


def dob_t(y, m, d, f=0):
    if f == 0:
        return '%02d/%02d/%d' % (d, m, y)          # UK/IE/AU
    if f == 1:
        return '%02d/%02d/%d' % (m, d, y)          # US
    if f == 2:
        return '%d %s %d' % (d, mon(m), y)
    if f == 3:
        return '%s %d, %d' % (mon(m), d, y)
    if f == 4:
        return '%d-%02d-%02d' % (y, m, d)
    raise ValueError(f)


def dob_s(y, m, d, f=0):
    if f == 0:
        return 'the ' + ORDW[d] + ' of ' + mon(m, False) + ' ' + yr(y)
    if f == 1:
        return mon(m, False) + ' ' + ORDW[d] + ' ' + yr(y)
    if f == 2:
        return sp('%02d' % d) + ' ' + sp('%02d' % m) + ' ' + yr(y)
    if f == 3:
        return mon(m, False) + ' ' + n2(d) + ' ' + yr(y)
    if f == 4:
        return ORDW[d] + ' ' + mon(m, False) + ' ' + n2(y % 100)
    raise ValueError(f)


def pc_s(pc, num_outward=False):
    """spoken postcode: letters as letters, digits as words."""
    out = []
    parts = pc.split(' ')
    for pi, part in enumerate(parts):
        if num_outward and pi == 0:
            m = re.match(r'([A-Z]+)(\d+)([A-Z]?)$', part)
            if m:
                out.extend(ch.lower() for ch in m.group(1))
                out.append(words(int(m.group(2))) if len(m.group(2)) == 2 else DW[int(m.group(2))])
                if m.group(3):
                    out.append(m.group(3).lower())
                continue
        for ch in part:
            out.append(ch.lower() if ch.isalpha() else ('oh' if ch == '0' else DW[int(ch)]))
    return ' '.join(out)


def ph_t(d):
    """typed phone in its country's usual shape."""
    if d.startswith('07'):
        return d[:5] + ' ' + d[5:]
    if d.startswith('02') and len(d) == 11:
        return d[:3] + ' ' + d[3:7] + ' ' + d[7:]
    if d.startswith('01') and len(d) == 11:
        return d[:4] + ' ' + d[4:7] + ' ' + d[7:]
    if d.startswith('0') and len(d) == 10:
        return d[:2] + ' ' + d[2:6] + ' ' + d[6:]
    if len(d) == 10:
        return d[:3] + '-' + d[3:6] + '-' + d[6:]
    raise ValueError(d)


def money(v, cur='£'):
    a = float(v)
    s = '{:,.2f}'.format(a)
    if s.endswith('.00'):
        s = s[:-3]
    return cur + s


def money_s(v, unit='pounds', sub='p'):
    """spoken amount: 'forty two pounds fifty'."""
    whole, _, cents = str(v).partition('.')
    out = words(int(whole)) + ' ' + unit
    if cents and int(cents):
        out += ' ' + n2(int(cents))
    return out


def spell(s, z='oh'):
    """letters and digits one by one: 'AB12' -> 'a b one two'."""
    return ' '.join(ch.lower() if ch.isalpha() else (z if ch == '0' else DW[int(ch)])
                    for ch in s if ch.isalnum())


def cap(s):
    return s[:1].upper() + s[1:]


# ----------------------------------------------------------------------------- the cases

CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# 1. roadside recovery, M6 hard shoulder at night, lapsed cover, transfer to dispatch (long)
@case('asr')
def _():
    mem = rd(9)
    fee = amount(150, 189)
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    plate = acct('LLdd LLL')
    ph = uk_mobile()
    pc = uk_pc('ST5')
    return f"""
A: northway rescue good evening you're through to [[NAME:kerry]] can i start with your membership number please
C: yeah it's [[ACCT:{sp(mem)}]] look we're on the hard shoulder with ((count:two)) kids can you just send someone
A: i'm sorry to hear that first of all is everyone out of the car and behind the barrier
C: yes we're up on the bank it's absolutely freezing
A: okay good and whereabouts are you roughly
C: ((other:m six)) northbound just past junction ((other:sixteen)) there was a sign for services in ((qty:three miles))
A: thank you and sorry the line broke up a bit there could i have that membership number one more time
C: i literally just gave it you [[ACCT:{mem[:2]} {mem[2:6]} {mem[6:]}]]
A: thank you so i have [[ACCT:{sp(mem)}]] in the name of [[NAME:tomasz wisniewski]] is that right
C: yeah that's me
A: okay mister [[NAME:wisniewski]] i'm afraid the cover shows as lapsed on the ((date:third of this month))
C: you're joking the direct debit must have bounced i've been with you ((dur:eleven years))
A: i do understand what i can do tonight is renew it over the phone which comes to ((price:{money_s(fee)})) and that includes tonight's callout
C: fine whatever just take the card it's [[CARD:{sp(k)}]]
A: thank you i do need to take it step by step for security so can we start with the first four digits
C: seriously okay [[CARD#c:{sp(b[0])}]]
A: mm-hmm
C: [[CARD#c:{sp(b[1])}]] um [[CARD#c:{sp(b[2])}]]
A: sorry was the middle part [[CARD:{sp(b[1])}]]
C: yes [[CARD#c!:{sp(b[1])}]] and then [[CARD#c:{sp(b[3])}]]
A: and the expiry date on the card
C: [[EXP:{exp_s(m, y, 0)}]]
A: and the three digits on the back
C: hang on the torch on my phone's rubbish [[CVV:{sp(cv)}]]
A: thank you that's gone through so the card ending [[CARD:{sp(b[3])}]] has been charged ((price:{money_s(fee)}))
C: great now can somebody please come
A: i'm going to put you through to dispatch now they'll get a patrol out to you please don't hang up
A: hi there you're through to dispatch my name's [[NAME:olumide]] can i take the membership number please
C: oh my god i've given it twice already [[ACCT:{pairs(mem)}]]
A: i'm really sorry it doesn't carry across to my screen and you're on the ((other:m six)) northbound is that right
C: just past junction ((other:sixteen)) it's a grey estate it just lost all power on the inside lane and i coasted over
A: and what's the registration
C: [[ACCT:{spell(plate)}]]
A: and a good number to reach you on if we get cut off
C: [[PHONE:{sp(ph)}]]
A: so that's [[PHONE:{spd(ph)}]]
C: yes
A: and just for security the postcode at home
C: [[PC:{pc_s(pc)}]]
A: lovely the nearest patrol is about ((dur:forty minutes)) away
C: ((dur:forty minutes)) with the kids out here in the cold
A: i know i'm sorry i've flagged it as a priority because of the children how old are they
C: ((other:six)) and ((other:nine)) the little one's crying
A: you'll get a text with the driver's name and a link to follow the van stay up on the bank until they arrive
C: okay thank you [[NAME:olumide]] sorry for snapping
A: not at all stay warm
"""


# 2. visa appointment service, slot tomorrow morning, first card declined, second card (US)
@case('transcript')
def _():
    ref = acct('GP-dddddd')
    y, mo, d = dob(1970, 1996)
    fee = amount(160, 240)
    k1 = card('mc')
    m1, y1 = expiry()
    c1 = cvv()
    k2 = card('amex')
    m2, y2 = expiry()
    c2 = cvv(4)
    rcpt = rd(9)
    pp = acct('ddddddddd')
    return f"""
A: Thank you for calling GlobalPass Visa Services, this is [[NAME:Brandon]]. How may I help you today?
C: Hi, [[NAME:Brandon]]. I'm holding a slot at the consulate for tomorrow at ((time:8:40 a.m.)), and the site says it gets released at midnight if the fee isn't paid. My card keeps failing.
A: I understand. I can take the payment over the phone. May I have the application reference?
C: It's [[ACCT:{ref}]].
A: Thank you. And the applicant's full name and date of birth?
C: [[NAME:Adaeze Okonkwo]], [[DOB:{dob_t(y, mo, d, 3)}]].
A: Thank you, Ms. [[NAME:Okonkwo]]. I see the slot tomorrow at ((time:8:40)). The service fee is ((price:${fee})).
C: Fine. I've tried ((count:three)) times on the website and it just spins.
A: I'm sorry about that. What is the card number?
C: [[CARD:{tg(k1)}]].
A: And the expiration date?
C: [[EXP:{exp_t(m1, y1, 0)}]].
A: And the three-digit security code on the back?
C: [[CVV:{c1}]].
A: Thank you. Please hold while I process that.
A: I'm sorry, Ms. [[NAME:Okonkwo]], the payment was declined by the issuing bank.
C: Are you serious? There is money on that card. Okay, okay. Use my Amex instead. [[CARD:{tg(k2)}]].
A: Thank you. And the expiration on the Amex?
C: [[EXP:{exp_t(m2, y2, 3)}]]. And the four digits on the front are [[CVV:{c2}]].
A: Thank you. That one has gone through. Your receipt number is ((other:{rcpt})).
C: Thank God. Is the slot definitely mine now?
A: Yes, the appointment is confirmed for tomorrow at ((time:8:40 a.m.)). Please arrive ((dur:15 minutes)) early with the passport ending in [[ACCT:{pp[-4:]}]] and ((count:two)) printed photos.
C: Ending in what? Oh, yes, that's the new one. Thank you, [[NAME:Brandon]], really.
A: You're welcome. Is there anything else I can help you with today?
C: No, that's everything.
"""


# 3. first home insurance claim after years of premiums, burst pipe (Ireland)
@case('asr')
def _():
    pol = acct('HH dddddddd')
    hn = house(2, 90)
    ec = eircode('P31')
    y, mo, d = dob(1958, 1985)
    clm = 'CL-' + acct('dddddd')
    exc = amount(250, 500, False)
    return f"""
A: good morning you're through to claims at harbour mutual my name is [[NAME:fiachra]] how can i help
C: hi yeah i need to make a claim i've never made one in my life i've been paying you for ((dur:fourteen years))
A: okay i'm sorry to hear you need us what's happened
C: a pipe burst in the attic overnight and it's come down through the kitchen ceiling the whole thing is on the floor
A: that sounds awful is the water off now
C: my neighbour found the stopcock yeah the electrics are off too
A: good that's the right thing to do can i take your policy number
C: it's [[ACCT#p:h h]] um [[ACCT#p:{sp(pol[3:])}]]
A: and the name on the policy
C: [[NAME:niamh whelan]]
A: thanks [[NAME:niamh]] and for security your date of birth
C: [[DOB:{dob_s(y, mo, d, 0)}]]
A: and the address of the property
C: [[ADDR:{words(int(hn))} ashgrove lawn ballincollig]] [[PC:{pc_s(ec)}]]
A: thank you so that's [[ADDR:{sp(hn)} ashgrove lawn]] [[PC:{spell(ec)}]]
C: yes that's it
A: okay and when did this happen
C: last night maybe ((time:two in the morning)) i heard a bang
A: i'm going to open the claim now have you got any photos
C: loads i took them on the phone before we started mopping
A: perfect the excess on your policy is ((price:{words(int(exc))} euro)) just so you're aware
C: that's fine i just need someone to come out i've a toddler and no kitchen
A: completely understand your claim number is [[ACCT:{spell(clm)}]]
C: hang on let me write that [[ACCT:{spell(clm)}]]
A: that's right a loss adjuster will ring you within ((dur:forty eight hours)) and we can arrange emergency drying
C: thank you i was dreading this call
"""


# 4. bank fraud team, card blocked abroad at hotel checkout, IVR then agent (UK caller)
@case('transcript')
def _():
    k = card('visa')
    b = blocks(k)
    y, mo, d = dob(1962, 1990)
    pc = uk_pc('LS6')
    hotel = amount(380, 720)
    ph = uk_mobile()
    return f"""
I: Welcome to Kestrel Bank card services. Please enter your sixteen-digit card number, followed by the hash key.
I: Thank you. You entered a card ending [[CARD:{b[3]}]]. Please enter your date of birth as eight digits.
I: Thank you. Please hold while we connect you to an advisor.
A: Good afternoon, you're through to the fraud team, my name is [[NAME:Gurpreet]]. Can I take the long card number, please?
C: I already put it in! I typed the whole thing into the machine a minute ago.
A: I'm sorry, it doesn't come through to my screen. Could you read it to me?
C: Fine. [[CARD:{tg(k)}]]. I'm standing at a hotel desk in Lisbon and they won't let me leave.
A: Thank you. And your date of birth?
C: [[DOB:{dob_t(y, mo, d, 0)}]]. I typed that in too.
A: I know, I apologise. And the postcode on the account?
C: [[PC:{pc}]].
A: Thank you, Mr. [[NAME:Achterberg]]. I can see we stopped a payment of ((price:{money(hotel, '€')})) about ((dur:20 minutes)) ago. Was that you?
C: Yes! That's the hotel. I've stayed here ((count:five)) nights, of course it's me.
A: Thank you for confirming. It was flagged because it was larger than your usual spending abroad. I'm going to send a code to your mobile, the number ending [[PHONE:{ph[-4:]}]]. Is that still right?
C: Yes, that's my phone, [[PHONE:{ph_t(ph)}]].
A: Lovely. Can you read me the code when it arrives?
C: It's ((other:{rd(6)})).
A: Thank you. The block is removed on the card ending [[CARD:{b[3]}]]. Please ask the hotel to try again.
C: Okay. Hang on. ... It's gone through. Thank God, my taxi to the airport is at ((time:4:15)).
A: I'm glad. Is there anything else today, Mr. [[NAME:Achterberg]]?
C: No. Just maybe warn people before you do that.
"""


# 5. flight cancelled, rebooking onto one that leaves in three hours, card read off a phone (US)
@case('asr')
def _():
    pnr = acct('LLdLLL')
    k = card('disc')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    diff = amount(90, 260, False)
    em = 'marisol' + rd(2)
    return f"""
A: thanks for calling skybridge airlines this is [[NAME:dwayne]] can i have your confirmation code
C: yeah it's [[ACCT:{spell(pnr)}]] our flight got cancelled and there's ((count:four)) of us stuck at the gate
A: okay let me pull that up that's for [[NAME:marisol reyes]] and ((count:three)) others on the ((flight:sb six fourteen)) to denver
C: that's us they said the crew timed out
A: i'm sorry about that the next option i can see is the ((flight:sb six forty two)) leaving at ((time:seven fifty)) tonight that's about ((dur:three hours)) from now
C: yes book it please my son has a recital tomorrow at ((time:ten)) we have to be there
A: i can do that there is a fare difference of ((price:{words(int(diff))} dollars per person)) because it's a different fare class
C: are you kidding me it's your cancellation
A: i understand ma'am i can put in a refund request for the difference after travel but to hold the seats tonight i'd need a card
C: ugh okay i'm reading it off my phone hold on [[CARD#c:{sp(b[0])} {sp(b[1])}]]
A: okay
C: sorry the screen locked [[CARD#c:{sp(b[2])}]]
A: mm-hmm
C: [[CARD#c:{sp(b[3])}]]
A: let me read that back [[CARD:{sp(k)}]]
C: yes
A: and the expiration
C: [[EXP:{exp_s(m, y, 1)}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: thank you you're confirmed on the ((flight:six forty two)) seats ((other:twenty one a)) through ((other:twenty one d)) boarding from gate ((other:b nine))
C: thank you what email will the receipt go to
A: the one on the booking [[EMAIL:marisol {sp(em[-2:])} at sunmail dot com]]
C: yeah that's mine okay we're walking to ((other:b nine)) now
"""


# 6. concert tonight, tickets missing from the app (Australia)
@case('transcript')
def _():
    order = acct('TX-ddddddd')
    ph = au_phone('3')
    bc1 = lookalike(16)
    bc2 = lookalike(16)
    return f"""
A: Hi, you're speaking with [[NAME:Tahlia]] at Stagedoor Tickets. How can I help?
C: Hi [[NAME:Tahlia]]. The show's tonight at ((time:7:30)) and my tickets have just vanished out of the app. We're driving down now.
A: Oh no, let's sort that. Can I grab the order number?
C: It's [[ACCT:{order}]].
A: Thanks. And the name on the booking?
C: [[NAME:Harrison Tuilagi]].
A: Thanks, [[NAME:Harrison]]. I can see ((count:2)) tickets, Section ((other:B14)), Row F, seats ((other:22)) and ((other:23)).
C: That's them. Why did they disappear?
A: It looks like the transfer your mate started at ((time:3:02 pm)) wasn't accepted, so the app pulled them back while it was pending.
C: My mate [[NAME:Jarrah]]? I told him not to bother, I'm taking my sister instead.
A: No worries. I'll cancel that transfer. Could you confirm the mobile on the account for me?
C: Sure, [[PHONE:{ph_t(ph)}]].
A: Perfect, that matches. The tickets should be back in the app within ((dur:5 minutes)). If not, show this reference at the box office: ((other:{bc1})).
C: Sorry, can you say it slower? I'm writing on my hand.
A: Of course. ((other:{tg(bc1, (4, 4, 4, 4))})). And your second ticket's barcode ends in ((other:{bc2[-6:]})).
C: Got it. Oh, they're back! Both of them.
A: Brilliant. Enjoy the show, [[NAME:Harrison]].
"""


# 7. power outage, mother on home oxygen, priority register (Ireland)
@case('asr')
def _():
    mprn = '10' + rd(9)
    hn = house(1, 60)
    ec = eircode('H91')
    y, mo, d = dob(1935, 1950)
    inc = lookalike(8)
    return f"""
A: you're through to the power outage line my name is [[NAME:deirdre]]
C: hi [[NAME:deirdre]] the power's been gone since ((time:six)) and my mother's on oxygen at home
A: okay i'm going to help you straight away is your mother safe right now
C: she has the backup cylinder but it only lasts about ((dur:four hours)) and that's nearly gone
A: right can you give me the address
C: [[ADDR:{words(int(hn))} ardilaun crescent knocknacarra galway]]
A: and the eircode if you have it
C: [[PC:{spell(ec)}]]
A: thank you and the m p r n on the bill if you have it to hand
C: i've the bill here it's [[ACCT#x:{sp(mprn[:2])} {sp(mprn[2:5])}]] um [[ACCT#x:{sp(mprn[5:])}]]
A: thank you is that account in your mother's name
C: yeah [[NAME:bríd mac donncha]] date of birth [[DOB:{dob_s(y, mo, d, 1)}]]
A: okay i can see she is on our priority services register so i'm escalating now the fault in your area is under incident ((other:{sp(inc)}))
C: what does that mean is someone coming
A: there's a crew on the way to a fault on the line near the school the estimate is ((time:nine fifteen)) but given the oxygen i'd ask you to ring the ambulance service if she's struggling at all
C: she's okay just frightened should i bring her to my sister's
A: if your sister has power that would be the safest thing to do
"""


# 8. broadband fault, fifth call, video interview tomorrow, escalated to a team leader (UK, long)
@case('transcript')
def _():
    acc = 'LB ' + acct('dddddddd')
    hn = house(3, 140)
    pc = uk_pc('SE13')
    fr = 'FR' + lookalike(9)
    land = uk_land('london')
    mob = uk_mobile()
    cred = amount(30, 60, False)
    return f"""
A: Thank you for calling Lumen Broadband, you're speaking with [[NAME:Callum]]. Can I start with your account number, please?
C: It's [[ACCT:{acc}]]. And before you start reading me a script, I have called ((count:five)) times about this same fault.
A: I'm sorry to hear that. For security, can you confirm the first line of your address and the postcode?
C: [[ADDR:{hn} Wickham Grove]], [[PC:{pc}]].
A: Thank you, Ms. [[NAME:Adeyemi-Clarke]]. I can see an open fault on the account, reference ((other:{fr})).
C: Yes, that one. The internet drops every ((dur:ten minutes)) and the phone line crackles like a bonfire.
A: I do apologise. Before I go any further, can I ask you to restart the router?
C: I have restarted it more times than I can count. It's the ((model:HN-{RNG.randint(20, 69) * 100})), the white one with the blue stripe.
A: I understand. I do have to go through the checks, I'm afraid. What are the lights doing at the moment?
C: The broadband light is flashing orange. It has been flashing orange for ((dur:three weeks)).
A: Thank you. I'm running a line test now. It can take up to ((dur:3 minutes)).
C: Fine.
A: Thank you for waiting. The test shows a fault outside the property. The earliest engineer visit I can see is on the ((date:14th)).
C: The ((date:14th))? No. I have a job interview on video tomorrow at ((time:10 a.m.)) and I can't do it from a café.
A: I understand this is important. Unfortunately that's the first slot the system offers me.
C: Then I'd like to speak to a supervisor, please.
A: Of course. Please hold while I see who's available.
A: Hello, this is [[NAME:Margaret Osei]], I'm a team leader here. I'm sorry you've been waiting. Could you confirm the account number for me?
C: I gave it to [[NAME:Callum]] ((dur:half an hour)) ago! [[ACCT:{acc}]].
A: Thank you, and I'm sorry, the notes transfer but I still have to check. And the phone number of the line with the fault?
C: [[PHONE:{ph_t(land)}]], for what it's worth. It barely works.
A: And is there a mobile an engineer can reach you on?
C: [[PHONE:{ph_t(mob)}]].
A: Let me read that back: [[PHONE:{mob[:5]} {mob[5:8]} {mob[8:]}]].
C: Yes.
A: I've looked at the history. You're right, this is the same fault and it should have been escalated after the second call. I'm sorry.
C: Thank you. That's the first time anyone has said that.
A: I've been able to book an engineer tomorrow between ((time:8 a.m.)) and ((time:1 p.m.)).
C: My interview is at ((time:10))! What if they turn up in the middle of it?
A: I'll put a note on the job that you're unavailable from ((time:9:45)) to ((time:11)). I'll also send a backup hub that runs on mobile data. It arrives by ((time:9 a.m.)).
C: Okay. That actually helps.
A: And I've added a credit of ((price:£{cred})) to the account for the ((dur:three weeks)) without a working service.
C: Thank you, [[NAME:Margaret]].
A: You're welcome, Ms. [[NAME:Adeyemi-Clarke]]. Good luck tomorrow.
"""


# 9. funeral directors, deposit for a father's funeral, card restarted (Wales)
@case('asr')
def _():
    dep = amount(400, 900, False)
    k = card('mc')
    b = blocks(k)
    old = rd(6)
    m, y = expiry()
    cv = cvv()
    hn = house(1, 80)
    pc = uk_pc('CF14')
    return f"""
A: good afternoon you're through to pryce and daughters funeral directors this is [[NAME:ffion]] speaking
C: hi [[NAME:ffion]] it's [[NAME:gwen pritchard]] i came in on monday about my dad
A: of course [[NAME:gwen]] i'm so sorry again how are you holding up
C: not great honestly i've got ((count:three hundred)) things to do and the crematorium want the deposit before they'll confirm
A: that's right they've pencilled in the service for ((date:friday the twenty second)) at ((time:eleven forty five)) and the deposit is ((price:{words(int(dep))} pounds))
C: okay can i pay that now on the card
A: yes of course when you're ready
C: right it's [[CARD#c!:{sp(old)}]] no hang on that's my old card it's been cancelled sorry start again
A: no problem at all take your time
C: [[CARD#c:{sp(b[0])} {sp(b[1])}]] um
A: mm-hmm
C: [[CARD#c:{sp(b[2])} {sp(b[3])}]]
A: thank you and the expiry
C: [[EXP:{exp_s(m, y, 2)}]]
A: and the last three on the back please
C: [[CVV:{sp(cv)}]]
A: that's gone through you'll get a receipt in the post and i'll ring the crematorium now to confirm
C: thank you and can the car still come from dad's house
A: yes the family car will leave from [[ADDR:{words(int(hn))} heol y felin whitchurch]] is that right
C: yes [[ADDR:{sp(hn)} heol y felin]] [[PC:{pc_s(pc)}]]
A: lovely and the order of service with [[NAME:emrys]] on the front you wanted ((count:eighty)) copies
C: make it ((count:a hundred)) he knew everyone
A: i'll change that now
"""


# 10. tax preparer, return due at midnight, identity check and e-file fee (US)
@case('transcript')
def _():
    s = ssn()
    y, mo, d = dob(1966, 1993)
    ph = us_phone(614)
    em = 'tyrone.booker' + rd(2) + '@quillmail.com'
    fee = amount(49, 89)
    k = card('visa')
    m, yy = expiry()
    cv = cvv()
    refund = amount(1200, 4800)
    return f"""
A: Thank you for calling Ledgerline Tax, my name is [[NAME:Courtney]]. Are you calling about a return in progress?
C: Yes, and it has to go in tonight. It's ((time:9:20)) already and the site keeps logging me out.
A: I can help you get it filed. I'll need to verify your identity first. May I have your Social Security number?
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: Thank you. And your date of birth?
C: [[DOB:{dob_t(y, mo, d, 1)}]].
A: Thank you, Mr. [[NAME:Booker]]. I have the ((year:2024)) return here, with your wife [[NAME:Danielle]] as joint filer.
C: That's right. Everything is done except the payment. It just spins.
A: I see the e-file fee of ((price:${fee})) is still outstanding. I can take it by phone. I'll also confirm the last four of your Social is [[SSN:{s[-4:]}]]?
C: Correct.
A: And the best phone number for the account?
C: [[PHONE:{ph_t(ph)}]].
A: And the email where you'd like the acceptance notice?
C: [[EMAIL:{em}]].
A: Thank you. Go ahead with the card number when you're ready.
C: [[CARD:{tg(k, (4, 4, 4, 4), '-')}]].
A: Expiration date?
C: [[EXP:{exp_t(m, yy, 1)}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Thank you. The fee is paid and your return has been transmitted at ((time:9:26 p.m.)). The estimated refund is ((price:${refund})).
C: Oh, thank God. When will I know it's accepted?
A: Usually within ((dur:24 to 48 hours)). You'll get an email at [[EMAIL:{em}]].
C: Thank you, [[NAME:Courtney]]. You've saved my night.
"""


# 11. rent due by midnight, paying the property manager by card (Australia)
@case('asr')
def _():
    ten = acct('dddddd')
    rent = amount(520, 890, False)
    k = card('mc2')
    b = blocks(k)
    wrong = rd(4)
    m, y = expiry()
    cv = cvv()
    unit = str(RNG.randint(2, 24))
    hn = house(10, 300)
    pc = au_pc('VIC')
    return f"""
A: harbourline property management [[NAME:nikhil]] speaking
C: hi mate i need to pay my rent tonight the portal's down and the agreement says it's due by midnight
A: no dramas i can take it over the phone can i get the tenancy reference
C: yeah it's [[ACCT:{sp(ten)}]]
A: and the property address
C: [[ADDR:unit {words(int(unit))} {words(int(hn))} sackville street collingwood]] [[PC:{sp(pc)}]]
A: thanks and you're [[NAME:liam fitzgerald]] on the lease
C: yeah me and [[NAME:oksana]] but i pay it
A: no worries the fortnightly rent is ((price:{words(int(rent))} dollars)) there's a ((pct:one point five percent)) card surcharge is that okay
C: whatever yeah just don't charge me a late fee
A: go ahead with the card
C: [[CARD#c:{sp(b[0])}]] then [[CARD#c!:{sp(wrong)}]] no sorry [[CARD#c:{sp(b[1])}]]
A: okay so second block is [[CARD:{sp(b[1])}]]
C: yep then [[CARD#c:{sp(b[2])} {sp(b[3])}]]
A: and expiry
C: [[EXP:{exp_s(m, y, 0)}]]
A: and the c v v
C: [[CVV:{sp(cv)}]]
A: sweet all done that's come through at ((time:eleven oh four)) so you're well before midnight
C: legend thanks [[NAME:nikhil]]
"""


# 12. school trip deposit due at five, school finance office (UK)
@case('transcript')
def _():
    pid = acct('ddddddd')
    dep = amount(120, 280, False)
    k = card('visa')
    m, y = expiry()
    cv = cvv()
    em = 'r.kowalczyk' + rd(2) + '@postbox.co.uk'
    return f"""
A: Good afternoon, Fernhill Academy finance office, [[NAME:Janice]] speaking.
C: Hi, I'm ringing about the Year ((other:8)) trip to Normandy. The letter says the deposit has to be in by ((time:5 o'clock)) today or they lose the place.
A: That's right. Which pupil is it for?
C: My son, [[NAME:Kacper Kowalczyk]], he's in ((other:8R)).
A: And do you have his pupil number? It's on the letter, top right.
C: [[ACCT:{pid}]].
A: Thank you. And you are?
C: [[NAME:Renata Kowalczyk]], his mum.
A: Thank you, Mrs. [[NAME:Kowalczyk]]. The deposit is ((price:£{dep})), and the balance is due on the ((date:3rd of March)).
C: That's fine. I tried the parent app twice and it says "error ((other:402))".
A: Yes, a few parents have had that today. I can take the card now.
C: Thank you. [[CARD:{tg(k)}]].
A: Expiry date?
C: [[EXP:{exp_t(m, y, 0)}]].
A: And the security number on the back?
C: [[CVV:{cv}]].
A: That's gone through. Where should I email the receipt?
C: [[EMAIL:{em}]].
A: Lovely. [[NAME:Kacper]]'s place is confirmed. There are ((count:46)) going, so it'll be a busy coach.
C: He'll be thrilled. Thank you so much, [[NAME:Janice]].
"""


# 13. emergency vet, dog ate grapes, new client registration and deposit (Canada)
@case('asr')
def _():
    ph = us_phone(403)
    hn = house(100, 9900)
    pc = ca_pc('T')
    em = 'jl tremblay ' + sp(rd(2))
    dep = amount(300, 600, False)
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    return f"""
A: foothills emergency animal hospital this is [[NAME:brielle]]
C: hi my dog just ate a whole bag of grapes i'm driving over right now is that okay
A: yes come straight in how long ago did he eat them
C: maybe ((dur:twenty minutes)) he's a lab he's about ((qty:thirty two kilos))
A: okay we'll be ready for him have you been here before
C: no never
A: that's fine i'll register you while you drive are you on speaker
C: yeah go ahead
A: what's your name
C: [[NAME:jean luc tremblay]]
A: and the dog's name and age
C: biscuit he's ((other:four))
A: and a phone number
C: [[PHONE:{sp(ph[:3])} {sp(ph[3:6])} {sp(ph[6:])}]]
A: [[PHONE:{spd(ph)}]] got it and your address
C: [[ADDR:{sp(hn)} cougar ridge drive southwest]] the postal code is [[PC:{pc_s(pc)}]]
A: and an email for the records
C: [[EMAIL:{em} at prairiemail dot ca]]
A: thank you [[NAME:jean luc]] just so you know for emergency cases we take a ((price:{words(int(dep))} dollar)) deposit on arrival
C: just take it now so i'm not messing around at the desk [[CARD#c:{sp(b[0])} {sp(b[1])}]]
A: okay go on
C: [[CARD#c:{sp(b[2])}]] uh [[CARD#c:{sp(b[3])}]] expires [[EXP:{exp_s(m, y, 0)}]] and the code is [[CVV:{sp(cv)}]]
A: perfect that's authorised how far away are you
C: i'm on the ring road ((dur:ten minutes)) maybe
A: okay pull up at the red door at the side and ring the bell we'll bring a stretcher if he needs it
"""


# 14. exam board, re-mark request closes today (UK)
@case('transcript')
def _():
    cand = rd(4)
    centre = rd(5)
    y, mo, d = dob(2006, 2007)
    em = 'zainab.chaudhry' + rd(2) + '@mailbox.org.uk'
    fee = amount(38, 62)
    mark = RNG.randint(61, 69)
    return f"""
A: Good morning, Northern Assessment Board, this is [[NAME:Phil]]. How can I help?
C: Hi, I need to request a re-mark for my daughter's maths paper. The school says the deadline is ((time:5 p.m.)) today and the exams officer is off sick.
A: I'm sorry to hear that. Normally re-marks come through the centre, but in these circumstances I can log it. What's the candidate's name?
C: [[NAME:Zainab Chaudhry]].
A: And her candidate number and the centre number?
C: Her candidate number is [[ACCT:{cand}]] and the centre is ((other:{centre})).
A: Thank you. And her date of birth?
C: [[DOB:{dob_t(y, mo, d, 2)}]].
A: Thank you. Which paper is it?
C: Paper ((other:3)), the calculator one. She got ((count:{mark})) marks and the grade boundary was ((count:{mark + 1})). She missed the grade by one mark.
A: I understand how frustrating that is. A priority re-mark costs ((price:£{fee})), and if the grade changes the fee is refunded.
C: That's fine. She needs the grade for her college place. They'll only hold it until ((date:31 August)).
A: Priority re-marks are returned within ((dur:15 calendar days)), so it should be in time. Can I take an email for the confirmation?
C: Yes, it's [[EMAIL:{em}]].
A: Thank you. I've logged that. Mrs. [[NAME:Chaudhry]], please tell the school to send us the consent form signed by [[NAME:Zainab]] by tomorrow.
C: I'll take it in myself. Thank you, [[NAME:Phil]].
"""


# 15. removals, crew cancelled the night before the move (US)
@case('asr')
def _():
    bk = acct('MV-ddddd')
    h1 = house(100, 999)
    z1 = zipc('303')
    h2 = house(1000, 9999)
    z2 = zipc('282')
    ph = us_phone(404)
    k = card('mc')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    extra = amount(180, 420, False)
    return f"""
A: thanks for calling bluebird moving and storage this is [[NAME:terrence]]
C: hi i got a text an hour ago saying my crew for tomorrow is cancelled the closing is at ((time:two p m)) and i have to be out of the house
A: i'm sorry about that can i get the booking number
C: [[ACCT:{spell(bk)}]]
A: thank you and the name
C: [[NAME:keisha abernathy]]
A: okay ms [[NAME:abernathy]] i see the move from [[ADDR:{sp(h1)} magnolia court decatur]] [[PC:{sp(z1)}]] to charlotte
C: yes to [[ADDR:{pairs(h2)} laurel bluff way charlotte]] [[PC:{sp(z2)}]]
A: i can see the original crew had a vehicle breakdown let me see what else we have
C: please we've got ((count:two)) kids and a dog and the buyers get the keys at ((time:four))
A: okay i can get a crew of ((count:three)) there at ((time:seven a m)) with the ((qty:twenty six foot)) truck but it's a larger truck so there's a difference of ((price:{words(int(extra))} dollars))
C: fine i don't care just book it
A: i'll need a card for the difference is it the same card ending [[CARD:{sp(b[3])}]]
C: no that one got replaced use this one [[CARD#c:{sp(b[0])}]]
A: go ahead
C: [[CARD#c:{sp(b[1])} {sp(b[2])}]] and [[CARD#c:{sp(b[3])}]]
A: wait so the ending is the same as before
C: yeah they kept the last four weird right
A: okay expiration
C: [[EXP:{exp_s(m, y, 1)}]]
A: and the code
C: [[CVV:{sp(cv)}]]
A: you're all set the crew lead will call you at [[PHONE:{sp(ph)}]] when they're ((dur:thirty minutes)) out
C: yes that's my cell thank you [[NAME:terrence]]
"""


# 16. hospital appointment line, scan moved at short notice (UK)
@case('transcript')
def _():
    nhs = rd(10)
    y, mo, d = dob(1948, 1975)
    pc = uk_pc('NG7')
    ph = uk_mobile()
    return f"""
A: Good morning, Queen's Medical appointments line, you're speaking to [[NAME:Donna]]. How can I help you?
C: Hello, I've had a letter moving my MRI from tomorrow to next month, and my consultant said it had to be done this week.
A: I'm sorry about that. Can I take your NHS number?
C: It's [[ACCT:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]].
A: Thank you. And your full name and date of birth?
C: [[NAME:Graham Whitlock]], [[DOB:{dob_t(y, mo, d, 0)}]].
A: And the postcode you're registered at?
C: [[PC:{pc}]].
A: Thank you, Mr. [[NAME:Whitlock]]. I can see the scan was moved to the ((date:19th of next month)) because the scanner is being serviced tomorrow.
C: But Dr. [[NAME:Sørensen]] said if it waits too long they can't plan the surgery. I've been waiting ((dur:eleven weeks)) already.
A: I understand. Your referral is marked urgent, so I can look at the other site. There is a slot on Friday at ((time:7:45 a.m.)) at City Hospital.
C: I'll take it. I'll be there at ((time:7)) if I have to.
A: It's in the Imaging Department, Level ((other:2)), South Block. Please don't eat for ((dur:4 hours)) before.
C: Got it.
A: And can I confirm a mobile number for the text reminder?
C: [[PHONE:{ph_t(ph)}]].
A: Thank you. I've confirmed that, and I'll send a message to Dr. [[NAME:Sørensen]]'s secretary too.
C: Thank you, [[NAME:Donna]]. I was in a panic this morning.
"""


# 17. rail disruption refund line, IVR then agent (UK)
@case('asr')
def _():
    ref = acct('LLLddddd')
    fare = amount(60, 190)
    k = card('visa')
    em = 'olusegun adebayo ' + sp(rd(2))
    return f"""
I: welcome to the great north rail refunds line please say or key your booking reference
C: [[ACCT:{spell(ref)}]]
I: thank you i heard [[ACCT:{spell(ref)}]] is that correct
C: yes
I: please hold while i connect you to an advisor
A: hello you're through to refunds my name's [[NAME:chloe]] can i take your booking reference
C: i've just said it to the machine [[ACCT:{spell(ref)}]]
A: thank you and sorry the machine doesn't always pass it through so that's the ((time:fourteen thirty)) from kings cross to york today
C: yes it was cancelled at the platform and the next one is standing room only and i'm going to miss my grandad's ((other:ninetieth))
A: i'm so sorry that's awful i can see the cancellation so you're entitled to a full refund of ((price:{money_s(fare)}))
C: i don't want a refund i want to get there
A: understood let me check there's the ((time:fifteen oh three)) via leeds that gets you in ((dur:forty minutes)) later and it has seats
C: yes put me on that please
A: done you're in coach c seat ((other:forty one)) and i'll still refund the difference to the card ending [[CARD:{sp(k[-4:])}]]
C: yes that's the one
A: and i'll email the new ticket to [[EMAIL:{em} at gmail dot com]]
C: yeah that's me it's [[NAME:olusegun]] by the way you can just say [[NAME:segun]]
A: thanks [[NAME:segun]] it's platform ((other:five)) the train's already in
C: brilliant thank you i'm running
"""


# 18. crèche place held until five, deposit and subsidy details (Ireland)
@case('transcript')
def _():
    cy, cm, cd = dob(2023, 2024)
    p = pps()
    hn = house(1, 60)
    ec = eircode('D07')
    em = 'aoife.brennan.' + rd(3) + '@eirmail.ie'
    dep = amount(250, 450, False)
    k = card('mc')
    m, y = expiry()
    cv = cvv()
    return f"""
A: Good afternoon, Little Acorns Early Years, [[NAME:Sinéad]] speaking.
C: Hi [[NAME:Sinéad]], it's [[NAME:Aoife Brennan]]. You rang me this morning about a place for my son in the toddler room. I'm back at work on Monday.
A: Oh yes, hi [[NAME:Aoife]]. We can hold it until ((time:5 p.m.)) today, then it goes to the next family on the list.
C: I'm on my lunch, let's do it now. What do you need?
A: The child's full name and date of birth first.
C: [[NAME:Rían Brennan]], born [[DOB:{dob_t(cy, cm, cd, 2)}]].
A: Lovely. And for the National Childcare Scheme, your PPS number, please.
C: [[SSN:{p}]].
A: Thank you. And your home address?
C: [[ADDR:{hn} Prussia Street, Stoneybatter, Dublin 7]], [[PC:{ec}]].
A: And the best email?
C: [[EMAIL:{em}]].
A: Great. The deposit is ((price:€{dep})), and that comes off the first month's fee. Would you like to pay by card?
C: Yes. [[CARD:{tg(k)}]], expiry [[EXP:{exp_t(m, y, 0)}]], and the code on the back is [[CVV:{cv}]].
A: You're very organised! Let me just read that back: [[CARD:{tg(k)}]], expiry [[EXP:{exp_t(m, y, 0)}]].
C: That's it.
A: Perfect, that's gone through. He'll start with ((dur:two half days)) to settle in, then full days from the ((date:15th)).
C: He'll cry for a week. I probably will too.
A: They all do, and then they run in the door. See you Monday, [[NAME:Aoife]].
"""


# 19. water main burst, restaurant with a wedding reception tonight (Canada)
@case('asr')
def _():
    acc = acct('dddd-dddddd')
    hn = house(100, 2400)
    pc = ca_pc('M')
    ph = us_phone(416)
    ext = str(RNG.randint(200, 299))
    job = lookalike(7)
    return f"""
A: city water services emergency line my name is [[NAME:marcus]]
C: hi [[NAME:marcus]] sorry i run a restaurant on queen street there's water coming up through the sidewalk out front and we have no pressure at all
A: okay thanks for calling that in can i get the address
C: [[ADDR:{sp(hn)} queen street west]] [[PC:{pc_s(pc)}]]
A: and is that a business account with us
C: yes it's [[ACCT#a:{sp(acc[:4])}]] uh hang on the bill's in the office [[ACCT#a:{sp(acc[5:])}]]
A: thank you i've got [[ACCT:{sp(acc[:4])} {sp(acc[5:])}]] under lumière bistro is that right
C: that's us i'm [[NAME:aurélie vandermeer]] the owner and we've got a wedding reception tonight ((count:a hundred and twenty)) guests at ((time:six))
A: oh no okay i can see there's a main break reported on your block about ((dur:forty minutes)) ago crews are being dispatched
C: how long are we talking
A: honestly ma'am a break like that is usually ((dur:four to six hours)) and there'll be a boil water advisory after
C: i can't cook for a wedding with no water
A: i understand i'm going to flag you as a commercial priority and i can arrange a water tank if the repair runs past ((time:four))
C: yes please anything
A: what's the best number to reach you
C: the restaurant line is [[PHONE#p:{sp(ph)}]] extension [[PHONE#p!:{sp(ext)}]] that's my office
A: okay [[PHONE#r:{sp(ph)}]] extension [[PHONE#r!:{sp(ext)}]] and the job number for this is ((other:{sp(job)}))
C: got it thank you [[NAME:marcus]]
"""


# 20. motor claim after a crash on the way to a daughter's wedding rehearsal, transferred (UK, long)
@case('transcript')
def _():
    pol = acct('MTR/ddddddd')
    y, mo, d = dob(1960, 1978)
    hn = house(2, 180)
    pc = uk_pc('GL50')
    plate = acct('LLdd LLL')
    tpplate = acct('LLdd LLL')
    ph = uk_mobile()
    tpph = uk_mobile()
    clm = 'CLM-' + acct('dddddd')
    exc = amount(250, 500, False)
    return f"""
A: Good evening, Fairway Insurance, you're through to [[NAME:Imogen]]. How can I help?
C: Hi. I've had an accident. I'm okay, nobody's hurt, but I need to know what to do. It's my daughter's wedding rehearsal in ((dur:two hours)).
A: I'm sorry to hear that, and I'm glad nobody's hurt. Are you somewhere safe right now?
C: I'm in a lay-by on the ((other:A40)). The other driver is still here.
A: Okay. Can I take your policy number?
C: [[ACCT:{pol}]].
A: Thank you. Can you confirm your full name and date of birth?
C: [[NAME:Jonathan Ashworth-Patel]], [[DOB:{dob_t(y, mo, d, 2)}]].
A: And the registration of your car?
C: [[ACCT:{plate}]].
A: Thank you, Mr. [[NAME:Ashworth-Patel]]. I'm going to transfer you to our claims team, they'll take the details of the incident. Please hold.
C: How long will that be? I'm meant to be walking her down a practice aisle.
A: It should be under ((dur:five minutes)).
A: Hello, claims, this is [[NAME:Rhys]]. Can I confirm the policy number, please?
C: I just gave it to the lady. [[ACCT:{pol}]].
A: Thank you. The notes come across, but I have to verify it myself. And the first line of your address and your postcode?
C: [[ADDR:{hn} Lansdown Crescent]], [[PC:{pc}]].
A: Thank you. Tell me what happened.
C: I was pulling out of a junction, he was coming too fast and clipped my front wing. Then he said it was my fault.
A: Okay. Did you get his details?
C: Yes, he's standing right here. His name is [[NAME:Declan Featherstone]].
A: And his registration?
C: [[ACCT:{tpplate}]].
A: And a phone number for him?
C: He says it's [[PHONE:{ph_t(tpph)}]].
A: Thank you. Did anyone else see it?
C: A cyclist stopped, but she's gone now.
A: That's fine. Is your car drivable?
C: The wing's crumpled and the headlight's hanging off. I don't think I should drive it at night.
A: I'll arrange recovery for the car and a taxi for you to the rehearsal. Where is it?
C: The church in Painswick. About ((qty:8 miles)).
A: The taxi will be with you in about ((dur:25 minutes)). Your claim number is [[ACCT:{clm}]].
C: [[ACCT:{clm}]]. Okay.
A: That's right. Your excess on this policy is ((price:£{exc})). We'll discuss liability once we've spoken to the other insurer.
C: Fine. Just don't let this ruin Saturday.
A: I'll also book a courtesy car from tomorrow for up to ((dur:14 days)), so you're mobile for the wedding.
C: That's brilliant, thank you.
A: What's the best number to reach you on?
C: [[PHONE:{ph_t(ph)}]].
A: Thank you, that's [[PHONE:{ph[:5]} {ph[5:]}]]. You'll get a text with the taxi details. Congratulations to your daughter, Mr. [[NAME:Ashworth-Patel]].
C: Thank you, [[NAME:Rhys]].
"""


# 21. card declined at the pharmacy, fraud hold, new card sent (US)
@case('asr')
def _():
    s = ssn()
    y, mo, d = dob(1945, 1965)
    hn = house(100, 9999)
    z = zipc('852')
    k = card('visa')
    ph = us_phone(480)
    bad1 = amount(200, 900)
    return f"""
A: thank you for calling desert sun credit union this is [[NAME:alejandra]] how can i help you
C: hi my card just got declined at the pharmacy and i need my heart medication today
A: i'm so sorry let me take a look for you can i get your name please
C: [[NAME:herbert nakamura]]
A: thank you mister [[NAME:nakamura]] to verify can i get the last four of your social
C: [[SSN:{sp(s[-4:])}]]
A: and your date of birth
C: [[DOB:{dob_s(y, mo, d, 3)}]]
A: and the zip code on the account
C: [[PC:{spd(z)}]]
A: thank you i see a hold on the card ending in [[CARD:{sp(k[-4:])}]] because of some transactions this morning did you make a purchase for ((price:{words(int(float(bad1)))} dollars)) at an electronics store in miami
C: miami i'm in mesa i haven't been to florida since ((year:nineteen ninety))
A: okay then that's fraud i'm going to close this card and order you a new one
C: but what do i do about the pharmacy
A: i can send the new card by overnight mail to [[ADDR:{pairs(hn)} east palo verde lane]] is that still right
C: yes that's me
A: and in the meantime i can set up a digital card on your phone that works today is this still your number [[PHONE:{sp(ph)}]]
C: that's my cell yes but i don't know how to do the phone thing
A: that's okay my colleague [[NAME:tobias]] can walk you through it i'll transfer you with all the notes so you won't have to repeat anything
C: thank you dear you've been very kind
"""


# 22. caravan broken down on an outback highway, roadside membership lapsed (Australia)
@case('transcript')
def _():
    mem = acct('ddd ddd ddd')
    ph = au_phone('2')
    k = card('visa')
    m, y = expiry()
    cv = cvv()
    fee = amount(180, 320)
    return f"""
A: Outback Assist, this is [[NAME:Shannon]]. What's happening?
C: G'day. Our car's overheated towing the caravan, we're on the Newell Highway about ((qty:40 k)) north of Dubbo. We've got ((count:3)) kids in the back and it's ((other:41 degrees)).
A: Right, first thing, is everyone in the shade with water?
C: Under the awning, yeah, we've got a couple of litres.
A: Good. Can I get your membership number?
C: [[ACCT:{mem}]].
A: Thanks. And your name?
C: [[NAME:Kirra Lindqvist]].
A: Thanks, [[NAME:Kirra]]. Unfortunately the membership lapsed in February, so I'll need to rejoin you before I can send a truck.
C: You're kidding. Fine, how much?
A: Rejoining with caravan cover is ((price:${fee})) for the year.
C: Just do it. [[CARD:{tg(k)}]].
A: Expiry?
C: [[EXP:{exp_t(m, y, 3)}]].
A: And the three on the back?
C: [[CVV:{cv}]].
A: Done. A truck from Dubbo is about ((dur:50 minutes)) away. What's the best number for the driver?
C: [[PHONE:{ph_t(ph)}]], but reception comes and goes out here.
A: I'll add a note. If you lose signal, stay with the vehicle and put your hazards on.
C: Will do. Thanks, [[NAME:Shannon]].
"""


# 23. wedding venue final balance due today, card in five pieces (UK)
@case('asr')
def _():
    bal = amount(2200, 4800, False)
    k = card('visa')
    m, y = expiry()
    cv = cvv()
    em = 'bernie osullivan ' + sp(rd(2))
    return f"""
A: good morning thornbury manor events [[NAME:hattie]] speaking
C: hello [[NAME:hattie]] it's the mother of the bride for the [[NAME:o'sullivan]] wedding on the ((date:twenty eighth)) i've had an email saying the balance is due today or we lose the date
A: oh don't worry we wouldn't do that to you but yes the final balance is due today it's ((price:{words(int(bal))} pounds))
C: okay i have it here i'm paying it on my card because my husband's card has a limit
A: no problem when you're ready
C: right [[CARD#c:{sp(k[:4])}]]
A: yep
C: [[CARD#c:{sp(k[4:7])}]]
A: mm-hmm
C: sorry i can't read the next bit it's worn [[CARD#c:{sp(k[7:10])}]]
A: yep
C: [[CARD#c:{sp(k[10:13])}]] and the last ones are [[CARD#c:{sp(k[13:])}]]
A: lovely so that's [[CARD:{sp(k[:4])} {sp(k[4:8])} {sp(k[8:12])} {sp(k[12:])}]]
C: yes i think so
A: and the expiry date
C: [[EXP:{exp_s(m, y, 1)}]]
A: and the three little numbers on the back
C: [[CVV:{sp(cv)}]]
A: perfect that's all paid [[NAME:caoimhe]] and [[NAME:tunde]] are all set
C: oh thank god and can you send the receipt to me not to [[NAME:caoimhe]] she's stressed enough
A: of course what's your email
C: [[EMAIL:{em} at skymail dot co dot uk]]
A: lovely and [[NAME:bernadette]] we'll see you at the final walk round on the ((date:twentieth)) at ((time:two))
C: i'll be there with the seating plan all ((count:ninety)) of them
"""


# 24. passport expediting service, flight to a mother's funeral in three days (US)
@case('transcript')
def _():
    y, mo, d = dob(1972, 1990)
    s = ssn()
    hn = house(10, 9999)
    z = zipc('606')
    ph = us_phone(312)
    em = 'l.dimaculangan' + rd(2) + '@northmail.com'
    fee = amount(249, 399)
    k = card('mc')
    m, yy = expiry()
    cv = cvv()
    loc = acct('LLdddddddd')
    return f"""
A: Rapid Passport Partners, this is [[NAME:Keith]]. How can I help you?
C: Hi [[NAME:Keith]]. My mother passed away in Manila yesterday and the funeral is on Saturday. My passport expired last year and I fly on Thursday.
A: I'm very sorry for your loss. We can get you an urgent appointment at the Chicago agency. Let me take some details. Your full name?
C: [[NAME:Lorna Dimaculangan]].
A: Date of birth?
C: [[DOB:{dob_t(y, mo, d, 3)}]].
A: And your Social Security number? We need it for the ((other:DS-82)) form.
C: [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: Thank you. Your address?
C: [[ADDR:{hn} North Kedzie Avenue, Apartment 2F, Chicago]], Illinois [[PC:{z}]].
A: And a phone number and email?
C: [[PHONE:{ph_t(ph)}]], and [[EMAIL:{em}]].
A: Thank you. I have an appointment tomorrow at ((time:9:30 a.m.)). Our service fee is ((price:${fee})), plus the government fees, which you pay at the agency.
C: Fine. Here's my card: [[CARD:{tg(k)}]], expires [[EXP:{exp_t(m, yy, 0)}]], code [[CVV:{cv}]].
A: Thank you. Your locator number is [[ACCT:{loc}]]. Please bring your old passport, ((count:two)) photos and a copy of your flight itinerary.
C: Will I really have it by Thursday?
A: For travel within ((dur:72 hours)), they usually print it the same day. I'd aim to be there at ((time:9)).
C: Thank you. My mother's name was [[NAME:Teresita]], in case they ask for the death certificate.
A: They won't need it for an expired passport, but bring it just in case. Safe travels, Ms. [[NAME:Dimaculangan]].
"""


# 25. school uniform order missing before the first day (Ireland)
@case('asr')
def _():
    order = acct('ddddddd')
    hn = house(1, 120)
    ec = eircode('V94')
    k = card('visa')
    em = 'padraig hennessy ' + sp(rd(4))
    tot = amount(85, 210)
    return f"""
A: hello you're through to crest schoolwear online orders my name is [[NAME:ronan]]
C: hi [[NAME:ronan]] i ordered the full uniform for my daughter ((dur:three weeks)) ago and it still hasn't come and she starts secondary school on monday
A: oh no let's find it can i take the order number
C: it's [[ACCT:{sp(order)}]]
A: thank you and the email on the order
C: [[EMAIL:{em} at eir dot ie]]
A: thanks i see it there's a jumper a blazer ((count:two)) skirts and ((count:three)) shirts for [[NAME:saoirse hennessy]] first year at st mary's going to [[ADDR:{words(int(hn))} castletroy heights limerick]]
C: that's right and the eircode is [[PC:{pc_s(ec)}]]
A: okay so it was dispatched but the courier has it marked as address not found
C: address not found we've lived here ((dur:twelve years))
A: i'm really sorry i can see the eircode on the label was missing a character that's on us
C: so will it be here by monday
A: i'm going to cancel that parcel and send a new one by next day courier at no charge you'll have it friday
C: and i paid ((price:{money_s(tot, 'euro')})) do i pay the delivery again
A: no you won't be charged again the original payment on the card ending [[CARD:{sp(k[-4:])}]] covers it
C: okay thank you i was about to drive to the shop in cork
"""


# 26. bag lost on the way to a funeral, delivery to a sister's house (Canada)
@case('transcript')
def _():
    fref = acct('YVRSK' + 'ddddd')
    hn = house(100, 9999)
    pc = ca_pc('V')
    ph = us_phone(604)
    em = 'mpark.' + rd(4) + '@coastmail.ca'
    return f"""
A: Maple Air baggage services, my name is [[NAME:Priya]]. Do you have a file reference?
C: Yes, they gave me one at the airport. [[ACCT:{fref}]].
A: Thank you. I see a black suitcase, missing from flight ((flight:MA 214)) from Toronto. Is that right?
C: Yes. My father's funeral is tomorrow at ((time:11)), and my suit and my mother's jewellery are in that bag.
A: I'm so sorry. The bag was scanned in Toronto but didn't make the connection. It's on the ((flight:MA 218)), landing at ((time:6:40)) tonight.
C: Can you deliver it tonight? I'm staying with my sister, not at home.
A: Yes. What's the address?
C: [[ADDR:{hn} West 14th Avenue, Vancouver]], [[PC:{pc}]].
A: And your sister's name, in case you're out?
C: [[NAME:Grace Park]]. I'm [[NAME:Min-jun Park]].
A: Thank you, Mr. [[NAME:Park]]. And a contact number?
C: [[PHONE:{ph_t(ph)}]]. That's my cell.
A: So [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
C: Yes.
A: And an email for the delivery updates?
C: [[EMAIL:{em}]].
A: I've marked it urgent. The courier usually delivers within ((dur:3 hours)) of landing, so before ((time:10 p.m.)).
C: Thank you, [[NAME:Priya]]. I'll stay up.
"""


# 27. hospital line: menu, then the clinic coordinator, biopsy results appointment (UK)
@case('asr')
def _():
    hosp = acct('Ldddddd')
    y, mo, d = dob(1950, 1980)
    ph = uk_land('leeds')
    pc = uk_pc('LS8')
    return f"""
I: welcome to st james's hospital if you know the extension you need please say it now otherwise please say appointments or results
C: appointments
I: connecting you to appointments please hold
A: appointments [[NAME:bev]] speaking
C: hi i was told to ring today to book my results appointment with the breast clinic i've been waiting all week
A: of course lovely can i take your hospital number it's on your letter starts with a letter
C: [[ACCT:{spell(hosp)}]]
A: and your full name and date of birth
C: [[NAME:yetunde bakare]] [[DOB:{dob_s(y, mo, d, 0)}]]
A: thank you and your postcode
C: [[PC:{pc_s(pc)}]]
A: thanks [[NAME:yetunde]] i've got you here mister [[NAME:kaur]]'s clinic has a slot on thursday at ((time:ten past two)) or next tuesday at ((time:nine))
C: thursday please i can't wait any longer than that
A: thursday it is ((time:two ten)) in outpatients b you're welcome to bring someone with you
C: my sister will come can i give you her number in case i'm on the ward or anything
A: yes of course
C: it's a landline [[PHONE:{sp(ph[:4])} {sp(ph[4:7])} {sp(ph[7:])}]] her name's [[NAME:funmi]]
A: okay so [[PHONE#r:{sp(ph[:4])}]] and then [[PHONE#r:{sp(ph[4:])}]] lovely i've added [[NAME:funmi]] as your contact
C: thank you i've been sick with worry
A: i know love we'll see you thursday
"""


# 28. power outage, home dialysis, account keyed into the IVR and asked again (US)
@case('transcript')
def _():
    acc = rd(10)
    hn = house(100, 9999)
    z = zipc('770')
    ph = us_phone(713)
    out_ref = lookalike(8)
    return f"""
I: Thank you for calling Gulf Coast Electric. If you are reporting an outage, press ((other:1)).
I: Please enter your ten-digit account number.
I: You entered [[ACCT:{' '.join(acc)}]]. If this is correct, press ((other:1)).
I: Our records show an outage in your area. Estimated restoration is ((time:11:45 p.m.)). To speak to a representative, press ((other:0)).
A: Gulf Coast Electric, this is [[NAME:Shonda]]. Can I have your account number?
C: I just typed it in! [[ACCT:{acc}]]. Listen, my husband does dialysis at home overnight and the machine needs power.
A: I understand, ma'am, and I'm sorry. Is he on our medical priority list?
C: He should be. We sent the doctor's form in ((year:2022)).
A: Can I have the service address to check?
C: [[ADDR:{hn} Briar Hollow Lane, Houston]], [[PC:{z}]].
A: Thank you. And the name on the account?
C: [[NAME:Rosalind Okafor-Hayes]]. My husband is [[NAME:Desmond]].
A: Thank you, Mrs. [[NAME:Okafor-Hayes]]. I don't see the medical flag, I'm sorry. I'm adding it now and escalating to the field crew.
C: He has to start at ((time:10)). The machine runs for ((dur:8 hours)).
A: The outage is a transformer serving about ((count:1,400)) homes, reference ((other:{out_ref})). The crew estimate is still ((time:11:45)). If power isn't back before he needs to start, please call ((other:911)) or go to the dialysis center.
C: Can't you do anything faster?
A: I've marked it as a life-support customer, which moves the restoration up the list. I'll also have a supervisor call you back. What number should they use?
C: My cell, [[PHONE:{ph_t(ph)}]].
A: That's [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]?
C: Yes.
A: Someone will call within ((dur:30 minutes)). And please send the medical form again so it stays on file.
"""


# 29. final-year exam missed with the flu, special consideration closes Friday (Australia)
@case('asr')
def _():
    sid = rd(8)
    y, mo, d = dob(2007, 2007)
    em = 'ngaio.hart ' + sp(rd(2))
    ph = au_phone('3')
    return f"""
A: good morning curriculum and assessment authority this is [[NAME:bronwyn]]
C: hi [[NAME:bronwyn]] i'm ringing for my daughter she missed her chemistry exam yesterday she was in emergency with a temperature of ((other:thirty nine point eight))
A: oh dear i'm sorry to hear that is she okay now
C: she's home she's exhausted but she's okay the school said we have to apply for special consideration by friday
A: that's right i can start the application with you what's her student number
C: [[ACCT#x:{sp(sid[:4])}]] uh [[ACCT#x:{sp(sid[4:])}]]
A: sorry was that [[ACCT:{sp(sid[:4])}]] first
C: yes [[ACCT#y:{sp(sid[:4])}]] then [[ACCT#y:{sp(sid[4:])}]]
A: and her name and date of birth
C: [[NAME:ngaio hart]] [[DOB:{dob_s(y, mo, d, 1)}]]
A: thanks and is there an email we can use
C: [[EMAIL:{em.replace('.', ' dot ')} at studentmail dot com dot au]]
A: and a phone number for you
C: [[PHONE:{sp(ph[:2])} {sp(ph[2:6])} {sp(ph[6:])}]]
A: lovely the hospital discharge note needs to be uploaded by ((time:five p m)) friday and the school will add her teacher's statement
C: will it affect her atar she needs ((other:ninety two)) for physio
A: the consideration is based on her other work this year so she won't be marked as ((other:zero))
C: okay that's a relief thank you so much [[NAME:bronwyn]]
"""


# 30. deposit return stuck, new flat's deposit due Friday (UK)
@case('transcript')
def _():
    dref = acct('DPS-dddddddd')
    hn = house(2, 120)
    flat = str(RNG.randint(1, 9))
    pc = uk_pc('M20')
    sort = acct('dd-dd-dd')
    an = rd(8)
    em = 'hamish.mcandrew' + rd(2) + '@inboxmail.co.uk'
    dep = amount(900, 1800, False)
    return f"""
A: Secure Deposit Service, you're through to [[NAME:Colette]]. How can I help?
C: Hi. My landlord agreed to return my deposit ((count:three)) weeks ago and I still haven't got it. I need it for my new flat, their deposit is due on Friday or they give it to someone else.
A: I'm sorry for the delay. Can I take the deposit ID?
C: [[ACCT:{dref}]].
A: Thank you. And the tenancy address?
C: [[ADDR:Flat {flat}, {hn} Palatine Road, Didsbury]], [[PC:{pc}]].
A: And your full name?
C: [[NAME:Hamish McAndrew]].
A: Thank you, [[NAME:Hamish]]. I can see both parties agreed to return ((price:£{dep})) in full. The payment failed because the bank details didn't match the name on the account.
C: What? Nobody told me.
A: An email was sent on the ((date:2nd)). Can I check the email we hold?
C: [[EMAIL:{em}]].
A: That's the one. It may have gone to spam. I can update the bank details now if you like.
C: Please.
A: Sort code?
C: [[ACCT:{sort}]].
A: Account number?
C: [[ACCT:{an}]].
A: So that's sort code [[ACCT:{sort}]], account [[ACCT:{an[:4]} {an[4:]}]], in the name of [[NAME:Hamish McAndrew]]?
C: Yes. Will it be there by Friday?
A: I'll re-issue it today as a faster payment. It should reach you within ((dur:2 hours)).
C: Thank you. Honestly, I was about to lose the flat over this.
"""


# 31. flat tyre on the interstate with a newborn, card over the phone (US)
@case('asr')
def _():
    mem = acct('ddd ddd ddd')
    k = card('mc')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    ph = us_phone(919)
    z = zipc('275')
    tow = amount(95, 160, False)
    return f"""
A: thanks for calling freedom road assistance my name is [[NAME:latrice]] are you in a safe location
C: we're on the shoulder of ((other:i ninety five)) southbound near mile marker ((other:eighty one)) i've got a flat and a ((other:three week)) old baby in the back
A: okay i'm going to get someone to you as fast as i can can i get your membership number
C: it's [[ACCT:{spell(mem)}]]
A: thank you is this [[NAME:bilal rahimi]]
C: yes that's me
A: okay mister [[NAME:rahimi]] your plan covers the tire change but the spare has to be in the vehicle do you have a spare
C: i have one of those little donut ones
A: perfect that works if it needs a tow to a tire shop that would be ((price:{words(int(tow))} dollars)) extra
C: just send someone please she's gonna need feeding in an hour
A: i'll need a card on file in case of the tow
C: okay [[CARD#c:{sp(b[0])}]] uh [[CARD#c!:{sp(b[0])}]] sorry i said that twice [[CARD#c:{sp(b[1])}]]
A: go on
C: [[CARD#c:{sp(b[2])}]] hold on a truck just went past [[CARD#c:{sp(b[3])}]]
A: let me check the middle [[CARD:{sp(b[1])} {sp(b[2])}]]
C: yes
A: and the expiration
C: [[EXP:{exp_s(m, y, 3)}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: got it a truck is ((dur:thirty five minutes)) out what's your cell in case they need you
C: [[PHONE:{pairs(ph[:6])} {sp(ph[6:])}]]
A: and your zip code at home
C: [[PC:{sp(z)}]]
A: thank you keep your hazards on and stay in the car with your seatbelt on
"""


# 32. concert tickets charged twice (UK)
@case('transcript')
def _():
    order = acct('ddd-dddd-ddd')
    k = card('visa')
    em = 'abimbola.ferreira' + rd(2) + '@hotpost.com'
    price = amount(120, 260)
    return f"""
A: Hello, BrightStage Tickets, you're speaking with [[NAME:Dominic]].
C: Hi [[NAME:Dominic]], sorry, I'm in a state. I bought ((count:four)) tickets for tonight and I've been charged twice. My rent goes out tomorrow and there's nothing left.
A: I'm sorry to hear that, let me look. Can I take the order number?
C: [[ACCT:{order}]].
A: And the email address on the order?
C: [[EMAIL:{em}]].
A: Thank you, Ms. [[NAME:Ferreira]]. I can see one order for ((price:£{price})) on the card ending [[CARD:{k[-4:]}]]. I can only see one payment our side.
C: My banking app shows ((count:two)), both for ((price:£{price})), both at ((time:10:02)).
A: That sounds like a pending authorisation that didn't complete. It normally drops off within ((dur:3 to 5 working days)).
C: I don't have ((dur:3 to 5 days))! My rent is tomorrow.
A: I understand. I can send a release letter to your bank right now, which usually clears it within ((dur:24 hours)). Is it the card ending [[CARD:{k[-4:]}]]?
C: Yes.
A: Done. I'll email you a copy too, so you can show them. The tickets are in your app, block ((other:C2)), row K, seats ((other:101)) to ((other:104)).
C: Thank you. I still want to go tonight, I've waited a year.
"""


# 33. card blocked abroad, stranded in Boston, transferred to the fraud team (Ireland/US, long)
@case('asr')
def _():
    k = card('mc')
    b = blocks(k)
    y, mo, d = dob(1980, 1998)
    hn = house(1, 90)
    ec = eircode('K78')
    em = 'cathal mulcahy ' + sp(rd(2))
    hotel_hn = house(100, 999)
    hz = zipc('021')
    bill = amount(600, 1300)
    cash = lookalike(10)
    return f"""
A: good afternoon you're through to shannonside bank cards my name is [[NAME:eimear]] how can i help
C: hi [[NAME:eimear]] my card's been blocked i'm in boston and the hotel won't let me check out and my flight's in ((dur:four hours))
A: oh no okay we'll get this sorted can i take the long number on the card
C: [[CARD:{sp(k)}]]
A: sorry the line's a bit faint could you give me that again in fours
C: [[CARD#c:{sp(b[0])}]] uh [[CARD#c:{sp(b[1])}]]
A: sorry was that [[CARD:{sp(b[1])}]]
C: yes [[CARD#c!:{sp(b[1])}]] then [[CARD#c:{sp(b[2])}]] and [[CARD#c:{sp(b[3])}]]
A: grand so that's the card ending [[CARD:{sp(b[3])}]] and can i have your date of birth
C: [[DOB:{dob_s(y, mo, d, 0)}]]
A: and the first line of your address at home
C: [[ADDR:{words(int(hn))} esker meadows lucan]] [[PC:{spell(ec)}]]
A: thank you mister [[NAME:mulcahy]] i can see the block here but it's been put on by our fraud team so i'll have to pass you over to them
C: please tell me i won't have to do all this again
A: i'll put a note on it hold for me one moment
C: this is unbelievable my mam is waiting at shannon for me
A: hello you're through to fraud prevention this is [[NAME:kieran]] can i just confirm your date of birth
C: [[DOB:{dob_s(y, mo, d, 2)}]] i've just given it to the girl
A: sorry about that i have to do my own checks and the last four of the card
C: [[CARD:{sp(b[3])}]]
A: and the middle eight for me as well please
C: the middle [[CARD:{sp(b[1])} {sp(b[2])}]] you're joking me
A: thank you so there was an attempt to take out ((price:{words(int(float(bill)))} dollars)) at an electronics shop in new york at ((time:three a m)) our time was that you
C: no i was asleep in boston
A: then the card has been compromised so i can't unblock it i'm sorry
C: so how am i supposed to pay the hotel
A: i can do ((count:two)) things i'll issue an emergency cash code you can collect at a partner desk and i'll send a replacement card to the hotel by courier
C: the cash code will do i need to get to the airport by ((time:four))
A: okay the code is ((other:{sp(cash)})) and you'll need your passport with it
C: ((other:{sp(cash)})) okay
A: that's right and for the replacement card what's the hotel address
C: [[ADDR:{sp(hotel_hn)} boylston street boston]] [[PC:{sp(hz)}]] the harbourview
A: and is the email on file still [[EMAIL:{em} at eirmail dot ie]]
C: yes
A: i'll send you a confirmation to that with the partner desks near you the nearest one is ((qty:half a mile)) away
C: and my flight is the ((flight:e i one three six)) at ((time:seven fifteen)) will i make it
A: if you go now you should the desk is open until ((time:six))
C: right okay thank you [[NAME:kieran]] sorry for shouting at your colleague
A: not at all safe home mister [[NAME:mulcahy]]
"""


# 34. after-hours vet, cat hit by a car, first card declined (Australia)
@case('transcript')
def _():
    ph = au_phone('8')
    hn = house(1, 200)
    pc = au_pc('WA')
    est = amount(1800, 3500, False)
    k1 = card('visa')
    m1, y1 = expiry()
    c1 = cvv()
    k2 = card('mc')
    m2, y2 = expiry()
    c2 = cvv()
    return f"""
A: Perth After Hours Vet, [[NAME:Mitchell]] speaking.
C: Hi, it's [[NAME:Thandiwe]], I brought Pepper in an hour ago. The cat that was hit by the car.
A: Hi [[NAME:Thandiwe]], yes, she's in surgery prep now. The vet's estimate for the surgery is ((price:${est})), and we need ((pct:50%)) upfront before we start.
C: Whatever it costs. I'll give you my card.
A: Thank you. Go ahead.
C: [[CARD:{tg(k1)}]], expiry [[EXP:{exp_t(m1, y1, 0)}]], code [[CVV:{c1}]].
A: I'm really sorry, that's come back declined.
C: It's probably the daily limit. Hang on. Try my partner's card, he's right here and he says yes. [[CARD:{tg(k2)}]].
A: And the expiry on that one?
C: [[EXP:{exp_t(m2, y2, 0)}]]. And the back is [[CVV:{c2}]].
A: That's gone through. Can I confirm your address and phone for her file?
C: [[ADDR:{hn} Walcott Street, Mount Lawley]], [[PC:{pc}]]. Phone is [[PHONE:{ph_t(ph)}]].
A: Thank you. The surgery should take about ((dur:2 hours)). Dr. [[NAME:Vuong]] will ring you when she's in recovery.
C: Please tell her Pepper's ((other:fourteen)). She's tougher than she looks.
A: I'll tell her. Try to get some rest, [[NAME:Thandiwe]].
"""


# 35. school payments line: pupil reference and card keyed, payment fails, then an agent (UK)
@case('asr')
def _():
    pupil = acct('ddddddd')
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    amt = amount(45, 140)
    return f"""
I: welcome to the school payments line please enter the seven digit pupil reference followed by hash
I: you entered [[ACCT:{sp(pupil)}]] the balance due for the residential trip is ((price:{money_s(amt)})) the payment deadline is today
I: please enter the long number on your card followed by hash
I: you entered a card ending [[CARD:{sp(b[3])}]] please enter the expiry date as four digits
I: please enter the three digit security code
I: sorry your payment could not be completed please hold for an operator
A: hello school payments this is [[NAME:aled]] sorry you've had trouble with the keypad
C: it's the third time today i've typed that card in and the trip money is due at ((time:four)) the school said my son's off the list otherwise
A: i'm sorry let's do it manually can i take the pupil reference
C: i put it in the machine [[ACCT:{spell(pupil)}]]
A: thank you that's for [[NAME:dafydd morgan-jones]] year ((other:six)) the trip to the outdoor centre
C: yes
A: and the card number
C: [[CARD#c:{sp(b[0])} {sp(b[1])}]] um [[CARD#c:{sp(b[2])} {sp(b[3])}]]
A: and the expiry
C: [[EXP:{exp_s(m, y, 0)}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: right that's gone through now the keypad was reading your expiry the wrong way round i think
C: unbelievable okay so he's going
A: he's going yes the confirmation will come through the school app
"""


# 36. pre-op appointment and insurance check before surgery on Monday (US)
@case('transcript')
def _():
    mrn = rd(8)
    y, mo, d = dob(1955, 1975)
    mem = acct('LLLddddddddd')
    ph = us_phone(617)
    return f"""
A: Good morning, Beacon Surgical Center scheduling, this is [[NAME:Alyssa]].
C: Hi, I'm calling for my husband. His knee replacement is Monday and nobody has called to book the pre-op, and the letter says it has to be done ((dur:72 hours)) before.
A: I can help. Can I have the patient's name and date of birth?
C: [[NAME:Frank DeLuca]], [[DOB:{dob_t(y, mo, d, 1)}]].
A: And his medical record number, if you have it?
C: [[ACCT:{mrn}]].
A: Thank you. I see the surgery with Dr. [[NAME:Anand]] on Monday at ((time:7 a.m.)). The pre-op wasn't scheduled because his insurance authorization is still pending.
C: Pending? We did everything they asked.
A: Can I check the insurance member ID?
C: [[ACCT:{mem}]].
A: Thank you. It's a plan with ((pct:20%)) coinsurance after the deductible. I'll call them while we hold the slot. Can you both come in Thursday at ((time:2:15))?
C: Yes, we'll be there.
A: And the best number to reach you if the authorization doesn't come through?
C: [[PHONE:{ph_t(ph)}]], that's my cell. I'm [[NAME:Marianne]], his wife.
A: Thank you, [[NAME:Marianne]]. I'll call you by ((time:4)) today either way.
"""


# 37. piano damaged in a cross-country move, claim (Canada)
@case('asr')
def _():
    clm = acct('DC-dddddd')
    hn = house(10, 400)
    pc = ca_pc('H')
    em = 'sophie lachance ' + sp(rd(2))
    ph = us_phone(514)
    val = amount(4000, 9000, False)
    return f"""
A: trans canada movers claims [[NAME:gurdeep]] speaking
C: hi yeah i'm calling about my piano it arrived in montreal yesterday with the leg snapped off and a crack across the lid
A: oh no i'm sorry do you have a claim number already
C: the driver gave me one [[ACCT:{spell(clm)}]]
A: thank you that's [[NAME:sophie lachance]] delivered to [[ADDR:{words(int(hn))} rue saint hubert]] [[PC:{pc_s(pc)}]]
C: yes that's me
A: what kind of piano is it
C: a yamaha ((model:u {DW[RNG.randint(1, 3)]})) it was my grandmother's i've had it ((dur:thirty years))
A: i understand and what value did you declare on the inventory
C: ((price:{words(int(val))} dollars)) but that's not the point i have a recital with my students on sunday
A: of course we'll send an assessor do you have photos
C: about ((count:twenty)) of them where do i send them
A: you can reply to the form i send you with the claim number in the subject can you confirm your email
C: [[EMAIL:{em} at videotron dot ca]]
A: and the best number
C: [[PHONE:{sp(ph)}]]
A: thanks i'll book the assessor for thursday between ((time:nine)) and noon and i'll ask if a technician can make it playable for sunday
C: thank you that would mean a lot
"""


# 38. funeral balance split over two cards (UK)
@case('transcript')
def _():
    bal = amount(3200, 4600, False)
    part = amount(1500, 2000, False)
    k1 = card('mc')
    m1, y1 = expiry()
    c1 = cvv()
    k2 = card('visa')
    m2, y2 = expiry()
    c2 = cvv()
    em = 'marcia.campbell' + rd(2) + '@postmail.co.uk'
    return f"""
A: Good morning, Hollins & Webb Funeral Service, [[NAME:Trevor]] speaking.
C: Morning, [[NAME:Trevor]]. It's [[NAME:Marcia Campbell]], about my mum's funeral on the ((date:9th)). The invoice says the balance is due ((dur:seven days)) before.
A: Good morning, Mrs. [[NAME:Campbell]]. Yes, for [[NAME:Hyacinth Campbell]]. The balance is ((price:£{bal})).
C: I need to split it across ((count:two)) cards. My brother is putting half on his.
A: That's no problem. How much on the first card?
C: ((price:£{part})) on mine. [[CARD:{tg(k1)}]].
A: Expiry date?
C: [[EXP:{exp_t(m1, y1, 1)}]].
A: And the security code?
C: [[CVV:{c1}]].
A: That's approved. And the rest, ((price:£{int(bal) - int(part)})), on the second card?
C: Yes, he's texted me a photo of it. [[CARD:{tg(k2, (4, 4, 4, 4), '-')}]], expiry [[EXP:{exp_t(m2, y2, 0)}]], and the back is [[CVV:{c2}]].
A: Thank you. Both payments have gone through. Where should I send the receipts?
C: [[EMAIL:{em}]], please. And both in my name is fine.
A: Of course. The hearse will leave the house at ((time:10:15)), and the service at the chapel starts at ((time:11)).
C: Thank you. She'd have liked the way you've done it.
"""


# 39. US visa interview tomorrow, rescheduling after a name mismatch (Canada)
@case('asr')
def _():
    pp = acct('LLdddddd')
    y, mo, d = dob(1993, 2004)
    em = 'arjun vasudevan ' + sp(rd(3))
    ph = us_phone(647)
    rcpt = lookalike(10)
    return f"""
A: thank you for calling the visa information and appointment service my name is [[NAME:sandra]]
C: hi my interview at the toronto consulate is tomorrow at ((time:eight fifteen)) and the confirmation page has my surname spelled wrong will they turn me away
A: let me check can i have your passport number
C: [[ACCT:{spell(pp)}]]
A: and your date of birth
C: [[DOB:{dob_s(y, mo, d, 3)}]]
A: thank you and your name as it is in the passport
C: [[NAME:arjun vasudevan]] [[NAME:v a s u d e v a n]]
A: i see it's been entered as [[NAME:vasudevn]] without the last a
C: yes that's the problem
A: i can correct that now as long as the passport number matches which it does what is the fee receipt number
C: ((other:{sp(rcpt)}))
A: thank you the receipt is valid until ((date:march twenty twenty six)) i've corrected the name you'll get a new confirmation page by email
C: to [[EMAIL:{em} at gmail dot com]]
A: that's the one on the profile yes and we'll text the number ending [[PHONE:{sp(ph[-4:])}]]
C: yes that's my phone [[PHONE:{sp(ph)}]]
A: please print the new page and bring it with your passport and the ((other:ds one sixty)) confirmation
C: thank you so much i have a job starting in ((dur:three weeks)) in boston
"""


# 40. broadband keeps dropping the day before a remote court hearing (Ireland)
@case('transcript')
def _():
    acc = acct('ddddddddd')
    hn = house(1, 140)
    ec = eircode('R95')
    em = 'orla.kinsella' + rd(2) + '@webmail.ie'
    fr = lookalike(11)
    return f"""
A: Hello, you're through to Clearwave Broadband, my name's [[NAME:Darragh]]. Can I have your account number?
C: [[ACCT:{acc}]]. I'm on the phone to you lot every day this week.
A: I'm sorry to hear that. And for security, the address and Eircode?
C: [[ADDR:{hn} Kilkenny Road, Castlecomer]], [[PC:{ec}]].
A: Thank you, [[NAME:Orla]]. I can see an open fault, reference ((other:{fr})).
C: That's the one. I have a family court hearing by video at ((time:10 a.m.)) tomorrow. If the connection drops, they could go ahead without me.
A: I completely understand. The line test is showing ((pct:18%)) packet loss. What router do you have?
C: The ((model:CW-AX{RNG.randint(18, 60) * 100})), the one you sent me in June.
A: Thank you. I'm raising this to our network team as urgent. An engineer can come at ((time:8 a.m.)).
C: Is that definitely before ((time:ten))?
A: The slot is ((time:8 to 10)). I'll also send you a mobile hotspot with ((qty:100 GB)) of data today, free of charge, as a backup.
C: Okay. Will you email me the engineer details?
A: Yes, to [[EMAIL:{em}]]?
C: That's right. Thanks, [[NAME:Darragh]].
"""


# 41. missed connection in Sydney, brother's wedding in Bali tomorrow (Australia)
@case('asr')
def _():
    pnr = acct('LLLdLL')
    ff = rd(9)
    k = card('amex')
    b = blocks(k)
    m, y = expiry()
    cv = cvv(4)
    fee = amount(150, 380, False)
    return f"""
A: southern cross airways [[NAME:jacinta]] speaking how can i help
C: hi my flight from hobart landed late and i've missed the ((flight:s x two eighty)) to denpasar my brother's wedding is tomorrow at ((time:four))
A: oh no let's get you there can i have the booking reference
C: [[ACCT:{spell(pnr)}]]
A: thank you [[NAME:mehmet yilmaz]]
C: yeah that's me
A: okay the next flight is the ((flight:s x two eighty six)) tonight at ((time:eleven forty)) landing ((time:four thirty)) in the morning local time there's one seat left
C: take it
A: because the delay was the first flight it's a free change but the only seat is in premium economy with a ((price:{words(int(fee))} dollar)) upgrade
C: fine put it on the amex [[CARD#c:{sp(b[0])}]]
A: yep
C: [[CARD#c:{sp(b[1])}]] and [[CARD#c:{sp(b[2])}]]
A: expiry
C: [[EXP:{exp_s(m, y, 0)}]]
A: and the four digit code on the front
C: [[CVV:{sp(cv)}]]
A: and do you want the frequent flyer number added
C: yeah [[ACCT:{pairs(ff)}]]
A: done seat ((other:twenty two c)) and you'll need to go to gate ((other:fifty one)) boarding at ((time:eleven))
C: thanks [[NAME:jacinta]] you're a lifesaver
"""


# 42. playoff tickets refunded to a cancelled card (Canada)
@case('transcript')
def _():
    order = acct('ddddd-ddddd')
    old = card('visa')
    new = card('mc')
    em = 'kwame.asante' + rd(2) + '@maplemail.ca'
    ph = us_phone(780)
    amt = amount(380, 900)
    return f"""
A: Northern Lights Ticketing, this is [[NAME:Jenna]]. How can I help?
C: Hi [[NAME:Jenna]]. The playoff game tonight was moved and I asked for a refund, but it went to a card that was cancelled in May.
A: I'm sorry about that. Can I have the order number?
C: [[ACCT:{order}]].
A: Thank you, Mr. [[NAME:Asante]]. The refund of ((price:${amt})) went to the card ending [[CARD:{old[-4:]}]] this morning.
C: Yes, that card doesn't exist anymore. My new card ends in [[CARD:{new[-4:]}]].
A: When a card is closed, the bank usually sends the money to the replacement card automatically. If it bounces back to us, we'll email you to collect it.
C: How long does that take? I bought those seats for my dad's ((other:sixtieth)).
A: Usually ((dur:5 to 10 business days)). If you haven't seen it by then, call us with the order number and we'll reissue it by e-transfer.
C: Fine. Can you email me that in writing?
A: Of course, to [[EMAIL:{em}]]?
C: Yes. And put my cell on it, [[PHONE:{ph_t(ph)}]].
A: Done. I'm sorry the game moved.
"""


# 43. house closing wire held by the fraud team, closing at three (US)
@case('transcript')
def _():
    s = ssn()
    y, mo, d = dob(1975, 1992)
    hn = house(100, 9999)
    z = zipc('972')
    ph = us_phone(503)
    em = 'priyanka.rao.' + rd(2) + '@cascademail.com'
    wire = amount(48000, 96000, False)
    acc = rd(10)
    return f"""
A: Thank you for calling Evergreen Federal, this is [[NAME:Doug]] in the fraud department. How can I help?
C: Hi, I got a text saying my wire was put on hold. It's for the down payment on our house and we close at ((time:3 p.m.)) today.
A: I understand the urgency. I'll need to verify you first. Can I have your full name and Social Security number?
C: [[NAME:Priyanka Rao]]. [[SSN:{s}]].
A: Thank you. Date of birth?
C: [[DOB:{dob_t(y, mo, d, 1)}]].
A: And the address on the account?
C: [[ADDR:{hn} Southeast Division Street, Unit 4, Portland]], Oregon [[PC:{z}]].
A: Thank you, Ms. [[NAME:Rao]]. The wire of ((price:${int(wire):,})) was held because the email address on your online banking was changed yesterday. Did you change it?
C: No! I didn't change anything.
A: Then someone may have had access to your login. What's the email you use?
C: [[EMAIL:{em}]].
A: The one on file now is different, so I'm changing it back and locking the online profile. Did you receive wiring instructions by email from the title company?
C: Yes, yesterday. Oh no.
A: Please don't use those. Call the title company on the number from their website and confirm the account details by phone. Can you read me the account number on the instructions?
C: [[ACCT:{acc}]].
A: That is not the account we have on record for that title company from your earlier deposit. I'll cancel the wire. Once you've confirmed the real details, call me directly on extension ((other:4417)) and I'll send it within the hour.
C: My hands are shaking. If I'd sent it, it would have gone?
A: It would have been very hard to get back. What's the best number to reach you?
C: [[PHONE:{ph_t(ph)}]].
A: Thank you. You did the right thing calling.
"""


# 44. removal van not turned up, keys due to be handed over at one (UK)
@case('asr')
def _():
    bk = acct('LLdddd')
    h1 = house(1, 90)
    p1 = uk_pc('BS7')
    h2 = house(1, 60)
    p2 = uk_pc('BA2')
    ph = uk_mobile()
    return f"""
A: swift and sons removals [[NAME:kayleigh]] speaking
C: hi it's [[NAME:ifeoma nwachukwu]] your van was meant to be here at ((time:eight)) it's gone ((time:ten)) and i have to hand the keys over at ((time:one))
A: oh no i'm so sorry can i take your booking reference
C: [[ACCT:{spell(bk)}]]
A: thank you so that's from [[ADDR:{words(int(h1))} gloucester road]] [[PC:{pc_s(p1)}]] going to bath
C: yes to [[ADDR:{words(int(h2))} widcombe hill bath]] [[PC:{pc_s(p2, True)}]]
A: let me call the crew i'll put you on hold for ((dur:two minutes))
C: fine
A: thanks for holding the van broke down on the ((other:m thirty two)) this morning and nobody told the office i'm so sorry
C: so what happens now my buyer's solicitor is going to kill me
A: we've got a second van leaving the yard now it'll be with you by ((time:half eleven)) and we'll put ((count:four)) on it instead of ((count:three)) so it's quicker
C: ((time:half eleven)) and i need to be out by ((time:one))
A: with ((count:four)) they'll have it loaded in ((dur:ninety minutes)) can i take a mobile for the driver
C: [[PHONE:{spd(ph)}]]
A: i'll knock ((pct:twenty percent)) off the bill for the delay as well
C: okay thank you please just get them here
"""


# 45. replacement exam certificate needed for a visa application (UK)
@case('transcript')
def _():
    cand = rd(4)
    y, mo, d = dob(1988, 2000)
    hn = house(2, 200)
    pc = uk_pc('B29')
    fee = amount(40, 60)
    k = card('mc')
    m, yy = expiry()
    cv = cvv()
    em = 'tasnim.uddin' + rd(2) + '@outpost.com'
    return f"""
A: Midland Examinations Board certificates team, [[NAME:Gareth]] speaking.
C: Hello. I need a replacement certificate for my GCSEs from ((year:2014)). My visa application closes on Friday and the embassy wants the original.
A: I can help with that. A certificate can't be reissued, but we can send a certified statement of results, which embassies accept. Can I take your name as it was when you sat the exams?
C: [[NAME:Tasnim Uddin]].
A: Date of birth?
C: [[DOB:{dob_t(y, mo, d, 0)}]].
A: Do you remember your candidate number or school?
C: Candidate number [[ACCT:{cand}]], at Selly Park.
A: Thank you, I've found you. The fast-track statement is ((price:£{fee})) and we dispatch in ((dur:48 hours)). What address should we send it to?
C: [[ADDR:{hn} Bristol Road, Selly Oak]], [[PC:{pc}]].
A: And can I take the card payment?
C: [[CARD:{tg(k)}]], expiry [[EXP:{exp_t(m, yy, 2)}]], security code [[CVV:{cv}]].
A: Thank you, that's paid. And an email for the tracking link?
C: [[EMAIL:{em}]].
A: You'll have it by Thursday. If the embassy needs anything else, they can verify it online with the code on the statement.
C: Thank you. That's a weight off.
"""


# 46. holding deposit on a rental before the next viewer takes it (Ireland)
@case('asr')
def _():
    hn = house(1, 99)
    ec = eircode('H91')
    dep = amount(400, 800, False)
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    em = 'lukasz kaminski ' + sp(rd(2))
    return f"""
A: western lettings [[NAME:clodagh]] speaking
C: hi [[NAME:clodagh]] i viewed the ((count:two)) bed on [[ADDR:{words(int(hn))} taylors hill road]] this morning and i want it the landlord said whoever pays the holding deposit first gets it
A: that's right there's ((count:two)) other people interested and one is viewing at ((time:three)) the holding deposit is ((price:{words(int(dep))} euro))
C: i'll pay it now i'm in the car outside
A: okay can i take your name
C: [[NAME:lukasz kaminski]] and my partner is [[NAME:marta]]
A: thanks [[NAME:lukasz]] go ahead with the card
C: [[CARD#c:{sp(b[0])}]] hang on pulling in [[CARD#c:{sp(b[1])}]]
A: yep
C: [[CARD#c:{sp(b[2])}]] uh [[CARD#c:{sp(b[3])}]]
A: so ending [[CARD:{sp(b[3])}]] and the expiry
C: [[EXP:{exp_s(m, y, 5)}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: that's through it's yours the eircode for the lease is [[PC:{spell(ec)}]] i'll send the lease to your email
C: [[EMAIL:{em} at gmail dot com]]
A: grand you'll have it within the hour
"""


# 47. card blocked at the supermarket, IVR date-of-birth check then an agent (Australia)
@case('transcript')
def _():
    k = card('visa')
    y, mo, d = dob(1950, 1970)
    hn = house(1, 300)
    pc = au_pc('QLD')
    ph = au_phone('7')
    return f"""
I: Welcome to Coral Coast Bank. Please key in the last four digits of your card.
I: Thank you. Please key in your date of birth, using two digits for the day, two for the month and four for the year.
I: I'm sorry, I couldn't verify those details. Please hold for a consultant.
A: Coral Coast Bank, you're speaking with [[NAME:Brodie]]. Can I start with your full name?
C: [[NAME:Maureen Papadopoulos]]. I put my birthday in and it said it was wrong, and my card's just been declined at the checkout with a trolley full of shopping.
A: I'm sorry, Mrs. [[NAME:Papadopoulos]]. Let's try again with me. Your date of birth?
C: [[DOB:{dob_t(y, mo, d, 0)}]].
A: Thank you, that matches. And your card number?
C: [[CARD:{tg(k)}]].
A: And your residential address?
C: [[ADDR:{hn} Esplanade, Hervey Bay]], [[PC:{pc}]].
A: Thank you. I can see the card's been blocked because it was reported lost this morning.
C: Lost? It's in my hand!
A: It was reported by phone from a number ending [[PHONE:{ph[-4:]}]]. Is that yours?
C: That's my son's number. He must have thought I'd lost it yesterday. [[NAME:Nikos]], honestly.
A: That explains it. Because it's been reported lost I can't reactivate it, but I can issue an instant digital card to your phone and the new plastic card will arrive in ((dur:5 to 7 days)).
C: I don't do phone cards. Can I just withdraw cash?
A: Yes, at any branch with your ID. The nearest one is ((qty:400 metres)) from the supermarket.
C: Right. I'll leave the trolley with the girl. Thank you, [[NAME:Brodie]].
"""


# 48. daycare: child has a fever, grandmother needs to be added as a pickup (US)
@case('asr')
def _():
    cy, cm, cd = dob(2021, 2022)
    ph = us_phone(214)
    gph = us_phone(972)
    return f"""
A: little sprouts learning center this is miss [[NAME:tamika]] speaking
C: hi it's [[NAME:jordan whitfield]] [[NAME:ellie]]'s mom you just called me about her fever
A: yes hi she's at ((other:a hundred and one point four)) so she does need to go home within the hour per our policy
C: i'm in a deposition downtown i can't leave for at least ((dur:two hours)) can her grandma pick her up she's not on the list
A: we can add her but i need to verify you first can you give me [[NAME:ellie]]'s date of birth
C: [[DOB:{dob_s(cy, cm, cd, 1)}]]
A: and the pickup password on the account
C: ((other:blue giraffe forty two))
A: thank you and what's grandma's full name
C: [[NAME:loretta whitfield]] she'll have her driver's license with her
A: okay and a number for her
C: [[PHONE#g:{sp(gph[:3])}]] uh [[PHONE#g:{sp(gph[3:])}]]
A: so [[PHONE:{sp(gph[:3])} {sp(gph[3:])}]]
C: yes and if anything changes call me on [[PHONE:{pairs(ph)}]]
A: got it we'll keep her comfy in the quiet room until [[NAME:loretta]] gets here
C: thank you so much tell her mommy loves her
"""


# 49. water off for a street, baby formula, priority register (UK)
@case('transcript')
def _():
    acc = rd(10)
    hn = house(2, 150)
    pc = uk_pc('L15')
    ph = uk_mobile()
    by, bm, bd = dob(2025, 2025)
    return f"""
A: Mersey Water emergency line, [[NAME:Stacey]] speaking. How can I help?
C: Hi, we've had no water since ((time:6 a.m.)) and I've got a ((other:6-week-old)) baby. I can't make her bottles.
A: I'm sorry. There's a burst main on your street and we're repairing it now. Can I take your postcode to check?
C: [[PC:{pc}]].
A: And the house number?
C: [[ADDR:{hn} Dovedale Road]].
A: Thank you. Can I take your name and the account number from your bill, if you have it?
C: [[NAME:Shireen Abdullah]]. The account is [[ACCT:{acc[:5]} {acc[5:]}]].
A: Thank you, Ms. [[NAME:Abdullah]]. I'm going to add you to our priority services register because of the baby. Can I take her date of birth?
C: [[DOB:{dob_t(by, bm, bd, 2)}]]. Her name's [[NAME:Noor]].
A: Thank you. We'll deliver ((count:two)) packs of bottled water to you within ((dur:two hours)). For formula, please use bottled water labelled as low in sodium, or boiled.
C: Okay. How long will the repair take?
A: The crew estimate is ((time:4 p.m.)). The water may be cloudy for a while after; run the cold tap for a few minutes before using it.
C: And if I'm out when you deliver?
A: What's a good mobile number? The driver will call ahead.
C: [[PHONE:{ph_t(ph)}]].
A: Perfect. It's on its way, Ms. [[NAME:Abdullah]].
"""


# 50. tax extension and payment at half past eleven at night (US)
@case('asr')
def _():
    s = ssn()
    y, mo, d = dob(1964, 1985)
    owe = amount(900, 3800, False)
    k = card('disc')
    b = blocks(k)
    m, yy = expiry()
    cv = cvv()
    em = 'rafael montoya ' + sp(rd(2))
    return f"""
A: thank you for calling taxpath support this is [[NAME:jerome]]
C: hi it's ((time:eleven thirty)) and i need to file an extension and pay what i owe before midnight or i get the penalty
A: okay we've got ((dur:thirty minutes)) let's go can i have your social
C: [[SSN#s:{sp(s[:3])} {sp(s[3:5])}]] um [[SSN#s:{sp(s[5:])}]]
A: and date of birth
C: [[DOB:{dob_s(y, mo, d, 3)}]]
A: thank you [[NAME:rafael]] the estimated balance on the return is ((price:{words(int(owe))} dollars)) do you want to pay it all
C: yes if i don't the penalty is ((pct:five percent)) a month right
A: roughly yes plus interest go ahead with the card
C: [[CARD#c:{sp(b[0])} {sp(b[1])}]] and [[CARD#c:{sp(b[2])} {sp(b[3])}]]
A: expiration
C: [[EXP:{exp_s(m, yy, 0)}]]
A: and the code
C: [[CVV:{sp(cv)}]]
A: payment's scheduled for tonight the extension is filed at ((time:eleven forty one)) you'll get the confirmation at [[EMAIL:{em} at outlook dot com]]
C: yeah that's it thank you man i'm never leaving it this late again
A: everybody says that
"""


# 51. urgent passport pickup before a flight on Monday (Canada)
@case('transcript')
def _():
    fn_ = acct('LLdddddddd')
    y, mo, d = dob(1985, 2001)
    ph = us_phone(613)
    em = 'h.bouchard' + rd(3) + '@courrielmail.ca'
    return f"""
A: Passport and Travel Documents, this is [[NAME:Amélie]].
C: Hi, I applied for urgent service on Tuesday and I was told to call if I hadn't heard by today. My flight is Monday at ((time:6 a.m.)).
A: I can check. What's your file number?
C: [[ACCT:{fn_}]].
A: And your date of birth?
C: [[DOB:{dob_t(y, mo, d, 4)}]].
A: Thank you, Ms. [[NAME:Bouchard]]. The passport was approved this morning and it will be ready for pickup tomorrow after ((time:2 p.m.)) at the Ottawa office.
C: Tomorrow is Saturday. Are you open?
A: The pickup counter is open ((time:9 to 4)) on Saturdays for urgent files.
C: Okay. My sister may have to pick it up; I'm at work. Can she?
A: She'll need a signed authorization from you and her own photo ID. What's her name?
C: [[NAME:Geneviève Bouchard]].
A: I'll add her to the file. Can I confirm your phone and email?
C: [[PHONE:{ph_t(ph)}]], and [[EMAIL:{em}]].
A: Thank you. Have a good trip.
"""


# 52. child's surgery tomorrow, fasting times and Medicare check (Australia)
@case('asr')
def _():
    med = rd(10)
    cy, cm, cd = dob(2018, 2020)
    ph = au_phone('2')
    return f"""
A: children's hospital surgical bookings [[NAME:raelene]] speaking
C: hi my son's having his tonsils out tomorrow and i can't find the fasting instructions and i'm panicking
A: that's okay i'll go through them with you what's his name
C: [[NAME:oliver tran]]
A: and his date of birth
C: [[DOB:{dob_s(cy, cm, cd, 0)}]]
A: and the medicare number with his number on the card
C: [[ACCT#m:{sp(med[:4])} {sp(med[4:9])}]] uh he's number [[ACCT#m:{sp(med[9])}]]
A: thanks so [[NAME:oliver]]'s surgery is at ((time:eight thirty)) arrive at ((time:six forty five)) he can have food until midnight
C: midnight and then nothing
A: clear fluids like water or apple juice until ((time:six)) in the morning then nothing at all
C: okay water until ((time:six)) got it
A: and bring his favourite toy and his medications if he has any
C: just his puffer is there a number if he gets sick tonight
A: call us on the main line or your gp i'll also text you the instructions what's your mobile
C: [[PHONE:{sp(ph[:4])} {sp(ph[4:7])} {sp(ph[7:])}]]
A: done you'll have it in a minute
"""


# 53. family stranded by a cancellation on the way to a funeral, IVR, agent, supervisor (US, long)
@case('transcript')
def _():
    pnr = acct('LLLLdL')
    k1 = card('visa')
    m1, y1 = expiry()
    c1 = cvv()
    k2 = card('amex')
    m2, y2 = expiry()
    c2 = cvv(4)
    ph = us_phone(504)
    em = 'claudette.broussard' + rd(2) + '@bayoumail.com'
    fare = amount(180, 420)
    hv = lookalike(9)
    return f"""
I: Welcome to Pelican Airlines. Please say or enter your six-character confirmation code.
C: [[ACCT:{' '.join(pnr)}]].
I: I heard [[ACCT:{' '.join(pnr)}]]. Your flight ((flight:PA 1182)) to Atlanta has been cancelled. To rebook, please hold for the next available agent.
A: Thank you for calling Pelican Airlines, my name is [[NAME:Chad]]. May I have your confirmation code?
C: I just said it to the computer. [[ACCT:{pnr}]].
A: Thank you, I'm sorry, it doesn't always transfer. I see ((count:three)) passengers: [[NAME:Claudette Broussard]], [[NAME:Lionel Broussard]] and [[NAME:Amani Broussard]].
C: That's us. We're going to my father's funeral. It's at ((time:11 a.m.)) tomorrow in Macon.
A: I'm so sorry for your loss. The next flight with ((count:three)) seats is ((flight:PA 1190)) tomorrow at ((time:6:05 a.m.)), arriving ((time:8:40 a.m.)).
C: That works if it actually goes. Is there nothing tonight?
A: There's one seat on the ((time:7:50 p.m.)), but not ((count:three)).
C: Then book the morning for all ((count:three)). And we'll need a hotel.
A: Because the cancellation was weather-related, I'm not able to provide a hotel voucher, I'm afraid.
C: Weather? It's clear as day here. The board said crew.
A: Let me check the reason code. Please hold.
A: Thank you for holding. You're right, the code shows crew scheduling. I can offer a voucher, but there is a fare difference on the morning flight because it's in a different fare class, ((price:${fare} per person)).
C: That's ridiculous. I want a supervisor.
A: Of course. One moment.
A: Hello, this is [[NAME:Yolanda Pierce]], I'm a supervisor. May I have the confirmation code, please?
C: [[ACCT#p:{pnr[:3]}]]... [[ACCT#p:{pnr[3:]}]]. Sorry, [[ACCT:{pnr}]]. I have given it ((count:three)) times.
A: I'm sorry, Ms. [[NAME:Broussard]]. I've read [[NAME:Chad]]'s notes. I'm waiving the fare difference, because the cancellation was our crew.
C: Thank you.
A: There is a ((price:${RNG.choice([10, 15, 20, 25])})) change fee that I can't waive on this ticket type. Do you have a card for that?
C: Honestly. [[CARD:{tg(k1)}]].
A: Expiration?
C: [[EXP:{exp_t(m1, y1, 0)}]].
A: And the security code?
C: [[CVV:{c1}]].
A: I'm sorry, that card has been declined.
C: It's the travel card, I think it's frozen. Use my Amex. [[CARD:{tg(k2)}]], [[EXP:{exp_t(m2, y2, 0)}]], and the code is [[CVV:{c2}]].
A: Thank you, that's approved. Your hotel voucher number is ((other:{hv})), for the Airport Suites, and the shuttle runs every ((dur:20 minutes)).
C: What's the gate in the morning?
A: It will be posted ((dur:two hours)) before departure, usually ((other:B12)) or ((other:B14)). I'll send everything to your email, [[EMAIL:{em}]]?
C: Yes. And text me too, [[PHONE:{ph_t(ph)}]].
A: Done. Seats ((other:14A)), ((other:14B)) and ((other:14C)), together.
C: Thank you, [[NAME:Yolanda]]. I'm sorry I shouted at the first man.
A: It's been a hard day. I'm sorry about your father.
"""


# 54. festival wristbands not delivered, festival starts Friday (UK)
@case('asr')
def _():
    order = acct('FST-ddddddd')
    hn = house(3, 160)
    pc = uk_pc('G12')
    ph = uk_mobile()
    k = card('mc')
    return f"""
A: hiya you're through to fieldsound festival support my name's [[NAME:euan]]
C: hiya [[NAME:euan]] my wristbands haven't come and the festival starts friday we're driving down thursday night
A: aw no let's have a look what's the order number
C: [[ACCT:{spell(order)}]]
A: and the name on the order
C: [[NAME:morag fitzsimmons]]
A: cheers [[NAME:morag]] so that's ((count:four)) weekend camping tickets posted to [[ADDR:flat {words(int(hn) % 9 + 1)} {words(int(hn))} great western road glasgow]] [[PC:{pc_s(pc, True)}]]
C: that's right but the buzzer's broken so the posty's probably left it with someone
A: ah yeah it looks like it was signed for on tuesday by [[NAME:a mcleish]]
C: i don't know anyone called [[NAME:mcleish]]
A: could be a neighbour but don't worry i'll cancel those wristbands and you'll pick new ones up at the box office with id
C: brilliant what do i need to bring
A: photo id and the card you paid with that's the one ending [[CARD:{sp(k[-4:])}]]
C: yeah i've got that and what's your number if anything goes wrong
A: we'll text you a confirmation to [[PHONE:{sp(ph)}]]
C: yeah that's me cheers
"""


# 55. car stolen the night before a wedding, the best man calls the insurer (Ireland)
@case('transcript')
def _():
    pol = 'IRL-' + acct('ddddddd')
    y, mo, d = dob(1988, 1996)
    hn = house(1, 140)
    ec = eircode('T12')
    plate = '2' + str(RNG.randint(1, 4)) + '1-C-' + rd(5)
    garda = acct('ddddddd')
    em = 'shane.okeeffe' + rd(2) + '@irishpost.ie'
    return f"""
A: Good morning, Emerald Motor Insurance, [[NAME:Aisling]] speaking. How can I help?
C: Hi [[NAME:Aisling]]. My car was stolen from outside my house last night and I'm the best man at a wedding at ((time:2 o'clock)) today. I need to know about a hire car.
A: I'm sorry to hear that. Have you reported it to the Gardaí?
C: Yes, at ((time:7)) this morning. They gave me an incident number, [[ACCT:{garda}]].
A: Thank you. Can I take your policy number?
C: [[ACCT:{pol}]].
A: And your name and date of birth?
C: [[NAME:Shane O'Keeffe]], [[DOB:{dob_t(y, mo, d, 2)}]].
A: And the address the car was taken from?
C: [[ADDR:{hn} Douglas Road, Cork]], [[PC:{ec}]].
A: And the registration?
C: [[ACCT:{plate}]]. A grey ((year:2021)) hatchback.
A: Thank you, Mr. [[NAME:O'Keeffe]]. Your policy includes a replacement car for theft, up to ((dur:21 days)). I can have one delivered to you by ((time:12)).
C: ((time:Twelve)) is tight but okay. The church is ((dur:20 minutes))' drive.
A: I'll mark it priority. I'll email the claim form to you. Is [[EMAIL:{em}]] correct?
C: Yes. And I've the rings in my pocket, thank God, not in the car.
A: That's one good thing! Enjoy the wedding.
"""


# 56. school trip to Quebec City, payment deadline at noon (Canada)
@case('asr')
def _():
    sid = rd(6)
    amt = amount(350, 650, False)
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    em = 'tanvir hossain ' + sp(rd(2))
    return f"""
A: westview secondary school office mrs [[NAME:gillespie]] speaking
C: hi sorry i'm calling about the grade ((other:nine)) trip to quebec city the online payment says it closes at noon and it's ((time:eleven fifty))
A: okay we'd better be quick what's the student's name
C: [[NAME:nafisa hossain]] her student number is [[ACCT:{sp(sid)}]]
A: got her the balance is ((price:{words(int(amt))} dollars)) i can take a card over the phone
C: please [[CARD#c:{sp(b[0])}]] um [[CARD#c:{sp(b[1])}]]
A: go ahead
C: sorry [[CARD#c!:{sp(b[1])}]] then [[CARD#c:{sp(b[2])} {sp(b[3])}]]
A: and the expiry
C: [[EXP:{exp_s(m, y, 4)}]]
A: and the three digits on the back
C: [[CVV:{sp(cv)}]]
A: that's gone through at ((time:eleven fifty three)) i'll email the receipt to [[EMAIL:{em} at rogers dot com]]
C: that's my husband [[NAME:tanvir]]'s email that's fine
A: perfect [[NAME:nafisa]] is all set the bus leaves on the ((date:fourteenth)) at ((time:six a m))
"""


# 57. rental bond refund needed for the next lease (Australia)
@case('transcript')
def _():
    bond = acct('Bdddddddd')
    unit = str(RNG.randint(1, 30))
    hn = house(10, 200)
    pc = au_pc('NSW')
    bsb = acct('ddd-ddd')
    an = rd(9)
    em = 'jess.kowalski' + rd(2) + '@ozmail.net.au'
    amt = amount(1600, 3200, False)
    return f"""
A: Rental Bonds Online, this is [[NAME:Wayne]].
C: Hi [[NAME:Wayne]]. My bond refund was approved but it's gone to an old bank account, and I need the money for the bond on my new place by Friday.
A: Let me check. What's the bond number?
C: [[ACCT:{bond}]].
A: And the rental address?
C: [[ADDR:Unit {unit}, {hn} Parramatta Road, Annandale]], [[PC:{pc}]].
A: And your name?
C: [[NAME:Jessica Kowalski]].
A: Thanks, [[NAME:Jessica]]. The claim for ((price:${amt})) was paid ((dur:two days)) ago to the account you gave when you lodged the bond in ((year:2021)).
C: That account's closed. Won't it bounce back?
A: It usually does within ((dur:3 to 5 business days)). When it comes back, we'll pay it to the new account. Can you give me the new details?
C: BSB [[ACCT:{bsb}]], account [[ACCT:{an}]].
A: So BSB [[ACCT:{bsb}]], account [[ACCT:{an[:3]} {an[3:6]} {an[6:]}]].
C: Yes. Is there any way to speed it up?
A: I'll flag it with the bank today. I'll also email you a letter confirming the refund, which some agents accept instead of the bond. What's your email?
C: [[EMAIL:{em}]].
A: Sent. Good luck with the move.
"""


# 58. hospital transport for dialysis didn't come, booking the next one (UK)
@case('asr')
def _():
    nhs = rd(10)
    y, mo, d = dob(1938, 1950)
    hn = house(1, 80)
    pc = uk_pc('NE6')
    ph = uk_mobile()
    return f"""
A: patient transport service [[NAME:denise]] speaking
C: hello i'm ringing for my dad his transport to dialysis didn't turn up this morning and he has to go ((count:three)) times a week he can't miss it
A: oh i'm sorry about that what's his name
C: [[NAME:stanley robson]]
A: and his date of birth
C: [[DOB:{dob_s(y, mo, d, 0)}]]
A: and his n h s number if you have it
C: [[ACCT:{sp(nhs[:3])} {sp(nhs[3:6])} {sp(nhs[6:])}]]
A: thank you and the pickup address
C: [[ADDR:{words(int(hn))} shields road byker]] [[PC:{pc_s(pc)}]]
A: i can see the booking the crew were sent to another job i'm so sorry the unit has squeezed him in at ((time:two)) today can you get him ready
C: yes he'll be ready he's been sat in his coat since ((time:seven))
A: bless him and is this the best number to confirm the pickup
C: it's my mobile [[PHONE:{sp(ph)}]] i'm his daughter [[NAME:linda]]
A: thanks [[NAME:linda]] i'll put you as the contact and i've booked his friday run as well for ((time:seven forty five))
C: thank you please make sure they come
"""


# 59. tickets for a daughter's dance recital, card given then withdrawn (US)
@case('transcript')
def _():
    k1 = card('visa')
    k2 = card('mc')
    m, y = expiry()
    cv = cvv()
    em = 'n.abernathy-cole' + rd(2) + '@sunmail.com'
    tix = amount(18, 35, False)
    return f"""
A: Riverside Performing Arts Center box office, this is [[NAME:Tyler]].
C: Hi! I need ((count:four)) tickets for tonight's spring recital, my daughter's dancing and the website shows sold out.
A: There are a few seats released from the school allocation. I have ((count:four)) together in row M, seats ((other:8)) to ((other:11)), at ((price:${tix} each)).
C: Perfect. Here's the card. [[CARD:{tg(k1)}]].
A: Thank you, and the expiration date?
C: Oh, wait. No, don't use that one, that's my work card. Sorry. Use this one: [[CARD:{tg(k2)}]].
A: No problem, I've cleared the first one. Expiration on the new card?
C: [[EXP:{exp_t(m, y, 0)}]].
A: And the three-digit code?
C: [[CVV:{cv}]].
A: Thank you. That's ((count:four)) tickets, ((price:${int(tix) * 4})) total. Can I have a name for the will-call window?
C: [[NAME:Nicole Abernathy-Cole]]. And my daughter is [[NAME:Zuri]], in case you want to cheer.
A: I'll be cheering for [[NAME:Zuri]]. I'll email the confirmation. What address?
C: [[EMAIL:{em}]].
A: You're all set. Doors open at ((time:6:30)).
"""


# 60. hail took the roof, first claim in twenty years (US)
@case('asr')
def _():
    pol = acct('HO-ddddddd')
    hn = house(100, 9999)
    z = zipc('731')
    y, mo, d = dob(1950, 1968)
    ph = us_phone(405)
    clm = rd(9)
    cov = RNG.randint(180, 320) * 1000
    return f"""
A: prairie shield insurance claims this is [[NAME:cody]] are you and your family safe
C: we're safe but there's a hole in the roof the size of a truck tire and it's raining in the kids' room
A: i'm sorry to hear that let's get a claim started can i have your policy number
C: [[ACCT:{spell(pol)}]]
A: and the name on the policy
C: [[NAME:earline pettigrew]]
A: thank you ma'am and your date of birth
C: [[DOB:{dob_s(y, mo, d, 1)}]]
A: and the property address
C: [[ADDR:{pairs(hn)} red bud lane norman]] oklahoma [[PC:{sp(z)}]]
A: thank you when did the damage happen
C: last night about ((time:ten fifteen)) we've been with you ((dur:twenty two years)) and never claimed a thing
A: and we appreciate that your policy has a ((pct:two percent)) wind and hail deductible i'll explain that when the adjuster calls
C: ((pct:two percent)) of what
A: of the dwelling coverage so on your policy that would be ((price:{words(cov * 2 // 100)} dollars))
C: lord okay
A: i'll also approve emergency tarping today your claim number is [[ACCT:{sp(clm)}]]
C: hold on [[ACCT:{sp(clm[:3])} {sp(clm[3:6])} {sp(clm[6:])}]]
A: that's right and the best phone number for the adjuster
C: [[PHONE:{sp(ph)}]]
A: they'll call within ((dur:twenty four hours)) and a tarp crew will be out by ((time:three)) today
"""


# 61. nursery fees due today, tax-free childcare account (UK)
@case('transcript')
def _():
    n_ = ni()
    cy, cm, cd = dob(2021, 2023)
    hn = house(1, 120)
    pc = uk_pc('RG1')
    fees = amount(900, 1500)
    k = card('visa')
    m, y = expiry()
    cv = cvv()
    return f"""
A: Good morning, Bright Beginnings Nursery, [[NAME:Pooja]] speaking.
C: Hi [[NAME:Pooja]], it's [[NAME:Callum Ferguson]], [[NAME:Isla]]'s dad. I've had an email saying the fees are overdue and she can't come in tomorrow unless they're paid today.
A: Hi [[NAME:Callum]]. Yes, the tax-free childcare payment didn't come through this month.
C: The government account says it's been sent. They asked me to give you my National Insurance number so you can match it.
A: That would help. Go ahead.
C: [[SSN:{n_[:2]} {n_[2:4]} {n_[4:6]} {n_[6:8]} {n_[8]}]].
A: Thank you. And [[NAME:Isla]]'s date of birth for the childcare reference?
C: [[DOB:{dob_t(cy, cm, cd, 0)}]].
A: I can see it now. It was sent to our old bank details, so it'll bounce back in a week or so. The balance is ((price:£{fees})).
C: I'll pay it on the card today so she can come in, and you can refund the other when it comes back.
A: That's fine. Card number?
C: [[CARD:{tg(k)}]].
A: Expiry?
C: [[EXP:{exp_t(m, y, 0)}]].
A: Security code?
C: [[CVV:{cv}]].
A: Paid, thank you. Can I just confirm the home address we have, for the receipt?
C: [[ADDR:{hn} Addington Road]], [[PC:{pc}]].
A: Lovely. See you and [[NAME:Isla]] in the morning.
"""


# 62. moving home to Ireland from England, removal deposit (Ireland/UK)
@case('asr')
def _():
    bk = acct('dddddd')
    h1 = house(1, 140)
    p1 = uk_pc('NW6')
    h2 = house(1, 40)
    ec = eircode('F91')
    dep = amount(500, 900, False)
    k = card('mc')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    return f"""
A: atlantic bridge removals this is [[NAME:colm]]
C: hi [[NAME:colm]] it's [[NAME:bernadette ní mhurchú]] i got a quote off ye for the move from london to sligo and the email says the date goes if the deposit isn't in by ((time:five)) today
A: that's right give me one second what's the quote number
C: [[ACCT:{sp(bk)}]]
A: grand so that's from [[ADDR:{words(int(h1))} kilburn park road]] [[PC:{pc_s(p1)}]] to [[ADDR:{words(int(h2))} pearse road sligo]] is that right
C: yes and the eircode there is [[PC:{spell(ec)}]]
A: perfect the deposit is ((price:{words(int(dep))} euro)) or i can do it in sterling
C: euro is fine my card's an irish one [[CARD#c:{sp(b[0])} {sp(b[1])}]]
A: mm-hmm
C: [[CARD#c:{sp(b[2])}]] oh hang on sorry that's wrong [[CARD#c!:{sp(b[2])}]] no it's right [[CARD#c:{sp(b[3])}]]
A: okay i'll read the whole thing back [[CARD:{sp(k)}]]
C: yes
A: expiry
C: [[EXP:{exp_s(m, y, 2)}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: that's you booked for the ((date:twenty ninth)) the crew will be at the london end at ((time:eight)) and in sligo the following afternoon
C: thank god my mother's in a home in sligo and i want to be near her
"""


# 63. car in a ditch in a snowstorm, first card expired (Canada)
@case('transcript')
def _():
    ph = us_phone(705)
    k1 = card('visa')
    m1, y1 = expiry(expired=True)
    k2 = card('mc')
    m2, y2 = expiry()
    c2 = cvv()
    tow = amount(220, 380, False)
    return f"""
A: Northland Towing dispatch, this is [[NAME:Renée]]. Are you safe?
C: I think so. I slid into the ditch on Highway ((other:11)) about ((qty:15 kilometres)) north of Huntsville. It's a whiteout.
A: Is the exhaust pipe clear of snow? Keep the engine running only ((dur:10 minutes)) every hour if it's blocked.
C: I checked, it's clear. I'm not a member of anything, can you still come?
A: Yes. For non-members a winch-out is ((price:${tow})), paid by card before we dispatch. What's your name?
C: [[NAME:Pavel Horvath]].
A: And the card?
C: [[CARD:{tg(k1)}]], expiry [[EXP:{exp_t(m1, y1, 0)}]].
A: I'm sorry, Mr. [[NAME:Horvath]], that card expired in ((year:{y1})).
C: Oh, no. The new one's in my wallet. Here. [[CARD:{tg(k2)}]], [[EXP:{exp_t(m2, y2, 0)}]], and the code on the back is [[CVV:{c2}]].
A: Thank you, that's approved. A truck is on the way, about ((dur:45 minutes)) because of the roads. What's your cell number?
C: [[PHONE:{ph_t(ph)}]].
A: Thank you. Put your hazards on and stay in the car with your seatbelt on.
C: I will. Please hurry, it's ((other:minus 24)) out here.
"""


# 64. café EFTPOS down because the internet is out (Australia)
@case('asr')
def _():
    acc = acct('ddddddddd')
    hn = house(1, 300)
    pc = au_pc('SA')
    ph = au_phone('8')
    return f"""
A: you're through to outback broadband business support my name is [[NAME:kane]]
C: hi [[NAME:kane]] my internet's down and my eftpos runs off it i've got a café full of people who can't pay
A: oh that's no good can i get your account number
C: [[ACCT:{sp(acc[:3])} {sp(acc[3:6])} {sp(acc[6:])}]]
A: and the service address
C: [[ADDR:{words(int(hn))} king william road hyde park]] [[PC:{sp(pc)}]]
A: thanks is that [[NAME:dimitra kostas]]
C: yep that's me
A: okay i can see the modem's offline since ((time:nine fifty two)) is that the ((model:{spell('NB' + rd(3))})) model
C: it's a black one i don't know the model
A: no worries could you unplug it for ((dur:thirty seconds)) and plug it back in
C: done the lights are all orange
A: there's an outage on the local node ((pct:forty percent)) of customers in your area are affected the estimated fix is ((time:one p m))
C: ((time:one o'clock)) i'll lose the whole lunch rush
A: i'm sorry we can send a mobile backup device that plugs into the eftpos it'd be with you by ((time:eleven thirty)) what's a mobile number for the courier
C: [[PHONE:{sp(ph[:2])} {sp(ph[2:6])} {sp(ph[6:])}]]
A: done and i'll put a credit on the account for today
"""


# 65. test centre closed on the morning of the exam (US)
@case('transcript')
def _():
    reg = acct('dddddddd')
    y, mo, d = dob(2006, 2007)
    em = 'maya.goldstein' + rd(2) + '@brightmail.com'
    k = card('disc')
    fee = amount(60, 110)
    return f"""
A: Collegiate Testing Services, this is [[NAME:Bianca]]. How can I help you today?
C: Hi, I'm calling for my daughter. We drove ((qty:40 miles)) to her test center and there's a sign on the door saying it's closed. The test starts at ((time:8)).
A: I'm so sorry. Can I have her registration number?
C: [[ACCT:{reg}]].
A: And her name and date of birth?
C: [[NAME:Maya Goldstein]], [[DOB:{dob_t(y, mo, d, 3)}]].
A: Thank you. I can see the center reported a power outage at ((time:6:40 a.m.)). The test is cancelled there. You'll get a full refund of ((price:${fee})) to the card ending [[CARD:{k[-4:]}]], or a free transfer to the next date.
C: The next date is after her college deadline. Is there any center open today?
A: There is one in Stamford with ((count:two)) seats left, starting at ((time:9:30)). Is that reachable?
C: Stamford is ((dur:35 minutes)) from here. Yes, book it.
A: Done. Her new admission ticket will go to [[EMAIL:{em}]]. She'll need her photo ID.
C: Thank you, [[NAME:Bianca]]. She's in tears in the back seat.
A: Tell her she's still got this.
"""


# 66. elderly caller talked into moving savings to a "safe account" (UK)
@case('asr')
def _():
    sort = acct('dd dd dd')
    an = rd(8)
    y, mo, d = dob(1936, 1948)
    pc = uk_pc('PL4')
    amt = amount(6000, 18000, False)
    return f"""
A: you're through to the fraud team at westcountry building society my name is [[NAME:jasmine]]
C: hello dear my grandson said i should ring you a man phoned this morning saying he was from the bank and i moved some money
A: okay thank you for calling us can i take your name
C: [[NAME:dorothy penhaligon]]
A: and your date of birth [[NAME:dorothy]]
C: [[DOB:{dob_s(y, mo, d, 0)}]]
A: and your postcode
C: [[PC:{pc_s(pc)}]]
A: thank you and how much did you move and where to
C: ((price:{words(int(amt))} pounds)) he said it was a safe account he gave me the sort code [[ACCT:{sp(sort)}]] and the account [[ACCT:{pairs(an)}]]
A: thank you when did you send it
C: about ((time:half past ten)) he stayed on the phone the whole time
A: i'm so sorry [[NAME:dorothy]] that was a scam we never ask you to move money i'm going to contact the receiving bank now to try and freeze it
C: oh my word that's my savings for the funeral plan
A: i know i'm going to do everything i can have you given him any card details or passwords
C: he asked for the code from my text and i read it out
A: okay i'm blocking your online banking and your card now and i'll ring you back within the hour is your grandson with you
C: [[NAME:jayden]]'s coming over now
"""


# 67. the fifth call about the same internet fault, tech support then retention (US, long)
@case('asr')
def _():
    acc = rd(12)
    hn = house(100, 9999)
    z = zipc('191')
    s4 = rd(4)
    ph = us_phone(267)
    em = 'dev patel ' + sp(rd(3))
    credit = amount(40, 90, False)
    bill = amount(79, 119)
    return f"""
A: thank you for calling keystone fiber my name is [[NAME:brittany]] can i have the account number please
C: [[ACCT:{sp(acc[:4])} {sp(acc[4:8])} {sp(acc[8:])}]] and before you start this is the fifth time i've called about the exact same problem
A: i'm sorry to hear that and i'll do my best to get it resolved today can you verify the service address
C: [[ADDR:{pairs(hn)} spruce street philadelphia]] [[PC:{sp(z)}]]
A: thank you and the last four of the account holder's social
C: [[SSN:{sp(s4)}]]
A: thank you mister [[NAME:patel]] what's going on with the service
C: the internet drops every evening between about ((time:seven)) and ((time:ten)) i work nights from home on video and i've had ((count:two)) warnings from my boss
A: i understand let me run a test on the modem real quick do you know which modem you have
C: it's your modem the ((model:k f {n2(RNG.randint(12, 39))} hundred)) it's literally the third one you've sent me
A: okay the test shows the signal is fine right now
C: it's always fine at ((time:two in the afternoon)) that's what everyone says
A: i'm going to transfer you to our tier ((other:two)) team they can see the evening history
C: fine but please don't make me repeat everything
A: hi this is [[NAME:marcus]] with advanced support can i get the account number
C: oh come on [[ACCT:{acc}]] i literally just gave it to the last person
A: sorry about that sir it doesn't carry over on my side and can you verify the last four of the social
C: [[SSN:{sp(s4)}]]
A: thank you i'm looking at your node over the last ((dur:thirty days)) and you're right there's ((pct:twelve percent)) packet loss every evening it's a congestion issue on the node
C: so it's not my house it's you
A: it's on our side yes there's a node split scheduled but it's not until march
C: march i can't wait till march i'll lose my job
A: what i can do is move you to our business line it's on a different network segment it's ((price:{money_s(bill, 'dollars')} a month)) same as now for the first year
C: why didn't anybody offer that the first ((count:four)) times
A: honestly i don't know i'm sorry let me transfer you to the account team to make the switch they'll keep your number
C: again
A: i'll stay on the line and introduce you
A: hi this is [[NAME:rosa]] in accounts i have the notes from [[NAME:marcus]] so i won't ask you for everything just your email to send the new agreement
C: thank you [[EMAIL:{em} at yahoo dot com]]
A: got it and a good callback number in case the install tech needs you
C: [[PHONE:{sp(ph[:3])} {sp(ph[3:6])} {sp(ph[6:])}]]
A: perfect so [[PHONE:{pairs(ph[:6])} {pairs(ph[6:])}]] and i'm also applying a ((price:{words(int(credit))} dollar)) credit for the outages
C: okay that's something
A: the tech can come thursday between ((time:eight)) and noon is that okay
C: thursday is fine thank you [[NAME:rosa]]
A: thank you for your patience mister [[NAME:patel]] and i'm sorry it took ((count:five)) calls
"""


# 68. a child's missed clinic letter, rebooking before surgery (Ireland)
@case('transcript')
def _():
    mrn = rd(7)
    cy, cm, cd = dob(2015, 2019)
    hn = house(1, 99)
    ec = eircode('D24')
    em = 'ciara.nolan' + rd(2) + '@eirpost.ie'
    return f"""
A: Good afternoon, Children's Health outpatients, [[NAME:Majella]] speaking.
C: Hi. My son was meant to be seen in the orthopaedic clinic this morning and the letter only arrived today. Now they're saying he'll go back on the list and his surgery's in ((dur:six weeks)).
A: Oh no. Let me see what I can do. What's his name and hospital number?
C: [[NAME:Seán Nolan]], the number on the letter is [[ACCT:{mrn}]].
A: And his date of birth?
C: [[DOB:{dob_t(cy, cm, cd, 0)}]].
A: And his address?
C: [[ADDR:{hn} Belgard Heights, Tallaght]], [[PC:{ec}]].
A: Thank you. The letter was posted late, that's our fault. Mr. [[NAME:Fitzgibbon]]'s clinic has a cancellation next Tuesday at ((time:9:40)). Would that suit?
C: Yes, I'll take it. I'll take him out of school.
A: I'll send a confirmation by email as well as post this time. What's your email?
C: [[EMAIL:{em}]]. I'm his mam, [[NAME:Ciara]].
A: Thanks, [[NAME:Ciara]]. He'll need an X-ray first, so come ((dur:30 minutes)) early, to Level ((other:1)) radiology.
C: Thank you. He's been on crutches since the summer.
"""


# 69. bringing a father home from Florida, funeral home arrangements (Canada)
@case('asr')
def _():
    dy, dm, dd = dob(1941, 1955)
    hn = house(10, 900)
    pc = ca_pc('L')
    fee = amount(3800, 7200, False)
    k = card('visa')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    ph = us_phone(905)
    return f"""
A: good morning morrison and daughters funeral home this is [[NAME:heather]]
C: hi my father passed away in florida ((dur:two days)) ago we need to bring him home to hamilton for the funeral and i don't know where to start
A: i'm so sorry for your loss we do this often and we'll handle everything with the funeral home in florida what was your father's name
C: [[NAME:giuseppe romano]]
A: and his date of birth
C: [[DOB:{dob_s(dy, dm, dd, 3)}]]
A: and his home address here
C: [[ADDR:{sp(hn)} king street east hamilton]] [[PC:{pc_s(pc)}]]
A: thank you and your name
C: [[NAME:lucia romano]] i'm his daughter
A: thank you [[NAME:lucia]] the repatriation and our services are estimated at ((price:{words(int(fee))} dollars)) we'd need a deposit of ((pct:twenty five percent)) to begin
C: okay i'll put it on my visa [[CARD#c:{sp(b[0])} {sp(b[1])}]]
A: yes
C: [[CARD#c:{sp(b[2])}]] hold on my hands are shaking [[CARD#c:{sp(b[3])}]]
A: take your time and the expiry
C: [[EXP:{exp_s(m, y, 1)}]]
A: and the three digits on the back
C: [[CVV:{sp(cv)}]]
A: thank you he should be home within ((dur:five to seven days)) a number where i can reach you
C: [[PHONE:{sp(ph)}]]
A: i'll call you this afternoon once i've spoken to florida
"""


# 70. fast-track passport appointment the day before a honeymoon (UK)
@case('transcript')
def _():
    pp = rd(9)
    y, mo, d = dob(1990, 1999)
    fee = amount(190, 210)
    k = card('mc')
    m, yy = expiry()
    cv = cvv()
    em = 'leah.harrington' + rd(2) + '@fastmail.co.uk'
    ph = uk_mobile()
    return f"""
A: Passport Appointments Line, [[NAME:Ruth]] speaking.
C: Hi. We fly on our honeymoon on Saturday at ((time:6:10 a.m.)) and I've just realised my passport runs out next month, and they need ((count:three)) months left.
A: Congratulations, and don't worry, we have fast track appointments. Can I take your current passport number?
C: [[ACCT:{pp}]].
A: And your full name and date of birth?
C: [[NAME:Leah Harrington]], [[DOB:{dob_t(y, mo, d, 0)}]]. But it should be [[NAME:Leah Okoro]] now, I've just got married.
A: Congratulations again. For a name change you'll need to bring your marriage certificate as well. I have a fast track appointment at Peterborough tomorrow at ((time:11:20 a.m.)), with collection from ((time:4 p.m.)) the same day.
C: Peterborough is ((dur:two hours)) away, but fine.
A: The fee is ((price:£{fee})). Can I take the card details?
C: [[CARD:{tg(k)}]], valid thru [[EXP:{exp_t(m, yy, 0)}]], and the number by the signature strip is [[CVV:{cv}]].
A: Thank you. I'll send the appointment confirmation to your email.
C: [[EMAIL:{em}]]. And my mobile is [[PHONE:{ph_t(ph)}]], in case anything changes.
A: Lovely. Bring ((count:two)) printed photos signed on the back, the old passport and the certificate. Have a wonderful trip.
"""


# 71. emergency vet at two in the morning, bloat, deposit in pieces (US)
@case('asr')
def _():
    ph = us_phone(512)
    hn = house(100, 9999)
    z = zipc('787')
    k = card('mc')
    b = blocks(k)
    m, y = expiry()
    cv = cvv()
    dep = amount(800, 1500, False)
    return f"""
A: hill country emergency vet this is dr [[NAME:okafor]]'s team [[NAME:wren]] speaking
C: my great dane's stomach is swollen and he's trying to throw up but nothing comes out
A: that could be bloat you need to come in right now how far are you
C: ((dur:fifteen minutes)) my husband's carrying him to the car
A: okay while you drive your name and number
C: [[NAME:summer delacroix]] [[PHONE:{sp(ph)}]]
A: and your address
C: [[ADDR:{pairs(hn)} shoal creek boulevard austin]] [[PC:{sp(z)}]]
A: thank you the deposit for bloat surgery is ((price:{words(int(dep))} dollars)) can i take a card now so we can go straight in
C: yes [[CARD#c:{sp(b[0])}]]
A: yes
C: [[CARD#c:{sp(b[1])}]] uh [[CARD#c:{sp(b[2])}]] and [[CARD#c:{sp(b[3])}]] it expires [[EXP:{exp_s(m, y, 0)}]] and the back is [[CVV:{sp(cv)}]]
A: got it we'll meet you at the door with a gurney
"""


# 72. card refused at a car rental desk in Rome, IVR reads the card back (US traveller)
@case('transcript')
def _():
    k = card('visa')
    b = blocks(k)
    wrong = b[2][:2] + str((int(b[2][2]) + 3) % 10) + b[2][3]
    s = ssn()
    y, mo, d = dob(1968, 1986)
    ph = us_phone(201)
    em = 'gabriel.santos' + rd(2) + '@jerseymail.com'
    hold = amount(600, 1200)
    return f"""
I: Welcome to Hudson Valley Bank. Please say or enter your card number.
C: [[CARD:{tg(k)}]].
I: I heard [[CARD#w!:{' '.join(b[0] + b[1] + wrong + b[3])}]]. Is that correct?
C: No!
I: Please say your card number again.
C: [[CARD:{' '.join(k)}]].
I: Thank you. Please hold for a representative.
A: Hudson Valley Bank, this is [[NAME:Ashley]]. May I have your card number, please?
C: I've said it to the robot twice. I'm at a car rental desk in Rome, it's ((time:8 p.m.)) here, and they won't give me the car.
A: I'm sorry, sir. I don't see what you entered. Could you read it once more?
C: [[CARD:{tg(k, (4, 4, 4, 4), '-')}]].
A: Thank you. And the last four of your Social Security number?
C: [[SSN:{s[-4:]}]].
A: And your date of birth?
C: [[DOB:{dob_t(y, mo, d, 1)}]].
A: Thank you, Mr. [[NAME:Santos]]. I see the rental company tried to place a hold of ((price:{money(hold, '€')})), which was declined as unusual activity, since you don't have a travel notice.
C: I'm on a work trip. I didn't know I had to tell you.
A: It's not required, but it helps. I've approved the merchant and added a travel notice for Italy through the ((date:24th)). Can you ask them to try again?
C: Hang on... it went through.
A: Great. Is the mobile number still [[PHONE:{ph_t(ph)}]]? We'll text you if anything else is flagged.
C: Yes. And my email is [[EMAIL:{em}]], if you need it.
A: I have that on file. Safe travels, Mr. [[NAME:Santos]].
"""


# 73. school uniform arrived in the wrong sizes the day before term (UK)
@case('asr')
def _():
    order = acct('SU dddddd')
    hn = house(1, 160)
    pc = uk_pc('NR3')
    k = card('visa')
    em = 'kezia brown ' + sp(rd(4))
    return f"""
A: school outfitters online [[NAME:priti]] speaking
C: hiya i ordered my twins' uniform and it's come in ((other:age five to six)) instead of ((other:nine to ten)) they start back tomorrow
A: oh no i'm so sorry what's the order number
C: [[ACCT:{spell(order)}]]
A: and the email on the order
C: [[EMAIL:{em} at outlook dot com]]
A: thanks so that's ((count:two)) jumpers ((count:four)) polo shirts and ((count:two)) pe kits delivered to [[ADDR:{words(int(hn))} magdalen street norwich]] [[PC:{pc_s(pc)}]]
C: yes that's right
A: it looks like the picker took the wrong shelf i'll send the right sizes on next day before ((time:one p m)) delivery
C: they'll go in their summer clothes tomorrow then
A: i'm sorry i'll refund the delivery to the card ending [[CARD:{sp(k[-4:])}]] and you can send the wrong ones back free
C: okay thank you
"""


# 74. funeral notice for the weekend paper, deadline at four (Australia)
@case('transcript')
def _():
    k = card('mc')
    m, y = expiry()
    cv = cvv()
    em = 'w.nguyen' + rd(2) + '@bigpond.net.au'
    fee = amount(180, 340)
    words_ = RNG.randint(60, 90)
    return f"""
A: Funeral notices, [[NAME:Kylie]] speaking.
C: Hi, I'd like to place a notice in Saturday's paper for my grandmother. The funeral director said the deadline is ((time:4 o'clock)) today.
A: That's right, you've got time. What's your grandmother's name?
C: [[NAME:Nguyen Thi Hoa]], but everyone called her [[NAME:Hoa]].
A: Thank you. And the text you'd like? You can email it if that's easier.
C: I'll read it: "Passed away peacefully on the ((date:12th)), aged ((other:91)). Loved mother of [[NAME:Minh]], [[NAME:Lan]] and [[NAME:Tuan]]. Service at ((time:11 a.m.)) Tuesday."
A: That's ((count:{words_})) words, which comes to ((price:${fee})) with the photo.
C: Fine. I'll pay by card. [[CARD:{tg(k)}]].
A: Expiry?
C: End of [[EXP:{exp_t(m, y, 3)}]].
A: And the CVC?
C: [[CVV:{cv}]].
A: Thank you. I'll email you a proof to check by ((time:3:30)). What's the address?
C: [[EMAIL:{em}]]. I'm [[NAME:Wendy]], her granddaughter.
A: Thank you, [[NAME:Wendy]]. I'm sorry for your loss.
"""


# 75. eye clinic injections overdue, call back on the ward's extension (UK)
@case('transcript')
def _():
    nhs = rd(10)
    y, mo, d = dob(1940, 1955)
    pc = uk_pc('S10')
    land = uk_land('sheffield')
    ext = str(RNG.randint(3000, 4999))
    mob = uk_mobile()
    return f"""
A: Eye clinic bookings, [[NAME:Alison]] speaking.
C: Hello, I'm ringing about my mother. She's meant to have her eye injection every ((dur:eight weeks)) and it's been ((dur:eleven)). The consultant said if she misses them she could lose the sight in that eye.
A: I'm sorry, that's worrying. Can I take her NHS number?
C: [[ACCT:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]].
A: Name and date of birth?
C: [[NAME:Edith Greenhalgh]], [[DOB:{dob_t(y, mo, d, 0)}]].
A: And her postcode?
C: [[PC:{pc}]].
A: Thank you. I can see she was booked on the ((date:3rd)) but the clinic was cancelled, and the letter went to an old address. I can get her in on Thursday at ((time:10:50)).
C: Yes, please. I'll bring her.
A: The nurse in charge would like to call you beforehand. What number should she use?
C: I'm at work on the ward at the General, so the best is [[PHONE#w:{ph_t(land)}]], extension [[PHONE#w!:{ext}]]. Or my mobile, [[PHONE:{ph_t(mob)}]].
A: So [[PHONE#r:{ph_t(land)}]], extension [[PHONE#r!:{ext}]], or [[PHONE:{mob[:5]} {mob[5:]}]].
C: That's right. I'm [[NAME:Janet]], her daughter.
A: Thank you, [[NAME:Janet]]. I'll also update her address so the next letter reaches her.
"""


# 76. exam appeal closes at midnight, fee by card (Ireland)
@case('asr')
def _():
    exam = rd(6)
    y, mo, d = dob(2006, 2007)
    p = pps()
    fee = amount(40, 60, False)
    k = card('visa')
    b = blocks(k)
    m, yy = expiry()
    cv = cvv()
    return f"""
A: state examinations helpline [[NAME:fionnuala]] speaking
C: hi my daughter's trying to lodge an appeal for her higher level biology and the portal keeps timing out and it closes at midnight
A: okay we'll get it logged what's her examination number
C: [[ACCT:{sp(exam)}]]
A: and her date of birth
C: [[DOB:{dob_s(y, mo, d, 0)}]]
A: and for verification her p p s number
C: [[SSN:{spell(p)}]]
A: thank you that's [[NAME:róisín de búrca]]
C: that's her she's at ((pct:seventy eight percent)) and the ((other:h one)) starts at ((pct:ninety)) she thinks the long question was marked wrong
A: the appeal fee is ((price:{words(int(fee))} euro)) refunded if the grade goes up i can take it by card
C: [[CARD#c:{sp(b[0])} {sp(b[1])}]] and [[CARD#c:{sp(b[2])}]] um [[CARD#c!:{sp(b[2])}]] sorry [[CARD#c:{sp(b[3])}]]
A: and the expiry
C: [[EXP:{exp_s(m, yy, 3)}]]
A: and the three digits
C: [[CVV:{sp(cv)}]]
A: that's lodged at ((time:eleven twenty)) tonight she'll see it on the portal tomorrow
"""


# 77. damage deposit by e-transfer before the unit is given away (Canada)
@case('transcript')
def _():
    hn = house(10, 600)
    unit = str(RNG.randint(101, 1904))
    pc = ca_pc('M')
    inst = acct('ddd')
    transit = acct('ddddd')
    an = rd(7)
    em = 'amaka.obi' + rd(2) + '@torontomail.ca'
    ph = us_phone(416)
    dep = amount(1800, 2600, False)
    return f"""
A: Good afternoon, Lakeshore Residential, [[NAME:Vikram]] speaking.
C: Hi, I'm calling about the one-bedroom on Bathurst. I was approved this morning, and the email says I have to send the deposit by ((time:6 p.m.)) or it goes to the next applicant.
A: Yes, hi. Which unit is it?
C: [[ADDR:Unit {unit}, {hn} Bathurst Street, Toronto]], [[PC:{pc}]].
A: And your name?
C: [[NAME:Amaka Obi]].
A: Thank you, [[NAME:Amaka]]. The deposit is ((price:${int(dep):,})), first and last month. You can send it by e-transfer to the address on the email, or I can take a pre-authorized debit.
C: My e-transfer limit is only ((price:${RNG.choice([1000, 1500, 2500]):,} a day)). Can I do the debit?
A: Yes. I'll need your institution number, transit number and account number.
C: Institution [[ACCT:{inst}]], transit [[ACCT:{transit}]], account [[ACCT:{an}]].
A: Let me read that back: [[ACCT:{inst}]], [[ACCT:{transit}]], [[ACCT:{an}]].
C: Yes.
A: And the email and phone for the lease?
C: [[EMAIL:{em}]], and [[PHONE:{ph_t(ph)}]].
A: Thank you. The debit will come out tomorrow, and I've marked the unit as reserved for you as of ((time:4:12 p.m.)). You'll get the lease to sign tonight.
C: Thank you so much. I've been looking for ((dur:four months)).
"""


# 78. teenager stranded at night with a flat battery, parent calls (US)
@case('transcript')
def _():
    mem = acct('ddd-ddd-ddd')
    ph = us_phone(615)
    kid_ph = us_phone(629)
    k = card('visa')
    m, y = expiry()
    cv = cvv()
    return f"""
A: Thank you for calling Volunteer Roadside, this is [[NAME:Brent]]. Is everyone safe?
C: My daughter's car won't start. She's ((other:17)), she's alone in a grocery store parking lot and it's ((time:11:30)) at night.
A: We'll get someone to her. Is she a member, or are you?
C: I am. The membership number is [[ACCT:{mem}]].
A: Thank you. And your name?
C: [[NAME:Sharonda Willis]]. My daughter is [[NAME:Journee]].
A: Your plan covers household members. Where is she?
C: The Kroger on Nolensville Pike. She's inside the store, I told her not to sit in the car.
A: Good call. What's her cell number so the driver can call her?
C: [[PHONE:{ph_t(kid_ph)}]].
A: And yours?
C: [[PHONE:{ph_t(ph)}]].
A: A truck is ((dur:25 minutes)) away. It sounds like a battery; if it needs replacing, it's ((price:${amount(150, 240, False)})) and that isn't covered. Do you want to put a card on file?
C: Yes, just do it. [[CARD:{tg(k)}]], exp [[EXP:{exp_t(m, y, 0)}]], and [[CVV:{cv}]].
A: Thank you. I'll send you both a text with the driver's name, so [[NAME:Journee]] knows who to look for.
C: Thank you. I'm driving over there anyway.
"""


# 79. grand final tickets stuck on a transfer (Australia)
@case('asr')
def _():
    order = acct('dddddddd')
    em = 'brayden oconnell ' + sp(rd(2))
    ph = au_phone('3')
    return f"""
A: g'day you're speaking with [[NAME:tayla]] at ticketworld how can i help
C: hi i've got grand final tickets my dad transferred them to me but they're stuck on pending and the game's tomorrow
A: no worries what's the order number
C: [[ACCT:{sp(order)}]]
A: and whose account is it on
C: my dad's [[NAME:gary o'connell]]
A: thanks and you're [[NAME:brayden]]
C: yeah [[NAME:brayden o'connell]]
A: i can see the transfer it's waiting because the email it went to isn't registered what's your email
C: [[EMAIL:{em} at hotmail dot com]]
A: okay that's not the one he put in he put it in without the numbers i'll cancel it and resend it to the right one
C: sweet and it's level ((other:two)) bay ((other:m forty)) right
A: yep bay ((other:m forty)) row j seats ((other:eleven)) and ((other:twelve)) and what's your mobile for the verification code
C: [[PHONE:{sp(ph)}]]
A: sent accept it in the app and you're done
"""


# 80. blocked card the day care home fees are due (UK)
@case('transcript')
def _():
    n_ = ni()
    y, mo, d = dob(1958, 1970)
    pc = uk_pc('EH12')
    k = card('mc')
    fees = amount(3800, 6200)
    return f"""
A: Good morning, Lothian Building Society, [[NAME:Fraser]] speaking.
C: Hello. My card's been refused paying my mum's care home fees, and the home says if it isn't paid today they'll start charging interest.
A: I'm sorry about that. I'll need to take you through security. Your full name?
C: [[NAME:Moira Cunningham]].
A: Date of birth?
C: [[DOB:{dob_t(y, mo, d, 2)}]].
A: Postcode?
C: [[PC:{pc}]].
A: And the last three characters of your National Insurance number?
C: The whole thing is [[SSN:{n_}]].
A: Thank you, I only needed the end, but that's fine. I can see the payment of ((price:£{fees})) was stopped because it's larger than your daily card limit of ((price:£{RNG.choice([1000, 1500, 2000, 2500]):,})).
C: Nobody told me there was a limit.
A: I can raise it for today, or set up a bank transfer to the care home, which has no limit. The transfer is safer for amounts like this.
C: The transfer then. They gave me their details on the invoice.
A: That's fine. For the card ending [[CARD:{k[-4:]}]], I'll leave the limit as it is.
C: Yes, leave it.
A: I'll put you through to our payments team to set up the transfer. It'll be ((dur:5 minutes)) at most.
"""


# 81. chemotherapy infusion moved, patient calls the oncology line (US)
@case('asr')
def _():
    mrn = rd(9)
    y, mo, d = dob(1955, 1980)
    ph = us_phone(206)
    ext = str(RNG.randint(100, 899))
    return f"""
A: cascade cancer center scheduling this is [[NAME:hannah]]
C: hi my chemo was supposed to be tomorrow and i got a voicemail saying it's moved to next week i'm on a schedule it's every ((dur:three weeks)) exactly
A: i'm sorry let me look can i have your name and date of birth
C: [[NAME:rowan delgado]] [[DOB:{dob_s(y, mo, d, 3)}]]
A: and your medical record number
C: [[ACCT:{sp(mrn[:3])} {sp(mrn[3:6])} {sp(mrn[6:])}]]
A: thank you the infusion chair was double booked i can put you in tomorrow afternoon at ((time:one fifteen)) instead of the morning
C: yes please my wife has to drive me she works nights
A: it'll be about ((dur:four hours)) what number should the nurse call you on for the pre check
C: [[PHONE#x:{sp(ph)}]] extension [[PHONE#x!:{sp(ext)}]] that's my work line
A: hmm is there a mobile that would be better
C: just use that one i'm at my desk all day
"""


# 82. dairy farm without power before evening milking (Ireland)
@case('transcript')
def _():
    mprn = '10' + rd(9)
    ec = eircode('P72')
    em = 'pj.cronin' + rd(2) + '@farmmail.ie'
    gen = 'GX-' + rd(2)
    inc = lookalike(9)
    return f"""
A: Power outage line, [[NAME:Tadhg]] speaking.
C: [[NAME:Tadhg]], it's [[NAME:PJ Cronin]] from Kilbrittain. The power's been off since ((time:1 o'clock)) and I've ((count:140)) cows to milk at ((time:5)). The generator is only able for the lights.
A: I hear you, [[NAME:PJ]]. Have you the MPRN there?
C: [[ACCT:{mprn}]].
A: Thanks. And the Eircode?
C: [[PC:{ec}]].
A: Grand. There's a fault on the line after the storm, incident ((other:{inc})), affecting ((count:62)) customers. The crew estimate is ((time:7:30)) this evening.
C: That's no good to me. If they're not milked they'll be in pain and the milk's gone.
A: I understand. I'll flag it as agricultural priority. What size is your generator?
C: It's a ((model:{gen})), ((qty:8 kVA)). It won't run the parlour.
A: Right. I can't promise, but if the crew can isolate your spur from the fault, you could be back sooner. I'll pass it on.
C: Do that. And email me the incident so I can claim for the milk if it comes to it.
A: What's the address?
C: [[EMAIL:{em}]].
A: Sent. Good luck this evening, [[NAME:PJ]].
"""


# 83. last train cancelled, booking read off a phone while walking to the taxi rank (UK)
@case('asr')
def _():
    ref = acct('dddddddd')
    fare = amount(30, 80)
    em = 'ama owusu ' + sp(rd(2))
    return f"""
A: night travel support you're through to [[NAME:leon]]
C: hi i'm at crewe the last train to manchester is cancelled and i'm walking to the taxi rank it's gone midnight sorry it's windy
A: that's okay i'll help you can you read me the booking reference from your e ticket
C: hold on it's on my screen [[ACCT#r:{sp(ref[:4])}]] sorry someone walked into me [[ACCT#r:{sp(ref[4:])}]]
A: so [[ACCT:{sp(ref)}]]
C: yes
A: thanks [[NAME:ama]] we'll cover a taxi up to ((price:{words(int(float(fare)) * 3)} pounds)) keep the receipt and claim it back online
C: okay do i put in the same reference
A: yes and the refund for the ticket goes back to your card within ((dur:seven days)) i'll send the claim link to [[EMAIL:{em} at icloud dot com]]
C: that's me i just want to get home
"""


# 84. summer camp spot released at five, deposit and medical form (US)
@case('transcript')
def _():
    cy, cm, cd = dob(2014, 2016)
    k = card('mc')
    m, y = expiry()
    cv = cvv()
    em = 'hope.mcallister' + rd(2) + '@pinemail.com'
    ph = us_phone(828)
    dep = amount(250, 450, False)
    return f"""
A: Blue Ridge Summer Camp office, this is [[NAME:Savannah]].
C: Hi! I got an email that a spot opened up for my son in the ((other:10)) to ((other:12)) cabin, but I have to confirm by ((time:5 p.m.)). I've been on the waitlist since January.
A: Yes! What's his name?
C: [[NAME:Eli McAllister]].
A: And his date of birth, so I can check the age group?
C: [[DOB:{dob_t(cy, cm, cd, 1)}]].
A: Perfect. The deposit is ((price:${dep})), and the balance is due by ((date:May 1)). Would you like to pay now?
C: Yes. [[CARD:{tg(k)}]].
A: Expiration?
C: [[EXP:{exp_t(m, y, 1)}]].
A: CVV?
C: [[CVV:{cv}]].
A: Thank you, that's confirmed. I'll email the medical form and the packing list.
C: [[EMAIL:{em}]]. I'm [[NAME:Hope]], his mom.
A: Thanks, [[NAME:Hope]]. And a phone number for camp emergencies?
C: [[PHONE:{ph_t(ph)}]].
A: Got it. He's going to love it.
"""


# 85. language test results needed for a visa, test-taker calls the exam board (Canada)
@case('transcript')
def _():
    tid = acct('CA-dddddd')
    y, mo, d = dob(1990, 2000)
    pp = acct('LddddddL')
    em = 'oluwaseun.ade' + rd(2) + '@mailnorth.ca'
    fee = amount(80, 140)
    k = card('visa')
    m, yy = expiry()
    cv = cvv()
    return f"""
A: Global English Testing, candidate services, this is [[NAME:Jean-François]].
C: Hi. My permanent residence application closes on Friday and my test results still haven't been sent to immigration. I took the test on the ((date:3rd)).
A: I'm sorry to hear that. Can I have your test-taker ID?
C: [[ACCT:{tid}]].
A: And your date of birth and passport number?
C: [[DOB:{dob_t(y, mo, d, 4)}]], passport [[ACCT:{pp}]].
A: Thank you, Ms. [[NAME:Ade]]. Your results were released yesterday: overall ((other:8.0)), with ((other:7.5)) in writing. They weren't sent because the recipient organisation wasn't selected on your booking.
C: I was sure I selected it.
A: It shows blank, I'm afraid. I can send them electronically now. The first ((count:five)) are free, so there's no charge for that.
C: Thank God.
A: If you'd also like a paper copy couriered, that's ((price:${fee})).
C: Yes, please, just in case. [[CARD:{tg(k)}]], expiry [[EXP:{exp_t(m, yy, 0)}]], code [[CVV:{cv}]].
A: Thank you. The electronic results will reach them within ((dur:24 hours)). I'll email you the confirmation.
C: [[EMAIL:{em}]].
A: Done. Good luck with the application.
"""


# ----------------------------------------------------------------------------- build

PII_ALIAS = {'CARD': 'CARD_NUMBER', 'CARD_NUMBER': 'CARD_NUMBER', 'CVV': 'CVV', 'EXP': 'EXPIRY',
             'EXPIRY': 'EXPIRY', 'SSN': 'SSN', 'PHONE': 'PHONE', 'EMAIL': 'EMAIL', 'DOB': 'DOB',
             'ADDR': 'ADDRESS', 'ADDRESS': 'ADDRESS', 'PC': 'POSTCODE', 'POSTCODE': 'POSTCODE',
             'ACCT': 'ACCOUNT_NUMBER', 'ACCOUNT_NUMBER': 'ACCOUNT_NUMBER', 'NAME': 'NAME'}
KEEP_ALIAS = {'qty': 'quantity', 'quantity': 'quantity', 'time': 'time', 'price': 'price',
              'flight': 'flight_number', 'flight_number': 'flight_number', 'date': 'date',
              'year': 'year', 'dur': 'duration', 'duration': 'duration', 'pct': 'percentage',
              'percentage': 'percentage', 'model': 'model_number', 'model_number': 'model_number',
              'count': 'count', 'other': 'other'}
PII_TYPES = ['CARD_NUMBER', 'CVV', 'EXPIRY', 'SSN', 'PHONE', 'EMAIL', 'DOB', 'ADDRESS',
             'POSTCODE', 'ACCOUNT_NUMBER', 'NAME']
KEEP_KINDS = ['quantity', 'time', 'price', 'flight_number', 'date', 'year', 'duration',
              'percentage', 'model_number', 'count', 'other']
MINIMUMS = {'CARD_NUMBER': 60, 'CVV': 30, 'EXPIRY': 30, 'SSN': 10, 'PHONE': 35, 'EMAIL': 25,
            'DOB': 20, 'ADDRESS': 35, 'POSTCODE': 35, 'ACCOUNT_NUMBER': 45, 'NAME': 200}
SPEAKERS = {'A': 'agent', 'C': 'customer', 'I': 'ivr'}
MARK = re.compile(r'\[\[([A-Z_]+)(?:#(\w+)(!?))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)')

def parse_line(line):
    clean, pii, keep, pos = '', [], [], 0
    for m in MARK.finditer(line):
        clean += line[pos:m.start()]
        start = len(clean)
        if m.group(1):
            typ = PII_ALIAS[m.group(1)]
            text = m.group(4)
            clean += text
            pii.append({'start': start, 'end': len(clean), 'type': typ,
                        'grp': m.group(2), 'extra': bool(m.group(3))})
        else:
            kind = KEEP_ALIAS[m.group(5)]
            clean += m.group(6)
            keep.append({'start': start, 'end': len(clean), 'kind': kind})
        pos = m.end()
    clean += line[pos:]
    return clean, pii, keep


def build_case(idx, style, raw):
    cid = 't40-%03d' % (idx + 1)
    utts, pii, keep, extras = [], [], [], []
    gmap, gcount = {}, [0]

    def new_group(label):
        if label is not None and label in gmap:
            return gmap[label]
        gcount[0] += 1
        g = 'g%d' % gcount[0]
        if label is not None:
            gmap[label] = g
        return g

    for line in raw.strip('\n').split('\n'):
        line = line.strip()
        if not line:
            continue
        who, _, text = line.partition(': ')
        if who not in SPEAKERS:
            raise ValueError('%s: bad speaker in %r' % (cid, line))
        clean, p, k = parse_line(text)
        u = len(utts)
        utts.append({'speaker': SPEAKERS[who], 'text': clean})
        for s in p:
            g = new_group(s['grp'])
            pii.append({'utterance': u, 'start': s['start'], 'end': s['end'], 'type': s['type'],
                        'group': g})
            extras.append(s['extra'])
        for s in k:
            keep.append({'utterance': u, 'start': s['start'], 'end': s['end'], 'kind': s['kind']})
    obj = {'case_id': cid, 'style': style, 'utterances': utts, 'pii': pii, 'keep': keep}
    return obj, extras


# ----------------------------------------------------------------------------- checks

UNIT = {'zero': 0, 'oh': 0, 'o': 0, 'nought': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4,
        'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9}
TEEN = {w: i + 10 for i, w in enumerate(TEENW)}
TENS = {w: i for i, w in enumerate(TENSW) if w}
NUMWORDS = set(UNIT) | set(TEEN) | set(TENS) | {'hundred', 'thousand', 'double', 'triple'}
NATO = {'alpha': 'A', 'alfa': 'A', 'bravo': 'B', 'charlie': 'C', 'delta': 'D', 'echo': 'E',
        'foxtrot': 'F', 'golf': 'G', 'hotel': 'H', 'india': 'I', 'juliet': 'J', 'kilo': 'K',
        'lima': 'L', 'mike': 'M', 'november': 'N', 'oscar': 'O', 'papa': 'P', 'quebec': 'Q',
        'romeo': 'R', 'sierra': 'S', 'tango': 'T', 'uniform': 'U', 'victor': 'V',
        'whiskey': 'W', 'xray': 'X', 'yankee': 'Y', 'zulu': 'Z'}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'mister', 'missus', 'doctor', 'sir', 'madam', 'mx'}
STREET_WORDS = {'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr',
                'close', 'crescent', 'way', 'place', 'pl', 'court', 'ct', 'terrace', 'parade',
                'grove', 'boulevard', 'blvd', 'row', 'square', 'gardens', 'mews', 'walk', 'rise',
                'hill', 'park', 'view', 'green', 'highway', 'hwy', 'circle', 'trail', 'parkway',
                'quay', 'wharf', 'esplanade', 'heights', 'meadows', 'brae', 'wynd', 'gate',
                'hollow', 'loop', 'pike', 'terr', 'vale', 'yard', 'cottages', 'villas',
                'mall', 'path', 'glen', 'lawn', 'heol', 'ffordd', 'rue', 'chemin', 'bóthar', 'ascent', 'close'}
STRONG_STREET = STREET_WORDS - {'park', 'view', 'green', 'hill', 'gate', 'glen', 'lawn', 'vale'}
FLAT_WORDS = {'flat', 'apartment', 'apt', 'unit', 'suite'}
PUNCT_EDGE = set(' \t.,;:!?\'"()[]{}-/\u2013\u2014')


def small_num(toks, i):
    t = toks[i]
    if t in TENS:
        v = TENS[t] * 10
        if i + 1 < len(toks) and toks[i + 1] in UNIT and UNIT[toks[i + 1]] > 0:
            return str(v + UNIT[toks[i + 1]]), i + 2
        return str(v), i + 1
    if t in TEEN:
        return str(TEEN[t]), i + 1
    if t in UNIT:
        return str(UNIT[t]), i + 1
    return None


def to_compact(text, letters=True):
    """digits (and, if letters, single letters / letter groups) of a value, number words turned
    into digits."""
    toks = re.findall(r'[a-z]+|\d+', text.lower())
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ('double', 'triple') and i + 1 < n:
            nxt = toks[i + 1]
            k = 2 if t == 'double' else 3
            if nxt in UNIT:
                out.append(str(UNIT[nxt]) * k)
                i += 2
                continue
            if letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
                i += 2
                continue
        r = small_num(toks, i)
        if r is not None:
            v, j = r
            if j < n and toks[j] == 'hundred':
                j += 1
                k = j + 1 if (j < n and toks[j] == 'and') else j
                r2 = small_num(toks, k) if k < n else None
                if r2 is not None and (k > j or toks[k] in TENS or toks[k] in TEEN):
                    v = v + '%02d' % int(r2[0])
                    j = r2[1]
                else:
                    v = v + '00'
            elif j < n and toks[j] == 'thousand':
                j += 1
                k = j + 1 if (j < n and toks[j] == 'and') else j
                r2 = small_num(toks, k) if k < n else None
                if r2 is not None:
                    v = v + '%03d' % int(r2[0])
                    j = r2[1]
                else:
                    v = v + '000'
            out.append(v)
            i = j
            continue
        if letters:
            if t in NATO:
                out.append(NATO[t])
            elif t not in ('and', 'um', 'uh', 'er', 'dash', 'slash', 'space', 'hyphen'):
                out.append(t.upper())
        i += 1
    return ''.join(out)


def digits_of(text):
    return to_compact(text, letters=False)


def word_tokens(text):
    toks = []
    for t in re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", text):
        t = t.lower()
        if t.endswith("'s") or t.endswith('\u2019s'):
            t = t[:-2]
        toks.append(t)
    return toks


def masked(text, spans):
    out, pos = '', 0
    for s, e in sorted(spans):
        out += text[pos:s] + ' \u00a7 '
        pos = e
    return out + text[pos:]


def phone_shape(d):
    if len(d) == 10 and d[0] in '23456789' and d[3] in '23456789':
        return True                                   # US / Canada
    if len(d) == 11 and d[0] == '1' and d[1] in '23456789':
        return True
    if len(d) == 11 and d[0] == '0' and d[1] in '1237':
        return True                                   # UK
    if len(d) == 12 and d.startswith('44') and d[2] in '1237':
        return True
    if len(d) == 10 and d[0] == '0' and d[1] in '23478':
        return True                                   # Australia
    if len(d) == 11 and d.startswith('61') and d[2] in '23478':
        return True
    return False


def ssn_ok(text):
    c = to_compact(text)
    if re.fullmatch(r'\d{9}', c):
        a, g, s = int(c[:3]), int(c[3:5]), int(c[5:])
        return 1 <= a <= 665 and g >= 1 and s >= 1
    if re.fullmatch(r'\d{4}', c):
        return True
    if re.fullmatch(r'[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]', c):
        return True                                   # UK NI
    if re.fullmatch(r'\d{7}[A-W][AW]?', c):
        return True                                   # Irish PPS
    return False


def postcode_ok(text):
    c = to_compact(text)
    pats = [r'\d{5}(\d{4})?', r'[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}', r'(D6W|[A-Z]\d\d)[A-Z\d]{4}',
            r'[A-Z]\d[A-Z]\d[A-Z]\d', r'\d{4}']
    return any(re.fullmatch(p, c) for p in pats)


def expiry_ok(text):
    low = text.lower()
    if any(m in low for m in MONTHS) or re.search(r'\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b', low):
        return True
    d = digits_of(text)
    if len(d) in (3, 5):
        return 1 <= int(d[0]) <= 12
    if len(d) in (4, 6):
        return 1 <= int(d[:2]) <= 12
    return False


def email_ok(text, style):
    if style == 'asr':
        return '@' not in text and ' at ' in text and ' dot ' in text
    return re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', text) is not None


def address_ok(text):
    toks = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    if not toks:
        return False
    i = 0
    if toks[0] in FLAT_WORDS:
        i = 1
        if i < len(toks) and (toks[i][0].isdigit() or toks[i] in UNIT or toks[i] in TENS or toks[i] in TEEN):
            i += 1
        else:
            return False
        while i < len(toks) and len(toks[i]) == 1 and toks[i].isalpha():
            i += 1
    if i >= len(toks):
        return False
    t = toks[i]
    if not (t[0].isdigit() or t in UNIT or t in TENS or t in TEEN):
        return False
    return any(w in STREET_WORDS for w in toks)


def street_key(text):
    toks = [t for t in re.findall(r'[a-z]+', text.lower())
            if t not in NUMWORDS and t not in FLAT_WORDS and len(t) > 1]
    out = []
    for t in toks:
        out.append(t)
        if t in STRONG_STREET:
            break
    if len(out) == 1:                     # "rue saint hubert", "heol y felin"
        out = toks[:3]
    return ' '.join(out)


def email_key(text):
    t = text.lower()
    t = re.sub(r'\s+at\s+', '@', t)
    t = re.sub(r'\s+dot\s+', '.', t)
    return re.sub(r'\s+', '', t)


def validate(cases, extras_all):
    errs = []
    streets, emails, addrs, long_utts = {}, {}, {}, {}
    for obj, extras in zip(cases, extras_all):
        cid, style, utts = obj['case_id'], obj['style'], obj['utterances']
        if style not in ('asr', 'transcript'):
            errs.append('%s: style' % cid)

        def E(msg):
            errs.append('%s: %s' % (cid, msg))
        for u in utts:
            t = u['text']
            if any(x in t for x in ('[[', ']]', '((', '))')):
                E('markup left: %r' % t)
            if t != t.strip() or '  ' in t:
                E('spacing: %r' % t)
            if style == 'asr' and (re.search(r'[A-Z.,?!;:@]', t)):
                E('asr text with capitals or punctuation: %r' % t)
        spans_by_u = {}
        for s in obj['pii'] + obj['keep']:
            spans_by_u.setdefault(s['utterance'], []).append((s['start'], s['end']))
        # span shape
        for s in obj['pii'] + obj['keep']:
            t = utts[s['utterance']]['text']
            a, b = s['start'], s['end']
            v = t[a:b]
            if not (0 <= a < b <= len(t)):
                E('span outside text')
                continue
            if v[0] in PUNCT_EDGE:
                E('leading space/punct %r' % v)
            if v[-1] in PUNCT_EDGE and not (v.endswith('a.m.') or v.endswith('p.m.')):
                E('trailing space/punct %r' % v)
            if a > 0 and t[a - 1].isalnum():
                E('starts inside a word %r in %r' % (v, t))
            if b < len(t) and t[b].isalnum():
                E('ends inside a word %r in %r' % (v, t))
        for u, sp_ in spans_by_u.items():
            sp_ = sorted(sp_)
            for (a1, b1), (a2, b2) in zip(sp_, sp_[1:]):
                if a2 < b1:
                    E('overlap in utterance %d' % u)
        # group values
        groups = {}
        for s, ex in zip(obj['pii'], extras):
            groups.setdefault(s['group'], []).append((s, ex))
        full_cards, full_phones = [], []
        for g, items in groups.items():
            types = {s['type'] for s, _ in items}
            if len(types) != 1:
                E('group %s mixes types' % g)
            typ = items[0][0]['type']
            vals = [utts[s['utterance']]['text'][s['start']:s['end']] for s, ex in items if not ex]
            if typ == 'CARD_NUMBER':
                d = ''.join(digits_of(v) for v in vals)
                if len(d) in (15, 16) and luhn_ok(d):
                    full_cards.append(d)
            if typ == 'PHONE':
                d = ''.join(digits_of(v) for v in vals)
                if phone_shape(d):
                    full_phones.append(d)
        for g, items in groups.items():
            typ = items[0][0]['type']
            vals = [utts[s['utterance']]['text'][s['start']:s['end']] for s, ex in items if not ex]
            allv = [utts[s['utterance']]['text'][s['start']:s['end']] for s, ex in items]
            joined = ' '.join(vals)
            if not vals:
                # a value misheard or said wrong as a whole, kept as a group of its own
                # (every piece marked "!"): only its shape is checked
                if typ in ('CARD_NUMBER', 'PHONE', 'SSN') and len(digits_of(' '.join(allv))) < 4:
                    E('wrong-value group %s too short %r' % (g, allv))
                continue
            if typ == 'CARD_NUMBER':
                d = ''.join(digits_of(v) for v in vals)
                if not ((len(d) in (15, 16) and luhn_ok(d)) or len(d) == 4 or
                        (len(d) >= 4 and any(d in fc for fc in full_cards))):
                    E('card group %s bad: %r -> %s' % (g, allv, d))
                if re.search(r'[a-z]', re.sub(r'\b(' + '|'.join(NUMWORDS) + r')\b', '',
                                              joined.lower())):
                    E('card text with letters %r' % allv)
            elif typ == 'CVV':
                d = digits_of(joined)
                if not (3 <= len(d) <= 4):
                    E('cvv %r' % allv)
            elif typ == 'EXPIRY':
                if not expiry_ok(joined):
                    E('expiry %r' % allv)
            elif typ == 'SSN':
                if not ssn_ok(joined):
                    E('ssn %r' % allv)
            elif typ == 'PHONE':
                d = ''.join(digits_of(v) for v in vals)
                if not (phone_shape(d) or len(d) == 4 or (len(d) >= 3 and any(d in fp for fp in full_phones))):
                    E('phone %r -> %s' % (allv, d))
            elif typ == 'POSTCODE':
                if not postcode_ok(joined):
                    E('postcode %r -> %s' % (allv, to_compact(joined)))
            elif typ == 'EMAIL':
                for v in allv:
                    if not email_ok(v, style):
                        E('email %r' % v)
                if len(allv) == 1:
                    k = email_key(allv[0])
                    emails.setdefault(k, set()).add(cid)
            elif typ == 'ADDRESS':
                if not address_ok(allv[0]):
                    E('address %r' % allv)
                k = street_key(allv[0])
                streets.setdefault(k, set()).add(cid)
            elif typ == 'NAME':
                for v in allv:
                    if re.search(r'\d', v) or set(word_tokens(v)) & TITLES:
                        E('name %r' % v)
            elif typ == 'DOB':
                low = joined.lower()
                if not (any(m in low for m in MONTHS) or len(digits_of(joined)) >= 4):
                    E('dob %r' % allv)
            elif typ == 'ACCOUNT_NUMBER':
                if len(re.sub(r'[^A-Za-z0-9]', '', joined)) < 3:
                    E('account %r' % allv)
        # keep look-alikes
        for k in obj['keep']:
            t = utts[k['utterance']]['text']
            d = digits_of(t[k['start']:k['end']])
            if 13 <= len(d) <= 19 and luhn_ok(d):
                E('keep passes luhn %r' % t[k['start']:k['end']])
            for s in obj['pii']:
                if s['utterance'] != k['utterance']:
                    continue
                pd = digits_of(t[s['start']:s['end']])
                if len(pd) >= 3 and pd in d:
                    E('keep %r holds pii digits %r' % (t[k['start']:k['end']], pd))
                if len(d) >= 4 and d == pd:
                    E('keep %r equals pii digits' % t[k['start']:k['end']])
        # digits and number-word runs outside spans; name words
        name_words = set()
        for s in obj['pii']:
            if s['type'] == 'NAME':
                v = utts[s['utterance']]['text'][s['start']:s['end']]
                name_words |= {w for w in word_tokens(v) if len(w) > 1}
        for ui, u in enumerate(utts):
            mt = masked(u['text'], spans_by_u.get(ui, []))
            if re.search(r'\d', mt):
                E('digit outside a span: %r' % u['text'])
            run = 0
            for w in re.findall(r"[a-z\u00a7]+|\d+|[^\sa-z]", mt.lower()):
                if w in NUMWORDS:
                    run += 1
                    if run >= 4:
                        E('run of number words outside spans: %r' % u['text'])
                        break
                else:
                    run = 0
            left = set(word_tokens(mt)) & name_words
            if left:
                E('name word(s) %s unlabelled in %r' % (sorted(left), u['text']))
            words_ = re.findall(r"[a-z0-9\u00a7']+", mt.lower())
            if len(words_) >= 9:
                long_utts.setdefault(' '.join(words_), set()).add(cid)
    for k, cs in streets.items():
        if len(cs) > 1:
            errs.append('street %r in cases %s' % (k, sorted(cs)))
    for k, cs in emails.items():
        if len(cs) > 1:
            errs.append('email %r in cases %s' % (k, sorted(cs)))
    for k, cs in long_utts.items():
        if len(cs) > 1:
            errs.append('utterance %r in cases %s' % (k, sorted(cs)))
    return errs


def main():
    check_only = '--check' in sys.argv[1:]
    cases, extras_all = [], []
    for idx, (style, fn) in enumerate(CASES):
        obj, extras = build_case(idx, style, fn())
        cases.append(obj)
        extras_all.append(extras)
    errs = validate(cases, extras_all)
    # counts
    pii_spans = {t: 0 for t in PII_TYPES}
    pii_groups = {t: set() for t in PII_TYPES}
    keep_kinds = {k: 0 for k in KEEP_KINDS}
    n_utt = n_clean = 0
    style_utts = {'asr': 0, 'transcript': 0}
    style_cases = {'asr': 0, 'transcript': 0}
    ivr_cases = 0
    long_calls = 0
    for obj in cases:
        n_utt += len(obj['utterances'])
        style_utts[obj['style']] += len(obj['utterances'])
        style_cases[obj['style']] += 1
        if len(obj['utterances']) >= 30:
            long_calls += 1
        with_pii = {s['utterance'] for s in obj['pii']}
        n_clean += len(obj['utterances']) - len(with_pii)
        for s in obj['pii']:
            pii_spans[s['type']] += 1
            pii_groups[s['type']].add((obj['case_id'], s['group']))
        for k in obj['keep']:
            keep_kinds[k['kind']] += 1
        if any(u['speaker'] == 'ivr' for u in obj['utterances']):
            ivr_cases += 1
    n_keep = sum(keep_kinds.values())
    print('pii spans per type (groups):')
    for t in PII_TYPES:
        print('  %-15s %4d  (%d)   minimum %d' % (t, pii_spans[t], len(pii_groups[t]), MINIMUMS[t]))
    print('cases %d, utterances %d, utterances without pii %d' % (len(cases), n_utt, n_clean))
    print('keep spans %d:' % n_keep)
    for k in KEEP_KINDS:
        print('  %-15s %4d' % (k, keep_kinds[k]))
    print('IVR cases %d, calls of 30+ utterances %d' % (ivr_cases, long_calls))
    for s in ('asr', 'transcript'):
        print('style %-10s %4d cases, %5d utterances (%.1f%% of utterances)'
              % (s, style_cases[s], style_utts[s], 100.0 * style_utts[s] / max(n_utt, 1)))
    for t in PII_TYPES:
        if pii_spans[t] < MINIMUMS[t]:
            errs.append('minimum: %s has %d spans, needs %d' % (t, pii_spans[t], MINIMUMS[t]))
    if len(cases) < 80:
        errs.append('minimum: %d cases < 80' % len(cases))
    if n_utt < 1000:
        errs.append('minimum: %d utterances < 1000' % n_utt)
    if n_clean < 400:
        errs.append('minimum: %d utterances without pii < 400' % n_clean)
    if n_keep < 280:
        errs.append('minimum: %d keep spans < 280' % n_keep)
    for k in KEEP_KINDS:
        if keep_kinds[k] == 0:
            errs.append('minimum: no keep span of kind %s' % k)
    if ivr_cases < 6:
        errs.append('minimum: %d IVR cases < 6' % ivr_cases)
    if errs:
        for e in errs:
            print('ERROR', e)
        print('%d error(s); nothing written' % len(errs))
        sys.exit(1)
    if check_only:
        print('check passed (nothing written)')
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dev44.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for obj in cases:
            f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    print('wrote %s' % path)


if __name__ == '__main__':
    main()
