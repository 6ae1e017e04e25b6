"""The review app's doors on SQLite and PostgreSQL: every route needs a login (found from
`app.routes`, so a new route that forgets it fails here), every write needs the CSRF token,
the login form (cookies, open redirects, rate limit), logout, expiry, admin rights and the
security headers."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
from fastapi.routing import APIRoute, APIWebSocketRoute
from fastapi.testclient import TestClient
from review_support import (
    AIRLINE,
    PASSWORD,
    example_call,
    files_under,
    form_login,
    quick_user,
    review_client,
    row_counts,
    session_for,
    write_wav,
)
from sqlalchemy import update
from starlette.routing import Mount, Route, WebSocketRoute

from mot_detect.pipeline import Detector
from mot_detect.review.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE
from mot_detect.review.login import safe_next
from mot_detect.store import ScoredBy, Store, open_store, save_call
from mot_detect.store.calls import finding_key
from mot_detect.store.schema import SessionRow
from mot_detect.store.users import now

# The routes of login.py, pages.py, api.py and media.py: each must be among app.routes.
KNOWN_ROUTES = {
    ("GET", "/"),
    ("GET", "/calls/{call_id}"),
    ("POST", "/calls/{call_id}/findings/{key}"),
    ("POST", "/calls/{call_id}/missed"),
    ("POST", "/calls/{call_id}/review"),
    ("GET", "/api/calls"),
    ("GET", "/api/calls/{call_id}"),
    ("POST", "/api/calls/{call_id}/findings/{key}"),
    ("POST", "/api/calls/{call_id}/missed"),
    ("POST", "/api/calls/{call_id}/review"),
    ("POST", "/api/transcripts"),
    ("POST", "/api/calls/{call_id}/recording"),
    ("GET", "/recordings/{call_id}"),
    ("POST", "/logout"),
    ("GET", "/admin"),
    ("POST", "/admin/users"),
}
OPEN_ROUTES = {("GET", "/login"), ("POST", "/login")}


@dataclass
class Review:
    store: Store
    client: TestClient
    recordings: Path
    detector: Detector
    finding: str  # a finding key of the airline call


@pytest.fixture()
def review(store_url: str, detector: Detector, tmp_path: Path) -> Iterator[Review]:
    store = open_store(store_url)
    call = example_call(detector, AIRLINE)
    wav = tmp_path / "airline.wav"
    write_wav(wav)
    recordings = tmp_path / "rec"
    save_call(store, call, ScoredBy.of(detector), recording=wav, recordings_folder=recordings)
    with review_client(store, detector, recordings) as client:
        yield Review(store, client, recordings, detector, finding_key(call.findings[0]))
    store.close()


def _concrete(path: str, values: dict[str, str]) -> str:
    return re.sub(r"{(\w+)(?::[^}]*)?}", lambda m: quote(values.get(m.group(1), "1")), path)


def app_routes(app: Any) -> list[tuple[str, str]]:
    """Every (method, path) the app answers, with "WEBSOCKET" and "MOUNT" for those kinds, read
    from `app.routes` (through FastAPI's route contexts, which carry the routers' prefixes)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # a FastAPI without route contexts lists the routes themselves
        contexts: Iterable[Any] = app.routes
    else:
        contexts = iter_route_contexts(app.routes)
    found = []
    for context in contexts:
        route = getattr(context, "original_route", context)
        path = context.path
        assert path is not None, f"a route without a path: {route!r}"
        if isinstance(route, (WebSocketRoute, APIWebSocketRoute)):
            found.append(("WEBSOCKET", path))
        elif isinstance(route, Mount):
            found.append(("MOUNT", path))
        else:
            assert isinstance(route, (Route, APIRoute)), f"a route of an unknown kind: {route!r}"
            found.extend((m, path) for m in sorted(context.methods or {"GET"}) if m != "HEAD")
    return found


def _refused_websocket(client: TestClient, url: str) -> bool:
    """True when the server refuses the socket, or accepts it only to close it at once."""
    outcome: list[Any] = []

    def connect() -> None:
        try:
            with client.websocket_connect(url) as socket:
                outcome.append(socket.receive())
        except Exception as exc:  # refused: the test client raises on a closed handshake
            outcome.append(exc)

    worker = threading.Thread(target=connect, daemon=True)
    worker.start()
    worker.join(30)
    if not outcome:
        return False  # accepted and kept open
    first = outcome[0]
    return isinstance(first, Exception) or first.get("type") == "websocket.close"


def test_every_route_refuses_an_anonymous_request(review: Review) -> None:
    app: Any = review.client.app
    values = {"call_id": AIRLINE, "key": review.finding}
    before = row_counts(review.store)
    checked: set[tuple[str, str]] = set()
    anonymous = review.client
    anonymous.cookies.clear()
    for method, path in app_routes(app):
        if (method, path) in OPEN_ROUTES or (method, path) == ("MOUNT", "/static"):
            continue
        url = _concrete(path, values)
        if method == "WEBSOCKET":
            assert _refused_websocket(anonymous, url), path
            checked.add((method, path))
            continue
        if method == "MOUNT":
            method, url = "GET", url + "/"
        response = anonymous.request(method, url)
        where = f"{method} {path}: {response.status_code}"
        if url.startswith("/api/"):
            assert response.status_code == 401, where
            assert response.json() == {"error": "login required"}, where
        else:
            assert response.status_code in (303, 401), where
            if response.status_code == 303:
                assert response.headers["location"] == "/login?next=" + quote(
                    unquote(url), safe=""
                ), where
        checked.add((method, path))
    assert checked >= KNOWN_ROUTES
    assert row_counts(review.store) == before


def test_static_files_and_the_login_form_need_no_login(review: Review) -> None:
    review.client.cookies.clear()
    assert review.client.get("/static/app.css").status_code == 200
    assert review.client.get("/login").status_code == 200


def test_a_page_sends_the_anonymous_visitor_to_login_and_back(review: Review) -> None:
    quick_user(review.store, "rita")
    client = review.client
    response = client.get(f"/calls/{AIRLINE}", params={"tab": "x"})
    assert response.status_code == 303
    target = f"/calls/{AIRLINE}?tab=x"
    assert response.headers["location"] == "/login?next=" + quote(target, safe="")
    form = client.get(response.headers["location"])
    assert f'name="next" value="{target}"' in form.text
    status, location = form_login(client, "rita", next_path=target)
    assert (status, location) == (303, target)
    assert client.get(target).status_code == 200


def _write_routes(app: Any) -> list[tuple[str, str]]:
    return [
        (method, path)
        for method, path in app_routes(app)
        if method not in ("GET", "OPTIONS", "WEBSOCKET", "MOUNT")
        and (method, path) not in OPEN_ROUTES
    ]


def test_every_write_refuses_a_missing_or_wrong_csrf_token(review: Review) -> None:
    admin = quick_user(review.store, "ada", "admin")
    client = review.client
    token = session_for(client, review.store, admin)
    values = {"call_id": AIRLINE, "key": review.finding}
    routes = _write_routes(client.app)
    assert {r for r in KNOWN_ROUTES if r[0] == "POST"} <= set(routes)
    before, files = row_counts(review.store), files_under(review.recordings)
    wav = write_wav(review.recordings.parent / "upload.wav", seconds=0.5)
    fields = {
        "verdict": "confirm",
        "utterance": "1",
        "label": "distress",
        "handled": "yes",
        "username": "eve",
        "password": PASSWORD,
    }
    for method, path in routes:
        url = _concrete(path, values)
        attempts: list[dict[str, Any]] = [
            {},
            {"data": fields},
            {"data": fields | {"csrf_token": token[:-1]}},
            {"data": fields | {"csrf_token": ""}},
            {"headers": {"X-CSRF-Token": "wrong"}, "json": {"verdict": "confirm"}},
            {"headers": {"X-CSRF-Token": ""}, "json": {"handled": "yes"}},
            {"files": {"file": ("a.wav", wav, "audio/wav")}, "data": {"csrf_token": "x" + token}},
            {"json": {"verdict": "confirm", "csrf_token": token}},  # a JSON field is not read
        ]
        for attempt in attempts:
            response = client.request(method, url, **attempt)
            where = f"{method} {path} {sorted(attempt)}"
            assert response.status_code == 403, (where, response.text)
            assert "CSRF token" in response.text, where
    assert row_counts(review.store) == before
    assert files_under(review.recordings) == files
    assert client.get("/").status_code == 200  # the refused logout did not end the session


def test_writes_work_with_the_right_token_as_field_or_header(review: Review) -> None:
    user = quick_user(review.store, "rita")
    client = review.client
    token = session_for(client, review.store, user)
    form = client.post(f"/calls/{AIRLINE}/review", data={"handled": "no", "csrf_token": token})
    assert form.status_code == 303
    api = client.post(
        f"/api/calls/{AIRLINE}/review", json={"handled": "yes"}, headers={"X-CSRF-Token": token}
    )
    assert api.status_code == 200, api.text
    page = client.get(f"/calls/{AIRLINE}")
    assert "<b>no</b> by rita" in page.text and "<b>yes</b> by rita" in page.text


def test_login_form_needs_its_own_csrf_cookie_and_field(review: Review) -> None:
    quick_user(review.store, "rita")
    client = review.client
    page = client.get("/login")
    cookie = page.headers["set-cookie"]
    assert cookie.startswith(f"{LOGIN_CSRF_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/login" in cookie
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    good = {"username": "rita", "password": PASSWORD}
    for data in (good, good | {"csrf_token": "wrong"}, good | {"csrf_token": ""}):
        refused = client.post("/login", data=data)
        assert refused.status_code == 403
        assert "The form expired" in refused.text
        assert SESSION_COOKIE not in refused.headers.get("set-cookie", "")
    client.cookies.delete(LOGIN_CSRF_COOKIE)  # the right field without its cookie
    refused = client.post("/login", data=good | {"csrf_token": token.group(1)})
    assert refused.status_code == 403
    assert row_counts(review.store)["sessions"] == 0
    assert row_counts(review.store)["login_attempts"] == 0


def test_login_wrong_then_right_password(review: Review) -> None:
    quick_user(review.store, "rita")
    client = review.client
    status, body = form_login(client, "rita", "not the password")
    assert status == 401
    assert "Wrong username or password." in body
    assert SESSION_COOKIE not in client.cookies
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": "Rita", "password": PASSWORD, "csrf_token": _csrf(page.text)},
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE)
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # secure_cookies=False
    home = client.get("/")
    assert home.status_code == 200
    assert "rita" in home.text


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def test_secure_cookies_and_hsts(review: Review) -> None:
    quick_user(review.store, "rita")
    with review_client(review.store, review.detector, review.recordings, secure=True) as client:
        status, _ = form_login(client, "rita")
        assert status == 303
        response = client.get("/")
        assert response.status_code == 200
        assert response.headers["strict-transport-security"].startswith("max-age=")
        page = client.get("/login")
        assert "Secure" in page.headers["set-cookie"]
        login = client.post(
            "/login",
            data={"username": "rita", "password": PASSWORD, "csrf_token": _csrf(page.text)},
        )
        cookie = next(
            c for c in login.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE)
        )
        assert "Secure" in cookie and "HttpOnly" in cookie


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/calls/a?b=1", "/calls/a?b=1"),
        ("//evil.com", "/"),
        ("//evil.com/calls", "/"),
        ("https://evil", "/"),
        ("http://evil.com/", "/"),
        ("/\\evil.com", "/"),
        ("javascript:alert(1)", "/"),
        ("evil.com", "/"),
        ("", "/"),
    ],
)
def test_safe_next(target: str, expected: str) -> None:
    assert safe_next(target) == expected


def test_login_never_redirects_off_site(review: Review) -> None:
    quick_user(review.store, "rita")
    client = review.client
    assert 'name="next" value="/"' in client.get("/login", params={"next": "//evil.com"}).text
    assert form_login(client, "rita", next_path="https://evil") == (303, "/")
    assert form_login(client, "rita", next_path="//evil.com") == (303, "/")


def test_the_sixth_failed_login_is_throttled_even_with_the_right_password(review: Review) -> None:
    quick_user(review.store, "rita")
    quick_user(review.store, "sam")
    client = review.client
    for _ in range(5):
        assert form_login(client, "rita", "wrong password")[0] == 401
    page = client.get("/login")
    throttled = client.post(
        "/login", data={"username": "rita", "password": PASSWORD, "csrf_token": _csrf(page.text)}
    )
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) > 0
    assert "too many failed logins" in throttled.text
    assert SESSION_COOKIE not in client.cookies
    assert form_login(client, "sam")[0] == 303  # another account is not locked out


def test_logout_ends_the_session(review: Review) -> None:
    quick_user(review.store, "rita")
    client = review.client
    assert form_login(client, "rita") == (303, "/")
    old = client.cookies[SESSION_COOKIE]
    token = _csrf(client.get("/").text)
    response = client.post("/logout", data={"csrf_token": token})
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert f'{SESSION_COOKIE}=""' in response.headers["set-cookie"]
    client.cookies.set(SESSION_COOKIE, old)  # the old cookie, kept by someone
    assert client.get("/").status_code == 303
    assert client.get("/api/calls").status_code == 401
    assert client.get(f"/recordings/{AIRLINE}").status_code == 303
    assert row_counts(review.store)["sessions"] == 0


def test_an_expired_session_is_refused(review: Review) -> None:
    client = review.client
    session_for(client, review.store, quick_user(review.store, "rita"))
    assert client.get("/api/calls").status_code == 200
    with review.store.transaction() as session:
        session.execute(update(SessionRow).values(expires_at=now() - timedelta(seconds=1)))
    assert client.get("/api/calls").status_code == 401
    assert client.get("/").status_code == 303
    assert client.get(f"/recordings/{AIRLINE}").status_code == 303


def test_admin_pages_are_for_admins_only(review: Review) -> None:
    client = review.client
    token = session_for(client, review.store, quick_user(review.store, "rita"))
    assert client.get("/admin").status_code == 403
    before = row_counts(review.store)
    new = {"username": "eve", "password": "averylongpassword", "csrf_token": token}
    refused = client.post("/admin/users", data=new)
    assert refused.status_code == 403
    assert "admin" in refused.text
    assert row_counts(review.store) == before
    assert 'href="/admin"' not in client.get("/").text

    token = session_for(client, review.store, quick_user(review.store, "ada", "admin"))
    page = client.get("/admin")
    assert page.status_code == 200
    assert "rita" in page.text and "ada" in page.text
    new = new | {"csrf_token": token}
    added = client.post("/admin/users", data=new | {"role": "admin"})
    assert added.status_code == 303 and added.headers["location"] == "/admin"
    short = client.post("/admin/users", data=new | {"username": "bob", "password": "short"})
    assert short.status_code == 400
    assert "password: expected at least 10 characters" in short.text
    taken = client.post("/admin/users", data=new)
    assert taken.status_code == 400 and "taken" in taken.text
    assert "user_added_by_admin" in client.get("/admin").text
    client.cookies.clear()
    assert form_login(client, "eve", "averylongpassword") == (303, "/")
    assert client.get("/admin").status_code == 200  # eve was added as an admin


SECURITY_HEADERS = {
    "content-security-policy": "script-src 'self'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


def _secured(response: Any, where: str, cached: bool = False) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert value in response.headers.get(name, ""), (where, name)
    csp = response.headers["content-security-policy"]
    assert "unsafe-inline" not in csp, where
    if not cached:
        assert response.headers.get("cache-control") == "no-store", where


def test_security_headers_everywhere(review: Review) -> None:
    client = review.client
    anonymous = {
        "login page": client.get("/login"),
        "redirect": client.get("/"),
        "api 401": client.get("/api/calls"),
        "unknown path": client.get("/no/such/page"),
    }
    session_for(client, review.store, quick_user(review.store, "rita"))
    logged_in = {
        "list": client.get("/"),
        "call page": client.get(f"/calls/{AIRLINE}"),
        "api list": client.get("/api/calls"),
        "api call": client.get(f"/api/calls/{AIRLINE}"),
        "page 404": client.get("/calls/nope"),
        "api 404": client.get("/api/calls/nope"),
        "api 400": client.get("/api/calls", params={"level": "extreme"}),
        "page 403": client.get("/admin"),
        "csrf 403": client.post(f"/api/calls/{AIRLINE}/review", json={"handled": "yes"}),
        "recording": client.get(f"/recordings/{AIRLINE}"),
        "recording range": client.get(f"/recordings/{AIRLINE}", headers={"Range": "bytes=0-99"}),
        "recording 404": client.get("/recordings/nope"),
    }
    statuses = {k: r.status_code for k, r in (anonymous | logged_in).items()}
    assert statuses == {
        "login page": 200,
        "redirect": 303,
        "api 401": 401,
        "unknown path": 404,
        "list": 200,
        "call page": 200,
        "api list": 200,
        "api call": 200,
        "page 404": 404,
        "api 404": 404,
        "api 400": 400,
        "page 403": 403,
        "csrf 403": 403,
        "recording": 200,
        "recording range": 206,
        "recording 404": 404,
    }
    for where, response in (anonymous | logged_in).items():
        _secured(response, where)
    static = client.get("/static/app.css")
    _secured(static, "static", cached=True)
    assert "no-store" not in static.headers.get("cache-control", "")
