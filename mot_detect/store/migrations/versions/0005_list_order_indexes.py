"""Indexes for the call list at scale: agent, queue, level and started_at each indexed together
with the list's order (priority, then row id). A page filtered on one of them walks its calls in
that order and stops at the page's end, instead of reading every call that matches through the
single-column index and sorting them (the 30,000 high-level calls of 100,000 for one queue's
high-level calls; 70,000 for two months). They replace the single-column indexes on these
columns, which are their prefixes.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (new index, its leading column, the single-column index it replaces)
LIST_ORDER = (
    ("ix_calls_agent_priority", "agent", "ix_calls_agent"),
    ("ix_calls_queue_priority", "queue", "ix_calls_queue"),
    ("ix_calls_level_priority", "level", "ix_calls_level"),
    ("ix_calls_started_priority", "started_at", "ix_calls_started_at"),
)


def upgrade() -> None:
    # Plain CREATE / DROP INDEX (no batch copy of calls: that would drop the search triggers).
    for name, column, replaced in LIST_ORDER:
        op.create_index(name, "calls", [column, "priority", "id"])
        op.drop_index(replaced, table_name="calls")


def downgrade() -> None:
    for name, column, replaced in LIST_ORDER:
        op.create_index(replaced, "calls", [column])
        op.drop_index(name, table_name="calls")
