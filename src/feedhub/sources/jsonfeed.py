"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): bytes -> ParsedFeed.

Our own reader, with the standard library's json; feedparser is not used here.

Reads, per item: `id` (a string, or a number as 1.0 feeds in the wild write it), `url`
(else `external_url`), `title`, `summary`, `content_html` (else `content_text` as
escaped paragraphs), `date_published` / `date_modified` (RFC 3339; an unreadable date is
a missing date, never "now"; an item with only `date_modified` was published then),
`authors` (1.1) or `author` (1.0), else the feed's, `tags`, `language`, else the feed's,
and `image`, `banner_image` and `attachments` as enclosures. Per feed: `title`,
`home_page_url`, `language`, `authors` / `author`, and `feed_url` as the base URL, else
the URL fetched; a feed-level field of the wrong type reads as absent, without a warning.

Each item field is read with a type check, as a feed reader would: a field of the
wrong type (`"tags": 5`, `"title": []`) is ignored with an `item N: field '...'`
warning and the item kept; `null` counts as absent. An item is dropped, with a
warning, when it is not an object, when nothing is left to tell it by (no usable id,
url, title, summary or content) after its wrong-typed fields were ignored, or when
reading it fails in any other way. The other items are kept; the feed is rejected
only when the document itself is not a JSON Feed: ParseError naming the source when
the bytes are not JSON, the top level is not an object, `version` is not one of
JSON_FEED_VERSIONS, or `items` is not a list.

parse.py sniffs JSON vs XML and calls in here, and shares `str_or_none` and
`int_or_none` from here; this module imports nothing from parse.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from typing import Any

from feedhub.errors import ParseError
from feedhub.models import Enclosure
from feedhub.models import FeedOrigin
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry

JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


def parse_json_feed(body: bytes, url: str, *, source_id: str) -> ParsedFeed:
    """Read a JSON Feed 1.0 or 1.1 document; see the module docstring for what is kept,
    what is ignored with a warning and what raises ParseError."""
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError) as e:  # JSONDecodeError, UnicodeDecodeError, huge ints
        raise ParseError(source_id, url, f"malformed JSON Feed: {e}") from e
    if not isinstance(doc, dict):
        raise ParseError(source_id, url, "malformed JSON Feed: top level is not an object")
    version = doc.get("version")
    if version not in JSON_FEED_VERSIONS:
        raise ParseError(
            source_id,
            url,
            f"JSON document is not a JSON Feed: field 'version' is {version!r},"
            f" expected one of {', '.join(JSON_FEED_VERSIONS)}",
        )
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError(source_id, url, "malformed JSON Feed: field 'items' is not a list")
    language = str_or_none(doc.get("language"))
    feed_authors = _json_authors(doc)
    feed_url = str_or_none(doc.get("feed_url"))
    origin = FeedOrigin(
        id=feed_url,  # JSON Feed has no feed id: its URL names it
        title=str_or_none(doc.get("title")),
        link=str_or_none(doc.get("home_page_url")),
        self_url=feed_url or url,
    )
    entries: list[RawEntry] = []
    errors: list[str] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            errors.append(f"item {i + 1}: not an object")
            continue
        fields = _JsonFields(item)
        try:
            entry = _json_entry(fields, language, feed_authors, origin)
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as e:
            fields.problems.append(f"{type(e).__name__}: {e}; dropped")
            entry = None
        if entry is not None and fields.problems and not _identifiable(entry):
            fields.problems.append(
                "no usable id, url, title, summary or content left to tell it by; dropped"
            )
            entry = None
        errors.extend(f"item {i + 1}: {problem}" for problem in fields.problems)
        if entry is not None:
            entries.append(entry)
    return ParsedFeed(
        title=str_or_none(doc.get("title")),
        link=str_or_none(doc.get("home_page_url")),
        language=language,
        entries=tuple(entries),
        format="json11" if version.endswith("1.1") else "json10",
        base_url=str_or_none(doc.get("feed_url")) or url,
        entry_errors=tuple(errors),
    )


def _identifiable(e: RawEntry) -> bool:
    return bool(e.guid or e.link or e.title or e.summary or e.content)


@dataclass
class _JsonFields:
    """Typed reads of one JSON object's fields: a field that is present (not null) but of
    the wrong type reads as absent and is noted in `problems`, naming the field."""

    obj: Mapping[str, Any]
    where: str = ""  # "attachments[2]." for an object inside an item
    problems: list[str] = field(default_factory=list)  # shared with the nested objects

    def _wrong(self, key: str, expected: str, value: object) -> None:
        self.problems.append(
            f"field '{self.where}{key}': expected {expected}, got {_json_type(value)}; ignored"
        )

    def text(self, key: str) -> str | None:
        """A string field, stripped; empty reads as absent."""
        value = self.obj.get(key)
        if value is None or isinstance(value, str):
            return str_or_none(value)
        self._wrong(key, "a string", value)
        return None

    def ident(self, key: str) -> str | None:
        """A string, or a number as JSON Feed 1.0 feeds in the wild write ids."""
        value = self.obj.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if value is None or isinstance(value, str):
            return str_or_none(value)
        self._wrong(key, "a string or number", value)
        return None

    def time(self, key: str) -> datetime | None:
        """An RFC 3339 string; one that cannot be read is a missing date (never "now")."""
        value = self.obj.get(key)
        if value is None or isinstance(value, str):
            return _iso_time(value)
        self._wrong(key, "an RFC 3339 date-time string", value)
        return None

    def size(self, key: str) -> int | None:
        value = self.obj.get(key)
        size = int_or_none(value)
        if value is not None and size is None:
            self._wrong(key, "a whole number", value)
        return size

    def strings(self, key: str) -> tuple[str, ...]:
        """An array of strings; a value in it that is not a string is ignored and noted."""
        values = self._array(key, "an array of strings")
        out: list[str] = []
        for j, value in enumerate(values):
            if isinstance(value, str):
                if value.strip():
                    out.append(value.strip())
            elif value is not None:
                self._wrong(f"{key}[{j}]", "a string", value)
        return tuple(out)

    def objects(self, key: str) -> list[_JsonFields]:
        """An array of objects; a value in it that is not an object is ignored and noted."""
        out: list[_JsonFields] = []
        for j, value in enumerate(self._array(key, "an array of objects")):
            if isinstance(value, dict):
                out.append(_JsonFields(value, f"{self.where}{key}[{j}].", self.problems))
            elif value is not None:
                self._wrong(f"{key}[{j}]", "an object", value)
        return out

    def object(self, key: str) -> _JsonFields | None:
        value = self.obj.get(key)
        if isinstance(value, dict):
            return _JsonFields(value, f"{self.where}{key}.", self.problems)
        if value is not None:
            self._wrong(key, "an object", value)
        return None

    def _array(self, key: str, expected: str) -> list[Any]:
        value = self.obj.get(key)
        if isinstance(value, list):
            return value
        if value is not None:
            self._wrong(key, expected, value)
        return []


def _json_type(value: object) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _json_entry(
    item: _JsonFields,
    language: str | None,
    feed_authors: tuple[str, ...],
    origin: FeedOrigin | None = None,
) -> RawEntry:
    enclosures: list[Enclosure] = []
    for key in ("image", "banner_image"):
        image = item.text(key)
        if image:
            enclosures.append(Enclosure(image, "image/*"))
    for att in item.objects("attachments"):
        att_url = att.text("url")
        if att_url:
            enclosures.append(
                Enclosure(
                    att_url, att.text("mime_type"), att.size("size_in_bytes"), att.text("title")
                )
            )
    content = item.text("content_html")
    content_text = item.text("content_text")
    if content is None and content_text:
        content = _text_as_html(content_text)
    published = item.time("date_published")
    updated = item.time("date_modified")
    return RawEntry(
        guid=item.ident("id"),
        link=item.text("url") or item.text("external_url"),
        title=item.text("title"),
        title_is_html=False,
        summary=item.text("summary"),
        content=content,
        published=published or updated,
        updated=updated,
        authors=_json_item_authors(item) or feed_authors,
        categories=item.strings("tags"),
        language=item.text("language") or language,
        enclosures=tuple(enclosures),
        origin=origin,
    )


def _json_item_authors(item: _JsonFields) -> tuple[str, ...]:
    """1.1 `authors` (an array of objects), else 1.0 `author` (an object); an author
    without a name (only a url or avatar) is valid and contributes nothing."""
    people = item.objects("authors")
    if not isinstance(item.obj.get("authors"), list):
        author = item.object("author")
        people = [author] if author is not None else []
    return tuple(name for p in people if (name := p.text("name")))


def _json_authors(obj: dict[str, Any]) -> tuple[str, ...]:
    """The feed's authors, read leniently: a value of the wrong type is ignored."""
    people = obj.get("authors")
    if not isinstance(people, list):
        people = [obj["author"]] if isinstance(obj.get("author"), dict) else []
    return tuple(
        p["name"].strip()
        for p in people
        if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"].strip()
    )


def _text_as_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def str_or_none(value: object) -> str | None:
    """A string, stripped; anything else, or an empty string, is None."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def int_or_none(value: object) -> int | None:
    """An int (not a bool), or a string of ASCII digits; anything else is None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def _iso_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None  # an unreadable date is a missing date, never "now"
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # RFC 3339 requires an offset; assume UTC
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        return None
