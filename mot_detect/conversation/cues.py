"""Following each customer cue into the agent's next turns: `acknowledged_cue` or `missed_cue`.

A cue is acknowledged when an agent utterance within the next `window` agent turns addresses it
specifically: it refers back to the cue's own words (the event, the time, the situation) or
matches an acknowledgement pattern for that cue (`detect/patterns/acknowledgements.jsonl`). A
script line alone never acknowledges. A cue is missed once its window has passed without that,
or the call ends first. Each decision is made as soon as it can be, one utterance at a time, so
a live call learns of a missed cue while it is still going.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

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
    time day able said told back guy people look fine great good""".split()
)
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "noon": "12",
}  # fmt: skip
_TOKEN = re.compile(r"\[[A-Z_]+\]|[a-z0-9]+(?:'[a-z]+)?")


def content_tokens(text: str) -> list[str]:
    """Lower-cased, lightly stemmed content words; number words become digits."""
    tokens = []
    for raw in _TOKEN.findall(text.lower()):
        if raw.startswith("[") or raw in _STOPWORDS:
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
            cue = record.get("cue")
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
                )
            )
        return cls(patterns)

    def match(self, cues: list[str], text: str, words: frozenset[str] | None = None) -> str | None:
        words = word_start_keys(text) if words is None else words
        for pattern in self.patterns:
            if not pattern.cues.isdisjoint(cues) and pattern.regex.search(text, words):
                return pattern.id
        return None


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


@dataclass
class CueTracker:
    """Per-call state: the cues waiting for an agent's answer."""

    acknowledgements: AcknowledgementCatalog
    window: int = DEFAULT_WINDOW_TURNS
    similarity: float = DEFAULT_ACK_SIMILARITY
    pending: list[PendingCue] = field(default_factory=list)

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
        scripted_only = bool(labels) and all(is_agent_label(label) for label in labels)
        refuses = not labels.isdisjoint(_REFUSALS)
        still = []
        for cue in self.pending:
            if not cue.agent_turns or cue.agent_turns[-1] != turn:
                cue.agent_turns.append(turn)
            cue.replies.append(utterance.index)
            core, context = words & cue.core_tokens, words & cue.context_tokens
            # One echoed word of the cue itself, or several of the words around it.
            specific = len(core) >= 1 or len(context) >= _CONTEXT_ECHOES
            echoed = sorted(core | context) if specific else []
            echoed_any = echoed_any or specific
            if refuses:
                # A refusal or a lecture that names the customer's situation still leaves it unmet.
                still.append(cue)
                continue
            pattern = self.acknowledgements.match(cue.cues, utterance.text, word_keys)
            similarity = (
                float(embedding @ cue.embedding)
                if embedding is not None and cue.embedding is not None
                else 0.0
            )
            if echoed and not (scripted_only and len(echoed) < 2 and pattern is None):
                findings.append(self._acknowledged(cue, utterance.index, {"echoed": echoed}))
            elif pattern is not None:
                findings.append(self._acknowledged(cue, utterance.index, {"pattern": pattern}))
            elif similarity >= self.similarity and not scripted_only:
                # The reply means the same situation in other words (the model's embeddings).
                evidence = {"similarity": round(similarity, 3)}
                findings.append(self._acknowledged(cue, utterance.index, evidence))
            else:
                still.append(cue)
        self.pending = still
        return findings, echoed_any

    def finish(self) -> list[Finding]:
        findings = [self._missed(cue, "call_ended") for cue in self.pending]
        self.pending = []
        return findings

    def _missed(self, cue: PendingCue, reason: str) -> Finding:
        return _decision(MISSED_CUE, cue, {"reason": reason, "agent_turns": len(cue.agent_turns)})

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
