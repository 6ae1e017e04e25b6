"""Twilio Media Streams (`/twilio`): a live call's audio as Twilio sends it.

Twilio opens the WebSocket (`<Start><Stream url="wss://host/twilio" track="both_tracks">`), then
sends JSON text frames: `connected`, `start` (the call: `callSid`, `tracks`, `mediaFormat`,
`customParameters` from `<Parameter>`), one `media` per track and chunk (base64 G.711 mu-law,
8 kHz mono, `timestamp` in ms from the start of the stream), `mark` and `dtmf` now and then, and
`stop`. Every number in them arrives as a string ("sequenceNumber": "2").

Each track is one channel of the call, its speaker taken from `config.twilio_tracks` (inbound =
customer by default: Twilio names the tracks from the call leg that runs the TwiML). Chunks are
placed on their channel's timeline by `timestamp`, so a lost chunk becomes silence and the two
tracks stay aligned whatever order their messages arrive in.

The stream URL takes no query string, so per-call values come in `customParameters`:
`call_id`, `started_at`, `agent`, `queue`, `ivr.<key>` (what the caller keyed in) and
`metadata` (a JSON object, as a transcript's); any other parameter is kept under
`metadata.twilio.parameters`. See docs/stream_protocols.md.

Bad input closes the socket with a WebSocket close code and a reason naming what was wrong
(CLOSE_* below); the call ends and is written as far as it got, and no other call notices.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import numpy as np
from starlette.websockets import WebSocket

from mot_detect.audio.metadata import read_metadata_document
from mot_detect.audio.pcm import mulaw_to_pcm16
from mot_detect.errors import InputError
from mot_detect.limits import quote
from mot_detect.stream.connection import (  # noqa: F401  (re-exported for the protocols' users)
    CLOSE_INTERNAL,
    CLOSE_INVALID_DATA,
    CLOSE_NORMAL,
    CLOSE_POLICY,
    CLOSE_TOO_BIG,
    CLOSE_TRY_AGAIN,
    CLOSE_UNSUPPORTED,
    MAX_CLOSE_REASON_BYTES,
    CallConnection,
    ProtocolClose,
    close_reason,
    deny,
    disconnect_reason,
    end_call,
    safe_close,
)
from mot_detect.stream.live import CallStart

if TYPE_CHECKING:
    from mot_detect.stream.live import LiveCall

logger = logging.getLogger("mot_detect")

SAMPLE_RATE = 8000
MEDIA_ENCODING = "audio/x-mulaw"
TRACKS = ("inbound", "outbound")  # channel order of a call, whichever order `start` lists them
EVENTS = ("connected", "start", "media", "mark", "dtmf", "stop")
# Timestamps are whole milliseconds and Twilio's clock jitters a little: a chunk within this of
# where its channel has got to is appended as it is, so jitter never turns into clicks of silence
# or clipped samples; beyond it, the gap is filled with silence or the overlap dropped.
ALIGN_TOLERANCE_MS = 10
# Twilio streams held calls too (music, silence), so a real gap is lost packets: seconds at most.
# A timestamp further ahead than this is wrong, not a gap to fill with hours of silence.
MAX_GAP_SECONDS = 60.0
CUSTOM_KEYS = ("call_id", "started_at", "agent", "queue", "metadata")
IVR_PREFIX = "ivr."


# --- X-Twilio-Signature ---------------------------------------------------------------------------


def compute_signature(auth_token: str, url: str, params: Mapping[str, str] | None = None) -> str:
    """Twilio's request signature: base64 HMAC-SHA1, keyed by the account's auth token, of the
    URL followed by each parameter's name and value in name order. A WebSocket upgrade is a GET,
    so only query parameters (none, for a stream URL) take part."""
    text = url + "".join(f"{k}{v}" for k, v in sorted((params or {}).items()))
    digest = hmac.new(auth_token.encode("utf-8"), text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _url_variants(url: str) -> list[str]:
    """`url` as given, without its port and with the scheme's default port: Twilio signs the URL
    as written in the TwiML, which a proxy in front of us may have changed (its official helpers
    try the same variants)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # IPv6
        host = f"[{host}]"
    variants = [url, urlunsplit(parts._replace(netloc=host))]
    default = {"https": 443, "wss": 443, "http": 80, "ws": 80}.get(parts.scheme)
    if default is not None and parts.port is None:
        variants.append(urlunsplit(parts._replace(netloc=f"{host}:{default}")))
    return list(dict.fromkeys(variants))


def signature_matches(
    auth_token: str, url: str, signature: str | None, params: Mapping[str, str] | None = None
) -> bool:
    if not signature:
        return False
    given = signature.strip().encode("ascii", errors="replace")
    found = False
    for candidate in _url_variants(url):
        expected = compute_signature(auth_token, candidate, params).encode("ascii")
        found |= hmac.compare_digest(given, expected)
    return found


def request_url(scheme: str, headers: Mapping[str, str], path: str, query: str = "") -> str:
    """The URL Twilio signed for this upgrade: `wss://host/path`, the scheme and host taken from
    X-Forwarded-Proto / X-Forwarded-Host when a TLS proxy sits in front (as it must: Twilio
    connects over wss only)."""
    forwarded = headers.get("x-forwarded-proto")
    if forwarded:
        scheme = forwarded.split(",")[0].strip().lower()
    scheme = {"https": "wss", "http": "ws"}.get(scheme, scheme)
    host = headers.get("x-forwarded-host") or headers.get("host") or ""
    url = f"{scheme}://{host.split(',')[0].strip()}{path}"
    return f"{url}?{query}" if query else url


def query_params(query: str) -> dict[str, str]:
    return dict(parse_qsl(query, keep_blank_values=True))


# --- the stream, message by message ------------------------------------------------------------


class AudioSink(Protocol):
    """What the stream needs of a live call (mot_detect.stream.live.LiveCall)."""

    def audio(self, channel: int, samples: np.ndarray) -> None: ...

    def silence(self, samples: int, channel: int | None = None) -> None: ...

    def position(self, channel: int = 0) -> int: ...


@dataclass
class StreamStart:
    """What a `start` message says about the call."""

    call_id: str
    stream_sid: str
    call_sid: str
    account_sid: str
    tracks: tuple[str, ...]  # one per channel, in channel order
    speakers: tuple[str, ...]
    started_at: datetime | None
    metadata: dict[str, Any]


@dataclass
class Media:
    channel: int
    timestamp_ms: int
    samples: np.ndarray  # int16 at 8 kHz


@dataclass
class Dtmf:
    digit: str
    track: str


@dataclass
class Stop:
    pass


@dataclass
class Ignored:
    event: str  # connected, mark


Event = StreamStart | Media | Dtmf | Stop | Ignored


def _number(value: Any, name: str) -> int:
    """A non-negative integer that Twilio sends as a string ("2"); a JSON number is taken too."""
    if isinstance(value, bool):
        raise ProtocolClose(
            CLOSE_POLICY, f"field '{name}': expected a number as a string, got {quote(value)}"
        )
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 15:
        return int(value)
    raise ProtocolClose(
        CLOSE_POLICY,
        f"field '{name}': expected a non-negative integer as a string, got {quote(value)}",
    )


def _object(message: Mapping[str, Any], name: str) -> dict[str, Any]:
    value = message.get(name)
    if not isinstance(value, dict):
        raise ProtocolClose(CLOSE_POLICY, f"field '{name}': expected an object, got {quote(value)}")
    return value


def _string(obj: Mapping[str, Any], name: str, where: str) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not value:
        raise ProtocolClose(
            CLOSE_POLICY, f"field '{where}{name}': expected a non-empty string, got {quote(value)}"
        )
    return value


@dataclass
class TwilioStream:
    """One Twilio media stream: parses and checks each text frame in order, and places audio on
    the call's timeline. No I/O: the endpoint feeds it frames and applies what comes back."""

    tracks_map: Mapping[str, str] = field(
        default_factory=lambda: {"inbound": "customer", "outbound": "agent"}
    )
    max_chars: int = 65_535
    started: StreamStart | None = None
    stopped: bool = False
    last_sequence: int = 0
    connected: bool = False
    gaps_ms: int = 0  # silence inserted for missing chunks
    overlaps_ms: int = 0  # audio dropped because it overlapped what was already placed
    dtmf: list[tuple[float, str]] = field(default_factory=list)  # (seconds, digit)

    def parse(self, text: str) -> dict[str, Any]:
        if len(text) > self.max_chars:
            raise ProtocolClose(
                CLOSE_TOO_BIG,
                f"text frame of {len(text):,} characters: expected at most {self.max_chars:,}",
            )
        try:
            message = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ProtocolClose(CLOSE_INVALID_DATA, f"not valid JSON: {exc}") from None
        if not isinstance(message, dict):
            raise ProtocolClose(
                CLOSE_INVALID_DATA,
                f"expected a JSON object with 'event', got {type(message).__name__}",
            )
        return message

    def feed(self, text: str) -> Event:
        """The next text frame, checked; raises ProtocolClose for anything Twilio would not send."""
        message = self.parse(text)
        event = message.get("event")
        if event not in EVENTS:
            raise ProtocolClose(
                CLOSE_UNSUPPORTED,
                f"unknown event {quote(event)}: expected one of {', '.join(EVENTS)}",
            )
        if self.stopped:
            raise ProtocolClose(CLOSE_POLICY, f"'{event}' after 'stop': expected nothing more")
        if event == "connected":
            if self.connected or self.started is not None:
                raise ProtocolClose(CLOSE_POLICY, "a second 'connected': expected it once, first")
            self.connected = True
            return Ignored("connected")
        self._check_sequence(message, event)
        if event == "start":
            return self._start(message)
        if self.started is None:
            raise ProtocolClose(CLOSE_POLICY, f"'{event}' before 'start': expected 'start' first")
        sid = message.get("streamSid")
        if sid != self.started.stream_sid:
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'streamSid': {quote(sid)} is not this stream's {quote(self.started.stream_sid)}",
            )
        if event == "media":
            return self._media(message)
        if event == "dtmf":
            return self._dtmf(message)
        if event == "stop":
            self.stopped = True
            return Stop()
        return Ignored(event)  # mark: only on bidirectional streams, where we send nothing

    def _check_sequence(self, message: Mapping[str, Any], event: str) -> None:
        number = _number(message.get("sequenceNumber"), "sequenceNumber")
        expected = self.last_sequence + 1
        if number != expected:
            raise ProtocolClose(
                CLOSE_POLICY,
                f"'{event}' with sequenceNumber {number}: expected {expected}",
            )
        self.last_sequence = number

    def _start(self, message: Mapping[str, Any]) -> StreamStart:
        if self.started is not None:
            raise ProtocolClose(CLOSE_POLICY, "a second 'start': expected one per stream")
        start = _object(message, "start")
        stream_sid = _string(start, "streamSid", "start.")
        if message.get("streamSid", stream_sid) != stream_sid:
            raise ProtocolClose(CLOSE_POLICY, "field 'streamSid': differs from start.streamSid")
        call_sid = _string(start, "callSid", "start.")
        account_sid = start.get("accountSid") if isinstance(start.get("accountSid"), str) else ""
        tracks = start.get("tracks")
        if (
            not isinstance(tracks, list)
            or not tracks
            or any(t not in TRACKS for t in tracks)
            or len(set(tracks)) != len(tracks)
        ):
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'start.tracks': expected a list of 'inbound' and/or 'outbound', got {quote(tracks)}",
            )
        self._check_format(start.get("mediaFormat"))
        channels = tuple(t for t in TRACKS if t in tracks)
        speakers = tuple(self.tracks_map.get(t, "unknown") for t in channels)
        params = start.get("customParameters", {})
        if params is None:
            params = {}
        if not isinstance(params, dict):
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'start.customParameters': expected an object, got {quote(params)}",
            )
        call_id, started_at, metadata = _call_metadata(params)
        metadata["twilio"] = {
            **metadata.get("twilio", {}),
            "call_sid": call_sid,
            "stream_sid": stream_sid,
            "account_sid": account_sid,
            "tracks": dict(zip(channels, speakers, strict=True)),
        }
        self.started = StreamStart(
            call_id=call_id or call_sid,
            stream_sid=stream_sid,
            call_sid=call_sid,
            account_sid=account_sid,
            tracks=channels,
            speakers=speakers,
            started_at=started_at,
            metadata=metadata,
        )
        return self.started

    @staticmethod
    def _check_format(media_format: Any) -> None:
        if media_format is None:
            return  # not in every capture; Twilio streams only 8 kHz mu-law anyway
        expected = f"{{encoding: '{MEDIA_ENCODING}', sampleRate: 8000, channels: 1}}"
        if not isinstance(media_format, dict):
            raise ProtocolClose(
                CLOSE_UNSUPPORTED, f"field 'start.mediaFormat': expected {expected}"
            )
        encoding = media_format.get("encoding", MEDIA_ENCODING)
        try:
            rate = _number(
                media_format.get("sampleRate", SAMPLE_RATE), "start.mediaFormat.sampleRate"
            )
            channels = _number(media_format.get("channels", 1), "start.mediaFormat.channels")
        except ProtocolClose:
            rate = channels = -1
        if encoding != MEDIA_ENCODING or rate != SAMPLE_RATE or channels != 1:
            raise ProtocolClose(
                CLOSE_UNSUPPORTED,
                f"unsupported start.mediaFormat {json.dumps(media_format)[:60]}: expected {expected}",
            )

    def _media(self, message: Mapping[str, Any]) -> Media:
        assert self.started is not None
        media = _object(message, "media")
        track = media.get("track")
        if track not in self.started.tracks:
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'media.track': {quote(track)} is not one of this stream's tracks "
                f"({', '.join(self.started.tracks)})",
            )
        timestamp = _number(media.get("timestamp"), "media.timestamp")
        if "chunk" in media:
            _number(media.get("chunk"), "media.chunk")
        payload = media.get("payload")
        if not isinstance(payload, str):
            raise ProtocolClose(
                CLOSE_INVALID_DATA,
                f"field 'media.payload': expected base64 mu-law audio, got {quote(payload)}",
            )
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise ProtocolClose(
                CLOSE_INVALID_DATA,
                "field 'media.payload': not valid base64: expected base64 mu-law audio",
            ) from None
        return Media(self.started.tracks.index(track), timestamp, mulaw_to_pcm16(data))

    def _dtmf(self, message: Mapping[str, Any]) -> Dtmf:
        dtmf = _object(message, "dtmf")
        digit = dtmf.get("digit")
        if not isinstance(digit, str) or len(digit) != 1 or digit not in "0123456789*#ABCD":
            raise ProtocolClose(
                CLOSE_POLICY, f"field 'dtmf.digit': expected one of 0-9 * # A-D, got {quote(digit)}"
            )
        track = dtmf.get("track") if isinstance(dtmf.get("track"), str) else ""
        return Dtmf(digit, track)

    def place(self, media: Media, call: AudioSink) -> None:
        """Put a chunk on its channel at its timestamp: a gap before it becomes silence, a chunk
        that overlaps what is already there loses the overlap (a late duplicate, all of it)."""
        channel = media.channel
        expected = media.timestamp_ms * SAMPLE_RATE // 1000
        position = call.position(channel)
        drift = expected - position
        tolerance = ALIGN_TOLERANCE_MS * SAMPLE_RATE // 1000
        samples = media.samples
        if drift > tolerance:
            if drift > MAX_GAP_SECONDS * SAMPLE_RATE:
                raise ProtocolClose(
                    CLOSE_POLICY,
                    f"field 'media.timestamp': {media.timestamp_ms} ms is {drift / SAMPLE_RATE:.0f} s "
                    f"ahead of the audio so far: expected at most {MAX_GAP_SECONDS:.0f} s of lost audio",
                )
            call.silence(drift, channel)
            self.gaps_ms += drift * 1000 // SAMPLE_RATE
            logger.info(
                "twilio %s: %d ms of %s audio missing before %d ms: filled with silence",
                self._name(),
                drift * 1000 // SAMPLE_RATE,
                self._track(channel),
                media.timestamp_ms,
            )
        elif drift < -tolerance:
            overlap = min(-drift, len(samples))
            samples = samples[overlap:]
            self.overlaps_ms += overlap * 1000 // SAMPLE_RATE
            logger.info(
                "twilio %s: %s chunk at %d ms overlaps audio already placed: %d ms dropped",
                self._name(),
                self._track(channel),
                media.timestamp_ms,
                overlap * 1000 // SAMPLE_RATE,
            )
        if len(samples):
            call.audio(channel, samples)

    def note_dtmf(self, dtmf: Dtmf, call: AudioSink) -> None:
        seconds = call.position(0) / SAMPLE_RATE
        self.dtmf.append((seconds, dtmf.digit))
        logger.info(
            "twilio %s: DTMF %r on %s at %.2f s", self._name(), dtmf.digit, dtmf.track, seconds
        )

    def _name(self) -> str:
        return self.started.call_id if self.started else "<not started>"

    def _track(self, channel: int) -> str:
        return self.started.tracks[channel] if self.started else str(channel)


def _call_metadata(params: Mapping[str, Any]) -> tuple[str | None, datetime | None, dict[str, Any]]:
    """call_id, started_at and metadata from `customParameters`, checked as a recording's metadata
    document is (mot_detect.audio.metadata)."""
    document: dict[str, Any] = {}
    ivr: dict[str, str] = {}
    others: dict[str, Any] = {}
    for key, value in params.items():
        if key in CUSTOM_KEYS:
            document[key] = value
        elif key.startswith(IVR_PREFIX) and len(key) > len(IVR_PREFIX):
            ivr[key[len(IVR_PREFIX) :]] = value
        else:
            others[key] = value
    if isinstance(document.get("metadata"), str):
        try:
            document["metadata"] = json.loads(document["metadata"])
        except ValueError as exc:
            raise ProtocolClose(
                CLOSE_POLICY,
                f"field 'start.customParameters.metadata': expected a JSON object as a string ({exc})",
            ) from None
    if ivr:
        metadata = document.get("metadata")
        if metadata is None:
            metadata = document["metadata"] = {}
        if isinstance(metadata, dict):
            existing = metadata.get("ivr")
            metadata["ivr"] = {**(existing if isinstance(existing, dict) else {}), **ivr}
    try:
        found = read_metadata_document(document, path="start.customParameters")
    except InputError as exc:
        raise ProtocolClose(CLOSE_POLICY, str(exc)) from None
    metadata = dict(found.metadata)
    if others:
        metadata["twilio"] = {"parameters": others}
    return found.call_id, found.started_at, metadata


def new_stream_sid() -> str:
    return "MZ" + uuid.uuid4().hex


# --- the endpoint ---------------------------------------------------------------------------------

PROTOCOL = "twilio"


async def twilio_endpoint(websocket: WebSocket) -> None:
    """`/twilio`: one Twilio media stream per connection."""
    state = websocket.app.state.live
    config = state.config
    if config.twilio_auth_token:
        url = request_url(websocket.url.scheme, websocket.headers, websocket.url.path)
        params = query_params(websocket.url.query)
        signature = websocket.headers.get("x-twilio-signature")
        if not signature_matches(config.twilio_auth_token, url, signature, params):
            state.metrics.refusals_total.labels(PROTOCOL, "unauthorized").inc()
            logger.warning("twilio: refused an upgrade: X-Twilio-Signature not valid for %s", url)
            await deny(websocket, 403, f"X-Twilio-Signature missing or not valid for {url}")
            return
    await websocket.accept()
    await TwilioConnection(websocket, state).run()


class TwilioConnection(CallConnection):
    """One connection's stream and call."""

    protocol = PROTOCOL

    def __init__(self, websocket: WebSocket, state: Any) -> None:
        super().__init__(websocket, state)
        self.stream = TwilioStream(
            tracks_map=state.config.twilio_tracks, max_chars=state.config.max_text_chars
        )

    async def _receive(self) -> str:
        """Read frames until `stop` (end the call, then close 1000) or the socket closes;
        returns why the call ended."""
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                code = message.get("code")
                if self.call is not None:
                    logger.info("twilio %s: socket closed (%s) before 'stop'", self.name, code)
                # Twilio always says `stop` before it closes: without it, the stream broke.
                return "vanished"
            text = message.get("text")
            if text is None:
                raise ProtocolClose(
                    CLOSE_UNSUPPORTED,
                    "binary frame: expected JSON text frames (Twilio Media Streams)",
                )
            event = self.stream.feed(text)
            if isinstance(event, Media):
                assert self.call is not None
                self.stream.place(event, self.call)
            elif isinstance(event, StreamStart):
                self.call = await self._start(event)
            elif isinstance(event, Dtmf):
                assert self.call is not None
                self.stream.note_dtmf(event, self.call)
            elif isinstance(event, Stop):
                await self._finish("completed")  # before closing: the call is written by then
                await safe_close(self.ws, CLOSE_NORMAL, "call ended")
                return "completed"

    async def _start(self, start: StreamStart) -> LiveCall:
        try:
            call = await self.state.calls.start(
                CallStart(
                    call_id=start.call_id,
                    tenant=self.state.config.twilio_tenant,
                    speakers=start.speakers,
                    sample_rate=SAMPLE_RATE,
                    protocol=PROTOCOL,
                    started_at=start.started_at,
                    metadata=start.metadata,
                )
            )
        except ValueError as exc:
            raise ProtocolClose(CLOSE_POLICY, f"start: {exc}") from None
        logger.info(
            "twilio %s: stream %s of call %s, tracks %s",
            call.call_id,
            start.stream_sid,
            start.call_sid,
            dict(zip(start.tracks, start.speakers, strict=True)),
        )
        return call
