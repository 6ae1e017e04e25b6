"""The command line: the only place in mot-detect that prints."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mot_detect import __version__
from mot_detect.audio.metadata import (
    DOCUMENT_EXTENSION,
    INDEX_EXTENSIONS,
    ExplicitMetadata,
    MetadataIndex,
    MetadataIndexError,
    is_sidecar,
    load_explicit_metadata,
    sidecar_path,
)
from mot_detect.audio.recording import AUDIO_EXTENSIONS
from mot_detect.batch import InputNotFound, expand_inputs, is_audio, score_inputs, transcribe_files
from mot_detect.cli_options import (
    ASR_SETTINGS,
    ENGINE_OPTION,
    asr_options,
    build_detector,
    build_transcriber,
    detector_options,
)
from mot_detect.cli_output import atomic_output, check_output_path, write_text_atomically
from mot_detect.cli_ray import SHARD_FORMAT_OPTION, RayRequest, ray_options
from mot_detect.cli_redact import (
    REDACT_AUDIO_OPTION,
    REDACT_OPTION,
    redacted,
    redacted_recording,
)
from mot_detect.cli_serve import serve
from mot_detect.cli_store import (
    RECORDINGS_OPTION,
    db,
    default_recordings_folder,
    export,
    open_store_or_exit,
    review,
    store_option,
    stored,
    users,
)
from mot_detect.detect.fuse import ENGINES
from mot_detect.detect.rules import RuleMatcher
from mot_detect.errors import CallError, InternalError, PatternError
from mot_detect.evaluate import evaluate
from mot_detect.io.readers import FORMATS, iter_calls
from mot_detect.io.writers import CallWriter, call_to_dict
from mot_detect.labels import MISSED_CUE
from mot_detect.limits import quote
from mot_detect.redact.policy import RedactionPolicy
from mot_detect.redact.redactor import redact_call
from mot_detect.report import call_report, evaluation_table, printable, summary_table
from mot_detect.types import Call

# Exit codes (also in the README): 1 is the input's fault, 3 is ours; 3 wins when both happen.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as shells report Ctrl-C
OUTPUT_FORMATS = ("text", "json", "jsonl", "csv")
INPUT_FORMATS = ("json", "jsonl", "txt", "vtt")


def _set_verbosity(ctx: click.Context, _param: click.Parameter, count: int) -> None:
    """-v is counted wherever it is given: before the subcommand, after it, or both."""
    root = ctx.find_root()
    root.meta["verbose"] = root.meta.get("verbose", 0) + count
    level = logging.WARNING - 10 * min(root.meta["verbose"], 2)
    handler = RichHandler(console=Console(stderr=True), show_path=False, show_time=False)
    handler.addFilter(_printable_record)
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)


def _printable_record(record: logging.LogRecord) -> bool:
    """Log messages quote file names and call ids: show their control characters, never run them."""
    record.msg, record.args = printable(record.getMessage()), None
    return True


def metadata_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--metadata",
        "metadata_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Call metadata for the recordings: a .json document for one recording (call_id, "
        "started_at, metadata with ivr, channels as 'agent,customer' (wins over --channels), agent, "
        "queue: a transcript's "
        "fields without utterances), or an index for many: .csv with a header (file, call_id, "
        "started_at, channels, agent, queue, ivr.<key>) or .jsonl (a document per line with "
        "'file'), file being a path relative to the index or a bare file name. Wins over the "
        "sidecar call.json beside call.wav, which is read otherwise.",
    )(command)


def verbose_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-v",
        "--verbose",
        count=True,
        expose_value=False,
        callback=_set_verbosity,
        help="More log output (-v info, -vv debug); -v also shows internal errors' tracebacks.",
    )(command)


def _verbosity() -> int:
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().meta.get("verbose", 0) if ctx is not None else 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mot-detect")
@verbose_option
def main() -> None:
    """Find the moments of truth in contact-center calls, and the script-bound replies that miss them."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(OUTPUT_FORMATS),
    default="text",
    show_default=True,
    help="text: a readable report; json: an array of scored calls; jsonl: a call per line; "
    "csv: a finding per row.",
)
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    help="Write here instead of stdout (written whole or not at all; never one of the inputs); "
    "with --ray, a folder (or fsspec URL) of shards.",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Read every input as this format (default: from the extension; sniffed for stdin).",
)
@ENGINE_OPTION
@detector_options
@asr_options
@metadata_option
@store_option()
@RECORDINGS_OPTION
@REDACT_OPTION
@REDACT_AUDIO_OPTION
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal and there are several files).",
)
@ray_options
@SHARD_FORMAT_OPTION
@verbose_option
def score(
    paths: tuple[str, ...],
    output_format: str,
    out: Path | None,
    input_format: str | None,
    metadata_path: Path | None,
    store_url: str | None,
    recordings: Path | None,
    redaction: RedactionPolicy,
    redact_audio: str | None,
    progress: bool | None,
    shard_format: str,
    **detector_settings: Any,
) -> None:
    """Score call transcripts and recordings: files, folders, globs, or - for stdin.

    Reads the taxonomy's JSON (.json) and JSON Lines (.jsonl), plain text (.txt, lines such as
    "[01:23] Agent: ...") and WebVTT (.vtt, with <v Agent> voice tags); recordings (.wav, .flac,
    .mp3, .ogg, .opus, .m4a, ...) are transcribed first. Each call is scored on its own: one that
    cannot be read or scored is reported and the others still are. Exits 0 when every call was
    scored, 1 when some input could not be read, 2 on a usage error, 3 when an internal error
    cost a call (it wins over 1), 130 when interrupted (the output is closed with the calls
    scored so far).
    """
    asr = {key: detector_settings.pop(key) for key in ASR_SETTINGS}
    ray_request = RayRequest.take(detector_settings)
    if ray_request.wanted:
        from mot_detect.cli_ray import score_on_ray

        given = click.get_current_context().get_parameter_source("output_format")
        score_on_ray(
            ray_request,
            paths,
            out=out,
            output_format=None if given == click.core.ParameterSource.DEFAULT else output_format,
            shard_format=shard_format,
            input_format=input_format,
            metadata_path=metadata_path,
            store_url=store_url,
            recordings=recordings,
            redaction=redaction,
            redact_audio=redact_audio,
            progress=progress,
            detector_settings=detector_settings,
            asr=asr,
        )
    ray_request.check_unused()
    if shard_format != "jsonl":
        raise click.BadParameter("needs --ray", param_hint="--shard-format")
    if out is not None and out.is_dir():
        raise click.BadParameter(f"'{out}' is a directory: expected a file", param_hint="--out")
    files = _input_files(paths, "a transcript or recording, a folder, a glob, or -")
    if out is not None:
        files = check_output_path(out, files, paths)
        if not files:
            raise click.BadParameter("the only input is the --out file itself", param_hint="PATHS")
    files, metadata = _explicit_metadata(metadata_path, files)
    audio_folder = _redacted_audio_folder(redaction, redact_audio, store_url, out)
    store = open_store_or_exit(store_url) if store_url else None
    detector = build_detector(**detector_settings)
    transcriber = None
    if any(is_audio(f) for f in files):
        transcriber = build_transcriber(
            asr["asr_model"],
            asr["compute_type"],
            detector_settings["device"],
            detector_settings["threads"],
            asr["asr_max_tokens"],
            asr["beam_size"],
            asr["workers"],
        )
    err = Console(stderr=True)
    show_progress = progress if progress is not None else (err.is_terminal and len(files) > 1)
    tally = _Tally()
    try:
        scored = score_inputs(
            files, detector, input_format, transcriber, asr["channels"], asr["workers"], metadata
        )
        scored = redacted(scored, redaction)
        if audio_folder is not None and redact_audio is not None:
            scored = _with_redacted_audio(scored, audio_folder, redact_audio)
        if store is not None:
            from mot_detect.store.calls import ScoredBy

            folder = recordings or default_recordings_folder(store_url or "")
            scored = stored(scored, store, ScoredBy.of(detector), folder, redact_audio or "silence")
        _write_all(scored, len(files), out, output_format, err, tally, show_progress)
    except KeyboardInterrupt as stop:  # a second Ctrl-C, or SIGTERM: the output was left as it was
        err.print(
            f"interrupted at once: {len(tally.ranked)} call(s) scored, nothing written"
            + (f" (--out {escape(printable(str(out)))} left as it was)" if out else ""),
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(128 + stop.signum if isinstance(stop, StopNow) else EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader of stdout went away (| head): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(128 + signal.SIGPIPE)
    code = tally.exit_code()
    if out is not None or code != EXIT_OK:
        err.print(tally.summary(out), highlight=False, soft_wrap=True)
    sys.exit(code)


def _check_audio_redaction(policy: RedactionPolicy, mode: str | None) -> None:
    """A usage error for --redact-audio with --redact none: there is nothing to redact."""
    if mode is not None and not policy.enabled:
        raise click.BadParameter(
            "--redact none redacts nothing: expected a policy such as pci,pii with --redact-audio",
            param_hint="--redact-audio",
        )


def _redacted_audio_folder(
    policy: RedactionPolicy, mode: str | None, store_url: str | None, out: Path | None
) -> Path | None:
    """Where `score --redact-audio` writes redacted recordings: beside --out (the store keeps
    its own); a usage error when there is nothing to redact or nowhere to write."""
    _check_audio_redaction(policy, mode)
    if mode is None:
        return None
    if out is not None:
        return out.parent
    if store_url is None:
        raise click.BadParameter(
            "expected --out (the copies go beside it) or --store (it keeps them)",
            param_hint="--redact-audio",
        )
    return None


def _with_redacted_audio(
    items: Iterator[tuple[str, Any]], folder: Path, mode: str
) -> Iterator[tuple[str, Any]]:
    """`items` with a redacted copy of each recording written to FOLDER/<stem>.redacted.wav."""
    for file, item in items:
        if isinstance(item, Call) and file != "-" and is_audio(file):
            try:
                redacted_recording(
                    item, Path(file), folder / f"{Path(file).stem}.redacted.wav", mode
                )
            except Exception as exc:  # one recording that cannot be copied costs only that call
                item = InternalError.from_exception(exc, path=file, call_id=item.call_id)
        yield file, item


def _explicit_metadata(path: Path | None, files: list[str]) -> tuple[list[str], ExplicitMetadata]:
    """The inputs without the --metadata file itself (an index in a scored folder is not a
    transcript), and what it holds; a usage error when it cannot apply to these recordings."""
    if path is None:
        return files, None
    suffix = path.suffix.lower()
    if suffix not in (DOCUMENT_EXTENSION, *INDEX_EXTENSIONS):
        raise click.BadParameter(
            f"'{path}': a {suffix or 'nameless'} file: expected a {DOCUMENT_EXTENSION} document "
            f"for one recording, or a {' or '.join(INDEX_EXTENSIONS)} index for many",
            param_hint="--metadata",
        )
    itself = path.resolve()
    kept = [f for f in files if f == "-" or Path(f).resolve() != itself]
    if len(kept) < len(files):
        logging.getLogger("mot_detect").info("%s is the --metadata file, not an input", path)
    if not kept:
        raise click.BadParameter("the only input is the --metadata file itself", param_hint="PATHS")
    recordings = sum(1 for f in kept if is_audio(f))
    if not recordings:
        raise click.BadParameter(
            f"'{path}' describes recordings, and none was given: expected recordings "
            f"({', '.join(AUDIO_EXTENSIONS)}) among the inputs",
            param_hint="--metadata",
        )
    if suffix == DOCUMENT_EXTENSION and recordings > 1:
        raise click.BadParameter(
            f"'{path}' is one call's document, and {recordings} recordings were given: expected "
            "an index (.csv with a 'file' column, or .jsonl with a 'file' field) naming each "
            "recording",
            param_hint="--metadata",
        )
    try:
        explicit = load_explicit_metadata(path)
    except MetadataIndexError as exc:
        raise click.BadParameter(str(exc), param_hint="--metadata") from exc
    if isinstance(explicit, MetadataIndex):
        ambiguous = explicit.ambiguous_names([f for f in kept if is_audio(f)])
        if ambiguous:
            raise click.BadParameter(
                f"'{path}' names {quote(ambiguous[0])} by its file name alone, and several "
                "recordings given have that name: expected a path (relative to the index) for "
                "each of them",
                param_hint="--metadata",
            )
    return kept, explicit


def _write_all(
    scored: Iterator[tuple[str, Call | CallError]],
    file_count: int,
    out: Path | None,
    output_format: str,
    err: Console,
    tally: _Tally,
    show_progress: bool,
) -> None:
    """Write each scored call as it comes (reporting each failure), counting in `tally`."""
    with (
        _stop_requests(err) as stop_requested,
        atomic_output(out, machine_readable=output_format != "text") as stream,
        _progress_bar(err, show_progress) as bar,
    ):
        task = bar.add_task("scoring", total=file_count) if bar is not None else None
        sink = (
            _TextSink(stream, out) if output_format == "text" else CallWriter(stream, output_format)
        )
        current = None
        for file, item in scored:
            if bar is not None and task is not None and file != current:
                if current is not None:
                    bar.advance(task)
                current = file
            if not isinstance(item, CallError):
                item = _write_call(sink, item)
            tally.add(item)
            if isinstance(item, CallError):
                _report_error(err, item)
            if stop_requested():
                tally.interrupted = True
                break
        if bar is not None and task is not None and current is not None and not tally.interrupted:
            bar.advance(task)
        if isinstance(sink, _TextSink):
            sink.close(tally.ranked)
        else:
            sink.close()


class _TextSink:
    """The readable report, one call at a time; each call is rendered whole before it is written."""

    def __init__(self, stream: TextIO, out: Path | None) -> None:
        # A terminal gets its own width and colours; a file or a pipe gets plain 120 columns.
        to_terminal = out is None and stream.isatty()
        self.stream = stream
        self.console = Console(
            file=stream, width=None if to_terminal else 120, force_terminal=to_terminal or None
        )

    def render(self, call: Call) -> str:
        with self.console.capture() as captured:
            self.console.print(call_report(call))
        return captured.get()

    def write(self, text: str) -> None:
        self.stream.write(text)

    def close(self, ranked: list[tuple[str, float, str, int, int]]) -> None:
        if len(ranked) > 1:
            self.console.print(summary_table(ranked))
        self.stream.flush()


def _write_call(sink: _TextSink | CallWriter, call: Call) -> Call | InternalError:
    """Write one scored call, or return the error that kept it out of the output (nothing of it
    is written then)."""
    try:
        text = sink.render(call)
    except Exception as exc:  # one call that cannot be written must not cost the rest
        logging.getLogger("mot_detect").debug("writing %s failed", call.call_id, exc_info=True)
        return InternalError.from_exception(exc, path=call.source, call_id=call.call_id)
    sink.write(text)
    return call


class _Tally:
    """What a run did: calls scored, inputs failed (and how), whether it was interrupted."""

    def __init__(self) -> None:
        self.ranked: list[tuple[str, float, str, int, int]] = []
        self.unreadable = 0
        self.internal = 0
        self.interrupted = False
        self.written = 0

    def add(self, item: Call | CallError) -> None:
        if isinstance(item, InternalError):
            self.internal += 1
        elif isinstance(item, CallError):
            self.unreadable += 1
        else:
            assert item.score is not None
            missed = sum(1 for f in item.findings if f.label == MISSED_CUE)
            flagged = sum(1 for u in item.utterances if u.labels)
            ranked = (item.call_id, item.score.priority, item.score.level, missed, flagged)
            self.ranked.append(ranked)

    def summary(self, out: Path | None) -> str:
        text = f"{len(self.ranked)} call(s) scored"
        failed = self.unreadable + self.internal
        if failed:
            text += f", {failed} input(s) failed"
            if self.internal:
                text += f" ({self.internal} by an internal error)"
            text += " (see the errors above)"
        if self.interrupted:
            text = "interrupted: " + text
        if out is not None:
            text += f" → {escape(printable(str(out)))}"
        return f"[bold]{text}[/bold]" if self.unreadable or self.internal else text

    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.internal:
            return EXIT_INTERNAL
        return EXIT_SOME_FAILED if self.unreadable else EXIT_OK


class StopNow(KeyboardInterrupt):
    """A signal that stops the run at once: `signum` gives the exit code (128 + signum)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stop_requests(err: Console) -> Iterator[Callable[[], bool]]:
    """The first Ctrl-C asks the run to stop after the call in hand, so the output is closed
    with every call scored so far; a second one, or SIGTERM (service managers and `timeout`
    expect a prompt exit, even from a blocked read), stops at once, leaving the output file as
    it was before the run."""
    requested: list[int] = []

    def request(signum: int, _frame: Any) -> None:
        if requested or signum != signal.SIGINT:
            raise StopNow(signum)
        requested.append(signum)
        err.print(
            "stopping after the current call (press Ctrl-C again to stop at once)",
            highlight=False,
        )

    try:
        previous = {sig: signal.signal(sig, request) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread (an embedding app): leave signals alone
        yield lambda: False
        return
    try:
        yield lambda: bool(requested)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@main.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--engine",
    "engines",
    multiple=True,
    type=click.Choice(ENGINES),
    help="Engine(s) to measure; repeat to compare side by side (default: both).",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
)
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout.",
)
@detector_options
@verbose_option
def eval_command(
    paths: tuple[str, ...],
    engines: tuple[str, ...],
    output_format: str,
    out: Path | None,
    **detector_settings: Any,
) -> None:
    """Measure the detector on reviewed calls: per-label precision, recall, F1, false alarms.

    PATHS hold taxonomy calls whose utterances carry "gold": the labels a reviewer gave them
    ([] for an ordinary utterance). Utterances without "gold" are context, not counted.
    """
    files = _input_files(paths, "reviewed call files", audio=False)
    if out is not None:
        files = check_output_path(out, files, paths)
    err = Console(stderr=True)
    calls, errors = [], []
    for file in files:
        for item in iter_calls(file):
            (errors if isinstance(item, CallError) else calls).append(item)
    for error in errors:  # every bad file is named, then nothing is measured on a partial set
        _report_error(err, error)
    if errors:
        internal = any(isinstance(e, InternalError) for e in errors)
        sys.exit(EXIT_INTERNAL if internal else EXIT_SOME_FAILED)
    if not any(u.gold is not None for c in calls for u in c.utterances):
        raise click.BadParameter(
            'no utterance carries "gold" labels: nothing to measure', param_hint="PATHS"
        )
    results = {}
    for engine in engines or ("both",):
        detector = build_detector(**(detector_settings | {"engine": engine}))
        results[engine] = evaluate(detector.score_call(call) for call in calls)
    with atomic_output(out) as stream:
        if output_format == "json":
            stream.write(
                json.dumps({engine: r.as_dict() for engine, r in results.items()}, indent=2) + "\n"
            )
        else:
            to_terminal = out is None and stream.isatty()
            Console(file=stream, width=None if to_terminal else 120).print(
                evaluation_table(results)
            )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the transcripts (one taxonomy JSON per recording).",
)
@click.option(
    "--device", type=click.Choice(("auto", "cpu", "cuda")), default="auto", show_default=True
)
@click.option(
    "--threads",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="CPU threads for ASR (0: default).",
)
@asr_options
@metadata_option
@REDACT_OPTION
@REDACT_AUDIO_OPTION
@click.option("--progress/--no-progress", default=None, help="Show a progress bar.")
@ray_options
@verbose_option
def transcribe(
    paths: tuple[str, ...],
    out_dir: Path,
    device: str,
    threads: int,
    asr_model: str,
    compute_type: str,
    channels: tuple[str, ...],
    asr_max_tokens: int | None,
    beam_size: int,
    workers: int,
    metadata_path: Path | None,
    redaction: RedactionPolicy,
    redact_audio: str | None,
    progress: bool | None,
    **ray_settings: Any,
) -> None:
    """Transcribe call recordings to taxonomy JSON transcripts (one file per recording in OUT,
    named for the recording: call.wav -> OUT/call.json), with the call's metadata (--metadata,
    or the sidecar call.json beside call.wav): call_id, started_at and metadata. Exit codes as
    for `score`."""
    ray_request = RayRequest.take(ray_settings)
    if ray_request.wanted:
        from mot_detect.cli_ray import transcribe_on_ray

        asr = {
            "asr_model": asr_model,
            "compute_type": compute_type,
            "channels": channels,
            "asr_max_tokens": asr_max_tokens,
            "beam_size": beam_size,
            "workers": workers,
        }
        transcribe_on_ray(
            ray_request,
            paths,
            out_dir=out_dir,
            device=device,
            threads=threads,
            asr=asr,
            metadata_path=metadata_path,
            redaction=redaction,
            redact_audio=redact_audio,
            progress=progress,
        )
    ray_request.check_unused()
    files = _input_files(paths, "recordings, folders or globs")
    files, metadata = _explicit_metadata(metadata_path, files)
    _check_audio_redaction(redaction, redact_audio)
    not_audio = [f for f in files if not is_audio(f)]
    if not_audio:
        raise click.BadParameter(
            f"not a recording: {not_audio[0]} (expected {', '.join(AUDIO_EXTENSIONS)})",
            param_hint="PATHS",
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise click.BadParameter(f"'{out_dir}' is a file: expected a folder", param_hint="--out")
    by_name: dict[str, str] = {}
    for file in files:
        name = Path(file).stem
        if name in by_name:
            raise click.BadParameter(
                f"'{by_name[name]}' and '{file}' would both be written to "
                f"'{out_dir / (name + '.json')}': rename one, or transcribe them separately",
                param_hint="PATHS",
            )
        by_name[name] = file
        sidecar = sidecar_path(file)
        if (out_dir / f"{name}.json").resolve() == sidecar.resolve() and is_sidecar(sidecar):
            raise click.BadParameter(
                f"the transcript of '{file}' would replace '{sidecar}', its metadata: expected "
                "a folder other than the recordings'",
                param_hint="--out",
            )
    transcriber = build_transcriber(
        asr_model, compute_type, device, threads, asr_max_tokens, beam_size, workers
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    err = Console(stderr=True)
    tally = _Tally()
    show = progress if progress is not None else (err.is_terminal and len(files) > 1)
    with _progress_bar(err, show) as bar:
        task = bar.add_task("transcribing", total=len(files)) if bar is not None else None
        for file, item in transcribe_files(files, transcriber, channels, workers, metadata):
            if bar is not None and task is not None:
                bar.advance(task)
            if not isinstance(item, CallError):
                item = _write_transcript(redact_call(item, redaction), out_dir, file)
            if redact_audio is not None and isinstance(item, Call):
                try:
                    target = out_dir / f"{Path(file).stem}.wav"
                    redacted_recording(item, Path(file), target, redact_audio)
                except Exception as exc:  # a copy that cannot be made costs only its call
                    item = InternalError.from_exception(exc, path=file, call_id=item.call_id)
            if isinstance(item, CallError):
                tally.add(item)
                _report_error(err, item)
                continue
            tally.written += 1
    err.print(
        f"{tally.written} transcript(s) → {escape(printable(str(out_dir)))}"
        + (
            f", {tally.unreadable + tally.internal} failed"
            if tally.unreadable or tally.internal
            else ""
        ),
        highlight=False,
        soft_wrap=True,
    )
    sys.exit(tally.exit_code())


def _write_transcript(call: Call, out_dir: Path, recording: str) -> Call | InternalError:
    """The call's transcript (no labels, score or findings) as OUT/<recording stem>.json, whole
    or not at all (named for the recording: a call_id from metadata may hold any character)."""
    target = out_dir / f"{Path(recording).stem}.json"
    try:
        transcript = call_to_dict(call)
        for utterance in transcript["utterances"]:
            del utterance["labels"]
        del transcript["score"], transcript["findings"]
        text = json.dumps(transcript, indent=2, ensure_ascii=False) + "\n"
        write_text_atomically(target, text)
    except Exception as exc:  # one transcript that cannot be written must not cost the rest
        return InternalError.from_exception(exc, path=call.source, call_id=call.call_id)
    return call


main.add_command(serve)
main.add_command(db)
main.add_command(users)
main.add_command(review)
main.add_command(export)


@main.command("check-patterns")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def check_patterns(paths: tuple[Path, ...]) -> None:
    """Check pattern files (your own scripts and phrases) and count their patterns per label.

    A pattern that could take super-linear time is refused (file:line, field and why); one RE2
    cannot express (a lookaround, say) but that is safe on Python's `re` is listed."""
    try:
        matcher = RuleMatcher.load(extra=paths, builtin=False)
    except PatternError as exc:
        raise click.BadParameter(str(exc), param_hint="PATHS") from exc
    counts: dict[str, int] = {}
    for pattern in matcher.patterns:
        counts[pattern.label] = counts.get(pattern.label, 0) + 1
    for label, count in sorted(counts.items()):
        click.echo(f"{label:18} {count}")
    for pattern in matcher.patterns:
        for field, regex in (("pattern", pattern.regex), ("exclude", pattern.exclude)):
            if regex is not None and regex.engine != "re2":
                click.echo(
                    f"{pattern.origin}: field '{field}': runs on Python's re (RE2 cannot express "
                    "it); checked for super-linear constructs"
                )
    click.echo(f"{len(matcher.patterns)} pattern(s) OK")


def _input_files(paths: tuple[str, ...], expected: str, audio: bool = True) -> list[str]:
    try:
        files = expand_inputs(paths, (*FORMATS, *AUDIO_EXTENSIONS) if audio else FORMATS)
    except InputNotFound as exc:
        raise click.BadParameter(f"{exc}: expected {expected}", param_hint="PATHS") from exc
    if not files:
        raise click.BadParameter(
            "no transcript files found in the given folders", param_hint="PATHS"
        )
    return files


def _report_error(console: Console, error: CallError) -> None:
    """One line per failed call; an internal error's traceback only with -v."""
    console.print(
        f"[red]error[/red] {escape(printable(str(error)))}", highlight=False, soft_wrap=True
    )
    if isinstance(error, InternalError) and error.details:
        if _verbosity() > 0:
            console.print(
                escape(printable(error.details.rstrip())), highlight=False, soft_wrap=True
            )
        else:
            console.print("  (run with -v for the traceback)", style="dim", highlight=False)


@contextlib.contextmanager
def _progress_bar(console: Console, enabled: bool) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        yield bar


if __name__ == "__main__":
    main()
