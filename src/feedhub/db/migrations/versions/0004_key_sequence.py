"""article_keys.id: rows numbered as written, so each process's in-memory index can
catch up with what other processes wrote

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE article_keys ADD COLUMN id BIGSERIAL PRIMARY KEY")
        return
    # SQLite cannot add a primary key in place: the table is copied; existing rows are
    # numbered by the copy
    with op.batch_alter_table("article_keys", recreate="always") as batch:
        batch.add_column(sa.Column("id", sa.Integer, primary_key=True, autoincrement=True))


def downgrade() -> None:
    with op.batch_alter_table("article_keys") as batch:
        batch.drop_column("id")
