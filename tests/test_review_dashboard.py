"""The dashboard (`/dashboard`, `/api/dashboard`, store/stats.py) on SQLite and PostgreSQL: its
figures checked against counts made here from the scored calls themselves, the charts drawn from
them, the date range, and the login every route needs."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from review_support import (
    EXAMPLES,
    example_call,
    quick_user,
    review_client,
    session_for,
    variant_calls,
)
from sqlalchemy import select

from mot_detect.io.readers import load_calls
from mot_detect.labels import ACKNOWLEDGED_CUE, AGENT_LABELS, MISSED_CUE
from mot_detect.pipeline import Detector
from mot_detect.store.calls import ScoredBy, finding_key, normalise_reply, save_call
from mot_detect.store.database import Store, open_store
from mot_detect.store.stats import TOP, dashboard
from mot_detect.types import Call

AIRLINE = "ex-airline-01"
# An agent reply of the airline call, said again in other calls with other digits, case and spaces.
SCRIPT_REPLY = 17
REPLY_VARIANTS = (
    "I'M KEVIN,  agent ID 2231. Your call is important to us.   I'll transfer you now.",
    "i'm kevin, agent id 7.\tyour call is important to us. i'll transfer you now.",
)


def _extra_calls(detector: Detector) -> list[Call]:
    """Calls beside the 24 variants: two that repeat a script-bound reply with other digits and
    spacing (agent "dee"), and one without a start time or an agent."""
    calls = []
    for k, text in enumerate(REPLY_VARIANTS):
        (airline,) = load_calls(EXAMPLES / "airline_rebooking_funeral_missed.json")
        airline.utterances[SCRIPT_REPLY].text = text
        call = dataclasses.replace(
            airline,
            call_id=f"{AIRLINE}-said-{k}",
            metadata={"agent": "dee", "queue": "billing"},
            started_at=datetime(2027, 6, 7 + k, 15, 30, tzinfo=timezone.utc),
        )
        calls.append(detector.score_call(call))
    control = example_call(detector, "ex-address-01")
    calls.append(
        dataclasses.replace(control, call_id="no-start", started_at=None, metadata={"x": 1})
    )
    return calls


def all_calls(detector: Detector) -> list[Call]:
    return list(variant_calls(detector)) + _extra_calls(detector)


@pytest.fixture
def store(store_url: str, detector: Detector) -> Iterator[Store]:
    store = open_store(store_url)
    scored_by = ScoredBy.of(detector)
    for call in all_calls(detector):
        save_call(store, call, scored_by)
    yield store
    store.close()


# ---- the figures, counted from the calls ----


def _figures(call: Call) -> tuple[int, int, int]:
    """(calls, cues, missed cues) of one call: a cue is a customer turn the detector found
    acknowledged or missed (one finding per turn and decision, as the store keeps them)."""
    keys = {finding_key(f): f.label for f in call.findings}
    missed = sum(1 for label in keys.values() if label == MISSED_CUE)
    acknowledged = sum(1 for label in keys.values() if label == ACKNOWLEDGED_CUE)
    return 1, missed + acknowledged, missed


def _utc_day(call: Call) -> date:
    assert call.started_at is not None
    return call.started_at.astimezone(timezone.utc).date()


def _in(call: Call, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if call.started_at is None:
        return False
    return (since is None or _utc_day(call) >= since) and (until is None or _utc_day(call) <= until)


def _sum(calls: list[Call]) -> list[int]:
    return [sum(_figures(c)[i] for c in calls) for i in range(3)]


def _by(calls: list[Call], key: str) -> list[tuple[str, int, int, int]]:
    groups: dict[str, list[Call]] = defaultdict(list)
    for call in calls:
        if call.metadata.get(key):
            groups[call.metadata[key]].append(call)
    rows = [(name, *_sum(members)) for name, members in groups.items()]
    rows.sort(key=lambda r: (-r[3], -r[2], -r[1], r[0]))
    return [(n, a, b, c) for n, a, b, c in rows[:TOP]]


def _replies(calls: list[Call], since: date | None, until: date | None) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for call in calls:
        if not _in(call, since, until):
            continue
        for u in call.utterances:
            if u.speaker != "agent":
                continue
            for ls in u.labels:
                if ls.label in AGENT_LABELS:
                    # The words the label matched (the whole turn without a span).
                    said = u.text[ls.span[0] : ls.span[1]] if ls.span else u.text
                    counts[(" ".join(re.sub(r"[0-9]+", "#", said.lower()).split()), ls.label)] += 1
    return counts


def _expected(detector: Detector, since: date | None, until: date | None) -> dict[str, object]:
    calls = [c for c in all_calls(detector) if _in(c, since, until)]
    days = [_utc_day(c) for c in calls if c.started_at is not None]
    first = max(min(days), since) if since else min(days)
    last = min(max(days), until) if until else max(days)
    weekly = (last - first).days + 1 > 92
    start = first - timedelta(days=first.weekday()) if weekly else first
    step = timedelta(days=7 if weekly else 1)
    buckets = {}
    while start <= last:
        buckets[start] = [0, 0, 0]
        start += step
    for call in calls:
        if call.started_at is None:
            continue
        day = _utc_day(call)
        slot = day - timedelta(days=day.weekday()) if weekly else day
        buckets[slot] = [a + b for a, b in zip(buckets[slot], _figures(call), strict=True)]
    return {
        "granularity": "week" if weekly else "day",
        "totals": _sum(calls),
        "series": [(d, *v) for d, v in buckets.items()],
        "agents": _by(calls, "agent"),
        "queues": _by(calls, "queue"),
    }


def _as_tuples(groups: list) -> list[tuple[str, int, int, int]]:
    return [(g.name, g.calls, g.cues, g.missed_cues) for g in groups]


@pytest.mark.parametrize(
    ("since", "until"),
    [(None, None), (date(2026, 2, 1), date(2026, 4, 15)), (date(2026, 5, 1), None)],
    ids=["everything", "ten-weeks", "from-may"],
)
def test_figures_match_the_calls(
    store: Store, detector: Detector, since: date | None, until: date | None
) -> None:
    def utc(day: date | None, later: int = 0) -> datetime | None:
        if day is None:
            return None
        return datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(days=later)

    with store.sessions() as session:
        figures = dashboard(session, utc(since), utc(until, 1))
    expected = _expected(detector, since, until)
    assert figures.granularity == expected["granularity"]
    assert [figures.totals.calls, figures.totals.cues, figures.totals.missed_cues] == expected[
        "totals"
    ]
    assert [(b.start, b.calls, b.cues, b.missed_cues) for b in figures.series] == expected["series"]
    assert _as_tuples(figures.agents) == expected["agents"]
    assert _as_tuples(figures.queues) == expected["queues"]
    counts = _replies(all_calls(detector), since, until)
    assert [(r.text, r.label, r.count) for r in figures.replies] == [
        (text, label, n)
        for (text, label), n in sorted(counts.items(), key=lambda kv: (-kv[1], *kv[0]))[:TOP]
    ]
    for reply in figures.replies:  # the example is one of the replies as said
        assert normalise_reply(reply.example) == reply.text


def test_a_reply_said_with_other_digits_and_spacing_is_one_reply(
    store: Store, detector: Detector
) -> None:
    said = [c for c in _extra_calls(detector) if c.call_id.startswith(f"{AIRLINE}-said")]
    labels = [set(c.utterances[SCRIPT_REPLY].label_names) for c in said]
    assert labels[0] == labels[1] and {"hold_script", "transfer"} <= labels[0]
    since = datetime(2027, 6, 1, tzinfo=timezone.utc)
    with store.sessions() as session:
        figures = dashboard(session, since, since + timedelta(days=30))
    assert figures.totals.calls == 2
    # The same words said with other digits and spacing count as one reply, per label.
    first = said[0].utterances[SCRIPT_REPLY]
    expected = {
        (
            normalise_reply(first.text[ls.span[0] : ls.span[1]] if ls.span else first.text),
            ls.label,
            2,
        )
        for ls in first.labels
        if ls.label in ("hold_script", "transfer")
    }
    assert len(expected) == 2
    assert {(r.text, r.label, r.count) for r in figures.replies} >= expected
    assert [a.name for a in figures.agents] == ["dee"] and figures.granularity == "day"
    assert [(b.start.day, b.calls) for b in figures.series] == [(7, 1), (8, 1)]


def test_an_empty_store_has_zero_figures(store_url: str) -> None:
    store = open_store(store_url)
    try:
        with store.sessions() as session:
            figures = dashboard(session)
        assert figures.series == [] and figures.agents == [] and figures.replies == []
        assert figures.as_json()["totals"] == {
            "name": "all",
            "calls": 0,
            "cues": 0,
            "missed_cues": 0,
            "missed_rate": None,
        }
    finally:
        store.close()


# ---- the page and the API ----


def test_the_api_gives_the_figures_as_json(
    store: Store, detector: Detector, tmp_path: Path
) -> None:
    user = quick_user(store, "dana")
    with review_client(store, detector, tmp_path / "rec") as client:
        session_for(client, store, user)
        answer = client.get("/api/dashboard", params={"since": "2026-02-01", "until": "2026-04-15"})
        assert answer.status_code == 200
        body = answer.json()
    expected = _expected(detector, date(2026, 2, 1), date(2026, 4, 15))
    assert (body["since"], body["until"], body["granularity"]) == (
        "2026-02-01",
        "2026-04-15",
        "day",
    )
    totals = body["totals"]
    assert [totals["calls"], totals["cues"], totals["missed_cues"]] == expected["totals"]
    assert totals["missed_rate"] == round(totals["missed_cues"] / totals["cues"], 4)
    assert [(b["start"], b["calls"], b["cues"], b["missed_cues"]) for b in body["series"]] == [
        (d.isoformat(), *v) for d, *v in expected["series"]
    ]
    assert [(a["name"], a["calls"], a["cues"], a["missed_cues"]) for a in body["agents"]] == (
        expected["agents"]
    )
    assert {r["label"] for r in body["replies"]} <= set(AGENT_LABELS)


def test_the_page_draws_the_figures(store: Store, detector: Detector, tmp_path: Path) -> None:
    user = quick_user(store, "dana")
    with review_client(store, detector, tmp_path / "rec") as client:
        session_for(client, store, user)
        page = client.get("/dashboard")
    assert page.status_code == 200
    html = page.text
    expected = _expected(detector, None, None)
    calls, cues, missed = expected["totals"]  # type: ignore[misc]
    assert f'id="total-calls">{calls}<' in html and f'id="total-missed">{missed}<' in html
    assert f'id="total-rate">{missed / cues * 100:.0f}%<' in html
    assert html.count('<svg class="chart chart-time"') == 1
    assert html.count('<svg class="chart chart-rate"') == 2
    # One pointer title per week, saying its figures.
    series = expected["series"]
    assert isinstance(series, list)
    for start, n_calls, n_cues, n_missed in series:
        assert (
            f"week of {start.isoformat()}: {n_calls} calls, {n_cues} cues, {n_missed} missed"
            in (html)
        )
    # A bar per agent and per queue, linking to its calls with missed cues.
    for name, _, n_cues, n_missed in expected["agents"] + expected["queues"]:  # type: ignore[operator]
        assert f"({n_missed} of {n_cues})" in html
        field = "agent" if name in ("ana", "ben", "cho", "dee") else "queue"
        assert f'href="/?{field}={name}&amp;missed=1"' in html
    assert html.count('<rect class="count-fill"') == TOP
    # The page's CSP allows no inline style or script.
    assert " style=" not in html and "<style" not in html
    assert "<script>" not in html and "<script " not in html


def test_an_empty_range_says_so(store: Store, detector: Detector, tmp_path: Path) -> None:
    user = quick_user(store, "dana")
    with review_client(store, detector, tmp_path / "rec") as client:
        session_for(client, store, user)
        page = client.get("/dashboard?since=2030-01-01&until=2030-01-31")
        figures = client.get("/api/dashboard?since=2030-01-01&until=2030-01-31").json()
    assert page.status_code == 200 and "No calls started in this range." in page.text
    assert figures["totals"]["calls"] == 0 and figures["series"] == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=2026-02-30", "field 'since': expected a date as YYYY-MM-DD"),
        ("until=yesterday", "field 'until': expected a date as YYYY-MM-DD"),
        ("since=2026-03-01&until=2026-02-01", "field 'until': expected a date on or after"),
    ],
)
def test_a_malformed_range_is_refused(
    store: Store, detector: Detector, tmp_path: Path, query: str, message: str
) -> None:
    user = quick_user(store, "dana")
    with review_client(store, detector, tmp_path / "rec") as client:
        session_for(client, store, user)
        page = client.get(f"/dashboard?{query}")
        api = client.get(f"/api/dashboard?{query}")
    assert page.status_code == 400 and message in page.text.replace("&#39;", "'")
    assert api.status_code == 400 and message in api.json()["error"]


def test_the_dashboard_needs_a_login(store: Store, detector: Detector, tmp_path: Path) -> None:
    with review_client(store, detector, tmp_path / "rec") as client:
        page = client.get("/dashboard?since=2026-01-01")
        api = client.get("/api/dashboard")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fdashboard%3Fsince%3D2026-01-01"
    assert api.status_code == 401 and api.json() == {"error": "login required"}


def test_names_are_escaped_in_the_charts(
    store_url: str, detector: Detector, tmp_path: Path
) -> None:
    hostile = '<img src=x onerror="alert(1)">'
    call = dataclasses.replace(
        example_call(detector, AIRLINE),
        call_id="hostile",
        metadata={"agent": hostile, "queue": "q&a"},
    )
    store = open_store(store_url)
    try:
        save_call(store, call, ScoredBy.of(detector))
        user = quick_user(store, "dana")
        with review_client(store, detector, tmp_path / "rec") as client:
            session_for(client, store, user)
            html = client.get("/dashboard").text
            agents = client.get("/api/dashboard").json()["agents"]
    finally:
        store.close()
    assert [a["name"] for a in agents] == [hostile]
    assert "<img" not in html and "&lt;img src=x onerror=" in html
    assert ">q&amp;a</text>" in html and "queue=q%26a&amp;missed=1" in html


# ---- the per-day roll-up of script-bound replies (reply_days) ----


def _roll_ups(store: Store) -> dict[str, dict[tuple, tuple]]:
    """The stored roll-ups, rows that count nothing left out."""
    from mot_detect.store.schema import CallDayRow, ReplyDayRow

    with store.sessions() as session:
        replies = session.execute(
            select(ReplyDayRow.day, ReplyDayRow.label, ReplyDayRow.phrase, ReplyDayRow.count)
        )
        days = session.execute(
            select(
                CallDayRow.dimension,
                CallDayRow.day,
                CallDayRow.name,
                CallDayRow.calls,
                CallDayRow.cues,
                CallDayRow.missed_cues,
            )
        )
        return {
            "reply_days": {(d, label, phrase): (n,) for d, label, phrase, n in replies if n},
            "call_days": {(dim, d, name): tuple(sums) for dim, d, name, *sums in days if any(sums)},
        }


def _recounted(store: Store) -> dict[str, dict[tuple, tuple]]:
    """The roll-ups as they should be, counted here from the stored calls and labels by each
    call's UTC day."""
    from mot_detect.store.schema import CallRow, LabelRow

    def day(started: datetime | None) -> date:
        if started is None:
            return date(1, 1, 1)
        return (started.astimezone(timezone.utc) if started.tzinfo else started).date()

    replies: Counter[tuple] = Counter()
    days: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    with store.sessions() as session:
        for started, label, phrase in session.execute(
            select(CallRow.started_at, LabelRow.label, LabelRow.phrase)
            .join(CallRow, CallRow.id == LabelRow.call_pk)
            .where(LabelRow.phrase.is_not(None))
        ):
            replies[(day(started), label, phrase)] += 1
        for call in session.scalars(select(CallRow)):
            for dimension in ("agent", "queue"):
                sums = days[(dimension, day(call.started_at), getattr(call, dimension) or "")]
                cues = call.missed_cues + call.acknowledged_cues
                for i, n in enumerate((1, cues, call.missed_cues)):
                    sums[i] += n
    assert replies and days, "the calls have replies and days to count"
    return {
        "reply_days": {key: (n,) for key, n in replies.items()},
        "call_days": {key: tuple(sums) for key, sums in days.items()},
    }


def _rescore_some(store: Store, detector: Detector) -> None:
    """Scores three stored calls again: one moved to another day, one with a script-bound reply
    reworded, and the undated one given a start."""
    scored_by = ScoredBy.of(detector)
    calls = {c.call_id: c for c in all_calls(detector)}
    moved = calls[f"{AIRLINE}-said-0"]
    save_call(
        store,
        dataclasses.replace(moved, started_at=datetime(2027, 7, 1, 23, 59, tzinfo=timezone.utc)),
        scored_by,
    )
    reworded = calls[f"{AIRLINE}-said-1"]
    reworded.utterances[
        SCRIPT_REPLY
    ].text = "Thank you for holding. Please hold while I transfer you."
    save_call(store, detector.score_call(reworded), scored_by)
    dated = calls["no-start"]
    save_call(
        store,
        dataclasses.replace(
            dated, started_at=datetime(2027, 7, 2, 1, tzinfo=timezone(timedelta(hours=5)))
        ),
        scored_by,
    )


def test_the_roll_up_follows_each_call_written_and_scored_again(
    store: Store, detector: Detector
) -> None:
    assert _roll_ups(store) == _recounted(store)
    before = _roll_ups(store)
    _rescore_some(store, detector)
    after = _roll_ups(store)
    assert after == _recounted(store)
    assert after["reply_days"] != before["reply_days"]
    assert after["call_days"] != before["call_days"]
    # The undated call, now started at 01:00 +05:00 on 2 July, is counted on its UTC day.
    assert ("queue", date(2027, 7, 1), "") in after["call_days"]
    assert not any(day == date(1, 1, 1) for day, _, _ in after["reply_days"])
    assert not any(day == date(1, 1, 1) for _, day, _ in after["call_days"])


@pytest.mark.parametrize(
    ("since", "until"),
    [
        (None, None),
        (date(2026, 2, 1), date(2026, 4, 15)),
        (date(2026, 5, 1), None),
        (None, date(2027, 6, 7)),
        (date(2027, 6, 8), date(2027, 7, 1)),
    ],
)
def test_the_roll_ups_give_the_figures_the_calls_give(
    store: Store, detector: Detector, since: date | None, until: date | None
) -> None:
    """Whole days are read from the roll-ups; a range a microsecond short of them from the calls
    and labels in range. No call starts in that microsecond, so both answers must agree."""

    _rescore_some(store, detector)
    start = None if since is None else datetime.combine(since, datetime.min.time(), timezone.utc)
    end = (
        None
        if until is None
        else datetime.combine(until, datetime.min.time(), timezone.utc) + timedelta(days=1)
    )
    tick = timedelta(microseconds=1)
    with store.sessions() as session:
        rolled_up = dashboard(session, start, end).as_json()
        if start is None and end is None:
            # (After the re-scoring no call is undated, so "from 1970" is every call too.)
            counted = dashboard(session, datetime(1970, 1, 1, 0, 0, 1, tzinfo=timezone.utc))
        else:
            counted = dashboard(
                session, start + tick if start else None, end - tick if end else None
            )
    assert rolled_up["replies"] and rolled_up["agents"], "the range has calls and replies"
    assert rolled_up == counted.as_json() | {"since": rolled_up["since"]}


def test_the_migration_fills_the_roll_up_from_the_stored_labels(
    store: Store, detector: Detector
) -> None:
    from alembic import command

    from mot_detect.store.database import _alembic_config, current_revision, upgrade

    _rescore_some(store, detector)
    expected = _recounted(store)
    with store.engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0005")
    assert current_revision(store.engine) == "0005"
    upgrade(store.engine)
    assert _roll_ups(store) == expected
