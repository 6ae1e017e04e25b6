"""The ONNX runtime core: loading, provider choice, batching, errors, fusion, engines."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import EXAMPLES, REPO, score_live

from mot_detect import load_calls
from mot_detect.detect.encoding import ModelInput
from mot_detect.detect.fuse import fuse
from mot_detect.detect.model import (
    LABELS_FILE,
    MAX_WINDOWS,
    MODEL_FILE,
    TOKENIZER_FILE,
    ModelError,
    ModelOptions,
    UtteranceModel,
    choose_providers,
    choose_threads,
    default_model_dir,
    load_model,
    rule_vetoes,
    sentence_windows,
)
from mot_detect.io.writers import call_to_dict
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import LabelScore

ITEMS = [
    ModelInput(
        "customer",
        "My daughter's recital is at seven and the car won't start.",
        "agent: How can I help?",
    ),
    ModelInput(
        "agent",
        "I understand your frustration, please hold.",
        "customer: This is the fourth time I'm calling.",
    ),
    ModelInput("agent", "Thanks."),
    ModelInput("customer", "yes"),
    ModelInput(
        "customer",
        "I've been paying you people for eleven years and never once made a claim, and now this.",
        None,
    ),
]


@pytest.fixture(scope="module")
def model() -> UtteranceModel:
    return load_model(ModelOptions())


def test_shipped_model_loads_with_the_taxonomy(model: UtteranceModel) -> None:
    assert model.folder == default_model_dir()
    assert model.labels == list(UTTERANCE_LABELS)
    assert set(model.thresholds) == set(UTTERANCE_LABELS)
    assert (REPO / "mot_detect" / "models" / MODEL_FILE).stat().st_size < 25e6


def test_model_is_loaded_once_and_shared() -> None:
    assert load_model(ModelOptions()) is load_model(ModelOptions())


def test_outputs_have_the_documented_shape(model: UtteranceModel) -> None:
    outputs = model.predict(ITEMS)
    assert len(outputs) == len(ITEMS)
    for output in outputs:
        assert list(output.probabilities) == list(UTTERANCE_LABELS)
        assert all(0.0 <= p <= 1.0 for p in output.probabilities.values())
        assert output.embedding.shape == (384,)
        assert abs(float(np.linalg.norm(output.embedding)) - 1.0) < 1e-3


def example_inputs() -> list[ModelInput]:
    from mot_detect.pipeline import model_input

    calls = [c for p in sorted(EXAMPLES.glob("*.*")) if p.suffix != ".md" for c in load_calls(p)]
    return [model_input(c.utterances, i) for c in calls for i in range(len(c.utterances))]


def test_many_at_once_is_exactly_one_by_one() -> None:
    """Many utterances at once (on two workers) give each exactly what it gets alone, as the live
    path reads it: every input runs in a batch of its own."""
    items = example_inputs()
    together = UtteranceModel(ModelOptions(workers=2)).predict(items)
    model = UtteranceModel(ModelOptions(workers=1))
    alone = [model.predict([item])[0] for item in items]
    for a, b in zip(together, alone, strict=True):
        assert a.probabilities == b.probabilities
        assert np.array_equal(a.embedding, b.embedding)


@pytest.mark.parametrize("batch_size", [8, 64])
def test_batched_equals_one_by_one(batch_size: int) -> None:
    """With batch_size > 1 (for a GPU), bucketed batches come back in input order with each
    utterance's own outputs. The int8 model's per-batch activation scale moves probabilities a
    little, so they are compared with a tolerance, and the decisions must agree almost always."""
    items = example_inputs()
    batched = UtteranceModel(ModelOptions(batch_size=batch_size)).predict(items)
    model = UtteranceModel(ModelOptions(batch_size=1))
    alone = model.predict(items)
    singles = np.stack([s.embedding for s in alone])
    differences, agree, total = [], 0, 0
    for index, (b, s) in enumerate(zip(batched, alone, strict=True)):
        assert int(np.argmax(singles @ b.embedding)) == index  # its own outputs, not a neighbour's
        assert float(b.embedding @ s.embedding) > 0.95
        for label, p in b.probabilities.items():
            differences.append(abs(p - s.probabilities[label]))
            agree += (p >= model.thresholds[label]) == (
                s.probabilities[label] >= model.thresholds[label]
            )
            total += 1
    assert max(differences) < 0.3
    assert float(np.mean(differences)) < 0.01
    assert agree / total > 0.99


@pytest.mark.parametrize(
    ("requested", "available", "expected"),
    [
        ("auto", ["CPUExecutionProvider"], ["CPUExecutionProvider"]),
        (
            "auto",
            ["CUDAExecutionProvider", "CPUExecutionProvider"],
            ["CUDAExecutionProvider", "CPUExecutionProvider"],
        ),
        ("cpu", ["CUDAExecutionProvider", "CPUExecutionProvider"], ["CPUExecutionProvider"]),
        (
            "cuda",
            ["CUDAExecutionProvider", "CPUExecutionProvider"],
            ["CUDAExecutionProvider", "CPUExecutionProvider"],
        ),
    ],
)
def test_provider_choice(requested: str, available: list[str], expected: list[str]) -> None:
    assert choose_providers(requested, available) == expected


def test_cuda_without_a_gpu_build_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="onnxruntime-gpu"):
        choose_providers("cuda", ["CPUExecutionProvider"])
    with pytest.raises(ModelError, match="unknown provider"):
        choose_providers("tpu", ["CPUExecutionProvider"])


def test_this_machine_runs_on_cpu(model: UtteranceModel) -> None:
    import onnxruntime as ort

    expected = (
        "CUDAExecutionProvider"
        if "CUDAExecutionProvider" in ort.get_available_providers()
        else "CPUExecutionProvider"
    )
    assert model.session.get_providers()[0] == expected


def copy_model(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(default_model_dir(), folder, ignore=shutil.ignore_patterns("__*", "*.md"))
    return folder


@pytest.mark.parametrize("missing", [MODEL_FILE, TOKENIZER_FILE, LABELS_FILE])
def test_missing_file_is_named(tmp_path: Path, missing: str) -> None:
    folder = copy_model(tmp_path)
    (folder / missing).unlink()
    with pytest.raises(ModelError, match=f"{missing}: model file not found"):
        UtteranceModel(ModelOptions(path=folder))


def test_corrupt_onnx_is_a_clear_error(tmp_path: Path) -> None:
    folder = copy_model(tmp_path)
    (folder / MODEL_FILE).write_bytes(b"this is not an onnx model" * 100)
    with pytest.raises(ModelError, match="cannot load the ONNX model"):
        UtteranceModel(ModelOptions(path=folder))


def test_truncated_onnx_is_a_clear_error(tmp_path: Path) -> None:
    folder = copy_model(tmp_path)
    data = (folder / MODEL_FILE).read_bytes()
    (folder / MODEL_FILE).write_bytes(data[: len(data) // 3])
    with pytest.raises(ModelError, match="cannot load the ONNX model"):
        UtteranceModel(ModelOptions(path=folder))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(labels=["deadline"]), "field 'labels'"),
        (lambda m: m.update(thresholds={}), "field 'thresholds'"),
        (lambda m: m.pop("max_length"), "field 'max_length'"),
    ],
)
def test_bad_label_file_names_the_field(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    folder = copy_model(tmp_path)
    meta = json.loads((folder / LABELS_FILE).read_text())
    change(meta)
    (folder / LABELS_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=message):
        UtteranceModel(ModelOptions(path=folder))


def test_model_trained_on_another_input_format_is_refused(tmp_path: Path) -> None:
    folder = copy_model(tmp_path)
    meta = json.loads((folder / LABELS_FILE).read_text())
    meta["input_format"] = "speaker-prefixed utterance [SEP] previous turn (v1)"
    (folder / LABELS_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=r"field 'input_format'.*retrain"):
        UtteranceModel(ModelOptions(path=folder))


# --- sentence windows and threads -------------------------------------------------------

LONG_TURN = (
    "So I rang on Monday about the boiler and the engineer said he would come out. "
    "He never turned up and nobody called to say why, and I took the day off work for it. "
    "I need it fixed before my mother comes home from hospital on Friday morning. "
    "She can't be in a cold house with her chest."
)


def test_short_utterances_are_read_whole_only() -> None:
    assert sentence_windows(ModelInput("customer", "My flight is at six."), 24) == []
    assert sentence_windows(ModelInput("customer", LONG_TURN), 0) == []


def test_long_utterances_are_read_in_sentence_windows() -> None:
    item = ModelInput("customer", LONG_TURN, "agent: How can I help?")
    windows = sentence_windows(item, 24)
    assert all(len(w.text.split()) <= 24 for w in windows)
    assert " ".join(w.text for w in windows) == " ".join(LONG_TURN.split())
    assert windows[0].previous == "agent: How can I help?"
    # Later windows read the end of the utterance's own earlier words as their context.
    assert windows[1].previous == "customer: " + " ".join(
        " ".join(w.text for w in windows[:1]).split()[-12:]
    )
    # At most MAX_WINDOWS windows, however long the utterance.
    huge = ModelInput("customer", "It broke again. " * 2000)
    assert len(sentence_windows(huge, 24)) == MAX_WINDOWS
    # A sentence longer than the window is cut every 24 words.
    long_sentence = " ".join(["word"] * 60)
    assert [
        len(w.text.split()) for w in sentence_windows(ModelInput("agent", long_sentence), 24)
    ] == [24, 24, 12]


def test_long_utterance_takes_the_highest_probability_of_its_windows(
    model: UtteranceModel,
) -> None:
    item = ModelInput("customer", LONG_TURN, "agent: How can I help?")
    pooled = model.predict([item])[0].probabilities
    unwindowed = UtteranceModel(ModelOptions(window_words=0))
    whole = unwindowed.predict([item])[0].probabilities
    parts = [
        o.probabilities
        for o in unwindowed.predict(sentence_windows(item, model.options.window_words))
    ]
    for label in UTTERANCE_LABELS:
        assert pooled[label] == pytest.approx(
            max([whole[label], *(p[label] for p in parts)]), abs=2e-4
        )


@pytest.mark.parametrize(
    ("cores", "load", "expected"), [(2, 0.1, 2), (2, 1.4, 1), (2, 3.0, 1), (8, 2.2, 6)]
)
def test_threads_are_the_cores_left_free(
    monkeypatch: pytest.MonkeyPatch, cores: int, load: float, expected: int
) -> None:
    import mot_detect.detect.model as model_module

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(model_module, "_busy_share", lambda _seconds: load / cores)
    assert choose_threads() == expected
    # Where /proc/stat cannot be read, the load average stands in.
    monkeypatch.setattr(model_module, "_busy_share", lambda _seconds: None)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert choose_threads() == expected


def test_busy_cores_are_measured_on_this_machine() -> None:
    from mot_detect.detect.model import _busy_share

    busy = _busy_share(0.05)
    assert busy is None or 0.0 <= busy <= 1.0


def test_label_file_not_json(tmp_path: Path) -> None:
    folder = copy_model(tmp_path)
    (folder / LABELS_FILE).write_text("{nope")
    with pytest.raises(ModelError, match="cannot read the label file"):
        UtteranceModel(ModelOptions(path=folder))


def test_scoring_never_imports_torch_or_transformers() -> None:
    code = (
        "import sys\n"
        "from mot_detect import Detector, load_calls\n"
        f"calls = load_calls({str(EXAMPLES / 'car_insurance_first_claim_missed.json')!r})\n"
        "Detector().score_call(calls[0])\n"
        "bad = [m for m in ('torch', 'transformers') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


# --- fusion -----------------------------------------------------------------------------

THRESHOLDS = dict.fromkeys(UTTERANCE_LABELS, 0.5)
VETO = dict.fromkeys(UTTERANCE_LABELS, 0.05)


def probabilities(**given: float) -> dict[str, float]:
    return {label: given.get(label, 0.0) for label in UTTERANCE_LABELS}


def test_fusion_model_alone_when_confident() -> None:
    fused = fuse([], probabilities(deadline=0.8), THRESHOLDS, VETO, "customer")
    assert [(ls.label, ls.source, ls.score) for ls in fused] == [("deadline", "model", 0.8)]


def test_fusion_rule_kept_unless_the_model_flatly_denies_it() -> None:
    rule = LabelScore("policy_refusal", 0.8, "rule", (0, 10), "policy_refusal.x")
    kept = fuse([rule], probabilities(policy_refusal=0.2), THRESHOLDS, VETO, "agent")
    assert (
        kept[0].label == "policy_refusal"
        and kept[0].source == "rule+model"
        and kept[0].span == (0, 10)
    )
    assert kept[0].score == pytest.approx(1 - 0.2 * 0.8)
    assert fuse([rule], probabilities(policy_refusal=0.01), THRESHOLDS, VETO, "agent") == []


def test_fusion_veto_is_per_label() -> None:
    """A label whose patterns the dev data found more often right than the model keeps every
    rule hit (veto 0); another label's low-probability hit is still dropped."""
    transfer = LabelScore("transfer", 0.8, "rule", (0, 5), "transfer.x")
    refusal = LabelScore("policy_refusal", 0.8, "rule", (6, 9), "policy_refusal.x")
    veto = VETO | {"transfer": 0.0}
    fused = fuse(
        [transfer, refusal],
        probabilities(transfer=0.001, policy_refusal=0.001),
        THRESHOLDS,
        veto,
        "agent",
    )
    assert [ls.label for ls in fused] == ["transfer"]


@pytest.mark.parametrize("bad", [{"transfr": 0.1}, {"transfer": "high"}, "high", [0.1]])
def test_bad_rule_veto_is_a_model_error(bad: object) -> None:
    with pytest.raises(ModelError, match="field 'rule_veto'"):
        rule_vetoes(bad)


@pytest.mark.parametrize(
    ("stored", "expected"),
    [(0.1, dict.fromkeys(UTTERANCE_LABELS, 0.1)), ({"transfer": 0.02}, {"transfer": 0.02})],
)
def test_rule_veto_read_as_one_number_or_per_label(
    stored: object, expected: dict[str, float]
) -> None:
    vetoes = rule_vetoes(stored)
    assert set(vetoes) == set(UTTERANCE_LABELS)
    assert all(vetoes[label] == value for label, value in expected.items())
    if isinstance(stored, dict):
        assert vetoes["deadline"] == 0.0


def test_fusion_keeps_speaker_families_apart() -> None:
    assert fuse([], probabilities(deadline=0.9), THRESHOLDS, VETO, "agent") == []
    assert fuse([], probabilities(transfer=0.9), THRESHOLDS, VETO, "customer") == []
    assert [
        ls.label for ls in fuse([], probabilities(transfer=0.9), THRESHOLDS, VETO, "unknown")
    ] == ["transfer"]


def test_fusion_leaves_reverification_to_the_conversation_layer() -> None:
    assert fuse([], probabilities(reverification=0.99), THRESHOLDS, VETO, "agent") == []


def test_engines_differ_and_rules_engine_needs_no_model() -> None:
    rules = Detector(DetectorOptions(engine="rules"))
    assert rules.model is None
    call = load_calls(EXAMPLES / "airline_rebooking_funeral_missed.json")[0]
    sources = {
        ls.source
        for u in Detector(DetectorOptions(engine="model")).score_call(call).utterances
        for ls in u.labels
    }
    assert sources <= {"model", "conversation"}
    assert {ls.source for u in rules.score_call(call).utterances for ls in u.labels} <= {
        "rule",
        "conversation",
    }


@pytest.mark.parametrize(
    "path", sorted(p for p in EXAMPLES.glob("*.*") if p.suffix != ".md"), ids=lambda p: p.stem
)
def test_live_equals_batch_with_the_model(model_detector: Detector, path: Path) -> None:
    call = load_calls(path)[0]
    batch = model_detector.score_call(call)
    live = score_live(model_detector, call)
    assert json.dumps(call_to_dict(live), sort_keys=True) == json.dumps(
        call_to_dict(batch), sort_keys=True
    )
