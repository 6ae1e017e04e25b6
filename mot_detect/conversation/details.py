"""Tracking the details a customer or the IVR has given, to catch an agent asking again.

`reverification` is decided with the conversation: the same question is ordinary the first time
and a `reverification` once the customer (or the IVR, through `metadata.ivr` or its own prompts)
has already given that detail earlier in the call. The kinds of detail and how they are said are
data, in `detect/patterns/details.jsonl`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mot_detect.conversation.spoken_numbers import ends_with_number, starts_with_number, to_digits
from mot_detect.detect.linear_regex import LinearRegex, UnsafePatternError, compile_linear
from mot_detect.detect.prefilter import KeyedRegex, word_start_keys
from mot_detect.detect.rules import builtin_path, expand_macros, load_macros, read_jsonl_records
from mot_detect.errors import PatternError
from mot_detect.types import LabelScore

# \Z, not $: the same here (\W* takes a final newline) and RE2 can run it.
_NOT_AN_ANSWER = compile_linear(
    r"^\W*(?:yes|yeah|yep|no|nope|sorry|what|pardon|hold on|one (?:sec|second|moment)|um+|uh+|"
    r"hmm+|okay|ok|sure|right|hello)\W*\Z|\b(?:don't|do not|can't|cannot) (?:have|know|remember|"
    r"find|recall)\b|\bnot sure\b|\blet me (?:check|find|look|grab)\b",
    re.IGNORECASE,
)
_DECLINES = compile_linear(r"^\W*(?:no|nope|not really|none|i don't|i do not|nah)\b", re.IGNORECASE)
_HAS_VALUE = re.compile(r"\d|\[[A-Z_]+\]|@")
# A number that goes on a number from before the pause: it stands alone ("723." / "723, I just
# told you"), unlike "2 years I've been with you", which starts something new.
_NUMBER_ALONE = compile_linear(r"\A\s*\d[\d\s-]*(?:[.!?,;]|\Z)")
_CLARIFY = re.compile(r"\b(?:spell|spelling)\b", re.IGNORECASE)
_FULL_NAME = re.compile(r"\[PERSON_NAME\]\W+\[PERSON_NAME\]|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
_FREE_TEXT_KINDS = frozenset({"name", "last_name", "address"})
REVERIFICATION_SCORE = 0.85
# How much of a turn's earlier utterances is kept to join with the next one: enough for a
# question or a number split at a pause, and a bound, so a long monologue stays linear.
_TAIL_CHARS = 240


@dataclass(frozen=True)
class DetailKind:
    kind: str
    ask: KeyedRegex
    volunteer: KeyedRegex
    value: LinearRegex
    standalone: bool
    ivr_keys: LinearRegex


class DetailCatalog:
    """The kinds of detail, compiled once and shared by every call."""

    def __init__(self, kinds: list[DetailKind]) -> None:
        self.kinds = kinds

    @classmethod
    def load(cls, path: Path | None = None) -> DetailCatalog:
        path = path or builtin_path("details.jsonl")
        macros = load_macros()
        kinds = []
        for number, record in read_jsonl_records(path):
            where = f"{path}:{number}"
            try:
                mention = expand_macros(record["mention"], macros, where)
                value = expand_macros(record["value"], macros, where)
                ask = expand_macros(
                    r"\b(?:{ASK})\b(?:[\s,]+[\w']+){0,4}?[\s,]+(?:your|the|that|this|a|an)\s+"
                    r"(?:[\w']+\s+){0,2}?(?:" + mention + r")"
                    r"|^\W*(?:(?:and|also|okay|ok|great|thanks|thank you|now)[\s,]*)?(?:your|the)\s+"
                    r"(?:" + mention + r")\s*(?:please\s*)?\?"
                    r"|\bwhat(?:\s+(?:kind|type|sort|make)\s+of)?\s+(?:" + mention + r")\s+"
                    r"(?:are|do|is|was|did|have)\b",
                    macros,
                    where,
                )
                kinds.append(
                    DetailKind(
                        kind=record["kind"],
                        ask=KeyedRegex(compile_linear(ask, re.IGNORECASE)),
                        volunteer=KeyedRegex(
                            compile_linear(
                                # Bounded runs between mention and value: ":" and "=" are
                                # also \W, and unbounded runs of both backtrack quadratically
                                # where the pattern runs on Python's re (a lookaround in it).
                                # A word starts with \w: with [\w']{1,64}, a run of "'" (also
                                # \W) split between words and gaps in 64**4 ways (86 s).
                                r"\b(?:" + mention + r")\W{1,64}"
                                r"(?:(?:is|was|it's|'s|of|number|:|=)\W{0,64})?"
                                r"(?:\w[\w']{0,63}\W{1,64}){0,2}?(?P<value>" + value + r")",
                                re.IGNORECASE,
                            )
                        ),
                        value=compile_linear(value, re.IGNORECASE),
                        standalone=bool(record.get("standalone", False)),
                        ivr_keys=compile_linear(
                            record.get("ivr_keys", record["kind"]), re.IGNORECASE
                        ),
                    )
                )
            except KeyError as exc:
                raise PatternError(f"{where}: missing field {exc.args[0]!r}") from exc
            except re.error as exc:
                raise PatternError(f"{where}: invalid regular expression: {exc}") from exc
            except UnsafePatternError as exc:
                raise PatternError(f"{where}: unsafe regular expression: {exc}") from exc
        return cls(kinds)

    def asked(self, text: str, words: frozenset[str] | None = None) -> list[tuple[DetailKind, Any]]:
        words = word_start_keys(text) if words is None else words
        found = []
        for kind in self.kinds:
            match = kind.ask.search(text, words)
            if match:
                found.append((kind, match))
        # "last name" also contains "name": the more specific kind wins where both match.
        names = {k.kind for k, _ in found}
        if "last_name" in names:
            found = [(k, m) for k, m in found if k.kind != "name"]
        return found

    def volunteered(self, text: str, words: frozenset[str] | None = None) -> dict[str, str]:
        """The details `text` gives unasked, kind -> the value as said."""
        words = word_start_keys(text) if words is None else words
        found = {}
        for kind in self.kinds:
            match = kind.volunteer.search(text, words)
            if match:
                found[kind.kind] = match["value"]
            elif kind.standalone and (value := kind.value.search(text)):
                found[kind.kind] = value[0]
        return found

    def answer(self, kind: DetailKind, text: str) -> str | None:
        """The value `text` gives in answer to a question about `kind`, or None."""
        if _NOT_AN_ANSWER.search(text):
            return None
        if _DECLINES.search(text) and not _HAS_VALUE.search(text):
            return None  # "No, not really." declines; "No, it's 14 Main Street" still answers
        if kind.kind in _FREE_TEXT_KINDS:
            return text.strip() if re.search(r"[A-Za-z\[]", text) else None
        value = kind.value.search(text)
        return value[0] if value else None

    def from_ivr_metadata(self, metadata: dict[str, Any]) -> dict[str, str]:
        """The details the IVR collected before the agent joined, kind -> value."""
        ivr = metadata.get("ivr")
        if not isinstance(ivr, dict):
            return {}
        given = {}
        for key, value in ivr.items():
            if value in (None, "", [], {}):
                continue
            for kind in self.kinds:
                if kind.ivr_keys.search(str(key)):
                    given.setdefault(kind.kind, str(value))
                    break
        return given


@dataclass
class GivenDetail:
    kind: str
    utterance: int | None  # None: from the IVR metadata, before the agent joined
    turn: int
    value: str

    def read_back_in(self, text: str) -> bool:
        """Whether `text` repeats the value (a confirmation such as "is that 43215?"), in any
        form: "4401723", "44-01-72-3" and "four four oh one seven two three" are one value."""
        said = comparable(text)
        value = comparable(self.value)
        if len(value) >= 3 and value in said:
            return True
        # "the account ending 2231": a run of four or more digits of the value read back
        return any(run in value for run in re.findall(r"\d{4,}", said))


def comparable(text: str) -> str:
    """`text` as details are compared: spoken numbers as digits, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", to_digits(text).lower())


def _tail(text: str) -> str:
    if len(text) <= _TAIL_CHARS:
        return text
    tail = text[-_TAIL_CHARS:]
    space = tail.find(" ")
    return tail[space + 1 :] if space >= 0 else tail


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

    def start(self, metadata: dict[str, Any]) -> None:
        for kind, value in self.catalog.from_ivr_metadata(metadata).items():
            self.given.setdefault(
                kind, GivenDetail(kind=kind, utterance=None, turn=-1, value=value)
            )

    def observe(
        self, speaker: str, text: str, index: int, turn: int, words: frozenset[str] | None = None
    ) -> LabelScore | None:
        """Update the state with one utterance; return a reverification label for an agent's re-ask."""
        words = word_start_keys(text) if words is None else words
        before = self.turn_tail if self.turn_tail_turn == turn else ""
        self.turn_tail_turn = turn
        self.turn_tail = _tail(f"{before} {text}" if before else text)
        if speaker in ("customer", "ivr", "unknown"):
            self._record_given(speaker, text, index, turn, words)
            if (
                before
                and ends_with_number(before)
                and starts_with_number(text)
                and _NUMBER_ALONE.search(to_digits(text))
            ):
                head, rest = before.rstrip(" \t\r\n.,;:!?-"), text.lstrip()
                # "4401." / "723.": digit groups written apart are one number across the pause
                glue = "" if head[-1:].isdigit() and rest[:1].isdigit() else " "
                joined = head + glue + rest
                self._record_given(speaker, joined, index, turn, None, extends=True)
        if speaker == "customer":
            return None
        asks = self.catalog.asked(text, words)
        if not asks and before:
            asks = self._asked_across(before, text)
        if asks:
            if self.pending_asks_turn != turn:
                self.pending_asks = []
            self.pending_asks.extend(kind for kind, _ in asks)
            self.pending_asks_turn = turn
        if speaker != "agent":
            return None
        for kind, match in asks:
            given = self.given.get(kind.kind)
            if given is None or _CLARIFY.search(text) or given.read_back_in(text):
                continue
            if given.utterance is not None and given.turn >= turn - 1:
                # Asked again straight after it was given: a clarification, not a re-ask.
                continue
            return LabelScore(
                label="reverification",
                score=REVERIFICATION_SCORE,
                source="conversation",
                span=(match.start(), match.end()),
                pattern=f"reverification.{kind.kind}",
                detail={
                    "detail": kind.kind,
                    "given_at": "ivr" if given.utterance is None else given.utterance,
                },
            )
        return None

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
        if speaker != "ivr" and self.pending_asks and self.pending_asks_turn >= turn - 1:
            for kind in self.pending_asks:
                answer = self.catalog.answer(kind, text)
                if answer is not None:
                    values.setdefault(kind.kind, answer)
        values = {
            kind: value
            for kind, value in values.items()
            if kind in _FREE_TEXT_KINDS or not _amount_or_year(text, value)
        }
        if "name" in values and _FULL_NAME.search(text):
            values.setdefault("last_name", values["name"])
        for kind, value in values.items():
            given = self.given.get(kind)
            if given is None:
                self.given[kind] = GivenDetail(kind=kind, utterance=index, turn=turn, value=value)
            elif (
                extends
                and given.utterance is not None
                and given.turn == turn
                and comparable(given.value) in comparable(value)
            ):
                given.value = value  # "4401" then "723": the detail is 4401723


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
