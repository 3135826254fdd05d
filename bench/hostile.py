"""Hostile-input benchmark: what hostile input costs feedhub, measured.

    .venv/bin/python bench/hostile.py [--only PART [PART ...]] [--cap MIB] [--deadline S]
                                      [--timeout S] [--depth N] [--unbounded-depths N,N]
                                      [--entries N] [--repeat N]

PART is bombs, trickle, nesting or feed (default: all four, in that order; about 75 s
on two cores). Every figure is printed with, where there is a peer or a limit,
its ratio to that peer or limit measured in the same run; a summary table ends the run.
The 1-minute load average is printed at the start and the end: the timings (not the
memory figures) read differently on a machine busy with other work.
No targets: the bounds themselves are asserted by tests/test_fetch_limits.py and
tests/test_bounded_work.py; this shows what they cost and what they save.

bombs    A brotli body of 1 GiB of zeros (809 bytes as sent) and a gzip body of 256 MiB
         of zeros (255 KiB), served from a loopback HTTP server with their
         Content-Encoding. Each is fetched in a child process of its own (so that its
         peak RSS is its own; MALLOC_ARENA_MAX=2 as scripts/run sets it, unless the
         environment sets it) with --cap (10 MiB, the default max_response_bytes):
           feedhub  http.fetch(make_client(...), ..., max_bytes=cap): decoding.py decodes
                    as it reads and stops past the cap
           httpx    plain httpx.Client, client.stream("GET") and response.iter_bytes()
                    (httpx's own decoders) with the same cap counted on the decoded
                    chunks: what feedhub did before issue 12
         Peak RSS growth is VmHWM (/proc/self/status) after the bomb minus VmHWM after a
         warm-up fetch of a small body in the same coding, as tests/test_fetch_limits.py
         measures it. Printed: growth, its ratio to the cap, the peer's growth and its
         ratio to feedhub's.
trickle  A bare-socket loopback server answers one byte every 0.2 s, forever: in the
         headers (a status line, then an endless header line) and in the body (headers
         with Content-Length 1,000,000, then the body). feedhub's http.fetch with
         fetch_timeout --timeout (20 s: every single read is quick, so it never trips) and
         fetch_deadline --deadline (2 s): time until the FetchError and its ratio to the
         deadline. At the same time, as the peer, a plain httpx.Client with the same
         timeout reads the same trickle; it is given up on after 3 deadlines.
nesting  normalize.normalize_entry on an entry whose content is --depth (50,000) nested
         <div>, each opening with one word, against an entry with the same text and the
         same <div>s side by side (the same characters, flat); best of --repeat. Then
         what the HTML sanitiser costs without the bound: normalize.sanitize_html (the
         nh3.clean call as it is made; normalize_entry bounds its input first) on the
         same nested markup at --unbounded-depths (10,000 and 20,000; once each: never
         at 50,000), with the growth from one depth to the next against the square
         law's, and the cost at --depth extrapolated from the deepest run, by the square
         law and by the growth measured between the two deepest runs (the larger).
feed     An RSS document of --entries (100,000) items (guid, title, pubDate: 9.5 MB,
         under the default max_response_bytes of 10 MiB), polled once with
         pipeline.update_source against a loopback HTTP source on a fresh SQLite Runtime
         (Settings built by hand as bench/ingest.py does; defaults: max_entries_per_poll
         500, ingest_batch 200), in a child process after a warm-up poll of a three-item
         feed (language model loaded, caches warm). Printed: the poll's time, entries
         stored, the poll's peak RSS growth; and, as the peer, the same bytes through
         feedparser.parse as sources/parse.py calls it (sanitize_html and
         resolve_relative_uris off), in a child process of its own: its time, its peak
         RSS growth, and the poll's ratios to both. The parse dominates the poll
         (issue 15 will address it).
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import math
import os
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import brotli
import feedparser
import httpx

from feedhub import normalize
from feedhub import pipeline
from feedhub.errors import FetchError
from feedhub.models import CacheInfo
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import ServiceSettings
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from feedhub.sources import http

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("bombs", "trickle", "nesting", "feed")
MIB = 1 << 20
TICK = 0.2  # seconds between two trickled bytes
PEER_GUARD = 3.0  # the trickle peer is given up on after this many deadlines
CHILD_TIMEOUT = 600.0
WORDS = (
    "Die Stadt berät über den neuen Haushalt und die Reform der Verwaltung, sagte der"
    " Bürgermeister am Montag im Rathaus"
).split()
SECTIONS = (
    Section("politik", "Politik", categories=("politik",)),
    Section("welt", "Welt", categories=("ausland",)),
)
T0 = datetime(2025, 8, 1, tzinfo=UTC)


class BenchError(Exception):
    """Something that stops the benchmark, with a message for the operator."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the summary table."""

    what: str
    got: str
    against: str = ""
    ratio: str = ""


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 else "-"


def mib(n: float) -> str:
    return f"{n / MIB:.1f} MiB"


def load() -> str:
    """The 1-minute load average: timings on a busy machine read differently."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "-"


def peak_rss() -> int:
    """This process's peak resident set in bytes (VmHWM; ru_maxrss where /proc is missing,
    which on Linux would carry the parent's peak over fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            found = re.search(r"VmHWM:\s*(\d+) kB", f.read())
    except OSError:
        found = None
    if found is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return int(found.group(1)) * 1024


# --- a loopback HTTP server for fixed bodies ------------------------------------------


class BodyServer:
    """Serves `routes[path] = (body, headers)` on 127.0.0.1; a client hanging up early
    (as both bomb readers do) is not an error."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, dict[str, str]]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                body, headers = routes.get(self.path, (b"", {}))
                self.send_response(200 if self.path in routes else 404)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a reader that stopped early: its connection reset

        self.httpd = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add(self, path: str, body: bytes, **headers: str) -> str:
        self.routes[path] = (body, {"Content-Type": "application/rss+xml", **headers})
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def run_child(kind: str, *args: str) -> dict[str, Any]:
    """Run this file with --child kind args in a fresh process; its last stdout line is
    JSON."""
    env = {"MALLOC_ARENA_MAX": "2", **os.environ}
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
            cwd=ROOT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise BenchError(f"child {kind} did not finish within {CHILD_TIMEOUT:.0f} s") from e
    if done.returncode != 0 or not done.stdout.strip():
        tail = "\n".join(done.stderr.splitlines()[-20:])
        raise BenchError(f"child {kind} failed (status {done.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


# --- 1. decompression bombs -----------------------------------------------------------


def _zeros(size: int) -> Iterator[bytes]:
    chunk = bytes(MIB)
    for _ in range(size // MIB):
        yield chunk


def brotli_bomb(size: int) -> bytes:
    # quality 5 with a 16 MiB window: about as small as quality 11, in a second not a minute
    compressor = brotli.Compressor(quality=5, lgwin=24)
    bomb: bytes = b"".join(compressor.process(c) for c in _zeros(size)) + compressor.finish()
    return bomb


def gzip_bomb(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return b"".join(compressor.compress(c) for c in _zeros(size)) + compressor.flush()


BOMBS: dict[str, tuple[int, Callable[[int], bytes], Callable[[bytes], bytes]]] = {
    # coding: decoded size, bomb maker, how a small warm-up body is encoded
    "br": (1 << 30, brotli_bomb, lambda b: brotli.compress(b, quality=5)),
    "gzip": (256 << 20, gzip_bomb, lambda b: zlib.compress(b, wbits=16 + zlib.MAX_WBITS)),
}
BOMB_PEERS = ("feedhub", "httpx")


def child_bomb(peer: str, url: str, warm_up: str, cap: int) -> dict[str, Any]:
    """In the child: fetch `warm_up`, then the bomb at `url`, the way `peer` reads."""
    get: Callable[[str], str | None]
    if peer == "feedhub":
        client = http.make_client(contact="", timeout=30, allow_private=True)

        def get(u: str) -> str | None:
            source = Source(id="bomb", kind=SourceKind.HTTP, name="bomb", url=u)
            try:
                http.fetch(client, source, CacheInfo(), max_bytes=cap, deadline=120)
            except FetchError as e:
                return e.message
            return None

    else:
        plain = httpx.Client(timeout=30)

        def get(u: str) -> str | None:
            # feedhub's _read_capped before issue 12: httpx decodes, the cap counts
            chunks: list[bytes] = []
            size = 0
            with plain.stream("GET", u) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        return f"response exceeds {cap} bytes (decoded), {size} in hand"
                    chunks.append(chunk)
            return None

    warm = get(warm_up)
    before = peak_rss()
    started = time.perf_counter()
    error = get(url)
    seconds = time.perf_counter() - started
    return {"warm": warm, "error": error, "before": before, "after": peak_rss(), "s": seconds}


def bench_bombs(cap: int, rows: list[Row]) -> None:
    server = BodyServer()
    try:
        for coding, (size, make, encode) in BOMBS.items():
            started = time.perf_counter()
            bomb = make(size)
            made = time.perf_counter() - started
            url = server.add(f"/bomb.{coding}", bomb, **{"Content-Encoding": coding})
            small = encode(b"<rss version='2.0'><channel></channel></rss>" * 100)
            warm = server.add(f"/small.{coding}", small, **{"Content-Encoding": coding})
            label = f"{coding} bomb {size // MIB} MiB"
            print(
                f"{label}: {len(bomb):,} bytes as sent, {size:,} decoded"
                f" (made in {made:.1f} s); cap {mib(cap)}"
            )
            growth: dict[str, int] = {}
            for peer in BOMB_PEERS:
                print(f"running   {coding} bomb, {peer} ...", file=sys.stderr, flush=True)
                got = run_child("bomb", peer, url, warm, str(cap))
                if got["warm"] is not None:
                    raise BenchError(f"{peer}: the warm-up fetch failed: {got['warm']}")
                growth[peer] = got["after"] - got["before"]
                print(
                    f"  {peer:<8} peak RSS +{mib(growth[peer]):>10} over {mib(got['before'])}"
                    f" ({ratio(growth[peer], cap)} the cap), {got['s']:.2f} s:"
                    f" {got['error'] or 'no error'}"
                )
            print(f"  httpx / feedhub: {ratio(growth['httpx'], growth['feedhub'])}")
            cap_text = f"cap {mib(cap)}"
            rows.append(
                Row(
                    f"{label}: feedhub RSS growth",
                    mib(growth["feedhub"]),
                    cap_text,
                    ratio(growth["feedhub"], cap),
                )
            )
            rows.append(
                Row(
                    f"{label}: httpx iter_bytes growth",
                    mib(growth["httpx"]),
                    f"feedhub {mib(growth['feedhub'])}",
                    ratio(growth["httpx"], growth["feedhub"]),
                )
            )
            del bomb
    finally:
        server.close()


# --- 2. trickling server --------------------------------------------------------------


class Trickler:
    """A loopback server on a bare socket: to every request it sends `prompt` at once,
    then one byte of `fill` per TICK, until the client hangs up or close()."""

    def __init__(self, prompt: bytes, fill: bytes) -> None:
        self.prompt = prompt
        self.fill = fill
        self.sent = 0
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/feed"

    def close(self) -> None:
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
            try:
                while b"\r\n\r\n" not in request:
                    data = conn.recv(4096)
                    if not data:
                        return
                    request += data
                conn.sendall(self.prompt)
                while not self.stop.wait(TICK):
                    conn.sendall(self.fill)
                    self.sent += 1
            except OSError:
                return  # the client hung up


TRICKLES = {
    "headers": (b"HTTP/1.1 200 OK\r\nX-Slow: ", b"a"),
    "body": (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
        b"Content-Length: 1000000\r\n\r\n<?xml version='1.0'?><rss version='2.0'>",
        b" ",
    ),
}


def _plain_read(url: str, timeout: float, outcome: list[str]) -> None:
    try:
        with httpx.Client(timeout=timeout) as client:
            client.get(url)
        outcome.append("a response")
    except Exception as e:
        outcome.append(f"{type(e).__name__}")


def bench_trickle(deadline: float, timeout: float, rows: list[Row]) -> None:
    guard = PEER_GUARD * deadline
    for case, (prompt, fill) in TRICKLES.items():
        print(f"running   trickled {case} ...", file=sys.stderr, flush=True)
        server = Trickler(prompt, fill)
        client = http.make_client(contact="", timeout=timeout, allow_private=True)
        source = Source(id="slow", kind=SourceKind.HTTP, name="slow", url=server.url)
        outcome: list[str] = []
        peer = threading.Thread(
            target=_plain_read, args=(server.url, timeout, outcome), daemon=True
        )
        try:
            started = time.perf_counter()
            peer.start()
            try:
                http.fetch(client, source, CacheInfo(), max_bytes=10 * MIB, deadline=deadline)
                message = "no error"
            except FetchError as e:
                message = e.message
            took = time.perf_counter() - started
            peer.join(max(guard - (time.perf_counter() - started), 0))
            peer_took = time.perf_counter() - started
            peer_done = not peer.is_alive()
            sent = server.sent
        finally:
            client.close()
            server.close()
            peer.join(5)
        print(
            f"trickled {case}: feedhub FetchError after {took:.2f} s"
            f" ({ratio(took, deadline)} fetch_deadline {deadline:g} s, fetch_timeout"
            f" {timeout:g} s): {message}"
        )
        if peer_done:
            peer_text = f"{peer_took:.2f} s"
            print(f"  plain httpx (timeout {timeout:g} s) ended after {peer_text}: {outcome}")
        else:
            peer_text = f"> {peer_took:.1f} s"
            print(
                f"  plain httpx (timeout {timeout:g} s) still reading after {peer_took:.1f} s"
                f" (every read within its timeout), given up; {sent} bytes trickled in all"
            )
        rows.append(
            Row(
                f"trickled {case}: feedhub until FetchError",
                f"{took:.2f} s",
                f"deadline {deadline:g} s",
                ratio(took, deadline),
            )
        )
        rows.append(
            Row(
                f"trickled {case}: plain httpx",
                peer_text,
                f"deadline {deadline:g} s",
                ("> " if not peer_done else "") + ratio(peer_took, deadline),
            )
        )


# --- 3. deeply nested HTML ------------------------------------------------------------

FEED = ParsedFeed(None, None, "de", (), "rss20", "https://x.example/feed")
NESTED_SOURCE = Source("deep", SourceKind.HTTP, "deep", url="https://x.example/feed")


def _entry(content: str) -> RawEntry:
    return RawEntry(
        guid="deep-1",
        link="https://x.example/deep",
        title="Tief verschachtelt",
        title_is_html=False,
        summary=None,
        content=content,
        published=T0,
        updated=None,
    )


def nested(depth: int) -> str:
    return "".join(f"<div>{WORDS[i % len(WORDS)]} " for i in range(depth)) + "</div>" * depth


def flat(depth: int) -> str:
    return "".join(f"<div>{WORDS[i % len(WORDS)]} </div>" for i in range(depth))


def best_of(repeat: int, call: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def bench_nesting(depth: int, unbounded: list[int], repeat: int, rows: list[Row]) -> None:
    print("running   nested HTML ...", file=sys.stderr, flush=True)
    normalize.normalize_entry(
        _entry("<p>Ein kurzer Text lädt das Sprachmodell.</p>"), FEED, NESTED_SOURCE, ()
    )
    deep, wide = nested(depth), flat(depth)
    times: dict[str, float] = {}
    for name, content in (("nested", deep), ("flat", wide)):
        entry = _entry(content)
        times[name] = best_of(
            repeat, functools.partial(normalize.normalize_entry, entry, FEED, NESTED_SOURCE, ())
        )
    print(
        f"normalize_entry, {depth:,} <div> ({len(deep):,} characters each), best of {repeat}:"
        f" nested {times['nested'] * 1000:.0f} ms, flat {times['flat'] * 1000:.0f} ms,"
        f" nested / flat {ratio(times['nested'], times['flat'])}"
    )
    rows.append(
        Row(
            f"{depth // 1000}k nested <div>: normalize_entry",
            f"{times['nested'] * 1000:.0f} ms",
            f"flat {times['flat'] * 1000:.0f} ms",
            ratio(times["nested"], times["flat"]),
        )
    )
    measured: list[tuple[int, float]] = []
    for d in unbounded:
        print(f"running   unbounded sanitiser, {d:,} nested ...", file=sys.stderr, flush=True)
        content = nested(d)
        started = time.perf_counter()
        normalize.sanitize_html(content, FEED.base_url)
        measured.append((d, time.perf_counter() - started))
    for i, (d, s) in enumerate(measured):
        growth = ""
        if i:
            d0, s0 = measured[i - 1]
            growth = f"; x{s / s0:.1f} for x{d / d0:g} the depth (square law: x{(d / d0) ** 2:.1f})"
        print(f"  sanitize_html without the bound (nh3.clean), {d:,} nested: {s:.2f} s{growth}")
        if i:
            rows.append(
                Row(
                    f"nh3.clean unbounded, {d // 1000}k nested",
                    f"{s:.2f} s",
                    f"{d0 // 1000}k {s0:.2f} s",
                    ratio(s, s0),
                )
            )
        else:
            rows.append(Row(f"nh3.clean unbounded, {d // 1000}k nested", f"{s:.2f} s"))
    if measured:
        d, s = measured[-1]
        square = s * (depth / d) ** 2
        # the growth measured between the two deepest runs, where there are two
        power = 2.0
        if len(measured) > 1 and measured[-2][1] > 0:
            d0, s0 = measured[-2]
            power = max(math.log(s / s0) / math.log(d / d0), 2.0)
        estimate = s * (depth / d) ** power
        print(
            f"  at {depth:,} (not run, extrapolated from {d:,}): about {square:.0f} s by the"
            f" square law, about {estimate:.0f} s by the growth measured here (depth^{power:.2f});"
            f" {ratio(estimate, times['nested'])} the bounded normalize_entry"
        )
        rows.append(
            Row(
                f"nh3.clean unbounded, {depth // 1000}k (extrapolated)",
                f"~{estimate:.0f} s",
                f"bounded {times['nested'] * 1000:.0f} ms",
                ratio(estimate, times["nested"]),
            )
        )


# --- 4. a 100,000-entry feed ----------------------------------------------------------


def huge_feed(n: int) -> bytes:
    items = "".join(
        f"<item><guid>{i}</guid><title>Meldung {i}</title>"
        f"<pubDate>{(T0 + timedelta(minutes=i)).strftime('%Y-%m-%dT%H:%MZ')}</pubDate></item>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>https://x.example/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def child_poll(url: str, warm_url: str, db: str) -> dict[str, Any]:
    """In the child: a fresh SQLite Runtime, a warm-up poll, then the huge feed's poll."""
    sources = tuple(
        Source(sid, SourceKind.HTTP, sid, url=u, section="politik", allow_private=True)
        for sid, u in (("warm", warm_url), ("huge", url))
    )
    service = ServiceSettings(
        database_url=f"sqlite:///{db}", base_url="https://bench.example/", host_interval=0.0
    )
    hub = Runtime.open(Settings("bench", service, SECTIONS, sources))
    try:
        warm = pipeline.update_source(hub, sources[0], pipeline.now_utc())
        if warm.error:
            raise BenchError(f"the warm-up poll failed: {warm.error}")
        before = peak_rss()
        started = time.perf_counter()
        r = pipeline.update_source(hub, sources[1], pipeline.now_utc())
        seconds = time.perf_counter() - started
        after = peak_rss()
    finally:
        hub.close()
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles WHERE source_id = 'huge'")
        rows = int(stored.fetchone()[0])
    return {
        "s": seconds,
        "before": before,
        "after": after,
        "error": r.error,
        "seen": r.seen,
        "new": r.new,
        "dupes": r.dupes,
        "updated": r.updated,
        "stored": rows,
        "per_poll": service.max_entries_per_poll,
        "batch": service.ingest_batch,
    }


def _feedparser(data: bytes, url: str) -> Any:
    headers = {"content-type": "application/rss+xml", "content-location": url}
    return feedparser.parse(
        io.BytesIO(data),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )


def child_parse(path: str, url: str) -> dict[str, Any]:
    """In the child: feedparser.parse on the file's bytes, as sources/parse.py calls it."""
    data = Path(path).read_bytes()
    _feedparser(huge_feed(3), url)
    before = peak_rss()
    started = time.perf_counter()
    entries = len(_feedparser(data, url).entries)
    seconds = time.perf_counter() - started
    return {"s": seconds, "before": before, "after": peak_rss(), "entries": entries}


def bench_feed(entries: int, rows: list[Row]) -> None:
    data = huge_feed(entries)
    limit = ServiceSettings(database_url="sqlite://").max_response_bytes
    print(
        f"feed: {entries:,} items, {len(data) / 1e6:.1f} MB ({ratio(len(data), limit)} the"
        f" max_response_bytes of {mib(limit)})"
    )
    server = BodyServer()
    try:
        with tempfile.TemporaryDirectory(prefix="feedhub-hostile-bench-") as tmp:
            path = Path(tmp) / "huge.xml"
            path.write_bytes(data)
            url = server.add("/huge.xml", data)
            warm = server.add("/warm.xml", huge_feed(3))
            print("running   poll of the huge feed ...", file=sys.stderr, flush=True)
            poll = run_child("poll", url, warm, str(Path(tmp) / "bench.sqlite"))
            print("running   feedparser.parse on the same bytes ...", file=sys.stderr, flush=True)
            parse = run_child("parse", str(path), url)
    finally:
        server.close()
    if poll["error"]:
        print(f"  the poll failed: {poll['error']}")
    poll_growth = poll["after"] - poll["before"]
    parse_growth = parse["after"] - parse["before"]
    print(
        f"  update_source (max_entries_per_poll {poll['per_poll']}, ingest_batch"
        f" {poll['batch']}): {poll['s']:.2f} s, {poll['seen']:,} entries seen,"
        f" {poll['stored']} stored (new {poll['new']}, duplicates {poll['dupes']}, updated"
        f" {poll['updated']}); peak RSS +{mib(poll_growth)} over {mib(poll['before'])}"
    )
    print(
        f"  feedparser.parse alone: {parse['s']:.2f} s, {parse['entries']:,} entries;"
        f" peak RSS +{mib(parse_growth)} over {mib(parse['before'])}"
    )
    print(
        f"  poll / parse: time {ratio(poll['s'], parse['s'])},"
        f" RSS growth {ratio(poll_growth, parse_growth)}"
    )
    k = f"{entries // 1000}k"
    rows.append(
        Row(
            f"{k}-entry feed: poll ({poll['stored']} stored)",
            f"{poll['s']:.2f} s",
            f"feedparser {parse['s']:.2f} s",
            ratio(poll["s"], parse["s"]),
        )
    )
    rows.append(
        Row(
            f"{k}-entry feed: poll RSS growth",
            mib(poll_growth),
            f"feedparser {mib(parse_growth)}",
            ratio(poll_growth, parse_growth),
        )
    )


# --- report ---------------------------------------------------------------------------


def print_table(rows: Iterable[Row]) -> None:
    rows = list(rows)
    if not rows:
        return
    w = max(len(r.what) for r in rows)
    g = max(len(r.got) for r in rows)
    a = max(len(r.against) for r in rows)
    print()
    print(f"{'summary':<{w}}  {'measured':>{g}}  {'against':<{a}}  ratio")
    for r in rows:
        print(f"{r.what:<{w}}  {r.got:>{g}}  {r.against:<{a}}  {r.ratio}".rstrip())


def child_main(kind: str, args: list[str]) -> int:
    if kind == "bomb":
        got = child_bomb(args[0], args[1], args[2], int(args[3]))
    elif kind == "poll":
        got = child_poll(args[0], args[1], args[2])
    elif kind == "parse":
        got = child_parse(args[0], args[1])
    else:
        print(f"error: unknown child {kind}", file=sys.stderr)
        return 2
    print(json.dumps(got))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--only",
        nargs="+",
        choices=PARTS,
        default=list(PARTS),
        metavar="PART",
        help=f"run these parts only ({', '.join(PARTS)})",
    )
    ap.add_argument("--cap", type=float, default=10.0, help="max_bytes of the bomb fetches, MiB")
    ap.add_argument("--deadline", type=float, default=2.0, help="fetch_deadline, seconds")
    ap.add_argument("--timeout", type=float, default=20.0, help="fetch_timeout, seconds")
    ap.add_argument("--depth", type=int, default=50_000, help="nesting of the bounded entry")
    ap.add_argument(
        "--unbounded-depths",
        default="10000,20000",
        help="nesting depths the unbounded sanitiser runs at",
    )
    ap.add_argument("--entries", type=int, default=100_000, help="items of the huge feed")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the cheap timings; best counts")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child_main(args.child[0], args.child[1:])
    try:
        unbounded = [int(d) for d in args.unbounded_depths.split(",") if d.strip()]
    except ValueError:
        ap.error("--unbounded-depths: comma-separated integers")
    if min([args.depth, args.entries, args.repeat, *unbounded]) < 1:
        ap.error("--depth, --entries, --repeat and --unbounded-depths must be >= 1")
    if args.cap <= 0 or args.deadline <= 0 or args.timeout <= 0:
        ap.error("--cap, --deadline and --timeout must be > 0")

    started = time.perf_counter()
    print(
        f"machine   {os.cpu_count()} CPUs, load average {load()}, Python"
        f" {sys.version.split()[0]}, httpx {httpx.__version__}, feedparser"
        f" {feedparser.__version__}"
    )
    rows: list[Row] = []
    try:
        for part in PARTS:
            if part not in args.only:
                continue
            print()
            if part == "bombs":
                bench_bombs(int(args.cap * MIB), rows)
            elif part == "trickle":
                bench_trickle(args.deadline, args.timeout, rows)
            elif part == "nesting":
                bench_nesting(args.depth, unbounded, args.repeat, rows)
            else:
                bench_feed(args.entries, rows)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print_table(rows)
    print(f"\nwhole run {time.perf_counter() - started:.0f} s, load average now {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
