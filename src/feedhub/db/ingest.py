"""Articles and the ingest session: storing articles, stories and their links.

Owns `Repository.ingest_transaction` (one `Transaction` per source update, serialised
with every other ingest), the writes of a Transaction (an article stored as dedup decided,
stories started, merged, refreshed and linked), operator corrections (`move_article`,
which goes through the same lock) and `stored_guids`. The reads a Transaction makes
before deciding live in db.candidates, the index keys it writes in db.keys.

Invariants: one database transaction per source update, so a failed update leaves
nothing half-stored; ingests take turns (a lock in this process, on PostgreSQL also a
transaction-level advisory lock), so dedup always decides against all that is stored;
a story's representative, section and times are refreshed after every change to its
articles; the in-memory index and memo are dropped whenever a transaction fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from feedhub.db.candidates import GUIDS_PER_QUERY
from feedhub.db.candidates import CandidateLookups
from feedhub.db.candidates import Memo
from feedhub.db.engine import Store
from feedhub.db.keys import delete_keys
from feedhub.db.keys import last_key
from feedhub.db.keys import sync_recent
from feedhub.db.keys import write_keys
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import ingest_epoch
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.db.sources import write_success
from feedhub.dedup.features import TERM
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.keys import url_key
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.match import Known
from feedhub.models import Article
from feedhub.models import PollSuccess
from feedhub.models import StoredArticle

INGEST_LOCK_KEY = 0x66656564687562  # "feedhub": the advisory lock ingests share

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
    for name, insert in (("sqlite", sqlite_insert), ("postgresql", postgresql_insert))
}
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
_SET_REPRESENTATIVE = (
    stories.update()
    .where(stories.c.id == _P("story_id"))
    .values(representative_id=_P("article_id"))
)


@dataclass(frozen=True, slots=True)
class Ingested:
    action: Action
    story_id: int
    section: str | None
    article_id: int


class Ingest(Store):
    """The Repository's ingest methods, and the process's ingest state."""

    def __init__(self, engine: sa.Engine) -> None:
        super().__init__(engine)
        # the recent part of the dedup index (dedup.index), loaded on the first ingest,
        # and the last article_keys row it has seen
        self._recent: RecentIndex | None = None
        self._recent_seen = 0
        # the recently stored articles, and the ingest epoch they are current for
        self._memo = Memo()
        self._epoch: int | None = None

    @contextmanager
    def ingest_transaction(self, now: datetime) -> Iterator[Transaction]:
        """A transaction for storing articles, serialised with every other ingest.

        Dedup decides against what is stored; two sources storing copies of one story at
        the same moment would each see none of the other's and both start a story. So
        ingests take turns: a lock in this process, and on PostgreSQL a transaction-level
        advisory lock shared by all worker processes. Fetching and parsing stay parallel.

        Inside the lock the process's in-memory index catches up with the keys other
        processes wrote, and its memo of stored articles is forgotten if another process
        ingested since this one last did (the ingest epoch moved on by more than one). If
        the transaction fails, both are dropped and reloaded on the next ingest (they may
        hold rows that were never committed).
        """
        with self._ingest_lock:
            memo = self._memo
            try:
                with self.engine.begin() as conn:
                    if conn.dialect.name == "postgresql":
                        conn.execute(
                            sa.text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": INGEST_LOCK_KEY},
                        )
                    epoch = conn.scalar(_NEXT_EPOCH)
                    if self._epoch is None or epoch != self._epoch + 1:
                        memo.clear()
                    recent = sync_recent(conn, self._recent, self._recent_seen, now)
                    self._recent = recent
                    memo.conn = conn
                    yield Transaction(conn, recent, memo)
                    self._recent_seen = last_key(conn)
                    self._epoch = epoch
            except BaseException:
                self._recent = None
                self._epoch = None  # so the memo is forgotten on the next ingest
                raise
            finally:
                memo.conn = None

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

    def move_article(
        self, article: StoredArticle, *, to_story: int | None, new_uid: str, now: datetime
    ) -> int:
        """Operator correction: move an article into another story (None: a new story of
        its own, published as `new_uid`), and remember it for re-ingestion. Returns the
        article's story id."""
        a = article.article
        with self.ingest_transaction(now) as tx:
            if to_story is None:
                to_story = tx._new_story(new_uid, a, now)
                action, target_uid = "split", None
            else:
                action = "merge"
                target_uid = tx.conn.scalar(
                    sa.select(stories.c.uid).where(stories.c.id == to_story)
                )
            reason = "operator split" if action == "split" else "operator merge"
            tx.conn.execute(
                articles.update()
                .where(articles.c.id == article.id)
                .values(story_id=to_story, reason=reason)
            )
            tx.memo.drop([article.id])
            tx._refresh_story(article.story_id, now)
            tx._refresh_story(to_story, now)
            key = (dedup_overrides.c.source_id == a.source_id) & (dedup_overrides.c.guid == a.guid)
            tx.conn.execute(dedup_overrides.delete().where(key))
            tx.conn.execute(
                dedup_overrides.insert().values(
                    source_id=a.source_id,
                    guid=a.guid,
                    action=action,
                    story_uid=target_uid,
                    created=now,
                )
            )
        return to_story


class Transaction(CandidateLookups):
    """Article writes of one source update, in one database transaction."""

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        """The poll that brought these articles, in the same transaction."""
        write_success(self.conn, source_id, poll)

    def link_stories(
        self, story: int, other: int, kind: str, reason: str
    ) -> tuple[bool, str | None]:
        """Record that two stories are related. Returns (new link?, the other story's
        section, whose feed changes too)."""
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

    def apply(
        self,
        article: Article,
        decision: Decision,
        *,
        uid: str,
        rank: int,
        mergeable: bool,
        now: datetime,
        keys: Mapping[int, list[int]],
    ) -> Ingested | None:
        """Store the article as `decision` says, with its index keys; None when unchanged."""
        values = _article_values(article)
        if decision.action is Action.UNCHANGED:
            return None
        if decision.action is Action.UPDATE:
            assert decision.article_id is not None and decision.story_id is not None
            article_id = decision.article_id
            self.conn.execute(_UPDATE_ARTICLE, {"article_id": article_id, **values})
            delete_keys(self.conn, article_id)
            self.memo.drop([article_id])  # read again when next asked for
            story_id = decision.story_id
        else:
            new_story = decision.action is Action.NEW
            if new_story:
                story_id = self._new_story(uid, article, now)
            else:
                assert decision.story_id is not None
                story_id = decision.story_id
                for other in decision.merge:
                    self._merge_story(other, into=story_id)
            article_id = self.conn.execute(
                _INSERT_ARTICLE,
                {
                    "story_id": story_id,
                    "source_id": article.source_id,
                    "guid": article.guid,
                    "first_seen": now,
                    "rank": rank,
                    "mergeable": mergeable,
                    "reason": decision.reason,
                    **values,
                },
            ).scalar_one()
            self.memo.put(
                Known(
                    article_id,
                    story_id,
                    article.source_id,
                    article.guid,
                    article.title,
                    article.content_hash,
                    article.updated,
                    mergeable,
                    article.published,
                    article.language,
                    load_text=self.memo.load_text,
                )
            )
        write_keys(self.conn, article_id, article.published or now, article.language, keys)
        if decision.action is Action.UPDATE:
            self.recent.remove(article_id)
        self.recent.add_article(article_id, article.published or now, article.language, keys)
        self.term_counts.update(dict.fromkeys(keys.get(TERM, []), 1))
        if decision.action is Action.NEW:
            # a story of one: that article represents it; nothing to choose
            self.conn.execute(_SET_REPRESENTATIVE, {"story_id": story_id, "article_id": article_id})
            section = article.section
        else:
            section = self._refresh_story(story_id, now)
        return Ingested(decision.action, story_id, section, article_id)

    def _merge_story(self, story_id: int, *, into: int) -> None:
        """Move every version and link of a story into another; the story goes away."""
        moved = self.conn.scalars(_MOVE_STORY, {"merged": story_id, "into": into})
        self.memo.drop(moved.all())
        links = self.conn.execute(
            sa.select(story_links).where(
                (story_links.c.story_a == story_id) | (story_links.c.story_b == story_id)
            )
        ).all()
        self.conn.execute(
            story_links.delete().where(
                (story_links.c.story_a == story_id) | (story_links.c.story_b == story_id)
            )
        )
        for link in links:
            other = link.story_b if link.story_a == story_id else link.story_a
            if other != into:
                self.link_stories(into, other, link.kind, link.reason)
        self.conn.execute(stories.delete().where(stories.c.id == story_id))

    def _new_story(self, uid: str, article: Article, now: datetime) -> int:
        values = {
            "uid": uid,
            "section": article.section,
            "published": article.published or now,
            "updated": now,  # the story changed now: feeds derive Last-Modified from it
        }
        insert = _INSERT_STORY[self.conn.dialect.name]
        story_id = self.conn.scalar(insert, values)
        if story_id is None:
            # the id is taken when the portal reuses a URL for a new article (lottery
            # numbers) or an operator splits off the article that started a story
            values["uid"] = f"{uid}-{self.conn.scalar(_Q_STORY_COUNT)}"
            story_id = self.conn.scalar(insert, values)
        assert story_id is not None
        return int(story_id)

    def _refresh_story(self, story_id: int, now: datetime) -> str | None:
        """Choose the representative (highest rank, then earliest, then longest text) and
        bring the story's section, first publication and last change up to date."""
        rows = self.conn.execute(
            sa.select(
                articles.c.id,
                articles.c.rank,
                articles.c.published,
                articles.c.first_seen,
                sa.func.length(articles.c.content_text).label("length"),
                articles.c.section,
            ).where(articles.c.story_id == story_id)
        ).all()
        if not rows:  # its last version was moved away by an operator
            self.conn.execute(
                story_links.delete().where(
                    (story_links.c.story_a == story_id) | (story_links.c.story_b == story_id)
                )
            )
            self.conn.execute(stories.delete().where(stories.c.id == story_id))
            return None
        rep = min(
            rows, key=lambda r: (-r.rank, r.published or r.first_seen, -(r.length or 0), r.id)
        )
        published = min(r.published or r.first_seen for r in rows)
        self.conn.execute(
            stories.update()
            .where(stories.c.id == story_id)
            .values(representative_id=rep.id, section=rep.section, published=published, updated=now)
        )
        section: str | None = rep.section
        return section


def _article_values(a: Article) -> dict[str, Any]:
    return dict(
        url=a.url,
        url_key=url_key(a.canonical_url) if a.canonical_url else None,
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
    )
