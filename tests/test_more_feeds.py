"""Feeds beyond sections (feeds.py, publish.publisher): per tag, author and source, the
top stories and per-story feeds, on the wire through the ASGI app, on both backends.

A facet's or story's feed is rendered when first asked for and kept current from then
on; one nobody asked for is never rendered."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import jsonschema
import pytest
from lxml import etree

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import SHARED
from tests.conftest import write_config

ATOM = "{http://www.w3.org/2005/Atom}"
HISTORY = "{http://purl.org/syndication/history/1.0}"
TOWNS = ["Aachen", "Bremen", "Cottbus", "Dresden", "Erfurt", "Flensburg", "Görlitz", "Hameln"]


def item(i: int, *, tags: tuple[str, ...], author: str, guid: str | None = None) -> str:
    town = TOWNS[i]
    cats = "".join(f"<category>{t}</category>" for t in tags)
    return f"""<item><title>{town}: Stadtrat beschließt Plan Nummer {100 + i}</title>
<link>https://w.example/{town.lower()}-{i}</link><guid isPermaLink="false">{guid or f"w-{i}"}</guid>
<pubDate>{1 + i:02d} Aug 2025 10:00:00 +0000</pubDate>{cats}<dc:creator>{author}</dc:creator>
<description>In {town} hat der Stadtrat mit {20 + i} zu {3 + i} Stimmen den Plan {100 + i}
für {town} verabschiedet, der {1000 * (i + 1)} Wohnungen vorsieht.</description></item>"""


def write_feed(folder: Path, name: str, items: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>W</title>'
        f"<link>https://w.example/</link><description>d</description>{''.join(items)}"
        "</channel></rss>",
        encoding="utf-8",
    )


@pytest.fixture
def hub(tmp_path: Path, db_url: str) -> Iterator[Runtime]:
    """Six stories from `wire`: even ones tagged Klimapolitik, by Anna Müller; odd ones
    tagged Verkehr, by Bert Ruf. Story 2 is also carried, word for word, by `partner`."""
    cfg_dir = tmp_path / "config"
    write_feed(
        cfg_dir / "wire",
        "a.xml",
        [
            item(i, tags=("Klimapolitik",), author="Anna Müller")
            if i % 2 == 0
            else item(i, tags=("Verkehr",), author="Bert Ruf")
            for i in range(6)
        ],
    )
    write_feed(cfg_dir / "partner", "b.xml", [item(2, tags=(), author="Anna Müller", guid="p-2")])
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\nname = "Agentur"\npath = "wire"\nsection = "politik"\n'
        "trust = 80\n"
        '[partner]\nkind = "inbox"\nname = "Partner"\npath = "partner"\nsection = "politik"\n',
        database_url=db_url,
        extra_service="feed_size = 2",
    )
    h = Runtime.open(load_settings(cfg))
    pipeline.update_sources(h, list(h.settings.sources), pipeline.now_utc())
    yield h
    h.close()


def get(hub: Runtime, path: str, **headers: str) -> httpx.Response:
    app = FeedApp(hub.repo, lambda: hub.settings, ttl=0)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8080"
        ) as c:
            return await c.get(path.removeprefix("http://127.0.0.1:8080"), headers=headers)

    return asyncio.run(go())


def titles(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return [e.title for e in parsed.entries]


def every_page(hub: Runtime, path: str) -> list[str]:
    """Entry titles of a feed and all its archive pages (RFC 5005 prev-archive)."""
    found: list[str] = []
    url: str | None = path
    while url:
        response = get(hub, url)
        found += titles(response)
        parsed = feedparser.parse(response.content)
        prev = [link.href for link in parsed.feed.get("links", []) if link.rel == "prev-archive"]
        url = prev[0] if prev else None
    return found


def test_a_tag_feed_holds_the_tagged_stories_across_its_archive_pages(hub: Runtime) -> None:
    assert hub.repo.document("tag/klimapolitik", "atom") is None  # nobody asked yet
    got = every_page(hub, "/feeds/tag/klimapolitik.atom")
    assert sorted(t.split(":")[0] for t in got) == ["Aachen", "Cottbus", "Erfurt"]
    feed = etree.fromstring(get(hub, "/feeds/tag/klimapolitik.atom").content)
    assert feed.findtext(f"{ATOM}title") == "Testportal – Thema: Klimapolitik"
    assert feed.findtext(f"{ATOM}id") == "http://127.0.0.1:8080/feeds/tag/klimapolitik"
    schema = etree.RelaxNG(etree.parse(str(SHARED / "data" / "schemas" / "atom.rng")))
    assert schema.validate(feed), schema.error_log
    # RSS and JSON Feed of the same tag, the JSON one valid against the JSON Feed schema
    assert sorted(titles(get(hub, "/feeds/tag/verkehr.rss"))) == sorted(
        titles(get(hub, "/feeds/tag/verkehr.atom"))
    )
    doc = json.loads(get(hub, "/feeds/tag/verkehr.json").content)
    schema_doc = json.loads((SHARED / "data" / "schemas" / "schema-v1.1.json").read_text())
    jsonschema.validate(doc, schema_doc)
    assert doc["feed_url"] == "http://127.0.0.1:8080/feeds/tag/verkehr.json"


def test_unknown_and_malformed_feed_keys_get_404_and_render_nothing(hub: Runtime) -> None:
    for path in (
        "/feeds/tag/sport.atom",  # no article has it
        "/feeds/tag/Klimapolitik.atom",  # not a slug
        "/feeds/tag/klimapolitik/archive/99.atom",
        "/feeds/tag/klimapolitik/archive/x.atom",
        "/feeds/colour/blue.atom",
        "/feeds/author/.atom",
        "/stories/999999.atom",
        "/stories/abc.atom",
        "/feeds/top/archive/0.atom",  # complete feeds have no archive
        "/feeds/tag/../../etc/passwd.atom",
    ):
        assert get(hub, path).status_code == 404, path
    assert not {k for k in hub.repo.document_keys() if "/" in k and "archive" not in k}


def test_a_feed_once_asked_for_is_kept_current_and_validates(hub: Runtime, tmp_path: Path) -> None:
    first = get(hub, "/feeds/author/anna-mueller.atom")
    assert len(titles(first)) == 3
    assert (
        get(
            hub, "/feeds/author/anna-mueller.atom", **{"if-none-match": first.headers["etag"]}
        ).status_code
        == 304
    )
    write_feed(
        tmp_path / "config" / "wire", "c.xml", [item(6, tags=("Sport",), author="Anna Müller")]
    )
    pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
    stored = hub.repo.document("author/anna-mueller", "atom")
    assert stored is not None and "Görlitz" in stored.content.decode()  # without a request
    assert hub.repo.document("tag/sport", "atom") is None  # never asked for: not rendered
    assert len(every_page(hub, "/feeds/author/anna-mueller.atom")) == 4


def test_a_source_feed_lists_the_stories_the_source_carried(hub: Runtime) -> None:
    got = every_page(hub, "/feeds/source/partner.atom")
    assert [t.split(":")[0] for t in got] == ["Cottbus"]
    assert len(every_page(hub, "/feeds/source/wire.atom")) == 6
    feed = etree.fromstring(get(hub, "/feeds/source/partner.atom").content)
    assert feed.findtext(f"{ATOM}title") == "Testportal – Quelle: Partner"


def test_top_stories_rank_by_the_sources_covering_them(hub: Runtime, db_url: str) -> None:
    # the stories were published on 1-6 August 2025 at 10:00; published as of 3 August
    # 12:00, the top window (24 hours) starts after Aachen's and Bremen's
    from datetime import UTC
    from datetime import datetime

    from feedhub.publish import publisher

    publisher.publish(hub.repo, hub.settings, [], datetime(2025, 8, 3, 12, tzinfo=UTC))
    response = get(hub, "/feeds/top.atom")
    got = titles(response)
    # Cottbus (two sources) first, then the newest; feed_size (2) stories at most
    assert [t.split(":")[0] for t in got] == ["Cottbus", "Flensburg"]
    feed = etree.fromstring(response.content)
    schema = etree.RelaxNG(etree.parse(str(SHARED / "data" / "schemas" / "atom.rng")))
    assert schema.validate(feed), schema.error_log
    assert feed.find(f"{HISTORY}complete") is not None
    rels = {link.get("rel") for link in feed.findall(f"{ATOM}link")}
    assert "prev-archive" not in rels
    assert "Top-Themen" in get(hub, "/").text


def test_a_story_feed_lists_its_versions(hub: Runtime) -> None:
    story_id = hub.repo.story_ids([("partner", "p-2")])[("partner", "p-2")]
    response = get(hub, f"/stories/{story_id}.atom")
    feed = feedparser.parse(response.content)
    assert response.status_code == 200 and not feed.bozo
    assert len(feed.entries) == 2  # the wire's version and the partner's
    assert len({e.id for e in feed.entries}) == 2
    assert {e.source.title for e in feed.entries} == {"W"}  # the feeds they came in
    assert feed.feed.links[0].href.endswith(f"/stories/{story_id}.atom")
    schema = etree.RelaxNG(etree.parse(str(SHARED / "data" / "schemas" / "atom.rng")))
    assert schema.validate(etree.fromstring(response.content)), schema.error_log
    doc = json.loads(get(hub, f"/stories/{story_id}.json").content)
    schema_doc = json.loads((SHARED / "data" / "schemas" / "schema-v1.1.json").read_text())
    jsonschema.validate(doc, schema_doc)
    names = {item["_feedhub"]["source"]["name"] for item in doc["items"]}
    assert names == {"Agentur", "Partner"}
    linked = {item["_feedhub"]["story_feed"] for item in doc["items"]}  # as every entry
    assert linked == {f"http://127.0.0.1:8080/stories/{story_id}.json"}


@pytest.mark.parametrize("slug", ["top", "tag", "story", "all"])
def test_a_section_cannot_take_the_name_of_another_feed(tmp_path: Path, slug: str) -> None:
    cfg = write_config(tmp_path, "", sections_toml=f'[{slug}]\ntitle = "X"\n')
    with pytest.raises(ConfigError, match=slug):
        load_settings(cfg)
