"""What the dashboard reads without scanning every finding and turn: each call's count of
acknowledged cues beside its missed ones, and each script-bound label's normalised words
(`labels.phrase`, indexed with the label); also an index on labels.call_pk, which the call list
and re-scoring look labels up by. Existing rows are filled in.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mot_detect.store.calls import script_phrase

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
BATCH = 5000


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN (no batch copy: that would drop the search triggers).
    op.add_column(
        "calls", sa.Column("acknowledged_cues", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("labels", sa.Column("phrase", sa.String(length=300), nullable=True))
    op.create_index("ix_labels_call", "labels", ["call_pk"])
    op.execute(
        "UPDATE calls SET acknowledged_cues = (SELECT count(DISTINCT f.utterance) FROM findings f"
        " WHERE f.call_pk = calls.id AND f.label = 'acknowledged_cue')"
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT l.id, l.label, u.speaker, u.text, l.span_start, l.span_end FROM labels l"
            " JOIN utterances u ON u.id = l.utterance_pk WHERE u.speaker = 'agent'"
        )
    ).all()
    updates = []
    for row_id, label, speaker, text, start, end in rows:
        span = (start, end) if start is not None and end is not None else None
        phrase = script_phrase(label, speaker, text, span)
        if phrase is not None:
            updates.append({"id": row_id, "phrase": phrase})
    statement = sa.text("UPDATE labels SET phrase = :phrase WHERE id = :id")
    for first in range(0, len(updates), BATCH):
        bind.execute(statement, updates[first : first + BATCH])
    op.create_index("ix_labels_phrase", "labels", ["label", "phrase"])


def downgrade() -> None:
    op.drop_index("ix_labels_phrase", table_name="labels")
    op.drop_index("ix_labels_call", table_name="labels")
    op.drop_column("labels", "phrase")
    op.drop_column("calls", "acknowledged_cues")
