"""The HTTP app on its own (ASGI, no server): content codings, validators, methods."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import brotli
import httpx
import pytest

from feedhub.config import load_settings
from feedhub.db.repo import Repository
from feedhub.publish.app import FeedApp
from feedhub.publish.feedinfo import FeedInfo
from feedhub.publish.negotiation import choose_encoding
from feedhub.publish.render import render
from tests.conftest import write_config


@pytest.fixture
def app(tmp_path: Path) -> FeedApp:
    cfg = write_config(tmp_path, "")
    settings = load_settings(cfg)
    repo = Repository.open(settings.service.database_url)
    info = FeedInfo("politik", "T – Politik", "", "de", "http://127.0.0.1:8080/")
    doc = render(info, [], "atom")
    repo.save_document(doc)
    return FeedApp(repo, lambda: settings)


def request(app: FeedApp, method: str, path: str, **headers: str) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://feedhub") as client:
            return await client.request(method, path, headers=headers)

    return asyncio.run(go())


def test_brotli_when_the_client_takes_it_with_its_own_etag(app: FeedApp) -> None:
    plain = request(app, "GET", "/feeds/politik.atom", **{"Accept-Encoding": "identity"})
    br = request(app, "GET", "/feeds/politik.atom", **{"Accept-Encoding": "gzip, br"})
    assert br.headers["content-encoding"] == "br"
    assert br.content == plain.content  # httpx decoded it
    assert br.headers["etag"] == plain.headers["etag"][:-1] + '-br"'
    assert br.headers["vary"] == "Accept, Accept-Encoding"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("gzip", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0.5, br;q=0.8", "br"),
        ("gzip;q=0.9, br;q=0.1", "gzip"),
        ("*", "br"),
        ("*;q=0", "identity"),
        ("gzip;q=0", "identity"),
        ("", "identity"),
        ("deflate", "identity"),
    ],
)
def test_content_coding_follows_q_values(accept: str, expected: str) -> None:
    assert choose_encoding(accept, brotli=True) == expected


def test_without_a_stored_brotli_form_gzip_is_served() -> None:
    assert choose_encoding("br, gzip", brotli=False) == "gzip"


def test_stored_forms_decompress_to_the_same_bytes(tmp_path: Path) -> None:
    doc = render(FeedInfo("all", "T", "", "de", "http://x/"), [], "rss")
    assert gzip.decompress(doc.gzip) == doc.content
    assert doc.brotli is not None and brotli.decompress(doc.brotli) == doc.content


@pytest.mark.parametrize("coding", ["identity", "gzip", "br"])
def test_if_none_match_with_any_representations_etag_is_304(app: FeedApp, coding: str) -> None:
    first = request(app, "GET", "/feeds/politik.atom", **{"Accept-Encoding": coding})
    again = request(app, "GET", "/feeds/politik.atom", **{"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert "content-length" not in again.headers


def test_if_modified_since(app: FeedApp) -> None:
    first = request(app, "GET", "/feeds/politik.atom")
    assert (
        request(
            app,
            "GET",
            "/feeds/politik.atom",
            **{"If-Modified-Since": first.headers["last-modified"]},
        ).status_code
        == 304
    )
    older = "Thu, 01 Jan 1960 00:00:00 GMT"
    assert (
        request(app, "GET", "/feeds/politik.atom", **{"If-Modified-Since": older}).status_code
        == 200
    )
    # If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)
    both = request(
        app,
        "GET",
        "/feeds/politik.atom",
        **{"If-None-Match": '"other"', "If-Modified-Since": first.headers["last-modified"]},
    )
    assert both.status_code == 200


def test_head_has_the_headers_and_no_body(app: FeedApp) -> None:
    get = request(app, "GET", "/feeds/politik.atom")
    head = request(app, "HEAD", "/feeds/politik.atom")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]
    assert head.headers["etag"] == get.headers["etag"]


def test_a_im_feed_gets_the_full_feed_not_226(app: FeedApp) -> None:
    response = request(app, "GET", "/feeds/politik.atom", **{"A-IM": "feed"})
    assert response.status_code == 200
    assert "im" not in response.headers


def test_cache_control_and_content_type(app: FeedApp) -> None:
    response = request(app, "GET", "/feeds/politik.atom")
    assert response.headers["cache-control"] == "public, max-age=300"
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"


def test_methods_and_unknown_paths(app: FeedApp) -> None:
    post = request(app, "POST", "/feeds/politik.atom")
    assert post.status_code == 405 and post.headers["allow"] == "GET, HEAD"
    assert request(app, "GET", "/feeds/nosuch.atom").status_code == 404
    assert request(app, "GET", "/feeds/politik.xml").status_code == 404
    assert request(app, "GET", "/feeds/wirtschaft.atom").status_code == 503  # not rendered yet


@pytest.mark.parametrize(
    ("accept", "html"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", True),
        ("application/atom+xml,application/rss+xml,application/xml;q=0.9,*/*;q=0.1", False),
        ("*/*", False),
        ("", False),
        ("application/feed+json, text/html;q=0.5", False),
    ],
)
def test_browsers_are_told_apart_from_feed_readers(accept: str, html: bool) -> None:
    from feedhub.publish.negotiation import prefers_html

    assert prefers_html(accept) is html


def test_a_rendering_is_read_from_the_database_at_most_once_per_ttl(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "")
    settings = load_settings(cfg)
    repo = Repository.open(settings.service.database_url)
    info = FeedInfo("politik", "T – Politik", "", "de", "http://127.0.0.1:8080/")
    repo.save_document(render(info, [], "atom"))
    cached = FeedApp(repo, lambda: settings, ttl=3600)
    fresh = FeedApp(repo, lambda: settings, ttl=0)
    first = request(cached, "GET", "/feeds/politik.atom").headers["etag"]
    repo.save_document(
        render(
            FeedInfo("politik", "T – Politik, neu", "", "de", "http://127.0.0.1:8080/"), [], "atom"
        )
    )
    assert request(cached, "GET", "/feeds/politik.atom").headers["etag"] == first  # from memory
    assert request(fresh, "GET", "/feeds/politik.atom").headers["etag"] != first


def asgi_status(app: FeedApp, version: str, headers: list[tuple[bytes, bytes]]) -> int:
    """The status of a GET /healthz through the ASGI adapter, with exactly these headers."""
    scope = {
        "type": "http",
        "http_version": version,
        "method": "GET",
        "path": "/healthz",
        "query_string": b"",
        "headers": headers,
    }
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> MutableMapping[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    status = sent[0]["status"]
    assert isinstance(status, int)
    return status


@pytest.mark.parametrize(
    ("version", "headers", "status"),
    [
        ("1.1", [], 400),
        ("1.1", [(b"host", b"a"), (b"Host", b"b")], 400),
        ("1.1", [(b"host", b"a b")], 400),
        ("1.1", [(b"host", b"")], 400),
        ("1.1", [(b"Host", b"feeds.example")], 200),
        ("1.0", [], 200),
        ("2", [], 200),  # HTTP/2 names the host in :authority
    ],
)
def test_the_asgi_adapter_checks_host_like_the_rsgi_one(
    app: FeedApp, version: str, headers: list[tuple[bytes, bytes]], status: int
) -> None:
    assert asgi_status(app, version, headers) == status
