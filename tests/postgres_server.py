"""A real, throwaway PostgreSQL server for the tests.

`PostgresServer` runs `initdb` into a temporary folder and starts the server there on a free TCP
port of 127.0.0.1 (and a Unix socket in the same folder), with fsync off: nothing in it needs to
survive a crash, and the tests run faster. Run as root (as CI does), the server runs as the
unprivileged `postgres` user that the Debian package creates, since PostgreSQL refuses to run as
root. `ensure_installed` installs the Debian package `postgresql` with apt-get when no server
binaries are found and we are root.

A developer with a server of their own sets `MOT_TEST_POSTGRES_URL` (for instance
`postgresql://me:secret@localhost/mot_test`): then no server is started, and `start_postgres`
returns an `ExternalPostgres` for that URL with the same `.url` and `fresh_database`.
"""

from __future__ import annotations

import atexit
import logging
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

log = logging.getLogger("mot_detect.tests")

ENV_URL = "MOT_TEST_POSTGRES_URL"
APT_PACKAGE = "postgresql"
DATABASE = "mot_test"
SUPERUSER = "postgres"
HOST = "127.0.0.1"
# the users the server may run as when we are root, in order of preference
SERVER_USERS = ("postgres", "nobody")
SERVER_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
_TOOLS = ("initdb", "pg_ctl")
_DATABASE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_START_ATTEMPTS = 3


def _has_tools(folder: Path) -> bool:
    return all(os.access(folder / tool, os.X_OK) for tool in _TOOLS)


def _version_key(bin_dir: Path) -> tuple[int, ...]:
    """(15,) for /usr/lib/postgresql/15/bin, (9, 6) for .../9.6/bin; unnumbered folders last."""
    try:
        return tuple(int(part) for part in bin_dir.parent.name.split("."))
    except ValueError:
        return (-1,)


def find_pg_bin() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`, or None: `pg_config --bindir`, else the newest
    /usr/lib/postgresql/*/bin, else the folder of the `initdb` on PATH. A candidate counts only
    if both programs are there (Debian's libpq-dev ships a pg_config without the server)."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            done = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None and done.returncode == 0 and done.stdout.strip():
            candidates.append(Path(done.stdout.strip()))
    candidates.extend(
        sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    )
    initdb = shutil.which("initdb")
    if initdb:
        candidates.extend([Path(initdb).parent, Path(initdb).resolve().parent])
    for candidate in candidates:
        if _has_tools(candidate):
            return candidate
    return None


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def ensure_installed() -> Path:
    """`find_pg_bin()`; when that finds nothing and we are root on a system with apt-get, the
    Debian package `postgresql` is installed first. Raises RuntimeError saying what is missing
    when there is still no server."""
    found = find_pg_bin()
    if found is not None:
        return found
    apt_get = shutil.which("apt-get")
    if os.geteuid() != 0 or apt_get is None:
        why = "we are not root" if apt_get else "there is no apt-get"
        raise RuntimeError(
            "PostgreSQL server programs not found: no folder holds both initdb and pg_ctl "
            "(looked at `pg_config --bindir`, /usr/lib/postgresql/*/bin and the initdb on PATH), "
            f"and {why} to install them. Install the PostgreSQL server (Debian: apt-get install "
            f"{APT_PACKAGE}), or set {ENV_URL} to the URL of a PostgreSQL server of your own."
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt_get, "install", "-y", "--no-install-recommends", APT_PACKAGE]
    log.info("PostgreSQL not found: running %s", shlex.join(install))
    done = subprocess.run(
        install, capture_output=True, text=True, env=env, timeout=1800, check=False
    )
    if done.returncode != 0:
        log.info("apt-get install failed (exit %d): running apt-get update", done.returncode)
        update = subprocess.run(
            [apt_get, "update"], capture_output=True, text=True, env=env, timeout=1800, check=False
        )
        if update.returncode != 0:
            log.warning("apt-get update failed (exit %d): %s", update.returncode, update.stderr)
        done = subprocess.run(
            install, capture_output=True, text=True, env=env, timeout=1800, check=False
        )
    if done.returncode != 0:
        raise RuntimeError(
            f"PostgreSQL server programs not found, and `{shlex.join(install)}` failed "
            f"(exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}"
        )
    found = find_pg_bin()
    if found is None:
        raise RuntimeError(
            f"apt-get installed {APT_PACKAGE}, but still no folder holds both initdb and pg_ctl "
            "(looked at `pg_config --bindir`, /usr/lib/postgresql/*/bin and the initdb on PATH)"
        )
    log.info("installed PostgreSQL: %s", found)
    return found


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (`postgresql+psycopg://...`) as `psycopg.connect` takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _check_database_name(name: str) -> None:
    if not _DATABASE_NAME.fullmatch(name):
        raise ValueError(
            f"database name {name!r}: expected 1 to 63 characters of a-z, 0-9 and _, "
            "not starting with a digit"
        )


class PostgresBase:
    """What the tests use of a PostgreSQL server: `.url` (of the `mot_test` database, or the
    database that MOT_TEST_POSTGRES_URL names), `fresh_database` and `drop_database`."""

    def __init__(self) -> None:
        self._created: list[str] = []

    @property
    def url(self) -> str:
        raise NotImplementedError

    def _admin_url(self) -> URL:
        """Where CREATE / DROP DATABASE are run from."""
        return make_url(self.url)

    def _execute(self, statement: sql.Composable) -> None:
        admin = self._admin_url().set(drivername="postgresql")
        conninfo = admin.render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=30) as conn:
            conn.execute(statement)

    def database_url(self, name: str) -> str:
        """The SQLAlchemy URL of database `name` on this server."""
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def fresh_database(self, name: str) -> str:
        """Creates the empty database `name` (a-z, 0-9, _) and returns its SQLAlchemy URL."""
        _check_database_name(name)
        self._execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self._created.append(name)
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        """Drops database `name`, made by `fresh_database`, closing any connection still open."""
        if name not in self._created:
            raise ValueError(f"database {name!r} was not made by fresh_database: not dropping it")
        self._execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        self._created.remove(name)

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> PostgresBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


class ExternalPostgres(PostgresBase):
    """A server someone else runs (MOT_TEST_POSTGRES_URL): nothing is started; `stop` drops the
    databases `fresh_database` made there."""

    def __init__(self, url: str) -> None:
        super().__init__()
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            raise RuntimeError(f"{ENV_URL}: expected a postgresql:// URL, got {parsed!r}")
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        self._url = parsed.render_as_string(hide_password=False)
        try:
            with psycopg.connect(libpq_url(self._url), connect_timeout=30) as conn:
                conn.execute("SELECT 1")
        except psycopg.Error as exc:
            raise RuntimeError(f"{ENV_URL}: cannot connect to {parsed!r}: {exc}") from exc

    @property
    def url(self) -> str:
        return self._url

    def stop(self) -> None:
        for name in list(self._created):
            try:
                self.drop_database(name)
            except psycopg.Error as exc:
                log.warning("could not drop test database %s: %s", name, exc)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """The unprivileged account the server runs as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in SERVER_USERS:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(
        f"running as root, and none of the users {', '.join(SERVER_USERS)} exists to run "
        "PostgreSQL as (it refuses to run as root)"
    )


def _reachable_by_others(folder: Path) -> bool:
    """Whether another user can get to `folder`: it and every folder above it searchable by all."""
    return all(
        (p.stat().st_mode & 0o001) or p == Path("/")
        for p in [folder.resolve(), *folder.resolve().parents]
    )


class PostgresServer(PostgresBase):
    """A PostgreSQL server of our own in a temporary folder, for as long as the context lasts.

    `.url` is postgresql+psycopg://postgres@127.0.0.1:PORT/mot_test (trust authentication).
    """

    def __init__(self, bin_dir: Path | None = None) -> None:
        super().__init__()
        self._bin_dir = bin_dir
        self._account = _server_account()
        self._tmp: Path | None = None
        self._port: int | None = None
        self._running = False
        self.startup_seconds: float | None = None
        self.version: str | None = None

    @property
    def port(self) -> int:
        if self._port is None or not self._running:
            raise RuntimeError("the PostgreSQL server is not running: call start() first")
        return self._port

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@{HOST}:{self.port}/{DATABASE}"

    def _admin_url(self) -> URL:
        return make_url(self.url).set(database="postgres")

    @property
    def data_dir(self) -> Path:
        if self._tmp is None:
            raise RuntimeError("the PostgreSQL server has no folder: call start() first")
        return self._tmp / "data"

    def _run(self, args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        """`args` as the server's account (when we are root), in the server's folder, with no
        PG* variables of ours to steer it elsewhere."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        if self._account is not None:
            env.update(HOME=self._account.pw_dir, USER=self._account.pw_name)
            env["LOGNAME"] = self._account.pw_name
            kwargs.update(user=self._account.pw_uid, group=self._account.pw_gid, extra_groups=[])
        kwargs.setdefault("capture_output", True)
        return subprocess.run(
            args, cwd=self._tmp, env=env, text=True, check=False, timeout=300, **kwargs
        )

    def _make_folder(self) -> Path:
        base = Path(tempfile.gettempdir())
        if self._account is not None and not _reachable_by_others(base):
            base = Path("/tmp")
        tmp = Path(tempfile.mkdtemp(prefix="mot-pg-", dir=base))
        (tmp / "sock").mkdir()
        if self._account is not None:
            for path in (tmp, tmp / "sock"):
                os.chown(path, self._account.pw_uid, self._account.pw_gid)
        return tmp

    def _initdb(self, bin_dir: Path) -> None:
        failures: list[str] = []
        for locale in ("C.UTF-8", "C"):
            shutil.rmtree(self.data_dir, ignore_errors=True)
            done = self._run(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(self.data_dir),
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    f"--locale={locale}",
                    "--no-sync",
                ]
            )
            if done.returncode == 0:
                return
            failures.append(f"--locale={locale}: {_tail(done.stdout + done.stderr)}")
            log.info("initdb --locale=%s failed (exit %d)", locale, done.returncode)
        raise RuntimeError("initdb failed:\n" + "\n".join(failures))

    def _pg_ctl_start(self, bin_dir: Path, port: int) -> tuple[bool, str]:
        assert self._tmp is not None
        options = " ".join(
            [
                f"-k {shlex.quote(str(self._tmp / 'sock'))}",
                f"-p {port}",
                f"-h {HOST}",
                *(f"-c {setting}" for setting in SERVER_SETTINGS),
            ]
        )
        server_log = self._tmp / "server.log"
        ctl_log = self._tmp / "pg_ctl.log"
        # pg_ctl's output goes to a file, not a pipe: the server it leaves running would hold a
        # pipe open, and subprocess.run would wait for it to close
        with ctl_log.open("w") as out:
            done = self._run(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-l",
                    str(server_log),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "120",
                    "start",
                ],
                capture_output=False,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        if done.returncode == 0:
            return True, ""
        text = ctl_log.read_text(errors="replace")
        if server_log.exists():
            text += "\n" + server_log.read_text(errors="replace")
        return False, text

    def start(self) -> PostgresServer:
        """initdb, start the server and create the `mot_test` database; a no-op when running."""
        if self._running:
            return self
        began = time.monotonic()
        bin_dir = self._bin_dir or ensure_installed()
        self._tmp = self._make_folder()
        try:
            self._initdb(bin_dir)
            for attempt in range(1, _START_ATTEMPTS + 1):
                port = _free_port()
                started, why = self._pg_ctl_start(bin_dir, port)
                if started:
                    self._port = port
                    self._running = True
                    atexit.register(self.stop)
                    break
                port_taken = "could not bind" in why or "already in use" in why
                if not port_taken or attempt == _START_ATTEMPTS:
                    raise RuntimeError(
                        f"pg_ctl start failed (port {port}, data {self.data_dir}):\n{_tail(why)}"
                    )
                log.info("port %d was taken: starting PostgreSQL on another", port)
            self._execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
            with psycopg.connect(libpq_url(self.url), connect_timeout=30) as conn:
                row = conn.execute("SHOW server_version").fetchone()
            self.version = str(row[0]) if row else None
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        log.info(
            "PostgreSQL %s (%s) started in %.2fs at %s",
            self.version,
            bin_dir,
            self.startup_seconds,
            self.url,
        )
        return self

    def stop(self) -> None:
        """Stops the server (fast shutdown) and removes its folder; safe to call again."""
        if self._running:
            self._running = False
            atexit.unregister(self.stop)
            bin_dir = self._bin_dir or find_pg_bin()
            if bin_dir is not None:
                for mode in ("fast", "immediate"):
                    pg_ctl = str(bin_dir / "pg_ctl")
                    done = self._run([pg_ctl, "-D", str(self.data_dir), "-m", mode, "-w", "stop"])
                    if done.returncode == 0:
                        break
                    log.warning(
                        "pg_ctl stop -m %s failed: %s", mode, _tail(done.stdout + done.stderr)
                    )
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> PostgresServer:
        return self.start()


def start_postgres() -> PostgresBase:
    """The server the tests use: MOT_TEST_POSTGRES_URL's when that is set, else a started
    `PostgresServer` (installing PostgreSQL first if need be)."""
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        log.info("%s is set: using that server", ENV_URL)
        return ExternalPostgres(url)
    return PostgresServer().start()
