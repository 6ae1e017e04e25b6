"""Following each customer cue into the agent's next turns: `acknowledged_cue` or `missed_cue`.

A cue is acknowledged when an agent utterance within the next `window` agent turns addresses it
specifically: it refers back to the cue's own words (the event, the time, the situation), offers
a time that meets the cue's deadline, or matches an acknowledgement pattern for that cue
(`detect/patterns/acknowledgements.jsonl`). A script line alone never acknowledges. Words that
name nothing of the customer's own (placeholders such as `@user`, `URL` or `[PERSON_NAME]`,
links, handles, stop-words, "frustrated", "inconvenience") are never an echo. A reply leaves the
cue unmet, whatever words it repeats, when it refuses, when it sends the customer elsewhere
(the `transfer` label, or "you'll need to call ...") without a warm hand-off that names the
situation, or when every time it offers misses the customer's deadline ("the fitting on Friday
afternoon" for a part needed before Friday's inspection). A cue is missed once its window has
passed without an acknowledgement, or the call ends first. Each decision is made as soon as it
can be, one utterance at a time, so a live call learns of a missed cue while it is still going.

Where the model folder has a reply model (conversation/reply_model.py) and the model gives
embeddings, the rules' findings for a reply (echoed words, patterns, script labels, refusals,
redirects, offers) become its evidence and the learned model decides instead; an offer whose
times all miss the deadline still leaves the cue unmet, as the clock says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

from mot_detect.conversation.reply_model import ReplyEvidence, ReplyModel, pair_features
from mot_detect.detect.deadlines import ResolvedTime, find_time_expression, resolve, time_expression
from mot_detect.detect.linear_regex import compile_linear
from mot_detect.detect.prefilter import KeyedRegex, word_start_keys
from mot_detect.detect.rules import builtin_path, compile_regex, load_macros, read_jsonl_records
from mot_detect.errors import PatternError
from mot_detect.labels import ACKNOWLEDGED_CUE, CUE_LABELS, MISSED_CUE, is_agent_label, is_cue
from mot_detect.types import Finding, Utterance

DEFAULT_WINDOW_TURNS = 3
DEFAULT_ACK_SIMILARITY = 0.6
_CONTEXT_TOKENS = 3
_CONTEXT_ECHOES = 3
_REFUSALS = frozenset({"policy_refusal", "blame_customer"})
_REDIRECTS = frozenset({"transfer"})
# A customer's deadline and an agent's offer are compared on one clock: the call's start where
# the tracker knows it, otherwise an arbitrary Monday noon (both are resolved against it, so
# only their order matters).
_CLOCK_BASE = datetime(2026, 1, 5, 12, 0)
# "by Friday": Friday itself still meets it; "before Friday's inspection", "my flight is at
# six": the time itself is too late.
_INCLUSIVE = re.compile(r"\b(?:by|until|till|no later than)\s*\Z", re.IGNORECASE)
# "I'll have it there before six": a promise to be done by a time, not a slot at that time.
_PROMISE = re.compile(
    r"\b(?:before|by|ahead of|in time for|no later than|prior to|within|until|till)\s*\Z",
    re.IGNORECASE,
)
# A time expression worth comparing: a bare "one" or "two" in a reply is no time unless "at"
# or "by" goes before it.
_TIMEISH = re.compile(
    r"\d[:.]\d\d|\d\s*(?:[ap]\.?m\b|o'?clock)|\b(?:noon|midnight|midday|tonight|today|tomorrow|"
    r"morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|minutes?|mins?|hours?|hrs?|days?|\d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:not|never|unable|cannot|can't|won't|couldn't|wouldn't|isn't|no way)\b", re.IGNORECASE
)
# A reply that asks something ("what's the order number", "can you spell that") rather than
# answering; ASR leaves out the question mark.
_QUESTION = re.compile(
    r"\?|^\W*(?:(?:so|and|okay|ok|alright|right|um|uh)\W+)*(?:what|which|who|when|where|how|"
    r"can|could|may|do|does|did|is|are|have|would)\b",
    re.IGNORECASE,
)
_AT_TIME = re.compile(r"\b(?:at|by|before|until|till|after|from|around)\s*\Z", re.IGNORECASE)

_STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
    mustn't my myself no nor not of off on once only or other ought our ours ourselves out
    over own same shan't she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through to too under until up very was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's which while who who's
    whom why why's with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves yes yeah okay ok oh um uh just really so well like got get gonna
    wanna also still actually right now going go know need want think see let make sure
    thing things something anything everything way one please thank thanks sorry hi hello
    call calling called help understand can could will would customer account number today
    time day able said told back guy people look fine great good say saying says""".split()
)
# Words that say nothing about the customer's own situation: a canned apology that shares one
# of them with the cue ("sorry you're upset", "sorry for the inconvenience") has not engaged with
# it. Whole words, as said ("hear" of "sorry to hear that", not "hearing" of a court date), and
# the starts of words ("frustrat" covers "frustrated", "frustrating", "frustration").
_GENERIC_WORDS = frozenset(
    """hear heard feel felt caused cause matter matters bad worse user users url http https www
    com amp via dear regards team hello message messages details detail info dm reach contact
    assist assistance support service patience upset""".split()
)
_GENERIC_PREFIXES = (
    "apolog", "inconvenien", "frustrat", "annoy", "disappoint", "experienc", "issue", "problem",
    "trouble", "situation", "concern", "happen", "unfortunat", "appreciat", "sincere", "regret",
    "terribl", "horribl", "awful",
)  # fmt: skip
# What a text channel puts in place of a person or a link, and the links and handles
# themselves: never the customer's own words ("@user", "URL", "<url>", "[PERSON_NAME]").
# RE2: `[\w-]+(?:\.[\w-]+)*\.com` would backtrack over a long run of words on Python's re.
_NOT_WORDS = compile_linear(
    r"\[[A-Za-z_]+\]|<[A-Za-z_]+>|\{[A-Za-z_]+\}|@\w+|\bhttps?://\S+|\bwww\.\S+|"
    r"\b[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|io|uk|us|ly|me)\b\S*|"
    r"\bURL\b|\^\w+",
    0,
)
# How far before a time expression its preposition is looked for, and how many times of one
# reply are weighed: a reply is read in time linear in its length.
_BEFORE_TIME_CHARS = 40
_MAX_TIMES = 16
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "noon": "12",
}  # fmt: skip
_TOKEN = re.compile(r"\[[A-Z_]+\]|[a-z0-9]+(?:'[a-z]+)?")


def _blank_out(text: str) -> str:
    """`text` with placeholders, handles, links and sign-offs replaced by spaces."""
    pieces, done = [], 0
    for found in _NOT_WORDS.finditer(text):
        pieces += [text[done : found.start()], " "]
        done = found.end()
    pieces.append(text[done:])
    return "".join(pieces)


def content_tokens(text: str) -> list[str]:
    """Lower-cased, lightly stemmed content words; number words become digits. Placeholders,
    handles, links, sign-offs and words that name no situation of the customer's own are left
    out (see `_NOT_WORDS`, `_STOPWORDS`, `_GENERIC_PREFIXES`)."""
    tokens = []
    for raw in _TOKEN.findall(_blank_out(text).lower()):
        if raw.startswith("[") or raw in _STOPWORDS or raw in _GENERIC_WORDS:
            continue
        if raw.startswith(_GENERIC_PREFIXES):
            continue
        word = raw.split("'")[0]
        word = _NUMBER_WORDS.get(word, word)
        if len(word) > 4 and word.endswith("ing"):
            word = word[:-3]
        elif len(word) > 3 and word.endswith("ed"):
            word = word[:-2]
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if word not in _STOPWORDS and (len(word) > 2 or word.isdigit()):
            tokens.append(word)
    return tokens


@dataclass(frozen=True)
class Acknowledgement:
    id: str
    cues: frozenset[str]
    regex: KeyedRegex
    # "ack": the reply addresses the cue; "redirect": it sends the customer elsewhere (another
    # number, team, channel), which leaves the need unmet; "handoff": it hands over warmly,
    # passing the situation on, which counts where the reply also names the situation;
    # "offer": it offers something at a time, to be weighed against the customer's deadline.
    role: str = "ack"


ROLES = ("ack", "redirect", "handoff", "offer", "action")


class AcknowledgementCatalog:
    def __init__(self, patterns: list[Acknowledgement]) -> None:
        self.patterns = patterns

    @classmethod
    def load(cls, path: Path | None = None) -> AcknowledgementCatalog:
        path = path or builtin_path("acknowledgements.jsonl")
        macros = load_macros()
        patterns = []
        for number, record in read_jsonl_records(path):
            where = f"{path}:{number}"
            role = record.get("role", "ack")
            if role not in ROLES:
                raise PatternError(f"{where}: field 'role': expected one of {', '.join(ROLES)}")
            cue = record.get("cue", "*" if role != "ack" else None)
            cues = cue if isinstance(cue, list) else [cue]
            if cue != "*" and (not cues or any(c not in CUE_LABELS for c in cues)):
                raise PatternError(
                    f"{where}: field 'cue': expected a cue label, a list of them, or '*', got {cue!r}"
                )
            patterns.append(
                Acknowledgement(
                    id=str(record.get("id") or f"ack:{number}"),
                    cues=frozenset(CUE_LABELS) if cue == "*" else frozenset(cues),
                    regex=KeyedRegex(compile_regex(record, macros, where)),
                    role=role,
                )
            )
        return cls(patterns)

    def match(
        self, cues: list[str], text: str, words: frozenset[str] | None = None, role: str = "ack"
    ) -> str | None:
        """The id of the first pattern of `role` for any of `cues` that `text` matches."""
        words = word_start_keys(text) if words is None else words
        for pattern in self.patterns:
            if (
                pattern.role == role
                and not pattern.cues.isdisjoint(cues)
                and pattern.regex.search(text, words)
            ):
                return pattern.id
        return None


@dataclass(frozen=True)
class Deadline:
    """A cue's deadline as said: "Friday" of "before Friday's inspection"."""

    expression: str
    strict: bool  # the time itself is too late ("before Friday"), unlike "by Friday"
    said_at: float  # seconds into the call


@dataclass
class PendingCue:
    utterance: int
    cues: list[str]
    score: float
    text: str
    span: tuple[int, int] | None
    core_tokens: frozenset[str]
    context_tokens: frozenset[str]
    embedding: np.ndarray | None = None
    agent_turns: list[int] = field(default_factory=list)
    replies: list[int] = field(default_factory=list)
    deadline: Deadline | None = None
    # Replies that spoke to the cue but left the need unmet: {"reply": index, "why": ...}.
    unmet: list[dict[str, object]] = field(default_factory=list)


def cue_key_tokens(utterance: Utterance) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a cue an agent would echo when addressing it: the matched spans (core) and a
    few words either side of them (context). Without spans, the whole utterance is core."""
    cue_labels = [ls for ls in utterance.labels if is_cue(ls.label)]
    if not cue_labels or any(ls.span is None for ls in cue_labels):
        return frozenset(content_tokens(utterance.text)), frozenset()
    core: set[str] = set()
    context: set[str] = set()
    for label in cue_labels:
        assert label.span is not None
        start, end = label.span
        core.update(content_tokens(utterance.text[start:end]))
        context.update(content_tokens(utterance.text[:start])[-_CONTEXT_TOKENS:])
        context.update(content_tokens(utterance.text[end:])[:_CONTEXT_TOKENS])
    return frozenset(core), frozenset(context - core)


def cue_deadline(utterance: Utterance) -> Deadline | None:
    """The deadline a cue utterance states: the time of its `deadline` label (as the pipeline
    resolved it, or found in its span), with whether that time itself is already too late."""
    label = utterance.label("deadline")
    if label is None:
        return None
    text = utterance.text
    expression = label.detail.get("expression")
    at = text.find(expression) if isinstance(expression, str) and expression else -1
    if at < 0:
        start, end = label.span or (0, len(text))
        found = find_time_expression(text, start, end) or find_time_expression(text)
        if found is None:
            return None
        expression, at = found[0], found.start()
    strict = not _INCLUSIVE.search(text[max(0, at - _BEFORE_TIME_CHARS) : at])
    return Deadline(str(expression), strict, utterance.start or 0.0)


def _day(moment: ResolvedTime) -> date:
    value = moment.value
    return value.date() if isinstance(value, datetime) else value


def is_late(offered: ResolvedTime, due: ResolvedTime, strict: bool, promise: bool) -> bool:
    """Whether a time an agent offers misses the customer's deadline. `promise`: the agent
    promises to be done by `offered` ("before Friday"), not a slot at it ("Friday afternoon")."""
    offered_day, due_day = _day(offered), _day(due)
    if offered_day != due_day:
        return offered_day > due_day
    timed = isinstance(offered.value, datetime) and offered.precision != "day"
    due_timed = isinstance(due.value, datetime) and due.precision != "day"
    if promise:
        return timed and due_timed and offered.value > due.value
    if not due_timed:
        return strict  # "Friday afternoon" for "before Friday's inspection"
    if not timed:
        return False  # "Friday" for "Friday at noon": cannot tell
    return offered.value >= due.value if strict else offered.value > due.value


@dataclass(frozen=True)
class ReplyReading:
    """What the rules read in one agent reply for one pending cue, worked out once and shared
    by the rules' verdict and the reply model's evidence."""

    index: int
    refuses: bool
    redirects: bool
    scripted_only: bool
    handoff: str | None
    action: str | None
    shared: list[str]  # every word of the cue (core or around it) the reply repeats
    echoed: list[str]  # the same, where it is specific enough to count as an echo
    offer: str | None
    pattern: str | None
    similarity: float
    emergency: bool

    @property
    def firm_no(self) -> bool:
        """What no learned model may turn into an answer: a refusal, a redirect, a script line."""
        return self.refuses or self.redirects or self.scripted_only


@dataclass
class CueTracker:
    """Per-call state: the cues waiting for an agent's answer."""

    acknowledgements: AcknowledgementCatalog
    window: int = DEFAULT_WINDOW_TURNS
    similarity: float = DEFAULT_ACK_SIMILARITY
    pending: list[PendingCue] = field(default_factory=list)
    # When the call started, to compare a deadline with an offered time on the real clock
    # (optional: without it both are compared on an arbitrary one).
    started_at: datetime | None = None
    # The learned decision (conversation/reply_model.py); None leaves it to the rules.
    reply_model: ReplyModel | None = None
    # Called with every (cue, reply index, features, whether the rules found it addressed) the
    # reply model weighs (for training).
    pair_observer: Callable[[PendingCue, int, np.ndarray, bool], None] | None = None

    def close_passed(self, speaker: str, turn: int) -> list[Finding]:
        """Close the cues whose window of agent turns has passed before this utterance."""
        findings = []
        still = []
        for cue in self.pending:
            turns = len(cue.agent_turns)
            new_agent_turn = speaker == "agent" and (
                not cue.agent_turns or cue.agent_turns[-1] != turn
            )
            if turns >= self.window and (speaker != "agent" or new_agent_turn):
                findings.append(self._missed(cue, "window_passed"))
            else:
                still.append(cue)
        self.pending = still
        return findings

    def add_cue(self, utterance: Utterance, embedding: np.ndarray | None = None) -> None:
        cues = [ls for ls in utterance.labels if is_cue(ls.label)]
        strongest = max(cues, key=lambda ls: ls.score)
        core, context = cue_key_tokens(utterance)
        self.pending.append(
            PendingCue(
                utterance=utterance.index,
                cues=[ls.label for ls in cues],
                score=strongest.score,
                text=utterance.text[strongest.span[0] : strongest.span[1]]
                if strongest.span
                else utterance.text,
                span=strongest.span,
                core_tokens=core,
                context_tokens=context,
                embedding=embedding,
                deadline=cue_deadline(utterance),
            )
        )

    def agent_reply(
        self,
        utterance: Utterance,
        turn: int,
        word_keys: frozenset[str] | None = None,
        embedding: np.ndarray | None = None,
    ) -> tuple[list[Finding], bool]:
        """Weigh one agent utterance against every pending cue.

        Returns the acknowledged findings and whether the reply referred to a cue's own words
        (so that an apology which does engage with the specifics is not counted as canned).
        """
        if not self.pending:
            return [], False
        findings = []
        echoed_any = False
        words = set(content_tokens(utterance.text))
        labels = {ls.label for ls in utterance.labels}
        redirects = self._redirects(utterance, labels, word_keys)
        refuses = not labels.isdisjoint(_REFUSALS)
        scripted_only = bool(labels) and all(is_agent_label(label) for label in labels)
        handoff = self._match_role(utterance.text, word_keys, "handoff") if redirects else None
        # A reply that commits to doing something for the customer, said in its own words (no
        # script label), takes their situation on even when it names none of it: "I can move
        # it to urgent collection", "I've put a note for the reviewer so they treat it as urgent".
        action = None if labels else self._match_role(utterance.text, word_keys, "action")
        still = []
        for cue in self.pending:
            if not cue.agent_turns or cue.agent_turns[-1] != turn:
                cue.agent_turns.append(turn)
            cue.replies.append(utterance.index)
            core, context = words & cue.core_tokens, words & cue.context_tokens
            # One echoed word of the cue itself, or several of the words around it.
            specific = len(core) >= 1 or len(context) >= _CONTEXT_ECHOES
            echoed_any = echoed_any or specific
            reading = ReplyReading(
                index=utterance.index,
                refuses=refuses,
                redirects=redirects,
                scripted_only=scripted_only,
                handoff=handoff,
                action=action,
                shared=sorted(core | context),
                echoed=sorted(core | context) if specific else [],
                offer=self._offer(cue.deadline, utterance, word_keys) if cue.deadline else None,
                pattern=self.acknowledgements.match(cue.cues, utterance.text, word_keys),
                similarity=float(embedding @ cue.embedding)
                if embedding is not None and cue.embedding is not None
                else 0.0,
                emergency=redirects and self._emergency(cue, utterance, word_keys),
            )
            verdict, info = self._rules_verdict(reading)
            clocked = reading.offer == "late" or "in_time" in info
            if (
                self.reply_model is not None
                and embedding is not None
                and cue.embedding is not None
                and not clocked  # times are compared by the clock, never learned
            ):
                evidence = ReplyEvidence(
                    core_echo=len(core),
                    context_echo=len(context),
                    similarity=reading.similarity,
                    pattern=reading.pattern is not None,
                    action=action is not None,
                    handoff=handoff is not None,
                    redirect=redirects,
                    emergency=reading.emergency,
                    offer=reading.offer,
                    question=bool(_QUESTION.search(utterance.text)),
                    labels=frozenset(labels),
                )
                features = pair_features(evidence, cue.embedding, embedding)
                if self.pair_observer is not None:
                    self.pair_observer(cue, utterance.index, features, verdict == "ack")
                p = self.reply_model.probability(features)
                if verdict == "ack" and p < self.reply_model.veto:
                    # The words match but the learned model is sure the reply does not take the
                    # situation on ("I see you bought the plan with the fridge" for insulin).
                    verdict, info = "unmet", {"reply": utterance.index, "why": "reply_model"}
                elif verdict == "wait" and p >= self.reply_model.accept and not reading.firm_no:
                    # No rule saw it, but the reply acts on the need in its own words.
                    verdict, info = "ack", {}
                if verdict == "ack":
                    info = {**info, "reply_model": round(p, 3)}
            if verdict == "ack":
                findings.append(self._acknowledged(cue, utterance.index, info))
                continue
            if verdict == "unmet":
                cue.unmet.append(info)
            still.append(cue)
        self.pending = still
        return findings, echoed_any

    def _rules_verdict(self, reply: ReplyReading) -> tuple[str, dict[str, object]]:
        """What the rules make of one reply for one cue: ("ack", evidence), ("unmet", why) or
        ("wait", {}) for a reply that neither addresses nor refuses it."""
        if reply.refuses:
            # A refusal or a lecture that names the customer's situation still leaves it unmet.
            return "wait", {}
        if reply.redirects and not ((reply.echoed and reply.handoff) or reply.emergency):
            # Another number, team or channel: the situation is passed on, not addressed,
            # unless a warm hand-off tells them about it ("I've told them your flight is at
            # six"), or, for safety, emergency help is what the situation needs ("call 911").
            return "unmet", {"reply": reply.index, "why": "redirect"}
        if reply.offer == "late":
            # "I can book the fitting for Friday afternoon" for a part needed before Friday.
            return "unmet", {"reply": reply.index, "why": "late_offer"}
        if reply.offer == "in_time" and reply.shared:
            # "I can book the fitting for Thursday morning": a time that meets the deadline.
            return "ack", {"in_time": True, "echoed": reply.shared}
        if reply.echoed and not (
            reply.scripted_only and len(reply.echoed) < 2 and reply.pattern is None
        ):
            found: dict[str, object] = {"echoed": reply.echoed}
            if reply.handoff is not None:
                found["handoff"] = reply.handoff
            return "ack", found
        if reply.pattern is not None:
            return "ack", {"pattern": reply.pattern}
        if reply.similarity >= self.similarity and not reply.scripted_only:
            # The reply means the same situation in other words (the model's embeddings).
            return "ack", {"similarity": round(reply.similarity, 3)}
        if reply.action is not None and reply.offer is None:
            return "ack", {"action": reply.action}
        return "wait", {}

    def _match_role(self, text: str, word_keys: frozenset[str] | None, role: str) -> str | None:
        return self.acknowledgements.match(list(CUE_LABELS), text, word_keys, role=role)

    def _emergency(
        self, cue: PendingCue, reply: Utterance, word_keys: frozenset[str] | None
    ) -> bool:
        """Whether a redirect sends a customer in danger to emergency help ("call 911")."""
        return "health_safety" in cue.cues and (
            self.acknowledgements.match(["health_safety"], reply.text, word_keys) is not None
        )

    def _redirects(
        self, utterance: Utterance, labels: set[str], word_keys: frozenset[str] | None
    ) -> bool:
        """Whether the reply sends the customer elsewhere: a `transfer` label, or words such
        as "you'll need to call the warranty line"."""
        if not labels.isdisjoint(_REDIRECTS):
            return True
        return self._match_role(utterance.text, word_keys, "redirect") is not None

    def _offer(
        self, deadline: Deadline, reply: Utterance, word_keys: frozenset[str] | None
    ) -> str | None:
        """ "late" where the reply offers only times that miss the deadline, "in_time" where it
        offers one that meets it, None where it offers nothing at a time it can compare."""
        if self._match_role(reply.text, word_keys, "offer") is None:
            return None
        base = self.started_at or _CLOCK_BASE
        due = resolve(deadline.expression, base + timedelta(seconds=deadline.said_at))
        if due is None:
            return None
        said_at = base + timedelta(seconds=reply.start or 0.0)
        verdicts: list[bool] = []
        for found in time_expression().finditer(reply.text):
            if len(verdicts) >= _MAX_TIMES:
                break
            before = reply.text[max(0, found.start() - _BEFORE_TIME_CHARS) : found.start()]
            if not (_TIMEISH.search(found[0]) or _AT_TIME.search(before)):
                continue
            offered = resolve(found[0], said_at)
            if offered is not None:
                verdicts.append(
                    is_late(offered, due, deadline.strict, bool(_PROMISE.search(before)))
                )
        if not verdicts:
            return None
        if all(verdicts):
            return "late"
        # "we won't be able to get it there before Friday" names a time it does not offer.
        return None if _NEGATED.search(reply.text) else "in_time"

    def finish(self) -> list[Finding]:
        findings = [self._missed(cue, "call_ended") for cue in self.pending]
        self.pending = []
        return findings

    def _missed(self, cue: PendingCue, reason: str) -> Finding:
        detail: dict[str, object] = {"reason": reason, "agent_turns": len(cue.agent_turns)}
        if cue.unmet:
            detail["unmet"] = list(cue.unmet)
        return _decision(MISSED_CUE, cue, detail)

    def _acknowledged(self, cue: PendingCue, by: int, evidence: dict[str, object]) -> Finding:
        return _decision(ACKNOWLEDGED_CUE, cue, {"acknowledged_by": by, **evidence})


def _decision(label: str, cue: PendingCue, detail: dict[str, object]) -> Finding:
    return Finding(
        label=label,
        utterance=cue.utterance,
        score=cue.score,
        text=cue.text,
        span=cue.span,
        cues=cue.cues,
        replies=list(cue.replies),
        detail=detail,
    )
