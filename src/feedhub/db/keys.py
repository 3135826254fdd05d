"""Dedup keys: the `article_keys` rows behind the dedup index, and its recent part.

Owns writing an article's index keys (one row per kind and key, the hottest write of an
ingest), deleting them when the article is updated, and keeping a process's in-memory
RecentIndex (dedup.index) in step with the table: loaded by one scan when the process
first ingests, then caught up by primary key with what other processes wrote.

Invariants: called only inside an ingest transaction (db.ingest), which holds the ingest
lock; LINK keys are stored with day 0 (they are looked up regardless of time), all others
with the day of the article's publication; the caller records `last_key` after a commit,
so a failed transaction's rows are never taken as seen.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta

import sqlalchemy as sa

from feedhub.db.schema import article_keys
from feedhub.dedup.features import LINK
from feedhub.dedup.features import primary_language
from feedhub.dedup.index import BEGINNING
from feedhub.dedup.index import INDEXED
from feedhub.dedup.index import KEEP_DAYS
from feedhub.dedup.index import KeyRow
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.index import day_number

_P = sa.bindparam
_Q_LAST_KEY = sa.select(sa.func.max(article_keys.c.id))
_KEY_ROW = sa.select(
    article_keys.c.kind,
    article_keys.c.key,
    article_keys.c.article_id,
    article_keys.c.published,
    article_keys.c.language,
)
# loading the recent index: one scan when the process starts
_Q_KEY_ROWS_SINCE = _KEY_ROW.where(
    article_keys.c.kind.in_(INDEXED), article_keys.c.day >= _P("since")
).order_by(article_keys.c.id)
# is there anything the index would not hold? (one scan when the process starts)
_Q_ANY_KEY_BEFORE = (
    sa.select(article_keys.c.day)
    .where(article_keys.c.kind.in_(INDEXED), article_keys.c.day < _P("before"))
    .limit(1)
)
# catching up: what other processes wrote since (by primary key)
_Q_KEY_ROWS_AFTER = _KEY_ROW.where(article_keys.c.id > _P("after")).order_by(article_keys.c.id)
_DELETE_KEYS = article_keys.delete().where(article_keys.c.article_id == _P("article_id"))


def sync_recent(
    conn: sa.Connection, recent: RecentIndex | None, seen: int, now: datetime
) -> RecentIndex:
    """The recent index brought up to date: loaded when there is none yet, otherwise
    what was written after key row `seen` added and the days that fell out forgotten."""
    if recent is None:
        start = now - timedelta(days=KEEP_DAYS)
        older = conn.scalar(_Q_ANY_KEY_BEFORE, {"before": day_number(start)})
        # nothing older stored: the index holds it all (a new store, a first backfill)
        recent = RecentIndex(BEGINNING if older is None else start, today=now)
        rows = conn.execute(_Q_KEY_ROWS_SINCE, {"since": day_number(recent.start)})
    else:
        recent.forget_before(now)
        rows = conn.execute(_Q_KEY_ROWS_AFTER, {"after": seen})
    recent.add(KeyRow(*row) for row in rows)
    return recent


def last_key(conn: sa.Connection) -> int:
    """The newest key row's id (0: none), what `sync_recent` catches up from next time."""
    return int(conn.scalar(_Q_LAST_KEY) or 0)


def delete_keys(conn: sa.Connection, article_id: int) -> None:
    conn.execute(_DELETE_KEYS, {"article_id": article_id})


def write_keys(
    conn: sa.Connection,
    article_id: int,
    published: datetime,
    language: str,
    keys: Mapping[int, list[int]],
) -> None:
    """The article's index keys, one row each. The hottest write of an ingest (some
    60 rows an article): the rows share their time and language, converted once, and
    go to the driver as plain tuples."""
    dialect = conn.dialect
    to_db = article_keys.c.published.type.dialect_impl(dialect).bind_processor(dialect)
    value = to_db(published) if to_db else published
    lang = primary_language(language)
    day = day_number(published)
    rows = [
        (kind, key, article_id, value, lang, 0 if kind == LINK else day)
        for kind, values in keys.items()
        for key in dict.fromkeys(values)
    ]
    if rows:
        conn.exec_driver_sql(_insert_keys_sql(dialect.paramstyle), rows)


def _insert_keys_sql(paramstyle: str) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * 6)
    columns = "kind, key, article_id, published, language, day"
    return f"INSERT INTO article_keys ({columns}) VALUES ({marks})"
