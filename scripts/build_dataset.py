"""Build the training and dev splits for the utterance classifier.

    python scripts/build_dataset.py      # writes data/train/train.jsonl, dev.jsonl, stats.json

Sources (each documented in data/train/SOURCES.md):
  - data/train/handwritten_*.jsonl: utterances written and labelled by hand for this taxonomy;
  - data/train/real_labels/: every utterance of the 36 insurance calls not held out
    (../shared/data/calls) and of 160 multidogo and 1 Azure sample conversations, labelled by
    hand; split by call into training, dev and a held-out part (CALL_SPLIT) written to
    data/heldout/ as whole calls with gold;
  - data/train/fresh_calls_dev.jsonl: whole calls written for this project with utterance and
    call-level gold, split by call into training and dev;
  - bitext customer requests and sentences of its templated agent replies, banking77 queries and
    multidogo customer turns, drawn once outside the held-out rows and labelled by hand
    (data/train/real_labels/{bitext,banking77,multidogo}.jsonl; nearly all ordinary but the
    bitext replies).
Everything in the held-out split (scripts/heldout_split.py, data/heldout/) is left out, by
source row and by normalised text. Seeded: the same inputs give the same files. Also writes
data/train/dev_calls.jsonl: the dev calls whole, with gold, for `mot-detect eval` (tuning the
conversation layer and fusion on real dev calls).
"""

from __future__ import annotations

import collections
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout_split as split

from mot_detect.labels import UTTERANCE_LABELS, is_cue

REPO = split.REPO
TRAIN = REPO / "data" / "train"
SEED = 13
DEV_FRACTION = 0.15
# Hand-labelled corpus draws in data/train/real_labels/, by file name, and their source name.
DRAWN = {
    "bitext": "bitext_labelled",
    "banking77": "banking77_labelled",
    "multidogo": "multidogo_labelled",
}
REAL_LABELS = TRAIN / "real_labels"
FRESH_DEV = TRAIN / "fresh_calls_dev.jsonl"
# Labelled whole calls by share: training, dev (tuning), held out (never tuned on).
CALL_SPLIT = {"insurance": (24, 6, 6), "dialogues": (0.7, 0.15, 0.15), "fresh": (2 / 3, 1 / 3, 0)}
ORDINARY_PER_CALL_SOURCE = 2500
# The written calls by writer (the letter after "fresh-dev-"; the first writer's ids are
# numbers). The first writer's calls are split by CALL_SPLIT; these writers' calls are dev whole,
# so that tuning sees styles and labelling habits the model never trained on, as the held-out
# writer's are; the other writers' calls are all training.
DEV_WRITERS = ("c", "d")


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


def call_rank(call_id: str) -> float:
    return int(hashlib.sha1(f"{SEED}:{call_id}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def row_rank(row: dict[str, object]) -> float:
    """A row's place in [0, 1): below DEV_FRACTION it is dev."""
    return call_rank(f"{row['speaker']}:{split.norm(str(row['text']))}")


def writer(call_id: str) -> str:
    """The writer of a written call: "" for the first writer, else the letter in its id."""
    tag = call_id.removeprefix("fresh-dev-")[:1]
    return tag if tag.isalpha() else ""


def split_calls(calls: list[dict], shares: tuple[float, float, float]) -> list[list[dict]]:
    """Calls into (train, dev, heldout), by a seeded hash of the call id; shares are counts when
    they are whole numbers adding up to the number of calls, else fractions."""
    ranked = sorted(calls, key=lambda c: call_rank(c["call_id"]))
    if all(float(x).is_integer() and x >= 1 for x in shares if x):
        if sum(shares) != len(calls):
            raise SystemExit(
                f"CALL_SPLIT {shares} counts {int(sum(shares))} calls, but {len(calls)} were "
                "found: the held-out part would change; fix the counts"
            )
        counts = [int(x) for x in shares]
    else:
        counts = [round(len(calls) * shares[0]), round(len(calls) * shares[1])]
        counts.append(len(calls) - sum(counts))
    first, second = counts[0], counts[0] + counts[1]
    return [ranked[:first], ranked[first:second], ranked[second:]]


def labelled_calls(path: Path) -> list[dict]:
    """Whole calls from a labels file (one utterance per line, in call order), with gold."""
    calls: dict[str, dict] = {}
    for number, line in enumerate(path.open(encoding="utf-8"), start=1):
        row = json.loads(line)
        bad = [label for label in row["labels"] if label not in UTTERANCE_LABELS]
        if bad:
            raise SystemExit(f"{path}:{number}: unknown labels {bad}")
        call = calls.setdefault(row["call_id"], {"call_id": row["call_id"], "utterances": []})
        if row["index"] != len(call["utterances"]):
            raise SystemExit(f"{path}:{number}: utterance {row['index']} out of order")
        call["utterances"].append(
            {"speaker": row["speaker"], "text": row["text"], "gold": row["labels"]}
        )
    return list(calls.values())


def labelled_rows(path: Path) -> list[dict]:
    """Utterances labelled by hand, one per line (speaker, text, previous, labels), checked."""
    rows = []
    for number, line in enumerate(path.open(encoding="utf-8"), start=1):
        row = json.loads(line)
        bad = [label for label in row["labels"] if label not in UTTERANCE_LABELS]
        if bad or row["speaker"] not in ("agent", "customer"):
            raise SystemExit(f"{path}:{number}: bad labels {bad} or speaker {row['speaker']!r}")
        rows.append(row)
    return rows


def sample_ordinary(rows: list[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    """Every labelled row and at most ORDINARY_PER_CALL_SOURCE ordinary ones."""
    positives = [row for row in rows if row["labels"]]
    ordinary = [row for row in rows if not row["labels"]]
    return positives + rng.sample(ordinary, min(ORDINARY_PER_CALL_SOURCE, len(ordinary)))


def write_calls(path: Path, calls: list[dict]) -> None:
    path.write_text(
        "".join(json.dumps(call, ensure_ascii=False) + "\n" for call in calls), encoding="utf-8"
    )


def call_rows(call: dict, source: str) -> list[dict[str, object]]:
    utterances = call["utterances"]
    rows = []
    for index, utterance in enumerate(utterances):
        before = utterances[index - 1] if index else None
        previous = f"{before['speaker']}: {before['text']}" if before else None
        rows.append(
            example(utterance["speaker"], utterance["text"], previous, utterance["gold"], source)
        )
    return rows


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
    rows: list[dict[str, object]] = []

    for path in sorted(TRAIN.glob("handwritten_*.jsonl")):
        rows += [
            example(row["speaker"], row["text"], row.get("previous"), row["labels"], "handwritten")
            for row in labelled_rows(path)
        ]

    dev_rows: list[dict[str, object]] = []
    dev_calls: list[dict] = []
    sources = [("insurance", REAL_LABELS.glob("insurance_*.jsonl"), "insurance_calls_labelled")]
    sources.append(("dialogues", [REAL_LABELS / "dialogues.jsonl"], "dialogues_labelled"))
    for kind, paths, source in sources:
        calls = [call for path in sorted(paths) for call in labelled_calls(path)]
        train_calls, dev_part, heldout_part = split_calls(calls, CALL_SPLIT[kind])
        rows += sample_ordinary([r for c in train_calls for r in call_rows(c, source)], rng)
        dev_rows += [r for c in dev_part for r in call_rows(c, source)]
        dev_calls += dev_part
        write_calls(REPO / "data" / "heldout" / f"{kind}_labelled_calls.jsonl", heldout_part)
    if FRESH_DEV.exists():
        fresh = [json.loads(line) for line in FRESH_DEV.open(encoding="utf-8") if line.strip()]
        first = [c for c in fresh if writer(c["call_id"]) == ""]
        train_calls, dev_part, _ = split_calls(first, CALL_SPLIT["fresh"])
        for call in fresh:
            if writer(call["call_id"]) in DEV_WRITERS:
                dev_part.append(call)
            elif writer(call["call_id"]):
                train_calls.append(call)
        rows += [r for c in train_calls for r in call_rows(c, "fresh_calls")]
        dev_rows += [r for c in dev_part for r in call_rows(c, "fresh_calls")]
        dev_calls += dev_part
    write_calls(TRAIN / "dev_calls.jsonl", dev_calls)

    # Corpus rows drawn once outside the held-out rows (seed 13, scripts/heldout_split.py keys)
    # and labelled by hand; each file is its draw, so the rows do not move when the rules change.
    for name, source in DRAWN.items():
        rows += [
            example(row["speaker"], row["text"], row.get("previous"), row["labels"], source)
            for row in labelled_rows(REAL_LABELS / f"{name}.jsonl")
        ]

    excluded = heldout_texts()
    seen: set[tuple[str, str]] = set()
    kept = []
    for row in [*dev_rows, *rows]:  # dev first: a text in both stays in dev
        key = (str(row["speaker"]), split.norm(str(row["text"])))
        if key[1] in excluded or key in seen or not key[1]:
            continue
        seen.add(key)
        # Cue labels belong to customers, agent labels to agents, whatever a source says.
        row["labels"] = [
            lab for lab in row["labels"] if is_cue(lab) == (row["speaker"] == "customer")
        ]  # type: ignore[union-attr]
        kept.append(row)
    # Dev calls stay dev whole; the other sources are cut by a hash of each row's words.
    dev_ids = {id(row) for row in dev_rows}
    from_dev_calls = [row for row in kept if id(row) in dev_ids]
    rest = [row for row in kept if id(row) not in dev_ids]
    # Each row's side is a hash of its words, so adding data never moves a row already split.
    dev, train = [], []
    for row in rest:
        (dev if row_rank(row) < DEV_FRACTION else train).append(row)
    dev += from_dev_calls
    rng.shuffle(train)
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
        "left_out_as_heldout_text_or_duplicate": len(rows) + len(dev_rows) - len(kept),
        "dev_calls": len(dev_calls),
    }
    (TRAIN / "stats.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main()
