"""Transcript readers: the taxonomy's JSON and JSON Lines, plain text, and WebVTT.

Every reader yields calls lazily, one at a time, so a file of a million calls is never held in
memory. A call that cannot be read is yielded as an `InputError` in its place, naming the file,
line and field, so that one bad call never costs the others.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from mot_detect.errors import InputError
from mot_detect.labels import UTTERANCE_LABELS, normalise_speaker
from mot_detect.types import Call, Utterance

logger = logging.getLogger("mot_detect")

FORMATS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "txt",
    ".vtt": "vtt",
}

ReadResult = Call | InputError


def load_calls(source: str | Path, *, format: str | None = None) -> list[Call]:
    """Read every call of a transcript file, raising the first `InputError` met."""
    calls = []
    for item in iter_calls(source, format=format):
        if isinstance(item, InputError):
            raise item
        calls.append(item)
    return calls


def iter_calls(source: str | Path, *, format: str | None = None) -> Iterator[ReadResult]:
    """Yield each call of a file (or of stdin for "-") or an `InputError` in its place."""
    name = str(source)
    if name == "-":
        yield from iter_text(sys.stdin.read(), name="<stdin>", format=format)
        return
    path = Path(source)
    fmt = format or FORMATS.get(path.suffix.lower())
    if fmt is None:
        expected = ", ".join(sorted(FORMATS))
        yield InputError(
            f"unsupported file type '{path.suffix or '(none)'}': expected one of {expected}",
            path=name,
        )
        return
    try:
        if fmt == "jsonl":
            # Streamed line by line: a JSON Lines file may hold far more calls than fit in memory.
            with path.open(encoding="utf-8-sig") as handle:
                yield from _read_jsonl(handle, name, path.stem)
            return
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=name)
        return
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", path=name)
        return
    yield from iter_text(text, name=name, format=fmt)


def iter_text(text: str, *, name: str, format: str | None = None) -> Iterator[ReadResult]:
    """Yield the calls in `text`, whose format is given or guessed from its content."""
    text = text.removeprefix("\ufeff")
    fmt = format or sniff_format(text)
    stem = Path(name).stem if not name.startswith("<") else "stdin"
    try:
        if fmt == "json":
            yield from _read_json(text, name, stem)
        elif fmt == "jsonl":
            yield from _read_jsonl(text.splitlines(keepends=True), name, stem)
        elif fmt == "txt":
            yield _read_plain_text(text, name, stem)
        elif fmt == "vtt":
            yield _read_webvtt(text, name, stem)
        else:
            yield InputError(f"unknown format '{fmt}': expected json, jsonl, txt or vtt", path=name)
    except InputError as exc:
        yield exc


def sniff_format(text: str) -> str:
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("WEBVTT"):
        return "vtt"
    if stripped.startswith("["):
        # "[01:23] Agent: ..." is plain text with a time, not a JSON array.
        return "txt" if re.match(r"\[\d{1,2}:\d{2}", stripped) else "json"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0].strip()
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "json"
        rest = stripped.split("\n", 1)[1].strip() if "\n" in stripped else ""
        return "jsonl" if rest else "json"
    return "txt"


# --- JSON and JSON Lines ------------------------------------------------------------------


def _read_json(text: str, name: str, stem: str) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", path=name, line=exc.lineno
        )
        return
    if isinstance(data, list):
        for position, item in enumerate(data):
            try:
                yield call_from_dict(
                    item,
                    path=name,
                    field_prefix=f"[{position}].",
                    default_id=f"{stem}-{position + 1}",
                )
            except InputError as exc:
                yield exc
    else:
        yield call_from_dict(data, path=name, default_id=stem)


def _read_jsonl(lines: Iterable[str], name: str, stem: str) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(
                f"invalid JSON: {exc.msg} (column {exc.colno})", path=name, line=number
            )
            continue
        try:
            yield call_from_dict(data, path=name, line=number, default_id=f"{stem}-{number}")
        except InputError as exc:
            yield exc


def call_from_dict(
    data: Any,
    *,
    path: str | None = None,
    line: int | None = None,
    default_id: str | None = None,
    field_prefix: str = "",
) -> Call:
    """Build a `Call` from the taxonomy's JSON object, checking every field."""

    def error(message: str, field: str | None = None) -> InputError:
        where = f"{field_prefix}{field}" if field else field_prefix.rstrip(".") or None
        return InputError(message, path=path, line=line, field=where)

    if not isinstance(data, dict):
        raise error(f"expected a call object, got {_json_type(data)}")
    call_id = data.get("call_id", default_id)
    if isinstance(call_id, int) and not isinstance(call_id, bool):
        call_id = str(call_id)
    if not isinstance(call_id, str) or not call_id.strip():
        raise error("expected a non-empty string", "call_id")
    started_at = None
    if data.get("started_at") is not None:
        started_at = _parse_datetime(data["started_at"])
        if started_at is None:
            raise error(
                f"expected an ISO 8601 date-time such as 2026-03-04T16:05:00-05:00, "
                f"got {data['started_at']!r}",
                "started_at",
            )
    metadata = data.get("metadata")
    metadata = {} if metadata is None else metadata
    if not isinstance(metadata, dict):
        raise error(f"expected an object, got {_json_type(metadata)}", "metadata")
    raw_utterances = data.get("utterances")
    if raw_utterances is None:
        raise error("missing: expected a list of utterances", "utterances")
    if not isinstance(raw_utterances, list):
        raise error(f"expected a list, got {_json_type(raw_utterances)}", "utterances")
    utterances = []
    for index, raw in enumerate(raw_utterances):
        where = f"utterances[{index}]"
        if not isinstance(raw, dict):
            raise error(f"expected an utterance object, got {_json_type(raw)}", where)
        speaker_raw = raw.get("speaker")
        if not isinstance(speaker_raw, str):
            raise error("expected 'agent', 'customer' or 'ivr'", f"{where}.speaker")
        speaker = normalise_speaker(speaker_raw)
        if speaker is None:
            raise error(
                f"unknown speaker {speaker_raw!r}: expected 'agent', 'customer' or 'ivr'",
                f"{where}.speaker",
            )
        text = raw.get("text")
        if not isinstance(text, str):
            raise error(f"expected a string, got {_json_type(text)}", f"{where}.text")
        times = []
        for key in ("start", "end"):
            value = raw.get(key)
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
                or value < 0
            ):
                raise error(f"expected seconds as a number >= 0, got {value!r}", f"{where}.{key}")
            times.append(float(value) if value is not None else None)
        start, end = times
        if start is not None and end is not None and end < start:
            raise error(f"end ({end}) is before start ({start})", f"{where}.end")
        gold = raw.get("gold")
        if gold is not None and (
            not isinstance(gold, list) or any(label not in UTTERANCE_LABELS for label in gold)
        ):
            raise error(
                f"expected a list of taxonomy labels ({', '.join(UTTERANCE_LABELS)}), got {gold!r}",
                f"{where}.gold",
            )
        utterances.append(
            Utterance(speaker=speaker, text=text, start=start, end=end, index=index, gold=gold)
        )
    return Call(
        call_id=call_id.strip(),
        utterances=utterances,
        started_at=started_at,
        metadata=metadata,
        source=f"{path}:{line}" if line is not None else path,
    )


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _json_type(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
    }
    for kind, label in names.items():
        if isinstance(value, kind):
            return label
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


# --- plain text -------------------------------------------------------------------------------

_TXT_LINE = re.compile(
    r"^\s*(?:\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\]\s*)?"
    r"(?P<speaker>[A-Za-z][\w .'()-]{0,40}?)\s*:\s*(?P<text>.*?)\s*$"
)
_LOOKS_LIKE_SPEAKER = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z0-9][\w.'-]*)?$")
_TXT_HEADER = re.compile(r"^\s*#\s*(?P<key>[a-z_]+)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)


def _read_plain_text(text: str, name: str, stem: str) -> Call:
    call_id, started_at = stem, None
    utterances: list[Utterance] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        header = _TXT_HEADER.match(line)
        if header:
            key, value = header["key"].lower(), header["value"]
            if key == "call_id":
                call_id = value
            elif key == "started_at":
                started_at = _parse_datetime(value)
                if started_at is None:
                    raise InputError(
                        f"expected an ISO 8601 date-time, got {value!r}",
                        path=name,
                        line=number,
                        field="started_at",
                    )
            continue
        if line.lstrip().startswith("#"):
            continue
        match = _TXT_LINE.match(line)
        speaker = normalise_speaker(match["speaker"]) if match else None
        if (
            match
            and speaker is None
            and (match["time"] or _LOOKS_LIKE_SPEAKER.match(match["speaker"]))
        ):
            raise InputError(
                f"unknown speaker {match['speaker']!r}: expected Agent, Customer or IVR",
                path=name,
                line=number,
            )
        if speaker is None:
            if not utterances:
                raise InputError(
                    "expected a line like 'Agent: text' or '[01:23] Customer: text'",
                    path=name,
                    line=number,
                )
            # A line without a speaker continues the utterance above it.
            utterances[-1].text = f"{utterances[-1].text} {line.strip()}"
            continue
        assert match is not None
        start = _clock_to_seconds(match["time"]) if match["time"] else None
        utterances.append(
            Utterance(speaker=speaker, text=match["text"], start=start, index=len(utterances))
        )
    if not utterances:
        raise InputError("no utterances found: expected lines like 'Agent: text'", path=name)
    return Call(call_id=call_id, utterances=utterances, started_at=started_at, source=name)


def _clock_to_seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


# --- WebVTT ------------------------------------------------------------------------------

_VTT_TIME = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_VTT_TIMING = re.compile(rf"^\s*(?P<start>{_VTT_TIME})\s+-->\s+(?P<end>{_VTT_TIME})(?:\s+.*)?$")
_VTT_VOICE = re.compile(
    r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>(?P<text>.*?)(?:</v>|(?=<v[\s.])|$)", re.S
)
_VTT_TAG = re.compile(r"</?[^>]*>")


def _read_webvtt(text: str, name: str, stem: str) -> Call:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or not lines[0].startswith("WEBVTT"):
        raise InputError("expected the file to start with 'WEBVTT'", path=name, line=1)
    call_id, started_at = stem, None
    utterances: list[Utterance] = []
    number = 1
    while number < len(lines) and lines[number].strip():
        number += (
            1  # header lines after WEBVTT (such as "Kind: captions") run to the first blank line
        )
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        block_start = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append(lines[number])
            number += 1
        if block[0].startswith("NOTE"):
            for offset, note in enumerate(block):
                header = _TXT_HEADER.match("#" + note.removeprefix("NOTE"))
                if header and header["key"].lower() == "call_id":
                    call_id = header["value"]
                elif header and header["key"].lower() == "started_at":
                    started_at = _parse_datetime(header["value"])
                    if started_at is None:
                        raise InputError(
                            f"expected an ISO 8601 date-time, got {header['value']!r}",
                            path=name,
                            line=block_start + offset + 1,
                            field="started_at",
                        )
            continue
        if block[0].startswith(("STYLE", "REGION")):
            continue
        timing_at = 0 if "-->" in block[0] else 1
        if timing_at >= len(block):
            raise InputError(
                "expected a cue timing line 'HH:MM:SS.mmm --> HH:MM:SS.mmm'",
                path=name,
                line=block_start + 1,
            )
        timing = _VTT_TIMING.match(block[timing_at])
        line_no = block_start + timing_at + 1
        if not timing:
            raise InputError(
                f"expected a cue timing line 'HH:MM:SS.mmm --> HH:MM:SS.mmm', got {block[timing_at]!r}",
                path=name,
                line=line_no,
            )
        start, end = _clock_to_seconds(timing["start"]), _clock_to_seconds(timing["end"])
        if end < start:
            raise InputError(
                f"cue ends ({timing['end']}) before it starts ({timing['start']})",
                path=name,
                line=line_no,
            )
        payload = " ".join(block[timing_at + 1 :]).strip()
        voices = list(_VTT_VOICE.finditer(payload))
        if not voices:
            raise InputError(
                "expected a voice tag such as '<v Agent>' or '<v Customer>' in the cue text",
                path=name,
                line=line_no + 1,
            )
        for voice in voices:
            speaker = normalise_speaker(voice["name"])
            if speaker is None:
                raise InputError(
                    f"unknown voice {voice['name']!r}: expected Agent, Customer or IVR",
                    path=name,
                    line=line_no + 1,
                )
            spoken = " ".join(_VTT_TAG.sub("", voice["text"]).split())
            utterances.append(
                Utterance(speaker=speaker, text=spoken, start=start, end=end, index=len(utterances))
            )
    if not utterances:
        raise InputError("no cues found", path=name)
    logger.debug("read %d utterances from %s", len(utterances), name)
    return Call(call_id=call_id, utterances=utterances, started_at=started_at, source=name)
