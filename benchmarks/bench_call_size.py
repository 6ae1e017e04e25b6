"""Scoring time and memory against call length: linear, or not.

    python benchmarks/bench_call_size.py            # writes benchmarks/results/call_size.json
    python benchmarks/bench_call_size.py --quick    # smaller calls, for a look

Calls are built from the utterances of the real held-out calls (data/heldout/test_calls.jsonl),
drawn with a fixed seed, at several lengths; each (engine, length) is scored in its own process,
pinned to one core, so its peak memory is its own. The figure that shows linearity is the time
per utterance, which should stay flat as the call grows; peak memory should grow by no more than
the call itself (its utterances, labels and findings).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness import run_worker, write_results

SOURCE = REPO / "data" / "heldout" / "test_calls.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "call_size.json"
SIZES = {"rules": (1_000, 10_000, 50_000), "both": (1_000, 5_000, 50_000)}
QUICK = {"rules": (1_000, 5_000), "both": (200, 1_000)}


def build_call(size: int) -> dict[str, object]:
    pool = [
        {"speaker": u["speaker"], "text": u["text"]}
        for line in SOURCE.read_text(encoding="utf-8").splitlines()
        for u in json.loads(line)["utterances"]
    ]
    rng = random.Random(7)
    return {"call_id": f"long-{size}", "utterances": [rng.choice(pool) for _ in range(size)]}


def worker(engine: str, size: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    from mot_detect.detect.model import ModelOptions
    from mot_detect.io.readers import call_from_dict
    from mot_detect.pipeline import Detector, DetectorOptions

    detector = Detector(DetectorOptions(engine=engine, model=ModelOptions(workers=1)))
    call = call_from_dict(build_call(size))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    scored = detector.score_call(call)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "engine": engine,
        "utterances": size,
        "seconds": round(seconds, 3),
        "ms_per_utterance": round(1000 * seconds / size, 3),
        "findings": len(scored.findings),
        "peak_mb": round(peak / 1024, 1),
        "peak_growth_mb": round((peak - before) / 1024, 1),
    }
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller calls")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]))
        return
    rows = []
    print(
        f"{'engine':6} {'utterances':>10} {'seconds':>9} {'ms/utt':>8} {'peak MB':>8} {'growth':>7}"
    )
    for engine, sizes in (QUICK if args.quick else SIZES).items():
        for size in sizes:
            row = run_worker(__file__, engine, str(size))
            rows.append(row)
            print(
                f"{engine:6} {size:>10,} {row['seconds']:>9.2f} {row['ms_per_utterance']:>8.3f} "
                f"{row['peak_mb']:>8.0f} {row['peak_growth_mb']:>7.0f}"
            )
    for engine in dict.fromkeys(row["engine"] for row in rows):
        mine = [r for r in rows if r["engine"] == engine]
        ratio = mine[-1]["ms_per_utterance"] / mine[0]["ms_per_utterance"]
        print(
            f"{engine}: time per utterance at {mine[-1]['utterances']:,} is {ratio:.2f}x that "
            f"at {mine[0]['utterances']:,} (1.0 = linear)"
        )
    write_results(RESULTS, {"rows": rows})


if __name__ == "__main__":
    main()
