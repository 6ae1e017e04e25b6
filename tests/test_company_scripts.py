"""A company's own script lines: read, matched word for word and by meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from mot_detect.detect.company_scripts import read_script_lines
from mot_detect.detect.encoding import ModelInput
from mot_detect.errors import PatternError
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call, Utterance

EXAMPLE = REPO / "docs" / "company_scripts.txt"


def agent_says(detector: Detector, text: str) -> list[tuple[str, str]]:
    call = detector.score_call(
        Call("s", [Utterance("customer", "Hi, my refund never came."), Utterance("agent", text)])
    )
    return [(ls.label, ls.source) for ls in call.utterances[1].labels]


def test_example_file_reads() -> None:
    lines = read_script_lines(EXAMPLE)
    assert len(lines) == 7
    assert lines[0].label == "hold_script" and lines[0].origin.endswith("company_scripts.txt:5")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("hold_script Please hold\n", "expected 'label: script line'"),
        ("deadline: by tonight\n", "unknown agent label 'deadline'"),
        ("# only a comment\n", "no script lines found"),
    ],
)
def test_bad_scripts_file_names_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "scripts.txt"
    path.write_text(content)
    with pytest.raises(PatternError, match=message):
        read_script_lines(path)


def test_script_line_matches_word_for_word_with_rules_alone() -> None:
    detector = Detector(DetectorOptions(engine="rules", scripts=(EXAMPLE,)))
    labels = agent_says(
        detector, "Per our terms of service, refunds are only available within 30 days of purchase."
    )
    assert ("policy_refusal", "rule") in labels


@pytest.fixture(scope="module")
def scripted() -> Detector:
    return Detector(DetectorOptions(engine="both", scripts=(EXAMPLE,)))


@pytest.mark.parametrize(
    ("paraphrase", "label"),
    [
        (
            "I'll hand you over to our specialist team, they can help you better with this.",
            "transfer",
        ),
        (
            "Refunds can only be given within thirty days of buying, per our terms of service.",
            "policy_refusal",
        ),
        ("I totally get how you feel, I'm here to help you.", "canned_empathy"),
    ],
)
def test_paraphrased_script_line_matches_by_meaning(
    scripted: Detector, paraphrase: str, label: str
) -> None:
    assert scripted.model is not None and scripted.scripts is not None
    (output,) = scripted.model.predict(
        [ModelInput("agent", paraphrase, "customer: Hi, my refund never came.")]
    )
    matches = {ls.label: ls for ls in scripted.scripts.match(output.embedding)}
    assert label in matches
    assert matches[label].source == "script" and matches[label].score >= 0.8
    assert matches[label].detail["script"] in {line.text for line in scripted.scripts.lines}


@pytest.mark.parametrize(
    "ordinary", ["Your package should arrive Tuesday.", "Sure, what's the date on the receipt?"]
)
def test_ordinary_reply_matches_no_script(scripted: Detector, ordinary: str) -> None:
    assert scripted.model is not None and scripted.scripts is not None
    (output,) = scripted.model.predict(
        [ModelInput("agent", ordinary, "customer: Hi, my refund never came.")]
    )
    assert scripted.scripts.match(output.embedding) == []


def test_script_labels_reach_the_scored_call(scripted: Detector) -> None:
    # No built-in pattern reads this paraphrase ("per our terms" would be one): the label
    # can only come from the company's script.
    labels = agent_says(
        scripted,
        "Refunds can only be given within thirty days of buying, those are our terms of service.",
    )
    assert any(label == "policy_refusal" and "script" in source for label, source in labels), labels


_OLD_LINE = re.compile(r"^\s*(?P<label>[a-z_]+)\s*(?::|\t)\s*(?P<text>\S.*?)\s*$")


@pytest.mark.parametrize(
    "line",
    [
        "hold_script: Please hold",
        "  hold_script :  Please hold  ",
        "hold_script\tPlease hold\t",
        "hold_script\t\tPlease  hold",
        "hold_script:Please hold: one moment",
        "transfer:\u00a0Let me transfer you\u2003",
    ],
)
def test_script_lines_read_as_before(tmp_path: Path, line: str) -> None:
    path = tmp_path / "scripts.txt"
    path.write_text(line + "\n", encoding="utf-8")
    expected = _OLD_LINE.match(line)
    assert expected is not None
    (read,) = read_script_lines(path)
    assert (read.label, read.text) == (expected["label"], expected["text"])


@pytest.mark.parametrize("line", ["hold_script:", "hold_script:   ", "hold_script \t "])
def test_a_label_without_text_is_refused(tmp_path: Path, line: str) -> None:
    path = tmp_path / "scripts.txt"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"scripts\.txt:1: expected 'label: script line'"):
        read_script_lines(path)


def test_a_long_run_of_spaces_reads_whole(tmp_path: Path) -> None:
    # The old lazy `(\S.*?)\s*$` took 25 s on this line.
    path = tmp_path / "scripts.txt"
    path.write_text("canned_empathy: x" + " " * 60_000 + "y\n", encoding="utf-8")
    (read,) = read_script_lines(path)
    assert read.text == "x" + " " * 60_000 + "y"
