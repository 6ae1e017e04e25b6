"""What the WebSocket call protocols (`/twilio`, `/stream`) share: close codes and reasons,
refusing an upgrade, and one connection's life (receive until the call ends, then end and write
the call, whatever happened)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from starlette.responses import PlainTextResponse
from starlette.websockets import WebSocket, WebSocketState

from mot_detect.stream.live import CallLimitReached

if TYPE_CHECKING:
    from mot_detect.stream.live import LiveCall
    from mot_detect.stream.metrics import Metrics

logger = logging.getLogger("mot_detect")

# WebSocket close codes (RFC 6455 section 7.4.1, and 1013 from the IANA registry).
CLOSE_NORMAL = 1000
CLOSE_UNSUPPORTED = 1003  # a frame or message kind this endpoint does not take
CLOSE_INVALID_DATA = 1007  # a message that does not parse: JSON, base64, frame length
CLOSE_POLICY = 1008  # a message out of order, a wrong value, a bad signature
CLOSE_TOO_BIG = 1009
CLOSE_INTERNAL = 1011
CLOSE_TRY_AGAIN = 1013  # --max-calls reached
MAX_CLOSE_REASON_BYTES = 123  # what a close frame can carry


class ProtocolClose(Exception):
    """Close the socket with `code` and `reason` (the reason is shortened to fit a close frame)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def close_reason(text: str) -> str:
    """`text` cut to what a close frame can carry (123 UTF-8 bytes), on a character boundary."""
    data = text.encode("utf-8")
    if len(data) <= MAX_CLOSE_REASON_BYTES:
        return text
    return data[: MAX_CLOSE_REASON_BYTES - 3].decode("utf-8", errors="ignore") + "..."


async def deny(websocket: WebSocket, status: int, reason: str) -> None:
    """Refuse the upgrade with an HTTP status; where the server cannot (no denial extension),
    accept and close with 1008 and the reason."""
    try:
        await websocket.send_denial_response(PlainTextResponse(reason + "\n", status_code=status))
    except RuntimeError:
        await websocket.accept()
        await safe_close(websocket, CLOSE_POLICY, reason)


async def safe_close(websocket: WebSocket, code: int, reason: str) -> None:
    """Close with `code` and `reason` unless the socket is gone already."""
    if websocket.application_state == WebSocketState.DISCONNECTED:
        return
    with contextlib.suppress(Exception):  # the client may have gone: nothing left to tell it
        await websocket.close(code=code, reason=close_reason(reason))


async def end_call(call: LiveCall | None, reason: str, metrics: Metrics) -> None:
    """End and write `call` (shielded: a server shutting down still finishes it)."""
    if call is None:
        return
    try:
        await asyncio.shield(call.end(reason))
    except asyncio.CancelledError:
        raise
    except Exception:
        logger.exception("call %s: ending it failed", call.call_id)
        metrics.errors_total.labels("internal").inc()


def disconnect_reason(code: int | None) -> str:
    # 1000/1001/1005: the client closed on purpose; anything else (1006 above all): it vanished.
    return "completed" if code in (1000, 1001, 1005, None) else "vanished"


class CallConnection:
    """One connection and its call; a protocol implements `_receive`, which reads frames until
    the call ends and returns why (or raises ProtocolClose)."""

    protocol = ""

    def __init__(self, websocket: WebSocket, state: Any) -> None:
        self.ws = websocket
        self.state = state
        self.call: LiveCall | None = None
        self.finished = False

    @property
    def name(self) -> str:
        return self.call.call_id if self.call else "<not started>"

    async def run(self) -> None:
        reason = "completed"
        metrics = self.state.metrics
        try:
            reason = await self._receive()
        except ProtocolClose as exc:
            reason = "protocol_error"
            metrics.errors_total.labels("protocol").inc()
            logger.warning(
                "%s %s: closing (%d): %s", self.protocol, self.name, exc.code, exc.reason
            )
            await safe_close(self.ws, exc.code, exc.reason)
        except CallLimitReached as exc:
            logger.warning("%s: refused a call: %s", self.protocol, exc)
            await safe_close(self.ws, CLOSE_TRY_AGAIN, f"server busy, try again later: {exc}")
        except Exception:
            reason = "error"
            metrics.errors_total.labels("internal").inc()
            logger.exception("%s %s: internal error", self.protocol, self.name)
            await safe_close(self.ws, CLOSE_INTERNAL, "internal error")
        finally:
            await self._finish(reason)

    async def _finish(self, reason: str) -> None:
        if not self.finished:
            self.finished = True
            await end_call(self.call, reason, self.state.metrics)

    async def _receive(self) -> str:
        raise NotImplementedError
