"""Published feeds are valid (Atom: RELAX NG, JSON Feed: JSON Schema, RSS: feedparser
without bozo), deterministic, and survive a feedparser round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

import feedparser
import jsonschema
import pytest
from lxml import etree

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import Article
from feedhub.models import Enclosure
from feedhub.models import StoredArticle
from feedhub.models import Story
from feedhub.publish.feedinfo import FeedInfo
from feedhub.publish.render import render
from feedhub.runtime import Runtime
from tests.conftest import ROOT
from tests.conftest import SHARED

SCHEMAS = SHARED / "data" / "schemas"
INFO = FeedInfo("politik", "Testportal – Politik", "Politik", "de", "https://feeds.example/")


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))


@pytest.fixture(scope="module")
def json_schema() -> dict[str, object]:
    schema: dict[str, object] = json.loads((SCHEMAS / "schema-v1.1.json").read_text())
    return schema


def _story(
    n: int,
    *,
    title: str,
    authors: tuple[str, ...] = ("Lena Roth",),
    published: datetime | None = None,
    enclosures: tuple[Enclosure, ...] = (),
) -> Story:
    published = published or datetime(2025, 8, 10 + n, 8, 0, tzinfo=UTC)
    article = Article(
        source_id="portal",
        guid=f"g{n}",
        url=f"https://www.monrose.de/politik/a-{n}.html",
        canonical_url=f"https://www.monrose.de/politik/a-{n}.html",
        title=title,
        summary=f"Zusammenfassung {n} & mehr <nicht HTML>",
        content_html=f'<p>Text {n} mit <a href="https://x.example/">Link</a> &amp; Umlaut ä.</p>',
        content_text=f"Text {n} mit Link & Umlaut ä.",
        published=published,
        updated=None,
        language="de",
        section="politik",
        authors=authors,
        categories=("Inland",),
        enclosures=enclosures,
        content_hash=f"h{n}",
    )
    stored = StoredArticle(n, n, article, published, "new story")
    return Story(
        n, f"tag:feeds.example,2025:story:{n}", "politik", stored, (), published, published
    )


STORIES = [
    _story(3, title="Dritte Meldung: Ärger im Ausschuss", authors=()),
    _story(
        2,
        title="Zweite Meldung <mit Klammern> & Zeichen",
        enclosures=(Enclosure("https://img.example/b.jpg", "image/jpeg", 1234),),
    ),
    _story(1, title="Erste Meldung", authors=("Lena Roth", "Paul Brandt")),
]


def test_atom_validates_against_relax_ng(atom_schema: etree.RelaxNG) -> None:
    doc = etree.fromstring(render(INFO, STORIES, "atom").content)
    assert atom_schema.validate(doc), atom_schema.error_log


def test_empty_atom_feed_is_valid(atom_schema: etree.RelaxNG) -> None:
    doc = etree.fromstring(render(INFO, [], "atom").content)
    assert atom_schema.validate(doc), atom_schema.error_log


def test_json_feed_validates_against_schema(json_schema: dict[str, object]) -> None:
    doc = json.loads(render(INFO, STORIES, "json").content)
    jsonschema.validate(doc, json_schema)
    assert doc["items"][1]["image"] == "https://img.example/b.jpg"


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_xml_feeds_round_trip_through_feedparser(fmt: str) -> None:
    d = feedparser.parse(render(INFO, STORIES, fmt).content)
    assert not d.bozo, d.get("bozo_exception")
    assert d.feed.language == "de" if fmt == "rss" else d.feed.title_detail.language == "de"
    assert [e.id for e in d.entries] == [s.uid for s in STORIES]
    assert [e.title for e in d.entries] == [s.representative.article.title for s in STORIES]
    assert [e.link for e in d.entries] == [s.representative.article.url for s in STORIES]
    published = [datetime(*e.published_parsed[:6]).replace(tzinfo=UTC) for e in d.entries]
    assert published == [s.representative.article.published for s in STORIES]
    assert d.entries[2].get("author") in ("Lena Roth", "Paul Brandt")
    assert "Umlaut ä" in d.entries[0].content[0].value


def test_json_feed_round_trip_keeps_ids_titles_links_dates() -> None:
    doc = json.loads(render(INFO, STORIES, "json").content)
    items = doc["items"]
    assert [i["id"] for i in items] == [s.uid for s in STORIES]
    assert [i["url"] for i in items] == [s.representative.article.url for s in STORIES]
    assert [datetime.fromisoformat(i["date_published"]) for i in items] == [
        s.representative.article.published for s in STORIES
    ]


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_rendering_is_deterministic(fmt: str) -> None:
    a, b = render(INFO, STORIES, fmt), render(INFO, list(STORIES), fmt)
    assert a.content == b.content and a.etag == b.etag and a.gzip == b.gzip
    changed = render(INFO, STORIES[:2], fmt)
    assert changed.etag != a.etag


@pytest.fixture
def shipped_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """The shipped config/ with its own portal store and inbox (HTTP sources disabled)."""
    monkeypatch.setenv("FEEDHUB_DATABASE_URL", f"sqlite:///{tmp_path / 'hub.sqlite'}")
    settings = load_settings(ROOT / "config")
    hub = Runtime.open(settings)
    local = [s for s in settings.sources if s.kind.value != "http"]
    pipeline.update_sources(hub, local, pipeline.now_utc())
    pipeline.publish_all(hub)
    yield hub
    hub.close()


def test_every_shipped_feed_is_valid(
    shipped_hub: Runtime, atom_schema: etree.RelaxNG, json_schema: dict[str, object]
) -> None:
    slugs = ["all"] + [s.slug for s in shipped_hub.settings.sections]
    for slug in slugs:
        atom = shipped_hub.repo.document(slug, "atom")
        rss = shipped_hub.repo.document(slug, "rss")
        js = shipped_hub.repo.document(slug, "json")
        assert atom and rss and js, slug
        assert atom_schema.validate(etree.fromstring(atom.content)), (slug, atom_schema.error_log)
        jsonschema.validate(json.loads(js.content), json_schema)
        parsed = feedparser.parse(rss.content)
        assert not parsed.bozo, (slug, parsed.get("bozo_exception"))
    politik = shipped_hub.repo.document("politik", "atom")
    assert politik is not None
    titles = [e.title for e in feedparser.parse(politik.content).entries]
    assert (
        "Treffen von Trump und Putin in Alaska: Ergebnisse des Gipfels ohne Frieden und Sanktionen"
        in titles
    )
    technik_doc = shipped_hub.repo.document("technik", "atom")
    assert technik_doc is not None
    technik = feedparser.parse(technik_doc.content)
    assert [e.title for e in technik.entries] == [
        "Türkische Kamikaze-Drohne Alpagut: Technische Daten und Einsatzmöglichkeiten"
    ]
