"""The event bus: every live call's events, fanned out to its subscribers and to webhooks.

A subscriber is an agent's screen (`/events/{call_id}`: one call) or a supervisor's wallboard
(`/events`: every call of its tenant). `publish` never blocks and never raises: each subscriber
has a bounded queue, and one that falls that far behind is closed (1008) and counted, while
the calls and the other subscribers carry on. A subscriber joining a call late first gets a
small snapshot: the call's `call_started`, its latest `score` and its cues still waiting for an
answer, with their original `seq`.

The event builders are in alerts.py; the schema is in docs/streaming.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
from starlette.websockets import WebSocket, WebSocketDisconnect

from mot_detect.labels import ACKNOWLEDGED_CUE, MISSED_CUE
from mot_detect.stream.alerts import EVENT_TYPES, utc_now
from mot_detect.stream.config import ServeConfig
from mot_detect.stream.metrics import Metrics

if TYPE_CHECKING:
    from mot_detect.stream.webhooks import WebhookSender

logger = logging.getLogger("mot_detect")

DEFAULT_TENANT = "default"
MAX_OPEN_CUES = 20  # per call, in a late subscriber's snapshot
MAX_ENDED_CALLS = 256  # ended calls remembered, so a subscriber arriving just late gets the end
MAX_SUBSCRIBER_MESSAGE = 4096  # characters or bytes a subscriber may send (a ping is ~20)
CLOSE_TIMEOUT = 2.0
# WebSocket close codes (RFC 6455).
NORMAL = 1000
GOING_AWAY = 1001
POLICY = 1008
TOO_BIG = 1009


@dataclass(frozen=True)
class _Close:
    code: int
    reason: str


@dataclass(eq=False)
class Subscriber:
    """One connected subscriber: its tenant, what it follows, and its bounded queue of encoded
    events (strings, each encoded once for every subscriber)."""

    tenant: str
    call_id: str | None  # None: every call of the tenant
    types: frozenset[str] | None
    queue: asyncio.Queue[str | _Close]
    dropped: asyncio.Event = field(default_factory=asyncio.Event)
    closing: _Close | None = None

    def offer(self, event_type: str, text: str) -> bool:
        """Queue one event; False when the queue is full (the subscriber is too slow)."""
        if self.closing is not None:
            return True
        if self.types is not None and event_type not in self.types and event_type != "pong":
            return True
        try:
            self.queue.put_nowait(text)
        except asyncio.QueueFull:
            return False
        return True

    def finish(self, code: int, reason: str, *, at_once: bool = False) -> None:
        """Close after the events already queued (or `at_once`, dropping them)."""
        if self.closing is not None:
            return
        self.closing = _Close(code, reason)
        if at_once or self.queue.full():
            _clear(self.queue)
            self.dropped.set()
        self.queue.put_nowait(self.closing)


def _clear(queue: asyncio.Queue[Any]) -> None:
    while not queue.empty():
        queue.get_nowait()


@dataclass
class _CallState:
    tenant: str
    # Remembered events as (seq, type, encoded event).
    started: tuple[int, str, str] | None = None
    score: tuple[int, str, str] | None = None
    open_cues: OrderedDict[int, list[tuple[int, str, str]]] = field(default_factory=OrderedDict)
    ended: tuple[int, str, str] | None = None
    subscribers: set[Subscriber] = field(default_factory=set)

    def snapshot(self) -> list[tuple[str, str]]:
        """The events a late subscriber gets first, in the order they were published."""
        items = [item for item in (self.started, self.score, self.ended) if item is not None]
        for cues in self.open_cues.values():
            items.extend(cues)
        return [(kind, text) for _, kind, text in sorted(items)]

    def remember(self, event: dict[str, Any], item: tuple[int, str, str]) -> None:
        event_type = event["type"]
        data = event.get("data") or {}
        if event_type == "call_started":
            self.started = item
        elif event_type == "score":
            self.score = item
        elif event_type == "cue":
            utterance = data.get("utterance")
            if isinstance(utterance, int):
                self.open_cues.setdefault(utterance, []).append(item)
                while len(self.open_cues) > MAX_OPEN_CUES:
                    self.open_cues.popitem(last=False)
        elif event_type in (MISSED_CUE, ACKNOWLEDGED_CUE):
            self.open_cues.pop(data.get("utterance"), None)  # type: ignore[arg-type]
        elif event_type == "call_ended":
            self.ended = item
            self.open_cues.clear()


class EventBus:
    """Fans each call's events out to its subscribers, its tenant's wallboards and webhooks.

    Call `publish` from the event loop; from another thread it is handed to the loop."""

    def __init__(
        self,
        metrics: Metrics,
        webhooks: WebhookSender | None = None,
        subscriber_queue: int = 1000,
    ) -> None:
        self.metrics = metrics
        self.webhooks = webhooks
        self.subscriber_queue = max(1, subscriber_queue)
        self._calls: dict[str, _CallState] = {}
        self._ended: OrderedDict[str, _CallState] = OrderedDict()
        self._wallboards: dict[str, set[Subscriber]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self.webhooks is not None:
            await self.webhooks.start()

    def publish(self, tenant: str, event: dict[str, Any]) -> None:
        """Deliver one event (a dict from alerts.py). Never blocks, never raises."""
        try:
            running = _running_loop()
            if running is None and self._loop is not None and not self._loop.is_closed():
                # Off the loop (an ASR worker thread): the queues belong to the loop.
                self._loop.call_soon_threadsafe(self._publish, tenant, event)
                return
            if running is not None and self._loop is None:
                self._loop = running
            self._publish(tenant, event)
        except Exception:
            logger.exception("event bus: could not publish a %r event", _type_of(event))
            self.metrics.errors_total.labels(kind="events").inc()

    def _publish(self, tenant: str, event: dict[str, Any]) -> None:
        try:
            self._deliver(tenant, event)
        except Exception:
            logger.exception("event bus: could not publish a %r event", _type_of(event))
            self.metrics.errors_total.labels(kind="events").inc()

    def _deliver(self, tenant: str, event: dict[str, Any]) -> None:
        event_type = str(event.get("type"))
        call_id = str(event.get("call_id"))
        self.metrics.events_published_total.labels(type=event_type).inc()
        text = json.dumps(event, ensure_ascii=False, separators=(",", ":"), default=str)
        state = self._calls.get(call_id)
        if state is None:
            state = self._calls[call_id] = _CallState(tenant)
        seq = event.get("seq")
        state.remember(event, (seq if isinstance(seq, int) else 0, event_type, text))
        for subscriber in [*state.subscribers, *self._wallboards.get(tenant, ())]:
            if not subscriber.offer(event_type, text):
                self._drop(subscriber, "slow")
        if self.webhooks is not None:
            try:
                self.webhooks.submit(tenant, event)
            except Exception:
                logger.exception("event bus: webhook submit failed")
                self.metrics.errors_total.labels(kind="webhook").inc()
        if event_type == "call_ended":
            for subscriber in list(state.subscribers):
                subscriber.finish(NORMAL, "call ended")
            state.subscribers.clear()
            del self._calls[call_id]
            self._ended[call_id] = state
            while len(self._ended) > MAX_ENDED_CALLS:
                self._ended.popitem(last=False)

    def _drop(self, subscriber: Subscriber, reason: str) -> None:
        if subscriber.closing is not None:
            return
        unread = subscriber.queue.qsize()
        logger.warning(
            "events: subscriber of tenant %s (%s) dropped: %s, %d events unread",
            subscriber.tenant,
            f"call {subscriber.call_id}" if subscriber.call_id else "all calls",
            reason,
            unread,
        )
        self.metrics.subscribers_dropped_total.labels(reason=reason).inc()
        subscriber.finish(POLICY, f"too slow: {unread} events unread", at_once=True)

    def subscribe(
        self, tenant: str, call_id: str | None, types: frozenset[str] | None = None
    ) -> Subscriber | None:
        """A new subscriber with its snapshot queued, or None when `call_id` is not a call of
        `tenant` (unknown, or another tenant's: the caller cannot tell which)."""
        if self._closed:
            return None
        queue: asyncio.Queue[str | _Close] = asyncio.Queue(maxsize=self.subscriber_queue)
        subscriber = Subscriber(tenant, call_id, types, queue)
        if call_id is not None:
            state = self._calls.get(call_id) or self._ended.get(call_id)
            if state is None or state.tenant != tenant:
                return None
            snapshot = state.snapshot()
            if state.ended is None:
                state.subscribers.add(subscriber)
        else:
            snapshot = []
            for state in self._calls.values():
                if state.tenant == tenant:
                    snapshot.extend(state.snapshot())
            self._wallboards.setdefault(tenant, set()).add(subscriber)
        # The newest items, when a wallboard's snapshot would not fit in its queue.
        for event_type, text in snapshot[-(self.subscriber_queue - 1) :]:
            subscriber.offer(event_type, text)
        if call_id is not None and self._ended.get(call_id) is not None:
            subscriber.finish(NORMAL, "call ended")
        self.metrics.subscribers.inc()
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        if subscriber.call_id is not None:
            state = self._calls.get(subscriber.call_id)
            if state is not None:
                state.subscribers.discard(subscriber)
        else:
            boards = self._wallboards.get(subscriber.tenant)
            if boards is not None:
                boards.discard(subscriber)
                if not boards:
                    del self._wallboards[subscriber.tenant]
        self.metrics.subscribers.dec()

    async def close(self, timeout: float = 5.0) -> None:
        """Close every subscriber (1001, after what is queued) and drain the webhooks."""
        self._closed = True
        for state in self._calls.values():
            for subscriber in state.subscribers:
                subscriber.finish(GOING_AWAY, "server shutting down")
        for boards in self._wallboards.values():
            for subscriber in boards:
                subscriber.finish(GOING_AWAY, "server shutting down")
        if self.webhooks is not None:
            await self.webhooks.aclose(timeout)


def _type_of(event: Any) -> str:
    return str(event.get("type")) if isinstance(event, dict) else type(event).__name__


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


# The endpoints.


async def call_events_endpoint(websocket: WebSocket) -> None:
    """`/events/{call_id}`: one call's events (an agent's screen)."""
    await _serve(websocket, websocket.path_params.get("call_id"))


async def all_events_endpoint(websocket: WebSocket) -> None:
    """`/events`: every call of the subscriber's tenant (a supervisor's wallboard)."""
    await _serve(websocket, None)


def subscriber_tenant(websocket: WebSocket, config: ServeConfig) -> str | None:
    """The tenant a subscriber's token (`?token=` or `Authorization: Bearer`) belongs to."""
    if config.open_access:
        return DEFAULT_TENANT
    token = websocket.query_params.get("token")
    if token is None:
        header = websocket.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer":
            token = value.strip()
    return config.tenant_for_subscriber(token)


def parse_types(raw: str | None) -> frozenset[str] | None:
    """The `?types=cue,missed_cue` filter; ValueError naming an unknown type."""
    if raw is None or not raw.strip():
        return None
    types = frozenset(t.strip() for t in raw.split(",") if t.strip())
    unknown = sorted(types - set(EVENT_TYPES))
    if unknown:
        raise ValueError(
            f"types: unknown event type {unknown[0]!r}; expected some of {', '.join(EVENT_TYPES)}"
        )
    return types


async def _serve(websocket: WebSocket, call_id: str | None) -> None:
    state = websocket.app.state.live
    bus: EventBus = state.events
    metrics: Metrics = state.metrics
    await websocket.accept()
    tenant = subscriber_tenant(websocket, state.config)
    if tenant is None:
        metrics.refusals_total.labels(protocol="events", reason="unauthorized").inc()
        await _close(websocket, POLICY, "unauthorized: missing or unknown subscriber token")
        return
    try:
        types = parse_types(websocket.query_params.get("types"))
    except ValueError as exc:
        metrics.refusals_total.labels(protocol="events", reason="bad_request").inc()
        await _close(websocket, POLICY, str(exc))
        return
    subscriber = bus.subscribe(tenant, call_id, types)
    if subscriber is None:
        metrics.refusals_total.labels(protocol="events", reason="unknown_call").inc()
        await _close(websocket, POLICY, "no such call for this token")
        return
    try:
        outcome = await _pump(websocket, subscriber)
    finally:
        bus.unsubscribe(subscriber)
    if outcome is not None:
        if outcome.code == TOO_BIG:
            metrics.subscribers_dropped_total.labels(reason="oversized").inc()
        await _close(websocket, outcome.code, outcome.reason)


async def _pump(websocket: WebSocket, subscriber: Subscriber) -> _Close | None:
    """Send the queued events and read what the subscriber sends, until one side ends.
    Returns how to close, or None when the subscriber has gone. (anyio, as Starlette: its
    cancellation reaches every part when the connection is torn down.)"""
    outcome: list[_Close | None] = []

    async with anyio.create_task_group() as group:

        async def run(step: Any) -> None:
            try:
                result = await step(websocket, subscriber)
            except (WebSocketDisconnect, RuntimeError, OSError):
                result = None
            if not outcome:
                outcome.append(result)
            group.cancel_scope.cancel()

        async def watch_dropped() -> None:
            await subscriber.dropped.wait()
            if not outcome:
                outcome.append(subscriber.closing)
            group.cancel_scope.cancel()

        group.start_soon(run, _read)
        group.start_soon(run, _write)
        group.start_soon(watch_dropped)
    return outcome[0] if outcome else None


async def _read(websocket: WebSocket, subscriber: Subscriber) -> _Close | None:
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return None
        text = message.get("text")
        data = message.get("bytes")
        size = len(text) if text is not None else len(data or b"")
        if size > MAX_SUBSCRIBER_MESSAGE:
            return _Close(TOO_BIG, f"message too big: {size} > {MAX_SUBSCRIBER_MESSAGE}")
        if text is not None and _is_ping(text):
            pong = json.dumps({"type": "pong", "time": utc_now()})
            if not subscriber.offer("pong", pong):
                return subscriber.closing or _Close(POLICY, "too slow")
        # Anything else a subscriber sends is ignored: the stream is read-only.


def _is_ping(text: str) -> bool:
    if text.strip() == "ping":
        return True
    try:
        message = json.loads(text)
    except ValueError:
        return False
    return isinstance(message, dict) and message.get("type") == "ping"


async def _write(websocket: WebSocket, subscriber: Subscriber) -> _Close | None:
    while True:
        item = await subscriber.queue.get()
        if isinstance(item, _Close):
            return item
        await websocket.send_text(item)


async def _close(websocket: WebSocket, code: int, reason: str) -> None:
    # A close reason may hold at most 123 bytes (RFC 6455 5.5).
    encoded = reason.encode()[:123]
    with contextlib.suppress(Exception), anyio.move_on_after(CLOSE_TIMEOUT):
        await websocket.close(code=code, reason=encoded.decode(errors="ignore"))
