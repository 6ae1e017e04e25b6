"""Where the CLI writes: checked before any work, written so a reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import click


def check_output_path(out: Path, inputs: Sequence[str], explicit: Sequence[str]) -> list[str]:
    """Refuse an --out that cannot be written or that would overwrite an input the user named;
    return `inputs` without `out` (found in an input folder: our own output is never read back).
    Raises click.BadParameter (exit 2) before any work is done."""
    if out.is_dir():
        raise click.BadParameter(f"'{out}' is a folder: expected a file path", param_hint="--out")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise click.BadParameter(
            f"folder '{folder}' does not exist: expected a path in an existing folder",
            param_hint="--out",
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write in folder '{folder}'", param_hint="--out")
    if not out.exists():
        return list(inputs)
    for given in explicit:
        if given != "-" and Path(given).is_file() and os.path.samefile(given, out):
            raise click.BadParameter(
                f"'{out}' is also an input: writing it would destroy it; choose another --out",
                param_hint="--out",
            )
    return [f for f in inputs if f == "-" or not os.path.samefile(f, out)]


@contextlib.contextmanager
def atomic_output(out: Path | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside `out` renamed over it once the `with` block ends
    without an error: `out` is either left as it was or holds a complete document."""
    if out is None:
        yield sys.stdout
        return
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(path: Path, text: str) -> None:
    """Write `path` whole or not at all."""
    with atomic_output(path) as handle:
        handle.write(text)
