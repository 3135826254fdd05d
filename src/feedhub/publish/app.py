"""The HTTP app (raw ASGI): the feeds, an index page, a health check.

    GET|HEAD /                        HTML list of feeds with <link rel="alternate"> autodiscovery
    GET|HEAD /feeds/{slug}.{fmt}      slug: a section or "all"; fmt: atom, rss, json
    GET|HEAD /feeds/{slug}/archive/{n}.{fmt}   RFC 5005 archive pages
    GET|HEAD /healthz                 "ok" when the database answers

A feed request costs a dictionary lookup of the stored rendering (re-read from the
database at most once a second, so a feed published by another process shows up within
a second), never a render. Responses carry
a strong ETag (the gzip and brotli forms have their own), Last-Modified, Cache-Control and
Vary: Accept-Encoding; If-None-Match (or, without it, If-Modified-Since) gets 304 with
no body. With WebSub hubs configured, a subscription feed also names them and itself in a
Link header (WebSub §4 discovery). Plain ASGI keeps the per-request cost to what a feed
server needs.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import MutableMapping
from email.utils import format_datetime
from email.utils import parsedate_to_datetime
from typing import Any

from feedhub.db.repo import Repository
from feedhub.models import FeedDocument
from feedhub.models import Settings
from feedhub.publish.render import BROWSER
from feedhub.publish.render import FORMATS
from feedhub.publish.render import MEDIA_TYPES

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


class FeedApp:
    def __init__(
        self, repo: Repository, settings: Callable[[], Settings], *, ttl: float = DOCUMENT_TTL
    ) -> None:
        self.repo = repo
        self.settings = settings
        self.ttl = ttl
        self._documents: dict[tuple[str, str], tuple[float, FeedDocument | None]] = {}

    def document(self, key: str, fmt: str) -> FeedDocument | None:
        """The stored rendering, read from the database at most once per `ttl` seconds
        (another process may have published a new one): a request is a dict lookup."""
        now = time.monotonic()
        cached = self._documents.get((key, fmt))
        if cached is not None and now - cached[0] < self.ttl:
            return cached[1]
        doc = self.repo.document(key, fmt)
        if len(self._documents) > DOCUMENT_CACHE:
            self._documents.clear()
        self._documents[(key, fmt)] = (now, doc)
        return doc

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method = scope["method"]
        if method not in ("GET", "HEAD"):
            await _respond(send, 405, b"method not allowed\n", [(b"allow", b"GET, HEAD")])
            return
        path: str = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        head = method == "HEAD"
        if path.startswith("/feeds/"):
            await self._feed(send, path.removeprefix("/feeds/"), headers, head)
        elif path == "/":
            await _respond(
                send,
                200,
                self._index(),
                [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"cache-control", b"public, max-age=60"),
                ],
                head=head,
            )
        elif path == "/healthz":
            await _respond(
                send, 200, b"ok\n", [(b"content-type", b"text/plain; charset=utf-8")], head=head
            )
        else:
            await _respond(send, 404, b"not found\n", head=head)

    async def _feed(self, send: Send, name: str, headers: dict[str, str], head: bool) -> None:
        key, _, fmt = name.rpartition(".")
        slug, _, page = key.partition("/archive/")
        settings = self.settings()
        if (
            fmt not in FORMATS
            or (slug != ALL and settings.section(slug) is None)
            or (page and not page.isdigit())
            or ("/" in slug)
        ):
            await _respond(send, 404, b"no such feed\n", head=head)
            return
        browser = prefers_html(headers.get("accept", ""))
        doc = self.document(key, BROWSER if browser else fmt)
        if doc is None and browser:
            doc = self.document(key, fmt)
        if doc is None:
            if page:
                await _respond(send, 404, b"no such archive page\n", head=head)
            else:
                await _respond(
                    send, 503, b"feed not rendered yet\n", [(b"retry-after", b"30")], head=head
                )
            return
        # an archive page keeps its entries: it may be cached far longer than the feed
        max_age = ARCHIVE_MAX_AGE if page else settings.service.max_cache_age
        coding = choose_encoding(headers.get("accept-encoding", ""), brotli=doc.brotli is not None)
        etag = _etag(doc, coding)
        common = [
            (b"etag", etag.encode()),
            (b"last-modified", format_datetime(doc.last_modified, usegmt=True).encode()),
            (b"cache-control", f"public, max-age={max_age}".encode()),
            (b"vary", b"Accept, Accept-Encoding"),
        ]
        hubs = settings.service.websub_hubs
        if hubs and not page:  # WebSub discovery (§4): the hubs and the topic URL
            topic = f"{settings.service.base_url}feeds/{name}"
            links = [f'<{hub}>; rel="hub"' for hub in hubs] + [f'<{topic}>; rel="self"']
            common.append((b"link", ", ".join(links).encode()))
        if _not_modified(headers, doc):
            await _respond(send, 304, b"", common)
            return
        body = {"br": doc.brotli, "gzip": doc.gzip}.get(coding) or doc.content
        extra = [(b"content-type", doc.media_type.encode())]
        if coding != "identity":
            extra.append((b"content-encoding", coding.encode()))
        await _respond(send, 200, body, common + extra, head=head)

    def _index(self) -> bytes:
        s = self.settings()
        feeds = [(ALL, "Alle Ressorts")] + [(sec.slug, sec.title) for sec in s.sections]
        links, rows = [], []
        for slug, title in feeds:
            for fmt in FORMATS:
                href = f"/feeds/{slug}.{fmt}"
                links.append(
                    f'<link rel="alternate" type="{MEDIA_TYPES[fmt].split(";")[0]}"'
                    f' title="{html.escape(s.service.title)} – {html.escape(title)}'
                    f' ({_FORMAT_NAMES[fmt]})" href="{href}">'
                )
            formats = " · ".join(
                f'<a href="/feeds/{slug}.{fmt}">{_FORMAT_NAMES[fmt]}</a>' for fmt in FORMATS
            )
            rows.append(f"<li><strong>{html.escape(title)}</strong>: {formats}</li>")
        page = f"""<!doctype html>
<html lang="{html.escape(s.service.language)}">
<head>
<meta charset="utf-8">
<title>{html.escape(s.service.title)} – Feeds</title>
{chr(10).join(links)}
</head>
<body>
<h1>{html.escape(s.service.title)} – Feeds</h1>
<ul>
{chr(10).join(rows)}
</ul>
</body>
</html>
"""
        return page.encode("utf-8")


_ETAG_SUFFIX = {"identity": "", "gzip": "-gz", "br": "-br"}


def _etag(doc: FeedDocument, coding: str) -> str:
    """Each content coding is its own representation, with its own strong ETag."""
    suffix = _ETAG_SUFFIX[coding]
    return doc.etag[:-1] + suffix + '"' if suffix else doc.etag


def q_values(header: str) -> dict[str, float]:
    """An Accept or Accept-Encoding header as {value: q} (RFC 9110 §12.4.2)."""
    ranked: dict[str, float] = {}
    for part in header.lower().split(","):
        value, _, params = part.strip().partition(";")
        if not value.strip():
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, raw = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(raw)
                except ValueError:
                    q = 0.0
        ranked[value.strip()] = q
    return ranked


def prefers_html(accept: str) -> bool:
    """A browser (text/html ranked above every feed type and */*) rather than a reader."""
    ranked = q_values(accept)
    html = max(ranked.get("text/html", 0.0), ranked.get("application/xhtml+xml", 0.0))
    others = [
        q
        for media, q in ranked.items()
        if media not in ("text/html", "application/xhtml+xml")
        and ("xml" in media or "json" in media or media == "*/*")
    ]
    return html > 0 and all(html > q for q in others)


def choose_encoding(accept_encoding: str, *, brotli: bool) -> str:
    """br, gzip or identity by the client's q-values (RFC 9110 §12.5.3); br wins a tie."""
    q = {("gzip" if c == "x-gzip" else c): v for c, v in q_values(accept_encoding).items()}
    star = q.get("*", 0.0)
    offers = (["br"] if brotli else []) + ["gzip"]
    best = max(offers, key=lambda c: (q.get(c, star), c == "br"))
    return best if q.get(best, star) > 0 else "identity"


def _not_modified(headers: dict[str, str], doc: FeedDocument) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only without it."""
    inm = headers.get("if-none-match")
    if inm is not None:
        if inm.strip() == "*":
            return True
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return bool(tags & {_etag(doc, coding) for coding in _ETAG_SUFFIX})
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


async def _respond(
    send: Send,
    status: int,
    body: bytes,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    head: bool = False,
) -> None:
    headers = list(headers or [])
    if not any(k == b"content-type" for k, _ in headers) and status != 304:
        headers.append((b"content-type", b"text/plain; charset=utf-8"))
    if status != 304:
        headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head or status == 304 else body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
