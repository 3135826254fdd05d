"""parse_feed: bytes + headers -> ParsedFeed, or ParseError naming the source."""

from __future__ import annotations

import json
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from feedhub.errors import ParseError
from feedhub.models import Enclosure
from feedhub.models import ParsedFeed
from feedhub.sources.parse import parse_feed

URL = "https://example.org/feed"
SOURCE = "testsrc"


def parse(content: bytes, content_type: str | None = None, url: str = URL) -> ParsedFeed:
    headers = {"content-type": content_type} if content_type else {}
    return parse_feed(content, headers, url, source_id=SOURCE)


RSS_091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel>
<title>Alt-Feed</title><link>https://ex.org/</link><description>d</description>
<language>de</language>
<item><title>Tom &amp; Jerry</title><link>https://ex.org/a</link><description>Kurz</description></item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://ex.org/">
  <title>RDF-Feed</title><link>https://ex.org/</link><description>d</description>
  <dc:language>de</dc:language>
</channel>
<item rdf:about="https://ex.org/r1">
  <title>Eins</title><link>https://ex.org/r1</link><description>Text eins</description>
  <dc:date>2025-08-16T09:30:00+02:00</dc:date><dc:creator>Anna Autorin</dc:creator>
  <dc:subject>Politik</dc:subject>
</item>
</rdf:RDF>"""

RSS_20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Nachrichten</title><link>https://ex.org/</link><description>d</description>
  <language>de-de</language><ttl>30</ttl>
  <item>
    <title>Titel</title><link>https://ex.org/a?utm_source=rss</link>
    <guid isPermaLink="false">guid-1</guid>
    <description>Kurzfassung</description>
    <content:encoded><![CDATA[<p>Langer <b>Text</b></p>]]></content:encoded>
    <dc:creator>Max Muster</dc:creator>
    <category>Inland</category><category>Politik</category>
    <enclosure url="https://ex.org/bild.jpg" type="image/jpeg" length="12345"/>
    <pubDate>Sat, 16 Aug 2025 09:30:00 +0200</pubDate>
  </item>
  <item><title>Ohne Datum</title><link>https://ex.org/b</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="https://ex.org/news/">
  <title>Atom-Feed</title><id>urn:feed</id><updated>2025-08-16T10:00:00Z</updated>
  <link rel="alternate" href="/"/>
  <entry>
    <title type="html">A &amp;amp; B</title><id>urn:e1</id>
    <link rel="alternate" href="artikel/1.html"/>
    <published>2025-08-16T09:00:00+02:00</published>
    <updated>2025-08-16T10:00:00+02:00</updated>
    <author><name>Erika Muster</name></author>
    <category term="sport"/>
    <summary>Zusammenfassung</summary>
    <content type="html">&lt;p&gt;Inhalt&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="en">
    <title>English</title><id>urn:e2</id>
    <link href="https://other.org/x"/>
    <updated>2025-08-16T10:00:00Z</updated>
  </entry>
</feed>"""


# --- RSS ----------------------------------------------------------------------------------


def test_rss091_item_is_read_with_feed_language_and_unescaped_title() -> None:
    feed = parse(RSS_091)
    assert feed.format == "rss091u"
    assert feed.title == "Alt-Feed"
    assert feed.base_url == URL
    (e,) = feed.entries
    assert e.title == "Tom & Jerry"
    assert e.link == "https://ex.org/a"
    assert e.summary == "Kurz"
    assert e.language == "de"
    assert e.published is None
    assert feed.warning is None


def test_rss10_rdf_item_is_read_with_dc_fields() -> None:
    feed = parse(RSS_10)
    assert feed.format == "rss10"
    assert feed.title == "RDF-Feed"
    assert feed.language == "de"
    (e,) = feed.entries
    assert e.guid == "https://ex.org/r1"
    assert e.link == "https://ex.org/r1"
    assert e.title == "Eins"
    assert e.summary == "Text eins"
    assert e.authors == ("Anna Autorin",)
    assert e.categories == ("Politik",)
    # the dc:date is kept (in UTC), whichever field it lands in
    assert datetime(2025, 8, 16, 7, 30, tzinfo=UTC) in (e.published, e.updated)


def test_rss10_dc_date_is_the_publication_date() -> None:
    (e,) = parse(RSS_10).entries
    assert e.published == datetime(2025, 8, 16, 7, 30, tzinfo=UTC)


def test_rss20_item_reads_content_encoded_creator_categories_enclosure() -> None:
    feed = parse(RSS_20, "application/rss+xml")
    assert feed.format == "rss20"
    assert feed.title == "Nachrichten"
    assert feed.link == "https://ex.org/"
    assert feed.language == "de-de"
    assert feed.ttl == 30
    assert feed.warning is None
    assert feed.entry_errors == ()
    e = feed.entries[0]
    assert e.guid == "guid-1"
    assert e.link == "https://ex.org/a?utm_source=rss"  # the parser does not canonicalise
    assert e.title == "Titel"
    assert e.title_is_html is False
    assert e.summary == "Kurzfassung"
    assert e.content == "<p>Langer <b>Text</b></p>"
    assert e.authors == ("Max Muster",)
    assert e.categories == ("Inland", "Politik")
    assert e.language == "de-de"
    assert e.enclosures == (Enclosure("https://ex.org/bild.jpg", "image/jpeg", 12345),)


def test_rss20_pubdate_with_offset_is_converted_to_utc() -> None:
    e = parse(RSS_20).entries[0]
    assert e.published == datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
    assert e.published is not None and e.published.utcoffset() is not None


def test_item_without_any_date_has_published_none_not_now() -> None:
    e = parse(RSS_20).entries[1]
    assert e.title == "Ohne Datum"
    assert e.published is None
    assert e.updated is None


def test_pubdate_only_item_has_no_update_time_and_warns_nothing() -> None:
    # feedparser's FeedParserDict maps a missing updated_parsed to published_parsed with a
    # DeprecationWarning (an error under this suite's filterwarnings)
    e = parse(RSS_20).entries[0]
    assert e.updated is None


# --- Atom ---------------------------------------------------------------------------------


def test_atom_entry_resolves_relative_link_against_xml_base() -> None:
    feed = parse(ATOM, "application/atom+xml")
    assert feed.format == "atom10"
    assert feed.link == "https://ex.org/"
    assert feed.entries[0].link == "https://ex.org/news/artikel/1.html"
    assert feed.entries[1].link == "https://other.org/x"


def test_atom_entry_fields_and_times_in_utc() -> None:
    e = parse(ATOM).entries[0]
    assert e.guid == "urn:e1"
    assert e.title == "A &amp; B"  # HTML title kept as HTML, flagged
    assert e.title_is_html is True
    assert e.summary == "Zusammenfassung"
    assert e.content == "<p>Inhalt</p>"
    assert e.authors == ("Erika Muster",)
    assert e.categories == ("sport",)
    assert e.published == datetime(2025, 8, 16, 7, 0, tzinfo=UTC)
    assert e.updated == datetime(2025, 8, 16, 8, 0, tzinfo=UTC)


def test_atom_xml_lang_is_inherited_and_overridden_per_entry() -> None:
    feed = parse(ATOM)
    assert feed.language == "de"
    assert feed.entries[0].language == "de"
    assert feed.entries[1].language == "en"


# --- JSON Feed ----------------------------------------------------------------------------


def json_doc(doc: dict[str, object]) -> bytes:
    return json.dumps(doc).encode()


JSON_10 = json_doc(
    {
        "version": "https://jsonfeed.org/version/1",
        "title": "JSON eins",
        "home_page_url": "https://ex.org/",
        "feed_url": "https://ex.org/feed.json",
        "author": {"name": "Feed-Autor"},
        "items": [
            {
                "id": 1,
                "url": "https://ex.org/1",
                "title": "Eins",
                "content_text": "Absatz eins\n\nAbsatz <zwei>",
                "date_published": "2025-08-16T09:30:00+02:00",
            },
            {
                "id": "2",
                "external_url": "https://ex.org/2",
                "content_html": "<p>x</p>",
                "author": {"name": "Item-Autor"},
            },
        ],
    }
)

JSON_11 = json_doc(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON elf",
        "language": "de-DE",
        "authors": [{"name": "A"}, {"name": " B "}, {"url": "https://no-name"}],
        "items": [
            {
                "id": "a",
                "url": "https://ex.org/a",
                "title": "T",
                "summary": "S",
                "content_html": "<p>C</p>",
                "image": "https://ex.org/i.jpg",
                "attachments": [
                    {
                        "url": "https://ex.org/p.mp3",
                        "mime_type": "audio/mpeg",
                        "size_in_bytes": 1000,
                        "title": "Podcast",
                    }
                ],
                "date_published": "2025-08-16T09:30:00+02:00",
                "date_modified": "2025-08-16T10:00:00Z",
                "tags": ["Sport", " "],
                "language": "en",
            },
            {"id": "b", "date_published": "not a date"},
            "not an object",
        ],
    }
)


def test_json_feed_10_reads_author_object_and_numeric_id() -> None:
    feed = parse(JSON_10)
    assert feed.format == "json10"
    assert feed.title == "JSON eins"
    assert feed.link == "https://ex.org/"
    assert feed.base_url == "https://ex.org/feed.json"
    first, second = feed.entries
    assert first.guid == "1"
    assert first.authors == ("Feed-Autor",)  # feed author inherited
    assert second.authors == ("Item-Autor",)  # own author wins
    assert second.link == "https://ex.org/2"  # external_url when there is no url
    assert first.published == datetime(2025, 8, 16, 7, 30, tzinfo=UTC)


def test_json_feed_content_text_becomes_escaped_paragraphs() -> None:
    first = parse(JSON_10).entries[0]
    assert first.content == "<p>Absatz eins</p><p>Absatz &lt;zwei&gt;</p>"


def test_json_feed_11_reads_authors_list_attachments_image_and_dates() -> None:
    feed = parse(JSON_11, "application/feed+json")
    assert feed.format == "json11"
    assert feed.language == "de-DE"
    e = feed.entries[0]
    assert e.guid == "a"
    assert e.title == "T"
    assert e.summary == "S"
    assert e.content == "<p>C</p>"
    assert e.authors == ("A", "B")
    assert e.categories == ("Sport",)
    assert e.language == "en"
    assert e.published == datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
    assert e.updated == datetime(2025, 8, 16, 10, 0, tzinfo=UTC)
    assert e.enclosures == (
        Enclosure("https://ex.org/i.jpg", "image/*"),
        Enclosure("https://ex.org/p.mp3", "audio/mpeg", 1000, "Podcast"),
    )


def test_json_feed_unreadable_date_is_none_and_bad_item_is_reported() -> None:
    feed = parse(JSON_11)
    assert len(feed.entries) == 2
    assert feed.entries[1].published is None
    assert feed.entries[1].language == "de-DE"  # feed language inherited
    assert feed.entry_errors == ("item 3: not an object",)


def test_json_document_that_is_not_a_json_feed_names_version() -> None:
    with pytest.raises(ParseError) as info:
        parse(b'{"title": "x", "items": []}', "application/json")
    assert "version" in str(info.value)
    assert info.value.source == SOURCE
    assert info.value.location == URL


def test_json_feed_with_unknown_version_is_rejected() -> None:
    doc = json_doc({"version": "https://jsonfeed.org/version/2", "items": []})
    with pytest.raises(ParseError, match="version"):
        parse(doc)


def test_malformed_json_raises_parse_error_naming_source() -> None:
    with pytest.raises(ParseError, match=SOURCE) as info:
        parse(b'{"version": ', "application/feed+json")
    assert URL in str(info.value)


# --- not a feed ---------------------------------------------------------------------------

HTML_PAGE = b"""<!DOCTYPE html>
<html lang="de"><head><title>Startseite</title></head>
<body><h1>Willkommen</h1><p>Das ist keine Feed-Datei.</p></body></html>"""


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", None])
def test_html_page_raises_parse_error_saying_html_page(content_type: str | None) -> None:
    with pytest.raises(ParseError) as info:
        parse(HTML_PAGE, content_type)
    message = str(info.value)
    assert "HTML page" in message
    assert SOURCE in message
    assert URL in message


def test_html_page_after_a_comment_is_still_recognised() -> None:
    with pytest.raises(ParseError, match="HTML page"):
        parse(b"<!-- generated -->\n<html><body><p>x</p></body></html>")


def test_malformed_xml_without_entries_raises_parse_error_naming_source_and_url() -> None:
    with pytest.raises(ParseError) as info:
        parse(b"<foo><bar></foo>", "application/xml")
    assert info.value.source == SOURCE
    assert info.value.location == URL
    assert f"source {SOURCE!r} ({URL})" in str(info.value)


def test_truncated_rss_raises_parse_error() -> None:
    with pytest.raises(ParseError, match="malformed"):
        parse(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</ti')


@pytest.mark.parametrize("body", [b"", b"  \r\n\t", b"\xef\xbb\xbf"])
def test_empty_body_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError, match="empty"):
        parse(body)


def test_broken_but_readable_feed_yields_entries_and_a_warning() -> None:
    doc = b"""<?xml version="1.0"?><rss version="2.0"><channel>
    <title>T</title><link>https://ex.org/</link><description>d</description>
    <item><title>Tom & Jerry</title><link>https://ex.org/1</link></item>
    <item><title>Zwei</title><link>https://ex.org/2</link></item>
    </channel></rss>"""
    feed = parse(doc)
    assert [e.link for e in feed.entries] == ["https://ex.org/1", "https://ex.org/2"]
    assert feed.entries[0].title == "Tom & Jerry"
    assert feed.warning is not None
    assert "not well-formed" in feed.warning


def test_item_with_nothing_to_identify_it_is_kept_under_a_stable_derived_id() -> None:
    doc = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><category>leer</category></item>
    <item><category>auch leer</category></item>
    <item><title>Echt</title><link>https://ex.org/1</link></item>
    </channel></rss>"""
    feed = parse(doc)
    assert [e.categories for e in feed.entries[:2]] == [("leer",), ("auch leer",)]
    first, second = (e.guid for e in feed.entries[:2])
    assert first and second and first.startswith("urn:feedhub:entry:") and first != second
    assert parse(doc).entries[0].guid == first  # the next poll knows it again
    assert feed.entries[2].guid is None  # an item with a link keeps the usual identity
    assert feed.entry_errors == ()


def test_an_empty_item_in_a_broken_document_is_skipped_and_reported() -> None:
    doc = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Echt</title><link>https://ex.org/1</link></item><item><titl"""
    feed = parse(doc)
    assert [e.title for e in feed.entries] == ["Echt"]
    assert [e.split(":")[0] for e in feed.entry_errors] == ["entry 2"]


@pytest.mark.parametrize("prefix", ["", "file://"])
def test_bytes_that_look_like_a_path_are_not_opened_as_a_file(tmp_path: Path, prefix: str) -> None:
    # a real, valid feed file: had parse_feed opened the "path", it would find an entry
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(RSS_091)
    with pytest.raises(ParseError):
        parse((prefix + str(feed_file)).encode())


def test_etc_passwd_bytes_raise_parse_error() -> None:
    with pytest.raises(ParseError, match="not a feed"):
        parse(b"/etc/passwd")


def test_url_bytes_are_not_fetched() -> None:
    with pytest.raises(ParseError):
        parse(b"https://example.org/feed.xml")


# --- robustness ---------------------------------------------------------------------------

_PREFIXES = [
    b"",
    b"{",
    b'{"version":"https://jsonfeed.org/version/1.1","items":[',
    b"<?xml version='1.0'?>",
    b"<rss version='2.0'><channel><item>",
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
    b"<!DOCTYPE html>",
]
_documents = st.one_of(
    st.binary(max_size=1000),
    st.builds(lambda p, b: p + b, st.sampled_from(_PREFIXES), st.binary(max_size=300)),
    st.builds(lambda p, t: p + t.encode(), st.sampled_from(_PREFIXES), st.text(max_size=300)),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=_documents,
    content_type=st.sampled_from([None, "text/html", "application/json", "application/xml"]),
)
def test_arbitrary_bytes_raise_nothing_but_parse_error(
    content: bytes, content_type: str | None
) -> None:
    try:
        feed = parse(content, content_type)
    except ParseError:
        return
    assert isinstance(feed, ParsedFeed)


def test_deeply_nested_json_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse(b'{"items": ' + b"[" * 100_000)


def test_json_with_overlong_integer_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse(b'{"version": ' + b"1" * 5000 + b"}")


def test_json_date_outside_datetime_range_is_a_missing_date() -> None:
    doc = json_doc(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [{"id": "x", "date_published": "0001-01-01T00:00:00+01:00"}],
        }
    )
    assert parse(doc).entries[0].published is None


def test_non_ascii_digits_in_ttl_are_ignored() -> None:
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<ttl>\u00b2</ttl><item><title>x</title><link>https://ex.org/x</link></item>"
        "</channel></rss>"
    ).encode()
    feed = parse(doc)
    assert feed.ttl is None
    assert len(feed.entries) == 1
