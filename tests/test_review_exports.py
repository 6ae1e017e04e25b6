"""The exports (`/exports`, store/export.py, `mot-detect export reviews`) on SQLite and
PostgreSQL: reviews given through the app's routes and the store, then the training rows checked
label by label (reject, relabel, missed, confirm, the newest verdict winning, a whole reviewed
call), the CSV report's rows, quoting and formula neutralising, the audit trail, the date range,
the login, and the command line."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from datetime import timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from review_support import example_call, example_calls, quick_user, review_client, session_for
from sqlalchemy import select

from mot_detect.cli import main
from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.pipeline import Detector
from mot_detect.store.calls import ScoredBy, save_call
from mot_detect.store.database import Store, open_store
from mot_detect.store.export import REPORT_COLUMNS, report_csv, training_jsonl, training_rows
from mot_detect.store.queries import get_call
from mot_detect.store.reviews import review_call
from mot_detect.store.schema import AuditRow
from mot_detect.store.users import User
from mot_detect.types import Call

AIRLINE, ENERGY, BROADBAND, CARCLAIM = (
    "ex-airline-01",
    "ex-energy-01",
    "ex-broadband-01",
    "ex-carclaim-01",
)
FORMULA_CALL = "=cmd|' /C calc'!A0"
MISSED_NOTE = 'she said "scared", twice,\nthen hung up'
FORMULA_NOTE = '=HYPERLINK("http://example.invalid","click")'
# Per airline utterance: the labels the reviews take away and add (the detector's stay otherwise).
AIRLINE_CHANGES: dict[int, tuple[set[str], set[str]]] = {
    1: (set(), set()),  # deadline confirmed; family_event rejected, then confirmed by another
    2: ({"canned_empathy"}, set()),  # rejected
    3: (set(), {"distress"}),  # marked missed
    4: ({"hold_script"}, {"transfer"}),  # relabelled
    8: (set(), set()),  # its missed_cue finding rejected: the utterance's labels stand
}


@dataclasses.dataclass
class Reviewed:
    store: Store
    client: TestClient
    first: User
    second: User


def _formula_call(detector: Detector) -> Call:
    control = example_call(detector, "ex-address-01")
    return dataclasses.replace(
        control, call_id=FORMULA_CALL, metadata={"agent": "+agent", "queue": "@queue"}
    )


def _post(client: TestClient, csrf: str, path: str, **form: str | int) -> None:
    answer = client.post(path, data={"csrf_token": csrf, **form})
    assert answer.status_code == 303, answer.text


@pytest.fixture
def reviewed(store_url: str, detector: Detector, tmp_path: Path) -> Iterator[Reviewed]:
    """The eight examples and a call whose id and agent look like formulas, with reviews: on
    the airline call through the page forms by two reviewers, the energy call's overall review
    through the store, the broadband call's through the JSON API."""
    store = open_store(store_url)
    scored_by = ScoredBy.of(detector)
    for call in [*example_calls(detector), _formula_call(detector)]:
        save_call(store, call, scored_by)
    first, second = quick_user(store, "rae"), quick_user(store, "sol")
    with review_client(store, detector, tmp_path / "rec") as client:
        csrf = session_for(client, store, first)
        base = f"/calls/{AIRLINE}"
        _post(client, csrf, f"{base}/findings/canned_empathy@2", verdict="reject")
        _post(client, csrf, f"{base}/findings/hold_script@4", verdict="relabel", label="transfer")
        _post(client, csrf, f"{base}/missed", utterance=3, label="distress", note=MISSED_NOTE)
        _post(client, csrf, f"{base}/findings/deadline@1", verdict="confirm")
        _post(client, csrf, f"{base}/findings/family_event@1", verdict="reject")
        _post(client, csrf, f"/calls/{ENERGY}/findings/distress@3", verdict="reject")
        csrf = session_for(client, store, second)
        _post(client, csrf, f"{base}/findings/family_event@1", verdict="confirm")
        _post(client, csrf, f"{base}/findings/missed_cue@8", verdict="reject")
        answer = client.post(
            f"/api/calls/{BROADBAND}/review",
            json={"handled": "no", "note": "+ fifth call"},
            headers={"X-CSRF-Token": csrf},
        )
        assert answer.status_code == 200, answer.text
        with store.transaction() as session:
            for call_id, note in ((ENERGY, FORMULA_NOTE), (FORMULA_CALL, "@mention")):
                row = get_call(session, call_id)
                assert row is not None
                review_call(session, row, "partly", "-call back sooner", note, second)
        session_for(client, store, first)
        yield Reviewed(store, client, first, second)
    store.close()


# ---- the training rows ----


def _row(call: Call, index: int, labels: set[str]) -> dict[str, object]:
    before = call.utterances[index - 1] if index else None
    u = call.utterances[index]
    assert u.index == index
    return {
        "speaker": u.speaker,
        "previous": f"{before.speaker}: {before.text}" if before else "",
        "text": u.text,
        "labels": [label for label in UTTERANCE_LABELS if label in labels],
        "source": f"review:{call.call_id}",
    }


def _whole_call(call: Call, changes: dict[int, tuple[set[str], set[str]]]) -> list[dict]:
    rows = []
    for u in call.utterances:
        if u.speaker in ("agent", "customer"):
            removed, added = changes.get(u.index, (set(), set()))
            rows.append(_row(call, u.index, (set(u.label_names) - removed) | added))
    return rows


def _expected_rows(detector: Detector) -> list[dict]:
    airline = example_call(detector, AIRLINE)
    rows = []
    for index, (removed, added) in AIRLINE_CHANGES.items():
        labels = set(airline.utterances[index].label_names)
        rows.append(_row(airline, index, (labels - removed) | added))
    return [
        *rows,
        *_whole_call(example_call(detector, ENERGY), {3: ({"distress"}, set())}),
        *_whole_call(example_call(detector, BROADBAND), {}),
        *_whole_call(_formula_call(detector), {}),
    ]


def _by_source(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["source"], []).append(row)
    return found


def test_training_rows_carry_the_reviewed_labels(reviewed: Reviewed, detector: Detector) -> None:
    answer = reviewed.client.get("/exports/reviews.jsonl")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    assert answer.headers["content-disposition"] == 'attachment; filename="reviews.jsonl"'
    rows = [json.loads(line) for line in answer.text.splitlines()]
    expected = _expected_rows(detector)
    assert _by_source(rows) == _by_source(expected)
    assert len(rows) == len(expected)
    airline = {r["text"]: r["labels"] for r in rows if r["source"] == f"review:{AIRLINE}"}
    texts = {u.index: u.text for u in example_call(detector, AIRLINE).utterances}
    assert airline[texts[2]] == [] and airline[texts[3]] == ["distress"]
    assert airline[texts[4]] == ["transfer"]
    assert airline[texts[1]] == ["deadline", "family_event"]
    # Calls nobody reviewed are not exported; a whole call leaves out IVR turns but they stay
    # the previous turn of the next.
    assert f"review:{CARCLAIM}" not in {r["source"] for r in rows}
    broadband = [r for r in rows if r["source"] == f"review:{BROADBAND}"]
    assert broadband[0]["previous"].startswith("ivr: ") and broadband[0]["speaker"] == "agent"
    energy = [r for r in rows if r["source"] == f"review:{ENERGY}"]
    assert energy[0]["previous"] == ""
    for row in rows:
        assert set(row) == {"speaker", "previous", "text", "labels", "source"}
        assert set(row["labels"]) <= set(UTTERANCE_LABELS)


def test_batches_do_not_change_the_exports(reviewed: Reviewed) -> None:
    store = reviewed.store
    assert list(training_rows(store, batch=1)) == list(training_rows(store))
    assert "".join(training_jsonl(store, batch=2)) == "".join(training_jsonl(store))
    assert "".join(report_csv(store, batch=1)) == "".join(report_csv(store))


# ---- the report ----


def _report(client: TestClient, query: str = "") -> list[dict[str, str]]:
    answer = client.get(f"/exports/report.csv{query}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    reader = csv.reader(io.StringIO(answer.text, newline=""))
    header = next(reader)
    assert tuple(header) == REPORT_COLUMNS
    return [dict(zip(header, row, strict=True)) for row in reader]


def test_the_report_has_a_row_per_verdict_and_call_review(
    reviewed: Reviewed, detector: Detector
) -> None:
    rows = _report(reviewed.client)
    columns = ("kind", "call_id", "utterance", "label", "verdict", "new_label", "reviewer")
    got = {tuple(r[k] for k in columns) for r in rows}
    formula = "'" + FORMULA_CALL
    assert got == {
        ("finding", AIRLINE, "1", "deadline", "confirm", "", "rae"),
        ("finding", AIRLINE, "1", "family_event", "confirm", "", "sol"),
        ("finding", AIRLINE, "2", "canned_empathy", "reject", "", "rae"),
        ("missed", AIRLINE, "3", "distress", "missed", "", "rae"),
        ("finding", AIRLINE, "4", "hold_script", "relabel", "transfer", "rae"),
        ("finding", AIRLINE, "8", "missed_cue", "reject", "", "sol"),
        ("finding", ENERGY, "3", "distress", "reject", "", "rae"),
        ("call", ENERGY, "", "", "partly", "", "sol"),
        ("call", BROADBAND, "", "", "no", "", "sol"),
        ("call", formula, "", "", "partly", "", "sol"),
    }
    assert len(rows) == len(got)
    airline = example_call(detector, AIRLINE)
    by_key = {(r["call_id"], r["utterance"], r["label"]): r for r in rows}
    canned = by_key[(AIRLINE, "2", "canned_empathy")]
    finding = next(f for f in airline.findings if (f.label, f.utterance) == ("canned_empathy", 2))
    assert float(canned["score"]) == round(finding.score, 4)
    assert canned["text"] == airline.utterances[2].text
    assert airline.started_at is not None
    assert canned["started_at"] == airline.started_at.astimezone(timezone.utc).isoformat()
    assert canned["queue"] == airline.metadata["queue"]
    # Quotes, commas and line breaks survive the CSV quoting.
    assert by_key[(AIRLINE, "3", "distress")]["note"] == MISSED_NOTE


def test_the_report_neutralises_formulas(reviewed: Reviewed) -> None:
    rows = _report(reviewed.client)
    energy = next(r for r in rows if r["kind"] == "call" and r["call_id"] == ENERGY)
    assert energy["note"] == "'" + FORMULA_NOTE
    assert energy["should_have"] == "'-call back sooner"
    broadband = next(r for r in rows if r["call_id"] == BROADBAND)
    assert broadband["note"] == "'+ fifth call"
    odd = next(r for r in rows if r["call_id"] == "'" + FORMULA_CALL)
    assert (odd["agent"], odd["queue"], odd["note"]) == ("'+agent", "'@queue", "'@mention")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


def test_the_date_range_picks_the_calls(reviewed: Reviewed) -> None:
    query = "?since=2026-02-01&until=2026-02-28"  # the airline call started on 7 February (UTC)
    rows = _report(reviewed.client, query)
    assert {r["call_id"] for r in rows} == {AIRLINE}
    lines = reviewed.client.get(f"/exports/reviews.jsonl{query}").text.splitlines()
    assert {json.loads(line)["source"] for line in lines} == {f"review:{AIRLINE}"}
    assert len(lines) == len(AIRLINE_CHANGES)
    empty = reviewed.client.get("/exports/reviews.jsonl?since=2030-01-01")
    assert empty.status_code == 200 and empty.text == ""
    refused = reviewed.client.get("/exports/report.csv?since=01/02/2026")
    assert refused.status_code == 400
    assert "field 'since': expected a date as YYYY-MM-DD" in refused.text.replace("&#39;", "'")


def test_each_export_is_audited(reviewed: Reviewed) -> None:
    reviewed.client.get("/exports/reviews.jsonl?since=2026-01-01")
    reviewed.client.get("/exports/report.csv")
    with reviewed.store.sessions() as session:
        events = list(
            session.scalars(
                select(AuditRow).where(AuditRow.action == "export").order_by(AuditRow.id)
            )
        )
    assert [(e.user_pk, e.target, e.detail) for e in events] == [
        (reviewed.first.id, "reviews.jsonl", {"since": "2026-01-01", "until": None}),
        (reviewed.first.id, "report.csv", {"since": None, "until": None}),
    ]


def test_the_exports_page_offers_both(reviewed: Reviewed) -> None:
    page = reviewed.client.get("/exports")
    assert page.status_code == 200
    assert 'action="/exports/reviews.jsonl"' in page.text
    assert 'formaction="/exports/report.csv"' in page.text
    # 4 reviewed calls: 8 verdicts (of which 1 replaced), 3 overall reviews
    assert "4 reviewed calls: 8 verdicts" in page.text and "3 overall call reviews" in page.text
    assert " style=" not in page.text and "<script" not in page.text


@pytest.mark.parametrize("path", ["/exports", "/exports/reviews.jsonl", "/exports/report.csv"])
def test_the_exports_need_a_login(
    store_url: str, detector: Detector, tmp_path: Path, path: str
) -> None:
    store = open_store(store_url)
    try:
        with review_client(store, detector, tmp_path / "rec") as client:
            answer = client.get(path)
            as_json = client.get(path, headers={"Accept": "application/json"})
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/login?next=")
        assert as_json.status_code == 401
        with store.sessions() as session:
            assert session.scalars(select(AuditRow).where(AuditRow.action == "export")).all() == []
    finally:
        store.close()


# ---- the command line ----


def test_the_command_line_exports_the_same(
    reviewed: Reviewed, store_url: str, tmp_path: Path
) -> None:
    runner = CliRunner()
    jsonl, report = tmp_path / "reviews.jsonl", tmp_path / "report.out"
    done = runner.invoke(main, ["export", "reviews", "--store", store_url, "-o", str(jsonl)])
    assert done.exit_code == 0, done.output
    assert jsonl.read_text(encoding="utf-8") == reviewed.client.get("/exports/reviews.jsonl").text
    lines = len(jsonl.read_text(encoding="utf-8").splitlines())
    assert f"{lines} training row(s) written to {jsonl}" in done.output
    done = runner.invoke(
        main,
        [
            *("export", "reviews", "--store", store_url, "-o", str(report)),
            *("--format", "csv", "--since", "2026-02-01", "--until", "2026-02-28"),
        ],
    )
    assert done.exit_code == 0, done.output
    csv_text = reviewed.client.get("/exports/report.csv?since=2026-02-01&until=2026-02-28").text
    assert report.read_bytes() == csv_text.encode("utf-8")
    with reviewed.store.sessions() as session:
        events = session.scalars(
            select(AuditRow).where(AuditRow.action == "export", AuditRow.user_pk.is_(None))
        ).all()
    assert [(e.target, e.detail["format"]) for e in events] == [
        ("reviews.jsonl", "jsonl"),
        ("report.out", "csv"),
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "xml"], "'xml' is not one of 'jsonl', 'csv'"),
        (["--since", "2026-02-30"], "Invalid value for --since: '2026-02-30': expected a date"),
        (["--since", "2026-03-01", "--until", "2026-02-01"], "expected a day on or after"),
        (["-o", "{missing}/out.jsonl"], "Invalid value for --out"),
        (["--store", "mysql://x/y"], "the mysql database is not supported"),
    ],
)
def test_the_command_line_refuses_bad_arguments(
    store_url: str, tmp_path: Path, arguments: list[str], message: str
) -> None:
    out = tmp_path / "out.jsonl"
    given = [a.replace("{missing}", str(tmp_path / "missing")) for a in arguments]
    if "-o" not in given:
        given += ["-o", str(out)]
    if "--store" not in given:
        given += ["--store", store_url]
    done = CliRunner().invoke(main, ["export", "reviews", *given])
    assert done.exit_code == 2, done.output
    assert message in " ".join(done.output.split())
    assert not out.exists()
