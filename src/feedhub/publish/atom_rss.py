"""Atom 1.0 and RSS 2.0 through feedgen: a feedgen object never leaves this module.

feedgen stamps the current time on feeds and entries by default, so every time is set
explicitly; entries are added in order, newest first; the generator carries no version.
RFC 5005 archive links, WebSub hub links, provenance ("via") and related links are
written by extensions (below) where feedgen has no field for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from feedgen.ext.base import BaseEntryExtension
from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from feedhub.models import Story
from feedhub.publish.feedinfo import MEDIA_TYPES
from feedhub.publish.feedinfo import FeedInfo
from feedhub.publish.feedinfo import Origin
from feedhub.publish.feedinfo import content_html
from feedhub.publish.feedinfo import entry_times
from feedhub.publish.feedinfo import feed_updated
from feedhub.publish.feedinfo import rfc3339

ATOM_NS = "http://www.w3.org/2005/Atom"
HISTORY_NS = "http://purl.org/syndication/history/1.0"  # RFC 5005
GENERATOR = "feedhub"
CORRECTION = "correction"  # the category that marks a corrected entry


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
    fg.paging.complete = info.complete
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
    """Archive links and the fh:archive and fh:complete markers (RFC 5005) at feed level, in Atom as
    atom:link, in RSS as atom:link inside the channel."""

    def __init__(self) -> None:
        self.links: list[dict[str, str]] = []
        self.archive = False
        self.complete = False

    def extend_ns(self) -> dict[str, str]:
        return {"fh": HISTORY_NS}

    def extend_atom(self, feed: Any) -> Any:
        for attrs in self.links:
            xml_elem("link", feed, **attrs)
        if self.archive:
            xml_elem(f"{{{HISTORY_NS}}}archive", feed)
        if self.complete:
            xml_elem(f"{{{HISTORY_NS}}}complete", feed)
        return feed

    def extend_rss(self, rss: Any) -> Any:
        channel = rss[0]
        for attrs in self.links:
            xml_elem(f"{{{ATOM_NS}}}link", channel, **attrs)
        if self.archive:
            xml_elem(f"{{{HISTORY_NS}}}archive", channel)
        if self.complete:
            xml_elem(f"{{{HISTORY_NS}}}complete", channel)
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
        self.source: Origin | None = None  # for atom:source

    def extend_atom(self, entry: Any) -> Any:
        for attrs in self.links + self.extra:
            xml_elem("link", entry, **attrs)
        if self.source is not None:  # RFC 4287 §4.2.11: the feed the entry was copied from
            src = xml_elem("source", entry)
            xml_elem("id", src).text = self.source.id
            xml_elem("title", src).text = self.source.title
            xml_elem("updated", src).text = rfc3339(self.source.updated)
            xml_elem("link", src, rel="alternate", href=self.source.link)
            if self.source.feed_url != self.source.link:
                xml_elem("link", src, rel="self", href=self.source.feed_url)
        return entry

    def extend_rss(self, item: Any) -> Any:
        for attrs in self.extra:
            xml_elem(f"{{{ATOM_NS}}}link", item, **attrs)
        return item


def _add_entry(fg: Any, story: Story, info: FeedInfo, fmt: str) -> None:
    a = story.representative.article
    origin = info.origin(story.representative)
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
    fe.content(content_html(a.content_html, a.summary), type="html")
    for name in a.authors:
        fe.author(name=name)
        fe.dc.dc_creator(name)
    categories = [{"term": story.section, "label": story.section}] if story.section else []
    categories += [{"term": tag} for tag in a.categories if tag != story.section]
    if a.correction:  # the source sent this version as a correction of an earlier one
        categories.append({"term": CORRECTION, "label": "Korrektur"})
    if categories:  # in one call: feedgen rebuilds its RSS list on each (quadratic)
        fe.category(categories)
    fe.register_extension("links", _EntryLinks, atom=True, rss=True)
    fe.links.extra.extend(_provenance_and_related(story, info))
    if fmt == "atom":
        fe.links.source = origin
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
        if origin is not None:
            fe.source(title=origin.title, url=origin.feed_url)
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
