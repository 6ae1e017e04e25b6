"""Reviews out of the store: as training rows for the utterance classifier (JSON Lines), and as a
report of every verdict for a spreadsheet (CSV). Both walk the reviewed calls in batches, each
batch read in a short session of its own, so a store of any size streams in little memory.

A training row per reviewed utterance: the detector's labels, less those whose finding's current
verdict is reject, a relabelled label replaced by its new one, confirmed labels kept, and the
labels a reviewer marked missed added (verdicts applied oldest first, so the newest wins). When a
call has an overall review, every utterance of it is exported so: the reviewer saw the call whole,
so the detector's labels nobody corrected stand.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Row, select, union
from sqlalchemy.orm import Session

from mot_detect.labels import UTTERANCE_LABELS
from mot_detect.store.database import Store
from mot_detect.store.reviews import Verdict, verdict_of
from mot_detect.store.schema import (
    CallReviewRow,
    CallRow,
    FindingRow,
    LabelRow,
    ReviewRow,
    UserRow,
    UtteranceRow,
)
from mot_detect.store.users import aware

BATCH = 200
TRAINING_SPEAKERS = ("agent", "customer")
REPORT_COLUMNS = (
    "kind",  # finding | missed | call
    "call_id",
    "started_at",
    "agent",
    "queue",
    "utterance",  # the utterance's index in the call
    "text",
    "label",
    "score",
    "verdict",  # confirm | reject | relabel | missed; for a call review, how it was handled
    "new_label",
    "should_have",
    "reviewer",
    "reviewed_at",
    "note",
)
# A cell a spreadsheet would run as a formula starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ORDER = {label: i for i, label in enumerate(UTTERANCE_LABELS)}


@dataclass(frozen=True)
class CurrentVerdict(Verdict):
    """A verdict with the rows the export batches by."""

    id: int
    call_pk: int


def reviewed_calls(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    after: int = 0,
    limit: int = BATCH,
) -> list[Row[Any]]:
    """The next `limit` calls (by row id, after `after`) with a verdict or an overall review,
    started in [since, until) when a range is given: their id, call_id, started_at, agent and
    queue (plain rows: building ORM objects would cost more than the query)."""
    reviewed = union(select(ReviewRow.call_pk), select(CallReviewRow.call_pk)).subquery()
    statement = select(
        CallRow.id, CallRow.call_id, CallRow.started_at, CallRow.agent, CallRow.queue
    ).where(CallRow.id.in_(select(reviewed.c.call_pk)), CallRow.id > after)
    if since is not None:
        statement = statement.where(CallRow.started_at >= since)
    if until is not None:
        statement = statement.where(CallRow.started_at < until)
    return list(session.execute(statement.order_by(CallRow.id).limit(limit)))


def current_verdicts(session: Session, call_pks: list[int]) -> dict[int, list[CurrentVerdict]]:
    """Per call, the newest verdict of each finding and each missed mark, oldest first."""
    rows = session.execute(
        select(ReviewRow, UserRow.username)
        .join(UserRow, UserRow.id == ReviewRow.reviewer_pk)
        .where(ReviewRow.call_pk.in_(call_pks))
        .order_by(ReviewRow.id)
    )
    newest: dict[tuple[int, str], CurrentVerdict] = {}
    for row, reviewer in rows:
        key = row.finding_key or f"missed@{row.utterance}:{row.label}"
        newest.pop((row.call_pk, key), None)  # re-insert: dict order stays oldest-first
        newest[(row.call_pk, key)] = CurrentVerdict(
            **vars(verdict_of(row, reviewer)), id=row.id, call_pk=row.call_pk
        )
    by_call: dict[int, list[CurrentVerdict]] = defaultdict(list)
    for verdict in sorted(newest.values(), key=lambda v: v.id):
        by_call[verdict.call_pk].append(verdict)
    return by_call


def reviewed_labels(detector: set[str], verdicts: list[CurrentVerdict]) -> list[str]:
    """An utterance's labels after its reviewers' verdicts (applied oldest first), in taxonomy
    order; only the taxonomy's utterance labels (never missed_cue / acknowledged_cue)."""
    labels = set(detector)
    for v in verdicts:
        if v.verdict == "missed" and v.label:
            labels.add(v.label)
        elif v.finding_label is not None:
            if v.verdict in ("reject", "relabel"):
                labels.discard(v.finding_label)
            if v.verdict == "confirm":
                labels.add(v.finding_label)
            if v.verdict == "relabel" and v.label:
                labels.add(v.label)
    return sorted((label for label in labels if label in _ORDER), key=_ORDER.__getitem__)


def _training_rows(session: Session, calls: list[Row[Any]]) -> Iterator[dict[str, Any]]:
    pks = [c.id for c in calls]
    verdicts = current_verdicts(session, pks)
    whole = set(
        session.scalars(select(CallReviewRow.call_pk).where(CallReviewRow.call_pk.in_(pks)))
    )
    utterances: dict[int, list[Row[Any]]] = defaultdict(list)
    for u in session.execute(
        select(
            UtteranceRow.id,
            UtteranceRow.call_pk,
            UtteranceRow.index,
            UtteranceRow.speaker,
            UtteranceRow.text,
        )
        .where(UtteranceRow.call_pk.in_(pks))
        .order_by(UtteranceRow.call_pk, UtteranceRow.index)
    ):
        utterances[u.call_pk].append(u)
    chosen: list[tuple[Row[Any], Row[Any] | None, Row[Any], list[CurrentVerdict]]] = []
    for call in calls:
        on_utterance: dict[int, list[CurrentVerdict]] = defaultdict(list)
        for v in verdicts.get(call.id, []):
            on_utterance[v.utterance].append(v)
        previous = None
        for u in utterances[call.id]:
            if u.speaker in TRAINING_SPEAKERS and (call.id in whole or u.index in on_utterance):
                chosen.append((call, previous, u, on_utterance.get(u.index, [])))
            previous = u
    detector: dict[int, set[str]] = defaultdict(set)
    ids = [u.id for _, _, u, _ in chosen]
    for start in range(0, len(ids), 1000):
        for utterance_pk, label in session.execute(
            select(LabelRow.utterance_pk, LabelRow.label).where(
                LabelRow.utterance_pk.in_(ids[start : start + 1000])
            )
        ):
            detector[utterance_pk].add(label)
    for call, previous, u, on_it in chosen:
        yield {
            "speaker": u.speaker,
            "previous": f"{previous.speaker}: {previous.text}" if previous is not None else "",
            "text": u.text,
            "labels": reviewed_labels(detector[u.id], on_it),
            "source": f"review:{call.call_id}",
        }


def _batches(
    store: Store, since: datetime | None, until: datetime | None, batch: int
) -> Iterator[tuple[Session, list[Row[Any]]]]:
    after = 0
    while True:
        with store.sessions() as session:
            calls = reviewed_calls(session, since, until, after, batch)
            if not calls:
                return
            yield session, calls
        after = calls[-1].id


def training_rows(
    store: Store,
    since: datetime | None = None,
    until: datetime | None = None,
    batch: int = BATCH,
) -> Iterator[dict[str, Any]]:
    """The reviewed utterances as the classifier's training rows, call by call."""
    for session, calls in _batches(store, since, until, batch):
        yield from _training_rows(session, calls)


def training_jsonl(
    store: Store,
    since: datetime | None = None,
    until: datetime | None = None,
    batch: int = BATCH,
) -> Iterator[str]:
    """`training_rows` as JSON Lines, a batch of calls per chunk."""
    for session, calls in _batches(store, since, until, batch):
        lines = [
            json.dumps(row, ensure_ascii=False) + "\n" for row in _training_rows(session, calls)
        ]
        if lines:
            yield "".join(lines)


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe, so it shows as the text it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _when(moment: datetime | None) -> str:
    """ISO 8601 in UTC, whatever time zone the database session hands back."""
    return aware(moment).astimezone(timezone.utc).isoformat() if moment is not None else ""


def _report_rows(session: Session, calls: list[Row[Any]]) -> Iterator[list[Any]]:
    pks = [c.id for c in calls]
    verdicts = current_verdicts(session, pks)
    findings = {
        (f.call_pk, f.finding_key): f
        for f in session.scalars(
            select(FindingRow).where(
                FindingRow.call_pk.in_(pks),
                FindingRow.finding_key.in_(
                    sorted({v.finding_key for vs in verdicts.values() for v in vs if v.finding_key})
                ),
            )
        )
    }
    wanted = {(v.call_pk, v.utterance) for vs in verdicts.values() for v in vs}
    texts = {
        (call_pk, index): text
        for call_pk, index, text in session.execute(
            select(UtteranceRow.call_pk, UtteranceRow.index, UtteranceRow.text).where(
                UtteranceRow.call_pk.in_(pks)
            )
        )
        if (call_pk, index) in wanted
    }
    call_reviews: dict[int, list[tuple[CallReviewRow, str]]] = defaultdict(list)
    for row, reviewer in session.execute(
        select(CallReviewRow, UserRow.username)
        .join(UserRow, UserRow.id == CallReviewRow.reviewer_pk)
        .where(CallReviewRow.call_pk.in_(pks))
        .order_by(CallReviewRow.id)
    ):
        call_reviews[row.call_pk].append((row, reviewer))
    for call in calls:
        head = [call.call_id, _when(call.started_at), call.agent or "", call.queue or ""]
        for v in sorted(verdicts.get(call.id, []), key=lambda v: (v.utterance, v.id)):
            finding = findings.get((call.id, v.finding_key)) if v.finding_key else None
            yield [
                "finding" if v.finding_key else "missed",
                *head,
                v.utterance,
                texts.get((call.id, v.utterance), ""),
                v.finding_label if v.finding_key else v.label,
                round(finding.score, 4) if finding is not None else "",
                v.verdict,
                v.label if v.verdict == "relabel" else "",
                "",
                v.reviewer,
                _when(v.at),
                v.note,
            ]
        for row, reviewer in call_reviews.get(call.id, []):
            yield [
                "call",
                *head,
                "",
                "",
                "",
                "",
                row.handled,
                "",
                row.should_have,
                reviewer,
                _when(row.created_at),
                row.note,
            ]


def report_csv(
    store: Store,
    since: datetime | None = None,
    until: datetime | None = None,
    batch: int = BATCH,
) -> Iterator[str]:
    """One CSV row per reviewed finding (its current verdict), per label marked missed, and per
    overall call review; a header first, then a batch of calls per chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REPORT_COLUMNS)
    yield buffer.getvalue()
    for session, calls in _batches(store, since, until, batch):
        buffer.seek(0)
        buffer.truncate()
        for row in _report_rows(session, calls):
            writer.writerow([safe_cell(cell) for cell in row])
        if buffer.tell():
            yield buffer.getvalue()
