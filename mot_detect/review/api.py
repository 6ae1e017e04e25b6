"""The JSON API beside the pages (the same store queries, the same login and CSRF rules), and
uploads: a transcript is read, scored and stored whole; a recording is checked before it is kept.
Anything malformed is refused with the reader's message and nothing lands."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from pydantic import BaseModel, Field

from mot_detect.errors import CallError
from mot_detect.io.readers import iter_text
from mot_detect.redact.redactor import redact_call
from mot_detect.review.auth import Reader, Writer, store_of
from mot_detect.review.pages import ListParams, _call_or_404, labels_by_call
from mot_detect.store.calls import ScoredBy, write_call
from mot_detect.store.queries import list_calls
from mot_detect.store.recordings import keep_recording
from mot_detect.store.reviews import (
    ReviewError,
    current_verdicts,
    mark_missed,
    review_call,
    review_finding,
)
from mot_detect.store.schema import CallRow, RecordingRow
from mot_detect.store.users import audit, aware

router = APIRouter(prefix="/api")
MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024
MAX_RECORDING_BYTES = 2 * 1024 * 1024 * 1024
_detector_lock = threading.Lock()


def call_summary(call: CallRow, labels: list[str]) -> dict[str, Any]:
    return {
        "call_id": call.call_id,
        "started_at": aware(call.started_at).isoformat() if call.started_at else None,
        "agent": call.agent,
        "queue": call.queue,
        "priority": call.priority,
        "level": call.level,
        "stakes": call.stakes,
        "handling": call.handling,
        "cues": call.cues,
        "missed_cues": call.missed_cues,
        "labels": labels,
        "reviewed_at": aware(call.reviewed_at).isoformat() if call.reviewed_at else None,
        "status": call.status,
    }


@router.get("/calls")
def api_calls(request: Request, _login: Reader, query: ListParams) -> dict[str, Any]:
    with store_of(request).sessions() as session:
        page = list_calls(session, query.filters, query.after, query.limit)
        labels = labels_by_call(session, page.calls)
    return {
        "calls": [call_summary(c, labels.get(c.id, [])) for c in page.calls],
        "next": page.next.encode() if page.next else None,
    }


@router.get("/calls/{call_id}")
def api_call(request: Request, call_id: str, _login: Reader) -> dict[str, Any]:
    with store_of(request).sessions() as session:
        call = _call_or_404(session, call_id)
        verdicts = current_verdicts(session, call)
        has_recording = session.query(RecordingRow.id).filter_by(call_pk=call.id).first()
        labels = sorted({ls.label for u in call.utterances for ls in u.labels})
        return call_summary(call, labels) | {
            "scored_by": {
                "detector": call.detector_version,
                "model": call.model_version,
                "engine": call.engine,
                "at": aware(call.scored_at).isoformat(),
            },
            "recording": f"/recordings/{call.call_id}" if has_recording else None,
            "utterances": [
                {
                    "index": u.index,
                    "speaker": u.speaker,
                    "text": u.text,
                    "start": u.start,
                    "end": u.end,
                    "labels": [
                        {"label": ls.label, "score": round(ls.score, 4), "source": ls.source}
                        | (
                            {"span": [ls.span_start, ls.span_end]}
                            if ls.span_start is not None
                            else {}
                        )
                        for ls in u.labels
                    ],
                }
                for u in call.utterances
            ],
            "findings": [
                {
                    "key": f.finding_key,
                    "label": f.label,
                    "utterance": f.utterance,
                    "score": round(f.score, 4),
                    "replies": f.replies,
                    "detail": f.detail,
                    "review": _verdict_json(verdicts.get(f.finding_key)),
                }
                for f in call.findings
            ],
            "missed_labels": [
                _verdict_json(v) for k, v in verdicts.items() if k.startswith("missed@")
            ],
        }


def _verdict_json(verdict: Any) -> dict[str, Any] | None:
    if verdict is None:
        return None
    return {
        "verdict": verdict.verdict,
        "label": verdict.label,
        "utterance": verdict.utterance,
        "note": verdict.note,
        "reviewer": verdict.reviewer,
        "at": verdict.at.isoformat(),
    }


class FindingReview(BaseModel):
    verdict: str = Field(max_length=20)
    label: str | None = Field(default=None, max_length=40)
    note: str = Field(default="", max_length=4000)


class MissedLabel(BaseModel):
    utterance: int
    label: str = Field(max_length=40)
    note: str = Field(default="", max_length=4000)


class CallReview(BaseModel):
    handled: str = Field(max_length=10)
    should_have: str = Field(default="", max_length=4000)
    note: str = Field(default="", max_length=4000)


@router.post("/calls/{call_id}/findings/{key}")
def api_review_finding(
    request: Request, call_id: str, key: str, body: FindingReview, login: Writer
) -> dict[str, Any]:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            verdict = review_finding(
                session, call, key, body.verdict, login.user, body.label, body.note
            )
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return _verdict_json(verdict) or {}


@router.post("/calls/{call_id}/missed")
def api_missed_label(
    request: Request, call_id: str, body: MissedLabel, login: Writer
) -> dict[str, Any]:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            verdict = mark_missed(session, call, body.utterance, body.label, login.user, body.note)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return _verdict_json(verdict) or {}


@router.post("/calls/{call_id}/review")
def api_call_review(
    request: Request, call_id: str, body: CallReview, login: Writer
) -> dict[str, Any]:
    with store_of(request).transaction() as session:
        call = _call_or_404(session, call_id)
        try:
            review_call(session, call, body.handled, body.should_have, body.note, login.user)
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
    return {"call_id": call_id, "handled": body.handled}


def _detector(request: Request) -> Any:
    with _detector_lock:
        detector = getattr(request.app.state, "detector", None)
        if detector is None:
            detector = request.app.state.settings.detector_factory()
            request.app.state.detector = detector
    return detector


_YES = ("yes", "true", "1")


@router.post("/transcripts")
def api_upload_transcript(
    request: Request, login: Writer, file: Annotated[UploadFile, File()]
) -> dict[str, Any]:
    """Score and store every call of an uploaded transcript file; one malformed call refuses
    the whole upload (nothing lands) with the reader's message naming the line and field."""
    name = file.filename or "upload"
    data = file.file.read(MAX_TRANSCRIPT_BYTES + 1)
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise HTTPException(413, f"{name}: larger than {MAX_TRANSCRIPT_BYTES // 2**20} MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"{name}: not UTF-8 text (byte {exc.start})") from exc
    suffix = Path(name).suffix.lower().lstrip(".")
    fmt = suffix if suffix in ("json", "jsonl", "txt", "vtt") else None
    calls = list(iter_text(text, name=name, format=fmt))
    errors = [c for c in calls if isinstance(c, CallError)]
    if errors:
        raise HTTPException(400, str(errors[0]))
    if not calls:
        raise HTTPException(400, f"{name}: no call in it: expected a transcript (JSON, JSON Lines)")
    detector = _detector(request)
    policy = request.app.state.settings.redact
    scored = [redact_call(detector.score_call(call), policy) for call in calls]
    scored_by = ScoredBy.of(detector)
    with store_of(request).transaction() as session:
        for call in scored:
            write_call(session, call, scored_by)
        audit(session, login.user.id, "upload_transcript", name, {"calls": len(scored)})
    return {"stored": [c.call_id for c in scored]}


@router.post("/calls/{call_id}/recording")
def api_upload_recording(
    request: Request,
    call_id: str,
    login: Writer,
    file: Annotated[UploadFile, File()],
    redacted: Annotated[str | None, Form()] = None,
) -> dict[str, Any]:
    """Attach a recording to a stored call, once it is known to decode as audio. With
    redaction on, the store keeps only redacted recordings, and this server cannot time the
    redaction itself (it has the redacted transcript, not the words' times): the uploader
    says the copy is redacted (`redacted=yes`, as `mot-detect transcribe --redact-audio`
    makes it)."""
    from mot_detect.audio.decode import probe
    from mot_detect.store.recordings import MEDIA_TYPES

    name = file.filename or "upload"
    if request.app.state.settings.redact.enabled and (redacted or "").lower() not in _YES:
        raise HTTPException(
            400,
            f"field 'redacted': the store keeps only redacted recordings: expected {name} "
            "made by `mot-detect transcribe --redact-audio` and redacted=yes",
        )
    suffix = Path(name).suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise HTTPException(400, f"{name}: expected a recording ({', '.join(sorted(MEDIA_TYPES))})")
    folder: Path = request.app.state.settings.recordings
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, suffix=suffix, delete=True) as temporary:
        size = 0
        for block in iter(lambda: file.file.read(1 << 20), b""):
            size += len(block)
            if size > MAX_RECORDING_BYTES:
                raise HTTPException(413, f"{name}: larger than 2 GiB")
            temporary.write(block)
        temporary.flush()
        try:
            info = probe(temporary.name)
        except Exception as exc:  # av raises many kinds for a file that is not audio
            raise HTTPException(400, f"{name}: not a readable recording: {exc}") from exc
        with store_of(request).transaction() as session:
            call = _call_or_404(session, call_id)
            row = keep_recording(session, call.id, Path(temporary.name), folder)
            audit(session, login.user.id, "upload_recording", call_id, {"bytes": size})
    return {"call_id": call_id, "bytes": row.size, "channels": info.channels}
