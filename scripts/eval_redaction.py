"""How well redaction finds personal data, per type, on a labelled redaction set
(data/redaction/*.jsonl, see data/redaction/README.md).

    python scripts/eval_redaction.py data/redaction/dev.jsonl
    python scripts/eval_redaction.py data/redaction/test.jsonl --out benchmarks/results/redaction.json

A labelled span counts as caught when every letter and digit of it is inside a redacted span
(of any type: a card number hidden as a phone number is still hidden; the right-type figure is
given beside it). A look-alike counts as redacted when any letter or digit of it is. Ordinary
utterances (nothing labelled) with anything redacted are counted too. Targets (issue 14): card
numbers and security codes 100%, the other types 95%, look-alikes redacted 2% at most.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mot_detect.redact import learned
from mot_detect.redact.policy import KINDS, RedactionPolicy
from mot_detect.redact.redactor import RedactedText, redacted_texts

TARGETS = {"CARD_NUMBER": 1.0, "CVV": 1.0}
OTHER_TARGET = 0.95
LOOKALIKE_TARGET = 0.02


def _covered(redacted: RedactedText) -> dict[int, str]:
    """Original offset -> type, for each redacted character."""
    return {i: r.kind for r in redacted.replacements for i in range(r.start, r.end)}


def _alnum(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def evaluate(path: Path, policy: RedactionPolicy) -> dict[str, Any]:
    caught: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    keep_total: Counter[str] = Counter()
    keep_hit: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    ordinary = ordinary_hit = utterances = 0
    styles: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        turns = [(u["speaker"], u["text"]) for u in case["utterances"]]
        styles[case.get("style", "?")] += len(turns)
        utterances += len(turns)
        redacted = redacted_texts(turns, policy)
        covered = [_covered(r) for r in redacted]
        labelled = defaultdict(list)
        for span in case.get("pii", []):
            i = span["utterance"]
            labelled[i].append(span)
            kind = span["type"]
            chars = _alnum(turns[i][1], span["start"], span["end"])
            total[kind] += 1
            if chars and all(c in covered[i] for c in chars):
                caught[kind] += 1
                if all(covered[i][c] == kind for c in chars):
                    typed[kind] += 1
            else:
                misses.append(
                    {
                        "case": case["case_id"],
                        "type": kind,
                        "said": turns[i][1][span["start"] : span["end"]],
                        "text": turns[i][1],
                        "redacted": redacted[i].text,
                    }
                )
        for span in case.get("keep", []):
            i = span["utterance"]
            keep_total[span["kind"]] += 1
            if any(c in covered[i] for c in _alnum(turns[i][1], span["start"], span["end"])):
                keep_hit[span["kind"]] += 1
                false_alarms.append(
                    {
                        "case": case["case_id"],
                        "kind": span["kind"],
                        "said": turns[i][1][span["start"] : span["end"]],
                        "redacted": redacted[i].text,
                    }
                )
        for i, r in enumerate(redacted):
            if i not in labelled and not any(k["utterance"] == i for k in case.get("keep", [])):
                ordinary += 1
                if r.replacements:
                    ordinary_hit += 1
                    false_alarms.append(
                        {"case": case["case_id"], "kind": "ordinary", "redacted": r.text}
                    )
    per_type = {
        kind: {
            "spans": total[kind],
            "caught": caught[kind],
            "recall": round(caught[kind] / total[kind], 4) if total[kind] else None,
            "right_type": round(typed[kind] / total[kind], 4) if total[kind] else None,
            "target": TARGETS.get(kind, OTHER_TARGET),
        }
        for kind in KINDS
    }
    keep_all = sum(keep_total.values())
    return {
        "file": str(path),
        "policy": str(policy),
        "learned_models": sorted(learned.models()),
        "utterances": utterances,
        "styles": dict(styles),
        "per_type": per_type,
        "lookalikes": {
            "spans": keep_all,
            "redacted": sum(keep_hit.values()),
            "rate": round(sum(keep_hit.values()) / keep_all, 4) if keep_all else None,
            "target": LOOKALIKE_TARGET,
            "by_kind": {k: [keep_hit[k], n] for k, n in sorted(keep_total.items())},
        },
        "ordinary": {"utterances": ordinary, "with_redaction": ordinary_hit},
        "misses": misses,
        "false_alarms": false_alarms,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--policy", default="pci,pii")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=int, default=20, help="misses and false alarms listed")
    parser.add_argument(
        "--rules-only", action="store_true", help="without the learned models (learned.py)"
    )
    args = parser.parse_args(argv)
    if args.rules_only:
        learned.models = lambda: {}  # type: ignore[assignment]
    console = Console()
    results = []
    met = True
    for path in args.sets:
        if "heldout" in path.parts and "redaction" not in path.parts:
            parser.error(f"{path}: this script is for the redaction sets, not data/heldout")
        result = evaluate(path, RedactionPolicy.parse(args.policy))
        results.append(result)
        table = Table(title=f"{path}: {result['utterances']} utterances {result['styles']}")
        for column in ("type", "spans", "caught", "recall", "right type", "target", ""):
            table.add_column(column, justify="left" if column == "type" else "right")
        for kind, row in result["per_type"].items():
            if not row["spans"]:
                continue
            ok = row["recall"] >= row["target"]
            met &= ok
            table.add_row(
                kind, str(row["spans"]), str(row["caught"]), f"{row['recall']:.3f}",
                f"{row['right_type']:.3f}", f"{row['target']:.2f}", "PASS" if ok else "MISS",
            )  # fmt: skip
        look = result["lookalikes"]
        ok = look["rate"] is not None and look["rate"] <= LOOKALIKE_TARGET
        met &= ok
        table.add_row(
            "look-alikes redacted", str(look["spans"]), str(look["redacted"]), f"{look['rate']:.3f}",
            "", f"≤{LOOKALIKE_TARGET:.2f}", "PASS" if ok else "MISS",
        )  # fmt: skip
        console.print(table)
        console.print(
            f"ordinary utterances with anything redacted: {result['ordinary']['with_redaction']}"
            f" of {result['ordinary']['utterances']}; look-alikes by kind: {look['by_kind']}"
        )
        for miss in result["misses"][: args.show]:
            console.print(
                f"  miss {miss['case']} {miss['type']}: {miss['said']!r} -> {miss['redacted']!r}",
                markup=False,
            )
        for alarm in result["false_alarms"][: args.show]:
            console.print(
                f"  false alarm {alarm['case']} {alarm['kind']}: {alarm['redacted']!r}",
                markup=False,
            )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        console.print(f"results written to {args.out}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
