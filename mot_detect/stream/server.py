"""`mot-detect serve`: the WebSocket server the telephony platforms stream calls to.

Routes: `/audiohook` (Genesys AudioHook v2), `/twilio` (Twilio Media Streams), `/stream` (the plain
protocol, FreeSWITCH mod_audio_stream compatible), `/events/{call_id}` and `/events` (alerts for
agents' screens and wallboards), `/healthz`, `/metrics` (Prometheus). Everything a handler needs
is one `ServerState` on `app.state.live`; per-connection state lives in each handler's session
object. The models are loaded once, before the first connection is accepted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response

from mot_detect.stream.audiohook import audiohook_endpoint
from mot_detect.stream.events import all_events_endpoint, call_events_endpoint
from mot_detect.stream.plain import plain_endpoint
from mot_detect.stream.state import ServerState
from mot_detect.stream.twilio import twilio_endpoint

logger = logging.getLogger("mot_detect")


def create_app(state: ServerState) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await state.events.start()
        if state.config.open_access:
            logger.warning(
                "no API keys or subscriber tokens configured: anyone who can reach this server "
                "may stream calls and read their alerts (tenant 'default')"
            )
        try:
            yield
        finally:
            # Calls whose connections are still open are finished and written, not lost.
            try:
                await asyncio.wait_for(
                    state.calls.end_all("shutdown"), state.config.shutdown_grace_seconds
                )
            except asyncio.TimeoutError:
                logger.error("shutdown: live calls not finished within the grace period")
            await state.events.close()
            # Waits for Whisper's job in progress: off the loop, which may still be needed.
            await asyncio.to_thread(state.calls.close)

    app = FastAPI(title="mot-detect live", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.live = state
    app.add_api_websocket_route("/audiohook", audiohook_endpoint)
    app.add_api_websocket_route("/twilio", twilio_endpoint)
    app.add_api_websocket_route("/stream", plain_endpoint)
    app.add_api_websocket_route("/events/{call_id}", call_events_endpoint)
    app.add_api_websocket_route("/events", all_events_endpoint)

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        calls = state.calls
        return JSONResponse(
            {
                "status": "ok",
                "live_calls": len(calls.live),
                "max_calls": state.config.max_calls,
                "asr_queue_depth": calls.asr.depth,
                "asr_backlog_seconds": round(calls.asr.backlog_seconds, 3),
            }
        )

    @app.get("/metrics")
    async def metrics() -> Response:
        body, content_type = state.metrics.render()
        return Response(body, media_type=content_type)

    return app
