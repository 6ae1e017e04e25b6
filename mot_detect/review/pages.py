"""The review pages: the call list (riskiest first) and a call's page with its review forms."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS
from mot_detect.review.auth import Reader, Writer, store_of
from mot_detect.review.views import clock, cue_count, timeline
from mot_detect.store.queries import (
    PAGE_SIZE,
    CallFilter,
    Cursor,
    distinct_values,
    get_call,
    list_calls,
)
from mot_detect.store.reviews import (
    ReviewError,
    call_reviews,
    current_verdicts,
    history,
    mark_missed,
    review_call,
    review_finding,
)
from mot_detect.store.schema import HANDLED, CallRow, LabelRow, RecordingRow

router = APIRouter()
LEVELS = ("low", "medium", "high", "critical")
FILTER_LABELS = UTTERANCE_LABELS + CALL_FINDINGS


def _date(value: str | None, field: str, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise HTTPException(400, f"field '{field}': expected a date as YYYY-MM-DD") from exc
    moment = datetime.combine(day, time.min, tzinfo=timezone.utc)
    return moment + timedelta(days=1) if end else moment


def call_filter(
    label: str | None,
    missed: bool,
    since: str | None,
    until: str | None,
    agent: str | None,
    queue: str | None,
    level: str | None,
    reviewed: str | None,
    q: str | None,
) -> CallFilter:
    """The list's query parameters as a filter; 400 naming the field that is wrong."""
    if label and label not in FILTER_LABELS:
        raise HTTPException(400, f"field 'label': expected one of {', '.join(FILTER_LABELS)}")
    if level and level not in LEVELS:
        raise HTTPException(400, f"field 'level': expected one of {', '.join(LEVELS)}")
    if reviewed not in (None, "", "yes", "no"):
        raise HTTPException(400, "field 'reviewed': expected yes, no or nothing")
    return CallFilter(
        label=label or None,
        missed_only=missed,
        since=_date(since, "since"),
        until=_date(until, "until", end=True),
        agent=agent or None,
        queue=queue or None,
        level=level or None,
        reviewed=None if not reviewed else reviewed == "yes",
        search=(q or "").strip() or None,
    )


def labels_by_call(session: Session, calls: list[CallRow]) -> dict[int, list[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    if calls:
        rows = session.execute(
            select(LabelRow.call_pk, LabelRow.label)
            .where(LabelRow.call_pk.in_([c.id for c in calls]))
            .distinct()
        )
        for call_pk, label in rows:
            found[call_pk].add(label)
    order = {label: i for i, label in enumerate(UTTERANCE_LABELS)}
    return {pk: sorted(labels, key=order.__getitem__) for pk, labels in found.items()}


def decode_cursor(after: str | None) -> Cursor | None:
    if not after:
        return None
    try:
        return Cursor.decode(after)
    except ValueError as exc:
        raise HTTPException(400, f"field 'after': {exc}") from exc


@dataclass(frozen=True)
class ListQuery:
    """The call list's query string: its filter, where the page starts, its size, and the
    parameters to carry into the next page's link."""

    filters: CallFilter
    after: Cursor | None
    limit: int
    params: dict[str, str]


def list_query(
    label: str | None = None,
    missed: bool = False,
    since: str | None = None,
    until: str | None = None,
    agent: Annotated[str | None, Query(max_length=200)] = None,
    queue: Annotated[str | None, Query(max_length=200)] = None,
    level: str | None = None,
    reviewed: str | None = None,
    q: Annotated[str | None, Query(max_length=500)] = None,
    after: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = PAGE_SIZE,
) -> ListQuery:
    """The list's parameters (the page and `/api/calls` share them); 400 naming a bad one."""
    given = {
        "label": label,
        "missed": "1" if missed else None,
        "since": since,
        "until": until,
        "agent": agent,
        "queue": queue,
        "level": level,
        "reviewed": reviewed,
        "q": q,
    }
    return ListQuery(
        call_filter(label, missed, since, until, agent, queue, level, reviewed, q),
        decode_cursor(after),
        limit,
        {k: v for k, v in given.items() if v},
    )


ListParams = Annotated[ListQuery, Depends(list_query)]


@router.get("/")
def call_list(request: Request, login: Reader, query: ListParams) -> Response:
    params = query.params
    with store_of(request).sessions() as session:
        page = list_calls(session, query.filters, query.after, query.limit)
        labels = labels_by_call(session, page.calls)
        agents = distinct_values(session, CallRow.agent)
        queues = distinct_values(session, CallRow.queue)
    next_url = (
        "/?" + urlencode(params | {"after": page.next.encode()}) if page.next is not None else None
    )
    return request.app.state.templates.TemplateResponse(
        request,
        "calls.html",
        {
            "login": login,
            "page": page,
            "labels": labels,
            "params": params,
            "next_url": next_url,
            "first_url": "/?" + urlencode(params) if query.after else None,
            "agents": agents,
            "queues": queues,
            "levels": LEVELS,
            "filter_labels": FILTER_LABELS,
        },
    )


def _call_or_404(session: Session, call_id: str) -> CallRow:
    call = get_call(session, call_id)
    if call is None:
        raise HTTPException(404, f"no call {call_id!r} in the store")
    return call


def call_context(session: Session, call: CallRow) -> dict[str, Any]:
    verdicts = current_verdicts(session, call)
    views = timeline(call, verdicts)
    recording = session.scalar(select(RecordingRow).where(RecordingRow.call_pk == call.id))
    missed_marks = [v for key, v in verdicts.items() if key.startswith("missed@")]
    return {
        "call": call,
        "views": views,
        "cue_total": cue_count(views),
        "history": history(session, call),
        "call_reviews": call_reviews(session, call),
        "missed_marks": missed_marks,
        "recording": recording,
        "clock": clock,
        "labels": UTTERANCE_LABELS,
        "call_findings": CALL_FINDINGS,
        "handled_choices": HANDLED,
    }


@router.get("/calls/{call_id}")
def call_page(request: Request, call_id: str, login: Reader) -> Response:
    with store_of(request).sessions() as session:
        context = call_context(session, _call_or_404(session, call_id))
    return request.app.state.templates.TemplateResponse(
        request, "call.html", {"login": login} | context
    )


def _back(call_id: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/calls/{quote(call_id, safe='')}{anchor}", status_code=303)


@router.post("/calls/{call_id}/findings/{key}")
def post_finding_review(
    request: Request,
    call_id: str,
    key: str,
    login: Writer,
    verdict: Annotated[str, Form(max_length=20)],
    label: Annotated[str | None, Form(max_length=40)] = None,
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            done = review_finding(session, call, key, verdict, login.user, label or None, note)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return _back(call_id, f"#u-{done.utterance}")


@router.post("/calls/{call_id}/missed")
def post_missed_label(
    request: Request,
    call_id: str,
    login: Writer,
    utterance: Annotated[int, Form()],
    label: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            mark_missed(session, call, utterance, label, login.user, note)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return _back(call_id, f"#u-{utterance}")


@router.post("/calls/{call_id}/review")
def post_call_review(
    request: Request,
    call_id: str,
    login: Writer,
    handled: Annotated[str, Form(max_length=10)],
    should_have: Annotated[str, Form(max_length=4000)] = "",
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            review_call(session, call, handled, should_have, note, login.user)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return _back(call_id, "#call-review")
