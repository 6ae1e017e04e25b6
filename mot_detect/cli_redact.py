"""The `--redact` option (score, transcribe, serve, review) and the stage it adds to a batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from mot_detect.redact.policy import DEFAULT_POLICY, KINDS, PolicyError, RedactionPolicy
from mot_detect.redact.redactor import redact_call
from mot_detect.types import Call


def _policy(_ctx: click.Context, param: click.Parameter, value: str) -> RedactionPolicy:
    try:
        return RedactionPolicy.parse(value)
    except PolicyError as exc:
        raise click.BadParameter(str(exc), param=param) from exc


REDACT_OPTION = click.option(
    "--redact",
    "redaction",
    metavar="POLICY",
    default=DEFAULT_POLICY,
    show_default=True,
    envvar="MOT_DETECT_REDACT",
    callback=_policy,
    help="What personal data is replaced by typed placeholders before anything is written: "
    "pci (card number, security code, expiry), pii ("
    + ", ".join(k.lower() for k in KINDS[3:])
    + "), single types, '-type' to leave one out, or 'none', which is recorded in the output.",
)


REDACT_AUDIO_OPTION = click.option(
    "--redact-audio",
    type=click.Choice(("silence", "tone")),
    default=None,
    help="Also write a copy of each recording with the redacted stretches silenced or covered "
    "by a tone (from the word timestamps). `score --store` always keeps only such a copy.",
)


def redacted_recording(call: Call, source: Path, target: Path, mode: str) -> Path:
    """The redacted copy of `call`'s recording `source` at `target` (see redact/audio.py)."""
    from mot_detect.redact.audio import redact_recording

    seconds = [(a, b) for a, b in (call.redaction or {}).get("seconds", [])]
    return redact_recording(source, seconds, target, mode)


def redacted(
    items: Iterator[tuple[str, Any]], policy: RedactionPolicy
) -> Iterator[tuple[str, Any]]:
    """`items` (file, scored call or error) with each call redacted by `policy`."""
    for file, item in items:
        yield file, redact_call(item, policy) if isinstance(item, Call) else item
