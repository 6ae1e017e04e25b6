"""Call metadata for recordings: what the telephony platform knows about a call.

A transcript carries its `call_id`, `started_at` and `metadata` (the IVR's data among them); a
recording carries only sound, so the same facts come beside it, as a metadata document: a JSON
object with the top-level fields of a taxonomy transcript except `utterances`, plus the channel
map and two conveniences:

    {"call_id": "c-1042", "started_at": "2026-03-04T16:05:00-05:00",
     "metadata": {"ivr": {"account_number": "44017293"}},
     "channels": ["agent", "customer"], "agent": "a-117", "queue": "billing"}

- `call_id` (string), `started_at` (ISO 8601 date-time; deadlines resolve against it),
  `metadata` (an object; `metadata.ivr` holds what the caller keyed in, for reverification;
  `metadata.agent_joined_at`, seconds into the recording, says when the agent joined, so what
  plays on the agent's channel before it is the IVR: audio/ivr.py);
- `channels`: who speaks on each channel, `agent`, `customer` or `unknown` (a list, or a string
  as `--channels` takes it: "agent,customer"); it wins over `--channels`;
- `agent`, `queue` (strings): land in `metadata.agent` and `metadata.queue`.

Every field is optional; any other top-level field is an error naming it, so a typo such as
`started` never silently loses the start time. `metadata.audio` is refused: mot-detect writes
the recording's own details there.

Where the document comes from, most specific first:
1. `--metadata FILE`: one document (`.json`, for exactly one recording), or an index for many:
   a `.csv` with a header row (columns `file`, `call_id`, `started_at`, `channels`
   ("agent,customer"), `agent`, `queue`, and `ivr.<key>` for `metadata.ivr`; an empty cell is
   absent) or a `.jsonl` of documents, each with a `file` field. `file` is a path relative to
   the index (or absolute), or just the recording's file name, matched wherever it is. A
   recording the index does not name gets no metadata from it.
2. The sidecar: `call.json` beside `call.wav` (same folder, same stem). A same-stem JSON that is
   a transcript (it has `utterances`, or is an array of calls) is not a sidecar.

A bad document costs only its recording (an `InputError` naming the file, line or row, and
field); an index that cannot be read at all, or whose rows cannot be told apart, is refused whole
(`MetadataIndexError`) before any recording is transcribed.
"""

from __future__ import annotations

import csv
import difflib
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mot_detect.audio.recording import AUDIO_EXTENSIONS, parse_channel_map
from mot_detect.call_checks import (
    CallValueError,
    check_call_id,
    check_metadata,
    check_started_at,
)
from mot_detect.errors import InputError
from mot_detect.io import bounded_json
from mot_detect.io.readers import json_type, parse_json
from mot_detect.limits import MAX_DOCUMENT_BYTES, quote
from mot_detect.types import Call

logger = logging.getLogger("mot_detect")

DOCUMENT_FIELDS = ("call_id", "started_at", "metadata", "channels", "agent", "queue")
INDEX_EXTENSIONS = (".csv", ".jsonl")
DOCUMENT_EXTENSION = ".json"
IVR_COLUMN_PREFIX = "ivr."
# A sidecar is a few fields; a same-stem JSON larger than this is a transcript, and is not read
# whole just to find out.
MAX_SIDECAR_BYTES = 1024 * 1024
# Python's csv refuses a field over 128 KiB by default; a metadata cell never needs more.
_CSV_FIELD_LIMIT = 1024 * 1024


class MetadataIndexError(ValueError):
    """An index given with --metadata that cannot be used at all (a usage error, not one
    recording's): unreadable, an unknown column, a row that names no recording, a recording
    named twice."""


@dataclass(frozen=True)
class RecordingMetadata:
    """What a metadata document says about one recording; None and {} where it says nothing."""

    call_id: str | None = None
    started_at: datetime | None = None
    channels: tuple[str, ...] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str | None = None  # where it was read: "index.csv:4", "call.json"


def read_metadata_document(
    data: Any, *, path: str, line: int | None = None, extra: tuple[str, ...] = ()
) -> RecordingMetadata:
    """A parsed metadata document, checked; `path` and `line` name where it was read, for
    messages. `extra` names top-level fields the caller handles itself (an index's `file`)."""

    def error(message: str, field_name: str | None = None) -> InputError:
        return InputError(message, path=path, line=line, field=field_name)

    if not isinstance(data, dict):
        raise error(f"expected a JSON object of call metadata, got {json_type(data)}")
    allowed = (*DOCUMENT_FIELDS, *extra)
    for key in data:
        if key not in allowed:
            raise error(_unknown_field(key, allowed), str(key))
    out_of_range = bounded_json.find_out_of_range(data)
    if out_of_range is not None:
        raise error(f"expected a finite number, got {out_of_range[1]}", out_of_range[0])
    try:
        return _checked(data, path, line)
    except CallValueError as exc:  # the API's checks name "<call>": name the document instead
        raise error(exc.reason, exc.field) from None


def _checked(data: dict[str, Any], path: str, line: int | None) -> RecordingMetadata:
    where = path if line is None else f"{path}:{line}"
    call_id = data.get("call_id")
    if isinstance(call_id, int) and not isinstance(call_id, bool):
        call_id = str(call_id)  # as the transcript readers take a numeric id
    if call_id is not None:
        call_id = check_call_id(call_id).strip()
    started_at = check_started_at(data.get("started_at"), where)
    metadata = check_metadata(data.get("metadata"), where)
    if "audio" in metadata:
        raise CallValueError(
            "reserved: mot-detect writes the recording's own details there",
            path=where,
            field="metadata.audio",
        )
    if metadata.get("ivr") is not None and not isinstance(metadata["ivr"], dict):
        raise CallValueError(
            f"expected an object of what the caller keyed in (such as "
            f'{{"account_number": "44017293"}}), got {json_type(metadata["ivr"])}',
            path=where,
            field="metadata.ivr",
        )
    joined = metadata.get("agent_joined_at")
    if joined is not None and (
        isinstance(joined, bool) or not isinstance(joined, int | float) or joined < 0
    ):
        raise CallValueError(
            f"expected the seconds into the recording when the agent joined (a number >= 0), "
            f"got {quote(joined)}",
            path=where,
            field="metadata.agent_joined_at",
        )
    for key in ("agent", "queue"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise CallValueError(
                f"expected a non-empty string, got {quote(value)}", path=where, field=key
            )
        if metadata.get(key) is not None and str(metadata[key]).strip() != value.strip():
            raise CallValueError(
                f"{quote(value)} differs from metadata.{key} {quote(metadata[key])}: "
                "expected one value",
                path=where,
                field=key,
            )
        metadata[key] = value.strip()
    return RecordingMetadata(
        call_id=call_id,
        started_at=started_at,
        channels=_channels(data.get("channels"), where),
        metadata=metadata,
        source=where,
    )


def _channels(value: Any, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    expected = 'speakers per channel: a list such as ["agent", "customer"] or \'agent,customer\''
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        value = ",".join(value)
    if not isinstance(value, str):
        raise CallValueError(
            f"expected {expected}, got {quote(value)}", path=where, field="channels"
        )
    try:
        return parse_channel_map(value)
    except ValueError as exc:
        raise CallValueError(str(exc), path=where, field="channels") from None


def _unknown_field(key: object, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown field{hint}: expected {', '.join(allowed)}"


def _read_json_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"file of {size:,} bytes: expected a metadata document of at most "
            f"{MAX_DOCUMENT_BYTES:,}",
            path=str(path),
        )
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from None


def read_metadata_file(path: str | Path) -> RecordingMetadata:
    """One metadata document from a JSON file (a sidecar, or `--metadata call.json`)."""
    path = Path(path)
    return read_metadata_document(parse_json(_read_json_text(path), str(path)), path=str(path))


# --- the index: many recordings' documents in one CSV or JSON Lines file -----------------------


class MetadataIndex:
    """The documents of a CSV or JSON Lines index, found by recording path.

    An entry whose `file` is a bare name matches a recording of that name in any folder; one with
    a folder in it matches that path (relative to the index) only. A bad row is kept as its
    `InputError`, which `lookup` raises for that recording alone."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._by_path: dict[Path, RecordingMetadata | InputError] = {}
        self._by_name: dict[str, RecordingMetadata | InputError] = {}
        self._where: dict[tuple[bool, Path | str], int] = {}
        # A bare-name entry matched by one recording: a second one of that name is ambiguous.
        self._name_claimed: dict[str, Path] = {}

    @classmethod
    def load(cls, path: str | Path) -> MetadataIndex:
        index = cls(path)
        suffix = index.path.suffix.lower()
        if suffix not in INDEX_EXTENSIONS:
            raise MetadataIndexError(
                f"{index.path}: expected a .csv or .jsonl index (or a .json document)"
            )
        try:
            rows = index._csv_rows() if suffix == ".csv" else index._jsonl_rows()
            for line, file, entry in rows:
                index._add(line, file, entry)
        except OSError as exc:
            raise MetadataIndexError(
                f"{index.path}: cannot read file: {exc.strerror or exc}"
            ) from None
        except UnicodeDecodeError as exc:
            raise MetadataIndexError(
                f"{index.path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
            ) from None
        except csv.Error as exc:
            raise MetadataIndexError(f"{index.path}: not a readable CSV file ({exc})") from None
        if not index._where:
            raise MetadataIndexError(f"{index.path}: no entries: expected one row per recording")
        logger.debug("%s: metadata for %d recording(s)", index.path, len(index._where))
        return index

    def __len__(self) -> int:
        return len(self._where)

    def _add(self, line: int, file: str, entry: RecordingMetadata | InputError) -> None:
        bare = os.sep not in file and "/" not in file
        try:
            key: tuple[bool, Path | str] = (
                (True, file) if bare else (False, _resolved(self.path.parent / file))
            )
        except (RuntimeError, ValueError, OSError) as exc:  # "~nosuchuser/", a NUL byte
            raise MetadataIndexError(
                f"{self.path}:{line}: field 'file': {quote(file)} is not a usable path ({exc})"
            ) from None
        if key in self._where:
            raise MetadataIndexError(
                f"{self.path}:{line}: field 'file': {quote(file)} is already named on line "
                f"{self._where[key]}: expected one entry per recording"
            )
        self._where[key] = line
        if bare:
            self._by_name[file] = entry
        else:
            assert isinstance(key[1], Path)
            self._by_path[key[1]] = entry

    def ambiguous_names(self, recordings: list[str]) -> list[str]:
        """The bare file names of this index that more than one of `recordings` answers to
        (and no path entry tells apart): their metadata would go to whichever came first."""
        seen: dict[str, set[Path]] = {}
        for recording in recordings:
            name = Path(recording).name
            if name in self._by_name and _resolved(Path(recording)) not in self._by_path:
                seen.setdefault(name, set()).add(_resolved(Path(recording)))
        return sorted(name for name, paths in seen.items() if len(paths) > 1)

    def lookup(self, recording: str | Path) -> RecordingMetadata | None:
        """The entry for `recording`, None if the index does not name it; raises the
        `InputError` of a bad entry."""
        resolved = _resolved(Path(recording))
        entry = self._by_path.get(resolved)
        if entry is None:
            name = Path(recording).name
            entry = self._by_name.get(name)
            if entry is not None:
                claimed = self._name_claimed.setdefault(name, resolved)
                if claimed != resolved:
                    raise InputError(
                        f"the entry for {quote(name)} (line {self._where[(True, name)]}) "
                        f"matches both {claimed} and {recording}: expected a path that names "
                        "one recording",
                        path=str(self.path),
                        field="file",
                    )
        if isinstance(entry, InputError):
            raise entry
        return entry

    def _csv_rows(self) -> Iterator[tuple[int, str, RecordingMetadata | InputError]]:
        name = str(self.path)
        csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise MetadataIndexError(f"{name}: empty: expected a header row with 'file'")
            columns = [column.strip() for column in header]
            _check_columns(columns, name)
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) > len(columns):
                    raise MetadataIndexError(
                        f"{name}:{line}: {len(row)} cells: expected at most {len(columns)}, one "
                        "per column of the header"
                    )
                cells = {c: v.strip() for c, v in zip(columns, row, strict=False) if v.strip()}
                file = cells.pop("file", None)
                if file is None:
                    raise MetadataIndexError(
                        f"{name}:{line}: field 'file': empty: expected the recording's path or name"
                    )
                yield line, file, _entry(_csv_document(cells), name, line, ())

    def _jsonl_rows(self) -> Iterator[tuple[int, str, RecordingMetadata | InputError]]:
        name = str(self.path)
        with self.path.open(encoding="utf-8-sig") as handle:
            for line, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    data = parse_json(text, name, line)
                except InputError as exc:
                    raise MetadataIndexError(str(exc)) from None
                file = data.get("file") if isinstance(data, dict) else None
                if not isinstance(file, str) or not file.strip():
                    raise MetadataIndexError(
                        f"{name}:{line}: field 'file': expected the recording's path or name, "
                        f"got {quote(file)}"
                    )
                yield line, file.strip(), _entry(data, name, line, ("file",))


def _check_columns(columns: list[str], name: str) -> None:
    known = ("file", *(f for f in DOCUMENT_FIELDS if f != "metadata"))  # ivr.<key> instead
    if "file" not in columns:
        raise MetadataIndexError(f"{name}:1: no 'file' column: expected a header naming {known}")
    for column in columns:
        if column.startswith(IVR_COLUMN_PREFIX) and len(column) > len(IVR_COLUMN_PREFIX):
            continue
        if column not in known:
            hint = _unknown_field(column, (*known, "ivr.<key>"))
            raise MetadataIndexError(f"{name}:1: column {quote(column)}: {hint}")
    seen = set()
    for column in columns:
        if column in seen:
            raise MetadataIndexError(f"{name}:1: column {quote(column)} appears twice")
        seen.add(column)


def _csv_document(cells: Mapping[str, str]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    ivr: dict[str, str] = {}
    for column, value in cells.items():
        if column.startswith(IVR_COLUMN_PREFIX):
            ivr[column.removeprefix(IVR_COLUMN_PREFIX)] = value
        else:
            document[column] = value
    if ivr:
        document["metadata"] = {"ivr": ivr}
    return document


def _entry(
    data: Any, path: str, line: int, extra: tuple[str, ...]
) -> RecordingMetadata | InputError:
    try:
        return read_metadata_document(data, path=path, line=line, extra=extra)
    except InputError as exc:
        return exc


def _resolved(path: Path) -> Path:
    return path.expanduser().resolve(strict=False)


# --- the sidecar --------------------------------------------------------------------------------


def sidecar_path(recording: str | Path) -> Path:
    recording = Path(recording)
    return recording.with_name(recording.stem + DOCUMENT_EXTENSION)


def is_sidecar(path: str | Path) -> bool:
    """Whether `path` is a metadata sidecar: a JSON file beside a recording of the same stem
    that is not a transcript (a JSON that cannot be parsed counts, so its error lands on the
    recording rather than on a transcript nobody meant)."""
    path = Path(path)
    if path.suffix.lower() != DOCUMENT_EXTENSION or not path.is_file():
        return False
    if not any(path.with_suffix(ext).is_file() for ext in _audio_suffixes()):
        return False
    return not _is_transcript(path)


def _audio_suffixes() -> tuple[str, ...]:
    return (*AUDIO_EXTENSIONS, *(ext.upper() for ext in AUDIO_EXTENSIONS))


def _is_transcript(path: Path) -> bool:
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            return True
        data = bounded_json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):  # JSONDecodeError, JsonLimitError, UnicodeDecodeError
        return False
    return isinstance(data, list) or (isinstance(data, dict) and "utterances" in data)


def read_sidecar(recording: str | Path) -> RecordingMetadata | None:
    """The sidecar beside `recording`, None when there is none (or the same-stem JSON there is a
    transcript); raises the `InputError` of a bad one."""
    path = sidecar_path(recording)
    if not path.is_file():
        return None
    if _is_transcript(path):
        logger.debug("%s is a transcript, not metadata for %s", path, recording)
        return None
    return read_metadata_file(path)


# --- putting it together ------------------------------------------------------------------------

ExplicitMetadata = MetadataIndex | RecordingMetadata | InputError | None


def load_explicit_metadata(path: str | Path) -> MetadataIndex | RecordingMetadata | InputError:
    """What `--metadata FILE` names: an index, one document, or the error of a bad document (it
    costs its recording only). Raises `MetadataIndexError` for an index that cannot be used or
    a file of another kind."""
    path = Path(path)
    if path.suffix.lower() == DOCUMENT_EXTENSION:
        try:
            return read_metadata_file(path)
        except InputError as exc:
            return exc
    return MetadataIndex.load(path)


def find_metadata(
    recording: str | Path, explicit: ExplicitMetadata = None
) -> RecordingMetadata | None:
    """The metadata for `recording`, most specific first: `explicit` (from --metadata: one
    document, or an index entry), then the sidecar beside it. Raises the `InputError` of a bad
    document."""
    if isinstance(explicit, InputError):
        raise explicit
    if isinstance(explicit, RecordingMetadata):
        found: RecordingMetadata | None = explicit
    elif isinstance(explicit, MetadataIndex):
        found = explicit.lookup(recording)
        if found is None:
            logger.debug("%s: not in the metadata index %s", recording, explicit.path)
    else:
        found = None
    if found is not None:
        if sidecar_path(recording).is_file():
            logger.info("%s: metadata from %s, not from its sidecar", recording, found.source)
        return found
    return read_sidecar(recording)


def apply_metadata(call: Call, meta: RecordingMetadata) -> Call:
    """`call` (as transcribed) with what `meta` says: its call_id and started_at where given,
    its metadata merged in; the recording's own `metadata.audio` block is kept, and names the
    metadata file."""
    metadata = dict(call.metadata)
    audio = metadata.pop("audio", None)
    metadata.update(meta.metadata)
    if isinstance(audio, dict):
        metadata["audio"] = {**audio, "metadata_file": meta.source}
    return replace(
        call,
        call_id=meta.call_id if meta.call_id is not None else call.call_id,
        started_at=meta.started_at if meta.started_at is not None else call.started_at,
        metadata=metadata,
    )
