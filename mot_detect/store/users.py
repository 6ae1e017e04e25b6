"""Accounts, login sessions and the audit trail: passwords hashed with argon2, sessions kept on
the server (the browser holds only a random token, stored here hashed)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mot_detect.store.database import Store
from mot_detect.store.schema import ROLES, AuditRow, LoginAttemptRow, SessionRow, UserRow

SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD_LENGTH = 10
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps the timing of a failed login the same.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class AccountError(ValueError):
    """A username, password or role that cannot be used: the message says what was expected."""


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class LoginSession:
    token: str  # the cookie's value; only its hash is stored
    csrf_token: str
    user: User
    expires_at: datetime


def now() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns: they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 100 or not set(name) <= USERNAME_CHARS:
        raise AccountError(
            f"username {username!r}: expected 2-100 characters of a-z, 0-9, '.', '_', '-', '@'"
        )
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password: expected at least {MIN_PASSWORD_LENGTH} characters")


def add_user(session: Session, username: str, password: str, role: str = "reviewer") -> User:
    name = check_username(username)
    check_password(password)
    if role not in ROLES:
        raise AccountError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    row = UserRow(username=name, password_hash=_hasher.hash(password), role=role, created_at=now())
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise AccountError(f"username {name!r} is taken: expected a new username") from exc
    audit(session, None, "user_added", name, {"role": role})
    return User(row.id, row.username, row.role)


def count_users(session: Session) -> int:
    return session.scalar(select(func.count(UserRow.id))) or 0


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user whose password this is, or None (the same time spent either way)."""
    row = session.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        row.password_hash = _hasher.hash(password)
    return User(row.id, row.username, row.role)


def recent_failures(session: Session, key: str, window: timedelta) -> int:
    since = now() - window
    return (
        session.scalar(
            select(func.count(LoginAttemptRow.id)).where(
                LoginAttemptRow.key == key,
                LoginAttemptRow.at >= since,
                LoginAttemptRow.succeeded.is_(False),
            )
        )
        or 0
    )


def record_attempt(session: Session, keys: list[str], succeeded: bool) -> None:
    session.add_all(LoginAttemptRow(key=key[:200], at=now(), succeeded=succeeded) for key in keys)


def start_session(session: Session, user: User) -> LoginSession:
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    expires = now() + SESSION_LIFETIME
    session.add(
        SessionRow(
            token_hash=token_hash(token),
            user_pk=user.id,
            csrf_token=csrf,
            created_at=now(),
            expires_at=expires,
        )
    )
    audit(session, user.id, "login", user.username)
    return LoginSession(token, csrf, user, expires)


def find_session(session: Session, token: str) -> LoginSession | None:
    found = session.execute(
        select(SessionRow, UserRow)
        .join(UserRow, UserRow.id == SessionRow.user_pk)
        .where(SessionRow.token_hash == token_hash(token))
    ).first()
    if found is None:
        return None
    row, user = found
    if aware(row.expires_at) <= now() or not user.active:
        return None
    return LoginSession(
        token, row.csrf_token, User(user.id, user.username, user.role), aware(row.expires_at)
    )


def end_session(session: Session, token: str) -> None:
    session.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash(token)))


def audit(
    session: Session,
    user_id: int | None,
    action: str,
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditRow(at=now(), user_pk=user_id, action=action, target=target[:300], detail=detail or {})
    )


def create_user(store: Store, username: str, password: str, role: str) -> User:
    with store.transaction() as session:
        return add_user(session, username, password, role)
