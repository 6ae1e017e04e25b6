"""Listing a job's inputs and reading a remote one through a local copy.

Local paths (files, folders, globs) are listed exactly as the local path lists them
(`batch.expand_inputs`): the same files, in the same order, with the same sidecars and scored
outputs left out. A URL that fsspec can open (s3://, gs://, abfs://, https://, file://, ...) is
listed through fsspec: a file, a folder (searched recursively for known extensions) or a glob.
The local readers read files, so a remote input is fetched to a local copy of the same name
(with its metadata sidecar, for a recording) where it is scored; what is written names the URL.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from mot_detect.audio.metadata import DOCUMENT_EXTENSION, MAX_SIDECAR_BYTES
from mot_detect.audio.recording import AUDIO_EXTENSIONS
from mot_detect.batch import InputNotFound, expand_inputs
from mot_detect.errors import CallError, InputError, InternalError
from mot_detect.io import bounded_json
from mot_detect.types import Call

logger = logging.getLogger("mot_detect")


def is_url(path: str) -> bool:
    """Whether `path` names a file through fsspec (scheme://...) rather than a local path."""
    scheme, sep, _rest = path.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum()


def transcript_name(source: str) -> str:
    """The transcript's file name for a recording, local or URL: call.wav -> call.json."""
    stem = PurePosixPath(source).stem if is_url(source) else Path(source).stem
    return f"{stem}.json"


def list_inputs(paths: Iterable[str], extensions: Iterable[str]) -> list[str]:
    """Every input file named by `paths`, in order: local ones as `expand_inputs` lists them,
    URLs through fsspec. Raises InputNotFound for a path or URL that matches nothing, and
    ValueError for stdin, which a distributed job cannot read."""
    suffixes = tuple(e.lower() for e in extensions)
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            raise ValueError("stdin (-) cannot be read by a Ray job: expected files or URLs")
        found.extend(_list_url(raw, suffixes) if is_url(raw) else expand_inputs([raw], suffixes))
    return found


def _filesystem(url: str) -> tuple[Any, str]:
    import fsspec

    return fsspec.core.url_to_fs(url)


def _list_url(url: str, suffixes: tuple[str, ...]) -> list[str]:
    fs, path = _filesystem(url)
    if any(ch in path for ch in "*?["):
        matches = sorted(p for p in fs.glob(path) if fs.isfile(p))
    elif fs.isdir(path):
        matches = sorted(fs.find(path))
    elif fs.isfile(path):
        return [url]
    else:
        raise InputNotFound(f"'{url}' does not exist")
    files = [p for p in matches if PurePosixPath(p).suffix.lower() in suffixes]
    audio_stems = {
        str(PurePosixPath(p).with_suffix(""))
        for p in files
        if PurePosixPath(p).suffix.lower() in AUDIO_EXTENSIONS
    }
    kept = [p for p in files if not _is_remote_sidecar(fs, p, audio_stems)]
    if not kept:
        raise InputNotFound(f"'{url}' matches no input files ({', '.join(sorted(suffixes))})")
    return [fs.unstrip_protocol(p) for p in kept]


def _is_remote_sidecar(fs: Any, path: str, audio_stems: set[str]) -> bool:
    """A .json beside a recording of the same stem that is not a transcript (as is_sidecar)."""
    pure = PurePosixPath(path)
    if pure.suffix.lower() != DOCUMENT_EXTENSION or str(pure.with_suffix("")) not in audio_stems:
        return False
    try:
        if fs.size(path) > MAX_SIDECAR_BYTES:
            return False
        data = bounded_json.loads(fs.cat_file(path).decode("utf-8-sig"))
    except (OSError, ValueError):
        return True
    return not (isinstance(data, list) or (isinstance(data, dict) and "utterances" in data))


@contextlib.contextmanager
def local_copies(sources: Iterable[str]) -> Iterator[dict[str, str]]:
    """{source: a local path to read it at}: a local path is itself; a URL is fetched into a
    temporary folder (one per source, keeping its file name, and, for a recording, its sidecar
    beside it), removed on exit. A URL that cannot be fetched maps to its own name, so that
    reading its missing copy fails as a missing file does, for that input only."""
    with tempfile.TemporaryDirectory(prefix="mot-ray-") as folder:
        copies: dict[str, str] = {}
        for index, source in enumerate(sources):
            copies[source] = source
            if not is_url(source):
                continue
            target = Path(folder) / str(index) / PurePosixPath(_filesystem(source)[1]).name
            try:
                _fetch(source, target)
            except Exception as exc:  # one input that cannot be fetched costs only that input
                logger.info("cannot fetch %s: %s", source, exc)
            copies[source] = str(target)
        yield copies


def _fetch(url: str, target: Path) -> None:
    fs, path = _filesystem(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    fs.get_file(path, str(target))
    if target.suffix.lower() in AUDIO_EXTENSIONS:
        sidecar = str(PurePosixPath(path).with_suffix(DOCUMENT_EXTENSION))
        if fs.isfile(sidecar):
            fs.get_file(sidecar, str(target.with_suffix(DOCUMENT_EXTENSION)))


def relabelled(item: Call | CallError, local: str, source: str) -> Call | CallError:
    """`item`, read from the local copy `local` of `source`, naming `source` wherever it named
    the copy: an error's path, the call's source, a recording's metadata.audio.file."""
    if local == source:
        return item
    if isinstance(item, InternalError):
        path = source if item.path == local else item.path
        return InternalError(
            item.reason.replace(local, source),
            path=path,
            line=item.line,
            call_id=item.call_id,
            details=item.details,
        )
    if isinstance(item, CallError):
        path = source if item.path == local else item.path
        return type(item)(
            item.reason.replace(local, source), path=path, line=item.line, field=item.field
        )
    metadata = item.metadata
    audio = metadata.get("audio") if isinstance(metadata, dict) else None
    if isinstance(audio, dict) and audio.get("file") == local:
        metadata = {**metadata, "audio": {**audio, "file": source}}
    return replace(item, source=source if item.source == local else item.source, metadata=metadata)


__all__ = ["InputError", "InputNotFound", "is_url", "list_inputs", "local_copies", "relabelled"]
