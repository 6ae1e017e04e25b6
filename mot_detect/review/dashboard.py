"""The dashboard: cues and missed cues over time, missed-cue rates by agent and by queue, and
the script-bound replies agents use most; as a page of server-drawn charts (`/dashboard`) and
as JSON (`/api/dashboard`), for an optional range of call start dates."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from mot_detect.review.auth import Reader, store_of
from mot_detect.review.charts import percent, rate_chart, time_chart
from mot_detect.review.pages import _date
from mot_detect.store.stats import Dashboard, dashboard

router = APIRouter()
DateParam = Annotated[str | None, Query(max_length=20)]


def date_range(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """`since` and `until` (YYYY-MM-DD, both days included) as [start, end) in UTC; 400 naming
    the field when one is malformed or the range ends before it starts."""
    start = _date(since, "since")
    end = _date(until, "until", end=True)
    if start is not None and end is not None and end <= start:
        raise HTTPException(400, "field 'until': expected a date on or after 'since'")
    return start, end


def _figures(request: Request, since: str | None, until: str | None) -> Dashboard:
    start, end = date_range(since, until)
    with store_of(request).sessions() as session:
        return dashboard(session, start, end)


@router.get("/dashboard")
def dashboard_page(
    request: Request, login: Reader, since: DateParam = None, until: DateParam = None
) -> Response:
    figures = _figures(request, since, until)
    top = max((r.count for r in figures.replies), default=0)
    return request.app.state.templates.TemplateResponse(
        request,
        "dashboard.html",
        {
            "login": login,
            "figures": figures,
            "since": since or "",
            "until": until or "",
            "percent": percent,
            "time_chart": time_chart(figures.series, figures.granularity),
            "agent_chart": rate_chart(figures.agents, "agent"),
            "queue_chart": rate_chart(figures.queues, "queue"),
            "reply_top": top,
        },
    )


@router.get("/api/dashboard")
def dashboard_json(
    request: Request, _login: Reader, since: DateParam = None, until: DateParam = None
) -> dict[str, Any]:
    return _figures(request, since, until).as_json()
