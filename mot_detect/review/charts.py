"""The dashboard's charts as inline SVG, drawn on the server: no script, no style attributes (the
page's CSP forbids both); shapes carry classes that static/app.css colours, and every mark has a
<title> a pointer shows. Text is escaped."""

from __future__ import annotations

import math
from collections.abc import Sequence
from urllib.parse import urlencode

from markupsafe import Markup, escape

from mot_detect.store.stats import Bucket, GroupFigures

WIDTH = 1000  # the time chart; the rate charts sit two abreast
RATE_WIDTH = 560
NAME_CHARS = 20


def ticks(top: int, count: int = 4) -> list[int]:
    """`count` + 1 round tick values from 0 up to at least `top` (steps of 1, 2, 5 x 10^k)."""
    raw = max(top, 1) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, math.ceil(step))
    return [step * i for i in range(count + 1)]


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}%"


def _bucket_name(bucket: Bucket, granularity: str) -> str:
    return ("week of " if granularity == "week" else "") + bucket.start.isoformat()


def _path(points: list[tuple[float, float]], base: float | None = None) -> str:
    line = " L ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    if base is None:
        return f"M {line}"
    return f"M {points[0][0]:.1f},{base:.1f} L {line} L {points[-1][0]:.1f},{base:.1f} Z"


def time_chart(series: Sequence[Bucket], granularity: str) -> Markup:
    """Cues (blue area) and missed cues (red area) per day or week."""
    if not series:
        return Markup('<p class="empty">No calls started in this range.</p>')
    left, right, top_pad, bottom = 48, 20, 14, 34
    height = 280
    plot_w, plot_h = WIDTH - left - right, height - top_pad - bottom
    scale = ticks(max(b.cues for b in series))
    n = len(series)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(value: int) -> float:
        return top_pad + plot_h - plot_h * value / scale[-1]

    total_cues = sum(b.cues for b in series)
    total_missed = sum(b.missed_cues for b in series)
    summary = (
        f"Cues and missed cues per {granularity}, {series[0].start} to {series[-1].start}: "
        f"{total_cues} cues, {total_missed} missed"
    )
    out = [
        f'<svg class="chart chart-time" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(summary)}"><title>{escape(summary)}</title>'
    ]
    for value in scale:
        out.append(
            f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}"/><text class="axis-label" x="{left - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{value}</text>'
        )
    base = y(0)
    cues = [(x(i), y(b.cues)) for i, b in enumerate(series)]
    missed = [(x(i), y(b.missed_cues)) for i, b in enumerate(series)]
    if n > 1:
        out.append(f'<path class="area-cues" d="{_path(cues, base)}"/>')
        out.append(f'<path class="line-cues" d="{_path(cues)}"/>')
        out.append(f'<path class="area-missed" d="{_path(missed, base)}"/>')
        out.append(f'<path class="line-missed" d="{_path(missed)}"/>')
    if n <= 62:
        for (cx, cy), (mx, my) in zip(cues, missed, strict=True):
            out.append(f'<circle class="dot-cues" cx="{cx:.1f}" cy="{cy:.1f}" r="3"/>')
            out.append(f'<circle class="dot-missed" cx="{mx:.1f}" cy="{my:.1f}" r="3"/>')
    every = math.ceil(n / 7)
    shown = list(range(0, n, every))
    if shown[-1] != n - 1:
        if n - 1 - shown[-1] < every * 0.6 and len(shown) > 1:
            shown.pop()  # too close to the last label
        shown.append(n - 1)
    for i in shown:
        anchor = "middle" if n == 1 else "start" if i == 0 else "end" if i == n - 1 else "middle"
        out.append(
            f'<text class="axis-label" x="{x(i):.1f}" y="{height - 12}" text-anchor="{anchor}">'
            f"{series[i].start.isoformat()}</text>"
        )
    column = plot_w / max(n - 1, 1)
    for i, b in enumerate(series):
        rate = percent(b.missed_cues / b.cues if b.cues else None)
        tip = (
            f"{_bucket_name(b, granularity)}: {b.calls} calls, {b.cues} cues, "
            f"{b.missed_cues} missed ({rate})"
        )
        start = max(left, x(i) - column / 2)
        width = min(WIDTH - right, x(i) + column / 2) - start if n > 1 else plot_w
        out.append(
            f'<rect class="hover" x="{start:.1f}" y="{top_pad}" width="{width:.1f}" '
            f'height="{plot_h}"><title>{escape(tip)}</title></rect>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def _severity(rate: float | None) -> str:
    if rate is None:
        return "none"
    return "bad" if rate >= 0.5 else "warn" if rate >= 0.25 else "ok"


def rate_chart(groups: Sequence[GroupFigures], field: str) -> Markup:
    """One horizontal bar per agent or queue (`field`): the share of its cues that were missed.
    Each row links to the call list of that agent or queue's calls with missed cues."""
    if not groups:
        return Markup(f'<p class="empty">No calls with a known {escape(field)} in this range.</p>')
    row, head = 28, 22
    name_w, bar_x, bar_w = 140, 150, 260
    height = head + row * len(groups) + 4
    out = [
        f'<svg class="chart chart-rate" viewBox="0 0 {RATE_WIDTH} {height}" role="img" '
        f'aria-label="Missed-cue rate by {escape(field)}">'
        f"<title>Missed-cue rate by {escape(field)}</title>"
    ]
    for share in (0, 25, 50, 75, 100):
        gx = bar_x + bar_w * share / 100
        out.append(
            f'<line class="grid" x1="{gx:.1f}" x2="{gx:.1f}" y1="{head - 4}" y2="{height}"/>'
            f'<text class="axis-label" x="{gx:.1f}" y="{head - 8}" text-anchor="middle">'
            f"{share}%</text>"
        )
    for i, g in enumerate(groups):
        top = head + i * row
        rate = g.missed_rate
        name = g.name if len(g.name) <= NAME_CHARS else g.name[: NAME_CHARS - 1] + "…"
        detail = f"{g.missed_cues} of {g.cues} cues missed in {g.calls} calls"
        link = "/?" + urlencode({field: g.name, "missed": "1"})
        out.append(
            f'<a href="{escape(link)}" class="bar-row"><title>{escape(g.name)}: '
            f"{percent(rate)}, {escape(detail)}</title>"
            f'<text class="bar-name" x="{name_w}" y="{top + 18}" text-anchor="end">'
            f"{escape(name)}</text>"
            f'<rect class="bar-track" x="{bar_x}" y="{top + 5}" width="{bar_w}" height="16" '
            'rx="3"/>'
            f'<rect class="bar bar-{_severity(rate)}" x="{bar_x}" y="{top + 5}" '
            f'width="{bar_w * (rate or 0):.1f}" height="16" rx="3"/>'
            f'<text class="bar-value" x="{bar_x + bar_w + 8}" y="{top + 18}">'
            f'<tspan class="bar-rate">{percent(rate)}</tspan> '
            f"({g.missed_cues} of {g.cues})</text></a>"
        )
    out.append("</svg>")
    return Markup("".join(out))
