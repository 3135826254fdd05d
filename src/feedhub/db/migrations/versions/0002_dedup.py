"""near-duplicate index keys, story links, operator overrides

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedhub.db.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_keys",
        sa.Column("kind", sa.SmallInteger, nullable=False),
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("published", UTCDateTime, nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
    )
    op.create_index("ix_article_keys_lookup", "article_keys", ["kind", "key", "published"])
    op.create_index("ix_article_keys_article", "article_keys", ["article_id"])
    op.create_table(
        "story_links",
        sa.Column("story_a", sa.Integer, sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("story_b", sa.Integer, sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_story_links_b", "story_links", ["story_b"])
    op.create_table(
        "dedup_overrides",
        sa.Column("source_id", sa.String(64), primary_key=True),
        sa.Column("guid", sa.Text, primary_key=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("story_uid", sa.Text),
        sa.Column("created", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dedup_overrides")
    op.drop_table("story_links")
    op.drop_table("article_keys")
