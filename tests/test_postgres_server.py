"""The tests' PostgreSQL server (tests/postgres_server.py) and the fixtures built on it: a real
server starts, takes connections, gives each test an empty database of its own, and store_url
works for both backends."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from postgres_server import ENV_URL, PostgresBase, PostgresServer, find_pg_bin, libpq_url
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, inspect, select
from sqlalchemy.engine import make_url


def test_server_is_running_postgresql(postgres_server: PostgresBase) -> None:
    engine = create_engine(postgres_server.url)
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version()").scalar_one()
            database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
    finally:
        engine.dispose()
    assert version.startswith("PostgreSQL ")
    assert database == make_url(postgres_server.url).database


def test_psycopg_connects_with_the_url(postgres_server: PostgresBase) -> None:
    assert make_url(postgres_server.url).drivername == "postgresql+psycopg"
    with psycopg.connect(libpq_url(postgres_server.url)) as conn:
        row = conn.execute("SELECT 1 + 1").fetchone()
    assert row == (2,)


def test_own_server_settings(postgres_server: PostgresBase) -> None:
    if not isinstance(postgres_server, PostgresServer):
        pytest.skip(f"{ENV_URL} is set: the server is not ours")
    assert postgres_server.url == (
        f"postgresql+psycopg://postgres@127.0.0.1:{postgres_server.port}/mot_test"
    )
    with psycopg.connect(libpq_url(postgres_server.url)) as conn:
        settings = {
            name: conn.execute(f"SHOW {name}").fetchone()
            for name in ("fsync", "synchronous_commit", "full_page_writes", "server_encoding")
        }
    assert settings == {
        "fsync": ("off",),
        "synchronous_commit": ("off",),
        "full_page_writes": ("off",),
        "server_encoding": ("UTF8",),
    }
    assert postgres_server.data_dir.is_dir()
    assert find_pg_bin() is not None


def test_fresh_database_is_empty_and_separate(postgres_server: PostgresBase) -> None:
    name = f"t_fresh_{uuid.uuid4().hex[:12]}"
    url = postgres_server.fresh_database(name)
    assert make_url(url).database == name
    main = create_engine(postgres_server.url)
    fresh = create_engine(url)
    try:
        table = f"only_in_main_{uuid.uuid4().hex[:8]}"
        with main.begin() as conn:
            conn.exec_driver_sql(f"CREATE TABLE {table} (id integer)")
        try:
            assert table in inspect(main).get_table_names()
            assert inspect(fresh).get_table_names() == []
            with fresh.connect() as conn:
                assert conn.exec_driver_sql("SELECT current_database()").scalar_one() == name
        finally:
            with main.begin() as conn:
                conn.exec_driver_sql(f"DROP TABLE {table}")
    finally:
        main.dispose()
        fresh.dispose()
        postgres_server.drop_database(name)
    with psycopg.connect(libpq_url(postgres_server.url)) as conn:
        left = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    assert left is None


def test_fresh_database_refuses_odd_names(postgres_server: PostgresBase) -> None:
    for name in ("", "Upper", "1st", "semi;colon", "x" * 64):
        with pytest.raises(ValueError, match="database name"):
            postgres_server.fresh_database(name)


def test_store_url_round_trip(store_url: str, request: pytest.FixtureRequest) -> None:
    backend = request.node.callspec.params["store_url"]
    assert make_url(store_url).get_backend_name() == backend
    engine = create_engine(store_url)
    try:
        assert inspect(engine).get_table_names() == []
        metadata = MetaData()
        things = Table(
            "things",
            metadata,
            Column("id", Integer, primary_key=True),
            Column("name", String(50), nullable=False),
        )
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(things.insert(), [{"name": "café"}, {"name": "moment of truth"}])
        with engine.connect() as conn:
            rows = conn.execute(select(things.c.name).order_by(things.c.id)).scalars().all()
    finally:
        engine.dispose()
    assert rows == ["café", "moment of truth"]
