"""Logging in and out, and the admin page (accounts and the audit trail)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from mot_detect.review.auth import (
    LOGIN_CSRF_COOKIE,
    LOGIN_WINDOW,
    MAX_FAILURES_PER_CLIENT,
    MAX_FAILURES_PER_USER,
    SESSION_COOKIE,
    Admin,
    CookieSettings,
    Writer,
    client_address,
    csrf_matches,
    store_of,
)
from mot_detect.store.schema import AuditRow, UserRow
from mot_detect.store.users import (
    SESSION_LIFETIME,
    AccountError,
    add_user,
    audit,
    authenticate,
    end_session,
    recent_failures,
    record_attempt,
    start_session,
)

router = APIRouter()


def _cookies(request: Request) -> CookieSettings:
    return CookieSettings(secure=request.app.state.settings.secure_cookies)


def safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme): no open redirect after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _login_page(request: Request, next_path: str, message: str | None, status: int) -> Response:
    token = secrets.token_urlsafe(32)
    response = request.app.state.templates.TemplateResponse(
        request,
        "login.html",
        {"csrf": token, "next": next_path, "message": message, "login": None},
        status_code=status,
    )
    response.set_cookie(**_cookies(request).login_csrf(token))
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, safe_next(next), None, 200)


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    if not csrf_matches(request.cookies.get(LOGIN_CSRF_COOKIE, ""), csrf_token):
        return _login_page(request, safe_next(next), "The form expired: please try again.", 403)
    name_key = "user:" + username.strip().lower()
    client_key = "client:" + client_address(request)
    store = store_of(request)
    with store.transaction() as session:
        if (
            recent_failures(session, name_key, LOGIN_WINDOW) >= MAX_FAILURES_PER_USER
            or recent_failures(session, client_key, LOGIN_WINDOW) >= MAX_FAILURES_PER_CLIENT
        ):
            audit(session, None, "login_throttled", username.strip().lower()[:100])
            throttled = True
        else:
            throttled = False
            user = authenticate(session, username, password)
            record_attempt(session, [name_key, client_key], user is not None)
            started = start_session(session, user) if user is not None else None
            if started is None:
                audit(session, None, "login_failed", username.strip().lower()[:100])
    if throttled:
        minutes = int(LOGIN_WINDOW.total_seconds() // 60)
        raise HTTPException(
            429,
            f"too many failed logins: try again in {minutes} minutes",
            headers={"Retry-After": str(int(LOGIN_WINDOW.total_seconds()))},
        )
    if started is None:
        return _login_page(request, safe_next(next), "Wrong username or password.", 401)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        **_cookies(request).session(started.token, int(SESSION_LIFETIME.total_seconds()))
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, login: Writer) -> Response:
    with store_of(request).transaction() as session:
        end_session(session, login.token)
        audit(session, login.user.id, "logout", login.user.username)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/admin")
def admin_page(request: Request, login: Admin) -> Response:
    with store_of(request).sessions() as session:
        users = list(session.scalars(select(UserRow).order_by(UserRow.username)))
        names = {u.id: u.username for u in users}
        events = list(session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(200)))
    return request.app.state.templates.TemplateResponse(
        request,
        "admin.html",
        {"login": login, "users": users, "events": events, "names": names, "message": None},
    )


@router.post("/admin/users")
def admin_add_user(
    request: Request,
    login: Writer,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    role: Annotated[str, Form(max_length=20)] = "reviewer",
) -> Response:
    if not login.user.is_admin:
        raise HTTPException(403, "this needs an admin account")
    try:
        with store_of(request).transaction() as session:
            added = add_user(session, username, password, role)
            audit(session, login.user.id, "user_added_by_admin", added.username, {"role": role})
    except AccountError as exc:
        raise HTTPException(400, str(exc)) from exc
    return RedirectResponse("/admin", status_code=303)
