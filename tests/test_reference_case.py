"""The reference case end to end (issue 4): the shipped portal store and wire inbox plus a
loopback partner feed; one summit entry with its other versions as provenance and a
related link to the Alpagut piece, which appears once in its own section."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest

from feedhub.cli import main
from tests.conftest import ROOT
from tests.conftest import FeedServer
from tests.conftest import free_port
from tests.conftest import wait_for

SUMMIT_URL = "https://www.monrose.de/politik/treffen-von-trump-und-putin-in-alaska-ergebnisse-des-499244.html"
ALPAGUT_URL = "https://www.monrose.de/technik/tuerkische-kamikaze-drohne-alpagut-technische-daten-und-einsatzmoeglichkeiten-197493.html"
AGENCY_URL = "https://www.agentur-news.example/meldung/250816-99-454570"

PARTNER_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nordkurier – Politik</title>
<link>https://www.nordkurier.example/</link><description>Partnerinhalte</description>
<item>
<title>Treffen von Trump und Putin in Alaska: Ergebnisse des Gipfels ohne Frieden und Sanktionen</title>
<link>{SUMMIT_URL}?utm_source=nordkurier&amp;utm_medium=partner&amp;utm_campaign=monrose-syndication</link>
<guid isPermaLink="false">https://www.nordkurier.example/-/8902168</guid>
<pubDate>Sat, 16 Aug 2025 10:20:00 +0200</pubDate>
<description>Am 15. August 2025 fand in Anchorage das erste Treffen von Donald Trump in seiner
zweiten Amtszeit mit Wladimir Putin statt. Der Gipfel endete ohne konkrete Vereinbarungen.</description>
</item>
</channel></rss>
"""


@pytest.fixture
def reference_config(tmp_path: Path, feed_server: FeedServer, db_url: str) -> Path:
    cfg = tmp_path / "config"
    shutil.copytree(ROOT / "config" / "portal", cfg / "portal")
    shutil.copytree(ROOT / "config" / "inbox", cfg / "inbox")
    shutil.copy(ROOT / "config" / "sections.toml", cfg / "sections.toml")
    port = free_port()
    (cfg / "feedhub.toml").write_text(
        f'[service]\ndatabase_url = "{db_url}"\nlisten = "127.0.0.1:{port}"\n'
        f'base_url = "http://127.0.0.1:{port}/"\ntitle = "Monrose"\n',
        encoding="utf-8",
    )
    partner = feed_server.add("/nordkurier.xml", PARTNER_FEED, "application/rss+xml")
    (cfg / "sources.toml").write_text(
        '[portal]\nkind = "portal"\npath = "portal"\n\n'
        '[agentur]\nkind = "inbox"\npath = "inbox/agentur"\nsection = "politik"\ntrust = 80\n\n'
        f'[nordkurier]\nkind = "http"\nname = "Nordkurier"\nurl = "{partner}"\n'
        'section = "politik"\ntrust = 40\nallow_private = true  # the loopback test server\n',
        encoding="utf-8",
    )
    return cfg


@pytest.fixture
def served(reference_config: Path, db_url: str) -> Iterator[str]:
    assert main(["update", "--config", str(reference_config)]) == 0
    port = (
        reference_config.joinpath("feedhub.toml")
        .read_text()
        .split('listen = "127.0.0.1:')[1]
        .split('"')[0]
    )
    env = {**os.environ, "FEEDHUB_DATABASE_URL": db_url}
    log = (reference_config.parent / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedhub", "serve", "--config", str(reference_config)],
        stdout=subprocess.DEVNULL,
        stderr=log,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(base + "/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(up, timeout=60)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _is_summit(title: str) -> bool:
    """The portal's headline, the agency's edited one, or the partner's."""
    return title.startswith(("Treffen von Trump und Putin in Alaska", "Alaska-Gipfel endet"))


def _links(entry: feedparser.FeedParserDict, rel: str) -> list[str]:
    return [link.href for link in entry.get("links", []) if link.get("rel") == rel]


def test_summit_is_one_entry_with_provenance_and_a_related_link(served: str) -> None:
    politik = feedparser.parse(httpx.get(served + "/feeds/politik.atom").content)
    summit = [e for e in politik.entries if _is_summit(e.title)]
    assert len(summit) == 1, [e.title for e in politik.entries]
    entry = summit[0]
    assert entry.link == SUMMIT_URL  # the portal's own version is the one published
    assert entry.title.startswith("Treffen von Trump und Putin in Alaska")
    via = _links(entry, "via")
    assert len(via) == 2 and AGENCY_URL in via  # the wire copy with its edited headline
    assert SUMMIT_URL in via  # the partner copy: its link, tracking parameters removed
    # the piece it refers to; the wire's market close before the summit ("DAX schließt vor
    # Alaska-Gipfel kaum verändert", the summit's day, its people) may be linked as well
    assert ALPAGUT_URL in _links(entry, "related")

    technik = feedparser.parse(httpx.get(served + "/feeds/technik.atom").content)
    alpagut = [e for e in technik.entries if "Alpagut" in e.title]
    assert len(alpagut) == 1 and alpagut[0].link == ALPAGUT_URL
    assert SUMMIT_URL in _links(alpagut[0], "related")  # the link shows from both sides

    everything = feedparser.parse(httpx.get(served + "/feeds/all.atom").content)
    assert sum(_is_summit(e.title) for e in everything.entries) == 1
    assert sum("Alpagut" in e.title for e in everything.entries) == 1


def test_rss_and_json_carry_the_same_story_structure(served: str) -> None:
    rss = feedparser.parse(httpx.get(served + "/feeds/politik.rss").content)
    assert not rss.bozo
    assert sum(_is_summit(e.title) for e in rss.entries) == 1
    doc = httpx.get(served + "/feeds/politik.json").json()
    [item] = [i for i in doc["items"] if _is_summit(i["title"])]
    ext = item["_feedhub"]
    assert {v["source"] for v in ext["versions"]} == {"agentur", "Nordkurier"}
    assert ALPAGUT_URL in [r["url"] for r in ext["related"]]
    assert [r["url"] for r in ext["related"]] == _links(
        next(
            e
            for e in feedparser.parse(httpx.get(served + "/feeds/politik.atom").content).entries
            if _is_summit(e.title)
        ),
        "related",
    )  # the same links in every format


def test_explain_names_layer_and_evidence(
    reference_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["update", "--config", str(reference_config)]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "explain",
                "--config",
                str(reference_config),
                "nordkurier:https://www.nordkurier.example/-/8902168",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    versions = [line.strip() for line in out.splitlines() if line.startswith("    article ")]
    assert len(versions) == 3  # portal, agency and partner versions of one story
    # whichever arrived first started the story; the others say which layer joined them
    assert any("same canonical URL" in v for v in versions) or "new story" in out
    # the agency copy shares no URL: text joins it, as a near duplicate of the portal's
    # version, or (when the partner's teaser came first) as a report of the same event
    assert any("near-duplicate text" in v or "same event" in v for v in versions)
    assert "explicit reference" in out and "Alpagut" in out
