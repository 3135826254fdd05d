"""RFC 5005 archived feeds: following prev-archive from the subscription feed yields every
story exactly once; archive pages are marked, linked both ways, and stable."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest
from lxml import etree

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import SHARED
from tests.conftest import write_config

HISTORY = "{http://purl.org/syndication/history/1.0}archive"
TOWNS = [
    "Aachen",
    "Bremen",
    "Cottbus",
    "Dresden",
    "Erfurt",
    "Flensburg",
    "Görlitz",
    "Hameln",
    "Ingolstadt",
    "Jena",
    "Kassel",
    "Lübeck",
]


def add_article(inbox: Path, i: int) -> None:
    town = TOWNS[i]
    (inbox / f"a{i:02d}.xml").write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W</title>
<link>https://w.example/</link><description>d</description><item>
<title>{town}: Stadtrat beschließt Plan Nummer {100 + i}</title>
<link>https://w.example/{town.lower()}-{i}</link><guid isPermaLink="false">w-{i}</guid>
<pubDate>{1 + i:02d} Aug 2025 10:00:00 +0000</pubDate>
<description>In {town} hat der Stadtrat mit {20 + i} zu {3 + i} Stimmen den Plan {100 + i}
für {town} verabschiedet, der {1000 * (i + 1)} Wohnungen vorsieht.</description>
</item></channel></rss>""",
        encoding="utf-8",
    )


@pytest.fixture
def hub(tmp_path: Path, db_url: str) -> Iterator[Runtime]:
    inbox = tmp_path / "config" / "wire"
    inbox.mkdir(parents=True)
    for i in range(8):
        add_article(inbox, i)
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n',
        database_url=db_url,
        extra_service="feed_size = 3",
    )
    h = Runtime.open(load_settings(cfg))
    pipeline.update_sources(h, list(h.settings.sources), pipeline.now_utc())
    pipeline.publish_all(h)
    yield h
    h.close()


def get(hub: Runtime, url: str) -> httpx.Response:
    app = FeedApp(hub.repo, lambda: hub.settings)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8080"
        ) as c:
            return await c.get(url.removeprefix("http://127.0.0.1:8080"))

    return asyncio.run(go())


def follow(hub: Runtime, fmt: str) -> list[list[str]]:
    """Entry ids page by page, from the subscription feed back through prev-archive."""
    pages: list[list[str]] = []
    url: str | None = f"/feeds/politik.{fmt}"
    while url:
        response = get(hub, url)
        assert response.status_code == 200, url
        if fmt == "json":
            doc = json.loads(response.content)
            pages.append([item["id"] for item in doc["items"]])
            url = doc.get("next_url")
        else:
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo
            pages.append([e.id for e in parsed.entries])
            prev = [
                link.href for link in parsed.feed.get("links", []) if link.rel == "prev-archive"
            ]
            url = prev[0] if prev else None
    return pages


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_prev_archive_chain_yields_every_story_once(hub: Runtime, fmt: str) -> None:
    pages = follow(hub, fmt)
    ids = [i for page in pages for i in page]
    assert len(ids) == len(set(ids)) == 8
    assert 3 <= len(pages[0]) <= 5  # the subscription feed: feed_size to 2*feed_size-1
    assert all(len(page) == 3 for page in pages[1:])  # archive pages are full


def test_archive_pages_are_marked_linked_and_valid(hub: Runtime) -> None:
    schema = etree.RelaxNG(etree.parse(str(SHARED / "data" / "schemas" / "atom.rng")))
    page = get(hub, "/feeds/politik/archive/0.atom")
    assert page.headers["cache-control"] == "public, max-age=86400"
    root = etree.fromstring(page.content)
    assert root.find(HISTORY) is not None
    subscription = etree.fromstring(get(hub, "/feeds/politik.atom").content)
    assert subscription.find(HISTORY) is None
    links = {
        link.get("rel"): link.get("href")
        for link in root.findall("{http://www.w3.org/2005/Atom}link")
    }
    assert links["current"].endswith("/feeds/politik.atom")
    assert links["next-archive"].endswith("/feeds/politik.atom")  # the newest archive
    assert "prev-archive" not in links  # the oldest
    assert schema.validate(root), schema.error_log
    assert get(hub, "/feeds/politik/archive/7.atom").status_code == 404
    assert get(hub, "/feeds/politik/archive/x.atom").status_code == 404


def test_archive_pages_stay_put_as_stories_arrive(hub: Runtime, tmp_path: Path) -> None:
    before = get(hub, "/feeds/politik/archive/0.atom")
    inbox = tmp_path / "config" / "wire"
    for i in range(8, 12):
        add_article(inbox, i)
    time.sleep(0.01)
    pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
    after = get(hub, "/feeds/politik/archive/0.atom")
    assert after.content == before.content and after.headers["etag"] == before.headers["etag"]
    pages = follow(hub, "atom")
    assert len({i for page in pages for i in page}) == 12
    assert len(pages) == 4  # 12 stories: a subscription feed of 3 + 3 archive pages
