"""sources.items: a poll gives feedparser only the items that are new or changed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from feedhub import normalize
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.errors import ParseError
from feedhub.models import Article
from feedhub.models import RawEntry
from feedhub.runtime import Runtime
from feedhub.sources import items
from feedhub.sources.parse import parse_feed
from tests.conftest import FeedServer
from tests.conftest import configured_source
from tests.conftest import write_config
from tests.test_corpus import CORPUS
from tests.test_corpus import _headers
from tests.test_corpus import _inputs

URL = "https://quelle.example/feed.xml"


def rss(*guids: str, language: str = "de") -> str:
    entries = "".join(
        f"<item><guid>{g}</guid><link>https://quelle.example/{g}</link><title>Meldung {g}</title>"
        f"<description>Text der Meldung {g} &amp; mehr.</description>"
        f"<pubDate>Mon, 02 Mar 2026 {ord(g[0]) % 24:02}:00:00 +0000</pubDate></item>"
        for g in guids
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quelle</title>'
        f"<link>https://quelle.example/</link><language>{language}</language>{entries}"
        "</channel></rss>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/"><title>A</title>
<id>urn:a</id><updated>2026-03-02T08:00:00Z</updated>
<entry><id>urn:a:1</id><title>Eins</title><link href="eins"/><updated>2026-03-02T08:00:00Z</updated></entry>
<entry><id>urn:a:2</id><title>Zwei</title><link href="zwei"/><updated>2026-03-02T07:00:00Z</updated></entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link><description>d</description></channel>
<item rdf:about="https://r.example/1"><title>Eins</title><link>https://r.example/1</link></item>
<item rdf:about="https://r.example/2"><title>Zwei</title><link>https://r.example/2</link></item>
</rdf:RDF>"""


@pytest.mark.parametrize("doc", [rss("a", "b", "c"), ATOM, RDF], ids=["rss2", "atom", "rss1"])
def test_a_reduced_document_reads_as_the_whole_one_does(doc: str) -> None:
    whole = parse_feed(doc.encode(), {}, URL, source_id="s")
    split = items.split(doc.encode(), max_items=500)
    assert split is not None and len(split.digests) == len(whole.entries)
    assert split.without(frozenset()) is None  # nothing known: the original bytes are read
    reduced = split.without(frozenset(split.digests[:1]))
    assert reduced is not None
    part = parse_feed(reduced, {"content-type": "application/xml"}, URL, source_id="s")
    assert part.entries == whole.entries[1:]
    assert (part.title, part.link, part.language) == (whole.title, whole.link, whole.language)
    # the split can be asked again (the tree is left as it was)
    assert split.without(frozenset(split.digests[:1])) == reduced


def test_an_items_digest_covers_what_it_inherits() -> None:
    """The same item bytes under another channel language (or base, namespace) read
    differently, so they are another item."""
    de = items.split(rss("a", "b").encode(), max_items=500)
    fr = items.split(rss("a", "b", language="fr").encode(), max_items=500)
    same = items.split(rss("a", "b").encode(), max_items=500)
    assert de is not None and fr is not None and same is not None
    assert de.digests == same.digests
    assert not set(de.digests) & set(fr.digests)
    assert len(set(de.digests)) == 2


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><p>not a feed</p></body></html>",
        b'{"version": "https://jsonfeed.org/version/1.1", "items": []}',
        b"<rss><channel><item><title>cut off",  # not well-formed: feedparser reads it whole
        rss("a").encode(),  # one item: nothing to save
        # a DOCTYPE: its entities (here a small bomb) would not survive the round trip
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;'
        b'&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title>'
        b"</item><item><title>zwei</title></item></channel></rss>",
    ],
    ids=["html", "json", "broken", "one-item", "doctype"],
)
def test_documents_that_are_read_whole(content: bytes) -> None:
    assert items.split(content, max_items=500) is None


def test_a_document_of_more_items_than_a_poll_takes_is_read_whole() -> None:
    doc = rss("a", "b", "c").encode()
    assert items.split(doc, max_items=3) is not None
    assert items.split(doc, max_items=2) is None


def test_the_whole_corpus_reads_the_same_from_reduced_documents() -> None:
    """Every multi-item document of the third-party corpus: each item left in a reduced
    document (every other one known) is read by feedparser as in the whole document."""
    checked = 0
    for row in _inputs():
        data = (CORPUS / row["path"]).read_bytes()
        headers = {k.lower(): v for k, v in _headers(data, row["sniffed"]).items()}
        try:
            whole = parse_feed(data, headers, URL, source_id="s")
        except ParseError:
            continue
        split = items.split(data, max_items=100_000)
        if split is None or len(split.digests) != len(whole.entries):
            continue  # feedparser read another set of items than lxml found
        counts = Counter(split.digests)
        known = frozenset(d for d in split.digests[::2] if counts[d] == 1)
        reduced = split.without(known)
        if reduced is None:
            continue
        part = parse_feed(reduced, {"content-type": "application/xml"}, URL, source_id="s")
        wanted = [e for e, d in zip(whole.entries, split.digests, strict=True) if d not in known]
        assert list(part.entries) == wanted, row["path"]
        assert (part.title, part.link, part.language, part.ttl) == (
            whole.title,
            whole.link,
            whole.language,
            whole.ttl,
        ), row["path"]
        checked += 1
    assert checked > 150


def test_a_poll_parses_and_normalises_only_new_items(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = feed_server.add("/q.xml", rss("a", "b", "c"), "application/rss+xml")
    cfg = write_config(tmp_path, f'[q]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n')
    hub = Runtime.open(load_settings(cfg))
    normalised: list[str | None] = []
    real = normalize.normalize_entry

    def counting(raw: RawEntry, *args: Any, **kwargs: Any) -> Article:
        normalised.append(raw.guid.rsplit("/", 1)[-1] if raw.guid else None)
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(normalize, "normalize_entry", counting)
    try:
        q = configured_source(hub, "q")
        first = pipeline.update_source(hub, q, pipeline.now_utc())
        assert (first.seen, first.new, normalised) == (3, 3, ["a", "b", "c"])
        normalised.clear()
        feed_server.add("/q.xml", rss("d", "a", "b", "c"), "application/rss+xml")
        second = pipeline.update_source(hub, q, pipeline.now_utc())
        assert (second.seen, second.new, normalised) == (4, 1, ["d"])
        normalised.clear()
        # a changed item is read again; so is every item when the channel changed
        feed_server.add("/q.xml", rss("d", "a", "b", "c").replace("Text der Meldung b", "Neu"))
        third = pipeline.update_source(hub, q, pipeline.now_utc())
        assert (third.updated, normalised) == (1, ["b"])
        normalised.clear()
        feed_server.add("/q.xml", rss("d", "a", "b", "c", language="fr"), "application/rss+xml")
        pipeline.update_source(hub, q, pipeline.now_utc())
        assert sorted(g for g in normalised if g) == ["a", "b", "c", "d"]
        normalised.clear()
        # an edit of the source's configuration: every item is read again
        hub.settings = replace(hub.settings, sources=(replace(q, section="welt"),))
        q = configured_source(hub, "q")
        normalised.clear()
        pipeline.update_source(hub, q, pipeline.now_utc())
        assert sorted(g for g in normalised if g) == ["a", "b", "c", "d"]
        normalised.clear()
        # text/xml without a charset is US-ASCII to feedparser: read whole, as before
        feed_server.add("/q.xml", rss("e", "d", "a", "b", "c", language="fr"), "text/xml")
        pipeline.update_source(hub, q, pipeline.now_utc())
        assert sorted(g for g in normalised if g) == ["a", "b", "c", "d", "e"]
    finally:
        hub.close()
