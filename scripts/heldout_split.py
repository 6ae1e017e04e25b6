"""The held-out split: which real calls and corpus rows are never trained on, and the candidates
a reviewer labels by hand.

    python scripts/heldout_split.py candidates   # writes data/heldout/candidates.jsonl
    python scripts/heldout_split.py assemble     # labelled candidates -> data/heldout/test_calls.jsonl

The split is a pure function of the data and SEED, so `scripts/build_dataset.py` calls
`heldout_keys()` to leave every held-out call and row out of training.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "data" / "corpora"
INSURANCE = SHARED / "data" / "calls" / "insurance_calls_dev.jsonl"
HELDOUT = REPO / "data" / "heldout"
SEED = 20261123

# A broad net for utterances worth a reviewer's look, wider than any rule: held-out positives
# must not be only what the rules already find.
_INTERESTING = re.compile(
    r"\b(?:accident|hospital|hurt|sick|died|passed|wife|husband|son|daughter|kids?|mother|father|"
    r"years?|since|loyal|first|never|again|called|calling|back|cancel|switch|leave|elsewhere|"
    r"manager|supervisor|complain\w*|lawyer|angry|upset|frustrat\w*|ridiculous|stress\w*|"
    r"today|tonight|tomorrow|by|before|deadline|urgent|asap|need|lose|afford|money|pay|fee|"
    r"sorry|apologi\w*|understand|hold|moment|second|patience|transfer\w*|connect\w*|policy|"
    r"can't|cannot|unable|system|should|fault|number|verify|confirm)\b",
    re.IGNORECASE,
)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def heldout_call_ids() -> set[str]:
    ids = sorted(json.loads(line)["call_id"] for line in INSURANCE.open(encoding="utf-8"))
    return set(random.Random(SEED).sample(ids, 12))


def _bitext_rows() -> list[dict[str, str]]:
    path = (
        CORPORA / "bitext_customer_support" / "Bitext_Sample_Customer_Support_Training_Dataset.csv"
    )
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _heldout_fraction(key: str, fraction: float) -> bool:
    return int(hashlib.sha1(f"{SEED}:{key}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < fraction


def heldout_keys() -> dict[str, set[str]]:
    """What training must leave out: insurance call ids, and corpus rows by source and row key."""
    keys: dict[str, set[str]] = {"insurance": heldout_call_ids()}
    keys["bitext"] = {
        str(i) for i, _ in enumerate(_bitext_rows()) if _heldout_fraction(f"bitext:{i}", 0.08)
    }
    with (CORPORA / "banking77" / "test.csv").open(encoding="utf-8") as handle:
        keys["banking77"] = {
            str(i)
            for i, _ in enumerate(csv.DictReader(handle))
            if _heldout_fraction(f"banking77:{i}", 0.2)
        }
    conversations = set()
    for name in ("insurance", "finance"):
        with (CORPORA / "multidogo" / f"{name}_turn_level_test.tsv").open(
            encoding="utf-8"
        ) as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if _heldout_fraction(f"multidogo:{row['conversationId']}", 0.2):
                    conversations.add(row["conversationId"])
    keys["multidogo"] = conversations
    keys["abcd"] = {"*"}  # all three dialogues
    return keys


def split_sentences(text: str) -> list[str]:
    return [
        s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if len(s.strip()) > 3
    ]


def _candidates() -> Iterator[dict[str, object]]:
    rng = random.Random(SEED)
    keys = heldout_keys()
    # Real calls: the held-out calls whole, the utterances to label chosen from them.
    for line in INSURANCE.open(encoding="utf-8"):
        call = json.loads(line)
        if call["call_id"] not in keys["insurance"]:
            continue
        utterances = call["utterances"]
        interesting = [
            u for u in range(len(utterances)) if _INTERESTING.search(utterances[u]["text"])
        ]
        picked = set(rng.sample(interesting, min(12, len(interesting))))
        picked |= set(rng.sample(range(len(utterances)), min(4, len(utterances))))
        for index in sorted(picked):
            yield {
                "id": f"insurance:{call['call_id']}:{index}",
                "source": "insurance_calls_dev",
                "speaker": utterances[index]["speaker"],
                "context": [
                    f"{u['speaker']}: {u['text']}" for u in utterances[max(0, index - 6) : index]
                ],
                "text": utterances[index]["text"],
            }
    rows = _bitext_rows()
    held = sorted(int(i) for i in keys["bitext"])
    for i in rng.sample(held, min(130, len(held))):
        yield {
            "id": f"bitext:{i}:customer",
            "source": "bitext",
            "speaker": "customer",
            "context": [],
            "text": rows[i]["instruction"],
        }
    for i in rng.sample(held, min(70, len(held))):
        sentences = split_sentences(rows[i]["response"])[:2]
        for n, sentence in enumerate(sentences):
            yield {
                "id": f"bitext:{i}:agent:{n}",
                "source": "bitext",
                "speaker": "agent",
                "context": [f"customer: {rows[i]['instruction']}"],
                "text": sentence,
            }
    with (CORPORA / "banking77" / "test.csv").open(encoding="utf-8") as handle:
        banking = list(csv.DictReader(handle))
    for i in rng.sample(sorted(int(k) for k in keys["banking77"]), 60):
        yield {
            "id": f"banking77:{i}",
            "source": "banking77",
            "speaker": "customer",
            "context": [],
            "text": banking[i]["text"],
        }
    turns = []
    for name in ("insurance", "finance"):
        with (CORPORA / "multidogo" / f"{name}_turn_level_test.tsv").open(
            encoding="utf-8"
        ) as handle:
            turns += [
                r
                for r in csv.DictReader(handle, delimiter="\t")
                if r["conversationId"] in keys["multidogo"] and len(r["utterance"]) > 15
            ]
    for row in rng.sample(turns, min(60, len(turns))):
        yield {
            "id": f"multidogo:{row['conversationId']}:{row['turnNumber']}",
            "source": "multidogo",
            "speaker": "customer",
            "context": [],
            "text": row["utterance"],
        }
    dialogues = json.loads((CORPORA / "abcd" / "abcd_sample.json").read_text(encoding="utf-8"))
    for dialogue in dialogues:
        turns_ = [(s, t) for s, t in dialogue["original"] if s in ("agent", "customer")]
        for index, (speaker, text) in enumerate(turns_):
            yield {
                "id": f"abcd:{dialogue['convo_id']}:{index}",
                "source": "abcd",
                "speaker": speaker,
                "context": [f"{s}: {t}" for s, t in turns_[max(0, index - 6) : index]],
                "text": text,
            }


def write_candidates() -> None:
    HELDOUT.mkdir(parents=True, exist_ok=True)
    seen = set()
    rows = []
    for row in _candidates():
        if norm(str(row["text"])) in seen:
            continue
        seen.add(norm(str(row["text"])))
        rows.append(row | {"gold": None})
    out = HELDOUT / "candidates.jsonl"
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} candidates -> {out}", file=sys.stderr)


# Second round: the first candidates held few positives, so these come from held-out rows whose
# corpus metadata (not our rules) marks them as likely complaints, cancellations, refunds, fraud.
EXTRA_BITEXT_INTENTS = {
    "complaint", "contact_human_agent", "delete_account", "payment_issue", "get_refund", "review",
    "check_cancellation_fee", "track_refund", "cancel_order", "contact_customer_service",
}  # fmt: skip
EXTRA_BANKING_CATEGORIES = {
    "compromised_card", "transaction_charged_twice", "cash_withdrawal_not_recognised",
    "card_payment_not_recognised", "lost_or_stolen_card", "declined_card_payment", "request_refund",
    "pending_cash_withdrawal", "wrong_amount_of_cash_received", "direct_debit_payment_not_recognised",
    "balance_not_updated_after_bank_transfer", "card_swallowed", "failed_transfer",
}  # fmt: skip


def write_extra_candidates() -> None:
    rng = random.Random(SEED + 1)
    keys = heldout_keys()
    first = [json.loads(line) for line in (HELDOUT / "candidates.jsonl").open(encoding="utf-8")]
    done = {row["id"] for row in first}
    seen = {norm(row["text"]) for row in first}
    out: list[dict[str, object]] = []

    def add(row: dict[str, object]) -> None:
        if row["id"] not in done and norm(str(row["text"])) not in seen:
            seen.add(norm(str(row["text"])))
            out.append(row | {"gold": None})

    rows = _bitext_rows()
    for i in sorted(int(k) for k in keys["bitext"]):
        if rows[i]["intent"] not in EXTRA_BITEXT_INTENTS:
            continue
        add(
            {
                "id": f"bitext:{i}:customer",
                "source": "bitext",
                "speaker": "customer",
                "context": [],
                "text": rows[i]["instruction"],
            }
        )
        for n, sentence in enumerate(split_sentences(rows[i]["response"])[:3]):
            if rng.random() < 0.5:
                add(
                    {
                        "id": f"bitext:{i}:agent:{n}",
                        "source": "bitext",
                        "speaker": "agent",
                        "context": [f"customer: {rows[i]['instruction']}"],
                        "text": sentence,
                    }
                )
    with (CORPORA / "banking77" / "test.csv").open(encoding="utf-8") as handle:
        banking = list(csv.DictReader(handle))
    chosen = [
        int(k) for k in keys["banking77"] if banking[int(k)]["category"] in EXTRA_BANKING_CATEGORIES
    ]
    for i in rng.sample(chosen, min(60, len(chosen))):
        add(
            {
                "id": f"banking77:{i}",
                "source": "banking77",
                "speaker": "customer",
                "context": [],
                "text": banking[i]["text"],
            }
        )
    (HELDOUT / "candidates_extra.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )
    print(f"{len(out)} extra candidates", file=sys.stderr)


def two_turn_call(call_id: str, row: dict, gold: list[str]) -> dict:
    """A labelled utterance as a call: its previous turn ("speaker: text", if any), then it."""
    utterances = []
    if row.get("previous"):
        speaker, text = row["previous"].split(": ", 1)
        utterances.append({"speaker": speaker, "text": text})
    utterances.append({"speaker": row["speaker"], "text": row["text"], "gold": gold})
    return {"call_id": call_id, "utterances": utterances}


def assemble_handwritten() -> None:
    """The hand-written test utterances as mini-calls (the previous turn, then the utterance)."""
    source = HELDOUT / "handwritten_test.jsonl"
    trained = set()
    for name in ("train.jsonl", "dev.jsonl"):
        path = REPO / "data" / "train" / name
        if path.exists():
            trained |= {norm(json.loads(line)["text"]) for line in path.open(encoding="utf-8")}
    calls = []
    dropped = 0
    for line in source.open(encoding="utf-8"):
        row = json.loads(line)
        if norm(row["text"]) in trained:
            dropped += 1  # the same words are in the training data: not a test of anything
            continue
        calls.append(two_turn_call(row["id"], row, row["gold"]))
    out = HELDOUT / "handwritten_test_calls.jsonl"
    out.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8"
    )
    print(
        f"{len(calls)} hand-written test calls ({dropped} dropped as also in training) -> {out}",
        file=sys.stderr,
    )


def assemble(labelled: list[Path]) -> None:
    """Merge labelled candidates into taxonomy calls whose utterances carry `gold`."""
    gold = {}
    for path in labelled:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("gold") is None:
                raise SystemExit(f"{path}: {row['id']} has no gold labels")
            gold[row["id"]] = row
    calls = []
    for line in INSURANCE.open(encoding="utf-8"):
        call = json.loads(line)
        marked = {
            int(k.split(":")[2]): v
            for k, v in gold.items()
            if k.startswith(f"insurance:{call['call_id']}:")
        }
        if not marked:
            continue
        for index, utterance in enumerate(call["utterances"]):
            if index in marked:
                utterance["gold"] = marked[index]["gold"]
        calls.append({"call_id": f"heldout-{call['call_id']}", "utterances": call["utterances"]})
    dialogues = json.loads((CORPORA / "abcd" / "abcd_sample.json").read_text(encoding="utf-8"))
    for dialogue in dialogues:
        turns = [(s, t) for s, t in dialogue["original"] if s in ("agent", "customer")]
        utterances = []
        for index, (speaker, text) in enumerate(turns):
            row = gold.get(f"abcd:{dialogue['convo_id']}:{index}")
            utterances.append(
                {"speaker": speaker, "text": text} | ({"gold": row["gold"]} if row else {})
            )
        calls.append({"call_id": f"heldout-abcd-{dialogue['convo_id']}", "utterances": utterances})
    for key, row in gold.items():
        if key.startswith(("insurance:", "abcd:")):
            continue
        utterances = [
            {"speaker": c.split(": ", 1)[0], "text": c.split(": ", 1)[1]} for c in row["context"]
        ]
        utterances.append({"speaker": row["speaker"], "text": row["text"], "gold": row["gold"]})
        calls.append({"call_id": f"heldout-{key.replace(':', '-')}", "utterances": utterances})
    out = HELDOUT / "test_calls.jsonl"
    out.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8"
    )
    labelled_count = sum(1 for c in calls for u in c["utterances"] if "gold" in u)
    print(f"{len(calls)} calls, {labelled_count} labelled utterances -> {out}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["candidates"]:
        write_candidates()
        write_extra_candidates()
    elif sys.argv[1:2] == ["assemble"]:
        assemble([Path(p) for p in sys.argv[2:]] or sorted(HELDOUT.glob("labelled_*.jsonl")))
        if (HELDOUT / "handwritten_test.jsonl").exists():
            assemble_handwritten()
    else:
        raise SystemExit("usage: heldout_split.py candidates | assemble [LABELLED.jsonl ...]")
