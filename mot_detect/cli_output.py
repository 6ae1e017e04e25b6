"""Where the CLI writes: checked before any work, written so a reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import click

from mot_detect.report import printable


def check_output_path(out: Path, inputs: Sequence[str], explicit: Sequence[str]) -> list[str]:
    """Refuse an --out that cannot be written or that would overwrite an input the user named;
    return `inputs` without `out` (found in an input folder: our own output is never read back).
    Raises click.BadParameter (exit 2) before any work is done."""
    shown = printable(str(out))
    if out.is_dir():
        raise click.BadParameter(f"'{shown}' is a folder: expected a file path", param_hint="--out")
    target = out.resolve() if out.is_symlink() else out
    if not is_regular_target(target):  # /dev/null, a pipe, a terminal: written in place
        if not os.access(target, os.W_OK):
            raise click.BadParameter(f"cannot write to '{shown}'", param_hint="--out")
        return list(inputs)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise click.BadParameter(
            f"folder '{printable(str(folder))}' does not exist: expected a path in an existing "
            "folder",
            param_hint="--out",
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.BadParameter(
            f"cannot write in folder '{printable(str(folder))}'", param_hint="--out"
        )
    if not target.exists():
        return list(inputs)
    for given in explicit:
        if given != "-" and Path(given).is_file() and os.path.samefile(given, target):
            raise click.BadParameter(
                f"'{shown}' is also an input: writing it would destroy it; choose another --out",
                param_hint="--out",
            )
    return [f for f in inputs if f == "-" or not os.path.samefile(f, target)]


def is_regular_target(path: Path) -> bool:
    """True for a regular file or a path not there yet: what can be replaced by a rename."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True


@contextlib.contextmanager
def atomic_output(out: Path | None, machine_readable: bool = True) -> Iterator[TextIO]:
    """stdout, or a temporary file beside `out` renamed over it once the `with` block ends
    without an error: `out` is either left as it was or holds a complete document. A symlinked
    `out` has its target written; a device or pipe (/dev/null) is written in place.

    JSON and CSV on stdout are UTF-8 whatever the locale; a readable report replaces what the
    terminal's encoding cannot show, so no character can stop the run."""
    if out is None:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.flush()
            if machine_readable:
                sys.stdout.reconfigure(encoding="utf-8")
            else:
                sys.stdout.reconfigure(errors="replace")
        yield sys.stdout
        return
    target = out.resolve() if out.is_symlink() else out
    if not is_regular_target(target):
        with target.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    # A short name of our own: the output's name plus a suffix could pass the 255-byte limit.
    descriptor, name = tempfile.mkstemp(prefix=".mot-detect-", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            yield handle
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomically(path: Path, text: str) -> None:
    """Write `path` whole or not at all."""
    with atomic_output(path) as handle:
        handle.write(text)
