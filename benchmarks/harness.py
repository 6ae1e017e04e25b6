"""What every benchmark here does the same way: measure in a child process, write the results."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any


def run_worker(script: str, *args: str) -> dict[str, Any]:
    """Run `script --worker ARGS...` in its own process (so its peak memory is its own) and
    return the JSON object it prints last."""
    out = subprocess.run(
        [sys.executable, script, "--worker", *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_worker_within(
    script: str, args: list[str], timeout_s: int, cwd: Path | None = None
) -> dict[str, Any]:
    """`run_worker`, given up after `timeout_s` ({"timed_out": timeout_s}) or reported as
    {"failed": [last line of its stderr]} when it exits with an error."""
    try:
        out = subprocess.run(
            [sys.executable, script, "--worker", *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            cwd=cwd,
        )
    except subprocess.TimeoutExpired:
        return {"timed_out": timeout_s}
    except subprocess.CalledProcessError as exc:
        return {"failed": exc.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_results(path: Path, results: dict[str, Any]) -> None:
    """Write `results` to `path` as JSON, stamped with when and on what they were measured."""
    stamp = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "cores": os.cpu_count(),
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(stamp | results, indent=2) + "\n")
    shown = path.relative_to(path.parents[2]) if len(path.parents) > 2 else path  # "/tmp/x.json"
    print(f"results written to {shown}")
