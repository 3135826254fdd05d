"""The stories read model: stories with their versions and related stories, by section.

Owns the reads of `stories`, `story_links` and `articles` that feeds, archive pages, the
status page and the operator commands make: the newest stories of a section, stories in
the order first seen (archive slices, positioned as if the stories retention deleted
were still there: `feed_offsets`), one story, an article by id, URL or SOURCE:GUID,
story ids by (source, GUID) and by uid, the story links, and counts.

Invariants: read-only (writes go through db.ingest); each method reads in one
connection; rows become models here (`_stored_article`) and never leave the package.
"""

from __future__ import annotations

from contextlib import nullcontext
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from feedhub.db.engine import Store
from feedhub.db.origin import origin_of
from feedhub.db.schema import article_facets
from feedhub.db.schema import articles
from feedhub.db.schema import feed_offsets
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.feeds import ALL
from feedhub.feeds import FeedKey
from feedhub.models import Article
from feedhub.models import Enclosure
from feedhub.models import RelatedStory
from feedhub.models import StoredArticle
from feedhub.models import Story


class Stories(Store):
    """The Repository's read methods for stories and articles."""

    def feed_extent(self, feed: FeedKey) -> tuple[int, int]:
        """(pruned, stories) of a paged feed (feeds.py: a section, ALL, a facet): how many
        of its oldest stories retention deleted, and how many it holds counting those. Its
        pages are positions in the whole order (feedhub.retention: only a prefix goes), so
        the second only grows, whatever is pruned meanwhile (read in one transaction)."""
        count = sa.select(sa.func.count()).select_from(stories).where(_selects(feed))
        with self.engine.connect() as conn:
            pruned = _pruned(conn, feed.feed)
            return pruned, pruned + int(conn.scalar(count) or 0)

    def feed_story_count(self, feed: FeedKey) -> int:
        """How many stories a paged feed holds, counting those retention deleted."""
        return self.feed_extent(feed)[1]

    def feed_stories(self, feed: FeedKey, offset: int, limit: int | None) -> list[Story]:
        """A paged feed's stories at positions `offset` to `offset + limit` of its order
        (first seen: story id; positions count the stories retention deleted, as
        feed_extent); returned newest published first. A withdrawn
        story keeps its place in the order (archive pages do not shift) but is not
        returned."""
        return self.feed_page(feed, offset, limit) or []

    def feed_page(self, feed: FeedKey, offset: int, limit: int | None) -> list[Story] | None:
        """As feed_stories; None when every story of those positions was deleted by
        retention (the page is gone)."""
        with self.engine.connect() as conn:  # one transaction: the count and the rows agree
            pruned = _pruned(conn, feed.feed)
            start = offset - pruned
            if start < 0:
                if limit is not None:
                    if start + limit <= 0:
                        return None
                    limit += start
                start = 0
            query = (
                sa.select(stories).where(_selects(feed)).order_by(stories.c.id).offset(start)
            ).limit(limit)
            found = [s for s in self._stories(query, conn) if s.withdrawn is None]
        return sorted(found, key=lambda s: (s.published, s.id), reverse=True)

    def facet_label(self, feed: str) -> str | None:
        """How a facet (feed key "tag/klimapolitik") was last written by a source; None
        when no stored article has it (no such feed)."""
        with self.engine.connect() as conn:
            return conn.scalar(
                sa.select(article_facets.c.label)
                .where(article_facets.c.feed == feed)
                .order_by(article_facets.c.article_id.desc())
                .limit(1)
            )

    def top_stories(self, since: datetime, limit: int) -> list[tuple[Story, int]]:
        """The stories first published since `since` with how many sources cover each
        (distinct sources among their versions), most covered first, then newest."""
        sources = sa.func.count(sa.distinct(articles.c.source_id)).label("sources")
        ranked = (
            sa.select(stories.c.id, sources)
            .join(articles, articles.c.story_id == stories.c.id)
            .where(stories.c.published >= since, stories.c.withdrawn.is_(None))
            .group_by(stories.c.id, stories.c.published)
            .order_by(sources.desc(), stories.c.published.desc(), stories.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            counts = {r.id: r.sources for r in conn.execute(ranked)}
        found = {s.id: s for s in self._stories(sa.select(stories).where(stories.c.id.in_(counts)))}
        return [(found[i], n) for i, n in counts.items() if i in found]

    def stories(self, section: str | None, limit: int) -> list[Story]:
        """The newest `limit` stories of a section (None: all sections), newest first."""
        query = sa.select(stories).order_by(stories.c.published.desc(), stories.c.id.desc())
        if section is not None:
            query = query.where(stories.c.section == section)
        return self._stories(query.limit(limit))

    def story(self, story_id: int) -> Story | None:
        found = self._stories(sa.select(stories).where(stories.c.id == story_id))
        return found[0] if found else None

    def story_id_by_uid(self, uid: str) -> int | None:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(stories.c.id).where(stories.c.uid == uid))
        return int(value) if value is not None else None

    def find_article(self, ref: str, *, url_key: str | None = None) -> StoredArticle | None:
        """An article by id or by SOURCE:GUID; with `url_key`, the first by that URL key
        (dedup.keys.url_key: corrections.find_article takes any form of a URL)."""
        with self.engine.connect() as conn:
            where: sa.ColumnElement[bool]
            if url_key is not None:
                where = articles.c.url_key == url_key
            elif ref.isdigit():
                where = articles.c.id == int(ref)
            else:
                source_id, _, guid = ref.partition(":")
                where = (articles.c.source_id == source_id) & (articles.c.guid == guid)
            row = conn.execute(sa.select(articles).where(where).order_by(articles.c.id)).first()
        return _stored_article(row) if row else None

    def _stories(self, query: sa.Select[Any], conn: sa.Connection | None = None) -> list[Story]:
        with self.engine.connect() if conn is None else nullcontext(conn) as conn:
            story_rows = conn.execute(query).all()
            ids = [r.id for r in story_rows]
            versions: dict[int, list[StoredArticle]] = {i: [] for i in ids}
            if ids:
                rows = conn.execute(
                    sa.select(articles)
                    .where(articles.c.story_id.in_(ids))
                    .order_by(articles.c.first_seen, articles.c.id)
                ).all()
                for row in rows:
                    versions[row.story_id].append(_stored_article(row))
            related = self._related(conn, ids)
        out = []
        for r in story_rows:
            members = versions[r.id]
            rep = next((a for a in members if a.id == r.representative_id), members[0])
            out.append(
                Story(
                    id=r.id,
                    uid=r.uid,
                    section=r.section,
                    representative=rep,
                    versions=tuple(a for a in members if a.id != rep.id),
                    published=r.published,
                    updated=r.updated,
                    related=tuple(related.get(r.id, ())),
                    withdrawn=r.withdrawn,
                )
            )
        return out

    @staticmethod
    def _related(conn: sa.Connection, ids: list[int]) -> dict[int, list[RelatedStory]]:
        if not ids:
            return {}
        links = conn.execute(
            sa.select(story_links).where(
                story_links.c.story_a.in_(ids) | story_links.c.story_b.in_(ids)
            )
        ).all()
        others = {x for link in links for x in (link.story_a, link.story_b)}
        reps = {
            row.id: row
            for row in conn.execute(
                sa.select(stories.c.id, stories.c.uid, articles.c.url, articles.c.title)
                .join(articles, articles.c.id == stories.c.representative_id)
                .where(stories.c.id.in_(others), stories.c.withdrawn.is_(None))
            )
        }
        out: dict[int, list[RelatedStory]] = {}
        for link in sorted(links, key=lambda link: (link.story_a, link.story_b)):
            for mine, other in ((link.story_a, link.story_b), (link.story_b, link.story_a)):
                if mine in ids and other in reps:
                    rep = reps[other]
                    out.setdefault(mine, []).append(
                        RelatedStory(rep.uid, rep.url, rep.title, link.kind, link.reason)
                    )
        return out

    def story_ids(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """(source, GUID) -> story id."""
        out: dict[tuple[str, str], int] = {}
        with self.engine.connect() as conn:
            for source_id, guid in dict.fromkeys(keys):
                out[(source_id, guid)] = conn.scalar(  # type: ignore[assignment]
                    sa.select(articles.c.story_id).where(
                        articles.c.source_id == source_id, articles.c.guid == guid
                    )
                )
        return out

    def story_link_pairs(self) -> list[tuple[int, int]]:
        with self.engine.connect() as conn:
            return [
                (r.story_a, r.story_b)
                for r in conn.execute(
                    sa.select(story_links.c.story_a, story_links.c.story_b).order_by(
                        story_links.c.story_a, story_links.c.story_b
                    )
                )
            ]

    def article_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(articles)) or 0)


def _pruned(conn: sa.Connection, feed: str) -> int:
    """How many of a feed's oldest stories retention deleted (db.pruning)."""
    found = conn.scalar(sa.select(feed_offsets.c.pruned).where(feed_offsets.c.feed == feed))
    return int(found or 0)


def _selects(feed: FeedKey) -> sa.ColumnElement[bool]:
    """The stories of a paged feed: its section's, every one, or a facet's (a version
    under the facet's key)."""
    if feed.kind == "section":
        return stories.c.section == feed.value
    if feed.kind == ALL:
        return sa.true()
    if feed.facet:
        tagged = (
            sa.select(articles.c.story_id)
            .join(article_facets, article_facets.c.article_id == articles.c.id)
            .where(article_facets.c.feed == feed.feed)
        )
        return stories.c.id.in_(tagged)
    raise ValueError(f"feed {feed.key!r} is not paged")


def _stored_article(r: Any) -> StoredArticle:
    article = Article(
        source_id=r.source_id,
        guid=r.guid,
        url=r.url,
        canonical_url=r.url,
        title=r.title,
        summary=r.summary,
        content_html=r.content_html,
        content_text=r.content_text,
        published=r.published,
        updated=r.updated,
        language=r.language,
        section=r.section,
        authors=tuple(r.authors),
        categories=tuple(r.categories),
        enclosures=tuple(Enclosure(*e) for e in r.enclosures),
        content_hash=r.content_hash,
        origin=origin_of(r.origin),
        correction=bool(r.correction),
    )
    return StoredArticle(r.id, r.story_id, article, r.first_seen, r.reason)
