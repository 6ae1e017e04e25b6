"""Scoring many transcript files: expanding paths, reading lazily, isolating failures.

The call is the unit of failure. An unreadable call comes out of `score_inputs` as an
`InputError` in its place; an unexpected failure while reading, transcribing or scoring one call
comes out as an `InternalError` naming the call; either way the caller reports it and the other
calls go on.
"""

from __future__ import annotations

import glob
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from mot_detect.audio.asr import AsrError, Transcriber
from mot_detect.audio.decode import AudioError
from mot_detect.audio.metadata import (
    ExplicitMetadata,
    RecordingMetadata,
    find_metadata,
    is_sidecar,
)
from mot_detect.audio.recording import AUDIO_EXTENSIONS, DEFAULT_CHANNELS, transcribe_recording
from mot_detect.errors import CallError, InputError, InternalError
from mot_detect.io.readers import FORMATS, iter_calls
from mot_detect.pipeline import Detector
from mot_detect.types import Call

logger = logging.getLogger("mot_detect")


class InputNotFound(ValueError):
    """A path on the command line that is neither a file, a folder, nor a glob matching files."""


def expand_inputs(paths: Iterable[str], extensions: Iterable[str] = FORMATS) -> list[str]:
    """Files, folders (searched recursively for known extensions), globs and "-" (stdin)."""
    suffixes = {e.lower() for e in extensions}
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
            )
            ours = [p for p in files if is_our_output(p)]
            for p in ours:
                logger.warning(
                    "skipping %s: it is mot-detect's own scored output, not a transcript "
                    "(name it on its own to read it anyway)",
                    p,
                )
            files = [p for p in files if p not in ours and not _skip_sidecar(p)]
            if not files:
                logger.warning("no transcripts (%s) in folder %s", ", ".join(sorted(suffixes)), raw)
            found.extend(str(p) for p in files)
        elif path.exists():
            found.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(
                m
                for m in glob.glob(raw, recursive=True)
                if Path(m).is_file()
                and Path(m).suffix.lower() in suffixes
                and not _skip_sidecar(Path(m))
            )
            if not matches:
                raise InputNotFound(
                    f"'{raw}' matches no transcript files ({', '.join(sorted(suffixes))})"
                )
            found.extend(matches)
        else:
            raise InputNotFound(f"'{raw}' does not exist")
    return found


def _skip_sidecar(path: Path) -> bool:
    """A recording's metadata sidecar is read with the recording, never as a transcript."""
    if is_sidecar(path):
        logger.debug("skipping %s: it is the metadata of the recording beside it", path)
        return True
    return False


# How a scored call written by mot-detect starts: "score" with "stakes" right after metadata
# (JSON, JSON Lines), or the rounded corner of the text report's first panel.
_SCORED_JSON = re.compile(rb'"score":\s*\{\s*"stakes":')
_PEEK_BYTES = 64 * 1024


def is_our_output(path: Path) -> bool:
    """Whether `path` is a file mot-detect wrote (a scored output), not a transcript."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_PEEK_BYTES)
    except OSError:
        return False
    if path.suffix.lower() == ".txt":
        return head.lstrip().startswith("╭".encode())
    return bool(_SCORED_JSON.search(head))


def is_audio(file: str) -> bool:
    return Path(file).suffix.lower() in AUDIO_EXTENSIONS


def transcribe_files(
    files: Sequence[str],
    transcriber: Transcriber,
    channels: Sequence[str] = DEFAULT_CHANNELS,
    workers: int = 1,
    metadata: ExplicitMetadata = None,
) -> Iterator[tuple[str, Call | CallError]]:
    """Transcribe recordings, `workers` at a time with one shared model, in input order.

    Each recording gets its metadata (audio/metadata.py): from `metadata` (what --metadata
    named: one document or an index), else its sidecar; a bad document costs that recording
    only. At most `workers` recordings are in flight, so memory stays bounded however many
    files."""

    def one(file: str, meta: RecordingMetadata | CallError | None) -> Call | CallError:
        if isinstance(meta, CallError):
            return meta
        try:
            return transcribe_recording(file, transcriber, channels, metadata=meta)
        except (AudioError, AsrError) as exc:
            return InputError(str(exc).removeprefix(f"{file}: "), path=file)
        except Exception as exc:  # one recording's failure must not cost the rest of the batch
            logger.debug("transcribing %s failed", file, exc_info=True)
            return InternalError.from_exception(exc, path=file)

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        pending: deque[tuple[str, Future[Call | InputError]]] = deque()
        for file in files:
            # Looked up here, in order: an index remembers which recording took a bare name.
            pending.append((file, pool.submit(one, file, _metadata_for(file, metadata))))
            if len(pending) >= max(1, workers):
                done_file, future = pending.popleft()
                yield done_file, future.result()
        while pending:
            done_file, future = pending.popleft()
            yield done_file, future.result()


def _metadata_for(file: str, explicit: ExplicitMetadata) -> RecordingMetadata | CallError | None:
    try:
        return find_metadata(file, explicit)
    except InputError as exc:  # named by the metadata file's path and line: say whose it is
        return InputError(
            f"{exc.reason} (the metadata of {file})", path=exc.path, line=exc.line, field=exc.field
        )
    except Exception as exc:  # one recording's metadata must not cost the rest of the batch
        logger.debug("reading the metadata of %s failed", file, exc_info=True)
        return InternalError.from_exception(exc, path=file)


def score_inputs(
    files: Iterable[str],
    detector: Detector,
    input_format: str | None = None,
    transcriber: Transcriber | None = None,
    channels: Sequence[str] = DEFAULT_CHANNELS,
    workers: int = 1,
    metadata: ExplicitMetadata = None,
) -> Iterator[tuple[str, Call | CallError]]:
    """Yield (file, scored call) or (file, the error in its place), one call at a time.
    Recordings are transcribed first (with `transcriber`, and their `metadata` as for
    `transcribe_files`), transcripts read as they are."""
    files = list(files)
    audio = [f for f in files if is_audio(f)]
    if audio and transcriber is None:
        raise ValueError("audio inputs need a transcriber")
    # Recordings come back in input order from a bounded pool, so they are taken as reached.
    recordings = (
        transcribe_files(audio, transcriber, channels, workers, metadata) if audio else iter(())
    )
    for file in files:
        items: Iterable[Call | CallError] = (
            [next(recordings)[1]] if is_audio(file) else iter_calls(file, format=input_format)
        )
        for item in items:
            if isinstance(item, CallError):
                logger.debug("skipping unreadable input: %s", item)
                yield file, item
                continue
            try:
                scored = detector.score_call(item)
            except InputError as exc:  # the call failed a check at the scorer's door
                yield file, exc
                continue
            except Exception as exc:  # one call's failure must not cost the rest of the batch
                logger.debug("scoring call %s failed", item.call_id, exc_info=True)
                yield (
                    file,
                    InternalError.from_exception(
                        exc, path=item.source or file, call_id=item.call_id
                    ),
                )
                continue
            yield file, scored
