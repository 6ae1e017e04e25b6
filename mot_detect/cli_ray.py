"""`score --ray` and `transcribe --ray`: the options, and the commands' Ray branch (which
prints; the job itself is mot_detect/cluster, which needs the optional extra mot-detect[ray])."""

from __future__ import annotations

import logging
import pickle
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from mot_detect.cli_options import with_options
from mot_detect.report import printable

logger = logging.getLogger("mot_detect")

# An address `ray.init` takes: auto, local, ray://host:port, host:port.
_ADDRESS = re.compile(r"(auto|local|ray://\S+|\[?[\w.:-]+\]?:\d{1,5})")
RAY_SETTINGS = ("ray_address", "actors", "batch_size", "cpus_per_actor", "num_gpus_per_actor")


def _address(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """None without --ray; "" for --ray alone (ray.init(): $RAY_ADDRESS, or a local instance)."""
    if value is None or value == "":
        return value
    if not _ADDRESS.fullmatch(value):
        raise click.BadParameter(
            f"'{value}' is not a Ray address: expected auto, HOST:PORT or ray://HOST:PORT (to "
            "start a local instance, give --ray after the paths, or --ray=local)",
        )
    return value


RAY_OPTIONS = (
    click.option(
        "--ray",
        "ray_address",
        is_flag=False,
        flag_value="",
        default=None,
        metavar="[ADDRESS]",
        callback=_address,
        help="Run the batch as a Ray Data job (needs mot-detect[ray]): on the cluster at ADDRESS "
        "(auto, HOST:PORT, ray://HOST:PORT), else at $RAY_ADDRESS, else on a local instance. "
        "--out is then a folder (or an fsspec URL) of shards, and a re-run skips what is done.",
    ),
    click.option(
        "--actors",
        type=click.IntRange(min=1),
        default=None,
        help="With --ray: actors in the pool, each loading the models once (default: as many as "
        "the cluster's CPUs, or GPUs with --num-gpus-per-actor, hold).",
    ),
    click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=None,
        help="With --ray: inputs per batch, one shard each (default: 32 transcripts, or 1 "
        "recording).",
    ),
    click.option(
        "--cpus-per-actor",
        type=click.FloatRange(min=0, min_open=True),
        default=1.0,
        show_default=True,
        help="With --ray: CPUs each actor asks Ray for (and its model threads, when --threads "
        "is 0).",
    ),
    click.option(
        "--num-gpus-per-actor",
        type=click.FloatRange(min=0),
        default=0.0,
        show_default=True,
        help="With --ray: GPUs each actor asks Ray for (a fraction shares one); the models run "
        "on it with --device auto.",
    ),
)

SHARD_FORMAT_OPTION = click.option(
    "--shard-format",
    type=click.Choice(("jsonl", "parquet")),
    default="jsonl",
    show_default=True,
    help="With --ray: the shards' format (JSON Lines as `-f jsonl` writes it, or Parquet).",
)


def ray_options(command: Callable[..., Any]) -> Callable[..., Any]:
    return with_options(command, RAY_OPTIONS)


@dataclass(frozen=True)
class RayRequest:
    address: str | None
    actors: int | None
    batch_size: int | None
    cpus_per_actor: float
    num_gpus_per_actor: float

    @classmethod
    def take(cls, settings: dict[str, Any]) -> RayRequest:
        """The --ray options, popped from a command's keyword arguments."""
        values = {key: settings.pop(key) for key in RAY_SETTINGS}
        return cls(
            address=values["ray_address"],
            actors=values["actors"],
            batch_size=values["batch_size"],
            cpus_per_actor=values["cpus_per_actor"],
            num_gpus_per_actor=values["num_gpus_per_actor"],
        )

    @property
    def wanted(self) -> bool:
        return self.address is not None

    def check_unused(self) -> None:
        """A usage error for a --ray option given without --ray."""
        defaults = (None, None, 1.0, 0.0)
        given = (self.actors, self.batch_size, self.cpus_per_actor, self.num_gpus_per_actor)
        names = ("--actors", "--batch-size", "--cpus-per-actor", "--num-gpus-per-actor")
        for name, value, default in zip(names, given, defaults, strict=True):
            if value != default:
                raise click.BadParameter("needs --ray", param_hint=name)

    def pool(self, progress: bool) -> Any:
        from mot_detect.cluster.job import PoolSettings

        return PoolSettings(
            address=self.address or None,
            actors=self.actors,
            batch_size=self.batch_size,
            cpus_per_actor=self.cpus_per_actor,
            num_gpus_per_actor=self.num_gpus_per_actor,
            progress=progress,
        )

    def threads(self, threads: int) -> int:
        """Model threads per actor: as given, else the CPUs it asked for."""
        return threads or max(1, int(self.cpus_per_actor))


def _require_ray() -> None:
    from mot_detect.cluster import RayMissing, require_ray

    try:
        require_ray()
    except RayMissing as exc:
        raise click.BadParameter(str(exc), param_hint="--ray") from exc


def _list(paths: tuple[str, ...], audio: bool) -> list[str]:
    from mot_detect.audio.recording import AUDIO_EXTENSIONS
    from mot_detect.batch import InputNotFound
    from mot_detect.cluster.inputs import list_inputs
    from mot_detect.io.readers import FORMATS

    extensions = (*FORMATS, *AUDIO_EXTENSIONS) if audio else AUDIO_EXTENSIONS
    try:
        files = list_inputs(paths, extensions)
    except InputNotFound as exc:
        raise click.BadParameter(f"{exc}: expected files, folders, globs or URLs") from exc
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="PATHS") from exc
    if not files:
        raise click.BadParameter("no input files found in the given folders", param_hint="PATHS")
    return files


def _out_folder(out: Path | str | None) -> str | None:
    if out is None:
        return None
    text = str(out)
    if "://" not in text and Path(text).is_file():
        raise click.BadParameter(
            f"'{text}' is a file: with --ray, --out is a folder of shards", param_hint="--out"
        )
    return text


def _report(err: Console, message: str) -> None:
    err.print(f"[red]error[/red] {escape(printable(message))}", highlight=False, soft_wrap=True)


def _metadata(metadata_path: Path | None, files: list[str]) -> tuple[list[str], Any]:
    from mot_detect.cli import _explicit_metadata

    return _explicit_metadata(metadata_path, files)


def score_on_ray(
    request: RayRequest,
    paths: tuple[str, ...],
    *,
    out: Path | None,
    output_format: str | None,
    shard_format: str,
    input_format: str | None,
    metadata_path: Path | None,
    store_url: str | None,
    recordings: Path | None,
    redaction: Any,
    redact_audio: str | None,
    progress: bool | None,
    detector_settings: dict[str, Any],
    asr: dict[str, Any],
) -> None:
    """`score --ray`: exits with the local path's codes (0, 1, 2, 3, 130)."""
    from mot_detect.cli_options import build_detector
    from mot_detect.cli_store import default_recordings_folder, open_store_or_exit, stored
    from mot_detect.cluster.job import connect, plan_score, run_actors, score_rows
    from mot_detect.cluster.settings import JobSettings
    from mot_detect.cluster.summary import JobSummary
    from mot_detect.errors import CallError
    from mot_detect.store.calls import ScoredBy

    _require_ray()
    if output_format not in (None, "jsonl"):
        raise click.BadParameter(
            "with --ray, the calls are written as shards (--shard-format jsonl or parquet)",
            param_hint="--format",
        )
    if redact_audio is not None:
        raise click.BadParameter("not available with --ray", param_hint="--redact-audio")
    folder = _out_folder(out)
    if folder is None and store_url is None:
        raise click.BadParameter(
            "with --ray, expected --out (a folder of shards) or --store", param_hint="--out"
        )
    files, metadata = _metadata(metadata_path, _list(paths, audio=True))
    store = open_store_or_exit(store_url) if store_url else None
    # The driver's detector checks the options (a usage error before any actor starts) and
    # says which versions score: on the CPU, as the driver may have no GPU.
    scored_by = ScoredBy.of(build_detector(**(detector_settings | {"device": "cpu"})))
    settings = JobSettings(
        detector=detector_settings | {"threads": request.threads(detector_settings["threads"])},
        asr=asr,
        redaction=redaction,
        input_format=input_format,
        metadata=metadata,
        out=folder,
        shard_format=shard_format,
        keep_calls=store is not None,
        threads=request.threads(detector_settings["threads"]),
    )
    plan, skip_everywhere = plan_score(files, settings, scored_by, store)
    if skip_everywhere:
        settings = JobSettings(**{**settings.__dict__, "extra": {"skip_calls": skip_everywhere}})
    if folder is not None:
        from mot_detect.cluster.shards import OutputFolder

        OutputFolder(folder).make()
    err = Console(stderr=True)
    summary = JobSummary(skipped=plan.skipped_calls)
    keep = recordings or default_recordings_folder(store_url or "")
    show = progress if progress is not None else err.is_terminal
    code = 0
    if plan.todo:
        ray, owned = _connect(connect, request.pool(show).address)
        try:
            rows = run_actors(ray, _score_actor(), score_rows(plan), settings, request.pool(show))
            for row in rows:
                status, internal, error = row["status"], bool(row["internal"]), row["error"]
                if status == "scored" and store is not None:
                    call = pickle.loads(row["call"])
                    source = row["input"] if "://" not in row["input"] else "-"
                    _file, item = next(stored(iter([(source, call)]), store, scored_by, keep))
                    if isinstance(item, CallError):
                        status, internal, error = "failed", True, str(item)
                summary.add(status, internal)
                if status == "failed":
                    _report(err, error)
        except KeyboardInterrupt:
            err.print(
                f"interrupted: {summary.scored} call(s) scored; the shards written are kept, "
                "and a re-run finishes the rest",
                highlight=False,
            )
            code = 130
        except Exception as exc:
            logger.debug("the Ray job failed", exc_info=True)
            _report(err, f"the Ray job failed: {type(exc).__name__}: {exc}")
            code = 3
        finally:
            if owned:
                ray.shutdown()
    where = f" → {escape(printable(folder or str(store_url)))}"
    err.print(summary.text() + where, highlight=False, soft_wrap=True)
    sys.exit(code or summary.exit_code())


def _connect(connect: Callable[[str | None], tuple[Any, bool]], address: str | None) -> Any:
    """Ray, started or reached; a usage error (exit 2) saying why when it cannot be."""
    try:
        return connect(address)
    except Exception as exc:  # ray.init raises ConnectionError, RuntimeError, ValueError...
        logger.debug("ray.init failed", exc_info=True)
        where = f"at {address}" if address else "(ray.init())"
        raise click.BadParameter(
            f"cannot start or reach Ray {where}: {type(exc).__name__}: {exc}", param_hint="--ray"
        ) from exc


def _score_actor() -> type:
    from mot_detect.cluster.actors import ScoreActor

    return ScoreActor


def transcribe_on_ray(
    request: RayRequest,
    paths: tuple[str, ...],
    *,
    out_dir: Path,
    device: str,
    threads: int,
    asr: dict[str, Any],
    metadata_path: Path | None,
    redaction: Any,
    redact_audio: str | None,
    progress: bool | None,
) -> None:
    """`transcribe --ray`: OUT/<stem>.json per recording, as `transcribe` writes them; a
    re-run skips the recordings whose transcript (by the same speech model) is there."""
    from mot_detect.cluster.actors import TranscribeActor
    from mot_detect.cluster.inputs import transcript_name
    from mot_detect.cluster.job import connect, plan_transcribe, run_actors, score_rows
    from mot_detect.cluster.settings import JobSettings
    from mot_detect.cluster.shards import OutputFolder
    from mot_detect.cluster.summary import JobSummary

    _require_ray()
    if redact_audio is not None:
        raise click.BadParameter("not available with --ray", param_hint="--redact-audio")
    folder = _out_folder(out_dir)
    assert folder is not None
    files, metadata = _metadata(metadata_path, _list(paths, audio=False))
    by_name: dict[str, str] = {}
    for file in files:
        name = transcript_name(file)
        if name in by_name:
            raise click.BadParameter(
                f"'{by_name[name]}' and '{file}' would both be written to "
                f"'{folder.rstrip('/')}/{name}': rename one, or transcribe them separately",
                param_hint="PATHS",
            )
        by_name[name] = file
    settings = JobSettings(
        detector={},
        asr=asr,
        redaction=redaction,
        metadata=metadata,
        out=folder,
        threads=request.threads(threads),
        extra={"device": device},
    )
    OutputFolder(folder).make()
    plan = plan_transcribe(files, folder, str(asr["asr_model"]))
    err = Console(stderr=True)
    summary = JobSummary(skipped=plan.skipped_calls)
    show = progress if progress is not None else err.is_terminal
    code = 0
    if plan.todo:
        ray, owned = _connect(connect, request.pool(show).address)
        try:
            for row in run_actors(
                ray, TranscribeActor, score_rows(plan), settings, request.pool(show)
            ):
                summary.add(row["status"], bool(row["internal"]))
                if row["status"] == "failed":
                    _report(err, row["error"])
        except KeyboardInterrupt:
            err.print("interrupted: a re-run finishes the rest", highlight=False)
            code = 130
        except Exception as exc:
            logger.debug("the Ray job failed", exc_info=True)
            _report(err, f"the Ray job failed: {type(exc).__name__}: {exc}")
            code = 3
        finally:
            if owned:
                ray.shutdown()
    err.print(
        summary.text("transcribed") + f" → {escape(printable(folder))}",
        highlight=False,
        soft_wrap=True,
    )
    sys.exit(code or summary.exit_code())
