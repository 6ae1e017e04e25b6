"""Which quantisation to ship: accuracy, batch invariance and speed of each, in one run.

    python benchmarks/bench_quantization.py   # needs the train extra and build/train/model.pt

Exports the trained checkpoint once, fuses it, and builds each variant of
scripts/export_onnx.py (`none`: fp32, `dynamic`: int8 weights, activations per run,
`blockwise`: int8 weight blocks with per-row activations). For each, on the dev split: macro-F1
(thresholds tuned on its own outputs), how many label decisions change between reading each
utterance alone and in length-sorted batches of 32 (and the largest probability difference),
utterances per second alone (one thread) and in sorted batches of 32 (two threads), and the
median time of one utterance. Writes benchmarks/results/quantization.json.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from export_onnx import QUANTIZERS, export_fp32, fuse_bert, working_directory
from harness import write_results

from mot_detect.detect.encoding import MAX_LENGTH, load_tokenizer, pad, tokenize
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.train.data import model_input, read_examples, targets
from mot_detect.train.metrics import macro_f1, tune_thresholds
from mot_detect.train.network import ExportWrapper, UtteranceClassifier, base_model_dir

CHECKPOINT = REPO / "build" / "train" / "model.pt"
DEV = REPO / "data" / "train" / "dev.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "quantization.json"


def export_fused(work: Path, encodings: list) -> Path:
    model = UtteranceClassifier(len(UTTERANCE_LABELS))
    model.load_state_dict(torch.load(CHECKPOINT, map_location="cpu"))
    export_fp32(ExportWrapper(model.eval()).eval(), encodings[:4], work / "fp32.onnx")
    with working_directory(work):
        fuse_bert(work / "fp32.onnx", work / "fused.onnx", model.encoder.config)
    return work / "fused.onnx"


def run(path: Path, encodings: list, batch: int, threads: int) -> tuple[np.ndarray, float, float]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
    probabilities = np.zeros((len(encodings), len(UTTERANCE_LABELS)), dtype=np.float32)
    times = []
    started = time.perf_counter()
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        began = time.perf_counter()
        probabilities[idx] = session.run(["probabilities"], pad([encodings[i] for i in idx]))[0]
        times.append(time.perf_counter() - began)
    rate = len(encodings) / (time.perf_counter() - started)
    return probabilities, rate, statistics.median(times) * 1000


def main() -> None:
    torch.set_num_threads(2)
    rows = read_examples(DEV)
    y = targets(rows)
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_LENGTH)
    encodings = tokenize(tokenizer, [model_input(r) for r in rows])
    work = Path(tempfile.mkdtemp(prefix="mot-quant-"))
    fused = export_fused(work, encodings)
    results = {}
    for name, quantize in QUANTIZERS.items():
        path = work / f"{name}.onnx"
        with working_directory(work):
            quantize(fused, path)
        alone, rate_alone, median_ms = run(path, encodings, 1, 1)
        batched, rate_batched, _ = run(path, encodings, 32, 2)
        thresholds = tune_thresholds(alone, y, UTTERANCE_LABELS)
        cut = np.array([thresholds[label] for label in UTTERANCE_LABELS])
        results[name] = {
            "size_mb": round(path.stat().st_size / 1e6, 1),
            "dev_macro_f1": round(macro_f1(alone >= cut, y)[0], 4),
            "decisions_changed_alone_vs_batch32": int(((alone >= cut) != (batched >= cut)).sum()),
            "largest_probability_difference_alone_vs_batch32": float(np.abs(alone - batched).max()),
            "utterances_per_second_alone_1_thread": round(rate_alone),
            "utterances_per_second_sorted_batch32_2_threads": round(rate_batched),
            "median_ms_one_utterance": round(median_ms, 2),
        }
        print(name, results[name], flush=True)
    write_results(RESULTS, {"dev_examples": len(rows), "variants": results})


if __name__ == "__main__":
    main()
