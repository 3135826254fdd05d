"""The one readable path: update a source, publish sections.

    acquire.acquire        HTTP GET or folder scan, parsed (NotModified: nothing to do)
    normalize              one Article per entry
    dedup.ingest           dedup, relate and store, in sessions of `ingest_batch`
    publish.publisher      the changed feeds rendered and stored; WebSub pinged

Entry points first (update_source, update_sources, run_due, publish_sections,
publish_all), then the seams tests and benchmarks call (normalize_entries,
store_articles, origin), then the helpers. Each takes the process's runtime.Runtime
(settings, repository, dedup state, HTTP clients, WebSub pinger, host gate), built once
by Runtime.open().

A source's failure is a value (UpdateResult with an error), reported against the source,
recorded in its health row; every other source goes on. Only StorageError stops a run.
A document that cannot be rendered is logged and recorded (shown on /status); the other
documents are published.

Work per poll is bounded: at most `max_entries_per_poll` entries are taken (new ones
first, newest first; the feed is fetched in full again on the next poll for the rest),
and they are stored in transactions of `ingest_batch` entries, so a crash or kill keeps
what was stored before it. The poll's outcome commits with the last batch.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import TYPE_CHECKING

from feedhub import feeds
from feedhub import normalize
from feedhub import prepare
from feedhub import rules
from feedhub import schedule
from feedhub.acquire import acquire
from feedhub.acquire import entries_this_poll
from feedhub.dedup.ingest import Ingest
from feedhub.dedup.ingest import IngestResult
from feedhub.dedup.ingest import Origin
from feedhub.dedup.ingest import Prepared
from feedhub.dedup.ingest import publication_order
from feedhub.dedup.keys import tag_authority
from feedhub.errors import FetchError
from feedhub.errors import SourceError
from feedhub.errors import StorageError
from feedhub.feeds import ALL
from feedhub.models import Article
from feedhub.models import CacheInfo
from feedhub.models import Fetched
from feedhub.models import NotModified
from feedhub.models import ParsedFeed
from feedhub.models import PollState
from feedhub.models import PollSuccess
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.models import SourceState
from feedhub.models import UpdateResult
from feedhub.prepare import PreparedPoll
from feedhub.publish import publisher

if TYPE_CHECKING:  # runtime.py builds the Runtime and imports this module
    from feedhub.runtime import Runtime

logger = logging.getLogger(__name__)

OWN_RANK = 1000  # the portal's own articles outrank any configured trust (0..100)
# an entry published further in the future is under embargo: held until then (clocks of
# sources may run this much ahead)
EMBARGO_TOLERANCE = timedelta(minutes=5)


def update_source(
    rt: Runtime,
    source: Source,
    now: datetime,
    *,
    state: PollState | None = None,
    unchanged: NotModifiedLog | None = None,
) -> UpdateResult:
    """Poll one source and store what is new. Never raises SourceError.

    `state`: the source's poll state when the caller read it (update_sources reads a
    run's at once); `unchanged`: where a not-modified poll is recorded (written with the
    others of the run) instead of at once."""
    started = time.monotonic()
    if state is None:
        state = rt.repo.poll_state(source.id)
    try:
        got = acquire(rt, source, state)
        if isinstance(got, NotModified):
            next_at = _next_check(source, now, state, got.headers, new=0)
            poll = PollSuccess(now, next_at, got.cache, got.status, modified=False)
            if unchanged is None:
                rt.repo.record_success(source.id, poll)
            else:
                unchanged.add(source.id, poll)
            result = UpdateResult(
                source.id, "not modified", http_status=got.status, next_check=next_at
            )
        else:
            result = _store_poll(rt, source, state, *got, now)
        return _log(rt, replace(result, ms=_ms(started)), source)
    except StorageError:
        raise
    except SourceError as e:
        return _failed(rt, source, now, e, started, state.failures + 1)
    except Exception as e:  # a bug in one stage is still reported against its source
        logger.debug("unexpected error", exc_info=True)
        err = SourceError(source.id, source.location, f"unexpected error: {type(e).__name__}: {e}")
        return _failed(rt, source, now, err, started, state.failures + 1)


def update_sources(rt: Runtime, sources: list[Source], now: datetime) -> list[UpdateResult]:
    """Update several sources concurrently (HTTP waits overlap), then publish what changed.

    The sources' poll states are read in one query; their not-modified polls are written
    together (NotModifiedLog), as most polls of a steady hub are 304s."""
    workers = max(1, min(rt.settings.service.workers, len(sources)))
    states = rt.repo.poll_states(s.id for s in sources)
    unchanged = NotModifiedLog(rt)
    try:
        with ThreadPoolExecutor(workers, thread_name_prefix="update") as pool:
            results = list(
                pool.map(
                    lambda s: update_source(rt, s, now, state=states[s.id], unchanged=unchanged),
                    sources,
                )
            )
    finally:
        unchanged.flush()
    changed = set().union(*(r.sections | r.feeds for r in results)) if results else set()
    if any(r.withdrawn for r in results):
        # a withdrawn story leaves whichever feed, archive page or related list it was in
        publish_all(rt)
    elif changed:
        publish_sections(rt, changed)
    return results


def run_due(rt: Runtime, now: datetime) -> list[UpdateResult]:
    """Claim the due sources and update them: the scheduler tick's work."""
    enabled = {s.id: s for s in rt.settings.sources if s.enabled}
    rt.websub.retry_due(rt.settings.service.websub_hubs)
    host = socket.gethostname()
    released = rt.repo.release_claims(host, _process_alive, now)
    if released:
        logger.warning(
            "claims released sources=%s: the process polling them on %s is gone; due now",
            ",".join(released),
            host,
        )
    owner = f"{host}:{os.getpid()}"
    claimed = rt.repo.claim_due(now, enabled, schedule.CLAIM_LEASE, owner=owner)
    return update_sources(rt, [enabled[i] for i in claimed], now) if claimed else []


def publish_sections(rt: Runtime, keys: Iterable[str], *, all_archives: bool = False) -> int:
    """Render the given feeds (section slugs and other feed keys, feeds.py), the
    all-sections feed and the top stories; store changed documents (publish.publisher:
    tag, author, source and story feeds only once a reader asked for them).

    Each paged feed is its subscription feed and its RFC 5005 archive pages, as planned by
    publish.pages.page_plan (every story on exactly one page; the newest
    ARCHIVES_REFRESHED archive pages are re-rendered, every one when `all_archives`).

    Subscription feeds that changed are announced to the configured WebSub hubs.

    Returns how many documents changed. Unknown slugs (a section removed from config)
    only refresh the all-sections feed."""
    return _publish(rt, keys, all_archives=all_archives)


def publish_pruned(rt: Runtime, keys: Iterable[str]) -> int:
    """After retention deleted stories (feedhub.retention): render the feeds that lost
    stories or related links like publish_sections, but of their archive pages only the
    oldest one left (fewer entries now, and no prev-archive link): a prune changes no
    other page (a related link to a story that went stays on older pages until
    `feedhub publish`, like a late update)."""
    return _publish(rt, keys, oldest_pages=True)


def _publish(
    rt: Runtime, keys: Iterable[str], *, all_archives: bool = False, oldest_pages: bool = False
) -> int:
    started = time.monotonic()
    done = publisher.publish(
        rt.repo,
        rt.settings,
        keys,
        now_utc(),
        all_archives=all_archives,
        oldest_pages=oldest_pages,
    )
    rt.metrics.published(time.monotonic() - started, done.changed)
    if done.topics and rt.settings.service.websub_hubs:
        rt.websub.publish(rt.settings.service.websub_hubs, done.topics)
    return done.changed


def publish_all(rt: Runtime) -> int:
    """Render every feed and every archive page (tag, author, source and story feeds:
    those rendered before)."""
    keys = [s.slug for s in rt.settings.sections] + sorted(rt.repo.document_keys())
    return publish_sections(rt, keys, all_archives=True)


def normalize_entries(
    rt: Runtime, source: Source, parsed: ParsedFeed
) -> tuple[list[Article], list[str]]:
    """Normalize each of `parsed`'s entries with the configured sections
    (normalize.normalize_entries); stores nothing."""
    articles, errors = normalize.normalize_entries(parsed, source, rt.settings.sections)
    return articles, list(errors)


def store_articles(
    rt: Runtime, source: Source, articles: Iterable[Article | Prepared], now: datetime
) -> tuple[int, int, int, set[str]]:
    """Dedup, relate and store `articles` of `source` in one ingest session, as a poll
    does (dedup.ingest: in publication order, each decided against what is stored, an
    unchanged repeat skipped); returns (new, updated, duplicates, slugs of the sections
    whose feeds changed, ALL for an article without a section). Publishes nothing."""
    with rt.dedup.session(now) as ingest:
        done = ingest.ingest(origin(rt, source), articles, now)
    return done.new, done.updated, done.dupes, {s or ALL for s in done.sections} | _feeds(done)


def _feeds(done: IngestResult) -> set[str]:
    """The facet and story feeds an ingest changed (feeds.py keys)."""
    found = {feeds.story_key(story_id) for story_id in done.stories}
    for article in done.stored:
        found.update(feeds.facets(article))
    return found


def origin(rt: Runtime, source: Source) -> Origin:
    """What dedup needs to know of a source: the portal's own articles outrank any
    configured trust, and their story ids are their URLs."""
    own = source.kind is SourceKind.PORTAL
    return Origin(
        source.id,
        rank=OWN_RANK if own else source.trust,
        mergeable=source.merge,
        own=own,
        authority=tag_authority(rt.settings.service.base_url),
    )


class NotModifiedLog:
    """Not-modified polls, written together: every FLUSH_EVERY and when the run ends (a
    write transaction per 304 was a third of a 304 pass). A crash before the write loses
    only the record of the poll: the source keeps its claim until its lease ends and is
    polled again."""

    FLUSH_EVERY = 200

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self._polls: list[tuple[str, PollSuccess]] = []
        self._lock = threading.Lock()

    def add(self, source_id: str, poll: PollSuccess) -> None:
        with self._lock:
            self._polls.append((source_id, poll))
            full = len(self._polls) >= self.FLUSH_EVERY
        if full:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            polls, self._polls = self._polls, []
        self.rt.repo.record_successes(polls)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _store_poll(
    rt: Runtime,
    source: Source,
    state: PollState,
    fetched: Fetched,
    poll: PreparedPoll,
    now: datetime,
) -> UpdateResult:
    """Store this poll's prepared articles in batches (dedup.ingest sessions); the poll's
    outcome commits with the last batch. A feed with more entries than a poll takes was
    not normalised in advance: its entries for this poll are chosen and prepared here."""
    parsed = poll.parsed
    cache = fetched.cache
    held_back = 0
    prepared = poll.articles
    if prepared is None:  # over the cap: this poll's entries chosen, then prepared here
        taken, held_back = entries_this_poll(rt, source, parsed)
        cap = rt.settings.service.max_entries_per_poll
        chosen = prepare.of_parsed(
            replace(parsed, entries=taken), source, rt.settings.sections, cap
        )
        assert chosen.articles is not None  # at most `cap` entries taken
        poll = replace(poll, articles=chosen.articles, errors=chosen.errors)
        prepared = chosen.articles
    warnings = ([parsed.warning] if parsed.warning else []) + list(parsed.entry_errors)
    warnings += poll.errors
    if held_back:
        warnings.append(
            f"{poll.entries} entries in the feed, {held_back} new ones left for"
            f" the next poll (max_entries_per_poll = {rt.settings.service.max_entries_per_poll})"
        )
        cache = CacheInfo()  # no validators: the next poll gets the whole feed again
    seen = poll.entries + parsed.known  # every item of the document
    due, release = _embargoed(prepared, now)
    if release is not None:  # not a problem of the source: logged, not shown as a warning
        logger.info(
            "entries held source=%s count=%d until=%s: published in the future (embargo)",
            source.id,
            len(prepared) - len(due),
            f"{release:%Y-%m-%dT%H:%M:%SZ}",
        )
        prepared = tuple(due)
        cache = CacheInfo()  # no validators: the next poll reads the document again
    prepared = _not_pruned(rt, source, state, prepared)
    prepared, filtered = _filtered(rt, source, prepared)
    total = IngestResult()
    ordered = sorted(prepared, key=lambda p: publication_order(p.article))
    batches = _batches(ordered, rt.settings.service.ingest_batch)
    for i, batch in enumerate(batches, start=1):
        last = i == len(batches)

        def work(ingest: Ingest, batch: list[Prepared] = batch, last: bool = last) -> IngestResult:
            # in a group commit with other polls (Dedup.in_group): may run again after a
            # rollback, so `total` is added to only once it returned
            done = ingest.ingest(origin(rt, source), batch, now)
            if last:
                new, dupes = total.new + done.new, total.dupes + done.dupes
                outcome = PollSuccess(
                    now,
                    _next_check(
                        source, now, state, fetched.headers, parsed.ttl, new=new, release=release
                    ),
                    cache,
                    fetched.status,
                    modified=True,
                    seen=seen,
                    new=new,
                    dupes=dupes,
                    warning="; ".join(warnings)[:2000] if warnings else None,
                )
                ingest.store.record_success(source.id, outcome)
            return done

        total.add(rt.dedup.in_group(now, work))
    next_at = _next_check(
        source, now, state, fetched.headers, parsed.ttl, new=total.new, release=release
    )
    # stored (committed) in full: the next poll parses only items not among these
    if held_back or release is not None:
        rt.known_items.forget(source)
    elif parsed.item_digests:
        rt.known_items.remember(source, parsed.item_digests)
    for w in warnings:
        logger.warning("source warning source=%s url=%s: %s", source.id, source.location, w)
    return UpdateResult(
        source.id,
        "ok",
        new=total.new,
        updated=total.updated,
        dupes=total.dupes,
        seen=seen,
        http_status=fetched.status,
        next_check=next_at,
        sections=frozenset(s or ALL for s in total.sections),
        feeds=frozenset(_feeds(total)),
        bytes=len(fetched.content),
        withdrawn=total.withdrawn,
        filtered=filtered,
    )


def _next_check(
    source: Source,
    now: datetime,
    state: PollState,
    headers: Mapping[str, str],
    ttl: int | None = None,
    *,
    new: int,
    release: datetime | None = None,
) -> datetime:
    """When to poll next; at the latest when an entry held back (embargo) is due."""
    at = schedule.next_check(
        now,
        source.id,
        source.interval,
        ttl_minutes=ttl,
        headers=headers,
        idle_polls=0 if new else state.idle_polls + 1,
        max_interval=source.max_interval,
    )
    return min(at, release) if release is not None else at


def _filtered(
    rt: Runtime, source: Source, prepared: Sequence[Prepared]
) -> tuple[tuple[Prepared, ...], int]:
    """The entries the filters let through (rules.verdict: the [filters] of feedhub.toml,
    then the source's block and keep rules), each with the configured topics it matches
    (rules.topics); and how many were kept out, each logged with the rule."""
    settings = rt.settings
    filters = settings.filters
    if not (filters.block or filters.keep or source.block or source.keep or settings.topics):
        return tuple(prepared), 0
    out = []
    for p in prepared:
        why = rules.verdict(settings, source, p.article)
        if why is not None:
            logger.info("entry filtered source=%s guid=%s: %s", source.id, p.article.guid, why)
            continue
        found = rules.topics(settings, p.article)
        out.append(replace(p, article=replace(p.article, topics=found)) if found else p)
    return tuple(out), len(prepared) - len(out)


def _not_pruned(
    rt: Runtime, source: Source, state: PollState, prepared: Sequence[Prepared]
) -> tuple[Prepared, ...]:
    """The entries to store but those retention deleted, sent again: an entry dated
    (updated, else published) no later than the newest article retention deleted of this
    source (`pruned_through`, at most `retention` ago) that is not stored is one of them.
    A feed that keeps old items (the portal's store holds every article) would otherwise
    bring each back as a new story after every prune. Entries without a date cannot be
    told apart and are stored again."""
    through = state.pruned_through
    if through is None:
        return tuple(prepared)
    old = [p for p in prepared if (dated := _dated(p.article)) is not None and dated <= through]
    if not old:
        return tuple(prepared)
    stored = rt.repo.stored_guids(source.id, (p.article.guid for p in old))
    gone = {id(p) for p in old if p.article.guid not in stored}
    if gone:
        logger.debug(
            "entries skipped source=%s count=%d: retention deleted them (dated up to %s)",
            source.id,
            len(gone),
            f"{through:%Y-%m-%dT%H:%M:%SZ}",
        )
    return tuple(p for p in prepared if id(p) not in gone)


def _dated(article: Article) -> datetime | None:
    return article.updated or article.published


def _embargoed(
    prepared: Sequence[Prepared], now: datetime
) -> tuple[list[Prepared], datetime | None]:
    """The entries to store now, and when the first of the others is due: an entry
    published more than EMBARGO_TOLERANCE after `now` is under embargo. It is not
    stored (so nothing of it reaches a feed, an archive or dedup) until a poll after its
    time; the poll keeps no validators and no known items, so that poll reads it again."""
    due: list[Prepared] = []
    release: datetime | None = None
    for p in prepared:
        published = p.article.published
        if published is not None and published > now + EMBARGO_TOLERANCE:
            release = published if release is None else min(release, published)
        else:
            due.append(p)
    return due, release


def _batches(articles: list[Prepared], size: int) -> list[list[Prepared]]:
    """`articles` in runs of `size`; one empty run for none (the poll is still recorded)."""
    return [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]


def _failed(
    rt: Runtime, source: Source, now: datetime, e: SourceError, started: float, failures: int
) -> UpdateResult:
    retry_after = e.retry_after if isinstance(e, FetchError) else None
    next_at = schedule.next_check(
        now, source.id, source.interval, failures=failures, retry_after=retry_after
    )
    if e.status == 410:
        state = SourceState.GONE
    elif e.status == 429 or (e.status == 503 and retry_after):
        state = SourceState.RATE_LIMITED
    else:
        state = SourceState.FAILING
    rt.repo.record_failure(
        source.id, now=now, next_check=next_at, error=e.message, status=e.status, state=state
    )
    result = UpdateResult(
        source.id,
        state.value if state is not SourceState.FAILING else "error",
        error=str(e),
        http_status=e.status,
        ms=_ms(started),
        next_check=next_at,
    )
    return _log(rt, result, source)


def _log(rt: Runtime, r: UpdateResult, source: Source) -> UpdateResult:
    """Log and count (metrics) a poll's outcome."""
    rt.metrics.poll(source, r)
    next_at = r.next_check.strftime("%Y-%m-%dT%H:%M:%SZ") if r.next_check else "-"
    line = (
        f"source polled source={r.source_id} url={source.location}"
        f" status={r.status.replace(' ', '_')}"
        f" http={r.http_status or '-'} new={r.new} updated={r.updated} dupes={r.dupes}"
        f" ms={r.ms} next={next_at}"
    )
    if r.error:
        logger.warning("%s error=%r", line, r.error)
    else:
        logger.info(line)
    return r


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
