"""Hostile input, hostile output: the same payloads through every source kind into every
output, and bytes a feed format cannot hold never stopping a feed.

Every output field is checked by its type: HTML fields (Atom content/summary of type
html, RSS description and content:encoded, JSON Feed content_html, the HTML feed page)
must hold no script, style, SVG/MathML, frame or form element, no event handler or style
attribute and no javascript:, data: or vbscript: URL; text fields are text (escaped once
by the format, which a parser undoes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import lxml.etree
import lxml.html
import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import FeedServer
from tests.conftest import configured_source
from tests.conftest import free_port
from tests.conftest import make_article
from tests.conftest import serve_asgi
from tests.conftest import write_config

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<a href="javascript:alert(3)">j</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==">d</a>',
    '<a href="vbscript:msgbox(5)">v</a>',
    "<svg onload=alert(6)><script>alert(7)</script></svg>",
    "<style>body{background:url(javascript:alert(8))}</style>",
    '<p style="background:url(javascript:alert(9))">css</p>',
    '<iframe src="javascript:alert(10)"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>",
    '<a href=" &#14;javascript:alert(12)">ws</a>',
    '<object data="javascript:alert(13)"></object><embed src="javascript:alert(14)">',
    '<form action="javascript:alert(15)"><button formaction="javascript:alert(16)">b</button></form>',
    '<img src="x" srcset="javascript:alert(17) 1x">',
    '<a href="jav&#x09;ascript:alert(18)">tab</a>',
)
HTML = "".join(PAYLOADS)
TEXT = " ".join(PAYLOADS)  # the same, meant as text
BAD_ELEMENTS = frozenset(
    "script style svg math iframe frame frameset object embed applet form button link meta"
    " base".split()
)
URL_ATTRIBUTES = frozenset(
    "href src action formaction poster data background cite srcset xlink:href".split()
)
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


def assert_inert_html(fragment: str, where: str) -> None:
    """`fragment`, parsed as HTML the way a reader would, can run nothing."""
    if not fragment.strip():
        return
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue  # a comment or processing instruction: inert
        assert el.tag.lower() not in BAD_ELEMENTS, f"{where}: <{el.tag}> in {fragment[:300]!r}"
        for name, value in el.attrib.items():
            name = name.lower()
            assert not name.startswith("on"), f"{where}: {name}= on <{el.tag}>"
            assert name != "style", f"{where}: style= on <{el.tag}>"
            if name in URL_ATTRIBUTES:
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                assert not squeezed.startswith(BAD_SCHEMES), f"{where}: {name}={value!r}"


def _rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>'
        f"<link>https://feeds.example/</link><description>d</description>{items}</channel></rss>"
    )


def _rss_item(guid: str, title: str) -> str:
    from xml.sax.saxutils import escape

    return (
        f"<item><guid>{guid}</guid><link>https://feeds.example/{guid}</link>"
        f"<title>{escape(title + ' ' + TEXT)}</title>"
        f"<description>{escape(HTML)}</description>"
        f"<content:encoded>{escape('<p>Text</p>' + HTML)}</content:encoded>"
        f"<author>x@example.org ({escape(TEXT)})</author>"
        f"<category>{escape(TEXT)}</category>"
        f'<enclosure url="javascript:alert(99)" type="text/html" length="1"/>'
        "<pubDate>Sat, 16 Aug 2025 08:00:00 GMT</pubDate></item>"
    )


def _atom(title: str) -> str:
    from xml.sax.saxutils import escape

    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>t</title><id>urn:x</id><updated>2025-08-16T08:00:00Z</updated>"
        "<entry><id>urn:atom:1</id><updated>2025-08-16T08:00:00Z</updated>"
        f'<title type="text">{escape(title + " " + TEXT)}</title>'
        f'<link href="https://feeds.example/atom-1"/>'
        f'<summary type="html">{escape(HTML)}</summary>'
        f'<content type="html">{escape("<p>Atom</p>" + HTML)}</content>'
        f"<author><name>{escape(TEXT)}</name></author></entry>"
        f"<entry><id>urn:atom:2</id><updated>2025-08-16T08:05:00Z</updated>"
        f'<title type="html">{escape(title + " zwei " + HTML)}</title>'
        f'<link href="https://feeds.example/atom-2"/>'
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>xhtml</p>'
        '<script>alert(20)</script><a href="javascript:alert(21)">x</a></div></content>'
        "</entry></feed>"
    )


def _json_feed(title: str) -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "j",
            "items": [
                {
                    "id": "json-1",
                    "url": "https://feeds.example/json-1",
                    "title": f"{title} {TEXT}",
                    "content_text": TEXT,  # text: must stay text everywhere
                    "date_published": "2025-08-16T08:10:00Z",
                    "authors": [{"name": TEXT}],
                    "tags": [TEXT],
                },
                {
                    "id": "json-2",
                    "url": "javascript:alert(30)",
                    "title": f"{title} zwei",
                    "content_html": "<p>JSON</p>" + HTML,
                    "summary": TEXT,
                    "image": "javascript:alert(31)",
                    "date_published": "2025-08-16T08:15:00Z",
                },
            ],
        }
    )


def _portal_article(title: str) -> str:
    toml_title = json.dumps(f"{title} {TEXT}")
    return (
        "+++\n"
        'id = "monrose:article:1"\n'
        f"title = {toml_title}\n"
        'url = "https://www.monrose.de/politik/a-1.html"\n'
        'section = "politik"\n'
        "published = 2025-08-16T08:20:00+02:00\n"
        f"teaser = {json.dumps(TEXT)}\n"
        f"authors = [{json.dumps(TEXT)}]\n"
        "+++\n\n"
        f"Markdown body {HTML}\n\n[link](javascript:alert(40)) ![img](javascript:alert(41))\n"
    )


@pytest.fixture
def hostile_hub(tmp_path: Path, feed_server: FeedServer, db_url: str) -> Iterator[Runtime]:
    rss = feed_server.add("/rss", _rss(_rss_item("rss-1", "RSS-Quelle")), "application/rss+xml")
    atom = feed_server.add("/atom", _atom("Atom-Quelle"), "application/atom+xml")
    jsonf = feed_server.add("/json", _json_feed("JSON-Quelle"), "application/feed+json")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wire.xml").write_text(_rss(_rss_item("inbox-1", "Inbox-Quelle")), "utf-8")
    portal = tmp_path / "portal"
    portal.mkdir()
    (portal / "a-1.md").write_text(_portal_article("Portal-Quelle"), "utf-8")
    sources = "\n".join(
        [
            f'[rss]\nkind = "http"\nurl = "{rss}"\nsection = "politik"\nmerge = false\n',
            f'[atom]\nkind = "http"\nurl = "{atom}"\nsection = "politik"\nmerge = false\n',
            f'[jsonf]\nkind = "http"\nurl = "{jsonf}"\nsection = "politik"\nmerge = false\n',
            f'[inbox]\nkind = "inbox"\npath = "{inbox}"\nsection = "politik"\nmerge = false\n',
            f'[portal]\nkind = "portal"\npath = "{portal}"\nmerge = false\n',
        ]
    )
    cfg = write_config(tmp_path, sources, database_url=db_url)
    hub = Runtime.open(load_settings(cfg))
    try:
        yield hub
    finally:
        hub.close()


def test_hostile_markup_from_every_source_kind_is_inert_in_every_output(
    hostile_hub: Runtime,
) -> None:
    hub = hostile_hub
    results = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
    assert [r.error for r in results] == [None] * 5, results
    assert sum(r.new for r in results) == 7
    pipeline.publish_all(hub)
    titles = ("RSS-Quelle", "Atom-Quelle", "JSON-Quelle", "Inbox-Quelle", "Portal-Quelle")

    with serve_asgi(FeedApp(hub.repo, lambda: hub.settings), free_port()) as base:
        bodies = {
            fmt: httpx.get(f"{base}/feeds/politik.{fmt}").text for fmt in ("atom", "rss", "json")
        }
        page = httpx.get(f"{base}/feeds/politik.atom", headers={"Accept": "text/html"}).text
        index = httpx.get(f"{base}/").text
        status = httpx.get(f"{base}/status").text

    # Atom: each text construct by its type attribute
    atom = lxml.etree.fromstring(bodies["atom"].encode())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = atom.findall("a:entry", ns)
    assert len(entries) == 7
    for entry in entries:
        for name in ("title", "summary", "content"):
            el = entry.find(f"a:{name}", ns)
            if el is None:
                continue
            kind = el.get("type", "text")
            assert kind in ("text", "html"), f"atom {name} type={kind}"
            if kind == "html":
                assert_inert_html(el.text or "", f"atom {name}")
            else:
                assert len(el) == 0  # text: no child elements
    # RSS: description and content:encoded are HTML to every reader
    rss = lxml.etree.fromstring(bodies["rss"].encode())
    items = rss.findall("channel/item")
    assert len(items) == 7
    for item in items:
        assert_inert_html(item.findtext("description") or "", "rss description")
        encoded = item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or ""
        assert_inert_html(encoded, "rss content:encoded")
        # the plain-text summary arrives as text, escaped into HTML, not as markup
    descriptions = " ".join(i.findtext("description") or "" for i in items)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in descriptions
    # JSON Feed: content_html is HTML; title, summary, names are text
    doc = json.loads(bodies["json"])
    assert len(doc["items"]) == 7
    for item in doc["items"]:
        assert_inert_html(item["content_html"], "json content_html")
        assert item["url"].startswith(("http://", "https://"))
        assert "image" not in item or item["image"].startswith(("http://", "https://"))
    # the readable pages
    for where, html in (("feed page", page), ("index", index), ("status", status)):
        body = lxml.html.document_fromstring(html).body
        assert_inert_html(lxml.html.tostring(body, encoding="unicode"), where)
    # the payloads did arrive (the test is not vacuous): every source's entry is there
    for title in titles:
        for fmt, body_text in bodies.items():
            assert title in body_text, (title, fmt)
        assert title in page
    # a reader shows the text summary as the text it was
    parsed = feedparser.parse(bodies["rss"].encode())
    shown = [
        lxml.html.fragment_fromstring(e.summary, create_parent="p").text_content()
        for e in parsed.entries
    ]
    assert any("<script>alert(1)</script>" in text for text in shown)


CONTROL = "\x00\x01\x08\x0b\x1b[31m\x7f\ufffe"


def test_characters_xml_cannot_hold_never_stop_a_feed(
    tmp_path: Path, feed_server: FeedServer, db_url: str
) -> None:
    """A control character in RSS (`&#x1;`, a raw ESC) and a lone surrogate and NUL in
    JSON Feed are stripped on the way in; every format renders; C1 controls are read as
    the windows-1252 characters they stand for."""
    rss = _rss(
        "<item><guid>c-1</guid><link>https://feeds.example/c-1</link>"
        "<title>Steuer&#x1;reform \x1b[31mbeschlossen</title>"
        "<description>Der Bundestag \x0b hat \x84entschieden\x93.</description>"
        "<pubDate>Sat, 16 Aug 2025 08:00:00 GMT</pubDate></item>"
    )
    url_rss = feed_server.add("/c.rss", rss.encode("utf-8"), "application/rss+xml")
    jsonf = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "j", "items": ['
        '{"id": "c-2", "url": "https://feeds.example/c-2", "title": "Wahl\\ud800 in \\u0000Bayern",'
        ' "content_text": "Ergebnis\\u0007 liegt vor\\udfff.", "date_published": "2025-08-16T09:00:00Z"}]}'
    )
    url_json = feed_server.add("/c.json", jsonf.encode(), "application/feed+json")
    cfg = write_config(
        tmp_path,
        f'[r]\nkind = "http"\nurl = "{url_rss}"\nsection = "politik"\n'
        f'[j]\nkind = "http"\nurl = "{url_json}"\nsection = "politik"\nmerge = false\n',
        database_url=db_url,
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        results = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
        assert [r.new for r in results] == [1, 1], results
        assert hub.repo.render_problems() == []
        for fmt in ("atom", "rss", "json", "html"):
            doc = hub.repo.document("politik", fmt)
            assert doc is not None, fmt
            text = doc.content.decode("utf-8")
            assert "Steuerreform [31mbeschlossen" in text
            assert "Wahl in Bayern" in text
            assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe]", text), fmt
        atom = feedparser.parse(hub.repo.document("politik", "atom").content)  # type: ignore[union-attr]
        assert not atom.bozo
        assert "„entschieden“" in " ".join(e.summary for e in atom.entries)
    finally:
        hub.close()


def test_an_entry_that_cannot_be_rendered_is_left_out_and_reported(
    tmp_path: Path, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A row stored by an older version with a character XML cannot hold: the feeds are
    published without that entry, and the problem names it, in the log and on record."""
    (tmp_path / "inbox").mkdir()
    cfg = write_config(
        tmp_path,
        f'[wire]\nkind = "inbox"\npath = "{tmp_path / "inbox"}"\nsection = "politik"\n',
        database_url=db_url,
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        wire = configured_source(hub, "wire")
        good = make_article("wire", "g1", "https://x.example/g1", "Gute Meldung", "Text eins.")
        bad = make_article(
            "wire", "b1", "https://x.example/b1", "Böse\x01 Meldung", "Ganz anderer Inhalt."
        )
        pipeline.store_articles(hub, wire, [good, bad], pipeline.now_utc())
        bad_id = hub.repo.find_article("wire:b1")
        assert bad_id is not None
        pipeline.publish_all(hub)  # does not raise
        for fmt in ("atom", "rss"):
            doc = hub.repo.document("politik", fmt)
            assert doc is not None
            assert b"Gute Meldung" in doc.content and "Böse".encode() not in doc.content
        problems = hub.repo.render_problems()
        assert {(key, fmt) for key, fmt, _ in problems} >= {
            ("politik", "atom"),
            ("politik", "rss"),
            ("all", "atom"),
        }
        assert all(f"article {bad_id.id}" in p for _, _, p in problems)
        assert f"article {bad_id.id}" in caplog.text and "feed=politik format=rss" in caplog.text
        # operators see it on /status and /status.json
        app = FeedApp(hub.repo, lambda: hub.settings)
        page = app.respond("GET", "/status", {}, version="1.1", hosts=["x"]).body.decode()
        assert f"article {bad_id.id}" in page and "/feeds/politik.rss" in page
        doc = json.loads(app.respond("GET", "/status.json", {}, version="1.1", hosts=["x"]).body)
        assert {(p["feed"], p["format"]) for p in doc["render_problems"]} >= {("politik", "rss")}
        # the row is gone (an operator fixed it): the next publish clears the problem
        with hub.repo.engine.begin() as conn:
            from feedhub.db.schema import articles

            conn.execute(
                articles.update().where(articles.c.id == bad_id.id).values(title="Repariert")
            )
        pipeline.publish_all(hub)
        assert hub.repo.render_problems() == []
    finally:
        hub.close()
