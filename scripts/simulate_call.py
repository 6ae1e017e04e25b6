"""Stream a call recording to `mot-detect serve` the way a telephony platform does.

    python scripts/simulate_call.py spoken_examples/roadside_stranded_kids_handled.wav \\
        --protocol twilio --url ws://127.0.0.1:8080/twilio --events-token T

Protocols, each with its platform's exact message sequence:
- `audiohook` (Genesys Cloud AudioHook v2, as Genesys's reference client): signed upgrade headers
  when `--client-secret` is given, `open` offering PCMU stereo/external/internal, audio after
  `opened` in 200 ms frames, `ping` 1 s after `opened` then every 5 s, `close` -> `closed`.
- `twilio` (Media Streams, `<Start><Stream track="both_tracks">`): `connected`, `start` with the
  call's metadata in `customParameters`, one `media` per track and 20 ms chunk with its
  `timestamp`, `stop`; `X-Twilio-Signature` when `--twilio-auth-token` is given.
- `stream` (the plain protocol, FreeSWITCH mod_audio_stream's shape): a JSON metadata frame,
  binary PCM16 LE interleaved frames (20 ms), `{"type": "end"}`.

The recording is decoded with PyAV (any format; 8 kHz mu-law stereo as the spoken examples); its
metadata comes from `--metadata` or the sidecar beside it (`call.json`), as `mot-detect score`
reads it. `--speed 1` is real time (frames are scheduled on absolute times, so a long call does
not drift), `--speed 0` as fast as the socket takes them.

`stream_call(...)` is the same as an async function, for tests and benchmarks/bench_live.py: its
result says when each piece of audio was sent (`sent_at(seconds)`), what the server sent back
and how the socket closed, and the events of the call when `events_token` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import bisect
import contextlib
import json
import logging
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit, urlunsplit

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mot_detect.audio.decode import iter_pcm, pcm_rate, probe
from mot_detect.audio.metadata import RecordingMetadata, find_metadata, read_metadata_file
from mot_detect.stream.signature import audiohook_headers
from mot_detect.stream.twilio import compute_signature

logger = logging.getLogger("mot_detect.simulate")

PROTOCOLS = ("audiohook", "twilio", "stream")
DEFAULT_FRAME_MS = {"audiohook": 200, "twilio": 20, "stream": 20}
AUDIOHOOK_CHANNELS = {"external": "customer", "internal": "agent"}
DEFAULT_TWILIO_TRACKS = {"inbound": "customer", "outbound": "agent"}
OPEN_TIMEOUT = 5.0  # as Genesys: `opened` must come within 5 s
PING_DELAY, PING_INTERVAL = 1.0, 5.0  # the reference client's
ZERO_UUID = "00000000-0000-0000-0000-000000000000"


# --- audio ----------------------------------------------------------------------------------------


def mulaw_encode(samples: np.ndarray) -> bytes:
    """int16 -> G.711 mu-law bytes (the inverse of mot_detect.audio.pcm.MULAW_TABLE: a sample
    that table gives encodes back to its own code, so mu-law audio survives decode + encode)."""
    x = samples.astype(np.int32)
    sign = np.where(x < 0, 0x80, 0)
    magnitude = np.minimum(np.abs(x), 32635) + 0x84
    exponent = np.floor(np.log2(magnitude)).astype(np.int32) - 7
    exponent = np.clip(exponent, 0, 7)
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    code = ~(sign | (exponent << 4) | mantissa) & 0xFF
    return code.astype(np.uint8).tobytes()


def decode_pcm(path: str | Path, rate: int | None = None) -> tuple[np.ndarray, int]:
    """The recording as int16 (channels, samples) at `rate` (default: its telephony rate, as
    `mot-detect score` reads it), and that rate."""
    native = pcm_rate(probe(path).sample_rate)
    if rate is None or rate == native:
        return np.concatenate(list(iter_pcm(path)), axis=1), native
    import av

    chunks = []
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        layout = stream.layout.name if stream.channels <= 2 else f"{stream.channels}c"
        resampler = av.AudioResampler(format="s16p", layout=layout, rate=rate)
        for frame in container.decode(stream):
            chunks.extend(out.to_ndarray() for out in resampler.resample(frame))
        chunks.extend(out.to_ndarray() for out in resampler.resample(None))
    return np.concatenate(chunks, axis=1), rate


@dataclass
class Recording:
    path: Path
    pcm: np.ndarray  # int16 (channels, samples)
    rate: int
    speakers: tuple[str, ...]
    meta: RecordingMetadata | None

    @property
    def seconds(self) -> float:
        return self.pcm.shape[1] / self.rate

    def channel_of(self, speaker: str) -> int | None:
        return self.speakers.index(speaker) if speaker in self.speakers else None


def load_recording(
    path: str | Path,
    *,
    rate: int | None = None,
    metadata: RecordingMetadata | str | Path | None = None,
    max_seconds: float | None = None,
) -> Recording:
    path = Path(path)
    if isinstance(metadata, str | Path):
        metadata = read_metadata_file(metadata)
    meta = metadata if metadata is not None else find_metadata(path)
    pcm, rate = decode_pcm(path, rate)
    if max_seconds is not None:
        pcm = pcm[:, : int(max_seconds * rate)]
    channels = pcm.shape[0]
    if meta is not None and meta.channels:
        speakers = tuple(
            meta.channels[i] if i < len(meta.channels) else "unknown" for i in range(channels)
        )
    elif channels == 1:
        speakers = ("unknown",)
    else:
        speakers = ("agent", "customer", *("unknown",) * (channels - 2))[:channels]
    return Recording(path, np.ascontiguousarray(pcm), rate, speakers, meta)


# --- what happened --------------------------------------------------------------------------------


@dataclass
class StreamResult:
    protocol: str
    call_id: str
    audio_seconds: float = 0.0
    # (audio seconds sent so far, time.time() when that frame went out), one per frame
    sent: list[tuple[float, float]] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0
    close_code: int | None = None
    close_reason: str = ""
    http_status: int | None = None  # the upgrade was refused with this status
    messages: list[dict[str, Any]] = field(default_factory=list)  # text the server sent
    events: list[dict[str, Any]] = field(default_factory=list)  # from /events/{call_id}
    rtts: list[float] = field(default_factory=list)  # AudioHook ping -> pong, seconds

    def sent_at(self, seconds: float) -> float | None:
        """When the audio up to `seconds` into the recording had all been sent (time.time()),
        None if it never was."""
        ends = [end for end, _ in self.sent]
        i = bisect.bisect_left(ends, seconds - 1e-9)
        return self.sent[i][1] if i < len(self.sent) else None

    @property
    def ok(self) -> bool:
        return self.close_code == 1000


class Pacer:
    """Waits until each frame is due: the recording's time over `speed` from a fixed start, so
    the time spent sending never adds up over a long call."""

    def __init__(self, speed: float) -> None:
        self.speed = speed
        self.start = time.monotonic()

    async def until(self, audio_seconds: float) -> None:
        if self.speed <= 0:
            await asyncio.sleep(0)
            return
        delay = self.start + audio_seconds / self.speed - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)


def _frames(total: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(start + size, total)) for start in range(0, total, size)]


def _duration(seconds: float) -> str:
    text = f"{seconds:.3f}".rstrip("0").rstrip(".")
    return f"PT{text or '0'}S"


def _connect(url: str, headers: Mapping[str, str] | None = None) -> Any:
    from websockets.asyncio.client import connect

    # proxy=None: a local test server is never reached through an environment proxy.
    return connect(url, additional_headers=dict(headers or {}), max_size=None, proxy=None)


# --- events ---------------------------------------------------------------------------------------


def events_url_for(url: str, call_id: str, token: str | None) -> str:
    parts = urlsplit(url)
    query = f"token={url_quote(token, safe='')}" if token else ""
    return urlunsplit(
        (parts.scheme, parts.netloc, f"/events/{url_quote(call_id, safe='')}", query, "")
    )


async def _listen(
    url: str,
    result: StreamResult,
    on_event: Callable[[dict[str, Any]], None] | None,
    done: asyncio.Event,
) -> None:
    """Collect the call's events until `call_ended` (retrying while the call has not started:
    the server does not say whether a call it will not show exists)."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    while True:
        try:
            async with _connect(url) as ws:
                async for text in ws:
                    event = json.loads(text)
                    result.events.append(event)
                    if on_event is not None:
                        on_event(event)
                    if event.get("type") == "call_ended":
                        return
        except (ConnectionClosed, InvalidStatus, OSError) as exc:
            logger.debug("events %s: %s", url, exc)
        if done.is_set() and any(e.get("type") == "call_ended" for e in result.events):
            return
        await asyncio.sleep(0.2)


# --- the protocols ----------------------------------------------------------------------------------


async def _send_frames(
    ws: Any,
    result: StreamResult,
    pacer: Pacer,
    rec: Recording,
    frame_samples: int,
    send: Callable[[int, int], Any],
) -> None:
    """Send the recording frame by frame at the pacer's times; `send(start, end)` sends the
    samples [start, end) of every channel and is awaited."""
    for start, end in _frames(rec.pcm.shape[1], frame_samples):
        await pacer.until(end / rec.rate)
        await send(start, end)
        result.sent.append((end / rec.rate, time.time()))
        result.audio_seconds = end / rec.rate


async def _reader(
    ws: Any, result: StreamResult, handle: Callable[[dict[str, Any]], Any] | None = None
) -> None:
    from websockets.exceptions import ConnectionClosed

    with contextlib.suppress(ConnectionClosed):
        async for message in ws:
            if isinstance(message, bytes):
                continue
            data = json.loads(message)
            result.messages.append(data)
            if handle is not None:
                outcome = handle(data)
                if asyncio.iscoroutine(outcome):
                    await outcome


async def _stream_plain(
    ws: Any, rec: Recording, result: StreamResult, pacer: Pacer, frame_ms: int
) -> None:
    meta = rec.meta
    first: dict[str, Any] = {
        "call_id": result.call_id,
        "sample_rate": rec.rate,
        "channels": len(rec.speakers),
        "speakers": list(rec.speakers),
    }
    if meta is not None:
        if meta.started_at is not None:
            first["started_at"] = meta.started_at.isoformat()
        if meta.metadata:
            first["metadata"] = meta.metadata
    await ws.send(json.dumps(first))
    interleaved = rec.pcm.T.astype("<i2")

    async def send(start: int, end: int) -> None:
        await ws.send(interleaved[start:end].tobytes())

    await _send_frames(ws, result, pacer, rec, rec.rate * frame_ms // 1000, send)
    await ws.send(json.dumps({"type": "end"}))


def _twilio_tracks(rec: Recording, tracks_map: Mapping[str, str]) -> list[tuple[str, int]]:
    """(track, recording channel) for each track the recording has a party for."""
    tracks = []
    for track in ("inbound", "outbound"):
        channel = rec.channel_of(tracks_map.get(track, ""))
        if channel is not None:
            tracks.append((track, channel))
    if not tracks:  # a mono or unlabelled recording: all of it as the inbound track
        tracks.append(("inbound", 0))
    return tracks


def call_document(call_id: str | None, meta: RecordingMetadata | None) -> dict[str, Any]:
    """The call's metadata as a metadata document (mot_detect.audio.metadata)."""
    document: dict[str, Any] = {}
    if call_id:
        document["call_id"] = call_id
    if meta is not None:
        if meta.started_at is not None:
            document["started_at"] = meta.started_at.isoformat()
        if meta.metadata:
            document["metadata"] = meta.metadata
    return document


def twilio_custom_parameters(call_id: str | None, meta: RecordingMetadata | None) -> dict[str, str]:
    params: dict[str, str] = {}
    if call_id:
        params["call_id"] = call_id
    if meta is not None:
        if meta.started_at is not None:
            params["started_at"] = meta.started_at.isoformat()
        if meta.metadata:
            params["metadata"] = json.dumps(meta.metadata)
    return params


async def _stream_twilio(
    ws: Any,
    rec: Recording,
    result: StreamResult,
    pacer: Pacer,
    frame_ms: int,
    tracks_map: Mapping[str, str],
    call_sid: str,
    custom: Mapping[str, str],
) -> None:
    account_sid = "AC" + uuid.uuid5(uuid.NAMESPACE_URL, "mot-detect-simulator").hex
    stream_sid = "MZ" + uuid.uuid4().hex
    tracks = _twilio_tracks(rec, tracks_map)
    seq = 0

    def numbered(message: dict[str, Any]) -> str:
        nonlocal seq
        seq += 1
        return json.dumps({"event": message.pop("event"), "sequenceNumber": str(seq), **message})

    await ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1.0.0"}))
    start = {
        "accountSid": account_sid,
        "streamSid": stream_sid,
        "callSid": call_sid,
        "tracks": [t for t, _ in tracks],
        "customParameters": dict(custom),
        "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
    }
    await ws.send(numbered({"event": "start", "start": start, "streamSid": stream_sid}))
    mulaw = [mulaw_encode(rec.pcm[channel]) for _, channel in tracks]
    chunk = 0

    async def send(begin: int, end: int) -> None:
        nonlocal chunk
        chunk += 1
        timestamp = str(begin * 1000 // rec.rate)
        for (track, _), data in zip(tracks, mulaw, strict=True):
            media = {
                "track": track,
                "chunk": str(chunk),
                "timestamp": timestamp,
                "payload": base64.b64encode(data[begin:end]).decode("ascii"),
            }
            await ws.send(numbered({"event": "media", "streamSid": stream_sid, "media": media}))

    await _send_frames(ws, result, pacer, rec, rec.rate * frame_ms // 1000, send)
    stop = {"accountSid": account_sid, "callSid": call_sid}
    await ws.send(numbered({"event": "stop", "streamSid": stream_sid, "stop": stop}))


class _AudioHookClient:
    """The client side of an AudioHook session, as Genesys's reference client runs it."""

    def __init__(self, ws: Any, session_id: str, result: StreamResult) -> None:
        self.ws = ws
        self.id = session_id
        self.result = result
        self.seq = 0
        self.serverseq = 0
        self.position = 0.0
        self.opened: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.closed = asyncio.Event()
        self.disconnected = asyncio.Event()
        self.ping_sent: dict[int, float] = {}
        self.closing = False

    async def send(self, kind: str, parameters: dict[str, Any]) -> None:
        self.seq += 1
        message = {
            "version": "2",
            "id": self.id,
            "type": kind,
            "seq": self.seq,
            "serverseq": self.serverseq,
            "position": _duration(self.position),
            "parameters": parameters,
        }
        if kind == "ping":
            self.ping_sent[self.seq] = time.monotonic()
        await self.ws.send(json.dumps(message))

    async def handle(self, message: dict[str, Any]) -> None:
        seq = message.get("seq")
        if seq != self.serverseq + 1:
            logger.warning("audiohook %s: server seq %s after %s", self.id, seq, self.serverseq)
        if isinstance(seq, int):
            self.serverseq = seq
        kind = message.get("type")
        if kind == "opened" and not self.opened.done():
            self.opened.set_result(message)
        elif kind == "pong":
            sent = self.ping_sent.pop(message.get("clientseq", -1), None)
            if sent is not None:
                self.result.rtts.append(time.monotonic() - sent)
        elif kind == "closed":
            self.closed.set()
        elif kind == "disconnect":
            self.disconnected.set()
            if not self.closing:  # as the reference client: answer with close, wait for closed
                self.closing = True
                await self.send("close", {"reason": "disconnect"})

    async def pinger(self) -> None:
        await asyncio.sleep(PING_DELAY)
        while not self.closing:
            await self.send("ping", {})
            await asyncio.sleep(PING_INTERVAL)


def audiohook_offers(channels: int) -> list[dict[str, Any]]:
    layouts = (
        [["external", "internal"], ["external"], ["internal"]]
        if channels >= 2
        else [["external"], ["internal"]]
    )
    return [{"type": "audio", "format": "PCMU", "channels": c, "rate": 8000} for c in layouts]


async def _stream_audiohook(
    ws: Any,
    rec: Recording,
    result: StreamResult,
    pacer_speed: float,
    frame_ms: int,
    session_id: str,
    organization_id: str,
    conversation_id: str,
    call_id: str | None,
    custom_config: Mapping[str, Any] | None,
    probe_only: bool,
) -> None:
    client = _AudioHookClient(ws, session_id, result)
    reader = asyncio.create_task(_reader(ws, result, client.handle))
    participant = (
        {"id": ZERO_UUID, "ani": "", "aniName": "", "dnis": ""}
        if probe_only
        else {
            "id": str(uuid.uuid4()),
            "ani": "+1-555-555-1234",
            "aniName": "John Doe",
            "dnis": "+1-800-555-6789",
        }
    )
    parameters: dict[str, Any] = {
        "organizationId": organization_id,
        "conversationId": ZERO_UUID if probe_only else conversation_id,
        "participant": participant,
        "media": audiohook_offers(rec.pcm.shape[0]),
        "language": "en-US",
    }
    custom = dict(custom_config or {})
    document = call_document(call_id, rec.meta)
    if document and not probe_only:
        custom.setdefault("call", document)  # the call's metadata, as /audiohook reads it
    if custom:
        parameters["customConfig"] = custom
    await client.send("open", parameters)
    pinger: asyncio.Task[None] | None = None
    try:
        opened = await asyncio.wait_for(asyncio.shield(client.opened), OPEN_TIMEOUT)
        media = opened.get("parameters", {}).get("media") or []
        if media and not probe_only:
            order = [rec.channel_of(AUDIOHOOK_CHANNELS[c]) for c in media[0]["channels"]]
            picked = rec.pcm[[0 if c is None else c for c in order]]
            mulaw = np.frombuffer(mulaw_encode(picked.T.reshape(-1)), dtype=np.uint8).reshape(
                -1, len(order)
            )
            pinger = asyncio.create_task(client.pinger())
            pacer = Pacer(pacer_speed)

            async def send(start: int, end: int) -> None:
                if client.disconnected.is_set():
                    raise _Stop
                await ws.send(mulaw[start:end].tobytes())
                client.position = end / rec.rate

            with contextlib.suppress(_Stop):
                await _send_frames(ws, result, pacer, rec, rec.rate * frame_ms // 1000, send)
        if not client.closing:
            client.closing = True
            await client.send("close", {"reason": "end"})
        await asyncio.wait_for(client.closed.wait(), 120)
    finally:
        client.closing = True
        if pinger is not None:
            pinger.cancel()
        await ws.close()
        await reader


class _Stop(Exception):
    pass


async def stream_call(
    recording: str | Path,
    *,
    protocol: str,
    url: str,
    speed: float = 1.0,
    frame_ms: int | None = None,
    api_key: str | None = None,
    client_secret: str | None = None,
    metadata: RecordingMetadata | str | Path | None = None,
    call_id: str | None = None,
    events_token: str | None = None,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    twilio_auth_token: str | None = None,
    twilio_tracks: Mapping[str, str] = DEFAULT_TWILIO_TRACKS,
    custom_config: Mapping[str, Any] | None = None,
    sample_rate: int | None = None,
    max_seconds: float | None = None,
    probe_only: bool = False,
    headers: Mapping[str, str] | None = None,
    events_wait: float = 30.0,
    recording_data: Recording | None = None,
) -> StreamResult:
    """Stream `recording` to `url` through `protocol`; returns when the server has closed the
    socket (after ending the call), and, with `events_token`, when `call_ended` has come or
    `events_wait` seconds have passed."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol {protocol!r}: expected one of {', '.join(PROTOCOLS)}")
    frame_ms = frame_ms or DEFAULT_FRAME_MS[protocol]
    rate = sample_rate if protocol == "stream" else 8000
    rec = recording_data or load_recording(
        recording, rate=rate, metadata=metadata, max_seconds=max_seconds
    )
    meta = rec.meta
    given_id = call_id or (meta.call_id if meta is not None else None)
    headers = dict(headers or {})
    session_id = str(uuid.uuid4())
    if protocol == "audiohook":
        # AudioHook calls are named by their conversationId, a UUID.
        try:
            conversation_id = str(uuid.UUID(given_id)) if given_id else str(uuid.uuid4())
        except ValueError:
            conversation_id = str(uuid.uuid5(uuid.NAMESPACE_URL, given_id or ""))
        organization_id = str(uuid.uuid4())
        headers.update(
            audiohook_headers(
                url,
                api_key=api_key or "test-api-key",
                organization_id=organization_id,
                session_id=session_id,
                correlation_id=str(uuid.uuid4()),
                client_secret=client_secret,
            )
        )
        server_call_id = conversation_id
    elif protocol == "twilio":
        call_sid = "CA" + uuid.uuid4().hex
        custom = twilio_custom_parameters(given_id, meta)
        server_call_id = given_id or call_sid
        if twilio_auth_token:
            headers["X-Twilio-Signature"] = compute_signature(twilio_auth_token, url)
    else:
        server_call_id = given_id or f"sim-{uuid.uuid4().hex[:12]}"
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
    result = StreamResult(protocol, server_call_id, started=time.time())
    listener: asyncio.Task[None] | None = None
    done = asyncio.Event()
    if events_token is not None and not probe_only:
        listener = asyncio.create_task(
            _listen(events_url_for(url, server_call_id, events_token), result, on_event, done)
        )
    try:
        async with _connect(url, headers) as ws:
            try:
                if protocol == "audiohook":
                    await _stream_audiohook(
                        ws,
                        rec,
                        result,
                        speed,
                        frame_ms,
                        session_id,
                        organization_id,
                        conversation_id,
                        given_id,
                        custom_config,
                        probe_only,
                    )
                else:
                    reader = asyncio.create_task(_reader(ws, result))
                    pacer = Pacer(speed)
                    if protocol == "twilio":
                        await _stream_twilio(
                            ws, rec, result, pacer, frame_ms, twilio_tracks, call_sid, custom
                        )
                    else:
                        await _stream_plain(ws, rec, result, pacer, frame_ms)
                    await reader  # the server closes once the call is written
            except ConnectionClosed:
                pass
            await ws.wait_closed()
            result.close_code = ws.close_code
            result.close_reason = ws.close_reason or ""
    except InvalidStatus as exc:
        result.http_status = exc.response.status_code
    finally:
        result.finished = time.time()
        done.set()
        if listener is not None:
            try:
                await asyncio.wait_for(listener, events_wait if result.close_code == 1000 else 2.0)
            except asyncio.TimeoutError:
                listener.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await listener
    return result


# --- the command line ------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recording", type=Path)
    parser.add_argument("--protocol", choices=PROTOCOLS, required=True)
    parser.add_argument("--url", required=True, help="ws://host:port/audiohook, /twilio or /stream")
    parser.add_argument(
        "--speed", type=float, default=1.0, help="1 = real time, 0 = as fast as possible"
    )
    parser.add_argument(
        "--frame-ms", type=int, default=None, help="audio per frame (default: the platform's)"
    )
    parser.add_argument("--api-key", help="AudioHook X-API-KEY; /stream bearer key")
    parser.add_argument(
        "--client-secret", help="AudioHook client secret (base64): sign the upgrade"
    )
    parser.add_argument("--twilio-auth-token", help="sign the upgrade with X-Twilio-Signature")
    parser.add_argument(
        "--metadata", type=Path, help="call.json (default: the sidecar beside the recording)"
    )
    parser.add_argument("--call-id", help="the call's id (default: from the metadata)")
    parser.add_argument("--sample-rate", type=int, choices=(8000, 16000), help="/stream only")
    parser.add_argument("--max-seconds", type=float, help="stream only the first seconds")
    parser.add_argument("--custom-config", type=json.loads, help="AudioHook customConfig (JSON)")
    parser.add_argument(
        "--connection-probe", action="store_true", help="AudioHook connection probe"
    )
    parser.add_argument("--events-token", help="print the call's events from /events/{call_id}")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(message)s"
    )

    def show(event: dict[str, Any]) -> None:
        print(json.dumps(event), flush=True)

    result = asyncio.run(
        stream_call(
            args.recording,
            protocol=args.protocol,
            url=args.url,
            speed=args.speed,
            frame_ms=args.frame_ms,
            api_key=args.api_key,
            client_secret=args.client_secret,
            metadata=args.metadata,
            call_id=args.call_id,
            events_token=args.events_token,
            on_event=show,
            twilio_auth_token=args.twilio_auth_token,
            custom_config=args.custom_config,
            sample_rate=args.sample_rate,
            max_seconds=args.max_seconds,
            probe_only=args.connection_probe,
        )
    )
    took = result.finished - result.started
    if result.http_status is not None:
        print(f"{args.recording}: upgrade refused with HTTP {result.http_status}", file=sys.stderr)
        return 1
    print(
        f"{args.recording}: {result.protocol} call {result.call_id}: {result.audio_seconds:.1f} s of "
        f"audio in {took:.1f} s; closed {result.close_code} {result.close_reason!r}; "
        f"{len(result.events)} event(s)",
        file=sys.stderr,
    )
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
