"""Tracking the details a customer or the IVR has given, to catch an agent asking again.

`reverification` is decided with the conversation: the same question is ordinary the first time
and a `reverification` once the customer (or the IVR, through `metadata.ivr` or its own prompts)
has already given that detail earlier in the call. The kinds of detail and how they are said are
data, in `detect/patterns/details.jsonl`.

A detail counts as given when the customer says it (asked or not), when the IVR collected it,
when the customer says "yes, that's right" to the agent reading it out, and when speech
recognition put the customer's answer inside the agent's own turn (speaker bleed): "May I have
your zip code, please? [LOCATION]." or "Do you own your home?" / "No. And your date of birth?".
Not reverification: reading a detail back to confirm it, asking again straight after a garbled
answer, asking for a detail never given, or for another detail of the same kind ("an alternate
phone number", "your wife's name").
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mot_detect.conversation.spoken_numbers import ends_with_number, starts_with_number, to_digits
from mot_detect.detect.linear_regex import LinearRegex, UnsafePatternError, compile_linear
from mot_detect.detect.prefilter import KeyedRegex, word_start_keys
from mot_detect.detect.rules import builtin_path, expand_macros, load_macros, read_jsonl_records
from mot_detect.errors import PatternError
from mot_detect.types import LabelScore

# \Z, not $: the same here (\W* takes a final newline) and RE2 can run it.
_BARE_REPLY = compile_linear(
    r"^\W*(?:yes|yeah|yep|no|nope|okay|ok|sure|right|all right|alright)\W*\Z", re.IGNORECASE
)
_UNSURE = compile_linear(
    r"^\W*(?:sorry|what|pardon|excuse me|hold on|one (?:sec|second|moment)|um+|uh+|hmm+|hello|"
    r"huh)\W*\Z|\b(?:don't|do not|can't|cannot) (?:know|remember|recall)\b|\bnot sure\b|"
    r"\blet me (?:check|find|look|grab)\b",
    re.IGNORECASE,
)
_LACKS = compile_linear(r"\b(?:don't|do not|can't|cannot) (?:have|find)\b", re.IGNORECASE)
_DECLINES = compile_linear(r"^\W*(?:no|nope|not really|none|i don't|i do not|nah)\b", re.IGNORECASE)
_AFFIRMS = compile_linear(
    r"^\W*(?:yes|yeah|yep|yup|ya|correct|that's (?:right|correct|it)|that is (?:right|correct)|"
    r"right|exactly|uh[- ]?huh|mm[- ]?hmm|affirmative|sure is|it is|you got it|spot on)\b",
    re.IGNORECASE,
)
_DENIES = compile_linear(
    r"\b(?:no|nope|not|wrong|incorrect|actually|but|except|instead)\b", re.IGNORECASE
)
_HAS_VALUE = re.compile(r"\d|\[[A-Z_]+\]|@")
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
# What takes a claim back: "I put my account number somewhere and can't find it".
_CLAIM_UNDONE = re.compile(
    r"\b(?:can't|cannot|couldn't|can not|don't|didn't|never|lost|forgot|forgotten|wrong|not)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(r"\b(?:u+h+|u+m+|uhm|erm?|hmm+)\b,?", re.IGNORECASE)
_ONLY_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]\Z")
# A number that goes on a number from before the pause: it stands alone ("723." / "723, I just
# told you"), unlike "2 years I've been with you", which starts something new.
_NUMBER_ALONE = compile_linear(r"\A\s*\d[\d\s-]*(?:[.!?,;]|\Z)")
_FIRST_NAME = re.compile(r"\bfirst\s+name\b", re.IGNORECASE)
_FULL_NAME = re.compile(r"\[PERSON_NAME\]\W+\[PERSON_NAME\]|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
# A name said on its own, as speech recognition writes one: capitalised words, a title allowed.
_PROPER_NAME = re.compile(
    r"\W*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]*(?:[\s,]+[A-Z][\w'-]*){0,3}\W*"
)
_NOT_NAMES = frozenset(
    """okay ok great perfect thanks thank alright all right sure yes yeah no nope wonderful
    awesome excellent good got so and well hello hi sorry um uh hmm oh let now then just
    lovely cool fine correct""".split()
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# A free-text answer ("Geico.", "It's Dana Reyes.") is short and does not put the question off.
_PREAMBLE = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|sure|okay|ok|so|um+|uh+)\b\W*)*"
    r"(?:(?:it's|it is|this is|that's|that is|my name is|my name's|i'm|i am|we're|we are)\b\W*)?",
    re.IGNORECASE,
)
_DEFLECTS = re.compile(
    r"^(?:wait|hold|hang|why|how|who|when|where|what|sorry|excuse|pardon|huh|hello|hi|listen|"
    r"look|well|oh|but|and|no|nope|not|just a|one (?:sec|second|moment)|i (?:don't|can't|need|"
    r"want|have to|just)|can you|could you|do you)\b",
    re.IGNORECASE,
)
_FREE_ANSWER_WORDS = 8
_YES_OR_NO = re.compile(r"\b(?:yes|yeah|yep|yup|no|nope|nah)\b", re.IGNORECASE)
_YES_NO_WORDS = 10
# A question within this many utterances of the customer's last words can be about them.
_JUST_SAID = 1
# The end of the first sentence, for an answer said at the start of the agent's next utterance.
_SENTENCE_END = re.compile(r"[.?!](?:\s|\Z)")
REVERIFICATION_SCORE = 0.85
# The value of a detail the customer says they gave before without saying it again: like a
# redacted value, it cannot be compared with a read-back.
GIVEN_EARLIER = "[GIVEN_EARLIER]"
# The longest stretch of a value whose digit runs are kept (hashed) for partial read-backs.
_SEALED_CHARS = 40
# A customer's answer that speech recognition put in the agent's turn is short: at most this
# many words besides the value itself ("It's 44120." / "[MONEY_AMOUNT] for two vehicles.").
_BLEED_OTHER_WORDS = 4
_BLEED_WORDS = 14
# How much of a turn's earlier utterances is kept to join with the next one: enough for a
# question or a number split at a pause, and a bound, so a long monologue stays linear.
_TAIL_CHARS = 240
# The question template: "{ASK} ... your <mention>", "And your <mention>?", "what <mention> are
# you ...". {DETAIL_ASK} is defined by details.jsonl.
_ASK_TEMPLATE = (
    r"\b(?:{ASK}|{DETAIL_ASK})\b(?:[\s,]+[\w']+){0,4}?[\s,]+(?:your|the|that|this|a|an)\s+"
    r"(?:[\w']+\s+){0,2}?(?:MENTION)"
    r"|^\W*(?:(?:and|also|okay|ok|great|thanks|thank you|now|all right|alright|so|then|perfect|"
    r"lastly|finally|next)\W+){0,3}(?:(?:your|the)\s+)?(?:MENTION)\W*"
    r"(?:(?:please|sir|ma'am|again|too|\[PERSON_NAME\])\W*){0,3}\?"
    r"|\bwhat(?:\s+(?:kind|type|sort|make)\s+of)?\s+(?:MENTION)\s+(?:are|do|is|was|did|have)\b"
    r"|^\W*(?:(?:and|also|okay|ok|so|then|now|sorry)\W+){0,3}(?:your|the|that)\s+(?:MENTION)\b"
    r"(?:\s+[\w']+){0,4}?\s+(?:again|once more|one more time)\b"
    r"|\b(?:and|so)\s+(?:your|the)\s+(?:MENTION)\s+(?:was|is)\W*\?"
    r"|^\W*(?:(?:yes|yeah|and|also|okay|ok|so|then|now)\W+){0,3}(?:your|the)\s+(?:MENTION)"
    r"(?:\s+(?:on|for|linked\s+to|registered\s+to)\s+(?:the|your)\s+"
    r"(?:account|policy|booking|file|card))?\W*please\s*(?:[?.!]|\Z)"
)


@dataclass(frozen=True)
class DetailKind:
    kind: str
    ask: KeyedRegex
    volunteer: KeyedRegex
    value: LinearRegex
    standalone: bool
    ivr_keys: LinearRegex
    read_back: KeyedRegex | None = None
    free_text: bool = False
    yes_no: bool = False
    amount: bool = False
    wins_over: frozenset[str] = frozenset()
    other: LinearRegex | None = None  # words that make an ask about another detail of the kind
    # The customer says it was given before, without saying it ("I already typed my account
    # number into the menu", "the address I gave you"); the agent says so ("the claim number you
    # gave me a minute ago", "remind me your order number").
    claimed: LinearRegex | None = None
    admitted: LinearRegex | None = None

    def claims_given(self, text: str) -> bool:
        """Whether `text` says this detail was given before, and does not take it back in the
        same sentence ("I put my account number somewhere and can't find it")."""
        if self.claimed is None:
            return False
        for found in self.claimed.finditer(text):
            rest = text[found.end() : _sentence_end(text, found.end())]
            if not _CLAIM_UNDONE.search(text[found.start() : found.end()] + rest):
                return True
        return False

    def value_in(self, text: str) -> str | None:
        """The first value of this kind in `text` (a phrase of `says` holds one), or None."""
        found = self.value.search(text)
        return found[0] if found else None


@dataclass(frozen=True)
class _Settings:
    """The records of details.jsonl that are not kinds."""

    macros: dict[str, str]
    ivr_ignore: LinearRegex | None = None
    different: LinearRegex | None = None
    claimed: tuple[str, ...] = ()  # templates with MENTION: "I already gave you my MENTION"
    admitted: tuple[str, ...] = ()  # templates with MENTION: "the MENTION you gave me"


class DetailCatalog:
    """The kinds of detail, compiled once and shared by every call."""

    def __init__(
        self,
        kinds: list[DetailKind],
        ivr_ignore: LinearRegex | None = None,
        different: LinearRegex | None = None,
    ) -> None:
        self.kinds = kinds
        self.by_kind = {kind.kind: kind for kind in kinds}
        self.ivr_ignore = ivr_ignore
        self.different = different

    @classmethod
    def load(cls, path: Path | None = None) -> DetailCatalog:
        path = path or builtin_path("details.jsonl")
        settings = _Settings(macros=dict(load_macros()))
        settings.macros.setdefault("DETAIL_ASK", "{ASK}")
        kinds = []
        for number, record in read_jsonl_records(path):
            where = f"{path}:{number}"
            try:
                if "kind" in record:
                    kinds.append(_compile_kind(record, settings, where))
                else:
                    settings = _read_setting(record, settings, where)
            except KeyError as exc:
                raise PatternError(f"{where}: missing field {exc.args[0]!r}") from exc
            except re.error as exc:
                raise PatternError(f"{where}: invalid regular expression: {exc}") from exc
            except UnsafePatternError as exc:
                raise PatternError(f"{where}: unsafe regular expression: {exc}") from exc
        return cls(kinds, settings.ivr_ignore, settings.different)

    def asked(self, text: str, words: frozenset[str] | None = None) -> list[tuple[DetailKind, Any]]:
        # "can you uh give me the account number": fillers blanked, offsets kept.
        text = _FILLER.sub(lambda found: " " * len(found[0]), text)
        words = word_start_keys(text) if words is None else words
        found = []
        for kind in self.kinds:
            match = kind.ask.search(text, words)
            if match:
                found.append((kind, match))
        # "last name" also contains "name": the more specific kind wins where both match.
        beaten = {loser for kind, _ in found for loser in kind.wins_over}
        return [(kind, match) for kind, match in found if kind.kind not in beaten]

    def volunteered(self, text: str, words: frozenset[str] | None = None) -> dict[str, str]:
        """The details `text` gives unasked, kind -> the value as said."""
        words = word_start_keys(text) if words is None else words
        found = {}
        for kind in self.kinds:
            match = kind.volunteer.search(text, words)
            if match:
                said = match.groupdict()
                found[kind.kind] = (
                    said.get("value") or said.get("said") or kind.value_in(match[0]) or match[0]
                )
            elif kind.standalone and (value := kind.value.search(text)):
                found[kind.kind] = value[0]
        return found

    def read_out(self, text: str) -> dict[str, str]:
        """The details an agent reads out in `text` ("so your zip code is 43215", "you're with
        Geico?"), kind -> value: counted as given when the customer confirms them."""
        words = word_start_keys(text)
        # a yes/no detail named in a question ("are you a homeowner or renting?") is its options
        found = {
            kind: value
            for kind, value in self.volunteered(text, words).items()
            if not self.by_kind[kind].yes_no
        }
        for kind in self.kinds:
            if kind.kind in found or kind.read_back is None:
                continue
            match = kind.read_back.search(text, words)
            if match:
                found[kind.kind] = kind.value_in(match[0]) or match[0]
        return found

    def answer(self, kind: DetailKind, text: str) -> str | None:
        """The value `text` gives in answer to a question about `kind`, or None."""
        if _UNSURE.search(text):
            return None
        if kind.yes_no:
            return kind.value_in(text) or _yes_or_no(text)
        if _BARE_REPLY.search(text) or _LACKS.search(text):
            return None
        if _DECLINES.search(text) and not _HAS_VALUE.search(text):
            return None  # "No, not really." declines; "No, it's 14 Main Street" still answers
        if kind.free_text:
            return _free_answer(kind, text)
        return kind.value_in(text)

    def bled_answer(self, kind: DetailKind, part: str) -> str | None:
        """The value in `part`, words after the agent's question in the agent's own turn, when
        they are the customer's answer put there by speech recognition ("[LOCATION].", "No.",
        "It's 44120."), or None when they are the agent going on talking."""
        part = part.strip()
        words = _WORD.findall(_PLACEHOLDER.sub(" ", part))
        if not part or len(words) > _BLEED_WORDS or _UNSURE.search(part):
            return None
        spoken = to_digits(part)
        if kind.yes_no:
            return kind.value_in(spoken)
        if _BARE_REPLY.search(spoken):
            return None
        value = kind.value_in(spoken)
        if value is None:
            return None
        if kind.free_text and not (_HAS_VALUE.search(value) or _is_a_name(part)):
            return None
        others = _WORD.findall(_PLACEHOLDER.sub(" ", spoken.replace(value, " ", 1)))
        return value if len(others) <= _BLEED_OTHER_WORDS else None

    def about_another(self, kind: DetailKind, asked: str, question: str) -> bool:
        """Whether an ask is for another detail of the kind ("an alternate phone number", "your
        email address" for a postal address): `asked` is the words of the ask, `question` the
        whole question they are in."""
        return any(
            regex is not None and bool(regex.search(asked) or regex.search(question))
            for regex in (self.different, kind.other)
        )

    def from_ivr_metadata(self, metadata: dict[str, Any]) -> dict[str, str]:
        """The details the IVR collected before the agent joined, kind -> value. Flags
        (`account_found: false`), nulls and keys such as `account_status` hold no detail."""
        ivr = metadata.get("ivr")
        if not isinstance(ivr, dict):
            return {}
        given: dict[str, str] = {}
        for key, value in ivr.items():
            text = _ivr_value(value)
            if text is None or (self.ivr_ignore and self.ivr_ignore.search(str(key))):
                continue
            for kind in self.kinds:
                if kind.ivr_keys.search(str(key)):
                    if kind.free_text or kind.value.search(text) or _HAS_VALUE.search(text):
                        given.setdefault(kind.kind, text)
                    break
        return given


def _read_setting(record: dict[str, Any], settings: _Settings, where: str) -> _Settings:
    if "macros" in record:
        macros = record["macros"]
        if not isinstance(macros, dict):
            raise PatternError(f"{where}: field 'macros': expected an object")
        for name, value in macros.items():
            settings.macros[name] = "|".join(value) if isinstance(value, list) else str(value)
        return settings
    if "ivr_ignore" in record:
        regex = expand_macros(record["ivr_ignore"], settings.macros, where)
        return replace(settings, ivr_ignore=compile_linear(regex, re.IGNORECASE))
    if "different" in record:
        regex = expand_macros(record["different"], settings.macros, where)
        return replace(settings, different=compile_linear(regex, re.IGNORECASE))
    for name in ("claimed", "admitted"):
        if name in record:
            templates = record[name]
            if not isinstance(templates, list) or not all(
                isinstance(t, str) and "MENTION" in t for t in templates
            ):
                raise PatternError(
                    f"{where}: field {name!r}: expected a list of patterns, each with MENTION"
                )
            expanded = tuple(expand_macros(t, settings.macros, where) for t in templates)
            return replace(settings, **{name: expanded})
    raise PatternError(
        f"{where}: expected a detail kind, 'macros', 'ivr_ignore', 'different', 'claimed' or "
        "'admitted'"
    )


def _compile_kind(record: dict[str, Any], settings: _Settings, where: str) -> DetailKind:
    macros = settings.macros
    mention = expand_macros(record["mention"], macros, where)
    value = expand_macros(record["value"], macros, where)
    asks = [_ASK_TEMPLATE.replace("MENTION", mention), *record.get("asks", [])]
    ask = "|".join(expand_macros(a, macros, where) for a in asks)
    # Bounded runs between mention and value: ":" and "=" are also \W, and unbounded runs of
    # both backtrack quadratically where the pattern runs on Python's re (a lookaround in it).
    # A word starts with \w: with [\w']{1,64}, a run of "'" (also \W) split between words and
    # gaps in 64**4 ways (86 s).
    volunteer = "|".join(
        [
            r"\b(?:" + mention + r")\W{1,64}"
            r"(?:(?:is|was|it's|'s|of|number|:|=)\W{0,64})?"
            r"(?:\w[\w']{0,63}\W{1,64}){0,2}?(?P<value>" + value + r")",
            *(expand_macros(s, macros, where) for s in record.get("says", [])),
        ]
    )
    read_back = record.get("read_back")
    return DetailKind(
        kind=record["kind"],
        ask=KeyedRegex(compile_linear(ask, re.IGNORECASE)),
        volunteer=KeyedRegex(compile_linear(volunteer, re.IGNORECASE)),
        value=compile_linear(value, re.IGNORECASE),
        standalone=bool(record.get("standalone", False)),
        ivr_keys=compile_linear(record.get("ivr_keys", record["kind"]), re.IGNORECASE),
        read_back=KeyedRegex(compile_linear(expand_macros(read_back, macros, where), re.IGNORECASE))
        if read_back
        else None,
        free_text=bool(record.get("free_text", False)),
        yes_no=bool(record.get("yes_no", False)),
        amount=bool(record.get("amount", False)),
        wins_over=frozenset(record.get("wins_over", [])),
        other=compile_linear(expand_macros(record["not"], macros, where), re.IGNORECASE)
        if record.get("not")
        else None,
        claimed=_with_mention(settings.claimed, mention),
        admitted=_with_mention(settings.admitted, mention),
    )


def _with_mention(templates: tuple[str, ...], mention: str) -> LinearRegex | None:
    if not templates:
        return None
    return compile_linear("|".join(t.replace("MENTION", mention) for t in templates), re.IGNORECASE)


def _both_names(found: dict[str, str]) -> None:
    """A full name said for "name" or for "first and last name" gives both name kinds."""
    for given, other in (("name", "last_name"), ("last_name", "name")):
        if given in found:
            found.setdefault(other, found[given])


def _ivr_value(value: Any) -> str | None:
    """An IVR field as a detail, or None for a flag, a null, a container or a word such as "no"."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    if text.lower() in ("", "true", "false", "yes", "no", "null", "none", "nan", "n/a", "na"):
        return None
    return text


def _free_answer(kind: DetailKind, text: str) -> str | None:
    """`text` as the answer to a question such as "who is your insurer?", or None where it
    puts the question off, asks one back or goes on about something else ("Wait a minute
    now.", "Why do you need that?", "You were connecting me to an [OCCUPATION] and ...")."""
    said = _PREAMBLE.sub("", text).strip()
    if not re.search(r"[A-Za-z\[]", said) or "?" in said or _DEFLECTS.search(said):
        return None
    tags = _PLACEHOLDER.findall(said)
    if tags and not any(kind.value.search(tag) for tag in tags):
        return None  # redacted, but not as this kind of detail
    if len(_WORD.findall(_PLACEHOLDER.sub(" ", said))) > _FREE_ANSWER_WORDS:
        return None
    return text.strip()


def _yes_or_no(text: str) -> str | None:
    """A yes or a no somewhere in a short reply ("I'm still paying on it, but yeah.")."""
    if len(_WORD.findall(text)) > _YES_NO_WORDS:
        return None
    found = _YES_OR_NO.search(text)
    return found[0] if found else None


def _is_a_name(text: str) -> bool:
    """Whether `text` is a name said on its own ("Dana Reyes.", "Mr. Okafor")."""
    if not _PROPER_NAME.fullmatch(text):
        return False
    first = _WORD.findall(text.lower())
    return bool(first) and first[0] not in _NOT_NAMES


def _keyed(key: bytes, text: str) -> bytes:
    return hashlib.blake2b(text.encode(), key=key, digest_size=16).digest()


@dataclass(frozen=True)
class SealedValue:
    """A detail's value as the tracker keeps it: keyed hashes (BLAKE2b, a key per call that is
    never written anywhere), never the value, so a tracker holds nothing a redacted transcript
    does not. What it can still answer is what reverification asks: is the value read back in
    this text, in any spoken or written form, whole or as a run of four or more of its digits?"""

    key: bytes = field(repr=False)
    digest: bytes = b""  # of the comparable value, or of its words for a value of words
    size: int = 0  # characters (or words) of what `digest` covers
    words: bool = False
    placeholder: bool = False  # redacted before it reached us ("[LOCATION]") or only claimed
    claimed: bool = False  # the customer said they gave it, without saying it
    runs: frozenset[bytes] = frozenset()  # each run of 4+ digits inside the value

    @classmethod
    def seal(cls, value: str, key: bytes) -> SealedValue:
        if value == GIVEN_EARLIER or _PLACEHOLDER.search(value):
            return cls(key, placeholder=True, claimed=value == GIVEN_EARLIER)
        if not re.search(r"\d", value):
            words = _WORD.findall(value.lower())
            return cls(key, _keyed(key, " ".join(words)), len(words), words=True)
        text = comparable(value)
        runs = {
            _keyed(key, stretch[i:j])
            for stretch in re.findall(r"\d{4,}", text[:_SEALED_CHARS])
            for i in range(len(stretch))
            for j in range(i + 4, len(stretch) + 1)
        }
        return cls(key, _keyed(key, text), len(text), runs=frozenset(runs))

    def _within(self, text: str) -> bool:
        """Whether the (comparable) value is a stretch of `text`, already comparable."""
        size = self.size
        return size > 0 and any(
            _keyed(self.key, text[i : i + size]) == self.digest for i in range(len(text) - size + 1)
        )

    def read_back_in(self, text: str) -> bool:
        """Whether `text` repeats the value (a confirmation such as "is that 43215?"), in any
        form: "4401723", "44-01-72-3" and "four four oh one seven two three" are one value. A
        redacted value ("[LOCATION]") cannot be compared here; a value of words ("Dana
        Reyes") is compared word for word, so "Sam" is not read back in "the same"."""
        if self.placeholder:
            return False
        if self.words:
            said_words = _WORD.findall(to_digits(text).lower())
            size = self.size
            return size > 0 and any(
                _keyed(self.key, " ".join(said_words[i : i + size])) == self.digest
                for i in range(len(said_words) - size + 1)
            )
        said = comparable(text)
        if self.size >= 3 and self._within(said):
            return True
        # "the account ending 2231": a run of four or more digits of the value read back
        return any(_keyed(self.key, run) in self.runs for run in re.findall(r"\d{4,}", said))

    def part_of(self, value: str) -> bool:
        """Whether this value is part of `value` ("4401", then "4401723" over the pause)."""
        if self.placeholder or self.words:
            return False
        return self._within(comparable(value))


@dataclass
class GivenDetail:
    kind: str
    utterance: int | None  # None: from the IVR metadata, before the agent joined
    turn: int
    value: SealedValue
    answered: bool = False  # said in answer to a question about it (not volunteered)

    def read_back_in(self, text: str) -> bool:
        return self.value.read_back_in(text)


def comparable(text: str) -> str:
    """`text` as details are compared: spoken numbers as digits, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", to_digits(text).lower())


def _tail(text: str) -> str:
    if len(text) <= _TAIL_CHARS:
        return text
    tail = text[-_TAIL_CHARS:]
    space = tail.find(" ")
    return tail[space + 1 :] if space >= 0 else tail


def _question_end(text: str, start: int) -> int:
    """Just after the mark that ends the question at `start` ("?", or "." after "please
    confirm your date of birth"), or the end of `text`: what follows it in the same utterance
    is someone's answer or more talk."""
    end = _SENTENCE_END.search(text, max(0, start - 1))  # an ask may end with its "?"
    return len(text) if end is None else end.start() + 1


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding position `at` ends (after its mark), or the end of `text`."""
    end = _SENTENCE_END.search(text, at)
    return len(text) if end is None else end.start() + 1


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` begins."""
    return max(text.rfind(mark, 0, max(0, at)) for mark in ".?!") + 1


def _opening(text: str) -> str:
    """The first sentence of `text` ("No." of "No. And can you confirm your date of birth?")."""
    end = _SENTENCE_END.search(text)
    return text[: end.start() + 1] if end else text


@dataclass
class DetailTracker:
    """Per-call state: which details have been given, and which the last agent/IVR turn asked for."""

    catalog: DetailCatalog
    given: dict[str, GivenDetail] = field(default_factory=dict)
    pending_asks: list[DetailKind] = field(default_factory=list)
    pending_asks_turn: int = -10
    # The end of the current turn so far: a question or a number can be split over two
    # utterances of one turn where the speaker paused ("it's four four zero one" / "seven two
    # three"), and is read across the split.
    turn_tail: str = ""
    turn_tail_turn: int = -10
    # What the agent's last utterance asked for and read out, waiting for an answer: the
    # customer's next turn, or the agent's own next utterance where the answer bled into it.
    last_agent_index: int = -10
    last_agent_asks: list[DetailKind] = field(default_factory=list)
    read_backs: dict[str, str] = field(default_factory=dict)
    read_backs_turn: int = -10
    # The end of the customer's last turn, to tell a question about what they just said.
    customer_tail: str = ""
    customer_tail_index: int = -10
    # The key of this call's sealed values: random, in memory only, gone with the call.
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

    def seal(self, value: str) -> SealedValue:
        return SealedValue.seal(value, self.key)

    def start(self, metadata: dict[str, Any]) -> None:
        for kind, value in self.catalog.from_ivr_metadata(metadata).items():
            self.given.setdefault(kind, GivenDetail(kind, None, -1, self.seal(value)))

    def observe(
        self, speaker: str, text: str, index: int, turn: int, words: frozenset[str] | None = None
    ) -> LabelScore | None:
        """Update the state with one utterance; return a reverification label for an agent's re-ask."""
        words = word_start_keys(text) if words is None else words
        before = self.turn_tail if self.turn_tail_turn == turn else ""
        self.turn_tail_turn = turn
        self.turn_tail = _tail(f"{before} {text}" if before else text)
        if speaker in ("customer", "ivr", "unknown"):
            if speaker != "ivr":
                self._confirm_read_backs(text, index, turn)
            self._record_given(speaker, text, index, turn, words)
            if (
                before
                and ends_with_number(before)
                and starts_with_number(text)
                and _NUMBER_ALONE.search(to_digits(text, min_digits=1))
            ):
                head, rest = before.rstrip(" \t\r\n.,;:!?-"), text.lstrip()
                # "4401." / "723.": digit groups written apart are one number across the pause
                glue = "" if head[-1:].isdigit() and rest[:1].isdigit() else " "
                joined = head + glue + rest
                self._record_given(speaker, joined, index, turn, None, extends=True)
        if speaker == "customer":
            self.customer_tail, self.customer_tail_index = self.turn_tail, index
            return None
        if speaker == "agent":
            self._answers_bled_before(text, index, turn)
        asks = self.catalog.asked(text, words)
        if not asks and before:
            asks = self._asked_across(before, text)
        recent = self.pending_asks_turn >= turn - 2
        asked_before = {kind.kind for kind in self.pending_asks} if recent else set()
        if asks:
            # The customer answers the last question asked: "Who are you insured with? [...]
            # And how many vehicles?" / "Three." is a number of vehicles, not an insurer.
            self.pending_asks = [kind for kind, _ in asks]
            self.pending_asks_turn = turn
        if speaker != "agent":
            return None
        label = self._reverification(asks, text, index, turn, asked_before)
        self._answers_bled_after(asks, text, index, turn)
        self._note_read_backs(asks, text, index, turn)
        return label

    def _reverification(
        self,
        asks: list[tuple[DetailKind, Any]],
        text: str,
        index: int,
        turn: int,
        asked_before: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> LabelScore | None:
        for kind, match in asks:
            end = _question_end(text, match.end())
            given = self.given.get(kind.kind)
            admitted = False
            if given is None:
                if kind.kind in asked_before or not self._admitted(kind, text, match.start(), end):
                    continue
                # The agent says it was given ("the order number you gave me earlier") though
                # this call never heard it: given before the agent joined, or to a colleague.
                given, admitted = GivenDetail(kind.kind, None, -1, self.seal(GIVEN_EARLIER)), True
            if self._reads_back(kind, given, text[:end], text[match.end() : end]):
                continue
            if self.catalog.about_another(
                kind, match[0], text[_sentence_start(text, match.start()) : end]
            ):
                continue
            if kind.yes_no and any(k.yes_no and k.kind not in self.given for k, _ in asks):
                continue  # "any accidents or tickets?": one answer, and part of it is new
            if given.turn < turn - 1 and self._just_said(kind, index):
                continue  # "you're paying how much?" about an amount the customer just said
            if given.answered and given.turn >= turn - 1:
                # Asked again straight after the answer: a clarification, not a re-ask. A
                # detail the customer volunteered just before is a re-ask all the same.
                continue
            return LabelScore(
                label="reverification",
                score=REVERIFICATION_SCORE,
                source="conversation",
                span=(match.start(), match.end()),
                pattern=f"reverification.{kind.kind}",
                detail={
                    "detail": kind.kind,
                    "given_at": "earlier"
                    if admitted
                    else "ivr"
                    if given.utterance is None
                    else given.utterance,
                },
            )
        return None

    @staticmethod
    def _admitted(kind: DetailKind, text: str, start: int, end: int) -> bool:
        if kind.admitted is None:
            return False
        return kind.admitted.search(text[_sentence_start(text, start) : end]) is not None

    def _just_said(self, kind: DetailKind, index: int) -> bool:
        """Whether the customer's last words, just before this question, hold a value of `kind`
        (a number, an amount, a date, a redacted name), so that asking for it now is asking
        about what was just said ("Last name?" of a driver the customer just named)."""
        if kind.yes_no or self.customer_tail_index < index - _JUST_SAID:
            return False
        if kind.free_text:  # any words fit a name: only a redacted one tells
            return any(kind.value.search(tag) for tag in _PLACEHOLDER.findall(self.customer_tail))
        return kind.value.search(to_digits(self.customer_tail)) is not None

    @staticmethod
    def _reads_back(kind: DetailKind, given: GivenDetail, question: str, after_ask: str) -> bool:
        """Whether the question reads a value back to confirm it: the value given, or a
        redacted one ("is your zip code [LOCATION]?") that may be it."""
        if kind.yes_no:
            return False  # "do you own your home?" holds "own" but reads nothing back
        if given.read_back_in(question):
            return True
        return any(kind.value.search(tag) for tag in _PLACEHOLDER.findall(after_ask))

    def _answers_bled_before(self, text: str, index: int, turn: int) -> None:
        """The customer's reply to the agent's previous utterance, at the start of this one:
        "Do you own your home?" / "No. And can you confirm your date of birth?"."""
        if self.last_agent_index != index - 1:
            return  # the utterance before was not the agent's: this one starts a new turn
        opening = _opening(text)
        if self.read_backs and self.read_backs_turn == turn:
            if _AFFIRMS.search(opening) and not _DENIES.search(opening):
                self._record(dict(self.read_backs), index, turn)
            self.read_backs = {}
        found = {}
        for kind in self.last_agent_asks:
            value = self.catalog.bled_answer(kind, opening)
            if value is not None:
                found[kind.kind] = value
        self._record(found, index, turn)
        self.last_agent_asks = []

    def _answers_bled_after(
        self, asks: list[tuple[DetailKind, Any]], text: str, index: int, turn: int
    ) -> None:
        """The customer's answer after the agent's question in the agent's own utterance:
        "May I have your zip code, please? [LOCATION]."."""
        starts = sorted(match.start() for _, match in asks)
        found = {}
        for kind, match in asks:
            end = _question_end(text, match.end())
            if end >= len(text):
                continue
            upto = next((s for s in starts if s >= end), len(text))
            value = self.catalog.bled_answer(kind, text[end:upto])
            if value is not None:
                found[kind.kind] = value
                if _FULL_NAME.search(text[end:upto]) and not _FIRST_NAME.search(match[0]):
                    _both_names(found)  # not "first name? [PERSON_NAME], [PERSON_NAME]": spelled
        self._record(found, index, turn)
        self.last_agent_index = index
        self.last_agent_asks = [kind for kind, _ in asks if kind.kind not in found]

    def _note_read_backs(
        self, asks: list[tuple[DetailKind, Any]], text: str, index: int, turn: int
    ) -> None:
        """Remember the details the agent reads out for the customer to confirm ("so that's
        4412 Main Street?"); a confirmation bled into this utterance counts at once."""
        mark = text.rfind("?")
        question = to_digits(text[: mark + 1] if mark >= 0 else text)
        found = self.catalog.read_out(question)
        if _HAS_VALUE.search(question):
            # "What's your zip code?" / ... / "so that's 44120?": a value of what was asked
            recent = (
                {kind.kind: kind for kind in self.pending_asks}
                if self.pending_asks_turn >= turn - 2
                else {}
            )
            recent.update({kind.kind: kind for kind, _ in asks})
            for name, kind in recent.items():
                if name not in found and not (kind.free_text or kind.yes_no):
                    value = kind.value_in(question)
                    if value is not None:
                        found[name] = value
        found = {kind: value for kind, value in found.items() if kind not in self.given}
        if self.read_backs_turn != turn:
            self.read_backs = {}
        self.read_backs.update(found)
        self.read_backs_turn = turn
        after = text[mark + 1 :] if mark >= 0 else ""
        if (
            self.read_backs
            and after.strip()
            and _AFFIRMS.search(after)
            and not _DENIES.search(after)
        ):
            self._record(dict(self.read_backs), index, turn)
            self.read_backs = {}

    def _confirm_read_backs(self, text: str, index: int, turn: int) -> None:
        """The customer's first words after the agent read details out: "yes, that's right"
        makes them given by the customer; anything else leaves them unconfirmed."""
        if not self.read_backs:
            return
        if self.read_backs_turn == turn - 1 and _AFFIRMS.search(text) and not _DENIES.search(text):
            self._record(dict(self.read_backs), index, turn)
        self.read_backs = {}

    def _record(self, found: dict[str, str], index: int, turn: int) -> None:
        """Record details given in answer to the agent (bled into its turn, or confirmed)."""
        for kind, value in found.items():
            if kind not in self.given:
                self.given[kind] = GivenDetail(kind, index, turn, self.seal(value), answered=True)

    def _asked_across(self, before: str, text: str) -> list[tuple[DetailKind, Any]]:
        """Questions split over the end of the turn so far and `text` ("Can I get your
        account" / "number again?"), with spans in `text`; none that ends before it."""
        offset = len(before) + 1
        return [
            (kind, _Shifted(match, offset))
            for kind, match in self.catalog.asked(f"{before} {text}")
            if match.end() > offset
        ]

    def _record_given(
        self,
        speaker: str,
        text: str,
        index: int,
        turn: int,
        words: frozenset[str] | None,
        extends: bool = False,
    ) -> None:
        """Record the details `text` gives. `extends`: `text` joins this utterance to the turn
        before it, and a value found in it replaces a shorter one given earlier in the turn."""
        spoken = to_digits(text)
        if spoken != text or words is None:
            words = word_start_keys(spoken)
        text = spoken
        values = self.catalog.volunteered(text, words)
        asked = set()
        if speaker != "ivr" and self.pending_asks and self.pending_asks_turn >= turn - 1:
            asked = {kind.kind for kind in self.pending_asks}
            for kind in self.pending_asks:
                answer = self.catalog.answer(kind, text)
                if answer is not None:
                    values.setdefault(kind.kind, answer)
        values = {
            kind: value
            for kind, value in values.items()
            if self._keeps_amounts(kind) or not _amount_or_year(text, value)
        }
        if _FULL_NAME.search(text):
            _both_names(values)
        if speaker == "customer":
            plain = _FILLER.sub(lambda found: " " * len(found[0]), text)
            for kind in self.catalog.kinds:
                if kind.kind not in values and kind.claims_given(plain):
                    values[kind.kind] = GIVEN_EARLIER
        for kind, value in values.items():
            given = self.given.get(kind)
            if given is None or (given.value.claimed and value != GIVEN_EARLIER):
                # A value said after the customer only claimed to have given it replaces the claim.
                self.given[kind] = GivenDetail(
                    kind, index, turn, self.seal(value), answered=kind in asked
                )
            elif (
                extends
                and given.utterance is not None
                and given.turn == turn
                and given.value.part_of(value)
            ):
                given.value = self.seal(value)  # "4401" then "723": the detail is 4401723

    def _keeps_amounts(self, kind: str) -> bool:
        found = self.catalog.by_kind.get(kind)
        return found is not None and (found.free_text or found.amount or found.yes_no)


_UNIT_AFTER = re.compile(
    r"\s*(?:dollars|bucks|pounds|quid|euros|cents|percent|%|"
    r"(?:a|per|each|every)\s+(?:month|year|week|day))\b",
    re.IGNORECASE,
)
_YEAR_AFTER_WORD = re.compile(r"(?:^|\s)(?:in|since|from|back in|of)\s*\Z", re.IGNORECASE)


def _amount_or_year(text: str, value: str) -> bool:
    """Whether `value`, as it stands in `text`, is money or a year ("$1500 balance", "1999 a
    month", "in 2019"), not an account or policy number."""
    at = text.find(value)
    if at < 0:
        return False
    before, after = text[:at].rstrip(), text[at + len(value) :]
    if before[-1:] in ("$", "£", "€") or _UNIT_AFTER.match(after):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d\d", value)) and bool(
        _YEAR_AFTER_WORD.search(before[-12:])
    )


@dataclass(frozen=True)
class _Shifted:
    """A match in a joined text, with its span moved into the last utterance of the join."""

    match: Any
    offset: int

    def start(self) -> int:
        return max(0, self.match.start() - self.offset)

    def end(self) -> int:
        return self.match.end() - self.offset

    def __getitem__(self, group: int) -> str:
        return self.match[group]
