"""Webhooks against a real local HTTP server: signed, retried with backoff, never blocking."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from mot_detect.stream.config import WebhookTarget
from mot_detect.stream.metrics import Metrics
from mot_detect.stream.webhooks import (
    DELIVERY_HEADER,
    MAX_RETRY_AFTER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookSender,
    parse_retry_after,
    sign,
    verify_signature,
)

# The worked example of docs/streaming.md (checked there with openssl too).
VECTOR_SECRET = "whsec_mot_detect_example"
VECTOR_TIMESTAMP = "1767225600"
VECTOR_BODY = b'{"type":"missed_cue","call_id":"call-42"}'
VECTOR_SIGNATURE = "sha256=26c9294c1e21df166ef140d8ceb2557a722f6a317e54de87a7351028c5979330"


def test_signature_test_vector() -> None:
    assert sign(VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_BODY) == VECTOR_SIGNATURE


def test_verify_signature() -> None:
    now = float(VECTOR_TIMESTAMP) + 10
    assert verify_signature(VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SIGNATURE, now=now)
    tampered = VECTOR_BODY.replace(b"42", b"43")
    assert not verify_signature(
        VECTOR_SECRET, VECTOR_TIMESTAMP, tampered, VECTOR_SIGNATURE, now=now
    )
    assert not verify_signature("other", VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SIGNATURE, now=now)
    late = float(VECTOR_TIMESTAMP) + 3600  # a replay an hour later
    assert not verify_signature(
        VECTOR_SECRET, VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SIGNATURE, now=late
    )
    assert not verify_signature(VECTOR_SECRET, "soon", VECTOR_BODY, VECTOR_SIGNATURE, now=now)


def test_retry_after_forms() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    date = "Thu, 01 Jan 2026 00:00:30 GMT"
    assert parse_retry_after(date, clock=lambda: 1767225600.0) == pytest.approx(30.0)


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    sender = WebhookSender([], Metrics(), base_delay=1.0, max_delay=8.0)
    for attempt, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)):
        delays = {sender.backoff(attempt) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered
    assert sender.backoff(1, retry_after=3.0) == 3.0
    assert sender.backoff(1, retry_after=10_000.0) == MAX_RETRY_AFTER


class Receiver:
    """A local HTTP endpoint that answers each request with the next scripted status."""

    def __init__(self, statuses: list[int], retry_after: str | None = None) -> None:
        self.statuses = statuses
        self.retry_after = retry_after
        self.requests: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                index = len(receiver.requests) - 1
                status = receiver.statuses[min(index, len(receiver.statuses) - 1)]
                self.send_response(status)
                if status in (429, 503) and receiver.retry_after is not None:
                    self.send_header("Retry-After", receiver.retry_after)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receivers() -> Iterator[list[Receiver]]:
    made: list[Receiver] = []
    yield made
    for receiver in made:
        receiver.close()


def dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"  # nothing listens there any more


def event(event_type: str = "missed_cue", call_id: str = "call-1") -> dict[str, Any]:
    return {"type": event_type, "call_id": call_id, "tenant": "acme", "seq": 1, "data": {}}


async def run_sender(sender: WebhookSender, events: list[tuple[str, dict[str, Any]]]) -> None:
    await sender.start()
    for tenant, item in events:
        sender.submit(tenant, item)
    await sender.aclose(timeout=20)


def outcome(metrics: Metrics, name: str) -> float:
    value = metrics.registry.get_sample_value(
        "motdetect_webhook_deliveries_total", {"outcome": name}
    )
    return value or 0.0


def test_retries_a_failing_endpoint_until_it_takes_the_event(receivers: list[Receiver]) -> None:
    receiver = Receiver([503, 502, 200])
    receivers.append(receiver)
    metrics = Metrics()
    target = WebhookTarget(receiver.url, "hook-secret", max_tries=5)
    sender = WebhookSender([target], metrics, base_delay=0.01)
    asyncio.run(run_sender(sender, [("acme", event())]))

    assert len(receiver.requests) == 3
    assert outcome(metrics, "delivered") == 1
    assert outcome(metrics, "retried") == 2
    assert len({r["headers"][DELIVERY_HEADER] for r in receiver.requests}) == 1
    for request in receiver.requests:
        headers = request["headers"]
        assert headers["Content-Type"] == "application/json"
        assert verify_signature(
            "hook-secret", headers[TIMESTAMP_HEADER], request["body"], headers[SIGNATURE_HEADER]
        )
        assert json.loads(request["body"])["type"] == "missed_cue"


def test_retry_after_is_honoured(receivers: list[Receiver]) -> None:
    receiver = Receiver([429, 200], retry_after="0")
    receivers.append(receiver)
    metrics = Metrics()
    # A base delay far beyond the test's patience: only Retry-After: 0 lets the retry happen.
    sender = WebhookSender([WebhookTarget(receiver.url, "s")], metrics, base_delay=600)
    asyncio.run(run_sender(sender, [("acme", event())]))
    assert outcome(metrics, "delivered") == 1


def test_client_errors_are_not_retried(receivers: list[Receiver]) -> None:
    receiver = Receiver([400])
    receivers.append(receiver)
    metrics = Metrics()
    sender = WebhookSender([WebhookTarget(receiver.url, "s")], metrics, base_delay=0.01)
    asyncio.run(run_sender(sender, [("acme", event())]))
    assert len(receiver.requests) == 1
    assert outcome(metrics, "failed") == 1


def test_gives_up_after_max_tries(receivers: list[Receiver]) -> None:
    receiver = Receiver([500])
    receivers.append(receiver)
    metrics = Metrics()
    target = WebhookTarget(receiver.url, "s", max_tries=3)
    asyncio.run(run_sender(WebhookSender([target], metrics, base_delay=0.01), [("acme", event())]))
    assert len(receiver.requests) == 3
    assert outcome(metrics, "failed") == 1


def test_a_dead_endpoint_never_holds_up_a_live_one(receivers: list[Receiver]) -> None:
    healthy = Receiver([200])
    receivers.append(healthy)
    metrics = Metrics()
    dead = WebhookTarget(dead_url(), "s", max_tries=20, timeout_seconds=1.0)
    live = WebhookTarget(healthy.url, "s")

    async def scenario() -> int:
        # The dead target retries for minutes; the live one gets every event meanwhile.
        sender = WebhookSender([dead, live], metrics, base_delay=5.0)
        await sender.start()
        for i in range(5):
            sender.submit("acme", event(call_id=f"call-{i}"))
        for _ in range(400):
            if len(healthy.requests) == 5:
                break
            await asyncio.sleep(0.05)
        delivered = len(healthy.requests)
        await sender.aclose(timeout=0)
        return delivered

    assert asyncio.run(scenario()) == 5
    assert outcome(metrics, "delivered") == 5
    assert outcome(metrics, "dropped") >= 4  # the dead target's queue, abandoned at shutdown


def test_full_queue_drops_the_oldest(receivers: list[Receiver]) -> None:
    receiver = Receiver([200])
    receivers.append(receiver)
    metrics = Metrics()
    sender = WebhookSender([WebhookTarget(receiver.url, "s")], metrics, queue_size=2)

    async def scenario() -> None:
        for i in range(5):  # queued before the worker runs
            sender.submit("acme", event(call_id=f"call-{i}"))
        await sender.start()
        await sender.aclose(timeout=20)

    asyncio.run(scenario())
    assert [json.loads(r["body"])["call_id"] for r in receiver.requests] == ["call-3", "call-4"]
    assert outcome(metrics, "dropped") == 3


def test_targets_choose_their_tenant_and_event_types(receivers: list[Receiver]) -> None:
    every, acme_cues = Receiver([200]), Receiver([200])
    receivers.extend([every, acme_cues])
    targets = [
        WebhookTarget(every.url, "s"),  # default types: cue, missed_cue, call_ended
        WebhookTarget(acme_cues.url, "s", tenant="acme", events=("cue",)),
    ]
    events = [
        ("acme", event("cue")),
        ("acme", event("utterance")),
        ("globex", event("cue")),
        ("globex", event("call_ended")),
        ("acme", event("score")),
    ]
    asyncio.run(run_sender(WebhookSender(targets, Metrics()), events))
    assert [(json.loads(r["body"])["type"]) for r in every.requests] == ["cue", "cue", "call_ended"]
    assert len(acme_cues.requests) == 1
    assert json.loads(acme_cues.requests[0]["body"])["type"] == "cue"
