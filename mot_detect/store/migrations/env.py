"""Alembic's environment for the store: run by `mot_detect.store.database.upgrade`, which hands
over an open connection (so one engine, and one transaction on PostgreSQL, does the work)."""

from __future__ import annotations

from alembic import context

from mot_detect.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
