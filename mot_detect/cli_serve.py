"""`mot-detect serve`: the live hook's command (the server itself is mot_detect/stream/)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click

from mot_detect.cli_options import (
    ENGINE_OPTION,
    asr_model_options,
    build_detector,
    build_transcriber,
    detector_options,
)
from mot_detect.cli_store import open_store_or_exit, store_option

logger = logging.getLogger("mot_detect")


@click.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A TOML file with keys, secrets, webhooks and limits (docs/streaming.md); "
    "MOT_DETECT_* environment variables override it, these options override both.",
)
@click.option("--host", default=None, help="Address to listen on.  [default: 127.0.0.1]")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="[default: 8080]")
@click.option(
    "--max-calls",
    type=click.IntRange(min=1),
    default=None,
    help="Calls scored at once; further calls are refused in their protocol's own way.  [default: 20]",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder each finished call is written to as scored JSON.",
)
@click.option("--partials/--no-partials", default=None, help="Also publish interim transcripts.")
@asr_model_options
@click.option(
    "--asr-threads",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="CPU threads for speech recognition (0: CTranslate2 decides).",
)
@click.option(
    "--asr-workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Utterances decoded at once on the one shared model.",
)
@store_option()
@click.option(
    "--redact",
    metavar="POLICY",
    default=None,
    help="What personal data is replaced before events, webhooks, transcripts and the store see "
    "it (as for `score --redact`; 'none' is recorded in every call).  [default: pci,pii]",
)
@ENGINE_OPTION
@detector_options
def serve(
    config_path: Path | None,
    host: str | None,
    port: int | None,
    max_calls: int | None,
    out_dir: Path | None,
    partials: bool | None,
    asr_model: str,
    compute_type: str,
    beam_size: int,
    asr_threads: int,
    asr_workers: int,
    store_url: str | None,
    redact: str | None,
    **detector_settings: Any,
) -> None:
    """Score live calls streamed by the telephony platform and publish alerts as they happen.

    Speaks Genesys AudioHook (/audiohook), Twilio Media Streams (/twilio) and a plain protocol
    compatible with FreeSWITCH mod_audio_stream (/stream); alerts go out on /events/{call_id},
    /events (every call of a tenant) and webhooks. A finished call equals batch scoring of its
    recording with the same --asr-model and --beam-size; with --store it is also saved in the
    call store, where the review tool finds it."""
    import uvicorn

    from mot_detect.stream.config import ConfigError, load_config
    from mot_detect.stream.server import create_app
    from mot_detect.stream.state import build_state

    try:
        config = load_config(
            config_path,
            host=host,
            port=port,
            max_calls=max_calls,
            out_dir=out_dir,
            partials=partials,
            redact=redact,
        )
    except ConfigError as exc:
        hint = "--redact" if "'redact'" in str(exc) and redact is not None else "--config"
        raise click.BadParameter(str(exc), param_hint=hint) from exc
    store = open_store_or_exit(store_url) if store_url else None
    detector = build_detector(**detector_settings)
    transcriber = build_transcriber(
        asr_model,
        compute_type,
        detector_settings["device"],
        asr_threads,
        None,
        beam_size,
        asr_workers,
    )
    app = create_app(build_state(config, detector, transcriber, store))
    uvicorn.run(
        app,
        host=config.host,
        port=config.port,
        ws_max_size=config.max_frame_bytes,
        timeout_graceful_shutdown=int(config.shutdown_grace_seconds),
        log_level="info",
    )
