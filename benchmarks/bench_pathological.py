"""Seconds per 100 KB for the worst inputs found (issue 9), so a super-linear pattern shows up.

    python benchmarks/bench_pathological.py             # writes benchmarks/results/pathological.json
    python benchmarks/bench_pathological.py --quick     # smaller sizes, rules engine only

Each case is one utterance of a pathological string (tests/pathological_inputs.py) after a
short deadline cue, scored by `Detector.score_call`, in its own process pinned to one core (so
its peak memory is its own), at two or three sizes side by side: linear matching keeps seconds
per 100 KB flat as the size grows. Then 10 MB of ordinary words and of time expressions.
Targets: every pathological input under 1 s per 100 KB; 10 MB of ordinary text under 10 s and
500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from harness import run_worker_within, write_results

RESULTS = REPO / "benchmarks" / "results" / "pathological.json"
SIZES = (100_000, 300_000, 1_000_000)
QUICK_SIZES = (50_000, 200_000)
LARGE = ("ordinary_words", "time_expressions")
LARGE_SIZE = 10_000_000
TIMEOUT_S = 600


def worker(name: str, size: int, engine: str) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from pathological_inputs import PATHOLOGICAL

    from mot_detect.pipeline import Detector, DetectorOptions
    from mot_detect.types import Call, Utterance

    detector = Detector(DetectorOptions(engine=engine))
    text = PATHOLOGICAL[name](size)
    call = Call(
        call_id=name,
        utterances=[Utterance("customer", "i need it by 5pm today"), Utterance("agent", text)],
    )
    call.utterances.append(Utterance("customer", text))
    start = time.perf_counter()
    detector.score_call(call)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb, 1)}))


def measure(name: str, size: int, engine: str) -> dict[str, object]:
    script = str(Path(__file__).resolve())
    result = run_worker_within(script, [name, str(size), engine], TIMEOUT_S)
    if "seconds" not in result:
        return {"size": size, **result}
    chars = 2 * size  # the text is said twice, by the agent and by the customer
    result["s_per_100kb"] = round(result["seconds"] / (chars / 100_000), 4)
    result["seconds"] = round(result["seconds"], 3)
    return {"size": size, **result}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", nargs=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--engines", default=None, help="comma-separated (default rules,both)")
    args = parser.parse_args()
    if args.worker:
        name, size, engine = args.worker
        worker(name, int(size), engine)
        return
    from pathological_inputs import PATHOLOGICAL

    engines = (args.engines or ("rules" if args.quick else "rules,both")).split(",")
    sizes = QUICK_SIZES if args.quick else SIZES
    results: dict[str, dict[str, list[dict[str, object]]]] = {}
    for engine in engines:
        print(f"engine {engine}: seconds per 100 KB (peak MB) at", ", ".join(map(str, sizes)))
        for name in PATHOLOGICAL:
            case_sizes = (LARGE_SIZE // 2,) if name in LARGE and not args.quick else sizes
            rows = [measure(name, size, engine) for size in case_sizes]
            results.setdefault(engine, {})[name] = rows
            cells = [
                f"{r['s_per_100kb']:.3f}s ({r['peak_mb']:.0f} MB)" if "s_per_100kb" in r else str(r)
                for r in rows
            ]
            print(f"  {name:24} " + "  ".join(cells), flush=True)
    write_results(
        RESULTS, {"sizes": list(sizes), "large_size_chars": LARGE_SIZE, "results": results}
    )


if __name__ == "__main__":
    main()
