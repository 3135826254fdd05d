"""Hostile drop folders (portal store and inbox alike): a file name that is not UTF-8, a
file over max_file_bytes, symbolic links out of the folder. Each is skipped and reported
on the source's health record; the other files are read. Through the real pipeline."""

from __future__ import annotations

import logging
import os
import tracemalloc
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path

import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import SourceHealth
from feedhub.models import UpdateResult
from feedhub.runtime import Runtime
from feedhub.sources.folder import FolderFileError
from feedhub.sources.folder import read_file
from tests.conftest import NOW
from tests.conftest import configured_source
from tests.conftest import write_config

KINDS = ("portal", "inbox")
MIB = 1024 * 1024


def article(kind: str, guid: str, padding: int = 0) -> tuple[str, bytes]:
    """(suffix, content) of a valid portal or inbox file holding one article `guid`."""
    body = "Text. " * (padding // 6 + 1)
    if kind == "portal":
        text = (
            f'+++\nid = "{guid}"\ntitle = "Artikel {guid}"\n'
            f'url = "https://www.monrose.de/politik/{guid}.html"\nsection = "politik"\n'
            f"published = 2025-08-16T07:45:00+02:00\n+++\n\n{body}\n"
        )
        return ".md", text.encode()
    text = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
        f"<item><title>Meldung {guid}</title><link>https://agentur.example/{guid}</link>"
        f'<guid isPermaLink="false">{guid}</guid><description>{body}</description></item>'
        "</channel></rss>"
    )
    return ".xml", text.encode()


def put(folder: Path, kind: str, stem: str, guid: str, padding: int = 0) -> Path:
    suffix, content = article(kind, guid, padding)
    path = folder / (stem + suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@dataclass
class Folder:
    hub: Runtime
    kind: str
    store: Path  # the source's folder: config/store

    @property
    def suffix(self) -> str:
        return article(self.kind, "x")[0]

    def poll(self) -> UpdateResult:
        return pipeline.update_source(self.hub, configured_source(self.hub, "store"), NOW)

    def health(self) -> SourceHealth:
        [h] = self.hub.repo.health()
        return h

    def stored(self, guid: str) -> bool:
        return self.hub.repo.find_article(f"store:{guid}") is not None


OpenFolder = Callable[..., Folder]


@pytest.fixture
def open_folder(tmp_path: Path) -> Iterator[OpenFolder]:
    """open_folder(kind, extra_service="", database_url=None): a Runtime with one source
    `store` of that kind on config/store; the test fills the folder before polling."""
    hubs: list[Runtime] = []

    def make(kind: str, extra_service: str = "", database_url: str | None = None) -> Folder:
        store = tmp_path / "config" / "store"
        store.mkdir(parents=True, exist_ok=True)
        cfg = write_config(
            tmp_path,
            f'[store]\nkind = "{kind}"\npath = "store"\nsection = "politik"\n',
            database_url=database_url,
            extra_service=extra_service,
        )
        hub = Runtime.open(load_settings(cfg))
        hubs.append(hub)
        return Folder(hub, kind, store)

    yield make
    for hub in hubs:
        hub.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_name_that_is_not_utf8_is_skipped_and_reported_by_a_printable_name(
    open_folder: OpenFolder, kind: str, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    folder = open_folder(kind, database_url=db_url)
    put(folder.store, kind, "gut", "good-1")
    suffix, content = article(kind, "bad-name-1")
    try:  # the bytes a Latin-1 client would write for "bad\xff"
        with open(os.path.join(os.fsencode(folder.store), b"bad\xff" + suffix.encode()), "wb") as f:
            f.write(content)
    except OSError as e:  # a file system that only takes UTF-8 names (ZFS utf8only, ...)
        pytest.skip(f"cannot create a file name that is not UTF-8 here: {e}")

    caplog.set_level(logging.DEBUG)
    result = folder.poll()

    assert result.status == "ok", result.error
    assert result.new == 1
    assert folder.stored("good-1") and not folder.stored("bad-name-1")
    warning = folder.health().last_error
    assert warning == f"bad\\xff{suffix}: file name is not valid UTF-8; skipped"
    for record in caplog.records:  # a surrogate-escaped name would not encode here
        record.getMessage().encode("utf-8")
    assert "bad\\xff" in caplog.text
    # the folder fingerprint hashes the name as bytes: stable, and no error on a re-poll
    assert folder.poll().status == "not modified"


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_over_max_file_bytes_is_skipped_without_being_read(
    open_folder: OpenFolder, kind: str
) -> None:
    folder = open_folder(kind, extra_service=f"max_file_bytes = {MIB}")
    put(folder.store, kind, "gut", "good-1")
    assert folder.poll().new == 1  # warm-up: loads what a poll loads once (language model)
    put(folder.store, kind, "neu", "good-2")
    big = folder.store / f"gross{folder.suffix}"
    with big.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * MIB)

    tracemalloc.start()
    try:
        result = folder.poll()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert peak < 16 * MIB, f"the poll allocated {peak} bytes at peak: the big file was read"
    assert result.status == "ok", result.error
    assert result.new == 1 and folder.stored("good-2")
    assert folder.health().last_error == (
        f"gross{folder.suffix}: file of {50 * MIB} bytes exceeds max_file_bytes {MIB}"
    )


def test_raising_max_file_bytes_reads_a_file_it_skipped_before(open_folder: OpenFolder) -> None:
    folder = open_folder("inbox", extra_service="max_file_bytes = 1024")
    put(folder.store, "inbox", "kurz", "short-1")
    put(folder.store, "inbox", "lang", "long-1", padding=2000)

    first = folder.poll()
    assert first.status == "ok" and first.new == 1
    assert not folder.stored("long-1")
    warning = folder.health().last_error
    assert warning is not None and "lang.xml: file of " in warning

    service = replace(folder.hub.settings.service, max_file_bytes=4096)
    folder.hub.settings = replace(folder.hub.settings, service=service)
    second = folder.poll()  # the folder fingerprint covers the skip: not "not modified"
    assert second.status == "ok" and second.new == 1
    assert folder.stored("long-1")
    assert folder.health().last_error is None


@pytest.mark.parametrize("kind", KINDS)
def test_symbolic_links_out_of_the_folder_are_not_followed(
    open_folder: OpenFolder, kind: str, tmp_path: Path
) -> None:
    folder = open_folder(kind)
    suffix = folder.suffix
    elsewhere = tmp_path / "elsewhere"
    outside_file = put(elsewhere, kind, "geheim", "outside-file")
    put(elsewhere / "baum", kind, "tief", "outside-tree")
    put(folder.store, kind, "gut", "good-1")
    inside_target = put(folder.store / "entwurf", kind, "x", "inside-link")
    inside_target.rename(inside_target.with_suffix(".txt"))  # read only through the link

    (folder.store / f"raus{suffix}").symlink_to(outside_file)  # absolute, to a file
    (folder.store / "baum").symlink_to(Path("..", "..", "elsewhere", "baum"))  # to a folder
    (folder.store / f"drin{suffix}").symlink_to(Path("entwurf", "x.txt"))  # stays inside
    (folder.store / "schleife").symlink_to(Path("."))  # a loop inside: never entered

    result = folder.poll()

    assert result.status == "ok", result.error
    assert result.new == 2
    assert folder.stored("good-1") and folder.stored("inside-link")
    assert not folder.stored("outside-file") and not folder.stored("outside-tree")
    assert folder.health().last_error == (
        "baum: symbolic link to a folder outside the folder; not followed;"
        f" raus{suffix}: symbolic link to a file outside the folder; not followed"
    )


def test_a_file_that_grows_after_its_size_was_looked_at_is_read_only_to_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size check cannot see a file that grows after it: the read itself stops at
    max_bytes + 1 bytes and the file is refused."""
    grown = tmp_path / "wachsend.xml"
    with grown.open("wb") as f:  # sparse: 50 MB
        f.truncate(50 * MIB)
    real_fstat = os.fstat

    def fstat_of_the_file_before_it_grew(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        fields = (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10)
        return os.stat_result((*fields, st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", fstat_of_the_file_before_it_grew)
    tracemalloc.start()
    try:
        with pytest.raises(FolderFileError, match=f"grew past max_file_bytes {MIB} while"):
            read_file(grown, max_bytes=MIB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MIB, f"reading allocated {peak} bytes at peak"


def test_read_file_reads_up_to_the_cap_and_refuses_more(tmp_path: Path) -> None:
    small = tmp_path / "klein.xml"
    small.write_bytes(b"x" * 100)
    assert read_file(small, max_bytes=100) == b"x" * 100
    with pytest.raises(FolderFileError, match="^file of 100 bytes exceeds max_file_bytes 99$"):
        read_file(small, max_bytes=99)
