"""Names where a turn says a name comes: after a title, "my name is", a greeting, a role, "it's",
"speaking"; a name said back or checked; a surname spelled after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mot_detect.redact.patterns import Found, before, cue_patterns
from mot_detect.redact.patterns import cased as typed_text
from mot_detect.redact.vocabulary import (
    COMMON_WORDS,
    NOT_NAMES,
    WORDS_THAT_ARE_NAMES,
    contraction_of_word,
    english_words,
    inflected,
    is_english,
    learned_ordinary,
    name_lexicon,
    plural_or_verb_s,
    rare_or_first_name,
    vocabulary_ranks,
)

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"


_ANY_CASE_WORD = r"(?:" + _NAME_WORD + r"|[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)"


# A capitalised name whose second part after a hyphen may be lower case: "Hyun-woo", "Kerry-Ann".
_HYPHENED_NAME = (  # "Hyun-woo", "MacIsaac", "McAllister"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:(?<=Mac|.Mc)[A-Z][a-zß-öø-ÿĀ-ſ'’]+)?"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
)


# A typed name as it is checked or asked for: "Hyun-woo Park", "Hope MacDonald".
_CHECKED_WORD = (
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:(?<=Mc|Ma)[A-Z][a-zß-öø-ÿĀ-ſ'’]+|(?<=Mac)[A-Z][a-zß-öø-ÿĀ-ſ'’]+)?"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
)


# "They've put Boateng as my first name."
_PUT_AS_NAME = re.compile(
    r"\b(?i:put|have|has|got|spelt|spelled|written|down)\s+(" + _NAME_WORD + r")\s+(?i:as)\s+"
    r"(?i:my|the|his|her|their|your)\s+(?i:first |last |sur|middle |family |given )?(?i:name)\b"
)


# Particles inside a name: "de la Cruz", "van der Berg", "Ní Bhriain", "bin Said".
PARTICLES = frozenset(
    "de la del della van der von den di da le du bin ibn al el ni nic mac mc st".split()
)


_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|mr|mrs|ms|miss|dr|[Mm]ister|[Mm]issus|[Dd]octor|[Mm]adame|Mme|"
    r"[Mm]onsieur|[Mm]ademoiselle|Mlle|[Ss]eñora?|[Hh]err|[Ff]rau|[Ss]ignora?)\.?\s+((?:(?:Ó|Ní|Nic|Mac|Ua|de|van|von|ap|bin|al)\s+)?[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
    r"(?:\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?)?)"
)


_INTRODUCED = re.compile(
    r"\b(?:my name is|my name's|name is|name's|this is|i'm|i am|it's|call me|speaking with|"
    r"you're speaking with|you are speaking with|(?:my )?(?:husband|wife|son|daughter|mother|"
    r"father|partner|mum|mom|dad|fiancé|fiancée|fiance|fiancee),?|he's|she's)\s+("
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,3})",
    re.IGNORECASE,
)


_LOWER_INTRODUCED = re.compile(
    r"\b(?:my name is|my name's|my names|name is|name's)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:\s+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+){0,2})"
    r"|\b(?:this is|i'm|i am|you're speaking with|speaking with|you're speaking to|speaking to|"
    r"you're through to|through to)\s+"
    r"([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+"
    r"(?:\s(?!(?:i|in|at|from|and|the|here|calling|with|about)\b)[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?)"
    r"(?=\s*(?:[,.!?]|$|\s(?:can|how|from|with|speaking|calling|and|here|at|on|i|do|what|who|"
    r"i'll|i've|is|are|may|could|would|her|his|their|the|returning|about|in|i|born|let's|so|"
    r"first|before|but|thanks)\b))"
)


# Whose name something is in: "Can it be in Heath's name too?", "it's in my wife's name sara".
_IN_NAME_OF = re.compile(r"\b(?i:in|under)\s+(" + _ANY_CASE_WORD + r")['’]s\s+(?i:name)\b")


# A name spelled letter by letter with hyphens: "M-C-C-A-R-T-H-Y", "C-O-N-O-R".
# With a separate prefix said first: "O, space, R-A-G-H-A-L-L-A-I-G-H".
_HYPHEN_SPELLED = re.compile(
    r"\b(?:[A-Z],?\s+(?i:space|as in [A-Za-z]+|for [A-Za-z]+),?\s+)?(?:[A-Z]-){3,}[A-Z]\b"
)


# Greeting or thanking someone by name: "Hi Brianna," / "thanks ronan and ...".
_GREETED = re.compile(
    r"\b(?i:hi|hiya|hello|hey|howya|howdy|g'day|thanks|thank you|morning|afternoon|evening|bye|"
    r"okay|ok|sorry|"
    r"no worries|about that|got it thanks|right)"
    r",?\s+([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)(?=\s*(?:[,.!?;]|$|\s[a-zß-öø-ÿĀ-ſ']+\b))"
)


# A name said back or checked: "Is that Leilani Kapule?", "still for Gwendolyn Ashby", "it's
# solveig brandvold" (in lower case, two words that are no common English words).
_CHECKED = re.compile(
    r"\b(?i:is that|that's|it's|is it|still(?: for)?|for|under|me now,|named|called|and is that|"
    r"been to|made out to|addressed to|in the name of|under the name of|signed for by)"
    r"\s+("
    + _CHECKED_WORD
    + r"\s+"
    + _CHECKED_WORD
    + r"|[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+\s+(?:(?:van|von|der|den|de|la|del|da|di|du|le|bin|al)\s+){0,2}"
    r"[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)"  # "is that ruud van der meer"
    r"(?=\s*(?:[?.,!;]|$|\s(?:and|her|his|my|i|i've|i'm|from|please|right|correct|no|yes|it's|"
    r"its|this)\b))"
)


def _checked_name(said: str) -> bool:
    """Whether two words checked ("is that ...", "for ...") are a name: no common words, or a
    first name that is also a word before a surname that is none ("is that may penhallow"), or
    a word no dictionary has before a surname that is also a word ("for Hyun-woo Park"); not
    "is that okay then", "for Victoria Station"."""
    words = [w.lower() for w in said.split()]
    words = [words[0], *(w for w in words[1:-1] if w not in PARTICLES), words[-1]]
    first, last = words[0], words[-1]
    common = [w in COMMON_WORDS for w in words]
    firsts, surnames = name_lexicon()[0], name_lexicon()[1]
    if last in _NOT_A_NAME or (first in _NOT_A_NAME and (first not in firsts or common[-1])):
        return False  # (but "is that may penhallow")
    return (
        not any(common)
        or (first in firsts and not common[-1])
        or (not common[0] and first not in firsts and last in surnames)
    )


# "Hi, Bartholomew Quaye." / "the engineer, Colm," / "was called Rhys"
_ROLES = (
    r"called|named|engineer|technician|nurse|doctor|driver|landlord|landlady|daughter|son|wife|"
    r"husband|partner|carer|manager|plumber|electrician|supervisor|colleague|neighbou?r|adjuster|"
    r"advisor|adviser|consultant|surveyor|midwife|social worker|courier|fitter|by|flatmate|"
    r"housemate|director|patrol driver|patrol|officer|inspector|teacher|caretaker|friend|"
    r"brother|sister|mum|mom|dad|mother|father|rider|roofer|builder|joiner|handyman|gardener|"
    r"cleaner|locksmith|decorator|mechanic|installer|assessor|vet|is called|calls me|call me|"
    r"(?:a|an|the|my|your|his|her|our|their|emergency) contact|next of kin|domestic worker|executor|cousin|aunt|uncle|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|grandma|grandad|coordinator|"
    r"(?:we|everyone|everybody|they|people) calls? (?:him|her)|"
    r"photographer|receptionist|secretary|accountant|solicitor|lawyer|attorney|broker|"
    r"specialist|therapist|optician|dentist|hygienist|instructor|coach|tutor|guide|designer|"
    r"executive|fitters|engineers|designers|consultants|technicians|stylists|chef|head chef|colourist|colorist|stylist|dog walker|walker|"
    r"florist|caterer|planner|organiser|organizer|barber|trainer|groomer|tattooist|tuner|"
    r"concierge|seller|buyer|rep|attendant"
)


# The same roles in a recogniser's lower case: "the app says the rider shahid delivered it".
_ROLE_LOWER = re.compile(
    r"\b(?:the|our|your|my)\s+(?:rider|driver|courier|engineer|technician|plumber|electrician|roofer|"
    r"builder|joiner|handyman|gardener|cleaner|locksmith|decorator|mechanic|installer|"
    r"nurse|carer|surveyor|adjuster|fitter|advisor|adviser|midwife|caretaker|inspector|chef|"
    r"colourist|stylist|walker|florist|caterer|planner|barber|trainer|groomer|tutor|instructor|"
    r"coach|photographer)"
    r"\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\b"
)


# A currency said before an amount is no name: "short by Rs 1,828".
_NO_CURRENCY = r"(?!(?i:rs|rp|ksh|dhs?|inr|usd|eur|gbp|aud|cad|nzd|zar)\.?\s*\d)"
_NAMED_ONE = re.compile(
    r"\b(?:(?i:hi|hello|hiya),\s+(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")(?=\s*[.,!])|"
    r"(?i:"
    + _ROLES
    + r")[,?:]?(?:\s+is|\s+will be)?\s+"
    + _NO_CURRENCY
    + r"((?:[a-zß-öø-ÿĀ-ſ]\s)?"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r")?)"
    r"(?=\s*(?:[.,!?;]|$|\s(?:and|again|who|was|is|will|instead|from|said|has|had|can|could|"
    r"would|should|did|does|came|comes)\b"
    r"|\s(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)))|"
    r"\b(?:"
    + _ROLES
    + r"),?(?:\s+is)?\s+"
    + _NO_CURRENCY
    + r"((?:[a-zß-öø-ÿĀ-ſ]\s)?[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
    r"(?=\s*(?:[.,!?;]|$|\s(?:and|again|who|was|is|will|instead|from|said|has|had|can|could|"
    r"would|should|did|does|came|comes)\b"
    r"|\s(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b))))"
)


# A first name alone at the end of a check: "that's under aurelie", "is that for ... under maeve"
_CHECKED_ONE = re.compile(
    r"\b(?:under|that's|is that|for)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)(?:\s*[?.]?$|"
    r"(?=(?:\s+[a-z]\b){3,}\s*[?.]?$))"
)


# "hi it's june okonjo i booked ...", "it's zofia in finance": only a word no dictionary has
_ITS_INTRO = re.compile(
    r"\b(?:it's|its)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:\s(?!(?:i|in|at|from|and|the|here|calling|with|about)\b)"
    r"[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?)(?=\s*(?:[,.!?]|$|\s(?:i|in|at|from|and|calling|here|with|about|"
    r"my|on|again)\b))"
)


# Words before "its" that make it the possessive: "the box lost its authorization".
_POSSESSIVE_ITS = re.compile(
    r"\b(?:lost|has|had|on|in|of|to|for|with|from|by|at|changed|reset|get) $"
)
# Words before "it's" that make what follows no introduction: "so sorry if it's noisy".
_ITS_IN_A_CLAUSE = re.compile(
    r"\b(?:if|because|cos|cause|when|whether|though|unless|think|hope|guess|maybe|probably) $"
)
# Words before "this is" that make what follows no introduction: "how do i know this is legit".
_THIS_IN_A_CLAUSE = re.compile(r"\b(?:if|whether|know|prove|think|sure that) $")
# Someone to ask for: "ask for delroy that's me", "can I speak to Oluwaseun, please".
_ASK_FOR = re.compile(
    r"\b(?i:ask for|asking for|speak to|speak with|talk to|put me through to|leave it with|"
    r"(?:i'll|i will|let me|i'm going to) ask)\s+("
    + _ANY_CASE_WORD
    + r"(?:\s+(?:"
    + _CHECKED_WORD
    + r"|"
    + _ANY_CASE_WORD
    + r"))?)(?=\s*(?:[,.!?]|$|\s(?:that's|thats|he|she|they|please|he's|she's|they're|on|at|"
    r"in|if|when|or)\b))"
)


# "farah speaking", "callista here", "you're through to ezra"
_LOWER_SPEAKING = re.compile(
    r"(?<!['’])\b([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+speaking\b|^(?:hi|hiya|hello|hey|yeah)?\s*([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+here\b"
)


# "this is gunnar starting or stopping service today": a first name after "this is".
_THIS_IS = re.compile(
    r"\bthis is ([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\b"
    r"|\b(?i:you've got|you have) ([A-Za-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+) on the line\b"  # an agent
)


# An agent's name after the company in a recogniser's lower case: "keystone lettings wojciech here".
_LOWER_HERE = re.compile(
    r"(?<!['’])\b([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+(?:here|this side)\b"
    r"(?=\s*(?:$|[,.!?]|\s(?:who|how|what|can|i)\b))"
)


# "Yes, I'm her son, Callum." (a relation, then the name written with a capital)
_RELATION_TYPED = re.compile(
    r"\b(?i:husband|wife|(?:grand|step)?(?:son|daughter|mother|father)|partner|mum|mom|dad|"
    r"brother|sister|neighbou?r|friend|colleague|flatmate|housemate|landlord|landlady|carer|"
    r"boss|housemates|flatmates|"
    r"kids|children|sons|daughters|friends|colleagues)(?i:-in-law)?,?\s+"
    r"(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?(?:,?\s+(?i:and)\s+" + _NAME_WORD + r")?)"
)


# A name after whose it is: "It's my mother's account, Lucinda Farrow."
_OWNED = re.compile(
    r"\b(?:account|policy|card) (?:holder )?(?:is |was )?(?:my |our )?(?:\w+,? )?"
    r"(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")|"
    r"\b(?:mother|father|husband|wife|son|daughter|partner|mum|mom|dad)'s (?:account|policy|card)"
    r",\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)"
)


_THROUGH_TO = re.compile(r"(?i)\W*(?:through to|you've reached|speaking (?:to|with))\b")
# "Lakeside Family Practice, Winona speaking." / "Is that under Callum Strachan?"
_SPEAKING = re.compile(
    r"(?:^|[,.]\s+|\bthis is\s+)("
    + _HYPHENED_NAME
    + r"(?:\s+(?:(?:van|von|der|den|de|la|du|da|di|del|le|ten|ter|bin|al)\s+)*"
    + _HYPHENED_NAME
    + r"){0,2})\s+(?:speaking|here|on reception|at reception|on the desk|on the front desk)\b|"
    r"\b(?i:through to|speaking (?:to|with)|you've reached|talking to|chatting (?:to|with))\s+"
    r"([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s+(?!(?:at|from|in|on|with|how|can|and|i)\b)[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
    r"(?=\s*(?:[,.!?]|$|\s(?:at|from|in|on|with|how|can|and|i|i'm|what|who)\b))|"
    r"\bunder(?: the name(?: of)?)?\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)"
)


# A relation's name said in lower case: "my landlord hamish gillespie", "my partner's ottilie marsh"
# After a name that is also a word: the end, a pause or what a person does next ("kit will pop
# round", "summer have you got ..."), not a modal's verb ("may i", "will call").
_STANDS_AS_NAME = re.compile(
    r"\s*(?:[,.!?;]|$|\s(?:will|is|has|had|was|does|did|can|could|would|should|'ll|have you|"
    r"are you|do you|did you|just|here|there)\b)"
)
_RELATION_LOWER = re.compile(
    r"\b(?:my|our|his|her|(?!(?:it|that|he|she|there|what|who|here|where|let)'s)[a-z]+'s)\s+"
    r"(?:nanna|nana|granny|auntie|aunty|uncle|husband|wife|son|daughter|mother|father|partner|mum|mom|dad|"
    r"landlord|landlady|brother|sister|neighbou?r|boss|friend|grandson|granddaughter|"
    r"grandmother|grandfather|carer|fiance|fiancee|fiancé|fiancée)(?:'s|\s+is)?,?\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
)


def _name_words(text: str, start: int, end: int, first_any: bool = False) -> tuple[int, int] | None:
    """The part of text[start:end] that is name words: stops at the first word that is not
    (`first_any`: the first word is taken even when it is also a word, "Hope", "June": the
    question or the introduction says a name comes)."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]))
    cased = typed_text(text)
    kept: list[re.Match[str]] = []
    before: list[re.Match[str]] = []  # the words before a desk or team ("Dr Lee's office")
    for word in words:
        lowered = word[0].lower()
        if lowered in DEPARTMENTS:
            # "e challan helpline sandeep speaking": a name after the desk is the name
            before, kept = kept or before, []
            continue
        if cased and word[0].islower() and not kept and lowered not in PARTICLES:
            break  # "you're through to payments at Brightline": a word, in a cased text
        if (
            first_any
            and not kept
            and len(lowered) > 1
            and lowered not in _NEVER_FIRST
            and not inflected(lowered)
            and (lowered in WORDS_THAT_ARE_NAMES or lowered not in COMMON_WORDS)
        ):
            kept.append(word)
            continue
        if word[0].isupper() and 1 < len(word[0]) <= 4 and word[0].isalpha():
            break  # "Full name, SSN and date of birth": an acronym
        if kept and lowered in PARTICLES:
            kept.append(word)
            continue
        if word[0].lower() in NOT_NAMES or (word[0].islower() and word[0] in COMMON_WORDS):
            break
        if len(word[0]) == 1 and kept:
            break  # the spelling that follows a name: `spelled_after`
        if kept and word[0].islower() and plural_or_verb_s(lowered):
            break  # "son declan deals with everything"
        kept.append(word)
    kept = kept or before
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of `pattern`, also those starting inside an earlier one ("It's me now,
    Felicity Hargreave": "It's me now" does not hide "now, Felicity Hargreave")."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start() + 1


def names(text: str) -> Iterator[Found]:
    for match in _HYPHEN_SPELLED.finditer(text):
        yield Found(match.start(), match.end(), "NAME", "spelled name")
    for pattern, source in (
        (_TITLED, "title"),
        (_INTRODUCED, "introduced"),
        (_LOWER_INTRODUCED, "introduced"),
        (_GREETED, "greeted"),
        (_OWNED, "owner"),
        (_SPEAKING, "speaking"),
        (_RELATION_LOWER, "relation"),
        (_CHECKED, "checked"),
        (_CHECKED_ONE, "checked"),
        (_NAMED_ONE, "named"),
        (_ITS_INTRO, "introduced"),
        (_LOWER_SPEAKING, "speaking"),
        (_RELATION_TYPED, "relation"),
        (_ASK_FOR, "asked for"),
        (_IN_NAME_OF, "whose name"),
        (_ROLE_LOWER, "role"),
        (_PUT_AS_NAME, "put as name"),
        (_LOWER_HERE, "speaking"),
        (_THIS_IS, "introduced"),
    ):
        for match in _overlapping(pattern, text):
            group = next(g for g in range(1, (pattern.groups or 1) + 1) if match.group(g))
            if pattern is _ITS_INTRO and _POSSESSIVE_ITS.search(before(text, match.start())):
                continue
            if (
                pattern is _ITS_INTRO
                and match[group].islower()
                and all(is_english(w) for w in match[group].split())
                and _ITS_IN_A_CLAUSE.search(before(text, match.start()))
            ):
                continue  # "so sorry if it's noisy"
            if pattern is _ITS_INTRO and re.search(
                r"\b(?:saying|says|said) $", before(text, match.start())
            ):
                continue  # "a reminder saying it's overdue"
            if (
                pattern in (_THIS_IS, _LOWER_INTRODUCED)
                and match[0].startswith("this is")
                and _THIS_IN_A_CLAUSE.search(before(text, match.start()))
            ):
                continue  # "how do i know this is legit"
            if pattern is _INTRODUCED and not match[group][0].isupper():
                continue
            if re.match(r"-\d", text[match.end(group) :]):
                continue  # "It's CC-353": a code's letters
            first_word = match[group].split()[0].lower()
            if contraction_of_word(first_word):
                continue  # "thank you she's been worried", "He's here"
            capital = match[group][0].isupper() and any(c.islower() for c in text)
            speaking = pattern in (_SPEAKING, _LOWER_SPEAKING) and (
                text[match.end() - 8 :].startswith("speaking")  # "council tax naveed speaking":
                or _THROUGH_TO.match(match[0])  # a name, not a verb in -ed; "through to aisling"
            )
            if (
                inflected(first_word)
                and not (capital and first_word not in english_words())
                and not (speaking and first_word not in english_words())
            ):
                continue  # "i'm flying on the 29th", "i'm worried", "i'm cancelling" (not "I'm Aisling")
            said = match[group]
            loose = pattern in (
                _GREETED,
                _CHECKED,
                _CHECKED_ONE,
                _RELATION_LOWER,
                _NAMED_ONE,
                _ITS_INTRO,
                _ASK_FOR,
                _IN_NAME_OF,
                _ROLE_LOWER,
                _LOWER_HERE,
                _THIS_IS,
            )
            first_name = pattern in (_ITS_INTRO, _LOWER_HERE, _THIS_IS) and rare_or_first_name(
                said.split()[0]
            )
            # "for my son liam he's got ...": after a relation, a word outside the 4,000 most
            # frequent is a name
            # "a man called declan", "the seller duncan fairweather has been suspended": after a
            # role, likewise
            relation_named = (
                pattern is _RELATION_LOWER
                or (pattern is _NAMED_ONE and _person_called(text, match))
            ) and _rare(said.split()[0])
            # "the seller duncan fairweather has been suspended": two rare words after a role
            relation_named = relation_named or (
                pattern is _NAMED_ONE and len(said.split()) == 2 and all(map(_rare, said.split()))
            )
            # "our assessor grant will call", "a lady called june": a role says a name comes,
            # so a name that is also a word is one ("by may" is a month)
            role_named = (
                pattern is _NAMED_ONE
                and said.split()[0].lower() in name_lexicon()[0]
                and said.split()[0].lower() not in ("bill", "bills")  # "the vet bill"
                # "our engineer will call": a modal before its verb
                and not (
                    said.split()[0] in ("will", "may", "can")
                    and re.match(_MODAL_VERB, text[match.end(group) - len(said.split()[-1]) :])
                    and len(said.split()) > 1
                )
                and not re.search(r"\bby\W*$", text[match.start() : match.start(group)], re.I)
            )
            # "it's will from ashgrove", "hi its beck at freshfields": a name that is also a
            # word, where the words after it introduce a caller or an agent
            its_word_name = (
                pattern is _ITS_INTRO
                and len(said.split()) == 1
                and said.lower() in WORDS_THAT_ARE_NAMES
                and re.match(r"\s+(?:from|here|speaking|calling|at)\b", text[match.end(group) :])
                is not None
            )
            # "our walker kit will pop round", "hiya summer have you ...", "calls her nanna
            # may": a name that is also a word, where it stands as a name
            word_name = (
                pattern in (_ROLE_LOWER, _GREETED, _RELATION_LOWER)
                and len(said.split()) == 1
                and (
                    said.lower() in WORDS_THAT_ARE_NAMES
                    or (pattern is _ROLE_LOWER and said.lower() in name_lexicon()[0])
                )
                and _STANDS_AS_NAME.match(text[match.end(group) :]) is not None
                and not (
                    pattern is _GREETED
                    and re.match(
                        r"(?i)okay|ok|sorry|right|about|morning|afternoon|evening",
                        text[match.start() :],
                    )
                )
            )
            first_name = first_name or role_named or its_word_name or relation_named or word_name
            if (
                loose
                and said.islower()
                and all(is_english(w) for w in said.split())
                and not first_name
            ):
                continue  # "sorry, stuck behind ...": words, where a name is only possible
            if (
                pattern is _LOWER_INTRODUCED
                and match[0].lower().startswith(("i'm", "i am"))
                and all(learned_ordinary(w) for w in said.split())
            ):
                continue  # "i got a letter saying i'm behind"
            if pattern is _CHECKED and not _checked_name(said):
                continue  # "is that okay", "for Victoria Station"
            owner = text[match.start() : match.start(group)]
            if (
                pattern is _RELATION_LOWER
                and owner.rstrip(" ,").endswith("'s")
                and (
                    is_english(said.split()[0])
                    or (
                        said.split()[0].lower() not in name_lexicon()[0]
                        and said.split()[0].lower() not in name_lexicon()[1]
                    )
                )
            ):
                continue  # "my daughter's tuition instalment", "her mum's crn": hers, no name
            if (
                pattern in (_RELATION_LOWER, _TITLED)
                and said.split()[0].islower()
                and (plural_or_verb_s(said.split()[0]))
            ):
                continue  # "my husband owes you money", "once the doctor clears her"
            if (loose or pattern is _NAMED_ONE) and all(
                w.lower() in _NOT_A_NAME for w in said.split()
            ):
                continue  # "paying by Direct Debit"
            if loose and _ORG_AFTER.match(text, match.end(group)):
                continue  # "good morning parkside pharmacy": a business
            if any(_ORG_AFTER.fullmatch(" " + w) for w in said.split()[1:]):
                continue  # "No, it's Hagen Family Funeral Home."
            strong = (
                role_named
                or its_word_name
                or relation_named
                or pattern is _CHECKED  # (its words checked: `_checked_name`)
                or pattern
                in (
                    _INTRODUCED,
                    _LOWER_INTRODUCED,
                    _TITLED,
                    _SPEAKING,
                    _LOWER_SPEAKING,
                )
            )
            span = _name_words(text, match.start(group), match.end(group), first_any=strong)
            if span is not None:
                yield Found(span[0], spelled_after(text, span[1]), "NAME", source)


_MODAL_VERB = (
    r"(?:call|ring|phone|be|have|come|get|send|do|need|see|contact|arrive|email|text|visit|let|"
    r"take|make|give|pop|look|check|sort|fix|bring|meet|help)\b"
)
_PERSON_CALLED = re.compile(
    r"(?i)\b(?:man|woman|lady|guy|bloke|fella|lad|girl|boy|chap|gentleman|someone|somebody|"
    r"person)\s+(?:called|named)\W*$"
)


def _person_called(text: str, match: re.Match[str]) -> bool:
    """Whether a person is called what follows: "a man called declan"; not "a package called
    broadband", "the driver licence"."""
    return _PERSON_CALLED.search(before(text, match.start(match.lastindex or 0))) is not None


def _rare(word: str) -> bool:
    """Outside the 4,000 most frequent words, and so is its singular."""
    ranks = vocabulary_ranks()
    lowered = word.lower()
    forms = [lowered]
    if lowered.endswith("s"):
        forms += [lowered[:-1], lowered[:-2], lowered[:-3] + "y"]  # shops, boxes, agencies
    return all(ranks.get(form, 4000) >= 4000 for form in forms)


_ORG_AFTER = re.compile(
    r"(?i)\s+(?:pharmacy|surgery|practice|clinic|dental|dentists?|medical|health|school|college|"
    r"university|academy|insurance|energy|water|housing|homes|library|libraries|motors|garage|"
    r"bank|council|hotel|hotels|travel|airways|air|telecom|broadband|mobile|lettings|estates|"
    r"solicitors|vets?|veterinary|gym|leisure|cars|logistics|removals|cleaning|family|funeral|"
    r"& sons|and sons)\b"
)


# A company's desk or team said before the agent's name: "claims helpline sandeep speaking".
DEPARTMENTS = frozenset(
    """helpline hotline desk team support services service department office centre center
    reception switchboard billing payments claims accounts sales""".split()
)


_NEVER_FIRST = frozenset(
    """yes yeah yep no nope okay ok sure so um uh er sorry right well hi hello hey thanks the a an
    it it's its i i'm my is was that that's this and or but just please""".split()
)


def spelled_after(text: str, end: int) -> int:
    """The end of a name with its spelling after it: "anwen tudur t u d u r", "Ibarra,
    I-B-A-R-R-A", "reid, that's r e i d"."""
    spelled = re.match(
        r"(?:[,.]?\s+(?i:that's\s+|it's\s+|that is\s+)?)"
        r"(?:(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]\b(?:\s+(?:as in|for)\s+[a-z]+\b)?|dash|hyphen|apostrophe)"
        r"[\s,-]*){3,}",
        text[end:],
    )
    return end + spelled.end() if spelled else end


# Capitalised words that are places, days or things, not people: "for Victoria Station".
_NOT_A_NAME = frozenset(
    """street road avenue station line airport hospital bank airways airline insurance energy
    gas water power council centre center hotel office store shop services service team
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday limited ltd inc plc direct debit
    cheque paypal transfer cash universal credit benefit benefits allowance pension support
    tax warranty guarantee contract review investigation offer repair maintenance""".split()
)


_SPELLED_NAME = re.compile(r"\b(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][-\s]){3,}[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]\b")


_MODALS = frozenset("shall should would could can must might".split())


def answer_name(text: str, answering: bool = True) -> Found | None:
    """The name said in answer to a question for one: "It's Priya Natarajan." / "dana reyes"."""
    preamble = re.match(
        r"^(?:['’]s\b)?\W*(?:(?:yes|yeah|yep|sure|okay|ok|so|um+|uh+|of course|sorry|right|it's|it is|this is|that's|"
        r"that is|my name is|my name's|i'm|i am|the name is|name's|full name is|it'd be|its|"
        r"it should be|should be|under|is|was|that's me|that'll be me|me|it's me)\b\W*)*",
        text,
        re.IGNORECASE,
    )
    start = preamble.end() if preamble else 0
    spelled = _SPELLED_NAME.match(text, start) or _SPELLED_NAME.match(
        text, start + len(re.match(r"\W*(?:is\s+)?", text[start:])[0])
    )
    if spelled:  # "The surname is H-A-L-V-O-R-S-E-N."
        return Found(spelled.start(), spelled.end(), "NAME", "spelled")
    title = re.match(r"(?:mr|mrs|ms|miss|mx|dr)\.?\s+", text[start:], re.IGNORECASE)
    if title:
        start += title.end()
    stop = re.search(r"[,.;!?]|\b(?:and|but|from|calling|speaking|here)\b", text[start:])
    end = start + (stop.start() if stop else len(text) - start)
    span = _name_words(text, start, end, first_any=answering)
    if span is None or len(text[span[0] : span[1]].split()) > 5:
        return None
    first_word = text[span[0] : span[1]].split()[0].lower()
    if contraction_of_word(first_word) or first_word in _MODALS:
        return None  # "and what name shall i put", "she'd have liked that"
    second = re.match(r"\s+and\s+", text[span[1] :])  # "august brennan and sunniva brennan"
    if answering and second:
        other = _name_words(text, span[1] + second.end(), len(text), first_any=True)
        if other is not None:
            span = (span[0], other[1])
    return Found(span[0], spelled_after(text, span[1]), "NAME", "answer")


# A word no dictionary has, after "with", "for" or a relative: "the balayage with Tamsin",
# "a bouquet for saoirse", "my auntie dorota". Places and brands after "with" and "for" are
# mostly words the vocabulary has, or capitalised where the text is cased and lower case is not.
_UNKNOWN_AFTER = re.compile(
    r"\b(?:with|for|auntie|aunty|aunt|uncle|nanna|nana|granny|grandad|grandma|grandpa|cousin|"
    r"niece|nephew)\s+([A-Za-z][a-z'’-]{2,})\b(?!['’-])"
)


_BUSINESS_WORDS = frozenset(
    """water energy gas power airport airways airlines bank cinemas cinema plus insurance delivery
    shipping post courier service cover plan
    telecom mobile broadband council hotel hotels motors group clinic pharmacy university
    college school academy station""".split()
)


@lru_cache(maxsize=4096)
def _cue_word(word: str) -> bool:
    """A word that is a cue by itself ("amex", "aadhaar"): a thing, not a person."""
    return any(
        pattern.fullmatch(word) for kind, pattern in cue_patterns().items() if kind != "NAME"
    )


# Before "with" or "for" and a company's name.
_WITH_A_BUSINESS = re.compile(
    r"(?i)\b(?:shopping|shop|banking|bank|insured|insurance|calling|flying|flown|travelling|"
    r"traveling|staying|stayed|registered|signed up|switching|switched|moved|member|contract|"
    r"account|policy|customer|subscription|provider|supplier|booked|ordered|working|works|"
    r"job|apply|applied|claim|claims)\s+(?:with|for)\s+$"
)


def _compound(word: str) -> bool:
    """Two ordinary words run together, as the recogniser writes some ("shutoff")."""
    return any(
        learned_ordinary(word[:i]) and learned_ordinary(word[i:]) for i in range(3, len(word) - 2)
    )


def unknown_after_preposition(text: str, found: list[Found]) -> list[Found]:
    """A word unknown to the vocabulary and the census lists after "with", "for" or a
    relative, in lower-case text or capitalised in cased text."""
    cased = typed_text(text)
    out = []
    for match in _UNKNOWN_AFTER.finditer(text):
        word = match[1]
        if cased and not word[0].isupper():
            continue
        if is_english(word) or word.lower() in COMMON_WORDS or word.lower() in NOT_NAMES:
            continue
        if _compound(word.lower()) or _cue_word(word.lower()):
            continue  # "the shutoff", "with amex"
        if _WITH_A_BUSINESS.search(text[: match.start(1)]):
            continue  # "thank you for shopping with Brambleway": a company
        after = re.match(r"\s+([A-Za-z]+)", text[match.end(1) :])
        if after and (after[1][0].isupper() if cased else after[1] in _BUSINESS_WORDS):
            continue  # "a booking for Queenstown Airport", "for saltmarsh water"
        if any(f.start < match.end(1) and match.start(1) < f.end for f in found):
            continue
        out.append(Found(match.start(1), match.end(1), "NAME", "unknown after with/for"))
    return out
