"""Who is asking: the session cookie, the CSRF token every form and API write must carry, and
the login rate limit. Handlers are plain functions run in FastAPI's thread pool (the store's
calls block), never on the event loop."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from mot_detect.store.database import Store
from mot_detect.store.users import LoginSession, find_session

SESSION_COOKIE = "mot_session"
LOGIN_CSRF_COOKIE = "mot_login_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
# Failed logins allowed per username and per client address in the window, then 429.
LOGIN_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_CLIENT = 20


class LoginRequired(Exception):
    """No valid session: pages redirect to the login form, the API answers 401."""


class Forbidden(Exception):
    """A valid session without the rights for this request (403)."""


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_session(request: Request) -> LoginSession:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise LoginRequired()
    with store_of(request).sessions() as session:
        found = find_session(session, token)
    if found is None:
        raise LoginRequired()
    request.state.login = found
    return found


def admin_session(login: Annotated[LoginSession, Depends(current_session)]) -> LoginSession:
    if not login.user.is_admin:
        raise Forbidden()
    return login


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and secrets.compare_digest(expected.encode(), str(given).encode())


async def checked_write(
    request: Request, login: Annotated[LoginSession, Depends(current_session)]
) -> LoginSession:
    """A logged-in session whose request carries its CSRF token (form field or header)."""
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        given = (await request.form()).get(CSRF_FIELD)  # type: ignore[assignment]
    if not csrf_matches(login.csrf_token, given if isinstance(given, str) else None):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return login


Reader = Annotated[LoginSession, Depends(current_session)]
Writer = Annotated[LoginSession, Depends(checked_write)]
Admin = Annotated[LoginSession, Depends(admin_session)]


@dataclass(frozen=True)
class CookieSettings:
    secure: bool

    def session(self, token: str, max_age: int) -> dict[str, object]:
        return {
            "key": SESSION_COOKIE,
            "value": token,
            "max_age": max_age,
            "httponly": True,
            "secure": self.secure,
            "samesite": "lax",
            "path": "/",
        }

    def login_csrf(self, token: str) -> dict[str, object]:
        return {
            "key": LOGIN_CSRF_COOKIE,
            "value": token,
            "max_age": 3600,
            "httponly": True,
            "secure": self.secure,
            "samesite": "strict",
            "path": "/login",
        }
