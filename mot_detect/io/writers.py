"""Writers for scored calls: JSON (an array), JSON Lines (a call per line), CSV (a finding per row).

Each writer takes an iterable and writes as it goes, so scoring ten thousand calls never holds
them all in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from typing import Any, TextIO

from mot_detect.types import Call, Finding

CSV_COLUMNS: tuple[str, ...] = (
    "call_id",
    "priority",
    "level",
    "finding",
    "utterance",
    "speaker",
    "start",
    "score",
    "text",
    "cues",
    "replies",
    "detail",
    "utterance_text",
    "redaction",
)


def call_to_dict(call: Call) -> dict[str, Any]:
    """The taxonomy's output object for one scored call."""
    return (
        {
            "call_id": call.call_id,
            "started_at": call.started_at.isoformat() if call.started_at else None,
            "metadata": call.metadata,
            "score": asdict(call.score) if call.score else None,
            "utterances": [
                {
                    "index": u.index,
                    "speaker": u.speaker,
                    "text": u.text,
                    "start": u.start,
                    "end": u.end,
                    "labels": [
                        {"label": ls.label, "score": round(ls.score, 4), "source": ls.source}
                        | ({"span": list(ls.span)} if ls.span else {})
                        for ls in u.labels
                    ],
                }
                | ({"gold": u.gold} if u.gold is not None else {})
                for u in call.utterances
            ],
            "findings": [finding_to_dict(f) for f in call.findings],
        }
        | ({"redaction": call.redaction} if call.redaction is not None else {})
        | (
            {
                "gold_findings": [
                    {"label": g.label, "utterance": g.utterance, "replies": list(g.replies)}
                    for g in call.gold_findings
                ]
            }
            if call.gold_findings is not None
            else {}
        )
    )


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "label": finding.label,
        "utterance": finding.utterance,
        "score": round(finding.score, 4),
    }
    if finding.text is not None:
        data["text"] = finding.text
    if finding.span is not None:
        data["span"] = list(finding.span)
    if finding.cues:
        data["cues"] = finding.cues
    if finding.replies:
        data["replies"] = finding.replies
    if finding.detail:
        data["detail"] = finding.detail
    return data


class CallWriter:
    """Writes scored calls in one format, one call at a time, always leaving valid output.

    `render` turns a call into its text (and fails, writing nothing, if the call cannot be
    written); `write` writes rendered text; `close` ends the document (the JSON array's `]`).
    Whatever has been written when `close` runs is a complete document of the calls it holds."""

    def __init__(self, stream: TextIO, format: str) -> None:
        if format not in ("json", "jsonl", "csv"):
            raise ValueError(f"unknown output format {format!r}: expected json, jsonl or csv")
        self.stream = stream
        self.format = format
        self.count = 0
        if format == "csv":
            self.stream.write(_csv_text([CSV_COLUMNS]))

    def render(self, call: Call) -> str:
        if self.format == "json":
            body = json.dumps(call_to_dict(call), ensure_ascii=False, indent=2)
            text = ("[\n" if self.count == 0 else ",\n") + body
        elif self.format == "jsonl":
            text = json.dumps(call_to_dict(call), ensure_ascii=False) + "\n"
        else:
            text = _csv_text(finding_rows(call))
        # Fails here, before anything is written, if the stream cannot take it.
        text.encode(getattr(self.stream, "encoding", None) or "utf-8")
        return text

    def write(self, text: str) -> None:
        self.stream.write(text)
        self.count += 1

    def close(self) -> None:
        if self.format == "json":
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


def _csv_text(rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def write_calls(calls: Iterable[Call], stream: TextIO, format: str) -> Iterator[Call]:
    """Write each call as it arrives and pass it on (so a caller can also count or report it).
    The document is closed even when the caller stops early."""
    writer = CallWriter(stream, format)  # an unknown format fails here, not at the first call
    return _write_all(calls, writer)


def _write_all(calls: Iterable[Call], writer: CallWriter) -> Iterator[Call]:
    try:
        for call in calls:
            writer.write(writer.render(call))
            yield call
    finally:
        writer.close()


def finding_rows(call: Call) -> Iterator[list[Any]]:
    score = call.score
    for finding in call.findings:
        utterance = call.utterances[finding.utterance]
        yield [
            call.call_id,
            score.priority if score else "",
            score.level if score else "",
            finding.label,
            finding.utterance,
            utterance.speaker,
            "" if utterance.start is None else utterance.start,
            round(finding.score, 4),
            finding.text or "",
            " ".join(finding.cues),
            " ".join(str(r) for r in finding.replies),
            json.dumps(finding.detail, ensure_ascii=False) if finding.detail else "",
            utterance.text,
            call.redaction["policy"] if call.redaction else "",
        ]
