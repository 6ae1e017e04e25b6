"""The wallboard's board: the calls in progress at the live hook, the calls ended a moment ago
and the missed cues, newest first, built from the hook's events (docs/streaming.md) and bounded
in every dimension, so that a flood of calls or events cannot grow memory without limit. The
relay that feeds it, and the browsers it feeds, are in wallboard.py."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

MAX_LIVE_CALLS = 500  # calls in progress shown; past it the least recently active is dropped
MAX_ENDED_CALLS = 50  # ended calls kept a while (ENDED_KEEP_SECONDS) after their end
ENDED_KEEP_SECONDS = 600.0
MAX_CALL_CUES = 20  # cue alerts kept per call (the newest)
MAX_MISSED = 100  # missed cues on the board, newest first
MISSED_KEEP_SECONDS = 3600.0
# Characters kept of what the hook sends (ids, labels, the cue's words, its utterance, focus).
MAX_ID, MAX_LABEL, MAX_WORDS, MAX_CUE_TEXT, MAX_FOCUS = 128, 40, 300, 600, 200
# The hook's event types the board uses (a subset of mot_detect.stream.alerts.EVENT_TYPES).
FOLLOWED_TYPES = ("call_started", "cue", "missed_cue", "acknowledged_cue", "score", "call_ended")


def _str(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _labels(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v[:MAX_LABEL] for v in value[:10] if isinstance(v, str)]


@dataclass
class Alert:
    """A cue (on its call) or a missed cue (on the board's list): what the wallboard shows."""

    id: str  # call_id#seq
    kind: str  # "cue" | "missed_cue"
    call_id: str
    time: str  # when the hook published it (ISO 8601, UTC)
    labels: list[str]
    text: str  # the words carrying the cue
    focus: str
    utterance: int | None
    agent: str = ""
    queue: str = ""
    cue_text: str = ""  # missed: the whole cue utterance
    deadline: str | None = None
    reason: str = ""  # missed: "window_passed" | "call_ended"
    status: str = "open"  # cue: "open" | "missed" | "acknowledged"
    received: float = 0.0  # the relay's monotonic clock

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "received"}
        return out


@dataclass
class CallView:
    call_id: str
    tenant: str
    started: str = ""  # when the hook published call_started
    started_at: str | None = None  # the platform's start time
    protocol: str = ""
    agent: str = ""
    queue: str = ""
    priority: float | None = None
    level: str = ""
    stakes: float | None = None
    handling: float | None = None
    cues: deque[Alert] = field(default_factory=lambda: deque(maxlen=MAX_CALL_CUES))
    cue_count: int = 0
    missed: int = 0
    last_seq: int = 0
    ended: str | None = None
    end_reason: str = ""
    ended_at: float = 0.0  # monotonic

    def to_json(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "tenant": self.tenant,
            "state": "ended" if self.ended is not None else "live",
            "started": self.started,
            "started_at": self.started_at,
            "protocol": self.protocol,
            "agent": self.agent,
            "queue": self.queue,
            "priority": self.priority,
            "level": self.level,
            "stakes": self.stakes,
            "handling": self.handling,
            "cues": [c.to_json() for c in self.cues],
            "cue_count": self.cue_count,
            "missed": self.missed,
            "ended": self.ended,
            "end_reason": self.end_reason,
        }

    def score(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        self.priority = _num(data.get("priority"))
        self.level = _str(data.get("level"), 20)
        self.stakes = _num(data.get("stakes"))
        self.handling = _num(data.get("handling"))


@dataclass
class _Changes:
    calls: OrderedDict[str, None] = field(default_factory=OrderedDict)
    removed: OrderedDict[str, None] = field(default_factory=OrderedDict)
    missed: OrderedDict[str, None] = field(default_factory=OrderedDict)
    missed_removed: OrderedDict[str, None] = field(default_factory=OrderedDict)
    hook: bool = False
    resnapshot: bool = False  # too many changes at once: send the whole board instead

    def size(self) -> int:
        return len(self.calls) + len(self.removed) + len(self.missed) + len(self.missed_removed)


class Board:
    """The calls in progress, the recently ended ones and the missed cues, built from the hook's
    events. Not thread-safe: used on the event loop only."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.live: OrderedDict[str, CallView] = OrderedDict()  # least recently active first
        self.ended: OrderedDict[str, CallView] = OrderedDict()  # oldest end first
        self.missed: OrderedDict[str, Alert] = OrderedDict()  # oldest first
        self.changes = _Changes()
        self.bad_events = 0
        self._resync: set[str] | None = None

    # Changes, for the browsers.

    def _touch(self, call_id: str) -> None:
        self.changes.calls[call_id] = None
        self._bound_changes()

    def _removed(self, call_id: str) -> None:
        self.changes.calls.pop(call_id, None)
        self.changes.removed[call_id] = None
        self._bound_changes()

    def _bound_changes(self) -> None:
        if self.changes.size() > 2 * (MAX_LIVE_CALLS + MAX_MISSED):
            hook = self.changes.hook
            self.changes = _Changes(hook=hook, resnapshot=True)

    def take_changes(self) -> dict[str, Any] | None:
        """What changed since the last call, as an `update` message body (or `{"snapshot":
        board}` after a burst too big to list), or None when nothing did."""
        changes, self.changes = self.changes, _Changes()
        if changes.resnapshot:
            return {"snapshot": True}
        if not changes.size() and not changes.hook:
            return None
        calls = [self.live.get(i) or self.ended.get(i) for i in changes.calls]
        return {
            "calls": [c.to_json() for c in calls if c is not None],
            "removed": list(changes.removed),
            "missed": [self.missed[i].to_json() for i in reversed(changes.missed)],
            "missed_removed": list(changes.missed_removed),
        }

    def snapshot(self) -> dict[str, Any]:
        live = sorted(self.live.values(), key=lambda c: (-(c.priority or 0.0), c.started))
        return {
            "calls": [c.to_json() for c in live],
            "ended": [c.to_json() for c in reversed(self.ended.values())],
            "missed": [a.to_json() for a in reversed(self.missed.values())],
        }

    # Events from the hook.

    def apply(self, event: Any) -> bool:
        """Take one event from the hook; False (and counted) when it is not a valid event."""
        if not isinstance(event, dict):
            self.bad_events += 1
            return False
        kind, call_id, seq = event.get("type"), event.get("call_id"), event.get("seq")
        data = event.get("data")
        if (
            not isinstance(kind, str)
            or not isinstance(call_id, str)
            or not 0 < len(call_id) <= MAX_ID
            or isinstance(seq, bool)
            or not isinstance(seq, int)
            or not isinstance(data, dict)
        ):
            self.bad_events += 1
            return False
        if kind not in FOLLOWED_TYPES:
            return True
        call = self._call_for(kind, call_id, _str(event.get("tenant"), MAX_ID), seq)
        if call is None:
            return True
        call.last_seq = seq
        stamp = _str(event.get("time"), 40)
        if kind == "call_started":
            self._started(call, data, stamp)
        elif kind == "cue":
            self._cue(call, event, data, stamp)
        elif kind in ("missed_cue", "acknowledged_cue"):
            self._decision(call, kind, event, data, stamp)
        elif kind == "score":
            call.score(data)
        elif kind == "call_ended":
            self._ended(call, data, stamp)
            return True
        self._touch(call_id)
        return True

    def _call_for(self, kind: str, call_id: str, tenant: str, seq: int) -> CallView | None:
        """The live call an event is for (made on its first event), or None for an event seen
        already (a reconnection's snapshot) or one of a call that has ended."""
        if self._resync is not None:
            self._resync.discard(call_id)
        call = self.live.get(call_id)
        if call is not None:
            if seq <= call.last_seq:
                return None
            self.live.move_to_end(call_id)
            return call
        if call_id in self.ended:
            if kind != "call_started":
                return None
            del self.ended[call_id]  # the same id again: a new call
        elif kind == "call_ended":
            return None  # the end of a call never seen (or long forgotten)
        call = self.live[call_id] = CallView(call_id, tenant)
        while len(self.live) > MAX_LIVE_CALLS:
            dropped, _ = self.live.popitem(last=False)
            self._removed(dropped)
        return call

    @staticmethod
    def _started(call: CallView, data: dict[str, Any], stamp: str) -> None:
        call.started = stamp
        call.started_at = _str(data.get("started_at"), 40) or None
        call.protocol = _str(data.get("protocol"), 20)
        metadata = data.get("metadata")
        if isinstance(metadata, dict):
            call.agent = _str(metadata.get("agent_id") or metadata.get("agent"), MAX_ID)
            call.queue = _str(metadata.get("queue"), MAX_ID)

    def _alert(self, call: CallView, kind: str, event: dict[str, Any], stamp: str) -> Alert:
        data = event["data"]
        utterance = data.get("utterance")
        return Alert(
            id=f"{call.call_id}#{event['seq']}",
            kind=kind,
            call_id=call.call_id,
            time=stamp,
            labels=_labels(data.get("cues")) or [_str(data.get("label"), MAX_LABEL)],
            text=_str(data.get("text"), MAX_WORDS),
            focus=_str(data.get("focus"), MAX_FOCUS),
            utterance=utterance if type(utterance) is int else None,
            agent=call.agent,
            queue=call.queue,
            received=self.clock(),
        )

    def _cue(self, call: CallView, event: dict[str, Any], data: dict[str, Any], stamp: str) -> None:
        call.cues.append(self._alert(call, "cue", event, stamp))
        call.cue_count += 1

    def _decision(
        self, call: CallView, kind: str, event: dict[str, Any], data: dict[str, Any], stamp: str
    ) -> None:
        status = "missed" if kind == "missed_cue" else "acknowledged"
        utterance = data.get("utterance")
        for cue in call.cues:
            if cue.utterance == utterance and type(utterance) is int:
                cue.status = status
        if kind != "missed_cue":
            return
        call.missed += 1
        alert = self._alert(call, kind, event, stamp)
        alert.cue_text = _str(data.get("cue_text"), MAX_CUE_TEXT)
        alert.deadline = _str(data.get("deadline"), 40) or None
        detail = data.get("detail")
        alert.reason = _str(detail.get("reason"), 40) if isinstance(detail, dict) else ""
        alert.status = "missed"
        self.missed[alert.id] = alert
        self.changes.missed[alert.id] = None
        while len(self.missed) > MAX_MISSED:
            self._drop_missed(next(iter(self.missed)))
        self._bound_changes()

    def _drop_missed(self, alert_id: str) -> None:
        del self.missed[alert_id]
        if alert_id in self.changes.missed:
            del self.changes.missed[alert_id]  # never sent: nothing to take back
        else:
            self.changes.missed_removed[alert_id] = None

    def _ended(self, call: CallView, data: dict[str, Any], stamp: str, reason: str = "") -> None:
        del self.live[call.call_id]
        call.ended = stamp
        call.end_reason = reason or _str(data.get("reason"), 40)
        call.ended_at = self.clock()
        if isinstance(data.get("score"), dict):
            call.score(data["score"])
        self.ended[call.call_id] = call
        self._touch(call.call_id)
        while len(self.ended) > MAX_ENDED_CALLS:
            dropped, _ = self.ended.popitem(last=False)
            self._removed(dropped)

    # Reconnecting: the hook's snapshot says which calls are still live.

    def begin_resync(self) -> None:
        """A new connection: the calls not in the hook's snapshot ended meanwhile."""
        self._resync = set(self.live)

    def end_resync(self) -> None:
        """The snapshot is over (the answer to the ping sent after it)."""
        gone, self._resync = self._resync or set(), None
        for call_id in gone:
            call = self.live.get(call_id)
            if call is not None:
                self._ended(call, {}, utc_now(), reason="ended while the hook was unreachable")

    def cancel_resync(self) -> None:
        """The connection dropped before its snapshot was over: decide nothing."""
        self._resync = None

    def prune(self) -> None:
        """Drop the ended calls and missed cues kept long enough."""
        now = self.clock()
        while self.ended:
            call_id, call = next(iter(self.ended.items()))
            if now - call.ended_at < ENDED_KEEP_SECONDS:
                break
            del self.ended[call_id]
            self._removed(call_id)
        while self.missed:
            alert = next(iter(self.missed.values()))
            if now - alert.received < MISSED_KEEP_SECONDS:
                break
            self._drop_missed(alert.id)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
