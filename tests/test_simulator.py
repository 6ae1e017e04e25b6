"""scripts/simulate_call.py: each protocol's message sequence, checked by a small stand-in server
that parses what it receives with the server's own protocol code and rebuilds the audio."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mot_detect.audio.pcm import MULAW_TABLE, mulaw_to_pcm16
from mot_detect.stream.plain import parse_control, parse_start, pcm_frame
from mot_detect.stream.twilio import Media, Stop, StreamStart, TwilioStream, compute_signature

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

import simulate_call as sim  # noqa: E402

CALL = REPO / "spoken_examples" / "roadside_stranded_kids_handled.wav"
SECONDS = 2.0


class Recorder:
    """A call's channels as the server's timeline would hold them."""

    def __init__(self, channels: int) -> None:
        self.chunks: list[list[np.ndarray]] = [[] for _ in range(channels)]
        self.pos = [0] * channels

    def audio(self, channel: int, samples: np.ndarray) -> None:
        self.chunks[channel].append(samples)
        self.pos[channel] += len(samples)

    def silence(self, samples: int, channel: int | None = None) -> None:
        for c in range(len(self.pos)) if channel is None else [channel]:
            self.audio(c, np.zeros(samples, np.int16))

    def position(self, channel: int = 0) -> int:
        return self.pos[channel]

    def channel(self, c: int) -> np.ndarray:
        return np.concatenate(self.chunks[c])


Handler = Callable[[Any], Awaitable[None]]


async def serve(handler: Handler) -> tuple[Any, str]:
    from websockets.asyncio.server import serve as ws_serve

    server = await ws_serve(handler, "127.0.0.1", 0, max_size=None)
    port = server.sockets[0].getsockname()[1]
    return server, f"ws://127.0.0.1:{port}"


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(coro)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def recording() -> sim.Recording:
    return sim.load_recording(CALL, max_seconds=SECONDS)


def test_mu_law_audio_survives_decode_and_encode() -> None:
    codes = np.arange(256, dtype=np.uint8)
    values = MULAW_TABLE[codes]
    assert mulaw_to_pcm16(sim.mulaw_encode(values)).tolist() == values.tolist()


def test_the_sidecar_gives_the_speakers_and_metadata(recording: sim.Recording) -> None:
    assert recording.rate == 8000 and recording.pcm.shape == (2, int(SECONDS * 8000))
    assert recording.speakers == ("agent", "customer")
    assert recording.meta is not None and recording.meta.call_id == "ex-roadside-01"


def test_twilio_sequence_rebuilds_both_tracks(recording: sim.Recording) -> None:
    received: list[str] = []
    headers: dict[str, str] = {}

    async def handler(ws: Any) -> None:
        headers.update(dict(ws.request.headers))
        stream = TwilioStream()
        call = Recorder(2)
        async for text in ws:
            received.append(text)
            event = stream.feed(text)
            if isinstance(event, Media):
                stream.place(event, call)
            elif isinstance(event, Stop):
                handler.call = call  # type: ignore[attr-defined]
                await ws.close(1000, "call ended")

    urls: list[str] = []

    async def go() -> sim.StreamResult:
        server, base = await serve(handler)
        urls.append(f"{base}/twilio")
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="twilio",
                url=urls[0],
                speed=0,
                max_seconds=SECONDS,
                twilio_auth_token="tok",
            )

    result = run(go())
    assert result.ok and result.call_id == "ex-roadside-01"
    events = [json.loads(t)["event"] for t in received]
    assert events[:2] == ["connected", "start"] and events[-1] == "stop"
    assert set(events[2:-1]) == {"media"} and len(events) == 2 + 2 * int(SECONDS / 0.02) + 1
    start = json.loads(received[1])
    assert start["start"]["tracks"] == ["inbound", "outbound"]
    custom = start["start"]["customParameters"]
    assert custom["call_id"] == "ex-roadside-01" and custom["started_at"].startswith(
        "2026-07-17T17:26"
    )
    assert json.loads(custom["metadata"])["channel"] == "mobile_app_call"
    assert all(isinstance(json.loads(t)["sequenceNumber"], str) for t in received[1:])
    call: Recorder = handler.call  # type: ignore[attr-defined]
    # inbound is the customer (channel 1 of the recording), outbound the agent
    assert call.channel(0).tolist() == recording.pcm[1].tolist()
    assert call.channel(1).tolist() == recording.pcm[0].tolist()
    assert headers["x-twilio-signature"] == compute_signature("tok", urls[0])


def test_plain_sequence_is_a_metadata_frame_pcm_frames_and_end(recording: sim.Recording) -> None:
    frames: list[bytes] = []
    texts: list[str] = []

    async def handler(ws: Any) -> None:
        texts.append(await ws.recv())
        async for message in ws:
            if isinstance(message, bytes):
                frames.append(message)
            else:
                texts.append(message)
                assert parse_control(message) == "end"
                await ws.close(1000, "call ended")

    async def go() -> sim.StreamResult:
        server, base = await serve(handler)
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="stream",
                url=f"{base}/stream",
                speed=0,
                max_seconds=SECONDS,
                api_key="k-1",
            )

    result = run(go())
    assert result.ok
    start = parse_start(texts[0])
    assert start.call_id == "ex-roadside-01" and start.speakers == ("agent", "customer")
    assert start.sample_rate == 8000 and start.metadata["channel"] == "mobile_app_call"
    assert all(len(f) == 160 * 2 * 2 for f in frames)  # 20 ms, stereo, 16-bit
    audio = np.concatenate([pcm_frame(f, 2, 1 << 20) for f in frames]).reshape(-1, 2).T
    assert audio.tolist() == recording.pcm.tolist()


def test_audiohook_sequence_as_the_reference_client(
    monkeypatch: pytest.MonkeyPatch, recording: sim.Recording
) -> None:
    monkeypatch.setattr(sim, "PING_DELAY", 0.0)
    texts: list[dict[str, Any]] = []
    audio: list[bytes] = []
    headers: dict[str, str] = {}

    async def handler(ws: Any) -> None:
        headers.update(dict(ws.request.headers))
        seq = 0

        async def send(kind: str, parameters: dict[str, Any], clientseq: int) -> None:
            nonlocal seq
            seq += 1
            message = {
                "version": "2",
                "id": texts[0]["id"],
                "type": kind,
                "seq": seq,
                "clientseq": clientseq,
                "parameters": parameters,
            }
            await ws.send(json.dumps(message))

        async for message in ws:
            if isinstance(message, bytes):
                audio.append(message)
                continue
            data = json.loads(message)
            texts.append(data)
            if data["type"] == "open":
                await send("opened", {"media": [data["parameters"]["media"][0]]}, data["seq"])
            elif data["type"] == "ping":
                await send("pong", {}, data["seq"])
            elif data["type"] == "close":
                await send("closed", {}, data["seq"])

    async def go() -> sim.StreamResult:
        server, base = await serve(handler)
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="audiohook",
                url=f"{base}/audiohook",
                speed=4.0,
                max_seconds=SECONDS,
                api_key="key-1",
                client_secret="TXlTdXBlclNlY3JldEtleVRlbGxOby0xITJAMyM0JDU=",
            )

    result = run(go())
    kinds = [t["type"] for t in texts]
    assert kinds[0] == "open" and kinds[-1] == "close" and "ping" in kinds
    assert [t["seq"] for t in texts] == list(range(1, len(texts) + 1))
    assert all("parameters" in t and t["version"] == "2" for t in texts)
    opened = texts[0]["parameters"]
    assert opened["media"][0] == {
        "type": "audio",
        "format": "PCMU",
        "channels": ["external", "internal"],
        "rate": 8000,
    }
    assert opened["customConfig"]["call"]["call_id"] == "ex-roadside-01"
    assert texts[-1]["parameters"] == {"reason": "end"} and texts[-1]["position"] == "PT2S"
    assert headers["x-api-key"] == "key-1" and "sig1=" in headers["signature"]
    assert headers["audiohook-session-id"] == texts[0]["id"]
    assert result.rtts  # the pong answered the ping
    pcmu = np.frombuffer(b"".join(audio), np.uint8).reshape(-1, 2)
    assert all(len(a) == 1600 * 2 for a in audio)  # 200 ms frames
    assert (
        mulaw_to_pcm16(pcmu[:, 0].tobytes()).tolist() == recording.pcm[1].tolist()
    )  # external: customer
    assert mulaw_to_pcm16(pcmu[:, 1].tobytes()).tolist() == recording.pcm[0].tolist()


def test_real_time_pace_is_kept_and_sent_at_says_when(recording: sim.Recording) -> None:
    async def handler(ws: Any) -> None:
        async for message in ws:
            if isinstance(message, str) and json.loads(message).get("type") == "end":
                await ws.close(1000)

    async def go() -> sim.StreamResult:
        server, base = await serve(handler)
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="stream",
                url=f"{base}/stream",
                speed=2.0,
                max_seconds=1.0,
                frame_ms=100,
            )

    result = run(go())
    assert len(result.sent) == 10
    times = [t for _, t in result.sent]
    assert times == sorted(times)
    # Frames go out when their audio has been "spoken": never earlier than real time allows.
    assert times[-1] - result.started >= 1.0 / 2.0 - 0.05
    assert result.sent_at(0.05) == times[0] and result.sent_at(1.0) == times[-1]
    assert result.sent_at(5.0) is None


def test_a_refused_upgrade_is_reported() -> None:
    from websockets.asyncio.server import serve as ws_serve
    from websockets.http11 import Response

    def refuse(connection: Any, request: Any) -> Response:
        return connection.respond(403, "bad signature\n")

    async def go() -> sim.StreamResult:
        async def handler(ws: Any) -> None:  # never reached
            raise AssertionError

        server = await ws_serve(handler, "127.0.0.1", 0, process_request=refuse)
        port = server.sockets[0].getsockname()[1]
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="twilio",
                url=f"ws://127.0.0.1:{port}/twilio",
                speed=0,
                max_seconds=0.2,
            )

    result = run(go())
    assert result.http_status == 403 and not result.ok


def test_events_are_collected_once_the_call_exists(recording: sim.Recording) -> None:
    subscribed: list[str] = []
    started = asyncio.Event()

    async def handler(ws: Any) -> None:
        path = ws.request.path
        if path.startswith("/events/"):
            subscribed.append(path)
            if not started.is_set():  # as the server: no such call (yet)
                await ws.close(1008, "no such call for this token")
                return
            await ws.send(json.dumps({"type": "call_started", "call_id": "ex-roadside-01"}))
            await ws.wait_closed_event.wait()
            await ws.send(json.dumps({"type": "call_ended", "call_id": "ex-roadside-01"}))
            return
        stream = TwilioStream()
        async for text in ws:
            if isinstance(stream.feed(text), StreamStart):
                started.set()
            if stream.stopped:
                ws_done.set()
                await ws.close(1000)

    ws_done = asyncio.Event()

    async def go() -> sim.StreamResult:
        server, base = await serve(_events_handler(handler, ws_done))
        async with server:
            return await sim.stream_call(
                CALL,
                protocol="twilio",
                url=f"{base}/twilio",
                speed=4.0,
                max_seconds=1.0,
                events_token="t-1",
            )

    result = run(go())
    assert [e["type"] for e in result.events] == ["call_started", "call_ended"]
    assert subscribed and all(p == "/events/ex-roadside-01?token=t-1" for p in subscribed)


def _events_handler(inner: Handler, done: asyncio.Event) -> Handler:
    async def handler(ws: Any) -> None:
        ws.wait_closed_event = done
        await inner(ws)

    return handler
