"""Opening a store: the URL, the engine, and the schema brought up to date with Alembic."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger("mot_detect")

DEFAULT_STORE_URL = "sqlite:///mot-detect.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A store that cannot be opened or used: the message says which and what was expected."""


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL for `url`: a bare path is a SQLite file; postgres URLs use psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def printable_url(url: str) -> str:
    """`url` with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_store_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"store URL {url!r}: expected a SQLite path or sqlite:///FILE, or "
            "postgresql://USER:PASSWORD@HOST/DATABASE"
        ) from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"store URL {printable_url(url)}: the {parsed.get_backend_name()} database is not "
            "supported: expected sqlite or postgresql"
        )
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(
                    f"store URL {url}: the folder {folder} does not exist: expected an existing "
                    "folder for the SQLite file"
                )
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # Times come back in UTC on both backends (SQLite stores them in UTC, see store/calls.py).
    return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"})


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Brings the schema to the newest revision; returns (revision before, revision now)."""
    from alembic import command

    try:
        before = current_revision(engine)
        if before != head_revision():
            with engine.begin() as connection:
                command.upgrade(_alembic_config(connection), "head")
            logger.info("store upgraded from %s to %s", before or "empty", head_revision())
    except OperationalError as exc:
        raise StoreError(
            f"store {printable_url(str(engine.url))}: cannot open it: {exc.orig}"
        ) from exc
    return before, head_revision()


@dataclass
class Store:
    """An open store: its engine and a factory of ORM sessions."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed whole when the block ends, or not at all."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str = DEFAULT_STORE_URL, *, upgrade_schema: bool = True) -> Store:
    """The store at `url`, its schema upgraded on first use (unless `upgrade_schema` is False,
    when an out-of-date schema is an error that says to run `mot-detect db upgrade`)."""
    engine = create_store_engine(url)
    if upgrade_schema:
        upgrade(engine)
    else:
        try:
            revision = current_revision(engine)
        except OperationalError as exc:
            raise StoreError(f"store {printable_url(url)}: cannot open it: {exc.orig}") from exc
        if revision != head_revision():
            raise StoreError(
                f"store {printable_url(url)} is at schema {revision or 'none'}, expected "
                f"{head_revision()}: run `mot-detect db upgrade --store URL`"
            )
    return Store(engine, sessionmaker(engine, expire_on_commit=False))


def table_names(store: Store) -> list[str]:
    return sorted(inspect(store.engine).get_table_names())
