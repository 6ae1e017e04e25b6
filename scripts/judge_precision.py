"""Apply a reviewer's judgments to a flagged-utterance sample and report precision per label.

    python scripts/judge_precision.py sample.jsonl --wrong ins-052:78:canned_empathy ...

Every label in the sample counts as correct unless named with --wrong (call_id:index:label).
Writes the judged sample (the `judgment` field filled in) to --out and prints precision.
"""

from __future__ import annotations

import argparse
import collections
import json


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sample")
    parser.add_argument("--wrong", nargs="*", default=[], help="call_id:index:label judged wrong")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    wrong = set(args.wrong)
    with open(args.sample, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    per_label: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    utterances_correct = 0
    for row in rows:
        all_correct = True
        for label in row["labels"]:
            ok = f"{row['call_id']}:{row['index']}:{label}" not in wrong
            row["judgment"][label] = "correct" if ok else "wrong"
            per_label[label][0] += ok
            per_label[label][1] += 1
            all_correct &= ok
        utterances_correct += all_correct
    with open(args.out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"utterances judged correct: {utterances_correct}/{len(rows)} = {utterances_correct / len(rows):.1%}"
    )
    for label, (ok, total) in sorted(per_label.items()):
        print(f"  {label:18} {ok}/{total}")


if __name__ == "__main__":
    main()
