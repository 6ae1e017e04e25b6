"""Covering indexes for the dashboard: its groupings of calls (by day, agent and queue, with their
cue counts) and a date range's script-bound replies (a call's labels with their words). The calls
table carries every transcript, so reading its rows for 100,000 calls takes far longer than
reading these narrow indexes. The labels(call_pk, label, phrase) index replaces labels(call_pk).
And no index on calls.reviewed_at: for "not reviewed" (nearly every call) SQLite read all of
them through it instead of walking the priority order (240 ms at 100,000 calls).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
COUNTS = ["missed_cues", "acknowledged_cues"]


def upgrade() -> None:
    op.create_index("ix_calls_started_counts", "calls", ["started_at", *COUNTS])
    op.create_index("ix_calls_agent_counts", "calls", ["agent", *COUNTS])
    op.create_index("ix_calls_queue_counts", "calls", ["queue", *COUNTS])
    op.create_index("ix_labels_call_phrase", "labels", ["call_pk", "label", "phrase"])
    op.drop_index("ix_labels_call", table_name="labels")
    op.drop_index("ix_calls_reviewed_at", table_name="calls")


def downgrade() -> None:
    op.create_index("ix_calls_reviewed_at", "calls", ["reviewed_at"])
    op.create_index("ix_labels_call", "labels", ["call_pk"])
    op.drop_index("ix_labels_call_phrase", table_name="labels")
    for name in ("ix_calls_queue_counts", "ix_calls_agent_counts", "ix_calls_started_counts"):
        op.drop_index(name, table_name="calls")
