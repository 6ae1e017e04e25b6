"""The hand-labelled training data is well formed: labels from the taxonomy on the right speaker,
a reason for every labelled corpus row, call-level gold that points where it should, and nothing
from the held-out sets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import REPO

from mot_detect.io.readers import load_calls
from mot_detect.labels import UTTERANCE_LABELS, is_cue

sys.path.insert(0, str(REPO / "scripts"))
from build_dataset import DRAWN as DRAWN_SOURCES
from build_dataset import REAL_LABELS, TRAIN, heldout_texts
from heldout_split import norm

DRAWN = [REAL_LABELS / f"{name}.jsonl" for name in DRAWN_SOURCES]


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.mark.parametrize("path", DRAWN, ids=lambda p: p.stem)
def test_drawn_corpus_rows_carry_hand_labels(path: Path) -> None:
    for number, row in enumerate(rows(path), start=1):
        where = f"{path.name}:{number}"
        assert row["speaker"] in ("agent", "customer"), where
        assert row["text"].strip(), where
        for label in row["labels"]:
            assert label in UTTERANCE_LABELS, where
            assert is_cue(label) == (row["speaker"] == "customer"), where
        if row["labels"]:
            assert row["note"].strip(), f"{where}: a labelled row says why"


def test_fresh_training_calls_have_call_level_gold() -> None:
    path = TRAIN / "fresh_calls_dev.jsonl"
    calls = load_calls(path)
    assert len(calls) >= 70
    for call in calls:
        cues = {
            u.index for u in call.utterances if u.gold and any(is_cue(label) for label in u.gold)
        }
        assert call.gold_findings is not None, call.call_id
        found = [f.utterance for f in call.gold_findings]
        assert sorted(found) == sorted(cues), f"{call.call_id}: one finding per cue utterance"
        for finding in call.gold_findings:
            for reply in finding.replies:
                assert call.utterances[reply].speaker == "agent", call.call_id
                assert reply > finding.utterance, call.call_id


def test_no_training_row_is_held_out_text() -> None:
    heldout = heldout_texts() - {""}
    for path in DRAWN:
        leaked = [row["text"] for row in rows(path) if norm(row["text"]) in heldout]
        # build_dataset.py drops these; the draw itself was made outside the held-out rows
        assert len(leaked) <= 0.01 * len(rows(path)), (path.name, leaked[:3])
    for name in ("train.jsonl", "dev.jsonl"):
        leaked = [row["text"] for row in rows(TRAIN / name) if norm(row["text"]) in heldout]
        assert leaked == [], (name, leaked[:3])
    # The written training calls go in whole, without a text filter (a call loses its context
    # otherwise): what they share with the held-out sets can only be stock lines ("is there
    # anything else I can help with today"), never a copied call or a copied long utterance.
    texts = [
        norm(u["text"])
        for call in rows(TRAIN / "fresh_calls_dev.jsonl")
        for u in call["utterances"]
    ]
    shared = [text for text in texts if text in heldout and len(text.split()) > 6]
    assert len(shared) <= 0.02 * len(texts), shared[:5]
    assert all(len(text.split()) <= 12 for text in shared), shared
