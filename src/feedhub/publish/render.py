"""(feed info, stories) -> bytes for Atom 1.0, RSS 2.0, JSON Feed 1.1 and the HTML page.

Deterministic: the same stories give the same bytes; the feed's `updated` is its newest
story's change (a fixed epoch when empty). Atom and RSS come from feedgen (publish.atom_rss),
JSON Feed from the standard library's json, the page a browser gets from an f-string with
every value escaped.

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
from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Any

import brotli

from feedhub.models import FeedDocument
from feedhub.models import Story
from feedhub.publish.atom_rss import render_xml
from feedhub.publish.feedinfo import BROWSER as BROWSER
from feedhub.publish.feedinfo import FORMAT_LABELS
from feedhub.publish.feedinfo import FORMATS as FORMATS
from feedhub.publish.feedinfo import MEDIA_TYPES as MEDIA_TYPES
from feedhub.publish.feedinfo import PAGE_STYLE
from feedhub.publish.feedinfo import FeedInfo as FeedInfo
from feedhub.publish.feedinfo import SourceRef as SourceRef
from feedhub.publish.feedinfo import content_html
from feedhub.publish.feedinfo import entry_times
from feedhub.publish.feedinfo import feed_updated
from feedhub.publish.feedinfo import local_time
from feedhub.publish.feedinfo import rfc3339
from feedhub.publish.feedinfo import subscribe_note

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# Every change re-renders a section's documents: brotli's top quality (11) took 85 ms for
# a 75 KB feed, 6 takes 1.6 ms for a body 10% larger (docs/design.md, "Compression")
BROTLI_QUALITY = 6


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
    return packed(info.key, fmt, content, feed_updated(stories), tuple(problems))


def packed(
    key: str, fmt: str, content: bytes, last_modified: datetime, problems: tuple[str, ...] = ()
) -> FeedDocument:
    """A rendered representation with its gzip and brotli forms and its strong ETag."""
    return FeedDocument(
        section=key,
        format=fmt,
        content=content,
        gzip=gzip.compress(content, compresslevel=9, mtime=0),
        brotli=brotli.compress(content, quality=BROTLI_QUALITY),
        etag='"' + hashlib.sha256(content).hexdigest()[:32] + '"',
        last_modified=last_modified,
        media_type=MEDIA_TYPES[fmt],
        problems=problems,
    )


def _render_bytes(info: FeedInfo, stories: Sequence[Story], fmt: str) -> bytes:
    if fmt == "json":
        return render_json(info, stories)
    if fmt == BROWSER:
        return render_html(info, stories)
    return render_xml(info, stories, fmt)


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
        "content_html": content_html(a.content_html, a.summary),
        "summary": a.summary,
        "date_published": rfc3339(published),
        "date_modified": rfc3339(updated),
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
            f'<p class="meta"><time datetime="{rfc3339(published)}">'
            f"{local_time(published, info.timezone)}</time>"
            + f" · {e(info.source(a.source_id).name)}"
            + (f" · {e(', '.join(a.authors))}" if a.authors else "")
            + (' · <strong class="correction">Korrektur</strong>' if a.correction else "")
            + (f" · auch bei: {via}" if via else "")
            + (
                f' · <a href="{e(_story_feed(story, info, "atom"))}">alle Versionen</a>'
                if (story.versions or story.related) and not info.slug.startswith("story/")
                else ""
            )
            + f"</p><p>{e(a.summary)}</p>"
            + (f'<ul class="related">{related}</ul>' if related else "")
            + "</article>"
        )
    feeds = "".join(
        f'<link rel="alternate" type="{MEDIA_TYPES[f].split(";")[0]}" href="{e(info.url(f))}">'
        for f in FORMATS
    )
    subscribe = " · ".join(f'<a href="{e(info.url(f))}">{FORMAT_LABELS[f]}</a>' for f in FORMATS)
    page = f"""<!doctype html>
<html lang="{e(info.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(info.title)}</title>
{feeds}
<style>{PAGE_STYLE}</style>
</head>
<body>
<h1>{e(info.title)}</h1>
<p class="note">{subscribe_note("atom", info.url("atom"))}<br>
<small>Auch als {subscribe}</small></p>
{"".join(rows) or "<p>Noch keine Meldungen.</p>"}
</body>
</html>
"""
    return page.encode("utf-8")


def _story_feed(story: Story, info: FeedInfo, fmt: str) -> str:
    """The URL of the story's own feed: its versions and related stories."""
    return f"{info.base_url}stories/{story.id}.{fmt}"


def _json_extension(story: Story, info: FeedInfo) -> dict[str, Any]:
    """The `_feedhub` JSON Feed extension (docs/feeds.md): where the published version came
    from, the story's other versions, and related stories."""
    source: dict[str, Any] = {"name": info.source(story.representative.article.source_id).name}
    origin = info.origin(story.representative)
    if origin is not None:
        source |= {"feed_title": origin.title, "feed_url": origin.feed_url}
    ext: dict[str, Any] = {"source": source, "story_feed": _story_feed(story, info, "json")}
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
    if story.representative.article.correction:
        ext["correction"] = True
    if story.related:
        ext["related"] = [
            {"id": r.uid, "url": r.url, "title": r.title, "kind": r.kind} for r in story.related
        ]
    return ext
