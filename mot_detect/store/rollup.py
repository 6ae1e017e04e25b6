"""The dashboard's per-day roll-ups, kept in step with the calls by the writer: `reply_days`
(script-bound replies by day) and `call_days` (calls, cues and missed cues by day and agent, and
by day and queue). A call's counts are added under its start day when it lands; when it is
scored again the counts it added before are taken off first, in the same transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mot_detect.store.schema import UNDATED, CallDayRow, CallRow, LabelRow, ReplyDayRow

ReplyKey = tuple[date, str, str]  # (day, label, phrase)
CallDayKey = tuple[str, date, str]  # (dimension, day, name)
DIMENSIONS = ("agent", "queue")


def day_of(started_at: datetime | None) -> date:
    """The UTC day a call started on (naive times are UTC in this store); UNDATED for none."""
    if started_at is None:
        return UNDATED
    if started_at.tzinfo is not None:
        started_at = started_at.astimezone(timezone.utc)
    return started_at.date()


class Change:
    """What one write does to the roll-ups: counts to add (and, on re-scoring, to take off)."""

    def __init__(self) -> None:
        self.replies: Counter[ReplyKey] = Counter()
        self.call_days: dict[CallDayKey, list[int]] = {}

    def add_call(self, values: dict[str, Any], sign: int = 1) -> None:
        """A call row's values (or, with sign -1, the ones it had) under its day, per dimension."""
        day = day_of(values["started_at"])
        cues = values["missed_cues"] + values["acknowledged_cues"]
        for dimension in DIMENSIONS:
            key = (dimension, day, values[dimension] or "")
            sums = self.call_days.setdefault(key, [0, 0, 0])
            for i, n in enumerate((1, cues, values["missed_cues"])):
                sums[i] += sign * n

    def add_replies(self, labels: Sequence[LabelRow], started_at: datetime | None) -> None:
        day = day_of(started_at)
        self.replies.update((day, row.label, row.phrase) for row in labels if row.phrase)

    def take_off_stored(self, session: Session, row: CallRow) -> None:
        """Takes off what the stored call `row` added when it was written."""
        self.add_call({name: getattr(row, name) for name in _CALL_FIELDS}, sign=-1)
        day = day_of(row.started_at)
        statement = (
            select(LabelRow.label, LabelRow.phrase, func.count())
            .where(LabelRow.call_pk == row.id, LabelRow.phrase.is_not(None))
            .group_by(LabelRow.label, LabelRow.phrase)
        )
        self.replies.subtract(
            {(day, label, phrase): n for label, phrase, n in session.execute(statement)}
        )

    def apply(self, session: Session) -> None:
        reply_rows = [
            {"day": day, "label": label, "phrase": phrase, "count": n}
            for (day, label, phrase), n in sorted(self.replies.items())
            if n != 0
        ]
        _upsert(session, ReplyDayRow, ("day", "label", "phrase"), ("count",), reply_rows)
        day_rows = [
            {"dimension": d, "day": day, "name": name, "calls": a, "cues": b, "missed_cues": c}
            for (d, day, name), (a, b, c) in sorted(self.call_days.items())
            if (a, b, c) != (0, 0, 0)
        ]
        sums = ("calls", "cues", "missed_cues")
        _upsert(session, CallDayRow, ("dimension", "day", "name"), sums, day_rows)


_CALL_FIELDS = ("started_at", "agent", "queue", "missed_cues", "acknowledged_cues")


def _upsert(
    session: Session,
    table: type[ReplyDayRow] | type[CallDayRow],
    keys: tuple[str, ...],
    sums: tuple[str, ...],
    rows: list[dict[str, Any]],
) -> None:
    """Adds each row's `sums` to the row with its `keys` (made at zero when missing), as one
    statement. Rows come sorted by key, so two writers touching the same days lock their rows
    in the same order (PostgreSQL) and cannot deadlock each other."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        insert = postgresql.insert(table)
    elif dialect == "sqlite":
        insert = sqlite.insert(table)
    else:
        raise ValueError(f"unsupported database {dialect!r}: expected sqlite or postgresql")
    columns = table.__table__.c
    statement = insert.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: columns[name] + insert.excluded[name] for name in sums},
    )
    session.execute(statement, rows)
