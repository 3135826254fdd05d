"""article_facets: the tag, author and source feeds each article belongs to

Feeds per tag, author and source (/feeds/tag/{slug}.atom ...) select the stories with a
version under the facet's key; the keys are written beside each article and, here, for
every article already stored (feeds.facets of its source, categories and authors).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    from feedhub.feeds import facet_rows

    table = op.create_table(
        "article_facets",
        sa.Column("feed", sa.String(100), primary_key=True),
        sa.Column("article_id", sa.Integer, primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
    )
    op.create_index("ix_article_facets_article", "article_facets", ["article_id"])
    conn = op.get_bind()
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("source_id", sa.String),
        sa.column("authors", sa.JSON),
        sa.column("categories", sa.JSON),
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(articles).where(articles.c.id > last).order_by(articles.c.id).limit(_BATCH)
        ).all()
        if not rows:
            break
        values = [
            row
            for r in rows
            for row in facet_rows(r.id, r.source_id, r.categories or (), r.authors or ())
        ]
        if values:
            conn.execute(sa.insert(table), values)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_article_facets_article", table_name="article_facets")
    op.drop_table("article_facets")
