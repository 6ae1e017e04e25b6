"""The call score: what was at stake, how it was handled, and the priority for review.

    stakes   = 1 - prod over cue labels l of (1 - w_l * s_l)
               s_l: the strongest score label l reached in the call; w_l: CUE_WEIGHTS[l].
               A noisy-OR: each further kind of cue raises the stakes, none can pass 1.
    miss     = sum of c(f) over missed cues / sum of c(f) over missed and acknowledged cues
               c(f) = finding score * the largest weight of its cue labels; 0 when no cue was decided.
    scripts  = 1 - exp(-L / 3),  L = sum over agent labels of AGENT_WEIGHTS[label] * score
    handling = 1 - 0.7 * miss - 0.3 * scripts              (1 = handled well)
    priority = 100 * (0.85 * stakes * (1 - handling) + 0.15 * scripts)
    level    = "high" if priority >= 40, "medium" if priority >= 15, else "low"

So a call with much at stake and its cues missed comes first; a call with nothing at stake can
still reach "medium" on script-bound replies alone (blame, refusals), never "high".
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from mot_detect.labels import AGENT_WEIGHTS, CUE_WEIGHTS, MISSED_CUE
from mot_detect.types import CallScore, Finding, Utterance

HIGH_PRIORITY = 40.0
MEDIUM_PRIORITY = 15.0


class ScoreAccumulator:
    """Keeps the sums the score needs, so a live call's score is updated per utterance in O(1)."""

    def __init__(self) -> None:
        self.strongest_cue: dict[str, float] = {}
        self.script_load = 0.0
        self.missed_weight = 0.0
        self.decided_weight = 0.0

    def add_utterance(self, utterance: Utterance) -> None:
        for ls in utterance.labels:
            if ls.label in CUE_WEIGHTS:
                self.strongest_cue[ls.label] = max(self.strongest_cue.get(ls.label, 0.0), ls.score)
            elif ls.label in AGENT_WEIGHTS:
                self.script_load += AGENT_WEIGHTS[ls.label] * ls.score

    def add_findings(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            if not finding.cues:
                continue
            weight = finding.score * max(CUE_WEIGHTS.get(c, 0.0) for c in finding.cues)
            self.decided_weight += weight
            if finding.label == MISSED_CUE:
                self.missed_weight += weight

    def score(self) -> CallScore:
        calm = 1.0
        for label, strongest in self.strongest_cue.items():
            calm *= 1.0 - CUE_WEIGHTS[label] * strongest
        stakes = 1.0 - calm
        miss = self.missed_weight / self.decided_weight if self.decided_weight else 0.0
        scripts = 1.0 - math.exp(-self.script_load / 3.0)
        handling = 1.0 - 0.7 * miss - 0.3 * scripts
        priority = 100.0 * (0.85 * stakes * (1.0 - handling) + 0.15 * scripts)
        level = (
            "high"
            if priority >= HIGH_PRIORITY
            else "medium"
            if priority >= MEDIUM_PRIORITY
            else "low"
        )
        return CallScore(
            stakes=round(stakes, 4),
            handling=round(handling, 4),
            priority=round(priority, 1),
            level=level,
        )
