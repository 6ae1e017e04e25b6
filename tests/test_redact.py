"""Redaction (mot_detect/redact/): the policy, the placeholders and the offsets after them, the
per-type figures on the two development sets, what the detail tracker keeps, and `--redact`
on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mot_detect.cli import main
from mot_detect.io.readers import load_calls
from mot_detect.pipeline import Detector
from mot_detect.redact import KINDS, PolicyError, RedactionPolicy, redact_call
from mot_detect.redact.redactor import CallRedactor, redacted_texts
from mot_detect.types import Call, Utterance

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from eval_redaction import evaluate  # noqa: E402

DEV_SETS = [REPO / "data" / "redaction" / f"{name}.jsonl" for name in ("dev", "dev2", "dev3")]
# dev4 and dev5 (names and account numbers in hard frames) are measured, not held to a floor:
# their figures are in the README.
CARD = "4539148803436467"  # Luhn-valid


def spoken(digits: str) -> str:
    words = "zero one two three four five six seven eight nine".split()
    return " ".join(words[int(d)] for d in digits)


# ---- the policy ----


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("pci,pii", set(KINDS)),
        ("pci", {"CARD_NUMBER", "CVV", "EXPIRY"}),
        ("pii,-name", set(KINDS) - {"CARD_NUMBER", "CVV", "EXPIRY", "NAME"}),
        ("card_number, CVV", {"CARD_NUMBER", "CVV"}),
        ("all,-pii", {"CARD_NUMBER", "CVV", "EXPIRY"}),
        ("none", set()),
    ],
)
def test_policies_parse(text: str, kinds: set[str]) -> None:
    policy = RedactionPolicy.parse(text)
    assert policy.kinds == kinds
    assert RedactionPolicy.parse(str(policy)) == policy  # written back as it reads


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("pci,cards", "unknown redaction type 'cards'"),
        ("none,pci", "'none' cannot be combined"),
        ("", "empty redaction policy"),
        ("pci,-pci", "redacts nothing"),
    ],
)
def test_a_bad_policy_says_what_was_expected(text: str, says: str) -> None:
    with pytest.raises(PolicyError, match=says) as caught:
        RedactionPolicy.parse(text)
    assert "expected" in str(caught.value)


def test_the_cli_refuses_a_bad_policy_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["score", str(REPO / "examples"), "--redact", "pci,cards"])
    assert result.exit_code == 2
    assert "--redact" in result.output and "unknown redaction type 'cards'" in result.output


def test_redact_none_must_be_said_and_is_recorded(tmp_path: Path) -> None:
    out = tmp_path / "calls.jsonl"
    args = ["score", str(REPO / "examples"), "-f", "jsonl", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    default = [json.loads(line) for line in out.read_text().splitlines()]
    assert {c["redaction"]["policy"] for c in default} == {"pci,pii"}
    assert CliRunner().invoke(main, [*args, "--redact", "none"]).exit_code == 0
    plain = [json.loads(line) for line in out.read_text().splitlines()]
    assert {c["redaction"]["policy"] for c in plain} == {"none"}
    assert all(c["redaction"]["redacted"] == {} for c in plain)
    # The same calls, so the default really replaced something the plain one kept.
    said = [u["text"] for c in plain for u in c["utterances"]]
    kept = [u["text"] for c in default for u in c["utterances"]]
    assert said != kept and any("[NAME]" in t for t in kept)


# ---- placeholders and offsets ----


def payment_call() -> Call:
    turns = [
        ("agent", "Thanks for calling, my name is Kevin. Can I take the long number on the card?"),
        ("customer", f"Sure, it's {spoken(CARD[:8])}"),
        ("agent", "mm-hmm"),
        (
            "customer",
            f"{spoken(CARD[8:])}, and I have to pay it by five tonight or I lose the flat",
        ),
        (
            "agent",
            "I understand your frustration. And the expiry and the three digits on the back?",
        ),
        ("customer", "oh four twenty eight and three two one"),
        ("agent", f"So that's {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}, expiring 04/28."),
        ("customer", "Yes. My email is dana dot reyes at gmail dot com, I'm at 42 Maple Avenue."),
    ]
    return Call(
        "pay-1",
        [Utterance(s, t, index=i) for i, (s, t) in enumerate(turns)],
        metadata={"ivr": {"account_number": "00482915", "ani": "+1 415 555 0134"}, "queue": "q"},
    )


def test_a_card_read_out_in_pieces_and_read_back_is_replaced_everywhere(
    detector: Detector,
) -> None:
    call = redact_call(detector.score_call(payment_call()), RedactionPolicy.parse("pci,pii"))
    texts = [u.text for u in call.utterances]
    assert texts[1] == "Sure, it's [CARD_NUMBER]"
    assert texts[3].startswith("[CARD_NUMBER], and I have to pay it by five tonight")
    assert texts[5] == "[EXPIRY] and [CVV]"
    assert texts[6] == "So that's [CARD_NUMBER], expiring [EXPIRY]."
    assert "[EMAIL]" in texts[7] and "[ADDRESS]" in texts[7] and "[NAME]" in texts[0]
    assert call.metadata["ivr"] == {"account_number": "[ACCOUNT_NUMBER]", "ani": "[PHONE]"}
    assert call.metadata["queue"] == "q"
    assert call.redaction is not None and call.redaction["redacted"]["CARD_NUMBER"] == 3


def test_labels_and_findings_point_at_the_same_words_after_replacement(
    detector: Detector,
) -> None:
    """Every label span and finding outside the replaced stretches quotes the same words
    before and after; the deadline cue after a card number keeps its words."""
    policy = RedactionPolicy.parse("pci,pii")
    scored = detector.score_call(payment_call())
    redacted = redact_call(scored, policy)
    texts = redacted_texts([(u.speaker, u.text) for u in scored.utterances], policy)
    checked = 0
    for before, after, replaced in zip(scored.utterances, redacted.utterances, texts, strict=True):
        for old, new in zip(before.labels, after.labels, strict=True):
            assert old.label == new.label
            if old.span is None or new.span is None:
                continue
            inside = any(
                r.start < old.span[1] and old.span[0] < r.end for r in replaced.replacements
            )
            if not inside:
                assert (
                    after.text[new.span[0] : new.span[1]] == before.text[old.span[0] : old.span[1]]
                )
                checked += 1
    assert checked >= 2
    deadline = next(f for f in redacted.findings if f.label == "deadline")
    assert deadline.text is not None and "five tonight" in deadline.text
    assert deadline.span is not None
    assert redacted.utterances[deadline.utterance].text[slice(*deadline.span)] == deadline.text


def test_the_live_redactor_gives_what_the_whole_call_gives() -> None:
    call = payment_call()
    live = CallRedactor(RedactionPolicy.parse("pci,pii"))
    streamed = [live.utterance(u.index, u.speaker, u.text).text for u in call.utterances]
    whole = [
        t.text for t in redacted_texts([(u.speaker, u.text) for u in call.utterances], live.policy)
    ]
    assert streamed == whole
    assert live.interim("customer", f"it's {spoken(CARD[:8])}") == "it's [CARD_NUMBER]"


def test_every_example_call_keeps_its_findings_through_redaction(detector: Detector) -> None:
    """Redaction changes words, never what was found: labels, findings and scores are the
    same before and after, call for call."""
    for path in sorted((REPO / "examples").glob("*.*")):
        if path.suffix not in (".json", ".txt", ".vtt"):
            continue
        for call in load_calls(path):
            scored = detector.score_call(call)
            redacted = redact_call(scored, RedactionPolicy.parse("pci,pii"))
            assert [u.label_names for u in redacted.utterances] == [
                u.label_names for u in scored.utterances
            ]
            assert [(f.label, f.utterance) for f in redacted.findings] == [
                (f.label, f.utterance) for f in scored.findings
            ]
            assert redacted.score == scored.score


# ---- the figures on the development sets ----


@pytest.mark.parametrize("path", DEV_SETS, ids=lambda p: p.stem)
def test_the_development_sets_figures(path: Path) -> None:
    """Card numbers and security codes: every one; look-alikes: 2.5% at most; every other type with ten
    or more spans at least 85% (the tuned figures are higher; see data/redaction/README.md)."""
    result = evaluate(path, RedactionPolicy.parse("pci,pii"))
    per_type = result["per_type"]
    assert per_type["CARD_NUMBER"]["recall"] == 1.0, result["misses"]
    assert per_type["CVV"]["recall"] == 1.0, result["misses"]
    for kind, row in per_type.items():
        if row["spans"] >= 10:
            assert row["recall"] >= 0.85, (kind, row)
    assert result["lookalikes"]["rate"] <= 0.025, result["false_alarms"]
