"""ingest_changes: which stored articles each ingest changed

A process that finds the ingest epoch moved on by another process (a second worker on
PostgreSQL, an operator's `feedhub split`) forgot every article it remembered, as it could
not tell which the other changed: with two workers taking turns, almost every candidate
was read again. Each ingest now lists the stored articles it changed (updated, moved to
another story) under its epoch, and a process forgets only those.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_changes",
        sa.Column("epoch", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_ingest_changes_epoch", "ingest_changes", ["epoch"])


def downgrade() -> None:
    op.drop_index("ix_ingest_changes_epoch", table_name="ingest_changes")
    op.drop_table("ingest_changes")
