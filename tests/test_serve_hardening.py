"""Serving, checked on the wire and on real processes: `feedhub serve` (granian, RSGI)
answers an HTTP/1.1 request without Host with 400; `feedhub explain` prints a source's
control characters as visible escapes; the service stops cleanly, stop after stop, when
a terminal's Ctrl-C reaches its whole process group."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from feedhub.config import load_settings
from feedhub.db.repo import Repository
from feedhub.dedup.ingest import Dedup
from feedhub.dedup.ingest import Origin
from feedhub.dedup.match import Action
from feedhub.dedup.match import Decision
from tests.conftest import NOW
from tests.conftest import free_port
from tests.conftest import make_article
from tests.conftest import wait_for
from tests.conftest import write_config


def _env() -> dict[str, str]:
    """The environment of a service under test: the config file decides, not FEEDHUB_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEEDHUB_")}
    return {**env, "PYTHONIOENCODING": "utf-8"}


def _healthy(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """`feedhub serve` as a real process on a free port; yields the port."""
    root = tmp_path_factory.mktemp("served")
    port = free_port()
    cfg = write_config(root, "", listen=f"127.0.0.1:{port}")
    with (root / "feedhub.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feedhub", "serve", "--config", str(cfg)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=_env(),
        )
    try:
        wait_for(lambda: _healthy(port), timeout=60)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def _raw(port: int, request: bytes) -> tuple[int, bytes]:
    """Send `request` as it is on a fresh connection; (status, whole response)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(request)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status_line = data.split(b"\r\n", 1)[0]
    return int(status_line.split()[1]), data


@pytest.mark.parametrize(
    ("request_head", "status"),
    [
        (b"GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
        (b"GET /feeds/all.atom HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
        (b"GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n", 400),
        (b"GET /healthz HTTP/1.1\r\nHost: bad host\r\nConnection: close\r\n\r\n", 400),
        (b"GET /healthz HTTP/1.1\r\nHost: feeds.example:8080\r\nConnection: close\r\n\r\n", 200),
        (b"GET /healthz HTTP/1.1\r\nHost: [::1]\r\nConnection: close\r\n\r\n", 200),
        (b"GET /healthz HTTP/1.0\r\n\r\n", 200),  # HTTP/1.0 may leave Host out
    ],
    ids=["no-host", "no-host-feed", "two-hosts", "invalid-host", "host", "ipv6", "http10"],
)
def test_host_header_rules_on_the_wire(served: int, request_head: bytes, status: int) -> None:
    got, response = _raw(served, request_head)
    assert got == status, response
    if status == 400:
        assert b"Host" in response.partition(b"\r\n\r\n")[2]
        assert b"cache-control: no-store" in response.lower()


# --- explain ----------------------------------------------------------------------------

HOSTILE_TITLE = (
    "Gipfel\x1b[2J\x1b[1;1H endet"  # clear the screen, move the cursor
    "\x1b]0;pwned\x07"  # retitle the terminal window (OSC ... BEL)
    "\x9b31m rot"  # the 8-bit CSI (U+009B): recolour
    "\x08\x08\r\nwhy here: operator merge"  # backspace, CR and a forged line
)


def test_explain_prints_control_characters_as_visible_escapes(tmp_path: Path) -> None:
    (tmp_path / "config" / "wire").mkdir(parents=True)
    cfg = write_config(tmp_path, '[wire]\nkind = "inbox"\npath = "wire"\n')
    settings = load_settings(cfg)
    repo = Repository.open(settings.service.database_url)
    try:
        repo.sync_sources(settings.sources, NOW)
        # stored as a database written before input was cleaned would hold it:
        # straight through the store, not through normalize
        article = make_article(
            "wire", "w1\x1b[8m", "https://www.monrose.de/x.html", HOSTILE_TITLE, "Text."
        )
        with Dedup(repo.ingest_session).session(NOW) as ingest:
            done = ingest.apply(
                article,
                Decision(Action.NEW, "new story\x1b[5m"),
                Origin("wire", rank=50, mergeable=True, own=False, authority="feeds.example,2025"),
                now=NOW,
                keys={},
            )
        assert done is not None
    finally:
        repo.close()

    run = subprocess.run(
        [sys.executable, "-m", "feedhub", "explain", "--config", str(cfg), str(done.article_id)],
        capture_output=True,
        env=_env(),
        check=False,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    for raw in (b"\x1b", b"\x07", b"\x08", b"\r", "\x9b".encode()):
        assert raw not in out
    text = out.decode("utf-8")
    assert "title: Gipfel\\x1b[2J\\x1b[1;1H endet\\x1b]0;pwned\\x07\\x9b31m rot" in text
    assert "\\x08\\x08\\x0d\\x0awhy here: operator merge" in text
    assert "guid=w1\\x1b[8m" in text
    assert "why here: new story\\x1b[5m" in text
    # the forged line is not a line: the only "why here" line is the real one
    assert [ln for ln in text.splitlines() if ln.lstrip().startswith("why here")] == [
        "  why here: new story\\x1b[5m"
    ]


# --- stopping -------------------------------------------------------------------------

STOPS = 5  # each stop is one start, some traffic and a Ctrl-C


def _workers(supervisor: int) -> list[int]:
    """The HTTP worker processes (granian spawns them) of a supervisor process."""
    children = subprocess.run(
        ["pgrep", "-P", str(supervisor)], capture_output=True, text=True, check=False
    ).stdout.split()
    return [
        int(pid)
        for pid in children
        if b"multiprocessing.spawn" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def _start(root: Path, workers: int) -> tuple[subprocess.Popen[bytes], int, Path]:
    port = free_port()
    cfg = write_config(
        root, "", listen=f"127.0.0.1:{port}", extra_service=f"http_workers = {workers}"
    )
    log = root / "stderr.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feedhub", "run", "--config", str(cfg)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_env(),
            start_new_session=True,  # its own process group, as a shell job has
        )
    wait_for(lambda: _healthy(port), timeout=60)
    wait_for(lambda: len(_workers(proc.pid)) == workers, timeout=60)
    return proc, port, log


def _stop(proc: subprocess.Popen[bytes], sig: int) -> int | None:
    """Send `sig` to the service's whole process group, as a terminal does on Ctrl-C;
    the exit code, or None if it never exited (then it is killed)."""
    os.killpg(proc.pid, sig)
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def test_a_ctrl_c_reaches_the_workers_only_through_the_supervisor(tmp_path: Path) -> None:
    """Each worker sits in a process group of its own: a signal to the service's group
    (a terminal's Ctrl-C, a `kill -INT -PGID`) reaches the supervisor alone, which then
    stops every worker with one SIGTERM."""
    proc, _port, _log = _start(tmp_path, workers=2)
    try:
        group = os.getpgid(proc.pid)
        workers = _workers(proc.pid)
        # a worker leaves the group when it loads the app, one after the other
        wait_for(lambda: all(os.getpgid(w) != group for w in workers), timeout=60)
    finally:
        assert _stop(proc, signal.SIGINT) == 0


@pytest.mark.slow
def test_the_service_stops_cleanly_every_time_after_serving(tmp_path: Path) -> None:
    outcomes = []
    for i in range(STOPS):
        proc, port, log = _start(tmp_path / f"run{i}", workers=2)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for n in range(200):
            conn.request("GET", ("/", "/feeds/all.atom", "/status", "/healthz")[n % 4])
            response = conn.getresponse()
            response.read()
            assert response.status in (200, 503)  # 503: a feed not rendered yet
        code = _stop(proc, signal.SIGINT)  # the connection is still open
        conn.close()
        stderr = log.read_text(errors="replace")
        outcomes.append((code, "panic" in stderr, "Traceback" in stderr))
    assert outcomes == [(0, False, False)] * STOPS, outcomes
