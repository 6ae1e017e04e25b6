"""The Detector: the stages in order, for a finished call or one utterance at a time.

Batch scoring is the live path run over a finished call (`score_call` feeds a `CallSession`
every utterance, then finishes it), so the two always give the same result.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from mot_detect.call_checks import (
    check_call,
    check_call_id,
    check_metadata,
    check_started_at,
    check_utterance,
    check_utterance_fields,
    where_call,
)
from mot_detect.conversation.cues import (
    DEFAULT_ACK_SIMILARITY,
    DEFAULT_WINDOW_TURNS,
    AcknowledgementCatalog,
    CueTracker,
    PendingCue,
)
from mot_detect.conversation.details import DetailCatalog, DetailTracker
from mot_detect.conversation.reply_model import ReplyModel
from mot_detect.conversation.score import ScoreAccumulator
from mot_detect.detect.company_scripts import (
    DEFAULT_SIMILARITY,
    ScriptEmbeddings,
    read_script_lines,
    script_patterns,
)
from mot_detect.detect.concerns import ConcernPatterns
from mot_detect.detect.counter_examples import CounterExamples
from mot_detect.detect.deadlines import find_time_expression, resolve
from mot_detect.detect.encoding import ModelInput, model_text
from mot_detect.detect.fuse import ENGINES, fuse
from mot_detect.detect.model import ModelOptions, ModelOutput, UtteranceModel, load_model
from mot_detect.detect.prefilter import word_start_keys
from mot_detect.detect.rules import RuleMatcher
from mot_detect.detect.text_channel import mask_channel_noise
from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS, is_cue
from mot_detect.limits import MAX_UTTERANCE_CHARS
from mot_detect.long_utterances import split_utterance
from mot_detect.types import Call, CallScore, Finding, LabelScore, Utterance

logger = logging.getLogger("mot_detect")

_LABEL_ORDER = {label: i for i, label in enumerate(UTTERANCE_LABELS + CALL_FINDINGS)}
# How much of the turn before an utterance its rules read with it (see `_turn_labels`).
TURN_CONTEXT_UTTERANCES = 4
TURN_CONTEXT_CHARS = 600


@dataclass(frozen=True)
class DetectorOptions:
    """How the detector is built.

    `engine`: rules, model or both (see detect/fuse.py); `model`: where the ONNX model is and how
    it runs; `patterns`: extra pattern files or folders; `scripts`: company script files
    (detect/company_scripts.py), matched by pattern and, with the model, by embedding at
    `script_similarity`; `window_turns`: agent turns a cue waits for a specific answer;
    `ack_similarity`: embedding similarity at which an agent reply counts as addressing a cue;
    `model_batch_size`: utterances handed to the model at once when scoring a finished call
    (it reads each alone, on several threads, so an utterance gets the probabilities the live
    path gives it: see detect/model.py);
    `min_score`: labels scoring below it are dropped."""

    engine: str = "both"
    model: ModelOptions = field(default_factory=ModelOptions)
    patterns: tuple[Path, ...] = ()
    scripts: tuple[Path, ...] = ()
    script_similarity: float = DEFAULT_SIMILARITY
    window_turns: int = DEFAULT_WINDOW_TURNS
    ack_similarity: float = DEFAULT_ACK_SIMILARITY
    model_batch_size: int = 256
    min_score: float = 0.5


@dataclass
class UtteranceUpdate:
    """What one live utterance changed: its labels, the findings it produced (its own labels and
    any cue decided by it), and the running call score."""

    utterance: Utterance
    findings: list[Finding]
    score: CallScore


class Detector:
    """Loads the patterns once; scores any number of calls, batch or live."""

    def __init__(self, options: DetectorOptions | None = None) -> None:
        self.options = options or DetectorOptions()
        if self.options.window_turns < 1:
            raise ValueError(f"window_turns must be at least 1, got {self.options.window_turns}")
        if self.options.engine not in ENGINES:
            raise ValueError(
                f"unknown engine {self.options.engine!r}: expected one of {', '.join(ENGINES)}"
            )
        self.rules = RuleMatcher.load(extra=self.options.patterns)
        script_lines = [
            line for path in self.options.scripts for line in read_script_lines(Path(path))
        ]
        if script_lines:
            self.rules = RuleMatcher(self.rules.patterns + script_patterns(script_lines))
        self.details = DetailCatalog.load()
        self.acknowledgements = AcknowledgementCatalog.load()
        self.concerns = ConcernPatterns.load()
        self.counter_examples = CounterExamples.load()
        self.model: UtteranceModel | None = None
        self.scripts: ScriptEmbeddings | None = None
        # Whether a reply addresses a cue: learned where the model folder has one (it reads the
        # model's embeddings), else the rules decide. `reply_observer` sees every pair it weighs.
        self.reply_model: ReplyModel | None = None
        self.reply_observer: Callable[[PendingCue, int, np.ndarray, bool], None] | None = None
        if self.options.engine != "rules":
            self.model = load_model(self.options.model)
            self.reply_model = ReplyModel.load(
                self.model.folder, int(self.model.meta["embedding_dim"])
            )
            if script_lines:
                embeddings = self.model.embed([line.text for line in script_lines])
                self.scripts = ScriptEmbeddings(
                    script_lines, embeddings, self.options.script_similarity
                )

    def predict(self, utterances: list[Utterance]) -> Iterator[ModelOutput | None]:
        """Model outputs for a call's utterances, `model_batch_size` at a time (None without a
        model), produced as they are consumed so a long call never holds them all."""
        if self.model is None:
            yield from itertools.repeat(None, len(utterances))
            return
        size = max(1, self.options.model_batch_size)
        for start in range(0, len(utterances), size):
            batch = [
                model_input(utterances, i) for i in range(start, min(start + size, len(utterances)))
            ]
            yield from self.model.predict(batch)

    def session(
        self,
        call_id: str,
        *,
        started_at: datetime | str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> CallSession:
        """Start scoring a call as it happens. `started_at`: a datetime or an ISO 8601 string,
        as in a transcript file (deadlines are resolved against it); `metadata`: a dict of JSON
        values. A wrong argument raises `CallValueError` (a ValueError) here, naming it."""
        call_id = check_call_id(call_id)
        where = where_call(call_id)
        started = check_started_at(started_at, where)
        return CallSession(
            self,
            Call(call_id=call_id, started_at=started, metadata=check_metadata(metadata, where)),
        )

    def score_call(self, call: Call) -> Call:
        """Score a finished call. Returns a new Call with the labels and findings; the input is
        checked and normalised as a reader would (a string started_at becomes a date-time)
        but never labelled."""
        check_call(call)
        # Checked whole just above: the session and its utterances need no second check.
        session = CallSession(
            self,
            Call(
                call_id=call.call_id,
                started_at=call.started_at,
                metadata=call.metadata,
                source=call.source,
                gold_findings=call.gold_findings,
            ),
        )
        fresh = []
        for position, u in enumerate(call.utterances):
            pieces = split_utterance(Utterance(u.speaker, u.text, u.start, u.end, gold=u.gold))
            if len(pieces) > 1:
                logger.warning(
                    "call %s: utterance %d has %s characters, over the %s an utterance may "
                    "have: scored as %d consecutive pieces",
                    call.call_id,
                    position,
                    f"{len(u.text):,}",
                    f"{MAX_UTTERANCE_CHARS:,}",
                    len(pieces),
                )
            fresh.extend(pieces)
        for utterance, output in zip(fresh, self.predict(fresh), strict=True):
            session.add_checked(utterance, output)
        return session.finish()

    def pipe(self, calls: Iterable[Call]) -> Iterator[Call]:
        for call in calls:
            yield self.score_call(call)


@dataclass
class CallSession:
    """One call being scored as it happens. `add` each utterance, then `finish`."""

    detector: Detector
    call: Call
    _turn: int = 0
    _last_speaker: str | None = None
    _turn_texts: list[str] = field(default_factory=list)
    # (index, whether it raised a concern) of the customer's last two utterances, for the
    # canned-empathy gate: each is read once, when it is added.
    _concerns: list[tuple[int, bool]] = field(default_factory=list)
    _finished: bool = False
    _cues: CueTracker = field(init=False)
    _details: DetailTracker = field(init=False)
    _score: ScoreAccumulator = field(init=False)

    def __post_init__(self) -> None:
        self._cues = CueTracker(
            self.detector.acknowledgements,
            window=self.detector.options.window_turns,
            similarity=self.detector.options.ack_similarity,
            started_at=self.call.started_at,
            reply_model=self.detector.reply_model,
            pair_observer=self.detector.reply_observer,
        )
        self._details = DetailTracker(self.detector.details)
        self._details.start(self.call.metadata)
        self._score = ScoreAccumulator()

    def add(
        self, utterance: Utterance | dict[str, Any], output: ModelOutput | None = None
    ) -> UtteranceUpdate:
        """Score one more utterance. `output`: its model output when already computed in a batch
        (batch scoring does this); otherwise the model runs on it here."""
        if self._finished:
            raise RuntimeError(f"call {self.call.call_id!r} is finished; start a new session")
        if isinstance(utterance, dict):
            utterance = _utterance_from_dict(
                utterance, self.call.call_id, len(self.call.utterances)
            )
        else:
            check_utterance(
                utterance, where_call(self.call.call_id), f"utterances[{len(self.call.utterances)}]"
            )
        return self.add_checked(utterance, output)

    def add_checked(
        self, utterance: Utterance, output: ModelOutput | None = None
    ) -> UtteranceUpdate:
        """`add` for an utterance already checked (batch scoring checks the whole call first)."""
        if self._finished:
            raise RuntimeError(f"call {self.call.call_id!r} is finished; start a new session")
        utterance.index = len(self.call.utterances)
        utterance.labels = []
        self.call.utterances.append(utterance)
        detector = self.detector
        if output is None and detector.model is not None:
            output = detector.model.predict([model_input(self.call.utterances, utterance.index)])[0]
        speaker = utterance.speaker
        if speaker != self._last_speaker:
            self._turn += 1
            self._last_speaker = speaker
            self._turn_texts = []

        findings = self._cues.close_passed(speaker, self._turn)
        # Handles, links, sign-offs and emoji of text channels blanked, offsets unchanged.
        text = mask_channel_noise(utterance.text)
        words = word_start_keys(text)
        labels = detector.rules.match(speaker, text, words)
        if self._turn_texts:
            labels += self._turn_labels(speaker, text, {ls.label for ls in labels})
        self._turn_texts = [*self._turn_texts[-(TURN_CONTEXT_UTTERANCES - 1) :], text]
        if output is not None and detector.scripts is not None and speaker in ("agent", "unknown"):
            by_pattern = {ls.label for ls in labels}
            labels += [
                ls for ls in detector.scripts.match(output.embedding) if ls.label not in by_pattern
            ]
        if output is not None and detector.model is not None:
            labels = fuse(
                labels,
                output.probabilities,
                detector.model.thresholds,
                detector.model.rule_veto,
                speaker,
                detector.options.engine,
            )
        labels = detector.counter_examples.keep(labels, text)
        if speaker in ("agent", "unknown") and not self._after_concern():
            # A stock phrase only stands in for help where there was something to help with.
            labels = [
                ls for ls in labels if not (ls.label == "canned_empathy" and ls.source == "model")
            ]
        reverification = self._details.observe(speaker, text, utterance.index, self._turn, words)
        if reverification is not None:
            labels.append(reverification)
        utterance.labels = [ls for ls in labels if ls.score >= detector.options.min_score]
        if speaker in ("customer", "unknown"):
            concern = any(is_cue(ls.label) for ls in utterance.labels) or detector.concerns.search(
                text
            )
            self._concerns = [*self._concerns[-1:], (utterance.index, concern)]
        embedding = output.embedding if output is not None else None

        decided: list[Finding] = []
        if speaker == "agent":
            decided, echoed = self._cues.agent_reply(
                _as_read(utterance, text), self._turn, words, embedding
            )
            if echoed:
                # An apology that refers to the customer's own words engages with them: not canned.
                utterance.labels = [ls for ls in utterance.labels if ls.label != "canned_empathy"]
        elif any(is_cue(ls.label) for ls in utterance.labels):
            self._resolve_deadline(utterance)
            self._cues.add_cue(_as_read(utterance, text), embedding)

        new = [*findings, *_label_findings(utterance), *decided]
        self._score.add_utterance(utterance)
        self._score.add_findings([*findings, *decided])
        self.call.findings.extend(new)
        return UtteranceUpdate(utterance=utterance, findings=new, score=self._score.score())

    def finish(self) -> Call:
        """Close the cues still waiting (the call ended before the agent answered them)."""
        if not self._finished:
            ended = self._cues.finish()
            self._score.add_findings(ended)
            self.call.findings.extend(ended)
            self.call.findings.sort(key=lambda f: (f.utterance, _LABEL_ORDER.get(f.label, 99)))
            self.call.score = self._score.score()
            self._finished = True
        return self.call

    def _after_concern(self) -> bool:
        """Whether one of the customer's last two utterances, within the last six of the call,
        is a concern: it carries a cue label or matches a concern pattern (concerns.jsonl)."""
        since = len(self.call.utterances) - 7
        return any(concern for index, concern in self._concerns if index >= since)

    def _turn_labels(self, speaker: str, text: str, found: set[str]) -> list[LabelScore]:
        """Rule labels that need the turn so far: an utterance cut at a pause ("I'm afraid I
        can't give out my surname." / "That's company policy.") is still read as one turn.
        Only matches that run into `text` from the utterances before it count (the rest were
        found on their own); their span is cut to the part in `text`."""
        context = " ".join(self._turn_texts)[-TURN_CONTEXT_CHARS:]
        joined = f"{context} {text}"
        offset = len(context) + 1
        added = []
        for ls in self.detector.rules.match(speaker, joined, word_start_keys(joined)):
            if ls.label in found or ls.span is None:
                continue
            start, end = ls.span
            if start < offset < end:
                ls.span = (0, end - offset)
                ls.detail = {**ls.detail, "turn": True}
                added.append(ls)
                found.add(ls.label)
        return added

    def _resolve_deadline(self, utterance: Utterance) -> None:
        deadline = utterance.label("deadline")
        if deadline is None:
            return
        start, end = deadline.span or (0, len(utterance.text))
        found = find_time_expression(utterance.text, start, end) or find_time_expression(
            utterance.text
        )
        if found is None:
            return
        detail: dict[str, Any] = {"expression": found[0], "resolved": None}
        if self.call.started_at is not None:
            said_at = self.call.started_at + timedelta(seconds=utterance.start or 0.0)
            resolved = resolve(found[0], said_at)
            if resolved is not None:
                detail.update(resolved=resolved.isoformat(), precision=resolved.precision)
        deadline.detail = detail


def _as_read(utterance: Utterance, text: str) -> Utterance:
    """The utterance as the detector read it (text-channel noise blanked, same length, so its
    spans still hold), for the conversation layer to compare words and patterns on."""
    return utterance if text == utterance.text else replace(utterance, text=text)


def model_input(utterances: list[Utterance], index: int) -> ModelInput:
    """The model's view of utterance `index`: its speaker and text, with the turn before it,
    text-channel noise (handles, links, sign-offs, emoji) left out."""
    utterance = utterances[index]
    before = utterances[index - 1] if index else None
    previous = f"{before.speaker}: {model_text(before.text)}" if before is not None else None
    return ModelInput(utterance.speaker, model_text(utterance.text), previous)


def _label_findings(utterance: Utterance) -> list[Finding]:
    findings = []
    for ls in utterance.labels:
        span = ls.span
        findings.append(
            Finding(
                label=ls.label,
                utterance=utterance.index,
                score=ls.score,
                text=utterance.text[span[0] : span[1]] if span else utterance.text,
                span=span,
                detail=dict(ls.detail),
            )
        )
    return findings


def _utterance_from_dict(
    data: dict[str, Any], call_id: str | None = None, index: int | None = None
) -> Utterance:
    """A live utterance given as a dict, checked as a reader checks one (CallValueError)."""
    where = where_call(call_id) if call_id is not None else "<live utterance>"
    field = f"utterances[{index}]" if index is not None else "utterance"
    checked = check_utterance_fields(
        data.get("speaker"), data.get("text"), data.get("start"), data.get("end"), where, field
    )
    return Utterance(checked.speaker, checked.text, checked.start, checked.end)


_default_detector: Detector | None = None


def default_detector() -> Detector:
    global _default_detector
    if _default_detector is None:
        _default_detector = Detector()
    return _default_detector


def score_call(call: Call, detector: Detector | None = None) -> Call:
    """Score one call with the built-in patterns (loaded once and reused)."""
    return (detector or default_detector()).score_call(call)


__all__ = [
    "CallSession",
    "Detector",
    "DetectorOptions",
    "LabelScore",
    "UtteranceUpdate",
    "score_call",
]
