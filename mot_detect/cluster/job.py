"""A Ray job: the dataset of inputs, what earlier runs did (resume), the actor pool.

The driver lists the inputs, leaves out what earlier runs of the job already scored (by the same
versions: see shards.resume_index), and runs the rest through `map_batches` in a fixed pool of
actors, each asking for `cpus_per_actor` CPUs and `num_gpus_per_actor` GPUs. The actors write the
shards; the driver gets one small status row per call back (and, for --store, the scored call,
which it saves: one writer, whatever the store), so memory stays flat however many calls.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from mot_detect.batch import is_audio
from mot_detect.cluster import require_ray
from mot_detect.cluster.inputs import transcript_name
from mot_detect.cluster.settings import JobSettings
from mot_detect.cluster.shards import OutputFolder, resume_index

logger = logging.getLogger("mot_detect")

# Inputs per batch when --batch-size is not given: a transcript takes milliseconds, so batches
# are large enough that Ray's per-batch overhead vanishes; a recording takes seconds to minutes.
DEFAULT_TRANSCRIPT_BATCH = 32
DEFAULT_RECORDING_BATCH = 1


@dataclass(frozen=True)
class PoolSettings:
    """`address`: None for ray.init() as is (a local instance, or $RAY_ADDRESS); `actors`: the
    pool size (None: as many as the cluster's CPUs, or GPUs, allow)."""

    address: str | None = None
    actors: int | None = None
    batch_size: int | None = None
    cpus_per_actor: float = 1.0
    num_gpus_per_actor: float = 0.0
    progress: bool = True


@dataclass
class Plan:
    """The inputs left to do, each with the call ids of it already done; and what was skipped."""

    todo: list[tuple[str, list[str]]] = field(default_factory=list)
    skipped_calls: int = 0
    skipped_inputs: int = 0


def connect(address: str | None) -> tuple[Any, bool]:
    """The `ray` module, initialised: the instance this process already has, else
    ray.init(address) (None: $RAY_ADDRESS, or a new local instance). Returns whether this call
    started it (the caller then shuts it down)."""
    ray = require_ray()
    if ray.is_initialized():
        return ray, False
    kwargs: dict[str, Any] = {"logging_level": logging.WARNING}
    if address:
        kwargs["address"] = address
    ray.init(**kwargs)
    return ray, True


def stored_calls(store: Any, scored_by: Any) -> dict[str, str | None]:
    """{call_id: source} of the calls in `store` scored by the same detector, model and engine."""
    from sqlalchemy import select

    from mot_detect.store.schema import CallRow

    query = select(CallRow.call_id, CallRow.source).where(
        CallRow.detector_version == scored_by.detector_version,
        CallRow.model_version == scored_by.model_version,
        CallRow.engine == scored_by.engine,
    )
    with store.transaction() as session:
        return {call_id: source for call_id, source in session.execute(query)}


def plan_score(
    sources: list[str], settings: JobSettings, scored_by: Any, store: Any = None
) -> tuple[Plan, frozenset[str]]:
    """What is left to score of `sources`, given the shards in --out and the calls in --store
    (a call counts as done when each one given holds it, scored by the same versions). Also
    returns the call ids to skip wherever they are met (with --store alone, whose calls are
    known by id rather than by input)."""
    plan = Plan()
    in_store = stored_calls(store, scored_by) if store is not None else None
    if settings.out is not None:
        index = resume_index(OutputFolder(settings.out), lambda s: settings.stamp(scored_by, s))
        for source in sources:
            done = index.done.get(source, set())
            if in_store is not None:
                done = {call_id for call_id in done if call_id in in_store}
            if source in index.complete and done == index.done.get(source, set()):
                plan.skipped_calls += len(done)
                plan.skipped_inputs += 1
            else:
                plan.todo.append((source, sorted(done)))
        return plan, frozenset()
    assert in_store is not None, "a job writes shards, the store, or both"
    by_source: dict[str, int] = {}
    for source in in_store.values():
        if source is not None:
            by_source[source] = by_source.get(source, 0) + 1
    for source in sources:
        if source in by_source:  # a file of one call (or a recording), stored whole
            plan.skipped_calls += by_source[source]
            plan.skipped_inputs += 1
        else:
            plan.todo.append((source, []))
    return plan, frozenset(in_store)


def pool_size(ray: Any, pool: PoolSettings, batches: int) -> int:
    """The actors to start: as asked, else as many as the cluster's CPUs (or GPUs) hold; never
    more than there are batches."""
    if pool.actors is not None:
        size = pool.actors
    else:
        resources = ray.cluster_resources()
        size = int(resources.get("CPU", 1) // max(pool.cpus_per_actor, 0.001))
        if pool.num_gpus_per_actor > 0:
            size = int(resources.get("GPU", 0) // pool.num_gpus_per_actor)
    return max(1, min(size, batches))


def batch_size(pool: PoolSettings, sources: list[str]) -> int:
    if pool.batch_size is not None:
        return pool.batch_size
    return (
        DEFAULT_RECORDING_BATCH if any(is_audio(s) for s in sources) else DEFAULT_TRANSCRIPT_BATCH
    )


def run_actors(
    ray: Any,
    actor: type,
    rows: list[dict[str, Any]],
    settings: JobSettings,
    pool: PoolSettings,
) -> Iterator[dict[str, Any]]:
    """`rows` (one per input) through `actor` in an actor pool; yields each status row as its
    batch finishes."""
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = pool.progress
    size = batch_size(pool, [r["input"] for r in rows])
    actors = pool_size(ray, pool, math.ceil(len(rows) / size))
    logger.info("%d input(s) in batches of %d on %d actor(s)", len(rows), size, actors)
    dataset = ray.data.from_items(rows, override_num_blocks=max(1, math.ceil(len(rows) / size)))
    results = dataset.map_batches(
        actor,
        fn_constructor_kwargs={"settings": settings},
        batch_size=size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=pool.cpus_per_actor,
        num_gpus=pool.num_gpus_per_actor or None,
    )
    for batch in results.iter_batches(batch_size=None, batch_format="pyarrow"):
        yield from batch.to_pylist()


def score_rows(plan: Plan) -> list[dict[str, Any]]:
    """The dataset's rows: an input, and the JSON list of its calls already done."""
    return [{"input": source, "skip": json.dumps(done)} for source, done in plan.todo]


def plan_transcribe(sources: list[str], out: str, asr_model: str) -> Plan:
    """The recordings whose transcript is not yet in `out` (made by the same speech model)."""
    folder = OutputFolder(out)
    existing = set(folder.names())
    plan = Plan()
    for source in sources:
        name = transcript_name(source)
        if name in existing and _transcribed_by(folder, name) == asr_model:
            plan.skipped_calls += 1
            plan.skipped_inputs += 1
        else:
            plan.todo.append((source, []))
    return plan


def _transcribed_by(folder: OutputFolder, name: str) -> str | None:
    try:
        data = json.loads(folder.read(name))
        return str(data["metadata"]["audio"]["asr_model"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
