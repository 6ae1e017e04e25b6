"""Reviewers' verdicts: per finding (confirm, reject, relabel), labels the detector missed, and
the overall form per call. Verdicts are appended, never overwritten; the newest per finding is
the current one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mot_detect.labels import CALL_FINDINGS, UTTERANCE_LABELS
from mot_detect.store.schema import (
    HANDLED,
    VERDICTS,
    CallReviewRow,
    CallRow,
    FindingRow,
    ReviewRow,
    UserRow,
    UtteranceRow,
)
from mot_detect.store.users import User, audit, aware, now


class ReviewError(ValueError):
    """A verdict that cannot be recorded: the message names the field and what was expected."""


@dataclass(frozen=True)
class Verdict:
    finding_key: str | None
    utterance: int
    verdict: str
    label: str | None
    note: str
    reviewer: str
    at: datetime

    @property
    def finding_label(self) -> str | None:
        """The label the finding had (keys are "label@utterance"); None for a missed mark."""
        return self.finding_key.rpartition("@")[0] if self.finding_key else None


def verdict_of(row: ReviewRow, reviewer: str) -> Verdict:
    return Verdict(
        row.finding_key,
        row.utterance,
        row.verdict,
        row.label,
        row.note,
        reviewer,
        aware(row.created_at),
    )


def review_finding(
    session: Session,
    call: CallRow,
    finding_key: str,
    verdict: str,
    user: User,
    label: str | None = None,
    note: str = "",
) -> Verdict:
    if verdict not in ("confirm", "reject", "relabel"):
        raise ReviewError(f"field 'verdict': expected confirm, reject or relabel, got {verdict!r}")
    finding = session.scalar(
        select(FindingRow).where(
            FindingRow.call_pk == call.id, FindingRow.finding_key == finding_key
        )
    )
    if finding is None:
        raise ReviewError(f"field 'finding': call {call.call_id!r} has no finding {finding_key!r}")
    if verdict == "relabel":
        allowed = CALL_FINDINGS if finding.label in CALL_FINDINGS else UTTERANCE_LABELS
        if label not in allowed or label == finding.label:
            raise ReviewError(
                f"field 'label': expected another label of {', '.join(allowed)}, got {label!r}"
            )
    else:
        label = None
    return _add(session, call, finding_key, finding.utterance, verdict, label, note, user)


def mark_missed(
    session: Session, call: CallRow, utterance: int, label: str, user: User, note: str = ""
) -> Verdict:
    """A label the detector did not give, on any utterance of the call."""
    if label not in UTTERANCE_LABELS:
        raise ReviewError(f"field 'label': expected one of {', '.join(UTTERANCE_LABELS)}")
    found = session.scalar(
        select(UtteranceRow.id).where(
            UtteranceRow.call_pk == call.id, UtteranceRow.index == utterance
        )
    )
    if found is None:
        raise ReviewError(f"field 'utterance': call {call.call_id!r} has no utterance {utterance}")
    return _add(session, call, None, utterance, "missed", label, note, user)


def _add(
    session: Session,
    call: CallRow,
    finding_key: str | None,
    utterance: int,
    verdict: str,
    label: str | None,
    note: str,
    user: User,
) -> Verdict:
    assert verdict in VERDICTS
    row = ReviewRow(
        call_pk=call.id,
        finding_key=finding_key,
        utterance=utterance,
        verdict=verdict,
        label=label,
        note=note.strip()[:4000],
        reviewer_pk=user.id,
        created_at=now(),
    )
    session.add(row)
    call.reviewed_at = row.created_at
    audit(
        session,
        user.id,
        f"review_{verdict}",
        call.call_id,
        {"finding": finding_key, "utterance": utterance, "label": label},
    )
    session.flush()
    return verdict_of(row, user.username)


def review_call(
    session: Session, call: CallRow, handled: str, should_have: str, note: str, user: User
) -> None:
    if handled not in HANDLED:
        raise ReviewError(f"field 'handled': expected one of {', '.join(HANDLED)}")
    session.add(
        CallReviewRow(
            call_pk=call.id,
            handled=handled,
            should_have=should_have.strip()[:4000],
            note=note.strip()[:4000],
            reviewer_pk=user.id,
            created_at=now(),
        )
    )
    call.reviewed_at = now()
    audit(session, user.id, "review_call", call.call_id, {"handled": handled})


def history(session: Session, call: CallRow) -> list[Verdict]:
    """Every verdict on the call, oldest first, with who gave it."""
    rows = session.execute(
        select(ReviewRow, UserRow.username)
        .join(UserRow, UserRow.id == ReviewRow.reviewer_pk)
        .where(ReviewRow.call_pk == call.id)
        .order_by(ReviewRow.id)
    ).all()
    return [verdict_of(row, name) for row, name in rows]


def current_verdicts(session: Session, call: CallRow) -> dict[str, Verdict]:
    """The newest verdict per finding key (missed-label marks under 'missed@U:label')."""
    current: dict[str, Verdict] = {}
    for verdict in history(session, call):
        key = verdict.finding_key or f"missed@{verdict.utterance}:{verdict.label}"
        current[key] = verdict
    return current


def call_reviews(session: Session, call: CallRow) -> list[tuple[CallReviewRow, str]]:
    rows = session.execute(
        select(CallReviewRow, UserRow.username)
        .join(UserRow, UserRow.id == CallReviewRow.reviewer_pk)
        .where(CallReviewRow.call_pk == call.id)
        .order_by(CallReviewRow.id)
    ).all()
    return [(row, name) for row, name in rows]
