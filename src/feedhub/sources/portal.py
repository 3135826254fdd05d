"""The portal's own article store -> ParsedFeed.

Embedded default: a folder exported from the CMS, one Markdown file per article with TOML
front matter between `+++` lines (format in config/README.md and docs/configuration.md):

    +++
    id = "monrose:article:499244"          # required
    title = "..."                          # required
    url = "https://www.monrose.de/..."     # required, absolute
    section = "politik"                    # required
    published = 2025-08-16T07:45:00+02:00  # required, with offset
    updated, authors, language, teaser, tags, image, image_caption   # optional
    +++
    Markdown body

A file with a missing or wrong field is skipped and reported with its name and the field;
the other articles are read. Files are found and read through `folder` (its docstring:
names that are not UTF-8, files over max_file_bytes and links out of the folder are
skipped and reported). Does not decide anything about sections or duplicates.
"""

from __future__ import annotations

import tomllib
from datetime import UTC
from datetime import date
from datetime import datetime
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from feedhub.errors import ParseError
from feedhub.models import Enclosure
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Source
from feedhub.sources import folder

PORTAL_SUFFIXES = frozenset({".md"})
REQUIRED = ("id", "title", "url", "section", "published")
OPTIONAL = ("updated", "authors", "language", "teaser", "tags", "image", "image_caption")
_DELIMITER = "+++"
_markdown = MarkdownIt("commonmark", {"html": False, "typographer": False})


class ArticleFileError(ValueError):
    pass


def read_portal(source: Source, listing: folder.Listing, *, max_bytes: int) -> ParsedFeed:
    """Read every article file of a folder scan, each with `folder.read_file` (at most
    `max_bytes`); skipped, unreadable and invalid files are reported by name in
    `entry_errors`. Raises ParseError only if there are files and none is valid."""
    entries: list[RawEntry] = []
    errors = listing.problems()
    for path in listing.paths:
        name = listing.name(path)
        try:
            data = folder.read_file(path, max_bytes=max_bytes)
            entries.append(read_article(_universal_newlines(data.decode("utf-8"))))
        except ArticleFileError as e:
            errors.append(f"{name}: {e}")
        except UnicodeDecodeError as e:
            errors.append(f"{name}: not UTF-8 text: {e.reason} at byte {e.start}")
        except folder.FolderFileError as e:
            errors.append(f"{name}: {e}")
    if (listing.paths or listing.skipped) and not entries:
        raise ParseError(source.id, source.location, "no valid article file: " + "; ".join(errors))
    return ParsedFeed(
        title=source.name,
        link=None,
        language=None,
        entries=tuple(entries),
        format="portal",
        base_url=Path(source.location).as_uri() + "/",
        entry_errors=tuple(errors),
    )


def _universal_newlines(text: str) -> str:
    """As a file opened in text mode reads it: CR LF and a lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(text: str) -> RawEntry:
    """One article file -> RawEntry. Raises ArticleFileError naming the field."""
    meta, body = _split_front_matter(text)
    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        raise ArticleFileError(f"front matter is missing required field(s): {', '.join(missing)}")
    unknown = sorted(set(meta) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise ArticleFileError(f"front matter has unknown field(s): {', '.join(unknown)}")
    url = _field_str(meta, "url")
    if not url.startswith(("https://", "http://")):
        raise ArticleFileError(f"field 'url': expected an absolute http(s) URL, got {url!r}")
    enclosures: tuple[Enclosure, ...] = ()
    if "image" in meta:
        caption = _field_str(meta, "image_caption") if "image_caption" in meta else None
        enclosures = (Enclosure(_field_str(meta, "image"), "image/jpeg", None, caption),)
    teaser = _field_str(meta, "teaser") if "teaser" in meta else None
    return RawEntry(
        guid=_field_str(meta, "id"),
        link=url,
        title=_field_str(meta, "title"),
        title_is_html=False,
        summary=teaser,
        content=_markdown.render(body) if body.strip() else None,
        published=_field_time(meta, "published"),
        updated=_field_time(meta, "updated") if "updated" in meta else None,
        authors=_field_list(meta, "authors"),
        categories=_field_list(meta, "tags"),
        language=_field_str(meta, "language") if "language" in meta else None,
        enclosures=enclosures,
        section=_field_str(meta, "section"),
        base=url,  # relative links in the body are relative to the article's page
    )


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _DELIMITER:
        raise ArticleFileError("does not start with a '+++' front matter line")
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == _DELIMITER:
            try:
                meta = tomllib.loads("".join(lines[1:i]))
            except tomllib.TOMLDecodeError as e:
                raise ArticleFileError(f"front matter is not valid TOML: {e}") from e
            return meta, "".join(lines[i + 1 :])
    raise ArticleFileError("front matter is not closed by a '+++' line")


def _field_str(meta: dict[str, Any], key: str) -> str:
    value = meta[key]
    if not isinstance(value, str) or not value.strip():
        raise ArticleFileError(f"field '{key}': expected a non-empty string, got {value!r}")
    return value.strip()


def _field_list(meta: dict[str, Any], key: str) -> tuple[str, ...]:
    value = meta.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ArticleFileError(f"field '{key}': expected a list of strings, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


def _field_time(meta: dict[str, Any], key: str) -> datetime:
    value = meta[key]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ArticleFileError(
                f"field '{key}': date-time needs an offset, e.g. 2025-08-16T07:45:00+02:00"
            )
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise ArticleFileError(f"field '{key}': date-time out of range") from None
    if isinstance(value, date):
        raise ArticleFileError(f"field '{key}': expected a date-time with offset, got a date")
    raise ArticleFileError(
        f"field '{key}': expected a TOML date-time like 2025-08-16T07:45:00+02:00, got {value!r}"
    )
