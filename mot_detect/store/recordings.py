"""Recordings kept with their calls: the bytes in a content-addressed folder (so a page can serve
byte ranges of a long recording at once), the row in the `recordings` table."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mot_detect.store.schema import RecordingRow
from mot_detect.store.users import now

MEDIA_TYPES = {
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".flac": "audio/flac",
    ".m4a": "audio/mp4",
    ".webm": "audio/webm",
}


def media_type(path: Path) -> str:
    suffix = path.suffix.lower()
    return (
        MEDIA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def keep_recording(session: Session, call_pk: int, source: Path, folder: Path) -> RecordingRow:
    """Copies `source` into `folder` (once per content) and points the call at it."""
    sha = _sha256(source)
    relative = Path(sha[:2]) / f"{sha}{source.suffix.lower()}"
    target = folder / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    row = session.scalar(select(RecordingRow).where(RecordingRow.call_pk == call_pk))
    if row is None:
        row = RecordingRow(call_pk=call_pk)
        session.add(row)
    row.path = relative.as_posix()
    row.media_type = media_type(source)
    row.size = target.stat().st_size
    row.sha256 = sha
    row.added_at = now()
    session.flush()
    return row


def recording_file(folder: Path, row: RecordingRow) -> Path:
    """The file behind `row`, refusing any path that would leave `folder`."""
    path = (folder / row.path).resolve()
    if folder.resolve() not in path.parents:
        raise ValueError(f"recording path {row.path!r} leaves the recordings folder")
    return path
