"""Accounts in the store (SQLite and PostgreSQL): argon2 hashes, the checks on names and
passwords, and `mot-detect users add`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from mot_detect.cli import main
from mot_detect.store import open_store
from mot_detect.store.schema import AuditRow, UserRow
from mot_detect.store.users import AccountError, add_user, authenticate, count_users


def test_add_user_checks_and_hashes(store_url: str) -> None:
    store = open_store(store_url)
    try:
        with store.transaction() as session:
            added = add_user(session, "  Alice@Example.com ", "averylongpassword", "admin")
        assert (added.username, added.role, added.is_admin) == ("alice@example.com", "admin", True)
        refusals = [
            ("bob", "short", "reviewer", "password: expected at least 10 characters"),
            ("bad name!", "averylongpassword", "reviewer", "username 'bad name!'"),
            ("b", "averylongpassword", "reviewer", "username 'b'"),
            ("carol", "averylongpassword", "owner", "role 'owner'"),
            (
                "ALICE@example.com",
                "anotherlongpassword",
                "reviewer",
                "'alice@example.com' is taken",
            ),
        ]
        for username, password, role, message in refusals:
            with pytest.raises(AccountError, match=message), store.transaction() as session:
                add_user(session, username, password, role)
        with store.sessions() as session:
            assert count_users(session) == 1
            row = session.scalar(select(UserRow))
            assert row is not None
            assert row.password_hash.startswith("$argon2")
            assert "averylongpassword" not in row.password_hash
            assert [a.action for a in session.scalars(select(AuditRow))] == ["user_added"]
            assert authenticate(session, "alice@example.com", "averylongpassword") == added
            assert authenticate(session, "ALICE@example.com ", "averylongpassword") == added
            assert authenticate(session, "alice@example.com", "averylongpasswore") is None
            assert authenticate(session, "nobody", "averylongpassword") is None
    finally:
        store.close()


def test_users_add_command(store_url: str) -> None:
    runner = CliRunner()
    args = ["users", "add", "alice", "--role", "admin", "--password-stdin", "--store", store_url]
    added = runner.invoke(main, args, input="averylongpassword\n")
    assert added.exit_code == 0, added.output
    assert "added admin 'alice'" in added.stdout
    assert "averylongpassword" not in added.output

    again = runner.invoke(main, args, input="anotherlongpassword\n")
    assert again.exit_code == 2
    assert "'alice' is taken" in again.stderr
    short = runner.invoke(main, [*args[:2], "bob", *args[3:]], input="short\n")
    assert short.exit_code == 2
    assert "at least 10 characters" in short.stderr
    bad = runner.invoke(main, [*args[:2], "Bad Name", *args[3:]], input="averylongpassword\n")
    assert bad.exit_code == 2
    assert "username 'Bad Name'" in bad.stderr

    store = open_store(store_url)
    try:
        with store.sessions() as session:
            assert count_users(session) == 1
            user = authenticate(session, "alice", "averylongpassword")
            assert user is not None and user.role == "admin"
    finally:
        store.close()
