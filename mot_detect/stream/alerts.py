"""The events a live call publishes, built from what scoring returns (one schema, documented in
docs/streaming.md).

Every event is `{"type", "call_id", "tenant", "seq", "time", "data"}`: `seq` counts a call's
events 1, 2, 3 ... (so a subscriber can tell a gap or a replayed snapshot event), `time` is the
server's UTC clock. The builders are pure apart from the call's `EventCounter`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from mot_detect.labels import ACKNOWLEDGED_CUE, MISSED_CUE, is_agent_label, is_cue
from mot_detect.limits import shorten
from mot_detect.stream.focus import cue_focus
from mot_detect.types import Call, CallScore, Finding, Utterance

if TYPE_CHECKING:
    from mot_detect.pipeline import UtteranceUpdate

EVENT_TYPES: tuple[str, ...] = (
    "call_started",
    "utterance",
    "partial",
    "cue",
    "script_reply",
    "missed_cue",
    "acknowledged_cue",
    "score",
    "audio_dropped",
    "call_ended",
)
MAX_REPLY_CHARS = 500  # each agent reply quoted in a missed/acknowledged cue event
MAX_REPLIES = 10


class EventCounter:
    """Numbers one call's events and stamps them with the server's time."""

    def __init__(self, call_id: str, tenant: str) -> None:
        self.call_id = call_id
        self.tenant = tenant
        self.seq = 0

    def make(self, event_type: str, data: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        return {
            "type": event_type,
            "call_id": self.call_id,
            "tenant": self.tenant,
            "seq": self.seq,
            "time": utc_now(),
            "data": data,
        }


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def call_started_event(
    counter: EventCounter,
    *,
    protocol: str,
    speakers: Iterable[str],
    started_at: datetime | None,
    metadata: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return counter.make(
        "call_started",
        {
            "protocol": protocol,
            "speakers": list(speakers),
            "started_at": started_at.isoformat() if started_at else None,
            "metadata": metadata or {},
        },
    )


def utterance_events(
    counter: EventCounter, call: Call, update: UtteranceUpdate
) -> list[dict[str, Any]]:
    """The events of one scored utterance, in order: the utterance, its cues and script-bound
    replies, the cue decisions it brought (missed or acknowledged), then the running score."""
    utterance = update.utterance
    events = [counter.make("utterance", utterance_data(utterance))]
    own = [
        f for f in update.findings if f.utterance == utterance.index and f.label not in _DECISIONS
    ]
    for finding in own:
        if is_cue(finding.label):
            events.append(counter.make("cue", cue_data(call, utterance, finding)))
        elif is_agent_label(finding.label):
            events.append(counter.make("script_reply", _script_reply_data(finding)))
    for finding in update.findings:
        if finding.label in _DECISIONS:
            events.append(counter.make(finding.label, decision_data(call, finding)))
    events.append(counter.make("score", score_data(update.score)))
    return events


_DECISIONS = (MISSED_CUE, ACKNOWLEDGED_CUE)


def call_ended_event(
    counter: EventCounter,
    *,
    reason: str,
    call: Call | None,
    dropped_seconds: float = 0.0,
    out_file: str | None = None,
) -> dict[str, Any]:
    """The last event of a call. `call`: the finished call (None when nothing was scored).
    The decisions `finish` made (cues the call ended on) are published before it with
    `finish_events`."""
    findings = call.findings if call else []
    return counter.make(
        "call_ended",
        {
            "reason": reason,
            "utterances": len(call.utterances) if call else 0,
            "findings": len(findings),
            "missed_cues": sum(1 for f in findings if f.label == MISSED_CUE),
            "score": score_data(call.score) if call and call.score else None,
            "dropped_seconds": round(dropped_seconds, 3),
            "out_file": out_file,
        },
    )


def finish_events(counter: EventCounter, call: Call, decided_before: int) -> list[dict[str, Any]]:
    """The cue decisions made by finishing the call (`missed_cue` with reason `call_ended`):
    the findings past the first `decided_before` decisions already published, then the final
    score. Pass the number of missed/acknowledged findings published while the call ran."""
    decisions = [f for f in call.findings if f.label in _DECISIONS]
    events = [counter.make(f.label, decision_data(call, f)) for f in decisions[decided_before:]]
    if call.score is not None and events:
        events.append(counter.make("score", score_data(call.score)))
    return events


def audio_dropped_event(
    counter: EventCounter, *, seconds: float, channel: int | None, reason: str
) -> dict[str, Any]:
    return counter.make(
        "audio_dropped", {"seconds": round(seconds, 3), "channel": channel, "reason": reason}
    )


def partial_event(
    counter: EventCounter, *, channel: int, speaker: str, text: str, start: float
) -> dict[str, Any]:
    return counter.make(
        "partial", {"channel": channel, "speaker": speaker, "text": text, "start": start}
    )


def utterance_data(utterance: Utterance) -> dict[str, Any]:
    return {
        "index": utterance.index,
        "speaker": utterance.speaker,
        "text": utterance.text,
        "start": utterance.start,
        "end": utterance.end,
        "labels": [
            {
                "label": ls.label,
                "score": round(ls.score, 4),
                "source": ls.source,
                "span": list(ls.span) if ls.span else None,
            }
            for ls in utterance.labels
        ],
    }


def cue_data(call: Call, utterance: Utterance, finding: Finding) -> dict[str, Any]:
    deadline = utterance.label("deadline")
    deadline_detail = deadline.detail if deadline else None
    related = [(ls.label, ls.span) for ls in utterance.labels if is_cue(ls.label)]
    return {
        "label": finding.label,
        "utterance": finding.utterance,
        "text": finding.text,
        "score": round(finding.score, 4),
        "detail": dict(finding.detail),
        "focus": cue_focus(
            finding.label,
            utterance.text,
            finding.span,
            deadline=deadline_detail,
            said_at=said_at(call, utterance),
            related=related,
        ),
    }


def _script_reply_data(finding: Finding) -> dict[str, Any]:
    return {
        "label": finding.label,
        "utterance": finding.utterance,
        "text": finding.text,
        "score": round(finding.score, 4),
    }


def decision_data(call: Call, finding: Finding) -> dict[str, Any]:
    """A `missed_cue` / `acknowledged_cue`: the cue, the agent replies weighed against it, the
    deadline it carried, and the cue's focus so that a wallboard needs nothing else."""
    cue = _utterance(call, finding.utterance)
    deadline = cue.label("deadline") if cue else None
    resolved = deadline.detail.get("resolved") if deadline else None
    replies = finding.replies[-MAX_REPLIES:]
    reply_texts = []
    for index in replies:
        reply = _utterance(call, index)
        reply_texts.append(shorten(reply.text, MAX_REPLY_CHARS) if reply else None)
    focus = None
    if cue is not None:
        strongest = max(
            (ls for ls in cue.labels if is_cue(ls.label)), key=lambda ls: ls.score, default=None
        )
        if strongest is not None:
            focus = cue_focus(
                strongest.label,
                cue.text,
                strongest.span,
                deadline=deadline.detail if deadline else None,
                said_at=said_at(call, cue),
                related=[(ls.label, ls.span) for ls in cue.labels if is_cue(ls.label)],
            )
    return {
        "utterance": finding.utterance,
        "cues": list(finding.cues),
        "replies": replies,
        "cue_text": cue.text if cue else finding.text,
        "text": finding.text,
        "reply_texts": reply_texts,
        "deadline": resolved,
        "score": round(finding.score, 4),
        "detail": dict(finding.detail),
        "focus": focus,
    }


def score_data(score: CallScore) -> dict[str, Any]:
    data = asdict(score)
    for key in ("stakes", "handling", "priority"):
        data[key] = round(data[key], 4)
    return data


def said_at(call: Call, utterance: Utterance) -> datetime | None:
    if call.started_at is None:
        return None
    return call.started_at + timedelta(seconds=utterance.start or 0.0)


def _utterance(call: Call, index: int) -> Utterance | None:
    if 0 <= index < len(call.utterances):
        return call.utterances[index]
    return None
