"""Real feed clients from package registries poll feedhub over loopback: lemon24/reader
(PyPI `reader`) and newsboat (Debian). Both see the entries; reader's second poll is
answered 304; a new article reaches both on the next poll."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import free_port
from tests.conftest import serve_asgi
from tests.conftest import write_config

ITEM = """<item><title>{title}</title><link>https://agentur.example/{n}</link>
<guid isPermaLink="false">agn-{n}</guid><pubDate>Sat, 16 Aug 2025 0{n}:00:00 +0000</pubDate>
<category>politik</category><description>{text}</description></item>"""
TEXTS = {
    1: (
        "Bundestag berät über Haushalt",
        "Der Bundestag hat die Beratungen über den Haushalt 2026 aufgenommen; die Opposition kritisiert hohe Schulden.",
    ),
    2: (
        "Länder fordern Geld für Kliniken",
        "Die Gesundheitsminister der Länder verlangen vom Bund eine Milliarde Euro für Krankenhäuser in Not.",
    ),
    3: (
        "Neue Regeln für Drohnenflüge",
        "Das Verkehrsministerium legt strengere Vorgaben für private Drohnen über Wohngebieten vor, Bußgelder steigen.",
    ),
}


def wire_file(folder: Path, n: int) -> None:
    title, text = TEXTS[n]
    body = ITEM.format(n=n, title=title, text=text)
    (folder / f"wire-{n}.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Agentur</title>'
        f"<link>https://agentur.example/</link><description>d</description>{body}</channel></rss>",
        encoding="utf-8",
    )
    # the inbox fingerprint includes mtimes: make sure a new file is seen as a change
    os.utime(folder / f"wire-{n}.xml", (time.time() + n, time.time() + n))


@dataclass
class Recording:
    """The app, wrapped to record (method, path, status, request headers) per response."""

    app: FeedApp
    log: list[tuple[str, str, int, dict[str, str]]] = field(default_factory=list)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}

        async def recording_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.log.append((scope["method"], scope["path"], message["status"], headers))
            await send(message)

        await self.app(scope, receive, recording_send)


@dataclass
class Served:
    hub: Runtime
    inbox: Path
    base: str
    recording: Recording

    def publish_new(self, n: int) -> None:
        wire_file(self.inbox, n)
        pipeline.update_sources(self.hub, list(self.hub.settings.sources), pipeline.now_utc())


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    inbox = tmp_path / "config" / "wire"
    inbox.mkdir(parents=True)
    port = free_port()
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n',
        listen=f"127.0.0.1:{port}",
    )
    hub = Runtime.open(load_settings(cfg))
    for n in (1, 2):
        wire_file(inbox, n)
    pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
    pipeline.publish_all(hub)
    recording = Recording(
        FeedApp(hub.repo, lambda: hub.settings, ttl=0)
    )  # see every publish at once
    try:
        with serve_asgi(recording, port) as base:
            yield Served(hub, inbox, base, recording)
    finally:
        hub.close()


def test_reader_gets_304_on_its_second_poll_and_new_entries_later(
    served: Served, tmp_path: Path
) -> None:
    from reader import make_reader

    url = served.base + "/feeds/politik.atom"
    r = make_reader(str(tmp_path / "reader.sqlite"))
    try:
        r.add_feed(url)
        r.update_feeds(scheduled=False)
        assert {e.title for e in r.get_entries()} == {TEXTS[1][0], TEXTS[2][0]}

        r.update_feeds(scheduled=False)
        polls = [entry for entry in served.recording.log if entry[1] == "/feeds/politik.atom"]
        assert [status for _m, _p, status, _h in polls] == [200, 304]
        assert "if-none-match" in polls[1][3]  # reader sent our ETag back

        served.publish_new(3)
        r.update_feeds(scheduled=False)
        assert served.recording.log[-1][2] == 200
        assert TEXTS[3][0] in {e.title for e in r.get_entries()}
        assert len(list(r.get_entries())) == 3  # nothing duplicated
    finally:
        r.close()


NEWSBOAT = shutil.which("newsboat")


def newsboat_titles(home: Path, url: str) -> list[str]:
    subprocess.run(
        [
            NEWSBOAT or "newsboat",
            "-u",
            str(home / "urls"),
            "-c",
            str(home / "cache.db"),
            "-C",
            str(home / "config"),
            "-x",
            "reload",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "HOME": str(home)},
        timeout=120,
    )
    with sqlite3.connect(home / "cache.db") as db:
        return sorted(
            row[0] for row in db.execute("SELECT title FROM rss_item WHERE feedurl = ?", (url,))
        )


def test_newsboat_stores_the_entries_and_a_new_one_on_the_next_reload(
    served: Served, tmp_path: Path
) -> None:
    assert NEWSBOAT, (
        "newsboat is not installed: scripts/test installs it (apt-get install newsboat)"
    )
    home = tmp_path / "newsboat"
    home.mkdir()
    url = served.base + "/feeds/politik.rss"
    (home / "urls").write_text(url + "\n")
    (home / "config").write_text("")
    assert newsboat_titles(home, url) == sorted([TEXTS[1][0], TEXTS[2][0]])
    served.publish_new(3)
    assert newsboat_titles(home, url) == sorted([TEXTS[1][0], TEXTS[2][0], TEXTS[3][0]])
    statuses = [s for _m, path, s, _h in served.recording.log if path == "/feeds/politik.rss"]
    assert statuses == [200, 200]


def test_reader_and_newsboat_follow_tag_source_and_story_feeds(
    served: Served, tmp_path: Path
) -> None:
    """The feeds beyond sections (rendered when first asked for) are polled like any:
    reader gets 304 on its second poll of a tag feed and the new entry after an update;
    newsboat reads a source's and a story's RSS feed."""
    assert NEWSBOAT, "newsboat is not installed: scripts/test installs it"
    from reader import make_reader

    tag = served.base + "/feeds/tag/politik.atom"
    r = make_reader(str(tmp_path / "reader.sqlite"))
    try:
        r.add_feed(tag)
        r.update_feeds(scheduled=False)
        assert {e.title for e in r.get_entries()} == {TEXTS[1][0], TEXTS[2][0]}
        r.update_feeds(scheduled=False)
        polls = [s for _m, p, s, _h in served.recording.log if p == "/feeds/tag/politik.atom"]
        assert polls == [200, 304]
        served.publish_new(3)  # re-renders the tag feed: it was asked for
        r.update_feeds(scheduled=False)
        assert TEXTS[3][0] in {e.title for e in r.get_entries()}
    finally:
        r.close()
    story_id = served.hub.repo.story_ids([("wire", "agn-3")])[("wire", "agn-3")]
    home = tmp_path / "newsboat"
    home.mkdir()
    source_url = served.base + "/feeds/source/wire.rss"
    story_url = served.base + f"/stories/{story_id}.rss"
    (home / "urls").write_text(f"{source_url}\n{story_url}\n")
    (home / "config").write_text("")
    assert newsboat_titles(home, source_url) == sorted(t for t, _ in TEXTS.values())
    with sqlite3.connect(home / "cache.db") as db:
        story_titles = [
            row[0]
            for row in db.execute("SELECT title FROM rss_item WHERE feedurl = ?", (story_url,))
        ]
    assert story_titles == [TEXTS[3][0]]
