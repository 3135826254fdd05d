"""Provenance that validates (issue 16): an entry's Atom <source> names the feed the entry
was copied from (its id, title, website, own URL and <updated>), RSS <source url> that
feed's URL, and readers see a source's public name, never the operator's internal one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.runtime import Runtime
from tests.conftest import SHARED
from tests.conftest import write_config

ATOM = "{http://www.w3.org/2005/Atom}"
DESK = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>urn:newsml:agentur.example:feed:sport</id>
  <title>Agentur – Sport &lt;script&gt;alert(1)&lt;/script&gt;</title>
  <link rel="alternate" href="https://agentur.example/"/>
  <link rel="self" href="https://agentur.example/feeds/sport.atom"/>
  <updated>2025-08-15T14:20:00Z</updated>
  <entry><id>urn:newsml:agentur.example:1</id><title>Bremen gewinnt das Derby deutlich</title>
    <link href="https://agentur.example/bremen-derby"/><updated>2025-08-15T14:00:00Z</updated>
    <summary>Werder Bremen hat das Nordderby gegen den HSV mit drei zu null gewonnen.</summary>
  </entry>
</feed>"""
PLAIN = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Wirtschaftsdienst</title><link>javascript:alert(1)</link><description>d</description>
<item><title>Dax schließt auf Rekordhoch</title><link>https://wd.example/dax</link>
<guid isPermaLink="false">wd-1</guid><pubDate>Fri, 15 Aug 2025 12:00:00 +0000</pubDate>
<description>Der Leitindex stieg um zwei Prozent auf einen neuen Höchststand.</description>
</item></channel></rss>"""


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Runtime]:
    (tmp_path / "config" / "desk").mkdir(parents=True)
    (tmp_path / "config" / "desk" / "sport.atom").write_text(DESK, encoding="utf-8")
    (tmp_path / "config" / "plain").mkdir()
    (tmp_path / "config" / "plain" / "wd.xml").write_text(PLAIN, encoding="utf-8")
    cfg = write_config(
        tmp_path,
        '[desk]\nkind = "inbox"\nname = "Agentur (Drop-Ordner)"\npublic_name = "Agentur"\n'
        'path = "desk"\nsection = "politik"\n'
        '[plain]\nkind = "inbox"\nname = "WD intern"\npath = "plain"\nsection = "politik"\n',
    )
    h = Runtime.open(load_settings(cfg))
    pipeline.update_sources(h, list(h.settings.sources), pipeline.now_utc())
    yield h
    h.close()


def document(hub: Runtime, fmt: str) -> bytes:
    doc = hub.repo.document("politik", fmt)
    assert doc is not None
    return doc.content


def sources_by_title(hub: Runtime) -> dict[str, etree._Element]:
    feed = etree.fromstring(document(hub, "atom"))
    schema = etree.RelaxNG(etree.parse(str(SHARED / "data" / "schemas" / "atom.rng")))
    assert schema.validate(feed), schema.error_log
    found = {}
    for entry in feed.findall(f"{ATOM}entry"):
        source = entry.find(f"{ATOM}source")
        assert source is not None
        found[entry.findtext(f"{ATOM}title")] = source
    return found


def test_atom_source_names_the_feed_the_entry_came_from(hub: Runtime) -> None:
    source = sources_by_title(hub)["Bremen gewinnt das Derby deutlich"]
    assert source.findtext(f"{ATOM}id") == "urn:newsml:agentur.example:feed:sport"
    # the feed's title as text: the markup in it is escaped, never an element
    assert source.findtext(f"{ATOM}title") == "Agentur – Sport <script>alert(1)</script>"
    assert source.findtext(f"{ATOM}updated") == "2025-08-15T14:20:00Z"
    links = {link.get("rel"): link.get("href") for link in source.findall(f"{ATOM}link")}
    assert links == {
        "alternate": "https://agentur.example/",
        "self": "https://agentur.example/feeds/sport.atom",
    }


def test_a_feed_that_names_no_id_or_url_points_to_the_sources_feed_here(hub: Runtime) -> None:
    source = sources_by_title(hub)["Dax schließt auf Rekordhoch"]
    here = "http://127.0.0.1:8080/feeds/source/plain"
    assert source.findtext(f"{ATOM}id") == here  # not the service's index page
    assert source.findtext(f"{ATOM}title") == "Wirtschaftsdienst"
    assert source.findtext(f"{ATOM}updated")  # when feedhub read it: required
    hrefs = [link.get("href") for link in source.findall(f"{ATOM}link")]
    assert hrefs == [f"{here}.rss"]  # the javascript: website link was dropped


def test_rss_source_is_the_original_feed_and_public_names_are_shown(hub: Runtime) -> None:
    rss = etree.fromstring(document(hub, "rss"))
    sources = {
        item.findtext("title"): (item.find("source").get("url"), item.findtext("source"))
        for item in rss.iter("item")
    }
    assert sources["Bremen gewinnt das Derby deutlich"][0] == (
        "https://agentur.example/feeds/sport.atom"
    )
    assert sources["Dax schließt auf Rekordhoch"] == (
        "http://127.0.0.1:8080/feeds/source/plain.rss",
        "Wirtschaftsdienst",
    )
    items = {i["title"]: i for i in json.loads(document(hub, "json"))["items"]}
    assert items["Bremen gewinnt das Derby deutlich"]["_feedhub"]["source"]["name"] == "Agentur"
    for fmt in ("atom", "rss", "json", "html"):
        assert b"Drop-Ordner" not in document(hub, fmt), fmt  # the operator's name
    assert b"Agentur" in document(hub, "html")


def test_the_portals_own_articles_carry_no_source(tmp_path: Path) -> None:
    portal = tmp_path / "config" / "portal"
    portal.mkdir(parents=True)
    (portal / "a.md").write_text(
        '+++\nid = "p1"\ntitle = "Eigene Meldung über den Hafen"\n'
        'url = "https://portal.example/hafen"\npublished = 2025-08-15T10:00:00Z\n'
        'section = "politik"\n+++\nDer Hafen wird ausgebaut, sagt der Senat am Freitag.\n',
        encoding="utf-8",
    )
    cfg = write_config(tmp_path, '[portal]\nkind = "portal"\npath = "portal"\n')
    h = Runtime.open(load_settings(cfg))
    try:
        pipeline.update_sources(h, list(h.settings.sources), pipeline.now_utc())
        feed = etree.fromstring(document(h, "atom"))
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 1
        assert entries[0].find(f"{ATOM}source") is None
        assert b"<source" not in document(h, "rss")
    finally:
        h.close()
