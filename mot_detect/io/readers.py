"""Transcript readers: the taxonomy's JSON and JSON Lines, plain text, and WebVTT.

Every reader yields calls lazily, one at a time, so a file of a million calls is never held in
memory. A call that cannot be read is yielded as an `InputError` in its place, naming the file,
line and field, so that one bad call never costs the others.
"""

from __future__ import annotations

import html
import json
import logging
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mot_detect.errors import CallError, InputError, InternalError
from mot_detect.io import bounded_json
from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS, normalise_speaker
from mot_detect.limits import (
    MAX_CALL_ID_CHARS,
    MAX_CALL_UTTERANCES,
    MAX_DOCUMENT_BYTES,
    MAX_TIME_SECONDS,
    quote,
)
from mot_detect.types import Call, GoldFinding, Utterance
from mot_detect.validate import DATETIME_EXPECTED, parse_datetime, replace_lone_surrogates

logger = logging.getLogger("mot_detect")

FORMATS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "txt",
    ".vtt": "vtt",
}

ReadResult = Call | CallError


def load_calls(source: str | Path, *, format: str | None = None) -> list[Call]:
    """Read every call of a transcript file, raising the first `InputError` met."""
    calls = []
    for item in iter_calls(source, format=format):
        if isinstance(item, CallError):
            raise item
        calls.append(item)
    return calls


def iter_calls(source: str | Path, *, format: str | None = None) -> Iterator[ReadResult]:
    """Yield each call of a file (or of stdin for "-") or an error in its place: an
    `InputError` for bad input, an `InternalError` if reading failed inside mot-detect."""
    name = str(source)
    try:
        yield from _iter_file(source, name, format)
    except Exception as exc:  # a reader bug costs this file, never the batch
        logger.debug("reading %s failed", name, exc_info=True)
        yield InternalError.from_exception(exc, path=name)


def _iter_file(source: str | Path, name: str, format: str | None) -> Iterator[ReadResult]:
    if name == "-":
        # Bytes, decoded here: undecodable ones become lone surrogates, which iter_text
        # replaces (with a warning) whatever the locale's own error handling would have been.
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        text = data.decode("utf-8", "surrogateescape") if isinstance(data, bytes) else data
        yield from iter_text(text, name="<stdin>", format=format)
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
    if path.exists() and not (path.is_file() or stat.S_ISFIFO(path.stat().st_mode)):
        yield InputError("not a regular file (a device?): expected a transcript file", path=name)
        return
    try:
        if fmt == "jsonl":
            # Streamed line by line: a JSON Lines file may hold far more calls than fit in memory.
            with path.open("rb") as handle:
                yield from _read_jsonl(_bounded_lines(handle), name, path.stem)
            return
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield InputError(
                f"file of {size:,} bytes: expected at most {MAX_DOCUMENT_BYTES:,} for "
                f"{fmt} (use JSON Lines, one call per line, for larger batches)",
                path=name,
            )
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
    # Undecodable bytes read with surrogateescape (stdin under a C locale) arrive as lone
    # surrogates, which no encoder can write back out.
    text, replaced = replace_lone_surrogates(text)
    if replaced:
        logger.warning("%s: %d undecodable character(s) replaced by U+FFFD", name, replaced)
    fmt = format or sniff_format(text)
    stem = Path(name).stem if not name.startswith("<") else "stdin"
    try:
        if fmt == "json":
            yield from _read_json(text, name, stem)
        elif fmt == "jsonl":
            # Only "\n" ends a JSON Lines record: str.splitlines would also split at U+2028,
            # U+2029 and U+0085, which JSON strings may hold raw.
            yield from _read_jsonl(text.split("\n"), name, stem)
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
        return "txt" if re.match(r"\[\d+:\d{2}", stripped) else "json"
    if stripped.startswith("{"):
        first_line = stripped.split("\n", 1)[0].strip()
        try:
            bounded_json.loads(first_line)
        except (json.JSONDecodeError, bounded_json.JsonLimitError):
            return "json"
        rest = stripped.split("\n", 1)[1].strip() if "\n" in stripped else ""
        return "jsonl" if rest else "json"
    return "txt"


# --- JSON and JSON Lines ------------------------------------------------------------------


def parse_json(text: str, path: str, line: int | None = None) -> Any:
    """`text` parsed within the limits on JSON (io/bounded_json.py); an `InputError` naming
    `path` and the line (`line`, for one line of a larger file) when it is not JSON."""
    try:
        return bounded_json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (column {exc.colno})",
            path=path,
            line=exc.lineno if line is None else line,
        ) from None
    except bounded_json.JsonLimitError as exc:
        raise InputError(exc.reason, path=path, line=exc.line if line is None else line) from None


def _read_json(text: str, name: str, stem: str) -> Iterator[ReadResult]:
    if not text.strip():
        yield InputError("the file is empty: expected a call object or an array of them", path=name)
        return
    try:
        data = parse_json(text, name)
    except InputError as exc:
        yield exc
        return
    if isinstance(data, list):
        if not data:
            yield InputError("no calls: the array is empty", path=name)
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


def _read_jsonl(
    lines: Iterable[str | UnreadableLine], name: str, stem: str
) -> Iterator[ReadResult]:
    """`lines` may hold an `UnreadableLine` in place of one that could not be read."""
    calls = 0
    for number, line in enumerate(lines, start=1):
        if isinstance(line, UnreadableLine):
            yield InputError(line.reason, path=name, line=number)
            calls += 1
            continue
        if not line.strip():
            continue
        calls += 1
        try:
            data = parse_json(line, name, number)
            yield call_from_dict(data, path=name, line=number, default_id=f"{stem}-{number}")
        except InputError as exc:
            yield exc
        except Exception as exc:  # one line's reader bug costs that line, not the file
            logger.debug("reading %s:%d failed", name, number, exc_info=True)
            yield InternalError.from_exception(exc, path=name, line=number)
    if not calls:
        yield InputError("no calls: the file is empty (expected a call object per line)", path=name)


@dataclass(frozen=True)
class UnreadableLine:
    """A JSON Lines line that could not be read (too long, not UTF-8), and why."""

    reason: str


def _bounded_lines(handle: IO[bytes]) -> Iterator[str | UnreadableLine]:
    """The lines of a binary `handle`, each decoded on its own, so a bad byte costs only its
    line; a line over MAX_DOCUMENT_BYTES is skipped without ever being held whole."""
    first = True
    while True:
        raw = handle.readline(MAX_DOCUMENT_BYTES + 1)
        if not raw:
            return
        if first:
            raw, first = raw.removeprefix(b"\xef\xbb\xbf"), False
        if len(raw) > MAX_DOCUMENT_BYTES and not raw.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                rest = handle.readline(MAX_DOCUMENT_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield UnreadableLine(
                f"line longer than {MAX_DOCUMENT_BYTES:,} bytes: expected one call per line"
            )
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield UnreadableLine(f"not UTF-8 text ({exc.reason} at byte {exc.start} of the line)")


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

    def clean(text: str, field: str) -> str:
        cleaned, replaced = replace_lone_surrogates(text)
        if replaced:
            logger.warning(
                "%s: field '%s%s': %d unpaired UTF-16 surrogate(s) replaced by U+FFFD",
                f"{path}:{line}" if line is not None else path,
                field_prefix,
                field,
                replaced,
            )
        return cleaned

    if not isinstance(data, dict):
        raise error(f"expected a call object, got {json_type(data)}")
    call_id = data.get("call_id", default_id)
    if isinstance(call_id, int) and not isinstance(call_id, bool):
        if call_id.bit_length() > 4 * MAX_CALL_ID_CHARS:  # str() refuses over 4,300 digits
            raise error(
                f"expected at most {MAX_CALL_ID_CHARS} characters, got {quote(call_id)}", "call_id"
            )
        call_id = str(call_id)
    if not isinstance(call_id, str) or not call_id.strip():
        raise error(f"expected a non-empty string, got {json_type(call_id)}", "call_id")
    if len(call_id) > MAX_CALL_ID_CHARS:
        raise error(f"{len(call_id):,} characters: expected at most {MAX_CALL_ID_CHARS}", "call_id")
    call_id = clean(call_id.strip(), "call_id")
    started_at = None
    if data.get("started_at") is not None:
        started_at = parse_datetime(data["started_at"])
        if started_at is None:
            raise error(
                f"expected {DATETIME_EXPECTED}, got {quote(data['started_at'])}", "started_at"
            )
    metadata = data.get("metadata")
    metadata = {} if metadata is None else metadata
    if not isinstance(metadata, dict):
        raise error(f"expected an object, got {json_type(metadata)}", "metadata")
    out_of_range = bounded_json.find_out_of_range(metadata, "metadata")
    if out_of_range is not None:
        raise error(f"expected a finite number, got {out_of_range[1]}", out_of_range[0])
    metadata = _clean_strings(metadata, lambda text: clean(text, "metadata"))
    raw_utterances = data.get("utterances")
    if raw_utterances is None:
        raise error("missing: expected a list of utterances", "utterances")
    if not isinstance(raw_utterances, list):
        raise error(f"expected a list, got {json_type(raw_utterances)}", "utterances")
    if len(raw_utterances) > MAX_CALL_UTTERANCES:
        raise error(
            f"{len(raw_utterances):,} utterances: expected at most {MAX_CALL_UTTERANCES:,} "
            "in one call",
            "utterances",
        )
    utterances = []
    for index, raw in enumerate(raw_utterances):
        where = f"utterances[{index}]"
        if not isinstance(raw, dict):
            raise error(f"expected an utterance object, got {json_type(raw)}", where)
        speaker_raw = raw.get("speaker")
        if not isinstance(speaker_raw, str):
            raise error(
                f"expected 'agent', 'customer' or 'ivr', got {json_type(speaker_raw)}",
                f"{where}.speaker",
            )
        speaker = normalise_speaker(speaker_raw)
        if speaker is None:
            raise error(
                f"unknown speaker {quote(speaker_raw)}: expected 'agent', 'customer' or 'ivr'",
                f"{where}.speaker",
            )
        text = raw.get("text")
        if not isinstance(text, str):
            raise error(f"expected a string, got {json_type(text)}", f"{where}.text")
        text = clean(text, f"{where}.text")
        times = []
        for key in ("start", "end"):
            value = raw.get(key)
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 <= value <= MAX_TIME_SECONDS  # NaN fails this too
            ):
                raise error(
                    f"expected seconds as a number from 0 to {MAX_TIME_SECONDS:,.0f}, "
                    f"got {quote(value)}",
                    f"{where}.{key}",
                )
            times.append(float(value) if value is not None else None)
        start, end = times
        if start is not None and end is not None and end < start:
            raise error(f"end ({end}) is before start ({start})", f"{where}.end")
        gold = raw.get("gold")
        if gold is not None and (
            not isinstance(gold, list) or any(label not in UTTERANCE_LABELS for label in gold)
        ):
            raise error(
                f"expected a list of taxonomy labels ({', '.join(UTTERANCE_LABELS)}), "
                f"got {quote(gold)}",
                f"{where}.gold",
            )
        utterances.append(
            Utterance(speaker=speaker, text=text, start=start, end=end, index=index, gold=gold)
        )
    gold_findings = None
    if data.get("gold_findings") is not None:
        gold_findings = _gold_findings(data["gold_findings"], len(utterances), error)
    return Call(
        call_id=call_id,
        utterances=utterances,
        started_at=started_at,
        metadata=metadata,
        source=f"{path}:{line}" if line is not None else path,
        gold_findings=gold_findings,
    )


def _gold_findings(
    raw: Any, utterances: int, error: Callable[[str, str], InputError]
) -> list[GoldFinding]:
    """A reviewer's call-level findings: [{"label", "utterance", "replies"}], checked."""
    if not isinstance(raw, list):
        raise error(f"expected a list of findings, got {json_type(raw)}", "gold_findings")
    found = []
    for number, item in enumerate(raw):
        where = f"gold_findings[{number}]"
        if not isinstance(item, dict):
            raise error(f"expected a finding object, got {json_type(item)}", where)
        label = item.get("label")
        if label not in CALL_FINDINGS:
            raise error(
                f"expected one of {', '.join(CALL_FINDINGS)}, got {quote(label)}", f"{where}.label"
            )
        replies = item.get("replies", [])
        indices = [item.get("utterance"), *(replies if isinstance(replies, list) else [None])]
        if any(
            isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < utterances
            for i in indices
        ):
            raise error(
                f"expected utterance indices from 0 to {utterances - 1}, got "
                f"{quote(item.get('utterance'))} and replies {quote(item.get('replies'))}",
                where,
            )
        found.append(GoldFinding(label, indices[0], tuple(indices[1:])))
    return found


def _clean_strings(value: Any, clean: Callable[[str], str]) -> Any:
    """`value` (parsed JSON, nested at most MAX_JSON_DEPTH deep) with `clean` applied to every
    string in it, keys included."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean_strings(item, clean) for item in value]
    if isinstance(value, dict):
        return {clean(key): _clean_strings(item, clean) for key, item in value.items()}
    return value


def json_type(value: Any) -> str:
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
    if isinstance(value, bounded_json.OutOfRange):
        return repr(value)
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


# --- plain text -------------------------------------------------------------------------------

# Every part is anchored or bounded, and the text is taken whole and stripped in Python, so a
# line is matched in time linear in its length (a lazy ".*?" before "\s*$" is quadratic).
_CLOCK = r"\d{1,7}:\d{2}(?::\d{2})?(?:\.\d{1,6})?"
_TXT_LINE = re.compile(
    rf"\s*(?:\[(?P<time>{_CLOCK})\]\s*)?"
    r"(?P<speaker>[A-Za-z][\w .'()-]{0,40}?)[ \t]*:(?P<text>.*)"
)
_LOOKS_LIKE_SPEAKER = re.compile(r"[A-Z][\w.'-]*(?: [A-Z0-9][\w.'-]*)?")
_TXT_HEADER = re.compile(r"\s*#\s*(?P<key>[a-z_]{1,40})[ \t]*:(?P<value>.*)", re.IGNORECASE)


def _read_plain_text(text: str, name: str, stem: str) -> Call:
    call_id, started_at = stem, None
    speakers: list[str] = []
    starts: list[float | None] = []
    parts: list[list[str]] = []  # an utterance's lines, joined once at the end
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        header = _TXT_HEADER.match(line)
        if header and header["value"].strip():
            key, value = header["key"].lower(), header["value"].strip()
            if key == "call_id":
                call_id = _header_call_id(value, name, number)
            elif key == "started_at":
                started_at = _header_started_at(value, name, number)
            continue
        if line.lstrip().startswith("#"):
            continue
        match = _TXT_LINE.match(line)
        speaker = normalise_speaker(match["speaker"]) if match else None
        if (
            match
            and speaker is None
            and (match["time"] or _LOOKS_LIKE_SPEAKER.fullmatch(match["speaker"]))
        ):
            raise InputError(
                f"unknown speaker {quote(match['speaker'])}: expected Agent, Customer or IVR",
                path=name,
                line=number,
            )
        if speaker is None:
            if not parts:
                raise InputError(
                    "expected a line like 'Agent: text' or '[01:23] Customer: text', "
                    f"got {quote(line.strip())}",
                    path=name,
                    line=number,
                )
            parts[-1].append(line.strip())  # a line without a speaker continues the one above
            continue
        assert match is not None
        if len(parts) >= MAX_CALL_UTTERANCES:
            raise InputError(
                f"more than {MAX_CALL_UTTERANCES:,} utterances: expected at most that many "
                "in one call",
                path=name,
                line=number,
            )
        speakers.append(speaker)
        starts.append(_clock_time(match["time"], name, number) if match["time"] else None)
        parts.append([match["text"].strip()])
    if not parts:
        raise InputError("no utterances found: expected lines like 'Agent: text'", path=name)
    utterances = [
        Utterance(speaker=speaker, text=" ".join(p for p in lines if p), start=start, index=i)
        for i, (speaker, start, lines) in enumerate(zip(speakers, starts, parts, strict=True))
    ]
    return Call(call_id=call_id, utterances=utterances, started_at=started_at, source=name)


def _header_call_id(value: str, name: str, line: int) -> str:
    if len(value) > MAX_CALL_ID_CHARS:
        raise InputError(
            f"{len(value):,} characters: expected at most {MAX_CALL_ID_CHARS}",
            path=name,
            line=line,
            field="call_id",
        )
    return value


def _header_started_at(value: str, name: str, line: int) -> Any:
    started_at = parse_datetime(value)
    if started_at is None:
        raise InputError(
            f"expected {DATETIME_EXPECTED}, got {quote(value)}",
            path=name,
            line=line,
            field="started_at",
        )
    return started_at


def _clock_time(clock: str, name: str, line: int) -> float:
    seconds = _clock_to_seconds(clock)
    if seconds > MAX_TIME_SECONDS:
        raise InputError(
            f"time {clock} is {seconds:,.0f} s into the call: expected at most "
            f"{MAX_TIME_SECONDS:,.0f} s",
            path=name,
            line=line,
        )
    return seconds


def _clock_to_seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


# --- WebVTT ------------------------------------------------------------------------------

_VTT_TIME = r"(?:\d{1,7}:)?\d{2}:\d{2}\.\d{3}"
_VTT_TIMING = re.compile(rf"\s*(?P<start>{_VTT_TIME})\s+-->\s+(?P<end>{_VTT_TIME})(?:\s.*)?")
# A voice's name is bounded and cannot run over another tag, so an unclosed "<v " costs a
# bounded look, not a scan to the end of the cue.
_VTT_VOICE = re.compile(
    r"<v(?:\.[\w.-]{1,40})?\s+(?P<name>[^<>]{1,100})>(?P<text>.*?)(?:</v>|(?=<v[\s.])|$)", re.S
)
_VTT_TAG = re.compile(r"</?[^<>]*>")


def _read_webvtt(text: str, name: str, stem: str) -> Call:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or not lines[0].startswith("WEBVTT"):
        raise InputError("expected the file to start with 'WEBVTT'", path=name, line=1)
    call_id, started_at = stem, None
    utterances: list[Utterance] = []
    number = 1
    # Header lines after WEBVTT (such as "Kind: captions") run to the first blank line, or to a
    # cue timing line when a writer left the blank line out.
    while number < len(lines) and lines[number].strip() and "-->" not in lines[number]:
        number += 1
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
                if not header or not header["value"].strip():
                    continue
                key, value = header["key"].lower(), header["value"].strip()
                if key == "call_id":
                    call_id = _header_call_id(value, name, block_start + offset + 1)
                elif key == "started_at":
                    started_at = _header_started_at(value, name, block_start + offset + 1)
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
        timing = _VTT_TIMING.fullmatch(block[timing_at])
        line_no = block_start + timing_at + 1
        if not timing:
            raise InputError(
                "expected a cue timing line 'HH:MM:SS.mmm --> HH:MM:SS.mmm', "
                f"got {quote(block[timing_at])}",
                path=name,
                line=line_no,
            )
        start = _clock_time(timing["start"], name, line_no)
        end = _clock_time(timing["end"], name, line_no)
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
                    f"unknown voice {quote(voice['name'])}: expected Agent, Customer or IVR",
                    path=name,
                    line=line_no + 1,
                )
            if len(utterances) >= MAX_CALL_UTTERANCES:
                raise InputError(
                    f"more than {MAX_CALL_UTTERANCES:,} utterances: expected at most that many "
                    "in one call",
                    path=name,
                    line=line_no,
                )
            spoken = " ".join(html.unescape(_VTT_TAG.sub("", voice["text"])).split())
            utterances.append(
                Utterance(speaker=speaker, text=spoken, start=start, end=end, index=len(utterances))
            )
    if not utterances:
        raise InputError("no cues found", path=name)
    logger.debug("read %d utterances from %s", len(utterances), name)
    return Call(call_id=call_id, utterances=utterances, started_at=started_at, source=name)
