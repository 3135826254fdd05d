"""Dedup keys: the `article_keys` rows behind the dedup index.

Owns writing an article's index keys (one row per kind and key, the hottest write of an
ingest), deleting them when the article is updated, and reading them back as a log
(`KeyLogReads`, dedup.lookup.KeyLog), from which dedup.index loads a process's in-memory
recent index by one scan and then catches up by primary key with what other processes
wrote.

Invariants: called only inside an ingest session (db.ingest), which holds the ingest
lock; LINK keys are stored with day 0 (they are looked up regardless of time), all others
with the day of the article's publication (models.day_number); dedup reads `last_key`
inside the session and takes it as seen only after the commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from datetime import datetime

import sqlalchemy as sa

from feedhub.db.schema import article_keys
from feedhub.models import LINK
from feedhub.models import KeyRow
from feedhub.models import day_number

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
    article_keys.c.kind.in_(_P("kinds", expanding=True)), article_keys.c.day >= _P("since")
).order_by(article_keys.c.id)
# is there anything the index would not hold? (one scan when the process starts)
_Q_ANY_KEY_BEFORE = (
    sa.select(article_keys.c.day)
    .where(article_keys.c.kind.in_(_P("kinds", expanding=True)), article_keys.c.day < _P("before"))
    .limit(1)
)
# catching up: what other processes wrote since, by primary key alone. With the kinds in
# the WHERE clause SQLite chose the (kind, ...) index and read every key row of those kinds
# at each ingest (5 ms at 60,000 rows, growing with the store); the few rows since are
# filtered by kind in Python instead
_Q_KEY_ROWS_AFTER = _KEY_ROW.where(article_keys.c.id > _P("after")).order_by(article_keys.c.id)
_DELETE_KEYS = article_keys.delete().where(article_keys.c.article_id == _P("article_id"))


class KeyLogReads:
    """article_keys as a log (dedup.lookup.KeyLog), in an ingest session's connection."""

    conn: sa.Connection

    def key_rows(
        self, kinds: Iterable[int], *, since_day: int | None = None, after: int = 0
    ) -> Iterator[KeyRow]:
        wanted = set(kinds)
        if since_day is not None:
            query = _Q_KEY_ROWS_SINCE
            params: dict[str, object] = {"since": since_day, "kinds": list(wanted)}
        else:
            query, params = _Q_KEY_ROWS_AFTER, {"after": after}
        for row in self.conn.execute(query, params):
            if row.kind in wanted:
                yield KeyRow(*row)

    def any_key_before(self, kinds: Iterable[int], day: int) -> bool:
        params = {"kinds": list(kinds), "before": day}
        return self.conn.scalar(_Q_ANY_KEY_BEFORE, params) is not None

    def last_key(self) -> int:
        return int(self.conn.scalar(_Q_LAST_KEY) or 0)


def delete_keys(conn: sa.Connection, article_id: int) -> None:
    conn.execute(_DELETE_KEYS, {"article_id": article_id})


def write_keys(
    conn: sa.Connection,
    article_id: int,
    published: datetime,
    language: str,
    keys: Mapping[int, list[int]],
) -> None:
    """The article's index keys, one row each (`language`: its primary subtag). The
    hottest write of an ingest (some 60 rows an article): the rows share their time and
    language, converted once, and go to the driver as plain tuples."""
    dialect = conn.dialect
    to_db = article_keys.c.published.type.dialect_impl(dialect).bind_processor(dialect)
    value = to_db(published) if to_db else published
    lang = language
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
