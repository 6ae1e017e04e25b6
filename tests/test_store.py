"""The call store on SQLite and on a real PostgreSQL server: the schema (Alembic), the
`--store URL` checks, scored calls written whole (or not at all), re-scoring that keeps the
reviews, and `mot-detect score --store`."""

from __future__ import annotations

import dataclasses
import shutil
import socket
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from review_support import (
    AIRLINE,
    EXAMPLE_FILES,
    example_call,
    example_calls,
    quick_user,
    row_counts,
)
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from mot_detect.cli import main
from mot_detect.labels import MISSED_CUE, is_cue
from mot_detect.pipeline import Detector
from mot_detect.store import ScoredBy, open_store, save_call
from mot_detect.store.calls import finding_key
from mot_detect.store.database import current_revision, head_revision, table_names, upgrade
from mot_detect.store.queries import CallFilter, get_call, list_calls
from mot_detect.store.reviews import call_reviews, history, mark_missed, review_call, review_finding
from mot_detect.store.schema import CallRow, FindingRow, LabelRow, ReviewRow, UtteranceRow
from mot_detect.types import Call

TABLES = {
    "calls",
    "utterances",
    "labels",
    "findings",
    "recordings",
    "users",
    "sessions",
    "login_attempts",
    "reviews",
    "call_reviews",
    "audit_events",
}


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def test_open_store_creates_the_schema_once(store_url: str) -> None:
    store = open_store(store_url)
    try:
        assert current_revision(store.engine) == head_revision()
        assert set(table_names(store)) >= TABLES
        if store.dialect == "sqlite":
            assert "call_search" in table_names(store)
        with store.transaction() as session:
            session.add(
                CallRow(**_call_values("kept-1"))  # a row the second open must not touch
            )
    finally:
        store.close()
    again = open_store(store_url)
    try:
        assert upgrade(again.engine) == (head_revision(), head_revision())
        with again.sessions() as session:
            assert session.scalar(select(func.count(CallRow.id))) == 1
    finally:
        again.close()


def _call_values(call_id: str) -> dict[str, object]:
    return {
        "call_id": call_id,
        "call_metadata": {},
        "status": "done",
        "stakes": 0.0,
        "handling": 1.0,
        "priority": 0.0,
        "level": "low",
        "cues": 0,
        "missed_cues": 0,
        "flagged": 0,
        "transcript": "hello",
        "detector_version": "test",
        "model_version": "none",
        "engine": "rules",
        "scored_at": datetime.now(timezone.utc),
    }


def test_db_upgrade_prints_the_revision(store_url: str) -> None:
    first = invoke("db", "upgrade", "--store", store_url)
    assert first.exit_code == 0, first.output
    assert f"schema upgraded from empty to revision {head_revision()}" in first.stdout
    second = invoke("db", "upgrade", "--store", store_url)
    assert second.exit_code == 0, second.output
    assert f"schema already at revision {head_revision()}" in second.stdout


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("kind", ["backend", "folder", "postgres_port"])
def test_a_bad_store_url_is_a_usage_error_naming_store(kind: str, tmp_path: Path) -> None:
    url, expected = {
        "backend": ("mysql://me@localhost/calls", "mysql database is not supported"),
        "folder": (str(tmp_path / "no-such-folder" / "store.db"), "does not exist"),
        "postgres_port": (
            f"postgresql://me:s3cretpw@127.0.0.1:{_closed_port()}/calls",
            "cannot open it",
        ),
    }[kind]
    for command in (["db", "upgrade"], ["users", "add", "alice", "--password-stdin"]):
        result = invoke(*command, "--store", url, input="averylongpassword\n")
        assert result.exit_code == 2, result.output
        assert "--store" in result.stderr
        assert expected in result.stderr
        assert "s3cretpw" not in result.output
    assert not (tmp_path / "no-such-folder").exists()


def _labels_of(call: Call) -> list[tuple[int, str, float, str, int | None, int | None]]:
    return sorted(
        (
            u.index,
            ls.label,
            round(ls.score, 6),
            ls.source,
            ls.span[0] if ls.span else None,
            ls.span[1] if ls.span else None,
        )
        for u in call.utterances
        for ls in u.labels
    )


def test_saved_calls_match_the_scored_calls(store_url: str, detector: Detector) -> None:
    calls = example_calls(detector)
    assert len(calls) == len(EXAMPLE_FILES) == 8
    scored_by = ScoredBy.of(detector)
    store = open_store(store_url)
    try:
        for call in calls:
            save_call(store, call, scored_by)
        with store.sessions() as session:
            for call in calls:
                row = get_call(session, call.call_id)
                assert row is not None, call.call_id
                assert call.score is not None
                assert [(u.index, u.speaker, u.text, u.start, u.end) for u in row.utterances] == [
                    (u.index, u.speaker, u.text, u.start, u.end) for u in call.utterances
                ]
                stored_labels = sorted(
                    (
                        u.index,
                        ls.label,
                        round(ls.score, 6),
                        ls.source,
                        ls.span_start,
                        ls.span_end,
                    )
                    for u in row.utterances
                    for ls in u.labels
                )
                assert stored_labels == _labels_of(call)
                expected_findings: dict[str, tuple[object, ...]] = {}
                for f in call.findings:  # the first finding of a key is the one kept
                    expected_findings.setdefault(
                        finding_key(f),
                        (f.label, f.utterance, round(f.score, 6), f.cues, f.replies, f.detail),
                    )
                assert {
                    f.finding_key: (
                        f.label,
                        f.utterance,
                        round(f.score, 6),
                        f.cues,
                        f.replies,
                        f.detail,
                    )
                    for f in row.findings
                } == expected_findings
                assert row.missed_cues == sum(1 for f in call.findings if f.label == MISSED_CUE)
                assert row.cues == sum(
                    1 for u in call.utterances for ls in u.labels if is_cue(ls.label)
                )
                assert row.flagged == sum(1 for u in call.utterances if u.labels)
                assert row.transcript == "\n".join(u.text for u in call.utterances)
                assert (row.level, row.priority, row.stakes, row.handling) == (
                    call.score.level,
                    call.score.priority,
                    call.score.stakes,
                    call.score.handling,
                )
                assert (row.detector_version, row.model_version, row.engine) == (
                    scored_by.detector_version,
                    "none",
                    "rules",
                )
                assert row.detector_version.startswith(detector_version_prefix())
                assert call.started_at is not None and row.started_at is not None
                assert _aware(row.started_at) == call.started_at
                assert row.source == call.source
            airline = get_call(session, AIRLINE)
            assert airline is not None and airline.missed_cues == 5
            assert airline.queue == "reservations_irregular_ops"
            carclaim = get_call(session, "ex-carclaim-01")
            assert carclaim is not None and carclaim.agent == "D-2291"
    finally:
        store.close()


def detector_version_prefix() -> str:
    from mot_detect import __version__

    return f"{__version__}+patterns."


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _rescored(call: Call) -> Call:
    """`call` as a newer detector might score it: one utterance's text changed, one label and
    every finding but the first missed cue gone."""
    utterances = [dataclasses.replace(u, labels=list(u.labels)) for u in call.utterances]
    utterances[0] = dataclasses.replace(utterances[0], text="Rescored greeting.", labels=[])
    first_missed = next(f for f in call.findings if f.label == MISSED_CUE)
    return dataclasses.replace(call, utterances=utterances, findings=[first_missed])


def test_rescoring_replaces_the_content_and_keeps_the_reviews(
    store_url: str, detector: Detector
) -> None:
    call = example_call(detector, AIRLINE)
    store = open_store(store_url)
    try:
        save_call(store, call, ScoredBy.of(detector))
        reviewer = quick_user(store, "rita")
        missed = next(f for f in call.findings if f.label == MISSED_CUE)
        with store.transaction() as session:
            row = get_call(session, AIRLINE)
            assert row is not None
            review_finding(session, row, finding_key(missed), "confirm", reviewer, note="yes")
            mark_missed(session, row, 3, "distress", reviewer)
            review_call(session, row, "no", "rebook on the Atlanta flight", "", reviewer)
        with store.sessions() as session:
            before = get_call(session, AIRLINE)
            assert before is not None and before.reviewed_at is not None
            reviewed_at, row_id = before.reviewed_at, before.id

        newer = ScoredBy("9.9.9+patterns.newer", "model-x 2026", "both")
        save_call(store, _rescored(call), newer)
        with store.sessions() as session:
            after = get_call(session, AIRLINE)
            assert after is not None
            assert after.id == row_id
            assert (after.detector_version, after.model_version, after.engine) == (
                "9.9.9+patterns.newer",
                "model-x 2026",
                "both",
            )
            assert after.reviewed_at == reviewed_at
            assert after.utterances[0].text == "Rescored greeting."
            assert after.utterances[0].labels == []
            assert [f.finding_key for f in after.findings] == [finding_key(missed)]
            assert after.transcript.startswith("Rescored greeting.\n")
            assert len(after.utterances) == len(call.utterances)
            # no stale rows: every content row of the call belongs to the new version
            assert session.scalar(
                select(func.count(UtteranceRow.id)).where(UtteranceRow.call_pk == row_id)
            ) == len(call.utterances)
            assert session.scalar(
                select(func.count(LabelRow.id)).where(LabelRow.call_pk == row_id)
            ) == sum(len(u.labels) for u in _rescored(call).utterances)
            assert (
                session.scalar(
                    select(func.count(FindingRow.id)).where(FindingRow.call_pk == row_id)
                )
                == 1
            )
            verdicts = history(session, after)
            assert [(v.verdict, v.reviewer) for v in verdicts] == [
                ("confirm", "rita"),
                ("missed", "rita"),
            ]
            assert [(r.handled, name) for r, name in call_reviews(session, after)] == [
                ("no", "rita")
            ]
            search = list_calls(session, CallFilter(search="rescored")).calls
            assert [c.call_id for c in search] == [AIRLINE]
    finally:
        store.close()


def test_a_call_that_fails_midway_leaves_no_trace(store_url: str, detector: Detector) -> None:
    """A DB constraint (two utterances with one index) fails at the last flush, after the call's
    row was written and its old content deleted: the whole call is rolled back."""
    airline = example_call(detector, AIRLINE)
    other = example_call(detector, "ex-retail-01")
    store = open_store(store_url)
    try:
        save_call(store, airline, ScoredBy.of(detector))
        reviewer = quick_user(store, "rita")
        with store.transaction() as session:
            row = get_call(session, AIRLINE)
            assert row is not None
            review_call(session, row, "no", "", "", reviewer)
        counts = row_counts(store)

        def broken(call: Call, new_id: str) -> Call:
            utterances = [dataclasses.replace(u) for u in call.utterances]
            utterances[1] = dataclasses.replace(
                utterances[1], index=utterances[0].index, text="zebracorn " + utterances[1].text
            )
            return dataclasses.replace(call, call_id=new_id, utterances=utterances)

        for bad in (broken(airline, AIRLINE), broken(other, "ex-retail-broken")):
            with pytest.raises(IntegrityError):
                save_call(store, bad, ScoredBy("broken", "broken", "rules"))

        assert row_counts(store) == counts
        with store.sessions() as session:
            assert get_call(session, "ex-retail-broken") is None
            kept = get_call(session, AIRLINE)
            assert kept is not None
            assert kept.detector_version == ScoredBy.of(detector).detector_version
            assert [u.text for u in kept.utterances] == [u.text for u in airline.utterances]
            assert len(kept.findings) == len({finding_key(f) for f in airline.findings})
            assert len(call_reviews(session, kept)) == 1
            assert list_calls(session, CallFilter(search="zebracorn")).calls == []
            if store.dialect == "sqlite":  # the FTS index has no row of the failed call either
                assert (
                    session.execute(
                        text("SELECT count(*) FROM call_search WHERE call_search MATCH 'zebracorn'")
                    ).scalar_one()
                    == 0
                )
    finally:
        store.close()


def test_score_with_store_keeps_every_good_call(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    for path in EXAMPLE_FILES[1:]:
        shutil.copy(path, folder / path.name)
    (folder / "zz_corrupt.json").write_text('{"call_id": "broken", "utterances": [\n', "utf-8")
    args = ["score", str(folder), "--store", store_url, "--engine", "rules", "-f", "jsonl"]

    first = invoke(*args, "-o", str(tmp_path / "first.jsonl"))
    assert first.exit_code == 1, first.output
    assert "zz_corrupt.json" in first.stderr
    assert "7 call(s) scored, 1 input(s) failed" in first.stderr
    good = {c.call_id for path in EXAMPLE_FILES[1:] for c in _ids(path)}
    assert _stored_ids(store_url) == good

    (folder / "zz_corrupt.json").unlink()
    shutil.copy(EXAMPLE_FILES[0], folder / EXAMPLE_FILES[0].name)
    second = invoke(*args, "-o", str(tmp_path / "second.jsonl"))
    assert second.exit_code == 0, second.output
    assert _stored_ids(store_url) == {c.call_id for p in EXAMPLE_FILES for c in _ids(p)}


def _ids(path: Path) -> list[Call]:
    from mot_detect.io.readers import load_calls

    return load_calls(path)


def _stored_ids(url: str) -> set[str]:
    store = open_store(url)
    try:
        with store.sessions() as session:
            ids = set(session.scalars(select(CallRow.call_id)))
            # each stored call is whole: it has its utterances
            assert all(
                session.scalar(
                    select(func.count(UtteranceRow.id))
                    .join(CallRow, CallRow.id == UtteranceRow.call_pk)
                    .where(CallRow.call_id == call_id)
                )
                for call_id in ids
            )
            assert session.scalar(select(func.count(ReviewRow.id))) == 0
            return ids
    finally:
        store.close()


def test_the_migrations_build_exactly_the_schema_the_code_declares(store_url: str) -> None:
    """Alembic's comparison of the migrated database with schema.py finds nothing to change
    (beyond the full-text search objects, which only the migrations know)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mot_detect.store.schema import Base

    store = open_store(store_url)
    try:
        with store.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        store.close()

    def search_object(difference: object) -> bool:
        text = repr(difference)
        return "call_search" in text or "ix_calls_search" in text or "'search'" in text

    assert [d for d in differences if not search_object(d)] == []
