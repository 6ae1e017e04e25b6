"""The dashboard's per-day roll-ups, which it reads for a range of whole days instead of every
call and script-bound label in it (before: 310 ms for a month of 33,000 calls on SQLite, 385 ms
for a quarter): `reply_days` (each script-bound reply's count per day) and `call_days` (calls,
cues and missed cues per day and agent, and per day and queue). Filled here from the stored
calls; from here on the writer keeps them (store/rollup.py).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The UTC day each call started on, as the writer's `day_of` computes it ('0001-01-01': none).
DAY = {
    "sqlite": "coalesce(date(c.started_at), '0001-01-01')",
    "postgresql": "coalesce(CAST(timezone('UTC', c.started_at) AS date), DATE '0001-01-01')",
}


def upgrade() -> None:
    op.create_table(
        "reply_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("phrase", sa.String(length=300), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "label", "phrase"),
    )
    op.create_table(
        "call_days",
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("cues", sa.Integer(), nullable=False),
        sa.Column("missed_cues", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dimension", "day", "name"),
    )
    day = DAY[op.get_bind().dialect.name]
    op.execute(
        f"INSERT INTO reply_days (day, label, phrase, count) SELECT {day}, l.label, l.phrase,"
        " count(*) FROM labels l JOIN calls c ON c.id = l.call_pk WHERE l.phrase IS NOT NULL"
        f" GROUP BY {day}, l.label, l.phrase"
    )
    for dimension in ("agent", "queue"):
        name = f"coalesce(c.{dimension}, '')"
        op.execute(
            "INSERT INTO call_days (dimension, day, name, calls, cues, missed_cues)"
            f" SELECT '{dimension}', {day}, {name}, count(*),"
            " sum(c.missed_cues + c.acknowledged_cues), sum(c.missed_cues) FROM calls c"
            f" GROUP BY {day}, {name}"
        )


def downgrade() -> None:
    op.drop_table("call_days")
    op.drop_table("reply_days")
