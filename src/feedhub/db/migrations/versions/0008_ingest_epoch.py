"""ingest_epoch: one counter that every ingest transaction moves on

A process keeps the recently stored articles in memory (db.repo._Memo) rather than reading
them back for every comparison. Another process (a second worker on PostgreSQL, an
operator's `feedhub split`) may change them meanwhile; it counts the epoch up too, so the
first process sees a gap between its own last count and the next and forgets them.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "ingest_epoch",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("epoch", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "epoch": 0}])


def downgrade() -> None:
    op.drop_table("ingest_epoch")
