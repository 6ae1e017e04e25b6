"""The readable terminal report: one panel per call, built as rich renderables.

This module builds what is shown; only the CLI prints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mot_detect.evaluate import Evaluation
from mot_detect.labels import ACKNOWLEDGED_CUE, MISSED_CUE, is_agent_label, is_cue
from mot_detect.types import Call, Finding

_LEVEL_STYLE = {"high": "bold red", "medium": "yellow", "low": "green"}

# Control characters in a transcript (an escape sequence can recolour, clear or retitle a
# terminal) are shown as the Unicode control pictures, one character for one, so spans still fit.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_CONTROL_PICTURES |= {0x7F: 0x2421} | {code: 0xFFFD for code in range(0x80, 0xA0)}


def printable(text: str) -> str:
    """`text` safe to show on a terminal: control characters made visible, length unchanged."""
    return text.translate(_CONTROL_PICTURES)


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def call_report(call: Call) -> RenderableType:
    score = call.score
    title = Text(printable(call.call_id), style="bold")
    if score is not None:
        title.append(f"  priority {score.priority:.0f} ", style=_LEVEL_STYLE[score.level])
        title.append(f"{score.level.upper()}", style=_LEVEL_STYLE[score.level])
        title.append(f"  stakes {score.stakes:.2f} · handling {score.handling:.2f}", style="dim")
    parts: list[RenderableType] = []
    if call.redaction is not None and call.redaction["policy"] == "none":
        parts.append(Text("not redacted (--redact none)", style="bold red"))
    deadlines = [f for f in call.findings if f.label == "deadline" and f.detail.get("expression")]
    for finding in deadlines:
        when = _friendly_time(finding.detail.get("resolved"))
        parts.append(
            Text.assemble(
                ("Deadline ", "bold magenta"),
                f"“{printable(finding.text or '')}” → ",
                (when, "magenta"),
            )
        )
    flagged = [u for u in call.utterances if u.labels]
    if flagged:
        table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
        table.add_column("#", justify="right", style="dim")
        table.add_column("time", style="dim")
        table.add_column("speaker")
        table.add_column("labels")
        table.add_column("text", ratio=1)
        for utterance in flagged:
            labels = Text()
            for ls in utterance.labels:
                style = "cyan" if is_cue(ls.label) else "red" if is_agent_label(ls.label) else ""
                labels.append(f"{ls.label} ", style=style)
            table.add_row(
                str(utterance.index),
                clock(utterance.start),
                utterance.speaker,
                labels,
                _highlighted(utterance.text, [ls.span for ls in utterance.labels if ls.span]),
            )
        parts.append(table)
    else:
        parts.append(Text("No moments of truth or script-bound replies found.", style="dim"))
    missed = [f for f in call.findings if f.label == MISSED_CUE]
    acknowledged = [f for f in call.findings if f.label == ACKNOWLEDGED_CUE]
    if missed:
        parts.append(Text(f"Missed cues ({len(missed)})", style="bold red"))
        parts.extend(_cue_line(call, f) for f in missed)
    if acknowledged:
        parts.append(Text(f"Acknowledged cues ({len(acknowledged)})", style="bold green"))
        parts.extend(_cue_line(call, f) for f in acknowledged)
    return Panel(Group(*parts), title=title, title_align="left", border_style="dim")


def _friendly_time(resolved: str | None) -> str:
    """ "Sat 2026-11-21 14:00 -08:00" for a resolved ISO date-time, the date alone for a day."""
    if resolved is None:
        return "not resolved (the call has no started_at)"
    if len(resolved) == 10:
        return datetime.fromisoformat(resolved).strftime("%a %Y-%m-%d")
    value = datetime.fromisoformat(resolved)
    return (
        value.strftime("%a %Y-%m-%d %H:%M ")
        + value.strftime("%z")[:3]
        + ":"
        + value.strftime("%z")[3:]
    )


def _cue_line(call: Call, finding: Finding) -> Text:
    utterance = call.utterances[finding.utterance]
    line = Text("  ")
    line.append(f"#{finding.utterance} {clock(utterance.start)} ", style="dim")
    line.append(", ".join(finding.cues), style="cyan")
    line.append(f"  “{printable(finding.text or '')}”")
    if finding.label == ACKNOWLEDGED_CUE:
        line.append(f"  answered by #{finding.detail.get('acknowledged_by')}", style="green")
    elif finding.replies:
        replies = ", ".join(f"#{r}" for r in finding.replies)
        line.append(f"  not addressed by {replies}", style="red")
    else:
        line.append("  no agent reply before the call ended", style="red")
    return line


def _highlighted(text: str, spans: Sequence[tuple[int, int]]) -> Text:
    rendered = Text(printable(text))
    for start, end in spans:
        rendered.stylize("bold underline", start, end)
    return rendered


def summary_table(calls: Sequence[tuple[str, float, str, int, int]]) -> Table:
    """Calls ranked by priority: (call_id, priority, level, missed cues, flagged utterances)."""
    table = Table(title="Calls by review priority", header_style="bold")
    table.add_column("call")
    table.add_column("priority", justify="right")
    table.add_column("level")
    table.add_column("missed cues", justify="right")
    table.add_column("flagged utterances", justify="right")
    for call_id, priority, level, missed, flagged in sorted(calls, key=lambda row: -row[1]):
        table.add_row(
            Text(printable(call_id)),
            f"{priority:.0f}",
            Text(level, style=_LEVEL_STYLE[level]),
            str(missed),
            str(flagged),
        )
    return table


def evaluation_table(results: dict[str, Evaluation]) -> Table:
    """Per-label precision / recall / F1, one column group per engine, side by side."""
    engines = list(results)
    first = results[engines[0]]
    table = Table(
        title=f"{first.utterances} reviewed utterances in {first.calls} calls ({first.ordinary} ordinary)",
        header_style="bold",
    )
    table.add_column("label")
    table.add_column("support", justify="right")
    for engine in engines:
        for measure in ("P", "R", "F1"):
            table.add_column(f"{engine} {measure}", justify="right")

    def fmt(value: float | None) -> str:
        return "–" if value is None else f"{value:.2f}"

    for label in first.labels:
        row = [label, str(first.labels[label].support)]
        for engine in engines:
            counts = results[engine].labels[label]
            row += [fmt(counts.precision), fmt(counts.recall), fmt(counts.f1)]
        table.add_row(*row)
    table.add_section()
    table.add_row(
        "macro-F1 (labels with support)",
        "",
        *[c for e in engines for c in ("", "", f"{results[e].macro_f1:.3f}")],
    )
    micro = [results[e].micro for e in engines]
    table.add_row(
        "micro",
        str(first.micro.support),
        *[c for m in micro for c in (fmt(m.precision), fmt(m.recall), fmt(m.f1))],
    )
    table.add_row(
        "false alarms on ordinary",
        str(first.ordinary),
        *[c for e in engines for c in ("", "", f"{results[e].false_alarms}")],
    )
    if first.calls_with_gold_findings:
        table.add_section()
        for label in first.findings:
            row = [f"{label} (call level)", str(first.findings[label].support)]
            for engine in engines:
                counts = results[engine].findings[label]
                row += [fmt(counts.precision), fmt(counts.recall), fmt(counts.f1)]
            table.add_row(*row)
    return table
