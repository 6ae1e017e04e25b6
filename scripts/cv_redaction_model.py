"""Leave-one-set-out cross-validation of the learned name and account finder over the
development redaction sets: for each set, train on the others and measure on it, with the
rules alone and with the rules plus the learned models, at several thresholds. Never given a
held-out set.

    python scripts/cv_redaction_model.py data/redaction/dev*.jsonl --out /tmp/cv.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mot_detect.redact import learned
from mot_detect.redact.policy import RedactionPolicy
from mot_detect.train import redaction_model

_spec = importlib.util.spec_from_file_location(
    "eval_redaction", ROOT / "scripts" / "eval_redaction.py"
)
assert _spec and _spec.loader
eval_redaction = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_redaction)

WATCH = ("NAME", "ACCOUNT_NUMBER")


def measure(path: Path, models: dict) -> dict:
    learned.models.cache_clear()
    original = learned.models
    learned.models = lambda: models  # type: ignore[assignment]
    try:
        result = eval_redaction.evaluate(path, RedactionPolicy.parse("pci,pii"))
    finally:
        learned.models = original
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--thresholds", default="0.4:0.35")
    parser.add_argument("--c", type=float, default=redaction_model.C)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only", choices=WATCH, help="use only this type's model")
    args = parser.parse_args()
    if any(p.name.startswith("test") for p in args.sets):
        parser.error("held-out sets are never used here")
    by_set = {p: redaction_model.examples([p]) for p in args.sets}
    # "0.5" for both types, or "0.45:0.35" for names and account numbers
    thresholds = [
        tuple(float(x) for x in t.split(":")) * (2 if ":" not in t else 1)
        for t in args.thresholds.split(",")
    ]
    totals: dict[str, Counter] = {}
    for held in args.sets:
        train = [e for p, ex in by_set.items() if p != held for e in ex]
        for t in [None, *thresholds]:
            models = (
                {}
                if t is None
                else redaction_model.fit(train, dict(zip(WATCH, t, strict=True)), args.c)
            )
            if args.only:
                models = {k: m for k, m in models.items() if k == args.only}
            r = measure(held, models)
            key = "rules" if t is None else "t=" + ":".join(map(str, t))
            tally = totals.setdefault(key, Counter())
            for kind in WATCH:
                per = r["per_type"].get(kind, {})
                tally[kind + "_caught"] += per.get("caught") or 0
                tally[kind + "_total"] += per.get("spans") or 0
            tally["keep_hit"] += r["lookalikes"]["redacted"]
            tally["keep_total"] += r["lookalikes"]["spans"]
            tally["ordinary_hit"] += r["ordinary"]["with_redaction"]
            tally["ordinary_total"] += r["ordinary"]["utterances"]
            print(
                held.name,
                key,
                {
                    k: f"{r['per_type'].get(k, {}).get('caught')}/{r['per_type'].get(k, {}).get('spans')}"
                    for k in WATCH
                },
                f"keep {r['lookalikes']['redacted']}/{r['lookalikes']['spans']}",
                f"ordinary {r['ordinary']['with_redaction']}/{r['ordinary']['utterances']}",
                flush=True,
            )
    print()
    for key, t in totals.items():
        print(
            f"{key:6}",
            *(
                f"{k} {t[k + '_caught']}/{t[k + '_total']} = {t[k + '_caught'] / max(1, t[k + '_total']):.3f}"
                for k in WATCH
            ),
            f"look-alikes {t['keep_hit']}/{t['keep_total']} = {t['keep_hit'] / max(1, t['keep_total']):.3f}",
            f"ordinary {t['ordinary_hit']}/{t['ordinary_total']}",
        )
    if args.out:
        args.out.write_text(json.dumps({k: dict(v) for k, v in totals.items()}, indent=1))


if __name__ == "__main__":
    main()
