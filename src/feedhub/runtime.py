"""The composition root: what a feedhub process opens once and hands to the pipeline.

`Runtime.open(settings)` builds the repository (migrating the schema and syncing the
configured sources into it), the dedup state wired to the repository's ingest sessions
(dedup.ingest.Dedup), the two HTTP clients (public addresses only; private ones
allowed, for sources and WebSub hubs configured so), the WebSub pinger, the per-host
politeness gate and the process's metrics; `close()` closes the clients and the
repository. Every pipeline entry point takes the Runtime.

`Service` is the scheduler's process: the Runtime plus its config, reloaded on change,
and the tick that runs due sources and, once per `retention_every`, retention's prune.
APScheduler only ticks (`start_ticker`: one interval job, max_instances=1,
coalesce=True); the schedule itself lives in the database, so a restart loses nothing.
When a source is due is schedule.py's pure policy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta

import httpx
from apscheduler.schedulers.background import BackgroundScheduler

from feedhub import pipeline
from feedhub import prepare
from feedhub import retention
from feedhub.config_watch import LiveSettings
from feedhub.db.repo import Repository
from feedhub.dedup.ingest import Dedup
from feedhub.metrics import Metrics
from feedhub.models import ConfigProblem
from feedhub.models import Settings
from feedhub.publish import websub
from feedhub.sources import http
from feedhub.sources import items
from feedhub.sources import politeness

logger = logging.getLogger(__name__)


@dataclass
class Runtime:
    """What the pipeline needs: the current settings, the store, the process's dedup
    state (sessions opened through the store's), the shared HTTP clients, the WebSub
    pinger, the per-host gate and the items each source's last poll stored."""

    settings: Settings
    repo: Repository
    dedup: Dedup = field(repr=False)
    client: httpx.Client = field(repr=False)  # public addresses only
    websub: websub.Pinger = field(repr=False)
    gate: politeness.HostGate = field(repr=False)
    private_client: httpx.Client = field(repr=False)  # for sources allowed private ones
    # per source, the item digests of its last poll stored in full (sources.items)
    known_items: items.KnownItems = field(default_factory=items.KnownItems, repr=False)
    # parses, normalises and computes dedup features, in worker processes (prepare)
    preparer: prepare.Preparer = field(default_factory=lambda: prepare.Preparer(0), repr=False)
    metrics: Metrics = field(default_factory=Metrics, repr=False)

    @classmethod
    def open(cls, settings: Settings) -> Runtime:
        svc = settings.service
        page_cache_mb, dedup_bytes = cache_budget(svc.cache_mb)
        repo = Repository.open(svc.database_url, page_cache_mb=page_cache_mb)
        client, private = (
            http.make_client(
                contact=svc.user_agent_contact, timeout=svc.fetch_timeout, allow_private=allow
            )
            for allow in (False, True)
        )
        gate = politeness.HostGate(
            svc.host_connections,
            svc.host_interval,
            delay_factor=svc.host_delay_factor,
            max_interval=svc.host_max_interval,
        )
        dedup = Dedup(repo.ingest_session, cache_bytes=dedup_bytes)
        metrics = Metrics()
        rt = cls(
            settings,
            repo,
            dedup,
            client,
            websub.Pinger(private, on_ping=metrics.pinged),
            gate,
            private,
            preparer=prepare.Preparer(svc.parse_processes),
            metrics=metrics,
        )
        rt.repo.sync_sources(settings.sources, pipeline.now_utc())
        return rt

    def close(self) -> None:
        self.preparer.close()
        self.client.close()
        self.private_client.close()
        self.repo.close()


PAGE_CACHE_SHARE = 0.15  # of `cache_mb`: SQLite's page cache of the writing connection


def cache_budget(cache_mb: int) -> tuple[int, int]:
    """How the `cache_mb` setting is shared: (SQLite's page cache of the writing connection
    in MiB, the bytes dedup's memo and fingerprints may hold). Not in it: the recent dedup
    index, which holds the last days' keys whatever the budget (dedup.index), and the
    reading connections' small caches (db.engine); docs/operations.md has the sizes."""
    page_cache = max(2, int(cache_mb * PAGE_CACHE_SHARE))
    return page_cache, (cache_mb - page_cache) * 1024 * 1024


def start_ticker(tick: Callable[[], object], seconds: int) -> BackgroundScheduler:
    """Start APScheduler with the one tick job; the first tick runs at once."""
    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(
        tick,
        "interval",
        seconds=seconds,
        id="tick",
        max_instances=1,
        coalesce=True,
        next_run_time=datetime.now().astimezone(),
    )
    scheduler.start()
    return scheduler


class Service:
    """The running service's state: the runtime, and its config, reloaded on change
    through config_watch.LiveSettings (the mechanism the HTTP workers use too).

    An invalid config edit keeps the last good config in force. Each of its problems is
    logged once per edit (not on every tick) and stays in `problems`, with since when,
    until a later edit fixes it.
    """

    def __init__(self, config_dir: str, runtime: Runtime) -> None:
        self.config_dir = config_dir
        self.runtime = runtime
        # checked on every tick; the runtime's settings are the last good ones
        self.live = LiveSettings(config_dir, every=0, settings=runtime.settings)
        self._next_prune: datetime | None = None  # the first tick prunes

    def settings(self) -> Settings:
        return self.runtime.settings

    @property
    def problems(self) -> tuple[ConfigProblem, ...]:
        """What is wrong with the config on disk; empty when it is valid."""
        return self.live.problems

    def reload_if_changed(self) -> bool:
        """Reload config/ if a file changed; True if the new config is in force."""
        if not self.live.refresh():
            return False
        if self.live.problems:
            for problem in self.live.problems:
                logger.error("config invalid, keeping the last good config: %s", problem.text)
            return False
        settings = self.live.settings
        self.runtime.settings = settings
        self.runtime.repo.sync_sources(settings.sources, pipeline.now_utc())
        pipeline.publish_all(self.runtime)
        logger.info(
            "config reloaded sources=%d sections=%d", len(settings.sources), len(settings.sections)
        )
        return True

    def prune_if_due(self, now: datetime) -> retention.PruneResult | None:
        """Retention (feedhub.retention), at most once per `retention_every` (again at the
        next tick when a run stopped at its bound); None when not due or switched off."""
        svc = self.runtime.settings.service
        if not svc.retention or (self._next_prune is not None and now < self._next_prune):
            return None
        # set first: a prune that fails is tried again after the interval, not every tick
        self._next_prune = now + timedelta(seconds=svc.retention_every)
        result = retention.prune(self.runtime, now)
        if result.more:
            self._next_prune = now
        return result

    def tick(self) -> None:
        try:
            self.reload_if_changed()
            pipeline.run_due(self.runtime, pipeline.now_utc())
            self.prune_if_due(pipeline.now_utc())
        except Exception:
            logger.exception("tick failed; the next tick tries again")
