"""The dashboard's figures: cues and missed cues over time, by agent and by queue, and the
script-bound replies agents use most. Aggregates run in the database (SQLite or PostgreSQL);
only grouped rows come back. For a range of whole UTC days (all the dashboard asks for) they read
the per-day roll-ups the writer keeps (store/rollup.py), so a quarter of a hundred thousand calls
is a few thousand rows; any other range is counted from the calls themselves.

A cue here is a customer turn that raised a moment of truth: the detector decides each one was
either acknowledged or missed by the agent (the `acknowledged_cue` / `missed_cue` findings), so
`missed_rate` is the share of those turns the agent missed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Date, Select, cast, func, select
from sqlalchemy.orm import Session

from mot_detect.labels import AGENT_LABELS
from mot_detect.store.rollup import day_of
from mot_detect.store.schema import UNDATED, CallDayRow, CallRow, LabelRow, ReplyDayRow

TOP = 15
# Longer ranges than this (in days) are shown per week (weeks start on Monday).
DAILY_UP_TO = 92


@dataclass(frozen=True)
class Bucket:
    start: date  # the day, or the Monday of the week
    calls: int = 0
    cues: int = 0
    missed_cues: int = 0


@dataclass(frozen=True)
class GroupFigures:
    name: str
    calls: int = 0
    cues: int = 0
    missed_cues: int = 0

    @property
    def missed_rate(self) -> float | None:
        return self.missed_cues / self.cues if self.cues else None


@dataclass(frozen=True)
class ScriptReply:
    text: str  # normalised: lowercased, digits masked as '#', whitespace collapsed
    label: str
    count: int
    example: str  # one of the replies as said


@dataclass
class Dashboard:
    since: datetime | None
    until: datetime | None  # exclusive
    granularity: str  # "day" | "week"
    totals: GroupFigures
    series: list[Bucket] = field(default_factory=list)
    agents: list[GroupFigures] = field(default_factory=list)
    queues: list[GroupFigures] = field(default_factory=list)
    replies: list[ScriptReply] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        def group(g: GroupFigures) -> dict[str, Any]:
            rate = g.missed_rate
            return asdict(g) | {"missed_rate": None if rate is None else round(rate, 4)}

        return {
            "since": self.since.date().isoformat() if self.since else None,
            "until": _last_day(self.until).isoformat() if self.until else None,
            "granularity": self.granularity,
            "totals": group(self.totals),
            "series": [asdict(b) | {"start": b.start.isoformat()} for b in self.series],
            "agents": [group(g) for g in self.agents],
            "queues": [group(g) for g in self.queues],
            "replies": [asdict(r) for r in self.replies],
        }


def _last_day(until: datetime) -> date:
    """The last day a range ending (exclusive) at `until` touches."""
    return (until - timedelta(microseconds=1)).date()


def _in_range(statement: Select[Any], since: datetime | None, until: datetime | None) -> Any:
    if since is not None:
        statement = statement.where(CallRow.started_at >= since)
    if until is not None:
        statement = statement.where(CallRow.started_at < until)
    return statement


def _day(dialect: str) -> Any:
    """The UTC day a call started on, as the database computes it."""
    if dialect == "postgresql":
        return cast(func.timezone("UTC", CallRow.started_at), Date)
    return func.date(CallRow.started_at)  # SQLite keeps the time as written: UTC in this store


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _grouped(
    session: Session, key: Any, since: datetime | None, until: datetime | None
) -> dict[Any, list[int]]:
    """{key: [calls, cues, missed cues]} for the calls in the range, grouped by `key`: from the
    calls' own counts (written with each call), never by scanning their findings."""
    figures: dict[Any, list[int]] = {}
    statement = select(
        key,
        func.count(CallRow.id),
        func.sum(CallRow.missed_cues + CallRow.acknowledged_cues),
        func.sum(CallRow.missed_cues),
    ).group_by(key)
    for value, calls, cues, missed in session.execute(_in_range(statement, since, until)):
        figures[value] = [calls, int(cues or 0), int(missed or 0)]
    return figures


def _rolled_up(
    session: Session, dimension: str, key: Any, since: datetime | None, until: datetime | None
) -> dict[Any, list[int]]:
    """`_grouped` for a range of whole days, from the per-day roll-up (`call_days`) of one
    dimension, grouped by `key` (its day or its name); the roll-up's "" (no agent or queue) and
    UNDATED (no start) come back as None, as the calls' own NULLs do."""
    statement = select(
        key, func.sum(CallDayRow.calls), func.sum(CallDayRow.cues), func.sum(CallDayRow.missed_cues)
    ).where(CallDayRow.dimension == dimension)
    statement = _in_days(statement, CallDayRow.day, since, until).group_by(key)
    figures: dict[Any, list[int]] = {}
    for value, calls, cues, missed in session.execute(statement):
        if calls:
            none = value == "" or (key is CallDayRow.day and _as_date(value) == UNDATED)
            figures[None if none else value] = [int(calls), int(cues), int(missed)]
    return figures


def _top(figures: dict[Any, list[int]]) -> list[GroupFigures]:
    """The groups with the most missed cues (then the most cues, then the most calls)."""
    groups = [GroupFigures(str(k), *v) for k, v in figures.items() if k is not None]
    groups.sort(key=lambda g: (-g.missed_cues, -g.cues, -g.calls, g.name))
    return groups[:TOP]


def _series(
    by_day: dict[Any, list[int]], since: datetime | None, until: datetime | None
) -> tuple[str, list[Bucket]]:
    days = {_as_date(k): v for k, v in by_day.items() if k is not None}
    if not days:
        return "day", []
    first, last = min(days), max(days)
    # The chart spans the range asked for, cut to the days that have calls.
    if since is not None:
        first = max(first, since.date())
    if until is not None:
        last = min(last, _last_day(until))
    weekly = (last - first).days + 1 > DAILY_UP_TO
    step = timedelta(days=7 if weekly else 1)
    start = first - timedelta(days=first.weekday()) if weekly else first
    totals: dict[date, list[int]] = {}
    moment = start
    while moment <= last:
        totals[moment] = [0, 0, 0]
        moment += step
    for day, values in days.items():
        slot = day - timedelta(days=day.weekday()) if weekly else day
        if slot in totals:
            totals[slot] = [a + b for a, b in zip(totals[slot], values, strict=True)]
    return ("week" if weekly else "day"), [Bucket(d, *v) for d, v in totals.items()]


def _whole_day(moment: datetime | None) -> bool:
    """Whether `moment` is a UTC midnight (or no bound): a range the roll-up can answer."""
    if moment is None:
        return True
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.time() == time.min


def script_replies(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[ScriptReply]:
    """The agents' most frequent script-bound replies: the words each script-bound label matched
    (the whole turn where it has no span), normalised at write time (`labels.phrase`). Whole UTC
    days (what the dashboard asks for) are read from the per-day roll-up (`reply_days`); any
    other range from the labels of the calls in it."""
    if _whole_day(since) and _whole_day(until):
        return _replies_by_day(session, since, until)
    count = func.count(LabelRow.id)
    # The calls in range first (by their start), then their labels (by call): the other way
    # round reads every script-bound label to find the few in range (`label || ''` keeps SQLite
    # from choosing that way).
    statement = (
        select(LabelRow.phrase, LabelRow.label, count)
        .where(
            (LabelRow.label + "").in_(AGENT_LABELS),
            LabelRow.phrase.is_not(None),
            LabelRow.call_pk.in_(_in_range(select(CallRow.id), since, until)),
        )
        .group_by(LabelRow.phrase, LabelRow.label)
        .order_by(count.desc(), LabelRow.phrase, LabelRow.label)
        .limit(TOP)
    )
    return [
        ScriptReply(phrase, label, n, phrase) for phrase, label, n in session.execute(statement)
    ]


def _in_days(
    statement: Select[Any], day: Any, since: datetime | None, until: datetime | None
) -> Any:
    """`statement` kept to the roll-up rows (by their `day` column) of the whole days in range."""
    if since is not None:
        statement = statement.where(day >= day_of(since))
    if until is not None:
        statement = statement.where(day < day_of(until))
    if since is None and until is not None:
        statement = statement.where(day != UNDATED)  # as `started_at < until` leaves them out
    return statement


def _replies_by_day(
    session: Session, since: datetime | None, until: datetime | None
) -> list[ScriptReply]:
    count = func.sum(ReplyDayRow.count)
    statement = select(ReplyDayRow.phrase, ReplyDayRow.label, count)
    statement = (
        _in_days(statement, ReplyDayRow.day, since, until)
        .group_by(ReplyDayRow.phrase, ReplyDayRow.label)
        .having(count > 0)
        .order_by(count.desc(), ReplyDayRow.phrase, ReplyDayRow.label)
        .limit(TOP)
    )
    return [
        ScriptReply(phrase, label, int(n), phrase)
        for phrase, label, n in session.execute(statement)
    ]


def dashboard(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> Dashboard:
    """Every figure of the dashboard for calls started in [since, until) (either may be None)."""
    dialect = session.get_bind().dialect.name
    if since is not None and until is not None and until <= since:
        raise ValueError("the range ends before it starts: expected 'until' on or after 'since'")
    if _whole_day(since) and _whole_day(until):  # what the dashboard asks for: the roll-ups
        by_day = _rolled_up(session, "queue", CallDayRow.day, since, until)
        by_agent = _rolled_up(session, "agent", CallDayRow.name, since, until)
        by_queue = _rolled_up(session, "queue", CallDayRow.name, since, until)
    else:
        by_day = _grouped(session, _day(dialect).label("day"), since, until)
        by_agent = _grouped(session, CallRow.agent, since, until)
        by_queue = _grouped(session, CallRow.queue, since, until)
    granularity, series = _series(by_day, since, until)
    # Calls without a start time count in the totals (when no range is asked), not the series.
    totals = GroupFigures("all", *[sum(v[i] for v in by_day.values()) for i in range(3)])
    return Dashboard(
        since=since,
        until=until,
        granularity=granularity,
        totals=totals,
        series=series,
        agents=_top(by_agent),
        queues=_top(by_queue),
        replies=script_replies(session, since, until),
    )
