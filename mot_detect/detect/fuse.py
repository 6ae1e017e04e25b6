"""Rule and model evidence -> the final label scores of an utterance.

For each label, with r the rule score (0 when no pattern fired), p the model probability, t the
label's threshold and v the label's rule-veto level (both tuned on the dev split, in labels.json):

    the label fires  if  p >= t             (the model alone is confident), or
                         r > 0 and p >= v   (a pattern fired and the model does not flatly deny it)
                         or the pattern that fired is marked `"model_veto": false`
    its score        =   1 - (1 - r)(1 - p) when a pattern fired, else p

So a pattern the model calls near-impossible (p < v) is dropped: that is how "that's the way it
is" said in small talk stops being a policy refusal. The veto is per label, and 0 (never veto)
where the dev data shows the patterns right more often than the model is: on real calls one
veto for all labels threw away about six right hits for each wrong one, mostly in long turns. Cue labels are only given to customers and
agent labels to agents; `reverification` comes from the conversation layer alone (one utterance
cannot tell whether a detail was given earlier).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from mot_detect.labels import UTTERANCE_LABELS, is_agent_label, is_cue
from mot_detect.types import LabelScore

VETO_GRID: tuple[float, ...] = (0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
CONVERSATION_ONLY = frozenset({"reverification"})
ENGINES = ("rules", "model", "both")


def speaker_allows(speaker: str, label: str) -> bool:
    if speaker == "unknown":
        return True
    return (speaker == "customer" and is_cue(label)) or (
        speaker == "agent" and is_agent_label(label)
    )


def rule_stands(rule: LabelScore, p: float, veto: float) -> bool:
    """Whether a pattern's hit survives the model's probability p for its label."""
    return p >= veto or not rule.model_veto


def fuse(
    rule_labels: Sequence[LabelScore],
    probabilities: Mapping[str, float] | None,
    thresholds: Mapping[str, float],
    veto: Mapping[str, float],
    speaker: str,
    engine: str = "both",
) -> list[LabelScore]:
    if engine == "rules" or probabilities is None:
        return list(rule_labels)
    by_rule = {ls.label: ls for ls in rule_labels}
    fused: list[LabelScore] = []
    for label, p in probabilities.items():
        if label in CONVERSATION_ONLY or not speaker_allows(speaker, label):
            continue
        rule = by_rule.get(label) if engine == "both" else None
        if rule is not None and rule_stands(rule, p, veto.get(label, 0.0)):
            fused.append(
                LabelScore(
                    label,
                    1 - (1 - rule.score) * (1 - p),
                    f"{rule.source}+model",
                    rule.span,
                    rule.pattern,
                    rule.detail,
                )
            )
        elif p >= thresholds.get(label, 0.5):
            fused.append(LabelScore(label, p, "model"))
    return sorted(fused, key=lambda ls: -ls.score)


def fuse_decisions(
    probabilities: np.ndarray,
    rule_hits: Sequence[Mapping[str, LabelScore]],
    thresholds: Mapping[str, float],
    veto: Mapping[str, float],
    speakers: Sequence[str],
) -> np.ndarray:
    """The same rule as `fuse`, as a boolean matrix over examples x UTTERANCE_LABELS (for tuning)."""
    decided = np.zeros(probabilities.shape, dtype=bool)
    for row, (hits, speaker) in enumerate(zip(rule_hits, speakers, strict=True)):
        for j, label in enumerate(UTTERANCE_LABELS):
            if label in CONVERSATION_ONLY or not speaker_allows(speaker, label):
                continue
            p = probabilities[row, j]
            decided[row, j] = p >= thresholds[label] or (
                label in hits and rule_stands(hits[label], p, veto.get(label, 0.0))
            )
    return decided
