"""When is a source due? (pure policy) and the APScheduler tick that runs due sources.

Policy (all functions take `now`; no hidden clock):
- after a success: the source's interval, raised (never lowered) by the feed's RSS <ttl>
  and the response's Cache-Control max-age, capped at MAX_INTERVAL;
- after a failure: capped exponential backoff, interval * 2**(failures-1), at most
  MAX_BACKOFF; a failing source is never dropped, it is polled at the cap;
- jitter of +-JITTER spreads sources configured alike, derived from the source id and
  the time so it is reproducible in tests.

APScheduler only ticks: one interval job (max_instances=1, coalesce=True) asks the
database which sources are due and runs the pipeline for them. The schedule itself lives
in the database, so a restart loses nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

logger = logging.getLogger(__name__)

MAX_INTERVAL = timedelta(hours=24)
MAX_BACKOFF = timedelta(hours=6)
JITTER = 0.1
CLAIM_LEASE = timedelta(minutes=10)  # a claimed source is not claimed again meanwhile
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.I)


def next_check(
    now: datetime,
    source_id: str,
    interval: int,
    *,
    failures: int = 0,
    ttl_minutes: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> datetime:
    """The time of the next poll (see the module docstring)."""
    base = timedelta(seconds=interval)
    if failures > 0:
        delay = min(base * (1 << min(failures - 1, 20)), max(MAX_BACKOFF, base))
    else:
        delay = base
        if ttl_minutes:
            delay = max(delay, timedelta(minutes=ttl_minutes))
        max_age = cache_max_age(headers or {})
        if max_age is not None:
            delay = max(delay, timedelta(seconds=max_age))
        delay = min(delay, max(MAX_INTERVAL, base))
    return now + delay * (1 + jitter(source_id, now))


def cache_max_age(headers: Mapping[str, str]) -> int | None:
    cc = headers.get("cache-control", "")
    if "no-cache" in cc.lower() or "no-store" in cc.lower():
        return None
    m = _MAX_AGE.search(cc)
    return int(m.group(1)) if m else None


def jitter(source_id: str, now: datetime) -> float:
    """A reproducible factor in [-JITTER, +JITTER]."""
    digest = hashlib.blake2b(f"{source_id}\0{now.isoformat()}".encode(), digest_size=8).digest()
    return (int.from_bytes(digest, "big") / 2**64 * 2 - 1) * JITTER


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
    """The running service's state: the hub, and the config it reloads on change.

    An invalid config edit keeps the last good config serving; the error is logged and
    kept in `config_error` for the status page.
    """

    def __init__(self, config_dir: str, hub: Any) -> None:
        from feedhub.config import config_fingerprint

        self.config_dir = config_dir
        self.hub = hub
        self.config_error: str | None = None
        self._fingerprint = config_fingerprint(config_dir)

    def settings(self) -> Any:
        return self.hub.settings

    def reload_if_changed(self) -> bool:
        """Reload config/ if a file changed; True if the new config is in force."""
        from feedhub import pipeline
        from feedhub.config import config_fingerprint
        from feedhub.config import load_settings
        from feedhub.errors import ConfigError

        fp = config_fingerprint(self.config_dir)
        if fp == self._fingerprint:
            return False
        self._fingerprint = fp
        try:
            settings = load_settings(self.config_dir)
        except ConfigError as e:
            self.config_error = str(e)
            for problem in e.problems:
                logger.error("config invalid, keeping the last good config: %s", problem)
            return False
        self.config_error = None
        self.hub.settings = settings
        self.hub.repo.sync_sources(settings.sources, pipeline.now_utc())
        pipeline.publish_all(self.hub)
        logger.info(
            "config reloaded sources=%d sections=%d", len(settings.sources), len(settings.sections)
        )
        return True

    def tick(self) -> None:
        from feedhub import pipeline

        try:
            self.reload_if_changed()
            pipeline.run_due(self.hub, pipeline.now_utc())
        except Exception:
            logger.exception("tick failed; the next tick tries again")
