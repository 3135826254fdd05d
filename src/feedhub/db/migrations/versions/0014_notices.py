"""stories.withdrawn, articles.correction: a source's kill notices and corrections

A kill notice (an agency's "Löschung" of an item it sent) takes its story out of every
feed and archive page; the story row stays, so its place in the archive order and its
entry id do not go to another story. A correction is marked in the feeds.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedhub.db.schema import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:  # ALTER TABLE in place on both backends (see 0013)
    op.add_column("stories", sa.Column("withdrawn", UTCDateTime))
    op.add_column(
        "articles",
        sa.Column("correction", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("articles", "correction")
    op.drop_column("stories", "withdrawn")
