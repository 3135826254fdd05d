"""Per-host politeness shared by all sources: a concurrency limit and a pacing interval
per registrable domain.

Twenty sources on `*.example-portal.de` are one publisher's servers: they share one
budget, whatever their host names. The registrable domain ("eTLD+1") comes from the
Public Suffix List bundled with the `publicsuffixlist` package (no network lookup), so
`a.example-portal.de` and `b.example-portal.de` share a budget while `foo.blogspot.com`
and `bar.blogspot.com` (a public suffix of its own) do not. An IP address is its own
domain.

HostGate.slot(domain) blocks until fewer than `connections` requests to the domain are
under way and at least `interval` seconds have passed since the last one started and
since the last one ended (a thread may send its request a while after it got its slot;
the host must still see the gap).
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


@dataclass(slots=True)
class _Host:
    active: int = 0
    next_start: float = 0.0


class HostGate:
    def __init__(
        self,
        connections: int,
        interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.connections = max(1, connections)
        self.interval = max(0.0, interval)
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._changed = threading.Condition()

    @contextmanager
    def slot(self, domain: str) -> Iterator[None]:
        with self._changed:
            host = self._hosts.setdefault(domain, _Host())
            while True:
                wait = host.next_start - self._clock()
                if host.active < self.connections and wait <= 0:
                    break
                self._changed.wait(timeout=wait if wait > 0 else None)
            host.active += 1
            host.next_start = self._clock() + self.interval
        try:
            yield
        finally:
            with self._changed:
                host.active -= 1
                # pace from the end of a request too: under load a thread may send its
                # request well after it got the slot, and the host must still see the gap
                host.next_start = max(host.next_start, self._clock() + self.interval)
                self._changed.notify_all()
