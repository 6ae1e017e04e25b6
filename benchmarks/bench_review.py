"""The review tool at scale: page response times over 100,000 stored calls, on SQLite and
PostgreSQL, and what `score --store` costs.

    python benchmarks/bench_review.py                           # 100,000 calls, both backends
    python benchmarks/bench_review.py --calls 20000 --backends sqlite --requests 50

The stored calls are copies of real calls: the examples (examples/), the real insurance calls
(../shared/data/calls/insurance_calls_dev.jsonl) and the dev calls (data/train/dev_calls.jsonl),
scored once with the shipped detector. Each copy gets a new call id, a start time over 90 days
(in id order, as calls arrive), one of 200 agents and 12 queues, and its base call's priority
with a little jitter (the level follows it); they are written with the store's own writer
(`write_call`, 500 calls a transaction), so the rows are what `score --store` writes. Then 2% of
the calls get a call review (`review_call`), so `reviewed=` has both answers. The stores are
kept under build/bench_review/ by count (SQLite: the file; PostgreSQL: a pg_dump restored into
a throwaway server, or the database of --postgres-url) and reused unless --regenerate.

Pages: the real app (`mot-detect review`, uvicorn, a child process) on a free port, logged in
once as a real account; each case is requested --requests times over HTTP (httpx, keep-alive,
one at a time), the cases taking turns so load falls on all alike, after --warmup rounds. p50,
p95 and max per case and backend; target: every p95 under 200 ms. For each case the store work
of one request is replayed in this process, step by step (list_calls, labels_by_call, ...), each
step timed with its SQL; the plans (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE) of the slowest case's
slowest step are printed.

`score --store`: the real CLI (`mot-detect score FOLDER -f jsonl -o /dev/null`, a child process)
on a folder of the base calls, one file each, without a store and into a fresh store of each
backend, alternating, best of --score-rounds (0: not measured).
Writes benchmarks/results/review.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import httpx
from harness import write_results
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from mot_detect.conversation.score import HIGH_PRIORITY, MEDIUM_PRIORITY
from mot_detect.io import load_calls
from mot_detect.store.database import Store, open_store
from mot_detect.types import Call, CallScore

RESULTS = REPO / "benchmarks" / "results" / "review.json"
CACHE = REPO / "build" / "bench_review"
EXAMPLES = REPO / "examples"
INSURANCE = REPO.parent / "shared" / "data" / "calls" / "insurance_calls_dev.jsonl"
DEV_CALLS = REPO / "data" / "train" / "dev_calls.jsonl"
TARGET_P95_MS = 200.0
BATCH = 500
REVIEWED_SHARE = 0.02
SEED = 13
END = datetime(2026, 1, 1, tzinfo=timezone.utc)
SPAN = timedelta(days=90)
USERNAME = "bench-admin"
PASSWORD = "bench-review-password"  # a throwaway account in a throwaway store
FIRST = "Maria James Aisha Tom Priya Lucas Chen Fatima Omar Grace".split()
FIRST += "Noah Sofia Ivan Leila Sam Hannah Diego Mei Kwame Olga".split()
LAST = "Lopez Smith Khan Brown Patel Novak Okafor Silva Müller Tanaka".split()
AGENTS = [f"{first} {last}" for first in FIRST for last in LAST]  # 200
QUEUES = [
    "claims_first_notice",
    "residential_faults",
    "reservations_irregular_ops",
    "member_services",
    "mortgage_servicing",
    "billing",
    "retentions",
    "new_business",
    "roadside_assistance",
    "technical_support",
    "complaints",
    "collections",
]
# Every case the page timings cover, in table order (tests check the results hold each).
CASES = (
    "list",
    "list_page_20",
    "label_deadline",
    "label_first_claim",
    "label_missed_cue",
    "missed",
    "missed_page_20",
    "agent",
    "queue_level",
    "date_range",
    "date_range_60d",
    "reviewed_no",
    "reviewed_yes",
    "combined",
    "search_common",
    "search_rare",
    "search_filtered",
    "call_page",
    "api_list",
    "api_filtered",
    "dashboard",
    "dashboard_week",
    "dashboard_month",
)
console = Console(width=None if sys.stdout.isatty() else 150)


# --- the base calls and their copies -------------------------------------------------------


def base_files() -> list[Path]:
    """The examples, one file each (json, txt, vtt), in name order."""
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".json", ".jsonl", ".txt", ".vtt"))


def base_calls() -> list[Call]:
    calls = [call for path in base_files() for call in load_calls(path)]
    return calls + load_calls(INSURANCE) + load_calls(DEV_CALLS)


def score_calls(calls: list[Call], engine: str) -> tuple[list[Call], Any]:
    """The calls scored with the shipped detector, and its `ScoredBy`."""
    from mot_detect.pipeline import Detector, DetectorOptions
    from mot_detect.store.calls import ScoredBy

    detector = Detector(DetectorOptions(engine=engine))
    return [detector.score_call(call) for call in calls], ScoredBy.of(detector)


def write_transcripts(folder: Path) -> list[Path]:
    """The base calls as one transcript file each (the examples as they are; each JSONL line as
    a .json file), for `mot-detect score FOLDER`."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for path in base_files():
        files.append(folder / path.name)
        shutil.copyfile(path, files[-1])
    for source in (INSURANCE, DEV_CALLS):
        for n, line in enumerate(source.read_text().splitlines()):
            if line.strip():
                files.append(folder / f"{source.stem}-{n:03d}.json")
                files[-1].write_text(line + "\n")
    return files


def jittered(score: CallScore, rng: random.Random) -> CallScore:
    """The base call's priority moved by up to 2 points (0 stays 0), the level following it."""
    priority = score.priority
    if priority > 0:
        priority = round(min(100.0, max(0.1, priority + rng.uniform(-2.0, 2.0))), 1)
    level = (
        "high" if priority >= HIGH_PRIORITY else "medium" if priority >= MEDIUM_PRIORITY else "low"
    )
    return dataclasses.replace(score, priority=priority, level=level)


def call_id(i: int) -> str:
    return f"bench-{i:06d}"


def copies(base: list[Call], count: int, seed: int = SEED) -> Iterator[Call]:
    rng = random.Random(seed)
    for i in range(count):
        call = base[rng.randrange(len(base))]
        assert call.score is not None
        yield dataclasses.replace(
            call,
            call_id=call_id(i),
            started_at=END - SPAN + SPAN * ((i + rng.random()) / count),
            metadata=call.metadata | {"agent": rng.choice(AGENTS), "queue": rng.choice(QUEUES)},
            source=f"bench/{call.call_id}",
            score=jittered(call.score, rng),
        )


def load_store(store: Store, base: list[Call], scored_by: Any, count: int) -> dict[str, Any]:
    """Fill an empty store with `count` copies of the scored `base`, the benchmark's account,
    and call reviews on some of the calls."""
    from mot_detect.store.calls import write_call
    from mot_detect.store.reviews import review_call
    from mot_detect.store.schema import CallRow, LabelRow, UtteranceRow
    from mot_detect.store.users import add_user

    began = time.perf_counter()
    pending = copies(base, count)
    for start in range(0, count, BATCH):
        with store.transaction() as session:
            for _ in range(min(BATCH, count - start)):
                write_call(session, next(pending), scored_by)
        done = min(start + BATCH, count)
        if done % 10_000 == 0:
            rate = done / (time.perf_counter() - began)
            console.print(f"  {done:,} calls stored ({rate:.0f} calls/s)")
    seconds = time.perf_counter() - began
    rng = random.Random(SEED + 1)
    reviewed = sorted(rng.sample(range(count), max(1, int(count * REVIEWED_SHARE))))
    with store.transaction() as session:
        add_user(session, USERNAME, PASSWORD, "admin")
        reviewers = [add_user(session, f"reviewer{n}", PASSWORD, "reviewer") for n in range(4)]
    for start in range(0, len(reviewed), BATCH):
        with store.transaction() as session:
            ids = [call_id(i) for i in reviewed[start : start + BATCH]]
            for row in session.scalars(select(CallRow).where(CallRow.call_id.in_(ids))):
                user = rng.choice(reviewers)
                review_call(session, row, rng.choice(("yes", "partly", "no")), "", "", user)
    with store.sessions() as session:
        utterances = session.scalar(select(func.count(UtteranceRow.id))) or 0
        labels = session.scalar(select(func.count(LabelRow.id))) or 0
    return {
        "calls": count,
        "utterances": utterances,
        "labels": labels,
        "reviewed_calls": len(reviewed),
        "seconds": round(seconds, 1),
        "calls_per_second": round(count / seconds, 1),
        "utterances_per_second": round(utterances / seconds, 1),
    }


# --- the stores, cached ----------------------------------------------------------------------


def bench_call_count(store: Store) -> tuple[int, int]:
    """(calls in the store, calls that are not this benchmark's)."""
    from mot_detect.store.schema import CallRow

    with store.sessions() as session:
        total = session.scalar(select(func.count(CallRow.id))) or 0
        other = session.scalar(
            select(func.count(CallRow.id)).where(CallRow.call_id.not_like("bench-%"))
        )
    return total, other or 0


class Stores:
    """The benchmark's stores: made (or restored from the cache folder) on first use, and a
    throwaway PostgreSQL server when no --postgres-url is given."""

    def __init__(self, args: argparse.Namespace, exits: ExitStack) -> None:
        self.args = args
        self.exits = exits
        self.cache: Path = args.cache_dir
        self.cache.mkdir(parents=True, exist_ok=True)
        self.server: Any = None
        self._base: tuple[list[Call], Any] | None = None

    def scored_base(self) -> tuple[list[Call], Any]:
        if self._base is None:
            began = time.perf_counter()
            self._base = score_calls(base_calls(), self.args.engine)
            console.print(
                f"scored the {len(self._base[0])} base calls ({self.args.engine}) in "
                f"{time.perf_counter() - began:.0f} s"
            )
        return self._base

    def postgres(self) -> Any:
        if self.server is None:
            from postgres_server import PostgresServer

            self.server = self.exits.enter_context(PostgresServer())
            console.print(f"PostgreSQL {self.server.version} started for the benchmark")
        return self.server

    def _generate(self, url: str, backend: str) -> dict[str, Any]:
        console.print(f"{backend}: storing {self.args.calls:,} calls")
        base, scored_by = self.scored_base()
        store = open_store(url)
        try:
            load = load_store(store, base, scored_by, self.args.calls)
        finally:
            store.close()
        console.print(
            f"{backend}: {load['calls']:,} calls stored in {load['seconds']:.0f} s "
            f"({load['calls_per_second']:.0f} calls/s, {load['utterances_per_second']:.0f} "
            "utterances/s)"
        )
        return load | {"generated": datetime.now().isoformat(timespec="seconds")}

    def sqlite(self) -> tuple[str, dict[str, Any]]:
        """build/bench_review/sqlite-N.db, made whole under another name first."""
        path = self.cache / f"sqlite-{self.args.calls}.db"
        meta = self.cache / f"sqlite-{self.args.calls}.json"
        made = self.args.regenerate or not path.exists() or not meta.exists()
        if made:
            partial = self.cache / f"sqlite-{self.args.calls}.partial.db"
            for pattern in (f"sqlite-{self.args.calls}.db*", f"{partial.name}*"):
                for stale in self.cache.glob(pattern):
                    stale.unlink()
            meta.unlink(missing_ok=True)
            load = self._generate(f"sqlite:///{partial}", "sqlite")
            partial.rename(path)
            meta.write_text(json.dumps(load, indent=2) + "\n")
        return f"sqlite:///{path}", json.loads(meta.read_text()) | {"cached": not made}

    def postgresql(self) -> tuple[str, dict[str, Any]]:
        """A database on the throwaway server, restored from build/bench_review/postgresql-N.dump
        (made, and dumped there, the first time)."""
        if self.args.postgres_url:
            return self._external_postgres(self.args.postgres_url)
        server = self.postgres()
        dump = self.cache / f"postgresql-{self.args.calls}.dump"
        meta = self.cache / f"postgresql-{self.args.calls}.json"
        url = server.fresh_database("bench_review")
        made = self.args.regenerate or not dump.exists() or not meta.exists()
        if made:
            meta.unlink(missing_ok=True)
            load = self._generate(url, "postgresql")
            pg_tool("pg_dump", "-Fc", "-Z", "1", "-f", str(dump), libpq(url))
            meta.write_text(json.dumps(load, indent=2) + "\n")
        else:
            began = time.perf_counter()
            pg_tool("pg_restore", "--no-owner", "-j", "2", "-d", libpq(url), str(dump))
            console.print(
                f"postgresql: restored {dump.name} in {time.perf_counter() - began:.0f} s"
            )
        analyze(url)
        return url, json.loads(meta.read_text()) | {"cached": not made}

    def _external_postgres(self, url: str) -> tuple[str, dict[str, Any]]:
        """--postgres-url: used as it is when it holds the benchmark's N calls, filled when empty
        (or with --regenerate, when every call in it is the benchmark's)."""
        from mot_detect.store.database import normalize_url
        from mot_detect.store.schema import Base

        url = normalize_url(url)
        store = open_store(url)
        try:
            total, other = bench_call_count(store)
            if other:
                raise SystemExit(
                    f"--postgres-url: the database holds {other} calls this benchmark did not "
                    "write: expected an empty database or one it filled"
                )
            if total and (self.args.regenerate or total != self.args.calls):
                Base.metadata.drop_all(store.engine)
                with store.engine.begin() as connection:
                    connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
                total = 0
        finally:
            store.close()
        meta = self.cache / f"postgresql-url-{self.args.calls}.json"  # how it was filled
        if total == 0:
            meta.write_text(json.dumps(self._generate(url, "postgresql"), indent=2) + "\n")
        load = json.loads(meta.read_text()) if meta.exists() else {"calls": total}
        analyze(url)
        return url, load | {"cached": total != 0}


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def pg_tool(tool: str, *args: str) -> None:
    from postgres_server import find_pg_bin

    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise SystemExit(f"{tool}: no PostgreSQL client programs found")
    done = subprocess.run([str(bin_dir / tool), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{tool} failed: {done.stderr.strip()[-2000:]}")


def analyze(url: str) -> None:
    """VACUUM ANALYZE, as autovacuum does on its own a while after a bulk load or a restore:
    the pages are measured on a settled database, not in the minutes before it runs."""
    from mot_detect.store.database import create_store_engine

    engine = create_store_engine(url)  # not open_store: its schema upgrade is timed later
    try:
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE")
            )
    finally:
        engine.dispose()


# --- the review app, over HTTP ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def review_server(url: str, workdir: Path) -> Iterator[str]:
    """`mot-detect review` on a free port; yields its base URL."""
    port = free_port()
    log = workdir / f"review-{port}.log"
    command = [sys.executable, "-m", "mot_detect", "review", "--store", url, "--port", str(port)]
    command += ["--insecure-cookies", "--recordings", str(workdir / "recordings")]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise SystemExit(f"mot-detect review exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(base + "/login", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"mot-detect review did not answer: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def logged_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60)
    form = client.get("/login")
    found = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    if found is None:
        raise SystemExit("the login page has no csrf_token field")
    done = client.post(
        "/login",
        data={"username": USERNAME, "password": PASSWORD, "csrf_token": found.group(1)},
    )
    if done.status_code != 303:
        raise SystemExit(f"logging in as {USERNAME} failed: HTTP {done.status_code}")
    return client


def follow_next(client: httpx.Client, path: str, pages: int) -> str:
    """The path of page `pages` + 1 of a list, following its 'Next page' links."""
    for _ in range(pages):
        found = re.search(r'id="next-page" href="([^"]+)"', client.get(path).text)
        if found is None:
            break
        path = html.unescape(found.group(1))
    return path


@dataclasses.dataclass(frozen=True)
class Words:
    common: str
    rare: str


def pick_words(calls: list[Call]) -> Words:
    """A word nearly every base call says, and one word only one base call says."""
    seen: Counter[str] = Counter()
    for call in calls:
        seen.update({w for u in call.utterances for w in re.findall(r"[a-z]+", u.text.lower())})
    rare = sorted(w for w, n in seen.items() if n == 1 and len(w) >= 9)
    return Words("thank", rare[len(rare) // 2])


def case_paths(client: httpx.Client, words: Words) -> dict[str, str]:
    """Each case's first request path (call_page: a stand-in; each request asks for a random
    call)."""
    agent, queue = AGENTS[17], QUEUES[5]
    day = [(END - timedelta(days=n)).date().isoformat() for n in range(91)]
    paths = {
        "list": "/",
        "list_page_20": "",
        "label_deadline": "/?label=deadline",
        "label_first_claim": "/?label=first_claim",
        "label_missed_cue": "/?label=missed_cue",
        "missed": "/?missed=1",
        "missed_page_20": "",
        "agent": f"/?agent={agent.replace(' ', '+')}",
        "queue_level": f"/?queue={queue}&level=high",
        "date_range": f"/?since={day[14]}&until={day[8]}",  # a week
        "date_range_60d": f"/?since={day[70]}&until={day[8]}",
        "reviewed_no": "/?reviewed=no",
        "reviewed_yes": "/?reviewed=yes",
        "combined": f"/?label=distress&missed=1&queue={queue}&reviewed=no",
        "search_common": f"/?q={words.common}",
        "search_rare": f"/?q={words.rare}",
        "search_filtered": f"/?q={words.common}&label=deadline&level=high",
        "call_page": f"/calls/{call_id(0)}",
        "api_list": "/api/calls",
        "api_filtered": f"/api/calls?label=deadline&q={words.common}&reviewed=no",
        "dashboard": "/dashboard",
        "dashboard_week": f"/dashboard?since={day[14]}&until={day[8]}",
        "dashboard_month": f"/dashboard?since={day[38]}&until={day[8]}",
    }
    paths["list_page_20"] = follow_next(client, "/", 20)
    paths["missed_page_20"] = follow_next(client, "/?missed=1", 20)
    assert tuple(paths) == CASES
    return paths


def percentiles(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {
        "p50": round(statistics.median(ordered), 1),
        "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 1),
        "max": round(ordered[-1], 1),
    }


def time_pages(
    client: httpx.Client, paths: dict[str, str], calls: int, requests: int, warmup: int
) -> dict[str, dict[str, Any]]:
    rng = random.Random(SEED + 2)
    times: dict[str, list[float]] = {name: [] for name in paths}
    errors: Counter[str] = Counter()
    for round_ in range(warmup + requests):
        for name, path in paths.items():
            if name == "call_page":
                path = f"/calls/{call_id(rng.randrange(calls))}"
            began = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - began) * 1000
            if response.status_code != 200:
                errors[name] += 1
            if round_ >= warmup:
                times[name].append(elapsed)
    return {name: percentiles(ms) | {"errors": errors[name]} for name, ms in times.items()}


# --- the store work of one request, statement by statement ----------------------------------


@contextmanager
def statements_of(store: Store) -> Iterator[list[dict[str, Any]]]:
    """The SQL statements run on `store` in the block, with their parameters."""
    from sqlalchemy import event

    seen: list[dict[str, Any]] = []

    def note(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, _many: Any) -> None:
        seen.append({"sql": sql, "params": params})

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def replay(store: Store, path: str) -> list[dict[str, Any]]:
    """The store work of the handler of `path` (the session check aside), step by step: each
    step's time (its statements run and their rows read: SQLite does much of its work while
    the rows are read) and its SQL."""
    from mot_detect.review.pages import call_context, call_filter, decode_cursor, labels_by_call
    from mot_detect.store.queries import distinct_values, get_call, list_calls
    from mot_detect.store.schema import CallRow

    parts = urlsplit(path)
    q = dict(parse_qsl(parts.query))
    steps: list[dict[str, Any]] = []
    with store.sessions() as session:

        def step(name: str, work: Any) -> Any:
            with statements_of(store) as seen:
                began = time.perf_counter()
                out = work()
                ms = (time.perf_counter() - began) * 1000
            steps.append({"step": name, "ms": ms, "statements": seen})
            return out

        if parts.path == "/dashboard":
            replay_dashboard(session, q, step)
            return steps
        if parts.path.startswith("/calls/"):
            call = step("get_call", lambda: get_call(session, parts.path.removeprefix("/calls/")))
            assert call is not None
            step("call_context", lambda: call_context(session, call))
            return steps
        filters = call_filter(
            q.get("label"), q.get("missed") == "1", q.get("since"), q.get("until"), q.get("agent"),
            q.get("queue"), q.get("level"), q.get("reviewed"), q.get("q"),
        )  # fmt: skip
        after = decode_cursor(q.get("after"))
        page = step("list_calls", lambda: list_calls(session, filters, after))
        step("labels_by_call", lambda: labels_by_call(session, page.calls))
        if parts.path == "/":
            step("distinct agents", lambda: distinct_values(session, CallRow.agent))
            step("distinct queues", lambda: distinct_values(session, CallRow.queue))
    return steps


def replay_dashboard(session: Any, q: dict[str, str], step: Any) -> None:
    """The dashboard's store work (store/stats.py `dashboard`), one grouping a step: from the
    per-day roll-ups, as the page asks for whole days."""
    from mot_detect.review.dashboard import date_range
    from mot_detect.store import stats
    from mot_detect.store.schema import CallDayRow

    since, until = date_range(q.get("since"), q.get("until"))
    assert stats._whole_day(since) and stats._whole_day(until)
    for name, dimension, key in (
        ("by day", "queue", CallDayRow.day),
        ("by agent", "agent", CallDayRow.name),
        ("by queue", "queue", CallDayRow.name),
    ):
        step(name, lambda d=dimension, k=key: stats._rolled_up(session, d, k, since, until))
    step("script replies", lambda: stats.script_replies(session, since, until))


def matches(store: Store, path: str) -> int | None:
    """How many calls the list case selects (None for a call page)."""
    from mot_detect.review.pages import call_filter
    from mot_detect.store.queries import filtered
    from mot_detect.store.schema import CallRow

    parts = urlsplit(path)
    if parts.path.startswith("/calls/"):
        return None
    q = dict(parse_qsl(parts.query))
    filters = call_filter(
        q.get("label"), q.get("missed") == "1", q.get("since"), q.get("until"), q.get("agent"),
        q.get("queue"), q.get("level"), q.get("reviewed"), q.get("q"),
    )  # fmt: skip
    statement = filtered(select(func.count(CallRow.id)), filters, store.dialect)
    with store.sessions() as session:
        return int(session.scalar(statement) or 0)


def explain(store: Store, statement: dict[str, Any]) -> str:
    prefix = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(prefix + statement["sql"], statement["params"]).all()
    if store.dialect == "sqlite":
        lines = [f"{row[0]:>3} {row[1]:>3} {row[3]}" for row in rows]
    else:
        lines = [str(row[0]) for row in rows]
    return "\n".join(line if len(line) <= 160 else line[:159] + "…" for line in lines)


def short_sql(statement: str, length: int = 200) -> str:
    """A statement on one line, its first column list elided."""
    statement = re.sub(r"\s+", " ", statement)
    statement = re.sub(r"SELECT .*? FROM", "SELECT … FROM", statement, count=1)
    return statement[:length]


# --- score --store ---------------------------------------------------------------------------


def score_run(folder: Path, engine: str, store_url: str | None) -> float:
    command = [sys.executable, "-m", "mot_detect", "score", str(folder), "--engine", engine]
    command += ["-f", "jsonl", "-o", os.devnull]
    if store_url:
        command += ["--store", store_url]
    began = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"mot-detect score failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def score_throughput(
    stores: Stores, backends: list[str], workdir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    folder = workdir / "transcripts"
    files = write_transcripts(folder)
    if args.score_calls:
        for extra in files[args.score_calls :]:
            extra.unlink()
        files = files[: args.score_calls]
    runs: dict[str, list[float]] = {"none": [], **{b: [] for b in backends}}
    stored: dict[str, int] = {}
    for round_ in range(args.score_rounds):
        for variant in runs:
            url = None
            if variant == "sqlite":
                url = f"sqlite:///{workdir / f'score-{round_}.db'}"
            elif variant == "postgresql":
                url = stores.postgres().fresh_database(f"score_{round_}")
            runs[variant].append(score_run(folder, args.engine, url))
            if url:
                store = open_store(url)
                stored[variant] = bench_call_count(store)[0]
                store.close()
    best = {variant: min(seconds) for variant, seconds in runs.items()}
    out: dict[str, Any] = {"files": len(files), "engine": args.engine, "rounds": runs}
    for variant, seconds in best.items():
        out[variant] = {
            "seconds": round(seconds, 2),
            "calls_per_second": round(len(files) / seconds, 2),
        }
        if variant != "none":
            out[variant]["stored_calls"] = stored[variant]
            out[variant]["overhead_percent"] = round(100 * (seconds / best["none"] - 1), 1)
    return out


# --- the run ---------------------------------------------------------------------------------


def measure_backend(
    backend: str, url: str, words: Words, workdir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    began = time.perf_counter()
    store = open_store(url)  # brings a store made at an older schema up to date, timed here
    upgrade_seconds = time.perf_counter() - began
    try:
        with review_server(url, workdir) as base, closing(logged_in(base)) as client:
            paths = case_paths(client, words)
            timings = time_pages(client, paths, args.calls, args.requests, args.warmup)
        cases = {}
        for name, path in paths.items():
            replay(store, path)  # the first time compiles its statements and warms the cache
            steps = replay(store, path)
            cases[name] = timings[name] | {
                "path": path,
                "matches": matches(store, path),
                "store_steps": [
                    {
                        "step": s["step"],
                        "ms": round(s["ms"], 2),
                        "sql": [short_sql(st["sql"]) for st in s["statements"]],
                    }
                    for s in steps
                ],
            }
        slowest = max(cases, key=lambda name: cases[name]["p95"])
        step = max(replay(store, paths[slowest]), key=lambda s: s["ms"])
        plan = {
            "case": slowest,
            "step": step["step"],
            "ms": round(step["ms"], 2),
            "plans": [
                {"sql": re.sub(r"\s+", " ", st["sql"]), "plan": explain(store, st)}
                for st in step["statements"]
            ],
        }
    finally:
        store.close()
    return {"schema_upgrade_seconds": round(upgrade_seconds, 2), "cases": cases, "slowest": plan}


def passes(case: dict[str, Any]) -> bool:
    return case["p95"] < TARGET_P95_MS and not case["errors"]


def print_pages(pages: dict[str, Any], backends: list[str]) -> None:
    table = Table(title=f"review pages over HTTP, ms (target: p95 < {TARGET_P95_MS:.0f} ms)")
    table.add_column("case")
    table.add_column("calls matching", justify="right")
    for backend in backends:
        table.add_column(f"{backend} p50 / p95 / max", justify="right")
        table.add_column("p95", justify="center")
    for name in CASES:
        found = {pages[b]["cases"][name]["matches"] for b in backends}
        row = [name, " / ".join("-" if m is None else f"{m:,}" for m in sorted(found, key=str))]
        for backend in backends:
            case = pages[backend]["cases"][name]
            row.append(" / ".join(f"{case[s]:.1f}" for s in ("p50", "p95", "max")))
            row.append("[green]PASS[/]" if passes(case) else "[red]FAIL[/]")
        table.add_row(*row)
    console.print(table)
    for backend in backends:
        slow = pages[backend]["slowest"]
        console.print(
            f"\n{backend}: slowest case {slow['case']}; its slowest store step {slow['step']} "
            f"took {slow['ms']:.1f} ms in this process:",
            highlight=False,
        )
        for plan in slow["plans"]:
            console.print(f"  {short_sql(plan['sql'], 400)}\n{plan['plan']}", highlight=False)


def print_summary(results: dict[str, Any], backends: list[str]) -> None:
    loads, pages, score = results["load"], results["pages"], results["score"]
    for b in backends:
        load = loads[b]
        made = "made earlier, reused" if load.get("cached") else "made now"
        console.print(
            f"{b}: {load['calls']:,} calls stored at {load.get('calls_per_second', '?')} calls/s "
            f"({load.get('utterances_per_second', '?')} utterances/s; {made}); schema upgrade "
            f"on opening it: {pages[b]['schema_upgrade_seconds']} s",
            highlight=False,
        )
    if score is not None:
        console.print(
            f"score --store, {score['files']} files, best of {len(score['rounds']['none'])}: "
            f"no store {score['none']['calls_per_second']} calls/s; "
            + "; ".join(
                f"{b} {score[b]['calls_per_second']} calls/s "
                f"({score[b]['overhead_percent']:+.1f}% time)"
                for b in backends
            ),
            highlight=False,
        )
    failing = results["failing"]
    console.print(
        "every page p95 under 200 ms" if not failing else f"p95 over 200 ms: {', '.join(failing)}"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000, help="stored calls")
    parser.add_argument("--backends", default="sqlite,postgresql", help="sqlite,postgresql")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per case")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds of every case first")
    parser.add_argument("--postgres-url", help="use this database instead of a throwaway server")
    parser.add_argument("--regenerate", action="store_true", help="make the stores again")
    parser.add_argument("--engine", default="both", help="detector engine for the base calls")
    parser.add_argument("--score-calls", type=int, default=0, help="files for score (0: all)")
    parser.add_argument(
        "--score-rounds", type=int, default=2, help="alternations of score runs (0: none)"
    )
    parser.add_argument("--cache-dir", type=Path, default=CACHE, help="where the stores are kept")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results JSON")
    args = parser.parse_args(argv)
    args.backend_list = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(args.backend_list) - {"sqlite", "postgresql"}
    if unknown or not args.backend_list:
        parser.error(f"--backends: expected sqlite and/or postgresql, got {args.backends!r}")
    if args.calls < 100:
        parser.error("--calls: expected at least 100")
    if args.requests < 1 or args.warmup < 0 or args.score_rounds < 0:
        parser.error("--requests: expected at least 1; --warmup and --score-rounds at least 0")
    return args


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    backends: list[str] = args.backend_list
    with ExitStack() as exits:
        stores = Stores(args, exits)
        workdir = Path(exits.enter_context(tempfile.TemporaryDirectory(prefix="bench-review-")))
        words = pick_words(base_calls())
        loads: dict[str, Any] = {}
        pages: dict[str, Any] = {}
        for backend in backends:
            url, loads[backend] = getattr(stores, backend)()
            pages[backend] = measure_backend(backend, url, words, workdir, args)
            if backend != backends[-1]:
                print_pages(pages, list(pages))  # what is known so far, in case a later one fails
        print_pages(pages, backends)
        score = score_throughput(stores, backends, workdir, args) if args.score_rounds else None
    failing = [f"{b}:{n}" for b in backends for n, c in pages[b]["cases"].items() if not passes(c)]
    results = {
        "workload": {
            "calls": args.calls,
            "base_calls": "examples/, ../shared/data/calls/insurance_calls_dev.jsonl, "
            "data/train/dev_calls.jsonl",
            "agents": len(AGENTS),
            "queues": len(QUEUES),
            "days": SPAN.days,
            "reviewed_share": REVIEWED_SHARE,
            "search_words": dataclasses.asdict(words),
            "requests_per_case": args.requests,
            "warmup_rounds": args.warmup,
            "engine": args.engine,
        },
        "load": loads,
        "target_p95_ms": TARGET_P95_MS,
        "pages": pages,
        "failing": failing,
        "score": score,
    }
    print_summary(results, backends)
    write_results(args.out, results)
    return results


if __name__ == "__main__":
    main()
