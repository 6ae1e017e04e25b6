"""Training the learned name and account-number finder (mot_detect/redact/learned.py) on
labelled redaction sets (data/redaction/*.jsonl, see its README).

Each case is run through the rules-only Finder, which records the candidates the rules left
alone with their features; a candidate is positive when it overlaps a labelled span of its type.
Candidates on a look-alike that must survive weigh more, so that the model learns the cost of
redacting a flight number or a price. scikit-learn fits one logistic regression per type; the
weights are written as JSON, which the runtime reads without scikit-learn.

    python -m mot_detect.train.redaction_model data/redaction/dev*.jsonl \
        --out mot_detect/redact/learned.json
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mot_detect.redact.finder import Finder
from mot_detect.redact.learned import ACCOUNT, NAME, WEIGHTS_FILE, Candidate, LinearModel

logger = logging.getLogger("mot_detect")

KINDS = (NAME, ACCOUNT)
LOOKALIKE_WEIGHT = 4.0
THRESHOLDS = {NAME: 0.40, ACCOUNT: 0.35}  # chosen by cross-validation over the dev sets
C = 1.0
MIN_WEIGHT = 0.01  # smaller weights change no decision and only make the file larger


@dataclass(frozen=True)
class Example:
    candidate: Candidate
    positive: bool
    weight: float


def examples(paths: Iterable[Path]) -> list[Example]:
    """The learned candidates of every case in `paths`, labelled."""
    out: list[Example] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                out += _case_examples(case)
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not a redaction case ({error})") from error
    return out


def _case_examples(case: dict) -> list[Example]:
    finder = Finder(models={}, record=[])
    for index, utterance in enumerate(case["utterances"]):
        finder.observe(index, utterance["speaker"], utterance["text"])
    assert finder.record is not None
    out = []
    for index, candidates in finder.record:
        spans = [s for s in case["pii"] if s["utterance"] == index]
        keeps = [s for s in case.get("keep", []) if s["utterance"] == index]
        for c in candidates:
            positive = any(
                s["type"] == c.kind and s["start"] < c.end and c.start < s["end"] for s in spans
            )
            lookalike = any(s["start"] < c.end and c.start < s["end"] for s in keeps)
            out.append(Example(c, positive, LOOKALIKE_WEIGHT if lookalike else 1.0))
    return out


def fit(
    train: Sequence[Example], thresholds: dict[str, float] | None = None, c: float = C
) -> dict[str, LinearModel]:
    """One logistic regression per type over the candidates' binary features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    thresholds = thresholds or THRESHOLDS
    fitted = {}
    for kind in KINDS:
        rows = [e for e in train if e.candidate.kind == kind]
        if not any(e.positive for e in rows) or all(e.positive for e in rows):
            continue
        vectorizer = DictVectorizer()
        x = vectorizer.fit_transform([dict.fromkeys(e.candidate.features, 1) for e in rows])
        y = [int(e.positive) for e in rows]
        model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
        model.fit(x, y, sample_weight=[e.weight for e in rows])
        weights = {
            name: round(float(w), 5)
            for name, w in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
            if abs(w) >= MIN_WEIGHT
        }
        fitted[kind] = LinearModel(weights, round(float(model.intercept_[0]), 5), thresholds[kind])
        logger.info(
            "%s: %d candidates, %d positive, %d weights", kind, len(rows), sum(y), len(weights)
        )
    return fitted


def save(fitted: dict[str, LinearModel], path: Path, sets: Sequence[Path]) -> None:
    data = {
        "trained_on": [p.name for p in sets],
        "models": {
            kind: {
                "bias": m.bias,
                "threshold": m.threshold,
                "weights": dict(sorted(m.weights.items())),
            }
            for kind, m in fitted.items()
        },
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the learned name and account finder.")
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if any(p.name.startswith("test") for p in args.sets):
        parser.error("a held-out set (test*.jsonl) is never trained on")
    fitted = fit(examples(args.sets), c=args.c)
    save(fitted, args.out, args.sets)
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
