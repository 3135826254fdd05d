"""Sources that are folders on disk: change detection, and the wire inbox.

`fingerprint()` stands in for HTTP validators: a hash of every file's name, size and
modification time, stored like an ETag, so an unchanged folder costs one directory scan.

The inbox is a drop folder where an agency delivers feed files (RSS, Atom, JSON Feed), as
wires do over (S)FTP. Every file is parsed with the same parser as HTTP feeds; a bad file
is reported by name and the others are read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from feedhub.errors import FetchError
from feedhub.errors import ParseError
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Source
from feedhub.sources.parse import parse_feed

INBOX_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf", ".json"})
_TYPES = {".json": "application/feed+json"}


def files(source: Source, suffixes: frozenset[str]) -> list[Path]:
    """The source's files, sorted. Raises FetchError when the folder is missing."""
    assert source.path is not None
    root = Path(source.path)
    if not root.is_dir():
        raise FetchError(source.id, source.path, "folder does not exist or is not a directory")
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in suffixes and p.is_file() and not p.name.startswith(".")
    )


def fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        st = p.stat()
        h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return f'"{h.hexdigest()[:32]}"'


def read_inbox(source: Source, paths: list[Path]) -> ParsedFeed:
    """Parse every file in the inbox into one ParsedFeed.

    Raises ParseError only when there are files and none of them is a readable feed.
    """
    entries: list[RawEntry] = []
    errors: list[str] = []
    for path in paths:
        try:
            parsed = parse_feed(
                path.read_bytes(),
                {"content-type": _TYPES.get(path.suffix.lower(), "application/xml")},
                # not the file's path: GUIDs and links must not depend on where the folder is
                f"inbox:{source.id}",
                source_id=source.id,
            )
        except ParseError as e:
            errors.append(f"{path.name}: {e.message}")
            continue
        except OSError as e:
            errors.append(f"{path.name}: cannot read: {e.strerror}")
            continue
        entries.extend(parsed.entries)
        errors.extend(f"{path.name}: {err}" for err in parsed.entry_errors)
        if parsed.warning:
            errors.append(f"{path.name}: {parsed.warning}")
    if paths and not entries and errors:
        raise ParseError(source.id, source.location, "no readable feed file: " + "; ".join(errors))
    return ParsedFeed(
        title=source.name,
        link=None,
        language=None,
        entries=tuple(entries),
        format="inbox",
        base_url=f"inbox:{source.id}",
        entry_errors=tuple(errors),
    )
