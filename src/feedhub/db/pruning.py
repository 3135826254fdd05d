"""Retention's writes: deleting the oldest stories with everything that hangs on them.

Owns deleting a prefix of the story order (the stories with the lowest ids) in one
transaction: their articles, the articles' dedup keys (article_keys, article_index),
facet rows, the story links of those stories (both directions), the operator
corrections of their articles and merges into them; counting per feed how many stories
of its order went (`feed_offsets`); raising each source's `pruned_through`; and, after a
prune, deleting the documents nobody may be served any more (`drop_documents`). When
and how much to prune is feedhub.retention's business; the reads that number a feed's
pages by these counts are db.stories'.

Why a prefix: every paged feed (a section, "all", a tag's, author's, source's or topic's)
is a subsequence of the story id order, and its archive pages are positions in it. A
prefix of the whole order is a prefix of each feed's order, so counting how many of a
feed's stories went keeps every later story at its position: no archive page shifts.

Invariants: runs inside an ingest session (db.ingest: the ingest lock, one transaction,
the ingest epoch moved on, the deleted articles listed as changed so other processes
forget them); story ids only grow, so no story can join the prefix while it is deleted;
the newest `keep_newest` stories are never deleted (a feed's subscription document keeps
its entries however quiet the hub).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import TypeVar

import sqlalchemy as sa

from feedhub import feeds
from feedhub.db.engine import DIALECT_INSERT
from feedhub.db.schema import article_facets
from feedhub.db.schema import article_index
from feedhub.db.schema import article_keys
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import feed_documents
from feedhub.db.schema import feed_offsets
from feedhub.db.schema import render_problems
from feedhub.db.schema import sources
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.models import Pruned

IDS_PER_QUERY = 500  # bound parameters per IN list
T = TypeVar("T")

_P = sa.bindparam
_FIRST_SEEN = (
    sa.select(sa.func.min(articles.c.first_seen))
    .where(articles.c.story_id == stories.c.id)
    .scalar_subquery()
)
# the oldest stories, with when their first version arrived (a story without versions is
# deleted by db.ingest as soon as its last one leaves, so None does not occur)
_Q_OLDEST = (
    sa.select(stories.c.id, stories.c.section, stories.c.updated, _FIRST_SEEN.label("created"))
    .where(stories.c.id < _P("below"))
    .order_by(stories.c.id)
    .limit(_P("limit"))
)
_Q_NTH_NEWEST = sa.select(stories.c.id).order_by(stories.c.id.desc()).offset(_P("n")).limit(1)
_IN_PREFIX = sa.select(articles.c.id).where(articles.c.story_id <= _P("last"))
_Q_FACET_COUNTS = (
    sa.select(article_facets.c.feed, sa.func.count(sa.distinct(articles.c.story_id)))
    .join(articles, articles.c.id == article_facets.c.article_id)
    .where(articles.c.story_id <= _P("last"))
    .group_by(article_facets.c.feed)
)
_DELETE_KEYS = {
    table.name: table.delete().where(table.c.article_id.in_(_IN_PREFIX))
    for table in (article_keys, article_index)
}
_DELETE_FACETS = article_facets.delete().where(article_facets.c.article_id.in_(_IN_PREFIX))
_Q_ANY_OVERRIDE = sa.select(sa.func.count()).select_from(dedup_overrides)
# an operator's correction of an article that goes, or a merge into a story that goes
_DELETE_OVERRIDES = dedup_overrides.delete().where(
    sa.tuple_(dedup_overrides.c.source_id, dedup_overrides.c.guid).in_(
        sa.select(articles.c.source_id, articles.c.guid).where(articles.c.story_id <= _P("last"))
    )
    | dedup_overrides.c.story_uid.in_(sa.select(stories.c.uid).where(stories.c.id <= _P("last")))
)
_DELETE_LINKS = story_links.delete().where(story_links.c.story_a <= _P("last"))  # (a < b)
_DELETE_ARTICLES = articles.delete().where(articles.c.story_id <= _P("last"))
_DELETE_STORIES = stories.delete().where(stories.c.id <= _P("last"))
_NEWEST_DATE = sa.func.max(sa.func.coalesce(articles.c.updated, articles.c.published))
# per source, the newest date of its articles in stories that went for their age (not
# those that went still changing: their source may send them again, rightly)
_Q_PRUNED_THROUGH = (
    sa.select(articles.c.source_id, _NEWEST_DATE.label("newest"))
    .join(stories, stories.c.id == articles.c.story_id)
    .where(stories.c.id <= _P("last"), stories.c.updated < _P("cutoff"))
    .group_by(articles.c.source_id)
)
_RAISE_PRUNED_THROUGH = (
    sources.update()
    .where(
        sources.c.id == _P("source"),
        sa.or_(sources.c.pruned_through.is_(None), sources.c.pruned_through < _P("through")),
    )
    .values(pruned_through=_P("through"))
)


def prune_prefix(
    conn: sa.Connection,
    *,
    cutoff: datetime,
    created_before: datetime,
    limit: int,
    keep_newest: int,
) -> Pruned:
    """Delete the longest prefix of the story order, at most `limit` stories, whose every
    story is expired: unchanged since `cutoff`, or first seen before `created_before`
    (a story that never stops changing would hold back every story after it). The newest
    `keep_newest` stories are never deleted."""
    below = conn.scalar(_Q_NTH_NEWEST, {"n": keep_newest - 1})
    if below is None:  # fewer stories than are kept
        return Pruned()
    taken = []
    for row in conn.execute(_Q_OLDEST, {"below": below, "limit": limit}):
        if row.updated >= cutoff and (row.created is None or row.created >= created_before):
            break
        taken.append(row)
    if not taken:
        return Pruned()
    last = taken[-1].id
    params = {"last": last}
    counts: Counter[str] = Counter({feeds.ALL: len(taken)})
    counts.update(r.section for r in taken if r.section is not None)
    counts.update({feed: n for feed, n in conn.execute(_Q_FACET_COUNTS, params)})
    linked = _linked_feeds(conn, last)
    for source_id, newest in conn.execute(_Q_PRUNED_THROUGH, {**params, "cutoff": cutoff}):
        if newest is not None:  # never later than the cutoff: a source's clock may be off
            through = min(newest, cutoff)
            conn.execute(_RAISE_PRUNED_THROUGH, {"source": source_id, "through": through})
    ids = tuple(conn.scalars(_IN_PREFIX, params))
    keys = 0
    for table in (article_keys, article_index):
        keys += conn.execute(_DELETE_KEYS[table.name], params).rowcount
    conn.execute(_DELETE_FACETS, params)
    if conn.scalar(_Q_ANY_OVERRIDE):  # (operator corrections are rare)
        conn.execute(_DELETE_OVERRIDES, params)
    for statement in (_DELETE_LINKS, _DELETE_ARTICLES, _DELETE_STORIES):
        conn.execute(statement, params)
    _count_pruned(conn, counts)
    return Pruned(len(taken), ids, keys, dict(counts), linked)


def _linked_feeds(conn: sa.Connection, last: int) -> frozenset[str]:
    """The story feeds and sections of the stories left that are linked to one going."""
    others = sa.select(story_links.c.story_b).where(
        story_links.c.story_a <= last, story_links.c.story_b > last
    )
    out: set[str] = set()
    for story_id, section in conn.execute(
        sa.select(stories.c.id, stories.c.section).where(stories.c.id.in_(others))
    ):
        out.add(feeds.story_key(story_id))
        out.add(section or feeds.ALL)
    return frozenset(out)


def _count_pruned(conn: sa.Connection, counts: Counter[str]) -> None:
    """Add to each feed's count of stories pruned from its order."""
    insert = DIALECT_INSERT[conn.dialect.name](feed_offsets)
    upsert = insert.on_conflict_do_update(
        index_elements=["feed"], set_={"pruned": feed_offsets.c.pruned + insert.excluded.pruned}
    )
    rows = [{"feed": feed, "pruned": n} for feed, n in sorted(counts.items())]
    conn.execute(upsert, rows)


def drop_documents(conn: sa.Connection, size: int) -> int:
    """After a prune, delete the documents that must answer 404 from now on: the feeds of
    stories that went, the feeds of facets no stored article has any more (and their
    counts: such a feed starts again at page 0 if its name comes back), and archive pages
    whose every story went (pages of `size`). Returns how many documents went."""
    rows = conn.execute(sa.select(feed_offsets.c.feed, feed_offsets.c.pruned))
    offsets = {feed: int(n) for feed, n in rows}
    keys = list(conn.scalars(sa.select(feed_documents.c.section).distinct()))
    parsed = [(key, feeds.parse(key)) for key in keys]
    story_ids = {int(k.value) for _, k in parsed if k is not None and k.kind == feeds.STORY}
    facets = {k.feed for _, k in parsed if k is not None and k.facet}
    kept_stories = _existing(conn, stories.c.id, story_ids)
    kept_facets = _existing(conn, article_facets.c.feed, facets)
    gone = []
    for key, k in parsed:
        if k is None:
            continue
        if k.kind == feeds.STORY and int(k.value) not in kept_stories:
            gone.append(key)
        elif k.facet and k.feed not in kept_facets:
            gone.append(key)
        elif k.page is not None and k.page < offsets.get(k.feed, 0) // size:
            gone.append(key)
    dropped = 0
    for i in range(0, len(gone), IDS_PER_QUERY):
        chunk = gone[i : i + IDS_PER_QUERY]
        conn.execute(render_problems.delete().where(render_problems.c.section.in_(chunk)))
        done = conn.execute(feed_documents.delete().where(feed_documents.c.section.in_(chunk)))
        dropped += done.rowcount
    facet_gone = ~sa.exists().where(article_facets.c.feed == feed_offsets.c.feed)
    conn.execute(feed_offsets.delete().where(feed_offsets.c.feed.contains("/"), facet_gone))
    return dropped


def _existing(conn: sa.Connection, column: sa.Column[T], values: Iterable[T]) -> set[T]:
    """Those of `values` found in `column` (one query per IDS_PER_QUERY)."""
    wanted = sorted(set(values))  # type: ignore[type-var]
    found: set[T] = set()
    for i in range(0, len(wanted), IDS_PER_QUERY):
        chunk = wanted[i : i + IDS_PER_QUERY]
        found.update(conn.scalars(sa.select(column).where(column.in_(chunk)).distinct()))
    return found
