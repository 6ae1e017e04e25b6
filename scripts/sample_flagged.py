"""Draw a seeded random sample of flagged utterances from scored calls, for a precision review.

    mot-detect score ../shared/data/calls/insurance_calls_dev.jsonl -f jsonl -o scored.jsonl
    python scripts/sample_flagged.py scored.jsonl --n 50 --seed 0 > sample.jsonl

Each output line holds one flagged utterance with the utterance before it (context) and an empty
`judgment` per label for the reviewer to fill in with "correct" or "wrong".
"""

from __future__ import annotations

import argparse
import json
import random
import sys


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("scored", help="JSON Lines of scored calls (mot-detect score -f jsonl)")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    flagged = []
    with open(args.scored, encoding="utf-8") as handle:
        for line in handle:
            call = json.loads(line)
            utterances = call["utterances"]
            for utterance in utterances:
                if utterance["labels"]:
                    before = utterances[utterance["index"] - 1] if utterance["index"] else None
                    flagged.append(
                        {
                            "call_id": call["call_id"],
                            "index": utterance["index"],
                            "speaker": utterance["speaker"],
                            "previous": f"{before['speaker']}: {before['text']}"
                            if before
                            else None,
                            "text": utterance["text"],
                            "labels": [label["label"] for label in utterance["labels"]],
                            "judgment": {label["label"]: "" for label in utterance["labels"]},
                        }
                    )
    sample = random.Random(args.seed).sample(flagged, min(args.n, len(flagged)))
    sample.sort(key=lambda row: (row["call_id"], row["index"]))
    for row in sample:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(flagged)} flagged utterances, {len(sample)} sampled", file=sys.stderr)


if __name__ == "__main__":
    main()
