from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.types import Call

if TYPE_CHECKING:
    # imported when a test asks for PostgreSQL, so that the rest of the suite does not need
    # psycopg and SQLAlchemy to start
    from postgres_server import PostgresBase

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
INSURANCE_CALLS = SHARED / "data" / "calls" / "insurance_calls_dev.jsonl"


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The rule and conversation layers alone: what these tests pin down does not move when the
    model is retrained."""
    return Detector(DetectorOptions(engine="rules"))


@pytest.fixture(scope="session")
def model_detector() -> Detector:
    """Rules, the shipped ONNX model and their fusion (the default engine)."""
    return Detector(DetectorOptions(engine="both"))


def score_live(detector: Detector, call: Call) -> Call:
    """`call` scored the way the streaming hook scores it: one utterance at a time."""
    session = detector.session(call.call_id, started_at=call.started_at, metadata=call.metadata)
    for u in call.utterances:
        session.add({"speaker": u.speaker, "text": u.text, "start": u.start, "end": u.end})
    return session.finish()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresBase]:
    """A running PostgreSQL server for the whole session, started the first time a test asks for
    it (installed first with apt-get if need be, when root): `.url` is its `mot_test` database,
    `fresh_database(name)` makes another, empty one. With MOT_TEST_POSTGRES_URL set, that server
    is used instead. A server that cannot be had fails the test: it is never skipped."""
    from postgres_server import start_postgres

    try:
        server = start_postgres()
    except RuntimeError as exc:
        pytest.fail(f"PostgreSQL for the tests: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def _database_name(nodeid: str) -> str:
    """A new database name for the test `nodeid`: a-z, 0-9 and _, at most 63 characters."""
    stem = re.sub(r"[^a-z0-9]+", "_", nodeid.rsplit("::", 1)[-1].lower()).strip("_")
    return f"t_{stem[:40]}_{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty store, once per backend: a SQLite file in tmp_path, and a new
    database on the session's PostgreSQL server (dropped after the test)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server: PostgresBase = request.getfixturevalue("postgres_server")
    name = _database_name(request.node.nodeid)
    yield server.fresh_database(name)
    server.drop_database(name)
