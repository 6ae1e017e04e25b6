"""The mot-detect command line: outputs, inputs, exit codes and the errors it prints.

Click 8.2+ keeps stderr apart from stdout in CliRunner: `result.stdout` holds only what the
command wrote to stdout, `result.stderr` only stderr (and `result.output` both, interleaved).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mot_detect import __version__
from mot_detect.cli import main
from mot_detect.io.writers import CSV_COLUMNS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".json", ".txt", ".vtt"})
CALL_IDS = {
    "ex-airline-01",
    "ex-broadband-01",
    "ex-carclaim-01",
    "ex-address-01",
    "ex-energy-01",
    "ex-mortgage-01",
    "ex-retail-01",
    "ex-roadside-01",
}
CALL = {
    "call_id": "stdin-call",
    "utterances": [
        {"speaker": "agent", "text": "Thanks for calling, how can I help?"},
        {"speaker": "customer", "text": "My card was declined at the pharmacy."},
        {"speaker": "agent", "text": "Let me look at that card for you."},
    ],
}
HOLD_CALL = {
    "call_id": "hold-call",
    "utterances": [
        {"speaker": "customer", "text": "Can you check my balance?"},
        {"speaker": "agent", "text": "Sure, let me just pop you on hold for a second."},
    ],
}


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def _write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- outputs ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def json_run() -> Result:
    return run("score", str(EXAMPLES), "--format", "json")


def test_score_examples_text_report() -> None:
    result = run("score", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    for call_id in CALL_IDS:
        assert call_id in result.stdout
    assert "Missed cues" in result.stdout
    assert "error" not in result.stderr


def test_score_examples_json(json_run: Result) -> None:
    assert json_run.exit_code == 0, json_run.output
    data = json.loads(json_run.stdout)
    assert isinstance(data, list)
    assert len(data) == 8
    assert {d["call_id"] for d in data} == CALL_IDS
    for call in data:
        assert set(call) >= {"call_id", "utterances", "findings", "score"}
        assert call["score"]["level"] in {"low", "medium", "high"}


def test_score_examples_jsonl(json_run: Result) -> None:
    result = run("score", str(EXAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 8
    assert [json.loads(line) for line in lines] == json.loads(json_run.stdout)


def test_score_examples_csv(json_run: Result) -> None:
    result = run("score", str(EXAMPLES), "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    findings = sum(len(call["findings"]) for call in json.loads(json_run.stdout))
    assert len(rows) - 1 == findings
    assert "ex-address-01" not in {row[0] for row in rows[1:]}  # the control has no findings


def test_score_out_file(tmp_path: Path) -> None:
    out = tmp_path / "scored.json"
    result = run("score", str(EXAMPLES), "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 8
    assert "8 call(s) scored" in result.stderr


def test_score_glob() -> None:
    result = run("score", str(EXAMPLES / "*.json"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    ids = {json.loads(line)["call_id"] for line in result.stdout.splitlines()}
    assert ids == CALL_IDS - {"ex-retail-01", "ex-energy-01"}  # the .txt and the .vtt


def test_score_stdin_json() -> None:
    result = run("score", "-", "--format", "json", input=json.dumps(CALL))
    assert result.exit_code == 0, result.output
    [call] = json.loads(result.stdout)
    assert call["call_id"] == "stdin-call"
    assert len(call["utterances"]) == 3


def test_score_stdin_plain_text() -> None:
    text = "Customer: My card was declined.\nAgent: Let me look at that.\n"
    result = run("score", "-", "--format", "json", input=text)
    assert result.exit_code == 0, result.output
    [call] = json.loads(result.stdout)
    assert call["call_id"] == "stdin"
    assert [u["speaker"] for u in call["utterances"]] == ["customer", "agent"]


def test_score_stdin_timestamped_plain_text() -> None:
    text = "[00:00] Customer: My card was declined.\n[00:04] Agent: Let me look at that.\n"
    result = run("score", "-", "--format", "json", input=text)
    assert result.exit_code == 0, result.output


def test_score_input_format_forces_txt(tmp_path: Path) -> None:
    log = tmp_path / "call.log"
    log.write_text("[00:00] Customer: hello\n[00:02] Agent: hi there\n", encoding="utf-8")
    result = run("score", str(log), "--input-format", "txt", "--format", "json")
    assert result.exit_code == 0, result.output
    [call] = json.loads(result.stdout)
    assert call["call_id"] == "call"
    assert [u["start"] for u in call["utterances"]] == [0.0, 2.0]
    unforced = run("score", str(log), "--format", "json")
    assert unforced.exit_code == 1
    assert "unsupported file type '.log'" in unforced.stderr


# --- partial failures: exit 1 -------------------------------------------------------------


def test_folder_with_one_corrupt_file(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "car_insurance_first_claim_missed.json", tmp_path)
    shutil.copy(EXAMPLES / "retail_birthday_order_missed.txt", tmp_path)
    bad = tmp_path / "broken.json"
    bad.write_text('{"call_id": "broken", "utterances": [', encoding="utf-8")
    result = run("score", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    assert {c["call_id"] for c in json.loads(result.stdout)} == {"ex-carclaim-01", "ex-retail-01"}
    assert f"{bad}:1: invalid JSON" in result.stderr
    assert "2 call(s) scored, 1 input(s) failed" in result.stderr


def test_jsonl_with_one_corrupt_line(tmp_path: Path) -> None:
    lines = [json.dumps(CALL | {"call_id": f"c{n}"}) for n in range(1, 5)]
    lines.insert(2, "{not json")
    path = tmp_path / "calls.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("score", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    ids = [json.loads(line)["call_id"] for line in result.stdout.splitlines()]
    assert ids == ["c1", "c2", "c3", "c4"]
    assert f"{path}:3: invalid JSON" in result.stderr
    assert "4 call(s) scored, 1 input(s) failed" in result.stderr


def test_bad_field_is_reported_with_field(tmp_path: Path) -> None:
    bad = CALL | {"utterances": [{"speaker": "robot", "text": "beep"}]}
    path = _write_json(tmp_path / "robot.json", bad)
    result = run("score", str(path), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert f"{path}: field 'utterances[0].speaker': unknown speaker 'robot'" in result.stderr


def test_error_names_a_path_with_brackets(tmp_path: Path) -> None:
    folder = tmp_path / "[archive]"
    folder.mkdir()
    bad = folder / "c.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run("score", str(bad), "--format", "json")
    assert result.exit_code == 1
    assert f"{bad}:1: invalid JSON" in result.stderr


def test_error_message_with_closing_tag_does_not_crash(tmp_path: Path) -> None:
    path = _write_json(tmp_path / "c.json", CALL | {"started_at": "[/oops]"})
    result = run("score", str(path), "--format", "json")
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1
    assert "got '[/oops]'" in result.stderr


def test_text_summary_with_markup_like_call_id(tmp_path: Path) -> None:
    _write_json(tmp_path / "a.json", CALL | {"call_id": "x[/vip]"})
    _write_json(tmp_path / "b.json", CALL | {"call_id": "b"})
    result = run("score", str(tmp_path))
    assert result.exit_code == 0, repr(result.exception)
    assert result.stdout.count("x[/vip]") == 2  # the panel title and the summary table


# --- usage errors: exit 2 -----------------------------------------------------------------


def test_path_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    result = run("score", str(missing))
    assert result.exit_code == 2
    assert f"'{missing}' does not exist" in result.stderr
    assert "expected a transcript or recording, a folder, a glob, or -" in result.stderr
    assert result.stdout == ""


def test_glob_matching_nothing(tmp_path: Path) -> None:
    result = run("score", str(tmp_path / "*.json"))
    assert result.exit_code == 2
    assert "matches no transcript files" in result.stderr


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not a transcript", encoding="utf-8")
    result = run("score", str(tmp_path))
    assert result.exit_code == 2
    assert "no transcript files found" in result.stderr


def test_unknown_output_format() -> None:
    result = run("score", str(EXAMPLES), "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr


def test_window_turns_zero() -> None:
    result = run("score", str(EXAMPLES), "--window-turns", "0")
    assert result.exit_code == 2
    assert "--window-turns" in result.stderr


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"label": "hold_script", "pattern": "please (hold"}, "invalid regular expression"),
        ({"label": "hold_muzak", "phrase": "please hold"}, "unknown label 'hold_muzak'"),
    ],
)
def test_bad_patterns_file(tmp_path: Path, record: dict[str, str], expected: str) -> None:
    patterns = tmp_path / "mine.jsonl"
    good = {"label": "hold_script", "phrase": "one moment please"}
    patterns.write_text(json.dumps(good) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = run("score", str(EXAMPLES), "--patterns", str(patterns))
    assert result.exit_code == 2
    assert f"{patterns}:2" in result.stderr
    assert expected in result.stderr
    assert "--patterns" in result.stderr


# --- extra patterns, check-patterns, version, progress ------------------------------------


def test_patterns_add_company_script(tmp_path: Path) -> None:
    call = _write_json(tmp_path / "hold.json", HOLD_CALL)
    patterns = tmp_path / "scripts.jsonl"
    patterns.write_text(
        json.dumps({"label": "hold_script", "phrase": "let me just pop you on hold"}) + "\n",
        encoding="utf-8",
    )

    def labels(*extra: str) -> list[str]:
        result = run("score", str(call), "--format", "json", "--engine", "rules", *extra)
        assert result.exit_code == 0, result.output
        [scored] = json.loads(result.stdout)
        return [ls["label"] for ls in scored["utterances"][1]["labels"]]

    assert "hold_script" not in labels()
    assert "hold_script" in labels("--patterns", str(patterns))


def test_check_patterns_good(tmp_path: Path) -> None:
    patterns = tmp_path / "scripts.jsonl"
    patterns.write_text(
        "// our scripts\n"
        + json.dumps({"label": "hold_script", "phrase": "let me just pop you on hold"})
        + "\n"
        + json.dumps({"label": "hold_script", "pattern": r"\bone (?:moment|sec)\b"})
        + "\n"
        + json.dumps({"label": "transfer", "phrase": "putting you through to billing"})
        + "\n",
        encoding="utf-8",
    )
    result = run("check-patterns", str(patterns))
    assert result.exit_code == 0, result.output
    assert "3 pattern(s) OK" in result.stdout
    assert "hold_script" in result.stdout and "transfer" in result.stdout


def test_check_patterns_bad(tmp_path: Path) -> None:
    patterns = tmp_path / "broken.jsonl"
    patterns.write_text('{"label": "hold_script", "phrase": "hold on"}\n{oops\n', encoding="utf-8")
    result = run("check-patterns", str(patterns))
    assert result.exit_code == 2
    assert f"{patterns}:2: invalid JSON" in result.stderr


def test_check_patterns_missing_file(tmp_path: Path) -> None:
    result = run("check-patterns", str(tmp_path / "none.jsonl"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"mot-detect, version {__version__}"


def test_progress_with_many_files(tmp_path: Path) -> None:
    for n in range(12):
        _write_json(tmp_path / f"call-{n:02}.json", CALL | {"call_id": f"c{n}"})
    result = run("score", str(tmp_path), "--progress", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 12
    assert "12/12" in result.stderr
