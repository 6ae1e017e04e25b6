"""An index on labels.utterance_pk: a call's labels are loaded by utterance (the call page, the
review export), and deleting a call's utterances cascades to their labels; without it each of
these scans the whole labels table.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("labels", schema=None) as batch_op:
        batch_op.create_index("ix_labels_utterance", ["utterance_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("labels", schema=None) as batch_op:
        batch_op.drop_index("ix_labels_utterance")
