"""The store's commands: `db upgrade`, `users add`, `review` (the QA web app), `export reviews`, and the
`--store URL` option that `score` and `serve` share."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from mot_detect.cli_redact import REDACT_OPTION

STORE_ENV = "MOT_DETECT_STORE"
STORE_HELP = (
    "The call store: a SQLite file path or sqlite:///FILE, or postgresql://USER:PASSWORD@HOST/DB "
    f"(also from ${STORE_ENV})."
)


def store_option(required: bool = False) -> Callable[..., Any]:
    """`--store URL`; with `required`, the SQLite file ./mot-detect.db when nothing is given."""
    from mot_detect.store.database import DEFAULT_STORE_URL

    return click.option(
        "--store",
        "store_url",
        metavar="URL",
        envvar=STORE_ENV,
        default=DEFAULT_STORE_URL if required else None,
        show_default=required,
        help=STORE_HELP,
    )


def open_store_or_exit(url: str, upgrade_schema: bool = True) -> Any:
    """The open store, or a usage error (exit 2) that says what is wrong with the URL."""
    from mot_detect.store.database import StoreError, open_store

    try:
        return open_store(url, upgrade_schema=upgrade_schema)
    except StoreError as exc:
        raise click.BadParameter(str(exc), param_hint="--store") from exc


def stored(
    items: Iterator[tuple[str, Any]],
    store: Any,
    scored_by: Any,
    recordings: Path,
    audio_mode: str = "silence",
) -> Iterator[tuple[str, Any]]:
    """`items` (file, scored call or error) with each scored call saved into `store` as it
    passes, with its recording when it came from one (of a redacted call, only the redacted
    copy: `audio_mode` silence or tone); a call that cannot be saved becomes that call's error
    and the rest go on."""
    import tempfile
    from contextlib import ExitStack

    from mot_detect.batch import is_audio
    from mot_detect.cli_redact import redacted_recording
    from mot_detect.errors import InternalError
    from mot_detect.store.calls import save_call
    from mot_detect.types import Call

    for file, item in items:
        if isinstance(item, Call):
            audio = Path(file) if file != "-" and is_audio(file) else None
            try:
                with ExitStack() as cleanup:
                    if audio is not None and (item.redaction or {}).get("policy", "none") != "none":
                        folder = cleanup.enter_context(
                            tempfile.TemporaryDirectory(prefix="mot-redacted-")
                        )
                        target = Path(folder) / f"{audio.stem}.wav"
                        audio = redacted_recording(item, audio, target, audio_mode)
                    save_call(store, item, scored_by, recording=audio, recordings_folder=recordings)
            except Exception as exc:  # one call the store refuses must not cost the others
                item = InternalError.from_exception(
                    exc, path=item.source or file, call_id=item.call_id
                )
        yield file, item


@click.group()
def db() -> None:
    """The call store's schema."""


@db.command("upgrade")
@store_option(required=True)
def db_upgrade(store_url: str) -> None:
    """Create the store's tables, or bring an older store's schema up to date."""
    from mot_detect.store.database import (
        StoreError,
        create_store_engine,
        printable_url,
        upgrade,
    )

    try:
        before, after = upgrade(create_store_engine(store_url))
    except StoreError as exc:
        raise click.BadParameter(str(exc), param_hint="--store") from exc
    where = printable_url(store_url)
    if before == after:
        click.echo(f"{where}: schema already at revision {after}")
    else:
        click.echo(f"{where}: schema upgraded from {before or 'empty'} to revision {after}")


@click.group()
def users() -> None:
    """Accounts of the review tool."""


@users.command("add")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(("reviewer", "admin")),
    default="reviewer",
    show_default=True,
    help="admin may also add accounts and see the audit trail.",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of stdin instead of asking for it.",
)
@store_option(required=True)
def users_add(username: str, role: str, password_stdin: bool, store_url: str) -> None:
    """Add an account (the first one is usually an admin)."""
    from mot_detect.store.users import AccountError, check_password, check_username, create_user

    try:
        check_username(username)
    except AccountError as exc:
        raise click.BadParameter(str(exc), param_hint="USERNAME") from exc
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        check_password(password)
    except AccountError as exc:
        raise click.BadParameter(str(exc), param_hint="password") from exc
    store = open_store_or_exit(store_url)
    try:
        user = create_user(store, username, password, role)
    except AccountError as exc:
        raise click.BadParameter(str(exc), param_hint="USERNAME") from exc
    finally:
        store.close()
    click.echo(f"added {user.role} {user.username!r}")


RECORDINGS_OPTION = click.option(
    "--recordings",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    envvar="MOT_DETECT_RECORDINGS",
    help="Folder of the store's recordings (default: mot-detect-recordings beside a SQLite "
    "store, else ./mot-detect-recordings; also from $MOT_DETECT_RECORDINGS).",
)


@click.command()
@store_option(required=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8090, show_default=True)
@RECORDINGS_OPTION
@click.option(
    "--events",
    metavar="URL",
    default=None,
    help="The live hook's events stream for the wallboard (ws://HOST:PORT/events).",
)
@click.option(
    "--events-token",
    metavar="TOKEN",
    default=None,
    envvar="MOT_DETECT_EVENTS_TOKEN",
    help="The hook's subscriber token for --events, sent as a Bearer header "
    "(also from $MOT_DETECT_EVENTS_TOKEN).",
)
@click.option(
    "--insecure-cookies",
    is_flag=True,
    help="Send the session cookie over plain HTTP too (only for a local trial without TLS).",
)
@REDACT_OPTION
def review(
    store_url: str,
    host: str,
    port: int,
    recordings: Path | None,
    events: str | None,
    events_token: str | None,
    insecure_cookies: bool,
    redaction: Any,
) -> None:
    """Run the QA review tool: the riskiest calls first, findings to confirm or correct."""
    import uvicorn

    from mot_detect.review.app import ReviewSettings, create_review_app
    from mot_detect.review.wallboard import ReviewServer, check_events_url

    events = events or os.environ.get("MOT_DETECT_EVENTS_URL")
    if events:
        try:
            check_events_url(events)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--events") from exc
    store = open_store_or_exit(store_url)
    settings = ReviewSettings(
        recordings=recordings or default_recordings_folder(store_url),
        events_url=events,
        events_token=events_token,
        secure_cookies=not insecure_cookies,
        redact=redaction,
    )
    app = create_review_app(store, settings)
    # As uvicorn.run, with a server that ends the wallboard's event streams when told to stop.
    server = ReviewServer(uvicorn.Config(app, host=host, port=port, log_level="info"))
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:
        sys.exit(3)  # uvicorn's STARTUP_FAILURE: it has said why


def default_recordings_folder(store_url: str) -> Path:
    from sqlalchemy.engine import make_url

    from mot_detect.store.database import normalize_url

    url = make_url(normalize_url(store_url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().parent / "mot-detect-recordings"
    return Path("mot-detect-recordings").resolve()


def _day(value: str | None, option: str, end: bool = False) -> Any:
    """A YYYY-MM-DD option as a UTC datetime (the next midnight for an end date), or None."""
    from datetime import datetime, time, timedelta, timezone

    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r}: expected a date as YYYY-MM-DD", param_hint=option
        ) from exc
    moment = datetime.combine(day, time.min, tzinfo=timezone.utc)
    return moment + timedelta(days=1) if end else moment


@click.group()
def export() -> None:
    """Reviews out of the store."""


@export.command("reviews")
@store_option(required=True)
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write ('-' for stdout).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(("jsonl", "csv")),
    default=None,
    help="jsonl: the reviewed utterances as training rows (for scripts/train.py --reviews); "
    "csv: a report of every verdict. Default: csv for a .csv file, else jsonl.",
)
@click.option("--since", metavar="YYYY-MM-DD", help="Only calls started on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only calls started on or before this day.")
def export_reviews(
    store_url: str, out: Path, output_format: str | None, since: str | None, until: str | None
) -> None:
    """Export the reviews: training rows (JSON Lines) or a report (CSV)."""
    from mot_detect.cli_output import atomic_output, check_output_path
    from mot_detect.store.export import report_csv, training_jsonl
    from mot_detect.store.users import audit

    start, end = _day(since, "--since"), _day(until, "--until", end=True)
    if start is not None and end is not None and end <= start:
        raise click.BadParameter("expected a day on or after --since", param_hint="--until")
    to_stdout = str(out) == "-"
    if not to_stdout:
        check_output_path(out, [], [])
    output_format = output_format or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
    store = open_store_or_exit(store_url)
    try:
        with store.transaction() as session:
            detail = {"format": output_format, "since": since, "until": until, "cli": True}
            audit(session, None, "export", "-" if to_stdout else out.name, detail)
        chunks = training_jsonl if output_format == "jsonl" else report_csv
        lines = 0
        with atomic_output(None if to_stdout else out) as handle:
            for chunk in chunks(store, start, end):
                handle.write(chunk)
                lines += chunk.count("\n")
    finally:
        store.close()
    if output_format == "jsonl":
        click.echo(f"{lines} training row(s) written to {out}", err=True)
    else:
        click.echo(f"review report written to {out}", err=True)
