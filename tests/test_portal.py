"""Folder sources: the portal's Markdown article store and the agency inbox."""

from __future__ import annotations

import json
import os
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest

from feedhub.errors import FetchError
from feedhub.errors import ParseError
from feedhub.models import Enclosure
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.sources.folder import INBOX_SUFFIXES
from feedhub.sources.folder import Listing
from feedhub.sources.folder import files
from feedhub.sources.folder import fingerprint
from feedhub.sources.folder import read_inbox
from feedhub.sources.portal import PORTAL_SUFFIXES
from feedhub.sources.portal import REQUIRED
from feedhub.sources.portal import ArticleFileError
from feedhub.sources.portal import read_article
from feedhub.sources.portal import read_portal

MAX = 10 * 1024 * 1024  # max_file_bytes' default

FRONT = {
    "id": '"monrose:article:1"',
    "title": '"Ein Titel"',
    "url": '"https://www.monrose.de/politik/ein-titel-1.html"',
    "section": '"politik"',
    "published": "2025-08-16T07:45:00+02:00",
}


def article_text(fields: dict[str, str] | None = None, body: str = "Erster Absatz.\n") -> str:
    """A front-matter article; `fields` values are TOML literals and override FRONT."""
    meta = {**FRONT, **(fields or {})}
    lines = [f"{k} = {v}" for k, v in meta.items() if v is not None]
    return "+++\n" + "\n".join(lines) + "\n+++\n\n" + body


def without(field: str) -> str:
    meta = {k: v for k, v in FRONT.items() if k != field}
    return "+++\n" + "\n".join(f"{k} = {v}" for k, v in meta.items()) + "\n+++\nText\n"


# --- read_article -------------------------------------------------------------------------


def test_read_article_reads_required_and_optional_fields() -> None:
    text = article_text(
        {
            "updated": "2025-08-16T10:00:00+02:00",
            "authors": '["Monrose-Redaktion", " "]',
            "language": '"de"',
            "teaser": '"Kurz gesagt."',
            "tags": '["USA", "Russland"]',
            "image": '"https://www.monrose.de/media/bild.jpg"',
            "image_caption": '"Eine Bildunterschrift"',
        },
        body="Erster *Absatz*.\n\n## Zwischentitel\n\n<script>x</script>\n",
    )
    e = read_article(text)
    assert e.guid == "monrose:article:1"
    assert e.title == "Ein Titel"
    assert e.link == "https://www.monrose.de/politik/ein-titel-1.html"
    assert e.section == "politik"
    assert e.published == datetime(2025, 8, 16, 5, 45, tzinfo=UTC)
    assert e.updated == datetime(2025, 8, 16, 8, 0, tzinfo=UTC)
    assert e.authors == ("Monrose-Redaktion",)
    assert e.categories == ("USA", "Russland")
    assert e.language == "de"
    assert e.summary == "Kurz gesagt."
    assert e.enclosures == (
        Enclosure(
            "https://www.monrose.de/media/bild.jpg", "image/jpeg", None, "Eine Bildunterschrift"
        ),
    )
    assert e.content is not None
    assert "<em>Absatz</em>" in e.content
    assert "<h2>Zwischentitel</h2>" in e.content
    assert "<script>" not in e.content  # raw HTML in Markdown is not passed through


def test_read_article_minimal_has_empty_optionals() -> None:
    e = read_article(article_text(body=""))
    assert e.content is None
    assert e.updated is None
    assert e.summary is None
    assert e.authors == ()
    assert e.enclosures == ()
    assert e.language is None


def test_read_article_accepts_a_byte_order_mark() -> None:
    assert read_article("\ufeff" + article_text()).guid == "monrose:article:1"


@pytest.mark.parametrize("field", REQUIRED)
def test_missing_required_field_is_named(field: str) -> None:
    with pytest.raises(ArticleFileError, match=f"missing required field.*{field}"):
        read_article(without(field))


def test_date_without_offset_is_rejected_with_an_example() -> None:
    with pytest.raises(ArticleFileError, match="'published'.*offset") as info:
        read_article(article_text({"published": "2025-08-16T07:45:00"}))
    assert "+02:00" in str(info.value)


def test_date_only_is_rejected() -> None:
    with pytest.raises(ArticleFileError, match="'published'.*got a date"):
        read_article(article_text({"published": "2025-08-16"}))


def test_date_as_string_is_rejected() -> None:
    with pytest.raises(ArticleFileError, match="'updated'.*TOML date-time"):
        read_article(article_text({"updated": '"2025-08-16T07:45:00+02:00"'}))


def test_date_outside_datetime_range_is_an_article_file_error() -> None:
    with pytest.raises(ArticleFileError, match="'published'"):
        read_article(article_text({"published": "0001-01-01T00:00:00+01:00"}))


def test_unknown_front_matter_field_is_rejected_by_name() -> None:
    with pytest.raises(ArticleFileError, match="unknown field.*rubrik"):
        read_article(article_text({"rubrik": '"politik"'}))


def test_relative_url_is_rejected() -> None:
    with pytest.raises(ArticleFileError, match="'url'.*absolute"):
        read_article(article_text({"url": '"/politik/a.html"'}))


@pytest.mark.parametrize(
    ("field", "value"), [("title", '""'), ("title", "3"), ("tags", '"USA"'), ("authors", "[1]")]
)
def test_wrong_field_type_is_named(field: str, value: str) -> None:
    with pytest.raises(ArticleFileError, match=f"field '{field}'"):
        read_article(article_text({field: value}))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Kein Front Matter\n", "does not start"),
        ('+++\nid = "a"\n', "not closed"),
        ("+++\nid = \n+++\n", "not valid TOML"),
    ],
)
def test_broken_front_matter_is_explained(text: str, message: str) -> None:
    with pytest.raises(ArticleFileError, match=message):
        read_article(text)


# --- read_portal --------------------------------------------------------------------------


def portal_source(path: Path) -> Source:
    return Source("portal", SourceKind.PORTAL, "Monrose", path=str(path))


def test_read_portal_reads_good_file_and_reports_bad_file_by_name(tmp_path: Path) -> None:
    (tmp_path / "politik").mkdir()
    (tmp_path / "politik" / "gut.md").write_text(article_text(), encoding="utf-8")
    (tmp_path / "politik" / "kaputt.md").write_text(without("title"), encoding="utf-8")
    (tmp_path / "notiz.txt").write_text("ignored", encoding="utf-8")
    source = portal_source(tmp_path)
    feed = read_portal(source, files(source, PORTAL_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
    assert feed.format == "portal"
    assert [e.guid for e in feed.entries] == ["monrose:article:1"]
    (error,) = feed.entry_errors
    assert error.startswith(os.path.join("politik", "kaputt.md") + ": ")
    assert "title" in error
    assert feed.base_url == tmp_path.as_uri() + "/"


def test_read_portal_reports_non_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "gut.md").write_text(article_text(), encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes(article_text({"title": '"Grüße"'}).encode("latin-1"))
    source = portal_source(tmp_path)
    feed = read_portal(source, files(source, PORTAL_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
    assert len(feed.entries) == 1
    (error,) = feed.entry_errors
    assert error.startswith("latin1.md: not UTF-8")


def test_read_portal_with_only_bad_files_raises_parse_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("no front matter", encoding="utf-8")
    source = portal_source(tmp_path)
    with pytest.raises(ParseError, match="a.md") as info:
        read_portal(source, files(source, PORTAL_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
    assert info.value.source == "portal"


def test_read_portal_of_empty_folder_is_an_empty_feed(tmp_path: Path) -> None:
    feed = read_portal(portal_source(tmp_path), Listing(tmp_path, ()), max_bytes=MAX)
    assert feed.entries == ()
    assert feed.entry_errors == ()


def test_files_of_missing_folder_raise_fetch_error(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="does not exist"):
        files(portal_source(tmp_path / "fehlt"), PORTAL_SUFFIXES, max_bytes=MAX)


def test_files_skips_hidden_files_and_other_suffixes_and_sorts(tmp_path: Path) -> None:
    for name in ("b.md", "a.MD", ".entwurf.md", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "ordner.md").mkdir()
    assert [
        p.name for p in files(portal_source(tmp_path), PORTAL_SUFFIXES, max_bytes=MAX).paths
    ] == ["a.MD", "b.md"]


# --- inbox --------------------------------------------------------------------------------

INBOX_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Agentur</title><link>https://agentur.example/</link>
<description>d</description>
<item><title>Meldung RSS</title><link>https://agentur.example/rss-1</link>
<guid isPermaLink="false">rss-1</guid><pubDate>Sat, 16 Aug 2025 09:30:00 +0200</pubDate></item>
</channel></rss>"""

INBOX_JSON = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Agentur JSON",
        "items": [{"id": "json-1", "url": "https://agentur.example/json-1", "title": "Meldung"}],
    }
).encode()


def inbox_source(path: Path) -> Source:
    return Source("agentur", SourceKind.INBOX, "Agentur", path=str(path))


def test_read_inbox_reads_rss_and_json_feed_and_reports_broken_file(tmp_path: Path) -> None:
    (tmp_path / "1-politik.xml").write_bytes(INBOX_RSS)
    (tmp_path / "2-wirtschaft.json").write_bytes(INBOX_JSON)
    (tmp_path / "3-kaputt.xml").write_bytes(b"<html><body>Fehlerseite</body></html>")
    source = inbox_source(tmp_path)
    feed = read_inbox(source, files(source, INBOX_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
    assert feed.format == "inbox"
    assert [e.guid for e in feed.entries] == ["rss-1", "json-1"]
    assert feed.entries[0].published == datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
    (error,) = feed.entry_errors
    assert error.startswith("3-kaputt.xml: ")
    assert "HTML page" in error


def test_read_inbox_reports_a_not_well_formed_file_as_warning_line(tmp_path: Path) -> None:
    broken = INBOX_RSS.replace(b"Meldung RSS", b"Tom & Jerry")
    (tmp_path / "a.rss").write_bytes(broken)
    source = inbox_source(tmp_path)
    feed = read_inbox(source, files(source, INBOX_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
    assert [e.title for e in feed.entries] == ["Tom & Jerry"]
    (error,) = feed.entry_errors
    assert error.startswith("a.rss: feed is not well-formed")


def test_read_inbox_with_only_broken_files_raises_parse_error(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_bytes(b'{"title": "no version"}')
    source = inbox_source(tmp_path)
    with pytest.raises(ParseError, match=r"x\.json.*version"):
        read_inbox(source, files(source, INBOX_SUFFIXES, max_bytes=MAX), max_bytes=MAX)


def test_inbox_guid_does_not_depend_on_where_the_inbox_folder_is(tmp_path: Path) -> None:
    permalink_guid = INBOX_RSS.replace(b'<guid isPermaLink="false">', b"<guid>")
    guids = []
    for folder in (tmp_path / "here", tmp_path / "there"):
        folder.mkdir()
        (folder / "a.xml").write_bytes(permalink_guid)
        source = inbox_source(folder)
        guids.append(
            read_inbox(source, files(source, INBOX_SUFFIXES, max_bytes=MAX), max_bytes=MAX)
            .entries[0]
            .guid
        )
    assert guids[0] == guids[1]


def test_fingerprint_changes_when_a_file_is_touched_or_added(tmp_path: Path) -> None:
    first = tmp_path / "a.xml"
    first.write_bytes(INBOX_RSS)
    source = inbox_source(tmp_path)
    before = fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX))
    assert (
        fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX)) == before
    )  # stable when unchanged
    assert before.startswith('"') and before.endswith('"')  # stored like an ETag

    st = first.stat()
    os.utime(first, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    touched = fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX))
    assert touched != before

    (tmp_path / "b.json").write_bytes(INBOX_JSON)
    added = fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX))
    assert added not in (before, touched)


def test_fingerprint_changes_when_a_file_is_removed(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(INBOX_RSS)
    (tmp_path / "b.xml").write_bytes(INBOX_RSS)
    source = inbox_source(tmp_path)
    before = fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX))
    (tmp_path / "b.xml").unlink()
    assert fingerprint(files(source, INBOX_SUFFIXES, max_bytes=MAX)) != before
