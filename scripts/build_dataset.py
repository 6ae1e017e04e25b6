"""Build the training and dev splits for the utterance classifier.

    python scripts/build_dataset.py      # writes data/train/train.jsonl, dev.jsonl, stats.json

Sources (each documented in data/train/SOURCES.md):
  - data/train/handwritten_*.jsonl: utterances written and labelled by hand for this taxonomy;
  - the 36 insurance calls not held out (../shared/data/calls), weak labels from the rule layer,
    with the rule hits judged wrong in data/review/ removed;
  - bitext customer requests (weak rule labels, plus intent: complaint -> escalation,
    delete_account -> churn_risk) and sentences of its templated agent replies (weak rule labels);
  - banking77 and multidogo customer turns (weak rule labels; nearly all ordinary).
Everything in the held-out split (scripts/heldout_split.py, data/heldout/) is left out, by
source row and by normalised text. Seeded: the same inputs give the same files.
"""

from __future__ import annotations

import collections
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_split as split

from mot_detect.detect.rules import RuleMatcher
from mot_detect.labels import UTTERANCE_LABELS, is_cue

REPO = split.REPO
TRAIN = REPO / "data" / "train"
SEED = 13
DEV_FRACTION = 0.15
CORPUS_SAMPLES = {
    "insurance_ordinary": 1500,
    "bitext_customer": 1500,
    "bitext_agent": 1500,
    "banking77": 700,
    "multidogo": 700,
}
INTENT_LABELS = {"complaint": "escalation", "delete_account": "churn_risk"}


def heldout_texts() -> set[str]:
    texts = set()
    for path in (REPO / "data" / "heldout").glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if "text" in row:
                texts.add(split.norm(row["text"]))
            for utterance in row.get("utterances", []):
                texts.add(split.norm(utterance["text"]))
    return texts


def judged_wrong() -> set[tuple[str, int, str]]:
    wrong = set()
    for path in (REPO / "data" / "review").glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            for label, verdict in row["judgment"].items():
                if verdict == "wrong":
                    wrong.add((row["call_id"], row["index"], label))
    return wrong


def example(
    speaker: str, text: str, previous: str | None, labels: list[str], source: str
) -> dict[str, object]:
    return {
        "speaker": speaker,
        "previous": previous,
        "text": text,
        "labels": sorted(set(labels)),
        "source": source,
    }


def main() -> None:
    rng = random.Random(SEED)
    rules = RuleMatcher.load()
    keys = split.heldout_keys()
    weak = lambda speaker, text: [ls.label for ls in rules.match(speaker, text)]  # noqa: E731
    rows: list[dict[str, object]] = []

    for path in sorted(TRAIN.glob("handwritten_*.jsonl")):
        for number, line in enumerate(path.open(encoding="utf-8"), start=1):
            row = json.loads(line)
            bad = [label for label in row["labels"] if label not in UTTERANCE_LABELS]
            if bad or row["speaker"] not in ("agent", "customer"):
                raise SystemExit(f"{path}:{number}: bad labels {bad} or speaker {row['speaker']!r}")
            rows.append(
                example(
                    row["speaker"], row["text"], row.get("previous"), row["labels"], "handwritten"
                )
            )

    wrong = judged_wrong()
    ordinary = []
    for line in split.INSURANCE.open(encoding="utf-8"):
        call = json.loads(line)
        if call["call_id"] in keys["insurance"]:
            continue
        utterances = call["utterances"]
        for index, utterance in enumerate(utterances):
            previous = (
                f"{utterances[index - 1]['speaker']}: {utterances[index - 1]['text']}"
                if index
                else None
            )
            labels = [
                lab
                for lab in weak(utterance["speaker"], utterance["text"])
                if (call["call_id"], index, lab) not in wrong
            ]
            item = example(
                utterance["speaker"], utterance["text"], previous, labels, "insurance_calls_weak"
            )
            (rows if labels else ordinary).append(item)
    rows += rng.sample(ordinary, min(CORPUS_SAMPLES["insurance_ordinary"], len(ordinary)))

    bitext = [(i, r) for i, r in enumerate(split._bitext_rows()) if str(i) not in keys["bitext"]]
    for _, row in rng.sample(bitext, min(CORPUS_SAMPLES["bitext_customer"], len(bitext))):
        labels = weak("customer", row["instruction"])
        if row["intent"] in INTENT_LABELS:
            labels.append(INTENT_LABELS[row["intent"]])
        rows.append(example("customer", row["instruction"], None, labels, "bitext_weak"))
    sentences = []
    for _, row in bitext:
        for sentence in split.split_sentences(row["response"])[:3]:
            sentences.append(
                example(
                    "agent",
                    sentence,
                    f"customer: {row['instruction']}",
                    weak("agent", sentence),
                    "bitext_weak",
                )
            )
    flagged = [s for s in sentences if s["labels"]]
    plain = [s for s in sentences if not s["labels"]]
    half = CORPUS_SAMPLES["bitext_agent"] // 2
    rows += rng.sample(flagged, min(half, len(flagged))) + rng.sample(plain, min(half, len(plain)))

    with (split.CORPORA / "banking77" / "test.csv").open(encoding="utf-8") as handle:
        banking = [
            r for i, r in enumerate(csv.DictReader(handle)) if str(i) not in keys["banking77"]
        ]
    for row in rng.sample(banking, min(CORPUS_SAMPLES["banking77"], len(banking))):
        rows.append(
            example("customer", row["text"], None, weak("customer", row["text"]), "banking77_weak")
        )
    turns = []
    for name in ("insurance", "finance"):
        with (split.CORPORA / "multidogo" / f"{name}_turn_level_test.tsv").open(
            encoding="utf-8"
        ) as handle:
            turns += [
                r
                for r in csv.DictReader(handle, delimiter="\t")
                if r["conversationId"] not in keys["multidogo"] and len(r["utterance"]) > 3
            ]
    for row in rng.sample(turns, min(CORPUS_SAMPLES["multidogo"], len(turns))):
        rows.append(
            example(
                "customer",
                row["utterance"],
                None,
                weak("customer", row["utterance"]),
                "multidogo_weak",
            )
        )

    excluded = heldout_texts()
    seen: set[tuple[str, str]] = set()
    kept = []
    for row in rows:
        key = (str(row["speaker"]), split.norm(str(row["text"])))
        if key[1] in excluded or key in seen or not key[1]:
            continue
        seen.add(key)
        # Cue labels belong to customers, agent labels to agents, whatever a source says.
        row["labels"] = [
            lab for lab in row["labels"] if is_cue(lab) == (row["speaker"] == "customer")
        ]  # type: ignore[union-attr]
        kept.append(row)
    rng.shuffle(kept)
    cut = int(len(kept) * DEV_FRACTION)
    dev, train = kept[:cut], kept[cut:]
    for name, part in (("train", train), ("dev", dev)):
        (TRAIN / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8"
        )
    stats = {
        "examples": {"train": len(train), "dev": len(dev)},
        "by_source": dict(collections.Counter(str(r["source"]) for r in kept)),
        "positives_per_label": {
            lab: sum(lab in r["labels"] for r in kept) for lab in UTTERANCE_LABELS
        },  # type: ignore[operator]
        "ordinary": sum(not r["labels"] for r in kept),
        "left_out_as_heldout_text": len(rows)
        - len(kept)
        - (len(rows) - len({(str(r["speaker"]), split.norm(str(r["text"]))) for r in rows})),
    }
    (TRAIN / "stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
