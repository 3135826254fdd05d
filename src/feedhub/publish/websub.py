"""WebSub publishing: tell the configured hubs which feeds changed.

feedhub is a WebSub *publisher* (W3C WebSub §4, §6): every subscription feed names the
hubs (`rel="hub"`) and itself (`rel="self"`) in the document and in a `Link` header, and
when a feed changes feedhub pings each hub. The hub fetches the feed and pushes it to its
subscribers (verification of intent, leases, HMAC signatures and delivery retries are the
hub's job). Why not our own hub: docs/design.md.

The spec leaves the publisher-to-hub request open; the de-facto ping, which the public
hubs accept, is a form POST `hub.mode=publish` with the topic in `hub.url`. feedhub also
sends it as `hub.topic`, the name some hub implementations read instead. A hub answers
2xx (usually 202 or 204).

A ping that fails (network error, 5xx, 429) is retried with capped exponential backoff
and jitter, on the next publish or scheduler tick; a 4xx other than 429 is the hub
refusing this topic and is logged, not retried. Each failure logs one line naming the hub,
the topic and the cause.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)

RETRY_BASE = 5.0  # seconds before the first retry; doubled per failure
RETRY_CAP = 600.0
MAX_ATTEMPTS = 10  # about an hour and a half of retrying, then the ping is dropped
PING_TIMEOUT = 10.0


@dataclass(slots=True)
class _Pending:
    attempts: int
    due: float  # the clock's time when the next attempt may be made


class Pinger:
    """Pings hubs; remembers failed pings to retry them (in memory: a restart republishes
    every feed, and an unchanged feed's subscribers have nothing to learn)."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        on_ping: Callable[[bool], object] | None = None,
    ) -> None:
        """`on_ping`: told of every ping sent, whether the hub took it (metrics)."""
        self.client = client
        self._on_ping = on_ping
        self._clock = clock
        self._pending: dict[tuple[str, str], _Pending] = {}
        self._lock = threading.Lock()
        self._rng = rng or random.Random()

    def publish(self, hubs: Iterable[str], topics: Iterable[str]) -> int:
        """Ping every hub for every topic (and retry what is due); returns pings sent."""
        hubs = tuple(hubs)
        now = self._clock()
        with self._lock:
            for topic in topics:
                for hub in hubs:
                    # a newer change supersedes a failed ping for the same topic
                    self._pending[(hub, topic)] = _Pending(0, now)
        return self.retry_due(hubs)

    def retry_due(self, hubs: Iterable[str]) -> int:
        """Send the pings to `hubs` (the configured ones) whose time has come; returns how
        many were sent. Pings to a hub no longer configured are dropped."""
        now = self._clock()
        configured = set(hubs)
        with self._lock:
            for key in [k for k in self._pending if k[0] not in configured]:
                del self._pending[key]
            due = [(key, p) for key, p in self._pending.items() if p.due <= now]
        sent = 0
        for (hub, topic), pending in due:
            outcome = self._ping(hub, topic)
            sent += 1
            if self._on_ping is not None:
                self._on_ping(outcome is None)
            with self._lock:
                if self._pending.get((hub, topic)) is not pending:
                    continue  # published again meanwhile
                if outcome is None:
                    del self._pending[(hub, topic)]
                    continue
                retry, reason = outcome
                pending.attempts += 1
                if not retry or pending.attempts >= MAX_ATTEMPTS:
                    del self._pending[(hub, topic)]
                    logger.error(
                        "websub ping dropped hub=%s topic=%s attempts=%d: %s",
                        hub,
                        topic,
                        pending.attempts,
                        reason,
                    )
                    continue
                delay = min(RETRY_CAP, RETRY_BASE * 2 ** (pending.attempts - 1))
                pending.due = self._clock() + self._rng.uniform(delay / 2, delay)
                logger.warning(
                    "websub ping failed hub=%s topic=%s attempt=%d retry_in=%.0fs: %s",
                    hub,
                    topic,
                    pending.attempts,
                    pending.due - self._clock(),
                    reason,
                )
        return sent

    def pending(self) -> list[tuple[str, str, int]]:
        """(hub, topic, failed attempts) of the pings still to be sent."""
        with self._lock:
            return sorted((h, t, p.attempts) for (h, t), p in self._pending.items())

    def _ping(self, hub: str, topic: str) -> tuple[bool, str] | None:
        """None when the hub took the ping; else (retry?, what went wrong)."""
        try:
            r = self.client.post(
                hub,
                data={"hub.mode": "publish", "hub.url": topic, "hub.topic": topic},
                timeout=PING_TIMEOUT,
            )
        except httpx.HTTPError as e:
            return True, f"{type(e).__name__}: {e}"
        if r.is_success:
            logger.info("websub ping hub=%s topic=%s status=%d", hub, topic, r.status_code)
            return None
        reason = f"HTTP {r.status_code}: {r.text.strip()[:200]}"
        return r.status_code >= 500 or r.status_code == 429, reason
