"""Measuring the detector against reviewed calls: per-label precision, recall and F1.

A reviewed call is a taxonomy call whose utterances carry `gold`, the list of labels a reviewer
gave it (`[]` for an ordinary utterance). Utterances without `gold` are context only: they are
scored with the call (the conversation layer needs them) but not counted. A false alarm is an
utterance reviewed as ordinary that the detector flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS
from mot_detect.types import Call


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class LabelCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "support": self.support,
            "predicted": self.tp + self.fp,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
            "f1": _rounded(self.f1),
        }

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not self.support:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)


@dataclass
class Evaluation:
    labels: dict[str, LabelCounts] = field(
        default_factory=lambda: {lab: LabelCounts() for lab in UTTERANCE_LABELS}
    )
    utterances: int = 0
    ordinary: int = 0
    false_alarms: int = 0
    calls: int = 0
    findings: dict[str, LabelCounts] = field(
        default_factory=lambda: {lab: LabelCounts() for lab in CALL_FINDINGS}
    )
    calls_with_gold_findings: int = 0

    def add(self, call: Call) -> None:
        """Count one scored call's reviewed utterances."""
        self.calls += 1
        for utterance in call.utterances:
            if utterance.gold is None:
                continue
            self.utterances += 1
            gold, predicted = set(utterance.gold), set(utterance.label_names)
            if not gold:
                self.ordinary += 1
                self.false_alarms += bool(predicted)
            for label in UTTERANCE_LABELS:
                counts = self.labels[label]
                if label in predicted and label in gold:
                    counts.tp += 1
                elif label in predicted:
                    counts.fp += 1
                elif label in gold:
                    counts.fn += 1
        if call.gold_findings is not None:
            self._add_findings(call)

    def _add_findings(self, call: Call) -> None:
        self.calls_with_gold_findings += 1
        for label in CALL_FINDINGS:
            gold = {f.utterance for f in call.gold_findings or () if f.label == label}
            predicted = {f.utterance for f in call.findings if f.label == label}
            counts = self.findings[label]
            counts.tp += len(gold & predicted)
            counts.fp += len(predicted - gold)
            counts.fn += len(gold - predicted)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the labels with at least one reviewed positive."""
        scores = [c.f1 for c in self.labels.values() if c.f1 is not None]
        return sum(scores) / len(scores) if scores else 0.0

    @property
    def micro(self) -> LabelCounts:
        total = LabelCounts()
        for counts in self.labels.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    def as_dict(self) -> dict[str, object]:
        r = _rounded
        micro = self.micro
        return {
            "calls": self.calls,
            "reviewed_utterances": self.utterances,
            "ordinary_utterances": self.ordinary,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": r(self.false_alarms / self.ordinary) if self.ordinary else None,
            "macro_f1": r(self.macro_f1),
            "micro": {
                "precision": r(micro.precision),
                "recall": r(micro.recall),
                "f1": r(micro.f1),
            },
            "labels": {label: c.as_dict() for label, c in self.labels.items()},
            "call_findings": {label: c.as_dict() for label, c in self.findings.items()}
            if self.calls_with_gold_findings
            else None,
        }


def evaluate(calls: Iterable[Call]) -> Evaluation:
    """Counts over scored calls (scored by any engine)."""
    result = Evaluation()
    for call in calls:
        result.add(call)
    return result
