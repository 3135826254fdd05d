"""article_index: an article's band and name keys packed into one row

Band keys are random hashes: some 30 rows an article, each on a random page of the
(kind, day, key) index, so a commit rewrote about a page a key and writing them was a
third of an ingest. The in-memory index (dedup.index) needs them as a log, not by key;
SQL looks bands up only before the in-memory index's start, where a few days' packed rows
are read. So each article's band and name keys become one `article_index` row (the log the
in-memory index loads and follows), and the band rows leave `article_keys`, which keeps
the name and link rows that SQL looks up by key.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

from feedhub.db.schema import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BODY, LEAD, TERM = 1, 2, 4  # dedup.features' kinds; packed in this order (db.keys)
PACKED = (BODY, LEAD, TERM)
BATCH = 1000

_keys = sa.table(
    "article_keys",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.SmallInteger),
    sa.column("key", sa.BigInteger),
    sa.column("article_id", sa.Integer),
    sa.column("published", UTCDateTime),
    sa.column("language", sa.String),
    sa.column("day", sa.Integer),
)


def _pack(keys: dict[int, list[int]]) -> bytes:
    parts = [list(dict.fromkeys(keys.get(kind, ()))) for kind in PACKED]
    values = [len(p) for p in parts] + [k for p in parts for k in p]
    return struct.pack(f"<{len(values)}q", *values)


def _unpack(blob: bytes) -> dict[int, list[int]]:
    values = list(struct.unpack(f"<{len(blob) // 8}q", blob))
    keys, at = {}, len(PACKED)
    for kind, n in zip(PACKED, values[: len(PACKED)], strict=True):
        keys[kind] = values[at : at + n]
        at += n
    return keys


def upgrade() -> None:
    index = op.create_table(
        "article_index",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("published", UTCDateTime, nullable=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("packed", sa.LargeBinary, nullable=False),
        sqlite_autoincrement=True,
    )
    assert index is not None
    conn = op.get_bind()
    batch: list[dict[str, Any]] = []
    for row in _articles_keys(conn):
        batch.append(row)
        if len(batch) >= BATCH:
            conn.execute(index.insert(), batch)
            batch = []
    if batch:
        conn.execute(index.insert(), batch)
    op.create_index("ix_article_index_article", "article_index", ["article_id"])
    op.create_index("ix_article_index_day", "article_index", ["day"])
    conn.execute(_keys.delete().where(_keys.c.kind.in_((BODY, LEAD))))


def _articles_keys(conn: sa.Connection) -> Iterator[dict[str, Any]]:
    """Each article's band and name rows, packed, in the order they were written."""
    rows = conn.execute(
        sa.select(_keys)
        .where(_keys.c.kind.in_(PACKED))
        .order_by(_keys.c.article_id, _keys.c.kind, _keys.c.id)
    )
    current: dict[str, Any] | None = None
    keys: dict[int, list[int]] = {}
    for r in rows:
        if current is None or r.article_id != current["article_id"]:
            if current is not None:
                yield {**current, "packed": _pack(keys)}
            current = {
                "article_id": r.article_id,
                "published": r.published,
                "day": r.day,
                "language": r.language,
            }
            keys = {}
        keys.setdefault(r.kind, []).append(r.key)
    if current is not None:
        yield {**current, "packed": _pack(keys)}


def downgrade() -> None:
    conn = op.get_bind()
    index = sa.table(
        "article_index",
        sa.column("article_id", sa.Integer),
        sa.column("published", UTCDateTime),
        sa.column("day", sa.Integer),
        sa.column("language", sa.String),
        sa.column("packed", sa.LargeBinary),
    )
    batch: list[dict[str, Any]] = []
    for r in conn.execute(sa.select(index).order_by(sa.column("id"))).all():
        packed = _unpack(r.packed)
        for kind in (BODY, LEAD):
            for key in packed[kind]:
                batch.append(
                    {
                        "kind": kind,
                        "key": key,
                        "article_id": r.article_id,
                        "published": r.published,
                        "language": r.language,
                        "day": r.day,
                    }
                )
        if len(batch) >= BATCH:
            conn.execute(_keys.insert(), batch)
            batch = []
    if batch:
        conn.execute(_keys.insert(), batch)
    op.drop_index("ix_article_index_day", table_name="article_index")
    op.drop_index("ix_article_index_article", table_name="article_index")
    op.drop_table("article_index")
