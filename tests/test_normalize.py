"""normalize: RawEntry -> Article (sanitised HTML, text, language, section, keys)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from datetime import datetime

import pytest

from feedhub.models import Article
from feedhub.models import Enclosure
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.normalize import SUMMARY_CHARS
from feedhub.normalize import detect_language
from feedhub.normalize import html_to_text
from feedhub.normalize import normalize_entry
from feedhub.normalize import normalize_language
from feedhub.normalize import sanitize_html
from feedhub.sources.parse import parse_feed

BASE = "https://ex.org/news/feed.xml"
FEED = ParsedFeed(title="F", link=None, language=None, entries=(), format="rss20", base_url=BASE)
SOURCE = Source(
    "quelle",
    SourceKind.HTTP,
    "Quelle",
    url=BASE,
    section="politik",
    categories={"ausland": "welt"},
)
SECTIONS = (
    Section("politik", "Politik", categories=("inland",)),
    Section("welt", "Welt"),
    Section("sport", "Sport", categories=("fussball",)),
    Section("tech", "Tech", language="en"),
)
GERMAN = (
    "Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz zur Förderung "
    "erneuerbarer Energien beschlossen. Die Opposition kritisierte den Entwurf scharf."
)
ENGLISH = (
    "The government on Wednesday passed a new law to promote renewable energy across "
    "the country. The opposition sharply criticised the draft."
)


def raw(**fields: object) -> RawEntry:
    base: dict[str, object] = {
        "guid": None,
        "link": None,
        "title": None,
        "title_is_html": False,
        "summary": None,
        "content": None,
        "published": None,
        "updated": None,
    }
    base.update(fields)
    return RawEntry(**base)  # type: ignore[arg-type]


def norm(
    entry: RawEntry,
    *,
    feed: ParsedFeed = FEED,
    source: Source = SOURCE,
    sections: tuple[Section, ...] = SECTIONS,
) -> Article:
    return normalize_entry(entry, feed, source, sections)


# --- sanitising ---------------------------------------------------------------------------


def test_sanitize_removes_script_and_style_with_their_content() -> None:
    out = sanitize_html("<p>Hallo<script>alert(1)</script><style>p{color:red}</style></p>", BASE)
    assert out == "<p>Hallo</p>"


def test_sanitize_removes_event_handler_attributes() -> None:
    out = sanitize_html(
        '<p onclick="x()">a</p><img src="https://ex.org/i.png" onerror="y()">', BASE
    )
    assert "onclick" not in out
    assert "onerror" not in out
    assert '<img src="https://ex.org/i.png">' in out


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x"],
)
def test_sanitize_drops_dangerous_link_targets(href: str) -> None:
    out = sanitize_html(f'<a href="{href}">x</a>', BASE)
    assert "href" not in out
    assert "alert" not in out
    assert ">x</a>" in out


@pytest.mark.parametrize(
    "href", ["http://h.de/x", "https://h.de/x?a=1&amp;b=2", "mailto:redaktion@monrose.de"]
)
def test_sanitize_keeps_http_https_and_mailto_links(href: str) -> None:
    assert f'href="{href}"' in sanitize_html(f'<a href="{href}">x</a>', BASE)


def test_sanitize_resolves_relative_href_and_src_against_base() -> None:
    out = sanitize_html('<a href="/rel/a.html">a</a><img src="img/x.png" alt="x">', BASE)
    assert 'href="https://ex.org/rel/a.html"' in out
    assert 'src="https://ex.org/news/img/x.png"' in out


def test_sanitize_removes_disallowed_tags_but_keeps_their_text() -> None:
    out = sanitize_html(
        '<p><font color="red">rot</font></p><iframe src="https://x"></iframe>', BASE
    )
    assert out == "<p>rot</p>"


def test_sanitize_marks_links_noopener() -> None:
    assert 'rel="noopener noreferrer"' in sanitize_html('<a href="https://h.de/">x</a>', BASE)


# --- text ---------------------------------------------------------------------------------


def test_html_to_text_keeps_word_boundaries_between_blocks() -> None:
    text = html_to_text(
        "<p>Erster</p><p>Zweiter</p><div>Dritter<br>Vierter</div><ul><li>a</li><li>b</li></ul>"
    )
    assert text == "Erster Zweiter Dritter Vierter a b"


def test_html_to_text_unescapes_entities_and_collapses_space() -> None:
    assert html_to_text("Tom &amp; Jerry&nbsp;&lt;3\n\n  <b>fett</b>") == "Tom & Jerry <3 fett"


def test_html_to_text_drops_script_content() -> None:
    assert html_to_text("<p>sichtbar</p><script>var geheim = 1;</script>") == "sichtbar"


def test_html_title_with_entities_becomes_plain_text() -> None:
    a = norm(raw(title="Tom &amp; Jerry <em>jagen</em>", title_is_html=True))
    assert a.title == "Tom & Jerry jagen"


def test_plain_title_whitespace_is_collapsed_and_kept_literally() -> None:
    assert norm(raw(title="  Fish   &amp; Chips\n")).title == "Fish &amp; Chips"


def test_missing_title_falls_back_to_the_summary() -> None:
    assert norm(raw(summary="Kurzer Text ohne Titel")).title == "Kurzer Text ohne Titel"


def test_missing_title_and_text_falls_back_to_placeholder() -> None:
    assert norm(raw(link="https://ex.org/a")).title == "(ohne Titel)"


def test_long_title_fallback_is_shortened_at_a_word() -> None:
    a = norm(raw(content="<p>" + "Wort " * 100 + "</p>"))
    assert a.title.endswith(" …")
    assert len(a.title) <= 82


def test_summary_is_derived_from_content_when_missing() -> None:
    a = norm(raw(title="T", content="<p>" + "Satzteil " * 100 + "</p>"))
    assert a.summary.startswith("Satzteil Satzteil")
    assert a.summary.endswith(" …")
    assert len(a.summary) <= SUMMARY_CHARS + 2
    assert a.content_text.startswith(a.summary.removesuffix(" …"))


def test_html_summary_is_plain_text_and_serves_as_content_when_content_is_missing() -> None:
    a = norm(raw(title="T", summary='Nur <b>fett</b> <a href="x.html">hier</a>'))
    assert a.summary == "Nur fett hier"
    assert (
        a.content_html
        == 'Nur <b>fett</b> <a href="https://ex.org/news/x.html" rel="noopener noreferrer">hier</a>'
    )
    assert a.content_text == "Nur fett hier"


def test_own_summary_is_kept_next_to_content() -> None:
    a = norm(raw(title="T", summary="Teaser", content="<p>Langer Text</p>"))
    assert a.summary == "Teaser"
    assert a.content_text == "Langer Text"


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de_DE", "de-DE"),
        ("DE-de", "de-DE"),
        ("en", "en"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("x", None),
        ("de DE", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(tag: str | None, expected: str | None) -> None:
    assert normalize_language(tag) == expected


def test_declared_language_wins_over_detection() -> None:
    assert norm(raw(title="T", content=f"<p>{ENGLISH}</p>", language="de_DE")).language == "de-DE"


def test_feed_language_is_used_when_entry_declares_none() -> None:
    feed = replace(FEED, language="de-at")
    assert norm(raw(title="T", content=f"<p>{ENGLISH}</p>"), feed=feed).language == "de-AT"


def test_undeclared_german_text_is_detected_as_de() -> None:
    assert norm(raw(title="Neues Gesetz", content=f"<p>{GERMAN}</p>")).language == "de"


def test_undeclared_english_text_is_detected_as_en() -> None:
    assert norm(raw(title="New law", content=f"<p>{ENGLISH}</p>")).language == "en"


def test_too_little_text_falls_back_to_the_section_language() -> None:
    assert detect_language(None, "kurz", "") is None
    source = replace(SOURCE, section="tech")
    assert norm(raw(title="kurz"), source=source).language == "en"


def test_no_text_and_no_section_gives_undetermined() -> None:
    source = replace(SOURCE, section=None)
    assert norm(raw(title="kurz"), source=source).language == "und"


# --- section ------------------------------------------------------------------------------


def test_section_from_the_entry_itself_wins() -> None:
    a = norm(raw(title="T", section="sport", categories=("Ausland", "Inland")))
    assert a.section == "sport"


def test_unknown_entry_section_is_ignored() -> None:
    assert norm(raw(title="T", section="gibtsnicht")).section == "politik"


def test_source_category_map_comes_before_section_categories() -> None:
    # "Inland" names the politik section's category, but the source maps "Ausland" first
    a = norm(raw(title="T", categories=("Inland", "AUSLAND")))
    assert a.section == "welt"


def test_category_naming_a_section_slug_or_category_is_used() -> None:
    assert norm(raw(title="T", categories=("Fussball",))).section == "sport"
    assert norm(raw(title="T", categories=("Tech",))).section == "tech"


def test_source_default_section_is_the_last_resort() -> None:
    assert norm(raw(title="T", categories=("Vermischtes",))).section == "politik"
    assert norm(raw(title="T"), source=replace(SOURCE, section=None)).section is None


# --- keys ---------------------------------------------------------------------------------


def test_canonical_url_drops_tracking_params_and_resolves_relative_link() -> None:
    a = norm(raw(title="T", link="/a.html?utm_source=rss&id=5&utm_medium=feed#kommentare"))
    assert a.url == "https://ex.org/a.html?id=5"
    assert a.canonical_url == "https://ex.org/a.html?id=5"


def test_non_http_link_is_dropped() -> None:
    a = norm(raw(title="T", link="javascript:alert(1)"))
    assert a.url is None
    assert a.canonical_url is None


def test_guid_is_kept_when_given() -> None:
    assert norm(raw(guid="urn:x:1", title="T", link="https://ex.org/a")).guid == "urn:x:1"


def test_guid_falls_back_to_canonical_url() -> None:
    a = norm(raw(title="T", link="https://ex.org/a?utm_campaign=x"))
    assert a.guid == "https://ex.org/a"


def test_guid_fallback_keeps_the_fragment_that_tells_ticker_items_apart() -> None:
    a = norm(raw(title="T", link="https://ex.org/ticker.html?utm_source=x#t0411"))
    b = norm(raw(title="U", link="https://ex.org/ticker.html#t0412"))
    assert (a.guid, b.guid) == (
        "https://ex.org/ticker.html#t0411",
        "https://ex.org/ticker.html#t0412",
    )
    assert a.url == b.url == "https://ex.org/ticker.html"  # one page: the URL layer knows it


def test_guid_falls_back_to_content_hash() -> None:
    a = norm(raw(title="T", content="<p>Text</p>"))
    assert a.guid == f"sha256:{a.content_hash}"
    b = norm(raw(title="  t ", content="<p>TEXT</p>"))
    assert b.guid == a.guid  # same normalised text, same derived guid
    c = norm(raw(title="T", content="<p>Anderer Text</p>"))
    assert c.guid != a.guid


def test_published_none_stays_none() -> None:
    a = norm(raw(title="T"))
    assert a.published is None
    assert a.updated is None
    assert a.date is None


def test_update_time_equal_to_publication_is_dropped() -> None:
    t = datetime(2025, 8, 16, 7, 30, tzinfo=UTC)
    later = datetime(2025, 8, 16, 9, 0, tzinfo=UTC)
    assert norm(raw(title="T", published=t, updated=t)).updated is None
    a = norm(raw(title="T", published=t, updated=later))
    assert (a.published, a.updated, a.date) == (t, later, later)


def test_authors_and_categories_are_deduplicated_in_order() -> None:
    a = norm(
        raw(title="T", authors=("Max  Muster", "Erika", "Max Muster"), categories=("a", "b", "a"))
    )
    assert a.authors == ("Max Muster", "Erika")
    assert a.categories == ("a", "b")


def test_enclosures_are_resolved_and_non_http_dropped() -> None:
    a = norm(
        raw(
            title="T",
            enclosures=(
                Enclosure("bild.jpg", "image/jpeg", 10, "Bild"),
                Enclosure("ftp://ex.org/x.mp3", "audio/mpeg"),
            ),
        )
    )
    assert a.enclosures == (Enclosure("https://ex.org/news/bild.jpg", "image/jpeg", 10, "Bild"),)


def test_relative_content_links_resolve_against_atom_xml_base() -> None:
    doc = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://ex.org/news/">
<title>A</title><id>urn:x</id><updated>2025-08-16T10:00:00Z</updated>
<entry><title>T</title><id>urn:e1</id><updated>2025-08-16T10:00:00Z</updated>
<content type="html">&lt;p&gt;&lt;img src="img/x.png"&gt;&lt;/p&gt;</content></entry></feed>"""
    url = "https://ex.org/feeds/atom.xml"
    feed = parse_feed(doc, {}, url, source_id="quelle")
    a = norm(feed.entries[0], feed=feed, source=replace(SOURCE, url=url))
    assert 'src="https://ex.org/news/img/x.png"' in a.content_html


@pytest.mark.parametrize("year", [1, 1850, 2500, 9999])
def test_implausible_dates_are_missing_dates(year: int) -> None:
    from datetime import UTC
    from datetime import datetime

    from feedhub.normalize import plausible

    assert plausible(datetime(year, 6, 1, tzinfo=UTC)) is None
    assert plausible(datetime(2025, 8, 16, tzinfo=UTC)) == datetime(2025, 8, 16, tzinfo=UTC)
