"""scripts/dev_errors.py: the dev error listing used for issue 12's tuning, on a tiny dev set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "dev_errors.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--engine", "rules", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_groups_figures_and_wrong_utterances(tmp_path: Path) -> None:
    calls = tmp_path / "calls.jsonl"
    call = {
        "call_id": "fresh-dev-c99",
        "utterances": [
            {"speaker": "customer", "text": "My flight is at six tonight.", "gold": ["deadline"]},
            {"speaker": "agent", "text": "Please hold.", "gold": ["hold_script"]},
            {"speaker": "customer", "text": "Fine.", "gold": ["distress"]},
        ],
        "gold_findings": [{"label": "missed_cue", "utterance": 0, "replies": [1]}],
    }
    calls.write_text(json.dumps(call) + "\n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    row = {
        "speaker": "agent",
        "previous": "customer: my card was declined",
        "text": "That's against our policy.",
        "labels": ["policy_refusal"],
        "source": "handwritten",
    }
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")

    done = run("--calls", str(calls), "--rows", str(rows), "--list", "--findings", "--labels")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("handwritten") and "macro-F1 1.000" in lines[0]
    writer_lines = [line for line in lines if line.startswith("unseen_writer")]
    assert writer_lines and "missed_cue 1.000" in writer_lines[0]
    assert any("missed ['distress']" in line and "fresh-dev-c99#2" in line for line in lines)


def test_refuses_the_heldout_sets(tmp_path: Path) -> None:
    done = run("--calls", "data/heldout/fresh_calls.jsonl")
    assert done.returncode == 2 and "dev data only" in done.stderr


def test_unknown_group_is_named(tmp_path: Path) -> None:
    calls, rows = tmp_path / "c.jsonl", tmp_path / "r.jsonl"
    calls.write_text("", encoding="utf-8")
    rows.write_text("", encoding="utf-8")
    done = run("nonsense", "--calls", str(calls), "--rows", str(rows))
    assert done.returncode == 2 and "unknown group ['nonsense']" in done.stderr
