"""Shared helpers of the store and review API tests (test_store*.py, test_review_*.py): the
example calls scored by the real rule detector, quick accounts and sessions, a real WAV file,
and row counts to prove that a refused request wrote nothing."""

from __future__ import annotations

import dataclasses
import functools
import re
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import numpy as np
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from mot_detect.io.readers import load_calls
from mot_detect.pipeline import Detector
from mot_detect.review.app import ReviewSettings, create_review_app
from mot_detect.review.auth import SESSION_COOKIE
from mot_detect.store.database import Store
from mot_detect.store.schema import (
    AuditRow,
    CallReviewRow,
    CallRow,
    FindingRow,
    LabelRow,
    LoginAttemptRow,
    RecordingRow,
    ReviewRow,
    SessionRow,
    UserRow,
    UtteranceRow,
)
from mot_detect.store.users import User, now, start_session
from mot_detect.types import Call

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".json", ".txt", ".vtt"))
PASSWORD = "correct horse battery"
AIRLINE = "ex-airline-01"
AGENTS = ("ana", "ben", "cho")
QUEUES = ("billing", "claims")
ALL_TABLES = (
    CallRow,
    UtteranceRow,
    LabelRow,
    FindingRow,
    RecordingRow,
    UserRow,
    SessionRow,
    LoginAttemptRow,
    ReviewRow,
    CallReviewRow,
    AuditRow,
)
_CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


@functools.cache
def example_calls(detector: Detector) -> tuple[Call, ...]:
    """The eight example calls, scored (the same objects for the whole run: saving a call does
    not change it)."""
    return tuple(detector.score_call(call) for path in EXAMPLE_FILES for call in load_calls(path))


def example_call(detector: Detector, call_id: str) -> Call:
    return next(c for c in example_calls(detector) if c.call_id == call_id)


@functools.cache
def variant_calls(detector: Detector) -> tuple[Call, ...]:
    """Three variants of each example (24 calls) with their own call_id, agent, queue and a
    start 50 days apart, each scored: many share a priority, so paging must break ties."""
    calls = []
    for k in range(3):
        for i, path in enumerate(EXAMPLE_FILES):
            for call in load_calls(path):
                assert call.started_at is not None
                variant = dataclasses.replace(
                    call,
                    call_id=f"{call.call_id}-v{k}",
                    metadata={
                        **call.metadata,
                        "agent": AGENTS[(i + k) % 3],
                        "queue": QUEUES[(i * 3 + k) % 2],
                    },
                    started_at=call.started_at + timedelta(days=50 * k),
                )
                calls.append(detector.score_call(variant))
    return tuple(calls)


def write_wav(path: Path, seconds: float = 3.0, rate: int = 8000) -> bytes:
    """A mono 16-bit WAV of a 440 Hz tone; returns its bytes."""
    t = np.arange(int(seconds * rate)) / rate
    samples = (np.sin(2 * np.pi * 440 * t) * 8000).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path.read_bytes()


@functools.cache
def _password_hash() -> str:
    return PasswordHasher().hash(PASSWORD)


def quick_user(store: Store, username: str, role: str = "reviewer") -> User:
    """An account whose password is PASSWORD, its argon2 hash computed once per run (argon2 is
    slow on purpose; `add_user` itself is tested in test_store_users.py)."""
    with store.transaction() as session:
        row = UserRow(
            username=username, password_hash=_password_hash(), role=role, created_at=now()
        )
        session.add(row)
        session.flush()
        return User(row.id, row.username, row.role)


def session_for(client: TestClient, store: Store, user: User) -> str:
    """Logs `client` in as `user` with a server-side session made the way the login form makes
    one (the form itself is tested in test_review_auth.py); returns the session's CSRF token."""
    with store.transaction() as session:
        started = start_session(session, user)
    client.cookies.set(SESSION_COOKIE, started.token)
    return started.csrf_token


def csrf_in(html: str) -> str:
    found = _CSRF_FIELD.search(html)
    assert found, "no csrf_token field in the page"
    return found.group(1)


def form_login(
    client: TestClient, username: str, password: str = PASSWORD, next_path: str | None = None
) -> tuple[int, str]:
    """The login form as a browser sends it: (status, Location or body)."""
    page = client.get("/login")
    assert page.status_code == 200
    data = {"username": username, "password": password, "csrf_token": csrf_in(page.text)}
    if next_path is not None:
        data["next"] = next_path
    response = client.post("/login", data=data)
    return response.status_code, response.headers.get("location", response.text)


def row_counts(store: Store) -> dict[str, int]:
    """The number of rows of every table, to compare before and after a refused request."""
    with store.sessions() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in ALL_TABLES
        }


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@contextmanager
def review_client(
    store: Store, detector: Detector, recordings: Path, secure: bool = False
) -> Iterator[TestClient]:
    """A TestClient over the review app (lifespan run); redirects are not followed."""
    settings = ReviewSettings(
        recordings=recordings, secure_cookies=secure, detector_factory=lambda: detector
    )
    app = create_review_app(store, settings)
    base = "https://testserver" if secure else "http://testserver"
    with TestClient(app, base_url=base, follow_redirects=False) as client:
        yield client
