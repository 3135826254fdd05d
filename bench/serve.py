"""Serve benchmark: feedhub's HTTP server against nginx serving the same feed bytes.

    .venv/bin/python bench/serve.py [--duration S] [--connections N] [--threads N]
                                    [--workers W] [--articles N]

To see where feedhub's time goes, run py-spy on the server while the bench runs
(`py-spy record --subprocesses --pid PID`): the HTTP workers are child processes.

Needs wrk and nginx: `scripts/bench serve [ARGS]` installs them (Debian packages).

Setup: a Runtime on a temporary SQLite file with one inbox source holding --articles generated
articles (distinct texts on different days, so the dedup keeps them apart); update and
publish_all; the stored document of /feeds/politik.atom gives the identity bytes, the gzip
bytes and the ETag. nginx serves the same bytes from a temporary docroot
(feeds/politik.atom and feeds/politik.atom.gz, gzip_static on, etag on, access_log off);
feedhub runs as `python -m feedhub serve` (granian, --workers worker processes, the same
count as nginx's) on that database.

Two wrk scenarios per server, each after a short warm-up and a check with one httpx request:

    200   GET /feeds/politik.atom, Accept-Encoding: gzip -> 200, Content-Encoding: gzip
    304   the same with If-None-Match: <the ETag that server sends> -> 304, no body

Targets (the serving issue): feedhub reaches at least 0.6x nginx's requests/s in both
scenarios, and feedhub's p99 latency stays under 5 ms at 50 connections.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import httpx

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.runtime import Runtime

FEED_PATH = "/feeds/politik.atom"
TARGET_RATIO = 0.6
TARGET_P99_MS = 5.0
TARGET_CONNECTIONS = 50
START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0
FIRST_DAY = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
INSTALL_HINT = "apt-get install wrk nginx"

SECTIONS_TOML = """\
[politik]
title = "Politik"
categories = ["politik", "inland"]

[welt]
title = "Welt"
categories = ["ausland"]
"""

SYLLABLES = (
    "ber", "lin", "stadt", "rat", "haus", "feld", "berg", "wald", "see", "dorf", "markt",
    "bahn", "brück", "hof", "land", "kirch", "heim", "tal", "burg", "au", "stein", "bach",
    "furt", "hain", "mer", "sel", "dor", "wen", "kra", "lo", "mi", "ta", "gun", "ros",
)  # fmt: skip
VERBS = (
    "berät über",
    "beschließt",
    "kritisiert",
    "fordert",
    "prüft",
    "meldet",
    "plant",
    "verschiebt",
    "begrüßt",
    "untersucht",
    "finanziert",
    "stoppt",
)
CONNECTORS = ("in", "bei", "nach", "vor", "mit", "gegen", "für", "ohne")


class BenchError(Exception):
    """Something that stops the benchmark, with a message for the operator."""


# --- the document ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Published:
    config: Path
    database_url: str
    identity: bytes
    gzip: bytes
    etag: str  # the identity representation's; feedhub's gzip form ends in -gz
    last_modified: datetime
    entries: int

    @property
    def gzip_etag(self) -> str:
        return self.etag[:-1] + '-gz"'


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _article(rng: random.Random, n: int) -> tuple[str, str]:
    title = f"{_word(rng)} {rng.choice(VERBS)} {_word(rng)}"
    sentences = [
        f"Der {_word(rng)} {rng.choice(VERBS)} den {_word(rng)} {rng.choice(CONNECTORS)}"
        f" {_word(rng)}, sagte {_word(rng)} {_word(rng)} am Vormittag."
        for _ in range(rng.randint(6, 9))
    ]
    return title, f"Meldung {n}. " + " ".join(sentences)


def write_inbox(inbox: Path, count: int, seed: int = 1) -> None:
    """One RSS file with `count` articles, distinct texts, one a day."""
    rng = random.Random(seed)
    items = []
    for n in range(count):
        title, text = _article(rng, n)
        when = format_datetime(FIRST_DAY + timedelta(days=n, minutes=n), usegmt=True)
        items.append(
            f"<item><title>{escape(title)}</title>"
            f"<link>https://agentur.example/meldung/{n}</link>"
            f'<guid isPermaLink="false">bench-{n}</guid><pubDate>{when}</pubDate>'
            f"<category>politik</category><description>{escape(text)}</description></item>"
        )
    (inbox / "wire.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Agentur</title><link>https://agentur.example/</link>"
        f"<description>Bench</description>{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )


def write_config(root: Path, database_url: str, listen: str) -> Path:
    cfg = root / "config"
    (cfg / "inbox").mkdir(parents=True)
    (cfg / "feedhub.toml").write_text(
        f'[service]\ndatabase_url = "{database_url}"\nlisten = "{listen}"\n'
        f'base_url = "http://{listen}/"\ntitle = "Benchportal"\n',
        encoding="utf-8",
    )
    (cfg / "sections.toml").write_text(SECTIONS_TOML, encoding="utf-8")
    (cfg / "sources.toml").write_text(
        '[agentur]\nkind = "inbox"\nname = "Agentur"\npath = "inbox"\nsection = "politik"\n',
        encoding="utf-8",
    )
    return cfg


def publish(root: Path, articles: int, listen: str) -> Published:
    """Build the Runtime, ingest the inbox, publish every feed; return the Atom document."""
    database_url = f"sqlite:///{root / 'feedhub.sqlite'}"
    cfg = write_config(root, database_url, listen)
    write_inbox(cfg / "inbox", articles)
    hub = Runtime.open(load_settings(cfg))
    try:
        results = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
        errors = [r.error for r in results if r.error]
        if errors:
            raise BenchError(f"ingesting the generated articles failed: {errors}")
        pipeline.publish_all(hub)
        doc = hub.repo.document("politik", "atom")
    finally:
        hub.close()
    if doc is None:
        raise BenchError("no stored document for politik/atom after publish_all")
    entries = doc.content.count(b"<entry>")
    if entries < articles:
        raise BenchError(
            f"the feed has {entries} entries for {articles} generated articles"
            " (the dedup merged some, or the feed is shorter): the bench's texts need fixing"
        )
    return Published(cfg, database_url, doc.content, doc.gzip, doc.etag, doc.last_modified, entries)


# --- servers --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    workers: int
    port: int
    proc: subprocess.Popen[bytes]
    log: Path
    stop_signal: signal.Signals = signal.SIGTERM

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{FEED_PATH}"

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(log empty)"

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BenchError(
                    f"{self.name} exited with status {self.proc.returncode} on start:\n"
                    + self.log_tail()
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise BenchError(f"{self.name} did not listen within {START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.send_signal(self.stop_signal)
        try:
            self.proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)


def _spawn(
    name: str,
    cmd: list[str],
    workers: int,
    port: int,
    log: Path,
    env: dict[str, str],
    stop_signal: signal.Signals,
) -> Server:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=log.parent,
            start_new_session=True,  # Ctrl-C reaches the bench, whose finally stops it
        )
    server = Server(name, workers, port, proc, log, stop_signal)
    try:
        server.wait_ready()
    except BaseException:
        server.stop()
        raise
    return server


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
        application/atom+xml atom;
    }}
    default_type application/octet-stream;
    charset utf-8;
    charset_types application/atom+xml;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;  # uvicorn has no per-connection request limit either
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {docroot};
        gzip_static on;
        gzip_vary on;
        etag on;
        add_header Cache-Control "public, max-age=300";
    }}
}}
"""


def start_nginx(root: Path, pub: Published, workers: int) -> Server:
    prefix = root / "nginx"
    docroot = prefix / "html"
    feeds = docroot / "feeds"
    feeds.mkdir(parents=True)
    (prefix / "tmp").mkdir()
    mtime = pub.last_modified.timestamp()
    for name, data in (("politik.atom", pub.identity), ("politik.atom.gz", pub.gzip)):
        (feeds / name).write_bytes(data)
        os.utime(feeds / name, (mtime, mtime))
    port = free_port()
    # as root the workers would run as "nobody", who cannot enter the 0700 temp folder
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(user=user, workers=workers, prefix=prefix, port=port, docroot=docroot),
        encoding="utf-8",
    )
    nginx = shutil.which("nginx") or "nginx"
    cmd = [nginx, "-p", f"{prefix}/", "-c", str(conf), "-e", str(prefix / "error.log")]
    log = prefix / "nginx.out"
    return _spawn("nginx", cmd, workers, port, log, dict(os.environ), signal.SIGTERM)


def start_feedhub(root: Path, pub: Published, workers: int) -> Server:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FEEDHUB_DATABASE_URL"}
    env |= {
        "FEEDHUB_LISTEN": f"127.0.0.1:{port}",
        "FEEDHUB_LOG_LEVEL": "WARNING",
        "FEEDHUB_HTTP_WORKERS": str(workers),
    }
    cmd = [sys.executable, "-m", "feedhub", "serve", "--config", str(pub.config)]
    # granian stops its workers gracefully on SIGINT or SIGTERM
    return _spawn("feedhub", cmd, workers, port, root / "feedhub.out", env, signal.SIGTERM)


# --- checks and wrk -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    status: int
    headers: dict[str, str]


def fetch_etag(server: Server, pub: Published) -> str:
    """The ETag the server sends for the gzip representation; checks the bytes too."""
    with httpx.Client(timeout=10) as client:
        r = client.get(server.url, headers={"Accept-Encoding": "gzip"})
    if r.status_code != 200 or r.headers.get("content-encoding") != "gzip":
        raise BenchError(
            f"{server.name}: expected 200 with Content-Encoding gzip, got {r.status_code}"
            f" {r.headers.get('content-encoding')!r}"
        )
    if r.content != pub.identity:  # httpx has decoded the gzip body
        raise BenchError(f"{server.name} serves other bytes than the stored document")
    if r.headers.get("content-length") != str(len(pub.gzip)):
        raise BenchError(
            f"{server.name}: Content-Length {r.headers.get('content-length')}, stored gzip form"
            f" has {len(pub.gzip)} bytes"
        )
    etag = r.headers.get("etag")
    if not etag:
        raise BenchError(f"{server.name} sends no ETag")
    return str(etag)


def verify(server: Server, scenario: Scenario) -> None:
    with httpx.Client(timeout=10) as client:
        r = client.get(server.url, headers=scenario.headers)
    problem = None
    if r.status_code != scenario.status:
        problem = f"status {r.status_code}"
    elif scenario.status == 200 and r.headers.get("content-encoding") != "gzip":
        problem = f"Content-Encoding {r.headers.get('content-encoding')!r}"
    elif scenario.status == 304 and r.content:
        problem = f"a {len(r.content)}-byte body"
    if problem:
        raise BenchError(
            f"{server.name}, scenario {scenario.name}: expected {scenario.status}"
            f"{' with Content-Encoding gzip' if scenario.status == 200 else ''}, got {problem}"
        )


@dataclass(frozen=True, slots=True)
class WrkResult:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    socket_errors: int
    bad_status: int  # wrk's "Non-2xx or 3xx responses"


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
_PERCENTILE = re.compile(r"^\s*(\d+(?:\.\d+)?)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)


def parse_wrk(text: str) -> WrkResult:
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.MULTILINE)
    total = re.search(r"^\s*(\d+) requests in", text, re.MULTILINE)
    if rps is None or total is None:
        raise BenchError(f"cannot read wrk's output:\n{text}")
    percentiles = {float(p): float(v) * _UNITS_MS[unit] for p, v, unit in _PERCENTILE.findall(text)}
    if 50.0 not in percentiles or 99.0 not in percentiles:
        raise BenchError(f"no Latency Distribution in wrk's output (--latency):\n{text}")
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return WrkResult(
        requests_per_s=float(rps.group(1)),
        p50_ms=percentiles[50.0],
        p99_ms=percentiles[99.0],
        requests=int(total.group(1)),
        socket_errors=sum(int(g) for g in sock.groups()) if sock else 0,
        bad_status=int(bad.group(1)) if bad else 0,
    )


def run_wrk(url: str, headers: dict[str, str], seconds: float, args: argparse.Namespace) -> str:
    cmd = [
        shutil.which("wrk") or "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
    ]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    done = subprocess.run(
        [*cmd, url], capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


@dataclass(frozen=True, slots=True)
class Row:
    server: Server
    scenario: Scenario
    result: WrkResult


def measure(
    server: Server, pub: Published, args: argparse.Namespace, feedhub_etag: str | None = None
) -> list[Row]:
    etag = fetch_etag(server, pub)
    if feedhub_etag is not None and etag != feedhub_etag:
        raise BenchError(f"feedhub sends ETag {etag}, the stored gzip form's is {feedhub_etag}")
    scenarios = [
        Scenario("200 gzip", 200, {"Accept-Encoding": "gzip"}),
        Scenario("304 INM", 304, {"Accept-Encoding": "gzip", "If-None-Match": etag}),
    ]
    rows = []
    for scenario in scenarios:
        verify(server, scenario)
        if args.warmup > 0:
            run_wrk(server.url, scenario.headers, args.warmup, args)
        text = run_wrk(server.url, scenario.headers, args.duration, args)
        rows.append(Row(server, scenario, parse_wrk(text)))
    return rows


# --- report ---------------------------------------------------------------------------


def fmt_ms(ms: float) -> str:
    return f"{ms:.2f} ms" if ms >= 0.1 else f"{ms * 1000:.0f} us"


def verdict(ok: bool) -> str:
    return "met" if ok else "not met"


def report(rows: list[Row], args: argparse.Namespace) -> None:
    print(f"{'server':<11}{'workers':>7}  {'scenario':<10}{'req/s':>11}{'p50':>11}{'p99':>11}")
    for r in rows:
        notes = []
        if r.result.socket_errors:
            notes.append(f"{r.result.socket_errors} socket errors")
        if r.result.bad_status:
            notes.append(f"{r.result.bad_status} non-2xx/3xx")
        print(
            f"{r.server.name:<11}{r.server.workers:>7}  {r.scenario.name:<10}"
            f"{r.result.requests_per_s:>11,.0f}{fmt_ms(r.result.p50_ms):>11}"
            f"{fmt_ms(r.result.p99_ms):>11}" + (f"  ({', '.join(notes)})" if notes else "")
        )
    print()
    by = {(r.server.name, r.scenario.name): r.result for r in rows}
    ratios_ok = True
    p99_ok = True
    for scenario in dict.fromkeys(r.scenario.name for r in rows):
        fh, ng = by[("feedhub", scenario)], by[("nginx", scenario)]
        floor = by[("no-op app", scenario)]
        ratio = fh.requests_per_s / ng.requests_per_s
        ratio_met, p99_met = ratio >= TARGET_RATIO, fh.p99_ms < TARGET_P99_MS
        ratios_ok &= ratio_met
        p99_ok &= p99_met
        print(
            f"{scenario:<10} feedhub/nginx req/s = {ratio:.2f}x"
            f" (target >= {TARGET_RATIO}x: {verdict(ratio_met)});"
            f" feedhub p99 {fmt_ms(fh.p99_ms)}"
            f" (target < {TARGET_P99_MS:.0f} ms: {verdict(p99_met)})"
        )
        print(
            f"{'':<10} no-op app/nginx = {floor.requests_per_s / ng.requests_per_s:.2f}x"
            f" (the most a Python app under granian reaches here);"
            f" feedhub/no-op app = {fh.requests_per_s / floor.requests_per_s:.2f}x"
        )
    at = ""
    if args.connections != TARGET_CONNECTIONS:
        at = f" [measured at {args.connections} connections, not {TARGET_CONNECTIONS}]"
    print(
        f"targets: req/s >= {TARGET_RATIO}x nginx in both scenarios:"
        f" {verdict(ratios_ok)}; p99 < {TARGET_P99_MS:.0f} ms at {TARGET_CONNECTIONS}"
        f" connections: {verdict(p99_ok)}{at}"
    )


def missing_tools() -> list[str]:
    return [tool for tool in ("wrk", "nginx") if shutil.which(tool) is None]


# The least any Python app under granian can do per request: answer with fixed bytes,
# a 304 when If-None-Match is present. Its rate bounds what feedhub can reach there.
NOOP_APP = """
from pathlib import Path

BODY = Path(__file__).with_name("body.gz").read_bytes()
ETAG = Path(__file__).with_name("etag").read_text()
OK = [("etag", ETAG), ("content-type", "application/atom+xml; charset=utf-8"),
      ("content-encoding", "gzip"), ("content-length", str(len(BODY)))]
NOT_MODIFIED = [("etag", ETAG)]


class App:
    async def __rsgi__(self, scope, proto):
        if scope.headers.get("if-none-match") == ETAG:
            proto.response_bytes(304, NOT_MODIFIED, b"")
        else:
            proto.response_bytes(200, OK, BODY)


app = App()
"""


def start_noop(root: Path, pub: Published, workers: int) -> Server:
    folder = root / "noop"
    folder.mkdir()
    (folder / "noop_app.py").write_text(NOOP_APP, encoding="utf-8")
    (folder / "body.gz").write_bytes(pub.gzip)
    (folder / "etag").write_text(pub.gzip_etag, encoding="utf-8")
    port = free_port()
    granian = [sys.executable, "-m", "granian", "--interface", "rsgi", "--no-ws"]
    cmd = [*granian, "--workers", str(workers), "--port", str(port), "--log-level", "warning"]
    env = dict(os.environ) | {"PYTHONPATH": str(folder)}
    log = folder / "noop.out"
    return _spawn("no-op app", [*cmd, "noop_app:app"], workers, port, log, env, signal.SIGTERM)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per wrk run")
    ap.add_argument("--warmup", type=float, default=1.0, help="untimed wrk seconds before each")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--connections", type=int, default=50, help="wrk connections")
    ap.add_argument(
        "--workers", type=int, default=1, help="worker processes of nginx and of feedhub"
    )
    ap.add_argument("--articles", type=int, default=50, help="generated articles in the feed")
    args = ap.parse_args(argv)
    if args.duration < 1 or args.threads < 1 or args.workers < 1 or args.articles < 1:
        ap.error("--duration, --threads, --workers and --articles must be at least 1")
    if args.connections < args.threads:
        ap.error("--connections must be at least --threads")
    missing = missing_tools()
    if missing:
        print(
            f"error: {' and '.join(missing)} not found; the serve bench needs both wrk and nginx."
            f" Install them first (Debian/Ubuntu): {INSTALL_HINT}",
            file=sys.stderr,
        )
        return 2

    with tempfile.TemporaryDirectory(prefix="feedhub-serve-bench-") as tmp:
        root = Path(tmp)
        try:
            started = time.perf_counter()
            pub = publish(root, args.articles, "127.0.0.1:8080")
            print(
                f"document  {FEED_PATH}: {pub.entries} entries, {len(pub.identity):,} bytes,"
                f" gzip {len(pub.gzip):,} bytes, ETag {pub.etag}"
                f" (setup {time.perf_counter() - started:.1f} s)"
            )
            print(
                f"wrk       -t{args.threads} -c{args.connections} -d{args.duration:g}s --latency"
                f" (+{args.warmup:g} s warm-up per run); {os.cpu_count()} CPUs shared by wrk"
                " and the server"
            )
            print(
                f"servers   nginx {args.workers} worker process(es), gzip_static, access_log off;"
                f" feedhub {args.workers} granian worker process(es), access log off"
            )
            print()
            rows: list[Row] = []
            nginx = start_nginx(root, pub, args.workers)
            try:
                rows += measure(nginx, pub, args)
            finally:
                nginx.stop()
            feedhub = start_feedhub(root, pub, args.workers)
            try:
                rows += measure(feedhub, pub, args, feedhub_etag=pub.gzip_etag)
            finally:
                feedhub.stop()
            noop = start_noop(root, pub, args.workers)
            try:
                rows += measure(noop, pub, args, feedhub_etag=pub.gzip_etag)
            finally:
                noop.stop()
            report(rows, args)
        except BenchError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
