"""(feed info, stories) -> bytes for Atom 1.0, RSS 2.0 and JSON Feed 1.1.

Deterministic: the same stories give the same bytes. feedgen stamps the current time on
feeds and entries by default, so every time is set explicitly; the feed's `updated` is its
newest story's change (a fixed epoch when empty); entries are added in order, newest
first; the generator carries no version. A feedgen object never leaves this module.
Atom and RSS come from feedgen, JSON Feed from the standard library's json.

Every field is written as its type says, whatever a source sent: HTML fields (Atom
content type="html", RSS content:encoded and description, JSON Feed content_html) carry
HTML sanitised in normalize.py or text escaped into HTML; text fields (titles, Atom
summary, JSON Feed summary, names) carry text. RSS readers treat <description> as HTML,
so the plain-text summary goes there escaped into HTML.

One bad entry does not stop a feed: if rendering fails (bytes that the format cannot hold,
stored by an older version), each entry is tried alone, the ones that fail are left out
and named in the document's `problems`, and the rest is rendered.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from html import escape
from typing import Any

import brotli
from feedgen.ext.base import BaseEntryExtension
from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from feedhub.models import FeedDocument
from feedhub.models import Story

FORMATS = ("atom", "rss", "json")
MEDIA_TYPES = {
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
BROWSER = "html"  # the page a browser gets for a feed URL (content negotiation)
ATOM_NS = "http://www.w3.org/2005/Atom"
HISTORY_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
EMPTY_FEED_UPDATED = datetime(1970, 1, 1, tzinfo=UTC)
GENERATOR = "feedhub"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """How a feed names a source in provenance: its display name and its feed URL."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """What a published feed says about itself."""

    slug: str  # section slug, or "all"
    title: str
    description: str
    language: str
    base_url: str  # the service's public base URL, ending in "/"
    sources: Mapping[str, SourceRef] = field(default_factory=dict)  # by source id
    page: int | None = None  # RFC 5005 archive page number; None: the subscription feed
    prev_page: int | None = None  # the next older archive page
    next_page: int | None = None  # the next newer archive page (None: the subscription feed)
    hubs: tuple[str, ...] = ()  # WebSub hubs announced by the subscription feed

    @property
    def key(self) -> str:
        """Where the document is stored and served: "politik", "politik/archive/3"."""
        return self.slug if self.page is None else archive_key(self.slug, self.page)

    def page_url(self, page: int | None, fmt: str) -> str:
        if page is None:
            return f"{self.base_url}feeds/{self.slug}.{fmt}"
        return f"{self.base_url}feeds/{archive_key(self.slug, page)}.{fmt}"

    def source(self, source_id: str) -> SourceRef:
        return self.sources.get(source_id) or SourceRef(source_id, self.base_url)

    def url(self, fmt: str) -> str:
        return self.page_url(self.page, fmt)

    @property
    def id(self) -> str:
        return f"{self.base_url}feeds/{self.slug}"


def archive_key(slug: str, page: int) -> str:
    return f"{slug}/archive/{page}"


def render(info: FeedInfo, stories: Sequence[Story], fmt: str) -> FeedDocument:
    """Render one representation, with its gzip and brotli forms and strong ETag.

    Entries that cannot be rendered are left out and named in `problems`; raises
    ValueError only when the feed cannot be rendered even without them."""
    if fmt not in (*FORMATS, BROWSER):
        raise ValueError(f"unknown feed format {fmt!r}")
    problems: list[str] = []
    try:
        content = _render_bytes(info, stories, fmt)
    except (ValueError, TypeError):
        good = []
        for story in stories:
            try:
                _render_bytes(info, [story], fmt)
            except (ValueError, TypeError) as e:
                problems.append(
                    f"story {story.id} (article {story.representative.id}) left out:"
                    f" {type(e).__name__}: {e}"
                )
            else:
                good.append(story)
        content = _render_bytes(info, good, fmt)
    return FeedDocument(
        section=info.key,
        format=fmt,
        content=content,
        gzip=gzip.compress(content, compresslevel=9, mtime=0),
        brotli=brotli.compress(content, quality=11),
        etag='"' + hashlib.sha256(content).hexdigest()[:32] + '"',
        last_modified=feed_updated(stories),
        media_type=MEDIA_TYPES[fmt],
        problems=tuple(problems),
    )


def _render_bytes(info: FeedInfo, stories: Sequence[Story], fmt: str) -> bytes:
    if fmt == "json":
        return render_json(info, stories)
    if fmt == BROWSER:
        return render_html(info, stories)
    return render_xml(info, stories, fmt)


def feed_updated(stories: Sequence[Story]) -> datetime:
    return max((s.updated for s in stories), default=EMPTY_FEED_UPDATED)


def entry_times(story: Story) -> tuple[datetime, datetime]:
    """(published, updated) of an entry: the representative's, falling back to the story's."""
    a = story.representative.article
    published = a.published or story.published
    return published, max(a.updated or published, published)


def render_xml(info: FeedInfo, stories: Sequence[Story], fmt: str) -> bytes:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(info.id)
    fg.title(info.title)
    fg.subtitle(info.description or info.title)
    fg.language(info.language)
    fg.generator(GENERATOR)
    fg.updated(feed_updated(stories))
    fg.lastBuildDate(feed_updated(stories))
    fg.link(href=info.url(fmt), rel="self", type=MEDIA_TYPES[fmt].split(";")[0])
    fg.link(href=info.base_url, rel="alternate", type="text/html")  # last: RSS <link>
    fg.register_extension("paging", _FeedPaging, _NoEntryExtension, atom=True, rss=True)
    fg.paging.links = _paging_links(info, fmt)
    fg.paging.archive = info.page is not None
    for story in stories:
        _add_entry(fg, story, info, fmt)
    if fmt == "atom":
        data: bytes = fg.atom_str(pretty=True, encoding="UTF-8")
    else:
        data = fg.rss_str(pretty=True, encoding="UTF-8")
    return data


def _paging_links(info: FeedInfo, fmt: str) -> list[dict[str, str]]:
    """RFC 5005 §4: prev-archive, and on archive pages next-archive and current; WebSub
    hubs on the subscription feed (archive pages do not change: nothing to push)."""
    media = MEDIA_TYPES[fmt].split(";")[0]
    links: list[dict[str, str]] = []
    if info.page is None:
        links.extend({"rel": "hub", "href": hub} for hub in info.hubs)
    if info.prev_page is not None:
        links.append(
            {"rel": "prev-archive", "href": info.page_url(info.prev_page, fmt), "type": media}
        )
    if info.page is not None:
        links.append(
            {"rel": "next-archive", "href": info.page_url(info.next_page, fmt), "type": media}
        )
        links.append({"rel": "current", "href": info.page_url(None, fmt), "type": media})
    return links


class _FeedPaging(BaseExtension):  # type: ignore[misc]
    """Archive links and the fh:archive marker (RFC 5005) at feed level, in Atom as
    atom:link, in RSS as atom:link inside the channel."""

    def __init__(self) -> None:
        self.links: list[dict[str, str]] = []
        self.archive = False

    def extend_ns(self) -> dict[str, str]:
        return {"fh": HISTORY_NS}

    def extend_atom(self, feed: Any) -> Any:
        for attrs in self.links:
            xml_elem("link", feed, **attrs)
        if self.archive:
            xml_elem(f"{{{HISTORY_NS}}}archive", feed)
        return feed

    def extend_rss(self, rss: Any) -> Any:
        channel = rss[0]
        for attrs in self.links:
            xml_elem(f"{{{ATOM_NS}}}link", channel, **attrs)
        if self.archive:
            xml_elem(f"{{{HISTORY_NS}}}archive", channel)
        return rss


class _NoEntryExtension(BaseEntryExtension):  # type: ignore[misc]
    pass


class _EntryLinks(BaseEntryExtension):  # type: ignore[misc]
    """Writes an entry's typed links and its atom:source.

    feedgen 1.0.0 loses rel, type and length of entry links in Atom (a shadowed variable
    in FeedEntry.atom_entry), which would turn an enclosure into a second alternate link;
    and it has no way to put provenance ("via") or related links into RSS items. In RSS,
    the links that RSS cannot express are written as atom:link elements.
    """

    def __init__(self) -> None:
        self.links: list[dict[str, str]] = []  # Atom: every link
        self.extra: list[dict[str, str]] = []  # related and via: Atom and RSS
        self.source: tuple[str, str, str] | None = None  # (id, title, link) for atom:source

    def extend_atom(self, entry: Any) -> Any:
        for attrs in self.links + self.extra:
            xml_elem("link", entry, **attrs)
        if self.source is not None:
            src = xml_elem("source", entry)
            xml_elem("id", src).text = self.source[0]
            xml_elem("title", src).text = self.source[1]
            xml_elem("link", src, rel="alternate", href=self.source[2])
        return entry

    def extend_rss(self, item: Any) -> Any:
        for attrs in self.extra:
            xml_elem(f"{{{ATOM_NS}}}link", item, **attrs)
        return item


def _add_entry(fg: Any, story: Story, info: FeedInfo, fmt: str) -> None:
    a = story.representative.article
    origin = info.source(a.source_id)
    published, updated = entry_times(story)
    fe = fg.add_entry(order="append")
    fe.id(story.uid)
    fe.guid(story.uid, permalink=story.uid.startswith(("http://", "https://")))
    fe.title(a.title)
    link = a.url or info.base_url
    fe.published(published)
    fe.updated(updated)
    if a.summary:  # RSS <description> is HTML; Atom <summary> is text (no type attribute)
        fe.summary(escape(a.summary, quote=False) if fmt == "rss" else a.summary)
    fe.content(_content_html(a.content_html, a.summary), type="html")
    for name in a.authors:
        fe.author(name=name)
        fe.dc.dc_creator(name)
    if story.section:
        fe.category(term=story.section, label=story.section)
    for tag in a.categories:
        if tag != story.section:
            fe.category(term=tag)
    fe.register_extension("links", _EntryLinks, atom=True, rss=True)
    fe.links.extra.extend(_provenance_and_related(story, info))
    if fmt == "atom":
        fe.links.source = (origin.url, origin.name, origin.url)
        fe.links.links.append({"href": link, "rel": "alternate", "type": "text/html"})
        for enc in a.enclosures:
            attrs = {"href": enc.url, "rel": "enclosure"}
            if enc.type:
                attrs["type"] = enc.type
            if enc.length:
                attrs["length"] = str(enc.length)
            fe.links.links.append(attrs)
    else:
        fe.link(href=link)
        fe.source(title=origin.name, url=origin.url)
        for enc in a.enclosures[:1]:  # RSS 2.0 allows one enclosure per item
            fe.enclosure(enc.url, str(enc.length or 0), enc.type or "application/octet-stream")


def _provenance_and_related(story: Story, info: FeedInfo) -> list[dict[str, str]]:
    """rel="via" for the story's other versions, rel="related" for related stories."""
    out = []
    for v in story.versions:
        if v.article.url:
            name = info.source(v.article.source_id).name
            out.append({"rel": "via", "href": v.article.url, "title": f"{name}: {v.article.title}"})
    for r in story.related:
        out.append({"rel": "related", "href": r.url or r.uid, "title": r.title})
    return out


def render_json(info: FeedInfo, stories: Sequence[Story]) -> bytes:
    doc: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": info.title,
        "home_page_url": info.base_url,
        "feed_url": info.url("json"),
        "description": info.description or info.title,
        "language": info.language,
        "items": [_json_item(s, info) for s in stories],
    }
    if info.prev_page is not None:  # JSON Feed's pagination: the next page holds older items
        doc["next_url"] = info.page_url(info.prev_page, "json")
    if info.page is None and info.hubs:
        doc["hubs"] = [{"type": "WebSub", "url": hub} for hub in info.hubs]
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_item(story: Story, info: FeedInfo) -> dict[str, Any]:
    a = story.representative.article
    published, updated = entry_times(story)
    item: dict[str, Any] = {
        "id": story.uid,
        "url": a.url or info.base_url,
        "title": a.title,
        "content_html": _content_html(a.content_html, a.summary),
        "summary": a.summary,
        "date_published": _rfc3339(published),
        "date_modified": _rfc3339(updated),
        "language": a.language,
    }
    if a.authors:
        item["authors"] = [{"name": n} for n in a.authors]
    tags = ([story.section] if story.section else []) + [
        t for t in a.categories if t != story.section
    ]
    if tags:
        item["tags"] = tags
    images = [e for e in a.enclosures if (e.type or "").startswith("image/")]
    if images:
        item["image"] = images[0].url
    attachments = [
        {"url": e.url, "mime_type": e.type or "application/octet-stream"}
        | ({"size_in_bytes": e.length} if e.length else {})
        for e in a.enclosures
        if e not in images
    ]
    if attachments:
        item["attachments"] = attachments
    extension = _json_extension(story, info)
    if extension:
        item["_feedhub"] = extension
    return item


def render_html(info: FeedInfo, stories: Sequence[Story]) -> bytes:
    """The feed as a page for people who open a feed URL in a browser: what it is, how to
    subscribe, and its entries."""
    e = escape
    rows = []
    for story in stories:
        a = story.representative.article
        published, _updated = entry_times(story)
        via = ", ".join(e(info.source(v.article.source_id).name) for v in story.versions)
        related = "".join(
            f'<li><a href="{e(r.url or r.uid)}">{e(r.title)}</a></li>' for r in story.related
        )
        rows.append(
            f'<article><h2><a href="{e(a.url or info.base_url)}">{e(a.title)}</a></h2>'
            f'<p class="meta"><time datetime="{_rfc3339(published)}">'
            f"{published.strftime('%d.%m.%Y %H:%M')} UTC</time>"
            + (f" · {e(', '.join(a.authors))}" if a.authors else "")
            + (f" · auch bei: {via}" if via else "")
            + f"</p><p>{e(a.summary)}</p>"
            + (f'<ul class="related">{related}</ul>' if related else "")
            + "</article>"
        )
    feeds = "".join(
        f'<link rel="alternate" type="{MEDIA_TYPES[f].split(";")[0]}" href="{e(info.url(f))}">'
        for f in FORMATS
    )
    subscribe = " · ".join(f'<a href="{e(info.url(f))}">{f.upper()}</a>' for f in FORMATS)
    page = f"""<!doctype html>
<html lang="{e(info.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(info.title)}</title>
{feeds}
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}}
.meta{{color:#555;font-size:.9em}}.note{{background:#f4f4f4;padding:.75rem 1rem}}</style>
</head>
<body>
<h1>{e(info.title)}</h1>
<p class="note">Dies ist ein Feed. Kopieren Sie die Adresse in Ihren Feedreader, um ihn zu
abonnieren: <code>{e(info.url("atom"))}</code> ({subscribe})</p>
{"".join(rows) or "<p>Noch keine Meldungen.</p>"}
</body>
</html>
"""
    return page.encode("utf-8")


def _json_extension(story: Story, info: FeedInfo) -> dict[str, Any]:
    """The `_feedhub` JSON Feed extension (docs/feeds.md): where the published version came
    from, the story's other versions, and related stories."""
    ext: dict[str, Any] = {
        "source": {"name": info.source(story.representative.article.source_id).name},
    }
    versions = [
        {
            "url": v.article.url,
            "title": v.article.title,
            "source": info.source(v.article.source_id).name,
        }
        for v in story.versions
        if v.article.url
    ]
    if versions:
        ext["versions"] = versions
    if story.related:
        ext["related"] = [
            {"id": r.uid, "url": r.url, "title": r.title, "kind": r.kind} for r in story.related
        ]
    return ext


def _rfc3339(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _content_html(content_html: str, summary: str) -> str:
    """The body, or the summary as a paragraph when the source sent no body."""
    return content_html or f"<p>{escape(summary, quote=False)}</p>"
