from __future__ import annotations

from pathlib import Path

import pytest

from mot_detect.pipeline import Detector

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
INSURANCE_CALLS = SHARED / "data" / "calls" / "insurance_calls_dev.jsonl"


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()
