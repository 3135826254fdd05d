"""Repository: the only place that speaks SQL. Methods are named by intent and take and
return models; rows never leave this module.

One `Transaction` per source update (pipeline.update_source) so a failed update leaves
nothing half-stored. Claiming due sources is a compare-and-set on next_check_at, which is
safe with several worker processes on PostgreSQL and harmless on SQLite.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections import OrderedDict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from feedhub.db import migrate
from feedhub.db.schema import article_keys
from feedhub.db.schema import articles
from feedhub.db.schema import dedup_overrides
from feedhub.db.schema import feed_documents
from feedhub.db.schema import ingest_epoch
from feedhub.db.schema import render_problems
from feedhub.db.schema import sources
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.dedup.features import BODY
from feedhub.dedup.features import LEAD
from feedhub.dedup.features import LINK
from feedhub.dedup.features import TERM
from feedhub.dedup.features import link_key
from feedhub.dedup.features import primary_language
from feedhub.dedup.index import BEGINNING
from feedhub.dedup.index import INDEXED
from feedhub.dedup.index import KEEP_DAYS
from feedhub.dedup.index import KeyRow
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.index import day_number
from feedhub.dedup.index import days_between
from feedhub.dedup.keys import url_key
from feedhub.dedup.match import MAX_HOURS_APART
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.match import Hits
from feedhub.dedup.match import Known
from feedhub.dedup.match import keep_newest
from feedhub.dedup.relate import LOOKUP_MIN_SHARED
from feedhub.errors import StorageError
from feedhub.models import Article
from feedhub.models import CacheInfo
from feedhub.models import Enclosure
from feedhub.models import FeedDocument
from feedhub.models import PollState
from feedhub.models import PollSuccess
from feedhub.models import RelatedStory
from feedhub.models import Source
from feedhub.models import SourceHealth
from feedhub.models import SourceState
from feedhub.models import StoredArticle
from feedhub.models import Story

INGEST_LOCK_KEY = 0x66656564687562  # "feedhub": the advisory lock ingests share
NEAR_CANDIDATES = 50  # LSH candidates verified per article, at most
LOOKUP_TERMS = 12  # name terms per lookup
MAX_RELATED_CANDIDATES = 10
# stored articles remembered as match.Known (see _Memo): 30 days at 2,000 a day, the
# related-story window three times over; about 600 bytes each
KNOWN_MEMO = 60_000

_KNOWN_COLUMNS = (  # named as dedup.match.Known's fields
    articles.c.id.label("article_id"),
    articles.c.story_id,
    articles.c.source_id,
    articles.c.guid,
    articles.c.title,
    articles.c.content_hash,
    articles.c.updated,
    articles.c.mergeable,
    articles.c.published,
    articles.c.language,
)  # the text is read when a fingerprint is not cached (Known.load_text)


_P = sa.bindparam
# the exact layers in one round trip: each part uses its own index; the first column
# says which layer a row answers (0 same GUID, 1 same URL, 2 same text)
_Q_EXACT = sa.union_all(
    sa.select(sa.literal(0).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.source_id == _P("source"), articles.c.guid == _P("guid"))
    .limit(1)
    .subquery()
    .select(),
    sa.select(sa.literal(1).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.url_key == _P("key"), articles.c.mergeable)
    .order_by(articles.c.id)
    .limit(5)
    .subquery()
    .select(),
    sa.select(sa.literal(2).label("layer"), *_KNOWN_COLUMNS)
    .where(articles.c.content_hash == _P("hash"), articles.c.mergeable)
    .order_by(articles.c.id)
    .limit(1)
    .subquery()
    .select(),
)
_Q_TEXT = sa.select(articles.c.content_text).where(articles.c.id == _P("id"))
_Q_SAME_GUIDS = sa.select(*_KNOWN_COLUMNS).where(
    articles.c.source_id == _P("source"), articles.c.guid.in_(_P("guids", expanding=True))
)
_GUIDS_PER_QUERY = 500  # well under every database's limit of bound parameters
_Q_KNOWN_BY_IDS = sa.select(*_KNOWN_COLUMNS).where(articles.c.id.in_(_P("ids", expanding=True)))
_Q_BANDS = (
    sa.select(article_keys.c.article_id)
    .where(
        article_keys.c.published.between(_P("lo"), _P("hi")),
        article_keys.c.day.in_(_P("days", expanding=True)),
        ((article_keys.c.kind == BODY) & article_keys.c.key.in_(_P("body", expanding=True)))
        | ((article_keys.c.kind == LEAD) & article_keys.c.key.in_(_P("lead", expanding=True))),
    )
    .distinct()
    .limit(NEAR_CANDIDATES)
)
_SHARED_TERMS = sa.func.count(sa.distinct(article_keys.c.key))
_Q_TERMS = (
    sa.select(article_keys.c.article_id)
    .where(
        article_keys.c.kind == TERM,
        article_keys.c.day.in_(_P("days", expanding=True)),
        article_keys.c.key.in_(_P("terms", expanding=True)),
        article_keys.c.published.between(_P("lo"), _P("hi")),
    )
    .group_by(article_keys.c.article_id)
    .having(_SHARED_TERMS >= _P("min"))
    .order_by(_SHARED_TERMS.desc(), article_keys.c.article_id)
    .limit(_P("limit"))
)
_Q_TERMS_OTHER_LANGUAGE = _Q_TERMS.where(article_keys.c.language != _P("language"))
_Q_KNOWN_BY_URL_KEYS = (
    sa.select(*_KNOWN_COLUMNS)
    .where(articles.c.url_key.in_(_P("keys", expanding=True)))
    .order_by(articles.c.id)
    .limit(MAX_RELATED_CANDIDATES)
)
_Q_LINKING = (
    sa.select(*_KNOWN_COLUMNS)
    .where(
        articles.c.id.in_(
            sa.select(article_keys.c.article_id)
            .where(
                article_keys.c.kind == LINK,
                article_keys.c.day == 0,
                article_keys.c.key == _P("key"),
            )
            .limit(MAX_RELATED_CANDIDATES)
            .scalar_subquery()
        )
    )
    .order_by(articles.c.id)
)
_Q_POLL_STATE = sa.select(
    sources.c.etag,
    sources.c.last_modified,
    sources.c.error_count,
    sources.c.idle_polls,
    sources.c.fetch_url,
    sources.c.moved_to,
    sources.c.moved_seen,
).where(sources.c.id == _P("id"))
_UPDATE_SOURCE_NEW = sources.update().where(sources.c.id == _P("source_id")).values(idle_polls=0)
_UPDATE_SOURCE_IDLE = (
    sources.update()
    .where(sources.c.id == _P("source_id"))
    .values(idle_polls=sources.c.idle_polls + 1)
)
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
_Q_STORY_LANGUAGES = (
    sa.select(articles.c.story_id, articles.c.language)
    .where(articles.c.story_id.in_(_P("stories", expanding=True)))
    .distinct()
)
_Q_STORY_COUNT = sa.select(sa.func.count()).select_from(stories)
_Q_ANY_OVERRIDE = sa.select(sa.func.count()).select_from(dedup_overrides)
_Q_ANY_SPLIT = sa.select(sa.func.count()).where(dedup_overrides.c.action == "split")
_Q_PINNED = (
    sa.select(articles.c.story_id)
    .join(
        dedup_overrides,
        (dedup_overrides.c.source_id == articles.c.source_id)
        & (dedup_overrides.c.guid == articles.c.guid),
    )
    .where(
        dedup_overrides.c.action == "split",
        articles.c.story_id.in_(_P("stories", expanding=True)),
    )
    .distinct()
)


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
_DELETE_KEYS = article_keys.delete().where(article_keys.c.article_id == _P("article_id"))
_SET_REPRESENTATIVE = (
    stories.update()
    .where(stories.c.id == _P("story_id"))
    .values(representative_id=_P("article_id"))
)


SQLITE_POOL = 32  # SQLite connections kept open (and as many more while busy): workers <= 64


def make_engine(url: str) -> sa.Engine:
    """An engine for a SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL.

    Every database error surfaces as StorageError (one line: what failed and the
    database's own words, e.g. "database or disk is full"), whichever method met it."""
    engine = _make_engine(url)

    @event.listens_for(engine, "handle_error")
    def _as_storage_error(ctx: sa.engine.ExceptionContext) -> None:
        if ctx.is_pre_ping:
            return  # the pool's liveness check: it reconnects by itself
        raise StorageError(storage_message(ctx.original_exception)) from ctx.original_exception

    return engine


def storage_message(e: BaseException) -> str:
    """A database error as one line for an operator."""
    first = (str(e).strip().splitlines() or [""])[0]
    return f"database failed: {type(e).__name__}: {first}"


def _make_engine(url: str) -> sa.Engine:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # a connection per worker thread stays open (SQLAlchemy's default keeps 5 and
        # opens and closes the others on every use, pragmas and all)
        engine = sa.create_engine(
            url, connect_args={"timeout": 30}, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # the dedup index outgrows SQLite's 2 MiB default page cache within days
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


@dataclass(frozen=True, slots=True)
class Ingested:
    action: Action
    story_id: int
    section: str | None
    article_id: int


class Repository:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._ingest_lock = threading.Lock()
        # SQLite has one writer at a time: threads of this process take turns here rather
        # than in SQLite's busy handler, which polls with sleeps of up to 100 ms
        self._write_lock = self._ingest_lock if engine.dialect.name == "sqlite" else None
        # the recent part of the dedup index (dedup.index), loaded on the first ingest,
        # and the last article_keys row it has seen
        self._recent: RecentIndex | None = None
        self._recent_seen = 0
        # the recently stored articles, and the ingest epoch they are current for
        self._memo = _Memo()
        self._epoch: int | None = None

    @classmethod
    def open(cls, url: str) -> Repository:
        """Connect and migrate to the newest schema. Raises StorageError."""
        try:
            engine = make_engine(url)
            migrate.upgrade(engine)
        except (sa.exc.SQLAlchemyError, StorageError) as e:
            raise StorageError(f"cannot open database {_redact(url)}: {e}") from e
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """A write transaction (taking turns with the other threads' on SQLite)."""
        with self._write_lock or nullcontext(), self.engine.begin() as conn:
            yield conn

    # sources and their schedule

    def sync_sources(self, configured: Iterable[Source], now: datetime) -> None:
        """Add rows for new sources (due now); keep the schedule of known ones. A disabled
        source shows as disabled; enabled again, it is due at once."""
        with self._write() as conn:
            rows = conn.execute(sa.select(sources.c.id, sources.c.state, sources.c.url)).all()
            known = {r.id: r.state for r in rows}
            known_urls = {r.id: r.url for r in rows}
            for s in configured:
                if s.id not in known:
                    conn.execute(
                        sources.insert().values(
                            id=s.id,
                            url=s.location,
                            next_check_at=now,
                            state=SourceState.NEW if s.enabled else SourceState.DISABLED,
                        )
                    )
                    continue
                values: dict[str, Any] = {"url": s.location}
                if known_urls[s.id] != s.location:  # the operator gave a new URL
                    values.update(fetch_url=None, moved_to=None, moved_seen=0)
                if not s.enabled:
                    values["state"] = SourceState.DISABLED
                elif known[s.id] == SourceState.DISABLED:
                    values.update(state=SourceState.NEW, next_check_at=now)
                conn.execute(sources.update().where(sources.c.id == s.id).values(**values))

    def claim_due(
        self, now: datetime, ids: Iterable[str], lease: timedelta, *, owner: str
    ) -> list[str]:
        """Claim the due sources among `ids` for `owner` ("host:pid"): their next check
        moves to now + lease, so another worker does not take them, and the poll's record
        (success or failure) sets it anew. Returns the ids this caller claimed."""
        claimed = []
        with self._write() as conn:
            due = conn.execute(
                sa.select(sources.c.id, sources.c.next_check_at)
                .where(sources.c.next_check_at <= now, sources.c.id.in_(list(ids)))
                .order_by(sources.c.next_check_at)
            ).all()
        for source_id, next_check in due:
            with self._write() as conn:
                done = conn.execute(
                    sources.update()
                    .where(sources.c.id == source_id, sources.c.next_check_at == next_check)
                    .values(next_check_at=now + lease, claimed_by=owner)
                )
                if done.rowcount == 1:
                    claimed.append(source_id)
        return claimed

    def release_claims(self, host: str, alive: Callable[[int], bool], now: datetime) -> list[str]:
        """Make the sources claimed by dead processes on `host` due at once (a process
        killed mid-poll leaves its claims behind). Claims of live processes and of other
        hosts are kept: those expire with their lease. Returns the released ids."""
        released = []
        with self._write() as conn:
            rows = conn.execute(
                sa.select(sources.c.id, sources.c.claimed_by).where(
                    sources.c.claimed_by.like(f"{host}:%")
                )
            ).all()
            for source_id, owner in rows:
                pid = owner.rpartition(":")[2]
                if pid.isdigit() and not alive(int(pid)):
                    conn.execute(
                        sources.update()
                        .where(sources.c.id == source_id, sources.c.claimed_by == owner)
                        .values(claimed_by=None, next_check_at=now)
                    )
                    released.append(source_id)
        return released

    def poll_state(self, source_id: str) -> PollState:
        with self.engine.connect() as conn:
            row = conn.execute(_Q_POLL_STATE, {"id": source_id}).first()
        if row is None:
            return PollState()
        return PollState(
            CacheInfo(row.etag, row.last_modified),
            row.error_count,
            row.idle_polls,
            row.fetch_url,
            row.moved_to,
            row.moved_seen,
        )

    def note_redirect(
        self, source_id: str, state: PollState, moved_to: str | None, confirmations: int
    ) -> bool:
        """Count polls in a row that were permanently redirected to `moved_to` (None: not
        redirected); at `confirmations`, fetch from there from now on (True then). Writes
        only when something changes."""
        if moved_to is None:
            if state.moved_to is None:
                return False
            values: dict[str, Any] = {"moved_to": None, "moved_seen": 0}
        else:
            seen = state.moved_seen + 1 if moved_to == state.moved_to else 1
            values = {"moved_to": moved_to, "moved_seen": seen}
            if seen >= confirmations:
                values = {"fetch_url": moved_to, "moved_to": None, "moved_seen": 0}
        with self._write() as conn:
            conn.execute(sources.update().where(sources.c.id == source_id).values(**values))
        return "fetch_url" in values

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        with self._write() as conn:
            _record_success(conn, source_id, poll)

    def record_failure(
        self,
        source_id: str,
        *,
        now: datetime,
        next_check: datetime,
        error: str,
        status: int | None,
        state: SourceState = SourceState.FAILING,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                sources.update()
                .where(sources.c.id == source_id)
                .values(
                    next_check_at=next_check,
                    last_checked_at=now,
                    state=state,
                    last_status=status,
                    last_error=error,
                    error_count=sources.c.error_count + 1,
                    claimed_by=None,
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
                idle_polls=r.idle_polls,
                fetch_url=r.fetch_url,
            )
            for r in rows
        ]

    # articles and stories

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
                    recent = self._sync_recent(conn, now)
                    memo.conn = conn
                    yield Transaction(conn, recent, memo)
                    self._recent_seen = conn.scalar(_Q_LAST_KEY) or 0
                    self._epoch = epoch
            except BaseException:
                self._recent = None
                self._epoch = None  # so the memo is forgotten on the next ingest
                raise
            finally:
                memo.conn = None

    def _sync_recent(self, conn: sa.Connection, now: datetime) -> RecentIndex:
        recent = self._recent
        if recent is None:
            start = now - timedelta(days=KEEP_DAYS)
            older = conn.scalar(_Q_ANY_KEY_BEFORE, {"before": day_number(start)})
            # nothing older stored: the index holds it all (a new store, a first backfill)
            recent = RecentIndex(BEGINNING if older is None else start, today=now)
            rows = conn.execute(_Q_KEY_ROWS_SINCE, {"since": day_number(recent.start)})
        else:
            recent.forget_before(now)
            rows = conn.execute(_Q_KEY_ROWS_AFTER, {"after": self._recent_seen})
        recent.add(KeyRow(*row) for row in rows)
        self._recent = recent
        return recent

    def stories(self, section: str | None, limit: int) -> list[Story]:
        """The newest `limit` stories of a section (None: all sections), newest first."""
        query = sa.select(stories).order_by(stories.c.published.desc(), stories.c.id.desc())
        if section is not None:
            query = query.where(stories.c.section == section)
        return self._stories(query.limit(limit))

    def story_count(self, section: str | None) -> int:
        query = sa.select(sa.func.count()).select_from(stories)
        if section is not None:
            query = query.where(stories.c.section == section)
        with self.engine.connect() as conn:
            return int(conn.scalar(query) or 0)

    def stories_in_order(self, section: str | None, offset: int, limit: int | None) -> list[Story]:
        """Stories in the order they were first seen (story id), from `offset`: archive
        pages cut this sequence into fixed slices. Returned newest published first."""
        query = sa.select(stories).order_by(stories.c.id).offset(offset).limit(limit)
        if section is not None:
            query = query.where(stories.c.section == section)
        found = self._stories(query)
        return sorted(found, key=lambda s: (s.published, s.id), reverse=True)

    def story(self, story_id: int) -> Story | None:
        found = self._stories(sa.select(stories).where(stories.c.id == story_id))
        return found[0] if found else None

    def story_id_by_uid(self, uid: str) -> int | None:
        with self.engine.connect() as conn:
            value = conn.scalar(sa.select(stories.c.id).where(stories.c.uid == uid))
        return int(value) if value is not None else None

    def find_article(self, ref: str) -> StoredArticle | None:
        """An article by id, by URL (any form of it), or by SOURCE:GUID."""
        with self.engine.connect() as conn:
            where: sa.ColumnElement[bool]
            if ref.isdigit():
                where = articles.c.id == int(ref)
            elif ref.startswith(("http://", "https://")):
                where = articles.c.url_key == url_key(ref)
            else:
                source_id, _, guid = ref.partition(":")
                where = (articles.c.source_id == source_id) & (articles.c.guid == guid)
            row = conn.execute(sa.select(articles).where(where).order_by(articles.c.id)).first()
        return _stored_article(row) if row else None

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

    def _stories(self, query: sa.Select[Any]) -> list[Story]:
        with self.engine.connect() as conn:
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
                .where(stories.c.id.in_(others))
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

    # rendered feeds

    def save_document(self, doc: FeedDocument) -> bool:
        """Store a rendered feed unless the same bytes are already stored; True if stored.
        Its problems (entries left out) replace the document's recorded ones."""
        key = (feed_documents.c.section == doc.section) & (feed_documents.c.format == doc.format)
        with self._write() as conn:
            _set_render_problem(conn, doc.section, doc.format, "; ".join(doc.problems))
            stored = conn.execute(
                sa.select(feed_documents.c.etag, feed_documents.c.brotli.is_(None)).where(key)
            ).first()
            etag = stored[0] if stored else None
            if etag == doc.etag and stored is not None and not stored[1]:
                return False
            values = dict(
                content=doc.content,
                gzip=doc.gzip,
                brotli=doc.brotli,
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

    def note_render_failure(self, section: str, fmt: str, problem: str) -> None:
        """A document could not be rendered at all: its last good rendering stays served,
        the problem is recorded until a render succeeds."""
        with self._write() as conn:
            _set_render_problem(conn, section, fmt, problem)

    def render_problems(self) -> list[tuple[str, str, str]]:
        """(document, format, problem) of every document rendered with problems."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(render_problems).order_by(
                    render_problems.c.section, render_problems.c.format
                )
            ).all()
        return [(r.section, r.format, r.problem) for r in rows]

    def stored_guids(self, source_id: str, guids: Iterable[str]) -> set[str]:
        """Which of these GUIDs of a source are stored (one query per 500)."""
        unique = list(dict.fromkeys(guids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(unique), _GUIDS_PER_QUERY):
                chunk = unique[i : i + _GUIDS_PER_QUERY]
                found.update(
                    conn.scalars(
                        sa.select(articles.c.guid).where(
                            articles.c.source_id == source_id, articles.c.guid.in_(chunk)
                        )
                    )
                )
        return found

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
            r.section, r.format, r.content, r.gzip, r.etag, r.last_modified, r.media_type, r.brotli
        )

    # health

    def ping(self) -> None:
        """Ask the store a trivial question that needs its tables (one row of sources).
        Raises StorageError with a one-line reason when it cannot answer."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.select(sources.c.id).limit(1)).first()
        except sa.exc.SQLAlchemyError as e:  # one make_engine's handler did not turn
            raise StorageError(storage_message(getattr(e, "orig", None) or e)) from e


class _Memo:
    """The recently stored articles as match.Known, by id.

    The matcher's candidates are the same recent articles again and again (every copy of
    a story is compared with its versions, every new story with the names of ten days):
    reading them back from the database was a fifth of the time an article took to store.
    The memo is kept current by this process's writes (Transaction.apply, _merge_story,
    Repository.move_article) and forgotten whole when another process ingested meanwhile
    or a transaction failed (Repository.ingest_transaction). The oldest remembered go
    first beyond KNOWN_MEMO; a miss is read from the database and remembered."""

    def __init__(self) -> None:
        self.known: OrderedDict[int, Known] = OrderedDict()  # oldest first
        self.conn: sa.Connection | None = None  # the ingest transaction's, while one runs
        self.load_text = self.text  # one bound method for every Known, not one each

    def __len__(self) -> int:
        return len(self.known)

    def put(self, k: Known) -> None:
        keep_newest(self.known, k.article_id, k, KNOWN_MEMO)

    def drop(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.known.pop(i, None)

    def clear(self) -> None:
        self.known.clear()

    def text(self, article_id: int) -> str:
        """A remembered article's text (Known.load_text), read in the open transaction."""
        if self.conn is None:
            raise RuntimeError("an article's text is read inside an ingest transaction")
        return self.conn.scalar(_Q_TEXT, {"id": article_id}) or ""


class Transaction:
    """Article writes of one source update, in one database transaction."""

    def __init__(self, conn: sa.Connection, recent: RecentIndex, memo: _Memo | None = None) -> None:
        self.conn = conn
        self.recent = recent
        if memo is None:
            memo = _Memo()
            memo.conn = conn
        self.memo = memo
        # names of the articles stored in this transaction so far; see _by_terms
        self.term_counts: Counter[int] = Counter()
        self._splits: bool | None = None  # does any operator split exist? (asked once)
        self._overrides: bool | None = None  # any operator correction at all?

    def record_success(self, source_id: str, poll: PollSuccess) -> None:
        """The poll that brought these articles, in the same transaction."""
        _record_success(self.conn, source_id, poll)

    def stored_versions(self, source_id: str, guids: Iterable[str]) -> dict[str, Known]:
        """The stored articles of a source with these GUIDs, by GUID: a feed repeats
        most of its entries poll after poll, and one query answers for all of them."""
        unique = list(dict.fromkeys(guids))
        found: dict[str, Known] = {}
        for i in range(0, len(unique), _GUIDS_PER_QUERY):
            chunk = unique[i : i + _GUIDS_PER_QUERY]
            for k in self._run_known(_Q_SAME_GUIDS, source=source_id, guids=chunk):
                found[k.guid] = k
        return found

    def _run_known(self, query: sa.Select[Any], **params: Any) -> list[Known]:
        return [self._known(row._mapping) for row in self.conn.execute(query, params)]

    def _known(self, columns: Mapping[Any, Any]) -> Known:
        k = Known(**columns, load_text=self.memo.load_text)
        self.memo.put(k)
        return k

    def _known_by_ids(self, ids: Iterable[int]) -> list[Known]:
        """Stored articles by id, in id order: from the memo, the others read."""
        known = self.memo.known
        found: list[Known] = []
        missing: list[int] = []
        for i in sorted(set(ids)):
            k = known.get(i)
            if k is None:
                missing.append(i)
            else:
                found.append(k)
        if missing:
            found += self._run_known(_Q_KNOWN_BY_IDS, ids=missing)
            found.sort(key=lambda k: k.article_id)
        return found

    def candidates(
        self, article: Article, keys: Mapping[int, list[int]], *, when: datetime, short: bool
    ) -> Hits:
        """Everything dedup.match.decide() weighs, looked up by index (no scans).

        The statements are built once (module level, with bound parameters), so a lookup
        costs SQL, not statement construction."""
        exact: dict[int, list[Known]] = {0: [], 1: [], 2: []}
        params: dict[str, Any] = {
            "source": article.source_id,
            "guid": article.guid,
            "key": url_key(article.canonical_url) if article.canonical_url else None,
            "hash": article.content_hash if article.content_text else None,
        }
        for row in self.conn.execute(_Q_EXACT, params):
            columns = dict(row._mapping)
            exact[columns.pop("layer")].append(self._known(columns))
        exact[1].sort(key=lambda k: k.article_id)
        if exact[0]:
            return Hits(same_guid=exact[0][0])
        override = (
            self._override(article.source_id, article.guid) if self._has_overrides() else None
        )
        same_url = exact[1]
        same_text = exact[2][0] if exact[2] else None
        window = timedelta(hours=MAX_HOURS_APART)
        lo, hi = when - window, when + window
        if self.recent.covers(lo):
            bands = [*keys.get(BODY, []), *keys.get(LEAD, [])]
            ids = set(self.recent.bands(bands, lo, hi, limit=NEAR_CANDIDATES))
        else:
            params = {
                "lo": lo,
                "hi": hi,
                "days": days_between(lo, hi),
                "body": keys.get(BODY, []),
                "lead": keys.get(LEAD, []),
            }
            ids = set(self.conn.scalars(_Q_BANDS, params))
        # translations share no shingles and short items too few: look for shared names,
        # in other languages always, in the same language only for a short item
        ids |= set(
            self._by_terms(
                keys.get(TERM, []),
                lo,
                hi,
                LOOKUP_MIN_SHARED,
                language=None if short else primary_language(article.language),
                limit=NEAR_CANDIDATES,
                skip_common=True,
            )
        )
        near = [k for k in self._known_by_ids(ids) if k.mergeable]
        languages: dict[int, set[str]] = {}
        mine = primary_language(article.language)
        if any(primary_language(k.language) != mine for k in near):
            # only a translation check needs the languages of the candidates' stories
            story_ids = sorted({k.story_id for k in near})
            for story_id, language in self.conn.execute(_Q_STORY_LANGUAGES, {"stories": story_ids}):
                languages.setdefault(story_id, set()).add(primary_language(language))
        candidate_stories = {k.story_id for k in (*same_url, *near)}
        if same_text is not None:
            candidate_stories.add(same_text.story_id)
        pinned: frozenset[int] = frozenset()
        if candidate_stories and self._has_splits():
            pinned = frozenset(self.conn.scalars(_Q_PINNED, {"stories": sorted(candidate_stories)}))
        return Hits(
            same_url=same_url,
            same_text=same_text,
            near=near,
            override=override,
            story_languages={k: frozenset(v) for k, v in languages.items()},
            pinned=pinned,
        )

    def _has_splits(self) -> bool:
        if self._splits is None:
            self._splits = bool(self.conn.scalar(_Q_ANY_SPLIT))
        return self._splits

    def _has_overrides(self) -> bool:
        """Operator corrections are rare: ask once per transaction whether any exist."""
        if self._overrides is None:
            self._overrides = bool(self.conn.scalar(_Q_ANY_OVERRIDE))
        return self._overrides

    def _by_terms(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        *,
        language: str | None,
        limit: int,
        skip_common: bool,
    ) -> list[int]:
        """Articles in [lo, hi] sharing at least `min_shared` name terms, most first; with
        `language`, only articles in another language; with `skip_common`, by the names
        that are not common in the recent index (dedup.index: their postings are what the
        lookup's cost grows with, and they tell least)."""
        if skip_common:
            terms = [t for t in terms if not self.recent.common(t)]
        if not terms:
            return []
        # a stable sample of the article's names: by how often they occurred earlier in
        # this transaction (one source's poll), then by hash. (Counting over the whole
        # store, to pick the rarest, lowered related-story recall; see docs/dedup.md.)
        terms = sorted(terms, key=lambda t: (self.term_counts[t], t))[:LOOKUP_TERMS]
        if self.recent.covers(lo):
            return self.recent.terms(
                terms, lo, hi, min_shared, other_language=language, limit=limit
            )
        params = {
            "terms": terms,
            "lo": lo,
            "hi": hi,
            "days": days_between(lo, hi),
            "min": min_shared,
            "limit": limit,
        }
        if language is None:
            return list(self.conn.scalars(_Q_TERMS, params))
        return list(self.conn.scalars(_Q_TERMS_OTHER_LANGUAGE, {**params, "language": language}))

    def _override(self, source_id: str, guid: str) -> tuple[str, int | None] | None:
        row = self.conn.execute(
            sa.select(dedup_overrides.c.action, dedup_overrides.c.story_uid).where(
                dedup_overrides.c.source_id == source_id, dedup_overrides.c.guid == guid
            )
        ).first()
        if row is None:
            return None
        story_id = None
        if row.story_uid:
            story_id = self.conn.scalar(
                sa.select(stories.c.id).where(stories.c.uid == row.story_uid)
            )
        return row.action, story_id

    def linked_articles(self, urls: list[str]) -> list[Known]:
        """Known articles that these URLs point to."""
        if not urls:
            return []
        return self._run_known(_Q_KNOWN_BY_URL_KEYS, keys=[url_key(u) for u in urls])

    def linking_articles(self, url: str) -> list[Known]:
        """Known articles whose body links to this URL (any form of it)."""
        return self._run_known(_Q_LINKING, key=link_key(url_key(url)))

    def related_candidates(
        self,
        terms: list[int],
        lo: datetime,
        hi: datetime,
        *,
        exclude_story: int,
        min_shared: int,
        skip_common: bool = True,
    ) -> list[Known]:
        """Articles of other stories in [lo, hi] sharing the most name terms (at least
        `min_shared`), one per story; with `skip_common`, by the names that are not
        common (see _by_terms: an article's own names; the few names of a reference
        phrase are all looked up)."""
        ids = self._by_terms(
            terms,
            lo,
            hi,
            min_shared,
            language=None,
            limit=MAX_RELATED_CANDIDATES * 3,
            skip_common=skip_common,
        )
        if not ids:
            return []
        found = [k for k in self._known_by_ids(ids) if k.story_id != exclude_story]
        order = {i: n for n, i in enumerate(ids)}
        per_story: dict[int, Known] = {}
        for k in sorted(found, key=lambda k: order[k.article_id]):
            per_story.setdefault(k.story_id, k)
        return list(per_story.values())[:MAX_RELATED_CANDIDATES]

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
            self.conn.execute(_DELETE_KEYS, {"article_id": article_id})
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
        self._write_keys(article_id, article.published or now, article.language, keys)
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

    def _write_keys(
        self, article_id: int, published: datetime, language: str, keys: Mapping[int, list[int]]
    ) -> None:
        """The article's index keys, one row each. The hottest write of an ingest (some
        60 rows an article): the rows share their time and language, converted once, and
        go to the driver as plain tuples."""
        dialect = self.conn.dialect
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
            self.conn.exec_driver_sql(_insert_keys_sql(dialect.paramstyle), rows)

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


def _record_success(conn: sa.Connection, source_id: str, p: PollSuccess) -> None:
    values: dict[str, Any] = dict(
        source_id=source_id,
        etag=p.cache.etag,
        last_modified=p.cache.last_modified,
        next_check_at=p.next_check,
        last_checked_at=p.now,
        last_success_at=p.now,
        state=SourceState.OK if p.modified else SourceState.NOT_MODIFIED,
        last_status=p.status,
        last_error=p.warning,
        error_count=0,
        claimed_by=None,
    )
    if p.modified:
        values.update(entries_seen=p.seen, new_count=p.new, dupe_count=p.dupes)
    # the statement is built once; the parameters name the columns it sets
    conn.execute(_UPDATE_SOURCE_NEW if p.new else _UPDATE_SOURCE_IDLE, values)


def _set_render_problem(conn: sa.Connection, section: str, fmt: str, problem: str) -> None:
    """Record a document's problem ("" clears it); writes only on change."""
    key = (render_problems.c.section == section) & (render_problems.c.format == fmt)
    known = conn.scalar(sa.select(render_problems.c.problem).where(key))
    if (known or "") == problem:
        return
    if known is not None:
        conn.execute(render_problems.delete().where(key))
    if problem:
        conn.execute(render_problems.insert().values(section=section, format=fmt, problem=problem))


def _insert_keys_sql(paramstyle: str) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * 6)
    columns = "kind, key, article_id, published, language, day"
    return f"INSERT INTO article_keys ({columns}) VALUES ({marks})"


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
