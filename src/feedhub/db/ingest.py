"""Articles and the ingest session: storing articles, stories and their links.

Owns `Repository.ingest_session` (one `IngestSession` per batch of a source update,
serialised with every other ingest) and the writes of a session (articles and their
facet keys, stories started, merged, refreshed and linked, operator overrides, index keys
through db.keys, retention's deletes through db.pruning), plus `stored_guids`. The reads
a session makes for dedup live in db.lookups; what to read and write, and when, is
dedup.ingest's business (a session implements dedup.lookup.Session).

Invariants: one database transaction per session, so a failed update leaves nothing
half-stored; ingests take turns (a lock in this process, on PostgreSQL also a
transaction-level advisory lock), so dedup always decides against all that is stored;
every session moves the ingest epoch on by one, so a process sees whether another one
ingested since its last session.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from feedhub.db import pruning
from feedhub.db.engine import DIALECT_INSERT
from feedhub.db.engine import Store
from feedhub.db.keys import delete_keys
from feedhub.db.keys import write_keys
from feedhub.db.lookups import GUIDS_PER_QUERY
from feedhub.db.lookups import IngestReads
from feedhub.db.origin import origin_json
from feedhub.db.schema import article_facets
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import ingest_changes
from feedhub.db.schema import ingest_epoch
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.db.sources import write_success
from feedhub.feeds import facet_rows
from feedhub.models import Article
from feedhub.models import PollSuccess
from feedhub.models import Pruned
from feedhub.models import Version

INGEST_LOCK_KEY = 0x66656564687562  # "feedhub": the advisory lock ingests share
# ingest_changes: rows of the last CHANGES_KEPT epochs are kept (deleted every
# PRUNE_EVERY epochs); a process further behind forgets all it remembers
CHANGES_KEPT = 100_000
PRUNE_EVERY = 1000

_P = sa.bindparam
_Q_STORY_COUNT = sa.select(sa.func.count()).select_from(stories)
_INSERT_ARTICLE = articles.insert().returning(articles.c.id)
# a taken uid inserts nothing and returns no id (INSERT ... ON CONFLICT DO NOTHING: the
# same SQL on both backends, built by each dialect's insert())
_INSERT_STORY = {
    name: insert(stories)
    .values(uid=_P("uid"), section=_P("section"), published=_P("published"), updated=_P("updated"))
    .on_conflict_do_nothing(index_elements=["uid"])
    .returning(stories.c.id)
    for name, insert in DIALECT_INSERT.items()
}
_INSERT_FACET = article_facets.insert()
_DELETE_FACETS = article_facets.delete().where(article_facets.c.article_id == _P("article_id"))
_UPDATE_ARTICLE = articles.update().where(articles.c.id == _P("article_id"))
_MOVE_STORY = (
    articles.update()
    .where(articles.c.story_id == _P("merged"))
    .values(story_id=_P("into"))
    .returning(articles.c.id)
)
_NEXT_EPOCH = (
    ingest_epoch.update()
    .where(ingest_epoch.c.id == 1)
    .values(epoch=ingest_epoch.c.epoch + 1)
    .returning(ingest_epoch.c.epoch)
)
_Q_VERSIONS = sa.select(
    articles.c.id,
    articles.c.rank,
    articles.c.published,
    articles.c.first_seen,
    sa.func.length(articles.c.content_text).label("length"),
    articles.c.section,
).where(articles.c.story_id == _P("story_id"))
_SET_REPRESENTATIVE = (
    stories.update()
    .where(stories.c.id == _P("story_id"))
    .values(representative_id=_P("article_id"))
)


class Ingest(Store):
    """The Repository's ingest methods."""

    @contextmanager
    def ingest_session(self, now: datetime) -> Iterator[IngestSession]:
        """A session for storing articles, serialised with every other ingest.

        Dedup decides against what is stored; two sources storing copies of one story at
        the same moment would each see none of the other's and both start a story. So
        ingests take turns: a lock in this process, and on PostgreSQL a transaction-level
        advisory lock shared by all worker processes. Fetching and parsing stay parallel.
        The session moves the ingest epoch on (`IngestSession.epoch`)."""
        with self._ingest_lock, self.writer.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": INGEST_LOCK_KEY}
                )
            session = IngestSession(conn, int(conn.scalar(_NEXT_EPOCH)))
            yield session
            session.record_changes()

    def stored_guids(self, source_id: str, guids: Iterable[str]) -> set[str]:
        """Which of these GUIDs of a source are stored (one query per 500)."""
        unique = list(dict.fromkeys(guids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(unique), GUIDS_PER_QUERY):
                chunk = unique[i : i + GUIDS_PER_QUERY]
                found.update(
                    conn.scalars(
                        sa.select(articles.c.guid).where(
                            articles.c.source_id == source_id, articles.c.guid.in_(chunk)
                        )
                    )
                )
        return found


class IngestSession(IngestReads):
    """The reads (db.lookups) and writes of one ingest, in one database transaction."""

    def __init__(self, conn: sa.Connection, epoch: int) -> None:
        super().__init__(conn)
        self.epoch = epoch
        self._changed: set[int] = set()  # stored articles this session changed

    def changed_since(self, epoch: int) -> set[int] | None:
        if self.epoch - epoch > CHANGES_KEPT:
            return None
        query = sa.select(ingest_changes.c.article_id).where(
            ingest_changes.c.epoch > epoch, ingest_changes.c.epoch < self.epoch
        )
        return set(self.conn.scalars(query))

    def record_changes(self) -> None:
        """List the stored articles this session changed under its epoch (called at its
        end, in its transaction), and now and then delete what is too old to be asked."""
        if self._changed:
            rows = [{"epoch": self.epoch, "article_id": i} for i in sorted(self._changed)]
            self.conn.execute(ingest_changes.insert(), rows)
        if self.epoch % PRUNE_EVERY == 0:
            old = ingest_changes.c.epoch <= self.epoch - CHANGES_KEPT
            self.conn.execute(ingest_changes.delete().where(old))

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        write_success(self.conn, source_id, poll)

    def prune(
        self, *, cutoff: datetime, created_before: datetime, limit: int, keep_newest: int
    ) -> Pruned:
        """Retention: delete the oldest stories, a prefix of the story order, with all that
        hangs on them (db.pruning.prune_prefix); their articles are listed as changed, so
        every process forgets what it remembers of them."""
        pruned = pruning.prune_prefix(
            self.conn,
            cutoff=cutoff,
            created_before=created_before,
            limit=limit,
            keep_newest=keep_newest,
        )
        self._changed.update(pruned.articles)
        return pruned

    def drop_pruned_documents(self, size: int) -> int:
        """After a prune: delete the documents that answer 404 now (db.pruning)."""
        return pruning.drop_documents(self.conn, size)

    def new_story(self, uid: str, section: str | None, published: datetime, now: datetime) -> int:
        # updated: the story changed now (feeds derive Last-Modified from it)
        values = {"uid": uid, "section": section, "published": published, "updated": now}
        insert = _INSERT_STORY[self.conn.dialect.name]
        story_id = self.conn.scalar(insert, values)
        if story_id is None:
            # the id is taken when the portal reuses a URL for a new article (lottery
            # numbers) or an operator splits off the article that started a story
            values["uid"] = f"{uid}-{self.conn.scalar(_Q_STORY_COUNT)}"
            story_id = self.conn.scalar(insert, values)
        assert story_id is not None
        return int(story_id)

    def insert_article(
        self,
        article: Article,
        *,
        story_id: int,
        url_key: str | None,
        rank: int,
        mergeable: bool,
        reason: str,
        now: datetime,
    ) -> int:
        values = {
            "story_id": story_id,
            "source_id": article.source_id,
            "guid": article.guid,
            "first_seen": now,
            "rank": rank,
            "mergeable": mergeable,
            "reason": reason,
            **_article_values(article, url_key),
        }
        article_id = int(self.conn.execute(_INSERT_ARTICLE, values).scalar_one())
        self._write_facets(article_id, article)
        return article_id

    def _write_facets(self, article_id: int, article: Article) -> None:
        rows = facet_rows(
            article_id, article.source_id, article.categories, article.authors, article.topics
        )
        self.conn.execute(_INSERT_FACET, rows)

    def update_article(self, article_id: int, article: Article, *, url_key: str | None) -> None:
        values = _article_values(article, url_key)
        self.conn.execute(_UPDATE_ARTICLE, {"article_id": article_id, **values})
        delete_keys(self.conn, article_id)
        self.conn.execute(_DELETE_FACETS, {"article_id": article_id})
        self._write_facets(article_id, article)
        self._changed.add(article_id)

    def move_article(self, article_id: int, story_id: int, reason: str) -> None:
        self.conn.execute(
            articles.update()
            .where(articles.c.id == article_id)
            .values(story_id=story_id, reason=reason)
        )
        self._changed.add(article_id)

    def merge_story(self, story_id: int, *, into: int) -> list[int]:
        moved = self.conn.scalars(_MOVE_STORY, {"merged": story_id, "into": into}).all()
        self._changed.update(moved)
        links = self.conn.execute(sa.select(story_links).where(_links_of(story_id))).all()
        self.conn.execute(story_links.delete().where(_links_of(story_id)))
        for link in links:
            other = link.story_b if link.story_a == story_id else link.story_a
            if other != into:
                self.link_stories(into, other, link.kind, link.reason)
        self.conn.execute(stories.delete().where(stories.c.id == story_id))
        return list(moved)

    def write_keys(
        self, article_id: int, published: datetime, language: str, keys: Mapping[int, list[int]]
    ) -> None:
        write_keys(self.conn, article_id, published, language, keys)

    def withdraw_story(
        self,
        story_id: int,
        article_id: int,
        now: datetime,
        choose: Callable[[Sequence[Version]], Version],
    ) -> tuple[str | None, bool]:
        row = self.conn.execute(
            sa.select(stories.c.uid, stories.c.section, stories.c.representative_id).where(
                stories.c.id == story_id
            )
        ).one()
        if row.representative_id == article_id:  # the story is shown as its version: all go
            self.conn.execute(
                stories.update()
                .where(stories.c.id == story_id, stories.c.withdrawn.is_(None))
                .values(withdrawn=now, updated=now)
            )
            return row.section, True
        # another source's version represents it (the portal's own, a more trusted one):
        # only the killed version leaves, into a withdrawn story of its own
        published = self.conn.scalar(
            sa.select(articles.c.published).where(articles.c.id == article_id)
        )
        own = self.new_story(
            f"{row.uid}#withdrawn-{article_id}", row.section, published or now, now
        )
        self.conn.execute(stories.update().where(stories.c.id == own).values(withdrawn=now))
        self.move_article(article_id, own, "withdrawn by its source's kill notice")
        self.set_representative(own, article_id)
        return self.refresh_story(story_id, now, choose), False

    def set_representative(self, story_id: int, article_id: int) -> None:
        self.conn.execute(_SET_REPRESENTATIVE, {"story_id": story_id, "article_id": article_id})

    def refresh_story(
        self, story_id: int, now: datetime, choose: Callable[[Sequence[Version]], Version]
    ) -> str | None:
        rows = self.conn.execute(_Q_VERSIONS, {"story_id": story_id}).all()
        if not rows:  # its last version was moved away by an operator
            self.conn.execute(story_links.delete().where(_links_of(story_id)))
            self.conn.execute(stories.delete().where(stories.c.id == story_id))
            return None
        versions = [
            Version(r.id, r.rank, r.published, r.first_seen, r.length or 0, r.section) for r in rows
        ]
        rep = choose(versions)
        published = min(v.published or v.first_seen for v in versions)
        self.conn.execute(
            stories.update()
            .where(stories.c.id == story_id)
            .values(
                representative_id=rep.article_id,
                section=rep.section,
                published=published,
                updated=now,
            )
        )
        return rep.section

    def link_stories(
        self, story: int, other: int, kind: str, reason: str
    ) -> tuple[bool, str | None]:
        low, high = min(story, other), max(story, other)
        exists = self.conn.scalar(
            sa.select(sa.func.count()).where(
                story_links.c.story_a == low, story_links.c.story_b == high
            )
        )
        if exists:
            return False, None
        self.conn.execute(
            story_links.insert().values(story_a=low, story_b=high, kind=kind, reason=reason)
        )
        section: str | None = self.conn.scalar(
            sa.select(stories.c.section).where(stories.c.id == other)
        )
        return True, section

    def story_uid(self, story_id: int) -> str | None:
        return self.conn.scalar(sa.select(stories.c.uid).where(stories.c.id == story_id))

    def record_override(
        self, source_id: str, guid: str, action: str, story_uid: str | None, now: datetime
    ) -> None:
        key = (dedup_overrides.c.source_id == source_id) & (dedup_overrides.c.guid == guid)
        self.conn.execute(dedup_overrides.delete().where(key))
        self.conn.execute(
            dedup_overrides.insert().values(
                source_id=source_id, guid=guid, action=action, story_uid=story_uid, created=now
            )
        )


def _links_of(story_id: int) -> sa.ColumnElement[bool]:
    return (story_links.c.story_a == story_id) | (story_links.c.story_b == story_id)


def _article_values(a: Article, url_key: str | None) -> dict[str, Any]:
    return dict(
        url=a.url,
        url_key=url_key,
        title=a.title,
        summary=a.summary,
        content_html=a.content_html,
        content_text=a.content_text,
        published=a.published,
        updated=a.updated,
        language=a.language,
        section=a.section,
        authors=list(a.authors),
        categories=list(a.categories),
        enclosures=[[e.url, e.type, e.length, e.title] for e in a.enclosures],
        content_hash=a.content_hash,
        origin=origin_json(a.origin),
        correction=a.correction,
    )
