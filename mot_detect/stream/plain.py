"""The plain protocol (`/stream`): one JSON text frame, then raw PCM, for custom integrations.

Wire-compatible with FreeSWITCH `mod_audio_stream` (and drachtio `mod_audio_fork`):
`uuid_audio_stream <uuid> start ws://host/stream stereo 8k <metadata>` sends `<metadata>` as the
first text frame, then binary frames of 16-bit little-endian PCM, the two parties interleaved.

- First frame (text): a JSON object: `call_id`, `sample_rate` (8000 or 16000; default 8000),
  `channels` (1 or 2, or the speakers as a list), `speakers` (one per channel: "agent",
  "customer" or "unknown"; stereo default ["customer", "agent"], mod_audio_stream's order: the
  channel's own party, the caller on an inbound call, is read first), `started_at`, `metadata`,
  `agent`, `queue`. All optional; an unknown field is refused, so a typo never loses a value.
- Then binary frames: PCM16 LE, interleaved when stereo, any length that holds whole sample frames.
- End: a `{"type": "end"}` text frame (`uuid_audio_stream <uuid> stop {"type":"end"}`), or
  closing the socket. The server ends the call, writes it, and closes with 1000.
- Auth: `Authorization: Bearer <key>` (mod_audio_stream: `STREAM_EXTRA_HEADERS`) or `?token=<key>`.

Alerts do not come back on this socket: subscribe to `/events/{call_id}`. See
docs/stream_protocols.md.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np
from starlette.websockets import WebSocket

from mot_detect.audio.metadata import read_metadata_document
from mot_detect.audio.recording import parse_channel_map
from mot_detect.errors import InputError
from mot_detect.limits import quote
from mot_detect.stream.connection import (
    CLOSE_INVALID_DATA,
    CLOSE_NORMAL,
    CLOSE_POLICY,
    CLOSE_TOO_BIG,
    CLOSE_UNSUPPORTED,
    CallConnection,
    ProtocolClose,
    deny,
    disconnect_reason,
    safe_close,
)
from mot_detect.stream.live import CallStart

if TYPE_CHECKING:
    from mot_detect.stream.config import ServeConfig
    from mot_detect.stream.live import LiveCall

logger = logging.getLogger("mot_detect")

RATES = (8000, 16000)
DEFAULT_RATE = 8000
# mod_audio_stream's stereo frame reads the channel's own party first (FreeSWITCH's media bug
# puts the read stream left, the write stream right); on an inbound call that is the caller.
STEREO_SPEAKERS = ("customer", "agent")
MONO_SPEAKERS = ("customer",)  # mod_audio_stream "mono": the caller's audio alone
STREAM_FIELDS = ("sample_rate", "channels", "speakers")
END_MESSAGE = "end"
DEFAULT_TENANT = "default"  # every call's tenant on a server with no API keys


@dataclass
class PlainStart:
    call_id: str
    sample_rate: int
    speakers: tuple[str, ...]
    started_at: datetime | None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def channels(self) -> int:
        return len(self.speakers)


def bearer_key(headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
    """The API key of an upgrade request: `Authorization: Bearer <key>`, else `?token=`."""
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    token = query.get("token")
    return token or None


def parse_start(text: str, max_chars: int = 65_535) -> PlainStart:
    """The first text frame, checked; raises ProtocolClose naming the field that is wrong."""
    if len(text) > max_chars:
        raise ProtocolClose(
            CLOSE_TOO_BIG, f"text frame of {len(text):,} characters: expected at most {max_chars:,}"
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ProtocolClose(
            CLOSE_INVALID_DATA, f"first frame is not JSON ({exc}): expected the call's metadata"
        ) from None
    if not isinstance(data, dict):
        raise ProtocolClose(
            CLOSE_INVALID_DATA,
            f"first frame: expected a JSON object of the call's metadata, got {type(data).__name__}",
        )
    data = dict(data)
    rate = data.pop("sample_rate", DEFAULT_RATE)
    if isinstance(rate, bool) or rate not in RATES:
        raise ProtocolClose(
            CLOSE_UNSUPPORTED, f"field 'sample_rate': expected 8000 or 16000, got {quote(rate)}"
        )
    speakers = _speakers(data.pop("channels", None), data.pop("speakers", None))
    data.pop("type", None)  # {"type": "start", ...} reads naturally; nothing else uses it
    try:
        meta = read_metadata_document(data, path="first frame", extra=STREAM_FIELDS)
    except InputError as exc:
        raise ProtocolClose(CLOSE_POLICY, str(exc)) from None
    return PlainStart(
        call_id=meta.call_id or f"stream-{uuid.uuid4().hex}",
        sample_rate=int(rate),
        speakers=speakers,
        started_at=meta.started_at,
        metadata=dict(meta.metadata),
    )


def _speakers(channels: Any, speakers: Any) -> tuple[str, ...]:
    expected = '1 or 2, or the speakers as a list such as ["customer", "agent"]'
    listed: tuple[str, ...] | None = None
    count: int | None = None
    if isinstance(channels, list):
        listed = _speaker_list(channels, "channels")
    elif channels is not None:
        if isinstance(channels, bool) or channels not in (1, 2):
            raise ProtocolClose(
                CLOSE_UNSUPPORTED, f"field 'channels': expected {expected}, got {quote(channels)}"
            )
        count = int(channels)
    if speakers is not None:
        named = _speaker_list(speakers, "speakers")
        if listed is not None and listed != named:
            raise ProtocolClose(
                CLOSE_POLICY,
                "fields 'channels' and 'speakers' disagree: expected one list of speakers",
            )
        listed = named
    if listed is not None:
        if count is not None and count != len(listed):
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'speakers': {len(listed)} speaker(s) for {count} channel(s): expected one per channel",
            )
        return listed
    return MONO_SPEAKERS if count == 1 else STEREO_SPEAKERS


def _speaker_list(value: Any, name: str) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not 1 <= len(value) <= 2
        or not all(isinstance(v, str) for v in value)
    ):
        raise ProtocolClose(
            CLOSE_POLICY,
            f"field '{name}': expected one or two of 'agent', 'customer', 'unknown', got {quote(value)}",
        )
    try:
        return parse_channel_map(",".join(value))
    except ValueError as exc:
        raise ProtocolClose(CLOSE_POLICY, f"field '{name}': {exc}") from None


def parse_control(text: str, max_chars: int = 65_535) -> str:
    """A text frame after the first: only `{"type": "end"}` is one."""
    if len(text) > max_chars:
        raise ProtocolClose(
            CLOSE_TOO_BIG, f"text frame of {len(text):,} characters: expected at most {max_chars:,}"
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ProtocolClose(
            CLOSE_INVALID_DATA, 'text frame is not JSON: expected {"type": "end"} or binary audio'
        ) from None
    kind = data.get("type") if isinstance(data, dict) else None
    if kind != END_MESSAGE:
        raise ProtocolClose(
            CLOSE_UNSUPPORTED,
            f'text frame of type {quote(kind)}: expected {{"type": "end"}} or binary audio',
        )
    return END_MESSAGE


def pcm_frame(data: bytes, channels: int, max_bytes: int) -> np.ndarray:
    """A binary frame as int16 samples, interleaved; raises ProtocolClose for a frame too large
    or one that does not hold whole sample frames."""
    if len(data) > max_bytes:
        raise ProtocolClose(
            CLOSE_TOO_BIG, f"binary frame of {len(data):,} bytes: expected at most {max_bytes:,}"
        )
    width = 2 * channels
    if len(data) % width:
        raise ProtocolClose(
            CLOSE_INVALID_DATA,
            f"binary frame of {len(data):,} bytes: expected whole {width}-byte sample frames "
            f"(16-bit PCM, {channels} channel(s))",
        )
    return np.frombuffer(data, dtype="<i2").astype(np.int16, copy=False)


# --- the endpoint ---------------------------------------------------------------------------------

PROTOCOL = "stream"
UNAUTHORIZED = "missing or unknown API key: expected 'Authorization: Bearer <key>' or ?token=<key>"


def stream_tenant(config: ServeConfig, key: str | None) -> str | None:
    """Whose call this is: the key's tenant; "default" when the server has no keys at all."""
    if config.open_access:
        return DEFAULT_TENANT
    entry = config.tenant_for_key(key)
    return entry.tenant if entry is not None else None


async def plain_endpoint(websocket: WebSocket) -> None:
    """`/stream`: one call per connection, in the plain protocol."""
    state = websocket.app.state.live
    key = bearer_key(websocket.headers, websocket.query_params)
    tenant = stream_tenant(state.config, key)
    if tenant is None:
        state.metrics.refusals_total.labels(PROTOCOL, "unauthorized").inc()
        logger.warning(
            "stream: refused an upgrade: %s", "no API key" if not key else "unknown API key"
        )
        await deny(websocket, 401, UNAUTHORIZED)
        return
    await websocket.accept()
    await PlainConnection(websocket, state, tenant).run()


class PlainConnection(CallConnection):
    protocol = "stream"

    def __init__(self, websocket: WebSocket, state: Any, tenant: str) -> None:
        super().__init__(websocket, state)
        self.tenant = tenant
        self.channels = 0

    async def _receive(self) -> str:
        config = self.state.config
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return disconnect_reason(message.get("code"))
            data = message.get("bytes")
            text = message.get("text")
            if self.call is None:
                if text is None:
                    raise ProtocolClose(
                        CLOSE_POLICY,
                        "binary audio before the metadata frame: expected a JSON text frame first",
                    )
                self.call = await self._start(parse_start(text, config.max_text_chars))
            elif data is not None:
                self.call.audio_interleaved(pcm_frame(data, self.channels, config.max_frame_bytes))
            elif text is not None:
                parse_control(text, config.max_text_chars)
                await self._finish("completed")  # before closing: the call is written by then
                await safe_close(self.ws, CLOSE_NORMAL, "call ended")
                return "completed"

    async def _start(self, start: PlainStart) -> LiveCall:
        try:
            call = await self.state.calls.start(
                CallStart(
                    call_id=start.call_id,
                    tenant=self.tenant,
                    speakers=start.speakers,
                    sample_rate=start.sample_rate,
                    protocol=PROTOCOL,
                    started_at=start.started_at,
                    metadata=start.metadata,
                )
            )
        except ValueError as exc:
            raise ProtocolClose(CLOSE_POLICY, f"first frame: {exc}") from None
        self.channels = start.channels
        logger.info(
            "stream %s: %d Hz, speakers %s",
            call.call_id,
            start.sample_rate,
            ",".join(start.speakers),
        )
        return call
