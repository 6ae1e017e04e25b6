"""Stored recordings, behind the login, with HTTP range requests so a player seeks at once in a
long recording (Starlette's FileResponse answers Range with 206 and Content-Range)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse
from sqlalchemy import select

from mot_detect.review.auth import Reader, store_of
from mot_detect.store.recordings import recording_file
from mot_detect.store.schema import CallRow, RecordingRow

router = APIRouter()


@router.get("/recordings/{call_id}")
def recording(request: Request, call_id: str, _login: Reader) -> FileResponse:
    with store_of(request).sessions() as session:
        row = session.scalar(
            select(RecordingRow)
            .join(CallRow, CallRow.id == RecordingRow.call_pk)
            .where(CallRow.call_id == call_id)
        )
    if row is None:
        raise HTTPException(404, f"call {call_id!r} has no stored recording")
    path = recording_file(request.app.state.settings.recordings, row)
    if not path.is_file():
        raise HTTPException(
            404, f"the recording of call {call_id!r} is missing from the recordings folder"
        )
    # Cache-Control stays no-store (the security headers): a call's audio must not be cached.
    return FileResponse(path, media_type=row.media_type)
