"""`mot-detect review` as a user starts it: a real process serving the store, refusing anonymous
requests, stopping on Ctrl-C; and its usage errors."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from browser import free_port
from click.testing import CliRunner

from mot_detect.cli import main

REPO = Path(__file__).resolve().parent.parent


def test_the_review_command_serves_the_store_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    store = tmp_path / "reviews.db"
    scored = CliRunner().invoke(
        main,
        [
            "score",
            str(REPO / "examples"),
            "--engine",
            "rules",
            "--store",
            str(store),
            "-f",
            "jsonl",
        ],
    )
    assert scored.exit_code == 0, scored.output
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mot_detect", "review", "--store", str(store), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                login = httpx.get(base + "/login", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()[0]
                assert time.monotonic() < deadline, "the review server did not start"
                time.sleep(0.2)
        assert login.status_code == 200 and 'name="csrf_token"' in login.text
        # Secure cookies by default: the login form's cookie is only for HTTPS.
        assert "secure" in login.headers["set-cookie"].lower()
        assert httpx.get(base + "/").status_code == 303
        assert httpx.get(base + "/api/calls").status_code == 401
    finally:
        server.send_signal(signal.SIGINT)
        output = server.communicate(timeout=30)[0]
    assert server.returncode == 0, output
    assert "Traceback" not in output


def test_the_review_command_refuses_a_store_it_cannot_open(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["review", "--store", str(tmp_path / "missing" / "reviews.db")]
    )
    assert result.exit_code == 2
    assert "--store" in result.output and "does not exist" in result.output
    result = CliRunner().invoke(main, ["review", "--store", "mysql://db/reviews"])
    assert result.exit_code == 2 and "expected sqlite or postgresql" in result.output
