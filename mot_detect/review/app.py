"""The QA review tool: a FastAPI app over the call store (`mot-detect review --store URL`).

Server-rendered pages with a little JavaScript (audio sync, the live wallboard); a JSON API
beside them. Every page, API route and recording needs a login; every write needs the session's
CSRF token."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from mot_detect.redact.policy import DEFAULT_POLICY, RedactionPolicy
from mot_detect.review.auth import Forbidden, LoginRequired
from mot_detect.review.headers import SecurityHeaders
from mot_detect.store.database import Store

logger = logging.getLogger("mot_detect")
HERE = Path(__file__).parent


@dataclass(frozen=True)
class ReviewSettings:
    """`recordings`: the folder of stored recordings; `events_url` / `events_token`: the live
    hook's `/events` stream the wallboard follows; `secure_cookies`: cookies only over HTTPS."""

    recordings: Path
    events_url: str | None = None
    events_token: str | None = None
    secure_cookies: bool = True
    # What is redacted in uploaded transcripts before they are stored.
    redact: RedactionPolicy = field(default_factory=lambda: RedactionPolicy.parse(DEFAULT_POLICY))
    # Builds the detector that scores uploaded transcripts (loaded on the first upload).
    detector_factory: Callable[[], Any] = field(default=lambda: _default_detector())


def _default_detector() -> Any:
    from mot_detect.pipeline import Detector

    return Detector()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get(
        "accept", ""
    )


def create_review_app(store: Store, settings: ReviewSettings) -> FastAPI:
    from mot_detect.review import api, dashboard, exports, login, media, pages, wallboard

    app = FastAPI(
        title="mot-detect review",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # The wallboard's relay to the live hook is the app's one background task.
        lifespan=wallboard.lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.add_middleware(SecurityHeaders, secure=settings.secure_cookies)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (login, pages, api, media, exports, dashboard, wallboard):
        app.include_router(module.router)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": "login required"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, _exc: Forbidden) -> Response:
        return error_response(request, 403, "this needs an admin account")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'][1:]) or error['loc'][0]}: {error['msg']}"
            for error in exc.errors()
        )
        return error_response(request, 400, problems or "invalid request")

    return app


def error_response(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "login": getattr(request.state, "login", None)},
        status_code=status,
        headers=headers,
    )
