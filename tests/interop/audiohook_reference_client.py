"""A Python client that speaks AudioHook exactly as Genesys's published reference client does
(purecloudlabs/audiohook-reference-implementation, `client/` and `app/audiohook/src/client/`),
message for message, to check our server against what Genesys sends.

What it reproduces, from reading that client:
- upgrade headers `Audiohook-Organization-Id`, `Audiohook-Session-Id`, `Audiohook-Correlation-Id`,
  `X-API-KEY`, and `Signature`/`Signature-Input` over the six documented components when a
  client secret is given (30 s lifetime, 24-character nonce);
- `open` with the three offers of its WAV/tone sources, in its order: PCMU 8 kHz
  ["external","internal"], ["external"], ["internal"] (a mono source: the last two), and
  `customConfig`/`language`/`supportedLanguages` only when given; every client message carries
  `version`, `id`, `type`, `seq` (1, 2, ...), `serverseq` (last server seq seen), `position`
  (samples read so far, as `PT<s>S`) and `parameters`;
- `opened` awaited 5 s (else error 408 and close); more than one medium, or one that was not
  offered, is error 400; audio then goes in 200 ms frames of the selected channels (a stereo
  source de-interleaved when one channel is selected), the last frame partial;
- `ping` 1 s after `opened`, another as soon as its `pong` comes, then every 5 s; a ping still
  unanswered at the next is error 408; a `pong` whose `clientseq` is not the ping's `seq` is
  error 400; server messages must number 1, 2, 3 ...;
- at the end of the audio `close {reason: end}`, `closed` awaited 10 s, then the socket closed;
  a server `disconnect` answered with `close {reason: disconnect}`;
- the connection probe: all-zero conversation and participant ids (participant fields empty),
  the tone source of zero duration, which sends one empty binary frame and then closes.

Unlike the original it records every message both ways, so a test can check them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import websockets

from mot_detect.audio.pcm import MULAW_TABLE
from mot_detect.stream.audiohook_messages import format_duration
from mot_detect.stream.signature import audiohook_headers

NULL_UUID = "00000000-0000-0000-0000-000000000000"
FRAME_MS = 200
RATE = 8000
OPEN_TIMEOUT = 5.0
CLOSE_TIMEOUT = 10.0
INITIAL_PING_DELAY = 1.0
PING_INTERVAL = 5.0
# The reference's 1 kHz tone, one 8-sample period in mu-law, per channel count.
TONE_PERIOD = {
    1: bytes([0xFF, 0x0D, 0x06, 0x0D, 0xFF, 0x8D, 0x86, 0x8D]),
    2: bytes([0xFF, 0xFF, 0x0D, 0x0D, 0x06, 0x06, 0x0D, 0x0D, 0xFF, 0xFF, 0x8D, 0x8D, 0x86, 0x86, 0x8D, 0x8D]),
}  # fmt: skip


@dataclass
class Source:
    """Mu-law audio to stream: `data` interleaved over `channels` (None: the tone)."""

    channels: int
    data: bytes | None
    samples: int  # per channel

    @property
    def offers(self) -> list[dict[str, Any]]:
        layouts = [["external", "internal"], ["external"], ["internal"]]
        if self.channels == 1:
            layouts = layouts[1:]
        return [{"type": "audio", "format": "PCMU", "channels": c, "rate": RATE} for c in layouts]

    def frame(self, start: int, count: int, selected: list[str]) -> bytes:
        if self.data is None:
            period = TONE_PERIOD[len(selected)]
            reps = (count * len(selected)) // len(period) + 1
            return (period * reps)[: count * len(selected)]
        block = self.data[start * self.channels : (start + count) * self.channels]
        if len(selected) == self.channels:
            return block
        # A stereo source and one channel selected: the reference keeps that channel only.
        index = ["external", "internal"].index(selected[0])
        return block[index :: self.channels]


def wav_source(path: str, max_seconds: float | None = None, swap: bool = False) -> Source:
    """An 8 kHz mu-law or PCM16 WAV (mono or stereo) as the reference's WAV source reads it:
    channel 0 is `external` (the customer). `swap` exchanges the channels of a stereo file."""
    import struct

    raw = open(path, "rb").read()  # noqa: SIM115 - small test recordings
    pos, fmt, data = 12, None, b""
    while pos + 8 <= len(raw):
        chunk, size = raw[pos : pos + 4], struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        if chunk == b"fmt ":
            fmt = struct.unpack("<HHIIHH", raw[pos + 8 : pos + 24])
        elif chunk == b"data":
            data = raw[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)
    if fmt is None or fmt[2] != RATE or fmt[1] not in (1, 2):
        raise ValueError(f"{path}: expected an 8 kHz mono or stereo WAV")
    channels = fmt[1]
    if fmt[0] == 1 and fmt[5] == 16:  # PCM16 -> mu-law, as the reference transcodes it
        data = _mulaw_encode(np.frombuffer(data, dtype="<i2"))
    elif fmt[0] != 7:
        raise ValueError(f"{path}: expected mu-law or 16-bit PCM")
    if swap and channels == 2:
        frames = np.frombuffer(data, dtype=np.uint8).reshape(-1, 2)
        data = frames[:, ::-1].tobytes()
    samples = len(data) // channels
    if max_seconds is not None:
        samples = min(samples, int(max_seconds * RATE))
        data = data[: samples * channels]
    return Source(channels, data, samples)


def tone_source(seconds: float, channels: int = 2) -> Source:
    return Source(channels, None, int(seconds * RATE))


def _mulaw_encode(pcm: np.ndarray) -> bytes:
    # Nearest code by table lookup: exact for values the table decodes to, fine for tests.
    order = np.argsort(MULAW_TABLE)
    table = MULAW_TABLE[order]
    idx = np.clip(np.searchsorted(table, pcm), 1, 255)
    left, right = table[idx - 1], table[idx]
    pick = np.where(np.abs(pcm - left) <= np.abs(right - pcm), idx - 1, idx)
    return order[pick].astype(np.uint8).tobytes()


@dataclass
class SessionResult:
    session_id: str
    conversation_id: str
    sent: list[dict[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what the reference client would flag
    binary_bytes: int = 0
    frames: int = 0
    disconnect: dict[str, Any] | None = None
    opened_after: float | None = None  # seconds from `open` to `opened`
    rtts: list[float] = field(default_factory=list)
    close_code: int | None = None
    http_status: int | None = None

    @property
    def ok(self) -> bool:
        types = [m["type"] for m in self.received]
        return not self.errors and "opened" in types and "closed" in types

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.received if m["type"] == kind]


class ReferenceClientSession:
    def __init__(
        self,
        uri: str,
        source: Source,
        *,
        organization_id: str,
        api_key: str = "test-api-key",
        client_secret: str | None = None,
        probe: bool = False,
        custom_config: dict[str, Any] | None = None,
        language: str | None = None,
        supported_languages: bool | None = None,
        speed: float = 1.0,
        session_id: str | None = None,
    ) -> None:
        self.uri = uri
        self.source = source
        self.org = organization_id
        self.api_key = api_key
        self.secret = client_secret
        self.probe = probe
        self.custom_config = custom_config
        self.language = language
        self.supported_languages = supported_languages
        self.speed = speed
        self.id = session_id or str(uuid.uuid4())
        conversation = NULL_UUID if probe else str(uuid.uuid4())
        self.result = SessionResult(self.id, conversation)
        self.seq = 0
        self.serverseq = 0
        self.pos = 0  # samples read from the source
        self.state = "CONNECTING"
        self.pending_ping: tuple[float, int] | None = None
        self.initial_ping_done = False
        self.opened = asyncio.Event()
        self.closed = asyncio.Event()
        self.selected: list[str] | None = None
        self.ws: Any = None

    # -- messages ----------------------------------------------------------------------------

    async def send(self, kind: str, parameters: dict[str, Any]) -> None:
        self.seq += 1
        message = {
            "version": "2",
            "type": kind,
            "id": self.id,
            "seq": self.seq,
            "serverseq": self.serverseq,
            "position": format_duration(self.pos / RATE),
            "parameters": parameters,
        }
        self.result.sent.append(message)
        await self.ws.send(json.dumps(message))

    async def fatal(self, code: int, text: str) -> None:
        self.result.errors.append(f"{code}: {text}")
        if self.state not in ("CLOSED", "CLOSING-ERROR"):
            await self.send("error", {"code": code, "message": text})
            await self.initiate_close("error")

    async def initiate_close(self, reason: str) -> None:
        if self.state in ("CLOSING", "CLOSING-ERROR", "CLOSED"):
            return
        self.state = "CLOSING-ERROR" if reason == "error" else "CLOSING"
        await self.send("close", {"reason": reason})

    def open_parameters(self) -> dict[str, Any]:
        participant = (
            {"id": NULL_UUID, "ani": "", "aniName": "", "dnis": ""}
            if self.probe
            else {
                "id": str(uuid.uuid4()),
                "ani": "+1-555-555-1234",
                "aniName": "John Doe",
                "dnis": "+1-800-555-6789",
            }
        )
        params: dict[str, Any] = {
            "organizationId": self.org,
            "conversationId": self.result.conversation_id,
            "participant": participant,
            "media": self.source.offers,
        }
        # JSON.stringify leaves out what is undefined.
        if self.custom_config is not None:
            params["customConfig"] = self.custom_config
        if self.language is not None:
            params["language"] = self.language
        if self.supported_languages is not None:
            params["supportedLanguages"] = self.supported_languages
        return params

    async def on_text(self, text: str) -> None:
        try:
            message = json.loads(text)
        except ValueError:
            await self.fatal(400, "Message not well-formed JSON")
            return
        self.result.received.append(message)
        if message.get("seq") != self.serverseq + 1:
            # The reference client throws here (then signals error 500).
            await self.fatal(
                500, f"Protocol error: serverseq={self.serverseq}, seq={message.get('seq')}"
            )
            return
        self.serverseq = message["seq"]
        if not isinstance(message.get("parameters"), dict):
            await self.fatal(500, "server message without parameters")
            return
        kind = message.get("type")
        params = message["parameters"]
        if kind == "opened":
            await self.on_opened(message)
        elif kind == "pong":
            await self.on_pong(message)
        elif kind == "closed":
            if self.state in ("CLOSING", "CLOSING-ERROR"):
                self.state = "CLOSED"
                self.closed.set()
            else:
                await self.fatal(409, f"Unexpected 'closed' message in state {self.state}")
        elif kind == "disconnect":
            self.result.disconnect = params
            if self.state not in ("CLOSING", "CLOSING-ERROR", "CLOSED"):
                await self.initiate_close("disconnect")  # also ends the wait for `opened`
                self.opened.set()
        elif kind in ("pause", "resume", "event", "reconnect", "updated"):
            pass  # the sources here never pause; events are recorded
        else:
            await self.fatal(500, f"Unsupported server message type: {kind!r}")

    async def on_opened(self, message: dict[str, Any]) -> None:
        if self.state != "OPENING":
            await self.fatal(409, f"Unexpected 'opened' message in state {self.state}")
            return
        self.state = "OPEN"
        media = message["parameters"].get("media")
        if not isinstance(media, list) or len(media) > 1:
            await self.fatal(400, "More than one media selected")
            return
        if media:
            if media[0] not in self.source.offers:
                await self.fatal(400, "Selected media not one of the offered")
                return
            self.selected = list(media[0]["channels"])
        self.opened.set()

    async def on_pong(self, message: dict[str, Any]) -> None:
        if self.pending_ping is None:
            self.result.errors.append("409: Unexpected 'pong' (no outstanding 'ping')")
            await self.send("error", {"code": 409, "message": "Unexpected 'pong'"})
            return
        sent_at, seq = self.pending_ping
        if message.get("clientseq") != seq:
            self.result.errors.append(
                f"400: pong clientseq {message.get('clientseq')} != ping seq {seq}"
            )
            await self.send("error", {"code": 400, "message": "pong clientseq mismatch"})
            return
        self.pending_ping = None
        if self.state == "OPEN":
            self.result.rtts.append(time.monotonic() - sent_at)
            if not self.initial_ping_done:
                self.initial_ping_done = True
                await self.ping()

    async def ping(self) -> None:
        if self.state != "OPEN":
            return
        if self.pending_ping is not None:
            await self.fatal(408, "Timeout waiting for pong")
            return
        params = {"rtt": format_duration(self.result.rtts[-1])} if self.result.rtts else {}
        await self.send("ping", params)
        self.pending_ping = (time.monotonic(), self.seq)

    # -- the session ---------------------------------------------------------------------------

    async def run(self) -> SessionResult:
        headers = audiohook_headers(
            self.uri,
            api_key=self.api_key,
            organization_id=self.org,
            session_id=self.id,
            correlation_id=str(uuid.uuid4()),
            client_secret=self.secret,
        )
        try:
            async with websockets.connect(
                self.uri, additional_headers=headers, max_size=None, open_timeout=10
            ) as ws:
                self.ws = ws
                reader = asyncio.create_task(self._read())
                try:
                    await self._session()
                finally:
                    with contextlib.suppress(asyncio.TimeoutError, Exception):
                        await asyncio.wait_for(ws.close(), 5)
                    reader.cancel()
                    with contextlib.suppress(BaseException):
                        await reader
                self.result.close_code = ws.close_code
        except websockets.exceptions.InvalidStatus as exc:
            self.result.http_status = exc.response.status_code
            self.result.errors.append(f"HTTP {exc.response.status_code}")
        return self.result

    async def _read(self) -> None:
        try:
            async for data in self.ws:
                if isinstance(data, bytes):
                    await self.fatal(415, "Unexpected binary message")
                else:
                    await self.on_text(data)
        except websockets.exceptions.ConnectionClosed:
            pass
        finally:
            self.closed.set()
            self.opened.set()

    async def _session(self) -> None:
        self.state = "OPENING"
        opened_wait = time.monotonic()
        await self.send("open", self.open_parameters())
        try:
            await asyncio.wait_for(self.opened.wait(), OPEN_TIMEOUT)
        except asyncio.TimeoutError:
            await self.fatal(408, "Open transaction timeout")
        if self.state == "OPEN":
            self.result.opened_after = time.monotonic() - opened_wait
            pinger = asyncio.create_task(self._pinger())
            try:
                await self._stream()
            finally:
                pinger.cancel()
            await self.initiate_close("end")
        if self.state in ("CLOSING", "CLOSING-ERROR"):
            try:
                await asyncio.wait_for(self.closed.wait(), CLOSE_TIMEOUT)
            except asyncio.TimeoutError:
                self.result.errors.append("408: Close transaction timeout")
                with contextlib.suppress(Exception):
                    await self.send("error", {"code": 408, "message": "Close transaction timeout"})
        self.state = "CLOSED"

    async def _pinger(self) -> None:
        await asyncio.sleep(INITIAL_PING_DELAY)
        await self.ping()
        while self.state == "OPEN":
            await asyncio.sleep(PING_INTERVAL)
            await self.ping()

    async def _stream(self) -> None:
        per_frame = FRAME_MS * RATE // 1000
        started = time.monotonic()
        frame_no = 0
        while self.state == "OPEN":
            count = max(0, min(per_frame, self.source.samples - self.pos))
            if self.selected:
                data = self.source.frame(self.pos, count, self.selected)
                await self.ws.send(data)
                self.result.binary_bytes += len(data)
                self.result.frames += 1
            self.pos += count
            if self.pos >= self.source.samples:
                return
            frame_no += 1
            if self.speed > 0:
                delay = started + frame_no * FRAME_MS / 1000 / self.speed - time.monotonic()
                await asyncio.sleep(max(0.0, delay))
            else:
                await asyncio.sleep(0)


async def run_sessions(
    uri: str, make_source: Any, count: int, **options: Any
) -> list[SessionResult]:
    """`count` concurrent sessions of one organization, as `--session-count` starts them."""
    org = options.pop("organization_id", str(uuid.uuid4()))
    sessions = [
        ReferenceClientSession(uri, make_source(), organization_id=org, **options)
        for _ in range(count)
    ]
    return list(await asyncio.gather(*(s.run() for s in sessions)))
