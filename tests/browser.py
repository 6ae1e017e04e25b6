"""What the browser tests share: Debian's Chromium (installed when missing, as the test command
must work on a fresh machine), the review app under a real uvicorn server, and a store with the
examples and one spoken call with its recording."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from mot_detect.io.readers import load_calls
from mot_detect.pipeline import Detector
from mot_detect.review.app import ReviewSettings, create_review_app
from mot_detect.store.calls import ScoredBy, save_call
from mot_detect.store.database import Store, open_store
from mot_detect.store.users import create_user

logger = logging.getLogger("mot_detect.tests")
REPO = Path(__file__).resolve().parent.parent
SPOKEN_CAR = REPO / "spoken_examples" / "car_insurance_first_claim_missed.wav"
REVIEWER = ("riley", "reviewer-password-1")
ADMIN = ("ada", "admin-password-12")


def screenshot_dir() -> Path | None:
    """Where the browser tests save screenshots: $MOT_SCREENSHOT_DIR (docs/screenshots refreshes
    the README's), or None to skip them."""
    where = os.environ.get("MOT_SCREENSHOT_DIR")
    if not where:
        return None
    folder = Path(where)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def chromium_path() -> str:
    """Debian's Chromium (Playwright cannot download its own here), installed when missing."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
        if subprocess.run(install, env=env, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update"], env=env, capture_output=True, check=True)
            subprocess.run(install, env=env, capture_output=True, check=True)
        found = shutil.which("chromium")
        if found:
            return found
    raise RuntimeError(
        "the browser tests need Debian's chromium: apt-get install chromium (as root)"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningApp:
    url: str
    store: Store
    folder: Path


@contextmanager
def serve_review(store: Store, settings: ReviewSettings) -> Iterator[str]:
    """The review app under uvicorn in a background thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_review_app(store, settings), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def fill_store(folder: Path) -> Store:
    """The examples, scored by the shipped detector, and the spoken car call transcribed with
    Whisper tiny.en and kept with its recording (it replaces the car call's transcript)."""
    sys.path.insert(0, str(REPO / "scripts"))
    from compare_spoken import audio_call, tiny_transcriber

    store = open_store(str(folder / "store.db"))
    detector = Detector()
    scored_by = ScoredBy.of(detector)
    for path in sorted((REPO / "examples").iterdir()):
        if path.suffix in (".json", ".jsonl", ".txt", ".vtt"):
            for call in load_calls(path):
                save_call(store, detector.score_call(call), scored_by)
    spoken = detector.score_call(audio_call(SPOKEN_CAR, tiny_transcriber(threads=2)))
    save_call(store, spoken, scored_by, recording=SPOKEN_CAR, recordings_folder=folder / "rec")
    create_user(store, *REVIEWER, "reviewer")
    create_user(store, *ADMIN, "admin")
    return store
