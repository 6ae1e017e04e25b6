"""What the pages show, computed from stored rows: the timeline of a call with its highlighted
spans, missed cues linked to the replies that missed them, and deadlines in clock time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from markupsafe import Markup, escape

from mot_detect.labels import ACKNOWLEDGED_CUE, MISSED_CUE, is_cue
from mot_detect.store.reviews import Verdict
from mot_detect.store.schema import CallRow, FindingRow, UtteranceRow


@dataclass
class FindingView:
    row: FindingRow
    current: Verdict | None = None
    deadline: DeadlineView | None = None

    @property
    def key(self) -> str:
        return self.row.finding_key

    @property
    def is_call_level(self) -> bool:
        return self.row.label in (MISSED_CUE, ACKNOWLEDGED_CUE)


@dataclass(frozen=True)
class DeadlineView:
    expression: str
    due: datetime
    said_at: datetime | None
    precision: str

    @property
    def clock(self) -> str:
        if self.precision == "day":
            return self.due.strftime("%a %d %b %Y")
        return self.due.strftime("%a %d %b %Y, %H:%M %Z").strip().rstrip(",")

    @property
    def time_left(self) -> str | None:
        """How long the customer had when they said it ("3 h 20 min"), or None if unknown."""
        if self.said_at is None:
            return None
        return human_duration(self.due - self.said_at)


@dataclass
class UtteranceView:
    row: UtteranceRow
    html: Markup
    labels: list[tuple[str, float, str]]
    findings: list[FindingView] = field(default_factory=list)
    missed_by: list[int] = field(default_factory=list)  # for a missed cue: agent replies
    misses: list[int] = field(default_factory=list)  # for an agent reply: cues it missed
    cue_state: str | None = None  # "missed" | "acknowledged"

    @property
    def anchor(self) -> str:
        return f"u-{self.row.index}"


def human_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 0:
        return "already past"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [f"{days} d"] if days else []
    if hours:
        parts.append(f"{hours} h")
    if minutes and not days:
        parts.append(f"{minutes} min")
    return " ".join(parts) or "under a minute"


def clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    total = int(seconds)
    return f"{total // 60:d}:{total % 60:02d}"


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """`text` escaped, with each labelled span in a <mark> naming its label (overlaps merged
    into the first span that starts them)."""
    out: list[str] = []
    position = 0
    for start, end, label in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        out.append(str(escape(text[position:start])))
        out.append(
            f'<mark class="lb lb-{escape(label)}" title="{escape(label)}">'
            f"{escape(text[start:end])}</mark>"
        )
        position = end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def deadline_of(
    call: CallRow, finding: FindingRow, utterance: UtteranceRow | None
) -> DeadlineView | None:
    due = _parse_time(finding.detail.get("resolved")) if finding.detail else None
    if due is None:
        return None
    said = None
    if call.started_at is not None:
        started = (
            call.started_at
            if call.started_at.tzinfo
            else call.started_at.replace(tzinfo=timezone.utc)
        )
        said = started + timedelta(
            seconds=(utterance.start if utterance and utterance.start else 0.0)
        )
    return DeadlineView(
        str(finding.detail.get("expression", "")),
        due,
        said,
        str(finding.detail.get("precision", "minute")),
    )


def timeline(call: CallRow, verdicts: dict[str, Verdict]) -> list[UtteranceView]:
    by_index = {u.index: u for u in call.utterances}
    views: dict[int, UtteranceView] = {}
    for u in call.utterances:
        spans = [
            (ls.span_start, ls.span_end, ls.label)
            for ls in u.labels
            if ls.span_start is not None and ls.span_end is not None
        ]
        labels = sorted(((ls.label, ls.score, ls.source) for ls in u.labels), key=lambda x: -x[1])
        views[u.index] = UtteranceView(u, highlighted(u.text, spans), labels)
    for f in call.findings:
        view = views.get(f.utterance)
        if view is None:
            continue
        finding = FindingView(f, verdicts.get(f.finding_key))
        if f.label == "deadline":
            finding.deadline = deadline_of(call, f, by_index.get(f.utterance))
        view.findings.append(finding)
        if f.label == MISSED_CUE:
            view.cue_state = "missed"
            view.missed_by = [r for r in f.replies if r in views]
            for reply in view.missed_by:
                views[reply].misses.append(f.utterance)
        elif f.label == ACKNOWLEDGED_CUE and view.cue_state is None:
            view.cue_state = "acknowledged"
    return [views[i] for i in sorted(views)]


def cue_count(views: list[UtteranceView]) -> int:
    return sum(1 for v in views for label, _, _ in v.labels if is_cue(label))
