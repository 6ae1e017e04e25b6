"""The README tells the truth: its set-up commands are what CI runs, and its code runs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands() -> None:
    first_block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = first_block[1].strip().splitlines()
    assert len(commands) == 2
    assert "mot-detect score examples/" in commands[0]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def python_blocks() -> list[str]:
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert len(blocks) >= 2
    return blocks


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    for block in python_blocks():
        exec(compile(block, "README", "exec"), {"print": lambda *args, **kwargs: None})


def test_readme_python_examples_run_as_a_user_runs_them() -> None:
    # A fresh interpreter in the repository root puts the source tree first on sys.path, ahead of
    # whatever `pip install` put in site-packages: the model has to be found from there too.
    for block in python_blocks():
        done = subprocess.run(
            [sys.executable, "-c", block],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-2000:]
