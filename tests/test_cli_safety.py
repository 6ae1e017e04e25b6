"""Outputs never damage inputs, are whole or absent, and one call's failure is only its own."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mot_detect.cli import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, main
from mot_detect.pipeline import Detector


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _calls(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        call = {
            "call_id": f"c{i}",
            "utterances": [
                {"speaker": "customer", "text": "This is the fifth time I'm calling about it."},
                {"speaker": "agent", "text": "I understand your frustration."},
            ],
        }
        path = folder / f"c{i}.json"
        path.write_text(json.dumps(call), encoding="utf-8")
        paths.append(path)
    return paths


def test_out_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    (call,) = _calls(tmp_path / "in", 1)
    result = run("score", str(call), "--engine", "rules", "-o", str(tmp_path / "no" / "out.json"))
    assert result.exit_code == EXIT_USAGE
    assert "does not exist" in result.stderr and "Traceback" not in result.output


def test_out_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    first, second = _calls(tmp_path, 2)
    before = second.read_bytes()
    result = run("score", str(first), str(second), "--engine", "rules", "-o", str(second))
    assert result.exit_code == EXIT_USAGE
    assert "is also an input" in result.stderr
    assert second.read_bytes() == before


def test_our_own_output_in_an_input_folder_is_not_read_back(tmp_path: Path) -> None:
    _calls(tmp_path, 3)
    out = tmp_path / "scored.json"
    for _ in range(2):
        result = run("score", str(tmp_path), "--engine", "rules", "-f", "json", "-o", str(out))
        assert result.exit_code == 0, result.output
        assert len(json.loads(out.read_text(encoding="utf-8"))) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_transcribe_refuses_two_recordings_that_would_write_one_transcript(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "call.wav").write_bytes(b"RIFF")
    result = run(
        "transcribe",
        str(tmp_path / "a" / "call.wav"),
        str(tmp_path / "b" / "call.wav"),
        "-o",
        str(tmp_path / "out"),
    )
    assert result.exit_code == EXIT_USAGE
    assert "would both be written to" in result.stderr
    assert not (tmp_path / "out").exists()


def test_verbose_works_after_the_subcommand(tmp_path: Path) -> None:
    (call,) = _calls(tmp_path, 1)
    assert run("score", str(call), "--engine", "rules", "-v").exit_code == 0
    assert run("-v", "score", str(call), "--engine", "rules", "-vv").exit_code == 0


def test_escape_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "esc.txt"
    path.write_text(
        "# call_id: x\x1b]0;title\x07\nCustomer: I need it by 5pm today \x1b[2J\x1b[31m\n",
        encoding="utf-8",
    )
    result = run("score", str(path), "--engine", "rules")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "␛[2J" in result.stdout


def _fail_on(call_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Detector.score_call

    def score_call(self: Detector, call):  # type: ignore[no-untyped-def]
        if call.call_id == call_id:
            raise RuntimeError("boom in scoring")
        return real(self, call)

    monkeypatch.setattr(Detector, "score_call", score_call)


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv", "text"])
def test_internal_error_costs_one_call_and_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    _calls(tmp_path / "in", 5)
    _fail_on("c2", monkeypatch)
    out = tmp_path / "out"
    result = run(
        "score", str(tmp_path / "in"), "--engine", "rules", "-f", output_format, "-o", str(out)
    )
    assert result.exit_code == EXIT_INTERNAL
    assert (
        "c2" in result.stderr and "internal error: RuntimeError: boom in scoring" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert "4 call(s) scored, 1 input(s) failed (1 by an internal error)" in result.stderr
    text = out.read_text(encoding="utf-8")
    if output_format == "json":
        assert sorted(c["call_id"] for c in json.loads(text)) == ["c0", "c1", "c3", "c4"]
    elif output_format == "jsonl":
        assert len([json.loads(line) for line in text.splitlines()]) == 4
    else:
        assert "c2" not in text.replace("c2.json", "")
    verbose = run("score", str(tmp_path / "in"), "--engine", "rules", "-v", "-f", output_format)
    assert verbose.exit_code == EXIT_INTERNAL and "Traceback" in verbose.stderr


def test_a_call_that_cannot_be_written_is_left_out_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _calls(tmp_path / "in", 3)
    real = Detector.score_call

    def score_call(self: Detector, call):  # type: ignore[no-untyped-def]
        scored = real(self, call)
        if call.call_id == "c1":
            scored.metadata["bad"] = object()  # not JSON: rendering this call fails
        return scored

    monkeypatch.setattr(Detector, "score_call", score_call)
    out = tmp_path / "out.json"
    result = run("score", str(tmp_path / "in"), "--engine", "rules", "-f", "json", "-o", str(out))
    assert result.exit_code == EXIT_INTERNAL
    assert [c["call_id"] for c in json.loads(out.read_text(encoding="utf-8"))] == ["c0", "c2"]


def test_first_interrupt_closes_the_output_with_the_calls_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _calls(tmp_path / "in", 6)
    real = Detector.score_call

    def score_call(self: Detector, call):  # type: ignore[no-untyped-def]
        if call.call_id == "c2":
            os.kill(os.getpid(), signal.SIGINT)
        return real(self, call)

    monkeypatch.setattr(Detector, "score_call", score_call)
    out = tmp_path / "out.json"
    result = run("score", str(tmp_path / "in"), "--engine", "rules", "-f", "json", "-o", str(out))
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted: 3 call(s) scored" in result.stderr
    assert [c["call_id"] for c in json.loads(out.read_text(encoding="utf-8"))] == ["c0", "c1", "c2"]


def test_an_abandoned_run_leaves_the_previous_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _calls(tmp_path / "in", 4)
    out = tmp_path / "out.json"
    out.write_text("[]\n", encoding="utf-8")
    real = Detector.score_call

    def score_call(self: Detector, call):  # type: ignore[no-untyped-def]
        if call.call_id == "c2":
            raise KeyboardInterrupt  # as a second Ctrl-C does
        return real(self, call)

    monkeypatch.setattr(Detector, "score_call", score_call)
    result = run("score", str(tmp_path / "in"), "--engine", "rules", "-f", "json", "-o", str(out))
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "[]\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"]


def _call_json(call_id: str, text: str = "I need it by 5pm today.") -> str:
    return json.dumps({"call_id": call_id, "utterances": [{"speaker": "customer", "text": text}]})


def test_a_bad_byte_in_json_lines_costs_only_its_line(tmp_path: Path) -> None:
    lines = [_call_json(f"c{i}").encode() for i in range(200)]
    lines[100] = '{"call_id": "bad", "utterances": [{"speaker": "agent", "text": "café"}]}'.encode(
        "latin-1"
    )
    path = tmp_path / "calls.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = run("score", str(path), "--engine", "rules", "-f", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 199
    assert f"{path}:101: not UTF-8 text" in result.stderr


def test_bad_bytes_on_stdin_cost_only_their_line() -> None:
    data = (_call_json("good") + "\n\xff\xfe\n").encode("latin-1")
    result = CliRunner().invoke(
        main, ["score", "-", "--engine", "rules", "-f", "jsonl"], input=data
    )
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["call_id"] for line in result.stdout.splitlines()] == ["good"]
    assert "<stdin>:2" in result.stderr


def test_json_on_a_non_utf8_stdout_is_still_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "emoji.jsonl"
    path.write_text(
        "\n".join(_call_json(f"c{i}", "my flight \U0001f6eb is tonight") for i in range(3)),
        encoding="utf-8",
    )
    result = CliRunner(charset="cp1252").invoke(
        main, ["score", str(path), "--engine", "rules", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout_bytes.decode("utf-8"))) == 3


def test_out_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    (call,) = _calls(tmp_path / "in", 1)
    target = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert (
        run("score", str(call), "--engine", "rules", "-f", "json", "-o", str(link)).exit_code == 0
    )
    assert link.is_symlink() and len(json.loads(target.read_text(encoding="utf-8"))) == 1


def test_out_to_a_device_writes_in_place(tmp_path: Path) -> None:
    (call,) = _calls(tmp_path / "in", 1)
    result = run("score", str(call), "--engine", "rules", "-f", "json", "-o", os.devnull)
    assert result.exit_code == 0, result.output
    assert not Path(os.devnull).is_file()


def test_a_long_output_name_is_fine(tmp_path: Path) -> None:
    (call,) = _calls(tmp_path / "in", 1)
    out = tmp_path / ("x" * 250 + ".json")
    assert run("score", str(call), "--engine", "rules", "-f", "json", "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 1


def test_log_messages_show_control_characters(tmp_path: Path) -> None:
    call = {
        "call_id": "id\x1b]0;pwned\x07\x1b[2J",
        "utterances": [{"speaker": "customer", "text": "word " * 25_000}],
    }
    path = tmp_path / "long.json"
    path.write_text(json.dumps(call), encoding="utf-8")
    result = run("score", str(path), "--engine", "rules", "-f", "jsonl")
    assert result.exit_code == 0
    assert "scored as 2 consecutive pieces" in " ".join(result.stderr.split())
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_eval_names_every_bad_file(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text("{", encoding="utf-8")
    result = run("eval", str(tmp_path), "--engine", "rules")
    assert result.exit_code == 1
    assert "a.json" in result.stderr and "b.json" in result.stderr


@pytest.mark.slow
def test_sigterm_stops_a_blocked_run_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "mot_detect.cli", "score", "-", "--engine", "rules"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Started and waiting on stdin, which never ends: wait until its SIGTERM handler is in
    # place (on a busy machine the imports before it can take longer than any fixed sleep).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _catches_sigterm(process.pid):
        time.sleep(0.2)
    time.sleep(0.5)
    process.terminate()
    try:
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert b"Traceback" not in stderr


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has a handler for SIGTERM (Linux: the SigCgt mask in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True  # no /proc here: go ahead after the wait so far
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
