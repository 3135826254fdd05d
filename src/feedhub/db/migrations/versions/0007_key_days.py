"""article_keys.day: the dedup index looked up by (kind, day, key)

Index keys are hashes, so an index ordered by key puts every new row on a random page of
a B-tree as large as the store: each commit rewrites thousands of pages, and more as the
store grows. Ordered by day first, a day's rows share a small, cached part of the index,
and writing costs the same at any store size. Lookups name their window's days.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

LINK = 5  # dedup.features.LINK: link keys have no time window; their day is 0


def upgrade() -> None:
    with op.batch_alter_table("article_keys") as batch:
        batch.add_column(sa.Column("day", sa.Integer, nullable=False, server_default="0"))
    if op.get_bind().dialect.name == "postgresql":
        day = "CAST(floor(extract(epoch FROM published) / 86400) AS INTEGER)"
    else:  # naive UTC text; julianday 2440587.5 is 1970-01-01 (and keys are later)
        day = "CAST(julianday(published) - 2440587.5 AS INTEGER)"
    op.execute(f"UPDATE article_keys SET day = {day} WHERE kind != {LINK}")  # noqa: S608
    op.drop_index("ix_article_keys_lookup", table_name="article_keys")
    op.create_index("ix_article_keys_day", "article_keys", ["kind", "day", "key"])


def downgrade() -> None:
    op.drop_index("ix_article_keys_day", table_name="article_keys")
    op.create_index("ix_article_keys_lookup", "article_keys", ["kind", "key", "published"])
    with op.batch_alter_table("article_keys") as batch:
        batch.drop_column("day")
