"""Shards: what a batch wrote, whole or not at all, and what earlier runs scored (resume).

Each batch of a job writes `part-<batch>.jsonl` (the scored calls, each line the JSON that
`score -f jsonl` writes, plus `input`, the file it came from, and `scored_by`, the versions that
scored it) or `part-<batch>.parquet` (the same JSON in a `call` column beside the keys), and
`failures-<batch>.jsonl` (one line per call or input that failed, with its error). Batch names
sort by the time they were written. A shard is written under a temporary name and renamed (an
object store's put is whole by itself), so a job killed half-way leaves only whole shards, and a
re-run trusts every shard it finds.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from mot_detect.cluster.inputs import is_url

logger = logging.getLogger("mot_detect")

SHARD_FORMATS = ("jsonl", "parquet")
PART_PREFIX = "part-"
FAILURES_PREFIX = "failures-"
STAMP_KEYS = ("detector_version", "model_version", "engine", "redaction", "asr_model")
# The parquet shard's columns besides `call` (the whole scored call as JSON text).
PARQUET_KEYS = ("input", "call_id", "priority", "level", *STAMP_KEYS)


def new_batch_name() -> str:
    """A shard name that sorts by when it was made, and never repeats across actors."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


class OutputFolder:
    """A local folder or an fsspec URL that shards are written to and listed from."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.remote = is_url(location)
        if self.remote:
            import fsspec

            self.fs, self.root = fsspec.core.url_to_fs(location)
        else:
            self.fs, self.root = None, location

    def make(self) -> None:
        if self.remote:
            self.fs.makedirs(self.root, exist_ok=True)
        else:
            Path(self.root).mkdir(parents=True, exist_ok=True)

    def names(self) -> list[str]:
        """The file names in the folder (none when it does not exist yet)."""
        if self.remote:
            if not self.fs.isdir(self.root):
                return []
            return sorted(PurePosixPath(p).name for p in self.fs.ls(self.root, detail=False))
        folder = Path(self.root)
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def read(self, name: str) -> bytes:
        if self.remote:
            return self.fs.cat_file(f"{self.root.rstrip('/')}/{name}")
        return (Path(self.root) / name).read_bytes()

    def write(self, name: str, data: bytes) -> None:
        """`data` as `name`, whole or not at all."""
        if self.remote:
            self.fs.pipe_file(f"{self.root.rstrip('/')}/{name}", data)
            return
        folder = Path(self.root)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, folder / name)
        except BaseException:
            with_suppressed_unlink(temporary)
            raise


def with_suppressed_unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def part_row(call_json: dict[str, Any], source: str, stamp: dict[str, str]) -> dict[str, Any]:
    """A line of a JSON Lines shard: the call as `score -f jsonl` writes it, where it came from,
    and what scored it."""
    return call_json | {"input": source, "scored_by": stamp}


def write_batch(
    folder: OutputFolder,
    rows: list[dict[str, Any]],
    failures: list[dict[str, Any]],
    shard_format: str,
) -> str | None:
    """Write a batch's shards (failures first: a part shard is what a re-run trusts); returns
    the batch name, or None when there was nothing to write."""
    if not rows and not failures:
        return None
    name = new_batch_name()
    if failures:
        folder.write(f"{FAILURES_PREFIX}{name}.jsonl", _jsonl(failures))
    if rows:
        data = _jsonl(rows) if shard_format == "jsonl" else _parquet(rows)
        folder.write(f"{PART_PREFIX}{name}.{shard_format}", data)
    return name


def _jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def _parquet(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {key: [] for key in (*PARQUET_KEYS, "call")}
    for row in rows:
        call = {k: v for k, v in row.items() if k not in ("input", "scored_by")}
        score = call.get("score") or {}
        values = {
            "input": row["input"],
            "call_id": call["call_id"],
            "priority": score.get("priority"),
            "level": score.get("level"),
            **{key: row["scored_by"].get(key) for key in STAMP_KEYS},
            "call": json.dumps(call, ensure_ascii=False),
        }
        for key, value in values.items():
            columns[key].append(value)
    table = pa.table(
        {key: pa.array(values, type=_parquet_type(key)) for key, values in columns.items()}
    )
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _parquet_type(key: str) -> Any:
    import pyarrow as pa

    return pa.float64() if key == "priority" else pa.string()


def read_parts(folder: OutputFolder) -> Iterator[tuple[str, dict[str, Any]]]:
    """(batch name, row) for every scored call in the folder's part shards, in the JSON Lines
    shard's row form whatever the shard's format."""
    for name in folder.names():
        if not name.startswith(PART_PREFIX) or name.startswith("."):
            continue
        batch, _, suffix = name.removeprefix(PART_PREFIX).rpartition(".")
        if suffix == "jsonl":
            for line in folder.read(name).decode("utf-8").splitlines():
                if line.strip():
                    yield batch, json.loads(line)
        elif suffix == "parquet":
            import pyarrow.parquet as pq

            for record in pq.read_table(io.BytesIO(folder.read(name))).to_pylist():
                stamp = {key: record[key] for key in STAMP_KEYS if record.get(key) is not None}
                row = json.loads(record["call"])
                yield batch, part_row(row, record["input"], stamp)


def read_failures(folder: OutputFolder) -> Iterator[tuple[str, dict[str, Any]]]:
    for name in folder.names():
        if name.startswith(FAILURES_PREFIX) and name.endswith(".jsonl"):
            batch = name.removeprefix(FAILURES_PREFIX).removesuffix(".jsonl")
            for line in folder.read(name).decode("utf-8").splitlines():
                if line.strip():
                    yield batch, json.loads(line)


@dataclass
class ResumeIndex:
    """What earlier runs of a job scored, by the versions asked for now.

    `done`: for each input, the call ids a part shard holds as scored by the same versions;
    `complete`: the inputs whose latest batch had no failure (read whole: nothing of them is
    left to do, and they are not read again)."""

    done: dict[str, set[str]] = field(default_factory=dict)
    complete: set[str] = field(default_factory=set)

    def calls(self) -> int:
        return sum(len(ids) for ids in self.done.values())


def resume_index(folder: OutputFolder, stamp_of: Any) -> ResumeIndex:
    """The index of `folder`'s shards; `stamp_of(input)` gives the versions that must have
    scored a call for it to count as done (a changed detector or model re-scores)."""
    index = ResumeIndex()
    latest: dict[str, tuple[str, bool]] = {}  # input -> (batch, whether it failed there)
    for batch, row in read_parts(folder):
        source = row.get("input")
        if not isinstance(source, str) or row.get("scored_by") != stamp_of(source):
            continue
        index.done.setdefault(source, set()).add(str(row.get("call_id")))
        if batch > latest.get(source, ("", False))[0]:
            latest[source] = (batch, False)
    for batch, row in read_failures(folder):
        source = row.get("input")
        if isinstance(source, str) and batch >= latest.get(source, ("", False))[0]:
            latest[source] = (batch, True)
    index.complete = {source for source, (_b, failed) in latest.items() if not failed}
    return index
