"""Events: the builders on scored example calls, each cue's focus, the bus and its endpoints."""

from __future__ import annotations

import asyncio
import csv
import json
import re
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from mot_detect.io.readers import load_calls
from mot_detect.labels import is_cue
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.stream.alerts import (
    EVENT_TYPES,
    EventCounter,
    audio_dropped_event,
    call_ended_event,
    call_started_event,
    finish_events,
    partial_event,
    utterance_events,
)
from mot_detect.stream.config import ServeConfig
from mot_detect.stream.events import (
    MAX_OPEN_CUES,
    EventBus,
    all_events_endpoint,
    call_events_endpoint,
    parse_types,
)
from mot_detect.stream.focus import MAX_FOCUS_CHARS, cue_focus, format_resolved
from mot_detect.stream.metrics import Metrics
from mot_detect.types import Call, Utterance

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SPOKEN = ROOT / "spoken_examples"
EVENT_KEYS = {"type", "call_id", "tenant", "seq", "time", "data"}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectorOptions(engine="rules"))


def live_events(detector: Detector, call: Call, tenant: str = "acme") -> list[dict[str, Any]]:
    """The events a live call would publish, scoring its utterances one at a time."""
    counter = EventCounter(call.call_id, tenant)
    session = detector.session(call.call_id, started_at=call.started_at, metadata=call.metadata)
    events = [
        call_started_event(
            counter,
            protocol="stream",
            speakers=("agent", "customer"),
            started_at=call.started_at,
            metadata=call.metadata,
        )
    ]
    decided = 0
    for u in call.utterances:
        update = session.add(Utterance(u.speaker, u.text, u.start, u.end))
        batch = utterance_events(counter, session.call, update)
        decided += sum(1 for e in batch if e["type"] in ("missed_cue", "acknowledged_cue"))
        events.extend(batch)
    finished = session.finish()
    events.extend(finish_events(counter, finished, decided))
    events.append(call_ended_event(counter, reason="completed", call=finished, out_file=None))
    return events


def example(name: str) -> Call:
    (path,) = EXAMPLES.glob(f"{name}.*")
    return load_calls(path)[0]


def of_type(events: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == event_type]


# The builders.


def test_every_event_has_the_envelope(detector: Detector) -> None:
    events = live_events(detector, example("mortgage_closing_letter_handled"))
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    for e in events:
        assert set(e) == EVENT_KEYS
        assert e["type"] in EVENT_TYPES
        assert (e["call_id"], e["tenant"]) == ("ex-mortgage-01", "acme")
        assert datetime.fromisoformat(e["time"].replace("Z", "+00:00")).utcoffset() == timedelta(0)
        json.dumps(e)  # plain JSON all through
    assert events[0]["type"] == "call_started"
    assert events[-1]["type"] == "call_ended"


def test_utterance_events_come_in_schema_order(detector: Detector) -> None:
    events = live_events(detector, example("car_insurance_first_claim_missed"))
    rank = {"utterance": 0, "cue": 1, "script_reply": 1, "missed_cue": 2, "acknowledged_cue": 2}
    group: list[str] = []
    for e in events[1:]:
        if e["type"] in ("utterance", "call_ended") or (e["type"] == "missed_cue" and not group):
            group = []
        group.append(e["type"])
        if e["type"] == "score":
            ranks = [rank[t] for t in group[:-1]]
            assert group[0] == "utterance" and ranks == sorted(ranks), group
            group = []


def test_mortgage_deadline_cue(detector: Detector) -> None:
    events = live_events(detector, example("mortgage_closing_letter_handled"))
    utterance_3 = next(e for e in of_type(events, "utterance") if e["data"]["index"] == 3)
    assert "closing is at noon tomorrow" in utterance_3["data"]["text"]
    assert "deadline" in [ls["label"] for ls in utterance_3["data"]["labels"]]
    (cue,) = [e for e in of_type(events, "cue") if e["data"]["utterance"] == 3]
    data = cue["data"]
    assert data["label"] == "deadline"
    assert data["text"] == "closing is at noon tomorrow"
    assert data["detail"]["resolved"] == "2026-05-29T12:00:00-05:00"
    assert data["detail"]["precision"] == "minute"
    assert "the closing is at 12:00 tomorrow" in data["focus"]
    # Handled well: acknowledged, never missed.
    acknowledged = [e for e in of_type(events, "acknowledged_cue") if e["data"]["utterance"] == 3]
    assert acknowledged and not [
        e for e in of_type(events, "missed_cue") if e["data"]["utterance"] == 3
    ]
    assert acknowledged[0]["data"]["deadline"] == "2026-05-29T12:00:00-05:00"


def test_missed_cue_names_cue_replies_and_deadline(detector: Detector) -> None:
    call = example("car_insurance_first_claim_missed")
    events = live_events(detector, call)
    missed = {e["data"]["utterance"]: e["data"] for e in of_type(events, "missed_cue")}
    assert {5, 11, 17} <= set(missed)
    deadline = missed[11]
    assert set(deadline["cues"]) == {"deadline", "financial_impact"}
    assert deadline["deadline"] == "2026-01-15"
    assert deadline["cue_text"] == call.utterances[11].text
    assert deadline["replies"] and len(deadline["replies"]) == len(deadline["reply_texts"])
    for index, text in zip(deadline["replies"], deadline["reply_texts"], strict=True):
        assert call.utterances[index].speaker == "agent"
        assert text == call.utterances[index].text
    assert "Thursday" in deadline["focus"]
    script = of_type(events, "script_reply")
    assert {"canned_empathy", "blame_customer", "policy_refusal"} <= {
        e["data"]["label"] for e in script
    }
    ended = events[-1]["data"]
    assert ended["missed_cues"] == len(of_type(events, "missed_cue"))
    assert ended["utterances"] == len(call.utterances)
    assert ended["score"]["level"] == of_type(events, "score")[-1]["data"]["level"]


def test_live_events_agree_with_batch_scoring(detector: Detector) -> None:
    call = example("broadband_outage_fifth_call_missed")
    batch = detector.score_call(call)
    events = live_events(detector, call)
    decisions = sorted(
        (e["type"], e["data"]["utterance"])
        for e in events
        if e["type"] in ("missed_cue", "acknowledged_cue")
    )
    assert decisions == sorted(
        (f.label, f.utterance)
        for f in batch.findings
        if f.label in ("missed_cue", "acknowledged_cue")
    )
    cues = sorted((e["data"]["utterance"], e["data"]["label"]) for e in of_type(events, "cue"))
    assert cues == sorted((f.utterance, f.label) for f in batch.findings if is_cue(f.label))
    assert events[-1]["data"]["findings"] == len(batch.findings)


def test_small_builders() -> None:
    counter = EventCounter("c-1", "acme")
    started = call_started_event(
        counter,
        protocol="twilio",
        speakers=["customer", "agent"],
        started_at=datetime.fromisoformat("2026-05-28T10:00:00-05:00"),
        metadata={"queue": "mortgages"},
    )
    assert started["data"] == {
        "protocol": "twilio",
        "speakers": ["customer", "agent"],
        "started_at": "2026-05-28T10:00:00-05:00",
        "metadata": {"queue": "mortgages"},
    }
    dropped = audio_dropped_event(counter, seconds=1.23456, channel=1, reason="asr_backlog")
    assert dropped["data"] == {"seconds": 1.235, "channel": 1, "reason": "asr_backlog"}
    partial = partial_event(counter, channel=0, speaker="agent", text="let me", start=3.5)
    assert partial["data"]["text"] == "let me"
    ended = call_ended_event(counter, reason="probe", call=None)
    assert ended["data"]["utterances"] == 0 and ended["data"]["score"] is None
    assert [e["seq"] for e in (started, dropped, partial, ended)] == [1, 2, 3, 4]


# The focus of each cue.


def cue_sentences(detector: Detector, calls: list[Call]) -> Iterator[tuple[Call, Utterance]]:
    for call in calls:
        scored = detector.score_call(call)
        for u in scored.utterances:
            if any(is_cue(ls.label) for ls in u.labels):
                yield scored, u


def example_calls() -> list[Call]:
    return [c for p in sorted(EXAMPLES.iterdir()) if p.suffix != ".md" for c in load_calls(p)]


def spoken_calls() -> list[Call]:
    """The spoken examples as their true utterance times and words (`.times.tsv`)."""
    calls = []
    for sidecar in sorted(SPOKEN.glob("*.json")):
        meta = json.loads(sidecar.read_text())
        rows = list(csv.DictReader(sidecar.with_suffix(".times.tsv").open(), delimiter="\t"))
        utterances = [
            Utterance(r["speaker"], r["text"], float(r["start"]), float(r["end"])) for r in rows
        ]
        calls.append(
            Call(
                meta["call_id"],
                utterances,
                datetime.fromisoformat(meta["started_at"]),
                meta.get("metadata", {}),
            )
        )
    return calls


FIRST_PERSON = re.compile(r"(?<![\w-])(I|I'm|I've|my|me|we|our)(?![\w-])")


@pytest.mark.parametrize("source", ["examples", "spoken_examples"])
def test_every_cue_gets_a_focus_from_its_own_words(detector: Detector, source: str) -> None:
    calls = example_calls() if source == "examples" else spoken_calls()
    focuses = 0
    for call, utterance in cue_sentences(detector, calls):
        for ls in utterance.labels:
            if not is_cue(ls.label):
                continue
            events = live_events(detector, call)
            cue = next(
                e["data"]
                for e in of_type(events, "cue")
                if (e["data"]["utterance"], e["data"]["label"]) == (utterance.index, ls.label)
            )
            focus = cue["focus"]
            focuses += 1
            assert 0 < len(focus) <= MAX_FOCUS_CHARS
            assert not FIRST_PERSON.search(focus), focus
            words = {w[:4] for w in re.findall(r"[a-z]{4,}", utterance.text.lower())}
            said = {w[:4] for w in re.findall(r"[a-z]{4,}", focus.lower())}
            assert len(said & words) >= 2, (focus, utterance.text)
            if ls.label == "deadline" and ls.detail.get("resolved"):
                assert re.search(r"\d{2}:\d{2}|today|tomorrow|\(\d+ \w{3}\)|\d+ \w{3}", focus)
            break  # one label per utterance keeps this test quick
    assert focuses >= (20 if source == "examples" else 8)


@pytest.mark.parametrize(
    ("label", "text", "deadline", "expected"),
    [
        (
            "deadline",
            "We're selling our house, and the closing is at noon tomorrow.",
            {
                "expression": "noon tomorrow",
                "resolved": "2026-05-29T12:00:00-05:00",
                "precision": "minute",
            },
            "deadline: customer is selling their house, and the closing is at 12:00 tomorrow",
        ),
        (
            "deadline",
            "We have to be in Wilmington by seven tonight.",
            {
                "expression": "seven tonight",
                "resolved": "2026-05-28T19:00:00-05:00",
                "precision": "minute",
            },
            "deadline: customer has to be in Wilmington by 19:00 today",
        ),
        (
            "tenure",
            "I've been paying you people for eleven years.",
            None,
            "tenure: customer has been paying you people for 11 years",
        ),
        (
            "deadline",
            "I need it here by Friday.",
            {"expression": "Friday", "resolved": "2026-05-29", "precision": "day"},
            "deadline: customer needs it here by tomorrow",
        ),
        (
            "deadline",
            "The last flight boards in forty minutes.",
            {
                "expression": "in forty minutes",
                "resolved": "2026-05-28T10:40:00-05:00",
                "precision": "minute",
            },
            "deadline: the last flight boards in 40 minutes (10:40 today)",
        ),
    ],
)
def test_focus_examples(
    label: str, text: str, deadline: dict[str, str] | None, expected: str
) -> None:
    said_at = datetime.fromisoformat("2026-05-28T10:00:00-05:00")
    span = (0, len(text))
    assert cue_focus(label, text, span, deadline=deadline, said_at=said_at) == expected


def test_focus_stays_short_on_a_long_utterance() -> None:
    text = "So " + "and then the engineer said something else " * 200 + "I'm cancelling."
    span = (len(text) - 15, len(text) - 1)
    focus = cue_focus("churn_risk", text, span)
    assert len(focus) <= MAX_FOCUS_CHARS and "cancelling" in focus


def test_format_resolved() -> None:
    said = datetime.fromisoformat("2026-05-28T10:00:00-05:00")  # a Thursday
    assert format_resolved("2026-05-28T16:30:00-05:00", "minute", said) == "16:30 today"
    assert format_resolved("2026-06-01", "day", said) == "Monday (1 Jun)"
    assert format_resolved("2026-07-01", "day", said) == "Wed 1 Jul"
    assert format_resolved("not a time", "day", said) is None


# The bus.


def event(counter: EventCounter, event_type: str, **data: Any) -> dict[str, Any]:
    return counter.make(event_type, data)


def drain(subscriber: Any) -> list[Any]:
    items = []
    while not subscriber.queue.empty():
        item = subscriber.queue.get_nowait()
        items.append(json.loads(item) if isinstance(item, str) else item)
    return items


def test_bus_fans_out_by_call_and_tenant() -> None:
    async def scenario() -> None:
        metrics = Metrics()
        bus = EventBus(metrics, subscriber_queue=100)
        acme, globex = EventCounter("a-1", "acme"), EventCounter("g-1", "globex")
        bus.publish("acme", event(acme, "call_started"))
        bus.publish("globex", event(globex, "call_started"))
        screen = bus.subscribe("acme", "a-1")
        wallboard = bus.subscribe("acme", None)
        assert bus.subscribe("globex", "a-1") is None  # another tenant's call
        assert bus.subscribe("acme", "nope") is None  # no such call: the same answer
        assert screen is not None and wallboard is not None
        bus.publish("acme", event(acme, "utterance", index=0))
        bus.publish("globex", event(globex, "utterance", index=0))
        assert [e["type"] for e in drain(screen)] == ["call_started", "utterance"]
        assert [(e["call_id"], e["type"]) for e in drain(wallboard)] == [
            ("a-1", "call_started"),
            ("a-1", "utterance"),
        ]
        value = metrics.registry.get_sample_value
        assert value("motdetect_events_published_total", {"type": "utterance"}) == 2
        assert value("motdetect_subscribers") == 2
        bus.unsubscribe(screen)
        bus.unsubscribe(wallboard)
        assert value("motdetect_subscribers") == 0

    asyncio.run(scenario())


def test_late_subscriber_gets_a_small_snapshot() -> None:
    async def scenario() -> None:
        bus = EventBus(Metrics())
        c = EventCounter("a-1", "acme")
        bus.publish("acme", event(c, "call_started"))
        for i in range(MAX_OPEN_CUES + 5):
            bus.publish("acme", event(c, "utterance", index=i))
            bus.publish("acme", event(c, "cue", utterance=i, label="deadline"))
            bus.publish("acme", event(c, "score", priority=i))
        bus.publish("acme", event(c, "missed_cue", utterance=MAX_OPEN_CUES + 4))
        bus.publish("acme", event(c, "acknowledged_cue", utterance=MAX_OPEN_CUES + 3))
        subscriber = bus.subscribe("acme", "a-1")
        assert subscriber is not None
        snapshot = drain(subscriber)
        assert snapshot[0]["type"] == "call_started"
        assert snapshot[-1]["type"] == "score"
        assert snapshot[-1]["data"]["priority"] == MAX_OPEN_CUES + 4
        open_cues = [e["data"]["utterance"] for e in snapshot[1:-1]]
        assert open_cues == list(range(5, MAX_OPEN_CUES + 3))  # newest 20, less the 2 decided
        assert [e["seq"] for e in snapshot] == sorted(e["seq"] for e in snapshot)

    asyncio.run(scenario())


def test_slow_subscriber_is_dropped_and_the_others_carry_on() -> None:
    async def scenario() -> None:
        metrics = Metrics()
        bus = EventBus(metrics, subscriber_queue=5)
        c = EventCounter("a-1", "acme")
        bus.publish("acme", event(c, "call_started"))
        slow = bus.subscribe("acme", "a-1")
        keen = bus.subscribe("acme", "a-1")
        assert slow is not None and keen is not None
        received = drain(keen)
        for i in range(20):
            bus.publish("acme", event(c, "utterance", index=i))
            received.extend(drain(keen))  # this one reads as events come
        assert slow.dropped.is_set() and slow.closing is not None
        assert slow.closing.code == 1008 and "too slow" in slow.closing.reason
        assert drain(slow) == [slow.closing]  # its backlog is freed at once
        assert [e["data"].get("index") for e in received[1:]] == list(range(20))
        value = metrics.registry.get_sample_value
        assert value("motdetect_subscribers_dropped_total", {"reason": "slow"}) == 1

    asyncio.run(scenario())


def test_call_ended_closes_the_call_subscribers_and_is_replayed_to_late_ones() -> None:
    async def scenario() -> None:
        bus = EventBus(Metrics())
        c = EventCounter("a-1", "acme")
        bus.publish("acme", event(c, "call_started"))
        subscriber = bus.subscribe("acme", "a-1")
        bus.publish("acme", event(c, "call_ended", reason="completed"))
        items = drain(subscriber)
        assert [i["type"] for i in items[:-1]] == ["call_started", "call_ended"]
        assert items[-1].code == 1000
        late = bus.subscribe("acme", "a-1")
        items = drain(late)
        assert [i["type"] for i in items[:-1]] == ["call_started", "call_ended"]
        assert items[-1].code == 1000
        assert bus.subscribe("globex", "a-1") is None

    asyncio.run(scenario())


def test_publish_from_another_thread_reaches_the_loop() -> None:
    async def scenario() -> list[Any]:
        bus = EventBus(Metrics())
        await bus.start()
        c = EventCounter("a-1", "acme")
        bus.publish("acme", event(c, "call_started"))
        subscriber = bus.subscribe("acme", "a-1")
        worker = threading.Thread(target=bus.publish, args=("acme", event(c, "utterance", index=0)))
        worker.start()
        worker.join()
        got = [json.loads(await subscriber.queue.get()) for _ in range(2)]
        await bus.close()
        return got

    assert [e["type"] for e in asyncio.run(scenario())] == ["call_started", "utterance"]


def test_publish_never_raises() -> None:
    async def scenario() -> Metrics:
        metrics = Metrics()
        bus = EventBus(metrics)
        bus.publish("acme", {"type": "cue", "call_id": "x", "data": {"bad": object()}})
        bus.publish("acme", "not an event")  # type: ignore[arg-type]
        return metrics

    metrics = asyncio.run(scenario())
    assert metrics.registry.get_sample_value("motdetect_errors_total", {"kind": "events"}) == 1


def test_parse_types() -> None:
    assert parse_types(None) is None
    assert parse_types("cue, missed_cue") == frozenset({"cue", "missed_cue"})
    with pytest.raises(ValueError, match="'cues'"):
        parse_types("cue,cues")


# The endpoints, through a running app.

TOKENS = {"acme-wallboard-token-0001": "acme", "globex-wallboard-token-01": "globex"}


def make_app(config: ServeConfig) -> Starlette:
    metrics = Metrics()
    bus = EventBus(metrics, subscriber_queue=config.subscriber_queue)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await bus.start()
        yield
        await bus.close()

    app = Starlette(
        routes=[
            WebSocketRoute("/events/{call_id}", call_events_endpoint),
            WebSocketRoute("/events", all_events_endpoint),
        ],
        lifespan=lifespan,
    )
    app.state.live = SimpleNamespace(config=config, events=bus, metrics=metrics, calls=None)
    return app


@pytest.fixture
def client() -> Iterator[TestClient]:
    config = ServeConfig(api_keys=(), subscriber_tokens=TOKENS)
    with TestClient(make_app(config)) as test_client:
        yield test_client


def publish(client: TestClient, tenant: str, item: dict[str, Any]) -> None:
    client.app.state.live.events.publish(tenant, item)  # type: ignore[attr-defined]


def closed_with(ws: Any) -> int:
    with pytest.raises(WebSocketDisconnect) as caught:
        ws.receive_text()
    return caught.value.code


@pytest.mark.parametrize(
    "query", ["", "?token=wrong-token", "?token=", "?token=acme-wallboard-token-0002"]
)
def test_subscriber_without_a_valid_token_is_closed_1008(client: TestClient, query: str) -> None:
    acme = EventCounter("a-1", "acme")
    publish(client, "acme", event(acme, "call_started"))
    for path in ("/events/a-1", "/events"):
        with client.websocket_connect(path + query) as ws:
            assert closed_with(ws) == 1008
    # Beside it, a subscriber with its token is served.
    with client.websocket_connect("/events/a-1?token=acme-wallboard-token-0001") as ws:
        assert ws.receive_json()["type"] == "call_started"


def test_bearer_header_works_too(client: TestClient) -> None:
    publish(client, "acme", event(EventCounter("a-1", "acme"), "call_started"))
    headers = {"Authorization": "Bearer acme-wallboard-token-0001"}
    with client.websocket_connect("/events/a-1", headers=headers) as ws:
        assert ws.receive_json()["call_id"] == "a-1"


def test_other_tenants_call_looks_like_no_call(client: TestClient) -> None:
    publish(client, "globex", event(EventCounter("g-1", "globex"), "call_started"))
    reasons = []
    for call_id in ("g-1", "no-such-call"):
        with (
            client.websocket_connect(f"/events/{call_id}?token=acme-wallboard-token-0001") as ws,
            pytest.raises(WebSocketDisconnect) as caught,
        ):
            ws.receive_text()
        reasons.append((caught.value.code, caught.value.reason))
    assert reasons[0] == reasons[1] and reasons[0][0] == 1008


def test_call_subscriber_follows_the_call_to_its_end(client: TestClient) -> None:
    acme = EventCounter("a-1", "acme")
    publish(client, "acme", event(acme, "call_started"))
    with client.websocket_connect("/events/a-1?token=acme-wallboard-token-0001") as ws:
        assert ws.receive_json()["type"] == "call_started"
        publish(client, "acme", event(acme, "cue", utterance=3, label="deadline"))
        publish(client, "globex", event(EventCounter("g-1", "globex"), "call_started"))
        publish(client, "acme", event(acme, "call_ended", reason="completed"))
        assert [ws.receive_json()["type"] for _ in range(2)] == ["cue", "call_ended"]
        assert closed_with(ws) == 1000


def test_wallboard_sees_every_call_of_its_tenant_only(client: TestClient) -> None:
    one, two = EventCounter("a-1", "acme"), EventCounter("a-2", "acme")
    publish(client, "acme", event(one, "call_started"))
    with client.websocket_connect(
        "/events?token=acme-wallboard-token-0001&types=call_started,missed_cue"
    ) as ws:
        assert ws.receive_json()["call_id"] == "a-1"  # snapshot
        publish(client, "globex", event(EventCounter("g-1", "globex"), "call_started"))
        publish(client, "acme", event(two, "call_started"))
        publish(client, "acme", event(two, "utterance", index=0))  # filtered out by types
        publish(client, "acme", event(one, "missed_cue", utterance=3))
        got = [ws.receive_json() for _ in range(2)]
        assert [(e["call_id"], e["type"]) for e in got] == [
            ("a-2", "call_started"),
            ("a-1", "missed_cue"),
        ]
        ws.send_text('{"type": "ping"}')
        assert ws.receive_json()["type"] == "pong"


def test_bad_types_filter_is_refused(client: TestClient) -> None:
    with client.websocket_connect("/events?token=acme-wallboard-token-0001&types=cues") as ws:
        with pytest.raises(WebSocketDisconnect) as caught:
            ws.receive_text()
        assert caught.value.code == 1008 and "cues" in caught.value.reason


def test_oversized_message_closes_1009_and_others_carry_on(client: TestClient) -> None:
    acme = EventCounter("a-1", "acme")
    publish(client, "acme", event(acme, "call_started"))
    token = "?token=acme-wallboard-token-0001"
    with (
        client.websocket_connect("/events/a-1" + token) as rude,
        client.websocket_connect("/events/a-1" + token) as polite,
    ):
        assert rude.receive_json()["type"] == "call_started"
        assert polite.receive_json()["type"] == "call_started"
        rude.send_text("x" * 100_000)
        assert closed_with(rude) == 1009
        publish(client, "acme", event(acme, "score", priority=40))
        assert polite.receive_json()["type"] == "score"
        polite.send_text("hello")  # ignored: the stream is read-only
        polite.send_bytes(b"\x00\x01")
        publish(client, "acme", event(acme, "score", priority=41))
        assert polite.receive_json()["data"]["priority"] == 41


def test_open_access_serves_tenant_default() -> None:
    with TestClient(make_app(ServeConfig())) as open_client:
        publish(open_client, "default", event(EventCounter("d-1", "default"), "call_started"))
        with open_client.websocket_connect("/events/d-1") as ws:
            assert ws.receive_json()["tenant"] == "default"


def test_focus_on_whisper_text_never_repeats_the_cue() -> None:
    # Whisper's words for car_insurance_first_claim_missed #11 (a real run of the server).
    text = (
        "I'm out visiting patients all day. If I don't have a car by Thursday, I don't get paid "
        "and I can't afford to lose a week of work right now."
    )
    deadline = {"expression": "Thursday", "resolved": "2026-01-15", "precision": "day"}
    said_at = datetime.fromisoformat("2026-01-13T08:50:00-06:00")
    at, paid = text.index("by Thursday"), text.index("don't get paid")
    related = [("deadline", (at, at + 11)), ("financial_impact", (paid, paid + 14))]
    focus = cue_focus(
        "deadline", text, (at, at + 11), deadline=deadline, said_at=said_at, related=related
    )
    assert (
        focus
        == "deadline: if they don't have a car by Thursday (15 Jan); customer doesn't get paid"
    )
    # A label of the model alone (no span) speaks of one sentence, not the whole utterance.
    text = "Nobody ever told me that 11 years. Can't you do anything? The other guy was at fault."
    assert cue_focus("tenure", text, None) == "tenure: nobody ever told them that 11 years"
