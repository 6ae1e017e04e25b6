"""Webhooks: events POSTed as signed JSON to the configured URLs, off the calls' path.

Each target has its own bounded queue and its own worker, so a slow or dead endpoint delays
only its own deliveries; when its queue is full the oldest event is dropped (and counted), never
the call. A delivery is retried on connection errors, timeouts, 429 and 5xx, with exponential
backoff and jitter (a Retry-After is honoured, up to MAX_RETRY_AFTER), at most `max_tries` times.

Signature: `X-MotDetect-Signature: sha256=<hex HMAC-SHA256(secret, "{timestamp}.{body}")>` with
`X-MotDetect-Timestamp: <unix seconds>`; a receiver recomputes it over the raw body (see
`verify_signature` and docs/streaming.md). Each try is signed afresh; `X-MotDetect-Delivery`
stays the same across the tries of one event, for receivers that de-duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import random
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from mot_detect.stream.config import WebhookTarget
from mot_detect.stream.metrics import Metrics

logger = logging.getLogger("mot_detect")

SIGNATURE_HEADER = "X-MotDetect-Signature"
TIMESTAMP_HEADER = "X-MotDetect-Timestamp"
DELIVERY_HEADER = "X-MotDetect-Delivery"
EVENT_HEADER = "X-MotDetect-Event"
DEFAULT_QUEUE = 1000
BASE_DELAY = 0.5
MAX_DELAY = 30.0
MAX_RETRY_AFTER = 60.0
SIGNATURE_TOLERANCE = 300  # seconds a receiver should accept a timestamp either side of now


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The `X-MotDetect-Signature` value for `body` sent at `timestamp` (unix seconds, text)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    *,
    tolerance: float = SIGNATURE_TOLERANCE,
    now: float | None = None,
) -> bool:
    """What a receiver does: the signature matches and the timestamp is recent."""
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    current = time.time() if now is None else now
    if abs(current - sent) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


@dataclass
class _Delivery:
    id: str
    event_type: str
    body: bytes


@dataclass(eq=False)
class _TargetQueue:
    target: WebhookTarget
    limit: int
    pending: deque[_Delivery] = field(default_factory=deque)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    busy: bool = False
    task: asyncio.Task[None] | None = None


class WebhookSender:
    """Delivers events to the webhook targets. `submit` never blocks."""

    def __init__(
        self,
        targets: Sequence[WebhookTarget],
        metrics: Metrics,
        *,
        queue_size: int = DEFAULT_QUEUE,
        base_delay: float = BASE_DELAY,
        max_delay: float = MAX_DELAY,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.metrics = metrics
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._queues = [_TargetQueue(t, max(1, queue_size)) for t in targets]
        self._client = client
        self._own_client = client is None
        self._clock = clock
        self._closing = False

    async def start(self) -> None:
        if not self._queues:
            return
        if self._client is None:
            self._client = httpx.AsyncClient(
                headers={"User-Agent": "mot-detect-webhooks/1"}, follow_redirects=False
            )
        for queue in self._queues:
            queue.task = asyncio.create_task(self._work(queue), name=f"webhook {queue.target.url}")

    def submit(self, tenant: str, event: dict[str, Any]) -> None:
        """Queue `event` for every target that wants it (by tenant and type)."""
        if self._closing:
            return
        event_type = str(event.get("type"))
        wanted = [q for q in self._queues if q.target.wants(tenant, event_type)]
        if not wanted:
            return
        body = json.dumps(event, ensure_ascii=False, separators=(",", ":"), default=str).encode()
        for queue in wanted:
            if len(queue.pending) >= queue.limit:
                queue.pending.popleft()
                self.metrics.webhook_deliveries_total.labels(outcome="dropped").inc()
                logger.warning("webhook %s: queue full, oldest event dropped", _safe(queue))
            queue.pending.append(_Delivery(uuid.uuid4().hex, event_type, body))
            queue.wake.set()

    async def aclose(self, timeout: float = 5.0) -> None:
        """Stop taking events, deliver what is queued within `timeout`, drop the rest."""
        self._closing = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while any(q.pending or q.busy for q in self._queues) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        for queue in self._queues:
            if queue.pending:
                self.metrics.webhook_deliveries_total.labels(outcome="dropped").inc(
                    len(queue.pending)
                )
                logger.warning(
                    "webhook %s: %d event(s) not delivered at shutdown",
                    _safe(queue),
                    len(queue.pending),
                )
                queue.pending.clear()
            if queue.task is not None:
                queue.task.cancel()
        await asyncio.gather(*(q.task for q in self._queues if q.task), return_exceptions=True)
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    async def _work(self, queue: _TargetQueue) -> None:
        while True:
            if not queue.pending:
                queue.wake.clear()
                await queue.wake.wait()
                continue
            delivery = queue.pending.popleft()
            queue.busy = True
            try:
                await self._deliver(queue.target, delivery)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("webhook %s: delivery failed unexpectedly", _safe(queue))
                self.metrics.webhook_deliveries_total.labels(outcome="failed").inc()
            finally:
                queue.busy = False

    async def _deliver(self, target: WebhookTarget, delivery: _Delivery) -> None:
        assert self._client is not None
        for attempt in range(1, target.max_tries + 1):
            timestamp = str(int(self._clock()))
            headers = {
                "Content-Type": "application/json",
                TIMESTAMP_HEADER: timestamp,
                SIGNATURE_HEADER: sign(target.secret, timestamp, delivery.body),
                DELIVERY_HEADER: delivery.id,
                EVENT_HEADER: delivery.event_type,
            }
            retry_after: float | None = None
            try:
                response = await self._client.post(
                    target.url,
                    content=delivery.body,
                    headers=headers,
                    timeout=target.timeout_seconds,
                )
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}"
            else:
                if 200 <= response.status_code < 300:
                    self.metrics.webhook_deliveries_total.labels(outcome="delivered").inc()
                    return
                problem = f"HTTP {response.status_code}"
                if response.status_code != 429 and response.status_code < 500:
                    self.metrics.webhook_deliveries_total.labels(outcome="failed").inc()
                    logger.warning(
                        "webhook %s: %s event refused with %s; not retried",
                        _url(target),
                        delivery.event_type,
                        problem,
                    )
                    return
                retry_after = parse_retry_after(response.headers.get("retry-after"), self._clock)
            if attempt == target.max_tries:
                break
            self.metrics.webhook_deliveries_total.labels(outcome="retried").inc()
            delay = self.backoff(attempt, retry_after)
            logger.info(
                "webhook %s: try %d of %d failed (%s); next in %.2f s",
                _url(target),
                attempt,
                target.max_tries,
                problem,
                delay,
            )
            await asyncio.sleep(delay)
        self.metrics.webhook_deliveries_total.labels(outcome="failed").inc()
        logger.warning(
            "webhook %s: %s event not delivered after %d tries",
            _url(target),
            delivery.event_type,
            target.max_tries,
        )

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds before try `attempt + 1`: the server's Retry-After when it gave one (capped),
        else exponential with jitter, so that many senders do not retry in step."""
        if retry_after is not None:
            return min(max(0.0, retry_after), MAX_RETRY_AFTER)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)


def parse_retry_after(value: str | None, clock: Callable[[], float] = time.time) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
        return max(0.0, parsedate_to_datetime(value).timestamp() - clock())
    return None


def _url(target: WebhookTarget) -> str:
    # Logged without credentials or query (a token may sit in either).
    parts = httpx.URL(target.url)
    return f"{parts.scheme}://{parts.host}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def _safe(queue: _TargetQueue) -> str:
    return _url(queue.target)
