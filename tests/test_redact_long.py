"""Redaction in one very long utterance (up to the 100,000 characters an utterance may hold):
values deep inside it are found as in a short one. Its speed is measured by
benchmarks/bench_redaction_long.py, not here."""

from __future__ import annotations

import pytest

from mot_detect.redact import RedactionPolicy
from mot_detect.redact.redactor import redacted_texts

POLICY = RedactionPolicy.parse("pci,pii")
PADDING = "and then we talked about the weather for a while " * 1_200  # 60,000 characters


@pytest.mark.parametrize(
    ("said", "hidden", "placeholder"),
    [
        ("my card number is 4539 1488 0343 6467 thanks", "4539", "[CARD_NUMBER]"),
        ("hi siobhan how are you", "siobhan", "[NAME]"),
        ("the postcode is s w one a one a a", "s w one a", "[POSTCODE]"),
        ("call me on 07700 900123 tomorrow", "900123", "[PHONE]"),
    ],
)
def test_a_value_deep_in_a_long_utterance_is_hidden(
    said: str, hidden: str, placeholder: str
) -> None:
    text = PADDING + said + " " + PADDING
    out = redacted_texts([("customer", text)], POLICY)[0].text
    assert hidden not in out
    assert placeholder in out
    short = redacted_texts([("customer", said)], POLICY)[0].text
    assert short in out  # the same as in a short utterance


def test_a_long_run_of_spoken_digits_is_hidden_whole() -> None:
    text = "go on " + "four one " * 5_000
    out = redacted_texts([("agent", "the card number please"), ("customer", text)], POLICY)[1]
    assert "four" not in out.text and "one" not in out.text
