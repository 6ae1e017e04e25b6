"""The live wallboard: the calls in progress at the streaming hook (`mot-detect serve`) and their
alerts as they happen, missed cues newest first.

One `Relay` per app (on `app.state.wallboard`, started by `lifespan` when
`ReviewSettings.events_url` is set) follows the hook's `/events` WebSocket (every call of the
token's tenant), reconnecting with capped exponential backoff, and keeps a bounded in-memory
`Board`. Browsers read it from `GET /wallboard/events` (Server-Sent Events: a snapshot, then
batched changes), each with its own bounded queue: a browser that stops reading is dropped, never
the relay. `GET /wallboard` renders the board server-side, `GET /api/wallboard` returns it as
JSON. The board is only touched on the event loop, so these handlers are `async def` (they never
block: the login check is a dependency, run in the thread pool)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import FrameType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import anyio
import uvicorn
from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from mot_detect.review.auth import LoginRequired, Reader, current_session
from mot_detect.review.live_board import FOLLOWED_TYPES, MAX_MISSED, Board, utc_now

logger = logging.getLogger("mot_detect")
router = APIRouter()

# Everything is bounded (the board's own bounds are in live_board.py).
MAX_BROWSERS = 100  # open event streams at once; more get 503
BROWSER_QUEUE = 100  # batched updates a browser may fall behind before it is dropped
MAX_EVENT_BYTES = 1024 * 1024  # one message from the hook
HEARTBEAT_SECONDS = 15.0  # an SSE comment, and the login checked again
STREAM_SECONDS = 600.0  # each event stream ends after this; the browser reconnects at once
FLUSH_SECONDS = 0.25  # changes batched this long before they go to the browsers
PRUNE_SECONDS = 5.0
BACKOFF_FIRST, BACKOFF_CAP = 0.5, 30.0


def check_events_url(url: str) -> str:
    """`url` when it is a ws:// or wss:// URL with a host; ValueError naming the field."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise ValueError(
            f"events_url: expected the live hook's events stream as ws://HOST:PORT/events "
            f"or wss://..., got {printable_url(url)!r}"
        )
    return url


def printable_url(url: str) -> str:
    """The URL without its query or user info (a `?token=` must never be shown or logged)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        port = None
    if port:
        host = f"{host}:{port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


# --- the relay ----------------------------------------------------------------------------------

_DROP = object()  # put in a browser's queue when it is dropped (too slow)
_END = object()  # ... when the app stops


@dataclass(eq=False)
class Browser:
    """One open event stream, with its bounded queue of encoded SSE messages."""

    queue: asyncio.Queue[Any] = field(default_factory=lambda: asyncio.Queue(maxsize=BROWSER_QUEUE))
    dropped: bool = False

    def offer(self, message: str) -> bool:
        """Queue one message; False (and the browser marked dropped) when its queue is full."""
        if self.dropped:
            return False
        try:
            self.queue.put_nowait(message)
        except asyncio.QueueFull:
            self.close(_DROP)
            return False
        return True

    def close(self, why: object) -> None:
        """Drop what is queued and end the stream (`_DROP`: with a message saying why)."""
        self.dropped = True
        while not self.queue.empty():
            self.queue.get_nowait()
        self.queue.put_nowait(why)


def sse(event: str, data: Any) -> str:
    """One Server-Sent Events message (JSON on a single data line)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event}\ndata: {text}\n\n"


class Relay:
    """Follows the hook's `/events` stream into a `Board` and fans its changes out to the
    browsers. `start()` / `stop()` from the app's lifespan; everything on the event loop."""

    def __init__(
        self,
        url: str | None,
        token: str | None = None,
        *,
        backoff_first: float = BACKOFF_FIRST,
        backoff_cap: float = BACKOFF_CAP,
    ) -> None:
        self.url = url
        self.token = token
        self.backoff_first = backoff_first
        self.backoff_cap = backoff_cap
        self.board = Board()
        self.browsers: set[Browser] = set()
        self.dropped_browsers = 0
        self.state = "not_configured" if url is None else "stopped"
        self.detail = ""
        self.since = utc_now()
        self.events = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._changed: asyncio.Event | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    # What the browsers get.

    def hook(self) -> dict[str, Any]:
        return {
            "configured": self.url is not None,
            "url": printable_url(self.url) if self.url else None,
            "state": self.state,
            "detail": self.detail,
            "since": self.since,
            "events": self.events,
            "bad_events": self.board.bad_events,
        }

    def snapshot(self) -> dict[str, Any]:
        return {
            "hook": self.hook(),
            "now": utc_now(),
            "browsers": {"open": len(self.browsers), "dropped": self.dropped_browsers},
            **self.board.snapshot(),
        }

    def subscribe(self) -> tuple[Browser, dict[str, Any]]:
        """A new browser and the board to start it with (taken in the same step, so it misses
        no change; a change also in the next update is applied twice, harmlessly)."""
        browser = Browser()
        self.browsers.add(browser)
        return browser, self.snapshot()

    def unsubscribe(self, browser: Browser) -> None:
        self.browsers.discard(browser)

    def broadcast(self, message: str) -> None:
        for browser in list(self.browsers):
            if not browser.offer(message):
                self.browsers.discard(browser)
                self.dropped_browsers += 1
                logger.warning(
                    "wallboard: a browser fell %d updates behind: dropped", BROWSER_QUEUE
                )

    def flush(self) -> None:
        """Send what changed on the board to every browser, as one message."""
        changes = self.board.take_changes()
        if changes is None:
            return
        if changes.get("snapshot"):
            self.broadcast(sse("snapshot", self.snapshot()))
            return
        changes["hook"] = self.hook()
        changes["now"] = utc_now()
        self.broadcast(sse("update", changes))

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()

    def _set_state(self, state: str, detail: str = "") -> None:
        if (state, detail) == (self.state, self.detail):
            return
        self.state, self.detail, self.since = state, detail, utc_now()
        self.board.changes.hook = True
        self._notify()

    # The background work.

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        if self.url is None or self._tasks:
            return
        try:
            check_events_url(self.url)
        except ValueError as exc:
            logger.error("wallboard: %s", exc)
            self._set_state("error", str(exc))
            return
        self._changed = asyncio.Event()
        for step in (self._follow, self._flush_loop, self._prune_loop):
            self._tasks.append(asyncio.create_task(step(), name=f"wallboard{step.__name__}"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        self.end_streams()

    def end_streams(self) -> None:
        """End every open event stream (on the loop)."""
        for browser in list(self.browsers):
            browser.close(_END)
        self.browsers.clear()

    async def _flush_loop(self) -> None:
        assert self._changed is not None
        while True:
            await self._changed.wait()
            await asyncio.sleep(FLUSH_SECONDS)  # a burst of events goes out as one update
            self._changed.clear()
            try:
                self.flush()
            except Exception:
                logger.exception("wallboard: could not send an update")

    async def _prune_loop(self) -> None:
        while True:
            await asyncio.sleep(PRUNE_SECONDS)
            self.board.prune()
            if self.board.changes.size() or self.board.changes.resnapshot:
                self._notify()

    async def _follow(self) -> None:
        """Connect, read, and on any failure wait (0.5 s, 1 s, 2 s ... at most the cap, with
        jitter) and connect again. Never raises but for cancellation."""
        delay = self.backoff_first
        while True:
            if self.state not in ("unreachable", "refused"):
                self._set_state("connecting")
            try:
                healthy = await self._connection()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a hook that is down, refuses us, or goes away
                healthy = False
                self._failed(exc)
            if healthy:
                delay = self.backoff_first
            wait = random.uniform(delay / 2, delay)
            logger.debug("wallboard: reconnecting to the hook in %.1f s", wait)
            await asyncio.sleep(wait)
            delay = min(delay * 2, self.backoff_cap)

    async def _connection(self) -> bool:
        """One connection to the hook, until it closes; True when it was up and answering."""
        from websockets.asyncio.client import connect

        assert self.url is not None
        url = _with_types(self.url)
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        # proxy=None: the hook is reached directly, whatever the environment's proxy.
        async with connect(
            url, additional_headers=headers, proxy=None, max_size=MAX_EVENT_BYTES, close_timeout=2
        ) as ws:
            self.board.begin_resync()
            await ws.send('{"type": "ping"}')  # its pong comes after the hook's snapshot
            answered = False
            try:
                async for message in ws:
                    if isinstance(message, str):
                        answered = self._received(message) or answered
            finally:
                self.board.cancel_resync()
            code, reason = ws.close_code, ws.close_reason or ""
        self._closed(code, reason)
        return answered

    def _received(self, text: str) -> bool:
        """Apply one message; True when it is the pong that ends the hook's snapshot."""
        try:
            event = json.loads(text)
        except ValueError:
            event = None
        if isinstance(event, dict) and event.get("type") == "pong":
            first = self.state != "connected"
            self.board.end_resync()
            self._set_state("connected")
            if first:
                logger.info(
                    "wallboard: following the live hook at %s", printable_url(self.url or "")
                )
            self._notify()
            return True
        self.events += 1
        if not self.board.apply(event) and self.board.bad_events in (1, 10, 100, 1000):
            logger.warning("wallboard: %d malformed events from the hook", self.board.bad_events)
        self._notify()
        return False

    def _closed(self, code: int | None, reason: str) -> None:
        if code == 1008:
            self._refused(f"closed with 1008: {reason or 'policy violation'}")
        elif code in (1001, 1012):  # going away; uvicorn's "service restart"
            self._unreachable(f"the hook is stopping or restarting ({code})")
        else:
            self._unreachable(
                f"the hook closed the stream ({code}{': ' + reason if reason else ''})"
            )

    def _failed(self, exc: Exception) -> None:
        from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

        if isinstance(exc, InvalidStatus):
            status = exc.response.status_code
            detail = f"HTTP {status} instead of a WebSocket"
            (self._refused if status in (401, 403) else self._unreachable)(detail)
        elif isinstance(exc, ConnectionClosed):
            self._closed(exc.rcvd.code if exc.rcvd else None, exc.rcvd.reason if exc.rcvd else "")
        elif isinstance(exc, OSError | TimeoutError | WebSocketException):
            self._unreachable(str(exc) or type(exc).__name__)
        else:
            if self.state not in ("unreachable", "refused"):
                logger.exception("wallboard: unexpected error following the hook")
            self._unreachable(type(exc).__name__)

    def _unreachable(self, detail: str) -> None:
        if self.state not in ("unreachable", "refused"):
            logger.warning(
                "wallboard: live hook at %s not reachable (%s); retrying",
                printable_url(self.url or ""),
                detail,
            )
        self._set_state("unreachable", detail)

    def _refused(self, detail: str) -> None:
        if self.state != "refused":
            logger.warning(
                "wallboard: live hook at %s refused the wallboard (%s): check --events-token",
                printable_url(self.url or ""),
                detail,
            )
        self._set_state("refused", detail)


def _with_types(url: str) -> str:
    """`url` with `types=` naming the events the board uses (unless it names some already)."""
    parts = urlsplit(url)
    if "types=" in parts.query:
        return url
    query = "&".join(q for q in (parts.query, "types=" + ",".join(FOLLOWED_TYPES)) if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = app.state.settings
    relay = Relay(settings.events_url, settings.events_token)
    app.state.wallboard = relay
    await relay.start()
    try:
        yield
    finally:
        await relay.stop()


class ReviewServer(uvicorn.Server):
    """uvicorn, ending the wallboard's event streams as soon as it begins to stop: they never
    end by themselves, and uvicorn waits for open responses before it stops."""

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        app = self.config.app
        relay = getattr(getattr(app, "state", None), "wallboard", None)
        if isinstance(relay, Relay) and relay.loop is not None and not relay.loop.is_closed():
            relay.loop.call_soon_threadsafe(relay.end_streams)


def relay_of(request: Request) -> Relay:
    """The app's relay (an idle one when the lifespan did not run, e.g. in a bare TestClient)."""
    relay: Relay | None = getattr(request.app.state, "wallboard", None)
    if relay is None:
        settings = request.app.state.settings
        relay = request.app.state.wallboard = Relay(settings.events_url, settings.events_token)
    return relay


# --- the routes ---------------------------------------------------------------------------------


@router.get("/wallboard")
async def wallboard_page(request: Request, login: Reader) -> Response:
    board = relay_of(request).snapshot()
    return request.app.state.templates.TemplateResponse(
        request,
        "wallboard.html",
        {
            "login": login,
            "board": board,
            "ago": ago,
            "due": due,
            "hook_states": HOOK_STATES,
            "hook_message": hook_message(board["hook"]),
            "max_missed": MAX_MISSED,
        },
    )


@router.get("/api/wallboard")
async def wallboard_json(request: Request, _login: Reader) -> JSONResponse:
    return JSONResponse(relay_of(request).snapshot())


@router.get("/wallboard/events")
async def wallboard_events(request: Request, _login: Reader) -> Response:
    relay = relay_of(request)
    if len(relay.browsers) >= MAX_BROWSERS:
        raise HTTPException(503, "too many wallboards open: try again later")
    return StreamingResponse(
        _event_stream(request, relay),
        media_type="text/event-stream",
        headers={"X-Accel-Buffering": "no"},
    )


def _still_logged_in(request: Request) -> bool:
    try:
        current_session(request)
    except LoginRequired:
        return False
    return True


async def _event_stream(request: Request, relay: Relay) -> AsyncIterator[str]:
    browser, board = relay.subscribe()
    getter: asyncio.Future[Any] | None = None  # kept across heartbeats: no item is ever lost
    try:
        yield "retry: 3000\n\n"
        yield sse("snapshot", board)
        ends = time.monotonic() + STREAM_SECONDS
        beat = time.monotonic() + HEARTBEAT_SECONDS
        while True:
            if time.monotonic() >= beat:  # however busy the stream is
                if not await anyio.to_thread.run_sync(_still_logged_in, request):
                    yield sse("logout", {})
                    return
                if time.monotonic() >= ends:
                    return  # the browser reconnects (and is checked again)
                yield ": heartbeat\n\n"
                beat = time.monotonic() + HEARTBEAT_SECONDS
            if getter is None:
                getter = asyncio.ensure_future(browser.queue.get())
            done, _ = await asyncio.wait({getter}, timeout=max(0.0, beat - time.monotonic()))
            if not done:
                continue
            item, getter = getter.result(), None
            if item is _DROP:
                yield sse("dropped", {"reason": f"more than {BROWSER_QUEUE} updates unread"})
                return
            if item is _END:
                return
            yield item
    finally:
        if getter is not None:
            getter.cancel()
        relay.unsubscribe(browser)


HOOK_STATES = {
    "not_configured": "not configured",
    "stopped": "not started",
    "connecting": "connecting",
    "connected": "live",
    "unreachable": "not reachable",
    "refused": "refused",
    "error": "error",
}


def hook_message(hook: dict[str, Any]) -> str:
    """The sentence the page shows about the live hook (wallboard.js says the same)."""
    url, detail, state = hook.get("url") or "", hook.get("detail") or "", hook.get("state")
    if state == "not_configured":
        return (
            "The live hook is not configured: start the review tool with "
            "--events ws://HOST:PORT/events to follow calls in progress."
        )
    if state == "connecting":
        return f"Connecting to the live hook at {url}…"
    if state == "connected":
        return f"Following the live hook at {url}."
    if state == "unreachable":
        return f"The live hook at {url} is not reachable ({detail}); retrying."
    if state == "refused":
        return f"The live hook at {url} refused the wallboard ({detail}): check --events-token."
    if state == "error":
        return str(detail)
    return "The wallboard is not following the live hook."


def due(deadline: str) -> str:
    """A deadline as the customer meant it ("2026-07-17 19:00", in the call's own time zone);
    wallboard.js says the same."""
    found = re.match(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?", deadline)
    if found is None:
        return deadline
    return found.group(1) + (f" {found.group(2)}" if found.group(2) else "")


def ago(stamp: str | None, now: str | None = None) -> str:
    """How long ago an ISO 8601 time was ("12 s", "4 min", "2 h"), or "" when unknown."""
    if not stamp:
        return ""
    try:
        then = datetime.fromisoformat(stamp)
        current = datetime.fromisoformat(now) if now else datetime.now(timezone.utc)
    except ValueError:
        return ""
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    seconds = max(0, int((current - then).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"
