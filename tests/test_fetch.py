"""Fetching on the wire, against a loopback server that records every request: validators,
Retry-After, error statuses as an operator must read them, source states."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from feedhub import acquire
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import SourceState
from feedhub.models import UpdateResult
from feedhub.runtime import Runtime
from feedhub.sources import http
from feedhub.sources import transport
from feedhub.sources.politeness import HostGate
from feedhub.sources.politeness import registrable_domain
from feedhub.sources.transport import refused_address
from tests.conftest import FeedServer
from tests.conftest import write_config

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>
<item><title>Eins</title><link>https://ex.org/1</link><guid>g1</guid></item>
</channel></rss>"""
CHALLENGE = """<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
<div id="cf-chl-widget"></div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate"></script>
</body></html>"""


class Poller:
    def __init__(self, hub: Runtime, server: FeedServer) -> None:
        self.hub, self.server = hub, server

    def poll(self, now: datetime) -> UpdateResult:
        [source] = self.hub.settings.sources
        return pipeline.update_source(self.hub, source, now)

    def health(self) -> dict[str, object]:
        [h] = self.hub.repo.health()
        return {
            "state": h.state,
            "status": h.last_status,
            "error": h.last_error,
            "failures": h.error_count,
            "next": h.next_check,
        }


@pytest.fixture
def poller(tmp_path: Path, feed_server: FeedServer) -> Iterator[Poller]:
    url = feed_server.url("/feed")
    cfg = write_config(tmp_path, f'[wire]\nkind = "http"\nurl = "{url}"\n')
    hub = Runtime.open(load_settings(cfg))
    yield Poller(hub, feed_server)
    hub.close()


def test_validators_are_sent_on_the_second_poll_and_kept_on_a_bare_304(
    poller: Poller, feed_server: FeedServer, now: datetime
) -> None:
    feed_server.add("/feed", RSS, ETag='"v1"')
    feed_server.routes["/feed"].headers["Last-Modified"] = "Sat, 16 Aug 2025 06:00:00 GMT"
    assert poller.poll(now).new == 1
    assert poller.poll(now).status == "not modified"
    second = feed_server.requests[-1].headers
    assert second["if-none-match"] == '"v1"'
    assert second["if-modified-since"] == "Sat, 16 Aug 2025 06:00:00 GMT"
    # the 304 carried the ETag only: Last-Modified is still sent on the third poll
    poller.poll(now)
    third = feed_server.requests[-1].headers
    assert third["if-none-match"] == '"v1"'
    assert third["if-modified-since"] == "Sat, 16 Aug 2025 06:00:00 GMT"
    assert feed_server.requests[0].headers["user-agent"].startswith("feedhub/")
    assert "application/atom+xml" in feed_server.requests[0].headers["accept"]


@pytest.mark.parametrize(
    ("retry_after", "wait"),
    [("1800", timedelta(minutes=30)), ("Sat, 16 Aug 2025 13:00:00 GMT", timedelta(hours=1))],
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured_and_the_source_shows_rate_limited(
    poller: Poller,
    feed_server: FeedServer,
    now: datetime,
    status: int,
    retry_after: str,
    wait: timedelta,
) -> None:
    assert now == datetime.fromisoformat("2025-08-16T12:00:00+00:00")
    feed_server.add("/feed", "slow down", "text/plain", status)
    feed_server.routes["/feed"].headers["Retry-After"] = retry_after
    result = poller.poll(now)
    assert result.status == "rate_limited"
    assert result.next_check is not None and result.next_check >= now + wait
    h = poller.health()
    assert h["state"] is SourceState.RATE_LIMITED and h["status"] == status
    assert f"Retry-After: {retry_after}" in str(h["error"])
    # not due before then: the scheduler does not claim it
    assert (
        poller.hub.repo.claim_due(now + wait - timedelta(seconds=1), ["wire"], wait, owner="h:1")
        == []
    )


def test_retry_after_rests_every_source_of_the_domain(
    poller: Poller, feed_server: FeedServer, now: datetime
) -> None:
    """A 429 asks the server's domain, not only the source, for a rest: the host gate
    holds every source on it until then."""
    feed_server.add("/feed", "slow down", "text/plain", 429)
    feed_server.routes["/feed"].headers["Retry-After"] = "1800"
    before = time.monotonic()
    assert poller.poll(now).status == "rate_limited"
    domain = registrable_domain(feed_server.url("/feed"))
    assert poller.hub.gate.ready_at(domain) >= before + 1800


def test_a_runs_not_modified_polls_are_recorded_together(
    tmp_path: Path, feed_server: FeedServer, now: datetime
) -> None:
    """update_sources reads the run's poll states at once and writes its 304s together:
    each source still ends up with its own validators, state and next check."""
    toml = ""
    for i in range(3):
        feed_server.add(f"/f{i}", RSS.replace("g1", f"g-{i}"), ETag=f'"v{i}"')
        toml += f'[s{i}]\nkind = "http"\nurl = "{feed_server.url(f"/f{i}")}"\n'
    hub = Runtime.open(load_settings(write_config(tmp_path, toml)))
    try:
        sources = list(hub.settings.sources)
        assert [r.status for r in pipeline.update_sources(hub, sources, now)] == ["ok"] * 3
        later = now + timedelta(hours=1)
        results = pipeline.update_sources(hub, sources, later)
        assert [r.status for r in results] == ["not modified"] * 3
        for i, h in enumerate(hub.repo.health()):
            assert h.state is SourceState.NOT_MODIFIED and h.last_checked == later
            assert h.cache.etag == f'"v{i}"' and h.next_check is not None
            assert h.next_check > later
    finally:
        hub.close()


def test_gone_is_marked_gone_and_still_polled_at_the_cap(
    poller: Poller, feed_server: FeedServer, now: datetime
) -> None:
    feed_server.add("/feed", "gone", "text/plain", 410)
    result = poller.poll(now)
    assert result.status == "gone" and result.next_check is not None
    h = poller.health()
    assert h["state"] is SourceState.GONE and "gone for good" in str(h["error"])


@pytest.mark.parametrize(
    ("status", "body", "ctype", "says"),
    [
        (401, "login", "text/plain", "access denied"),
        (403, "<html><body>Forbidden</body></html>", "text/html", "access denied"),
        (403, CHALLENGE, "text/html", "anti-bot challenge page (Cloudflare)"),
        (503, CHALLENGE, "text/html", "anti-bot challenge page (Cloudflare)"),
        (200, CHALLENGE, "text/html", "anti-bot challenge page (Cloudflare)"),
    ],
)
def test_denials_and_challenge_pages_are_reported_as_such(
    poller: Poller,
    feed_server: FeedServer,
    now: datetime,
    status: int,
    body: str,
    ctype: str,
    says: str,
) -> None:
    feed_server.add("/feed", body, ctype, status)
    result = poller.poll(now)
    assert result.error is not None and says in result.error
    assert "parse" not in result.error.lower()
    assert poller.health()["state"] is SourceState.FAILING


def test_failures_back_off_and_a_success_resets(
    poller: Poller, feed_server: FeedServer, now: datetime
) -> None:
    feed_server.add("/feed", "boom", "text/plain", 500)
    delays = []
    for _ in range(4):
        r = poller.poll(now)
        assert r.next_check is not None
        delays.append(r.next_check - now)
    assert delays == sorted(delays) and delays[-1] > delays[0] * 4
    assert poller.health()["failures"] == 4
    feed_server.add("/feed", RSS)
    assert poller.poll(now).new == 1
    h = poller.health()
    assert h["state"] is SourceState.OK and h["failures"] == 0


def test_a_disabled_source_shows_as_disabled(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add("/feed", RSS)
    cfg = write_config(tmp_path, f'[wire]\nkind = "http"\nurl = "{url}"\nenabled = false\n')
    hub = Runtime.open(load_settings(cfg))
    try:
        [h] = hub.repo.health()
        assert h.state is SourceState.DISABLED
        assert pipeline.run_due(hub, pipeline.now_utc()) == []
        assert feed_server.requests == []
    finally:
        hub.close()


class _SlowHost:
    """A feed host that takes a while per request and records how many requests it was
    serving at once (a request counts until its response is sent: the client can only
    start its next one after that)."""

    def __init__(self, delay: float) -> None:
        self.active = self.most = 0
        lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with lock:
                    outer.active += 1
                    outer.most = max(outer.most, outer.active)
                time.sleep(delay)
                with lock:
                    outer.active -= 1
                _send_feed(self, RSS.replace("g1", self.path).encode())

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.port = self.httpd.server_address[1]


def test_sources_on_one_host_share_its_limits(tmp_path: Path) -> None:
    host = _SlowHost(delay=0.2)
    try:
        sources = "".join(
            f'[s{i}]\nkind = "http"\nurl = "http://127.0.0.1:{host.port}/f{i}.xml"\n'
            for i in range(10)
        )
        cfg = write_config(
            tmp_path,
            sources,
            host_interval=0.05,
            extra_service="workers = 10\nhost_connections = 2",
        )
        hub = Runtime.open(load_settings(cfg))
        try:
            results = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
        finally:
            hub.close()
        assert [r.new + r.dupes for r in results] == [1] * 10
        assert host.most == 2  # ten workers, never more than two requests at once
    finally:
        host.httpd.shutdown()
        host.httpd.server_close()


def test_requests_to_one_host_start_an_interval_apart() -> None:
    """Pacing, measured inside the slots (the wire adds thread scheduling noise): the next
    request starts at least `interval` after the previous one ended, so its recorded start
    is at least that after the previous recorded start, however the threads are late."""
    gate = HostGate(connections=1, interval=0.02)
    starts: list[float] = []
    inside = most = 0
    lock = threading.Lock()

    def poll() -> None:
        nonlocal inside, most
        with gate.slot("example-portal.de"):
            with lock:
                starts.append(time.monotonic())
                inside += 1
                most = max(most, inside)
            time.sleep(0.005)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=poll) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts.sort()
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.02
    assert most == 1


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.tagesschau.de/xml/rss2", "tagesschau.de"),
        ("https://a.b.example-portal.de/feed", "example-portal.de"),
        ("https://feeds.bbc.co.uk/news/rss.xml", "bbc.co.uk"),
        ("https://one.blogspot.com/feeds", "one.blogspot.com"),  # a public suffix of its own
        ("http://127.0.0.1:8080/feed", "127.0.0.1"),
        ("http://[::1]:8080/feed", "::1"),
    ],
)
def test_budgets_are_per_registrable_domain(url: str, domain: str) -> None:
    assert registrable_domain(url) == domain


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("0.0.0.0", "reserved"),
        ("93.184.215.14", None),
        ("2a00:1450:4001:82b::200e", None),
    ],
)
def test_which_addresses_are_off_limits(address: str, why: str | None) -> None:
    assert refused_address(address) == why


def test_a_private_address_is_refused_before_connecting(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    url = feed_server.add("/feed", RSS)
    cfg = write_config(
        tmp_path,
        f'[inside]\nkind = "http"\nurl = "{url}"\n'
        f'[allowed]\nkind = "http"\nurl = "{url}"\nallow_private = true\n',
        allow_private=False,
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        inside, allowed = hub.settings.sources
        refused = pipeline.update_source(hub, inside, pipeline.now_utc())
        assert refused.error is not None
        assert "loopback address 127.0.0.1; refused" in refused.error
        assert feed_server.requests == []  # not a single byte reached the server
        assert pipeline.update_source(hub, allowed, pipeline.now_utc()).new == 1
        assert len(feed_server.requests) == 1
    finally:
        hub.close()


def _capped_hub(tmp_path: Path, url: str) -> Runtime:
    cfg = write_config(
        tmp_path,
        f'[big]\nkind = "http"\nurl = "{url}"\n',
        extra_service="max_response_bytes = 65536",
    )
    return Runtime.open(load_settings(cfg))


def test_a_decompression_bomb_trips_the_size_cap(tmp_path: Path, feed_server: FeedServer) -> None:
    bomb = gzip.compress(RSS.encode()[:-20] + b" " * 50_000_000, compresslevel=9)
    assert len(bomb) < 65536  # small on the wire, 50 MB unpacked
    url = feed_server.add("/feed", bomb, "application/rss+xml")
    feed_server.routes["/feed"].headers["Content-Encoding"] = "gzip"
    hub = _capped_hub(tmp_path, url)
    try:
        result = pipeline.update_source(hub, hub.settings.sources[0], pipeline.now_utc())
        assert result.error is not None and "exceeds 65536 bytes (decoded)" in result.error
    finally:
        hub.close()


def test_a_declared_oversize_body_is_not_read(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.add("/feed", RSS + " " * 100_000)
    hub = _capped_hub(tmp_path, url)
    try:
        result = pipeline.update_source(hub, hub.settings.sources[0], pipeline.now_utc())
        assert result.error is not None and "exceeds 65536" in result.error
    finally:
        hub.close()


@pytest.mark.parametrize(
    ("status", "moves"), [(301, True), (308, True), (302, False), (307, False)]
)
def test_a_source_moves_only_after_permanent_redirects_on_several_polls(
    poller: Poller, feed_server: FeedServer, now: datetime, status: int, moves: bool
) -> None:
    new_url = feed_server.add("/new", RSS)
    feed_server.add("/feed", "", "text/plain", status)
    feed_server.routes["/feed"].headers["Location"] = new_url
    for _ in range(acquire.REDIRECT_CONFIRMATIONS):
        poller.poll(now)
        assert feed_server.requests[-2].path == "/feed"  # still asks the old URL first
    feed_server.requests.clear()
    poller.poll(now)
    assert [r.path for r in feed_server.requests] == (["/new"] if moves else ["/feed", "/new"])
    [h] = poller.hub.repo.health()
    assert h.fetch_url == (new_url if moves else None)
    assert h.url == feed_server.url("/feed")  # the configured URL is kept


def test_a_changing_redirect_target_does_not_move_the_source(
    poller: Poller, feed_server: FeedServer, now: datetime
) -> None:
    targets = [feed_server.add(f"/new{i}", RSS) for i in range(4)]
    feed_server.add("/feed", "", "text/plain", 301)
    for target in targets:
        feed_server.routes["/feed"].headers["Location"] = target
        poller.poll(now)
    [h] = poller.hub.repo.health()
    assert h.fetch_url is None


def _send_feed(handler: BaseHTTPRequestHandler, body: bytes, **headers: str) -> None:
    """A 200 with an RSS body (and `headers`) from a test server's handler."""
    handler.send_response(200)
    for name, value in {"Content-Type": "application/rss+xml", **headers}.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class _KeepAlive(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps the connection open between requests
    peers: list[int] = []

    def do_GET(self) -> None:  # noqa: N802
        type(self).peers.append(self.client_address[1])
        _send_feed(self, RSS.encode())

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_sources_on_one_host_reuse_its_connection_and_idle_origins_are_let_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One pool per origin: the second request to a host goes over the first one's
    connection (whatever other hosts were asked meanwhile); an origin unused since its
    connections expired is closed at the next look."""
    servers = []
    for _ in range(2):
        handler: type[_KeepAlive] = type("H", (_KeepAlive,), {"peers": []})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append((httpd, handler))
    client = http.make_client(contact="", timeout=5, allow_private=True)
    try:
        urls = [f"http://127.0.0.1:{h.server_address[1]}/feed" for h, _ in servers]
        for _ in range(3):
            for url in urls:
                assert client.get(url).status_code == 200
        for _, handler in servers:
            assert len(handler.peers) == 3 and len(set(handler.peers)) == 1
        shards = client._transport._pool  # type: ignore[attr-defined]  # noqa: SLF001
        assert isinstance(shards, transport._PerOrigin)
        assert len(shards._origins) == 2
        later = time.monotonic() + 10**6
        monkeypatch.setattr(time, "monotonic", lambda: later)
        monkeypatch.setattr(transport, "PRUNE_EVERY", 1)
        assert client.get(urls[0]).status_code == 200  # a look: the other origin is let go
        assert len(shards._origins) == 1
    finally:
        client.close()
        for httpd, _ in servers:
            httpd.shutdown()
            httpd.server_close()


class _KeepAliveEtag(_KeepAlive):
    """HTTP/1.1 with an ETag: a conditional request gets a 304."""

    def do_GET(self) -> None:  # noqa: N802
        type(self).peers.append(self.client_address[1])
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        _send_feed(self, RSS.encode(), ETag='"v1"')


def test_a_304_leaves_its_connection_for_the_next_request(tmp_path: Path, now: datetime) -> None:
    """A not-modified answer is read to its end, so the next poll of the host goes over
    the same connection (each 304 closed it: a third of a 304 pass was connecting)."""
    handler: type[_KeepAlive] = type("H", (_KeepAliveEtag,), {"peers": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/feed"
    hub = Runtime.open(
        load_settings(write_config(tmp_path, f'[s]\nkind = "http"\nurl = "{url}"\n'))
    )
    try:
        [source] = hub.settings.sources
        assert pipeline.update_source(hub, source, now).status == "ok"
        statuses = [pipeline.update_source(hub, source, now).status for _ in range(3)]
        assert statuses == ["not modified"] * 3
        assert len(handler.peers) == 4 and len(set(handler.peers)) == 1
    finally:
        hub.close()
        httpd.shutdown()
        httpd.server_close()
