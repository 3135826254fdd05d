"""When is a source due? Pure policy: every function takes `now`; nothing here does I/O.

Policy (no hidden clock):
- after a success: the source's interval, doubled for every IDLE_STEP polls in a row
  that brought nothing new (a source that publishes rarely is polled less often), at
  most its `max_interval`; then raised (never lowered) by what the publisher asks for:
  RSS <ttl>, sy:updatePeriod/updateFrequency, Cache-Control max-age, Expires; at most
  MAX_INTERVAL;
- after a failure: capped exponential backoff, interval * 2**(failures-1), at most
  MAX_BACKOFF; a failing source is never dropped, it is polled at the cap;
- a Retry-After (seconds or an HTTP date, on 429 and 503) is a floor: never earlier;
- jitter of +-JITTER spreads sources configured alike, derived from the source id and
  the time so it is reproducible in tests (it never brings a poll before Retry-After).

The times computed here are stored with each source; runtime.py's tick (APScheduler,
one interval job) calls pipeline.run_due, which claims the sources due by them for
CLAIM_LEASE and updates them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from email.utils import parsedate_to_datetime

MAX_INTERVAL = timedelta(hours=24)
MAX_BACKOFF = timedelta(hours=6)
MAX_RETRY_AFTER = timedelta(days=7)  # a Retry-After further out is read as this
IDLE_STEP = 3  # polls in a row without anything new before the interval doubles
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
    retry_after: str | None = None,
    idle_polls: int = 0,
    max_interval: int | None = None,
) -> datetime:
    """The time of the next poll (see the module docstring)."""
    base = timedelta(seconds=interval)
    if failures > 0:
        delay = min(base * (1 << min(failures - 1, 20)), max(MAX_BACKOFF, base))
    else:
        ceiling = timedelta(seconds=max(max_interval or interval, interval))
        delay = min(base * (1 << min(idle_polls // IDLE_STEP, 20)), ceiling)
        hints = [
            timedelta(minutes=ttl_minutes) if ttl_minutes else None,
            _seconds(cache_max_age(headers or {})),
            _seconds(expires_in(headers or {}, now)),
        ]
        for hint in hints:
            if hint is not None:
                delay = max(delay, hint)
        delay = min(delay, max(MAX_INTERVAL, base))
    at = now + delay * (1 + jitter(source_id, now))
    wait = retry_after_seconds(retry_after, now) if retry_after else None
    if wait is not None:
        wait = min(wait, int(MAX_RETRY_AFTER.total_seconds()))
        floor = now + timedelta(seconds=wait)
        if at < floor:  # never before it; spread a little after it
            at = floor + timedelta(seconds=wait * abs(jitter(source_id, now)))
    return at


def _seconds(value: int | None) -> timedelta | None:
    return timedelta(seconds=value) if value is not None else None


def retry_after_seconds(value: str, now: datetime) -> int | None:
    """Retry-After as seconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3);
    None when unreadable."""
    value = value.strip()
    if value.isdigit():
        return int(value)
    seconds = _seconds_until(value, now)
    return max(0, seconds) if seconds is not None else None


def expires_in(headers: Mapping[str, str], now: datetime) -> int | None:
    """Seconds until the response's Expires (RFC 9111 §5.3), if it names a future time."""
    seconds = _seconds_until(headers.get("expires", ""), now)
    return seconds if seconds is not None and seconds > 0 else None


def _seconds_until(http_date: str, now: datetime) -> int | None:
    """Seconds from `now` to an HTTP date (negative if past); None when unreadable."""
    try:
        when = parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return int((when - now).total_seconds())


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
