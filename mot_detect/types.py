"""The containers that flow through the pipeline. Times are float seconds from call start."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class LabelScore:
    """One label on one utterance, with the evidence for it."""

    label: str
    score: float
    source: str = "rule"
    span: tuple[int, int] | None = None
    pattern: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    # False for a rule hit the model may not overrule (a pattern marked "model_veto": false).
    model_veto: bool = True


@dataclass
class Utterance:
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    index: int = -1
    labels: list[LabelScore] = field(default_factory=list)
    gold: list[str] | None = None  # a reviewer's labels, when the call is for evaluation
    # Speech recognition's words, (start, end, word as written), when it came from a recording:
    # where each stretch of the text was said (redacted audio silences by them). Not written out.
    words: list[tuple[float, float, str]] | None = None

    def label(self, name: str) -> LabelScore | None:
        return next((ls for ls in self.labels if ls.label == name), None)

    @property
    def label_names(self) -> list[str]:
        return [ls.label for ls in self.labels]


@dataclass
class Finding:
    """Something a reviewer should look at.

    Utterance-level findings carry one label of the taxonomy and the matched span. Call-level
    findings (`missed_cue`, `acknowledged_cue`) point at the cue utterance, name its cue labels
    in `cues`, and list in `replies` the agent utterances that were weighed.
    """

    label: str
    utterance: int
    score: float
    text: str | None = None
    span: tuple[int, int] | None = None
    cues: list[str] = field(default_factory=list)
    replies: list[int] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class CallScore:
    """stakes and handling in 0..1 (handling 1 = handled well); priority in 0..100."""

    stakes: float
    handling: float
    priority: float
    level: str


@dataclass(frozen=True)
class GoldFinding:
    """A reviewer's `missed_cue` / `acknowledged_cue` on the cue `utterance`, with the agent
    replies that missed or addressed it."""

    label: str
    utterance: int
    replies: tuple[int, ...] = ()


@dataclass
class Call:
    call_id: str
    utterances: list[Utterance] = field(default_factory=list)
    started_at: datetime | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    findings: list[Finding] = field(default_factory=list)
    score: CallScore | None = None
    # A reviewer's call-level findings, when the call is for evaluation.
    gold_findings: list[GoldFinding] | None = None
    # What redaction did ({"policy": "pci,pii", "redacted": {"CARD_NUMBER": 2}}), once redacted.
    redaction: dict[str, Any] | None = None
