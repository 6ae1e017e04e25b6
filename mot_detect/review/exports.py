"""Exports of the reviews: the reviewed utterances as the classifier's training rows (JSON Lines)
and a report of every verdict (CSV), both streamed a batch of calls at a time; each download is
written to the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import func, select

from mot_detect.review.auth import Reader, store_of
from mot_detect.review.dashboard import DateParam, date_range
from mot_detect.store.database import Store
from mot_detect.store.export import report_csv, training_jsonl
from mot_detect.store.schema import CallReviewRow, ReviewRow
from mot_detect.store.users import LoginSession, audit

router = APIRouter()


@router.get("/exports")
def exports_page(
    request: Request, login: Reader, since: DateParam = None, until: DateParam = None
) -> Response:
    date_range(since, until)
    with store_of(request).sessions() as session:
        verdicts = session.scalar(select(func.count(ReviewRow.id))) or 0
        call_reviews = session.scalar(select(func.count(CallReviewRow.id))) or 0
        reviewed = (
            session.scalar(
                select(func.count()).select_from(
                    select(ReviewRow.call_pk).union(select(CallReviewRow.call_pk)).subquery()
                )
            )
            or 0
        )
    return request.app.state.templates.TemplateResponse(
        request,
        "exports.html",
        {
            "login": login,
            "since": since or "",
            "until": until or "",
            "verdicts": verdicts,
            "call_reviews": call_reviews,
            "reviewed": reviewed,
        },
    )


def _download(
    request: Request,
    login: LoginSession,
    name: str,
    media_type: str,
    chunks: Callable[[Store, datetime | None, datetime | None], Iterator[str]],
    since: str | None,
    until: str | None,
) -> StreamingResponse:
    start, end = date_range(since, until)
    store = store_of(request)
    detail: dict[str, Any] = {"since": since or None, "until": until or None}
    with store.transaction() as session:
        audit(session, login.user.id, "export", name, detail)
    return StreamingResponse(
        chunks(store, start, end),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/exports/reviews.jsonl")
def export_reviews(
    request: Request, login: Reader, since: DateParam = None, until: DateParam = None
) -> StreamingResponse:
    """The reviewed utterances as training rows (one JSON object a line)."""
    return _download(
        request, login, "reviews.jsonl", "application/x-ndjson", training_jsonl, since, until
    )


@router.get("/exports/report.csv")
def export_report(
    request: Request, login: Reader, since: DateParam = None, until: DateParam = None
) -> StreamingResponse:
    """Every reviewed finding, label marked missed and call review, one CSV row each."""
    return _download(
        request, login, "report.csv", "text/csv; charset=utf-8", report_csv, since, until
    )
