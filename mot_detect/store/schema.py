"""The store's tables (SQLAlchemy 2). Migrations in store/migrations/ create exactly these.

A call's scored content (utterances, labels, findings) is replaced whole when the call is scored
again; what people add (reviews, the call review form, audit events) refers to the call's row and
to findings by their stable `finding_key` (label and utterance), so it survives re-scoring.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("reviewer", "admin")
VERDICTS = ("confirm", "reject", "relabel", "missed")
HANDLED = ("yes", "partly", "no")


class Base(DeclarativeBase):
    pass


class CallRow(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str | None] = mapped_column(String(1000))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    agent: Mapped[str | None] = mapped_column(String(200))
    queue: Mapped[str | None] = mapped_column(String(200))
    call_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="done")  # live | done
    stakes: Mapped[float] = mapped_column(Float, default=0.0)
    handling: Mapped[float] = mapped_column(Float, default=1.0)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    level: Mapped[str] = mapped_column(String(20), default="low")
    cues: Mapped[int] = mapped_column(Integer, default=0)
    missed_cues: Mapped[int] = mapped_column(Integer, default=0, index=True)
    acknowledged_cues: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    flagged: Mapped[int] = mapped_column(Integer, default=0)
    duration: Mapped[float | None] = mapped_column(Float)
    transcript: Mapped[str] = mapped_column(Text, default="")
    detector_version: Mapped[str] = mapped_column(String(100))
    model_version: Mapped[str] = mapped_column(String(200))
    engine: Mapped[str] = mapped_column(String(20))
    scored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # No index: "not reviewed" is nearly every call, and SQLite would read all of them through
    # one instead of walking the priority order; "reviewed" is found fast enough in that walk.
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    utterances: Mapped[list[UtteranceRow]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="UtteranceRow.index"
    )
    findings: Mapped[list[FindingRow]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="FindingRow.id"
    )

    __table_args__ = (
        Index("ix_calls_priority_id", "priority", "id"),
        # The call list walks calls in review order (priority, newest row first) within a filter
        # on one of these columns too: a page reads its calls, not all that match (0005).
        Index("ix_calls_agent_priority", "agent", "priority", "id"),
        Index("ix_calls_queue_priority", "queue", "priority", "id"),
        Index("ix_calls_level_priority", "level", "priority", "id"),
        Index("ix_calls_started_priority", "started_at", "priority", "id"),
        # The dashboard's groupings read only these (migration 0004).
        Index("ix_calls_started_counts", "started_at", "missed_cues", "acknowledged_cues"),
        Index("ix_calls_agent_counts", "agent", "missed_cues", "acknowledged_cues"),
        Index("ix_calls_queue_counts", "queue", "missed_cues", "acknowledged_cues"),
    )


class UtteranceRow(Base):
    __tablename__ = "utterances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[float | None] = mapped_column(Float)
    end: Mapped[float | None] = mapped_column(Float)

    call: Mapped[CallRow] = relationship(back_populates="utterances")
    labels: Mapped[list[LabelRow]] = relationship(
        back_populates="utterance", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("call_pk", "index", name="uq_utterances_call_index"),)


class LabelRow(Base):
    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    utterance_pk: Mapped[int] = mapped_column(ForeignKey("utterances.id", ondelete="CASCADE"))
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(40))
    score: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    # A script-bound reply's words, normalised (store/calls.py `script_phrase`), for the dashboard.
    phrase: Mapped[str | None] = mapped_column(String(300))

    utterance: Mapped[UtteranceRow] = relationship(back_populates="labels")

    __table_args__ = (
        Index("ix_labels_label_call", "label", "call_pk"),
        Index("ix_labels_utterance", "utterance_pk"),
        Index("ix_labels_call_phrase", "call_pk", "label", "phrase"),
        Index("ix_labels_phrase", "label", "phrase"),
    )


# The day script-bound replies of calls without a start time are counted under.
UNDATED = date(1, 1, 1)


class ReplyDayRow(Base):
    """How often each script-bound reply (label and normalised words, `labels.phrase`) was said
    on each UTC day, kept by the writer as calls land or are scored again (migration 0006): the
    dashboard's most frequent replies over a month read a few thousand of these rows instead
    of the script-bound labels of every call in the month."""

    __tablename__ = "reply_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)  # UNDATED: no start time
    label: Mapped[str] = mapped_column(String(40), primary_key=True)
    phrase: Mapped[str] = mapped_column(String(300), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class CallDayRow(Base):
    """Each agent's and each queue's calls, cues and missed cues per UTC day (`dimension` is
    "agent" or "queue"; `name` is "" for calls without one), kept by the writer like
    `reply_days` (migration 0006): the dashboard's groupings over a quarter read one row per
    agent and day instead of every call."""

    __tablename__ = "call_days"

    dimension: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)  # UNDATED: no start time
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    cues: Mapped[int] = mapped_column(Integer, default=0)
    missed_cues: Mapped[int] = mapped_column(Integer, default=0)


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    finding_key: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(40))
    utterance: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    cues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    replies: Mapped[list[Any]] = mapped_column(JSON, default=list)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    call: Mapped[CallRow] = relationship(back_populates="findings")

    __table_args__ = (
        UniqueConstraint("call_pk", "finding_key", name="uq_findings_call_key"),
        Index("ix_findings_label_call", "label", "call_pk"),
    )


class RecordingRow(Base):
    """A call's recording: the bytes live in the recordings folder under `path` (content
    addressed), so pages can serve byte ranges without reading the whole file."""

    __tablename__ = "recordings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), unique=True)
    path: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="reviewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionRow(Base):
    """A server-side login session; the cookie carries only `token`'s value, stored hashed."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class LoginAttemptRow(Base):
    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))  # the username or the client address
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)


class ReviewRow(Base):
    """One reviewer's verdict on a finding, or a label the detector missed on an utterance.

    Reviews are never overwritten: each verdict is a new row, and the latest one per finding is
    the current one, shown with its author (two reviewers at once both keep their verdicts)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    finding_key: Mapped[str | None] = mapped_column(String(80))
    utterance: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(20))
    label: Mapped[str | None] = mapped_column(String(40))  # relabel: the new label; missed: it
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    reviewer: Mapped[UserRow] = relationship()

    __table_args__ = (Index("ix_reviews_call", "call_pk", "finding_key"),)


class CallReviewRow(Base):
    """The overall form for a call: was the moment handled, and what the agent should have done."""

    __tablename__ = "call_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    handled: Mapped[str] = mapped_column(String(10))
    should_have: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    reviewer: Mapped[UserRow] = relationship()


class AuditRow(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    user_pk: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(50))
    target: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
