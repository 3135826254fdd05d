"""OPML subscription lists in and out: `feedhub sources --opml` and `feedhub import-opml`.

Owns the OPML 2.0 document of the configured http sources (`opml_document`), reading an
OPML file a feed reader wrote (`read_opml`), deciding which of its feeds become new
sources (`plan_import`: id, name, section, or why a feed is skipped), and the edit of
sources.toml (`sources_toml_with`, `validate_sources_toml`, `replace_sources_toml`).
Does not print and does not touch the database: cli.py prints, every text from the
file through cli.printable().

Export: http sources as `<outline type="rss" text=NAME title=NAME xmlUrl=URL>`, inside
an outline per section (its title as text) for the sources with a default section, in
config order; portal and inbox sources have no feed URL and are left out (returned, so
the caller can say so). xml.etree builds the document and escapes every value; characters
XML 1.0 cannot hold are dropped (normalize.xml_safe).

Import: a feed is skipped when its URL is already configured (compared by `same_feed`:
scheme and host case, default port and a trailing slash do not count), repeats an earlier
outline of the file, or is not an absolute http(s) URL; outlines without an xmlUrl (a web
page, a linked subscription list) are skipped too. A new source gets `kind = "http"`, its
name (the outline's text, else its title, else the host without "www."), its URL and a
section: the given one, else the first folder or category of the outline that equals a
configured section's slug or title (case-insensitive). Its id is the name slugified
(python-slugify), else the host's, made unique with "-2", "-3", ... and checked against
the id rule config.py enforces.

The edit is validated like any config edit: the new sources.toml text is the old text
byte for byte plus the new tables (tomlkit writes them), the whole config directory is
loaded by config.load_settings with that text as its sources.toml (from a temporary copy
beside the real directory), and only then is sources.toml replaced, atomically (a
temporary file in its directory, fsync, os.replace) and only if nobody changed it since
it was read.

Hostile input: at most MAX_OPML_BYTES are read. listparser parses with lxml's HTML
parser (recover=True, or the standard library's html.parser without lxml): neither
expands entities declared in a DTD nor loads external ones, so a billion-laughs
document or `<!ENTITY x SYSTEM "file:///etc/passwd">` leaves the literal `&name;` text in
place (tests/test_opml.py). listparser is only ever given bytes: given a str starting
with http:// it would fetch that URL itself.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

import listparser
import tomlkit
from slugify import slugify

from feedhub.config import _SLUG as SOURCE_ID  # the id rule load_settings enforces
from feedhub.config import SOURCES_FILE
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.models import Section
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.normalize import xml_safe

MAX_OPML_BYTES = 10 * 1024 * 1024  # an OPML file read by import-opml, at most
MAX_URL_CHARS = 2000
MAX_NAME_CHARS = 200
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class OpmlFileError(ValueError):
    """The OPML file cannot be used: too big, unreadable or not OPML; names the file."""


class SourcesEditError(ValueError):
    """sources.toml cannot be edited safely (changed meanwhile, or its text would not be
    kept as it is); names the file."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """A feed outline of an OPML file, as listparser read it."""

    url: str
    title: str  # the outline's text, else its title ("" if neither)
    folders: tuple[tuple[str, ...], ...]  # its category paths and parent folders


@dataclass(frozen=True, slots=True)
class Skipped:
    """An outline that does not become a source, and why."""

    title: str
    url: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class OpmlList:
    """An OPML file: its title, its feed outlines (in document order), and the outlines
    that are not feeds (a web page without xmlUrl, a linked subscription list)."""

    title: str
    feeds: tuple[OpmlFeed, ...]
    not_feeds: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class NewSource:
    """A source the import adds: a `kind = "http"` table of sources.toml."""

    id: str
    name: str
    url: str
    section: str | None
    folder: str | None  # the folder or category that chose the section, if one did


@dataclass(frozen=True, slots=True)
class ImportPlan:
    added: tuple[NewSource, ...]
    skipped: tuple[Skipped, ...]


# --- export ---------------------------------------------------------------------------


def opml_document(settings: Settings, now: datetime) -> tuple[bytes, list[Source]]:
    """The configured http sources as an OPML 2.0 document (UTF-8, with an XML
    declaration), and the sources left out because they have no feed URL."""
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = _xml(settings.service.title)
    ET.SubElement(head, "dateCreated").text = format_datetime(now, usegmt=True)
    body = ET.SubElement(root, "body")
    feeds = [s for s in settings.sources if s.kind is SourceKind.HTTP and s.url]
    for section in settings.sections:
        mine = [s for s in feeds if s.section == section.slug]
        if mine:
            title = _xml(section.title)
            folder = ET.SubElement(body, "outline", {"text": title, "title": title})
            for source in mine:
                _feed_outline(folder, source)
    for source in feeds:
        if source.section is None:
            _feed_outline(body, source)
    ET.indent(root)
    data = ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
    return data, [s for s in settings.sources if s not in feeds]


def _feed_outline(parent: ET.Element, source: Source) -> None:
    assert source.url is not None
    name = _xml(source.name)
    attrs = {"type": "rss", "text": name, "title": name, "xmlUrl": _xml(source.url)}
    ET.SubElement(parent, "outline", attrs)


def _xml(text: str) -> str:
    return xml_safe(text)


# --- reading a file -------------------------------------------------------------------


def read_opml(path: Path, *, max_bytes: int = MAX_OPML_BYTES) -> OpmlList:
    """Read and parse an OPML file. Raises OpmlFileError naming the file when it is
    bigger than `max_bytes` (never read further), unreadable, or not OPML."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise OpmlFileError(
                    f"{path}: file of {size} bytes exceeds {max_bytes} bytes; not read"
                )
            data = f.read(max_bytes + 1)  # a file that grows, or a device, stops here
    except OSError as e:
        raise OpmlFileError(f"{path}: cannot read: {e.strerror or e}") from e
    if len(data) > max_bytes:
        raise OpmlFileError(f"{path}: more than {max_bytes} bytes; not read further")
    try:
        parsed = listparser.parse(data)  # bytes: listparser fetches a str URL itself
    except Exception as e:  # listparser and lxml: anything at all on hostile bytes
        raise OpmlFileError(f"{path}: cannot parse: {type(e).__name__}: {e}") from e
    if not str(parsed.get("version") or "").startswith("opml"):
        raise OpmlFileError(f"{path}: not an OPML file (no <opml> document element)")
    meta = parsed.get("meta") or {}
    feeds = tuple(
        OpmlFeed(_text(f.get("url")), _text(f.get("title")), _folders(f.get("categories")))
        for f in parsed.get("feeds") or ()
    )
    not_feeds = tuple(
        Skipped(_text(o.get("title")), _text(o.get("url")) or None, reason)
        for key, reason in (
            ("opportunities", "no xmlUrl (a web page, not a feed)"),
            ("lists", "a linked subscription list, not a feed (not followed)"),
        )
        for o in parsed.get(key) or ()
    )
    return OpmlList(_text(meta.get("title")), feeds, not_feeds)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _folders(value: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        tuple(part for part in path if isinstance(part, str))
        for path in value
        if isinstance(path, list)
    )


# --- deciding what to add -------------------------------------------------------------


def plan_import(
    doc: OpmlList,
    settings: Settings,
    taken_ids: Iterable[str],
    *,
    section: str | None = None,
    advance: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Which feeds of `doc` become new sources (module docstring), and which are
    skipped, with the reason. `taken_ids`: every table name sources.toml has (valid or
    not); `section`: the section for every new source (validated with the config later);
    `advance(1)` is called per outline."""
    configured = {same_feed(s.url): s.id for s in settings.sources if s.url}
    taken = set(taken_ids) | {s.id for s in settings.sources}
    added: list[NewSource] = []
    skipped: list[Skipped] = []
    in_file: dict[str, str] = {}
    for feed in doc.feeds:
        problem = url_problem(feed.url)
        if problem:
            skipped.append(Skipped(feed.title, feed.url, f"invalid URL: {problem}"))
        else:
            url = _lower_scheme(feed.url)
            key = same_feed(url)
            if key in configured:
                reason = f"already configured as source '{configured[key]}'"
                skipped.append(Skipped(feed.title, feed.url, reason))
            elif key in in_file:
                reason = f"the same feed as '{in_file[key]}' above"
                skipped.append(Skipped(feed.title, feed.url, reason))
            else:
                name = clean_name(feed.title) or _host(url).removeprefix("www.")
                source_id = unique_id(name, url, taken)
                taken.add(source_id)
                in_file[key] = source_id
                chosen, folder = (
                    (section, None) if section is not None else _section(feed, settings)
                )
                added.append(NewSource(source_id, name, url, chosen, folder))
        if advance:
            advance(1)
    for outline in doc.not_feeds:
        skipped.append(outline)
        if advance:
            advance(1)
    return ImportPlan(tuple(added), tuple(skipped))


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a source's feed URL; None when it can."""
    if not url:
        return "empty"
    if len(url) > MAX_URL_CHARS:
        return f"longer than {MAX_URL_CHARS} characters"
    if _SPACE_OR_CONTROL.search(url):
        return "contains whitespace or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a port out of range)
    except ValueError as e:
        return f"not a URL ({e})"
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        return f"scheme '{scheme}:' is not http or https" if scheme else "not an absolute URL"
    if not parts.hostname:
        return "no host"
    return None


def same_feed(url: str) -> str:
    """What two feed URLs share when they name the same feed: scheme and host
    lower-cased, a default port, the fragment and a trailing slash dropped."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if parts.username or parts.password:
        host = f"{parts.username or ''}:{parts.password or ''}@{host}"
    return urlunsplit((scheme, host, parts.path.rstrip("/"), parts.query, ""))


def clean_name(text: str) -> str:
    """A source name from an outline's text: control and line-breaking characters
    dropped, whitespace collapsed, at most MAX_NAME_CHARS characters."""
    return " ".join(_CONTROL.sub(" ", text).split())[:MAX_NAME_CHARS].strip()


def unique_id(name: str, url: str, taken: set[str]) -> str:
    """A source id for a feed: its name slugified, else its host's, else "feed";
    made unique against `taken` with "-2", "-3", ...; matches config.py's id rule."""
    base = ""
    for text in (name, _host(url).removeprefix("www."), "feed"):
        base = slugify(text, max_length=64, word_boundary=True, save_order=True)
        if SOURCE_ID.match(base):
            break
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = base[: 64 - len(suffix)].rstrip("-_") + suffix
    assert SOURCE_ID.match(candidate), candidate
    return candidate


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def _lower_scheme(url: str) -> str:
    """HTTPS://x -> https://x (config.py accepts only a lower-case scheme)."""
    scheme, sep, rest = url.partition("://")
    return scheme.lower() + sep + rest


def _section(feed: OpmlFeed, settings: Settings) -> tuple[str | None, str | None]:
    """The section an outline's folders or categories name (innermost first), with the
    folder that named it; (None, None) when none does."""
    for path in feed.folders:
        for folder in reversed(path):
            found = _section_named(folder, settings.sections)
            if found is not None:
                return found, folder
    return None, None


def _section_named(name: str, sections: Sequence[Section]) -> str | None:
    key = name.strip().casefold()
    for s in sections:
        if key in (s.slug, s.title.strip().casefold()):
            return s.slug
    return None


# --- editing sources.toml -------------------------------------------------------------


def sources_toml_with(text: str, added: Sequence[NewSource], comment: str) -> str:
    """`text` (sources.toml) with a table per new source appended, written by tomlkit
    after a `# comment` line. The old text is kept byte for byte (SourcesEditError if
    tomlkit would change any of it); CRLF files get CRLF lines."""
    doc = tomlkit.parse(text)
    doc.add(tomlkit.nl())
    doc.add(tomlkit.comment(_CONTROL.sub(" ", comment)))
    for source in added:
        table = tomlkit.table()
        table.add("kind", "http")
        table.add("name", source.name)
        table.add("url", source.url)
        if source.section is not None:
            table.add("section", source.section)
        doc.add(source.id, table)
    new = tomlkit.dumps(doc)
    if not new.startswith(text):
        raise SourcesEditError("tomlkit would rewrite existing text; nothing changed")
    appended = new[len(text) :]
    if "\r\n" in text:
        appended = appended.replace("\r\n", "\n").replace("\n", "\r\n")
    return text + appended


def toml_keys(text: str) -> set[str]:
    """The top-level names of a TOML text (the source ids sources.toml has taken)."""
    return set(tomllib.loads(text))


def validate_sources_toml(config_dir: Path, text: str) -> list[str]:
    """What `feedhub check` would report with `text` as config_dir's sources.toml,
    naming the real files (config.load_settings's problems); empty when the config
    would be valid.

    The directory is loaded from a temporary copy beside it (`.NAME.import-*`): its
    other entries linked, sources.toml written; beside it, so that relative paths,
    `../` ones too, resolve as they do from the real directory. Raises OSError when the
    copy cannot be made."""
    root = config_dir.resolve()
    copy = Path(tempfile.mkdtemp(prefix=f".{root.name}.import-", dir=root.parent))
    try:
        for entry in root.iterdir():
            if entry.name != SOURCES_FILE:
                (copy / entry.name).symlink_to(entry)
        (copy / SOURCES_FILE).write_text(text, encoding="utf-8")
        try:
            load_settings(copy)
        except ConfigError as e:
            return [p.replace(str(copy), str(root)) for p in e.problems]
        return []
    finally:
        _remove_copy(copy)


def _remove_copy(copy: Path) -> None:
    """Remove the temporary copy: its links (never what they point to) and its file."""
    for entry in copy.iterdir():
        entry.unlink()
    copy.rmdir()


def replace_sources_toml(config_dir: Path, before: bytes, text: str) -> Path:
    """Replace sources.toml (the file a link points to, if it is one) with `text`,
    atomically: written to a temporary file in its directory, synced, then os.replace.
    Keeps the file's permission bits. Raises SourcesEditError, writing nothing, when the
    file no longer holds `before` (edited meanwhile). Returns the path written."""
    path = (config_dir / SOURCES_FILE).resolve()
    if path.read_bytes() != before:
        raise SourcesEditError(f"{path}: changed while importing; nothing written, run again")
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return path


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (where the platform lets a directory be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
