"""The one readable path: update_source() and publish_sections().

    acquire (HTTP GET or folder scan) -> parse -> normalize -> dedup -> store -> publish

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
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import UTC
from datetime import datetime

import httpx

from feedhub import normalize
from feedhub import schedule
from feedhub.db.repo import Repository
from feedhub.db.repo import Transaction
from feedhub.dedup import features
from feedhub.dedup import match
from feedhub.dedup import relate
from feedhub.dedup.keys import story_uid
from feedhub.dedup.keys import tag_authority
from feedhub.dedup.match import Known
from feedhub.errors import FetchError
from feedhub.errors import SourceError
from feedhub.errors import StorageError
from feedhub.models import Article
from feedhub.models import CacheInfo
from feedhub.models import FeedDocument
from feedhub.models import Fetched
from feedhub.models import NotModified
from feedhub.models import ParsedFeed
from feedhub.models import PollState
from feedhub.models import PollSuccess
from feedhub.models import RawEntry
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.models import SourceState
from feedhub.models import StoredArticle
from feedhub.models import Story
from feedhub.models import UpdateResult
from feedhub.publish import render
from feedhub.publish import websub
from feedhub.sources import folder
from feedhub.sources import http
from feedhub.sources import politeness
from feedhub.sources import portal
from feedhub.sources.parse import parse_feed

logger = logging.getLogger(__name__)

ALL = "all"
ARCHIVES_REFRESHED = 2
REDIRECT_CONFIRMATIONS = 3  # polls in a row with the same 301/308 target before moving
OWN_RANK = 1000  # the portal's own articles outrank any configured trust (0..100)


@dataclass
class Hub:
    """What the pipeline needs: the current settings, the store, the shared HTTP client."""

    settings: Settings
    repo: Repository
    client: httpx.Client = field(repr=False)  # public addresses only
    websub: websub.Pinger = field(repr=False)
    gate: politeness.HostGate = field(repr=False)
    private_client: httpx.Client = field(repr=False)  # for sources allowed private ones

    @classmethod
    def open(cls, settings: Settings) -> Hub:
        repo = Repository.open(settings.service.database_url)
        svc = settings.service
        client, private = (
            http.make_client(
                contact=svc.user_agent_contact, timeout=svc.fetch_timeout, allow_private=allow
            )
            for allow in (False, True)
        )
        gate = politeness.HostGate(svc.host_connections, svc.host_interval)
        hub = cls(settings, repo, client, websub.Pinger(private), gate, private)
        hub.repo.sync_sources(settings.sources, now_utc())
        return hub

    def close(self) -> None:
        self.client.close()
        self.private_client.close()
        self.repo.close()


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def update_source(hub: Hub, source: Source, now: datetime) -> UpdateResult:
    """Poll one source and store what is new. Never raises SourceError."""
    started = time.monotonic()
    svc = hub.settings.service
    state = hub.repo.poll_state(source.id)
    try:
        got = _acquire(hub, source, state)
        if isinstance(got, NotModified):
            next_at = schedule.next_check(
                now,
                source.id,
                source.interval,
                headers=got.headers,
                idle_polls=state.idle_polls + 1,
                max_interval=source.max_interval,
            )
            hub.repo.record_success(
                source.id, PollSuccess(now, next_at, got.cache, got.status, modified=False)
            )
            return _log(
                UpdateResult(
                    source.id,
                    "not modified",
                    http_status=got.status,
                    ms=_ms(started),
                    next_check=next_at,
                ),
                source,
            )
        fetched, parsed = got
        taken, held_back = _entries_this_poll(hub, source, parsed)
        articles, errors = _normalize(hub, source, replace(parsed, entries=taken))
        warnings = ([parsed.warning] if parsed.warning else []) + list(parsed.entry_errors) + errors
        cache = fetched.cache
        if held_back:
            warnings.append(
                f"{len(parsed.entries)} entries in the feed, {held_back} new ones left for"
                f" the next poll (max_entries_per_poll = {len(taken)})"
            )
            cache = CacheInfo()  # no validators: the next poll gets the whole feed again
        new = updated = dupes = 0
        sections: set[str] = set()
        batches = _batches(sorted(articles, key=_publication_order), svc.ingest_batch)
        for i, batch in enumerate(batches, start=1):
            with hub.repo.ingest_transaction(now) as tx:
                counts = _store_in(tx, hub, source, batch, now)
                new, updated, dupes = new + counts[0], updated + counts[1], dupes + counts[2]
                sections |= counts[3]
                if i < len(batches):
                    continue
                # the poll's outcome commits with the last batch
                next_at = schedule.next_check(
                    now,
                    source.id,
                    source.interval,
                    ttl_minutes=parsed.ttl,
                    headers=fetched.headers,
                    idle_polls=0 if new else state.idle_polls + 1,
                    max_interval=source.max_interval,
                )
                tx.record_success(
                    source.id,
                    PollSuccess(
                        now,
                        next_at,
                        cache,
                        fetched.status,
                        modified=True,
                        seen=len(parsed.entries),
                        new=new,
                        dupes=dupes,
                        warning="; ".join(warnings)[:2000] if warnings else None,
                    ),
                )
        for w in warnings:
            logger.warning("source warning source=%s url=%s: %s", source.id, source.location, w)
        return _log(
            UpdateResult(
                source.id,
                "ok",
                new=new,
                updated=updated,
                dupes=dupes,
                seen=len(parsed.entries),
                http_status=fetched.status,
                ms=_ms(started),
                next_check=next_at,
                sections=frozenset(sections),
            ),
            source,
        )
    except StorageError:
        raise
    except SourceError as e:
        return _failed(hub, source, now, e, started, state.failures + 1)
    except Exception as e:  # a bug in one stage is still reported against its source
        logger.debug("unexpected error", exc_info=True)
        err = SourceError(source.id, source.location, f"unexpected error: {type(e).__name__}: {e}")
        return _failed(hub, source, now, err, started, state.failures + 1)


def _acquire(
    hub: Hub, source: Source, state: PollState
) -> NotModified | tuple[Fetched, ParsedFeed]:
    """Get the source's current document(s), or NotModified when nothing changed."""
    if source.kind is SourceKind.HTTP:
        assert source.url is not None
        with hub.gate.slot(politeness.registrable_domain(source.url)):
            private = source.allow_private or hub.settings.service.allow_private
            client = hub.private_client if private else hub.client
            result = http.fetch(
                client,
                source,
                state.cache,
                max_bytes=hub.settings.service.max_response_bytes,
                deadline=hub.settings.service.fetch_deadline,
                url=state.fetch_url,
            )
        if hub.repo.note_redirect(source.id, state, result.moved_to, REDIRECT_CONFIRMATIONS):
            logger.warning(
                "source moved source=%s url=%s to=%s: permanent redirect on %d polls in a"
                " row; fetched from there now (update sources.toml to make it final)",
                source.id,
                source.url,
                result.moved_to,
                REDIRECT_CONFIRMATIONS,
            )
        if isinstance(result, NotModified):
            return result
        return result, parse_feed(result.content, result.headers, result.url, source_id=source.id)
    suffixes = portal.PORTAL_SUFFIXES if source.kind is SourceKind.PORTAL else folder.INBOX_SUFFIXES
    max_bytes = hub.settings.service.max_file_bytes
    listing = folder.files(source, suffixes, max_bytes=max_bytes)
    fp = folder.fingerprint(listing)
    if fp == state.cache.etag:
        return NotModified(source.location, state.cache, status=0)
    if source.kind is SourceKind.PORTAL:
        parsed = portal.read_portal(source, listing, max_bytes=max_bytes)
    else:
        parsed = folder.read_inbox(source, listing, max_bytes=max_bytes)
    return Fetched(source.location, b"", {}, CacheInfo(etag=fp), status=0), parsed


def _entries_this_poll(
    hub: Hub, source: Source, parsed: ParsedFeed
) -> tuple[tuple[RawEntry, ...], int]:
    """The entries to take from this poll, at most `max_entries_per_poll`: entries not
    stored yet first, newest first, then stored ones (checked for changes) as room
    allows. Returns them and how many new entries are left for the next poll."""
    cap = hub.settings.service.max_entries_per_poll
    entries = parsed.entries
    if len(entries) <= cap:
        return entries, 0
    keys = [normalize.entry_key(e, parsed) for e in entries]
    stored = hub.repo.stored_guids(source.id, (k for k in keys if k))
    order = sorted(range(len(entries)), key=lambda i: (keys[i] in stored, _age(entries[i])))
    left = sum(1 for i in order[cap:] if keys[i] not in stored)
    return tuple(entries[i] for i in order[:cap]), left


def _age(entry: RawEntry) -> float:
    """Sorts the newest entry first, entries without a date last."""
    when = entry.published or entry.updated
    return -when.timestamp() if when else float("inf")


def _batches(articles: list[Article], size: int) -> list[list[Article]]:
    """`articles` in runs of `size`; one empty run for none (the poll is still recorded)."""
    return [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]


def _normalize(hub: Hub, source: Source, parsed: ParsedFeed) -> tuple[list[Article], list[str]]:
    articles, errors = [], []
    for i, raw in enumerate(parsed.entries):
        try:
            articles.append(normalize.normalize_entry(raw, parsed, source, hub.settings.sections))
        except (ValueError, TypeError) as e:
            errors.append(f"entry {i + 1} ({raw.guid or raw.link}): {type(e).__name__}: {e}")
    return articles, errors


def _store(
    hub: Hub, source: Source, articles: Iterable[Article], now: datetime
) -> tuple[int, int, int, set[str]]:
    """Dedup, relate and store in one transaction; returns (new, updated, duplicates,
    sections changed)."""
    with hub.repo.ingest_transaction(now) as tx:
        return _store_in(tx, hub, source, articles, now)


def _store_in(
    tx: Transaction, hub: Hub, source: Source, articles: Iterable[Article], now: datetime
) -> tuple[int, int, int, set[str]]:
    """_store inside a transaction the caller holds."""
    own = source.kind is SourceKind.PORTAL
    rank = OWN_RANK if own else source.trust
    authority = tag_authority(hub.settings.service.base_url)
    new = updated = dupes = 0
    sections: set[str] = set()
    articles = list(articles)
    stored = tx.stored_versions(source.id, (a.guid for a in articles))
    # in publication order, so an earlier story is known when a later one refers to it
    for article in sorted(articles, key=_publication_order):
        known = stored.pop(article.guid, None)  # (a repeat in this feed: the long way)
        if known is not None and match.unchanged(known, article):
            continue  # the feed repeats an entry: nothing to fingerprint or store
        fp = features.fingerprint(article.title, article.content_text)
        links = [u for u in features.outbound_links(article.content_html) if u != article.url]
        keys = features.index_keys(fp, links)
        when = article.published or now
        hits = tx.candidates(article, keys, when=when, short=features.is_short(fp))
        decision = match.decide(article, fp, hits, mergeable=source.merge, now=now)
        uid = story_uid(source.id, article.guid, article.url, authority=authority, own=own)
        done = tx.apply(
            article, decision, uid=uid, rank=rank, mergeable=source.merge, now=now, keys=keys
        )
        if done is None:
            continue
        match.remember_fingerprint(done.article_id, article.content_hash, fp)
        if done.action is match.Action.NEW:
            new += 1
        elif done.action is match.Action.ATTACH:
            dupes += 1
        else:
            updated += 1
        sections.add(done.section or ALL)
        sections |= _relate(
            tx,
            done.story_id,
            article,
            fp,
            keys,
            links,
            when,
            new_story=done.action is match.Action.NEW,
        )
    return new, updated, dupes, sections


def _publication_order(article: Article) -> tuple[bool, datetime]:
    return (article.published is None, article.published or datetime.min.replace(tzinfo=UTC))


def _relate(
    tx: Transaction,
    story_id: int,
    article: Article,
    fp: features.Fingerprint,
    keys: dict[int, list[int]],
    links: list[str],
    when: datetime,
    *,
    new_story: bool,
) -> set[str]:
    """Link the article's story to related stories; returns the sections that changed.

    Links and reference phrases are checked for every version (a copy may carry a "Lesen
    Sie auch" box the first did not); the search by shared names only for a new story, as
    a further version shares its story's names."""
    linked = [k for k in tx.linked_articles(links) if k.story_id != story_id]
    linking = (
        [k for k in tx.linking_articles(article.url) if k.story_id != story_id]
        if article.url
        else []
    )
    lo, hi = relate.search_window(article.content_text, when)
    candidates: list[Known] = []
    if new_story:
        candidates = tx.related_candidates(
            keys.get(features.TERM, []),
            lo,
            hi,
            exclude_story=story_id,
            min_shared=relate.LOOKUP_MIN_SHARED,
        )
    for phrase in features.reference_phrases(article.content_text):
        candidates += tx.related_candidates(
            features.term_keys(features.names(phrase) | features.entities(phrase)),
            lo,
            when,
            exclude_story=story_id,
            min_shared=relate.REFERENCE_MIN_SHARED,
            skip_common=False,  # a phrase names few: "Wie wir berichteten, Trump und Putin"
        )
    changed: set[str] = set()
    found = relate.find_related(
        story_id, article.content_text, fp, when, linked, candidates, linked_from=linking
    )
    for rel in found:
        added, other_section = tx.link_stories(story_id, rel.story_id, rel.kind, rel.reason)
        if added:
            changed.add(other_section or ALL)
    return changed


def _failed(
    hub: Hub, source: Source, now: datetime, e: SourceError, started: float, failures: int
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
    hub.repo.record_failure(
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
    return _log(result, source)


def _log(r: UpdateResult, source: Source) -> UpdateResult:
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


def update_sources(hub: Hub, sources: list[Source], now: datetime) -> list[UpdateResult]:
    """Update several sources concurrently (HTTP waits overlap), then publish what changed."""
    workers = max(1, min(hub.settings.service.workers, len(sources)))
    with ThreadPoolExecutor(workers, thread_name_prefix="update") as pool:
        results = list(pool.map(lambda s: update_source(hub, s, now), sources))
    changed = set().union(*(r.sections for r in results)) if results else set()
    if changed:
        publish_sections(hub, changed)
    return results


def run_due(hub: Hub, now: datetime) -> list[UpdateResult]:
    """Claim the due sources and update them: the scheduler tick's work."""
    enabled = {s.id: s for s in hub.settings.sources if s.enabled}
    hub.websub.retry_due(hub.settings.service.websub_hubs)
    host = socket.gethostname()
    released = hub.repo.release_claims(host, _process_alive, now)
    if released:
        logger.warning(
            "claims released sources=%s: the process polling them on %s is gone; due now",
            ",".join(released),
            host,
        )
    owner = f"{host}:{os.getpid()}"
    claimed = hub.repo.claim_due(now, enabled, schedule.CLAIM_LEASE, owner=owner)
    return update_sources(hub, [enabled[i] for i in claimed], now) if claimed else []


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def split_uid(hub: Hub, stored: StoredArticle) -> str:
    """Published id for a story an operator splits off: derived like any new story's."""
    source = hub.settings.source(stored.article.source_id)
    own = source is not None and source.kind is SourceKind.PORTAL
    return story_uid(
        stored.article.source_id,
        stored.article.guid,
        stored.article.url,
        authority=tag_authority(hub.settings.service.base_url),
        own=own,
    )


def feed_info(hub: Hub, slug: str) -> render.FeedInfo:
    svc = hub.settings.service
    sources = {s.id: render.SourceRef(s.name, s.url or svc.base_url) for s in hub.settings.sources}
    if slug == ALL:
        title, description, language = (
            f"{svc.title} – Alle Ressorts",
            f"Alle Meldungen von {svc.title}",
            svc.language,
        )
    else:
        section = hub.settings.section(slug)
        assert section is not None
        title, description, language = (
            f"{svc.title} – {section.title}",
            section.description,
            section.language,
        )
    return render.FeedInfo(
        slug, title, description, language, svc.base_url, sources, hubs=svc.websub_hubs
    )


def publish_sections(hub: Hub, slugs: Iterable[str], *, all_archives: bool = False) -> int:
    """Render the given sections and the all-sections feed; store changed documents.

    Paging (RFC 5005 archived feeds): a section's stories, in the order they were first
    seen, are cut into pages of `feed_size`. Every complete page but the newest is an
    archive page with a fixed URL; the subscription feed holds the newest complete page
    and the incomplete rest (feed_size to 2*feed_size-1 stories) and links prev-archive.
    So the subscription feed and its archives hold every story exactly once. New stories
    only change the subscription feed and, when a page fills up, add an archive page;
    the newest ARCHIVES_REFRESHED archive pages are re-rendered on every publish (a
    late update of an older story reaches its page on `feedhub publish`).

    Subscription feeds that changed are announced to the configured WebSub hubs.

    Returns how many documents changed. Unknown slugs (a section removed from config)
    only refresh the all-sections feed."""
    known = {s.slug for s in hub.settings.sections}
    targets = sorted({s for s in slugs if s in known} | {ALL})
    size = hub.settings.service.feed_size
    changed = 0
    topics: list[str] = []
    for slug in targets:
        section = None if slug == ALL else slug
        archives = max(hub.repo.story_count(section) // size - 1, 0)
        newest = archives - 1 if archives else None
        info = feed_info(hub, slug)
        pages: list[tuple[render.FeedInfo, int, int | None]] = [
            (replace(info, prev_page=newest), archives * size, None)
        ]
        first = 0 if all_archives else max(archives - ARCHIVES_REFRESHED, 0)
        for page in range(first, archives):
            paged = replace(
                info,
                page=page,
                prev_page=page - 1 if page else None,
                next_page=page + 1 if page + 1 < archives else None,
            )
            pages.append((paged, page * size, size))
        for paged, offset, limit in pages:
            stories = hub.repo.stories_in_order(section, offset, limit)
            for fmt in (*render.FORMATS, render.BROWSER):
                doc = _render(hub, paged, stories, fmt)
                if doc is not None and hub.repo.save_document(doc):
                    changed += 1
                    if paged.page is None and fmt in render.FORMATS:
                        topics.append(paged.url(fmt))
    if topics and hub.settings.service.websub_hubs:
        hub.websub.publish(hub.settings.service.websub_hubs, topics)
    return changed


def _render(hub: Hub, info: render.FeedInfo, stories: list[Story], fmt: str) -> FeedDocument | None:
    """One document; None when it cannot be rendered (logged and recorded against the
    document, whose last good rendering stays served). Entries left out are logged."""
    try:
        doc = render.render(info, stories, fmt)
    except (ValueError, TypeError) as e:
        problem = f"not rendered: {type(e).__name__}: {e}"
        logger.error("render failed feed=%s format=%s: %s", info.key, fmt, problem)
        hub.repo.note_render_failure(info.key, fmt, problem)
        return None
    for problem in doc.problems:
        logger.error("render problem feed=%s format=%s: %s", info.key, fmt, problem)
    return doc


def publish_all(hub: Hub) -> int:
    """Render every feed and every archive page."""
    return publish_sections(hub, [s.slug for s in hub.settings.sections], all_archives=True)


def select_sources(hub: Hub, ids: list[str]) -> list[Source]:
    """Sources by id, in the given order; raises KeyError naming an unknown id."""
    out = []
    for i in ids:
        s = hub.settings.source(i)
        if s is None:
            raise KeyError(i)
        out.append(s)
    return out


DEFAULT_SECTIONS = (
    "politik",
    "welt",
    "wirtschaft",
    "technik",
    "sport",
    "kultur",
    "panorama",
    "wissenschaft",
)


def cluster_records(
    records: list[dict[str, object]], database_url: str
) -> tuple[list[list[str]], list[list[str]]]:
    """Run the service's own path (normalize, dedup, relate, store) over article records
    in the format of shared/data/dedup/articles.jsonl, in their order, each stored at its
    publication time. Returns (clusters of record ids, related pairs of record ids).

    The records' `story` field is never read.
    """
    from feedhub.models import Section
    from feedhub.models import ServiceSettings

    source_ids = sorted({str(r["source"]) for r in records})
    sources = tuple(
        Source(
            sid,
            SourceKind.PORTAL if sid == "portal" else SourceKind.HTTP,
            sid,
            url=None if sid == "portal" else f"https://{sid}.invalid/feed",
            path="/dev/null" if sid == "portal" else None,
        )
        for sid in source_ids
    )
    settings = Settings(
        config_dir="",
        service=ServiceSettings(database_url=database_url),
        sections=tuple(Section(s, s.title()) for s in DEFAULT_SECTIONS),
        sources=sources,
    )
    hub = Hub.open(settings)
    try:
        keys: dict[str, tuple[str, str]] = {}
        for r in records:
            source = settings.source(str(r["source"]))
            assert source is not None
            published = _iso(r.get("published"))
            raw = RawEntry(
                guid=_opt(r.get("guid")),
                link=_opt(r.get("url")),
                title=_opt(r.get("title")),
                title_is_html=False,
                summary=_opt(r.get("summary")),
                content=_opt(r.get("content_html")),
                published=published,
                updated=_iso(r.get("updated")),
                authors=tuple(str(a) for a in r.get("authors") or []),  # type: ignore[attr-defined]
                categories=(str(r["section"]),) if r.get("section") else (),
                language=_opt(r.get("language")),
            )
            feed = ParsedFeed(None, None, None, (raw,), "jsonl", raw.link or "https://invalid/")
            article = normalize.normalize_entry(raw, feed, source, settings.sections)
            _store(hub, source, [article], published or now_utc())
            keys[str(r["id"])] = (source.id, article.guid)
        story_of = hub.repo.story_ids(list(keys.values()))
        clusters: dict[int, list[str]] = {}
        for rid, key in keys.items():
            clusters.setdefault(story_of[key], []).append(rid)
        first = {sid: ids[0] for sid, ids in clusters.items()}
        related = [
            [first[a], first[b]]
            for a, b in hub.repo.story_link_pairs()
            if a in first and b in first
        ]
        return [ids for ids in clusters.values()], related
    finally:
        hub.close()


def _opt(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _iso(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    return datetime.fromisoformat(value).astimezone(UTC)
