from __future__ import annotations

from pathlib import Path

import pytest

from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
INSURANCE_CALLS = SHARED / "data" / "calls" / "insurance_calls_dev.jsonl"


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The rule and conversation layers alone: what these tests pin down does not move when the
    model is retrained."""
    return Detector(DetectorOptions(engine="rules"))


@pytest.fixture(scope="session")
def model_detector() -> Detector:
    """Rules, the shipped ONNX model and their fusion (the default engine)."""
    return Detector(DetectorOptions(engine="both"))


def score_live(detector: Detector, call: Call) -> Call:
    """`call` scored the way the streaming hook scores it: one utterance at a time."""
    session = detector.session(call.call_id, started_at=call.started_at, metadata=call.metadata)
    for u in call.utterances:
        session.add({"speaker": u.speaker, "text": u.text, "start": u.start, "end": u.end})
    return session.finish()
