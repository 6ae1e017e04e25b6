"""The plain protocol (/stream, FreeSWITCH mod_audio_stream's shape): the metadata frame, the
audio frames, the end, auth; and (slow) whole calls through the running server."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from starlette.testclient import TestClient, WebSocketDenialResponse
from test_stream_twilio import (  # noqa: F401  (live_server: the fixture)
    SPOKEN,
    STREAM_KEY,
    LiveServer,
    assert_same_as_batch,
    batch_scored,
    close_of,
    live_server,
    make_app,
    stream,
)

from mot_detect.stream.config import ApiKey, ServeConfig
from mot_detect.stream.plain import (
    STEREO_SPEAKERS,
    bearer_key,
    parse_control,
    parse_start,
    pcm_frame,
)
from mot_detect.stream.twilio import (
    CLOSE_INVALID_DATA,
    CLOSE_POLICY,
    CLOSE_TOO_BIG,
    CLOSE_UNSUPPORTED,
    ProtocolClose,
)


def test_a_full_metadata_frame() -> None:
    start = parse_start(
        json.dumps(
            {
                "call_id": "fs-8c1e",
                "sample_rate": 16000,
                "channels": 2,
                "speakers": ["agent", "customer"],
                "started_at": "2026-07-17T17:26:00-04:00",
                "metadata": {"ivr": {"account_number": "44017293"}},
                "agent": "a-117",
            }
        )
    )
    assert (start.call_id, start.sample_rate, start.speakers) == (
        "fs-8c1e",
        16000,
        ("agent", "customer"),
    )
    assert (
        start.started_at is not None and start.started_at.isoformat() == "2026-07-17T17:26:00-04:00"
    )
    assert start.metadata == {"ivr": {"account_number": "44017293"}, "agent": "a-117"}


def test_defaults_are_mod_audio_streams_stereo_at_8_khz() -> None:
    start = parse_start("{}")
    assert start.sample_rate == 8000
    assert start.speakers == STEREO_SPEAKERS == ("customer", "agent")
    assert start.call_id.startswith("stream-")
    assert parse_start('{"channels": 1}').speakers == ("customer",)


def test_channels_may_be_the_speaker_list_as_in_a_sidecar() -> None:
    assert parse_start('{"channels": ["agent", "customer"]}').speakers == ("agent", "customer")


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("call-42", CLOSE_INVALID_DATA, "not JSON"),
        ("[1]", CLOSE_INVALID_DATA, "JSON object"),
        ('{"sample_rate": 44100}', CLOSE_UNSUPPORTED, "sample_rate"),
        ('{"sample_rate": "8000"}', CLOSE_UNSUPPORTED, "sample_rate"),
        ('{"channels": 3}', CLOSE_UNSUPPORTED, "channels"),
        ('{"channels": 1, "speakers": ["agent", "customer"]}', CLOSE_POLICY, "speakers"),
        ('{"speakers": ["agent", "boss"]}', CLOSE_POLICY, "speakers"),
        ('{"channels": ["agent"], "speakers": ["customer"]}', CLOSE_POLICY, "disagree"),
        ('{"started": "2026-01-01"}', CLOSE_POLICY, "field 'started'"),
        ('{"started_at": "soon"}', CLOSE_POLICY, "started_at"),
        ('{"metadata": [1]}', CLOSE_POLICY, "metadata"),
    ],
)
def test_a_bad_metadata_frame_is_refused_naming_the_field(text: str, code: int, words: str) -> None:
    with pytest.raises(ProtocolClose) as caught:
        parse_start(text)
    assert caught.value.code == code
    assert words in caught.value.reason


def test_an_oversized_metadata_frame_is_refused() -> None:
    with pytest.raises(ProtocolClose) as caught:
        parse_start(json.dumps({"metadata": {"x": "y" * 5000}}), max_chars=4096)
    assert caught.value.code == CLOSE_TOO_BIG


def test_audio_frames_are_pcm16_little_endian_interleaved() -> None:
    samples = np.array([1, -2, 300, -32768, 32767, 0], dtype=np.int16)
    frame = pcm_frame(samples.astype("<i2").tobytes(), channels=2, max_bytes=1024)
    assert frame.tolist() == samples.tolist()


@pytest.mark.parametrize(("size", "channels"), [(3, 1), (6, 2), (1, 2)])
def test_a_frame_of_partial_sample_frames_is_refused(size: int, channels: int) -> None:
    with pytest.raises(ProtocolClose) as caught:
        pcm_frame(b"\x00" * size, channels=channels, max_bytes=1024)
    assert caught.value.code == CLOSE_INVALID_DATA and "sample frames" in caught.value.reason


def test_an_oversized_audio_frame_is_refused() -> None:
    with pytest.raises(ProtocolClose) as caught:
        pcm_frame(b"\x00" * 4096, channels=2, max_bytes=1024)
    assert caught.value.code == CLOSE_TOO_BIG


def test_only_end_is_a_control_message() -> None:
    assert parse_control('{"type": "end"}') == "end"
    for text, code in [
        ('{"type": "pause"}', CLOSE_UNSUPPORTED),
        ("bye", CLOSE_INVALID_DATA),
        ("[]", CLOSE_UNSUPPORTED),
    ]:
        with pytest.raises(ProtocolClose) as caught:
            parse_control(text)
        assert caught.value.code == code


def test_the_key_comes_from_a_bearer_header_or_the_token_query() -> None:
    assert bearer_key({"authorization": "Bearer k-1"}, {}) == "k-1"
    assert bearer_key({"authorization": "bearer  k-1 "}, {"token": "other"}) == "k-1"
    assert bearer_key({}, {"token": "k-2"}) == "k-2"
    assert bearer_key({"authorization": "Basic abc"}, {}) is None
    assert bearer_key({}, {"token": ""}) is None


# --- the endpoint, through a running app (the calls are recording fakes) -------------------------

STEREO_20MS = np.arange(320, dtype=np.int16).astype("<i2").tobytes()  # 160 frames of 2 channels


def healthy_start(ws: Any, call_id: str, **extra: Any) -> None:
    ws.send_text(json.dumps({"call_id": call_id, "speakers": ["agent", "customer"], **extra}))


def test_a_whole_call_metadata_audio_end() -> None:
    app, state = make_app()
    with TestClient(app) as tc, tc.websocket_connect("/stream") as ws:
        healthy_start(ws, "fs-1", sample_rate=16000, metadata={"queue": "billing"})
        for _ in range(5):
            ws.send_bytes(STEREO_20MS)
        ws.send_text('{"type": "end"}')
        assert close_of(ws) == (1000, "call ended")
    call = state.calls.calls["fs-1"]
    assert call.start.protocol == "stream" and call.start.sample_rate == 16000
    assert call.start.speakers == ("agent", "customer") and call.start.tenant == "default"
    assert call.start.metadata == {"queue": "billing"}
    assert call.channels[0][:3] == [0, 2, 4] and call.channels[1][:3] == [1, 3, 5]
    assert call.position(0) == call.position(1) == 800
    assert call.ended == ["completed"]


def test_closing_the_socket_ends_the_call_like_mod_audio_stream_stop() -> None:
    app, state = make_app()
    with TestClient(app) as tc:
        with tc.websocket_connect("/stream") as ws:
            healthy_start(ws, "fs-2")
            ws.send_bytes(STEREO_20MS)
            ws.close(1000)
        with tc.websocket_connect("/stream") as ws:  # the server carries on
            healthy_start(ws, "fs-3")
            ws.send_text('{"type": "end"}')
            assert close_of(ws)[0] == 1000
    assert state.calls.calls["fs-2"].ended == ["completed"]
    assert state.calls.calls["fs-2"].position(0) == 160


def test_an_abnormal_close_ends_the_call_as_vanished() -> None:
    app, state = make_app()
    with TestClient(app) as tc, tc.websocket_connect("/stream") as ws:
        healthy_start(ws, "fs-4")
        ws.send_bytes(STEREO_20MS)
        ws.close(1011)
    assert state.calls.calls["fs-4"].ended == ["vanished"]


PLAIN_BAD: dict[str, tuple[list[str | bytes], int, str]] = {
    "audio before metadata": ([STEREO_20MS], CLOSE_POLICY, "before the metadata frame"),
    "metadata not json": (["fs-call-id"], CLOSE_INVALID_DATA, "not JSON"),
    "unknown field": (['{"call_id": "bad", "sampel_rate": 8000}'], CLOSE_POLICY, "sampel_rate"),
    "wrong rate": (['{"call_id": "bad", "sample_rate": 44100}'], CLOSE_UNSUPPORTED, "sample_rate"),
    "half a sample frame": (
        ['{"call_id": "bad"}', b"\x00\x01\x02"],
        CLOSE_INVALID_DATA,
        "sample frames",
    ),
    "oversized frame": (
        ['{"call_id": "bad"}', b"\x00" * (1 << 20) + b"\x00" * 4],
        CLOSE_TOO_BIG,
        "at most",
    ),
    "garbage text": (['{"call_id": "bad"}', "hello"], CLOSE_INVALID_DATA, "not JSON"),
    "unknown message": (['{"call_id": "bad"}', '{"type": "pause"}'], CLOSE_UNSUPPORTED, "'pause'"),
}


@pytest.mark.parametrize("case", sorted(PLAIN_BAD))
def test_bad_input_closes_with_its_code_and_the_call_beside_it_finishes(case: str) -> None:
    frames, code, words = PLAIN_BAD[case]
    app, state = make_app()
    with TestClient(app) as tc, tc.websocket_connect("/stream") as good:
        healthy_start(good, "good")
        good.send_bytes(STEREO_20MS)
        with tc.websocket_connect("/stream") as bad:
            for frame in frames:
                bad.send_bytes(frame) if isinstance(frame, bytes) else bad.send_text(frame)
            got_code, reason = close_of(bad)
        assert got_code == code and words in reason, (got_code, reason)
        good.send_bytes(STEREO_20MS)
        good.send_text('{"type": "end"}')
        assert close_of(good) == (1000, "call ended")
    assert state.calls.calls["good"].ended == ["completed"]
    assert state.calls.calls["good"].position(1) == 320
    if "bad" in state.calls.calls:
        assert state.calls.calls["bad"].ended == ["protocol_error"]
    assert state.metrics.errors_total.labels("protocol")._value.get() == 1


def keyed() -> ServeConfig:
    return ServeConfig(api_keys=(ApiKey("fs-key-0123456789abcdef", "acme"),))


@pytest.mark.parametrize(
    ("headers", "path"),
    [
        ({"Authorization": "Bearer fs-key-0123456789abcdef"}, "/stream"),
        ({}, "/stream?token=fs-key-0123456789abcdef"),
    ],
)
def test_a_known_key_streams_as_its_tenant(headers: dict[str, str], path: str) -> None:
    app, state = make_app(keyed())
    with TestClient(app) as tc, tc.websocket_connect(path, headers=headers) as ws:
        healthy_start(ws, "keyed")
        ws.send_text('{"type": "end"}')
        assert close_of(ws)[0] == 1000
    assert state.calls.calls["keyed"].start.tenant == "acme"


@pytest.mark.parametrize(
    ("headers", "path"),
    [({}, "/stream"), ({"Authorization": "Bearer nope"}, "/stream"), ({}, "/stream?token=nope")],
)
def test_a_missing_or_unknown_key_is_refused_with_401(headers: dict[str, str], path: str) -> None:
    app, state = make_app(keyed())
    with TestClient(app) as tc:
        with (
            pytest.raises(WebSocketDenialResponse) as refused,
            tc.websocket_connect(path, headers=headers),
        ):
            pass
        assert refused.value.status_code == 401
    assert state.calls.calls == {}
    assert state.metrics.refusals_total.labels("stream", "unauthorized")._value.get() == 1


def test_max_calls_refuses_with_1013() -> None:
    app, state = make_app(limit=1)
    with TestClient(app) as tc, tc.websocket_connect("/stream") as first:
        healthy_start(first, "first")
        with tc.websocket_connect("/stream") as second:
            healthy_start(second, "second")
            code, reason = close_of(second)
        assert code == 1013 and "try again later" in reason
        first.send_text('{"type": "end"}')
        assert close_of(first)[0] == 1000
    assert list(state.calls.calls) == ["first"]


@pytest.mark.slow
def test_a_spoken_call_over_the_plain_protocol_alerts_live_and_ends_as_batch_scoring(
    live_server: LiveServer,  # noqa: F811  (the fixture, imported)
) -> None:
    wav = SPOKEN / "roadside_stranded_kids_handled.wav"
    result = stream(live_server, wav, "stream", api_key=STREAM_KEY)
    assert result.ok, (result.close_code, result.close_reason)
    kinds = [e["type"] for e in result.events]
    assert kinds[0] == "call_started" and kinds[-1] == "call_ended"
    cues = {e["data"]["label"]: e["data"] for e in result.events if e["type"] == "cue"}
    # "by seven tonight", said on 2026-07-17 at 17:26 -04:00
    assert re.search(r"\b(seven|7)\b", cues["deadline"]["text"].lower())
    assert cues["deadline"]["detail"]["resolved"].startswith("2026-07-17T19:00"), cues["deadline"]
    assert "family_event" in cues
    assert "acknowledged_cue" in kinds and "missed_cue" not in kinds
    stored = json.loads(Path(result.events[-1]["data"]["out_file"]).read_text())
    assert_same_as_batch(stored, batch_scored(live_server, wav))
