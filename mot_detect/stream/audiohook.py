"""Genesys Cloud AudioHook v2 (`/audiohook`): a live call's audio as Genesys streams it.

Genesys is the client. It opens the WebSocket with `X-API-KEY` (and, when the integration has a
client secret, an RFC 9421 signature), sends `open` with its media offers, and streams binary
audio once we answer `opened`: samples interleaved in the order of the selected channels
(`external` = the customer, `internal` = the agent), PCMU or L16. Control messages (`ping`,
`paused`, `resumed`, `discarded`, `update`, `error`, `close`) arrive as JSON text frames, each
side numbering its own messages 1, 2, 3 ...

The checks and the answers are those of Genesys's reference server: a message out of sequence,
an unknown type, bad parameters, audio before `opened` or of the wrong length, each gets
`disconnect {reason: error, info}` naming what was wrong; the call ends there and is written as
far as it got, and the client is expected to `close`. A bad key or signature is refused with
HTTP 401 before the upgrade. See docs/audiohook.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any

from starlette.responses import PlainTextResponse
from starlette.websockets import WebSocket, WebSocketState

from mot_detect.audio.metadata import read_metadata_document
from mot_detect.audio.pcm import mulaw_to_pcm16, pcm16_from_bytes
from mot_detect.errors import InputError
from mot_detect.stream.audiohook_messages import (
    MAX_DURATION_SECONDS,
    ClientMessage,
    Media,
    ProtocolError,
    check_parameters,
    client_message,
    format_duration,
    is_probe,
    is_uuid,
    parse_duration,
    parse_text,
    select_media,
    server_message,
    transcript_entity,
)
from mot_detect.stream.live import CallLimitReached, CallStart, FinalUtterance, LiveCall
from mot_detect.stream.signature import verify

logger = logging.getLogger("mot_detect")

# Silence fed when the stream pauses: more than the endpoint's silence and its tail.
PAUSE_FLUSH_SECONDS = 1.0

PROTOCOL = "audiohook"
SUPPORTED_LANGUAGES = ["en-US"]  # Whisper tiny.en and the English rules
# Genesys pings every 5 s; a connection silent this long has vanished without a close.
IDLE_TIMEOUT_SECONDS = 60.0
# Genesys gives up on `closed` after 10 s: finishing the call may take longer (ASR backlog), so
# `closed` goes out after this, and the call finishes in the background regardless.
CLOSE_ANSWER_SECONDS = 8.0
# After `closed` or `disconnect` the client closes the socket; we close it ourselves after this.
LINGER_SECONDS = 10.0
# Outgoing messages waiting for a client that does not read: transcript events beyond the first
# limit are dropped; beyond the second the client is treated as gone.
MAX_QUEUED_EVENTS = 200
MAX_QUEUED_MESSAGES = 1000
# An unsigned or badly signed request waits this long before its 401, as the reference server
# does, so the refusal's timing says nothing about which check failed.
AUTH_FAILURE_DELAY_SECONDS = 0.5


class State(Enum):
    PREPARING = "PREPARING"  # before `open`
    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    CLOSING = "CLOSING"  # `close` received, finishing the call
    CLOSED = "CLOSED"  # `closed` sent
    ERROR = "SIGNALED-ERROR"  # `disconnect` sent


class Auth:
    """Who the connecting client is, from its upgrade request."""

    def __init__(self, tenant: str, session_id: str, organization_id: str | None) -> None:
        self.tenant = tenant
        self.session_id = session_id
        self.organization_id = organization_id


def request_target(websocket: WebSocket) -> str:
    """The path and query as the client requested them (what `@request-target` covers)."""
    raw = websocket.scope.get("raw_path")
    path = raw.decode("latin-1") if raw else websocket.scope.get("path", "/")
    query = websocket.scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


def authenticate(
    headers: Mapping[str, str], target: str, config: Any, now: float | None = None
) -> tuple[Auth | None, int, str]:
    """(Auth, 0, "") for an acceptable upgrade request, else (None, HTTP status, reason)."""
    session_id = headers.get("audiohook-session-id", "").strip()
    if not is_uuid(session_id):
        return None, 400, "Audiohook-Session-Id header must be the session UUID"
    org = headers.get("audiohook-organization-id", "").strip() or None
    if config.open_access:
        return Auth("default", session_id, org), 0, ""
    entry = config.tenant_for_key(headers.get("x-api-key", "").strip())
    if entry is None:
        return None, 401, "X-API-KEY missing or not a known API key"
    if entry.client_secret:
        by_key = {k.key: k.client_secret for k in config.api_keys}
        result = verify(headers, request_target=target, secret_for_key=by_key.get, now=now)
        if not result.ok:
            return None, 401, f"signature not accepted: {result}"
    return Auth(entry.tenant, session_id, org), 0, ""


async def audiohook_endpoint(websocket: WebSocket) -> None:
    """One AudioHook session per connection."""
    state = websocket.app.state.live
    headers = {k.lower(): v for k, v in websocket.headers.items()}
    auth, status, reason = authenticate(headers, request_target(websocket), state.config)
    if auth is None:
        state.metrics.refusals_total.labels(PROTOCOL, "unauthorized").inc()
        logger.warning("audiohook: refused an upgrade (%s): %s", status, reason)
        await asyncio.sleep(AUTH_FAILURE_DELAY_SECONDS if status == 401 else 0)
        await _deny(websocket, status, reason)
        return
    await websocket.accept()
    session = AudioHookSession(websocket, state, auth)
    await session.run()


async def _deny(websocket: WebSocket, status: int, reason: str) -> None:
    try:
        await websocket.send_denial_response(PlainTextResponse(reason, status_code=status))
    except RuntimeError:  # a server without the denial extension: refuse after the upgrade
        await websocket.accept()
        session_id = websocket.headers.get("audiohook-session-id", "")
        if is_uuid(session_id):
            params = {"reason": "unauthorized", "info": reason}
            await websocket.send_text(
                server_message(
                    "disconnect", session_id=session_id, seq=1, clientseq=0, parameters=params
                )
            )
        await websocket.close(code=1008, reason=reason[:120])


class AudioHookSession:
    """The state of one AudioHook connection: sequence numbers, media, position, its call."""

    def __init__(self, websocket: WebSocket, state: Any, auth: Auth) -> None:
        self.ws = websocket
        self.server = state
        self.auth = auth
        self.id = auth.session_id
        self.state = State.PREPARING
        self.seq = 0
        self.clientseq = 0
        self.media: Media | None = None
        self.samples = 0  # per channel, silence included: the stream position
        self.flushed = 0  # silence fed to the call at 'paused', before 'resumed' says how much
        self.call: LiveCall | None = None
        self.call_id: str | None = None
        self.probe = False
        self.transcripts = False
        self.language: str | None = None
        self.position_mismatches = 0
        self.outbox: asyncio.Queue[str | None] = asyncio.Queue()
        self.gone = False  # the socket can no longer be written
        self.end_task: asyncio.Task[Any] | None = None
        self.end_reason = "vanished"

    # -- the connection's life ---------------------------------------------------------------

    async def run(self) -> None:
        writer = asyncio.create_task(self._writer(), name=f"audiohook-writer-{self.id}")
        try:
            await self._receive_loop()
        except Exception:
            logger.exception("audiohook %s: internal error", self.id)
            self.server.metrics.errors_total.labels("internal").inc()
            self._signal_error("Server error: internal error", kind="internal")
        finally:
            await self._finish_call(self.end_reason)
            self.outbox.put_nowait(None)
            with contextlib.suppress(asyncio.TimeoutError, Exception):
                await asyncio.wait_for(writer, timeout=LINGER_SECONDS)
            writer.cancel()
            if self.ws.application_state == WebSocketState.CONNECTED:
                with contextlib.suppress(Exception):
                    await self.ws.close(code=1000)

    async def _receive_loop(self) -> None:
        deadline: float | None = None  # once `closed` or `disconnect` went out
        while not self.gone:
            timeout = IDLE_TIMEOUT_SECONDS
            if deadline is not None:
                timeout = deadline - time.monotonic()
                if timeout <= 0:
                    logger.info("audiohook %s: client did not close the socket", self.id)
                    return
            try:
                message = await asyncio.wait_for(self.ws.receive(), timeout=timeout)
            except asyncio.TimeoutError:
                if deadline is None:
                    logger.warning("audiohook %s: nothing received for %.0f s", self.id, timeout)
                    self.end_reason = "idle_timeout"
                return
            if message["type"] == "websocket.disconnect":
                if self.state not in (State.CLOSED, State.ERROR):
                    logger.warning("audiohook %s: socket closed in state %s", self.id, self.state)
                return
            if message.get("bytes") is not None:
                self.on_binary(message["bytes"])
            elif message.get("text") is not None:
                await self.on_text(message["text"])
            if deadline is None and self.state in (State.CLOSED, State.ERROR):
                deadline = time.monotonic() + LINGER_SECONDS

    async def _writer(self) -> None:
        while True:
            text = await self.outbox.get()
            if text is None:
                return
            try:
                await self.ws.send_text(text)
            except Exception:  # the socket went away; the receive loop sees the disconnect
                self.gone = True
                return

    # -- sending -------------------------------------------------------------------------------

    def send(self, kind: str, parameters: dict[str, Any], clientseq: int | None = None) -> bool:
        """Queue a server message; never waits for the client. False when it was dropped."""
        if self.gone:
            return False
        if self.outbox.qsize() >= MAX_QUEUED_MESSAGES:
            logger.warning("audiohook %s: client reads nothing; giving up on it", self.id)
            self.gone = True
            self.end_reason = "slow_client"
            self.server.metrics.errors_total.labels("slow_client").inc()
            return False
        self.seq += 1
        self.outbox.put_nowait(
            server_message(
                kind,
                session_id=self.id,
                seq=self.seq,
                clientseq=self.clientseq if clientseq is None else clientseq,
                parameters=parameters,
            )
        )
        return True

    def _signal_error(self, info: str, kind: str = "protocol") -> None:
        """`disconnect {reason: error}` once, then the call ends (its audio so far is kept)."""
        if self.state in (State.CLOSING, State.CLOSED, State.ERROR):
            logger.info(
                "audiohook %s: error not signalled in state %s: %s", self.id, self.state, info
            )
            return
        logger.warning("audiohook %s: %s", self.id, info)
        self.server.metrics.errors_total.labels(kind).inc()
        self.state = State.ERROR
        self.send("disconnect", {"reason": "error", "info": info})
        self._start_end("protocol_error")

    # -- client messages -----------------------------------------------------------------------

    async def on_text(self, text: str) -> None:
        try:
            data = parse_text(text, self.server.config.max_text_chars)
            seq = int(data["seq"])
            if self.state == State.ERROR and data.get("type") == "close":
                # After our disconnect the client closes; answer it whatever its numbering.
                self.clientseq = seq
                await self._on_close(client_message(data), after_error=True)
                return
            if seq != self.clientseq + 1:
                raise ProtocolError(
                    f"Invalid seq value {seq} (expected {self.clientseq + 1}: each message "
                    "numbers one more than the last)",
                    "sequence",
                )
            self.clientseq = seq
            if int(data["serverseq"]) > self.seq:
                raise ProtocolError(
                    f"Invalid serverseq value {int(data['serverseq'])} (the server has sent "
                    f"{self.seq} messages)",
                    "sequence",
                )
            if data["id"] != self.id:
                raise ProtocolError(
                    f"Session identifier mismatch: {data['id']} is not this session "
                    f"({self.id}, from the Audiohook-Session-Id header)",
                    "session_id",
                )
            check_parameters(data["type"], data["parameters"])
        except ProtocolError as exc:
            self._signal_error(f"Client Error: {exc.info}", "protocol")
            return
        message = client_message(data)
        self._check_position(message)
        handler = getattr(self, f"_on_{message.type}")
        await handler(message)

    def on_binary(self, data: bytes) -> None:
        if self.state in (State.CLOSED, State.ERROR, State.CLOSING):
            return  # stragglers after the end: nothing to do with them
        if self.state != State.ACTIVE or self.media is None:
            where = (
                "before 'opened'"
                if self.state == State.PREPARING
                else f"in state {self.state.value}"
            )
            self._signal_error(f"Client Error: Received audio {where}")
            return
        limit = self.server.config.max_frame_bytes
        if len(data) > limit:
            self._signal_error(
                f"Client Error: audio frame of {len(data)} bytes is over the limit of {limit}"
            )
            return
        width = self.media.bytes_per_frame
        if len(data) % width:
            self._signal_error(
                f"Client Error: Binary data not a valid audio frame: {len(data)} bytes is not a "
                f"whole number of {width}-byte sample frames ({self.media.format}, "
                f"{len(self.media.channels)} channel(s))"
            )
            return
        samples = mulaw_to_pcm16(data) if self.media.format == "PCMU" else pcm16_from_bytes(data)
        self.samples += len(data) // width
        if self.call is None:
            return  # a probe streams (if at all) into nothing
        try:
            if len(self.media.channels) == 1:
                self.call.audio(0, samples)
            else:
                self.call.audio_interleaved(samples)
        except Exception:
            logger.exception("audiohook %s: the call refused audio", self.id)
            self._signal_error("Server error: audio could not be processed", kind="internal")

    def _check_position(self, message: ClientMessage) -> None:
        if self.media is None or message.type == "open":
            return
        ours = self.samples / self.media.rate
        if abs(message.position - ours) > 1.0 / self.media.rate + 0.0005:
            self.position_mismatches += 1
            log = logger.warning if self.position_mismatches == 1 else logger.debug
            log(
                "audiohook %s: client position %s differs from the %s counted here",
                self.id,
                format_duration(message.position),
                format_duration(ours),
            )

    async def _on_open(self, message: ClientMessage) -> None:
        if self.state != State.PREPARING:
            logger.warning("audiohook %s: ignored 'open' in state %s", self.id, self.state.value)
            return
        params = message.parameters
        if self.auth.organization_id and params["organizationId"] != self.auth.organization_id:
            self.state = State.ERROR
            self.server.metrics.refusals_total.labels(PROTOCOL, "unauthorized").inc()
            self.send(
                "disconnect",
                {
                    "reason": "unauthorized",
                    "info": 'Mismatch between "organizationId" open parameter and '
                    '"audiohook-organization-id" header field',
                },
            )
            return
        offers = params["media"]
        media = select_media(offers)
        if offers and media is None:
            self._signal_error(
                "Client Error: no offered media can be taken (expected format PCMU at rate "
                '8000, or L16 at 8000 or 16000, with channels "external" and/or "internal")'
            )
            return
        self.media = media
        self.language = params.get("language")
        self.probe = is_probe(params)
        custom = params.get("customConfig") or {}
        self.transcripts = custom.get("transcripts") is True
        if not self.probe and media is not None:
            try:
                start = self._call_start(params, media, custom)
            except InputError as exc:
                self._signal_error(f"Client Error: {exc.reason}", "bad_parameters")
                return
            try:
                self.call = await self.server.calls.start(start)
            except CallLimitReached as exc:  # counted as a refusal by the core
                self.state = State.ERROR
                logger.warning("audiohook %s: refused: %s", self.id, exc)
                self.send(
                    "disconnect",
                    {"reason": "error", "info": f"Server busy, try again later: {exc}"},
                )
                return
            except Exception as exc:
                logger.exception("audiohook %s: the call could not start", self.id)
                self._signal_error(f"Server error: the call could not start ({exc})", "internal")
                return
            self.call_id = self.call.call_id
        opened: dict[str, Any] = {"media": [media.offer] if media else [], "startPaused": False}
        if params.get("supportedLanguages") is True:
            opened["supportedLanguages"] = SUPPORTED_LANGUAGES
        self.send("opened", opened)
        self.state = State.ACTIVE
        logger.info(
            "audiohook %s: opened%s call %s, media %s",
            self.id,
            " (connection probe)" if self.probe else "",
            self.call_id,
            media.offer if media else None,
        )

    def _call_start(
        self, params: dict[str, Any], media: Media, custom: dict[str, Any]
    ) -> CallStart:
        doc = custom.get("call")
        meta = read_metadata_document(doc, path="customConfig.call") if doc is not None else None
        participant = params["participant"]
        metadata: dict[str, Any] = dict(meta.metadata) if meta else {}
        metadata["audiohook"] = {
            "session_id": self.id,
            "organization_id": params["organizationId"],
            "conversation_id": params["conversationId"],
            "participant": {k: participant[k] for k in ("id", "ani", "aniName", "dnis")},
            "media": media.offer,
            **({"language": params["language"]} if "language" in params else {}),
        }
        return CallStart(
            # A second session on a live conversation gets a suffix from the core.
            call_id=params["conversationId"],
            tenant=self.auth.tenant,
            speakers=media.speakers,
            sample_rate=media.rate,
            protocol=PROTOCOL,
            started_at=meta.started_at if meta else None,
            metadata=metadata,
            on_final=self._on_final if self.transcripts else None,
        )

    async def _on_close(self, message: ClientMessage, after_error: bool = False) -> None:
        if self.state in (State.CLOSING, State.CLOSED):
            return
        self.state = State.CLOSING
        reason = message.parameters.get("reason", "end")
        if not after_error:
            self._start_end("completed" if reason == "end" else f"client_{reason}")
        if self.end_task is not None:
            # Shielded: a slow finish must not hold `closed` past Genesys's timeout, nor be
            # cancelled by it.
            with contextlib.suppress(asyncio.TimeoutError, Exception):
                await asyncio.wait_for(asyncio.shield(self.end_task), CLOSE_ANSWER_SECONDS)
        self.send("closed", {})
        self.state = State.CLOSED

    async def _on_ping(self, message: ClientMessage) -> None:
        self.send("pong", {}, clientseq=message.seq)

    async def _on_paused(self, message: ClientMessage) -> None:
        if self.state == State.ACTIVE:
            self.state = State.PAUSED
            # Nothing arrives while paused (a card number being keyed in, say): a second of the
            # silence `resumed` would fill in ends the utterance in progress now, so its alert
            # does not wait for the pause to end.
            if self.call is not None and self.media is not None:
                self.flushed = round(PAUSE_FLUSH_SECONDS * self.media.rate)
                self.call.silence(self.flushed)
        else:
            logger.info("audiohook %s: ignored 'paused' in state %s", self.id, self.state.value)

    async def _on_resumed(self, message: ClientMessage) -> None:
        if self.state != State.PAUSED:
            logger.info("audiohook %s: ignored 'resumed' in state %s", self.id, self.state.value)
            return
        self.state = State.ACTIVE
        self._advance_to(message, "resumed")

    async def _on_discarded(self, message: ClientMessage) -> None:
        self._advance_to(message, "discarded")

    def _advance_to(self, message: ClientMessage, kind: str) -> None:
        """Audio the client did not send (discarded, or while paused) becomes silence, so
        every later utterance keeps its time in the call."""
        if self.media is None:
            return
        start = parse_duration(message.parameters["start"])
        gap = parse_duration(message.parameters["discarded"])
        if start + gap > MAX_DURATION_SECONDS:
            self._signal_error(
                f"Client Error: '{kind}' start + discarded is {start + gap:.0f} s "
                f"(expected at most {MAX_DURATION_SECONDS:.0f} s)"
            )
            return
        target = round((start + gap) * self.media.rate)
        missing = target - self.samples
        # The call has had `flushed` samples of this silence already, when the stream paused.
        flushed, self.flushed = self.flushed, 0
        if missing < flushed:
            logger.info(
                "audiohook %s: the pause lasted %d samples, shorter than the %d fed at 'paused'",
                self.id,
                max(0, missing),
                flushed,
            )
        if missing <= 0:
            if gap > 0:
                logger.info(
                    "audiohook %s: '%s' ends at %s, already reached",
                    self.id,
                    kind,
                    format_duration(start + gap),
                )
            return
        self.samples = target
        if self.call is not None:
            self.call.silence(missing - flushed)

    async def _on_update(self, message: ClientMessage) -> None:
        if self.state in (State.ACTIVE, State.PAUSED):
            self.language = message.parameters["language"]
            logger.info("audiohook %s: language now %s", self.id, self.language)

    async def _on_error(self, message: ClientMessage) -> None:
        params = message.parameters
        logger.warning(
            "audiohook %s: client error %s: %s", self.id, params["code"], params["message"]
        )
        self.server.metrics.errors_total.labels("client").inc()

    # -- the call ------------------------------------------------------------------------------

    async def _on_final(self, utterance: FinalUtterance) -> None:
        """A final utterance back to Genesys as a Transcription Connector `transcript` event."""
        if self.state not in (State.ACTIVE, State.PAUSED, State.CLOSING) or self.media is None:
            return
        if self.outbox.qsize() >= MAX_QUEUED_EVENTS:
            logger.info("audiohook %s: client slow to read; transcript event dropped", self.id)
            return
        entity = transcript_entity(
            entity_id=str(uuid.uuid4()),
            channel_id=utterance.channel,
            text=utterance.text,
            start=utterance.start,
            end=utterance.end,
            confidence=utterance.confidence,
            language=self.language,
            words=[(w.word.strip(), w.start, w.end, w.probability) for w in utterance.words],
        )
        self.send("event", {"entities": [entity]})

    def _start_end(self, reason: str) -> None:
        if self.call is not None and self.end_task is None:
            self.end_reason = reason
            self.end_task = asyncio.create_task(self._end_call(reason))

    async def _end_call(self, reason: str) -> None:
        assert self.call is not None
        try:
            await self.call.end(reason)
        except Exception:
            logger.exception("audiohook %s: ending call %s failed", self.id, self.call_id)
            self.server.metrics.errors_total.labels("internal").inc()

    async def _finish_call(self, reason: str) -> None:
        """However the connection ended, its call ends and is written."""
        self._start_end(reason)
        if self.end_task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self.end_task)
