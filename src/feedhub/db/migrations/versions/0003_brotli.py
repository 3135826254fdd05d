"""precompressed brotli form of each rendered feed; document keys hold archive pages

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
        batch.alter_column("section", type_=sa.Text, existing_type=sa.String(64))


def downgrade() -> None:
    with op.batch_alter_table("feed_documents") as batch:
        batch.drop_column("brotli")
