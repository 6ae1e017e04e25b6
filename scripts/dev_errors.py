"""Where the detector goes wrong on the dev data, by source: figures per group and, on request,
every wrong utterance and call-level finding. Dev data only: never point it at data/heldout.

    python scripts/dev_errors.py [GROUP ...] [--models DIR] [--engine rules|model|both]
                                 [--labels] [--list] [--findings]

Groups: the dev calls of `data/train/dev_calls.jsonl` by where they come from (`insurance`,
`dialogues`, `fresh_first` for the first writer's calls, `unseen_writer` for the writers kept
whole for dev) and the dev rows of `data/train/dev.jsonl` from the corpora and hand-written files,
each row scored as a two-utterance call (its previous turn, then it). The dev rows of the corpora
move only when their words do (scripts/build_dataset.py), but a model trained before a change of
split may have trained on some of them: compare models on the dev calls.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from build_dataset import DEV_WRITERS, writer
from heldout_split import two_turn_call

from mot_detect.detect.model import ModelOptions
from mot_detect.evaluate import evaluate
from mot_detect.io.readers import call_from_dict
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call

TRAIN = REPO / "data" / "train"
CALL_SOURCES = ("fresh_calls", "insurance_calls_labelled", "dialogues_labelled")


def call_group(call_id: str) -> str:
    if call_id.startswith("fresh-dev-"):
        return "unseen_writer" if writer(call_id) in DEV_WRITERS else "fresh_first"
    return "insurance" if call_id.startswith("ins-") else "dialogues"


def dev_groups(calls_path: Path, rows_path: Path) -> dict[str, list[Call]]:
    groups: dict[str, list[Call]] = defaultdict(list)
    with rows_path.open(encoding="utf-8") as rows:
        for number, line in enumerate(rows, 1):
            row = json.loads(line)
            if row["source"] not in CALL_SOURCES:  # those are scored whole, as calls
                call = two_turn_call(f"dev-row-{number}", row, row["labels"])
                groups[row["source"]].append(call_from_dict(call))
    with calls_path.open(encoding="utf-8") as calls:
        for line in calls:
            data = json.loads(line)
            groups[call_group(data["call_id"])].append(call_from_dict(data))
    return groups


def report(name: str, scored: list[Call], args: argparse.Namespace) -> Iterable[str]:
    result = evaluate(scored)
    micro = result.micro
    line = (
        f"{name:20s} reviewed {result.utterances:5d}  macro-F1 {result.macro_f1:.3f}  "
        f"micro P {micro.precision or 0:.2f} R {micro.recall or 0:.2f}  "
        f"false alarms {result.false_alarms}/{result.ordinary}"
    )
    for label, counts in result.findings.items():
        if result.calls_with_gold_findings and counts.f1 is not None:
            line += f"  {label} {counts.f1:.3f} (P {counts.precision:.2f} R {counts.recall:.2f})"
    yield line
    if args.labels:
        for label, counts in result.labels.items():
            if counts.support or counts.fp:
                yield f"    {label:18s} support {counts.support:3d}  tp {counts.tp} fp {counts.fp} fn {counts.fn}"
    for call in scored:
        if args.list:
            yield from wrong_utterances(call)
        if args.findings and call.gold_findings is not None:
            yield from wrong_findings(call)


def wrong_utterances(call: Call) -> Iterable[str]:
    for utterance in call.utterances:
        if utterance.gold is None:
            continue
        gold, found = set(utterance.gold), set(utterance.label_names)
        if gold != found:
            sources = {ls.label: f"{ls.source}:{ls.pattern or ''}" for ls in utterance.labels}
            extra = [f"{label} ({sources[label]})" for label in sorted(found - gold)]
            yield (
                f"  {call.call_id}#{utterance.index} {utterance.speaker}  "
                f"false {extra}  missed {sorted(gold - found)}  {utterance.text[:160]!r}"
            )


def wrong_findings(call: Call) -> Iterable[str]:
    for label in ("missed_cue", "acknowledged_cue"):
        gold = {f.utterance for f in call.gold_findings or () if f.label == label}
        found = {f.utterance: f for f in call.findings if f.label == label}
        for index in sorted(gold ^ set(found)):
            kind = "false" if index in found else "missed"
            detail = found[index].detail if index in found else {}
            text = call.utterances[index].text[:120]
            yield f"  {kind} {label} {call.call_id}#{index} {detail} {text!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="*", help="groups to score (default: all)")
    parser.add_argument("--calls", type=Path, default=TRAIN / "dev_calls.jsonl")
    parser.add_argument("--rows", type=Path, default=TRAIN / "dev.jsonl")
    parser.add_argument("--models", type=Path, help="a model folder other than the shipped one")
    parser.add_argument("--engine", choices=("rules", "model", "both"), default="both")
    parser.add_argument("--labels", action="store_true", help="counts per label")
    parser.add_argument("--list", action="store_true", help="every wrong utterance")
    parser.add_argument("--findings", action="store_true", help="every wrong call-level finding")
    args = parser.parse_args()
    if "heldout" in str(args.calls) or "heldout" in str(args.rows):
        parser.error("dev data only: the held-out sets are for the closing figures")
    model = ModelOptions(path=args.models) if args.models else ModelOptions()
    detector = Detector(DetectorOptions(engine=args.engine, model=model))
    groups = dev_groups(args.calls, args.rows)
    unknown = set(args.groups) - set(groups)
    if unknown:
        parser.error(f"unknown group {sorted(unknown)}: expected some of {sorted(groups)}")
    for name in args.groups or sorted(groups):
        for line in report(name, [detector.score_call(c) for c in groups[name]], args):
            print(line)


if __name__ == "__main__":
    main()
