"""The first stage of a poll: a source's current documents, parsed, and this poll's entries.

    acquire: HTTP GET (through the per-host gate, with the poll's validators) or a folder
             scan (its fingerprint standing in for an ETag) -> NotModified, or the
             document prepared (feedhub.prepare: parsed, of an RSS or Atom document only
             the items the last poll did not store as they are; normalised; dedup
             features computed), for HTTP in a worker process
    entries_this_poll: at most `max_entries_per_poll` entries, new ones first

A permanent redirect is followed for the poll; after REDIRECT_CONFIRMATIONS polls in a
row with the same target the source is fetched from there (recorded by the repository).
Raises SourceError subclasses; pipeline.update_source reports them against the source.
"""

from __future__ import annotations

import logging
from datetime import UTC
from datetime import datetime
from typing import TYPE_CHECKING

from feedhub import normalize
from feedhub import prepare
from feedhub import schedule
from feedhub.errors import FetchError
from feedhub.models import CacheInfo
from feedhub.models import Fetched
from feedhub.models import NotModified
from feedhub.models import ParsedFeed
from feedhub.models import PollState
from feedhub.models import RawEntry
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.prepare import PreparedPoll
from feedhub.sources import folder
from feedhub.sources import http
from feedhub.sources import politeness
from feedhub.sources import portal

if TYPE_CHECKING:  # runtime.py builds the Runtime and imports pipeline, which imports this
    from feedhub.runtime import Runtime

logger = logging.getLogger(__name__)

REDIRECT_CONFIRMATIONS = 3  # polls in a row with the same 301/308 target before moving


def acquire(
    rt: Runtime, source: Source, state: PollState
) -> NotModified | tuple[Fetched, PreparedPoll]:
    """Get the source's current document(s), or NotModified when nothing changed; a
    document is prepared (parsed, normalised, its features computed) by the runtime's
    preparer, in a worker process when there are any (feedhub.prepare)."""
    if source.kind is SourceKind.HTTP:
        assert source.url is not None
        domain = politeness.registrable_domain(source.url)
        with rt.gate.slot(domain):
            private = source.allow_private or rt.settings.service.allow_private
            client = rt.private_client if private else rt.client
            try:
                result = http.fetch(
                    client,
                    source,
                    state.cache,
                    max_bytes=rt.settings.service.max_response_bytes,
                    deadline=rt.settings.service.fetch_deadline,
                    url=state.fetch_url,
                )
            except FetchError as e:
                wait = schedule.retry_after_seconds(e.retry_after or "", datetime.now(UTC))
                if wait:  # a 429 or 503 asking for a rest: every source on its domain waits
                    rt.gate.back_off(domain, wait)
                raise
        if rt.repo.note_redirect(source.id, state, result.moved_to, REDIRECT_CONFIRMATIONS):
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
        job = prepare.Job(
            source,
            result.content,
            dict(result.headers),
            result.url,
            rt.known_items.get(source),
            rt.settings.service.max_entries_per_poll,
            rt.settings.sections,
        )
        return result, rt.preparer.prepare(job)
    suffixes = portal.PORTAL_SUFFIXES if source.kind is SourceKind.PORTAL else folder.INBOX_SUFFIXES
    max_bytes = rt.settings.service.max_file_bytes
    listing = folder.files(source, suffixes, max_bytes=max_bytes)
    fp = folder.fingerprint(listing)
    if fp == state.cache.etag:
        return NotModified(source.location, state.cache, status=0)
    if source.kind is SourceKind.PORTAL:
        parsed = portal.read_portal(source, listing, max_bytes=max_bytes)
    else:
        parsed = folder.read_inbox(source, listing, max_bytes=max_bytes)
    cap = rt.settings.service.max_entries_per_poll
    fetched = Fetched(source.location, b"", {}, CacheInfo(etag=fp), status=0)
    return fetched, prepare.of_parsed(parsed, source, rt.settings.sections, cap)


def entries_this_poll(
    rt: Runtime, source: Source, parsed: ParsedFeed
) -> tuple[tuple[RawEntry, ...], int]:
    """The entries to take from this poll, at most `max_entries_per_poll`: entries not
    stored yet first, newest first, then stored ones (checked for changes) as room
    allows. Returns them and how many new entries are left for the next poll."""
    cap = rt.settings.service.max_entries_per_poll
    entries = parsed.entries
    if len(entries) <= cap:
        return entries, 0
    keys = [normalize.entry_key(e, parsed) for e in entries]
    stored = rt.repo.stored_guids(source.id, (k for k in keys if k))
    order = sorted(range(len(entries)), key=lambda i: (keys[i] in stored, _age(entries[i])))
    left = sum(1 for i in order[cap:] if keys[i] not in stored)
    return tuple(entries[i] for i in order[:cap]), left


def _age(entry: RawEntry) -> float:
    """Sorts the newest entry first, entries without a date last."""
    when = entry.published or entry.updated
    return -when.timestamp() if when else float("inf")
