"""The live server under load: N concurrent calls streamed at real-time pace to `mot-detect serve`.

    python benchmarks/bench_live.py                       # levels 1,2,3,4 (stops at the first failing one)
    python benchmarks/bench_live.py --levels 1,2 --quick  # the first 60 s of each call, to debug
    python benchmarks/bench_live.py --levels 1,2,3 --compare-protocols --long-minutes 30

The server is the real one (`mot-detect serve --asr-model tiny.en --compute-type int8
--asr-threads 2`, a child process, one per level so each level's memory is its own), open access
on a free port. The calls are the spoken examples (spoken_examples/*.wav with their call.json
sidecars, ~3.3 min each), streamed through the plain `/stream` protocol by
scripts/simulate_call.py at real-time pace (20 ms frames on absolute times), each call with its
own call id and its start staggered by `--stagger` seconds (calls on a real server do not start
in the same instant). Each call's events come from `/events/{call_id}`.

For each `utterance` event of a customer utterance (the alert for what she just said):
- server side: its `latency` (from the arrival of the utterance's last audio to publishing it),
  split into endpointing wait (the silence that ends the utterance), ASR wait (queue), ASR, and
  the wait for the other party's earlier speech to be transcribed (order wait, talk-over), and
  our own overhead (scoring, events, fan-out);
- client side: the event's receive time less when the simulator had sent the audio up to the
  utterance's end (`StreamResult.sent_at`), so the socket both ways is in it.

A level holds real-time pace when the alert p95 (client side) is under 2 s and no audio was
dropped (`audio_dropped` events); the run stops at the first level that does not. The server's
RSS (/proc/<pid>/status) is sampled every second: idle after start-up, peak, and peak less idle
per call. The server's CPU time over the level says how much of the 2 cores it had (the machine
is shared: wall times stretch when others run).

`--long-minutes 30` streams one call of that length (the spoken examples played back to back) at
`--long-speed` (default 4: faster than real time, so 30 min of audio take ~8 min; ASR then has
4x less time per utterance than live, so its latency is not a live figure), sampling RSS every
10 s of audio, and reports the slope of RSS against audio time after the first 3 minutes (MB
per 10 minutes of call) and the alert latency per 5 minutes of call (does it grow with the
conversation?).

`--compare-protocols` also runs one call through AudioHook and one through Twilio (N=1).
Writes benchmarks/results/live.json (not with --no-write).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from harness import write_results
from simulate_call import Recording, StreamResult, load_recording, stream_call

RECORDINGS = sorted((REPO / "spoken_examples").glob("*.wav"))
RESULTS = REPO / "benchmarks" / "results" / "live.json"
ENDPOINTS = {"stream": "/stream", "audiohook": "/audiohook", "twilio": "/twilio"}
SPLIT = ("endpoint_wait", "asr_wait", "asr", "order_wait", "overhead")
TARGET_OVERHEAD_P95 = 0.050
TARGET_ALERT_P95_ONE = 1.0
TARGET_ALERT_P95_MAX = 2.0
QUICK_SECONDS = 60.0


# --- the server -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of the process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """`mot-detect serve` in a child process, its log in a file."""

    def __init__(self, max_calls: int, workdir: Path, threads: int, beam_size: int = 5) -> None:
        self.port = free_port()
        self.out_dir = workdir / f"calls-{self.port}"
        self.log_path = workdir / f"server-{self.port}.log"
        command = [
            sys.executable,
            "-c",
            "import sys; from mot_detect.cli import main; sys.exit(main())",
            "serve",
            "--asr-model",
            "tiny.en",
            "--compute-type",
            "int8",
            "--asr-threads",
            str(threads),
            "--beam-size",
            str(beam_size),
            "--port",
            str(self.port),
            "--out-dir",
            str(self.out_dir),
            "--max-calls",
            str(max_calls),
        ]
        self._log = self.log_path.open("w")
        env = {k: v for k, v in os.environ.items() if not k.startswith("MOT_DETECT_")}
        self.process = subprocess.Popen(
            command, cwd=REPO, stdout=self._log, stderr=subprocess.STDOUT, env=env
        )
        self.started = time.time()

    @property
    def pid(self) -> int:
        return self.process.pid

    def url(self, protocol: str) -> str:
        return f"ws://127.0.0.1:{self.port}{ENDPOINTS[protocol]}"

    async def ready(self, timeout: float = 180.0) -> float:
        """Wait for /healthz; the seconds start-up took."""
        import httpx

        async with httpx.AsyncClient(trust_env=False) as client:
            while time.time() - self.started < timeout:
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"server exited with {self.process.returncode}:\n{self.log()}"
                    )
                try:
                    reply = await client.get(f"http://127.0.0.1:{self.port}/healthz", timeout=2)
                    if reply.status_code == 200:
                        return time.time() - self.started
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.5)
        raise RuntimeError(f"server not ready after {timeout:.0f} s:\n{self.log()}")

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def problems(self) -> list[str]:
        """Log lines that are not routine: errors, warnings, tracebacks."""
        keep = []
        for line in self.log().splitlines():
            if (
                any(
                    word in line for word in ("ERROR", "Error", "Traceback", "WARNING", "Exception")
                )
                and "no API keys or subscriber tokens" not in line
            ):
                keep.append(line[:300])
        return keep

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class RssSampler:
    """The server's RSS every `every` seconds (and its CPU time at start and end)."""

    def __init__(self, pid: int, every: float = 1.0) -> None:
        self.pid = pid
        self.every = every
        self.samples: list[tuple[float, float]] = []  # (time.time(), MB)
        self._task: asyncio.Task[None] | None = None
        self.cpu_start = cpu_seconds(pid) or 0.0
        self.cpu_end = self.cpu_start
        self.wall_start = time.time()
        self.wall_end = self.wall_start

    async def _run(self) -> None:
        while True:
            value = rss_mb(self.pid)
            if value is not None:
                self.samples.append((time.time(), value))
            await asyncio.sleep(self.every)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        self.cpu_end = cpu_seconds(self.pid) or self.cpu_end
        self.wall_end = time.time()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @property
    def peak(self) -> float:
        return max((mb for _, mb in self.samples), default=0.0)

    @property
    def cpu_share(self) -> float:
        """Server CPU seconds per wall second (2.0 = both cores)."""
        wall = self.wall_end - self.wall_start
        return (self.cpu_end - self.cpu_start) / wall if wall > 0 else 0.0


# --- one call, one level ----------------------------------------------------------------------------


@dataclass
class CallRun:
    name: str
    protocol: str
    result: StreamResult | None = None
    received: dict[int, float] = field(default_factory=dict)  # event seq -> time.time()
    error: str | None = None

    def on_event(self, event: dict[str, Any]) -> None:
        seq = event.get("seq")
        if isinstance(seq, int):
            self.received.setdefault(seq, time.time())

    def utterances(self) -> list[dict[str, Any]]:
        """One row per utterance event: speaker, times, server latency split, client latency."""
        rows = []
        if self.result is None:
            return rows
        for event in self.result.events:
            if event.get("type") != "utterance":
                continue
            data = event.get("data", {})
            latency = data.get("latency") or {}
            sent = self.result.sent_at(float(data.get("end", 0.0)))
            got = self.received.get(event.get("seq", -1))
            rows.append(
                {
                    "call": self.name,
                    "speaker": data.get("speaker"),
                    "start": data.get("start"),
                    "end": data.get("end"),
                    "client": (got - sent) if got is not None and sent is not None else None,
                    **{key: latency.get(key) for key in ("total", *SPLIT)},
                }
            )
        return rows

    def dropped(self) -> float:
        if self.result is None:
            return 0.0
        return sum(
            float(e.get("data", {}).get("seconds", 0.0))
            for e in self.result.events
            if e.get("type") == "audio_dropped"
        )

    def send_lag(self) -> float:
        """How far the simulator's last frame went out behind its schedule (s): the client kept
        real-time pace when this stays small."""
        if self.result is None or len(self.result.sent) < 2:
            return 0.0
        (a0, t0), worst = self.result.sent[0], 0.0
        for audio, wall in self.result.sent:
            worst = max(worst, (wall - t0) - (audio - a0) / self._speed)
        return worst

    _speed: float = 1.0


async def stream_one(
    run: CallRun,
    server: Server,
    recording: Recording,
    call_id: str,
    speed: float,
    delay: float,
) -> None:
    await asyncio.sleep(delay)
    run._speed = speed if speed > 0 else 1.0
    try:
        run.result = await stream_call(
            recording.path,
            protocol=run.protocol,
            url=server.url(run.protocol),
            speed=speed,
            call_id=call_id,
            events_token="bench",
            on_event=run.on_event,
            recording_data=recording,
            events_wait=120.0,
        )
    except Exception as exc:  # one failing call is a finding, not the end of the benchmark
        run.error = f"{type(exc).__name__}: {exc}"


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    return float(np.percentile(np.asarray(values, dtype=float), q))


def summarize_latency(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"utterances": len(rows)}
    for key in ("client", "total", *SPLIT):
        values = [r[key] for r in rows if r.get(key) is not None]
        out[key] = {
            "p50": _r(pct(values, 50)),
            "p95": _r(pct(values, 95)),
            "max": _r(max(values, default=None)),
        }
    return out


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def load_calls(max_seconds: float | None) -> list[Recording]:
    return [load_recording(path, max_seconds=max_seconds) for path in RECORDINGS]


async def run_level(
    n: int,
    recordings: list[Recording],
    workdir: Path,
    args: argparse.Namespace,
    protocol: str = "stream",
    label: str | None = None,
) -> dict[str, Any]:
    label = label or f"N={n} {protocol}"
    print(f"[{time.strftime('%H:%M:%S')}] {label}: starting the server", flush=True)
    server = Server(n + 2, workdir, args.asr_threads, args.beam_size)
    try:
        startup = await server.ready()
        await asyncio.sleep(1.0)
        idle = rss_mb(server.pid) or 0.0
        sampler = RssSampler(server.pid)
        sampler.start()
        runs = [CallRun(f"{label}#{i}", protocol) for i in range(n)]
        stamp = time.strftime("%H%M%S")
        audio = (
            max(r.seconds for r in recordings[:n])
            if n <= len(recordings)
            else max(r.seconds for r in recordings)
        )
        print(
            f"[{time.strftime('%H:%M:%S')}] {label}: server up in {startup:.1f} s, idle RSS "
            f"{idle:.0f} MB; streaming {n} call(s) of up to {audio:.0f} s",
            flush=True,
        )
        began = time.time()
        await asyncio.gather(
            *(
                stream_one(
                    run,
                    server,
                    recordings[i % len(recordings)],
                    f"bench-{protocol}-{n}-{i}-{stamp}",
                    1.0,
                    i * args.stagger,
                )
                for i, run in enumerate(runs)
            )
        )
        wall = time.time() - began
        await sampler.stop()
    finally:
        server.stop()
    rows = [row for run in runs for row in run.utterances()]
    customer = [r for r in rows if r["speaker"] == "customer"]
    dropped = sum(run.dropped() for run in runs)
    calls = []
    for run in runs:
        res = run.result
        last_sent = res.sent[-1][1] if res and res.sent else None
        calls.append(
            {
                "call": run.name,
                "error": run.error,
                "close_code": res.close_code if res else None,
                "audio_seconds": round(res.audio_seconds, 1) if res else None,
                "events": len(res.events) if res else 0,
                "call_ended": bool(res and any(e.get("type") == "call_ended" for e in res.events)),
                "utterances": sum(
                    1 for e in (res.events if res else []) if e.get("type") == "utterance"
                ),
                "dropped_seconds": round(run.dropped(), 2),
                "send_lag_max_s": round(run.send_lag(), 3),
                # last audio sent -> socket closed by the server (call finished and written)
                "drain_s": round(res.finished - last_sent, 2) if res and last_sent else None,
            }
        )
    summary = {
        "label": label,
        "protocol": protocol,
        "calls": n,
        "wall_seconds": round(wall, 1),
        "startup_seconds": round(startup, 1),
        "customer": summarize_latency(customer),
        "all_speakers": summarize_latency(rows),
        "dropped_seconds": round(dropped, 2),
        "rss_mb": {
            "idle": round(idle, 1),
            "peak": round(sampler.peak, 1),
            "per_call": round((sampler.peak - idle) / n, 1) if n else None,
        },
        "server_cpu_cores": round(sampler.cpu_share, 2),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "per_call": calls,
        "server_log_problems": server.problems()[:40],
        "utterance_rows": [
            {k: _r(v, 4) if isinstance(v, float) else v for k, v in r.items()} for r in rows
        ],
    }
    p95 = summary["customer"]["client"]["p95"]
    summary["held"] = (
        p95 is not None
        and p95 < TARGET_ALERT_P95_MAX
        and dropped == 0
        and all(c["error"] is None and c["close_code"] == 1000 and c["call_ended"] for c in calls)
    )
    print_level(summary)
    return summary


def print_level(s: dict[str, Any]) -> None:
    c = s["customer"]
    print(
        f"[{time.strftime('%H:%M:%S')}] {s['label']}: {c['utterances']} customer utterances; "
        f"alert p50/p95 client {c['client']['p50']}/{c['client']['p95']} s, server "
        f"{c['total']['p50']}/{c['total']['p95']} s; dropped {s['dropped_seconds']} s; "
        f"RSS idle {s['rss_mb']['idle']} peak {s['rss_mb']['peak']} MB; server CPU "
        f"{s['server_cpu_cores']} cores; held: {s['held']}",
        flush=True,
    )
    for call in s["per_call"]:
        if call["error"] or call["close_code"] != 1000 or not call["call_ended"]:
            print(f"    problem: {call}", flush=True)
    for line in s["server_log_problems"][:10]:
        print(f"    server log: {line}", flush=True)


# --- the long call ----------------------------------------------------------------------------------


def long_recording(minutes: float) -> Recording:
    """The spoken examples back to back (looped) up to `minutes`, as one stereo recording with the
    first one's metadata (its call id replaced by the caller)."""
    parts = load_calls(None)
    need = int(minutes * 60 * parts[0].rate)
    chunks, total, i = [], 0, 0
    while total < need:
        pcm = parts[i % len(parts)].pcm
        chunks.append(pcm)
        total += pcm.shape[1]
        i += 1
    pcm = np.concatenate(chunks, axis=1)[:, :need]
    first = parts[0]
    return Recording(first.path, np.ascontiguousarray(pcm), first.rate, first.speakers, first.meta)


async def run_long(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    recording = long_recording(args.long_minutes)
    speed = args.long_speed
    every = 10.0 / speed  # one sample per 10 s of audio
    label = f"long {args.long_minutes:g} min at {speed:g}x"
    print(
        f"[{time.strftime('%H:%M:%S')}] {label}: {recording.seconds / 60:.1f} min of audio "
        f"(the spoken examples looped), ~{recording.seconds / speed / 60:.1f} min of wall time; "
        f"faster than real time, so ASR has {speed:g}x less time per utterance than live",
        flush=True,
    )
    server = Server(3, workdir, args.asr_threads, args.beam_size)
    try:
        await server.ready()
        await asyncio.sleep(1.0)
        idle = rss_mb(server.pid) or 0.0
        sampler = RssSampler(server.pid, every)
        run = CallRun(label, "stream")
        sampler.start()
        began = time.time()
        await stream_one(
            run, server, recording, f"bench-long-{time.strftime('%H%M%S')}", speed, 0.0
        )
        wall = time.time() - began
        await sampler.stop()
    finally:
        server.stop()
    # RSS against audio time: wall time since the first frame, times the speed.
    start = run.result.sent[0][1] if run.result and run.result.sent else began
    points = [((t - start) * speed, mb) for t, mb in sampler.samples if t >= start]
    points = [(a, mb) for a, mb in points if a <= recording.seconds]
    after = [(a, mb) for a, mb in points if a >= 180.0]
    slope = None
    if len(after) >= 3:
        x = np.array([a for a, _ in after]) / 600.0
        y = np.array([mb for _, mb in after])
        slope = float(np.polyfit(x, y, 1)[0])  # MB per 10 min of audio
    # RSS swings by tens of MB as ASR allocates and frees per utterance; its floor (the least
    # over the last minute of audio) is what the call keeps: flat after warm-up means no leak.
    floor = [
        (a, min(mb for b, mb in points if a - 60.0 <= b <= a)) for a, _ in points if a >= 900.0
    ]
    floor_slope = None
    if len(floor) >= 3:
        x = np.array([a for a, _ in floor]) / 600.0
        floor_slope = float(np.polyfit(x, np.array([mb for _, mb in floor]), 1)[0])
    rows = run.utterances()
    by_bin: list[dict[str, Any]] = []
    for lo in range(0, int(recording.seconds) + 1, 300):
        chunk = [r for r in rows if r["speaker"] == "customer" and lo <= (r["end"] or 0) < lo + 300]
        if chunk:
            totals = [r["total"] for r in chunk if r["total"] is not None]
            overhead = [r["overhead"] for r in chunk if r["overhead"] is not None]
            by_bin.append(
                {
                    "minutes": f"{lo // 60}-{(lo + 300) // 60}",
                    "utterances": len(chunk),
                    "server_total_p50": _r(pct(totals, 50)),
                    "server_total_p95": _r(pct(totals, 95)),
                    "overhead_p50": _r(pct(overhead, 50), 4),
                    "overhead_p95": _r(pct(overhead, 95), 4),
                }
            )
    res = run.result
    summary = {
        "label": label,
        "audio_minutes": round(recording.seconds / 60, 1),
        "speed": speed,
        "wall_seconds": round(wall, 1),
        "error": run.error,
        "close_code": res.close_code if res else None,
        "call_ended": bool(res and any(e.get("type") == "call_ended" for e in res.events)),
        "utterances": len(rows),
        "dropped_seconds": round(run.dropped(), 2),
        "rss_mb": {
            "idle": round(idle, 1),
            "peak": round(sampler.peak, 1),
            "at_3_min": _r(after[0][1], 1) if after else None,
            "at_end": _r(points[-1][1], 1) if points else None,
            "growth_mb_per_10_min_after_3_min": _r(slope, 2),
            "floor_growth_mb_per_10_min_after_15_min": _r(floor_slope, 2),
            "samples": [[round(a, 1), round(mb, 1)] for a, mb in points],
        },
        "customer": summarize_latency([r for r in rows if r["speaker"] == "customer"]),
        "latency_by_5_min": by_bin,
        "server_cpu_cores": round(sampler.cpu_share, 2),
        "server_log_problems": server.problems()[:40],
    }
    print(
        f"[{time.strftime('%H:%M:%S')}] {label}: RSS idle {idle:.0f}, at 3 min "
        f"{summary['rss_mb']['at_3_min']}, end {summary['rss_mb']['at_end']}, peak "
        f"{sampler.peak:.0f} MB; slope {summary['rss_mb']['growth_mb_per_10_min_after_3_min']} "
        f"MB/10 min; dropped {summary['dropped_seconds']} s; close {summary['close_code']}",
        flush=True,
    )
    for row in by_bin:
        print(f"    {row}", flush=True)
    for line in summary["server_log_problems"][:10]:
        print(f"    server log: {line}", flush=True)
    return summary


# --- the report -------------------------------------------------------------------------------------


def table(levels: list[dict[str, Any]]) -> str:
    head = (
        f"{'run':<16}{'utts':>5}  {'alert client':>13}  {'alert server':>13}  {'endpoint':>11}  "
        f"{'ASR wait':>11}  {'ASR':>11}  {'order wait':>11}  {'overhead ms':>12}  {'drop s':>6}  "
        f"{'RSS pk':>6}  "
        f"{'MB/call':>7}  {'cpu':>4}  held"
    )
    lines = [head, "(p50/p95, seconds unless said; customer utterances)"]

    def pair(d: dict[str, Any], scale: float = 1.0, fmt: str = "{:.2f}") -> str:
        if d["p50"] is None:
            return "-"
        return f"{fmt.format(d['p50'] * scale)}/{fmt.format(d['p95'] * scale)}"

    for s in levels:
        c = s["customer"]
        lines.append(
            f"{s['label']:<16}{c['utterances']:>5}  {pair(c['client']):>13}  {pair(c['total']):>13}  "
            f"{pair(c['endpoint_wait']):>11}  {pair(c['asr_wait']):>11}  {pair(c['asr']):>11}  "
            f"{pair(c['order_wait']):>11}  {pair(c['overhead'], 1000, '{:.1f}'):>12}  {s['dropped_seconds']:>6}  "
            f"{s['rss_mb']['peak']:>6.0f}  {s['rss_mb']['per_call']:>7}  "
            f"{s['server_cpu_cores']:>4}  {s['held']}"
        )
    return "\n".join(lines)


def verdicts(levels: list[dict[str, Any]], max_n: int | None) -> dict[str, Any]:
    stream = [s for s in levels if s["protocol"] == "stream"]
    one = next((s for s in stream if s["calls"] == 1), None)
    overheads = [
        s["customer"]["overhead"]["p95"]
        for s in stream
        if s["customer"]["overhead"]["p95"] is not None
    ]
    at_max = next((s for s in stream if s["calls"] == max_n), None)
    out: dict[str, Any] = {
        "own_overhead_p95_under_50ms": {
            "worst_p95_s": max(overheads, default=None),
            "met": bool(overheads) and max(overheads) < TARGET_OVERHEAD_P95,
        },
        "max_calls_at_real_time_with_alert_p95_under_2s": max_n,
    }
    if one is not None:
        p95 = one["customer"]["client"]["p95"]
        out["alert_p95_under_1s_at_one_call"] = {
            "client_p95_s": p95,
            "server_p95_s": one["customer"]["total"]["p95"],
            "met": p95 is not None and p95 < TARGET_ALERT_P95_ONE,
        }
    if at_max is not None:
        out["alert_p95_under_2s_at_max"] = {
            "calls": max_n,
            "client_p95_s": at_max["customer"]["client"]["p95"],
            "met": True,
        }
    return out


def prior_commands(args: argparse.Namespace) -> list[str]:
    if not (args.merge and RESULTS.exists()):
        return []
    prior = json.loads(RESULTS.read_text())
    if prior.get("commands"):
        return list(prior["commands"])
    return [prior["command"]] if prior.get("command") else []


def report(
    args: argparse.Namespace,
    levels: list[dict[str, Any]],
    long: dict[str, Any] | None,
    complete: bool,
) -> dict[str, Any]:
    if args.merge and RESULTS.exists():  # keep what an earlier run measured and this one did not
        prior = json.loads(RESULTS.read_text())
        ours = {s["label"] for s in levels}
        levels = [s for s in prior.get("levels", []) if s["label"] not in ours] + levels
        long = long or prior.get("long_call")
    stream = sorted((s for s in levels if s["protocol"] == "stream"), key=lambda s: s["calls"])
    max_n = None
    for s in stream:  # the most calls with every level up to it held
        if not s["held"]:
            break
        max_n = s["calls"]
    # The first call also pays one-time allocations (CTranslate2 buffers, the scoring model's
    # first runs): what each further call costs is the slope of peak RSS over the levels.
    marginal = None
    if len(stream) >= 2:
        x = [s["calls"] for s in stream]
        y = [s["rss_mb"]["peak"] for s in stream]
        marginal = round(float(np.polyfit(x, y, 1)[0]), 1)
    return {
        "what": "mot-detect serve under N concurrent real-time calls (tiny.en, int8, 2 ASR threads)",
        "commands": list(dict.fromkeys([*prior_commands(args), " ".join(["python", *sys.argv])])),
        "complete": complete,
        "quick": args.quick,
        "beam_size": args.beam_size,
        "recordings": [p.name for p in RECORDINGS],
        "note": (
            "Alert latency: end of a customer utterance's audio to its `utterance` event. "
            "client = event received (time.time()) less when the simulator sent the audio up to "
            "the utterance's end; server = the event's own latency (from the arrival of its last "
            "audio), with its parts endpoint_wait, asr_wait, asr (which overlaps the endpoint wait "
            "when the stretch is decoded early), order_wait and overhead. The machine (2 cores) "
            "is shared with other work: see load_average and server_cpu_cores."
        ),
        "targets": {
            "own_overhead_p95_s": TARGET_OVERHEAD_P95,
            "alert_p95_one_call_s": TARGET_ALERT_P95_ONE,
            "alert_p95_max_calls_s": TARGET_ALERT_P95_MAX,
        },
        "verdicts": verdicts(levels, max_n),
        "rss_marginal_mb_per_call": marginal,
        "levels": levels,
        "long_call": long,
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="bench_live_"))
    recordings = load_calls(QUICK_SECONDS if args.quick else None)
    levels: list[dict[str, Any]] = []
    long: dict[str, Any] | None = None

    def save(complete: bool) -> dict[str, Any]:
        results = report(args, levels, long, complete)
        if not args.no_write:  # after each level, so a run cut short keeps what it measured
            write_results(RESULTS, results)
        return results

    try:
        failed = False
        for n in args.levels:
            summary = await run_level(n, recordings, workdir, args)
            levels.append(summary)
            failed = failed or not summary["held"]
            save(False)
            if failed and not args.keep_going:
                print(
                    f"N={n} did not hold real-time pace (p95 >= 2 s, drops or a failed call): stopping"
                )
                break
        if args.compare_protocols:
            for protocol in ("audiohook", "twilio"):
                levels.append(await run_level(1, recordings, workdir, args, protocol))
                save(False)
        if args.long_minutes > 0:
            long = await run_long(args, workdir)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"server logs and calls kept in {workdir}")
    results = save(True)
    print()
    print(table(results["levels"]))
    print()
    print(
        json.dumps(
            results["verdicts"] | {"rss_marginal_mb_per_call": results["rss_marginal_mb_per_call"]},
            indent=2,
        )
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--levels",
        type=lambda text: [int(x) for x in text.split(",") if x.strip()],
        default=[1, 2, 3, 4],
        help="concurrent calls to try, in order (default 1,2,3,4)",
    )
    parser.add_argument("--quick", action="store_true", help="only the first 60 s of each call")
    parser.add_argument("--stagger", type=float, default=3.0, help="seconds between call starts")
    parser.add_argument("--asr-threads", type=int, default=2)
    parser.add_argument(
        "--beam-size", type=int, default=5, help="Whisper's beam (1: greedy, faster)"
    )
    parser.add_argument(
        "--compare-protocols", action="store_true", help="also one AudioHook and one Twilio call"
    )
    parser.add_argument(
        "--long-minutes", type=float, default=0.0, help="also one call this long (0: none)"
    )
    parser.add_argument("--long-speed", type=float, default=4.0, help="the long call's speed")
    parser.add_argument(
        "--keep-going", action="store_true", help="try every level even after one fails"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the levels and long call of the existing results/live.json not run again",
    )
    parser.add_argument("--keep", action="store_true", help="keep the server logs and calls")
    parser.add_argument("--no-write", action="store_true", help="do not write results/live.json")
    args = parser.parse_args()
    # SIGTERM (a CI timeout, a kill) unwinds like Ctrl-C, so each level stops its server.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
