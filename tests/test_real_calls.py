"""The 48 real insurance calls of ../shared: everything reads and scores, and the rule layer stays
quiet on ordinary sales talk (precision over recall)."""

from __future__ import annotations

import collections

from conftest import INSURANCE_CALLS

from mot_detect import load_calls
from mot_detect.labels import CUE_LABELS
from mot_detect.pipeline import Detector


def test_all_real_calls_score(detector: Detector) -> None:
    calls = load_calls(INSURANCE_CALLS)
    assert len(calls) == 48
    scored = [detector.score_call(c) for c in calls]
    utterances = sum(len(c.utterances) for c in scored)
    assert utterances == 8143
    counts = collections.Counter(ls.label for c in scored for u in c.utterances for ls in u.labels)
    # Sales calls about quotes: few moments of truth, so cue labels must stay rare.
    cue_flags = sum(counts[label] for label in CUE_LABELS)
    assert cue_flags < 0.01 * utterances, counts
    assert (
        counts["hold_script"] > 100
    )  # "please stay on the line while we connect you" is everywhere
    assert all(c.score is not None and 0 <= c.score.priority <= 100 for c in scored)
