"""`mot-detect eval` and the evaluation counts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from mot_detect.cli import main
from mot_detect.evaluate import evaluate
from mot_detect.pipeline import Detector
from mot_detect.types import Call, Utterance

REVIEWED = {
    "call_id": "r1",
    "utterances": [
        {
            "speaker": "customer",
            "text": "This is the fourth time I'm calling about this.",
            "gold": ["repeat_contact"],
        },
        {"speaker": "agent", "text": "I understand your frustration.", "gold": ["canned_empathy"]},
        {"speaker": "customer", "text": "I want to speak to your manager.", "gold": []},
        {"speaker": "agent", "text": "Sure, one moment."},
        {
            "speaker": "customer",
            "text": "My son's wedding is on Saturday.",
            "gold": ["family_event", "deadline"],
        },
    ],
}


def write(tmp_path: Path, calls: list[dict]) -> Path:
    path = tmp_path / "reviewed.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in calls))
    return path


def test_counts(detector: Detector) -> None:
    from mot_detect.io.readers import call_from_dict

    result = evaluate([detector.score_call(call_from_dict(REVIEWED))])
    assert result.utterances == 4 and result.ordinary == 1
    assert (
        result.false_alarms == 1
    )  # the manager demand is escalation: a false alarm against this gold
    assert (result.labels["repeat_contact"].tp, result.labels["canned_empathy"].tp) == (1, 1)
    assert result.labels["escalation"].fp == 1
    assert result.labels["deadline"].tp == 1
    assert result.labels["family_event"].tp == 1
    assert result.labels["transfer"].f1 is None  # no support: not counted in macro-F1
    assert 0 < result.macro_f1 <= 1


def test_unreviewed_utterances_are_context_only() -> None:
    call = Call("c", [Utterance("agent", "Please hold.", gold=None)])
    call.utterances[0].labels = []
    assert evaluate([call]).utterances == 0


def test_eval_cli_side_by_side_json(tmp_path: Path) -> None:
    path = write(tmp_path, [REVIEWED])
    result = CliRunner().invoke(
        main, ["eval", str(path), "--engine", "rules", "--engine", "both", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"rules", "both"}
    assert data["rules"]["reviewed_utterances"] == 4
    assert data["rules"]["labels"]["repeat_contact"] == {
        "support": 1,
        "predicted": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }


def test_eval_cli_text_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", str(write(tmp_path, [REVIEWED])), "--engine", "rules"]
    )
    assert result.exit_code == 0
    assert "macro-F1" in result.stdout and "false alarms" in result.stdout


def test_eval_without_gold_is_a_usage_error(tmp_path: Path) -> None:
    plain = {"call_id": "x", "utterances": [{"speaker": "agent", "text": "hi"}]}
    result = CliRunner().invoke(main, ["eval", str(write(tmp_path, [plain])), "--engine", "rules"])
    assert result.exit_code == 2 and "gold" in result.stderr


def test_eval_with_bad_gold_names_the_field(tmp_path: Path) -> None:
    bad = {"call_id": "x", "utterances": [{"speaker": "agent", "text": "hi", "gold": ["rudeness"]}]}
    result = CliRunner().invoke(main, ["eval", str(write(tmp_path, [bad])), "--engine", "rules"])
    assert result.exit_code == 1 and "utterances[0].gold" in result.stderr


WITH_FINDINGS = {
    "call_id": "f1",
    "utterances": [
        {
            "speaker": "customer",
            "text": "My son's wedding is on Saturday and the suit hasn't arrived.",
            "gold": ["family_event", "deadline"],
        },
        {
            "speaker": "agent",
            "text": "I apologize for any inconvenience.",
            "gold": ["canned_empathy"],
        },
        {
            "speaker": "customer",
            "text": "This is the fourth time I'm calling.",
            "gold": ["repeat_contact"],
        },
        {
            "speaker": "agent",
            "text": "I can see all your previous calls here, and that shouldn't have happened.",
            "gold": [],
        },
    ],
    "gold_findings": [
        {"label": "missed_cue", "utterance": 0, "replies": [1]},
        {"label": "acknowledged_cue", "utterance": 2, "replies": [3]},
    ],
}


def test_call_level_gold_is_counted_against_the_findings(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", str(write(tmp_path, [WITH_FINDINGS])), "--engine", "rules", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["rules"]["call_findings"]
    assert findings["missed_cue"]["support"] == 1
    assert findings["acknowledged_cue"]["support"] == 1
    assert findings["missed_cue"]["recall"] == 1.0


def test_call_level_gold_shows_in_the_table(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", str(write(tmp_path, [WITH_FINDINGS])), "--engine", "rules"]
    )
    assert result.exit_code == 0
    assert "missed_cue (call level)" in result.stdout


def test_calls_without_call_level_gold_report_none(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["eval", str(write(tmp_path, [REVIEWED])), "--engine", "rules", "-f", "json"]
    )
    assert json.loads(result.stdout)["rules"]["call_findings"] is None


def test_bad_call_level_gold_names_the_field(tmp_path: Path) -> None:
    bad_label = WITH_FINDINGS | {"gold_findings": [{"label": "missed", "utterance": 0}]}
    bad_index = WITH_FINDINGS | {"gold_findings": [{"label": "missed_cue", "utterance": 9}]}
    for call, field in ((bad_label, "gold_findings[0].label"), (bad_index, "gold_findings[0]")):
        result = CliRunner().invoke(
            main, ["eval", str(write(tmp_path, [call])), "--engine", "rules"]
        )
        assert result.exit_code == 1 and field in result.stderr, result.stderr
