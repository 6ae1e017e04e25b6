"""Twilio Media Streams (/twilio): the message checks, the timeline, the signature, and (slow)
whole calls through the running server with the real model."""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.testclient import TestClient, WebSocketDenialResponse

from mot_detect.audio.asr import Transcriber
from mot_detect.audio.metadata import read_sidecar
from mot_detect.audio.pcm import MULAW_TABLE
from mot_detect.audio.recording import transcribe_recording
from mot_detect.io.writers import call_to_dict
from mot_detect.pipeline import Detector, DetectorOptions
from mot_detect.stream.config import ApiKey, ServeConfig
from mot_detect.stream.live import CallLimitReached, CallStart
from mot_detect.stream.metrics import Metrics
from mot_detect.stream.plain import plain_endpoint
from mot_detect.stream.server import create_app
from mot_detect.stream.state import build_state
from mot_detect.stream.twilio import (
    CLOSE_INVALID_DATA,
    CLOSE_POLICY,
    CLOSE_TOO_BIG,
    CLOSE_UNSUPPORTED,
    Dtmf,
    Ignored,
    Media,
    ProtocolClose,
    Stop,
    StreamStart,
    TwilioStream,
    close_reason,
    compute_signature,
    request_url,
    signature_matches,
    twilio_endpoint,
)

SID = "MZ18ad3ab5a668481ce02b83e7395059f0"
CALL_SID = "CA3c95a2a6bba5fde93a5dea01e388e8fb"


class FakeCall:
    """The LiveCall surface the stream uses: each channel's samples, silence as zeros."""

    def __init__(self, channels: int = 2) -> None:
        self.channels: list[list[int]] = [[] for _ in range(channels)]
        self.silences: list[tuple[int, int | None]] = []

    def audio(self, channel: int, samples: np.ndarray) -> None:
        self.channels[channel].extend(int(s) for s in samples)

    def silence(self, samples: int, channel: int | None = None) -> None:
        self.silences.append((samples, channel))
        for c in range(len(self.channels)) if channel is None else [channel]:
            self.channels[c].extend([0] * samples)

    def position(self, channel: int = 0) -> int:
        return len(self.channels[channel])


def start_message(seq: int = 1, tracks: list[str] | None = None, **custom: Any) -> str:
    # The shape of a start message in Twilio's recorded capture (twilio/media-streams,
    # node/connect-basic/output.txt): numbers as strings, mediaFormat's as numbers.
    return json.dumps(
        {
            "event": "start",
            "sequenceNumber": str(seq),
            "start": {
                "accountSid": "AC0123456789abcdef0123456789abcdef",
                "streamSid": SID,
                "callSid": CALL_SID,
                "tracks": tracks or ["inbound", "outbound"],
                "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                "customParameters": custom,
            },
            "streamSid": SID,
        }
    )


def media_message(seq: int, track: str, timestamp: int, payload: bytes, chunk: int = 1) -> str:
    return json.dumps(
        {
            "event": "media",
            "sequenceNumber": str(seq),
            "media": {
                "track": track,
                "chunk": str(chunk),
                "timestamp": str(timestamp),
                "payload": base64.b64encode(payload).decode(),
            },
            "streamSid": SID,
        }
    )


CONNECTED = json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"})


def started(tracks: list[str] | None = None, **custom: Any) -> TwilioStream:
    stream = TwilioStream()
    assert isinstance(stream.feed(CONNECTED), Ignored)
    assert isinstance(stream.feed(start_message(tracks=tracks, **custom)), StreamStart)
    return stream


def closes(stream: TwilioStream, text: str) -> ProtocolClose:
    with pytest.raises(ProtocolClose) as caught:
        stream.feed(text)
    return caught.value


# --- messages -------------------------------------------------------------------------------------


def test_a_start_names_the_call_and_maps_tracks_to_channels_in_a_fixed_order() -> None:
    stream = TwilioStream()
    stream.feed(CONNECTED)
    start = stream.feed(start_message(tracks=["outbound", "inbound"]))
    assert isinstance(start, StreamStart)
    assert start.call_id == CALL_SID and start.stream_sid == SID
    assert start.tracks == ("inbound", "outbound")
    assert start.speakers == ("customer", "agent")
    assert start.metadata["twilio"]["call_sid"] == CALL_SID


def test_the_track_map_decides_who_speaks_on_each_track() -> None:
    stream = TwilioStream(tracks_map={"inbound": "agent", "outbound": "customer"})
    start = stream.feed(start_message())
    assert isinstance(start, StreamStart)
    assert start.speakers == ("agent", "customer")


def test_a_single_inbound_track_is_one_channel() -> None:
    start = started(tracks=["inbound"]).started
    assert start is not None and start.tracks == ("inbound",) and start.speakers == ("customer",)


def test_custom_parameters_carry_the_call_metadata() -> None:
    stream = started(
        call_id="c-1042",
        started_at="2026-03-04T16:05:00-05:00",
        agent="a-117",
        queue="billing",
        **{"ivr.account_number": "44017293"},
        metadata=json.dumps({"channel": "mobile_app_call"}),
        crm_ticket="T-9",
    )
    start = stream.started
    assert start is not None
    assert start.call_id == "c-1042"
    assert (
        start.started_at is not None and start.started_at.isoformat() == "2026-03-04T16:05:00-05:00"
    )
    assert start.metadata["ivr"] == {"account_number": "44017293"}
    assert start.metadata["agent"] == "a-117" and start.metadata["queue"] == "billing"
    assert start.metadata["channel"] == "mobile_app_call"
    assert start.metadata["twilio"]["parameters"] == {"crm_ticket": "T-9"}


@pytest.mark.parametrize(
    ("custom", "field"),
    [
        ({"started_at": "next tuesday"}, "started_at"),
        ({"metadata": "{not json"}, "customParameters.metadata"),
        ({"metadata": json.dumps({"ivr": "1234"})}, "metadata.ivr"),
    ],
)
def test_a_bad_custom_parameter_is_refused_naming_it(custom: dict[str, str], field: str) -> None:
    stream = TwilioStream()
    error = closes(stream, start_message(**custom))
    assert error.code == CLOSE_POLICY and field in error.reason


def test_media_is_decoded_from_base64_mu_law() -> None:
    stream = started()
    codes = bytes(range(0, 256, 16))
    media = stream.feed(media_message(2, "outbound", 40, codes))
    assert isinstance(media, Media)
    assert media.channel == 1 and media.timestamp_ms == 40
    assert media.samples.tolist() == MULAW_TABLE[np.frombuffer(codes, np.uint8)].tolist()


def test_numbers_sent_as_json_numbers_are_taken_too() -> None:
    stream = started()
    message = json.loads(media_message(2, "inbound", 0, b"\xff" * 8))
    message["sequenceNumber"] = 2
    message["media"]["timestamp"] = 0
    assert isinstance(stream.feed(json.dumps(message)), Media)


def test_mark_dtmf_and_stop() -> None:
    stream = started()
    mark = {"event": "mark", "sequenceNumber": "2", "streamSid": SID, "mark": {"name": "m"}}
    assert isinstance(stream.feed(json.dumps(mark)), Ignored)
    dtmf = {
        "event": "dtmf",
        "sequenceNumber": "3",
        "streamSid": SID,
        "dtmf": {"track": "inbound_track", "digit": "7"},
    }
    assert stream.feed(json.dumps(dtmf)) == Dtmf("7", "inbound_track")
    stop = {"event": "stop", "sequenceNumber": "4", "streamSid": SID, "stop": {"callSid": CALL_SID}}
    assert isinstance(stream.feed(json.dumps(stop)), Stop)
    error = closes(stream, media_message(5, "inbound", 0, b"\xff"))
    assert error.code == CLOSE_POLICY and "after 'stop'" in error.reason


def test_connected_is_optional_but_never_twice() -> None:
    stream = TwilioStream()
    assert isinstance(stream.feed(start_message()), StreamStart)
    assert closes(stream, CONNECTED).code == CLOSE_POLICY


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("{not json", CLOSE_INVALID_DATA, "not valid JSON"),
        ("[1, 2]", CLOSE_INVALID_DATA, "expected a JSON object"),
        (
            json.dumps({"event": "hangup", "sequenceNumber": "2"}),
            CLOSE_UNSUPPORTED,
            "unknown event 'hangup'",
        ),
        (json.dumps({"sequenceNumber": "2"}), CLOSE_UNSUPPORTED, "unknown event"),
        (
            media_message(2, "inbound", 0, b"\xff").replace('"payload": "', '"payload": "*'),
            CLOSE_INVALID_DATA,
            "base64",
        ),
        (media_message(3, "inbound", 0, b"\xff"), CLOSE_POLICY, "sequenceNumber 3: expected 2"),
        (media_message(1, "inbound", 0, b"\xff"), CLOSE_POLICY, "sequenceNumber 1: expected 2"),
        (
            media_message(2, "inbound", 0, b"\xff").replace(
                '"sequenceNumber": "2"', '"sequenceNumber": "two"'
            ),
            CLOSE_POLICY,
            "sequenceNumber",
        ),
        (
            media_message(2, "inbound", 0, b"\xff").replace(SID, "MZother"),
            CLOSE_POLICY,
            "streamSid",
        ),
        (media_message(2, "both", 0, b"\xff"), CLOSE_POLICY, "media.track"),
        (media_message(2, "inbound", -5, b"\xff"), CLOSE_POLICY, "media.timestamp"),
        (start_message(2), CLOSE_POLICY, "second 'start'"),
    ],
)
def test_bad_messages_close_with_the_right_code_and_say_why(
    text: str, code: int, words: str
) -> None:
    error = closes(started(), text)
    assert error.code == code
    assert words in error.reason


def test_media_before_start_is_a_policy_violation() -> None:
    stream = TwilioStream()
    stream.feed(CONNECTED)
    error = closes(stream, media_message(1, "inbound", 0, b"\xff"))
    assert error.code == CLOSE_POLICY and "before 'start'" in error.reason


def test_an_unsupported_media_format_is_refused() -> None:
    message = json.loads(start_message())
    message["start"]["mediaFormat"] = {
        "encoding": "audio/x-l16",
        "sampleRate": 16000,
        "channels": 1,
    }
    error = closes(TwilioStream(), json.dumps(message))
    assert error.code == CLOSE_UNSUPPORTED and "mediaFormat" in error.reason


def test_an_oversized_text_frame_is_refused_before_it_is_parsed() -> None:
    stream = TwilioStream(max_chars=1000)
    error = closes(stream, json.dumps({"event": "media", "pad": "x" * 2000}))
    assert error.code == CLOSE_TOO_BIG


def test_a_close_reason_fits_a_close_frame() -> None:
    reason = close_reason("é" * 200)
    assert len(reason.encode()) <= 123 and reason.endswith("...")
    assert close_reason("short") == "short"


# --- the timeline ---------------------------------------------------------------------------------


def chunk(
    stream: TwilioStream,
    call: FakeCall,
    seq: int,
    track: str,
    ms: int,
    n: int = 160,
    value: int = 0x80,
) -> None:
    media = stream.feed(media_message(seq, track, ms, bytes([value]) * n))
    assert isinstance(media, Media)
    stream.place(media, call)


def test_chunks_in_order_are_appended_without_silence() -> None:
    stream, call = started(), FakeCall()
    seq = 2
    for i in range(5):
        for track in ("inbound", "outbound"):
            chunk(stream, call, seq, track, 20 * i)
            seq += 1
    assert call.position(0) == call.position(1) == 800
    assert call.silences == []


def test_a_lost_chunk_becomes_silence_and_keeps_the_tracks_aligned() -> None:
    stream, call = started(), FakeCall()
    chunk(stream, call, 2, "inbound", 0)
    chunk(stream, call, 3, "outbound", 0)
    chunk(stream, call, 4, "inbound", 40)  # the inbound chunk at 20 ms never came
    chunk(stream, call, 5, "outbound", 20)
    chunk(stream, call, 6, "outbound", 40)
    assert call.silences == [(160, 0)]
    assert call.position(0) == call.position(1) == 480
    assert stream.gaps_ms == 20


def test_a_late_chunk_loses_its_overlap_and_a_duplicate_is_dropped() -> None:
    stream, call = started(tracks=["inbound"]), FakeCall(1)
    chunk(stream, call, 2, "inbound", 0, value=0x80)
    chunk(stream, call, 3, "inbound", 20, value=0x80)
    chunk(stream, call, 4, "inbound", 20, value=0x00)  # a duplicate of 20 ms
    assert call.position(0) == 320
    chunk(stream, call, 5, "inbound", 0, n=400, value=0x00)  # 40 of its 50 ms already placed
    assert call.position(0) == 400
    assert call.channels[0][320:] == [int(MULAW_TABLE[0])] * 80  # its last 10 ms
    assert stream.overlaps_ms == 20 + 40
    assert call.silences == []


def test_timestamp_jitter_within_tolerance_moves_nothing() -> None:
    stream, call = started(tracks=["inbound"]), FakeCall(1)
    for seq, ms in enumerate([0, 21, 39, 61, 80], start=2):
        chunk(stream, call, seq, "inbound", ms)
    assert call.position(0) == 800 and call.silences == [] and stream.overlaps_ms == 0


def test_a_timestamp_far_ahead_is_refused_rather_than_filled() -> None:
    stream, call = started(tracks=["inbound"]), FakeCall(1)
    media = stream.feed(media_message(2, "inbound", 10_000_000, b"\xff" * 160))
    assert isinstance(media, Media)
    with pytest.raises(ProtocolClose) as caught:
        stream.place(media, call)
    assert caught.value.code == CLOSE_POLICY and call.silences == []


def test_dtmf_is_noted_at_the_call_position() -> None:
    stream, call = started(), FakeCall()
    chunk(stream, call, 2, "inbound", 0, n=800)
    dtmf = {
        "event": "dtmf",
        "sequenceNumber": "3",
        "streamSid": SID,
        "dtmf": {"track": "inbound_track", "digit": "#"},
    }
    event = stream.feed(json.dumps(dtmf))
    assert isinstance(event, Dtmf)
    stream.note_dtmf(event, call)
    assert stream.dtmf == [(0.1, "#")]


# --- X-Twilio-Signature ---------------------------------------------------------------------------
# Vectors from Twilio's own library tests (twilio/twilio-python, tests/unit/test_request_validator.py).
TOKEN = "12345"
URI = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}


def test_signature_matches_twilios_published_vector() -> None:
    assert compute_signature(TOKEN, URI, PARAMS) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="


@pytest.mark.parametrize(
    ("uri", "signature"),
    [
        (URI, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        (URI.replace(".com", ".com:1234"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="),  # port removed
        (URI, "kvajT1Ptam85bY51eRf/AJRuM3w="),  # signed with :443
        (URI.replace("https", "http"), "0ZXoZLH/DfblKGATFgpif+LLRf4="),  # signed with :80
    ],
)
def test_signature_is_checked_with_and_without_the_default_port(uri: str, signature: str) -> None:
    assert signature_matches(TOKEN, uri, signature, PARAMS)


def test_a_wrong_or_missing_signature_fails() -> None:
    assert not signature_matches(
        TOKEN, URI, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", {**PARAMS, "Digits": "9"}
    )
    assert not signature_matches("54321", URI, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", PARAMS)
    assert not signature_matches(TOKEN, URI, None, PARAMS)
    assert not signature_matches(TOKEN, URI, "", PARAMS)


def test_the_signed_url_is_the_wss_url_twilio_connected_to() -> None:
    headers = {
        "host": "10.0.0.5:8080",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "hook.example.com",
    }
    assert request_url("ws", headers, "/twilio") == "wss://hook.example.com/twilio"
    assert request_url("ws", {"host": "127.0.0.1:9000"}, "/twilio") == "ws://127.0.0.1:9000/twilio"


# --- the endpoint, through a running app (the calls are recording fakes) -------------------------


class RecordedCall(FakeCall):
    """What the endpoint hands the core: the CallStart, the audio, how the call ended."""

    def __init__(self, start: CallStart) -> None:
        super().__init__(len(start.speakers))
        self.start = start
        self.call_id = start.call_id
        self.ended: list[str] = []
        self.dropped_seconds = 0.0

    def audio_interleaved(self, samples: np.ndarray) -> None:
        n = len(self.channels)
        for c in range(n):
            self.audio(c, samples[c::n])

    async def end(self, reason: str = "completed") -> None:
        self.ended.append(reason)


class RecordedCalls:
    def __init__(self, metrics: Metrics, limit: int = 10) -> None:
        self.metrics = metrics
        self.limit = limit
        self.calls: dict[str, RecordedCall] = {}

    async def start(self, start: CallStart) -> RecordedCall:
        live = [c for c in self.calls.values() if not c.ended]
        if len(live) >= self.limit:  # as the core: counted, then raised
            self.metrics.refusals_total.labels(start.protocol, "max_calls").inc()
            raise CallLimitReached(f"this server is scoring {self.limit} calls")
        call = RecordedCall(start)
        self.calls[start.call_id] = call
        return call

    def get(self, call_id: str) -> RecordedCall | None:
        return self.calls.get(call_id)


def make_app(config: ServeConfig | None = None, limit: int = 10) -> tuple[Starlette, Any]:
    metrics = Metrics()
    state = SimpleNamespace(
        config=config or ServeConfig(), calls=RecordedCalls(metrics, limit), metrics=metrics
    )
    app = Starlette(
        routes=[
            WebSocketRoute("/twilio", twilio_endpoint),
            WebSocketRoute("/stream", plain_endpoint),
        ]
    )
    app.state.live = state
    return app, state


def close_of(ws: Any) -> tuple[int, str]:
    """The close code and reason the server ends the socket with."""
    while True:
        message = ws.receive()
        if message["type"] == "websocket.close":
            return message["code"], message.get("reason", "")


class TwilioClient:
    """Sends what Twilio sends for a both_tracks stream, numbering the messages."""

    def __init__(self, ws: Any, call_id: str | None = None) -> None:
        self.ws = ws
        self.seq = 0
        self.call_id = call_id
        self.ms = 0

    def start(self, **custom: Any) -> None:
        self.ws.send_text(CONNECTED)
        self.seq += 1
        if self.call_id:
            custom.setdefault("call_id", self.call_id)
        self.ws.send_text(start_message(self.seq, **custom))

    def media(self, n: int = 160) -> None:
        for track in ("inbound", "outbound"):
            self.seq += 1
            self.ws.send_text(media_message(self.seq, track, self.ms, b"\x80" * n))
        self.ms += n // 8

    def stop(self) -> tuple[int, str]:
        self.seq += 1
        stop = {
            "event": "stop",
            "sequenceNumber": str(self.seq),
            "streamSid": SID,
            "stop": {"callSid": CALL_SID},
        }
        self.ws.send_text(json.dumps(stop))
        return close_of(self.ws)


def test_a_whole_stream_starts_feeds_and_ends_its_call() -> None:
    app, state = make_app()
    with TestClient(app) as tc, tc.websocket_connect("/twilio") as ws:
        client = TwilioClient(ws, "c-1")
        client.start(started_at="2026-03-04T16:05:00-05:00", **{"ivr.account_number": "4401"})
        for _ in range(10):
            client.media()
        assert client.stop() == (1000, "call ended")
    call = state.calls.calls["c-1"]
    assert call.start.protocol == "twilio" and call.start.tenant == "default"
    assert call.start.speakers == ("customer", "agent") and call.start.sample_rate == 8000
    assert call.start.metadata["ivr"] == {"account_number": "4401"}
    assert call.position(0) == call.position(1) == 1600
    assert call.ended == ["completed"]


def test_the_configured_track_map_and_tenant_are_used() -> None:
    config = ServeConfig(
        twilio_tracks={"inbound": "agent", "outbound": "customer"}, twilio_tenant="acme"
    )
    app, state = make_app(config)
    with TestClient(app) as tc, tc.websocket_connect("/twilio") as ws:
        client = TwilioClient(ws, "c-2")
        client.start()
        client.stop()
    start = state.calls.calls["c-2"].start
    assert start.speakers == ("agent", "customer") and start.tenant == "acme"


def _send_raw(text: str | bytes) -> Callable[[TwilioClient], None]:
    def send(client: TwilioClient) -> None:
        if isinstance(text, bytes):
            client.ws.send_bytes(text)
        else:
            client.ws.send_text(text)

    return send


def _started(then: Callable[[TwilioClient], None]) -> Callable[[TwilioClient], None]:
    def send(client: TwilioClient) -> None:
        client.start()
        client.media()
        then(client)

    return send


BAD_CASES: dict[str, tuple[Callable[[TwilioClient], None], int, str]] = {
    "malformed json": (_started(_send_raw("{oops")), CLOSE_INVALID_DATA, "not valid JSON"),
    "unknown event": (
        _started(_send_raw('{"event": "hangup", "sequenceNumber": "4"}')),
        CLOSE_UNSUPPORTED,
        "unknown event",
    ),
    "media before start": (
        _send_raw(media_message(1, "inbound", 0, b"\xff")),
        CLOSE_POLICY,
        "before 'start'",
    ),
    "bad base64": (
        _started(
            _send_raw(
                media_message(4, "inbound", 20, b"\xff").replace('"payload": "', '"payload": "!')
            )
        ),
        CLOSE_INVALID_DATA,
        "base64",
    ),
    "wrong sequenceNumber": (
        _started(_send_raw(media_message(9, "inbound", 20, b"\xff"))),
        CLOSE_POLICY,
        "expected 4",
    ),
    "repeated sequenceNumber": (
        _started(_send_raw(media_message(3, "inbound", 20, b"\xff"))),
        CLOSE_POLICY,
        "expected 4",
    ),
    "binary frame": (_started(_send_raw(b"\x00\x01")), CLOSE_UNSUPPORTED, "binary frame"),
    "oversized frame": (
        _started(_send_raw(json.dumps({"event": "media", "x": "y" * 70_000}))),
        CLOSE_TOO_BIG,
        "at most 65,535",
    ),
    "bad start": (
        _send_raw(start_message(1).replace('"callSid"', '"callSID"')),
        CLOSE_POLICY,
        "start.callSid",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_input_closes_with_its_code_and_the_call_beside_it_finishes(case: str) -> None:
    send, code, words = BAD_CASES[case]
    app, state = make_app()
    with TestClient(app) as tc, tc.websocket_connect("/twilio") as good_ws:
        good = TwilioClient(good_ws, "good")
        good.start()
        good.media()
        with tc.websocket_connect("/twilio") as bad_ws:
            bad = TwilioClient(bad_ws, "bad")
            send(bad)
            got_code, reason = close_of(bad_ws)
        assert got_code == code and words in reason, (got_code, reason)
        good.media()  # the healthy call carries on after the bad one is gone
        assert good.stop() == (1000, "call ended")
    assert state.calls.calls["good"].ended == ["completed"]
    assert state.calls.calls["good"].position(0) == 320
    if "bad" in state.calls.calls:  # the bad call ends at the error, its audio so far kept
        assert state.calls.calls["bad"].ended == ["protocol_error"]
        assert state.calls.calls["bad"].position(0) == 160
    assert state.metrics.errors_total.labels("protocol")._value.get() == 1


def test_a_stream_that_vanishes_before_stop_still_ends_its_call() -> None:
    app, state = make_app()
    with TestClient(app) as tc:
        with tc.websocket_connect("/twilio") as ws:
            client = TwilioClient(ws, "gone")
            client.start()
            client.media()
        with tc.websocket_connect("/twilio") as ws:
            client = TwilioClient(ws, "next")
            client.start()
            assert client.stop()[0] == 1000
    assert state.calls.calls["gone"].ended == ["vanished"]
    assert state.calls.calls["next"].ended == ["completed"]


def test_max_calls_refuses_with_1013_and_the_live_call_carries_on() -> None:
    app, state = make_app(limit=1)
    with TestClient(app) as tc, tc.websocket_connect("/twilio") as first_ws:
        first = TwilioClient(first_ws, "first")
        first.start()
        with tc.websocket_connect("/twilio") as second_ws:
            TwilioClient(second_ws, "second").start()
            code, reason = close_of(second_ws)
        assert code == 1013 and "try again later" in reason
        first.media()
        assert first.stop()[0] == 1000
    assert "second" not in state.calls.calls
    assert state.metrics.refusals_total.labels("twilio", "max_calls")._value.get() == 1


def test_the_signature_is_required_when_an_auth_token_is_set() -> None:
    app, state = make_app(ServeConfig(twilio_auth_token="secret-token-0123456789"))
    url = "ws://testserver/twilio"
    with TestClient(app) as tc:
        for headers in ({}, {"X-Twilio-Signature": compute_signature("wrong-token", url)}):
            with (
                pytest.raises(WebSocketDenialResponse) as refused,
                tc.websocket_connect("/twilio", headers=headers),
            ):
                pass
            assert refused.value.status_code == 403
        signed = {"X-Twilio-Signature": compute_signature("secret-token-0123456789", url)}
        with tc.websocket_connect("/twilio", headers=signed) as ws:
            client = TwilioClient(ws, "signed")
            client.start()
            assert client.stop()[0] == 1000
    assert state.calls.calls["signed"].ended == ["completed"]
    assert state.metrics.refusals_total.labels("twilio", "unauthorized")._value.get() == 2


# --- slow: whole spoken calls through the real server with tiny.en -------------------------------

REPO = Path(__file__).resolve().parent.parent
SPOKEN = REPO / "spoken_examples"
EVENTS_TOKEN = "events-token-0123456789"
STREAM_KEY = "stream-key-0123456789abcdef"


@dataclass
class LiveServer:
    base: str  # ws://127.0.0.1:port
    out_dir: Path
    state: Any
    detector: Detector
    transcriber: Transcriber


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    import uvicorn

    sys.path.insert(0, str(REPO / "scripts"))
    from compare_spoken import tiny_transcriber

    out_dir = tmp_path_factory.mktemp("live")
    config = ServeConfig(
        out_dir=out_dir,
        api_keys=(ApiKey(STREAM_KEY, "default"),),
        subscriber_tokens={EVENTS_TOKEN: "default"},
        # The calls are streamed faster than real time: nothing may be dropped for falling behind.
        asr_backlog_seconds=3600.0,
    )
    detector = Detector(DetectorOptions())
    transcriber = tiny_transcriber(threads=2)
    state = build_state(config, detector, transcriber)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(state), host="127.0.0.1", port=port, log_level="warning",
            ws_max_size=config.max_frame_bytes,
        )
    )  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield LiveServer(f"ws://127.0.0.1:{port}", out_dir, state, detector, transcriber)
    server.should_exit = True
    thread.join(60)


def batch_scored(server: LiveServer, wav: Path) -> dict[str, Any]:
    """Batch scoring of the recording, redacted as the server redacts what it writes."""
    from mot_detect.redact import redact_call

    call = transcribe_recording(wav, server.transcriber, metadata=read_sidecar(wav))
    return call_to_dict(redact_call(server.detector.score_call(call), server.state.config.redact))


def assert_same_as_batch(stored: dict[str, Any], batch: dict[str, Any]) -> None:
    """The live call ends with batch scoring's utterances, labels, findings and score."""
    assert [u["text"] for u in stored["utterances"]] == [u["text"] for u in batch["utterances"]]
    assert stored["utterances"] == batch["utterances"]
    assert stored["findings"] == batch["findings"]
    assert stored["score"] == batch["score"]
    assert stored["started_at"] == batch["started_at"]


def stream(server: LiveServer, wav: Path, protocol: str, **options: Any) -> Any:
    sys.path.insert(0, str(REPO / "scripts"))
    import simulate_call

    return asyncio.run(
        simulate_call.stream_call(
            wav, protocol=protocol, url=f"{server.base}/{protocol}", speed=0,
            events_token=EVENTS_TOKEN, events_wait=300, **options,
        )
    )  # fmt: skip


@pytest.mark.slow
def test_a_spoken_call_over_twilio_alerts_live_and_ends_as_batch_scoring(
    live_server: LiveServer,
) -> None:
    wav = SPOKEN / "car_insurance_first_claim_missed.wav"
    result = stream(live_server, wav, "twilio")
    assert result.ok, (result.close_code, result.close_reason)
    assert result.call_id == "ex-carclaim-01"
    kinds = [e["type"] for e in result.events]
    assert kinds[0] == "call_started" and kinds[-1] == "call_ended"
    assert all(e["call_id"] == result.call_id for e in result.events)
    # The customer's deadline: the alert carries her words and the resolved time.
    deadlines = [
        e["data"] for e in result.events if e["type"] == "cue" and e["data"]["label"] == "deadline"
    ]
    assert deadlines, kinds
    assert any("thursday" in d["text"].lower() for d in deadlines), deadlines
    assert any(d["detail"].get("resolved") for d in deadlines), deadlines
    # The agent lets the cues pass: missed_cue follows the script reply.
    missed = [e for e in result.events if e["type"] == "missed_cue"]
    assert missed, kinds
    first_missed = kinds.index("missed_cue")
    assert "script_reply" in kinds[:first_missed]
    ended = result.events[-1]["data"]
    stored = json.loads(Path(ended["out_file"]).read_text())
    assert stored["metadata"]["ivr"] and stored["metadata"]["twilio"]["tracks"] == {
        "inbound": "customer",
        "outbound": "agent",
    }
    assert_same_as_batch(stored, batch_scored(live_server, wav))
