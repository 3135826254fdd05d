"""Per-host politeness shared by all sources: a concurrency limit and a pacing interval
per registrable domain that adapts to how fast the server answers.

Twenty sources on `*.example-portal.de` are one publisher's servers: they share one
budget, whatever their host names. The registrable domain ("eTLD+1") comes from the
Public Suffix List bundled with the `publicsuffixlist` package (no network lookup), so
`a.example-portal.de` and `b.example-portal.de` share a budget while `foo.blogspot.com`
and `bar.blogspot.com` (a public suffix of its own) do not. An IP address is its own
domain.

HostGate.slot(domain) lets a request start when fewer than `connections` requests to the
domain are under way and the domain's `next_start` has passed. Then:

- on start: next_start = max(next_start, now + interval), so starts are at least
  `interval` apart;
- on end (normally or by an exception), for a request that took `took` seconds:
  next_start = max(next_start, now + min(max_interval, max(interval, delay_factor * took))).

A server's load shows in its answer time: one that answers in 50 ms is left alone for
`interval`, one that needs 2 s (busy, or a slow backend) gets `delay_factor` times that
to rest, never more than `max_interval`. Heritrix paces its per-host queues the same way
(DispositionProcessor: `delayFactor` times the last fetch's duration, between
`minDelayMs` and `maxDelayMs`); Scrapy's AutoThrottle likewise derives its per-domain
delay from the download latency, bounded by DOWNLOAD_DELAY and AUTOTHROTTLE_MAX_DELAY. A
fixed gap either hammers a struggling server or wastes time on a fast one (a fixed 1 s
made a pass of 2,000 mostly-304 feeds on 250 hosts take at least 7 s, whatever the
servers did). Pacing from the end as well as from the start also covers a thread that
sends its request a while after it got its slot: the host still sees the gap. `took`
is the whole time in the slot (headers and body), so a large body on a slow link counts
too; `max_interval` bounds that.

HostGate.back_off(domain, seconds) keeps the domain from being asked before `seconds`
(at most an hour) from now: the fetch path calls it on a 429 or 503 with Retry-After.

A domain's state is dropped when nothing is under way on it and its next_start has
passed: such an entry says no more than a missing one, so dropping it loses nothing, and
`_hosts` stays as small as the domains that are busy or still resting (it is swept every
PRUNE_EVERY calls).
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()  # the bundled list, loaded once


@lru_cache(maxsize=4096)
def registrable_domain(url: str) -> str:
    """The budget a URL's requests count against: its host's registrable domain."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    return _PSL.privatesuffix(host) or host


BACK_OFF_CAP = 3600.0  # seconds: the longest a back-off (a Retry-After) holds a domain
PRUNE_EVERY = 256  # slot/back_off calls between sweeps of finished, rested domains


@dataclass(slots=True)
class _Host:
    active: int = 0
    next_start: float = 0.0


class HostGate:
    """Per-domain concurrency limit and adaptive pacing (see the module docstring)."""

    def __init__(
        self,
        connections: int,
        interval: float,
        *,
        delay_factor: float = 0.0,
        max_interval: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.connections = max(1, connections)
        self.interval = max(0.0, interval)
        self.delay_factor = max(0.0, delay_factor)
        # never less than interval: the floor wins if the two settings disagree
        self.max_interval = max(self.interval, max_interval)
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._calls = 0
        self._changed = threading.Condition()

    def ready_at(self, domain: str) -> float:
        """The clock time before which no new request to the domain starts (pacing and
        back-off only; the connection limit may hold it longer). 0.0: no state kept."""
        with self._changed:
            host = self._hosts.get(domain)
            return host.next_start if host is not None else 0.0

    def back_off(self, domain: str, seconds: float) -> None:
        """Ask the domain nothing for `seconds` from now (at most BACK_OFF_CAP), e.g. on a
        429 or 503 with Retry-After. Never brings the next start forward."""
        if not seconds > 0:  # also NaN
            return
        with self._changed:
            now = self._clock()
            host = self._hosts.setdefault(domain, _Host())
            host.next_start = max(host.next_start, now + min(seconds, BACK_OFF_CAP))
            self._tick(now)

    @contextmanager
    def slot(self, domain: str) -> Iterator[None]:
        with self._changed:
            while True:
                # look the entry up again after each wait: a sweep may have dropped it
                # (only when idle and rested, so a fresh one means the same)
                host = self._hosts.setdefault(domain, _Host())
                now = self._clock()
                wait = host.next_start - now
                if host.active < self.connections and wait <= 0:
                    break
                self._changed.wait(timeout=wait if wait > 0 else None)
            host.active += 1  # an active entry is never dropped: `host` stays the one
            started = now
            host.next_start = max(host.next_start, now + self.interval)
            self._tick(now)
        try:
            yield
        finally:
            with self._changed:
                now = self._clock()
                took = max(0.0, now - started)
                rest = min(self.max_interval, max(self.interval, self.delay_factor * took))
                host.active -= 1
                host.next_start = max(host.next_start, now + rest)
                self._changed.notify_all()

    def _tick(self, now: float) -> None:
        """Every PRUNE_EVERY calls, drop the domains that are idle and rested (their entry
        says no more than a missing one). Called with the lock held."""
        self._calls += 1
        if self._calls < PRUNE_EVERY:
            return
        self._calls = 0
        idle = [d for d, h in self._hosts.items() if h.active == 0 and h.next_start <= now]
        for d in idle:
            del self._hosts[d]
