"""The call is the unit of failure: a 100-file batch with three of issue 9's crash-type inputs
among 97 good calls, an internal error on one call, and a run interrupted with Ctrl-C.

Before the fix, output stopped at the first crash-type input: 8 of 97 good calls were written,
the JSON array was left open, the text report had no summary, and the exit code was 1.
"""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import REPO
from fuzz_strategies import reuse_detectors

from mot_detect.cli import main
from mot_detect.io.writers import CSV_COLUMNS
from mot_detect.pipeline import Detector
from mot_detect.types import Call

GOOD = 97
NESTED = "004-nested.json"  # item 1: nested 1,000 deep
BIG_INTEGER = "050-big-integer.json"  # item 2: a 4,301-digit integer
SURROGATE = "093-surrogate.jsonl"  # item 4: a lone surrogate, which aborted the JSON Lines writer
SURROGATE_CALL = "surrogate-093"

CONVERSATIONS: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        ("agent", "Thanks for calling, how can I help?"),
        ("customer", "My flight was cancelled and I need to be there by 5pm tomorrow."),
        ("agent", "Can I have your confirmation code, please?"),
    ),
    (
        ("agent", "Thank you for calling, my name is Sam."),
        ("customer", "This is the third time I've called about my internet."),
        ("agent", "I'm sorry to hear that, let me check the line for you."),
    ),
    (
        ("customer", "Hi, I'd like to change my address."),
        ("agent", "Of course, what's the new address?"),
    ),
    (
        ("customer", "My father's funeral is on Friday and the order hasn't come."),
        ("agent", "Please hold while I check with the carrier."),
        ("agent", "Unfortunately that's our policy."),
    ),
)


def _good_file(folder: Path, number: int) -> str:
    """Good call `number`, in one of the four formats; returns its call id."""
    call_id = f"good-{number:03d}"
    lines = CONVERSATIONS[number % len(CONVERSATIONS)]
    kind = number % 4
    if kind in (0, 1):
        call = {
            "call_id": call_id,
            "started_at": "2026-05-04T15:00:00+01:00",
            "utterances": [{"speaker": s, "text": t} for s, t in lines],
        }
        suffix = ".json" if kind == 0 else ".jsonl"
        (folder / f"{number:03d}-good{suffix}").write_text(
            json.dumps(call) + "\n", encoding="utf-8"
        )
    elif kind == 2:
        body = "".join(f"[00:{i:02d}] {s.title()}: {t}\n" for i, (s, t) in enumerate(lines))
        (folder / f"{number:03d}-good.txt").write_text(
            f"# call_id: {call_id}\n{body}", encoding="utf-8"
        )
    else:
        cues = "".join(
            f"00:00:{i:02d}.000 --> 00:00:{i:02d}.900\n<v {s.title()}>{t}\n\n"
            for i, (s, t) in enumerate(lines)
        )
        (folder / f"{number:03d}-good.vtt").write_text(
            f"WEBVTT\n\nNOTE call_id: {call_id}\n\n{cues}", encoding="utf-8"
        )
    return call_id


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A folder of 100 files: 97 good calls and three crash-type inputs; returns the folder and
    the call ids expected in the output, in the order the folder is read."""
    folder = tmp_path_factory.mktemp("batch") / "calls"
    folder.mkdir()
    numbers = [
        n for n in range(100) if f"{n:03d}" not in (NESTED[:3], BIG_INTEGER[:3], SURROGATE[:3])
    ]
    assert len(numbers) == GOOD
    expected = {f"{n:03d}": _good_file(folder, n) for n in numbers}
    deep = "[" * 1000 + "]" * 1000
    (folder / NESTED).write_text(
        '{"call_id": "nested", "utterances": ' + deep + "}\n", encoding="utf-8"
    )
    (folder / BIG_INTEGER).write_text(
        '{"call_id": "big", "utterances": [{"speaker": "customer", "text": "hi", "start": 1%s}]}\n'
        % ("0" * 4300),
        encoding="utf-8",
    )
    surrogate = {
        "call_id": SURROGATE_CALL,
        "utterances": [{"speaker": "customer", "text": "I need it LONE today"}],
    }
    (folder / SURROGATE).write_text(
        json.dumps(surrogate).replace("LONE", "\\ud800") + "\n", encoding="utf-8"
    )
    # The lone surrogate is replaced by U+FFFD and the call scored; the other two are reported.
    expected["093"] = SURROGATE_CALL
    return folder, [expected[key] for key in sorted(expected)]


@pytest.fixture(scope="module", autouse=True)
def _one_detector_per_kind() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        reuse_detectors(patch)
        yield


def _score(*args: str) -> Result:
    return CliRunner().invoke(main, ["score", *args])


def _strict_json(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def _check_reported(result: Result, folder: Path, scored: int) -> None:
    assert "Traceback" not in result.stderr
    for bad in (NESTED, BIG_INTEGER):
        assert str(folder / bad) in result.stderr, bad
    assert f"{scored} call(s) scored, 2 input(s) failed" in result.stderr, result.stderr[-1_000:]


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv", "text"])
def test_batch_with_crash_type_inputs(
    output_format: str, batch: tuple[Path, list[str]], tmp_path: Path, detector: Detector
) -> None:
    folder, call_ids = batch
    out = tmp_path / f"out.{output_format}"
    result = _score(str(folder), "-f", output_format, "-o", str(out), "--engine", "rules")
    assert result.exit_code == 1, result.stderr[-2_000:]
    _check_reported(result, folder, len(call_ids))
    text = out.read_bytes().decode("utf-8")
    if output_format == "json":
        assert [call["call_id"] for call in _strict_json(text)] == call_ids
    elif output_format == "jsonl":
        assert text.endswith("\n")
        assert [_strict_json(line)["call_id"] for line in text.split("\n")[:-1]] == call_ids
    elif output_format == "csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert all(len(row) == len(CSV_COLUMNS) for row in rows)
        with_findings = {row[0] for row in rows[1:]}
        assert with_findings <= set(call_ids)
        assert {"good-000", "good-001", SURROGATE_CALL} <= with_findings  # calls with cues
    else:
        for call_id in call_ids:
            assert call_id in text, call_id
        assert "Calls by review priority" in text  # the summary table closes the report


def test_batch_to_stdout(batch: tuple[Path, list[str]]) -> None:
    folder, call_ids = batch
    result = _score(str(folder), "-f", "json", "--engine", "rules")
    assert result.exit_code == 1, result.stderr[-2_000:]
    _check_reported(result, folder, len(call_ids))
    assert [call["call_id"] for call in _strict_json(result.stdout)] == call_ids


# --- an internal error on one call: exit 3 ------------------------------------------------

BROKEN_CALL = "good-010"


@pytest.fixture
def broken_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring one call raises what no input should ever make it raise."""
    real = Detector.score_call

    def score_call(self: Detector, call: Call) -> Call:
        if call.call_id == BROKEN_CALL:
            raise RuntimeError("the scorer broke on purpose")
        return real(self, call)

    monkeypatch.setattr(Detector, "score_call", score_call)


@pytest.mark.usefixtures("broken_scorer")
def test_internal_error_costs_one_call(batch: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, call_ids = batch
    out = tmp_path / "out.jsonl"
    result = _score(str(folder), "-f", "jsonl", "-o", str(out), "--engine", "rules")
    assert result.exit_code == 3, result.stderr[-2_000:]  # 3 (ours) wins over 1 (the inputs')
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    written = [_strict_json(line)["call_id"] for line in lines]
    assert written == [c for c in call_ids if c != BROKEN_CALL]
    assert "Traceback" not in result.stderr
    naming = [line for line in result.stderr.splitlines() if BROKEN_CALL in line]
    assert len(naming) == 1, result.stderr[-2_000:]
    assert "internal error" in naming[0].lower()
    assert "the scorer broke on purpose" in naming[0]


@pytest.mark.usefixtures("broken_scorer")
@pytest.mark.parametrize("where", ["before the subcommand", "after the subcommand"])
def test_internal_error_traceback_with_verbose(
    where: str, batch: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, _ = batch
    args = [
        "score",
        str(folder),
        "-f",
        "json",
        "-o",
        str(tmp_path / "out.json"),
        "--engine",
        "rules",
    ]
    args = ["-v", *args] if where == "before the subcommand" else [*args, "-v"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.stderr[-2_000:]
    assert "Traceback" in result.stderr
    assert "RuntimeError: the scorer broke on purpose" in result.stderr


# --- interrupted runs ---------------------------------------------------------------------

CALLS_PER_FILE, FILES = 100, 60
LONG_CALL, LONG_CALLS = 20_000, 8  # utterances a call (a second or two each), calls


def _many_calls(folder: Path) -> int:
    """Enough calls that a run takes many seconds (so Ctrl-C lands partway)."""
    for number in range(FILES):
        lines = [
            json.dumps(
                {
                    "call_id": f"many-{number:02d}-{index:03d}",
                    "utterances": [
                        {"speaker": s, "text": t}
                        for s, t in CONVERSATIONS[index % len(CONVERSATIONS)] * 2
                    ],
                }
            )
            for index in range(CALLS_PER_FILE)
        ]
        (folder / f"batch-{number:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FILES * CALLS_PER_FILE


def _start_scoring(inputs: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mot_detect.cli", "score", str(inputs), "-f", "json"]
    return subprocess.Popen(
        [*command, "-o", str(out), "--engine", "rules"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for_output_started(
    process: subprocess.Popen[bytes], folder: Path, written: bool = True
) -> None:
    """Until the temporary output file is there (and, if `written`, has calls in it), so the
    interruption lands while calls are being scored; at most five minutes."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.stat().st_size > written for p in folder.iterdir() if p.name != "out.json"):
            return
        time.sleep(0.02)


def _check_interrupted(
    process: subprocess.Popen[bytes], out: Path, total: int, exit_codes: tuple[int, ...] = (130,)
) -> str:
    """Exit 130 (or, for a second Ctrl-C, death by SIGINT, which a shell also shows as 130), no
    traceback, no temporary file left, and out.json absent or a complete JSON array."""
    _, stderr_bytes = process.communicate(timeout=120)
    stderr = stderr_bytes.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-2_000:]
    assert process.returncode in exit_codes, (process.returncode, stderr[-2_000:])
    leftovers = sorted(p.name for p in out.parent.iterdir() if p != out)
    assert leftovers == [], f"temporary files left behind: {leftovers}"
    if out.exists():
        calls = _strict_json(out.read_text(encoding="utf-8"))
        assert isinstance(calls, list)
        assert len(calls) < total, "the run was not interrupted partway"
        for call in calls:
            assert call["call_id"].startswith("many-") and call["score"] is not None
    return stderr


@pytest.mark.slow
def test_ctrl_c_closes_the_output(tmp_path: Path) -> None:
    """One Ctrl-C: the calls scored so far are written, the array closed, exit 130."""
    inputs, results = tmp_path / "in", tmp_path / "results"
    inputs.mkdir()
    results.mkdir()
    total = _many_calls(inputs)
    out = results / "out.json"
    process = _start_scoring(inputs, out)
    _wait_for_output_started(process, results)
    process.send_signal(signal.SIGINT)
    _check_interrupted(process, out, total)
    assert out.exists(), "one Ctrl-C should still write the calls scored so far"


@pytest.mark.slow
def test_second_ctrl_c_leaves_no_partial_file(tmp_path: Path) -> None:
    """A second Ctrl-C, sent once the first is acknowledged and while a long call is still
    being scored, stops at once: out.json is then as it was before the run (here: absent), or
    complete if that call ended first, never cut short."""
    inputs, results = tmp_path / "in", tmp_path / "results"
    inputs.mkdir()
    results.mkdir()
    lines = [line for conversation in CONVERSATIONS for line in conversation]
    for number in range(LONG_CALLS):
        long_call = {
            "call_id": f"many-long-{number}",
            "utterances": [{"speaker": s, "text": t} for s, t in lines * (LONG_CALL // len(lines))],
        }
        (inputs / f"long-{number}.json").write_text(json.dumps(long_call), encoding="utf-8")
    out = results / "out.json"
    process = _start_scoring(inputs, out)
    _wait_for_output_started(process, results)
    process.send_signal(signal.SIGINT)
    assert process.stderr is not None
    acknowledged = process.stderr.readline()  # the first Ctrl-C is acknowledged...
    process.send_signal(signal.SIGINT)  # ...and a second one follows during the next call
    assert b"stopping" in acknowledged, acknowledged
    # Killed by the second SIGINT is what a shell also reports as 130.
    _check_interrupted(process, out, LONG_CALLS, exit_codes=(130, -signal.SIGINT))
