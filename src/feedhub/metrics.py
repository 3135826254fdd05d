"""Prometheus metrics (prometheus-client): what the service counts, and the text
`/metrics` serves.

    feedhub_polls_total{source,host,outcome}      outcome: ok, not_modified, error, gone,
                                                  rate_limited
    feedhub_source_responses_total{host,status}   HTTP status of each poll ("none": no answer)
    feedhub_poll_duration_seconds{host}           histogram: a poll, fetch to stored
    feedhub_source_poll_seconds_total{source}     with polls_total: a source's mean latency
    feedhub_fetched_bytes_total{source,host}      response bytes after decompression
    feedhub_entries_total{source,kind}            kind: new, updated, duplicate, filtered
    feedhub_publish_duration_seconds              histogram: one publish (render + store)
    feedhub_documents_published_total             documents stored because they changed
    feedhub_websub_pings_total{outcome}           outcome: ok, failed

The 304 ratio of a source or host is a PromQL expression over polls_total (docs/operations.md).
`host` is the registrable domain a source is paced by (sources on one domain share it;
"folder" for the portal and inbox folders): the politeness unit, and few label values.

Processes: `feedhub run` and `feedhub serve` count in every process of the host (the
scheduler's polls and publishes; any HTTP worker serves /metrics) through
prometheus-client's multiprocess mode: each process writes its values to files in
PROMETHEUS_MULTIPROC_DIR, a directory the supervisor makes fresh before any process
counts (`use_directory`), and /metrics adds up every process's files. Elsewhere (feedhub
update, tests) a Metrics counts in its own registry, in memory.
"""

from __future__ import annotations

import glob
import os
import tempfile

from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client import CollectorRegistry
from prometheus_client import Counter
from prometheus_client import Histogram
from prometheus_client import generate_latest
from prometheus_client import multiprocess
from prometheus_client import values

from feedhub.models import Source
from feedhub.models import UpdateResult
from feedhub.sources.politeness import registrable_domain

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST
FOLDER = "folder"  # the host label of sources read from a folder
_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_OUTCOMES = {"not modified": "not_modified", "rate_limited": "rate_limited", "gone": "gone"}


def use_directory(directory: str | None = None, *, fresh: bool = True) -> str:
    """Count in multiprocess mode, in `directory` (default: a new temporary one), for this
    process and the ones it starts from now on (they inherit the environment). Called by
    the supervisor before it or its workers count anything. `fresh`: the counts of an
    earlier run there are deleted (their files; nothing else in the directory)."""
    path = directory or tempfile.mkdtemp(prefix="feedhub-metrics-")
    os.makedirs(path, exist_ok=True)
    if fresh:
        for old in glob.glob(os.path.join(path, "*.db")):
            os.remove(old)
    os.environ[MULTIPROC_ENV] = path
    return path


class Metrics:
    """One process's counters (the Runtime holds it)."""

    def __init__(self) -> None:
        # prometheus-client picks its value store when imported; a supervisor may have
        # chosen multiprocess mode since, which must hold for every metric made from now
        values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
        self.registry = CollectorRegistry()
        r = self.registry
        self.polls = Counter(
            "feedhub_polls", "Polls of a source", ["source", "host", "outcome"], registry=r
        )
        self.responses = Counter(
            "feedhub_source_responses", "HTTP status of polls", ["host", "status"], registry=r
        )
        self.poll_seconds = Histogram(
            "feedhub_poll_duration_seconds",
            "A poll from fetch to stored, by host",
            ["host"],
            buckets=_BUCKETS,
            registry=r,
        )
        self.source_seconds = Counter(
            "feedhub_source_poll_seconds", "Seconds spent polling a source", ["source"], registry=r
        )
        self.bytes = Counter(
            "feedhub_fetched_bytes",
            "Response bytes after decompression",
            ["source", "host"],
            registry=r,
        )
        self.entries = Counter(
            "feedhub_entries", "Entries stored, by kind", ["source", "kind"], registry=r
        )
        self.publish_seconds = Histogram(
            "feedhub_publish_duration_seconds",
            "One publish: render and store the changed feeds",
            buckets=_BUCKETS,
            registry=r,
        )
        self.documents = Counter(
            "feedhub_documents_published", "Feed documents stored (changed)", registry=r
        )
        self.websub = Counter("feedhub_websub_pings", "WebSub hub pings", ["outcome"], registry=r)

    def poll(self, source: Source, result: UpdateResult) -> None:
        host = registrable_domain(source.url) if source.url else FOLDER
        outcome = _OUTCOMES.get(result.status, "error" if result.error else "ok")
        self.polls.labels(source.id, host, outcome).inc()
        self.responses.labels(host, str(result.http_status or "none")).inc()
        seconds = result.ms / 1000
        self.poll_seconds.labels(host).observe(seconds)
        self.source_seconds.labels(source.id).inc(seconds)
        if result.bytes:
            self.bytes.labels(source.id, host).inc(result.bytes)
        for kind, count in (("new", result.new), ("updated", result.updated)):
            if count:
                self.entries.labels(source.id, kind).inc(count)
        if result.dupes:
            self.entries.labels(source.id, "duplicate").inc(result.dupes)
        if result.filtered:
            self.entries.labels(source.id, "filtered").inc(result.filtered)

    def published(self, seconds: float, documents: int) -> None:
        self.publish_seconds.observe(seconds)
        self.documents.inc(documents)

    def pinged(self, ok: bool) -> None:
        self.websub.labels("ok" if ok else "failed").inc()


def exposition(own: CollectorRegistry | None) -> bytes:
    """The text format of every process's metrics on this host (multiprocess mode), else
    of `own` (this process's registry), else nothing."""
    directory = os.environ.get(MULTIPROC_ENV)
    if directory and os.path.isdir(directory):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(own) if own is not None else b""
