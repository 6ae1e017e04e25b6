"""Issue 9's reproducers, one file each in tests/regression/, through the readers and the scorer
and through `mot-detect score`: each is scored or is a clean error that says what was wrong, as
tests/regression/EXPECTED.json records. (The inputs that were slow rather than fatal are
measured by benchmarks/bench_pathological.py and tested by their own module.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from fuzz_strategies import reuse_detectors

from mot_detect.cli import main
from mot_detect.errors import InputError
from mot_detect.io.readers import iter_calls, iter_text
from mot_detect.pipeline import Detector
from mot_detect.types import Call

REGRESSION = Path(__file__).resolve().parent / "regression"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (REGRESSION / "EXPECTED.json").read_text(encoding="utf-8")
)["files"]
NAMES = sorted(EXPECTED)
SCORED = [name for name in NAMES if EXPECTED[name]["calls"]]
REPLACED = [name for name in NAMES if "replaced_in" in EXPECTED[name]]
PLAIN = [name for name in NAMES if name.endswith((".txt", ".vtt"))]


def _no_constants(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _has_lone_surrogate(value: Any) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in json.dumps(value, ensure_ascii=False))


def _check_read(items: list[object], expected: dict[str, Any], name: str) -> list[Call]:
    """The reader's results match the expectation; errors name the input and stay short."""
    calls = [item for item in items if isinstance(item, Call)]
    errors = [item for item in items if not isinstance(item, Call)]
    assert all(isinstance(error, InputError) for error in errors), [str(e) for e in errors]
    assert len(calls) == expected["calls"], [str(e)[:300] for e in errors]
    assert len(errors) == len(expected["errors"]), [str(e)[:300] for e in errors]
    for error, wanted in zip(errors, expected["errors"], strict=True):
        message = str(error)
        assert wanted in message, message[:500]
        assert name in message, message[:500]
        if "message_max_chars" in expected:
            assert len(message) - len(name) <= expected["message_max_chars"], message
    return calls


def _check_calls(calls: list[Call], expected: dict[str, Any]) -> None:
    if "utterance_starts" in expected:
        assert [u.start for u in calls[0].utterances] == expected["utterance_starts"]
    if "replaced_in" in expected:
        field = expected["replaced_in"]
        values = {
            "text": lambda call: [u.text for u in call.utterances],
            "call_id": lambda call: call.call_id,
            "metadata": lambda call: call.metadata,
        }[field]
        assert any("\ufffd" in json.dumps(values(c), ensure_ascii=False) for c in calls), field
    for call in calls:
        assert not _has_lone_surrogate([call.call_id, call.metadata])
        assert not _has_lone_surrogate([u.text for u in call.utterances])


def _check_scored(scored: list[Call], expected: dict[str, Any]) -> None:
    for call in scored:
        assert call.score is not None
    for label in expected.get("labels", ()):
        assert any(label in u.label_names for call in scored for u in call.utterances), label


def test_every_file_has_an_expectation() -> None:
    files = {p.name for p in REGRESSION.iterdir() if p.name != "EXPECTED.json"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", NAMES)
def test_read_and_score(name: str, detector: Detector) -> None:
    path = REGRESSION / name
    calls = _check_read(list(iter_calls(path)), EXPECTED[name], str(path))
    _check_calls(calls, EXPECTED[name])
    _check_scored([detector.score_call(call) for call in calls], EXPECTED[name])


@pytest.mark.parametrize("name", REPLACED)
def test_model_never_sees_a_lone_surrogate(name: str, model_detector: Detector) -> None:
    """With the model, a lone surrogate used to stop the tokenizer ("TextInputSequence must be
    str")."""
    calls = [item for item in iter_calls(REGRESSION / name) if isinstance(item, Call)]
    assert calls
    _check_scored([model_detector.score_call(call) for call in calls], EXPECTED[name])


@pytest.mark.parametrize("name", PLAIN)
def test_read_from_stdin(name: str) -> None:
    """Read as stdin is, with the format sniffed from the text."""
    text = (REGRESSION / name).read_text(encoding="utf-8")
    calls = _check_read(list(iter_text(text, name="<stdin>")), EXPECTED[name], "<stdin>")
    _check_calls(calls, EXPECTED[name])


# --- through the command line -------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _one_detector_per_kind() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        reuse_detectors(patch)
        yield


def _score(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["score", *args], input=input)


def _check_run(result: Result, expected: dict[str, Any], name: str, output_format: str) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stderr
    assert result.exit_code == (1 if expected["errors"] else 0), result.stderr[-2_000:]
    stdout = result.stdout_bytes.decode("utf-8")  # strict: no lone surrogate got out
    if output_format == "jsonl":
        lines = stdout.split("\n")[:-1]  # records end at "\n" only
        records = [json.loads(line, parse_constant=_no_constants) for line in lines]
        assert len(records) == expected["calls"]
        if "utterance_starts" in expected:
            assert [u["start"] for u in records[0]["utterances"]] == expected["utterance_starts"]
    error_lines = [line for line in result.stderr.splitlines() if name in line]
    for wanted in expected["errors"]:
        matching = [line for line in error_lines if wanted in line]
        assert matching, f"no error naming {name} says {wanted!r}: {result.stderr[-2_000:]}"
        if "message_max_chars" in expected:
            limit = len(name) + expected["message_max_chars"] + len("error ")
            assert all(len(line) <= limit for line in matching), matching
    if expected.get("printable"):
        # JSON escapes C0 controls itself; C1 (U+0080-U+009F) it keeps, as data.
        for text in (stdout, result.stderr) if output_format == "text" else (result.stderr,):
            controls = {
                ch for ch in text if (ch < " " and ch not in "\n\t") or "\x7f" <= ch < "\xa0"
            }
            assert not controls, sorted(map(hex, map(ord, controls)))


@pytest.mark.parametrize("name", NAMES)
def test_cli_jsonl(name: str) -> None:
    path = str(REGRESSION / name)
    result = _score(path, "-f", "jsonl", "--engine", "rules")
    _check_run(result, EXPECTED[name], path, "jsonl")


@pytest.mark.parametrize("name", SCORED)
def test_cli_text_report(name: str) -> None:
    path = str(REGRESSION / name)
    result = _score(path, "--engine", "rules")
    _check_run(result, EXPECTED[name], path, "text")


@pytest.mark.parametrize("name", REPLACED)
def test_cli_default_engine(name: str) -> None:
    path = str(REGRESSION / name)
    _check_run(_score(path, "-f", "jsonl"), EXPECTED[name], path, "jsonl")


@pytest.mark.parametrize("name", PLAIN)
def test_cli_stdin(name: str) -> None:
    text = (REGRESSION / name).read_text(encoding="utf-8")
    result = _score("-", "-f", "jsonl", "--engine", "rules", input=text)
    _check_run(result, EXPECTED[name], "<stdin>", "jsonl")


def test_cli_whole_corpus_in_one_run(tmp_path: Path) -> None:
    """All of it at once: every good call is written, every bad input reported, exit 1."""
    out = tmp_path / "scored.json"
    result = _score(str(REGRESSION), "-f", "json", "-o", str(out), "--engine", "rules")
    assert "Traceback" not in result.stderr
    assert result.exit_code == 1, result.stderr[-2_000:]
    scored = json.loads(out.read_text(encoding="utf-8"), parse_constant=_no_constants)
    assert len(scored) == sum(EXPECTED[name]["calls"] for name in NAMES)
    for name in NAMES:
        if EXPECTED[name]["errors"]:
            assert str(REGRESSION / name) in result.stderr, name


# --- item 6 and the --out checks ----------------------------------------------------------


def test_out_in_a_missing_folder() -> None:
    """Item 6: `-o /nonexistent/dir/out.json` was a FileNotFoundError traceback."""
    result = _score(
        str(REGRESSION / "surrogate_text.json"), "-f", "json", "-o", "/nonexistent/dir/out.json"
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "/nonexistent/dir" in result.stderr


def test_out_that_is_an_input_is_refused(tmp_path: Path) -> None:
    """`-o` naming one of the inputs used to wipe it (it became `[]`)."""
    victim = tmp_path / "call.json"
    original = (REGRESSION / "started_at_2200_deadline.json").read_text(encoding="utf-8")
    victim.write_text(original, encoding="utf-8")
    result = _score(str(victim), "-f", "json", "-o", str(victim))
    assert result.exit_code == 2, result.output
    assert victim.read_text(encoding="utf-8") == original
