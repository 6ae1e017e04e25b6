"""Detection figures of an earlier release and of this checkout, side by side, in one run.

    python scripts/eval_before_after.py [--before e7c26c0] [--out build/before_after.json]
        [--redact pci,pii]

Each version scores every held-out set (data/heldout/*calls*.jsonl) with its own defaults
(engine "both", its own shipped model) in its own process; the labels and findings it gives
are then counted against the gold by this checkout's evaluator, so both are measured the same
way (call-level gold included, which older releases cannot read). Prints a markdown table per
set: per label P / R / F1 before and now, macro-F1, micro, false alarms, missed_cue and
acknowledged_cue. With --redact, this checkout's figures are read from the calls as redaction
leaves them (`redact_call` with that policy): what the writers and the store see.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_whole_call import export_release

from mot_detect import load_calls
from mot_detect.evaluate import Evaluation, evaluate
from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS
from mot_detect.types import Finding, LabelScore

HELDOUT = REPO / "data" / "heldout"

WORKER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from mot_detect import load_calls
from mot_detect.pipeline import Detector
detector = Detector()
policy = sys.argv[3] if len(sys.argv) > 3 else None
for call in load_calls(sys.argv[2]):
    scored = detector.score_call(call)
    if policy:
        from mot_detect.redact import RedactionPolicy, redact_call
        scored = redact_call(scored, RedactionPolicy.parse(policy))
    print(json.dumps({
        "labels": [[ls.label for ls in u.labels] for u in scored.utterances],
        "findings": [[f.label, f.utterance] for f in scored.findings],
    }))
"""


def scored_by(root: Path, path: Path, redact: str | None = None) -> list[dict[str, list]]:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(root), str(path), *([redact] if redact else [])],
        check=True,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def measured(path: Path, scored: list[dict[str, list]]) -> Evaluation:
    calls = load_calls(path)
    for call, result in zip(calls, scored, strict=True):
        for utterance, labels in zip(call.utterances, result["labels"], strict=True):
            utterance.labels = [LabelScore(label, 1.0) for label in labels]
        call.findings = [
            Finding(label, index, 1.0)
            for label, index in result["findings"]
            if label in CALL_FINDINGS
        ]
    return evaluate(calls)


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _prf(counts: object) -> str:
    return f"{_f(counts.precision)} / {_f(counts.recall)} / **{_f(counts.f1)}**"  # type: ignore[attr-defined]


def _alarms(evaluation: Evaluation) -> str:
    if not evaluation.ordinary:
        return "–"
    return f"{evaluation.false_alarms} ({evaluation.false_alarms / evaluation.ordinary:.1%})"


def table(name: str, before: Evaluation, now: Evaluation, revision: str) -> str:
    lines = [
        f"### {name}: {now.utterances} reviewed utterances in {now.calls} calls "
        f"({now.ordinary} ordinary)",
        "",
        f"| label | support | {revision} P / R / F1 | now P / R / F1 |",
        "|---|---:|---|---|",
    ]
    for label in UTTERANCE_LABELS:
        if now.labels[label].support or before.labels[label].fp or now.labels[label].fp:
            lines.append(
                f"| `{label}` | {now.labels[label].support} | {_prf(before.labels[label])} | "
                f"{_prf(now.labels[label])} |"
            )
    lines.append(f"| **macro-F1** | | **{before.macro_f1:.3f}** | **{now.macro_f1:.3f}** |")
    lines.append(f"| micro | {now.micro.support} | {_prf(before.micro)} | {_prf(now.micro)} |")
    lines.append(
        f"| false alarms on ordinary | {now.ordinary} | {_alarms(before)} | {_alarms(now)} |"
    )
    if now.calls_with_gold_findings:
        for label in CALL_FINDINGS:
            lines.append(
                f"| `{label}` (call level) | {now.findings[label].support} | "
                f"{_prf(before.findings[label])} | {_prf(now.findings[label])} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="e7c26c0")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "before_after.json")
    parser.add_argument("--redact", metavar="POLICY", help="measure this checkout redacted")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    release = export_release(args.before)
    paths = args.paths or sorted(HELDOUT.glob("*calls*.jsonl"))
    results = {}
    for path in paths:
        before = measured(path, scored_by(release, path))
        now = measured(path, scored_by(REPO, path, args.redact))
        print(table(path.name, before, now, args.before) + "\n", flush=True)
        results[path.name] = {args.before: before.as_dict(), "now": now.as_dict()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
