"""Shared fixtures: a fixed clock, throwaway databases (SQLite and a real PostgreSQL
server on loopback), a loopback HTTP server that serves feeds and records requests, and a
config-directory builder."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from bench._postgres import PostgresMissing
from bench._postgres import PostgresServer as PostgresServer
from bench._postgres import free_port as free_port
from bench._postgres import running_postgres

from feedhub.models import Article
from feedhub.models import Source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NOW = datetime(2025, 8, 16, 12, 0, tzinfo=UTC)


@pytest.fixture
def now() -> datetime:
    return NOW


# --- PostgreSQL: a throwaway cluster for the session, one database per test -----------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """initdb + pg_ctl start on a free loopback port (bench/_postgres.py)."""
    try:
        with running_postgres() as server:
            yield server
    except PostgresMissing as e:
        pytest.fail(f"{e} — the suite runs on SQLite and PostgreSQL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'feedhub.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"t{next(server.counter)}_{os.getpid()}"
    server.admin(f"CREATE DATABASE {name}")
    yield server.url(name)
    server.admin(f"DROP DATABASE {name} WITH (FORCE)")


# --- a loopback HTTP server that serves feeds and records every request ---------------


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]


class FeedServer:
    """Serve `routes[path]`; answer If-None-Match with 304 when the route has an ETag."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Recorded] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(
                    Recorded("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html")
                    body = b"<html><body>Not Found</body></html>"
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                etag = route.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "application/xml",
        status: int = 200,
        **headers: str,
    ) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(status, data, {"Content-Type": content_type, **headers})
        return self.url(path)


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


# --- config directories -------------------------------------------------------------

SECTIONS_TOML = """
[politik]
title = "Politik"
categories = ["politik", "inland"]

[welt]
title = "Welt"
categories = ["ausland"]

[wirtschaft]
title = "Wirtschaft"

[technik]
title = "Technik"
"""


def write_config(
    root: Path,
    sources_toml: str,
    *,
    database_url: str | None = None,
    listen: str = "127.0.0.1:8080",
    extra_service: str = "",
    sections_toml: str = SECTIONS_TOML,
    host_interval: float = 0.0,
    allow_private: bool = True,
    parse_processes: int = 0,
) -> Path:
    """Write a config/ directory under `root`; returns its path. Tests put many sources
    on one loopback host: its pacing is off unless `host_interval` is given (and the
    rest after a slow answer always), and sources may fetch from private addresses unless
    `allow_private` is False. Polls are prepared in the polling thread unless
    `parse_processes` is given (tests/test_prepare.py runs the worker processes)."""
    cfg = root / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    db = database_url or f"sqlite:///{root / 'feedhub.sqlite'}"
    (cfg / "feedhub.toml").write_text(
        f'[service]\ndatabase_url = "{db}"\nlisten = "{listen}"\n'
        f'base_url = "http://{listen}/"\ntitle = "Testportal"\n'
        f"host_interval = {host_interval}\nhost_delay_factor = 0\n"
        f"allow_private = {str(allow_private).lower()}\nparse_processes = {parse_processes}\n"
        f"{extra_service}\n",
        encoding="utf-8",
    )
    (cfg / "sections.toml").write_text(sections_toml, encoding="utf-8")
    (cfg / "sources.toml").write_text(sources_toml, encoding="utf-8")
    return cfg


@contextmanager
def serve_asgi(app: Any, port: int) -> Iterator[str]:
    """Run an ASGI app with uvicorn in a thread on 127.0.0.1:`port`; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started, timeout=30)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def wait_for(predicate: object, timeout: float = 30.0, interval: float = 0.1) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def configured_source(hub: Any, source_id: str) -> Source:
    """The source `source_id` of a Runtime's settings (the test's config has it)."""
    source: Source | None = hub.settings.source(source_id)
    assert source is not None
    return source


def make_article(
    source: str, guid: str, url: str, title: str, text: str, **changes: object
) -> Article:
    """A normalised article as the pipeline would hand it to the store."""
    from dataclasses import replace

    from feedhub.dedup.keys import canonical_url
    from feedhub.dedup.keys import content_hash

    article = Article(
        source_id=source,
        guid=guid,
        url=canonical_url(url),
        canonical_url=canonical_url(url),
        title=title,
        summary=text,
        content_html=f"<p>{text}</p>",
        content_text=text,
        published=datetime.fromisoformat("2025-08-16T06:00:00+00:00"),
        updated=None,
        language="de",
        section="politik",
        authors=(),
        categories=(),
        enclosures=(),
        content_hash=content_hash(title, text),
    )
    return replace(article, **changes)  # type: ignore[arg-type]
