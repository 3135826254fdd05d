"""Repository: the only place that speaks SQL. Methods are named by intent and take and
return models; rows never leave this module.

One `Transaction` per source update (pipeline.update_source) so a failed update leaves
nothing half-stored. Claiming due sources is a compare-and-set on next_check_at, which is
safe with several worker processes on PostgreSQL and harmless on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from feedhub.db import migrate
from feedhub.db.schema import articles
from feedhub.db.schema import feed_documents
from feedhub.db.schema import sources
from feedhub.db.schema import stories
from feedhub.dedup.keys import url_key
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.match import ExactHits
from feedhub.dedup.match import Known
from feedhub.errors import StorageError
from feedhub.models import Article
from feedhub.models import CacheInfo
from feedhub.models import Enclosure
from feedhub.models import FeedDocument
from feedhub.models import Source
from feedhub.models import SourceHealth
from feedhub.models import SourceState
from feedhub.models import StoredArticle
from feedhub.models import Story


def make_engine(url: str) -> sa.Engine:
    """An engine for a SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


@dataclass(frozen=True, slots=True)
class Ingested:
    action: Action
    story_id: int
    section: str | None


class Repository:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Repository:
        """Connect and migrate to the newest schema. Raises StorageError."""
        try:
            engine = make_engine(url)
            migrate.upgrade(engine)
        except sa.exc.SQLAlchemyError as e:
            raise StorageError(f"cannot open database {_redact(url)}: {e}") from e
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # sources and their schedule

    def sync_sources(self, configured: Iterable[Source], now: datetime) -> None:
        """Add rows for new sources (due now); keep the schedule of known ones."""
        with self.engine.begin() as conn:
            known = set(conn.scalars(sa.select(sources.c.id)))
            for s in configured:
                if s.id not in known:
                    conn.execute(
                        sources.insert().values(id=s.id, url=s.location, next_check_at=now)
                    )
                else:
                    conn.execute(
                        sources.update().where(sources.c.id == s.id).values(url=s.location)
                    )

    def claim_due(self, now: datetime, ids: Iterable[str], lease: timedelta) -> list[str]:
        """Claim the due sources among `ids`: their next check moves to now + lease, so
        another worker does not take them. Returns the ids this caller claimed."""
        claimed = []
        with self.engine.begin() as conn:
            due = conn.execute(
                sa.select(sources.c.id, sources.c.next_check_at)
                .where(sources.c.next_check_at <= now, sources.c.id.in_(list(ids)))
                .order_by(sources.c.next_check_at)
            ).all()
        for source_id, next_check in due:
            with self.engine.begin() as conn:
                done = conn.execute(
                    sources.update()
                    .where(sources.c.id == source_id, sources.c.next_check_at == next_check)
                    .values(next_check_at=now + lease)
                )
                if done.rowcount == 1:
                    claimed.append(source_id)
        return claimed

    def cache_info(self, source_id: str) -> CacheInfo:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(sources.c.etag, sources.c.last_modified).where(sources.c.id == source_id)
            ).first()
        return CacheInfo(row.etag, row.last_modified) if row else CacheInfo()

    def error_count(self, source_id: str) -> int:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(sources.c.error_count).where(sources.c.id == source_id))
        return int(value or 0)

    def record_success(
        self,
        source_id: str,
        *,
        now: datetime,
        next_check: datetime,
        cache: CacheInfo,
        status: int | None,
        modified: bool,
        seen: int,
        new: int,
        dupes: int,
        warning: str | None,
    ) -> None:
        values: dict[str, Any] = dict(
            etag=cache.etag,
            last_modified=cache.last_modified,
            next_check_at=next_check,
            last_checked_at=now,
            last_success_at=now,
            state=SourceState.OK if modified else SourceState.NOT_MODIFIED,
            last_status=status,
            last_error=warning,
            error_count=0,
        )
        if modified:
            values.update(entries_seen=seen, new_count=new, dupe_count=dupes)
        with self.engine.begin() as conn:
            conn.execute(sources.update().where(sources.c.id == source_id).values(**values))

    def record_failure(
        self, source_id: str, *, now: datetime, next_check: datetime, error: str, status: int | None
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                sources.update()
                .where(sources.c.id == source_id)
                .values(
                    next_check_at=next_check,
                    last_checked_at=now,
                    state=SourceState.FAILING,
                    last_status=status,
                    last_error=error,
                    error_count=sources.c.error_count + 1,
                )
            )

    def health(self) -> list[SourceHealth]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(sources).order_by(sources.c.id)).all()
        return [
            SourceHealth(
                source_id=r.id,
                url=r.url,
                state=SourceState(r.state),
                last_status=r.last_status,
                last_error=r.last_error,
                error_count=r.error_count,
                last_checked=r.last_checked_at,
                last_success=r.last_success_at,
                next_check=r.next_check_at,
                entries_seen=r.entries_seen,
                new_count=r.new_count,
                dupe_count=r.dupe_count,
                cache=CacheInfo(r.etag, r.last_modified),
            )
            for r in rows
        ]

    # articles and stories

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self.engine.begin() as conn:
            yield Transaction(conn)

    def stories(self, section: str | None, limit: int) -> list[Story]:
        """The newest `limit` stories of a section (None: all sections), newest first."""
        query = sa.select(stories).order_by(stories.c.published.desc(), stories.c.id.desc())
        if section is not None:
            query = query.where(stories.c.section == section)
        with self.engine.connect() as conn:
            story_rows = conn.execute(query.limit(limit)).all()
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
                )
            )
        return out

    def article_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(articles)) or 0)

    # rendered feeds

    def save_document(self, doc: FeedDocument) -> bool:
        """Store a rendered feed unless the same bytes are already stored; True if stored."""
        key = (feed_documents.c.section == doc.section) & (feed_documents.c.format == doc.format)
        with self.engine.begin() as conn:
            etag = conn.scalar(sa.select(feed_documents.c.etag).where(key))
            if etag == doc.etag:
                return False
            values = dict(
                content=doc.content,
                gzip=doc.gzip,
                etag=doc.etag,
                last_modified=doc.last_modified,
                media_type=doc.media_type,
            )
            if etag is None:
                conn.execute(
                    feed_documents.insert().values(section=doc.section, format=doc.format, **values)
                )
            else:
                conn.execute(feed_documents.update().where(key).values(**values))
        return True

    def document(self, section: str, fmt: str) -> FeedDocument | None:
        with self.engine.connect() as conn:
            r = conn.execute(
                sa.select(feed_documents).where(
                    feed_documents.c.section == section, feed_documents.c.format == fmt
                )
            ).first()
        if r is None:
            return None
        return FeedDocument(
            r.section, r.format, r.content, r.gzip, r.etag, r.last_modified, r.media_type
        )


class Transaction:
    """Article writes of one source update, in one database transaction."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def exact_hits(self, article: Article) -> ExactHits:
        """Look up the exact keys of dedup.match: (source, GUID), URL key, content hash."""

        def one(where: sa.ColumnElement[bool]) -> Known | None:
            row = self.conn.execute(
                sa.select(
                    articles.c.id,
                    articles.c.story_id,
                    articles.c.source_id,
                    articles.c.title,
                    articles.c.content_hash,
                    articles.c.updated,
                    articles.c.mergeable,
                )
                .where(where)
                .order_by(articles.c.id)
                .limit(1)
            ).first()
            return Known(*row) if row else None

        same_guid = one(
            (articles.c.source_id == article.source_id) & (articles.c.guid == article.guid)
        )
        if same_guid is not None:
            return ExactHits(same_guid=same_guid)
        same_url = None
        if article.canonical_url:
            same_url = one(
                (articles.c.url_key == url_key(article.canonical_url)) & articles.c.mergeable
            )
        same_text = None
        if same_url is None and article.content_text:
            same_text = one(
                (articles.c.content_hash == article.content_hash) & articles.c.mergeable
            )
        return ExactHits(same_url=same_url, same_text=same_text)

    def apply(
        self,
        article: Article,
        decision: Decision,
        *,
        uid: str,
        rank: int,
        mergeable: bool,
        now: datetime,
    ) -> Ingested | None:
        """Store the article as `decision` says; returns None when nothing changed."""
        values = _article_values(article)
        if decision.action is Action.UNCHANGED:
            return None
        if decision.action is Action.UPDATE:
            assert decision.article_id is not None and decision.story_id is not None
            self.conn.execute(
                articles.update().where(articles.c.id == decision.article_id).values(**values)
            )
            story_id = decision.story_id
        else:
            if decision.action is Action.NEW:
                story_id = self.conn.execute(
                    stories.insert()
                    .values(
                        uid=uid,
                        section=article.section,
                        published=article.published or now,
                        updated=article.date or now,
                    )
                    .returning(stories.c.id)
                ).scalar_one()
            else:
                assert decision.story_id is not None
                story_id = decision.story_id
            self.conn.execute(
                articles.insert().values(
                    story_id=story_id,
                    source_id=article.source_id,
                    guid=article.guid,
                    first_seen=now,
                    rank=rank,
                    mergeable=mergeable,
                    reason=decision.reason,
                    **values,
                )
            )
        section = self._refresh_story(story_id, now)
        return Ingested(decision.action, story_id, section)

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
    )
    return StoredArticle(r.id, r.story_id, article, r.first_seen, r.reason)


def _redact(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<invalid URL>"
