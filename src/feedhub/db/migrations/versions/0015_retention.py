"""feed_offsets, sources.pruned_through: retention

Retention (feedhub.retention) deletes the oldest stories, a prefix of the story order. A
feed's archive pages are numbered by position in its order, so each feed keeps how many
of its stories went (`feed_offsets`) and numbers its pages as if they were still there.
A source's `pruned_through` is the newest date of its articles that went: an entry of it
dated no later and not stored is one of those, sent again by a feed that keeps old items.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedhub.db.schema import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_offsets",
        sa.Column("feed", sa.String(100), primary_key=True),
        sa.Column("pruned", sa.BigInteger, nullable=False),
    )
    op.add_column("sources", sa.Column("pruned_through", UTCDateTime))


def downgrade() -> None:
    op.drop_column("sources", "pruned_through")
    op.drop_table("feed_offsets")
