"""The command line: the only place in mot-detect that prints."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mot_detect import __version__
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
from mot_detect.detect.fuse import ENGINES
from mot_detect.detect.rules import RuleMatcher
from mot_detect.errors import InputError, PatternError
from mot_detect.evaluate import evaluate
from mot_detect.io.readers import FORMATS, load_calls
from mot_detect.io.writers import call_to_dict, write_calls
from mot_detect.labels import MISSED_CUE
from mot_detect.report import call_report, evaluation_table, summary_table
from mot_detect.types import Call

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
OUTPUT_FORMATS = ("text", "json", "jsonl", "csv")
INPUT_FORMATS = ("json", "jsonl", "txt", "vtt")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mot-detect")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Find the moments of truth in contact-center calls, and the script-bound replies that miss them."""
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = RichHandler(console=Console(stderr=True), show_path=False, show_time=False)
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)


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
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write here instead of stdout.",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Read every input as this format (default: from the extension; sniffed for stdin).",
)
@ENGINE_OPTION
@detector_options
@asr_options
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal and there are several files).",
)
def score(
    paths: tuple[str, ...],
    output_format: str,
    out: Path | None,
    input_format: str | None,
    progress: bool | None,
    **detector_settings: Any,
) -> None:
    """Score call transcripts and recordings: files, folders, globs, or - for stdin.

    Reads the taxonomy's JSON (.json) and JSON Lines (.jsonl), plain text (.txt, lines such as
    "[01:23] Agent: ...") and WebVTT (.vtt, with <v Agent> voice tags); recordings (.wav, .flac,
    .mp3, .ogg, .opus, .m4a, ...) are transcribed first. Exits 0 when every input was scored, 1
    when some could not be read (each is reported; the rest are still scored), and 2 on a usage
    error.
    """
    asr = {key: detector_settings.pop(key) for key in ASR_SETTINGS}
    files = _input_files(paths, "a transcript or recording, a folder, a glob, or -")
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
        )
    err = Console(stderr=True)
    show_progress = progress if progress is not None else (err.is_terminal and len(files) > 1)
    failures: list[InputError] = []
    ranked: list[tuple[str, float, str, int, int]] = []

    def scored_calls(bar: Progress | None, task: int | None) -> Iterator[Call]:
        current = None
        for file, item in score_inputs(
            files, detector, input_format, transcriber, asr["channels"], asr["workers"]
        ):
            if bar is not None and task is not None and file != current:
                if current is not None:
                    bar.advance(task)
                current = file
            if isinstance(item, InputError):
                failures.append(item)
                _report_error(err, item)
                continue
            assert item.score is not None
            missed = sum(1 for f in item.findings if f.label == MISSED_CUE)
            flagged = sum(1 for u in item.utterances if u.labels)
            ranked.append((item.call_id, item.score.priority, item.score.level, missed, flagged))
            yield item
        if bar is not None and task is not None and current is not None:
            bar.advance(task)

    with _output(out) as stream, _progress_bar(err, show_progress) as bar:
        task = bar.add_task("scoring", total=len(files)) if bar is not None else None
        calls = scored_calls(bar, task)
        if output_format == "text":
            # A terminal gets its own width and colours; a file or a pipe gets plain 120 columns.
            to_terminal = out is None and stream.isatty()
            console = Console(
                file=stream, width=None if to_terminal else 120, force_terminal=to_terminal or None
            )
            for call in calls:
                console.print(call_report(call))
            if len(ranked) > 1:
                console.print(summary_table(ranked))
        else:
            for _ in write_calls(calls, stream, output_format):
                pass

    scored = len(ranked)
    if failures:
        err.print(
            f"[bold]{scored} call(s) scored, {len(failures)} input(s) failed[/bold] (see the errors above)",
            highlight=False,
        )
        sys.exit(EXIT_SOME_FAILED)
    if out is not None:
        err.print(f"{scored} call(s) scored → {escape(str(out))}", highlight=False, soft_wrap=True)


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
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write here instead of stdout.",
)
@detector_options
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
    err = Console(stderr=True)
    try:
        calls = [call for file in files for call in load_calls(file)]
    except InputError as exc:
        _report_error(err, exc)
        sys.exit(EXIT_SOME_FAILED)
    if not any(u.gold is not None for c in calls for u in c.utterances):
        raise click.BadParameter(
            'no utterance carries "gold" labels: nothing to measure', param_hint="PATHS"
        )
    results = {}
    for engine in engines or ("both",):
        detector = build_detector(**(detector_settings | {"engine": engine}))
        results[engine] = evaluate(detector.score_call(call) for call in calls)
    with _output(out) as stream:
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
@click.option("--progress/--no-progress", default=None, help="Show a progress bar.")
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
    progress: bool | None,
) -> None:
    """Transcribe call recordings to taxonomy JSON transcripts (one file per recording in OUT)."""
    files = _input_files(paths, "recordings, folders or globs")
    not_audio = [f for f in files if not is_audio(f)]
    if not_audio:
        raise click.BadParameter(
            f"not a recording: {not_audio[0]} (expected {', '.join(AUDIO_EXTENSIONS)})",
            param_hint="PATHS",
        )
    transcriber = build_transcriber(
        asr_model, compute_type, device, threads, asr_max_tokens, beam_size
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    err = Console(stderr=True)
    failures = 0
    show = progress if progress is not None else (err.is_terminal and len(files) > 1)
    with _progress_bar(err, show) as bar:
        task = bar.add_task("transcribing", total=len(files)) if bar is not None else None
        for _file, item in transcribe_files(files, transcriber, channels, workers):
            if bar is not None and task is not None:
                bar.advance(task)
            if isinstance(item, InputError):
                failures += 1
                _report_error(err, item)
                continue
            transcript = call_to_dict(item)
            for utterance in transcript["utterances"]:
                del utterance["labels"]
            del transcript["score"], transcript["findings"]
            (out_dir / f"{item.call_id}.json").write_text(
                json.dumps(transcript, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
    err.print(
        f"{len(files) - failures} transcript(s) → {escape(str(out_dir))}",
        highlight=False,
        soft_wrap=True,
    )
    if failures:
        sys.exit(EXIT_SOME_FAILED)


@main.command("check-patterns")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def check_patterns(paths: tuple[Path, ...]) -> None:
    """Check pattern files (your own scripts and phrases) and count their patterns per label."""
    try:
        matcher = RuleMatcher.load(extra=paths, builtin=False)
    except PatternError as exc:
        raise click.BadParameter(str(exc), param_hint="PATHS") from exc
    counts: dict[str, int] = {}
    for pattern in matcher.patterns:
        counts[pattern.label] = counts.get(pattern.label, 0) + 1
    for label, count in sorted(counts.items()):
        click.echo(f"{label:18} {count}")
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


def _report_error(console: Console, error: InputError) -> None:
    console.print(f"[red]error[/red] {escape(str(error))}", highlight=False, soft_wrap=True)


@contextlib.contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        yield handle


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
