"""The training path end to end on a small slice: train, export to int8 ONNX (and refit the
reply model for it), load, predict.

Slow (about a minute and a half on 2 cores); CI runs it. Needs the train extra."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from mot_detect.conversation.reply_model import ReplyModel
from mot_detect.detect.encoding import ModelInput
from mot_detect.detect.model import LABELS_FILE, MODEL_FILE, ModelOptions, UtteranceModel
from mot_detect.labels import UTTERANCE_LABELS

pytestmark = pytest.mark.slow


def test_train_export_and_load(tmp_path: Path) -> None:
    dev = tmp_path / "dev.jsonl"
    lines = (REPO / "data" / "train" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    dev.write_text("\n".join(lines[:120]) + "\n", encoding="utf-8")
    out = tmp_path / "train"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "train.py"),
            "--limit",
            "96",
            "--epochs",
            "1",
            "--dev",
            str(dev),
            "--out",
            str(out),
        ],
        check=True,
        timeout=900,
    )
    report = json.loads((out / "report.json").read_text())
    assert report["examples"]["train"] == 96 and set(report["dev_thresholds"]) == set(
        UTTERANCE_LABELS
    )
    models = tmp_path / "models"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "export_onnx.py"),
            "--checkpoint",
            str(out / "model.pt"),
            "--dev",
            str(dev),
            "--models",
            str(models),
            "--skip-card",
        ],
        check=True,
        timeout=900,
    )
    meta = json.loads((models / LABELS_FILE).read_text())
    assert meta["labels"] == list(UTTERANCE_LABELS)
    assert (models / MODEL_FILE).stat().st_size < 25e6
    model = UtteranceModel(ModelOptions(path=models))
    (output,) = model.predict([ModelInput("customer", "I need it by seven tonight.")])
    assert set(output.probabilities) == set(UTTERANCE_LABELS) and output.embedding.shape == (384,)
    # The reply model is refitted for the new embeddings and loads beside them.
    reply = ReplyModel.load(models, 384)
    assert reply is not None and 0 <= reply.veto < reply.accept
    assert reply.meta["training"]["hand_judged_pairs"] > 0
