"""Text channels through the whole pipeline, and live against batch on held-out calls.

Chat, social and e-mail transcripts carry handles, links, sign-offs and emoji. The rules and the
model read them with that noise blanked (detect/text_channel.py), and the spans they report still
point into the original text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, score_live

from mot_detect import load_calls
from mot_detect.detect.encoding import model_text
from mot_detect.io.readers import call_from_dict
from mot_detect.io.writers import call_to_dict
from mot_detect.pipeline import Detector, model_input
from mot_detect.types import Utterance

CHAT = [
    (
        "customer",
        "@FlyHighAir my flight is at 6:40 tonight and you cancelled it 😡 https://t.co/x1Yz",
    ),
    ("agent", "@maria_k I understand your frustration 🙏 please DM us your booking ref ^JD"),
    ("customer", "that's it, I'm never booking with you again #done"),
    ("agent", "Sorry to hear that. Our live chat can sort that out: www.flyhigh.example/help -Sam"),
]
CLEAN = [
    ("customer", "my flight is at 6:40 tonight and you cancelled it"),
    ("agent", "I understand your frustration please DM us your booking ref"),
    ("customer", "that's it, I'm never booking with you again done"),
    ("agent", "Sorry to hear that. Our live chat can sort that out:"),
]


def call(turns: list[tuple[str, str]], call_id: str) -> dict:
    return {"call_id": call_id, "utterances": [{"speaker": s, "text": t} for s, t in turns]}


@pytest.mark.parametrize("engine", ["rules", "both"])
def test_chat_noise_does_not_change_the_labels(
    engine: str, detector: Detector, model_detector: Detector
) -> None:
    scorer = detector if engine == "rules" else model_detector
    noisy = scorer.score_call(call_from_dict(call(CHAT, "chat")))
    clean = scorer.score_call(call_from_dict(call(CLEAN, "clean")))
    assert [u.label_names for u in noisy.utterances] == [u.label_names for u in clean.utterances]
    assert {"canned_empathy"} <= set(noisy.utterances[1].label_names)
    assert "churn_risk" in noisy.utterances[2].label_names
    assert "transfer" in noisy.utterances[3].label_names


def test_spans_point_into_the_original_text(detector: Detector) -> None:
    scored = detector.score_call(call_from_dict(call(CHAT, "chat")))
    for utterance in scored.utterances:
        for label in utterance.labels:
            if label.span is not None:
                start, end = label.span
                piece = utterance.text[start:end]
                assert piece.strip() and "@" not in piece and "http" not in piece


def test_the_model_reads_the_text_without_the_noise() -> None:
    utterances = [Utterance(s, t) for s, t in CHAT]
    item = model_input(utterances, 1)
    assert item.text == "I understand your frustration please DM us your booking ref"
    assert item.previous is not None and "https" not in item.previous and "😡" not in item.previous
    assert model_text("   ") == "   "  # nothing left: the text itself, never empty


HELDOUT_SAMPLE = [
    REPO / "data" / "heldout" / "fresh_calls.jsonl",
    REPO / "data" / "heldout" / "insurance_labelled_calls.jsonl",
]


@pytest.mark.parametrize("path", HELDOUT_SAMPLE, ids=lambda p: p.stem)
def test_live_equals_batch_on_held_out_calls(model_detector: Detector, path: Path) -> None:
    """Batch scoring reads a call's utterances together on several threads; live reads them one
    at a time. Labels, scores, findings and the call score must be identical."""
    for original in load_calls(path)[:6]:
        batch = model_detector.score_call(original)
        live = score_live(model_detector, original)
        live.gold_findings = batch.gold_findings
        for u_live, u_batch in zip(live.utterances, batch.utterances, strict=True):
            u_live.gold = u_batch.gold
        assert json.dumps(call_to_dict(live), sort_keys=True) == json.dumps(
            call_to_dict(batch), sort_keys=True
        )


def test_the_conversation_layer_reads_what_the_rules_read(detector: Detector) -> None:
    """A typographic apostrophe, as phones type it, does not change the cue decision."""
    for apostrophe in ("'", "\u2019"):
        turns = [
            ("customer", "I have to have the money back before Friday or my rent bounces."),
            ("agent", f"Okay. I{apostrophe}ll reverse the charge."),
        ]
        scored = detector.score_call(call_from_dict(call(turns, "curly")))
        decided = {f.label for f in scored.findings if f.utterance == 0}
        assert "acknowledged_cue" in decided, apostrophe
