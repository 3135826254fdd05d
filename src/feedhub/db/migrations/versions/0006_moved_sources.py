"""sources that moved: the URL feedhub fetches after confirmed permanent redirects

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


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("fetch_url", sa.Text))
        batch.add_column(sa.Column("moved_to", sa.Text))
        batch.add_column(sa.Column("moved_seen", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("moved_seen")
        batch.drop_column("moved_to")
        batch.drop_column("fetch_url")
