"""articles.origin: the feed each article was copied from

An entry's Atom <source> named feedhub's own feed, or the configured source, rather
than the feed the entry came from (an agency's drop folder holds one feed per desk);
the W3C validator warned on every entry that its source had no <updated>. Articles stored
from now on keep their feed's id, title, website, own URL and update time; older ones
have none and fall back to the configured source.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


# plain ALTER TABLE on both backends (SQLite 3.35 and later drop a column in place): a
# batch operation would copy `articles`, which other tables' foreign keys point to


def upgrade() -> None:
    op.add_column("articles", sa.Column("origin", sa.JSON))


def downgrade() -> None:
    op.drop_column("articles", "origin")
