"""initial schema: sources, stories, articles, feed_documents

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedhub.db.schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("next_check_at", UTCDateTime, nullable=False),
        sa.Column("last_checked_at", UTCDateTime),
        sa.Column("last_success_at", UTCDateTime),
        sa.Column("state", sa.String(20), nullable=False, server_default="new"),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("entries_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("new_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("dupe_count", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.Text, nullable=False, unique=True),
        sa.Column("section", sa.String(64)),
        sa.Column("representative_id", sa.Integer),
        sa.Column("published", UTCDateTime, nullable=False),
        sa.Column("updated", UTCDateTime, nullable=False),
    )
    op.create_index("ix_stories_section_published", "stories", ["section", "published"])
    op.create_index("ix_stories_published", "stories", ["published"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("url_key", sa.Text),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("content_html", sa.Text, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("published", UTCDateTime),
        sa.Column("updated", UTCDateTime),
        sa.Column("first_seen", UTCDateTime, nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("section", sa.String(64)),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("enclosures", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("mergeable", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.UniqueConstraint("source_id", "guid", name="uq_articles_source_guid"),
    )
    op.create_index("ix_articles_url_key", "articles", ["url_key"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_story", "articles", ["story_id"])
    op.create_table(
        "feed_documents",
        sa.Column("section", sa.String(64), primary_key=True),
        sa.Column("format", sa.String(8), primary_key=True),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("gzip", sa.LargeBinary, nullable=False),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("last_modified", UTCDateTime, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_documents")
    op.drop_table("articles")
    op.drop_table("stories")
    op.drop_table("sources")
