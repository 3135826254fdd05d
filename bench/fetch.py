"""Fetch benchmark: polite polling of many HTTP sources, feedhub against lemon24/reader.

    .venv/bin/python bench/fetch.py [--sources N] [--entries N] [--hosts N] [--workers W]
                                    [--host-connections C] [--host-interval S]
                                    [--host-delay-factor F]
                                    [--parse-processes N] [--cache-mb MB]
                                    [--nginx-workers N] [--seed N] [--keep]
                                    [--profile DIR] [--trace-memory]

Needs nginx and lemon24/reader: `scripts/bench fetch [ARGS]` installs both. To see where
feedhub's time goes, `--profile DIR` records each of its passes with py-spy (folded stacks
in DIR/feedhub-passN.txt, for flamegraph.pl or speedscope); `--trace-memory` lists its
largest allocation sites after pass 1 (tracemalloc: slow, and its RSS is then not
comparable). feedhub's CPU seconds include its parse worker processes, and the memory line
adds the RSS and PSS of its whole process tree.

Setup (not timed): --sources RSS 2.0 files of --entries items each (distinct German-like
texts of 60-150 words, unique guids and links, pubDates spread over a month; the same
files for the same --seed), served by nginx from a temporary docroot (etag on,
if_modified_since exact, access_log to a file the bench reads afterwards). The sources are
spread over --hosts loopback addresses 127.0.0.2, 127.0.0.3, ..., 127.0.0.254,
127.0.1.2, ... (Linux routes all of 127/8 to lo), source i on host i % hosts, so that the
per-host politeness limits pace each host rather than the whole run. A pass over S
sources on H hosts takes at least (S/H - 1) x host_interval (default 0.25 s: 1.75 s for
2000 sources on 250 hosts), more when a host answers slowly (host_delay_factor times its
answer time; `--host-delay-factor 0` turns that off); run with --hosts 1000 to see the
politeness floor and the throughput apart. If 127.0.0.2 cannot
be reached, every source goes to 127.0.0.1 and a note says so.

Each peer runs in its own child process (so that its peak RSS is its own), with the same
worker count and MALLOC_ARENA_MAX=2 as scripts/run sets it (unless the environment sets
it), against the same nginx:

    feedhub  config/ with one `kind = "http"` source per file, `workers = W` in [service]
             (and host_connections / host_interval when given, allow_private = true when
             this feedhub has these settings: the sources are on loopback), a fresh
             SQLite database; Runtime.open(load_settings(config)); then, timed,
             pipeline.update_sources(hub, every source, now) three times. Pass 1 gets
             200s and parses, normalises, dedups, stores, then publishes the changed
             sections (the publishing is part of the pass; its share is shown). Pass 2
             sends the stored validators and gets 304s. The language model is loaded
             before pass 1.
    reader   make_reader(fresh SQLite file), add_feed() for every URL; then, timed,
             update_feeds_iter(workers=W, scheduled=False) three times (update_feeds() is
             that loop; scheduled=False because reader would otherwise skip every feed in
             pass 2 as not due yet).

Pass 3, the steady state of a hub: every feed has changed by one new item on top (its
oldest dropped), so each poll gets a 200 whose other items are all known. The bench swaps
the docroot's feeds/ for feeds-next/ (written at setup) before pass 3 and back after it.
Targets (issue 15): first pass >= 0.5x reader's entries/s, 304 pass >= 1.0x its
sources/s, changed feeds >= 1.5x its sources/s, feedhub's peak RSS <= 300 MB (for the
default 2,000 sources).

Per peer and pass: wall seconds, sources/s, entries/s (entries stored or updated: feedhub's
new + duplicates + updated, reader's new + modified), HTTP statuses and per-host politeness
as nginx saw them (most requests in flight per host, shortest gap between request starts
on one host), CPU seconds of the peer process, and the peer's peak RSS (ru_maxrss after
both passes, setup included).

feedhub must keep its per-host limits throughout; the bench prints the pacing floor and
what nginx saw (most requests in flight per host, shortest gap between two starts).
"""

from __future__ import annotations

import argparse
import dataclasses
import heapq
import json
import logging
import math
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx

# issue 15's targets, each against reader in the same run with the same worker count
TARGET_ENTRIES_RATIO = 0.5  # first pass, entries/s, dedup on
TARGET_304_RATIO = 1.0  # 304 pass, sources/s
TARGET_CHANGED_RATIO = 1.5  # changed feeds, sources/s
TARGET_PEAK_RSS_MB = 300  # feedhub's peak RSS for the 2,000-source bench
GAP_TOLERANCE = 0.05  # s: when a request starts at the client and at nginx differs
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
PEER_TIMEOUT = 3600.0
FIRST_DAY = datetime(2025, 6, 1, 6, 0, tzinfo=UTC)
SPREAD_MINUTES = 30 * 24 * 60  # pubDates over a month
INSTALL_HINT = "apt-get install nginx"
PEERS = ("feedhub", "reader")
SECTION = "politik"

SECTIONS_TOML = """\
[politik]
title = "Politik"
categories = ["politik", "inland"]

[welt]
title = "Welt"
categories = ["ausland"]
"""

# --- generated feeds ------------------------------------------------------------------

SYLLABLES = (
    "ber", "lin", "stadt", "rat", "haus", "feld", "berg", "wald", "see", "dorf", "markt",
    "bahn", "brück", "hof", "land", "kirch", "heim", "tal", "burg", "au", "stein", "bach",
    "furt", "hain", "mer", "sel", "dor", "wen", "kra", "lo", "mi", "ta", "gun", "ros",
    "ham", "bur", "gen", "kel", "ster", "wig", "mann", "ke", "ler", "schu", "ra", "ni",
)  # fmt: skip
NOUN_TAILS = (
    "ung", "heit", "keit", "plan", "gesetz", "amt", "schaft", "bericht", "streit", "werk",
    "rat", "netz", "bau", "haushalt", "reform", "verband", "projekt", "gipfel", "vertrag",
)  # fmt: skip
VERBS = (
    "berät über", "beschließt", "kritisiert", "fordert", "prüft", "meldet", "plant",
    "verschiebt", "begrüßt", "untersucht", "finanziert", "stoppt", "lehnt ab", "verteidigt",
    "kündigt an", "bestätigt", "erwartet", "verlangt", "unterstützt", "bezweifelt",
)  # fmt: skip
CONNECTORS = ("in", "bei", "nach", "vor", "mit", "gegen", "für", "ohne", "trotz", "wegen")
ARTICLES = ("der", "die", "das", "den", "dem", "des")
FILLERS = (
    "und", "auch", "noch", "nicht", "bereits", "zudem", "jedoch", "offenbar", "erneut",
    "deutlich", "vorerst", "weiterhin", "allerdings", "dabei", "damit", "zunächst",
)  # fmt: skip
ADJECTIVES = (
    "neue", "umstrittene", "geplante", "regionale", "öffentliche", "zuständige", "knappe",
    "lange", "kommunale", "bisherige", "künftige", "große", "kleine", "schwierige",
)  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    names: list[str]  # surnames, capitalised, not after an article
    places: list[str]
    nouns: list[str]  # compound nouns, used after an article


def _compound(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_vocabulary(rng: random.Random) -> Vocabulary:
    names = sorted({_compound(rng, rng.randint(2, 3)) for _ in range(4000)})
    places = sorted(
        {_compound(rng, 2) + rng.choice(("", "en", "au", "stedt")) for _ in range(1200)}
    )
    nouns = sorted(
        {_compound(rng, rng.randint(1, 2)) + rng.choice(NOUN_TAILS) for _ in range(3000)}
    )
    return Vocabulary(names, places, nouns)


def _sentence(rng: random.Random, v: Vocabulary) -> str:
    c = rng.choice
    kind = rng.randrange(4)
    if kind == 0:
        s = (
            f"{c(ARTICLES).capitalize()} {c(ADJECTIVES)} {c(v.nouns)} {c(VERBS)} {c(FILLERS)}"
            f" {c(ARTICLES)} {c(v.nouns)} {c(CONNECTORS)} {c(v.places)}"
        )
    elif kind == 1:
        s = (
            f"{c(v.names)} {c(VERBS)} {c(ARTICLES)} {c(v.nouns)} {c(CONNECTORS)} {c(ARTICLES)}"
            f" {c(ADJECTIVES)} {c(v.nouns)}, sagte {c(v.names)} am {c(WEEKDAYS)}"
        )
    elif kind == 2:
        s = (
            f"In {c(v.places)} {c(VERBS)} {c(ARTICLES)} {c(v.nouns)} {c(FILLERS)} {c(ARTICLES)}"
            f" {c(v.nouns)} {c(CONNECTORS)} {c(v.names)} und {c(v.names)}"
        )
    else:
        s = (
            f"{c(ARTICLES).capitalize()} {c(v.nouns)} {c(CONNECTORS)} {c(v.places)} sei"
            f" {c(FILLERS)} {c(ADJECTIVES)} als {c(ARTICLES)} {c(v.nouns)}, hieß es"
            f" {c(CONNECTORS)} {c(v.names)}"
        )
    return s + "."


def _item(rng: random.Random, v: Vocabulary, source: int, n: int) -> str:
    c = rng.choice
    title = f"{c(v.names)} {c(VERBS)} {c(v.nouns)} {c(CONNECTORS)} {c(v.places)}"
    words = 0
    sentences = []
    target = rng.randint(60, 150)
    while words < target:
        s = _sentence(rng, v)
        sentences.append(s)
        words += s.count(" ") + 1
    text = " ".join(sentences)
    when = FIRST_DAY + timedelta(minutes=rng.randrange(SPREAD_MINUTES))
    slug = title.split(" ", 1)[0].lower()
    return (
        f"<item><title>{escape(title)}</title>"
        f"<link>https://quelle-{source}.example/artikel/{n}-{escape(slug)}.html</link>"
        f'<guid isPermaLink="false">quelle-{source}-{n}</guid>'
        f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
        f"<category>{SECTION}</category><description>{escape(text)}</description></item>"
    )


def write_feeds(folder: Path, sources: int, entries: int, seed: int) -> int:
    """--sources RSS files under folder, and their next versions (one new item on top,
    the oldest dropped) under folder-next; returns the first ones' total size in bytes."""
    rng = random.Random(seed)
    vocab = make_vocabulary(rng)
    following = folder.with_name(folder.name + "-next")
    folder.mkdir(parents=True)
    following.mkdir()
    total = 0
    for i in range(sources):
        items = [_item(rng, vocab, i, n) for n in range(entries + 1)]
        for where, chosen in ((folder, items[:entries]), (following, items[-1:] + items[:-2])):
            data = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>Quelle {i}</title><link>https://quelle-{i}.example/</link>"
                f"<description>Meldungen der Quelle {i}</description><language>de</language>"
                f"{''.join(chosen)}</channel></rss>\n"
            ).encode()
            (where / f"{i}.xml").write_bytes(data)
            if where is folder:
                total += len(data)
            else:  # an hour newer: nginx's ETag (mtime-size) differs even at the same size
                later = time.time() + 3600
                os.utime(where / f"{i}.xml", (later, later))
    return total


def swap_feeds(docroot: Path) -> None:
    """Exchange docroot/feeds and docroot/feeds-next (nginx opens files per request)."""
    feeds, following, aside = (docroot / n for n in ("feeds", "feeds-next", "feeds-swap"))
    feeds.rename(aside)
    following.rename(feeds)
    aside.rename(following)


def run_passes(
    root: Path, run: PeerRun, body: Callable[[Pass], None], stored: Callable[[], int]
) -> None:
    """The three passes of a peer: `body(pass)` polls every source once; `stored()` counts
    what the peer holds after pass 1. Pass 3 polls the next version of every feed; the
    first is back afterwards."""
    _timed_pass(run, body)
    run.stored = stored()
    _timed_pass(run, body)
    docroot = root / "nginx" / "html"
    swap_feeds(docroot)
    try:
        _timed_pass(run, body)
    finally:
        swap_feeds(docroot)


# --- nginx ----------------------------------------------------------------------------


class BenchError(Exception):
    """Something that stops the benchmark, with a message for the operator."""


NGINX_CONF = """\
{user}worker_processes {workers};
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{
    worker_connections 4096;
}}
http {{
    types {{
        application/rss+xml xml;
    }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types application/rss+xml;
    log_format bench '$server_addr $msec $request_time $status "$http_user_agent"';
    access_log {prefix}/access.log bench;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 0.0.0.0:{port};
        root {docroot};
        etag on;
        if_modified_since exact;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("0.0.0.0", 0))
        return int(s.getsockname()[1])


@dataclass
class Nginx:
    prefix: Path
    port: int
    proc: subprocess.Popen[bytes]

    @property
    def access_log(self) -> Path:
        return self.prefix / "access.log"

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = (self.prefix / "nginx.out").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(log empty)"

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BenchError(
                    f"nginx exited with status {self.proc.returncode} on start:\n" + self.log_tail()
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise BenchError(f"nginx did not listen within {START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGQUIT)  # graceful: finishes requests, closes the log
        try:
            self.proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)


def start_nginx(prefix: Path, docroot: Path, workers: int) -> Nginx:
    (prefix / "tmp").mkdir(parents=True)
    port = free_port()
    # as root the workers would run as "nobody", who cannot enter the 0700 temp folder
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(user=user, workers=workers, prefix=prefix, port=port, docroot=docroot),
        encoding="utf-8",
    )
    cmd = [shutil.which("nginx") or "nginx", "-p", f"{prefix}/", "-c", str(conf)]
    with (prefix / "nginx.out").open("wb") as out:
        proc = subprocess.Popen(
            [*cmd, "-e", str(prefix / "error.log")],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=prefix,
            start_new_session=True,  # Ctrl-C reaches the bench, whose finally stops it
        )
    server = Nginx(prefix, port, proc)
    try:
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server


def loopback_hosts(port: int, wanted: int) -> tuple[list[str], str | None]:
    """127.0.0.2 ... when they reach the server, else 127.0.0.1 alone and why."""
    try:
        with socket.create_connection(("127.0.0.2", port), timeout=2):
            pass
    except OSError as e:
        return ["127.0.0.1"], f"127.0.0.2 is not reachable ({e}): every source on 127.0.0.1"
    return [f"127.0.{i // 253}.{2 + i % 253}" for i in range(wanted)], None


def check_served(url: str, size: int) -> None:
    """One GET and one conditional GET: 200 with the file and an ETag, then 304."""
    with httpx.Client(timeout=10) as client:
        r = client.get(url, headers={"User-Agent": "feedhub-bench-check"})
        if r.status_code != 200 or len(r.content) != size or not r.headers.get("etag"):
            raise BenchError(
                f"nginx: GET {url} gave {r.status_code}, {len(r.content)} bytes"
                f" (file has {size}), ETag {r.headers.get('etag')!r}"
            )
        again = client.get(
            url,
            headers={"User-Agent": "feedhub-bench-check", "If-None-Match": r.headers["etag"]},
        )
        if again.status_code != 304:
            raise BenchError(f"nginx: conditional GET {url} gave {again.status_code}, not 304")


# --- the peers (each in its own process) ----------------------------------------------


@dataclass
class Pass:
    seconds: float = 0.0
    started: float = 0.0  # wall clock (time.time), to match nginx's access log
    ended: float = 0.0
    sources: int = 0
    ok: int = 0  # fetched and parsed (200)
    not_modified: int = 0
    errors: int = 0
    entries: int = 0  # stored: feedhub new + dupes + updated, reader new + modified
    seen: int = 0  # entries in the fetched documents
    new: int = 0
    dupes: int = 0
    updated: int = 0
    cpu_seconds: float = 0.0
    publish_seconds: float = 0.0  # feedhub: publish_sections inside update_sources
    first_errors: list[str] = field(default_factory=list)


@dataclass
class PeerRun:
    name: str
    setup_seconds: float = 0.0
    passes: list[Pass] = field(default_factory=list)
    peak_rss_kb: int = 0
    setup_rss_kb: int = 0
    peak_tree_rss_kb: int = 0  # the peer process and its children together (sampled)
    peak_tree_pss_kb: int = 0  # the same, shared pages divided among their sharers
    memory_top: list[str] = field(default_factory=list)  # --trace-memory: after pass 1
    processes: int = 1  # most processes of the peer seen at once
    stored: int = 0  # entries in the peer's database after pass 1
    log_warnings: int = 0
    first_warnings: list[str] = field(default_factory=list)
    limits: dict[str, float] = field(default_factory=dict)


def _cpu() -> float:
    """CPU seconds of this process and its children (feedhub's parse workers): the
    finished ones (rusage) and the running ones (/proc)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        u = resource.getrusage(who)
        total += u.ru_utime + u.ru_stime
    tick = os.sysconf("SC_CLK_TCK")
    for pid in _descendants(os.getpid()):
        fields = _proc_stat(pid)
        if fields:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _proc_stat(pid: int) -> list[str]:
    """/proc/PID/stat after the command name (field 3 on), or [] when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return raw.rpartition(")")[2].split()


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _proc_stat(int(entry.name))
            if fields:
                children[int(fields[1])].append(int(entry.name))
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _rss_kb(pid: int) -> int:
    return _proc_kb(pid, "status", "VmRSS:")


def _pss_kb(pid: int) -> int:
    return _proc_kb(pid, "smaps_rollup", "Pss:")


def _proc_kb(pid: int, name: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory:
    """Samples the RSS and PSS of a peer process and its children together (4 times a
    second), from the bench's own process: in the peer, the sampling (a walk over
    /proc) took some 6% of feedhub's busiest thread's time. py-spy (--profile) is left
    out."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid = pid
        self.peak_rss_kb = self.peak_pss_kb = 0
        self.processes = 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            pids = [self.pid, *_descendants(self.pid)]
            pids = [p for p in pids if _command(p) != "py-spy"]
            self.peak_rss_kb = max(self.peak_rss_kb, sum(_rss_kb(p) for p in pids))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in pids))
            self.processes = max(self.processes, len(pids))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


class _Counting(logging.Handler):
    """Counts warnings (feedhub logs one per entry problem) and keeps the first few."""

    def __init__(self, run: PeerRun) -> None:
        super().__init__(logging.WARNING)
        self.run = run

    def emit(self, record: logging.LogRecord) -> None:
        self.run.log_warnings += 1
        if len(self.run.first_warnings) < 3:
            self.run.first_warnings.append(record.getMessage()[:300])


PROFILE_DIR: Path | None = None  # --profile: py-spy records each pass of feedhub's
TRACE_MEMORY = False  # --trace-memory: tracemalloc in feedhub's process, top sites after pass 1


def _timed_pass(run: PeerRun, body: Any) -> Pass:
    p = Pass()
    spy = _start_profile(run, len(run.passes) + 1)
    cpu = _cpu()
    p.started = time.time()
    t0 = time.perf_counter()
    body(p)
    p.seconds = time.perf_counter() - t0
    _stop_profile(spy)
    p.ended = time.time()
    p.cpu_seconds = _cpu() - cpu
    run.passes.append(p)
    return p


def _start_profile(run: PeerRun, number: int) -> subprocess.Popen[bytes] | None:
    """py-spy recording this process (feedhub's) into PROFILE_DIR/feedhub-pass{N}.txt,
    one folded stack per line with its sample count (flamegraph.pl and speedscope read it)."""
    if PROFILE_DIR is None or run.name != "feedhub":
        return None
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    out = PROFILE_DIR / f"feedhub-pass{number}.txt"
    cmd = [spy, "record", "--pid", str(os.getpid()), "--rate", "50", "--nonblocking"]
    proc = subprocess.Popen(
        [*cmd, "--format", "raw", "--output", str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)  # attached before the pass starts
    return proc


def _stop_profile(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None:
        proc.send_signal(signal.SIGINT)  # py-spy writes its output and exits
        proc.wait(timeout=60)


def run_feedhub(root: Path) -> PeerRun:
    from feedhub import pipeline
    from feedhub.config import load_settings
    from feedhub.models import UpdateResult
    from feedhub.runtime import Runtime
    from feedhub.sources.parse import parse_feed

    run = PeerRun("feedhub")
    logging.getLogger().addHandler(_Counting(run))
    logging.getLogger().setLevel(logging.WARNING)
    t0 = time.perf_counter()
    hub = Runtime.open(load_settings(root / "config"))
    try:
        sources = list(hub.settings.sources)
        svc = hub.settings.service
        run.limits = {
            k: float(getattr(svc, k))
            for k in (
                "workers",
                "host_connections",
                "host_interval",
                "host_delay_factor",
                "parse_processes",
                "cache_mb",
            )
            if hasattr(svc, k)
        }
        # load the language model and parser outside the timed passes (as bench/ingest.py):
        # in the parse worker processes when there are any (the service process then
        # never loads them), else here
        if hub.preparer.processes:
            hub.preparer.start()
        else:
            doc = root / "nginx" / "html" / "feeds" / "0.xml"
            assert sources[0].url is not None
            parsed = parse_feed(
                doc.read_bytes(),
                {"content-type": "application/rss+xml"},
                sources[0].url,
                source_id=sources[0].id,
            )
            pipeline.normalize_entries(hub, sources[0], parsed)
        run.setup_seconds = time.perf_counter() - t0
        run.setup_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        publish = pipeline.publish_sections
        current: list[Pass] = []

        def timed_publish(rt: Runtime, keys: Iterable[str], *, all_archives: bool = False) -> int:
            t = time.perf_counter()
            try:
                return publish(rt, keys, all_archives=all_archives)
            finally:
                current[-1].publish_seconds += time.perf_counter() - t

        pipeline.publish_sections = timed_publish  # to show publishing's share of pass 1

        def one_pass(p: Pass) -> None:
            current.append(p)
            results: list[UpdateResult] = pipeline.update_sources(hub, sources, pipeline.now_utc())
            p.sources = len(results)
            for r in results:
                if r.error:
                    p.errors += 1
                    if len(p.first_errors) < 3:
                        p.first_errors.append(f"{r.source_id}: {r.error}"[:300])
                elif r.status == "not modified":
                    p.not_modified += 1
                else:
                    p.ok += 1
                p.new += r.new
                p.dupes += r.dupes
                p.updated += r.updated
                p.seen += r.seen
            p.entries = p.new + p.dupes + p.updated

        def stored() -> int:
            if TRACE_MEMORY:
                import tracemalloc

                top = tracemalloc.take_snapshot().statistics("lineno")[:25]
                run.memory_top = [str(t) for t in top]
            return hub.repo.article_count()

        if TRACE_MEMORY:
            import tracemalloc

            tracemalloc.start()
        run_passes(root, run, one_pass, stored)
    finally:
        hub.close()
    run.peak_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return run


def run_reader(root: Path, urls: list[str], workers: int) -> PeerRun:
    from reader import UpdatedFeed
    from reader import make_reader

    run = PeerRun("reader", limits={"workers": float(workers)})
    logging.getLogger().addHandler(_Counting(run))
    logging.getLogger().setLevel(logging.WARNING)
    t0 = time.perf_counter()
    reader = make_reader(str(root / "reader.sqlite"))
    try:
        for url in urls:
            reader.add_feed(url)
        run.setup_seconds = time.perf_counter() - t0
        run.setup_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        def one_pass(p: Pass) -> None:
            for result in reader.update_feeds_iter(workers=workers, scheduled=False):
                p.sources += 1
                value = result.value
                if value is None:
                    p.not_modified += 1
                elif isinstance(value, UpdatedFeed):
                    p.ok += 1
                    p.new += value.new
                    p.updated += value.modified
                    p.seen += value.total
                else:
                    p.errors += 1
                    if len(p.first_errors) < 3:
                        p.first_errors.append(f"{result.url}: {value}"[:300])
            p.entries = p.new + p.updated

        run_passes(root, run, one_pass, lambda: reader.get_entry_counts().total or 0)
    finally:
        reader.close()
    run.peak_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return run


def peer_main(peer: str, root: Path, workers: int) -> int:
    """The child process: run one peer, write its figures as JSON."""
    urls = json.loads((root / "urls.json").read_text(encoding="utf-8"))
    run = run_feedhub(root) if peer == "feedhub" else run_reader(root, urls, workers)
    (root / f"{peer}.json").write_text(json.dumps(dataclasses.asdict(run)), encoding="utf-8")
    return 0


def spawn_peer(
    peer: str, root: Path, workers: int, profile: Path | None = None, trace_memory: bool = False
) -> PeerRun:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--peer", peer, "--root", str(root)]
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        cmd += ["--profile", str(profile.resolve())]
    if trace_memory and peer == "feedhub":
        cmd.append("--trace-memory")
    log = root / f"{peer}.out"
    with log.open("wb") as out:
        child = subprocess.Popen(
            [*cmd, "--workers", str(workers)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            # the allocator setting scripts/run gives the service, for both peers
            env={"MALLOC_ARENA_MAX": "2", **os.environ},
        )
        memory = TreeMemory(child.pid)
        try:
            returncode = child.wait(timeout=PEER_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            child.kill()
            child.wait()
            raise BenchError(f"{peer} did not finish within {PEER_TIMEOUT:.0f} s") from e
        finally:
            memory.stop()
    if returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-25:])
        raise BenchError(f"the {peer} process failed (status {returncode}):\n{tail}")
    data = json.loads((root / f"{peer}.json").read_text(encoding="utf-8"))
    passes = [Pass(**p) for p in data.pop("passes")]
    run = PeerRun(**data, passes=passes)
    run.peak_tree_rss_kb, run.peak_tree_pss_kb = memory.peak_rss_kb, memory.peak_pss_kb
    run.processes = memory.processes
    return run


# --- the sources and feedhub's config -------------------------------------------------


def source_urls(hosts: list[str], port: int, count: int) -> list[str]:
    return [f"http://{hosts[i % len(hosts)]}:{port}/feeds/{i}.xml" for i in range(count)]


def write_config(
    root: Path, urls: list[str], workers: int, limits: dict[str, float | int]
) -> list[str]:
    """config/ for feedhub; returns the politeness settings it could not write."""
    from feedhub.models import ServiceSettings

    known = {f.name for f in dataclasses.fields(ServiceSettings)}
    extra = "".join(f"{k} = {v}\n" for k, v in limits.items() if k in known)
    if "allow_private" in known:  # the sources are on loopback addresses
        extra += "allow_private = true\n"
    cfg = root / "config"
    cfg.mkdir()
    (cfg / "feedhub.toml").write_text(
        f'[service]\ndatabase_url = "sqlite:///{root / "feedhub.sqlite"}"\n'
        'listen = "127.0.0.1:8080"\nbase_url = "http://127.0.0.1:8080/"\n'
        f'title = "Benchportal"\nworkers = {workers}\n{extra}',
        encoding="utf-8",
    )
    (cfg / "sections.toml").write_text(SECTIONS_TOML, encoding="utf-8")
    width = len(str(len(urls) - 1))
    (cfg / "sources.toml").write_text(
        "".join(
            f'[s{i:0{width}d}]\nkind = "http"\nname = "Quelle {i}"\nurl = "{url}"\n'
            f'section = "{SECTION}"\n\n'
            for i, url in enumerate(urls)
        ),
        encoding="utf-8",
    )
    return [k for k in limits if k not in known]


# --- what nginx saw -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    requests: int
    statuses: dict[int, int]
    max_in_flight: int  # per host, at most
    min_gap: float | None  # seconds between two request starts on one host, at least
    hosts: int


def read_access_log(path: Path) -> list[tuple[str, float, float, int, str]]:
    """(host, start, end, status, user agent) per request."""
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        head, _, ua = line.partition(' "')
        parts = head.split()
        if len(parts) != 4:
            continue
        end, took = float(parts[1]), float(parts[2])
        out.append((parts[0], end - took, end, int(parts[3]), ua.rstrip('"')))
    return out


def what_nginx_saw(
    log: list[tuple[str, float, float, int, str]], agent: str, passes: list[Pass]
) -> list[Seen]:
    """Per pass, the requests of the peer whose User-Agent starts with `agent`: a request
    belongs to the pass that ran when it started (the passes follow each other)."""
    cuts = [(a.ended + b.started) / 2 for a, b in zip(passes, passes[1:], strict=False)]
    rows: list[list[tuple[str, float, float, int, str]]] = [[] for _ in passes]
    for r in log:
        if r[4].startswith(agent):
            rows[sum(r[1] >= c for c in cuts)].append(r)
    return [_seen(pass_rows) for pass_rows in rows]


def _seen(rows: list[tuple[str, float, float, int, str]]) -> Seen:
    by_host: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for host, start, end, _, _ in rows:
        by_host[host].append((start, end))
    max_in_flight = 0
    min_gap: float | None = None
    for spans in by_host.values():
        spans.sort()
        starts = [s for s, _ in spans]
        gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        if gaps:
            min_gap = min(gaps) if min_gap is None else min(min_gap, *gaps)
        ends: list[float] = []  # of the requests under way, a heap
        for start, end in spans:
            while ends and ends[0] <= start:  # ended by then (ms resolution): not overlapping
                heapq.heappop(ends)
            heapq.heappush(ends, end)
            max_in_flight = max(max_in_flight, len(ends))
    return Seen(len(rows), dict(Counter(r[3] for r in rows)), max_in_flight, min_gap, len(by_host))


# --- report ---------------------------------------------------------------------------


def rate(n: float, seconds: float) -> float:
    return n / seconds if seconds > 0 else 0.0


def verdict(ok: bool) -> str:
    return "met" if ok else "not met"


AGENTS = {"feedhub": "feedhub/", "reader": "python-reader/"}
PASS_NAMES = ("1 (200)", "2 (304)", "3 (next)")


def report(runs: dict[str, PeerRun], log: list[tuple[str, float, float, int, str]]) -> None:
    print(
        f"{'peer':<8}{'pass':<9}{'seconds':>8}{'sources/s':>10}{'entries/s':>10}"
        f"{'ok':>6}{'304':>6}{'errors':>7}{'cpu s':>7}{'in flight':>10}{'min gap':>9}"
        f"{'peak RSS':>10}"
    )
    observed = {name: what_nginx_saw(log, AGENTS[name], run.passes) for name, run in runs.items()}
    for name, run in runs.items():
        for i, (p, seen) in enumerate(zip(run.passes, observed[name], strict=True)):
            gap = f"{seen.min_gap:.3f}" if seen.min_gap is not None else "-"
            rss = f"{run.peak_rss_kb / 1024:.0f} MB" if i == 0 else ""
            print(
                f"{name:<8}{PASS_NAMES[i]:<9}{p.seconds:>8.2f}"
                f"{rate(p.sources, p.seconds):>10.1f}{rate(p.entries, p.seconds):>10.0f}"
                f"{p.ok:>6}{p.not_modified:>6}{p.errors:>7}{p.cpu_seconds:>7.1f}"
                f"{seen.max_in_flight:>10}{gap:>9}{rss:>10}"
            )
            statuses = ", ".join(f"{n}x {s}" for s, n in sorted(seen.statuses.items()))
            if seen.requests != p.sources or set(seen.statuses) != ({304} if i == 1 else {200}):
                print(f"{'':<17}nginx saw {seen.requests} requests: {statuses or 'none'}")
            for e in p.first_errors:
                print(f"{'':<17}error: {e}")
    print(
        "in flight, min gap: per host as nginx logged the requests (most under way at once;"
        " shortest time in s between two request starts; ms resolution)"
    )
    print()
    for name, run in runs.items():
        p1 = run.passes[0]
        line = (
            f"{name:<8} setup {run.setup_seconds:.1f} s, RSS after setup"
            f" {run.setup_rss_kb / 1024:.0f} MB; pass 1 stored {p1.entries} of {p1.seen}"
            " entries seen"
        )
        if name == "feedhub":
            line += (
                f" (new {p1.new}, duplicates {p1.dupes}, updated {p1.updated};"
                f" {run.stored} article rows); publishing took {p1.publish_seconds:.2f} s"
                " of pass 1"
            )
        else:
            line += f" (new {p1.new}, modified {p1.updated}; {run.stored} entries stored)"
        print(line)
        if run.log_warnings:
            print(f"{'':<9}{run.log_warnings} log warnings, first: {run.first_warnings[0]!r}")
    print()
    fh, rd = runs["feedhub"], runs["reader"]
    full = rate(fh.passes[0].entries, fh.passes[0].seconds) / max(
        rate(rd.passes[0].entries, rd.passes[0].seconds), 1e-9
    )
    nm = rate(fh.passes[1].sources, fh.passes[1].seconds) / max(
        rate(rd.passes[1].sources, rd.passes[1].seconds), 1e-9
    )
    changed = rate(fh.passes[2].sources, fh.passes[2].seconds) / max(
        rate(rd.passes[2].sources, rd.passes[2].seconds), 1e-9
    )
    errors = {name: sum(p.errors for p in run.passes) for name, run in runs.items()}
    if any(errors.values()):
        print(
            "note: errors in the passes ("
            + ", ".join(f"{name} {n}" for name, n in errors.items())
            + "): the rates below are not comparable"
        )
    print(
        f"pass 1  feedhub/reader entries/s = {full:.2f}x"
        f" (target >= {TARGET_ENTRIES_RATIO}x: {verdict(full >= TARGET_ENTRIES_RATIO)})"
    )
    print(
        f"pass 2  feedhub/reader 304 sources/s = {nm:.2f}x"
        f" (target >= {TARGET_304_RATIO}x: {verdict(nm >= TARGET_304_RATIO)})"
    )
    print(
        f"pass 3  feedhub/reader sources/s on changed feeds = {changed:.2f}x"
        f" (target >= {TARGET_CHANGED_RATIO}x: {verdict(changed >= TARGET_CHANGED_RATIO)};"
        f" new entries stored: feedhub {fh.passes[2].entries}, reader {rd.passes[2].entries})"
    )
    rss_mb = fh.peak_rss_kb / 1024
    print(
        f"memory  feedhub peak RSS {rss_mb:.0f} MB, reader {rd.peak_rss_kb / 1024:.0f} MB"
        f" (target <= {TARGET_PEAK_RSS_MB} MB for feedhub:"
        f" {verdict(rss_mb <= TARGET_PEAK_RSS_MB)})"
    )
    print(
        f"        with child processes (sampled every 0.25 s; RSS sum, PSS sum): feedhub"
        f" {fh.peak_tree_rss_kb / 1024:.0f} MB, {fh.peak_tree_pss_kb / 1024:.0f} MB in"
        f" {fh.processes} process(es); reader {rd.peak_tree_rss_kb / 1024:.0f} MB,"
        f" {rd.peak_tree_pss_kb / 1024:.0f} MB in {rd.processes}"
    )
    conns = fh.limits.get("host_connections")
    interval = fh.limits.get("host_interval")
    if conns is None or interval is None:
        print("per-host limits: this feedhub has no host_connections/host_interval settings")
        return
    worst_flight = max(s.max_in_flight for s in observed["feedhub"])
    gaps = [s.min_gap for s in observed["feedhub"] if s.min_gap is not None]
    worst_gap = min(gaps) if gaps else None
    kept = worst_flight <= conns and (worst_gap is None or worst_gap >= interval - GAP_TOLERANCE)
    gap = f"{worst_gap:.3f} s" if worst_gap is not None else "-"
    print(
        f"per-host limits as nginx saw feedhub's requests: at most {worst_flight} in flight"
        f" (limit {conns:.0f}), shortest gap between starts {gap} (host_interval {interval:g} s,"
        f" {GAP_TOLERANCE * 1000:.0f} ms tolerance): {'kept' if kept else 'NOT kept'}"
    )


# --- main -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sources", type=int, default=2000, help="feeds (one source each)")
    ap.add_argument("--entries", type=int, default=20, help="items per feed")
    ap.add_argument("--hosts", type=int, default=250, help="loopback addresses to spread over")
    ap.add_argument("--workers", type=int, default=16, help="concurrent polls, both peers")
    ap.add_argument(
        "--host-connections",
        type=int,
        help="feedhub's host_connections (default: feedhub's own default)",
    )
    ap.add_argument("--host-interval", type=float, help="feedhub's host_interval in seconds (same)")
    ap.add_argument(
        "--host-delay-factor", type=float, help="feedhub's host_delay_factor (default: its own)"
    )
    ap.add_argument("--cache-mb", type=int, help="feedhub's cache_mb (default: feedhub's own)")
    ap.add_argument(
        "--parse-processes",
        type=int,
        help="feedhub's parse_processes (default: feedhub's own, one per CPU; 0: in threads)",
    )
    ap.add_argument("--nginx-workers", type=int, default=1, help="nginx worker processes")
    ap.add_argument("--seed", type=int, default=1, help="seed of the generated feeds")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="record each feedhub pass with py-spy into DIR/feedhub-passN.txt (folded stacks)",
    )
    ap.add_argument(
        "--trace-memory",
        action="store_true",
        help="trace feedhub's allocations (tracemalloc, slow) and print the top sites after pass 1",
    )
    ap.add_argument("--peer", choices=PEERS, help=argparse.SUPPRESS)  # the child processes
    ap.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.peer:
        if args.root is None:
            ap.error("--peer needs --root")
        global PROFILE_DIR, TRACE_MEMORY
        PROFILE_DIR = args.profile
        TRACE_MEMORY = args.trace_memory
        return peer_main(args.peer, args.root, args.workers)
    if min(args.sources, args.entries, args.hosts, args.workers, args.nginx_workers) < 1:
        ap.error("--sources, --entries, --hosts, --workers and --nginx-workers must be >= 1")
    if args.workers > 64:
        ap.error("--workers: at most 64 (feedhub's workers setting)")
    if args.hosts > 253 * 256:
        ap.error("--hosts: at most 64768 (127.0.0.2 ... 127.0.255.254)")
    if shutil.which("nginx") is None:
        print(
            "error: nginx not found; the fetch bench serves the feeds with nginx."
            f" Install it first (Debian/Ubuntu): {INSTALL_HINT}",
            file=sys.stderr,
        )
        return 2

    tmp = tempfile.mkdtemp(prefix="feedhub-fetch-bench-")
    root = Path(tmp)
    try:
        return run_bench(root, args)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run_bench(root: Path, args: Any) -> int:
    prefix = root / "nginx"
    docroot = prefix / "html"
    started = time.perf_counter()
    size = write_feeds(docroot / "feeds", args.sources, args.entries, args.seed)
    print(
        f"feeds     {args.sources} RSS files x {args.entries} items, {size / 1e6:.1f} MB"
        f" (seed {args.seed}, generated in {time.perf_counter() - started:.1f} s)"
    )
    nginx = start_nginx(prefix, docroot, args.nginx_workers)
    try:
        hosts, note = loopback_hosts(nginx.port, args.hosts)
        if note:
            print(f"note      {note}")
        urls = source_urls(hosts, nginx.port, args.sources)
        check_served(urls[0], (docroot / "feeds" / "0.xml").stat().st_size)
        (root / "urls.json").write_text(json.dumps(urls), encoding="utf-8")
        limits: dict[str, float | int] = {}
        if args.host_connections is not None:
            limits["host_connections"] = args.host_connections
        if args.host_interval is not None:
            limits["host_interval"] = args.host_interval
        if args.host_delay_factor is not None:
            limits["host_delay_factor"] = args.host_delay_factor
        if args.parse_processes is not None:
            limits["parse_processes"] = args.parse_processes
        if args.cache_mb is not None:
            limits["cache_mb"] = args.cache_mb
        unknown = write_config(root, urls, args.workers, limits)
        if unknown:
            print(f"note      this feedhub has no {', '.join(unknown)} setting: ignored")
        per_host = math.ceil(args.sources / len(hosts))
        print(
            f"sources   {args.sources} on {len(hosts)} loopback host(s)"
            f" ({hosts[0]}..{hosts[-1]}:{nginx.port}), {per_host} per host at most"
        )
        print(
            f"machine   {os.cpu_count()} CPUs shared by nginx ({args.nginx_workers} worker"
            f" process(es)) and the peer; workers {args.workers} for both peers;"
            f" Python {sys.version.split()[0]}"
        )
        runs: dict[str, PeerRun] = {}
        for peer in PEERS:
            print(f"running   {peer} (three passes) ...", file=sys.stderr, flush=True)
            runs[peer] = spawn_peer(peer, root, args.workers, args.profile, args.trace_memory)
        interval = runs["feedhub"].limits.get("host_interval")
        conns = runs["feedhub"].limits.get("host_connections")
        if interval is not None and conns is not None:
            floor = (per_host - 1) * interval
            bound = (
                f"a pass takes at least {floor:.1f} s (at most {args.sources / floor:.0f}"
                " sources/s)"
                if floor > 0
                else "no pacing"
            )
            factor = runs["feedhub"].limits.get("host_delay_factor")
            adapts = (
                f", host_delay_factor {factor:g} (a host rests that many times its last answer"
                " time: the floor grows with it)"
                if factor
                else ""
            )
            print(
                f"feedhub   host_connections {conns:.0f}, host_interval {interval:g} s{adapts}:"
                f" {bound}"
            )
        processes = runs["feedhub"].limits.get("parse_processes")
        if processes is not None:
            print(
                f"feedhub   parse_processes {processes:.0f} (worker processes preparing polls),"
                f" cache_mb {runs['feedhub'].limits.get('cache_mb', 0):.0f}"
            )
        print()
    finally:
        nginx.stop()
    report(runs, read_access_log(nginx.access_log))
    if runs["feedhub"].memory_top:
        print("\nfeedhub's largest allocation sites after pass 1 (tracemalloc):")
        for line in runs["feedhub"].memory_top:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
