"""mot-detect: find the moments of truth in contact-center calls.

from mot_detect import load_calls, score_call
for call in load_calls("call.json"):
    scored = score_call(call)
    print(scored.score.priority, [f.label for f in scored.findings])
"""

from mot_detect.errors import InputError, MotDetectError, PatternError
from mot_detect.io import iter_calls, load_calls
from mot_detect.pipeline import CallSession, Detector, DetectorOptions, UtteranceUpdate, score_call
from mot_detect.types import Call, CallScore, Finding, LabelScore, Utterance

__version__ = "0.1.0"

__all__ = [
    "Call",
    "CallScore",
    "CallSession",
    "Detector",
    "DetectorOptions",
    "Finding",
    "InputError",
    "LabelScore",
    "MotDetectError",
    "PatternError",
    "Utterance",
    "UtteranceUpdate",
    "__version__",
    "iter_calls",
    "load_calls",
    "score_call",
]
