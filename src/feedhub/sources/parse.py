"""Bytes + headers -> ParsedFeed: the entry point `parse_feed()`, and the XML path (feedparser).

`parse_feed()` sniffs the document: a JSON media type or a body starting with `{` goes to
our own JSON Feed reader in jsonfeed.py, everything else to feedparser.

A `FeedParserDict` never leaves this module: every field is converted with an isinstance
check into `RawEntry`. feedparser gets a byte stream, never a URL or a string (a string is
opened as a file name or URL by feedparser). Its HTML sanitiser and relative-URI resolver
are off: normalize.py sanitises once with nh3 and resolves links in the same pass.

Raises ParseError naming the source when the bytes are not a feed: an HTML page, a
document that is not well-formed and yields no entries, JSON that is not a JSON Feed.
A feed that is slightly broken but still yields entries is accepted with a warning.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import re
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from typing import Any

import feedparser

from feedhub.errors import ParseError
from feedhub.models import Enclosure
from feedhub.models import FeedOrigin
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.sources.challenge import challenge_vendor
from feedhub.sources.jsonfeed import int_or_none
from feedhub.sources.jsonfeed import parse_json_feed
from feedhub.sources.jsonfeed import str_or_none

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body)", re.I | re.S)
_JSON_TYPES = ("application/feed+json", "application/json", "text/json")


def parse_feed(
    content: bytes, headers: Mapping[str, str], url: str, *, source_id: str
) -> ParsedFeed:
    """Parse a feed document. `headers` have lower-case names; `url` is the final URL."""
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    body = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        raise ParseError(source_id, url, "empty response body, expected a feed")
    if content_type in _JSON_TYPES or body[:1] == b"{":
        return parse_json_feed(body, url, source_id=source_id)
    return _parse_xml(content, headers, url, content_type, source_id=source_id)


def _parse_xml(
    content: bytes, headers: Mapping[str, str], url: str, content_type: str, *, source_id: str
) -> ParsedFeed:
    response_headers = dict(headers)
    response_headers["content-location"] = url
    d = feedparser.parse(
        io.BytesIO(content),
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version = d.get("version") or ""
    entries_in = d.get("entries") or []
    problem = _bozo_message(d)
    if not version and not entries_in:
        vendor = challenge_vendor(content, headers)
        if vendor is not None:
            raise ParseError(
                source_id,
                url,
                f"got an anti-bot challenge page ({vendor}) instead of the feed;"
                " ask the publisher to allow feedhub's User-Agent",
            )
        if content_type in ("text/html", "application/xhtml+xml") or _HTML_START.match(
            content[:2048]
        ):
            raise ParseError(
                source_id,
                url,
                f"got an HTML page, not a feed (Content-Type: {content_type or 'none'});"
                " is the URL the feed's or the site's?",
            )
        detail = f": {problem}" if problem else ""
        raise ParseError(source_id, url, f"not a feed (no RSS, Atom or RDF root element){detail}")
    feed = d.get("feed", {})
    language = str_or_none(feed.get("language"))
    origin = _origin(feed, url)
    entries: list[RawEntry] = []
    errors: list[str] = []
    for i, e in enumerate(entries_in):
        try:
            entry = _xml_entry(e, language, origin)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            errors.append(f"entry {i + 1}: {type(exc).__name__}: {exc}")
            continue
        if not (entry.guid or entry.link or entry.title or entry.summary or entry.content):
            if problem:  # in a broken document most likely a cut-off item: nothing to keep
                errors.append(f"entry {i + 1}: has no id, link, title or content; skipped")
                continue
            # nothing to tell it by but what it does carry (an author, a date, a place):
            # kept, under an id derived from all of it, so the next poll knows it again
            entry = replace(entry, guid=f"urn:feedhub:entry:{_digest(e)}")
        entries.append(entry)
    if problem and not entries:
        raise ParseError(source_id, url, f"malformed {version or 'XML'} feed: {problem}")
    return ParsedFeed(
        title=str_or_none(feed.get("title")),
        link=str_or_none(feed.get("link")),
        language=language,
        entries=tuple(entries),
        format=version or "unknown",
        base_url=url,
        ttl=_poll_minutes(feed),
        warning=f"feed is not well-formed, read what could be read: {problem}" if problem else None,
        entry_errors=tuple(errors),
    )


_PERIOD_MINUTES = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200}


def _poll_minutes(feed: Any) -> int | None:
    """How often the publisher says to poll at most, in minutes: RSS <ttl>, or the
    syndication module's updatePeriod / updateFrequency; the longer of both."""
    hints = []
    ttl = int_or_none(feed.get("ttl"))
    if ttl and ttl > 0:
        hints.append(ttl)
    period = _PERIOD_MINUTES.get(str(feed.get("sy_updateperiod", "")).strip().lower())
    if period is not None:
        frequency = int_or_none(feed.get("sy_updatefrequency")) or 1
        hints.append(max(1, period // max(frequency, 1)))
    return max(hints) if hints else None


def _digest(entry: Any) -> str:
    """A stable digest of everything feedparser read for an entry."""
    text = json.dumps(entry, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _bozo_message(d: Any) -> str | None:
    if not d.get("bozo"):
        return None
    exc = d.get("bozo_exception")
    if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
        return None  # harmless: feedparser coped with a wrong charset or media type
    line = getattr(exc, "getLineNumber", None)
    where = f" (line {line()})" if callable(line) else ""
    return f"{type(exc).__name__}: {exc}{where}" if exc else "unknown problem"


def _origin(feed: Any, url: str | None) -> FeedOrigin:
    """How a feed (or an entry's own Atom <source> or RSS <source url>) names itself.
    A fetched feed's own URL is the one it was fetched from (`url`) unless it says."""
    links = [link for link in feed.get("links") or [] if isinstance(link, Mapping)]
    self_url = next(
        (str_or_none(link.get("href")) for link in links if link.get("rel") == "self"), None
    )
    return FeedOrigin(
        id=str_or_none(feed.get("id")),
        title=str_or_none(feed.get("title")),
        link=str_or_none(feed.get("link")),
        self_url=self_url or str_or_none(feed.get("href")) or url,
        updated=_time(dict.get(feed, "updated_parsed")),
    )


def _xml_entry(e: Any, feed_language: str | None, origin: FeedOrigin | None = None) -> RawEntry:
    title_detail = e.get("title_detail") or {}
    content_html = None
    content_language = None
    base = None  # xml:base in force for the entry's content
    for c in e.get("content") or []:
        if isinstance(c.get("value"), str):
            content_html = c["value"]
            content_language = str_or_none(c.get("language"))
            base = str_or_none(c.get("base"))
            if c.get("type") in ("text/html", "application/xhtml+xml"):
                break
    summary_detail = e.get("summary_detail") or {}
    base = base or str_or_none(summary_detail.get("base")) or str_or_none(title_detail.get("base"))
    summary = str_or_none(e.get("summary"))
    if content_html is not None and summary == content_html:
        summary = None
    authors = tuple(
        a["name"].strip()
        for a in e.get("authors") or []
        if isinstance(a, Mapping) and isinstance(a.get("name"), str) and a["name"].strip()
    )
    if not authors and isinstance(e.get("author"), str) and e["author"].strip():
        authors = (e["author"].strip(),)
    categories = tuple(
        t["term"].strip()
        for t in e.get("tags") or []
        if isinstance(t, Mapping) and isinstance(t.get("term"), str) and t["term"].strip()
    )
    return RawEntry(
        guid=str_or_none(e.get("id")),
        link=str_or_none(e.get("link")),
        title=str_or_none(e.get("title")),
        title_is_html=title_detail.get("type") in ("text/html", "application/xhtml+xml"),
        summary=summary,
        content=content_html,
        # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed
        # (with a DeprecationWarning); we want each as the feed gave it
        # an entry with one date (RSS 1.0 dc:date, Atom <updated> only) was published then
        published=_time(dict.get(e, "published_parsed"))
        or _time(dict.get(e, "created_parsed"))
        or _time(dict.get(e, "updated_parsed")),
        updated=_time(dict.get(e, "updated_parsed")),
        authors=authors,
        categories=categories,
        language=content_language or str_or_none(title_detail.get("language")) or feed_language,
        enclosures=_xml_enclosures(e),
        base=base,
        origin=_origin(e["source"], None) if isinstance(e.get("source"), Mapping) else origin,
    )


def _xml_enclosures(e: Any) -> tuple[Enclosure, ...]:
    out: dict[str, Enclosure] = {}
    for enc in e.get("enclosures") or []:
        href = str_or_none(enc.get("href"))
        if href:
            out.setdefault(
                href, Enclosure(href, str_or_none(enc.get("type")), int_or_none(enc.get("length")))
            )
    for media in (e.get("media_content") or []) + (e.get("media_thumbnail") or []):
        href = str_or_none(media.get("url"))
        if href:
            kind = str_or_none(media.get("type"))
            if kind is None and media.get("medium") == "image":
                kind = "image/*"
            out.setdefault(href, Enclosure(href, kind, int_or_none(media.get("filesize"))))
    return tuple(out.values())


def _time(value: object) -> datetime | None:
    """feedparser's *_parsed values are struct_time in UTC."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None
