"""Sources that are folders on disk: the scan, change detection, capped reads, the inbox.

`files()` walks the folder once and sorts what it finds into files to read and files
skipped with a reason; the portal and the inbox both read through it and `read_file()`,
so a hostile folder is handled the same way for both:

- a file whose name (its path below the folder) is not valid UTF-8 is skipped and reported
  by a printable form of the name (`bad\\xff.md`); a str holding surrogate escapes never
  leaves this module, since the database and the log cannot encode it;
- a file larger than `max_bytes` (`max_file_bytes` in feedhub.toml) is skipped and
  reported without being read: its size is looked at first, and `read_file()` reads at
  most `max_bytes + 1` bytes, so a file that grows meanwhile is still bounded;
- symbolic links are not followed out of the folder: the walk never enters a linked
  folder (so a link loop or an outside tree is never read), a link whose target resolves
  outside the folder, to a file or a folder, is skipped and reported, and a link to a file
  inside the folder is read like the file.

`fingerprint()` stands in for HTTP validators: a hash of every file's name, size and
modification time, stored like an ETag, so an unchanged folder costs one directory scan.

The inbox is a drop folder where an agency delivers feed files (RSS, Atom, JSON Feed), as
wires do over (S)FTP. Every file is parsed with the same parser as HTTP feeds; a bad file
is reported by name and the others are read.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from feedhub.errors import FetchError
from feedhub.errors import ParseError
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Source
from feedhub.sources.parse import parse_feed

INBOX_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf", ".json"})
_TYPES = {".json": "application/feed+json"}
# non-blocking: a FIFO put in place of a file since the scan cannot hang the poll
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)


class FolderFileError(Exception):
    """A file that is skipped; the message says why, without the file's name."""


@dataclass(frozen=True, slots=True)
class Listing:
    """One scan of a source folder: the files to read and the ones skipped, with why.

    Every path in `paths` has a UTF-8 name and is a regular file inside the folder (or a
    link to one) of at most the size limit at scan time; both tuples are sorted by path.
    """

    root: Path
    paths: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...] = ()

    def name(self, path: Path) -> str:
        """`path` for messages: relative to the folder, printable, always encodable."""
        rel = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        return printable(str(rel))

    def problems(self) -> list[str]:
        """One "name: reason" line per skipped file."""
        return [f"{self.name(path)}: {why}" for path, why in self.skipped]


def printable(name: str) -> str:
    """A file name as text that can be stored and logged: bytes that are not UTF-8 (held
    as surrogate escapes by os functions) become `\\xNN`; a UTF-8 name is unchanged."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def files(source: Source, suffixes: frozenset[str], *, max_bytes: int) -> Listing:
    """Scan the source's folder for files with one of `suffixes` (not hidden ones).

    Raises FetchError when the folder is missing. Files that are not regular files (a
    FIFO, a dangling link) are ignored, as are names starting with a dot; what is skipped
    for a reason the operator should fix is in `Listing.skipped` (see the module
    docstring). A sub-folder that cannot be listed is skipped and reported too.
    """
    assert source.path is not None
    root = Path(source.path)
    if not root.is_dir():
        raise FetchError(source.id, source.path, "folder does not exist or is not a directory")
    real_root = Path(os.path.realpath(root))
    paths: list[Path] = []
    skipped: list[tuple[Path, str]] = []

    def unreadable(e: OSError) -> None:
        where = Path(os.fsdecode(e.filename)) if e.filename is not None else root
        skipped.append((where, f"cannot read folder: {e.strerror}"))

    # followlinks=False: a linked folder is listed in `dirs` but never entered
    for here, dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        for d in dirs:
            path = Path(here, d)
            if path.is_symlink() and not _inside(path, real_root):
                skipped.append((path, "symbolic link to a folder outside the folder; not followed"))
        for n in names:
            path = Path(here, n)
            if n.startswith(".") or path.suffix.lower() not in suffixes:
                continue
            verdict = _verdict(path, root, real_root, max_bytes)
            if verdict == "read":
                paths.append(path)
            elif verdict:
                skipped.append((path, verdict))
    return Listing(root, tuple(sorted(paths)), tuple(sorted(skipped)))


def _verdict(path: Path, root: Path, real_root: Path, max_bytes: int) -> str:
    """ "read", "" (ignore quietly) or the reason the file is skipped."""
    try:
        str(path.relative_to(root)).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; skipped"
    if path.is_symlink() and not _inside(path, real_root):
        return "symbolic link to a file outside the folder; not followed"
    try:
        st = path.stat()
    except OSError:
        return ""  # a dangling link, or gone since the walk
    if not stat.S_ISREG(st.st_mode):
        return ""
    if st.st_size > max_bytes:
        return _too_big(st.st_size, max_bytes)
    return "read"


def _inside(path: Path, real_root: Path) -> bool:
    """Whether `path`, with every link resolved, is in the folder. os.path.realpath, not
    Path.resolve: it does not raise on a link loop."""
    return Path(os.path.realpath(path)).is_relative_to(real_root)


def _too_big(size: int, max_bytes: int) -> str:
    return f"file of {size} bytes exceeds max_file_bytes {max_bytes}"


def read_file(path: Path, *, max_bytes: int) -> bytes:
    """The file's bytes. Raises FolderFileError when it holds more than `max_bytes`, is no
    longer a regular file, or cannot be read.

    Reads at most `max_bytes + 1` bytes whatever the size was at scan time, so memory stays
    bounded by the cap even for a file that grows while it is read.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise FolderFileError("not a regular file")
            if st.st_size > max_bytes:
                raise FolderFileError(_too_big(st.st_size, max_bytes))
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise FolderFileError(f"cannot read: {e.strerror}") from e
    if len(data) > max_bytes:
        raise FolderFileError(f"file grew past max_file_bytes {max_bytes} while being read")
    return data


def fingerprint(listing: Listing) -> str:
    """A hash of the scan: each file's name, size and modification time.

    Names are hashed as bytes (os.fsencode), so a name that is not UTF-8 cannot make it
    raise. Skipped files count too, with their reason, so fixing one (or raising
    max_file_bytes) is a change; a file that vanished since the scan hashes as gone.
    """
    h = hashlib.sha256()
    for path in listing.paths:
        h.update(os.fsencode(path) + _stat_line(path, follow=True))
    for path, why in listing.skipped:
        h.update(b"skipped\0" + os.fsencode(path) + b"\0" + why.encode() + b"\0")
        h.update(_stat_line(path, follow=False))
    return f'"{h.hexdigest()[:32]}"'


def _stat_line(path: Path, *, follow: bool) -> bytes:
    try:
        st = path.stat() if follow else path.lstat()
    except OSError:
        return b"\0gone\n"
    return f"\0{st.st_size}\0{st.st_mtime_ns}\n".encode()


def read_inbox(source: Source, listing: Listing, *, max_bytes: int) -> ParsedFeed:
    """Parse every file in the inbox into one ParsedFeed; each file read with `read_file`.

    Skipped and unreadable files are reported by name in `entry_errors`. Raises ParseError
    only when there are files and none of them is a readable feed.
    """
    entries: list[RawEntry] = []
    errors = listing.problems()
    for path in listing.paths:
        name = listing.name(path)
        try:
            parsed = parse_feed(
                read_file(path, max_bytes=max_bytes),
                {"content-type": _TYPES.get(path.suffix.lower(), "application/xml")},
                # not the file's path: GUIDs and links must not depend on where the folder is
                f"inbox:{source.id}",
                source_id=source.id,
            )
        except ParseError as e:
            errors.append(f"{name}: {e.message}")
            continue
        except FolderFileError as e:
            errors.append(f"{name}: {e}")
            continue
        entries.extend(parsed.entries)
        errors.extend(f"{name}: {err}" for err in parsed.entry_errors)
        if parsed.warning:
            errors.append(f"{name}: {parsed.warning}")
    if (listing.paths or listing.skipped) and not entries and errors:
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
