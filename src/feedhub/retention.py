"""Retention: stories that stopped changing longer than `retention` ago are deleted.

    result = retention.prune(rt, now)     # what the service tick runs, once an hour

What goes: the oldest stories, as a prefix of the story order (story id: the order the
feeds' archive pages cut into pages), each with its versions, their dedup keys, facet
rows, story links (both ways), operator corrections and its documents. A story is
*expired* when nothing of it arrived or changed since `now - retention`, or when its first
version arrived more than twice `retention` ago (a live blog that never stops changing
would hold back every story after it; its source's next change makes it a new story).
The prefix ends before the first story that is not expired, and never takes the newest
2 x feed_size stories (the subscription feeds of a quiet hub keep their entries).

Why a prefix: every paged feed is a subsequence of the story order, so each loses a
prefix of its own order; the store counts per feed how many went (db.pruning,
`feed_offsets`) and numbers pages as if they were still there (publish.pages). So no
story changes page: the subscription feed and every archive page after the cut keep
their URLs and entries; archive pages whose every story went answer 404, the page across
the cut keeps its number with fewer entries and no prev-archive link, and following
prev-archive from the subscription feed still yields every story left exactly once.

Work is bounded: transactions of `batch` stories (each under the ingest lock, so dedup
never decides against a half-pruned store, and on PostgreSQL under the publishing lock,
so no feed is rendered from half of one), at most `per_run` stories a run; a run that
stops there says `more` and the service runs again at its next tick.

Other processes: each transaction moves the ingest epoch on and lists the deleted
articles as changed (db.ingest), so every process forgets them before its next decision;
this one drops them from its recent index too (Dedup.forget).

Sources that keep old items (the portal's store holds every article) would send each
deleted article again as new: each source keeps the newest date of its articles deleted
for their age (`pruned_through`, never after the cutoff), and a poll does not store an
entry dated no later that is not stored (pipeline._not_pruned).

Does not: shrink a SQLite file (freed pages are reused by later writes; VACUUM gives
them back), or delete `ingest_changes` rows naming deleted articles (they age out with
the list, db.ingest.CHANGES_KEPT).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from typing import TYPE_CHECKING

from feedhub import feeds
from feedhub import pipeline
from feedhub.config import MIN_RETENTION_DAYS
from feedhub.models import Settings

if TYPE_CHECKING:  # runtime.py imports this module
    from feedhub.runtime import Runtime

logger = logging.getLogger(__name__)

MIN_RETENTION = timedelta(days=MIN_RETENTION_DAYS)
BATCH = 500  # stories deleted per transaction (the ingest lock is held that long)
PER_RUN = 20_000  # stories deleted per run at most; the rest at the next tick


@dataclass(frozen=True, slots=True)
class Retention:
    """How long stories are kept, and how much one run deletes. `minimum` is for tests
    (a simulated week); the config refuses less than MIN_RETENTION."""

    age: timedelta
    batch: int = BATCH
    per_run: int = PER_RUN
    minimum: timedelta = MIN_RETENTION

    def __post_init__(self) -> None:
        if self.age < self.minimum:
            raise ValueError(f"retention {self.age} is shorter than {self.minimum}")
        if self.batch < 1 or self.per_run < 1:
            raise ValueError("batch and per_run must be positive")

    @classmethod
    def of(cls, settings: Settings) -> Retention | None:
        """The configured retention; None when stories are kept for ever (retention 0)."""
        seconds = settings.service.retention
        return cls(timedelta(seconds=seconds)) if seconds else None


@dataclass(frozen=True, slots=True)
class PruneResult:
    """What one run deleted."""

    before: datetime | None = None  # stories unchanged since then went (None: retention off)
    stories: int = 0
    articles: int = 0
    keys: int = 0  # dedup index rows (article_keys and article_index)
    documents: int = 0  # rendered documents that answer 404 now
    more: bool = False  # stopped at `per_run`: more is due
    ms: int = 0  # the whole run
    publish_ms: int = 0  # of which rendering the feeds that changed


def prune(rt: Runtime, now: datetime, retention: Retention | None = None) -> PruneResult:
    """Delete the expired stories (see the module docstring), then re-render the feeds
    that lost stories or related links (their oldest page left included) and delete the
    documents that answer 404 now. `retention`: the configured one when not given.
    Raises StorageError."""
    retention = retention or Retention.of(rt.settings)
    if retention is None:
        return PruneResult()
    started = time.monotonic()
    cutoff = now - retention.age
    size = rt.settings.service.feed_size
    stories = articles = keys = 0
    touched: set[str] = set()
    while stories < retention.per_run:
        limit = min(retention.batch, retention.per_run - stories)
        with rt.repo.publishing(), rt.repo.ingest_session(now) as session:
            pruned = session.prune(
                cutoff=cutoff,
                created_before=cutoff - retention.age,
                limit=limit,
                keep_newest=2 * size,
            )
        if not pruned.stories:
            break
        rt.dedup.forget(pruned.articles)
        stories += pruned.stories
        articles += len(pruned.articles)
        keys += pruned.keys
        touched.update(pruned.feeds)
        touched.update(pruned.linked)
        if pruned.stories < limit:
            break
    if not stories:
        logger.debug("nothing to prune before=%s", f"{cutoff:%Y-%m-%dT%H:%M:%SZ}")
        return PruneResult(cutoff, ms=_ms(started))
    with rt.repo.publishing(), rt.repo.ingest_session(now) as session:
        documents = session.drop_pruned_documents(size)
    published = time.monotonic()
    pipeline.publish_pruned(rt, touched - {feeds.ALL})
    result = PruneResult(
        cutoff,
        stories,
        articles,
        keys,
        documents,
        more=stories >= retention.per_run,
        ms=_ms(started),
        publish_ms=_ms(published),
    )
    logger.info(
        "pruned stories=%d articles=%d keys=%d before=%s documents=%d more=%s ms=%d publish_ms=%d",
        result.stories,
        result.articles,
        result.keys,
        f"{cutoff:%Y-%m-%dT%H:%M:%SZ}",
        result.documents,
        "yes" if result.more else "no",
        result.ms,
        result.publish_ms,
    )
    return result


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
