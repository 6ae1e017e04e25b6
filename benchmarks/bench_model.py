"""The int8 ONNX core against the same model in PyTorch eager fp32, on the same utterances.

    python benchmarks/bench_model.py     # needs the train extra and build/train/model.pt (scripts/train.py)

Each engine runs in its own child process (so its peak memory is its own), on 2 threads, over
the reviewed held-out utterances: throughput at batch 1 and 64 (best of three passes), latency
p50/p99 at batch 1 (from that pass),
latency of one 20-token utterance, peak memory, and the macro-F1 of each (model alone, the
shipped thresholds) on the same utterances. Writes benchmarks/results/model.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness import run_worker, write_results

from mot_detect import load_calls
from mot_detect.detect.encoding import ModelInput, pad, tokenize
from mot_detect.detect.model import MODEL_FILE, default_model_dir
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.pipeline import model_input
from mot_detect.train.metrics import macro_f1

RESULTS = REPO / "benchmarks" / "results" / "model.json"
CHECKPOINT = REPO / "build" / "train" / "model.pt"
TWENTY_TOKENS = ModelInput(
    "customer", "i need the payoff letter before the closing tomorrow or we lose the house deposit"
)
THREADS = 2


def workload() -> tuple[list[ModelInput], np.ndarray]:
    items, gold = [], []
    for name in ("test_calls.jsonl", "handwritten_test_calls.jsonl"):
        path = REPO / "data" / "heldout" / name
        if not path.exists():
            continue
        for call in load_calls(path):
            for i, utterance in enumerate(call.utterances):
                if utterance.gold is not None:
                    items.append(model_input(call.utterances, i))
                    gold.append([label in utterance.gold for label in UTTERANCE_LABELS])
    return items, np.array(gold, dtype=bool)


class Onnx:
    def __init__(self) -> None:
        from mot_detect.detect.model import ModelOptions, UtteranceModel

        self.model = UtteranceModel(ModelOptions(intra_op_threads=THREADS, batch_size=64))
        self.tokenizer = self.model.tokenizer

    def run(self, arrays: dict[str, np.ndarray]) -> np.ndarray:
        return self.model.session.run(["probabilities"], arrays)[0]


class Torch:
    def __init__(self) -> None:
        import torch

        from mot_detect.detect.encoding import load_tokenizer
        from mot_detect.train.network import ExportWrapper, UtteranceClassifier, base_model_dir

        torch.set_num_threads(THREADS)
        model = UtteranceClassifier(len(UTTERANCE_LABELS))
        model.load_state_dict(torch.load(CHECKPOINT, map_location="cpu"))
        self.model = ExportWrapper(model).eval()
        self.tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json")
        self.torch = torch

    def run(self, arrays: dict[str, np.ndarray]) -> np.ndarray:
        with self.torch.inference_mode():
            return self.model(**{k: self.torch.from_numpy(v) for k, v in arrays.items()})[0].numpy()


def worker(engine: str) -> dict[str, object]:
    started = time.perf_counter()
    runner = Onnx() if engine == "onnx" else Torch()
    load_seconds = time.perf_counter() - started
    items, gold = workload()
    encodings = tokenize(runner.tokenizer, items)
    singles = [pad([e]) for e in encodings]
    order = sorted(range(len(items)), key=lambda i: len(encodings[i].ids))
    batches = [
        (idx, pad([encodings[i] for i in idx]))
        for idx in (order[s : s + 64] for s in range(0, len(order), 64))
    ]
    for arrays in singles[:20]:
        runner.run(arrays)  # warm up

    # Best of three passes: these machines are shared, and the least disturbed pass is the one
    # that measures the engine rather than its neighbours.
    batch1, batch64, latencies = 0.0, 0.0, []
    probabilities = np.zeros((len(items), len(UTTERANCE_LABELS)), dtype=np.float32)
    for _ in range(3):
        pass_latencies = []
        start = time.perf_counter()
        for arrays in singles:
            t = time.perf_counter()
            runner.run(arrays)
            pass_latencies.append((time.perf_counter() - t) * 1000)
        rate = len(items) / (time.perf_counter() - start)
        if rate > batch1:
            batch1, latencies = rate, pass_latencies
        start = time.perf_counter()
        for idx, arrays in batches:
            probabilities[idx] = runner.run(arrays)
        batch64 = max(batch64, len(items) / (time.perf_counter() - start))

    twenty = pad(tokenize(runner.tokenizer, [TWENTY_TOKENS]))
    twenty_ms = []
    for _ in range(300):
        t = time.perf_counter()
        runner.run(twenty)
        twenty_ms.append((time.perf_counter() - t) * 1000)

    thresholds = json.loads((default_model_dir() / "labels.json").read_text())["thresholds"]
    cut = np.array([thresholds[label] for label in UTTERANCE_LABELS])
    f1, _ = macro_f1(probabilities >= cut, gold.astype(np.float32))
    return {
        "utterances": len(items),
        "load_seconds": round(load_seconds, 2),
        "batch1_per_second": round(batch1, 1),
        "batch64_per_second": round(batch64, 1),
        "batch1_p50_ms": round(statistics.median(latencies), 3),
        "batch1_p99_ms": round(float(np.percentile(latencies, 99)), 3),
        "twenty_tokens": int(twenty["input_ids"].shape[1]),
        "twenty_token_p50_ms": round(statistics.median(twenty_ms), 3),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "macro_f1_model_alone": round(f1, 4),
        "probabilities": probabilities.round(5).tolist(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--worker", choices=("onnx", "torch"))
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return
    if not CHECKPOINT.exists():
        raise SystemExit(
            f"{CHECKPOINT} not found: run scripts/build_dataset.py and scripts/train.py first"
        )
    results = {}
    for engine in ("torch", "onnx"):
        results[engine] = run_worker(__file__, engine)
    onnx, torch_ = results["onnx"], results["torch"]
    agreement = float(
        np.mean(
            (np.array(onnx.pop("probabilities")) >= 0.5)
            == (np.array(torch_.pop("probabilities")) >= 0.5)
        )
    )
    size_mb = (default_model_dir() / MODEL_FILE).stat().st_size / 1e6
    rows = [
        ("throughput, batch 1 (utt/s)", "batch1_per_second", True),
        ("throughput, batch 64 (utt/s)", "batch64_per_second", True),
        ("latency p50, batch 1 (ms)", "batch1_p50_ms", False),
        ("latency p99, batch 1 (ms)", "batch1_p99_ms", False),
        (
            f"latency p50, {onnx['twenty_tokens']}-token utterance (ms)",
            "twenty_token_p50_ms",
            False,
        ),
        ("peak memory (MB)", "peak_memory_mb", False),
        ("macro-F1, model alone, held-out", "macro_f1_model_alone", True),
    ]
    print(f"{onnx['utterances']} held-out utterances, {THREADS} threads each")
    print(f"{'':44} {'PyTorch fp32':>13} {'ONNX int8':>11} {'ratio':>8}")
    for title, key, higher_better in rows:
        ratio = onnx[key] / torch_[key] if higher_better else torch_[key] / onnx[key]
        print(f"{title:44} {torch_[key]:>13} {onnx[key]:>11} {ratio:>7.2f}x")
    print(f"{'model file (MB)':44} {'':>13} {size_mb:>11.1f}")
    print(
        f"decisions at 0.5 agreeing between the two: {agreement:.4f}; "
        f"macro-F1 difference {onnx['macro_f1_model_alone'] - torch_['macro_f1_model_alone']:+.4f}"
    )
    targets = {
        "throughput_ratio_batch1_at_least_3.5": onnx["batch1_per_second"]
        / torch_["batch1_per_second"]
        >= 3.5,
        "throughput_ratio_batch64_at_least_3.5": onnx["batch64_per_second"]
        / torch_["batch64_per_second"]
        >= 3.5,
        "twenty_token_p50_at_most_3ms": onnx["twenty_token_p50_ms"] <= 3.0,
        "model_at_most_25mb": size_mb <= 25,
        "f1_within_0.01_of_fp32": abs(onnx["macro_f1_model_alone"] - torch_["macro_f1_model_alone"])
        <= 0.01,
    }
    print("targets:", targets)
    write_results(
        RESULTS,
        {
            "threads": THREADS,
            "onnx_int8": onnx,
            "pytorch_fp32": torch_,
            "model_mb": round(size_mb, 2),
            "decision_agreement": agreement,
            "targets": targets,
        },
    )


if __name__ == "__main__":
    main()
