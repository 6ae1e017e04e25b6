"""Cutting long segments before the tokenizer sees them never changes what the model reads."""

from __future__ import annotations

import random
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mot_detect.detect.encoding import (
    MAX_LENGTH,
    ModelInput,
    bounded_segments,
    leading_words,
    load_tokenizer,
    tokenize,
)

TOKENIZER = load_tokenizer(Path(str(resources.files("mot_detect.models") / "tokenizer.json")))


def _whole(pair: str | tuple[str, str]) -> tuple[list[int], list[int]]:
    encoding = TOKENIZER.encode_batch([pair])[0]
    return encoding.ids, encoding.type_ids


def _cut(item: ModelInput) -> tuple[list[int], list[int]]:
    encoding = tokenize(TOKENIZER, [item])[0]
    return encoding.ids, encoding.type_ids


def _texts() -> list[str]:
    rng = random.Random(3)
    words = "the claim my daughter's recital is tonight unbelievable naïve 東京 café ...".split()
    return [
        "." * 3_000,
        "a" * 3_000,
        "x" * 150 + " tail " * 300,  # a word longer than WordPiece takes ([UNK]) then words
        " ".join(rng.choice(words) for _ in range(600)),
        "".join(rng.choice("ab .,!?-'éü東") for _ in range(3_000)),
        "playing " * 130 + "extraordinarily " * 50,
    ]


@pytest.mark.parametrize("text", _texts(), ids=range(len(_texts())))
def test_long_segments_encode_exactly_as_whole(text: str) -> None:
    for item in (
        ModelInput("customer", text),
        ModelInput("agent", text, previous=f"customer: {text[::-1]}"),
        ModelInput("agent", "short reply", previous=f"customer: {text}"),
    ):
        assert _cut(item) == _whole(item.pair())


def test_only_the_first_words_are_read() -> None:
    # Words the tokenizer drops (control characters) still count as words read.
    text = "\x00\x01 " * 1_000 + "real words after control characters " * 20
    item = ModelInput("customer", text)
    assert _cut(item) == _whole(f"customer: {leading_words(text)}")
    assert len(_cut(item)[0]) == 4  # [CLS] customer : [SEP]


def test_two_long_segments_keep_their_leading_tokens() -> None:
    text = " ".join(f"w{i % 97}" for i in range(3_000))
    item = ModelInput("agent", text, previous=f"customer: {text[::-1]}")
    cut, whole = _cut(item)[0], _whole(item.pair())[0]
    assert len(cut) == len(whole) == MAX_LENGTH
    separator = whole.index(102)
    assert cut[: separator - 1] == whole[: separator - 1]  # at most the odd token differs


def test_the_cut_is_bounded() -> None:
    cut = bounded_segments(TOKENIZER, ("." * 100_000, "," * 100_000))
    assert [len(c) for c in cut] == [MAX_LENGTH, MAX_LENGTH]


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdefghij .,;!?'-\u00e9\u00fc\u6771\u4eac\u0301\t")),
        min_size=200,
        max_size=1_500,
    ),
    st.text(alphabet=st.sampled_from(list("klmno pqr.,!")), max_size=1_500),
)
def test_any_text_encodes_exactly_as_whole(text: str, previous: str) -> None:
    item = ModelInput("customer", text, previous=f"agent: {previous}" if previous else None)
    assert _cut(item) == _whole(item.pair())
