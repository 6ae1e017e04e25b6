"""Writers for scored calls: JSON (an array), JSON Lines (a call per line), CSV (a finding per row).

Each writer takes an iterable and writes as it goes, so scoring ten thousand calls never holds
them all in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
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
)


def call_to_dict(call: Call) -> dict[str, Any]:
    """The taxonomy's output object for one scored call."""
    return {
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


def write_calls(calls: Iterable[Call], stream: TextIO, format: str) -> Iterator[Call]:
    """Write each call as it arrives and pass it on (so a caller can also count or report it)."""
    if format == "json":
        return _write_json(calls, stream)
    if format == "jsonl":
        return _write_jsonl(calls, stream)
    if format == "csv":
        return _write_csv(calls, stream)
    raise ValueError(f"unknown output format {format!r}: expected json, jsonl or csv")


def _write_json(calls: Iterable[Call], stream: TextIO) -> Iterator[Call]:
    stream.write("[")
    first = True
    for call in calls:
        stream.write("\n" if first else ",\n")
        stream.write(json.dumps(call_to_dict(call), ensure_ascii=False, indent=2))
        first = False
        yield call
    stream.write("\n]\n" if not first else "]\n")


def _write_jsonl(calls: Iterable[Call], stream: TextIO) -> Iterator[Call]:
    for call in calls:
        stream.write(json.dumps(call_to_dict(call), ensure_ascii=False) + "\n")
        yield call


def _write_csv(calls: Iterable[Call], stream: TextIO) -> Iterator[Call]:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for call in calls:
        for row in finding_rows(call):
            writer.writerow(row)
        yield call


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
        ]
