"""precompressed brotli form of each rendered feed

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_documents") as batch:
        batch.add_column(sa.Column("brotli", sa.LargeBinary))


def downgrade() -> None:
    with op.batch_alter_table("feed_documents") as batch:
        batch.drop_column("brotli")
