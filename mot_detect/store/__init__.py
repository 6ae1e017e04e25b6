"""The call store: scored calls, recordings, reviews, users and audit events in SQLite (the
default) or PostgreSQL, with the schema kept by Alembic migrations."""

from mot_detect.store.calls import ScoredBy, save_call
from mot_detect.store.database import DEFAULT_STORE_URL, Store, StoreError, open_store

__all__ = ["DEFAULT_STORE_URL", "ScoredBy", "Store", "StoreError", "open_store", "save_call"]
