#!/usr/bin/env python3
"""Write data/redaction/dev17.jsonl: written as a thirteenth held-out set (test13.jsonl),
measured once (issue 14, the figures are in the README), then made a development set.

Written fresh from the README's format and span conventions only. Conversations are hand-written
with inline markup: [[T:text]] or [[T#k:text]] for pii (T a short type code; the same k ties
pieces of one value together within a case), ((kind:text)) for look-alikes. Numbers come from
random.Random(SEED). Offsets are computed from the clean text, every span is checked, cards pass
Luhn, and the file is written only if every check and minimum holds.

Choices where the conventions are silent: national identifiers (US SSN, UK NI number, Canadian
SIN, Australian TFN, Irish PPS number) are SSN; postal codes of every country (ZIP, UK postcode,
Canadian postal code, Australian postcode, Irish Eircode) are POSTCODE; booking, claim, rental,
tenancy, order, policy, porting (PAC) and patient numbers are ACCOUNT_NUMBER; in ASR a first name
and surname said together are one NAME span; a spelled surname is its own NAME group; a wrong
attempt the caller corrects is labelled, each attempt its own group (a corrected card piece stays
in the card's group); pet names are not NAME; a courier tracking number failing Luhn is `other`.

    python3 data/redaction/make_dev17.py           # writes dev17.jsonl, prints counts
    python3 data/redaction/make_dev17.py --check   # builds and validates only
"""
import json, os, random, re, sys

SEED = 7319046281
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev17.jsonl")

TYPES = {"N": "NAME", "A": "ACCOUNT_NUMBER", "C": "CARD_NUMBER", "V": "CVV", "E": "EXPIRY",
         "S": "SSN", "P": "PHONE", "M": "EMAIL", "D": "DOB", "AD": "ADDRESS", "PC": "POSTCODE"}
KINDS = {"qty": "quantity", "time": "time", "price": "price", "flight": "flight_number",
         "date": "date", "year": "year", "dur": "duration", "pct": "percentage",
         "model": "model_number", "count": "count", "other": "other"}
MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
           "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(kind="visa"):
    pre = {"visa": "4", "mc": "5" + str(R.randint(1, 5)), "mc2": "22" + str(R.randint(21, 99)),
           "amex": R.choice(["34", "37"]), "disc": "6011"}[kind]
    return luhn_complete(pre, 15 if kind == "amex" else 16)


def tracking_fail(n=16):
    while True:
        s = digits(n)
        if s[0] != "0" and not luhn_ok(s):
            return s


def say(s, zero="oh", double=False):
    """Digits/letters said one by one in ASR ("double" for a repeated digit if asked)."""
    out, i = [], 0
    s = s.replace(" ", "").replace("-", "")
    while i < len(s):
        ch = s[i]
        w = (zero if ch == "0" else DW[int(ch)]) if ch.isdigit() else ch.lower()
        if double and i + 1 < len(s) and s[i + 1] == ch and ch.isdigit():
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def two(n, zero="oh"):
    n = int(n)
    if n < 10:
        return zero + " " + DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


def pairs(s):
    return " ".join(two(s[i:i + 2]) if len(s[i:i + 2]) == 2 else say(s[i]) for i in range(0, len(s), 2))


def num(n):
    n = int(n)
    if n < 20:
        return DW[n] if n < 10 else TEENS[n - 10]
    if n < 100:
        return two(n)
    if n < 1000:
        return DW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num(n % 100))
    return num(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + num(n % 1000))


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return sep.join(out)


def ssn_us():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ni_uk():
    return R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + digits(6) + R.choice("ABCD")


def sin_ca():
    return luhn_complete(str(R.randint(1, 7)), 9)


def pps_ie():
    return digits(7) + R.choice("ABCDEFGHKLMNPRSTW") + R.choice(["A", "W", ""])


def ph_us():
    return "%03d555%04d" % (R.choice([212, 303, 415, 503, 617, 702, 404, 512, 612, 919]), R.randint(100, 199))


def ph_uk():
    return "07700900" + "%03d" % R.randint(0, 999)


def ph_ca():
    return R.choice(["416", "604", "514", "403", "613", "902"]) + "555" + "%04d" % R.randint(100, 199)


def ph_au():
    return "04" + R.choice(["91", "00"]) + "570" + digits(3)


def ph_ie():
    return "08" + R.choice("35679") + digits(7)


def pc_ca():
    L = "ABCEGHJKLMNPRSTVXY"
    return R.choice("KMLVTHBE") + str(R.randint(1, 9)) + R.choice(L) + " " + str(R.randint(0, 9)) + R.choice(L) + str(R.randint(0, 9))


def zipc(pre):
    return pre + digits(5 - len(pre))


def pc_uk(out):
    return out + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXY") + R.choice("ABDEFGHJLNPQRSTUWXY")


def eir(key):
    return key + " " + R.choice("ACDEFHKNPRTVWXY") + digits(1) + R.choice("ACDEFHKNPRTVWXY") + digits(1)


def dob():
    return R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)


def exp():
    return R.randint(1, 12), R.randint(2027, 2032)


def year_w(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + num(y - 2000)) if y < 2010 else "twenty " + num(y - 2000)
    return num(y // 100) + " " + two(y % 100)


def pcsay(s):
    """A postcode said in ASR: letters and digit words."""
    return say(s.replace(" ", ""), zero="zero")


# ---------------------------------------------------------------- cases
CASES = []


def case(style):
    def deco(f):
        CASES.append((style, f))
        return f
    return deco


@case("transcript")
def c_port_uk():
    pac = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(6)
    ph = ph_uk()
    y, m, d = dob()
    return [
        "a:Thanks for calling Larkspur Mobile, you're through to [[N:Tobias]]. How can I help?",
        "c:Hi [[N:Tobias]], I'm moving my number over to you from another network and the switch hasn't happened.",
        "a:Sorry about that. Can I take your name first?",
        "c:It's [[N:Orla Fitzgerald-Nwosu]].",
        "a:Thanks, [[N:Orla]]. And the number you're bringing across?",
        f"c:[[P:{grp(ph, [5, 3, 3])}]].",
        "a:Do you have the porting code your old provider texted you?",
        f"c:Yes, it's [[A:{pac}]].",
        f"a:So that's [[A:{pac}]]. And your date of birth, please?",
        f"c:[[D:{d} {MONTHS[m-1]} {y}]].",
        "a:Lovely. I can see it failed because the code had expired. They only last ((dur:30 days)).",
        "c:Oh, I got it ages ago, that makes sense.",
        "a:If you request a fresh one, I'll put the switch through for ((date:Thursday)) and you'll be without signal for about ((dur:two hours)).",
        "c:That's fine. Thanks for sorting it.",
    ]


@case("asr")
def c_simswap_us():
    ph = ph_us()
    s4 = ssn_us()[-4:]
    return [
        "a:thank you for calling brightwave wireless my name is [[N:deshawn]] who do i have the pleasure of speaking with",
        "c:hey [[N:deshawn]] it's [[N:marisol echeverria]] my phone got stolen at the ballgame and i need a new sim",
        "a:oh no im sorry to hear that [[N:marisol]] what's the number on the account",
        f"c:it's [[P#p:{say(ph[:3])}]] um [[P#p:{say(ph[3:6])}]]",
        "a:mm-hmm",
        "c:[[P#p:" + say(ph[6:]) + "]]",
        f"a:and for security the last four of your social",
        f"c:[[S:{say(s4)}]]",
        "a:thanks so i'll block the old sim right now and the new one ships to the address on file",
        "c:how long does that take",
        "a:it's usually ((dur:two business days)) and there's a ((price:fifteen dollar)) fee for the replacement",
        "c:ugh okay whatever just do it",
        "a:done the old sim is dead so nobody can use it",
        "c:great thank you",
    ]

@case("transcript")
def c_travel_claim_ie():
    pol = "TRV-" + digits(6) + "-" + R.choice("KLMP")
    ph = ph_ie()
    pps = pps_ie()
    return [
        "a:Clover Travel Cover claims, this is [[N:Saoirse]] speaking.",
        "c:Hello, I'm calling from Lisbon. My husband broke his ankle on the tram steps and the hospital wants paying.",
        "a:I'm so sorry. Let's get a claim open. What's your policy number?",
        f"c:It's [[A:{pol}]].",
        "a:And the name of the injured person?",
        "c:[[N:Declan Ó Briain]]. I'm his wife, [[N:Niamh]].",
        "a:Thanks, [[N:Niamh]]. How much is the hospital asking for?",
        "c:((price:€2,340)) for the cast and ((count:two)) nights.",
        "a:We'll guarantee that directly. Is there a number we can reach you on over there?",
        f"c:My Irish mobile, [[P:{grp(ph, [3, 3, 4])}]].",
        "a:And for the claim form I need a PPS number for the policyholder.",
        f"c:His is [[S:{pps}]].",
        "a:Got it. Our medical team will call the hospital within ((dur:an hour)).",
        "c:Thank God. They're saying he can't fly for ((dur:ten days)).",
        "a:That's covered too. We'll rebook the flights once he's cleared.",
    ]


@case("asr")
def c_car_rental_damage_au():
    ra = "r" + digits(7)
    cc = card("mc")
    return [
        "a:good afternoon redgum car rentals disputes team [[N:kylie]] speaking",
        "c:yeah g'day [[N:kylie]] its [[N:bradley tran]] you lot have charged me for a scratch i didnt do",
        "a:sorry to hear that [[N:bradley]] can i grab the rental agreement number",
        f"c:yeah its [[A:r {say(ra[1:])}]]",
        "a:thanks and that was the ((model:corolla hybrid)) picked up from the airport depot",
        "c:that's the one dropped it back at ((time:seven thirty am)) no one did a walk round",
        "a:okay the charge was ((price:four hundred and eighty nine dollars)) to the card ending in uh let me see",
        "c:do you need the full card",
        "a:if you can read it out it helps me find the transaction",
        f"c:[[C#c:{pairs(cc[:4])}]] [[C#c:{pairs(cc[4:8])}]] um hang on [[C#c:{say(cc[8:12])}]]",
        "a:mm-hmm",
        f"c:[[C#c:{say(cc[12:])}]]",
        "a:got it i'll put a hold on the charge while we look at the photos",
        "c:and how long will the review take",
        "a:up to ((dur:fourteen days)) but you won't be out of pocket meanwhile",
        "c:fair enough cheers",
    ]


@case("transcript")
def c_student_accom_uk():
    ten = "STU/" + digits(5) + "/" + str(R.randint(23, 25))
    pc = pc_uk("LS6")
    em = "ifeoma.adeyemi" + digits(2) + "@unimail.ac.uk"
    return [
        "a:Kirkgate Student Living, [[N:Priyanka]] here.",
        "c:Hi [[N:Priyanka]], my radiator's been broken for ((dur:a week)) and it's freezing.",
        "a:Oh no. Can I take your name and room?",
        "c:[[N:Ifeoma Adeyemi]], room ((other:4B)) on the third floor.",
        "a:And your tenancy reference? It's on the welcome email.",
        f"c:[[A:{ten}]].",
        f"a:Thanks. Is your address still [[AD:Flat 12, 40 Cardigan Road]], [[PC:{pc}]]?",
        "c:Yes, that's right.",
        "a:I'll send the maintenance team. Our engineer, [[N:Gareth]], can come ((date:tomorrow)) between ((time:9 and 1)).",
        "c:Could you email me the confirmation?",
        "a:Of course, which address?",
        f"c:[[M:{em}]].",
        "a:Done. I'll also drop off ((count:two)) oil heaters tonight.",
        "c:You're a lifesaver, thank you.",
    ]

@case("asr")
def c_vet_emergency_ca():
    pc = pc_ca()
    ph = ph_ca()
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:maple ridge animal hospital emergency line this is [[N:genevieve]]",
        "c:hi my dog ate a whole bag of chocolate chips like ((qty:three hundred grams)) and she's shaking",
        "a:okay we can see her right away what's your name",
        "c:[[N:rajveer sandhu]] and the dog is biscuit she's ((other:six)) years old",
        "a:thanks [[N:rajveer]] is biscuit already registered with us",
        "c:no we just moved here",
        f"a:okay can i get your postal code and a phone number",
        f"c:[[PC:{pcsay(pc)}]] and my cell is [[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "a:great there's a ((price:two hundred dollar)) emergency deposit can i take a card now to save time",
        f"c:yeah visa [[C#c:{say(cc[:4])}]] [[C#c:{say(cc[4:8])}]] [[C#c:{say(cc[8:12])}]] [[C#c:{say(cc[12:])}]]",
        "a:expiry",
        f"c:[[E:{two(mo)} {two(yr % 100)}]]",
        "a:and the three digits on the back",
        f"c:[[V:{say(cv)}]]",
        "a:perfect drive straight to bay ((other:two)) we'll meet you at the door",
        "c:on my way thank you so much",
    ]


@case("transcript")
def c_grocery_delivery_uk():
    order = "GR" + digits(8)
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:Hello, Brambleton Grocers home delivery, you're speaking with [[N:Callum]].",
        "c:Hi, my order's come with half the items missing.",
        "a:I'm sorry. Could I have the order number?",
        f"c:[[A:{order}]].",
        "a:Thank you. Who am I speaking with?",
        "c:[[N:Beatriz Okonkwo]].",
        "a:Thanks, Mrs [[N:Okonkwo]]. I can see ((qty:6 pints)) of milk and ((qty:2 packs)) of nappies were substituted with nothing.",
        "c:Exactly. And I was charged the full ((price:£87.40)).",
        "a:I'll refund the missing items, that comes to ((price:£14.65)). It'll go back to the card you paid with.",
        "c:Actually that card's been cancelled. Can you use my new one?",
        "a:Yes, go ahead.",
        f"c:[[C:{grp(cc, [4, 4, 4, 4])}]], expiry [[E:{mo:02d}/{yr % 100}]], and the code on the back is [[V:{cv}]].",
        f"a:Let me check: [[C:{grp(cc, [4, 4, 4, 4])}]], ending [[E:{mo:02d}/{yr % 100}]].",
        "c:That's it.",
        "a:Done. Refunds take ((dur:3 to 5 working days)).",
    ]


@case("asr")
def c_porting_au():
    acct = digits(9)
    tfn = None
    y, m, d = dob()
    return [
        "a:thanks for calling coastline telco [[N:mitch]] speaking how can i help",
        "c:hi [[N:mitch]] i'm porting my number to you and it's been stuck for ((dur:three days))",
        "a:no worries who have i got on the line",
        "c:[[N:thanh huong pham]]",
        "a:thanks and can you confirm your date of birth",
        f"c:[[D:{ORD[d]} of {MONTHS[m-1].lower()} {year_w(y)}]]",
        "a:and the account number with your old provider",
        f"c:[[A#a:{say(acct[:5])}]] sorry the app keeps closing [[A#a:{say(acct[5:])}]]",
        f"a:okay i've got [[A:{say(acct)}]]",
        "c:yep",
        "a:looks like the losing carrier rejected it because the account name had a typo",
        "c:oh they had me as [[N:pham]] with an f",
        "a:that'll be it i'll resubmit and it should go through by ((time:five pm)) today",
        "c:thanks heaps",
    ]


@case("transcript")
def c_bank_fraud_us():
    cc = card("disc")
    s = ssn_us()
    z = zipc("972")
    return [
        "a:Cascade Federal fraud department, my name is [[N:Trevor]]. May I have your full name?",
        "c:[[N:Yolanda Whitfield-Baptiste]].",
        "a:Thank you, Ms. [[N:Whitfield-Baptiste]]. What's going on today?",
        "c:There are ((count:four)) charges on my card from a gas station in Nevada I've never been to.",
        "a:Let's lock it. Can you read me the card number?",
        f"c:[[C:{grp(cc, [4, 4, 4, 4], '-')}]].",
        "a:And to verify you, your Social Security number.",
        f"c:[[S:{s[:3]}-{s[3:5]}-{s[5:]}]].",
        "a:And the ZIP code on the account?",
        f"c:[[PC:{z}]], Portland.",
        "a:Thank you. I see ((price:$62.18)), ((price:$75.00)), ((price:$48.90)) and ((price:$91.33)). I've blocked the card and a new one will arrive in ((dur:7 to 10 days)).",
        "c:Will I get the money back?",
        "a:Yes, provisional credit posts within ((dur:48 hours)).",
    ]

@case("asr")
def c_health_admin_us():
    y, m, d = dob()
    mrn = digits(8)
    ph = ph_us()
    return [
        "a:saint aldric medical group billing this is [[N:latoya]] can i have the patient's name",
        "c:it's for my mom [[N:consuelo ybarra]] [[N:y b a r r a]]",
        "a:and her date of birth",
        f"c:[[D:{two(m)} {two(d)} {two(y // 100)} {two(y % 100)}]]",
        "a:thank you do you have the patient account number from the statement",
        f"c:the one near the top that says patient number [[A:{say(mrn, double=True)}]]",
        "a:perfect i see a balance of ((price:three forty two fifty)) from the visit on ((date:march ninth))",
        "c:insurance was supposed to cover that",
        "a:it looks like the claim was denied for a missing referral from doctor [[N:okafor]]",
        "c:ugh okay can you have someone call me about it",
        "a:sure what's the best number",
        f"c:[[P:{say(ph, double=True)}]]",
        "a:i've noted it someone will call within ((dur:two business days))",
    ]


@case("transcript")
def c_utility_ca_move():
    acct = digits(4) + "-" + digits(5) + "-" + digits(2)
    pc = pc_ca()
    em = "k.tremblay.lavoie@hotmail.ca"
    return [
        "a:Northlake Hydro, good morning, this is [[N:Étienne]].",
        "c:Good morning. I'm moving out at the end of the month and need to close my account.",
        "a:No problem. Could I have your account number?",
        f"c:Sure, [[A:{acct}]].",
        "a:And the name on the account?",
        "c:[[N:Karine Tremblay-Lavoie]].",
        "a:Thank you. What's the service address?",
        f"c:[[AD:2210 Rue Sainte-Catherine, Apartment 7, Montreal]], [[PC:{pc}]].",
        "a:And the forwarding address for the final bill?",
        "c:Just email it, please. [[M:" + em + "]].",
        "a:Perfect. The final meter reading will be taken on the ((date:31st)). You'll get the bill about ((dur:a week)) after.",
        "c:Great, merci.",
    ]


@case("asr")
def c_housing_repair_uk():
    ten = digits(7)
    pc = pc_uk("M14")
    return [
        "a:good morning harbourside homes repairs line you're speaking to [[N:abdul]]",
        "c:morning [[N:abdul]] my boiler's packed in again that's the ((count:third)) time this month",
        "a:oh no sorry about that can i take your tenancy number",
        f"c:it's [[A#a:{say(ten[:3])}]] hold on my glasses [[A#a:{say(ten[3:])}]]",
        "a:thank you and the address please",
        f"c:[[AD:flat nine {num(R.randint(20, 80))} wilmslow road]] [[PC:{pcsay(pc)}]]",
        "a:and who am i speaking to",
        "c:[[N:grace mbeki]]",
        "a:thanks [[N:grace]] i can get an engineer out today between ((time:twelve and six))",
        "c:will it be the same bloke as last time [[N:rob]] he was good",
        "a:i can request him yeah",
        "c:lovely ta",
    ]


@case("transcript")
def c_insurer_claim_au():
    clm = "CLM" + digits(7)
    ph = ph_au()
    tfn = digits(9)
    return [
        "a:Wattle Mutual claims, [[N:Jarrah]] speaking.",
        "c:Hi [[N:Jarrah]], I'm following up on my home claim after the hailstorm.",
        "a:Sure, have you got the claim number?",
        f"c:Yep, [[A:{clm}]].",
        "a:Thanks. And your name?",
        "c:[[N:Lachlan Kowalczyk]].",
        "a:Thanks [[N:Lachlan]]. The assessor, [[N:Sione]], has approved ((pct:80%)) of the roof repair and the remaining ((pct:20%)) is waiting on a builder's quote.",
        "c:The builder came on ((date:Monday)). He said it'll be around ((price:$14,500)).",
        "a:Great. Best contact number?",
        f"c:[[P:{ph[:4]} {ph[4:7]} {ph[7:]}]].",
        "a:And for the settlement payment, tax office asked us to confirm your TFN as it's a rental property.",
        f"c:It's [[S:{tfn[:3]} {tfn[3:6]} {tfn[6:]}]].",
        "a:Thanks, that's all I need. Expect a call in ((dur:48 hours)).",
    ]


@case("asr")
def c_airline_refund_ie():
    pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    em = "fionnuala"
    return [
        "a:hello shamrock air customer care this is [[N:ciarán]] speaking",
        "c:hi [[N:ciarán]] my flight ((flight:s k four one two)) to boston got cancelled and i want a refund not a voucher",
        "a:i'm sorry about that can i have the booking reference",
        f"c:[[A:{' '.join(ch.lower() if ch.isalpha() else DW[int(ch)] for ch in pnr)}]]",
        "a:and the lead passenger",
        "c:[[N:fionnuala de búrca]]",
        "a:thanks [[N:fionnuala]] yes the whole route was cancelled on ((date:the fourteenth)) you're entitled to the full ((price:six hundred and twelve euro))",
        "c:how long will it take",
        "a:about ((dur:seven working days)) back to the original card",
        "c:and can you send the confirmation to my email",
        "a:of course go ahead",
        "c:[[M:f i o n n dot deburca at eircom dot net]]",
        "a:perfect that's on its way",
    ]

@case("transcript")
def c_amex_hotel_us():
    cc = card("amex")
    mo, yr = exp()
    cid = digits(4)
    return [
        "a:Thanks for holding, this is [[N:Marguerite]] at Pinecrest Lodge reservations.",
        "c:Hi, I'd like to guarantee a room for ((date:October 3rd)), ((count:two)) nights.",
        "a:Of course. Name for the reservation?",
        "c:[[N:Oluwaseun Lindqvist]].",
        "a:Could you spell the last name?",
        "c:[[N:L-I-N-D-Q-V-I-S-T]].",
        "a:Thank you. The rate is ((price:$219)) a night plus ((pct:12.5%)) tax. Which card?",
        f"c:American Express, [[C:{grp(cc, [4, 6, 5])}]].",
        "a:Expiration?",
        f"c:[[E:{mo:02d}/{yr}]].",
        "a:And the four-digit code on the front.",
        f"c:[[V:{cid}]].",
        "a:You're all set. Check-in is from ((time:3 p.m.)) and you're in room ((other:418)).",
        "c:Perfect, thanks.",
    ]


@case("asr")
def c_card_corrected_uk():
    cc = card("visa")
    wrong = str((int(cc[12]) + 3) % 10) + cc[13:]
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:you're through to fernhill energy payments my name's [[N:shona]]",
        "c:hiya [[N:shona]] i want to pay off my gas bill",
        "a:lovely the balance is ((price:one hundred and sixty two pounds forty)) are you paying all of it",
        "c:yeah all of it",
        "a:okay long number on the card when you're ready",
        f"c:[[C#c:{say(cc[:4])}]]",
        "a:yep",
        f"c:[[C#c:{say(cc[4:8])}]] [[C#c:{say(cc[8:12])}]] [[CX#c:{say(wrong)}]] no sorry that last bit was [[C#c:{say(cc[12:])}]]",
        f"a:okay so i've got [[C:{say(cc[:8])} {say(cc[8:])}]]",
        "c:that's it",
        "a:expiry date",
        f"c:[[E:{MONTHS[mo-1].lower()} {year_w(yr)}]]",
        "a:and the security code",
        f"c:[[V:{say(cv)}]]",
        "a:that's gone through you'll get a receipt in ((dur:a few minutes))",
    ]


@case("asr")
def c_student_loan_ca():
    sin = sin_ca()
    y, m, d = dob()
    sid = digits(9)
    return [
        "a:good afternoon prairie student aid this is [[N:bronwyn]]",
        "c:hi i'm calling about my loan it says my application's on hold",
        "a:let me look can i have your student id number",
        f"c:[[A:{say(sid)}]]",
        "a:and your full name",
        "c:[[N:tenzin dolkar]]",
        "a:thanks [[N:tenzin]] and your social insurance number to verify",
        f"c:[[S#s:{say(sin[:3])}]] uh [[S#s:{say(sin[3:6])}]] [[S#s:{say(sin[6:])}]]",
        "a:and your date of birth",
        f"c:[[D:{MONTHS[m-1].lower()} {ORD[d]} {year_w(y)}]]",
        "a:okay it's on hold because the school hasn't confirmed you're enrolled for the ((date:fall)) term",
        "c:i'm in ((count:five)) courses though",
        "a:i believe you the registrar just needs to submit it usually takes ((dur:two to three weeks))",
        "c:okay i'll go bug them",
    ]


@case("transcript")
def c_telecom_bill_ie():
    acct = digits(3) + " " + digits(3) + " " + digits(3)
    ec = eir("D08")
    return [
        "a:Liffey Broadband, you're talking to [[N:Aoife]].",
        "c:Hi [[N:Aoife]], I've been charged twice this month.",
        "a:Sorry about that. Account number please?",
        f"c:[[A:{acct}]].",
        "a:And can you confirm the Eircode at the property?",
        f"c:[[PC:{ec}]].",
        "a:Thanks. And the account holder?",
        "c:[[N:Rose Kavanagh]].",
        "a:Thanks [[N:Rose]]. I see two charges of ((price:€59.99)). I'll refund one now.",
        "c:And can I move to the cheaper plan?",
        "a:The ((model:Fibre 500)) plan is ((price:€45 a month)) for ((dur:12 months)).",
        "c:Do that please.",
        "a:Done. It starts on your next bill on the ((date:1st)).",
    ]


@case("asr")
def c_rental_deposit_us():
    cc = card("mc2")
    ra = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(6)
    em = "jsmallwood"
    return [
        "a:thank you for calling desert sun rentals this is [[N:heriberto]]",
        "c:hey there i returned my car in phoenix ((dur:two weeks)) ago and i still don't have my deposit back",
        "a:sorry about that what's the confirmation number",
        f"c:[[A:{say(ra)}]]",
        "a:and your name",
        "c:[[N:jolene smallwood]]",
        "a:thanks [[N:jolene]] the ((price:three hundred dollar)) hold was released on ((date:the second)) it can take your bank ((dur:ten days)) to show it",
        "c:it went on my mastercard the one ending um",
        f"c:actually let me just give you the whole thing [[C#c:{say(cc[:4])}]] [[C#c:{say(cc[4:10])}]]",
        "a:okay",
        f"c:[[C#c:{say(cc[10:])}]]",
        "a:yep that's the card it was released i can email you the release letter",
        "c:please [[M:jolene dot smallwood at yahoo dot com]]",
        "a:sent",
    ]

@case("transcript")
def c_pet_insurance_uk():
    pol = "PP-" + digits(4) + "-" + digits(4)
    pc = pc_uk("BS3")
    y, m, d = dob()
    return [
        "a:Pawsure Pet Insurance, [[N:Femi]] speaking.",
        "c:Hello, my cat was hit by a car last night and the emergency vet bill is huge.",
        "a:I'm so sorry. Is she okay?",
        "c:She's in surgery now. The vet, Dr [[N:Hargreave]], said she'll pull through.",
        "a:That's a relief. Can I take the policy number?",
        f"c:[[A:{pol}]].",
        "a:And your postcode and date of birth for security?",
        f"c:[[PC:{pc}]], and I was born [[D:{d:02d}/{m:02d}/{y}]].",
        "a:Thank you, Mr [[N:Ashworth-Mensah]]. Your cover is up to ((price:£4,000)) per condition with a ((price:£99)) excess.",
        "c:The estimate is ((price:£2,850)).",
        "a:Then we can pay the vet directly. Ask them to send the invoice within ((dur:30 days)).",
        "c:Brilliant, thank you.",
    ]


@case("asr")
def c_ssn_taxprep_us():
    s = ssn_us()
    y, m, d = dob()
    z = zipc("303")
    return [
        "a:thanks for calling ledgerline tax help this is [[N:marcus]]",
        "c:hi [[N:marcus]] my refund got rejected and i don't know why",
        "a:let's find out what's your social security number",
        f"c:[[S#s:{say(s[:3])}]] [[S#s:{say(s[3:5])}]] um [[S#s:{say(s[5:])}]]",
        "a:and date of birth",
        f"c:[[D:{two(m)} {two(d)} {year_w(y)}]]",
        "a:and your zip",
        f"c:[[PC:{say(z)}]]",
        "a:okay it was rejected because your dependent was also claimed on another return for ((year:twenty twenty three))",
        "c:that's my ex he claimed our son again",
        "a:you can file a paper return and the irs will sort it out it usually takes ((dur:about six months))",
        "c:great just great",
    ]


@case("transcript")
def c_supermarket_slot_au():
    mem = "FF" + digits(10)
    em = "wiremu.tane" + digits(2) + "@bigpond.com"
    return [
        "a:Thanks for calling Saltbush Fresh online, you've got [[N:Kirra]].",
        "c:Hi, my delivery was meant to come between ((time:6 and 8)) last night and never showed.",
        "a:I'm sorry. What's your rewards card number?",
        f"c:[[A:{mem[:2]} {grp(mem[2:], [4, 4, 2])}]].",
        "a:Thanks. Name on the account?",
        "c:[[N:Wiremu Tane]].",
        "a:Thanks [[N:Wiremu]]. The driver marked it as undeliverable because nobody answered the intercom at unit ((other:14)).",
        "c:I was home the whole time!",
        "a:I'll refund the ((price:$12)) delivery fee and rebook it for ((date:Saturday)) at ((time:9 am)). Confirmation goes to your email?",
        f"c:Yes, [[M:{em}]].",
        "a:Done. You'll also get ((qty:500 points)) as an apology.",
    ]


@case("asr")
def c_gas_emergency_uk():
    pc = pc_uk("CF24")
    ph = ph_uk()
    return [
        "a:gas emergency line you're speaking to [[N:dafydd]] is anyone in the property feeling unwell",
        "c:no we're all outside now there's a really strong smell",
        "a:good stay outside what's the address",
        f"c:[[AD:{num(R.randint(2, 99))} heol y nant]] [[PC:{pcsay(pc)}]]",
        "a:and a number we can reach you on",
        f"c:[[P:oh {say(ph[1:5])} {say(ph[5:8])} {say(ph[8:])}]]",
        "a:an engineer will be with you within ((dur:an hour)) don't use any light switches",
        "c:okay my neighbour mrs [[N:pritchard]] is still inside though she's ((other:ninety)) she didn't hear me knock",
        "a:please don't go back in i'm alerting the fire service now",
        "c:okay okay",
    ]

@case("asr")
def c_vet_payment_plan_au():
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:hi you're through to bottlebrush vets accounts it's [[N:shayla]]",
        "c:oh hi [[N:shayla]] it's about the bill for my kelpie's surgery",
        "a:yep can you confirm the client name",
        "c:[[N:hamish o'rourke]]",
        "a:thanks [[N:hamish]] there's ((price:two thousand one hundred and forty dollars)) owing you wanted to split it",
        "c:yeah over ((count:four)) payments if that's okay",
        "a:no problem first one today card number please",
        f"c:[[C#c:{pairs(cc[:8])}]]",
        "a:mm-hmm keep going",
        f"c:[[C#c:{pairs(cc[8:])}]]",
        "a:and expiry and the code on the back",
        f"c:expiry [[E:{two(mo)} {two(yr % 100)}]] and the code's [[V:{say(cv)}]]",
        "a:thanks that's ((price:five hundred and thirty five)) taken the rest every ((dur:fortnight))",
    ]


@case("transcript")
def c_rental_toll_ca():
    ra = "YYZ-" + digits(6)
    em = "hkaur.bhullar@gmail.com"
    ph = ph_ca()
    return [
        "a:Northstar Car Rental, this is [[N:Mackenzie]]. How can I help you?",
        "c:Hi, I got a bill for ((count:three)) highway tolls plus a ((price:$45)) admin fee for each.",
        "a:I can look into that. What's the rental agreement number?",
        f"c:[[A:{ra}]].",
        "a:And the name on the rental?",
        "c:[[N:Harpreet Kaur Bhullar]].",
        "a:Thank you. The ((other:407)) tolls were on ((date:June 12)). Our policy charges the admin fee once per rental, not per toll.",
        "c:So I was overcharged?",
        "a:Yes, by ((price:$90)). I'll refund that. Can I confirm your email and phone?",
        f"c:[[M:{em}]], and [[P:({ph[:3]}) {ph[3:6]}-{ph[6:]}]].",
        "a:You'll see the refund in ((dur:5 business days)).",
    ]


@case("asr")
def c_sim_swap_fraud_uk():
    y, m, d = dob()
    ph = ph_uk()
    acct = digits(8)
    return [
        "a:you're through to harbourline mobile security team my name is [[N:priya]]",
        "c:hi [[N:priya]] my phone just lost signal and my bank says someone's logged in",
        "a:okay that sounds like a sim swap let's stop it who's the account holder",
        "c:me [[N:mark ellery]]",
        "a:and your date of birth [[N:mark]]",
        f"c:[[D:{ORD[d]} {MONTHS[m-1].lower()} {two(y // 100)} {two(y % 100)}]]",
        "a:and the mobile number",
        f"c:[[P:{say(ph[:5], zero='zero')} {say(ph[5:], zero='zero', double=True)}]]",
        "a:right someone requested a new sim in store at ((time:ten fifteen)) this morning i've cancelled it",
        "c:what about my account with you",
        f"a:your account [[A:{say(acct)}]] now has a security password and i'll send you a new sim",
        "c:please can you ((other:mark)) it urgent",
        "a:i'll ((other:mark)) it as urgent it'll be there by ((time:one pm)) tomorrow",
    ]


@case("transcript")
def c_council_tax_uk():
    ref = digits(10)
    pc = pc_uk("NE6")
    return [
        "a:Tyneside Council revenues, [[N:Joanne]] speaking.",
        "c:Hi, I'm a student and I've been sent a council tax bill.",
        "a:Students are exempt, so let's fix that. What's the reference on the bill?",
        f"c:[[A:{ref}]].",
        "a:And the property address?",
        f"c:[[AD:27 Heaton Park Road]], [[PC:{pc}]].",
        "a:Who lives there?",
        "c:Me, [[N:Xu Mingzhe]], and my housemates [[N:Cormac]] and [[N:Adaeze]]. We're all full time.",
        "a:I just need a certificate from the university for each of you. Send them within ((dur:21 days)) and the bill of ((price:£1,648.22)) will be cancelled.",
        "c:Great, thank you.",
    ]


@case("asr")
def c_travel_claim_us():
    pol = digits(3) + "-" + digits(7)
    em = "tbeauchamp"
    return [
        "a:globewise travel protection claims this is [[N:darnell]]",
        "c:hi [[N:darnell]] my luggage was lost on my flight to rome and i had to buy clothes",
        "a:i'm sorry to hear that what's your policy number",
        f"c:[[A:{say(pol[:3])} dash {say(pol[4:])}]]",
        "a:and your name",
        "c:[[N:therese beauchamp]] that's [[N:b e a u c h a m p]]",
        "a:thanks [[N:therese]] which flight was it",
        "c:((flight:d l two oh three)) landed on ((date:august second))",
        "a:you can claim up to ((price:five hundred dollars)) for essentials what did you spend",
        "c:about ((price:three ninety)) i have receipts",
        "a:great upload them to the portal and we'll email you at the address on file",
        "c:actually it changed it's [[M:tess dot beauchamp at outlook dot com]]",
        "a:updated you'll hear back in ((dur:ten business days))",
    ]


@case("transcript")
def c_bank_new_card_ie():
    cc = card("mc")
    cv = digits(3)
    mo, yr = exp()
    ph = ph_ie()
    return [
        "a:Corrib Bank card services, you're speaking with [[N:Pádraig]].",
        "c:Hi, I got a new card in the post and it won't activate.",
        "a:I'll help. Can you read me the card number?",
        f"c:[[C#c:{cc[:4]} {cc[4:8]}]], um, [[C#c:{cc[8:12]} {cc[12:]}]].",
        "a:And the expiry?",
        f"c:[[E:{mo:02d}/{yr % 100}]].",
        "a:And the three digits on the back?",
        f"c:[[V:{cv}]].",
        "a:Thanks. We'll send a code to your mobile actually, what's your mobile number?",
        f"c:[[P:{ph[:3]} {ph[3:]}]].",
        "a:A code's been sent. It's valid for ((dur:10 minutes)).",
        "c:Got it, it's activated now.",
    ]


@case("asr")
def c_grocery_substitution_us():
    order = digits(3) + "-" + digits(7)
    return [
        "a:thanks for calling cornerstone market delivery this is [[N:quinn]]",
        "c:hi [[N:quinn]] i ordered ((qty:twelve cans)) of formula and got ((qty:two))",
        "a:oh no let me fix that order number please",
        f"c:[[A#a:{say(order[:3])}]] hang on the baby's crying [[A#a:{say(order[4:])}]]",
        "a:thanks and the name",
        "c:[[N:aaliyah mccormick]]",
        "a:thanks [[N:aaliyah]] i'll send the remaining ((qty:ten)) out today by ((time:four o'clock)) at no charge",
        "c:thank you so much",
        "a:and i'll give you ((pct:twenty percent)) off your next order",
        "c:that's really kind",
    ]


@case("transcript")
def c_housing_benefit_au():
    crn = digits(3) + " " + digits(3) + " " + digits(3) + R.choice("ABCHJK")
    tfn = digits(9)
    pc = str(R.randint(2000, 2999))
    return [
        "a:Good morning, Rent Assist helpline, [[N:Bindi]] speaking.",
        "c:Hi [[N:Bindi]], I need to update my address for rent assistance.",
        "a:Sure. What's your customer reference number?",
        f"c:[[A:{crn}]].",
        "a:Thanks. And your full name?",
        "c:[[N:Mohammed Al-Rashid]].",
        "a:And the new address?",
        f"c:[[AD:Unit 5, 118 Parramatta Road, Annandale]] NSW [[PC:{pc}]].",
        "a:And the rent there?",
        "c:((price:$560 a week)), lease starts ((date:1 March)).",
        "a:For the income check, can you confirm your tax file number?",
        f"c:[[S:{tfn}]].",
        "a:Done. Payments will adjust within ((dur:two weeks)).",
    ]

@case("asr")
def c_ivr_payment_us():
    cc = card("visa")
    mo, yr = exp()
    cv = digits(3)
    z = zipc("945")
    return [
        "i:welcome to pacific crest water automated payments please say or enter your sixteen digit card number",
        f"c:[[C:{say(cc[:4])} {say(cc[4:8])} {say(cc[8:12])} {say(cc[12:])}]]",
        f"i:you said [[C:{say(cc)}]] is that correct",
        "c:yes",
        "i:please say the expiration date",
        f"c:[[E:{two(mo)} {year_w(yr)}]]",
        "i:please say the three digit security code",
        f"c:[[V:{say(cv)}]]",
        "i:please say the billing zip code",
        f"c:[[PC:{say(z)}]]",
        "i:a payment of ((price:eighty four dollars and twelve cents)) will be applied to your account say yes to confirm",
        "c:yes",
        "i:thank you your confirmation will be sent by text within ((dur:five minutes))",
    ]


@case("transcript")
def c_university_fees_uk():
    sid = digits(8)
    cc = card("mc")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:University of Eastmoor finance office, this is [[N:Hollie]].",
        "c:Hi, I'm paying the second instalment of my daughter's tuition.",
        "a:Of course. Student number?",
        f"c:[[A:{sid}]]. She's [[N:Amara Delacroix-Osei]].",
        "a:Thanks. The instalment is ((price:£3,083.33)). Card number when you're ready.",
        f"c:[[C#c:{cc[:4]}]]... hold on, the light's bad... [[C#c:{cc[4:8]} {cc[8:12]} {cc[12:]}]].",
        "a:Expiry and security code?",
        f"c:Expires [[E:{MONTHS[mo-1]} {yr}]], security code [[V:{cv}]].",
        "a:That's gone through. The final instalment is due ((date:15 April)).",
        "c:Thank you.",
    ]


@case("asr")
def c_dob_forms_ca():
    y, m, d = dob()
    y2, m2, d2 = dob()
    hc = digits(10)
    return [
        "a:good morning lakeshore family clinic this is [[N:anjali]]",
        "c:hi i need to book my dad and my son for flu shots",
        "a:sure what's your dad's name and birth date",
        f"c:[[N:wojciech nowak]] born [[D:{ORD[d]} of {MONTHS[m-1].lower()} {year_w(y)}]]",
        "a:and his health card number",
        f"c:[[A:{say(hc[:4], zero='zero')} {say(hc[4:7], zero='zero')} {say(hc[7:], zero='zero')}]]",
        "a:and your son",
        f"c:[[N:kacper]] his birthday is [[D:{MONTHS[m2-1].lower()} {two(d2)} {year_w(y2)}]]",
        "a:i have ((time:eleven forty)) on ((date:thursday)) for both of them",
        "c:perfect",
        "a:please arrive ((dur:ten minutes)) early",
    ]


@case("transcript")
def c_ireland_utility_move():
    acct = digits(10)
    ec = eir("T12")
    ph = ph_ie()
    em = "colm.mcgettigan@eircom.net"
    return [
        "a:Emerald Power, [[N:Sinéad]] here. How can I help?",
        "c:Hi, I'm moving into a new place in Cork and want to set up electricity.",
        "a:Lovely. What's the address?",
        f"c:[[AD:14 Douglas Street, Cork]], [[PC:{ec}]].",
        "a:And your name?",
        "c:[[N:Colm McGettigan]].",
        "a:Contact number and email?",
        f"c:[[P:{ph[:3]} {ph[3:6]} {ph[6:]}]] and [[M:{em}]].",
        f"a:Thanks. Your new account number is [[A:{acct}]]. The meter reading on move-in day was ((other:04512))?",
        "c:Yes, I took a photo.",
        "a:Great. Your first bill will come after ((dur:two months)).",
    ]


@case("asr")
def c_amex_flight_change_au():
    cc = card("amex")
    mo, yr = exp()
    cid = digits(4)
    return [
        "a:jacaranda airlines bookings [[N:tahlia]] speaking",
        "c:hi i need to change my flight ((flight:j q five oh six)) to the later one",
        "a:sure that's a ((price:seventy nine dollar)) change fee how would you like to pay",
        "c:amex",
        "a:go ahead",
        f"c:[[C#c:{say(cc[:4])}]] [[C#c:{say(cc[4:10])}]] [[C#c:{say(cc[10:])}]]",
        "a:and the four digit code on the front",
        f"c:[[V:{say(cid)}]]",
        "a:and expiry",
        f"c:[[E:{MONTHS[mo-1].lower()} {two(yr % 100)}]]",
        "a:done you're now on the ((time:six forty five pm)) departing from gate ((other:twelve))",
        "c:thanks",
    ]


@case("transcript")
def c_phone_upgrade_us():
    acct = digits(9)
    s4 = ssn_us()[-4:]
    em = "big.dave.ochoa@gmail.com"
    return [
        "a:Thank you for calling Summit Wireless, this is [[N:Kendra]]. Who am I speaking with?",
        "c:This is [[N:Dave Ochoa]]. I want to upgrade to the new ((model:Pixel 9)).",
        "a:Great choice. Account number?",
        f"c:[[A:{acct[:3]}-{acct[3:6]}-{acct[6:]}]].",
        "a:And the last four of your Social?",
        f"c:[[S:{s4}]].",
        "a:Thanks, [[N:Dave]]. It's ((price:$33.33 a month)) for ((dur:24 months)), or ((price:$799)) outright.",
        "c:Monthly. Send the order confirmation to [[M:" + em + "]].",
        "a:Will do. It ships ((date:tomorrow)) and arrives in ((dur:2 days)).",
    ]


@case("asr")
def c_neighbour_parcel_uk():
    trk = tracking_fail(16)
    pc = pc_uk("EH7")
    return [
        "a:swiftdrop parcels you're talking to [[N:morag]]",
        "c:hi [[N:morag]] the driver says he left my parcel with a neighbour but nobody has it",
        "a:let me check have you got the tracking number",
        f"c:((other:{say(trk)}))",
        "a:okay it says left with neighbour at number ((other:forty two))",
        "c:that's mr [[N:abernethy]] he's been away on holiday for ((dur:three weeks))",
        "a:hmm can you confirm your postcode",
        f"c:[[PC:{pcsay(pc)}]]",
        "a:thanks i'll raise a claim with the driver and call you back by ((time:five))",
        "c:cheers",
    ]

@case("transcript")
def c_landlord_deposit_uk():
    ref = "DPS" + digits(7)
    pc = pc_uk("SE15")
    em = "hannah.o.vaughan@protonmail.com"
    ph = ph_uk()
    return [
        "a:SafeKeep Deposits, you're through to [[N:Ravi]].",
        "c:Hi [[N:Ravi]]. My landlord is keeping ((price:£600)) of my deposit for cleaning and I disagree.",
        "a:I can open a dispute. Deposit reference?",
        f"c:[[A:{ref}]].",
        "a:Your name and the tenancy address?",
        f"c:[[N:Hannah Vaughan]], [[AD:Flat 3, 88 Rye Lane, London]] [[PC:{pc}]].",
        "a:Best email and phone?",
        f"c:[[M:{em}]], [[P:{ph[:5]} {ph[5:]}]].",
        "a:Your landlord, Mr [[N:Pellegrini]], has ((dur:14 days)) to respond.",
        "c:Do I need photos?",
        "a:Yes, upload any check-out photos. Most disputes are decided within ((dur:28 days)).",
    ]


@case("asr")
def c_roadside_ie():
    mem = digits(8)
    ph = ph_ie()
    return [
        "a:roadsafe ireland breakdown [[N:eoin]] speaking are you in a safe place",
        "c:yeah i'm on the hard shoulder of the ((other:m seven)) near junction ((other:eleven))",
        "a:okay what's your membership number",
        f"c:[[A:{pairs(mem)}]]",
        "a:and your name",
        "c:[[N:bríd ní mhaoláin]]",
        "a:and a mobile in case we get cut off",
        f"c:[[P:{say(ph[:3])} {say(ph[3:], double=True)}]]",
        "a:what's the car",
        "c:a ((model:yaris)) ((year:twenty nineteen)) the clutch went",
        "a:a patrol will be with you in about ((dur:forty minutes))",
        "c:thanks a million",
    ]


@case("transcript")
def c_student_housing_ca():
    cc = card("visa")
    mo, yr = exp()
    cv = digits(3)
    pc = pc_ca()
    return [
        "a:Riverbend Residences, [[N:Noémie]] speaking.",
        "c:Hello! I'm an international student and need to pay the holding deposit for the fall.",
        "a:Welcome! Name and the unit you reserved?",
        "c:[[N:Chidera Nwachukwu-Bell]], studio ((other:5C)).",
        "a:The deposit is ((price:$750 CAD)). Card details?",
        f"c:Visa [[C:{cc}]], expiry [[E:{mo}/{yr}]], CVV [[V:{cv}]].",
        f"a:Let me read that back: [[C:{grp(cc, [4, 4, 4, 4])}]], expiry [[E:{mo}/{yr}]].",
        "c:Correct.",
        "a:And the mailing address here in Canada for the lease?",
        f"c:[[AD:402-1550 West 8th Avenue, Vancouver]], BC [[PC:{pc}]].",
        "a:All set. Move-in is ((date:August 28)) after ((time:2 pm)).",
    ]


@case("asr")
def c_vet_dob_insurance_us():
    y, m, d = dob()
    pol = "p" + digits(8)
    em = "r o c i o"
    return [
        "a:thanks for calling furguard pet insurance this is [[N:wesley]]",
        "c:hi my cat needs a dental and i want to know if it's covered",
        "a:let's check policy number",
        f"c:[[A:p {say(pol[1:])}]]",
        "a:and for verification the policyholder's date of birth",
        f"c:[[D:{two(m)} slash {two(d)} slash {two(y % 100)}]]",
        "a:thanks and your name",
        "c:[[N:rocío villalobos]]",
        "a:thanks [[N:rocío]] dental illness is covered at ((pct:ninety percent)) after a ((price:two fifty)) deductible",
        "c:can you email me that",
        "a:sure what address",
        "c:it's [[M:rocio v at icloud dot com]]",
        "a:sending now",
    ]

@case("asr")
def c_port_in_ca():
    acct = digits(9)
    pin = digits(4)
    ph = ph_ca()
    return [
        "a:thanks for calling aurora mobile this is [[N:siddharth]] how can i help",
        "c:hey i'm switching from my old carrier and the port keeps failing",
        "a:okay what's the number you're porting",
        f"c:[[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "a:and the account number at the old carrier",
        f"c:[[A:{say(acct)}]] i think",
        "a:it's probably failing on that can you check your last bill",
        f"c:oh wait it's [[A:{say(acct[:6])} {say(digits(3))}]] i was reading the old one",
        "a:that'll do it and your name",
        "c:[[N:bashir rahimi]]",
        "a:thanks [[N:bashir]] resubmitted it'll take about ((dur:four hours))",
    ]


@case("transcript")
def c_rental_damage_uk():
    ra = "HX" + digits(7)
    cc = card("visa")
    return [
        "a:Albion Vehicle Hire, damage team. This is [[N:Lorraine]].",
        "c:Hi [[N:Lorraine]]. You've charged me ((price:£380)) for a dent that was already there.",
        "a:Let me check. Rental agreement number?",
        f"c:[[A:{ra}]].",
        "a:Name on the rental?",
        "c:[[N:Kwame Asante-Boateng]].",
        "a:Thanks. The return inspection was at ((time:07:45)) and photos show a dent on the rear door.",
        "c:I have a photo from pick-up with the same dent. The agent, [[N:Barry]], even initialled it on the form.",
        "a:If you email the photo I'll reverse the charge. Which card was it on?",
        f"c:[[C#c:{cc[:4]} {cc[4:8]}]] - sorry, my son's shouting - [[C#c:{cc[8:12]} {cc[12:]}]].",
        "a:Found it. Refunds take ((dur:5-7 working days)) once approved.",
    ]


@case("asr")
def c_health_appt_au():
    y, m, d = dob()
    med = digits(10)
    ph = ph_au()
    return [
        "a:good morning banksia medical centre [[N:chloe]] speaking",
        "c:hi [[N:chloe]] i'd like to book a skin check please",
        "a:sure are you an existing patient",
        "c:no new",
        "a:okay name please",
        "c:[[N:ngaire whitehorse]]",
        "a:date of birth",
        f"c:[[D:{two(d)} {two(m)} {two(y // 100)} {two(y % 100)}]]",
        "a:medicare number",
        f"c:[[A:{say(med[:4], zero='zero')} {say(med[4:9], zero='zero')} {say(med[9:], zero='zero')}]]",
        "a:and mobile",
        f"c:[[P:{say(ph[:4])} {say(ph[4:7])} {say(ph[7:])}]]",
        "a:dr [[N:obi]] has ((time:two fifteen)) on ((date:the twentieth)) it's a ((dur:thirty minute)) appointment",
        "c:perfect book me in",
    ]


@case("transcript")
def c_ssn_benefits_us():
    s = ssn_us()
    y, m, d = dob()
    addr_n = R.randint(100, 9999)
    z = zipc("606")
    return [
        "a:Midwest Benefits Administration, [[N:Rhonda]] speaking. How can I help?",
        "c:Hi, I'm calling to change my mailing address for my pension checks.",
        "a:Sure. Full name?",
        "c:[[N:Bogdan Petrović]].",
        "a:Social Security number?",
        f"c:[[S:{s[:3]} {s[3:5]} {s[5:]}]].",
        "a:Date of birth?",
        f"c:[[D:{MONTHS[m-1]} {d}, {y}]].",
        "a:And where should we send them now?",
        f"c:[[AD:{addr_n} North Damen Avenue, Apt 2F, Chicago]], IL [[PC:{z}]].",
        "a:Thanks, Mr. [[N:Petrović]]. The change takes effect with the ((date:May)) payment.",
    ]


@case("asr")
def c_grocery_card_declined_ie():
    cc = card("mc")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:hello you're through to greenleaf grocery online it's [[N:tadhg]]",
        "c:hi [[N:tadhg]] my payment keeps getting declined for my shop",
        "a:i can take it over the phone if you like what's the card number",
        f"c:[[C#c:{say(cc[:4])}]]",
        "a:yep",
        f"c:[[C#c:{say(cc[4:8])}]]",
        "a:yep",
        f"c:[[C#c:{say(cc[8:12])}]] [[C#c:{say(cc[12:])}]]",
        "a:expiry",
        f"c:[[E:{two(mo)} {two(yr % 100)}]]",
        "a:and the last three on the back",
        f"c:[[V:{say(cv)}]]",
        "a:grand the ((price:one hundred and six euro twenty)) went through delivery ((date:tomorrow)) between ((time:eight and ten))",
    ]


@case("transcript")
def c_travel_insurance_hospital_au():
    pol = "AUS-TI-" + digits(6)
    ph = ph_au()
    em = "priscilla.vuong@outlook.com.au"
    return [
        "a:Southern Cross Travel Care, [[N:Matilda]] speaking.",
        "c:Hi, I'm in Bali and my son has a bad fever. The clinic wants ((price:$1,200)) upfront.",
        "a:We'll take care of it. Policy number?",
        f"c:[[A:{pol}]].",
        "a:Your name and your son's?",
        "c:I'm [[N:Priscilla Vuong]], he's [[N:Jasper]], he's ((other:seven)).",
        "a:Thanks. Best number on your Australian mobile?",
        f"c:[[P:+61 {ph[1:4]} {ph[4:7]} {ph[7:]}]].",
        "a:And email for the guarantee letter?",
        f"c:[[M:{em}]].",
        "a:Our doctor will call the clinic within ((dur:30 minutes)).",
        "c:Thank you so much.",
    ]


@case("asr")
def c_student_accom_us():
    sid = "u" + digits(8)
    em = "d n g u y e n"
    return [
        "a:campus housing office this is [[N:tiffany]]",
        "c:hi [[N:tiffany]] i got assigned a triple but i requested a single for medical reasons",
        "a:okay what's your student id",
        f"c:[[A:u {say(sid[1:])}]]",
        "a:name",
        "c:[[N:duc nguyen]]",
        "a:thanks [[N:duc]] i see the medical form hasn't been uploaded",
        "c:my doctor dr [[N:feldman]] faxed it on ((date:monday))",
        "a:we don't use fax anymore can you email it to us and i'll confirm from your school email",
        "c:sure it's [[M:d nguyen twenty seven at stateu dot edu]]",
        "a:got it singles are ((price:twelve hundred more)) per semester is that okay",
        "c:yes",
    ]

@case("transcript")
def c_vet_new_client_uk():
    pc = pc_uk("OX4")
    ph = ph_uk()
    em = "t.abara@btinternet.com"
    return [
        "a:Meadowbank Vets, out-of-hours. This is [[N:Imogen]].",
        "c:Hi, my rabbit has stopped eating since this morning.",
        "a:That can be serious in rabbits, we'll see him tonight. Are you registered?",
        "c:No. I'm [[N:Tobenna Abara]].",
        "a:Address and postcode?",
        f"c:[[AD:6 Magdalen Road, Oxford]], [[PC:{pc}]].",
        "a:And a mobile and email?",
        f"c:[[P:{ph}]], and [[M:{em}]].",
        "a:Thanks. The out-of-hours fee is ((price:£165)) plus treatment. Can you be here by ((time:9:30 pm))?",
        "c:Yes, I'll leave now.",
    ]


@case("asr")
def c_car_rental_ca_cvv():
    cc = card("disc")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:hi you've reached glacier auto rentals my name is [[N:pierre-luc]]",
        "c:hi i want to extend my rental by ((dur:three days))",
        "a:sure that's another ((price:one eighty nine plus tax)) what's the booking name",
        "c:[[N:ingrid solberg]]",
        "a:thanks [[N:ingrid]] and i'll need to re authorize the card",
        f"c:sure [[C:{pairs(cc)}]]",
        f"a:let me repeat [[C:{say(cc[:8])} {say(cc[8:])}]]",
        "c:yes",
        "a:expiry and security code",
        f"c:it expires [[E:{MONTHS[mo-1].lower()} {year_w(yr)}]] and the code is [[V:{say(cv)}]]",
        "a:you're good until ((date:friday)) at ((time:noon))",
    ]


@case("transcript")
def c_supermarket_complaint_ie():
    loy = digits(4) + " " + digits(4) + " " + digits(4)
    return [
        "a:Hello, Harbour Fresh customer care, [[N:Órla]] speaking.",
        "c:Hi [[N:Órla]]. The chicken in my delivery was ((dur:2 days)) past its date.",
        "a:I'm sorry. Can I take your loyalty card number?",
        f"c:[[A:{loy}]].",
        "a:Thank you. And your name?",
        "c:[[N:June Fennelly]].",
        "a:Thanks, [[N:June]]. I'll refund the ((price:€8.50)) and add ((qty:200 points)).",
        "c:I'd also like the driver told. His name was [[N:Robin]], I think.",
        "a:I'll pass that on. Is there anything else?",
        "c:No, that's it.",
    ]

@case("asr")
def c_sim_lost_abroad_ie():
    ph = ph_ie()
    y, m, d = dob()
    return [
        "a:you're through to claddagh mobile [[N:róisín]] speaking",
        "c:hi i'm in new york and i lost my phone on the subway",
        "a:oh no i'll bar the sim what's the mobile number",
        f"c:[[P#p:{say(ph[:3])}]] uh [[P#p:{say(ph[3:])}]]",
        "a:and your date of birth for security",
        f"c:[[D:the {ORD[d]} of {MONTHS[m-1].lower()} {year_w(y)}]]",
        "a:and your name",
        "c:[[N:cathal breathnach]]",
        "a:thanks [[N:cathal]] it's barred we can post a new sim to a us address or you can collect one at home",
        "c:i'm back in ((dur:five days)) i'll collect it",
        "a:no problem it'll be at the ((other:grafton street)) store",
    ]


@case("transcript")
def c_bank_transfer_au():
    bsb = digits(3) + "-" + digits(3)
    acct = digits(8)
    return [
        "a:Kookaburra Bank, you've got [[N:Shane]].",
        "c:Hi [[N:Shane]]. I sent money to the wrong account and I need it back.",
        "a:Okay. Which account did it go to? BSB and account number please.",
        f"c:BSB [[A:{bsb}]], account [[A:{acct}]].",
        "a:And how much, and when?",
        "c:((price:$2,400)), at about ((time:11 am)) yesterday. It was meant for my builder, [[N:Ivan Kostadinov]].",
        "a:I'll lodge a mistaken payment request. It can take up to ((dur:10 business days)).",
        "c:And if they've spent it?",
        "a:We still have options. Can I get your name for the case?",
        "c:[[N:Felicity Marangoni]].",
        "a:Thanks, [[N:Felicity]]. Your case is open.",
    ]


@case("asr")
def c_damage_dispute_us_address():
    ra = digits(10)
    z = zipc("891")
    return [
        "a:thank you for calling canyon rent a car damage recovery [[N:jerome]] speaking",
        "c:yeah hi i got a letter saying i owe ((price:twelve hundred dollars)) for a cracked windshield",
        "a:okay can i get the claim number from the letter",
        f"c:[[A:{say(ra[:5])} {say(ra[5:])}]]",
        "a:and the name",
        "c:[[N:wendell gutiérrez]]",
        "a:and the address we mailed it to",
        f"c:[[AD:forty one twenty two desert inn road apartment six las vegas]] [[PC:{say(z)}]]",
        "a:thanks [[N:wendell]] the photos show a crack on return",
        "c:that was a rock on the ((other:i fifteen)) my credit card covers rental damage",
        "a:then send us the card benefits letter and we'll bill them instead",
    ]


@case("transcript")
def c_grocery_sub_ca():
    order = "ORD-" + digits(4) + "-" + digits(4)
    return [
        "a:Thanks for calling Loonie Foods delivery, this is [[N:Brayden]].",
        "c:Hi [[N:Brayden]]. You substituted my gluten-free bread with regular bread. My daughter has coeliac disease.",
        "a:I'm very sorry. What's the order number?",
        f"c:[[A:{order}]].",
        "a:Thank you, I'll flag the account so gluten-free items are never substituted.",
        "c:Thank you. It was ((qty:3 loaves)) and ((qty:2 boxes)) of pasta.",
        "a:I'll refund ((price:$24.97)) and add a ((price:$10)) credit.",
        "c:Okay.",
        "a:Is there anything else I can do?",
        "c:No, that's fine.",
    ]


@case("asr")
def c_travel_claim_uk_cards():
    cc = card("visa")
    pol = "tc" + digits(6)
    em = "lwilliams"
    return [
        "a:hello travelshield claims [[N:bethan]] speaking",
        "c:hiya i'm claiming for a cancelled holiday my mum was taken into hospital",
        "a:sorry to hear that what's the policy number",
        f"c:[[A:t c {say(pol[2:])}]]",
        "a:and the name of the policyholder",
        "c:[[N:lowri williams]]",
        "a:and who was taken ill",
        "c:my mum [[N:eirlys]]",
        "a:okay you'll need a letter from her consultant and the booking invoice for the ((price:two thousand three hundred pounds))",
        "c:where do i send it",
        "a:you can email it to us and we pay to the card you booked with can you confirm that card number",
        f"c:[[C:{say(cc[:4])} {say(cc[4:8])} {say(cc[8:12])} {say(cc[12:])}]]",
        "a:thanks claims take about ((dur:fifteen working days))",
    ]


@case("transcript")
def c_telco_porting_us_ssn():
    ph = ph_us()
    pin = digits(6)
    s4 = ssn_us()[-4:]
    return [
        "a:Thanks for calling Beacon Cellular, this is [[N:Alejandro]].",
        "c:Hi. I'm switching to you and I need my port-out PIN from the old carrier, I think.",
        "a:Actually we need the transfer PIN from them. Do you have it?",
        f"c:Yes, it's [[A:{pin}]].",
        "a:Thanks. And the number you're bringing over?",
        f"c:[[P:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].",
        "a:And for the credit check, the last four of your Social?",
        f"c:[[S:{s4}]].",
        "a:Thanks. Your name?",
        "c:[[N:Bernadette Kowalski]].",
        "a:Your number will be active on our network in about ((dur:15 minutes)).",
    ]


@case("asr")
def c_vet_microchip_au():
    chip = digits(15)
    ph = ph_au()
    return [
        "a:hi there bluegum vets [[N:sienna]] speaking",
        "c:hi [[N:sienna]] i think you've got my dog someone said a ranger brought in a staffy",
        "a:we do have one can you give me the microchip number",
        f"c:[[A:{say(chip[:5])} {say(chip[5:10])} {say(chip[10:])}]]",
        "a:yes that's him what's your name",
        "c:[[N:koa mahina]]",
        "a:and the phone number on file",
        f"c:[[P:{say(ph, double=True)}]]",
        "a:great you can pick him up before ((time:six)) there's a ((price:forty dollar)) boarding fee",
        "c:no worries",
    ]

@case("transcript")
def c_insurance_renewal_uk():
    pol = "MH/" + digits(6) + "/" + R.choice("ABCD")
    cc = card("mc2")
    cv = digits(3)
    mo, yr = exp()
    y, m, d = dob()
    return [
        "a:Thistle Home Insurance renewals, you're speaking with [[N:Eilidh]].",
        "c:Hello, I want to renew but the price has gone up ((pct:40%)).",
        "a:Let me see what I can do. Policy number and date of birth?",
        f"c:[[A:{pol}]], born [[D:{d} {MONTHS[m-1][:3]} {y}]].",
        "a:Thank you. I can bring it down from ((price:£412)) to ((price:£338)) if you raise the excess to ((price:£250)).",
        "c:Fine, do that. I'll pay now.",
        "a:Card number?",
        f"c:[[C:{cc}]].",
        "a:And the expiry and the code on the back?",
        f"c:[[E:{mo:02d}/{yr % 100}]] and [[V:{cv}]].",
        "a:Renewed from ((date:12 November)). Documents will arrive within ((dur:24 hours)).",
    ]


@case("asr")
def c_card_pairs_us():
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:thanks for holding this is [[N:brianna]] with peakview internet i can take that payment now",
        "c:okay it's [[C#c:" + pairs(cc[:4]) + "]] [[C#c:" + pairs(cc[4:8]) + "]]",
        "a:mm-hmm",
        "c:[[C#c:" + pairs(cc[8:12]) + "]] um [[C#c:" + pairs(cc[12:]) + "]]",
        f"a:and that expires",
        f"c:[[E:{two(mo)} slash {year_w(yr)}]]",
        "a:and the cvv",
        f"c:[[V:{say(cv)}]]",
        "a:perfect so ((price:sixty four ninety nine)) is paid and your service will be back on in ((dur:about an hour))",
        "c:thank god i work from home",
    ]


@case("transcript")
def c_student_accom_au_address():
    pc = str(R.randint(3000, 3207))
    em = "ananya.krishnan" + digits(2) + "@student.unimelb.edu.au"
    y, m, d = dob()
    return [
        "a:Southbank Student Stays, [[N:Declan]] speaking.",
        "c:Hi, I'm starting uni in ((date:February)) and want to apply for a room.",
        "a:Great. Full name?",
        "c:[[N:Ananya Krishnan]].",
        "a:Date of birth? We need it to check you're over ((other:18)).",
        f"c:[[D:{d}/{m}/{y}]].",
        "a:Email?",
        f"c:[[M:{em}]].",
        "a:And your current address?",
        f"c:[[AD:33 Lygon Street, Carlton]] VIC [[PC:{pc}]].",
        "a:Rooms are ((price:$395 per week)) with a ((dur:44-week)) contract.",
        "c:Okay, please send me the application.",
    ]


@case("asr")
def c_vet_emergency_uk_pay():
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    pc = pc_uk("GL50")
    return [
        "a:cotswold emergency vets [[N:harriet]] speaking",
        "c:hi my spaniel's been stung on the tongue and it's swelling up",
        "a:bring him straight in we're at the ((other:london road)) clinic can i take a deposit now",
        "c:yes sorry i'm panicking",
        "a:that's fine take your time card number",
        f"c:[[CX#c:{say(cc[:6])}]] no hang on [[C#c:{say(cc[:4])}]] [[C#c:{say(cc[4:10])}]] [[C#c:{say(cc[10:])}]]",
        "a:expiry",
        f"c:[[E:{MONTHS[mo-1].lower()} {two(yr % 100)}]]",
        "a:security number",
        f"c:[[V:{say(cv)}]]",
        "a:and your postcode",
        f"c:[[PC:{pcsay(pc)}]]",
        "a:thanks see you in ((dur:ten minutes))",
    ]


@case("transcript")
def c_housing_association_repair_ie():
    ten = "TEN-" + digits(5)
    ec = eir("H91")
    ph = ph_ie()
    return [
        "a:Corrib Housing Association, [[N:Maeve]] speaking.",
        "c:Hi, there's water coming through my ceiling from the flat upstairs.",
        "a:Is it near electrics?",
        "c:No, thank God. It's in the bathroom.",
        "a:What's your tenancy number and address?",
        f"c:[[A:{ten}]], [[AD:Apartment 9, 21 Father Griffin Road, Galway]], [[PC:{ec}]].",
        "a:And your name and number?",
        f"c:[[N:Oisín Ó Conghaile]], [[P:{ph[:3]} {ph[3:6]} {ph[6:]}]].",
        "a:A plumber will be there within ((dur:two hours)). We'll also contact your neighbour, Mrs [[N:Fahy]].",
        "c:Thank you.",
    ]


@case("asr")
def c_telecom_email_change_ca():
    acct = digits(9)
    return [
        "a:thanks for calling lakeland telecom my name is [[N:gurpreet]]",
        "c:hi i need to change the email on my account the bills are going to my ex",
        "a:sure account number",
        f"c:[[A:{say(acct[:3])} {say(acct[3:6])} {say(acct[6:])}]]",
        "a:and the name on the account",
        "c:[[N:summer mackinnon]]",
        "a:thanks [[N:summer]] and the new email",
        "c:[[M:summer dot mackinnon eighty eight at gmail dot com]]",
        "a:let me read it back [[M:summer dot mackinnon eighty eight at gmail dot com]]",
        "c:that's right",
        "a:done you'll get a confirmation in ((dur:a few minutes))",
    ]

@case("asr")
def c_flight_delay_claim_ca():
    pnr = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    y, m, d = dob()
    return [
        "a:hello maple wing airlines compensation desk this is [[N:chantal]]",
        "c:hi my flight ((flight:m w eight eighteen)) from halifax was delayed ((dur:nine hours))",
        "a:sorry about that what's the booking code",
        f"c:[[A:{' '.join(ch.lower() for ch in pnr)}]]",
        "a:and the passenger's name and birth date",
        f"c:[[N:hugo marchetti]] [[D:{two(d)} {MONTHS[m-1].lower()} {year_w(y)}]]",
        "a:thanks [[N:hugo]] you qualify for ((price:one thousand dollars)) under the passenger rules",
        "c:what about my hotel",
        "a:send the receipt and we'll add it that was the ((other:airport hilton)) right",
        "c:yeah ((count:one)) night",
    ]


@case("transcript")
def c_bank_dob_address_us():
    acct = digits(12)
    y, m, d = dob()
    z = zipc("331")
    cv = digits(3)
    return [
        "a:Coral Coast Credit Union, this is [[N:Marisela]].",
        "c:Hi, I just moved and want to update my address before my new debit card ships.",
        "a:Happy to help. Member number?",
        f"c:[[A:{acct[:4]} {acct[4:8]} {acct[8:]}]].",
        "a:And your date of birth?",
        f"c:[[D:{m:02d}-{d:02d}-{y}]].",
        "a:New address?",
        f"c:[[AD:780 Brickell Bay Drive, Unit 1404, Miami]], FL [[PC:{z}]].",
        "a:Got it. The card will arrive in ((dur:7 to 10 business days)). It has a ((pct:1.5%)) cash-back rate now.",
        "c:Nice. Thanks!",
    ]


@case("asr")
def c_grocery_dob_alcohol_uk():
    y, m, d = dob()
    order = digits(9)
    return [
        "a:hello you're through to kettleby's online shopping [[N:oluwadamilare]] speaking",
        "c:hi the driver wouldn't leave my wine because my id was at work",
        "a:ah sorry drivers have to see id for alcohol can i have the order number",
        f"c:[[A:{say(order[:3])} {say(order[3:6])} {say(order[6:])}]]",
        "a:and your name and date of birth",
        f"c:[[N:tamsin greaves]] [[D:{ORD[d]} of {MONTHS[m-1].lower()} {year_w(y)}]]",
        "a:thanks [[N:tamsin]] i've refunded the ((qty:four bottles)) that's ((price:thirty six pounds))",
        "c:can i get them delivered ((date:saturday)) instead",
        "a:i can book you for ((time:ten till eleven)) on saturday",
        "c:lovely",
    ]


@case("transcript")
def c_car_rental_ssn_us():
    s = ssn_us()
    ra = "RA" + digits(8)
    cc = card("mc")
    mo, yr = exp()
    cv = digits(3)
    return [
        "a:Thanks for calling Interstate Auto Rental, this is [[N:Travis]].",
        "c:Hi [[N:Travis]]. I need to book a ((model:Tahoe)) for ((count:six)) people next week.",
        "a:Sure. For cash or debit bookings we run a credit check. Can I have your Social?",
        f"c:[[S:{s}]].",
        "a:Thank you. Name?",
        "c:[[N:Esperanza Okoye]].",
        "a:It's ((price:$89 a day)). Card to hold it?",
        f"c:Mastercard [[C:{grp(cc, [4, 4, 4, 4], '-')}]], exp [[E:{mo}/{yr % 100}]], code [[V:{cv}]].",
        f"a:Booked. Your confirmation number is [[A:{ra}]].",
    ]


@case("asr")
def c_vet_address_ie():
    ec = eir("V94")
    em = "c a o i m h e"
    return [
        "a:shannonside vets [[N:fiachra]] speaking",
        "c:hi my horse has colic can someone come out",
        "a:yes the vet on call is [[N:aisling]] what's the address",
        f"c:[[AD:fourteen ballyvolane road castleconnell]] [[PC:{pcsay(ec)}]]",
        "a:your name",
        "c:[[N:caoimhe lenihan]] that's [[N:c a o i m h e]]",
        "a:she'll be there in ((dur:twenty five minutes)) walk him slowly until then",
        "c:okay thanks",
    ]


@case("transcript")
def c_utility_email_au():
    acct = digits(4) + " " + digits(3) + " " + digits(3)
    pc = str(R.randint(4000, 4179))
    return [
        "a:Sunstate Energy, [[N:Tayla]] speaking.",
        "c:Hi, I've moved house and I'm still getting bills for the old place.",
        "a:Let's fix that. Account number?",
        f"c:[[A:{acct}]].",
        "a:And where are you living now?",
        f"c:[[AD:7/22 Boundary Street, West End]] QLD [[PC:{pc}]].",
        "a:And email for bills?",
        "c:[[M:rangi.tewhare@outlook.com]].",
        "a:Done. Final bill for the old place covers up to ((date:14 July)).",
        "c:Cheers.",
    ]


@case("asr")
def c_bank_cvv_ireland():
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:you're through to shannon credit union card team [[N:declan]] speaking",
        "c:hi [[N:declan]] i'm trying to buy a flight online and it keeps asking for a code",
        "a:i'll verify the card can you read the number",
        f"c:[[C:{say(cc[:4])} {say(cc[4:8])} {say(cc[8:12])} {say(cc[12:])}]]",
        "a:and the expiry date and the three digits on the back",
        f"c:[[E:{two(mo)} {two(yr % 100)}]] and [[V:{say(cv)}]]",
        "a:thanks the code went to an old number we'll update it",
        "c:great",
    ]


@case("transcript")
def c_health_admin_dob_uk():
    nhs = digits(3) + " " + digits(3) + " " + digits(4)
    y, m, d = dob()
    return [
        "a:Riverside Surgery, [[N:Kerry]] speaking.",
        "c:Hi, I'm calling to get my repeat prescription.",
        "a:Can I have your name and date of birth?",
        f"c:[[N:Ahmed Yusuf Farah]], [[D:{ORD[d]} {MONTHS[m-1]} {y}]].",
        "a:And your NHS number, if you have it?",
        f"c:[[A:{nhs}]].",
        "a:Thanks. Your ((qty:28 tablets)) of amlodipine ((qty:5mg)) will be ready in ((dur:48 hours)).",
        "c:Thank you.",
    ]

@case("asr")
def c_travel_insurance_us_phone():
    pol = "g w " + say(digits(7))
    ph = ph_us()
    cc = card("amex")
    cv = digits(4)
    mo, yr = exp()
    return [
        "a:thank you for calling wanderguard this is [[N:keisha]] how can i help",
        "c:hi i'm stuck in tokyo my flight ((flight:u a eight three seven)) was cancelled and i need to buy cover for ((dur:two extra weeks))",
        "a:i can extend your policy what's the policy number",
        f"c:[[A:{pol}]]",
        "a:and a callback number",
        f"c:[[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "a:the extension is ((price:eighty seven dollars)) which card",
        f"c:amex [[C#c:{say(cc[:4])}]] [[C#c:{say(cc[4:10])}]] hold on the announcements [[C#c:{say(cc[10:])}]]",
        "a:the four digit code and expiry",
        f"c:[[V:{say(cv)}]] and it expires [[E:{two(mo)} {two(yr % 100)}]]",
        "a:you're covered until ((date:the thirtieth))",
    ]


@case("transcript")
def c_student_accom_uk_guarantor():
    pc = pc_uk("G12")
    em = "malcolm.strachan@virginmedia.com"
    ph = ph_uk()
    return [
        "a:Kelvinside Student Homes, this is [[N:Fraser]].",
        "c:Hello, I'm calling as the guarantor for my son's flat.",
        "a:Of course. Your son's name?",
        "c:[[N:Euan Strachan]]. I'm his father, [[N:Malcolm]].",
        "a:Thanks. I need your home address, email and phone for the guarantor form.",
        f"c:[[AD:19 Great Western Road, Glasgow]] [[PC:{pc}]], [[M:{em}]], and [[P:{ph[:5]} {ph[5:]}]].",
        "a:Thank you. The guarantee covers rent of ((price:£640 a month)) for ((dur:51 weeks)) from ((date:September)).",
        "c:That's fine.",
    ]


@case("asr")
def c_grocery_card_update_ca():
    cc = card("mc")
    cv = digits(3)
    mo, yr = exp()
    return [
        "a:good evening northern harvest groceries this is [[N:mei]]",
        "c:hi [[N:mei]] my card expired and my standing order failed",
        "a:no problem what's the new card",
        f"c:[[C:{say(cc[:4])} {say(cc[4:8])} {say(cc[8:12])} {say(cc[12:])}]]",
        "a:and expiry",
        f"c:[[E:{two(mo)} {two(yr % 100)}]]",
        "a:and the cvv",
        f"c:[[V:{say(cv)}]]",
        "a:great and the old card expired in ((date:january)) right so we'll retry the ((price:ninety two forty)) order now",
        "c:thanks",
    ]


@case("transcript")
def c_car_rental_email_ie():
    ra = "DUB" + digits(7)
    return [
        "a:Emerald Car Hire, [[N:Ronan]] speaking.",
        "c:Hi, I'm collecting a car at Dublin Airport on ((date:15 June)) off flight ((flight:EI 104)) and it might be late.",
        "a:No problem, we hold cars for ((dur:3 hours)) after landing. Booking reference?",
        f"c:[[A:{ra}]].",
        "a:And your email, so we can send updates?",
        "c:[[M:bradley.fitz@comcast.net]].",
        "a:Great. It's a ((year:2024)) ((model:Skoda Octavia)), and full-to-full fuel.",
        "c:Perfect.",
    ]


@case("asr")
def c_housing_address_us():
    z = zipc("787")
    return [
        "a:thanks for calling hill country housing authority this is [[N:rosalinda]]",
        "c:hi i'm calling to report that my landlord hasn't fixed the ac for ((dur:two weeks))",
        "a:i'm sorry in this heat it's ((other:a hundred and four)) outside what's your address",
        f"c:[[AD:twenty two eleven east cesar chavez street unit b austin]] [[PC:{say(z)}]]",
        "a:and your name",
        "c:[[N:rosalinda]] too actually [[N:rosalinda ferreira]]",
        "a:ha we match i'll send an inspector out by ((date:thursday))",
        "c:thank you",
    ]


@case("transcript")
def c_telecom_dob_au():
    y, m, d = dob()
    acct = digits(10)
    return [
        "a:Outback Mobile, [[N:Jye]] speaking.",
        "c:Hi [[N:Jye]], I'd like to add my daughter to my plan.",
        "a:Sure. Account number and your date of birth?",
        f"c:[[A:{acct}]], and [[D:{d} {MONTHS[m-1]} {y}]].",
        "a:Thanks. And your daughter's name?",
        "c:[[N:Hope Lindsay-Tuala]].",
        "a:That's ((price:$25 a month)) extra for ((qty:40GB)) of data.",
        "c:Great, add her please.",
    ]


@case("asr")
def c_vet_ca_address_email():
    pc = pc_ca()
    return [
        "a:good morning rocky mountain animal clinic it's [[N:shelby]]",
        "c:hi i'd like to register my puppy we just got him from a breeder",
        "a:congratulations what's your address",
        f"c:[[AD:three fourteen twelfth avenue southwest calgary]] [[PC:{pcsay(pc)}]]",
        "a:and an email",
        "c:[[M:nadia dot haddad at shaw dot ca]]",
        "a:and your name",
        "c:[[N:nadia haddad]]",
        "a:first puppy visit is ((price:ninety five dollars)) and takes ((dur:about forty five minutes))",
        "c:great",
    ]

@case("transcript")
def c_phone_insurance_uk():
    cc = card("visa")
    cv = digits(3)
    mo, yr = exp()
    imei = tracking_fail(15)
    return [
        "a:GadgetSafe claims, [[N:Connor]] speaking.",
        "c:Hi [[N:Connor]], I dropped my phone in the sea at Whitby.",
        "a:Oh dear. Which model, and when did you buy it?",
        "c:An ((model:iPhone 14)), bought in ((year:2023)). The IMEI is ((other:" + imei + ")).",
        "a:Thanks. The excess is ((price:£75)). Can I take a card for that?",
        f"c:[[C:{grp(cc, [4, 4, 4, 4])}]], expiry [[E:{mo:02d}/{yr}]].",
        "a:And the security code?",
        f"c:[[V:{cv}]].",
        f"a:So that's [[V:{cv}]] on the back. Payment taken, and a replacement will be sent in ((dur:2 working days)).",
        "c:Brilliant.",
    ]


@case("asr")
def c_cvv_expired_card_us():
    cc = card("disc")
    cv = digits(3)
    mo, yr = R.randint(1, 12), R.randint(2022, 2024)
    mo2, yr2 = exp()
    return [
        "a:thanks for calling lone pine propane [[N:colton]] speaking",
        "c:hey [[N:colton]] my autopay bounced",
        "a:yeah the card on file expired [[E:{0} {1}]] do you have the new one".format(two(mo), two(yr % 100)),
        f"c:same number new expiry [[E:{two(mo2)} {two(yr2 % 100)}]] and new code [[V:{say(cv)}]]",
        f"a:okay updated ending [[E:{two(mo2)} {two(yr2 % 100)}]] so the ((qty:three hundred gallon)) fill is back on for ((date:the ninth))",
        "c:sounds good",
    ]

# ---------------------------------------------------------------- build and check
SPK = {"a": "agent", "c": "customer", "i": "ivr"}
TOK = re.compile(r"\[\[(\w+)(?:#(\w+))?:(.*?)\]\]|\(\((\w+):(.*?)\)\)")
DIGIT_WORDS = set(DW) | {"oh", "double", "triple", "hundred"} | set(TEENS) | set(TENS[2:])
WRONG = set()
COMMON = {"rose", "mark", "will", "bill", "grace", "hope", "june", "sky", "dawn", "penny", "frank",
          "robin", "the", "de", "la", "van", "der", "o", "a", "an", "s", "t", "d", "ll", "re", "ve", "m", "i", "e", "y", "r", "n", "b", "c", "u", "h", "p", "l", "v", "k", "g", "f", "q", "w", "x", "z", "j"}


def to_digits(t):
    t = t.lower().replace("-", " ")
    ws = re.findall(r"[a-z]+|\d+", t)
    out, i = "", 0
    while i < len(ws):
        w = ws[i]
        if w.isdigit():
            out += w
        elif w in ("oh", "zero", "o"):
            out += "0"
        elif w in DW:
            out += str(DW.index(w))
        elif w in TEENS:
            out += str(10 + TEENS.index(w))
        elif w in TENS[2:]:
            v = TENS.index(w)
            if i + 1 < len(ws) and ws[i + 1] in DW[1:]:
                out += str(v) + str(DW.index(ws[i + 1]))
                i += 1
            else:
                out += str(v) + "0"
        elif w in ("double", "triple") and i + 1 < len(ws):
            n = 2 if w == "double" else 3
            nx = ws[i + 1]
            out += ("0" if nx in ("oh", "zero") else str(DW.index(nx))) * n
            i += 1
        elif w == "hundred":
            out += "00"
        i += 1
    return out


def build_case(idx, style, f):
    cid = "t13-%03d" % idx
    utts, pii, keep = [], [], []
    gmap, gcount, anon = {}, [0], [0]
    for ui, line in enumerate(f()):
        sp, raw = line.split(":", 1)
        text, pos = "", 0
        for m in TOK.finditer(raw):
            text += raw[pos:m.start()]
            if m.group(1):
                ty, key, val = TYPES[m.group(1).rstrip("X")], m.group(2), m.group(3)
                if key is None:
                    anon[0] += 1
                    key = "_%d" % anon[0]
                if key not in gmap:
                    gcount[0] += 1
                    gmap[key] = "g%d" % gcount[0]
                pii.append({"utterance": ui, "start": len(text), "end": len(text) + len(val),
                            "type": ty, "group": gmap[key]})
                if m.group(1).endswith("X"):
                    WRONG.add((cid, ui, len(text)))
            else:
                val = m.group(5)
                keep.append({"utterance": ui, "start": len(text), "end": len(text) + len(val),
                             "kind": KINDS[m.group(4)]})
            text += val
            pos = m.end()
        text += raw[pos:]
        utts.append({"speaker": SPK[sp], "text": text})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}


def check(c, errs):
    cid, utts = c["case_id"], c["utterances"]
    spans = [(s, "pii") for s in c["pii"]] + [(s, "keep") for s in c["keep"]]
    covered = {}
    for s, k in spans:
        t = utts[s["utterance"]]["text"]
        a, b = s["start"], s["end"]
        v = t[a:b]
        if not (0 <= a < b <= len(t)):
            errs.append(f"{cid}: bad offsets {s}")
            continue
        if v != v.strip() or (v[0] in ".,;:!?" or v[-1] in ",;:!?" or (v[-1] == "." and not v.endswith("m."))):
            errs.append(f"{cid}: edge {v!r}")
        if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
            errs.append(f"{cid}: inside a word {v!r} in {t!r}")
        cov = covered.setdefault(s["utterance"], set())
        if cov & set(range(a, b)):
            errs.append(f"{cid}: overlap {v!r}")
        cov |= set(range(a, b))
    for ui, u in enumerate(utts):
        t = u["text"]
        cov = covered.get(ui, set())
        if c["style"] == "asr" and t != t.lower():
            errs.append(f"{cid}: capitals in asr {t!r}")
        for m in re.finditer(r"\d", t):
            if m.start() not in cov:
                errs.append(f"{cid}: digit outside span {t!r}")
                break
        run = 0
        for m in re.finditer(r"[a-z]+", t.lower()):
            if m.start() in cov:
                run = 0
                continue
            run = run + 1 if m.group() in DIGIT_WORDS else 0
            if run >= 4:
                errs.append(f"{cid}: digit-word run outside span {t!r}")
                break
    # value checks
    groups = {}
    for s in c["pii"]:
        if (cid, s["utterance"], s["start"]) in WRONG:
            continue
        groups.setdefault((s["group"], s["type"]), []).append(utts[s["utterance"]]["text"][s["start"]:s["end"]])
    namewords = set()
    for (g, ty), vals in groups.items():
        whole = " ".join(vals)
        dg = to_digits(whole) if c["style"] == "asr" or ty == "CARD_NUMBER" else re.sub(r"\D", "", whole)
        if ty == "CARD_NUMBER":
            if len(dg) not in (15, 16) or not luhn_ok(dg):
                errs.append(f"{cid}: card {whole!r} -> {dg}")
        elif ty == "CVV" and len(dg) not in (3, 4):
            errs.append(f"{cid}: cvv {whole!r}")
        elif ty == "PHONE" and not 10 <= len(dg) <= 12:
            errs.append(f"{cid}: phone {whole!r} -> {dg}")
        elif ty == "SSN" and len(re.sub(r"[^0-9]", "", to_digits(whole) if c["style"] == "asr" else whole)) not in (4, 6, 7, 8, 9):
            errs.append(f"{cid}: ssn {whole!r}")
        elif ty == "NAME":
            if re.search(r"\d", whole) or re.match(r"(mr|mrs|ms|miss|dr|mister)\b", whole.lower()):
                errs.append(f"{cid}: name {whole!r}")
            namewords |= set(re.findall(r"[^\W\d_]+", whole.lower()))
        elif ty == "EMAIL" and not ("@" in whole or (" at " in whole and " dot " in whole)):
            errs.append(f"{cid}: email {whole!r}")
        elif ty == "ADDRESS" and not re.match(r"(\d|flat|unit|apartment|apt|suite|[a-z]+ (hundred|thousand)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)", whole.lower()):
            errs.append(f"{cid}: address {whole!r}")
    for s in c["keep"]:
        t = utts[s["utterance"]]["text"]
        v = re.sub(r"\D", "", t[s["start"]:s["end"]])
        if 13 <= len(v) <= 19 and luhn_ok(v):
            errs.append(f"{cid}: keep passes luhn {v}")
    # name words outside spans
    namewords -= COMMON
    for ui, u in enumerate(utts):
        cov = covered.get(ui, set())
        for m in re.finditer(r"[^\W\d_]+", u["text"]):
            if m.start() not in cov and m.group().lower() in namewords:
                errs.append(f"{cid}: name word outside span {m.group()!r} in {u['text']!r}")


def main():
    cases = [build_case(i + 1, st, f) for i, (st, f) in enumerate(CASES)]
    errs = []
    for c in cases:
        check(c, errs)
    seen = {}
    for c in cases:
        for u in c["utterances"]:
            if len(u["text"].split()) >= 4:
                if u["text"] in seen:
                    errs.append(f"{c['case_id']}: repeated utterance {u['text']!r}")
                seen[u["text"]] = 1
    cnt, kc = {}, {}
    n_utt = sum(len(c["utterances"]) for c in cases)
    ordinary = 0
    for c in cases:
        used = {s["utterance"] for s in c["pii"]} | {s["utterance"] for s in c["keep"]}
        ordinary += len(c["utterances"]) - len(used)
        for s in c["pii"]:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
        for s in c["keep"]:
            kc[s["kind"]] = kc.get(s["kind"], 0) + 1
    for t, mn in MIN_PII.items():
        if cnt.get(t, 0) < mn:
            errs.append(f"minimum: {t} {cnt.get(t, 0)} < {mn}")
    if len(cases) < 80 or n_utt < 420 or ordinary < 100 or sum(kc.values()) < 180:
        errs.append(f"minimum: cases {len(cases)} utts {n_utt} ordinary {ordinary} keep {sum(kc.values())}")
    if set(kc) != set(KINDS.values()):
        errs.append(f"keep kinds missing: {set(KINDS.values()) - set(kc)}")
    nt = sum(c["style"] == "transcript" for c in cases)
    print(f"cases {len(cases)} (transcript {nt}, asr {len(cases) - nt}), utterances {n_utt}, ordinary {ordinary}")
    print("pii spans:", json.dumps(dict(sorted(cnt.items()))), "total", sum(cnt.values()))
    print("keep:", json.dumps(dict(sorted(kc.items()))), "total", sum(kc.values()))
    if errs:
        print("\n".join(errs[:80]), file=sys.stderr)
        print(f"{len(errs)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    data = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if "--check" not in sys.argv:
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(data)
        print("wrote", OUT)


if __name__ == "__main__":
    main()
