"""Whole-call scoring as `mot-detect score` runs it: this checkout against an earlier release.

    python benchmarks/bench_whole_call.py [--before e7c26c0] [--calls 24]

In the same run, on the same real insurance calls, alternating so that both see the same load:
  - utterances per second of whole-call scoring with each version's defaults (its own shipped
    model, batching and threads), best of three passes per version;
  - this checkout's live path: milliseconds per utterance through `CallSession.add`, one
    utterance at a time as the streaming hook feeds it (p50, p95);
  - live against batch on every held-out call (data/heldout/*.jsonl): labels and findings must
    be identical, utterance by utterance.
The earlier release is taken with `git archive` into build/ and imported from there in its own
process. Writes benchmarks/results/whole_call.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import write_results

INSURANCE = REPO.parent / "shared" / "data" / "calls" / "insurance_calls_dev.jsonl"
RESULTS = REPO / "benchmarks" / "results" / "whole_call.json"
HELDOUT = REPO / "data" / "heldout"

# Runs in a child process with the version under test first on sys.path.
WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from mot_detect import load_calls
from mot_detect.pipeline import Detector
calls = list(load_calls(sys.argv[2]))[: int(sys.argv[3])]
detector = Detector()
detector.score_call(calls[0])
utterances = sum(len(c.utterances) for c in calls)
best = 0.0
for _ in range(int(sys.argv[4])):
    started = time.perf_counter()
    for call in calls:
        detector.score_call(call)
    best = max(best, utterances / (time.perf_counter() - started))
import mot_detect
print(json.dumps({"utterances": utterances, "utterances_per_second": round(best, 1),
                  "package": mot_detect.__file__}))
"""


def export_release(revision: str) -> Path:
    target = REPO / "build" / f"release-{revision}"
    if not (target / "mot_detect").is_dir():
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", revision, "mot_detect"],
            check=True,
            capture_output=True,
        ).stdout
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    return target


def whole_call(root: Path, calls: int, passes: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(root), str(INSURANCE), str(calls), str(passes)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def live_and_identity() -> dict[str, object]:
    sys.path.insert(0, str(REPO))
    from mot_detect import load_calls
    from mot_detect.pipeline import Detector

    detector = Detector()
    per_utterance: list[float] = []
    calls = differing_calls = differing_utterances = utterances = 0
    for path in sorted(HELDOUT.glob("*calls*.jsonl")):
        for call in load_calls(path):
            batch = detector.score_call(call)
            session = detector.session(
                call.call_id, started_at=call.started_at, metadata=call.metadata
            )
            for utterance in call.utterances:
                started = time.perf_counter()
                session.add(
                    {
                        "speaker": utterance.speaker,
                        "text": utterance.text,
                        "start": utterance.start,
                        "end": utterance.end,
                    }
                )
                per_utterance.append((time.perf_counter() - started) * 1000)
            live = session.finish()
            calls += 1
            utterances += len(call.utterances)
            diff = sum(
                [(ls.label, ls.score) for ls in a.labels]
                != [(ls.label, ls.score) for ls in b.labels]
                for a, b in zip(batch.utterances, live.utterances, strict=True)
            )
            findings_differ = [(f.label, f.utterance) for f in batch.findings] != [
                (f.label, f.utterance) for f in live.findings
            ]
            differing_utterances += diff
            differing_calls += bool(diff or findings_differ)
    ordered = sorted(per_utterance)
    return {
        "live_ms_per_utterance": {
            "p50": round(statistics.median(ordered), 2),
            "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
            "utterances": len(ordered),
        },
        "live_vs_batch": {
            "calls": calls,
            "utterances": utterances,
            "calls_differing": differing_calls,
            "utterances_differing": differing_utterances,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="e7c26c0", help="git revision to compare against")
    parser.add_argument("--calls", type=int, default=24, help="insurance calls per pass")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two versions")
    args = parser.parse_args()
    before = export_release(args.before)
    runs: dict[str, list[dict[str, object]]] = {"before": [], "now": []}
    for _ in range(args.rounds):
        runs["before"].append(whole_call(before, args.calls, 2))
        runs["now"].append(whole_call(REPO, args.calls, 2))
    best = {
        name: max(float(r["utterances_per_second"]) for r in results)
        for name, results in runs.items()
    }
    results = {
        "workload": f"{args.calls} real insurance calls, {runs['now'][0]['utterances']} utterances",
        "before": {"revision": args.before, "utterances_per_second": best["before"]},
        "now": {"utterances_per_second": best["now"]},
        "speed_up": round(best["now"] / best["before"], 2),
        "passes": runs,
    }
    print(
        f"whole-call scoring: {args.before} {best['before']:.0f} utt/s, "
        f"now {best['now']:.0f} utt/s ({results['speed_up']}x)"
    )
    results |= live_and_identity()
    live = results["live_ms_per_utterance"]
    same = results["live_vs_batch"]
    print(f"live: p50 {live['p50']} ms, p95 {live['p95']} ms per utterance")
    print(
        f"live vs batch on {same['calls']} held-out calls: {same['calls_differing']} calls and "
        f"{same['utterances_differing']} utterances differ"
    )
    write_results(RESULTS, results)


if __name__ == "__main__":
    main()
