"""`/audiohook` through a running Starlette app: real message sequences from the AudioHook spec
and Genesys's reference client, every bad case beside a healthy call that finishes normally.

The calls here are recording fakes (what the endpoint hands the core is what is checked); the
real server with tiny.en, spoken calls and the reference client's sequences is in
tests/interop/test_audiohook_interop.py."""

from __future__ import annotations

import asyncio
import json
import uuid
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient, WebSocketDenialResponse

from mot_detect.audio.pcm import mulaw_to_pcm16
from mot_detect.stream import audiohook
from mot_detect.stream.audiohook import AudioHookSession, Auth, audiohook_endpoint
from mot_detect.stream.config import ApiKey, ServeConfig
from mot_detect.stream.live import CallLimitReached, CallStart, FinalUtterance
from mot_detect.stream.metrics import Metrics
from mot_detect.stream.signature import audiohook_headers

ORG = "d7934305-0972-4844-938e-9060eef73d05"
NULL = "00000000-0000-0000-0000-000000000000"
KEY = "SGVsbG8sIEkgYW0gdGhlIEFQSSBrZXkh"
SECRET = "TXlTdXBlclNlY3JldEtleVRlbGxOby0xITJAMyM0JDU="
PLAIN_KEY = "plain-key-without-a-secret-0001"
STEREO = {"type": "audio", "format": "PCMU", "channels": ["external", "internal"], "rate": 8000}
OFFERS = [
    STEREO,
    {"type": "audio", "format": "PCMU", "channels": ["external"], "rate": 8000},
    {"type": "audio", "format": "PCMU", "channels": ["internal"], "rate": 8000},
]


class FakeCall:
    def __init__(self, start: CallStart) -> None:
        self.start = start
        self.call_id = start.call_id
        self.channels: list[list[np.ndarray]] = [[] for _ in start.speakers]
        self.silences: list[tuple[int, int | None]] = []
        self.ended: list[str] = []
        self.dropped_seconds = 0.0

    def audio(self, channel: int, samples: np.ndarray) -> None:
        self.channels[channel].append(samples.copy())

    def audio_interleaved(self, samples: np.ndarray) -> None:
        n = len(self.channels)
        for i in range(n):
            self.channels[i].append(samples[i::n].copy())

    def silence(self, samples: int, channel: int | None = None) -> None:
        self.silences.append((samples, channel))

    def samples(self, channel: int) -> np.ndarray:
        parts = self.channels[channel]
        return np.concatenate(parts) if parts else np.zeros(0, np.int16)

    async def end(self, reason: str = "completed") -> None:
        self.ended.append(reason)


class FakeCalls:
    def __init__(self, metrics: Metrics, limit: int = 10) -> None:
        self.metrics = metrics
        self.limit = limit
        self.calls: dict[str, FakeCall] = {}
        self.live: set[str] = set()

    async def start(self, start: CallStart) -> FakeCall:
        if len(self.live) >= self.limit:  # as the core: counted, then raised
            self.metrics.refusals_total.labels(start.protocol, "max_calls").inc()
            raise CallLimitReached(f"{self.limit} live calls (--max-calls)")
        call = FakeCall(start)
        self.calls[start.call_id] = call
        self.live.add(start.call_id)
        original = call.end

        async def end(reason: str = "completed") -> None:
            self.live.discard(start.call_id)
            await original(reason)

        call.end = end  # type: ignore[method-assign]
        return call

    def get(self, call_id: str) -> FakeCall | None:
        return self.calls.get(call_id) if call_id in self.live else None


def make_app(config: ServeConfig | None = None, limit: int = 10) -> tuple[Starlette, Any]:
    metrics = Metrics()
    state = SimpleNamespace(
        config=config or ServeConfig(), calls=FakeCalls(metrics, limit), metrics=metrics
    )
    app = Starlette(routes=[WebSocketRoute("/audiohook", audiohook_endpoint)])
    app.state.live = state
    return app, state


class Client:
    """One AudioHook client session over a TestClient WebSocket, numbering as Genesys does."""

    def __init__(self, tc: TestClient, *, key: str | None = None, secret: str | None = None,
                 session_id: str | None = None, headers: dict[str, str] | None = None) -> None:  # fmt: skip
        self.id = session_id or str(uuid.uuid4())
        self.conversation = str(uuid.uuid4())
        self.seq = 0
        self.serverseq = 0
        self.samples = 0
        built = audiohook_headers(
            "ws://testserver/audiohook",
            api_key=key or "anything",
            organization_id=ORG,
            session_id=self.id,
            correlation_id=str(uuid.uuid4()),
            client_secret=secret,
        )
        self.cm = tc.websocket_connect("/audiohook", headers=headers or built)

    def __enter__(self) -> Client:
        self.ws = self.cm.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.cm.__exit__(*exc)

    def send(self, kind: str, parameters: dict[str, Any] | None = None, **override: Any) -> None:
        self.seq += 1
        message = {
            "version": "2",
            "type": kind,
            "id": self.id,
            "seq": self.seq,
            "serverseq": self.serverseq,
            "position": f"PT{self.samples / 8000:.4f}S",
            "parameters": {} if parameters is None else parameters,
        }
        message.update(override)
        self.ws.send_text(json.dumps(message))

    def send_without_parameters(self, kind: str) -> None:
        self.seq += 1
        message = {"version": "2", "type": kind, "id": self.id, "seq": self.seq,
                   "serverseq": self.serverseq, "position": "PT0S"}  # fmt: skip
        self.ws.send_text(json.dumps(message))

    def receive(self) -> dict[str, Any]:
        message = self.ws.receive_json()
        assert message["seq"] == self.serverseq + 1, message
        self.serverseq = message["seq"]
        return message

    def open(self, probe: bool = False, **params: Any) -> dict[str, Any]:
        participant = {"id": str(uuid.uuid4()), "ani": "+15555551234", "aniName": "", "dnis": ""}
        if probe:
            participant = {"id": NULL, "ani": "", "aniName": "", "dnis": ""}
        body = {
            "organizationId": ORG,
            "conversationId": NULL if probe else self.conversation,
            "participant": participant,
            "media": OFFERS,
        }
        body.update(params)
        self.send("open", body)
        return self.receive()

    def audio(self, data: bytes, frames: int) -> None:
        self.ws.send_bytes(data)
        self.samples += frames

    def close(self) -> dict[str, Any]:
        self.send("close", {"reason": "end"})
        return self.receive()


def stereo_audio(seconds: float, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, size=int(seconds * 8000) * 2, dtype=np.uint8).tobytes()


def healthy_call(tc: TestClient, state: Any, seconds: float = 0.6) -> FakeCall:
    """A call that goes through open, audio, ping, close; returns its call (ended)."""
    with Client(tc) as c:
        assert c.open()["type"] == "opened"
        data = stereo_audio(seconds, seed=7)
        for i in range(0, len(data), 3200):
            c.audio(data[i : i + 3200], len(data[i : i + 3200]) // 2)
        c.send("ping")
        assert c.receive()["type"] == "pong"
        assert c.close()["type"] == "closed"
    call = state.calls.calls[c.conversation]
    assert call.ended == ["completed"]
    assert len(call.samples(0)) == int(seconds * 8000)
    return call


# -- a whole session ---------------------------------------------------------------------------


def test_full_session_message_for_message() -> None:
    app, state = make_app()
    with TestClient(app) as tc, Client(tc) as c:
        opened = c.open(language="en-US", supportedLanguages=True)
        assert opened["type"] == "opened" and opened["clientseq"] == 1
        assert opened["parameters"]["media"] == [STEREO]  # verbatim, exactly one
        assert opened["parameters"]["supportedLanguages"] == ["en-US"]
        assert opened["id"] == c.id and opened["version"] == "2"
        call = state.calls.calls[c.conversation]
        assert call.start.speakers == ("customer", "agent")
        assert call.start.protocol == "audiohook" and call.start.tenant == "default"
        assert call.start.metadata["audiohook"]["participant"]["ani"] == "+15555551234"

        data = stereo_audio(0.5)
        # Frames of any length, as long as each is whole stereo samples (2 bytes).
        for size in (2, 1598, 400, 2000):
            chunk, data = data[:size], data[size:]
            c.audio(chunk, size // 2)
        c.send("ping")
        pong = c.receive()
        assert pong["type"] == "pong" and pong["clientseq"] == c.seq
        c.send("paused")
        c.send("resumed", {"start": f"PT{c.samples / 8000}S", "discarded": "PT1.5S"})
        c.samples += 12000
        c.send("discarded", {"start": f"PT{c.samples / 8000}S", "discarded": "PT0.25S"})
        c.samples += 2000
        c.audio(data, len(data) // 2)
        c.send("update", {"language": "en-GB"})
        c.send("error", {"code": 500, "message": "client had a hiccup"})
        c.send("ping", {"rtt": "PT0.01S"})
        assert c.receive()["clientseq"] == c.seq
        closed = c.close()
        assert closed["type"] == "closed" and closed["clientseq"] == c.seq
    assert call.ended == ["completed"]
    # A second of silence at 'paused' (the utterance in progress ends now), the rest of the
    # pause at 'resumed': 1.5 s in all, then the discarded 0.25 s.
    assert call.silences == [(8000, None), (4000, None), (2000, None)]
    total = stereo_audio(0.5)
    assert np.array_equal(call.samples(0), mulaw_to_pcm16(total[0::2]))
    assert np.array_equal(call.samples(1), mulaw_to_pcm16(total[1::2]))


def test_internal_first_and_single_channel_offers() -> None:
    app, state = make_app()
    internal_first = dict(STEREO, channels=["internal", "external"])
    l16_mono = {"type": "audio", "format": "L16", "channels": ["internal"], "rate": 8000}
    with TestClient(app) as tc:
        with Client(tc) as c:
            assert c.open(media=[internal_first])["parameters"]["media"] == [internal_first]
            c.close()
        assert state.calls.calls[c.conversation].start.speakers == ("agent", "customer")
        with Client(tc) as c:
            assert c.open(media=[l16_mono])["parameters"]["media"] == [l16_mono]
            pcm = np.array([1, -2, 300, -32768], dtype="<i2")
            c.audio(pcm.tobytes(), 4)
            c.close()
        call = state.calls.calls[c.conversation]
        assert call.start.speakers == ("agent",)
        assert call.samples(0).tolist() == [1, -2, 300, -32768]


def test_connection_probe_is_answered_and_starts_nothing() -> None:
    app, state = make_app(limit=0)  # a probe is never refused, even with no room for calls
    with TestClient(app) as tc, Client(tc) as c:
        opened = c.open(probe=True)
        assert opened["type"] == "opened" and opened["parameters"]["media"] == [STEREO]
        c.audio(b"", 0)  # the reference probe sends one empty frame
        assert c.close()["type"] == "closed"
    assert state.calls.calls == {}


def test_transcripts_go_back_as_transcription_connector_events() -> None:
    app, state = make_app()
    with TestClient(app) as tc, Client(tc) as c:
        c.open(language="en-US", customConfig={"transcripts": True})
        call = state.calls.calls[c.conversation]
        assert call.start.on_final is not None
        utterance = FinalUtterance(
            channel=0, speaker="customer", text="closing is at noon", start=1.5, end=3.0,
            confidence=0.8,
        )  # fmt: skip
        c.ws.portal.call(call.start.on_final, utterance)
        event = c.receive()
        assert event["type"] == "event"
        data = event["parameters"]["entities"][0]["data"]
        assert event["parameters"]["entities"][0]["type"] == "transcript"
        assert (data["channelId"], data["offset"], data["duration"]) == (0, "PT1.5S", "PT1.5S")
        text = data["alternatives"][0]["interpretations"][0]["transcript"]
        assert text == "closing is at noon"
        c.close()


def test_without_transcripts_no_callback() -> None:
    app, state = make_app()
    with TestClient(app) as tc, Client(tc) as c:
        c.open(customConfig={"something": 1})
        assert state.calls.calls[c.conversation].start.on_final is None
        c.close()


def test_custom_config_call_metadata() -> None:
    app, state = make_app()
    doc = {"started_at": "2026-07-17T17:26:00-04:00", "metadata": {"ivr": {"account": "44"}}}
    with TestClient(app) as tc, Client(tc) as c:
        c.open(customConfig={"call": doc})
        start = state.calls.calls[c.conversation].start
        assert start.started_at.isoformat() == "2026-07-17T17:26:00-04:00"
        assert start.metadata["ivr"] == {"account": "44"}
        c.close()
        with Client(tc) as bad:
            reply = bad.open(customConfig={"call": {"started": "x"}})
            assert reply["type"] == "disconnect" and "started" in reply["parameters"]["info"]


# -- bad input: each beside a healthy call -----------------------------------------------------


def _opened(c: Client) -> None:
    assert c.open()["type"] == "opened"


BAD_CASES = {
    "wrong seq": lambda c: (_opened(c), c.send("ping", seq=5)),
    "repeated seq": lambda c: (_opened(c), c.send("ping", seq=1)),
    "serverseq above ours": lambda c: (_opened(c), c.send("ping", serverseq=9)),
    "wrong id": lambda c: (_opened(c), c.send("ping", id=str(uuid.uuid4()))),
    "text too long": lambda c: (_opened(c), c.send("ping", {"rtt": "PT0S"}, pad="x" * 70000)),
    "audio before opened": lambda c: c.ws.send_bytes(b"\xff\xff"),
    "malformed json": lambda c: (_opened(c), c.ws.send_text('{"version": "2", "type": ')),
    "unknown type": lambda c: (_opened(c), c.send("dance")),
    "missing parameters": lambda c: (_opened(c), c.send_without_parameters("ping")),
    "bad parameters": lambda c: (_opened(c), c.send("discarded", {"start": "PT0S"})),
    "half a sample frame": lambda c: (_opened(c), c.ws.send_bytes(b"\xff\xff\xff")),
    "oversized frame": lambda c: (_opened(c), c.ws.send_bytes(b"\xff" * 2_000_002)),
    "bad open": lambda c: c.send("open", {"organizationId": ORG}),
}
EXPECTED_INFO = {
    "wrong seq": "Invalid seq value 5",
    "repeated seq": "Invalid seq value 1",
    "serverseq above ours": "Invalid serverseq",
    "wrong id": "Session identifier mismatch",
    "text too long": "too large",
    "audio before opened": "before 'opened'",
    "malformed json": "not valid JSON",
    "unknown type": "'dance' is not a supported client message",
    "missing parameters": '"parameters" must be an object',
    "bad parameters": '"discarded" is missing',
    "half a sample frame": "3 bytes is not a whole number of 2-byte sample frames",
    "oversized frame": "over the limit of 1048576",
    "bad open": '"conversationId" is missing',
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_input_gets_disconnect_and_the_call_beside_it_finishes(case: str) -> None:
    app, state = make_app()
    with TestClient(app) as tc:
        with Client(tc) as bad:
            BAD_CASES[case](bad)
            healthy = healthy_call(tc, state)  # a second call, while the bad one is open
            reply = bad.receive()
            assert reply["type"] == "disconnect", reply
            assert reply["parameters"]["reason"] == "error"
            assert EXPECTED_INFO[case] in reply["parameters"]["info"]
            # The client answers a disconnect with close, and gets closed.
            bad.send("close", {"reason": "disconnect"})
            assert bad.receive()["type"] == "closed"
        assert healthy.ended == ["completed"]
        bad_call = state.calls.calls.get(bad.conversation)
        if bad_call is not None:  # the bad call ends at the error, its audio so far kept
            assert bad_call.ended == ["protocol_error"]
    errors = state.metrics.errors_total.labels("protocol")._value.get()
    assert errors == 1


def test_vanished_client_call_ends_and_others_carry_on() -> None:
    app, state = make_app()
    with TestClient(app) as tc:
        with Client(tc) as gone:
            _opened(gone)
            gone.audio(stereo_audio(0.2), 1600)
        # The socket dropped without `close`: the call still ends, and is written.
        healthy = healthy_call(tc, state)
    call = state.calls.calls[gone.conversation]
    assert call.ended == ["vanished"]
    assert len(call.samples(0)) == 1600
    assert healthy.ended == ["completed"]


def test_max_calls_refuses_with_disconnect_and_counts_it() -> None:
    app, state = make_app(limit=1)
    with TestClient(app) as tc, Client(tc) as first:
        _opened(first)
        with Client(tc) as second:
            reply = second.open()
            assert reply["type"] == "disconnect"
            assert reply["parameters"]["reason"] == "error"
            assert "Server busy" in reply["parameters"]["info"]
            second.send("close", {"reason": "disconnect"})
            assert second.receive()["type"] == "closed"
        with Client(tc) as probe:  # a probe is never refused
            assert probe.open(probe=True)["type"] == "opened"
            probe.close()
        assert first.close()["type"] == "closed"
    assert state.metrics.refusals_total.labels("audiohook", "max_calls")._value.get() == 1


# -- authentication ----------------------------------------------------------------------------


def keyed_config() -> ServeConfig:
    return ServeConfig(
        api_keys=(ApiKey(KEY, "acme", SECRET), ApiKey(PLAIN_KEY, "globex")),
    )


def test_signed_request_is_accepted_with_the_keys_tenant() -> None:
    app, state = make_app(keyed_config())
    with TestClient(app) as tc:
        with Client(tc, key=KEY, secret=SECRET) as c:
            _opened(c)
            c.close()
        assert state.calls.calls[c.conversation].start.tenant == "acme"
        with Client(tc, key=PLAIN_KEY) as c:  # no secret configured: no signature needed
            _opened(c)
            c.close()
        assert state.calls.calls[c.conversation].start.tenant == "globex"


@pytest.mark.parametrize(
    ("key", "secret", "status"),
    [
        ("wrong-key", None, 401),
        (None, None, 401),
        (KEY, None, 401),  # the key has a secret: unsigned is refused
        (KEY, "V3JvbmdTZWNyZXRXcm9uZ1NlY3JldA==", 401),
    ],
)
def test_bad_key_or_signature_is_http_401_and_others_carry_on(key, secret, status) -> None:
    app, state = make_app(keyed_config())
    with TestClient(app) as tc:
        headers = None
        if key is None:
            headers = {"Audiohook-Session-Id": str(uuid.uuid4())}
        with (
            pytest.raises(WebSocketDenialResponse) as err,
            Client(tc, key=key, secret=secret, headers=headers),
        ):
            pass  # fmt: skip
        assert err.value.status_code == status
        with Client(tc, key=KEY, secret=SECRET) as c:
            _opened(c)
            assert c.close()["type"] == "closed"
    assert state.metrics.refusals_total.labels("audiohook", "unauthorized")._value.get() == 1


def test_missing_session_header_is_http_400() -> None:
    app, _ = make_app()
    with TestClient(app) as tc:
        with pytest.raises(WebSocketDenialResponse) as err, Client(tc, headers={"X-API-KEY": "k"}):
            pass
        assert err.value.status_code == 400


def test_session_header_must_match_the_open() -> None:
    app, _ = make_app()
    with TestClient(app) as tc:
        header_id = str(uuid.uuid4())
        headers = {"Audiohook-Session-Id": header_id, "Audiohook-Organization-Id": ORG}
        with Client(tc, headers=headers) as c:  # its messages carry another id
            reply = c.open()
            assert reply["type"] == "disconnect"
            assert "Session identifier mismatch" in reply["parameters"]["info"]


def test_organization_mismatch_is_unauthorized() -> None:
    app, state = make_app()
    with TestClient(app) as tc, Client(tc) as c:
        reply = c.open(organizationId="11111111-1111-4111-8111-111111111111")
        assert reply["type"] == "disconnect"
        assert reply["parameters"]["reason"] == "unauthorized"
        c.send("close", {"reason": "disconnect"})
        assert c.receive()["type"] == "closed"
    assert state.calls.calls == {}


# -- a client that reads nothing ---------------------------------------------------------------


class _DeafSocket:
    """A socket whose client never reads: every send blocks."""

    application_state = None

    async def send_text(self, text: str) -> None:
        await asyncio.Event().wait()


def test_a_client_that_never_reads_is_given_up_without_blocking() -> None:
    async def scenario() -> AudioHookSession:
        metrics = Metrics()
        state = SimpleNamespace(config=ServeConfig(), calls=FakeCalls(metrics), metrics=metrics)
        session = AudioHookSession(_DeafSocket(), state, Auth("t", str(uuid.uuid4()), None))  # type: ignore[arg-type]
        writer = asyncio.create_task(session._writer())
        for _ in range(audiohook.MAX_QUEUED_MESSAGES + 5):
            session.send("pong", {})  # never waits, however deaf the client
        writer.cancel()
        return session

    session = asyncio.run(scenario())
    assert session.gone and session.end_reason == "slow_client"
    assert session.outbox.qsize() <= audiohook.MAX_QUEUED_MESSAGES
