"""Dedup keys: the rows behind the dedup index.

Owns writing an article's index keys, deleting them when the article is updated, and
reading them back as a log (`KeyLogReads`, dedup.lookup.KeyLog), from which dedup.index
loads a process's in-memory index by one scan and then catches up by row number with what
other processes wrote. An article's band and name keys are packed into one `article_index`
row (the log); its name and link keys are also `article_keys` rows, one a key, for the
lookups by key in SQL (names in a window before the in-memory index's start, links at any
time). Band keys are random hashes: a row each scattered over the (kind, day, key) index
and was a third of an ingest's time; names repeat, and their rows cluster.

Invariants: called only inside an ingest session (db.ingest), which holds the ingest
lock; an article has at most one `article_index` row (an update deletes it and appends a
new one, with a higher id: ids are never reused); link keys are stored with day 0 (they
are looked up regardless of time); dedup reads `last_key` inside the session and takes it
as seen only after the commit.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from feedhub.db.schema import article_index
from feedhub.db.schema import article_keys
from feedhub.models import BODY
from feedhub.models import LEAD
from feedhub.models import LINK
from feedhub.models import TERM
from feedhub.models import KeyRow
from feedhub.models import day_number

PACKED = (BODY, LEAD, TERM)  # the kinds in article_index.keys, in this order

_P = sa.bindparam
_Q_LAST_KEY = sa.select(sa.func.max(article_index.c.id))
_INDEX_ROW = sa.select(
    article_index.c.article_id,
    article_index.c.published,
    article_index.c.language,
    article_index.c.packed,
)
# loading the index: one scan when the process starts
_Q_ROWS_SINCE = _INDEX_ROW.where(article_index.c.day >= _P("since")).order_by(article_index.c.id)
# a band lookup before the index's start: the days it reaches (dedup.index loads them)
_Q_ROWS_OF_DAYS = _INDEX_ROW.where(article_index.c.day.between(_P("first"), _P("last"))).order_by(
    article_index.c.id
)
# catching up: what other processes wrote since, by row number
_Q_ROWS_AFTER = _INDEX_ROW.where(article_index.c.id > _P("after")).order_by(article_index.c.id)
# is there anything the index would not hold? (one query when the process starts)
_Q_ANY_BEFORE = sa.select(article_index.c.day).where(article_index.c.day < _P("before")).limit(1)
_DELETE_LINKS = article_keys.delete().where(article_keys.c.article_id == _P("article_id"))
_DELETE_INDEXED = article_index.delete().where(article_index.c.article_id == _P("article_id"))
_INSERT_INDEXED = article_index.insert()


def pack_keys(keys: Mapping[int, Sequence[int]]) -> bytes:
    """An article's band and name keys (kinds PACKED), each kind's deduplicated, as
    little-endian signed 64-bit integers: the three counts, then the keys in kind order."""
    parts = [list(dict.fromkeys(keys.get(kind, ()))) for kind in PACKED]
    values = [len(p) for p in parts] + [k for p in parts for k in p]
    return struct.pack(f"<{len(values)}q", *values)


def unpack_keys(blob: bytes) -> dict[int, list[int]]:
    """pack_keys' keys by kind; ValueError for bytes it did not write."""
    if len(blob) % 8 or len(blob) < 8 * len(PACKED):
        raise ValueError(f"packed keys of {len(blob)} bytes")
    values = list(struct.unpack(f"<{len(blob) // 8}q", blob))
    counts, at = values[: len(PACKED)], len(PACKED)
    if sum(counts) != len(values) - at or min(counts) < 0:
        raise ValueError(f"packed key counts {counts} for {len(values) - at} keys")
    keys: dict[int, list[int]] = {}
    for kind, n in zip(PACKED, counts, strict=True):
        keys[kind] = values[at : at + n]
        at += n
    return keys


class KeyLogReads:
    """article_index as a log (dedup.lookup.KeyLog), in an ingest session's connection."""

    conn: sa.Connection

    def key_rows(
        self,
        *,
        since_day: int | None = None,
        after: int = 0,
        days: tuple[int, int] | None = None,
    ) -> Iterator[KeyRow]:
        params: dict[str, object]
        if days is not None:
            query, params = _Q_ROWS_OF_DAYS, {"first": days[0], "last": days[1]}
        elif since_day is not None:
            query, params = _Q_ROWS_SINCE, {"since": since_day}
        else:
            query, params = _Q_ROWS_AFTER, {"after": after}
        for row in self.conn.execute(query, params):
            yield KeyRow(row.article_id, row.published, row.language, unpack_keys(row.packed))

    def any_key_before(self, day: int) -> bool:
        return self.conn.scalar(_Q_ANY_BEFORE, {"before": day}) is not None

    def last_key(self) -> int:
        return int(self.conn.scalar(_Q_LAST_KEY) or 0)


def delete_keys(conn: sa.Connection, article_id: int) -> None:
    conn.execute(_DELETE_INDEXED, {"article_id": article_id})
    conn.execute(_DELETE_LINKS, {"article_id": article_id})


def write_keys(
    conn: sa.Connection,
    article_id: int,
    published: datetime,
    language: str,
    keys: Mapping[int, Sequence[int]],
) -> None:
    """The article's index keys (`language`: its primary subtag): the band and name keys
    in one packed row, each name and link key in a row of its own (as plain tuples to the
    driver, their time converted once: some 30 rows an article)."""
    dialect = conn.dialect
    to_db = article_keys.c.published.type.dialect_impl(dialect).bind_processor(dialect)
    value = to_db(published) if to_db else published
    day = day_number(published)
    conn.execute(
        _INSERT_INDEXED,
        {
            "article_id": article_id,
            "published": published,
            "day": day,
            "language": language,
            "packed": pack_keys(keys),
        },
    )
    rows = [
        (kind, key, article_id, value, language, 0 if kind == LINK else day)
        for kind in (TERM, LINK)
        for key in dict.fromkeys(keys.get(kind, ()))
    ]
    if rows:
        conn.exec_driver_sql(_insert_keys_sql(dialect.paramstyle), rows)


def _insert_keys_sql(paramstyle: str) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * 6)
    columns = "kind, key, article_id, published, language, day"
    return f"INSERT INTO article_keys ({columns}) VALUES ({marks})"
