"""The word-start prefilter only skips regexes that cannot match: results are identical."""

from __future__ import annotations

import csv
import json
import re

import pytest
from conftest import EXAMPLES, INSURANCE_CALLS, SHARED

from mot_detect import load_calls
from mot_detect.conversation.cues import AcknowledgementCatalog
from mot_detect.conversation.details import DetailCatalog
from mot_detect.detect.prefilter import KeyedRegex, pattern_keys, word_start_keys
from mot_detect.detect.rules import RuleMatcher

BITEXT = (
    SHARED
    / "data"
    / "corpora"
    / "bitext_customer_support"
    / "Bitext_Sample_Customer_Support_Training_Dataset.csv"
)


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    found = [
        (u.speaker, u.text)
        for p in sorted(EXAMPLES.glob("*.*"))
        if p.suffix != ".md"
        for c in load_calls(p)
        for u in c.utterances
    ]
    with INSURANCE_CALLS.open(encoding="utf-8") as handle:
        found += [
            (u["speaker"], u["text"]) for line in handle for u in json.loads(line)["utterances"]
        ]
    with BITEXT.open(encoding="utf-8") as handle:
        for row in list(csv.DictReader(handle))[:1500]:
            found += [("customer", row["instruction"]), ("agent", row["response"])]
    return found


def test_rules_agree_with_and_without_prefilter(texts: list[tuple[str, str]]) -> None:
    fast = RuleMatcher.load()
    plain = RuleMatcher(fast.patterns, prefilter=False)
    assert len(texts) > 10_000
    assert [fast.match(s, t) for s, t in texts] == [plain.match(s, t) for s, t in texts]


def test_keyed_conversation_regexes_agree(texts: list[tuple[str, str]]) -> None:
    keyed: list[KeyedRegex] = [p.regex for p in AcknowledgementCatalog.load().patterns]
    for kind in DetailCatalog.load().kinds:
        keyed += [kind.ask, kind.volunteer]
    assert sum(k.keys is not None for k in keyed) > len(keyed) * 0.8
    for _, text in texts[:6000]:
        words = word_start_keys(text)
        for regex in keyed:
            assert bool(regex.search(text, words)) == bool(regex.regex.search(text)), (
                regex.regex.pattern,
                text,
            )


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"\bplease\s+hold\b", {"ple"}),
        (r"\b(?:by|before)\s+noon", {"noo"}),
        (r"\byour\s+call\s+is\s+important", {"cal"}),
        (r"\b(?:i'm|i am)\s+(?:so\s+)?angry", {"ang"}),
        (r"\bthat's\s+(?:just\s+)?(?:how|the way)", {"how", "way"}),
        (r"(?:my|our)\s+son", {"son"}),
        (r"\d+\s*o'?clock", None),
        (r"\b(?:by|\d+)\s+noon", {"noo"}),
    ],
)
def test_pattern_keys(pattern: str, keys: set[str] | None) -> None:
    found = pattern_keys(re.compile(pattern, re.IGNORECASE))
    assert found == (frozenset(keys) if keys is not None else None)


def test_word_start_keys_split_apostrophes() -> None:
    assert {"i", "m", "tha", "s"} <= word_start_keys("I'm sure that's fine")
