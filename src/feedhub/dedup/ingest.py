"""The dedup step: articles in, stories out, each decided against all that is stored.

    with dedup.session(now) as ingest:            # one database transaction
        result = ingest.ingest(origin, articles, now)

`Dedup` is a process's dedup state (the recent in-memory index, the memo of stored
articles, remembered fingerprints) and opens sessions through the store's ingest session
(db.ingest.IngestSession, handed in by runtime.Runtime as `open_session`). `Ingest` is
one session: for each article, in publication order, fingerprint and index keys
(features), candidates (candidates.Candidates), a decision (match.decide), the writes it
calls for, the story's representative (`representative`), and related stories
(relate.find_related); it returns a plain `IngestResult`.

Invariants: sessions take turns (a lock here, and the store's session is serialised with
every other process's); the in-memory state is brought up to date at the start of a
session (keys other processes wrote; of the memo, the articles other processes changed
since, by the store's ingest epoch and its list of changes, or all of it when the list
does not reach back that far) and dropped whole when a session fails, as it may
hold rows that were never committed; every write of a stored article keeps the memo and
the index current.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import AbstractContextManager
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from typing import Any
from typing import Generic
from typing import TypeVar
from typing import cast

from feedhub.dedup import features
from feedhub.dedup import index
from feedhub.dedup import match
from feedhub.dedup import relate
from feedhub.dedup.candidates import Candidates
from feedhub.dedup.features import ArticleFeatures
from feedhub.dedup.keys import story_uid
from feedhub.dedup.keys import url_key
from feedhub.dedup.lookup import Session
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from feedhub.dedup.memory import Fingerprints
from feedhub.dedup.memory import Memo
from feedhub.dedup.memory import sized
from feedhub.models import TERM
from feedhub.models import Article
from feedhub.models import Known
from feedhub.models import StoredArticle
from feedhub.models import Version

logger = logging.getLogger(__name__)

T = TypeVar("T")
MAX_GROUP = 8  # works in one group commit (Dedup.in_group)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a batch of articles comes from, as dedup needs it."""

    source_id: str
    rank: int  # a version's weight when choosing a story's representative
    mergeable: bool  # may join other stories, and others join its stories
    own: bool  # the portal's own store: its story ids are its article URLs
    authority: str  # of the published story ids (keys.tag_authority)


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article and, when computed beforehand (feedhub.prepare), its features."""

    article: Article
    features: ArticleFeatures | None = None


@dataclass(frozen=True, slots=True)
class Stored:
    """What became of one article."""

    action: Action
    story_id: int
    section: str | None
    article_id: int


@dataclass(slots=True)
class IngestResult:
    new: int = 0
    updated: int = 0
    dupes: int = 0
    # the sections whose feeds changed (None: a story without a section)
    sections: set[str | None] = field(default_factory=set)
    # the stories stored to or linked (their feeds changed), and the articles stored
    stories: set[int] = field(default_factory=set)
    stored: list[Article] = field(default_factory=list)
    withdrawn: int = 0  # stories a kill notice withdrew

    def add(self, other: IngestResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.dupes += other.dupes
        self.sections |= other.sections
        self.stories |= other.stories
        self.stored += other.stored
        self.withdrawn += other.withdrawn


def representative(versions: Sequence[Version]) -> Version:
    """The version a story is shown as: highest rank, then earliest, then longest text."""
    return min(
        versions, key=lambda v: (-v.rank, v.published or v.first_seen, -v.length, v.article_id)
    )


class Dedup:
    """A process's dedup state; sessions open through `open_session(now)`."""

    def __init__(
        self,
        open_session: Callable[[datetime], AbstractContextManager[Session]],
        *,
        cache_bytes: int | None = None,
    ) -> None:
        """`cache_bytes`: what the memo and the fingerprints may hold together (about;
        dedup.memory.sized); without it, their fixed default sizes."""
        self.open_session = open_session
        if cache_bytes is None:
            self.memo, self.fingerprints = Memo(), Fingerprints()
        else:
            self.memo, self.fingerprints = sized(cache_bytes)
        # the recent part of the dedup index, loaded on the first ingest, and the last
        # key row it has seen; the ingest epoch the memo is current for
        self.recent: index.RecentIndex | None = None
        self._seen = 0
        self._epoch: int | None = None
        self._lock = threading.Lock()
        # group commit (in_group): the works handed in, and whether a thread runs a group
        self._queue_lock = threading.Lock()
        self._queue: list[_Work[Any]] = []
        self._leading = False

    @contextmanager
    def session(self, now: datetime) -> Iterator[Ingest]:
        """One ingest session (one database transaction), taking turns with the others."""
        with self._lock:
            try:
                with self.open_session(now) as store:
                    if self._epoch is None:
                        self.memo.clear()
                    elif store.epoch != self._epoch + 1:  # others ingested meanwhile
                        changed = store.changed_since(self._epoch)
                        if changed is None:
                            self.memo.clear()
                        else:
                            self.memo.drop(changed)
                    self.recent = index.sync(store, self.recent, self._seen, now)
                    yield Ingest(store, self.recent, self.memo, self.fingerprints)
                    self._seen = store.last_key()
                    self._epoch = store.epoch
            except BaseException:
                self.recent = None
                self._epoch = None  # so the memo is forgotten on the next session
                raise

    def in_group(self, now: datetime, work: Callable[[Ingest], T]) -> T:
        """`work(ingest)` in an ingest session shared with the work other threads hand in
        meanwhile: one transaction, one commit for a group (group commit, as databases
        write their logs). The thread that finds no group running runs one: what is queued
        then, at most MAX_GROUP, in order, each deciding against all before it; after its
        group it hands the lead to a waiting thread. A group whose work fails is rolled
        back whole and each of its works run again in a session of its own, so only the
        failing one fails. `work` must keep its effects in the session (and return what it
        did): it may run twice."""
        item = _Work(work, now)
        with self._queue_lock:
            self._queue.append(item)
            lead = not self._leading
            self._leading = True
        if not lead:
            item.ready.wait()
            if not item.lead:
                return item.outcome()
        while True:
            with self._queue_lock:
                group, self._queue = self._queue[:MAX_GROUP], self._queue[MAX_GROUP:]
            self._run_group(group)
            with self._queue_lock:
                if not self._queue:
                    self._leading = False
                    break
                if item.ready.is_set():  # its own work is done: hand the lead on
                    heir = self._queue[0]
                    heir.lead = True
                    heir.ready.set()
                    break
        return item.outcome()

    def _run_group(self, group: list[_Work[Any]]) -> None:
        try:
            with self.session(max(w.now for w in group)) as ingest:
                results = [w.work(ingest) for w in group]
        except BaseException as e:
            if len(group) == 1:
                group[0].finish(error=e)
                return
            logger.warning(
                "ingest group rolled back: %d polls, each stored alone now (%s: %s)",
                len(group),
                type(e).__name__,
                str(e)[:300],
            )
            for w in group:  # one by one: only the failing work fails
                try:
                    with self.session(w.now) as ingest:
                        result = w.work(ingest)
                except BaseException as own:
                    w.finish(error=own)
                else:
                    w.finish(result)
            return
        for w, result in zip(group, results, strict=True):
            w.finish(result)

    def forget(self, article_ids: Iterable[int]) -> None:
        """Articles deleted from the store (feedhub.retention): out of the memo and the
        recent index. (Other processes forget them from their memo through the store's
        list of changes; their recent index keeps the postings until the day falls out of
        it: a candidate that is not stored any more is never read, so never weighed.)"""
        ids = list(article_ids)
        with self._lock:
            self.memo.drop(ids)
            if self.recent is not None:
                for article_id in ids:
                    self.recent.remove(article_id)

    def move_article(
        self, article: StoredArticle, *, to_story: int | None, new_uid: str, now: datetime
    ) -> int:
        """Operator correction: move an article into another story (None: a new story of
        its own, published as `new_uid`), and remember it for re-ingestion. Returns the
        article's story id."""
        a = article.article
        with self.session(now) as ingest:
            store = ingest.store
            if to_story is None:
                to_story = store.new_story(new_uid, a.section, a.published or now, now)
                action, target_uid = "split", None
            else:
                action, target_uid = "merge", store.story_uid(to_story)
            store.move_article(article.id, to_story, f"operator {action}")
            self.memo.drop([article.id])
            store.refresh_story(article.story_id, now, representative)
            store.refresh_story(to_story, now, representative)
            store.record_override(a.source_id, a.guid, action, target_uid, now)
        return to_story


class _Work(Generic[T]):
    """A work handed to Dedup.in_group, and what became of it."""

    def __init__(self, work: Callable[[Ingest], T], now: datetime) -> None:
        self.work = work
        self.now = now
        self.ready = threading.Event()  # done, or asked to run the next group
        self.lead = False
        self._result: T | None = None
        self._error: BaseException | None = None

    def finish(self, result: T | None = None, *, error: BaseException | None = None) -> None:
        self._result, self._error = result, error
        self.ready.set()

    def outcome(self) -> T:
        if self._error is not None:
            raise self._error
        return cast(T, self._result)


class Ingest:
    """One ingest session: decides and stores articles (see the module docstring)."""

    def __init__(
        self, store: Session, recent: index.RecentIndex, memo: Memo, fingerprints: Fingerprints
    ) -> None:
        self.store = store
        self.recent = recent
        self.memo = memo
        self.fingerprints = fingerprints
        self.candidates = Candidates(store, recent, memo, fingerprints)

    def ingest(
        self, origin: Origin, articles: Iterable[Article | Prepared], now: datetime
    ) -> IngestResult:
        """Dedup, relate and store `articles` in publication order (an earlier story is
        known when a later one refers to it), each decided against what is stored; an
        entry the source repeats unchanged is skipped before it is fingerprinted. An
        article comes with its features when a worker process computed them (Prepared)."""
        result = IngestResult()
        items = sorted(
            (a if isinstance(a, Prepared) else Prepared(a) for a in articles),
            key=lambda p: publication_order(p.article),
        )
        stored = self.candidates.stored_versions(origin.source_id, (p.article.guid for p in items))
        for item in items:
            article = item.article
            known = stored.pop(article.guid, None)  # (a repeat in this feed: the long way)
            if known is not None and match.unchanged(known, article):
                continue
            f = item.features or features.of_article(article)
            fp, keys = f.fp, f.keys
            when = article.published or now
            hits = self.candidates.hits(article, fp, keys, when=when)
            decision = match.decide(
                article, fp, hits, self.candidates.fingerprint, mergeable=origin.mergeable, now=now
            )
            if decision.action is Action.WITHDRAW:
                assert decision.story_id is not None and decision.article_id is not None
                section, whole = self.store.withdraw_story(
                    decision.story_id, decision.article_id, now, representative
                )
                self.memo.drop([decision.article_id])
                result.sections.add(section)
                result.stories.add(decision.story_id)
                result.withdrawn += 1
                logger.warning(
                    "%s withdrawn story=%d source=%s guid=%s: %s",
                    "story" if whole else "version",
                    decision.story_id,
                    origin.source_id,
                    article.guid,
                    decision.reason,
                )
                continue
            done = self.apply(article, decision, origin, now=now, keys=keys)
            if done is None:
                continue
            self.fingerprints.remember(done.article_id, article.content_hash, fp)
            if done.action is Action.NEW:
                result.new += 1
            elif done.action is Action.ATTACH:
                result.dupes += 1
            else:
                result.updated += 1
            result.sections.add(done.section)
            result.stored.append(article)
            result.stories.add(done.story_id)
            new_story = done.action is Action.NEW
            result.sections |= self.relate(
                done.story_id, article, f, when, new_story, result.stories
            )
        return result

    def apply(
        self,
        article: Article,
        decision: Decision,
        origin: Origin,
        *,
        now: datetime,
        keys: Mapping[int, list[int]],
    ) -> Stored | None:
        """Store the article as `decision` says, with its index keys; None when unchanged."""
        store = self.store
        key = url_key(article.canonical_url) if article.canonical_url else None
        if decision.action is Action.UNCHANGED:
            return None
        if decision.action is Action.UPDATE:
            assert decision.article_id is not None and decision.story_id is not None
            article_id, story_id = decision.article_id, decision.story_id
            store.update_article(article_id, article, url_key=key)
            self.memo.drop([article_id])  # read again when next asked for
            self.recent.remove(article_id)
        else:
            if decision.action is Action.NEW:
                uid = story_uid(
                    origin.source_id,
                    article.guid,
                    article.url,
                    authority=origin.authority,
                    own=origin.own,
                )
                story_id = store.new_story(uid, article.section, article.published or now, now)
            else:
                assert decision.story_id is not None
                story_id = decision.story_id
                for other in decision.merge:
                    self.memo.drop(store.merge_story(other, into=story_id))
            article_id = store.insert_article(
                article,
                story_id=story_id,
                url_key=key,
                rank=origin.rank,
                mergeable=origin.mergeable,
                reason=decision.reason,
                now=now,
            )
            self.memo.put(_known(article, article_id, story_id, origin.mergeable))
        published = article.published or now
        language = features.primary_language(article.language)
        store.write_keys(article_id, published, language, keys)
        self.recent.add_article(article_id, published, language, keys)
        self.candidates.term_counts.update(dict.fromkeys(keys.get(TERM, []), 1))
        if decision.action is Action.NEW:
            # a story of one: that article represents it; nothing to choose
            store.set_representative(story_id, article_id)
            section = article.section
        else:
            section = store.refresh_story(story_id, now, representative)
        return Stored(decision.action, story_id, section, article_id)

    def relate(
        self,
        story_id: int,
        article: Article,
        f: ArticleFeatures,
        when: datetime,
        new_story: bool,
        changed_stories: set[int],
    ) -> set[str | None]:
        """Link the article's story to related stories; returns the sections that changed
        and adds the stories linked to `changed_stories`.

        Links and reference phrases are checked for every version (a copy may carry a
        "Lesen Sie auch" box the first did not); the search by shared names only for a
        new story, as a further version shares its story's names."""
        found = self.candidates
        linked = [k for k in found.linked(f.links) if k.story_id != story_id]
        linking = (
            [k for k in found.linking(article.url) if k.story_id != story_id] if article.url else []
        )
        lo, hi = relate.search_window(f.references, when)
        candidates: list[Known] = []
        if new_story:
            candidates = found.related(
                f.keys.get(TERM, []),
                lo,
                hi,
                exclude_story=story_id,
                min_shared=relate.LOOKUP_MIN_SHARED,
            )
        for phrase in f.references:
            candidates += found.related(
                features.term_keys(features.names(phrase) | features.entities(phrase)),
                lo,
                when,
                exclude_story=story_id,
                min_shared=relate.REFERENCE_MIN_SHARED,
                skip_common=False,  # a phrase names few: "Wie wir berichteten, Trump und Putin"
                per_story=relate.REFERENCE_VERSIONS,
            )
        changed: set[str | None] = set()
        relations = relate.find_related(
            story_id,
            f.references,
            f.fp,
            when,
            linked,
            candidates,
            found.fingerprint,
            linked_from=linking,
        )
        for rel in relations:
            added, other_section = self.store.link_stories(
                story_id, rel.story_id, rel.kind, rel.reason
            )
            if added:
                changed.add(other_section)
                changed_stories.add(rel.story_id)
        return changed


def publication_order(article: Article) -> tuple[bool, datetime]:
    """Sorts by publication, articles without a date last."""
    return (article.published is None, article.published or datetime.min.replace(tzinfo=UTC))


def _known(article: Article, article_id: int, story_id: int, mergeable: bool) -> Known:
    return Known(
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
    )
