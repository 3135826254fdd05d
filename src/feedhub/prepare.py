"""The CPU-bound stage of a poll, in worker processes.

    Job (a fetched document, the source, the digests of its items stored last time)
      -> run():  sources.items: only new and changed items go to feedparser
                 sources.parse: parse_feed
                 normalize:     one Article per entry
                 dedup.features: each article's fingerprint, links and index keys
      -> PreparedPoll (plain data: pickled back to the parent)

The parent's threads fetch (HTTP waits overlap) and then wait here; only the ordered dedup
decision and the writes stay in the parent (dedup.ingest, one ingest at a time). Python
runs one thread at a time, so parsing and normalising in threads used one core however
many there were.

`Preparer(processes)`: with 0, `run` in the calling thread (tests, a hub on one core);
otherwise a pool of `processes` worker processes, started on first use by a fork server
that has feedhub's modules and the language model loaded (feedhub.prepare_warm: a worker
starts in milliseconds and shares their pages; the service process never loads the model
unless it normalises itself: a folder source, a feed over the poll cap), recycled after
MAX_TASKS_PER_WORKER jobs so a worker's memory cannot creep, and ending by itself when
the service process is gone (killed outright, it tells nobody).

Failure: an error about the document (ParseError) comes back as it would in the thread.
A worker that dies (killed, out of memory, a crash in a C parser) breaks the pool; the
job is then run in the calling thread, the broken pool is replaced for the next jobs and
the loss is logged, so one bad document never stops the others.

A feed with more entries than a poll takes (`max_entries_per_poll`) comes back parsed but
not normalised: which entries to take needs the store (acquire.entries_this_poll).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from dataclasses import replace

from feedhub import normalize
from feedhub.dedup import features
from feedhub.dedup.ingest import Prepared
from feedhub.models import ParsedFeed
from feedhub.models import Section
from feedhub.models import Source
from feedhub.sources import items
from feedhub.sources.parse import parse_feed

logger = logging.getLogger(__name__)

MAX_TASKS_PER_WORKER = 5000  # jobs before a worker process is replaced
WATCH_SECONDS = 1.0  # how often a worker checks that the service process is still there
_PRELOAD = ["feedhub.prepare_warm"]  # imported once by the fork server, shared by the workers


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker needs to prepare one poll (all picklable)."""

    source: Source
    content: bytes
    headers: dict[str, str]  # lower-case names
    url: str  # the final URL, after redirects
    known: frozenset[str]  # digests of the items the last poll stored as they are
    max_entries: int  # max_entries_per_poll
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class PreparedPoll:
    """A poll's document parsed and, unless it has more entries than a poll takes, its
    articles normalised with their features (then `parsed.entries` is left empty: the
    entries are not sent back twice)."""

    parsed: ParsedFeed
    entries: int  # entries parsed (items known from the last poll not among them)
    articles: tuple[Prepared, ...] | None  # None: more than max_entries; choose, then prepare
    errors: tuple[str, ...] = ()  # entries that could not be normalised


def run(job: Job) -> PreparedPoll:
    """Prepare one poll (in a worker process, or in the calling thread)."""
    return of_parsed(parse_new_items(job), job.source, job.sections, job.max_entries)


def of_parsed(
    parsed: ParsedFeed, source: Source, sections: tuple[Section, ...], max_entries: int
) -> PreparedPoll:
    """A parsed document's articles normalised, with their features (also for the folder
    kinds, parsed in the polling thread)."""
    if len(parsed.entries) > max_entries:
        return PreparedPoll(parsed, len(parsed.entries), None)
    articles, errors = normalize.normalize_entries(parsed, source, sections)
    prepared = tuple(Prepared(a, features.of_article(a)) for a in articles)
    return PreparedPoll(replace(parsed, entries=()), len(parsed.entries), prepared, errors)


def parse_new_items(job: Job) -> ParsedFeed:
    """The fetched document parsed, without the items the last poll stored as they are
    (sources.items): feedparser reads a document of the new and changed items only."""
    content, headers, source = job.content, job.headers, job.source
    split = items.split(content, max_items=job.max_entries)
    if split is None or not items.same_charset(headers, split.encoding):
        return parse_feed(content, headers, job.url, source_id=source.id)
    digests = split.digests
    reduced = split.without(job.known)
    del split  # its tree is not kept while feedparser reads
    if reduced is None:
        parsed = parse_feed(content, headers, job.url, source_id=source.id)
        return replace(parsed, item_digests=digests)
    # the reduced document is UTF-8 with its own declaration
    parsed = parse_feed(
        reduced, {**headers, "content-type": "application/xml"}, job.url, source_id=source.id
    )
    skipped = sum(1 for d in digests if d in job.known)
    return replace(parsed, known=skipped, item_digests=digests)


def _ready() -> bool:
    return True


def _watch_service(service_pid: int) -> None:
    """In a worker process: exit once the service process is gone. A service killed
    outright (SIGKILL, the OOM killer) tells nobody, and a worker holds both ends of its
    job queue, so it would wait for jobs forever (and keep the fork server alive)."""

    def watch() -> None:
        while _running(service_pid):
            time.sleep(WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="watch-service", daemon=True).start()


def _running(pid: int) -> bool:
    """Is the process there and not a zombie (dead, not yet reaped by its parent)?"""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc (not Linux): ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True


class Preparer:
    """Runs jobs in a pool of worker processes (none: in the calling thread)."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def prepare(self, job: Job) -> PreparedPoll:
        if self.processes == 0:
            return run(job)
        pool = self._running()
        try:
            return pool.submit(run, job).result()
        except BrokenProcessPool:
            logger.error(
                "a parse worker process died preparing source=%s url=%s; the poll is"
                " prepared in the service process and the workers are started again",
                job.source.id,
                job.url,
            )
            self._discard(pool)
            return run(job)

    def start(self) -> None:
        """Start the worker processes now rather than on the first poll."""
        if self.processes:
            pool = self._running()
            for f in [pool.submit(_ready) for _ in range(self.processes)]:
                f.result()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _running(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(_PRELOAD)
                self._pool = ProcessPoolExecutor(
                    self.processes,
                    mp_context=context,
                    max_tasks_per_child=MAX_TASKS_PER_WORKER,
                    initializer=_watch_service,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def _discard(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)
