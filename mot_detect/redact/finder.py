"""Finding the personal data in a call, one utterance at a time, with what the call said before.

Two ways to know a stretch is personal data:
- its shape alone (patterns.py, address_patterns.py, name_patterns.py): a Luhn-valid card
  number, a phone number, an email, a street address, a social security number, "my name is
  ...";
- a cue (cues.json): the agent asked for it ("can I take the long number on the card?") or the
  speaker said what comes ("my zip is ..."). The number or date that answers takes the cue's
  type, however it was said: "four one one one", "oh four twenty seven", "m one one a e".

A card number read out in pieces ("four one one one" / "mm-hmm" / "one one one one ...") stays
one number: the card cue stays open over the customer's turn and the agent's back-channels,
and without a cue the digits of consecutive pieces are joined for the Luhn check (in a finished
call the earlier piece is then redacted too: `Finder.retro`).

What needs no memory of the call lives beside this module: card_turns.py (a card's pieces,
corrections and companions inside one turn), beside_values.py (what stands next to a found value
and belongs to it) and read_back.py (the forms a value is known by when it is read back).
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import itertools
import re
import secrets
from dataclasses import dataclass, field

from mot_detect.redact import (
    address_patterns,
    id_letters,
    learned,
    name_patterns,
    patterns,
    vocabulary,
)
from mot_detect.redact.beside_values import (
    continued,
    dashes_between,
    extensions,
    irish_o_surname,
    particles_between_names,
    restarted,
    said_twice,
    second_name,
    spelled_words,
    spellings,
    with_homophones,
    with_letters,
    with_plus,
)
from mot_detect.redact.both_sides import PiecesOnBothSides, said_as_piece
from mot_detect.redact.card_turns import (
    MAX_CARD_DIGITS,
    block_taken_back,
    card_fixes,
    card_split_in_turn,
    card_window,
    code_after_expiry,
    corrected_block,
    corrected_values,
    four_digit_groups,
    relative_expiries,
    replacing_values,
    typed_expiry,
    whole_card,
)
from mot_detect.redact.numbers import (
    SOUNDS_LIKE,
    NumberRun,
    block_said_twice,
    luhn_window,
    number_runs,
    number_tokens,
    refit_correction,
    split_at_pauses,
    with_edge_homophones,
)
from mot_detect.redact.patterns import DATE_KINDS, DIGIT_KINDS, Found
from mot_detect.redact.read_back import date_digits, date_key, echo_forms, expiry_key, full_date

# Utterances by the other speaker that do not close what a turn is giving: "okay", "mm-hmm".
_BACKCHANNEL = re.compile(
    r"^\W*(?:no\W+){0,2}(?:you\W+)?(?:(?:ok(?:ay)?|mm+[- ]?hmm+|uh[- ]?huh|yes|yeah|yep|right|sure|go on|go ahead|"
    r"got it|great|perfect|and|thanks|thank you|sorry|mhm|hmm+|alright|all right|one moment|"
    r"i'm ready|ready|next|and then|continue|take your time|no rush|no problem|no worries|"
    r"(?:that's|it's) (?:okay|ok|fine|alright|all right|grand)|i'm listening|sure thing|keep going|carry on|"
    r"no bother|grand|lovely|brilliant|cool|fine|go for it|fire away|off you go|"
    r"(?:no )?you're (?:good|fine|ok(?:ay)?|doing (?:fine|great|well))|not too fast|"
    r"(?:whenever|when) you're ready|in your own time|of course|after you|sir|madam|ma'am|mam|"
    r"hello|(?:are )?you still there|can you hear me|you there|(?:i think )?i lost you)"
    r"\b\W*){1,4}$",
    re.IGNORECASE,
)
# A caller asking the agent for a value of their own: "I don't know my candidate number".
_CALLER_ASKS = re.compile(
    r"(?i)\b(?:don't know|do not know|can't find|cannot find|forgot(?:ten)?|lost|what(?:'s| is) "
    r"my|can you (?:tell|give|remind) me|could you (?:tell|give|remind) me|do you have)\b"
)
# An agent's turn that asks for the same thing again: the value that answers keeps its type.
# The IVR reading back what was keyed: "You entered ...", "I heard ..."
_KEYED = re.compile(r"(?i)\byou (?:entered|keyed(?: in)?|typed|pressed)\b|\bi heard\b")
_ASK_AGAIN = re.compile(
    r"\b(?:(?:doesn't|does not|didn't|did not|don't) (?:match|quite match|look right)|"
    r"(?:that's|that is|it's) not (?:what|right|matching|the one)|not quite|try again|"
    r"you're (?:breaking|cutting) (?:up|out)|"
    r"say (?:that|it|the (?:\w+ )?(?:group|bit|part|block|digits?|numbers?)) again|"
    r"(?:could|can) you repeat|didn't (?:catch|get) (?:that|it)|"
    r"pardon|come again|one more time|(?:got|have) something different|"
    r"(?:isn't|is not|not|nothing's) (?:bringing|coming|showing) (?:anything|anyone|it|you) up|"
    r"(?:can|could) you (?:check|double[- ]check) (?:it|that)|(?:can't|cannot|couldn't) find "
    r"(?:anything|that|it|you))\b",
    re.IGNORECASE,
)
# "and yours?", "and the other two": the same again, for someone else.
_FOR_ANOTHER = re.compile(
    r"^\W*(?:(?:okay|ok|thanks|thank you|great|lovely|and)\W+)*(?:yours|his|hers|theirs|"
    r"the other(?: one| two| three)?|the (?:second|next|third|last)(?: one)?|for (?:him|her|them|you)|"
    r"(?:your|his|her|their) "
    r"(?:wife|husband|partner|son|daughter|mum|mom|dad|mother|father)(?:'s)?)"
    r"(?:\W+(?:please|too|as well))*\W*$",
    re.IGNORECASE,
)
# A cue's type for numbers that are no one's personal data (a courier's tracking number).
NOT_PERSONAL = "NOT_PERSONAL"
# How many digits a value of each type has (a piece of a card number read out: 2 or more).
_LENGTHS = {
    "CARD_NUMBER": range(2, 20),
    "CVV": range(3, 5),
    "SSN": range(4, 14),  # a South African ID number has 13 digits, an Aadhaar number 12
    "PHONE": range(7, 14),
    "POSTCODE": range(4, 10),  # Australian and many European postcodes have four digits
    "ACCOUNT_NUMBER": range(4, 25),
}
_ALNUM_ID = re.compile(
    r"\b(?!\d+-(?:digit|day|year|month|week|hour|minute|page|point|star|inch|foot|mile|seat|"
    r"door|piece|litre|liter|pack|bed|room|night|person|man|speed)s?\b)"
    r"(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z-])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+\b|"
    r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,20}\b|"
    r"\b[A-Z]{1,4}\d[A-Z0-9]{2,}\b|\b(?=[A-Z0-9]{6}\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\b|"
    r"\b(?=[A-Z0-9]{5,}\b)[A-Z]{2,5}\d+\b"
)
_PLATE_CUE = re.compile(
    r"(?i)\b(?:plates?|rego|reg(?:istration)?)(?: number| no\.?)?(?: is| was|:)?$"
)
_PLATE = re.compile(
    r"\W{0,3}((?=[A-Z0-9 -]{0,13}\d)(?=[A-Z0-9 -]{0,13}[A-Z])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,3})"
    r"\b(?![a-z'])"
)
# A UK plate as the recogniser writes it after "reg": "bd76 wry", "ej28 vvx".
_UK_PLATE_LOWER = re.compile(r"\W{0,3}([a-z]{2}\d{2} ?[a-z]{3})\b(?!')")
_SPELLED_ITEM = r"(?:" + patterns._NATO_WORD + r"|[a-z]|" + patterns._NUMBER_WORD + r"|\d)"
_SPELLED = re.compile(
    r"(?<!['’])\b"
    + _SPELLED_ITEM
    + r"(?:[\s,-]+(?:(?:um|uh|er|erm)[\s,-]+)?"
    + _SPELLED_ITEM
    + r"){3,9}\b(?!['’])",
    re.IGNORECASE,
)
_IBAN_SHAPE = re.compile(r"\W{0,3}([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
# A piece of a postcode spelled out: a letter, then digits and letters ("h nine one").
_PPS_TYPED = re.compile(r"(?i)\b\d{7}[a-w][a-iw]?\b")
_SPELLED_PIECE = re.compile(
    r"(?<!['’])\b[a-z](?:\s(?:" + patterns._NUMBER_WORD + r"|[a-z])\b){2,5}",
    re.IGNORECASE,
)
# A turn that ends on its cue, maybe with a pause: "the reference is", "a reference hang on".
_ENDS_AT_CUE = re.compile(
    r"\s*(?:is|was|it's|:)?\s*[,.:…-]*\s*(?:(?:hang on|hold on|one sec(?:ond)?|one moment|"
    r"just a (?:sec|second|moment)|wait|let me (?:find|get|look for) it)[\s,.…-]*)?$",
    re.IGNORECASE,
)
COMPANY_SIDE = ("agent", "ivr", "system")
# What may come before a number that is the whole answer: "yeah it's", "um".
_GIVEN = re.compile(r"(?i)\b(?:it's|it is|its|that's|is)\W*$")
_ONLY_NUMBER_BEFORE = re.compile(
    r"(?i)\W*(?:(?:yeah|yes|um|uh|so|it's|its|it is|okay|ok|right|sure)\W+)*"
)
# An agent's reply that takes what the caller offered: "go ahead", "give it to me now?".
_TAKES_IT = re.compile(
    r"(?i)\b(?:go ahead|give (?:it|that|them) to me|(?:let me|i'll|i can) (?:add|take|put|update) "
    r"(?:it|that)|read (?:it|that)(?: out)?|what is it|what's that|sure,? what|of course|"
    r"(?:yes,? )?you can|please do|go for it|fire away|off you go|"
    r"(?:whenever|when) you're ready|ready when you are)\b"
)
# How many digits a value usually has, to tell what a correction inside it took back.
_USUAL_SIZES = {"SSN": (9,), "CARD_NUMBER": (16, 15), "PHONE": (10, 11), "CVV": (3, 4)}
_FEW_DIGITS = r"(?:\d{3,5}|(?:" + patterns.SAID_DIGIT + r"\s+){2,4}" + patterns.SAID_DIGIT + r")\b"
_PHONE_LAST_DIGITS = re.compile(
    r"(?i).{0,30}?(?:\bend(?:ing|s)(?: in| with)?[\s,:]+"
    + _FEW_DIGITS
    + r"(?![\s-]*(?:\d|"
    + patterns.SAID_DIGIT
    + r"\b))|\s"
    + _FEW_DIGITS
    + r" at the end\b)"  # "and mobile the same oh seven nine oh at the end"
)
_LAST_DIGITS_CUE = re.compile(r"(?i)\bend(?:ing|s)\b|\blast (?:four|4|digits)\b")
# The caller asking why before giving what was asked: "do you need that", "why do you need it?"
_QUERIED = re.compile(
    r"(?i)\s*(?:(?:oh|um|uh|sorry|hang on|wait),?\s+)*(?:(?:do|does|why do|why does|what do|is|"
    r"will|would|must|have)\s+(?:you|i|it|that|they)\s+(?:really\s+)?(?:need|want|have to|"
    r"require)\b|i'm not (?:sure|comfortable|happy) (?:about |with )?giving|"
    r"(?:is|was) (?:that|it) the (?:one|number|bit|one that's|one that|(?:last |first )?"
    r"(?:three|four|3|4))\b)[^0-9]*$"  # "is it the last three" / "that's the one" / "181"
)
_RECEIPT = re.compile(r"(?i)(?:(?:your|the|my) )?receipt\b")
# An agent's turn that asks something: after the caller queried a question, a reply without one
# only explains it.
_ASKS = re.compile(r"(?i)\?|\b(?:please|can i (?:take|have|get)|could i|may i|what's|what is)\b")
# A name greeted ("hi will", "thanks hope"), not a verb after thanks ("thanks will do").
_GREETED_BY_WORD = re.compile(
    r"\b(?:hi|hiya|hello|hey|thanks|thank you|cheers|bye|sorry|take care|sure|okay|ok|great|"
    r"perfect|lovely)\W+$",
    re.IGNORECASE,
)
# A name said to the listener between two clauses: "great you're booked summer we'll text ...".
_VOCATIVE_AFTER = re.compile(r"\s+(?:(?:you|we|i)(?:'ll|'re|'ve|'d)|let me|let's)\b")
_NOT_BEFORE_A_VOCATIVE = re.compile(
    r"(?i)\b(?:the|a|an|this|that|last|next|in|of|for|on|at|to|by|my|your|our|his|her)\s+$"
)


def _vocative(text: str, word: re.Match[str]) -> bool:
    return bool(_VOCATIVE_AFTER.match(text, word.end())) and not _NOT_BEFORE_A_VOCATIVE.search(
        patterns.before(text, word.start(), 80)
    )


_MODALS = frozenset("will may can shall must".split())
_ACKNOWLEDGED = re.compile(r"(?i)\b(?:sure|okay|ok|great|perfect|lovely)\W+$")
_PRONOUN_AFTER = re.compile(r"\s+(?:you|we|i|they|he|she|it)\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:do|be|have|call|get|send|go|see|let|take|make|need)\b", re.I)


@dataclass
class _Open:
    """A type the conversation is giving now: asked by the agent or cued by the speaker."""

    kind: str
    digits: str = ""  # of the value so far (a card read out in pieces)
    many: bool = False  # asked for in the plural ("dates of birth", "both numbers")
    # Carried over from the speaker's last turn ("the account number is" / "seven eight two"):
    # its next piece may be short, and an account number may go on in it.
    carried: bool = False
    # Cued as the last digits ("Visa ending 6833"): complete with them, so that "spread it into
    # 12 payments" later in the turn is no more of the card.
    last_digits: bool = False

    @property
    def complete(self) -> bool:
        if self.last_digits:
            return len(self.digits) >= (4 if self.kind == "CARD_NUMBER" else 2)
        if self.kind == "CARD_NUMBER":
            return len(self.digits) >= 13 and luhn_window(self.digits) is not None
        return bool(self.digits) and not self.many


@dataclass
class Finder:
    """Per-call state of the search; `observe` each utterance in order."""

    asked: list[_Open] = field(default_factory=list)  # what the agent's last turn asked for
    # What the caller asked the agent for ("I don't know my candidate number"): the agent's
    # next turn answers it.
    caller_asked: list[_Open] = field(default_factory=list)
    # The caller's last turn asked back about what was asked ("do you need that"): the agent's
    # reply without a new question leaves the question open.
    queried: bool = False
    # What the caller's last turn named without giving it ("I didn't give you a TFN"): an agent's
    # reply that asks for nothing else ("Would you like to give it to me now?") asks for it.
    offered: list[str] = field(default_factory=list)
    flying: int = 0  # utterances since the call last spoke of flights
    address_cued: bool = False  # the last utterance spoke of an address
    # The agent's last turn asked when something that is no card runs out ("when does the
    # current certificate run out?"): "It expires on 3 September 2025" is no card's expiry.
    other_expiry: bool = False
    caller_offers: bool = False  # the caller's last turn offered to give it ("Can I give it now?")
    # Card data the caller's last turn asked for as an agent would ("and the expiry on that"):
    # with a mono recording's labels swapped, the agent's next turn that starts with a number
    # is the caller's answer.
    asked_as_agent: list[str] = field(default_factory=list)
    # A card was asked for or offered and none has been given yet: the agent's "go ahead" after
    # other questions ("do you want that on a card" / "use my card" / "your name?" / ...) asks
    # for it.
    card_due: bool = False
    current: dict[str, _Open] = field(default_factory=dict)  # speaker -> value going on
    # speaker -> the digits and prefix of a PPS or national insurance number said without its
    # letters, which may come in the speaker's next turn
    id_letters_due: dict[str, tuple[str, str]] = field(default_factory=dict)
    pieces: dict[str, list[tuple[int, NumberRun]]] = field(default_factory=dict)
    # utterance -> the starts said again in it before its last piece ("four oh six nine oh six
    # two wait no ... let me start over four oh six nine oh six two nine")
    restarts: dict[int, list[NumberRun]] = field(default_factory=dict)
    retro: list[tuple[int, Found]] = field(default_factory=list)  # found later for earlier ones
    # The caller's runs that looked like nothing yet and could start a card ("can i pay or not
    # five three five four"): redacted once a card given later starts with them.
    card_starts: list[tuple[int, NumberRun]] = field(default_factory=list)
    cards_given: list[str] = field(default_factory=list)  # digits of cards given this utterance
    both_sides: PiecesOnBothSides = field(default_factory=PiecesOnBothSides)
    # Keyed hashes of the digits of values found so far (and of their last four), with their
    # type: a value read back later ("so that's 07/31 and 975") is the same value.
    echoes: dict[bytes, str] = field(default_factory=dict)
    names: set[bytes] = field(default_factory=set)  # keyed hashes of the names' words
    recent: list[frozenset[str]] = field(default_factory=list)  # types found, last utterance first
    # The learned models to use (None: the shipped ones, {}: rules only), and where to keep
    # each utterance's learned candidates (training reads them from here).
    models: dict[str, learned.LinearModel] | None = field(default=None, repr=False)
    record: list[tuple[int, list[learned.Candidate]]] | None = field(default=None, repr=False)
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

    def observe(self, index: int, speaker: str, text: str) -> list[Found]:
        """The personal data in `text`, utterance `index` of the call said by `speaker`."""
        cues = _cues(text)
        reading_card = False
        if speaker in COMPANY_SIDE:
            cues = _receipts_asked(text, cues)
        backchannel = bool(_BACKCHANNEL.match(text)) and not cues
        if speaker in COMPANY_SIDE and not backchannel:
            self.other_expiry = bool(_NOT_A_CARD_THING.search(text)) and "card" not in text.lower()
        elif (
            self.other_expiry
            and not self._card_talk([])
            # "five three one five" / "yep" / ... / "four two one oh and it runs out one oh three
            # two": a card's pieces under way
            and not self.pieces.get(speaker)
            and not self.card_starts
        ):
            cues = [c for c in cues if c[2] != "EXPIRY"]
        speaker = "agent" if speaker in COMPANY_SIDE else speaker  # the IVR asks as the agent
        swapped = False
        if speaker == "agent" and not backchannel and self.asked_as_agent:
            if _STARTS_WITH_NUMBER.match(text):
                self.asked = [_Open(k) for k in self.asked_as_agent]
                speaker, swapped = "customer", True  # "and the expiry" / "oh nine thirty and ..."
            self.asked_as_agent = []
        going = self.current.get("customer")
        if speaker == "agent" and not backchannel and not cues and _goes_on_for_caller(going, text):
            speaker = "customer"  # "six oh four um triple five" / agent: "oh one nine four"
        keyed = _KEYED.search(text) if speaker == "agent" else None
        keyed_asked = [_Open(a.kind) for a in self.asked] if keyed else []
        if speaker == "agent" and not backchannel:
            # A new agent turn closes what the customer was giving and asks anew: what its last
            # sentence asks for first ("I see your member number. And your date of birth?").
            last = _last_sentence_start(text)
            explains = self.queried and not _ASKS.search(text)  # "why do you need it?" / "The
            # card company insists on it." / "Okay. 615.": still the code
            if (not cues and (_ASK_AGAIN.search(text) or _FOR_ANOTHER.match(text))) or explains:
                asked = [_Open(a.kind) for a in self.asked]  # "that doesn't match": again
            elif not cues and self.offered and _TAKES_IT.search(text):
                # "I didn't give you a TFN" / "Would you like to give it to me now?" / "385 ..."
                asked = [_Open(k) for k in self.offered]
            elif not cues and self.asked and self.caller_offers and _TAKES_IT.search(text):
                # "no TFN on there" / "Can I give it to you now?" / "You can, go ahead."
                asked = [_Open(a.kind) for a in self.asked]
            elif not cues and self.card_due and _TAKES_IT.search(text):
                asked = [_Open("CARD_NUMBER")]  # "... your name" / "rafael ruiz" / "go ahead"
            elif (
                not cues
                and _NEXT_BLOCK.match(text)
                and any("CARD_NUMBER" in kinds for kinds in self.recent)
            ):
                # "You entered 7 6 2 3. If this is correct, press 1." / "1" / "Last group."
                asked = [_Open("CARD_NUMBER", carried=True)]
            elif (
                not cues
                and _THE_DATE.match(text)
                and any("CARD_NUMBER" in kinds for kinds in self.recent)
            ):
                asked = [_Open("EXPIRY")]  # "4623, 1665... 8760 3661." / "And the date?"
            else:
                asked = [_asked(text, s, e, k) for s, e, k in cues if s >= last]
                asked += [_asked(text, s, e, k) for s, e, k in cues if s < last]
            previously_asked, self.asked = self.asked, asked
            card = self.current.pop("customer", None)
            if (
                card is not None
                and card.kind == "CARD_NUMBER"
                and not card.complete
                and card.digits[:1] in ("2", "3", "4", "5", "6")
                # "four eight ... hang on someone's at the door" / "sorry where was i" / "you'd
                # given me four eight ...": a piece one or two turns back
                and any("CARD_NUMBER" in kinds for kinds in self.recent)
                and len(text.split()) <= 15
            ):
                read_back = any(len(r.digits) >= 3 for r in number_runs(text)) or bool(
                    _DIGIT_QUERY.search(text)  # "was that a five or a nine in the middle"
                )
                if all(k == "CARD_NUMBER" for _, _, k in cues) and read_back:
                    # "so that's 4660 5481" / "no, the second bit's 4581": the agent checks a
                    # piece of the card the caller is still reading out
                    self.current["customer"] = card
                    reading_card = True
                elif not cues and not read_back:
                    # "... oh four hold on can she bring her own hat" / "she can if it's a
                    # proper riding hat" / "okay sorry one two eight three ...": an aside
                    # answered, the card and what was asked with it still to come ("is that
                    # the bit you need" / "the whole thing please")
                    self.current["customer"] = card
                    self.asked = previously_asked
        elif speaker == "agent" and self.offered:
            # "Can I add my frequent flyer number?" / "Of course." / "It's 301 862 476."
            self.asked = [_Open(k) for k in self.offered]
        elif speaker != "agent" and not backchannel:
            self.current.pop("agent", None)
            asking = _CALLER_ASKS.search(text) is not None
            self.caller_asked = (
                [
                    _Open(k)
                    for s, e, k in cues
                    if k != NOT_PERSONAL and not _RUNS_OUT.fullmatch(text[s:e])
                ]  # "I don't know what to do if it runs out": the oxygen, no card's expiry
                if asking
                else []
            )
            self.queried = bool(self.asked) and _QUERIED.match(text) is not None
            self.caller_offers = _CALLER_OFFERS.search(text) is not None
            self.asked_as_agent = _card_data_asked_at_end(text, cues)
        tokens = number_tokens(text)
        queries = [(m.start(), m.end()) for m in _DIGIT_QUERY.finditer(text)]
        runs = [  # "... is that a six or a zero jo yeah zero nine two nine three": asking
            r
            for r in number_runs(text, tokens)
            if not any(a <= r.start and r.end <= b for a, b in queries)
        ]
        if self._card_in_play(speaker, cues):
            runs = with_edge_homophones(
                text, runs, any(a.kind == "CVV" and not a.complete for a in self.asked)
            )
        found = _by_shape(text, tokens)
        if reading_card:
            found += [
                Found(run.start, run.end, "CARD_NUMBER", "read back")
                for run in runs
                if len(run.digits) >= 3
                and not patterns.labelled_lookalike(text, run.start, run.digits)
                and not any(f.start < run.end and run.start < f.end for f in found)
            ]
        if keyed is not None and keyed_asked:
            found += _keyed_back(text, keyed.end(), runs, keyed_asked)
        if not backchannel:
            found += self._by_cue(speaker, text, cues, runs)
            if speaker == "agent" and self.caller_asked:
                found += self._agent_answer(text, runs, found)
        found += self._card_in_pieces(index, speaker, text, runs, found, backchannel)
        found += self._echoes(text, runs, found)
        chosen = self._learned(index, speaker, text, runs, found)
        self._remember_values(text, runs, chosen)
        found += chosen
        found += self._name_echoes(text, found)
        found += name_patterns.unknown_after_preposition(text, found)
        for _ in range(3):  # "Eoin Ó [NAME]": the particle once the first name is taken
            beside = learned.next_to_names(text, found)
            found += beside
            if not beside:
                break
        found += spellings(text, found)
        found += spelled_words(text, found)
        found += particles_between_names(text, found)
        found += irish_o_surname(text, found)
        found += second_name(text, found)
        self._remember_names(text, found)
        found += [  # "no it's aoife ... it's spelled a o i f e"
            f
            for f in self._spelled_names(text)
            if not any(g.start < f.end and f.start < g.end for g in found)
        ]
        found += [  # "Wei Zhang. Zhang is Z-H-A-N-G.": said again in the same breath
            f
            for f in self._name_echoes(text, found)
            if not any(g.start < f.end and f.start < g.end for g in found)
        ]
        found += continued(text, runs, found)
        found += said_twice(text, runs, found)
        found += restarted(text, runs, found)
        address_cued = any(k == "ADDRESS" for _, _, k in cues)
        about_address = (
            address_cued
            or self.address_cued  # "And the invoice address should be our home one." / "..."
            or (speaker != "agent" and any(a.kind == "ADDRESS" for a in self.asked))
        )
        self.address_cued = address_cued
        found += address_patterns.house_names(text, found, about_address)
        if (
            about_address
            or any(f.kind == "ADDRESS" for f in found)
            or any(k == "POSTCODE" for _, _, k in cues)
            or (speaker != "agent" and any(a.kind == "POSTCODE" for a in self.asked))
            or (self.recent and "POSTCODE" in self.recent[0])  # "so r four t two papa four"
        ):
            found += address_patterns.spelled_postcodes(text, found)
            found += address_patterns.postcode_halves(text, found)
        found += address_patterns.pin_after_address(text, runs, found)
        found += address_patterns.postcode_named_after(text, runs, found)
        if self.recent and "ADDRESS" in self.recent[0]:
            found += address_patterns.zip_after_address(text, runs, found)
        if self._card_talk(found):
            found += typed_expiry(text, found)
            found += code_after_expiry(text, runs, found)
        if speaker == "agent" and self.recent and "EXPIRY" in self.recent[0]:
            found += relative_expiries(text, 0, found)  # "so february next year lovely"
        found += corrected_values(text, runs, found)
        found += replacing_values(text, runs, found)
        if self._card_talk(found) or _BLOCK.search(text):  # "okay so the second block's 2037"
            fixes = card_fixes(text, runs, found)
            self._remember_values(text, runs, fixes)  # "that last bit is 3289" / "ending in 3289?"
            found += fixes
        # What its cue says is no one's ("model UN45MG2948", "model h p v seven eight s") is not
        # found by its shape either.
        kept = [
            Found(e, e + 1 + len(text[e:]) - len(text[e:].lstrip(" :,")), NOT_PERSONAL, "cue")
            for _, e, k in cues
            if k == NOT_PERSONAL
        ]
        if speaker != "agent" and self.asked and all(a.kind == NOT_PERSONAL for a in self.asked):
            kept += [  # the whole answer to "the waybill number?", "the transaction id?"
                f
                for f in found
                if f.kind in (NOT_PERSONAL, "ACCOUNT_NUMBER", "PHONE")
                and _ONLY_NUMBER_BEFORE.fullmatch(text[: f.start])
            ]
        found = [
            with_homophones(text, with_plus(text, with_letters(text, f)))
            for f in found
            if f.kind != NOT_PERSONAL
            and (
                f.kind in ("CARD_NUMBER", "EMAIL")  # "email me the waybill, a.b@c.com"
                or not any(k.start < f.end and f.start < k.end for k in kept)
            )
            and not _company(text, f)
            and not _model_name(text, f)
            and not (f.kind == "CVV" and f.start > 0 and text[f.start - 1].isalpha())  # "D2740"
            # "The total stays $128.10.": an amount, no card's expiry or code
            and not (f.kind in ("EXPIRY", "CVV") and f.start > 0 and text[f.start - 1] in "$£€")
            and not address_patterns.state_before_postcode(text, f)
            # "a birthday cake ... for Saturday the 14th": a day of the week says an event's date
            and not (f.kind == "DOB" and _WEEKDAY_BEFORE.search(patterns.before(text, f.start)))
        ]
        found = [_with_month_before(text, _cut_at_cue(text, f, cues)) for f in found]
        found += self._id_letters(speaker, text, found)
        found += dashes_between(text, found)
        found += extensions(text, runs, found)
        self.flying = 0 if patterns.about_flying(text) else self.flying + 1
        if self.flying <= 3:  # "staff on f r eight three four two out on the third": a flight
            found = [f for f in found if not _flight_number(text[f.start : f.end], f)]
        if speaker == "agent" and not backchannel:
            self.asked = _still_asked(text, cues, found, self.asked)
        self._remember_values(text, runs, found)  # "06/29. No, sorry, 05/29." / "05/29, okay."
        self.recent = [frozenset(f.kind for f in found), *self.recent[:1]]
        if speaker != "agent":
            found += self._card_in_unasked_pieces(index, runs, found)
            self._card_begun_before(index, text, runs, found)
        if speaker != "agent" and not backchannel:
            given = {f.kind for f in found}
            self.offered = [k for _, _, k in cues if k in DIGIT_KINDS and k not in given]
            if _PAY_OFFER.search(text) and "CARD_NUMBER" not in given:
                self.offered.append("CARD_NUMBER")  # "can i pay you then" / "yes i can take it"
            self.card_due = "CARD_NUMBER" not in given and (
                self.card_due or "CARD_NUMBER" in self.offered
            )
        elif speaker == "agent" and any(a.kind == "CARD_NUMBER" for a in self.asked):
            self.card_due = True
        if swapped:  # answered: the next turn is the agent's again, unless this one asks on
            # ("oh three thirty one and the four on the front" / "oh seven six oh")
            self.asked = [_Open(k) for k in _card_data_asked_at_end(text, cues)]
            self.current.pop("customer", None)
        return found + self._card_on_both_sides(index, speaker, text, cues, runs, found)

    def _card_on_both_sides(
        self,
        index: int,
        speaker: str,
        text: str,
        cues: list[tuple[int, int, str]],
        runs: list[NumberRun],
        found: list[Found],
    ) -> list[Found]:
        """The pieces of a card read out over turns, under either speaker's label or both
        (both_sides.py)."""
        taken = patterns.Spans(
            (f.start, f.end)
            for f in found
            if f.kind not in ("CARD_NUMBER", "ACCOUNT_NUMBER", "PHONE")
        )
        cards = patterns.Spans((f.start, f.end) for f in found if f.kind == "CARD_NUMBER")
        next_starts = [r.start for r in runs[1:]] + [len(text)] if runs else []
        free = [
            r
            for r, next_start in zip(runs, next_starts, strict=True)
            if not taken.overlap(r.start, r.end)
            and not patterns.labelled_lookalike(text, r.start, r.digits)
            and (cards.hold(r.start, r.end) or said_as_piece(text, r.end, next_start))
            and not block_taken_back(text, r, runs)  # "5293... no, wait, I misread it. 4627."
        ]
        spoken = (
            "card" in text.lower()
            or any(k in ("CARD_NUMBER", "CVV") for _, _, k in cues)
            or any(f.kind == "CARD_NUMBER" for f in found)
        )
        self.both_sides.add(index, speaker, free, spoken)
        joined = self.both_sides.card(index)
        if joined is None:
            return []
        digits, pieces = joined
        self._remember_card(digits)
        for at, run in self.card_starts:
            if digits.startswith(run.digits):  # "four eight sorry let me start that again"
                self.retro.append((at, Found(run.start, run.end, "CARD_NUMBER", "begun before")))
        self.card_starts = [s for s in self.card_starts if not digits.startswith(s[1].digits)]
        out = []
        for at, run in pieces:
            piece = Found(run.start, run.end, "CARD_NUMBER", "pieces on both sides")
            if at == index:
                out.append(piece)
            else:
                self.retro.append((at, piece))
        return out

    def _card_in_unasked_pieces(
        self, index: int, runs: list[NumberRun], found: list[Found]
    ) -> list[Found]:
        """A card no one asked for, said in pieces over the caller's turns ("grand go ahead" /
        "four nine nine two six three two oh" / "yep" / "seven eight nine four and the last four
        six nine six one"): the pieces that end on a card-shaped number."""
        taken = patterns.Spans((f.start, f.end) for f in found if f.kind != "CARD_NUMBER")
        ends = [r for r in runs if len(r.digits) >= 3 and not taken.overlap(r.start, r.end)]
        before = [(at, run) for at, run in self.card_starts if index - at <= 6]
        said = "".join(r.digits for r in ends)
        for first in range(len(before)):
            digits = "".join(run.digits for _, run in before[first:]) + said
            if whole_card(digits):
                self.retro += [
                    (at, Found(run.start, run.end, "CARD_NUMBER", "unasked pieces"))
                    for at, run in before[first:]
                ]
                self.card_starts = []
                self._remember_card(digits)
                return [Found(r.start, r.end, "CARD_NUMBER", "unasked pieces") for r in ends]
        return []

    def _card_begun_before(
        self, index: int, text: str, runs: list[NumberRun], found: list[Found]
    ) -> None:
        """A caller's first digits said before the card was asked for ("can i pay or not five
        three five four" / ... / "right from the top five three five four one six two nine ..."):
        redacted with the card that turns out to start with them."""
        cards = patterns.Spans((f.start, f.end) for f in found if f.kind == "CARD_NUMBER")
        given = self.cards_given + [
            r.digits for r in runs if len(r.digits) >= 13 and cards.hold(r.start, r.end)
        ]
        self.cards_given = []
        waiting = []
        for at, run in self.card_starts:
            if any(card.startswith(run.digits) for card in given):
                self.retro.append((at, Found(run.start, run.end, "CARD_NUMBER", "begun before")))
            elif index - at <= 12:
                waiting.append((at, run))
        taken = patterns.Spans((f.start, f.end) for f in found)
        waiting += [
            (index, run)
            for run in runs
            if run.digits[0] in "23456"
            and not taken.overlap(run.start, run.end)
            and (
                (  # the turn ends on it
                    4 <= len(run.digits) <= 8
                    and not _FILLER_AT_END.sub("", text[run.end :]).strip(" ,.?!-…")
                )
                or (2 <= len(run.digits) <= 8 and _RESTART_NEXT.match(text[run.end :]))
            )
        ]
        self.card_starts = waiting[-4:]

    def _id_letters(self, speaker: str, text: str, found: list[Found]) -> list[Found]:
        """The letters that end a PPS or national insurance number, said after its digits in
        this turn or alone in the speaker's next ("... three nine two zero" / "go on" / "w a"),
        and a national insurance number's first part said alone ("GK 63" / "35 61 A")."""
        waiting = self.id_letters_due.pop(speaker, None)
        letters = []
        if (
            waiting is not None
            and not found
            and (alone := id_letters.letters_alone(text, *waiting))
        ):
            letters.append(alone)
        if (
            not found
            and speaker != "agent"
            and any(a.kind == "SSN" and not a.complete for a in self.asked)
            and (start := id_letters.nino_start(text))
        ):
            letters.append(start[0])
            self.id_letters_due[speaker] = start[1]
        for f in found:
            after = id_letters.letters_after(text, f, waiting)
            letters += after
            if after and self.current.get(speaker, _Open("")).kind == "SSN":
                del self.current[speaker]  # complete: not "I uploaded 4 photos" as more of it
            due = id_letters.waiting_letters(text, f, waiting)
            if not after and due and not _FILLER_AT_END.sub("", text[f.end :]).strip(" ,.-…"):
                self.id_letters_due[speaker] = due
        return letters

    def _card_in_play(self, speaker: str, cues: list[tuple[int, int, str]]) -> bool:
        """A card or its code is being given or asked for in this turn."""
        current = self.current.get(speaker)
        return (
            any(a.kind in ("CARD_NUMBER", "CVV") and not a.complete for a in self.asked)
            or (current is not None and current.kind == "CARD_NUMBER")
            or any(k in ("CARD_NUMBER", "CVV") for _, _, k in cues)
            or bool(self.recent and "CARD_NUMBER" in self.recent[0])  # a block read back
        )

    def _card_talk(self, found: list[Found]) -> bool:
        """Whether a card number was given in this utterance or the last two."""
        return "CARD_NUMBER" in frozenset().union(*self.recent) or any(
            f.kind == "CARD_NUMBER" for f in found
        )

    def _learned(
        self, index: int, speaker: str, text: str, runs: list[NumberRun], found: list[Found]
    ) -> list[Found]:
        """What the learned models add to the rules' findings (learned.py)."""
        asked = frozenset(o.kind for o in self.asked)
        ctx = learned.Context(speaker, asked, frozenset().union(*self.recent))
        candidates = learned.name_candidates(text, ctx, found)
        candidates += learned.account_candidates(text, runs, ctx, found)
        if self.record is not None:
            self.record.append((index, candidates))
        return [  # "I have to be in Savannah tomorrow": a place, whatever the model says
            f
            for f in learned.chosen(candidates, self.models)
            if f.kind != "NAME" or not _PLACE_BEFORE.search(patterns.before(text, f.start))
        ]

    def _name_echoes(self, text: str, found: list[Found]) -> list[Found]:
        """A name said again later ("aoife gallagher", then "thanks aoife"), remembered as keyed
        hashes of its words (`_remember_names`), in any case."""
        out = []
        for word in re.finditer(r"[^\W\d_][\w'’-]{2,}", text):
            lowered = word[0].lower()
            if vocabulary.contraction_of_word(lowered):
                continue  # "she's", "son's"
            if (
                lowered in vocabulary.COMMON_WORDS or lowered in vocabulary.WORDS_THAT_ARE_NAMES
            ) and (word[0].islower() or word.start() == 0):
                # "Grace", then "the grace period"; "Mark", then "mark it urgent"; but "its will
                # speaking", then "hi will i booked": greeted by the name the call gave
                greeted = (
                    _GREETED_BY_WORD.search(patterns.before(text, word.start(), 80))
                    and not _VERB_AFTER.match(text, word.end())
                    and not (
                        lowered in _MODALS
                        and _PRONOUN_AFTER.match(text, word.end())
                        and _ACKNOWLEDGED.search(patterns.before(text, word.start(), 80))
                    )
                ) or _vocative(text, word)  # "okay hope i hope ...", not "okay will you ..."
                if (
                    greeted
                    and {self._hash(t + lowered) for t in ("name:", "word name:")} & self.names
                ):
                    out.append(Found(word.start(), word.end(), "NAME", "said again"))
                continue
            if (
                word[0].islower()
                and learned.ordinary_word(lowered)
                and not re.search(
                    r"\b(?:hi|hello|thanks|thank you|sorry|okay|ok|bye|great|perfect|lovely)\s+$",
                    patterns.before(text, word.start(), 80),
                )
                and not _vocative(text, word)
            ):
                continue  # "it's miles okonjo", then "about twenty miles from the station"
            possessive = re.search(r"['’]s$", lowered)  # "Gráinne's details"
            base = lowered[: possessive.start()] if possessive else ""
            if (
                possessive
                and (
                    not learned.ordinary_word(base)
                    or (
                        _WHOSE_DETAILS.match(text, word.end())  # "fraser's mobile or yours"
                        and not re.search(
                            r"(?i)\b(?:the|a|an)\s+$",
                            patterns.before(text, word.start(), 80),
                        )
                    )
                )
                and self._hash("name:" + base) in self.names
            ):
                out.append(
                    Found(word.start(), word.start() + possessive.start(), "NAME", "said again")
                )
                continue
            capitalised = (
                word[0][0].isupper()
                and not re.search(r"[.!?\"]\s*$", patterns.before(text, word.start(), 80))
                and not _NOT_BEFORE_A_VOCATIVE.search(
                    patterns.before(text, word.start(), 80)
                )  # "In June we'll"
            )
            if self._hash("name:" + lowered) in self.names or (
                capitalised and self._hash("word name:" + lowered) in self.names
            ):  # "Sure, Will." after "Will Okafor"
                end = word.end()
                surname = re.match(r"\s+([A-Za-z][A-Za-z'-]+)", text[end:])
                if surname and _unusual(surname[1]):  # "maeve", then "yes maeve dunleavy"
                    end += surname.end()
                out.append(Found(word.start(), end, "NAME", "said again"))
        return out

    def _spelled_names(self, text: str) -> list[Found]:
        """Letters spelled after "spelled" that make a name of this call or of the census lists."""
        out = []
        first, last = vocabulary.name_lexicon()
        for m in _SPELLED_AFTER_CUE.finditer(text):
            joined = re.sub(r"[\s-]", "", m[1]).lower()
            if self._hash("name:" + joined) in self.names or joined in first or joined in last:
                out.append(Found(m.start(1), m.end(1), "NAME", "spelled"))
        return out

    def _remember_names(self, text: str, found: list[Found]) -> None:
        for f in found:
            if f.kind == "EMAIL":  # "tarquin dot oyelowo at gmail ..." / "my husband tarquin"
                local = re.split(r"(?i)@|\s+at\s+", text[f.start : f.end])[0]
                for word in re.findall(r"[^\W\d_]{3,}", local):
                    lowered = word.lower()
                    if (
                        lowered not in vocabulary.COMMON_WORDS
                        and lowered not in patterns.NATO_WORDS  # "greg papa at ..."
                        and lowered not in _SAID_IN_EMAILS
                        and not learned.ordinary_word(lowered)
                    ):
                        self.names.add(self._hash("name:" + lowered))
            if f.kind == "NAME":
                for word in re.findall(r"[^\W\d_][\w'-]{2,}", text[f.start : f.end]):
                    if word.lower() not in vocabulary.COMMON_WORDS:
                        self.names.add(self._hash("name:" + word.lower()))
                    else:
                        self.names.add(self._hash("word name:" + word.lower()))

    def _hash(self, digits: str) -> bytes:
        return hashlib.blake2b(digits.encode(), key=self.key, digest_size=16).digest()

    def _echoes(self, text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
        """Numbers that repeat a value found before, also inside a longer run ("so 07/31 and
        975": an expiry and a code); and remembers this utterance's values."""
        out = []
        for s, e in patterns.dates(text):
            digits = date_digits(text[s:e])
            if len(digits) < 3:
                continue
            for key in (date_key(digits), expiry_key(digits)):
                kind = self.echoes.get(self._hash(key))
                if kind in DATE_KINDS:
                    out.append(Found(s, e, kind, "read back"))
                    break
        for run in runs:
            tokens = run.tokens
            said = [0]  # digits said before each token, to slice them without joining
            for t in tokens:
                said.append(said[-1] + len(t.digits))
            joined = "".join(t.digits for t in tokens)
            i = 0
            while i < len(tokens):
                # the longest repeat from here, of no more digits than a value has (a run of
                # thousands of digits is searched in linear time)
                longest = min(len(tokens), i + _LONGEST_VALUE)
                for j in range(longest, i, -1):
                    digits = joined[said[i] : said[j]]
                    kind = self.echoes.get(self._hash(digits)) if len(digits) >= 3 else None
                    if kind in ("EXPIRY", "CVV") and _WEEKDAY_BEFORE.search(
                        patterns.before(text, tokens[i].start)
                    ):
                        kind = None  # "see you thursday six thirty": a time
                    if kind is not None:
                        rest = joined[said[j] :]
                        if (
                            i == 0
                            and kind == "ACCOUNT_NUMBER"
                            and len(digits) >= 5
                            and len(rest) >= 4
                            and not re.search(r"[,.;]", text[tokens[j - 1].end : run.end])
                        ):
                            j = len(tokens)  # "the new one is 280647 um 871582062": the bank's
                            # part read back, then the new account's own
                        last = out[-1] if out else None
                        if (  # "4985 1342 8 [0] 886026": a digit misread between two parts
                            kind == "CARD_NUMBER"
                            and last is not None
                            and last.kind == kind
                            and run.start <= last.start
                            and len(
                                "".join(
                                    t.digits for t in tokens if last.end < t.start < tokens[i].start
                                )
                            )
                            <= 2
                        ):
                            out[-1] = Found(last.start, tokens[j - 1].end, kind, "read back")
                        else:
                            out.append(Found(tokens[i].start, tokens[j - 1].end, kind, "read back"))
                        i = j - 1
                        break
                i += 1
        if self._card_talk(found):  # "So the second block is 1172, not 1872?"
            out += [
                Found(t.start, t.end, "CARD_NUMBER", "read back")
                for run in runs
                for t in four_digit_groups(text, run)
                if self.echoes.get(self._hash("block:" + t.digits)) == "CARD_NUMBER"
                and not any(f.start < t.end and t.start < f.end for f in found + out)
            ]
        if _PART_QUERY.search(text):  # "sorry was that four four oh three first"
            taken = patterns.Spans((f.start, f.end) for f in found + out)
            for run in runs:
                kind = self.echoes.get(self._hash("part:" + run.digits))
                if kind is not None and not taken.overlap(run.start, run.end):
                    out.append(Found(run.start, run.end, kind, "read back"))
        self._remember_values(text, runs, found)
        return out

    def _remember_card(self, digits: str) -> None:
        """A card put together from pieces over turns, and its blocks of four, to know them when
        the agent reads them back ("was that two nine eight three")."""
        for form in echo_forms("CARD_NUMBER", digits):
            self.echoes.setdefault(self._hash(form), "CARD_NUMBER")
        for at in range(0, len(digits) - 3, 4):
            self.echoes.setdefault(self._hash("block:" + digits[at : at + 4]), "CARD_NUMBER")

    def _remember_values(self, text: str, runs: list[NumberRun], found: list[Found]) -> None:
        """Keyed hashes of the values found, to know them when they are read back."""
        starts = [r.start for r in runs]  # in order, apart
        for f in found:
            if f.kind in DIGIT_KINDS or f.kind in DATE_KINDS:
                # the runs that overlap it (runs are found in order, one after another)
                near = runs[
                    max(0, bisect.bisect_left(starts, f.start) - 1) : bisect.bisect_left(
                        starts, f.end
                    )
                ]
                inside = [r for r in near if f.start <= r.start and r.end <= f.end]
                if len(inside) == 1 and f.kind in _USUAL_SIZES:  # less what it took back
                    digits = refit_correction(inside[0], _USUAL_SIZES[f.kind]).digits
                else:
                    digits = "".join(
                        t.digits
                        for r in near
                        for t in r.tokens
                        if f.start <= t.start and t.end <= f.end
                    )
                if f.kind in DATE_KINDS:
                    digits = date_digits(text[f.start : f.end])
                for form in echo_forms(f.kind, digits):
                    self.echoes.setdefault(self._hash(form), f.kind)
                parts = [part for run in inside for part in _parts(text, run)]
                if f.kind in _SAID_IN_PARTS and len(parts) >= 2:  # "four four oh three uh ..."
                    for part in parts:
                        if len(part) >= 3:
                            self.echoes.setdefault(self._hash("part:" + part), f.kind)
                if f.kind == "CARD_NUMBER":  # its blocks, also one taken back ("1872... sorry")
                    for run in inside:
                        for group in four_digit_groups(text, run):
                            self.echoes.setdefault(self._hash("block:" + group.digits), f.kind)
                        for block in _said_blocks(run):  # "... one oh oh two double oh double
                            # oh and ..." / "was that double oh double oh in the middle"
                            self.echoes.setdefault(self._hash("block:" + block), f.kind)

    def _by_cue(
        self, speaker: str, text: str, cues: list[tuple[int, int, str]], runs: list[NumberRun]
    ) -> list[Found]:
        """Values whose type a cue gives: the agent's question before this answer, a cue in
        this utterance before the value, or a value going on from the speaker's last turn."""
        found: list[Found] = []
        answering = speaker != "agent"
        current = self.current.get(speaker)
        if current is not None and current.carried and current.kind == "ACCOUNT_NUMBER":
            found += _text_value(text, 0, current.kind)  # "a reference hang on" / "f a s um 9..."
        if answering and current is None and self.asked:
            current = next((a for a in self.asked if not a.complete), None)
            head = text[: cues[0][0] if cues else len(text)]  # before it says what comes next
            several = sum(not a.complete for a in self.asked) > 1
            for waiting in self.asked:
                if not waiting.complete:
                    values = _text_value(head, 0, waiting.kind, answering=True, several=several)
                    if not values and waiting.kind == "DOB" and head != text:
                        # "my husband obiora same surname twentieth of october ...": after a cue
                        # for something else, the birth dates asked for are still answers
                        values = _text_value(text, len(head), "DOB", answering=True)
                    if values:  # given in words: what comes next is the next thing asked
                        waiting.digits = date_digits(head[values[0].start : values[0].end]) or "#"
                        current = next((a for a in self.asked if not a.complete), None)
                    found += values
        runs = [piece for run in runs for piece in self._pieces(text, run, current, answering)]
        events = sorted(
            [(start, 0, i) for i, (start, _, _) in enumerate(cues)]
            + [(run.start, 1, i) for i, run in enumerate(runs)]
        )
        last_taken = -1
        cue_end = 0
        cued: _Open | None = None
        for _, what, i in events:
            if what == 0:
                cue_end = cues[i][1]
                if (
                    current is not None
                    and current.kind == cues[i][2] == "PHONE"
                    and current.digits
                    and _phone_short(current.digits)
                ):
                    continue  # "oh seven seven oh oh hang on it's a new phone ... nine oh oh"
                said = text[cues[i][0] : cues[i][1] + 12]  # "Mastercard ending 6833"
                # "a best number here ending in 42": the caller's last digits are no value
                last_digits = _LAST_DIGITS_CUE.search(said) is not None and cues[i][2] != "PHONE"
                # "... to the mobile ending 8948": three to five are
                last_digits = last_digits or (
                    cues[i][2] == "PHONE" and _PHONE_LAST_DIGITS.match(text, cues[i][0]) is not None
                )
                current = cued = _Open(cues[i][2], last_digits=last_digits)
                values = _text_value(text, cues[i][1], current.kind)
                if values and current.kind != "CARD_NUMBER":
                    current.digits = "#"  # "reference JT824537. My flight, LS 1842": given
                found += values
                continue
            run = runs[i]
            if any(f.start <= run.start and run.end <= f.end for f in found):
                continue  # inside a value already found in words ("March third, 1986")
            ends = [f.end for f in found if f.start <= run.start < f.end]
            if ends:  # "five thirty and oh two four": a date, then the code after it
                rest = tuple(t for t in run.tokens if t.start >= max(ends))
                if not rest:
                    continue
                run = NumberRun(rest)
            if patterns.labelled_lookalike(text, run.start, run.digits):
                continue  # "error six oh two", "flying on t p thirteen sixty two", "in 2018"
            if _EXAMPLE.search(text[max(cue_end, run.start - 300) : run.start]):
                continue  # "say your date of birth, for example the first of january 1970"
            if (
                current is not None
                and current.digits
                and _ANOTHER.search(patterns.before(text, run.start))
            ):
                current = _Open(current.kind)  # "Mine is 050 61 8111, and hers is 316550851."
            elif (current is None or current.kind in ("ACCOUNT_NUMBER", "SSN", "PHONE")) and (
                broken := _broken_off(text, run, found)
            ):
                current = _Open(broken, carried=True)  # "2461 hang on ... 779"
            elif (
                current is not None
                and not current.digits
                and (
                    (current.kind == "ACCOUNT_NUMBER" and len(run.digits) in (2, 3))
                    or (current.kind == "PHONE" and 3 <= len(run.digits) < 7)
                )
                and _PAUSE.search(text[run.end : run.end + 30])
            ):
                current.carried = True  # "five one four hang on it's on the back ..."
            elif (
                answering
                and current is not None
                and current.kind in ("PHONE", "ACCOUNT_NUMBER", "SSN")
                and not current.digits
                # "okay eight four" / "yep" / "six five zero 285": an id's first pair
                and (2 if current.kind == "SSN" else 3)
                <= len(run.digits)
                < max(_LENGTHS[current.kind].start, 4)
                and (
                    _ONLY_NUMBER_BEFORE.fullmatch(text[: run.start])
                    # "ring me not mum ... it's oh seven seven nine one" / "mm hmm" / "three ..."
                    or (
                        current.kind == "PHONE"
                        and run.digits[0] == "0"
                        and _GIVEN.search(patterns.before(text, run.start))
                    )
                )
                and not _FILLER_AT_END.sub("", text[run.end :]).strip(" ,.-…")
            ):
                current.carried = True  # "oh four seven six" / "yep" / "five one four three ..."
            kind_open = self._fit(run, current, self.asked if answering else [])
            if kind_open is None:
                continue
            current = kind_open
            if not (current.kind == "CARD_NUMBER" and _block_again(current.digits, run.digits)):
                current.digits += run.digits  # not "no, nine seven fifty nine, you swapped them"
                if current.kind == "CARD_NUMBER" and current.complete:
                    self.cards_given.append(current.digits)
            for waiting in self.asked if answering and current is cued else []:
                if waiting.kind == current.kind and not waiting.many:
                    waiting.digits = current.digits  # given after its own cue ("My Amex: ...")
            end = run.end
            letter = re.match(r" [a-hj-z](?: (?:for|as in) [a-z]+)?\b(?!')", text[end:])
            if current.kind == "SSN" and letter:
                end += letter.end()  # the letter that ends a PPS number: "... one a", "b for bravo"
            found.append(Found(run.start, end, current.kind, "cue"))
            last_taken = i
        if (
            cues
            and (not runs or runs[-1].start < cues[-1][0])
            and _ENDS_AT_CUE.match(text[cues[-1][1] :])
        ):
            self.current[speaker] = _Open(cues[-1][2], carried=True)  # "the number is" / "782"
            return found
        # A value still going on at the end of the utterance goes on in the next one.
        trailing = last_taken == len(runs) - 1 and last_taken >= 0
        if current is not None and (
            (trailing and not _FILLER_AT_END.sub("", text[runs[-1].end :]).strip(" ,.-…"))
            or (current.kind == "CARD_NUMBER" and not current.complete)
            or (current.kind == "SSN" and len(current.digits) in (5, 6, 7, 8))
        ):
            current.carried = trailing
            self.current[speaker] = current
        elif any(f.kind == "ACCOUNT_NUMBER" for f in found) and _PAUSE_AT_END.search(text):
            self.current[speaker] = _Open("ACCOUNT_NUMBER", carried=True)  # "c l three one nine
            # hold on" / "take your time" / "four seven eight five"
        else:
            self.current.pop(speaker, None)
        return found

    def _agent_answer(self, text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
        """What the agent gives in answer to the caller's question ("it's three seven six
        eight"): the first number run that fits a type asked for."""
        asked, self.caller_asked = self.caller_asked, []
        for run in runs:
            if any(f.start < run.end and run.start < f.end for f in found):
                continue
            if _EMERGENCY.search(patterns.before(text, run.start)) and run.digits in (
                "911",
                "999",
                "112",
                "000",
            ):
                continue  # "call 911, don't wait on us"
            fits = self._fit(run, None, asked)
            if fits is not None and not patterns.labelled_lookalike(text, run.start, run.digits):
                return [Found(run.start, run.end, fits.kind, "answer to the caller")]
        return []

    def _pieces(
        self, text: str, run: NumberRun, current: _Open | None, answering: bool
    ) -> list[NumberRun]:
        """`run` (less what a correction in it took back), or its parts between commas and full
        stops when it fits no type whole and they do ("168-94-7889, 04/01/1971": a social
        security number and a date of birth)."""
        asked = self.asked if answering else []
        if current is not None and current.kind in _USUAL_SIZES:
            run = refit_correction(run, _USUAL_SIZES[current.kind])
        if current is not None and current.kind == "CARD_NUMBER":
            run = block_said_twice(text, run)
        if self._fit(run, copy.copy(current), [copy.copy(a) for a in asked]) is not None:
            return [run]
        return split_at_pauses(text, run)

    @staticmethod
    def _fit(run: NumberRun, current: _Open | None, asked: list[_Open]) -> _Open | None:
        """What a number run is a value of: the open type if its length fits, else the first
        asked one still waiting that fits (an answer to "card number, expiry and code")."""
        size = len(run.digits)
        candidates = [current] if current is not None else []
        candidates += [a for a in asked if a is not current and not a.complete]
        for candidate in candidates:
            kind = candidate.kind
            if kind == "CARD_NUMBER":
                # A new card number starts with 4 or more digits; a piece of one with 2.
                least = 2 if candidate.digits else 4
                room = len(candidate.digits) + size <= MAX_CARD_DIGITS + 4
                if not candidate.complete and size >= least and room:
                    return candidate
            elif kind in DATE_KINDS:
                # "5473 6211...": no expiry, half a card (said, an expiry and a code may run on)
                written = all(not t.spoken for t in run.tokens)
                most = 6 if kind == "EXPIRY" and written else 8
                if 3 <= size <= most and (not candidate.digits or candidate.many):
                    return candidate
            elif kind == NOT_PERSONAL:
                if not candidate.digits and card_window(run.digits) is None:
                    return candidate  # a tracking number; a card number said as one is a card
            elif kind == "SSN" and candidate.carried and size >= 2:
                candidate.carried = False
                return candidate  # the rest of a national insurance number after a pause
            elif kind == "SSN" and candidate.digits and len(candidate.digits) not in (4, 9):
                if len(candidate.digits) + size <= max(_LENGTHS["SSN"]):
                    return candidate  # "two five two um seven two" / "eight eight one three"
            elif kind in ("ACCOUNT_NUMBER", "PHONE") and candidate.last_digits and 2 <= size <= 5:
                if candidate.complete:
                    continue
                return candidate  # "account ending 762", "the mobile ending" / "five one zero"
            elif (
                kind == "PHONE"
                and candidate.digits
                and _phone_short(candidate.digits)
                and len(candidate.digits) + size in (10, 11)
                and size >= 3
            ):
                return candidate  # "oh seven seven oh oh hang on it's a new phone ... nine oh oh"
            elif kind in ("ACCOUNT_NUMBER", "PHONE") and candidate.carried and size >= 2:
                room = 24 if kind == "ACCOUNT_NUMBER" else 13
                short = kind == "ACCOUNT_NUMBER" or _phone_short(candidate.digits)
                if short and len(candidate.digits) + size <= room:
                    candidate.carried = False  # one piece per turn
                    return candidate  # the next piece of a number read out over turns
            elif (
                kind in _LENGTHS
                and size in _LENGTHS[kind]
                and (not candidate.digits or candidate.many)
            ):
                if kind == "ACCOUNT_NUMBER" and re.fullmatch(r"(?:19|20)\d\d", run.digits):
                    continue  # "since you joined in 2014": a year
                return candidate
        return None

    def _card_in_pieces(
        self,
        index: int,
        speaker: str,
        text: str,
        runs: list[NumberRun],
        found: list[Found],
        backchannel: bool,
    ) -> list[Found]:
        """A card number without a cue: 13-19 Luhn-valid digits in one run, or over pieces at
        the ends of the speaker's consecutive utterances ("four one one one" / "one one ...")."""
        out: list[Found] = []
        # Runs not yet taken, or taken as a number a card read out in pieces may look like (or
        # as a piece of a card: the next piece may come after a turn that closed the question).
        taken = [f for f in found if f.kind not in ("ACCOUNT_NUMBER", "PHONE", "CARD_NUMBER")]
        held = patterns.Spans((f.start, f.end) for f in taken)
        free = [r for r in runs if not held.hold(r.start, r.end)]
        cards = [f for f in found if f.kind == "CARD_NUMBER"]
        in_cards = patterns.Spans((f.start, f.end) for f in cards)
        for run in free:
            inside = in_cards.hold(run.start, run.end)
            typed_long = len(run.tokens) == 1 and len(run.digits) > MAX_CARD_DIGITS
            if (
                not inside
                and not typed_long
                and (luhn_window(run.digits) is not None or _card_once_corrected(run))
                and not patterns.labelled_lookalike(text, run.start, run.digits)  # a SIM serial
            ):
                out.append(Found(run.start, run.end, "CARD_NUMBER", "luhn"))  # not "5566...7555"
        out += card_split_in_turn(text, free, cards)
        in_found = patterns.Spans((f.start, f.end) for f in out + cards)
        whole = [r.digits for r in free if in_found.hold(r.start, r.end) and len(r.digits) >= 13]
        for at, piece in self.pieces.get(speaker, []):
            if len(piece.digits) >= 4 and any(d.startswith(piece.digits[:4]) for d in whole):
                # "4659 uh 4659" / "sorry you're breaking up" / "i'll start over 4659 2379 ...":
                # the start the caller broke off
                self.retro.append((at, Found(piece.start, piece.end, "CARD_NUMBER", "restarted")))
        # A piece is not labelled as something else ("in twenty twenty two and ...").
        free = [r for r in free if not patterns.labelled_lookalike(text, r.start, r.digits)]
        free = corrected_block(text, free)  # "... two oh three six no sorry that's wrong 2037"
        pieces = self.pieces.get(speaker, [])
        first = free[0] if free and len(text[: free[0].start].split()) <= 3 else None
        if first is not None and (len(first.digits) < 3 or luhn_window(first.digits)):
            first = None  # "the old one": a word; or a whole card, not a piece of one
        chain = [*pieces, (index, first)] if first is not None else []
        window = card_window("".join(r.digits for _, r in chain)) if pieces and chain else None
        if window is not None:
            # Only the pieces the card's digits come from, and only if this one is among them
            # ("... fifty two thirteen" / "there's two hundred and ...": a card, then a price).
            at_digit, spans = 0, []
            for at, run in chain:
                spans.append((at, run, at_digit, at_digit + len(run.digits)))
                at_digit += len(run.digits)
            used = [(at, run) for at, run, a, b in spans if a < window[1] and window[0] < b]
            if used and used[-1][0] == index:
                self._remember_card("".join(r.digits for _, r in chain)[window[0] : window[1]])
                for at, run in used:
                    piece = Found(run.start, run.end, "CARD_NUMBER", "luhn pieces")
                    again = [
                        Found(r.start, r.end, "CARD_NUMBER", "restarted")
                        for r in self.restarts.pop(at, [])
                    ]
                    if at == index:
                        out.append(piece)
                    else:
                        self.retro += [(at, f) for f in (piece, *again)]
        if (
            free
            and len(free[-1].digits) >= 3
            and (
                not _FILLER_AT_END.sub("", text[free[-1].end :]).strip(" ,.-…")
                or _RESTART_AT_END.match(text[free[-1].end :])  # "... let me start that again"
            )
        ):
            self.pieces[speaker] = (chain if len(free) == 1 and chain else [(index, free[-1])])[-6:]
            last = free[-1]
            self.restarts = {at: r for at, r in self.restarts.items() if at >= index - 12}
            again = [
                r
                for r, after in list(itertools.pairwise(free))[-3:]
                if (len(r.digits) >= 4 and last.digits[:4] == r.digits[:4])
                # "nine six one oh no hang on that's the old one start again four eight ..."
                or (len(r.digits) >= 3 and _restarted_between(text[r.end : after.start]))
            ]
            if again:
                self.restarts[index] = again
        elif not backchannel and (runs or len(text.split()) > 4):
            self.pieces.pop(speaker, None)  # (kept over "sorry new one")
        return out


# Between a cue and a date: the date is something else ("born in Reykjavik but I've lived
# here since 2009", "date of birth, for example the first of january 1970").
_EXAMPLE_WORDS = r"for example|for instance|such as|e\.g\."
_NOT_THIS_DATE = re.compile(r"\b(?:but|since|until|till|ago|like|" + _EXAMPLE_WORDS + r")\b", re.I)


# The caller offering to pay, which over the phone means a card.
_PAY_OFFER = re.compile(
    r"(?i)\b(?:(?:my |the )?card(?:'s| is) (?:ready|here|in my hand)|"  # "Great. Card's ready."
    r"i(?:'ve| have) (?:got )?(?:my|the) card (?:here|ready|in my hand)|"
    r"(?:can|could|shall|may) i (?:just )?pay|i(?:'d| would) like to pay|i want to pay|"
    r"let me pay|i(?:'ll| will) pay)\b(?! (?:in cash|cash|by (?:cheque|check|bank transfer|transfer|direct debit)|at |"
    r"when |later|on (?:the day|collection|arrival)))"
)
# A turn's end after card data it asks for: "and the expiry on that", "And the last four?".
_AFTER_AN_ASK = re.compile(
    r"(?i)(?:\s*\b(?:on (?:that|it|this|the (?:back|card|front))|on the|please|then|date|"
    r"number|too)\b)*[\s?.!,—–-]*$"
)
# A turn that starts with a number, after at most two words ("yeah nine four two oh", "198.").
_STARTS_WITH_NUMBER = re.compile(
    r"(?i)^\W*(?:(?:yeah|yep|yes|okay|ok|so|it's|um|uh|er|and)\W+){0,2}(?:\d|(?:oh|zero|one|two|"
    r"three|four|five|six|seven|eight|nine|double|triple)\b)"
)


_JOINING_WORDS_AT_END = re.compile(r"(?i)(?:[\s,.]+(?:and|then|the|um|uh))*[\s,.]*$")


_MONTH_SAID_BEFORE = re.compile(
    r"(?i)\bmonth,?\s+((?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\d{1,2})(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?),?\s+(?:and\s+)?"
    r"(?:the\s+)?year,?\s+$"
)


def _with_month_before(text: str, found: Found) -> Found:
    """An expiry's year said after its month, each after its name ("month one one year twenty
    twenty nine"): the month joins the expiry."""
    if found.kind != "EXPIRY":
        return found
    month = _MONTH_SAID_BEFORE.search(patterns.before(text, found.start))
    if month is None:
        return found
    start = found.start - (len(patterns.before(text, found.start)) - month.start(1))
    return Found(start, found.end, found.kind, found.recognizer)


def _cut_at_cue(text: str, found: Found, cues: list[tuple[int, int, str]]) -> Found:
    """An expiry or code whose number ran on into the cue of the next value ("oh three thirty
    and the four on the front": the four is the code's cue), cut where that cue starts."""
    if found.kind not in ("EXPIRY", "CVV"):
        return found
    inside = [s for s, _, k in cues if k != found.kind and found.start < s < found.end]
    if not inside:
        return found
    end = found.start + len(_JOINING_WORDS_AT_END.sub("", text[found.start : min(inside)]))
    return Found(found.start, end, found.kind, found.recognizer) if end > found.start else found


def _goes_on_for_caller(going: _Open | None, text: str) -> bool:
    """Whether an agent's turn is the next piece of the phone or social security number the
    caller is giving, its label swapped in a mono recording: it starts with a number, repeats
    none of the digits so far, and together they are no longer than the value."""
    if going is None or going.kind not in ("SSN", "PHONE") or not going.digits:
        return False
    if not _STARTS_WITH_NUMBER.match(text):
        return False
    digits = "".join(r.digits for r in number_runs(text))
    sizes = _USUAL_SIZES[going.kind]
    return (
        len(going.digits) < min(sizes)
        and len(digits) >= 2
        and len(going.digits) + len(digits) <= max(sizes)
        and digits not in going.digits
    )


def _card_data_asked_at_end(text: str, cues: list[tuple[int, int, str]]) -> list[str]:
    """The card data a turn asks for at its end, after any number it gives ("oh one one six
    ... and the expiry", "expiration and cvv"); none if the turn goes on past the asking."""
    card_data = ("CARD_NUMBER", "EXPIRY", "CVV")
    if not cues or cues[-1][2] not in card_data or not _AFTER_AN_ASK.match(text, cues[-1][1]):
        return []  # (most turns: their numbers are not read again)
    after = 0
    for run in number_runs(text):  # (not "four" of "the four on the front")
        inside = [s for s, e, _ in cues if s < run.end <= e]
        after = max(after, min([run.end, *inside]))
    kinds = [k for s, _, k in cues if s >= after]
    return kinds if kinds and all(k in card_data for k in kinds) else []


_CALLER_OFFERS = re.compile(
    r"(?i)\b(?:(?:can|shall|should) i (?:give|read|tell)|do you want (?:it|me to)|"
    r"i(?:'ve| have) (?:got )?it (?:here|now))\b"
)
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:(?:be|am|live|lives|living|stay|staying|based|arrive|arriving|land|landing)\s+in|"
    r"(?:flight|fly|flying|flew|drive|driving|travel\w*|go|going|get|getting|back|rebook\w*)"
    r"\s+(?:\w+\s+)?to|from\s+[A-Z][a-z]+\s+to|destination,?(?: which)? is)\s+$"
)
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$")
# The most digits a value read back has (an IBAN's 30, with room): longer stretches of a run are
# no one value.
_LONGEST_VALUE = 40
# The words that say an e-mail's signs: "zofia underscore nowak".
_SAID_IN_EMAILS = frozenset("underscore dash hyphen dot period stop all lowercase".split())
# Someone's details after a possessive name: "i'll text the receipt to fraser's mobile".
_WHOSE_DETAILS = re.compile(
    r"\s+(?:mobile|phone|number|email|e-mail|account|card|details|address|name|birthday|"
    r"date of birth|wife|husband|partner|mum|mom|dad|son|daughter|booking|order)\b",
    re.IGNORECASE,
)
_RUNS_OUT = re.compile(r"(?i)runs? out|running out")
_EMERGENCY = re.compile(r"(?i)\b(?:call|dial|ring|phone)\s+$")
_AN_AGE_BEFORE = re.compile(r"(?i)\b(?:over|under|aged?|at least)\s+$")
# Before a bare number, an age: "for my dad's birthday he's seventy two" (not "she's march
# twenty first ...").
_AGE_BEFORE_NUMBER = re.compile(r"(?i)\b(?:(?:he|she)(?:'s| is)|turn(?:ing|s|ed))\s+$")


# Between two parts of one birth date, or a date and its correction.
_DATE_GOES_ON = re.compile(
    r"[\s,.…-]*(?:(?:on|the|of|in|sorry|no|i mean|actually|wait|or rather|oops)[\s,.…-]+)*",
    re.IGNORECASE,
)
# A speaker breaking off in the middle of a number: what follows is the rest of it.
_SOMEONE_READING = r"(?:he|she)(?:'s| is) (?:telling|reading)"  # "second he is telling me"
_PAUSE = re.compile(
    r"\b(?:hang on|hold on|one sec(?:ond)?|wait|sorry|let me (?:check|look|find)|"
    r"it's on the|can't read|can't see|the rest (?:is|of it)|smudged|rubbed|is that a|glasses|"
    r"hard to read|"
    r"can't make (?:it )?out|(?:just )?a sec(?:ond)?|^\W*sec(?:ond)?|one moment|bear with me|"
    r"(?:just )?a minute|" + _SOMEONE_READING + r")\b",
    re.IGNORECASE,
)
# The agent asking about one digit of a value being read out.
_DIGIT_QUERY = re.compile(
    r"(?i)\b(?:was that|did you say|is that|was it|that's) (?:an? )?"
    + patterns.SAID_DIGIT
    + r"\b(?: or (?:an? )?"
    + patterns.SAID_DIGIT
    + r"\b)?"
)
# A turn that ends by saying the value will be started again.
_RESTART_PHRASES = (
    r"start (?:that |it |this )?(?:again|over)|(?:go |read it )?from the (?:start|top|beginning)"
    r"|that's (?:my|the) (?:old|wrong|other|previous) (?:card|one|number)"
    r"|(?:i'm |i was )?reading (?:from )?the wrong (?:card|one)"
)
_RESTART_AT_END = re.compile(
    r"(?i)^[\s,.…-]*(?:(?:oh|sorry|um|uh|er|no|wait|hang on|let me|i'll|i will|i'm going to|"
    r"i need to)[\s,.…-]+)*(?:" + _RESTART_PHRASES + r"|read (?:it|that) again)\W*$"
)
_RESTART_SAID = re.compile(r"(?i)" + _RESTART_PHRASES)
# A restart right after a number: "four eight sorry let me start that again i had my thumb ...".
_RESTART_NEXT = re.compile(
    r"(?i)^[\s,.…-]*(?:(?:oh|ah|sorry|um|uh|er|no|wait|hang on|let me|i'll|i will|i'm going to|"
    r"i need to)[\s,.…-]+)*(?:" + _RESTART_PHRASES + r")"
)
_AROUND_RESTART = frozenset(
    "oh sorry um uh er no wait hang on let me i'll i will i'm going to".split()
)


def _restarted_between(gap: str) -> bool:
    """Whether the words between two runs only start the value again ("no hang on that's the
    old one start again")."""
    if not _RESTART_SAID.search(gap):
        return False
    return all(w in _AROUND_RESTART for w in _RESTART_SAID.sub(" ", gap.lower()).split())


# Reading a value out again after a pause ("wait i'll read properly"), or someone else reading
# the rest ("second he is telling me").
_READ_AGAIN = re.compile(
    r"(?i)\b(?:read (?:it |that )?(?:properly|again|out again)|let me read|start again|"
    r"from the (?:start|top|beginning)|" + _SOMEONE_READING + r")\b"
)


def _parts(text: str, run: NumberRun) -> list[str]:
    """The digits of `run` in the parts said between hesitations ("four four oh three uh seven
    nine seven oh": 4403 and 7970)."""
    parts = [run.tokens[0].digits]
    for before, token in itertools.pairwise(run.tokens):
        if re.search(r"[A-Za-z]", text[before.end : token.start]):
            parts.append("")
        parts[-1] += token.digits
    return parts


def _card_once_corrected(run: NumberRun) -> bool:
    """A card said with a block corrected and the rest going on after it ("... three six four
    nine no sorry five oh four oh six two nine six"): the correction takes back only the block
    it replaces."""
    if not run.corrections:
        return False
    return whole_card(refit_correction(run, (15, 16)).digits)


def _said_blocks(run: NumberRun) -> list[str]:
    """The blocks of four a card said in one breath falls into where its words do ("four eight
    five two one oh oh two double oh double oh": 4852, 1002, 0000)."""
    blocks, block = [], ""
    for i, token in enumerate(run.tokens):
        if i in run.taken_back:
            continue
        block += token.digits
        if len(block) == 4:
            blocks.append(block)
        if len(block) >= 4:
            block = ""
    return blocks


def _broken_off(text: str, run: NumberRun, found: list[Found]) -> str | None:
    """The type of a short account, national insurance or phone number given just before `run`
    in this turn, after a pause, that `run` goes on with ("GM-72... sorry, the print is rubbed
    off... 2408"); None if there is none."""
    kinds = ("ACCOUNT_NUMBER", "SSN", "PHONE")
    before = [f for f in found if f.kind in kinds and f.end <= run.start]
    if not before:
        return None
    last = max(before, key=lambda f: f.end)
    said = text[last.start : last.end]
    size = len("".join(t.digits for t in number_tokens(said))) + len(re.findall(r"[A-Z]", said))
    between = text[last.end : run.start]
    paused = _PAUSE.search(between) or _FILLER_ONLY.fullmatch(between)
    short = size < (7 if last.kind == "PHONE" else 8) or _READ_AGAIN.search(between)
    if short and paused and not _cues(between):
        return last.kind
    return None


_FILLER_ONLY = re.compile(r"(?i)[\W]*(?:um+|uh+|erm?|mm+|hmm+)[\W]*")
_PAUSE_AT_END = re.compile(
    r"\b(?:hold on|hang on|one sec(?:ond)?|wait|let me (?:check|look|find it)|"
    r"(?:sorry )?it's a long one|there's more|bear with me|(?:um|uh|er|erm)(?: sorry)?)\W*$",
    re.IGNORECASE,
)
# A filler the speaker stops on ("yes it's 8110 2 er" / "take your time" / "432538"): the value
# is not finished.
_FILLER_AT_END = re.compile(r"(?i)^\W*(?:um|uh|er|erm)(?: sorry)?\W*$")
# A second value of the same type, someone else's: "..., and hers is 316550851".
_ANOTHER = re.compile(
    r"(?:(?:\b(?:and|while|but)\s+|[.;!?]\s+)(?:hers|his|mine|theirs|yours|the other(?: one)?|"
    r"(?:my|her|his|their|our) \w+'s|(?:mum|mom|dad|mother|father|husband|wife|son|daughter|"
    r"partner)'s)|\bthe (?:old|new|other|second|first) one)"
    r"(?:\s+(?:is|was)|'s)?"
    # "His is... hold on, he's reading it... 980507"
    r"(?:[\s.…,]*\b(?:hold on|hang on|wait|one sec(?:ond)?|one moment)\b[^\d]{0,40}?)?[\s:,.…]*$",
    re.IGNORECASE,
)
_NEW_CARD = re.compile(r"(?i)\b(?:new one|new card|replacement|the new)\b")
_EXAMPLE = re.compile(r"\b(?:" + _EXAMPLE_WORDS + r")\b", re.IGNORECASE)


_GIVES = re.compile(r"(?i)[\s:,]*(?:(?:is|was|will be|'s|ending(?: in)?)[\s:,]*)?")


# An agent checking a part of a value the caller said in parts.
_PART_QUERY = re.compile(r"(?i)\b(?:was that|is that|did you say|so that's)\b")
_SAID_IN_PARTS = ("ACCOUNT_NUMBER", "SSN", "PHONE")
_THE_DATE = re.compile(r"(?i)^\W*(?:and\s+)?(?:the\s+)?(?:date|end date)(?:\s+on\s+it)?\W*$")
_NEXT_BLOCK = re.compile(
    r"(?i)^\W*(?:(?:okay|ok|thanks|thank you|great|and|now)\W+)*(?:the )?(?:next|last|final|"
    r"second|third|fourth) (?:group|block|four|set)(?: of (?:four|digits))?(?: please)?\W*$"
)
_BLOCK = re.compile(
    r"(?i)\b(?:first|second|third|fourth|last|middle|next) (?:block|bit|part|group)\b"
)


def _block_again(digits: str, block: str) -> bool:
    """A block of four said again while a card is read out: a correction of the agent's
    read-back, or the first block said twice ("five five four one um five five four one sorry
    i said that twice"), not more of the card."""
    return len(block) == 4 and len(digits) >= 4 and digits[-4:] == block


def _still_asked(
    text: str, cues: list[tuple[int, int, str]], found: list[Found], asked: list[_Open]
) -> list[_Open]:
    """What the agent's turn leaves asked: not a type whose value the agent gave after its cue
    ("Your new account number is 4803 685 484. Do you see the meter reading?")."""
    given: dict[str, int] = {}  # type -> where its value given last ends
    for _, end, kind in cues:
        for f in found:
            fits = f.kind == kind or {f.kind, kind} <= set(DIGIT_KINDS)
            if f.start >= end and fits and _GIVES.fullmatch(text[end : f.start]):
                given[kind] = max(given.get(kind, 0), f.end)
    asked_again = {k for s, _, k in cues if s >= given.get(k, len(text))}
    return [a for a in asked if a.kind not in given or a.kind in asked_again]


def _asked(text: str, start: int, end: int, kind: str) -> _Open:
    """What an agent's cue asks for: "the mobile ending" asks for its last digits."""
    ending = kind in ("PHONE", "ACCOUNT_NUMBER") and bool(
        _LAST_DIGITS_CUE.match(text[end : end + 12].lstrip())
    )
    # "the reference numbers?": the cue is "reference", its plural after it
    plural = _plural(text[start:end]) or bool(re.match(r"\s*numbers\b", text[end:], re.I))
    return _Open(kind, many=plural, last_digits=ending)


def _phone_short(digits: str) -> bool:
    """Too short yet to be a whole phone number: under seven digits, or a national number
    ("oh four six nine" / "seven nine five" / "seven one seven") under ten."""
    return len(digits) < _LENGTHS["PHONE"].start or (digits.startswith("0") and len(digits) < 10)


def _plural(cue: str) -> bool:
    return bool(re.search(r"(?i)\b(?:dates|both|numbers|ids)\b", cue))


_COMPANY_AFTER = re.compile(
    r"^(?:\s+[A-Z][a-z]+)?\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|Group|& Sons|and Sons|Builders|Build)\b"
)


def _company(text: str, found: Found) -> bool:
    """A name that is a firm's: "Nowak Build Ltd"."""
    return found.kind == "NAME" and _COMPANY_AFTER.match(text[found.end :]) is not None


def _keyed_back(text: str, start: int, runs: list[NumberRun], asked: list[_Open]) -> list[Found]:
    """The IVR reading back what the caller keyed in ("You entered 7 4 2 0 9 2 6 6 0."): a
    value of the type its last turn asked for, though no one said it."""
    for run in runs:
        if run.start >= start and run.start - start <= 25:
            fits = Finder._fit(run, None, asked)
            if fits is not None and fits.kind != NOT_PERSONAL:
                return [Found(run.start, run.end, fits.kind, "keyed read-back")]
    return []


def _model_name(text: str, found: Found) -> bool:
    """A make before a model's code: "My Moto G84 won't connect"."""
    return (
        found.kind == "NAME"
        and re.match(r"\s+[A-Z]+\d+[A-Za-z0-9]*\b", text[found.end :]) is not None
    )


def _with_homophones(text: str, start: int, end: int, runs: list[NumberRun]) -> tuple[int, int]:
    """A date's stretch going on over the digits' homophones that the number runs read, said
    straight on before or after it ("oh six three to", "oh sex one to nineteen eighty one")."""
    for run in runs:
        tokens = run.tokens
        inside = [k for k, t in enumerate(tokens) if t.end > start and t.start < end]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        while first > 0 and not text[tokens[first - 1].end : tokens[first].start].strip():
            first -= 1
        while (
            last + 1 < len(tokens) and not text[tokens[last].end : tokens[last + 1].start].strip()
        ):
            last += 1
        said = [k for k in range(first, last + 1) if k not in inside]
        if any(text[tokens[k].start : tokens[k].end].lower() in SOUNDS_LIKE for k in said):
            start, end = min(start, tokens[first].start), max(end, tokens[last].end)
    return start, end


def _flight_number(said: str, found: Found) -> bool:
    """An airline's code and a flight's number, spelled ("f r eight three four two")."""
    return found.recognizer == "spelled id" and patterns.spelled_flight(said)


def _text_value(
    text: str, start: int, kind: str, answering: bool = False, several: bool = False
) -> list[Found]:
    """A value of `kind` said in words after offset `start`: a date, a name, an identifier with
    letters, a postcode spelled out (digits alone are taken as number runs). `several`: more
    than one thing was asked, so a date with a month's name is this one if there is one ("the
    code and the expiry" / "five six five and it's june twenty seven")."""
    rest = text[start:]
    if kind in DATE_KINDS:
        dates = [(s, e) for s, e in patterns.dates(text, start) if e - s >= 3]
        runs = [r for r in number_runs(text) if len(r.digits) <= 8] if dates else []
        found = [Found(*_with_homophones(text, s, e, runs), kind, "cue date") for s, e in dates]
        if kind == "EXPIRY":
            found = [f for f in found if not _card_digits_as_date(text[f.start : f.end])]
            found = sorted(found + relative_expiries(text, start, found), key=lambda f: f.start)
        if found and found[0].start - start >= 60:
            return []  # too far from what asked for it
        found = [
            f
            for f in found
            if not _NOT_THIS_DATE.search(text[start : f.start])
            and not patterns.labelled_lookalike(text, f.start, "")
            and not re.match(r"\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b", text[f.end :])
            and not _AN_AGE_BEFORE.search(
                patterns.before(text, f.start)
            )  # "has to be over twenty one"
            and not (
                _AGE_BEFORE_NUMBER.search(patterns.before(text, f.start))
                and re.fullmatch(
                    patterns._NUMBER_WORD + r"(?:\s+" + patterns._NUMBER_WORD + r")?|\d{1,3}",
                    text[f.start : f.end],
                )
            )
        ]
        named = [f for f in found if re.search(patterns._MONTH, text[f.start : f.end], re.I)]
        if several and named:
            found = named
        if kind != "DOB":
            # "this one ran out 08/27, use the new one, it says Oct 32": the new card's too
            return found[:1] + [
                f for f in found[1:2] if _NEW_CARD.search(text[found[0].end : f.start])
            ]
        # The first date; for a birth date also a full one after it ("... I mean April 5,
        # 1988"), and one that goes on from it or corrects it ("in 1945 on the first of
        # january", "1979... sorry, 12th July").
        out = found[:1]
        for f in found[1:]:
            gap = text[out[-1].end : f.start]
            if full_date(text[f.start : f.end]) or _DATE_GOES_ON.fullmatch(gap):
                out.append(f)
        return out
    if kind == "NAME":
        if not answering and re.match(r"\s*[.?!]\s", rest):
            return []  # "a statement showing your name. Can you confirm ...": a new sentence
        answer = name_patterns.answer_name(rest, answering)
        cased = patterns.cased(text)
        if answer is not None and not answering and cased and rest[answer.start].islower():
            return []  # "And how should your name appear?": a word after the question
        said = rest[answer.start : answer.end] if answer is not None else ""
        if answer is not None and not _cues(said):  # "your name, Eircode and mobile?": a list
            return [Found(start + answer.start, start + answer.end, "NAME", "cue name")]
        return []
    if kind == "SSN":
        typed = _PPS_TYPED.search(rest) or patterns.NINO_SHAPE.search(rest)  # "Sure, 7370192P."
        if typed and (typed.start() < 15 or (answering and typed.start() < 60)):
            return [Found(start + typed.start(), start + typed.end(), kind, "cue id")]
        # "n r seven five six ...": a national insurance number said letter by letter; "three
        # four eight eight four seven oh p": a PPS number with its letter
        spelled = _SPELLED.search(rest)
        lettered = spelled and re.search(r"(?i)^[a-z]\s[a-z]\s|\s[a-z]$", spelled[0])
        if spelled and spelled.start() < 15 and lettered:
            return [Found(start + spelled.start(), start + spelled.end(), kind, "cue spelled")]
        return []
    if kind == "ACCOUNT_NUMBER":
        iban = _IBAN_SHAPE.match(rest)  # "IE86 CMPX 2514 6012 5964 85", checksum or not
        if iban:
            return [Found(start + iban.start(1), start + iban.end(1), kind, "cue id")]
        plate = (
            (_PLATE.match(rest) or _UK_PLATE_LOWER.match(rest))
            if _PLATE_CUE.search(text[:start])
            else None
        )
        if answering and plate is None and (whole := _PLATE.match(rest)):
            # "Vehicle number?" / "KA 42 ZA 7361.": an answer that is only a plate
            plate = whole if re.fullmatch(r"[\s.,!?]*", rest[whole.end() :]) else None
        if plate:  # "plate 7VJD007", "plate 184 ZDS"
            return [Found(start + plate.start(1), start + plate.end(1), kind, "cue plate")]
        match = _ALNUM_ID.search(rest)
        if match and patterns.labelled_lookalike(text, start + match.start(), ""):
            match = None  # "The little screen says E-17": an error code
        if match and re.fullmatch(r"R\d{1,5}|\d{1,4}([-/])\d{1,2}\1\d{2,4}", match[0]):
            match = None  # "I bought R500 yesterday": a price in rand; "10-04-1972": a date
        if match and (match.start() < 15 or (answering and match.start() < 60)):
            return [Found(start + match.start(), start + match.end(), kind, "cue id")]
        spelled = _SPELLED.search(rest)  # "r two t v one f": letters and digits said one by one
        digits = spelled and (
            re.search(r"\d|\b" + patterns._NUMBER_WORD + r"\b", spelled[0], re.I)
            or len(spelled[0].split()) >= 5  # "r z y u j f": letters alone, if enough of them
        )
        if (
            spelled
            and digits
            and spelled.start() < 15
            and re.search(r"\b[a-z]\b", spelled[0], re.I)
        ):
            return [Found(start + spelled.start(), start + spelled.end(), kind, "cue spelled")]
        return []
    if kind == "ADDRESS":
        said = address_patterns.said_address(text, start)
        after = said and address_patterns.postcode_after(text, said.end)
        return [f for f in (said, after) if f]
    if kind == "POSTCODE":
        pieces = list(_SPELLED_PIECE.finditer(rest)) if answering else []
        if len(pieces) >= 2:  # "h nine one um hold on y seven two seven": spelled in pieces
            return [Found(start + m.start(), start + m.end(), kind, "cue spelled") for m in pieces]
        match = _SPELLED.search(rest)
        if match and match.start() < 30 and re.search(r"\b[a-z]\b", match[0], re.IGNORECASE):
            return [Found(start + match.start(), start + match.end(), kind, "cue spelled")]
    return []


def _card_digits_as_date(said: str) -> bool:
    """Seven digits or more without a month's name, the first no month's ("four nine nine five
    four five oh four"), or two groups of four written digits, the second no year ("5473 6211",
    "1163 8810"): a card's, not an expiry's."""
    digits = date_digits(said)
    if len(digits) < 7 or re.search(patterns._MONTH, said, re.I):
        return False
    if (halves := re.fullmatch(r"\d{4}[ -]\d{4}", said.strip(" .,…"))) is not None:
        return not halves[0][-4:].startswith(("19", "20"))  # "1163 8810", not "0312 1990"
    if digits[0] in "01":
        return False
    return not re.search(r"\d", said) or (len(digits) >= 8 and digits[0] in "456789")


def _unusual(word: str) -> bool:
    lowered = word.lower()
    return lowered not in vocabulary.COMMON_WORDS and lowered not in vocabulary.english_words()


_SPELLED_AFTER_CUE = re.compile(
    r"(?i)\bspel(?:led|t|ling(?: is)?)(?: it| that)?(?: is)?,?\s+(?:it's\s+)?((?:[a-z][\s-]+){2,}[a-z])\b"
)


def _receipts_asked(text: str, cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An agent's "and the receipt number for the application": one the caller reads out names
    their case; one the agent reads out ("your receipt number is R4199784") is the payment's."""
    return [
        (s, e, "ACCOUNT_NUMBER")
        if k == NOT_PERSONAL and _RECEIPT.match(text, s) and not number_tokens(text[e:])
        else (s, e, k)
        for s, e, k in cues
    ]


def _last_sentence_start(text: str) -> int:
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s+\S)", text.rstrip())]
    return ends[-1] if ends else 0


# What an expiry belongs to when it is not a card's: "my driver's license expires on the 30th".
_NOT_A_CARD_THING = re.compile(
    r"(?i)\b(?:certificate|cert|licen[cs]e|passport|visa|policy|insurance|warranty|contract|lease|"
    r"tenancy|permit|registration|mot|membership|subscription|railcard)\b"
)
_NOT_A_CARD_CODE = re.compile(
    r"(?i)\b(?:locker|gate|door|alarm|keypad|lockbox|wi-?fi|garage|building|entry|access)\b"
    r"(?![^.?!]*\bcard\b)[^.?!]{0,40}$"
)
_NOT_A_CARD = re.compile(
    r"\b(?:licen[cs]e|passport|contract|subscription|membership|warranty|mot|badge|pass|railcard|"
    r"hold|booking|reservation|quote|certificate|cert|visa(?!\s+(?:ending|ends|debit|credit|number))|"
    r"registration|offer|promo(?:tion)?|deal|lease|tenancy|permit|id)\b(?![^.?!]*\bcard\b)"
    r"[^.?!]{0,30}$",
    re.IGNORECASE,
)


def _cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue in `text`: (start, end, kind), in order, the longest where two overlap."""
    found = []
    for kind, pattern in patterns.cue_patterns().items():
        for match in pattern.finditer(text):
            if kind == "EXPIRY" and _NOT_A_CARD.search(patterns.before(text, match.start())):
                continue
            if kind == "CVV" and _NOT_A_CARD_CODE.search(patterns.before(text, match.start())):
                continue  # "The locker is number 3 and the code is 7781"
            found.append((match.start(), match.end(), kind))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    for cue in found:
        if kept and cue[0] < kept[-1][1]:
            if cue[1] - cue[0] > kept[-1][1] - kept[-1][0] and cue[1] > kept[-1][1]:
                kept[-1] = cue  # "the number on the back": the code's cue, not "the number"
            continue
        kept.append(cue)
    return kept


def _by_shape(text: str, tokens: list) -> list[Found]:
    ibans = list(patterns.ibans(text))
    found: list[Found] = list(ibans) + list(patterns.sort_codes(text))
    found += patterns.emails(text)
    found += patterns.national_ids(text)
    found += patterns.typed_ids(text)
    found += patterns.spelled_ids(text)
    found += patterns.nato_spelled(text)
    found += [  # the digits of an IBAN are no phone number
        f
        for f in patterns.phones(text, tokens)
        if not any(i.start <= f.start < i.end for i in ibans)
    ]
    found += address_patterns.addresses(text)
    found += address_patterns.rural_addresses(text)
    found += address_patterns.comma_addresses(text)
    found += address_patterns.postcodes(text)
    found += name_patterns.names(text)
    return found
