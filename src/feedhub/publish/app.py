"""The HTTP app (raw ASGI): the feeds, an index page, a health check.

    GET|HEAD /                        HTML list of feeds with <link rel="alternate"> autodiscovery
    GET|HEAD /feeds/{slug}.{fmt}      slug: a section, "all" or "top"; fmt: atom, rss, json
    GET|HEAD /feeds/{kind}/{value}.{fmt}   kind: tag, author, source (feeds.py)
    GET|HEAD /feeds/{key}/archive/{n}.{fmt}   RFC 5005 archive pages
    GET|HEAD /stories/{id}.{fmt}      one story: its versions and related stories
    GET|HEAD /healthz                 "ok" when the database answers a query, else 503 and
                                      a one-line reason (also the readiness check: a web
                                      process without its store can serve nothing current)
    GET|HEAD /status, /status.json    source health for operators (?sort=state|source|...),
                                      led by the config's problems while it is invalid
    GET|HEAD /metrics                 Prometheus text format (feedhub.metrics); 404 with
                                      `metrics = false`

Every request goes through respond(), whatever the server interface (ASGI or RSGI), and
that checks the Host header first (RFC 9112 §3.2): an HTTP/1.1 request without one, any
request with two or with an invalid one, gets 400; HTTP/1.0 may leave it out.

A feed request costs a dictionary lookup of the stored rendering (re-read from the
database at most once a second, so a feed published by another process shows up within
a second), never a render, except the first request for a tag's, author's, source's or
story's feed (or one of its archive pages), which renders and stores it
(publish.publisher: from then on the service keeps it current). Responses carry
a strong ETag (the gzip and brotli forms have their own), Last-Modified, Cache-Control and
Vary: Accept-Encoding; If-None-Match (or, without it, If-Modified-Since) gets 304 with
no body. With WebSub hubs configured, a subscription feed also names them and itself in a
Link header (WebSub §4 discovery). Plain ASGI keeps the per-request cost to what a feed
server needs.
"""

from __future__ import annotations

import html
import logging
import os
import time
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import MutableMapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from email.utils import format_datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from typing import Any
from urllib.parse import parse_qs

from feedhub import feeds
from feedhub import metrics
from feedhub.db.repo import Repository
from feedhub.errors import StorageError
from feedhub.models import FeedDocument
from feedhub.models import Settings
from feedhub.publish import publisher
from feedhub.publish import render
from feedhub.publish import status
from feedhub.publish.feedinfo import BROWSER
from feedhub.publish.feedinfo import FORMATS
from feedhub.publish.feedinfo import MEDIA_TYPES
from feedhub.publish.feedinfo import PAGE_STYLE
from feedhub.publish.feedinfo import FeedInfo
from feedhub.publish.feedinfo import subscribe_note
from feedhub.publish.negotiation import choose_encoding
from feedhub.publish.negotiation import host_problem
from feedhub.publish.negotiation import prefers_html

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from feedhub.models import ConfigProblem

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

ALL = "all"
DOCUMENT_TTL = 1.0  # seconds a stored rendering is served from memory before re-reading
DOCUMENT_CACHE = 10_000  # renderings kept in memory, at most
ARCHIVE_MAX_AGE = 86400
_FORMAT_NAMES = {"atom": "Atom", "rss": "RSS", "json": "JSON Feed"}


CONFIG_ENV = "FEEDHUB_CONFIG"


def worker_app() -> FeedApp:
    """The app of one HTTP worker process (the server calls this factory in each): the
    config directory named by $FEEDHUB_CONFIG, re-read when it changes, its problems shown
    on /status while it is invalid."""
    from feedhub.config_watch import LiveSettings

    live = LiveSettings(os.environ[CONFIG_ENV])
    return FeedApp(
        Repository.open(live.settings.service.database_url),
        live,
        config_problems=lambda: live.problems,
    )


def _no_problems() -> Sequence[ConfigProblem]:
    return ()


class FeedApp:
    def __init__(
        self,
        repo: Repository,
        settings: Callable[[], Settings],
        *,
        ttl: float = DOCUMENT_TTL,
        config_problems: Callable[[], Sequence[ConfigProblem]] = _no_problems,
        metrics: CollectorRegistry | None = None,
    ) -> None:
        """`settings`: the config in force, asked per request; `config_problems`: what is
        wrong with the config on disk now (config_watch.LiveSettings gives both);
        `metrics`: the registry /metrics shows outside multiprocess mode (feedhub.metrics)."""
        self.repo = repo
        self.metrics = metrics
        self.settings = settings
        self.config_problems = config_problems
        self.ttl = ttl
        # (key, format) -> (when read from the database, the prepared replies or None)
        self._prepared: dict[tuple[str, str], tuple[float, _Prepared | None]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers: dict[str, str] = {}
        hosts: list[str] = []
        for k, v in scope["headers"]:
            key = k.lower()
            if key == b"host":
                hosts.append(v.decode("latin-1"))
            elif (name := _WANTED.get(key)) is not None:
                headers[name] = v.decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        reply = self.respond(
            scope["method"],
            scope["path"],
            headers,
            query,
            version=scope.get("http_version", "1.1"),
            hosts=hosts,
        )
        await send({"type": "http.response.start", "status": reply.status, "headers": reply.raw})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else reply.body}
        )

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        """RSGI (granian's native interface: fewer conversions per request than ASGI)."""
        if scope.proto != "http":
            return
        get = scope.headers.get
        headers = {name: v for name in _WANTED.values() if (v := get(name)) is not None}
        reply = self.respond(
            scope.method,
            scope.path,
            headers,
            scope.query_string,
            version=scope.http_version,
            hosts=scope.headers.get_all("host"),
        )
        proto.response_bytes(
            reply.status, reply.headers, b"" if scope.method == "HEAD" else reply.body
        )

    def respond(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        query: str = "",
        *,
        version: str,
        hosts: Sequence[str],
    ) -> Reply:
        """The reply to a request (`headers`: the request headers in _WANTED, by lower-case
        name; `version`: the HTTP version as the server names it, "1.0" or "1" for
        HTTP/1.0; `hosts`: every Host header field value); the server adapters above only
        carry it. The body of a HEAD reply is dropped by them."""
        bad_host = host_problem(version, hosts)
        if bad_host is not None:
            return _reply(400, f"bad request: {bad_host}\n".encode(), _NO_STORE)
        if method not in ("GET", "HEAD"):
            return _reply(405, b"method not allowed\n", ("allow", "GET, HEAD"))
        if path.startswith("/feeds/"):
            return self._feed(path.removeprefix("/feeds/"), headers)
        if path.startswith("/stories/"):
            return self._feed(feeds.STORY + "/" + path.removeprefix("/stories/"), headers)
        if path == "/":
            return _reply(
                200,
                self._index(),
                ("content-type", "text/html; charset=utf-8"),
                ("cache-control", "public, max-age=60"),
            )
        if path == "/healthz":
            return self._health()
        if path in ("/status", "/status.json"):
            return self._status(path.endswith(".json"), query)
        if path == "/metrics" and self.settings().service.metrics:
            body = metrics.exposition(self.metrics)
            return _reply(200, body, ("content-type", metrics.CONTENT_TYPE), _NO_STORE)
        return _reply(404, b"not found\n")

    def _feed(self, name: str, headers: Mapping[str, str]) -> Reply:
        base, _, fmt = name.rpartition(".")
        key = feeds.parse(base)
        settings = self.settings()
        if (
            fmt not in FORMATS
            or key is None
            or (key.kind == "section" and settings.section(key.value) is None)
        ):
            return _reply(404, b"no such feed\n")
        browser = prefers_html(headers.get("accept", ""))
        prepared = self._prepared_for(name, base, browser, fmt, settings)
        if prepared is None and key.kind in feeds.KINDS:
            # a tag's, author's, source's or story's feed nobody asked for before
            if not publisher.publish_on_demand(self.repo, settings, key, datetime.now(UTC)):
                return _reply(404, b"no such feed\n" if key.page is None else _NO_PAGE)
            self._forget(base)
            prepared = self._prepared_for(name, base, browser, fmt, settings)
        if prepared is None:
            if key.page is not None:
                return _reply(404, _NO_PAGE)
            return _reply(503, b"feed not rendered yet\n", ("retry-after", "30"))
        coding = choose_encoding(
            headers.get("accept-encoding", ""), prepared.doc.brotli is not None
        )
        if _not_modified(headers, prepared):
            return prepared.not_modified[coding]
        return prepared.ok[coding]

    def _prepared_for(
        self, name: str, key: str, browser: bool, fmt: str, settings: Settings
    ) -> _Prepared | None:
        """The page a browser gets (content negotiation) if rendered, else the feed."""
        if browser:
            prepared = self.prepared(name, key, BROWSER, settings, opened=fmt)
        else:
            prepared = self.prepared(name, key, fmt, settings)
        if prepared is None and browser:
            prepared = self.prepared(name, key, fmt, settings)
        return prepared

    def _forget(self, key: str) -> None:
        for fmt in FORMATS:
            self._prepared.pop((key, fmt), None)
            self._prepared.pop((key, BROWSER + fmt), None)

    def _health(self) -> Reply:
        """200 "ok" when the store answers a query; 503 with a one-line reason when not."""
        try:
            self.repo.ping()
        except StorageError as e:
            logger.warning("health check failed: %s", e)
            return _reply(503, f"unhealthy: {e}\n".encode(), _NO_STORE)
        return _reply(200, b"ok\n", _NO_STORE)

    def _status(self, as_json: bool, query: str) -> Reply:
        """Source health for operators (publish/status.py); never cached by clients."""
        settings = self.settings()
        problems = self.config_problems()
        feeds = self.repo.render_problems()
        configured = {s.id for s in settings.sources}
        rows = [h for h in self.repo.health() if h.source_id in configured]
        generated = datetime.now(UTC).replace(microsecond=0)
        if as_json:
            body = status.render_json(status.sort_rows(rows, "state"), generated, problems, feeds)
            return _reply(200, body, ("content-type", "application/json"), _NO_STORE)
        sort = parse_qs(query).get("sort", ["state"])[0]
        sort = sort if sort.removeprefix("-") in status.SORTS else "state"
        page = status.render_html(
            status.sort_rows(rows, sort),
            generated,
            title=settings.service.title,
            sort=sort,
            problems=problems,
            feeds=feeds,
            timezone=settings.service.timezone,
        )
        return _reply(200, page, ("content-type", "text/html; charset=utf-8"), _NO_STORE)

    def prepared(
        self, name: str, key: str, fmt: str, settings: Settings, *, opened: str = ""
    ) -> _Prepared | None:
        """The replies to a feed request, prepared once per stored rendering (and config).
        The rendering is re-read from the database at most once per `ttl` seconds (another
        process may have published a new one): a request is a dict lookup. `opened`: for
        the page a browser gets, the format of the URL it opened (named on the page)."""
        now = time.monotonic()
        slot = (key, fmt + opened)
        cached = self._prepared.get(slot)
        if cached is not None and now - cached[0] < self.ttl:
            if cached[1] is None or cached[1].settings is settings:
                return cached[1]
        doc = self.repo.document(key, fmt)
        if doc is not None and opened and opened != "atom":
            doc = _as_opened(doc, key, opened, settings)
        prepared = None
        if doc is not None:
            known = cached[1] if cached is not None else None
            if known is not None and known.doc.etag == doc.etag and known.settings is settings:
                prepared = known
            else:
                prepared = _prepare(doc, name, settings)
        # least recently read out first: requests for unknown tags do not flush the feeds
        self._prepared.pop(slot, None)
        self._prepared[slot] = (now, prepared)
        if len(self._prepared) > DOCUMENT_CACHE:
            del self._prepared[next(iter(self._prepared))]
        return prepared

    def _index(self) -> bytes:
        """The feeds a reader can subscribe to, with autodiscovery links: a styled,
        responsive page in the service's language."""
        s = self.settings()
        e = html.escape
        groups = [
            ("Übersicht", [(ALL, "Alle Ressorts"), (feeds.TOP, "Top-Themen")]),
            ("Ressorts", [(sec.slug, sec.title) for sec in s.sections]),
            ("Themen", [(f"topic/{t.slug}", t.title) for t in s.topics]),
        ]
        links, blocks = [], []
        for heading, listed in groups:
            if not listed:
                continue
            rows = []
            for slug, title in listed:
                for fmt in FORMATS:
                    links.append(
                        f'<link rel="alternate" type="{MEDIA_TYPES[fmt].split(";")[0]}"'
                        f' title="{e(s.service.title)} – {e(title)} ({_FORMAT_NAMES[fmt]})"'
                        f' href="/feeds/{e(slug)}.{fmt}">'
                    )
                formats = "".join(
                    f'<a class="fmt" href="/feeds/{e(slug)}.{fmt}">{_FORMAT_NAMES[fmt]}</a>'
                    for fmt in FORMATS
                )
                rows.append(f'<li><span>{e(title)}</span> <span class="fmts">{formats}</span></li>')
            blocks.append(f'<h2>{e(heading)}</h2>\n<ul class="feeds">{"".join(rows)}</ul>')
        page = f"""<!doctype html>
<html lang="{e(s.service.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(s.service.title)} – Feeds</title>
{chr(10).join(links)}
<style>{PAGE_STYLE}
ul.feeds{{list-style:none;padding:0}}
ul.feeds li{{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;
padding:.5rem 0;border-bottom:1px solid #e5e5e5}}
ul.feeds li>span:first-child{{flex:1 1 8rem;font-weight:600}}
span.fmts{{display:flex;gap:.4rem;white-space:nowrap}}
a.fmt{{font-size:.85em;padding:.1rem .5rem;border:1px solid #bbb;border-radius:1rem;
text-decoration:none}}</style>
</head>
<body>
<h1>{e(s.service.title)} – Feeds</h1>
<p class="note">Abonnieren Sie einen Feed in Ihrem Feedreader: Atom, RSS oder JSON Feed,
jeweils mit Archiv. Jede Meldung erscheint einmal, auch wenn mehrere Quellen berichten.</p>
{chr(10).join(blocks)}
</body>
</html>
"""
        return page.encode("utf-8")


_ETAG_SUFFIX = {"identity": "", "gzip": "-gz", "br": "-br"}
_NO_STORE = ("cache-control", "no-store")
_NO_PAGE = b"no such archive page\n"
# a Host field value (RFC 9110 §7.2): uri-host [ ":" port ], the host not empty
# the request headers the app reads
_WANTED = {
    name.encode(): name
    for name in ("accept", "accept-encoding", "if-none-match", "if-modified-since")
}


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A stored rendering's responses, by content coding."""

    doc: FeedDocument
    settings: Settings
    etags: frozenset[str]  # every coding's: a client may revalidate any of them
    ok: dict[str, Reply]  # 200, by coding
    not_modified: dict[str, Reply]  # 304, by coding


@dataclass(frozen=True, slots=True)
class Reply:
    """A response: status, headers (str, for RSGI; `raw` the same as bytes, for ASGI), body."""

    status: int
    headers: list[tuple[str, str]]
    raw: list[tuple[bytes, bytes]]
    body: bytes


def _reply(status: int, body: bytes, *headers: tuple[str, str]) -> Reply:
    """A reply with Content-Length (and a plain-text Content-Type unless one is given)."""
    out = list(headers)
    if status != 304:
        if not any(k == "content-type" for k, _ in out):
            out.append(("content-type", "text/plain; charset=utf-8"))
        out.append(("content-length", str(len(body))))
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in out]
    return Reply(status, out, raw, b"" if status == 304 else body)


def _prepare(doc: FeedDocument, name: str, settings: Settings) -> _Prepared:
    svc = settings.service
    archive = "/archive/" in name
    # an archive page keeps its entries: it may be cached far longer than the feed
    max_age = ARCHIVE_MAX_AGE if archive else svc.max_cache_age
    common = [
        ("last-modified", format_datetime(doc.last_modified, usegmt=True)),
        ("cache-control", f"public, max-age={max_age}"),
        ("vary", "Accept, Accept-Encoding"),
    ]
    if svc.websub_hubs and not archive:  # WebSub discovery (§4): the hubs and the topic
        topic = f"{svc.base_url}feeds/{name}"
        links = [f'<{hub}>; rel="hub"' for hub in svc.websub_hubs] + [f'<{topic}>; rel="self"']
        common.append(("link", ", ".join(links)))
    bodies = {"identity": doc.content, "gzip": doc.gzip}
    if doc.brotli is not None:
        bodies["br"] = doc.brotli
    ok, not_modified = {}, {}
    for coding, body in bodies.items():
        tagged = [("etag", _etag(doc, coding)), *common]
        not_modified[coding] = _reply(304, b"", *tagged)
        encoding = [("content-encoding", coding)] if coding != "identity" else []
        ok[coding] = _reply(200, body, *tagged, ("content-type", doc.media_type), *encoding)
    return _Prepared(
        doc, settings, frozenset(_etag(doc, c) for c in _ETAG_SUFFIX), ok, not_modified
    )


def _as_opened(doc: FeedDocument, key: str, fmt: str, settings: Settings) -> FeedDocument:
    """A feed's page (rendered naming the Atom feed) naming the format opened instead."""
    found = feeds.parse(key)
    assert found is not None
    info = FeedInfo(found.feed, "", "", "", settings.service.base_url, page=found.page)
    atom = subscribe_note("atom", info.url("atom")).encode()
    content = doc.content.replace(atom, subscribe_note(fmt, info.url(fmt)).encode(), 1)
    return render.packed(doc.section, BROWSER, content, doc.last_modified)


def _etag(doc: FeedDocument, coding: str) -> str:
    """Each content coding is its own representation, with its own strong ETag."""
    suffix = _ETAG_SUFFIX[coding]
    return doc.etag[:-1] + suffix + '"' if suffix else doc.etag


def _not_modified(headers: Mapping[str, str], prepared: _Prepared) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only without it."""
    doc = prepared.doc
    inm = headers.get("if-none-match")
    if inm is not None:
        if inm in prepared.etags:  # the common case: one tag, as we sent it
            return True
        if inm.strip() == "*":
            return True
        return any(t.strip().removeprefix("W/") in prepared.etags for t in inm.split(","))
    ims = headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        return doc.last_modified.replace(microsecond=0) <= since
    return False


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
