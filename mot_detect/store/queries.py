"""Reading calls back: the review list (filters, full-text search, keyset pagination in review
priority order) and one call whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    and_,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, selectinload

from mot_detect.store.schema import CallRow, FindingRow, LabelRow, UtteranceRow

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
_WORD = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True)
class CallFilter:
    """What the review list shows. Every field is optional; they combine with AND."""

    label: str | None = None  # an utterance label, or missed_cue / acknowledged_cue
    missed_only: bool = False
    since: datetime | None = None
    until: datetime | None = None
    agent: str | None = None
    queue: str | None = None
    level: str | None = None
    reviewed: bool | None = None
    search: str | None = None


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the last call's priority and row id (the list's sort key)."""

    priority: float
    id: int

    def encode(self) -> str:
        return f"{self.priority!r}_{self.id}"

    @classmethod
    def decode(cls, value: str) -> Cursor:
        try:
            priority, row_id = value.rsplit("_", 1)
            return cls(float(priority), int(row_id))
        except ValueError as exc:
            raise ValueError(
                f"cursor {value!r}: expected the 'next' value of a previous page"
            ) from exc


@dataclass
class CallPage:
    calls: list[CallRow]
    next: Cursor | None
    filters: CallFilter = field(default_factory=CallFilter)


def search_terms(query: str) -> list[str]:
    """The words of a search box, without any query syntax (the user types words, not FTS)."""
    words = (word.strip("'") for word in _WORD.findall(query.lower()))
    return [word for word in words if word][:20]


def _search_clause(dialect: str, query: str) -> Any:
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        phrase = " ".join('"' + term.replace('"', "") + '"' for term in terms)
        # `id + 0`, which no index answers: the matches are a set each call is tested against
        # while an index walks the list in its order, never rows to fetch and sort first (a
        # common word is in nearly every call).
        return (CallRow.id + 0).in_(
            select(literal_column("rowid"))
            .select_from(text("call_search"))
            .where(text("call_search MATCH :phrase").bindparams(phrase=phrase))
        )
    return text("calls.search @@ plainto_tsquery('english', :words)").bindparams(
        words=" ".join(terms)
    )


def filtered(statement: Select[Any], filters: CallFilter, dialect: str) -> Select[Any]:
    conditions: list[Any] = []
    if filters.label:
        conditions.append(
            exists().where(FindingRow.call_pk == CallRow.id, FindingRow.label == filters.label)
            if filters.label in ("missed_cue", "acknowledged_cue")
            else exists().where(LabelRow.call_pk == CallRow.id, LabelRow.label == filters.label)
        )
    if filters.missed_only:
        conditions.append(CallRow.missed_cues > 0)
    if filters.since is not None:
        conditions.append(CallRow.started_at >= filters.since)
    if filters.until is not None:
        conditions.append(CallRow.started_at < filters.until)
    if filters.agent:
        conditions.append(CallRow.agent == filters.agent)
    if filters.queue:
        conditions.append(CallRow.queue == filters.queue)
    if filters.level:
        conditions.append(CallRow.level == filters.level)
    if filters.reviewed is not None:
        conditions.append(
            CallRow.reviewed_at.is_not(None) if filters.reviewed else CallRow.reviewed_at.is_(None)
        )
    if filters.search:
        clause = _search_clause(dialect, filters.search)
        if clause is not None:
            conditions.append(clause)
    return statement.where(and_(*conditions)) if conditions else statement


def list_calls(
    session: Session,
    filters: CallFilter | None = None,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> CallPage:
    """One page of calls, riskiest first (priority, then newest row), after `after`."""
    filters = filters or CallFilter()
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    dialect = session.get_bind().dialect.name
    statement = filtered(select(CallRow), filters, dialect)
    if after is not None:
        statement = statement.where(
            or_(
                CallRow.priority < after.priority,
                and_(CallRow.priority == after.priority, CallRow.id < after.id),
            )
        )
    statement = statement.order_by(CallRow.priority.desc(), CallRow.id.desc()).limit(limit + 1)
    rows = list(session.scalars(statement))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = Cursor(rows[-1].priority, rows[-1].id) if more and rows else None
    return CallPage(rows, cursor, filters)


def get_call(session: Session, call_id: str) -> CallRow | None:
    """A call with its utterances, their labels, and its findings."""
    return session.scalar(
        select(CallRow)
        .where(CallRow.call_id == call_id)
        .options(
            selectinload(CallRow.utterances).selectinload(UtteranceRow.labels),
            selectinload(CallRow.findings),
        )
    )


def distinct_values(session: Session, column: Any, limit: int = 500) -> list[str]:
    """The values of an indexed call column seen in the store, in order (for the agent and queue
    filters): one index lookup per value (each the smallest above the last), never a pass over
    every call."""
    seen = select(func.min(column).label("value"), literal(1, Integer).label("n")).cte(
        "seen", recursive=True
    )
    following = select(func.min(column)).where(column > seen.c.value).scalar_subquery()
    seen = seen.union_all(
        select(following, seen.c.n + 1).where(seen.c.value.is_not(None), seen.c.n < limit)
    )
    return list(session.scalars(select(seen.c.value).where(seen.c.value.is_not(None))))
