"""Seconds per 100 KB to redact one long utterance, for the shapes that made the redactor
quadratic, this checkout beside an earlier commit in the same run.

    python benchmarks/bench_redaction_long.py                   # this checkout only
    python benchmarks/bench_redaction_long.py --before ac23a8b  # and that commit beside it

Each case is one customer utterance of a repeated shape (spoken digits, names, ids, postcodes,
card talk, street lines, e-mails, plain words, and the pathological inputs of issue 9) after an
agent's question for a card, redacted with `redacted_texts` (pci,pii) in its own process pinned
to one core, at two sizes: linear work keeps seconds per 100 KB flat as the size grows. An
utterance may hold 100,000 characters (longer ones are scored in pieces), so the target is the
100,000-character case under 10 s for every shape. A case that runs past the time limit is
reported as timed out, not waited for.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from harness import run_worker_within, write_results

RESULTS = REPO / "benchmarks" / "results" / "redaction_long.json"
SIZES = (20_000, 100_000)
TIMEOUT_S = 300
# Units repeated to the size: the shapes each part of the redactor compares value by value.
SHAPES = {
    "spoken_digits": "four one ",
    "greeted_names": "hi Siobhan ",
    "lower_case_names": "thanks aoife ",
    "letter_digit_ids": "AB12 ",
    "street_lines": "12 elm street ",
    "postcodes": "sw1a 1aa ",
    "card_talk": "card four five three two ",
    "emails": "a.b@c.com ",
    "plain_words": "word ",
    # the recogniser's homophones, split tens, stutters and corrections read since round 41
    "misheard_digits": "for tree sex ate ",
    "homophone_dates": "oh sex one to nineteen eighty one ",
    "stutters": "tw- two f- five ",
    "split_tens": "for tee two six tee ",
    "restated_corrections": "four five six no sorry five six seven ",
    "amounts_in_words": "two hundred ninety two dollars ",
}


def shape_text(name: str, size: int) -> str:
    if name in SHAPES:
        unit = SHAPES[name]
        return (unit * (size // len(unit) + 1))[:size]
    sys.path.insert(0, str(REPO / "tests"))
    from pathological_inputs import PATHOLOGICAL

    return PATHOLOGICAL[name](size)


def worker(root: str, name: str, size: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sys.path.insert(0, root)
    from mot_detect.redact.policy import RedactionPolicy
    from mot_detect.redact.redactor import redacted_texts

    turns = [("agent", "go ahead with the card number"), ("customer", shape_text(name, size))]
    start = time.perf_counter()
    redacted_texts(turns, RedactionPolicy.parse("pci,pii"))
    print(json.dumps({"seconds": time.perf_counter() - start}))


def measure(root: Path, name: str, size: int, timeout_s: int) -> dict[str, object]:
    result = run_worker_within(__file__, [str(root), name, str(size)], timeout_s, cwd=root)
    if "seconds" not in result:
        return {"size": size, **result}
    seconds = result["seconds"]
    return {
        "size": size,
        "seconds": round(seconds, 3),
        "s_per_100kb": round(seconds / (size / 100_000), 3),
    }


def _cell(result: dict[str, object]) -> str:
    if "timed_out" in result:
        return f">{result['timed_out']} s"
    if "failed" in result:
        return "failed"
    return f"{result['seconds']:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="a commit to measure beside this checkout")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--timeout", type=int, default=TIMEOUT_S, help="seconds per case")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        root, name, size = args.worker
        worker(root, name, int(size))
        return
    sys.path.insert(0, str(REPO / "tests"))
    from pathological_inputs import PATHOLOGICAL

    names = list(SHAPES) + [n for n in PATHOLOGICAL if n not in ("ordinary_words",)]
    roots = {"this checkout": REPO}
    with tempfile.TemporaryDirectory() as tmp:
        if args.before:
            before = Path(tmp) / "before"
            subprocess.run(
                ["git", "worktree", "add", "--detach", str(before), args.before],
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            roots = {args.before: before, **roots}
        try:
            results: dict[str, dict[str, list[dict[str, object]]]] = {}
            for name in names:
                results[name] = {}
                for label, root in roots.items():
                    rows: list[dict[str, object]] = []
                    for size in args.sizes:  # past the limit at one size, past it at a larger
                        late = rows and "timed_out" in rows[-1]
                        rows.append(
                            {**rows[-1], "size": size}
                            if late
                            else measure(root, name, size, args.timeout)
                        )
                    results[name][label] = rows
                    print(
                        f"{name:22} {label:14} "
                        + "  ".join(
                            f"{r['size']:>7,}: {_cell(r):>9}" for r in results[name][label]
                        ),
                        flush=True,
                    )
        finally:
            if args.before:
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(before)], cwd=REPO, check=False
                )
    write_results(args.out, {"sizes": args.sizes, "timeout_s": args.timeout, "results": results})


if __name__ == "__main__":
    main()
