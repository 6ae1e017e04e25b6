"""Writing scored calls into the store: each call whole, in one transaction, or not at all.

Scoring a call again (same `call_id`) replaces its utterances, labels and findings and keeps its
reviews, which point at the call's row and at findings by `finding_key`.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mot_detect import __version__
from mot_detect.labels import ACKNOWLEDGED_CUE, AGENT_LABELS, MISSED_CUE, is_cue
from mot_detect.pipeline import Detector
from mot_detect.store.database import Store
from mot_detect.store.recordings import keep_recording
from mot_detect.store.rollup import Change
from mot_detect.store.schema import CallRow, FindingRow, LabelRow, UtteranceRow
from mot_detect.types import Call, Finding

logger = logging.getLogger("mot_detect")

AGENT_KEYS = ("agent", "agent_id", "agent_name")
PHRASE_CHARS = 300
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
QUEUE_KEYS = ("queue", "queue_name", "skill", "department")


@dataclass(frozen=True)
class ScoredBy:
    """What scored a call: the detector (package and patterns) and the model, and the engine."""

    detector_version: str
    model_version: str
    engine: str

    @classmethod
    def of(cls, detector: Detector) -> ScoredBy:
        patterns = hashlib.sha256()
        for pattern in detector.rules.patterns:
            patterns.update(f"{pattern.id}\0{pattern.regex.pattern}\0".encode())
        model = "none"
        if detector.model is not None:
            meta = detector.model.meta
            model = (
                f"{meta.get('base_model', 'model')}-{meta.get('layers', '?')}L "
                f"{meta.get('created', 'undated')}"
            )[:200]
        return cls(
            f"{__version__}+patterns.{patterns.hexdigest()[:10]}", model, detector.options.engine
        )


def normalise_reply(text: str) -> str:
    """The form replies are grouped by: lowercased, each run of digits as '#', whitespace
    collapsed ("Your reference is 12 345" and "your reference is 9 876" are one reply)."""
    return _SPACE.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def script_phrase(label: str, speaker: str, text: str, span: tuple[int, int] | None) -> str | None:
    """What the dashboard counts a script-bound reply by: the matched words when the label has a
    span ("i apologize for any inconvenience"), else the whole turn, normalised; None for
    anything but an agent's script-bound label. Kept with the label at write time, so the
    dashboard groups an indexed column instead of normalising every turn on each view."""
    if label not in AGENT_LABELS or speaker != "agent":
        return None
    said = text[span[0] : span[1]] if span else text
    return normalise_reply(said)[:PHRASE_CHARS] or None


def finding_key(finding: Finding) -> str:
    """A finding's identity across re-scoring: its label and the utterance it points at."""
    return f"{finding.label}@{finding.utterance}"


def _first_text(metadata: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = metadata.get(key)
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()[:200]
    return None


def _utc(moment: datetime | None) -> datetime | None:
    """`moment` in UTC: SQLite keeps a datetime's wall-clock time and drops its offset, so a
    start in another zone must be converted before it is stored (naive ones are taken as UTC)."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc)


def call_row_values(call: Call, scored_by: ScoredBy, status: str = "done") -> dict[str, Any]:
    if call.score is None:
        raise ValueError(f"call {call.call_id!r} has not been scored: expected a scored call")
    ends = [u.end for u in call.utterances if u.end is not None]
    return {
        "call_id": call.call_id,
        "source": call.source,
        "started_at": _utc(call.started_at),
        "agent": _first_text(call.metadata, AGENT_KEYS),
        "queue": _first_text(call.metadata, QUEUE_KEYS),
        "call_metadata": call.metadata,
        "status": status,
        "stakes": call.score.stakes,
        "handling": call.score.handling,
        "priority": call.score.priority,
        "level": call.score.level,
        "cues": sum(1 for u in call.utterances for ls in u.labels if is_cue(ls.label)),
        "missed_cues": len({f.utterance for f in call.findings if f.label == MISSED_CUE}),
        "acknowledged_cues": len(
            {f.utterance for f in call.findings if f.label == ACKNOWLEDGED_CUE}
        ),
        "flagged": sum(1 for u in call.utterances if u.labels),
        "duration": max(ends) if ends else None,
        "transcript": "\n".join(u.text for u in call.utterances),
        "detector_version": scored_by.detector_version,
        "model_version": scored_by.model_version,
        "engine": scored_by.engine,
        "scored_at": datetime.now(timezone.utc),
    }


def _content_rows(call: Call) -> tuple[list[UtteranceRow], list[FindingRow]]:
    utterances = []
    for u in call.utterances:
        row = UtteranceRow(index=u.index, speaker=u.speaker, text=u.text, start=u.start, end=u.end)
        row.labels = [
            LabelRow(
                label=ls.label,
                score=ls.score,
                source=ls.source[:200],
                span_start=ls.span[0] if ls.span else None,
                span_end=ls.span[1] if ls.span else None,
                phrase=script_phrase(ls.label, u.speaker, u.text, ls.span),
            )
            for ls in u.labels
        ]
        utterances.append(row)
    findings = {}
    for f in call.findings:
        findings.setdefault(
            finding_key(f),
            FindingRow(
                finding_key=finding_key(f),
                label=f.label,
                utterance=f.utterance,
                score=f.score,
                text=f.text,
                span_start=f.span[0] if f.span else None,
                span_end=f.span[1] if f.span else None,
                cues=list(f.cues),
                replies=list(f.replies),
                detail=f.detail,
            ),
        )
    return utterances, list(findings.values())


def write_call(session: Session, call: Call, scored_by: ScoredBy, status: str = "done") -> int:
    """Inserts or replaces `call` in `session`'s transaction; returns the call's row id."""
    values = call_row_values(call, scored_by, status)
    row = session.scalar(select(CallRow).where(CallRow.call_id == call.call_id))
    change = Change()  # to the dashboard's roll-ups
    if row is None:
        row = CallRow(**values)
        session.add(row)
    else:
        change.take_off_stored(session, row)
        # Delete the old content in bulk first: the new rows reuse (call, index) keys.
        session.execute(delete(LabelRow).where(LabelRow.call_pk == row.id))
        session.execute(delete(UtteranceRow).where(UtteranceRow.call_pk == row.id))
        session.execute(delete(FindingRow).where(FindingRow.call_pk == row.id))
        session.expire(row, ["utterances", "findings"])
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()
    utterances, findings = _content_rows(call)
    for utterance in utterances:
        utterance.call_pk = row.id
        for label in utterance.labels:
            label.call_pk = row.id
    for finding in findings:
        finding.call_pk = row.id
    change.add_call(values)
    change.add_replies([label for u in utterances for label in u.labels], values["started_at"])
    change.apply(session)
    session.add_all(utterances)
    session.add_all(findings)
    session.flush()
    return row.id


def save_call(
    store: Store,
    call: Call,
    scored_by: ScoredBy,
    status: str = "done",
    recording: Path | None = None,
    recordings_folder: Path | None = None,
) -> int:
    """`write_call` (and the call's `recording`, copied into `recordings_folder`) in a
    transaction of its own: the call lands whole or not at all."""
    with store.transaction() as session:
        call_pk = write_call(session, call, scored_by, status)
        if recording is not None:
            if recordings_folder is None:
                raise ValueError("a recording to keep needs a recordings folder")
            keep_recording(session, call_pk, recording, recordings_folder)
        return call_pk
