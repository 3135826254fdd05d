"""Limits a hostile or broken source meets on the wire: a total deadline per request (a
server trickling headers or body, or slow redirect hops, cannot hold a worker), and bounded
decoding (a small compressed body expanding to gigabytes costs memory near the size cap,
measured in a child process)."""

from __future__ import annotations

import gzip
import json
import random
import socket
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.errors import FetchError
from feedhub.models import CacheInfo
from feedhub.models import Fetched
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.models import UpdateResult
from feedhub.runtime import Runtime
from feedhub.sources import http
from tests.conftest import ROOT
from tests.conftest import FeedServer
from tests.conftest import write_config

TICK = 0.2  # seconds between two bytes of a trickling answer
DEADLINE = 1.5  # fetch_deadline of these tests; fetch_timeout is larger, and each read quick
GUARD = 30.0  # a fetch still running after this has no total deadline: the test fails


# --- the deadline -------------------------------------------------------------------------


class Trickler:
    """A loopback HTTP server for slow answers, on a bare socket: for each request,
    `answer(path)` gives (prompt, trickle); `prompt` is sent at once, then `trickle` one
    byte per TICK (an endless one: until the client hangs up). One request per connection.

    Records the paths asked, the trickled bytes sent, and whether a client hung up on it.
    """

    def __init__(self, answer: Callable[[str], tuple[bytes, Iterable[int]]]) -> None:
        self.answer = answer
        self.paths: list[str] = []
        self.sent = 0
        self.hung_up = threading.Event()
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        """Stop trickling and close every connection (a client still waiting gets EOF)."""
        self.stop.set()
        self.listener.close()
        for conn in self.conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return  # closed
            self.conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                data = conn.recv(4096)
                if not data:
                    return
                request += data
            path = request.split(b" ")[1].decode()
            self.paths.append(path)
            prompt, trickle = self.answer(path)
            try:
                conn.sendall(prompt)
                for byte in trickle:
                    if self.stop.wait(TICK):
                        return
                    conn.sendall(bytes([byte]))
                    self.sent += 1
            except OSError:  # EPIPE or ECONNRESET: the client closed the connection
                self.hung_up.set()


def forever(byte: bytes) -> Iterator[int]:
    while True:
        yield byte[0]


@pytest.fixture
def trickler() -> Iterator[Callable[[Callable[[str], tuple[bytes, Iterable[int]]]], Trickler]]:
    made: list[Trickler] = []

    def make(answer: Callable[[str], tuple[bytes, Iterable[int]]]) -> Trickler:
        made.append(Trickler(answer))
        return made[-1]

    yield make
    for t in made:
        t.close()


def _poll_guarded(tmp_path: Path, url: str) -> UpdateResult:
    """Poll a source at `url` through the pipeline (fetch_deadline = DEADLINE, a larger
    fetch_timeout) in a thread; fails the test if the poll still runs after GUARD."""
    cfg = write_config(
        tmp_path,
        f'[slow]\nkind = "http"\nurl = "{url}"\n',
        extra_service=f"fetch_timeout = 10\nfetch_deadline = {DEADLINE}",
    )
    hub = Runtime.open(load_settings(cfg))
    [source] = hub.settings.sources
    done: list[UpdateResult] = []
    worker = threading.Thread(
        target=lambda: done.append(pipeline.update_source(hub, source, pipeline.now_utc())),
        daemon=True,
    )
    worker.start()
    worker.join(GUARD)
    if worker.is_alive():
        pytest.fail(f"the poll still ran after {GUARD:g} s: nothing bounds the whole request")
    hub.close()
    return done[0]


DEADLINE_MESSAGE = f"no complete response within {DEADLINE:g} s (fetch_deadline)"


def test_a_server_trickling_its_headers_is_cut_off_at_the_deadline(
    tmp_path: Path, trickler: Callable[..., Trickler]
) -> None:
    # the status line at once, then one byte of an endless header line per TICK
    server = trickler(lambda path: (b"HTTP/1.1 200 OK\r\nX-Slow: ", forever(b"a")))
    result = _poll_guarded(tmp_path, server.url("/feed"))
    assert result.error is not None and DEADLINE_MESSAGE in result.error
    assert server.hung_up.wait(10)  # the connection was closed, not left trickling
    assert server.sent > 0  # every single read was quick: fetch_timeout never tripped


def test_a_server_trickling_its_body_is_cut_off_at_the_deadline(
    tmp_path: Path, trickler: Callable[..., Trickler]
) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
        b"Content-Length: 1000000\r\n\r\n<?xml version='1.0'?><rss version='2.0'>"
    )
    server = trickler(lambda path: (head, forever(b" ")))
    result = _poll_guarded(tmp_path, server.url("/feed"))
    assert result.error is not None and DEADLINE_MESSAGE in result.error
    assert server.hung_up.wait(10)
    assert server.sent > 0


def test_the_deadline_covers_all_redirect_hops_together(
    tmp_path: Path, trickler: Callable[..., Trickler]
) -> None:
    """Four hops of about a second each (each within the deadline, together not) before
    the feed: the feed is never asked for."""

    def answer(path: str) -> tuple[bytes, Iterable[int]]:
        if path == "/feed":
            body = b"<rss version='2.0'><channel><title>T</title></channel></rss>"
            return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body), b""
        n = int(path.removeprefix("/hop"))
        target = f"/hop{n + 1}" if n < 3 else "/feed"
        head = f"HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n"
        return (head + "Connection: close\r\nX-Pad: ").encode(), b"a\r\n\r\n"

    server = trickler(answer)
    result = _poll_guarded(tmp_path, server.url("/hop0"))
    assert result.error is not None and DEADLINE_MESSAGE in result.error
    assert "/feed" not in server.paths


# --- bounded decoding ---------------------------------------------------------------------

CAP = 10 * 1024 * 1024  # max_bytes of the bomb fetches
# Peak RSS a fetch may add over the child's baseline (measured after a warm-up fetch): the
# body read up to the cap, plus decoder state (brotli's window: 16 MiB for this bomb) and
# slack. Measured: 10 MiB for gzip and deflate, 26 MiB for brotli; decoding a whole network
# read at once added 128 MiB for gzip and deflate and 2 GiB for brotli.
GROWTH_BOUND = CAP + 24 * 1024 * 1024

# ru_maxrss would not do: Linux carries the parent's peak over fork and exec into it
CHILD = """
import json, re, sys
from feedhub.errors import FetchError
from feedhub.models import CacheInfo, Source, SourceKind
from feedhub.sources import http

warm_up, url, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = http.make_client(contact="", timeout=30, allow_private=True)

def fetch(url):
    source = Source(id="bomb", kind=SourceKind.HTTP, name="bomb", url=url)
    try:
        http.fetch(client, source, CacheInfo(), max_bytes=cap, deadline=120)
    except FetchError as e:
        return e.message
    return None

def peak():  # this process's peak resident set, in bytes
    with open("/proc/self/status") as f:
        return int(re.search(r"VmHWM:\\s*(\\d+) kB", f.read()).group(1)) * 1024

assert fetch(warm_up) is None
before = peak()
error = fetch(url)
print(json.dumps({"error": error, "before": before, "after": peak()}))
"""


def _zeros(size: int) -> Iterator[bytes]:
    chunk = bytes(1 << 20)
    for _ in range(size >> 20):
        yield chunk


def brotli_bomb(size: int) -> bytes:
    # quality 5 with a 16 MiB window: about as small as quality 11, in a second not a minute
    compressor = brotli.Compressor(quality=5, lgwin=24)
    bomb: bytes = b"".join(compressor.process(c) for c in _zeros(size)) + compressor.finish()
    return bomb


def zlib_bomb(size: int, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join(compressor.compress(c) for c in _zeros(size)) + compressor.flush()


BOMBS = {
    "br": lambda: brotli_bomb(1 << 30),  # the issue's: 1 GiB of zeros in < 1 KB
    "gzip": lambda: zlib_bomb(256 << 20, 16 + zlib.MAX_WBITS),
    "deflate": lambda: zlib_bomb(256 << 20, zlib.MAX_WBITS),
}


@pytest.mark.parametrize("coding", list(BOMBS))
def test_a_decompression_bomb_costs_memory_near_the_size_cap(
    feed_server: FeedServer, coding: str
) -> None:
    bomb = BOMBS[coding]()
    assert len(bomb) < CAP  # the declared size passes: only decoding can catch it
    url = feed_server.add("/bomb", bomb, "application/rss+xml")
    feed_server.routes["/bomb"].headers["Content-Encoding"] = coding
    warm_up = feed_server.add("/small", gzip.compress(b"<rss/>" * 100), "application/rss+xml")
    feed_server.routes["/small"].headers["Content-Encoding"] = "gzip"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, warm_up, url, str(CAP)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert child.returncode == 0, child.stderr
    got = json.loads(child.stdout)
    assert got["error"] == f"response exceeds {CAP} bytes (decoded)"
    growth = got["after"] - got["before"]
    assert growth < GROWTH_BOUND, (
        f"peak RSS grew by {growth >> 20} MiB over a baseline of {got['before'] >> 20} MiB"
    )


def _fetch(url: str, max_bytes: int = CAP) -> Fetched:
    client = http.make_client(contact="", timeout=10, allow_private=True)
    with client:
        source = Source(id="wire", kind=SourceKind.HTTP, name="wire", url=url)
        result = http.fetch(client, source, CacheInfo(), max_bytes=max_bytes, deadline=30)
    assert isinstance(result, Fetched)
    return result


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _feed(items: int) -> bytes:
    """An RSS document of `items` items with incompressible-ish text: a big one spans many
    network reads and decoding steps."""
    rng = random.Random(items)
    body = "".join(
        f"<item><guid>g{i}</guid><title>{rng.randbytes(48).hex()}</title></item>"
        for i in range(items)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel>{body}</channel></rss>".encode()


@pytest.mark.parametrize("items", [1, 3000])
@pytest.mark.parametrize(
    ("header", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", _raw_deflate),  # what some servers send as deflate
        ("br", lambda b: brotli.compress(b, quality=5)),
        ("gzip, br", lambda b: brotli.compress(gzip.compress(b), quality=5)),
        ("identity", lambda b: b),
        ("", lambda b: b),
    ],
)
def test_each_accepted_coding_is_decoded(
    feed_server: FeedServer, header: str, encode: Callable[[bytes], bytes], items: int
) -> None:
    document = _feed(items)
    url = feed_server.add("/feed", encode(document), "application/rss+xml")
    if header:
        feed_server.routes["/feed"].headers["Content-Encoding"] = header
    assert _fetch(url).content == document
    assert feed_server.requests[-1].headers["accept-encoding"] == "gzip, deflate, br"


def test_an_unknown_coding_or_undecodable_body_is_named(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed", b"(zstd frames)", "application/rss+xml")
    feed_server.routes["/feed"].headers["Content-Encoding"] = "zstd"
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'zstd'"):
        _fetch(url)
    feed_server.routes["/feed"].headers["Content-Encoding"] = "gzip"
    with pytest.raises(FetchError, match=r"cannot decode the body \(Content-Encoding: gzip\)"):
        _fetch(url)


def test_an_error_page_is_decoded_the_same_way(feed_server: FeedServer) -> None:
    page = b"<html><head><title>Just a moment...</title></head><body><div id='cf-chl-widget'>"
    url = feed_server.add("/feed", brotli.compress(page), "text/html", 403)
    feed_server.routes["/feed"].headers["Content-Encoding"] = "br"
    with pytest.raises(FetchError, match=r"HTTP 403 Forbidden: blocked by .* \(Cloudflare\)"):
        _fetch(url)


def test_what_follows_the_compressed_stream_is_ignored(feed_server: FeedServer) -> None:
    document = _feed(1)
    url = feed_server.add("/feed", gzip.compress(document) + bytes(200_000))
    feed_server.routes["/feed"].headers["Content-Encoding"] = "gzip"
    assert _fetch(url).content == document


def test_a_body_without_a_length_is_capped_as_sent(trickler: Callable[..., Trickler]) -> None:
    response = b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + bytes(200_000)
    server = trickler(lambda path: (response, b""))
    with pytest.raises(FetchError, match="response exceeds 65536 bytes \\(as sent\\)"):
        _fetch(server.url("/feed"), max_bytes=65536)
