"""What an agency's items go through (issue 16): embargoed items are held until their
time, a re-export that changes nothing a reader sees is not an update, a real change is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import feedparser
import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.runtime import Runtime
from tests.conftest import write_config

NOW = datetime(2025, 8, 15, 12, 0, tzinfo=UTC)


def rss_item(guid: str, title: str, text: str, published: datetime, **extra: str) -> str:
    updated = extra.get("updated", "")
    return (
        f"<item><title>{title}</title><link>https://agentur.example/{guid}</link>"
        f'<guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>"
        + (f"<atom:updated>{updated}</atom:updated>" if updated else "")
        + f"<description>{text}</description></item>"
    )


def write(folder: Path, *items: str) -> None:
    (folder / "wire.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'
        ' xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Agentur</title>'
        f"<link>https://agentur.example/</link><description>d</description>{''.join(items)}"
        "</channel></rss>",
        encoding="utf-8",
    )


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[Runtime, Path]]:
    folder = tmp_path / "config" / "wire"
    folder.mkdir(parents=True)
    cfg = write_config(
        tmp_path, '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\ninterval = "1m"\n'
    )
    h = Runtime.open(load_settings(cfg))
    yield h, folder
    h.close()


def titles(hub: Runtime) -> list[str]:
    doc = hub.repo.document("politik", "atom")
    return [e.title for e in feedparser.parse(doc.content).entries] if doc else []


HAFEN = "Der Senat hat den Ausbau des Hafens für zwei Milliarden Euro beschlossen."
ZOLL = "Die Regierung will die Zölle auf Stahl zum Jahresende um zehn Prozent senken."


def test_an_embargoed_item_is_held_until_its_time(setup: tuple[Runtime, Path]) -> None:
    hub, folder = setup
    release = NOW + timedelta(hours=2)
    write(
        folder,
        rss_item("a-1", "Hafen wird ausgebaut", HAFEN, NOW - timedelta(hours=1)),
        rss_item("a-2", "Zölle auf Stahl sinken", ZOLL, release),
    )
    source = hub.settings.sources[0]
    [first] = pipeline.update_sources(hub, [source], NOW)
    assert first.new == 1
    assert titles(hub) == ["Hafen wird ausgebaut"]
    assert first.next_check is not None and first.next_check <= release
    assert hub.repo.story_ids([("wire", "a-2")])[("wire", "a-2")] is None  # not even stored
    # polled again before its time (the folder has not changed): still held
    [early] = pipeline.update_sources(hub, [source], release - timedelta(minutes=30))
    assert early.new == 0 and titles(hub) == ["Hafen wird ausgebaut"]
    # at its time it is stored and published, though the folder has not changed
    [due] = pipeline.update_sources(hub, [source], release)
    assert due.new == 1
    assert sorted(titles(hub)) == ["Hafen wird ausgebaut", "Zölle auf Stahl sinken"]


def test_a_reexport_that_changes_nothing_readers_see_is_no_update(
    setup: tuple[Runtime, Path],
) -> None:
    hub, folder = setup
    published = NOW - timedelta(hours=1)
    write(folder, rss_item("a-1", "Hafen wird ausgebaut", HAFEN, published))
    source = hub.settings.sources[0]
    pipeline.update_sources(hub, [source], NOW)
    before = hub.repo.document("politik", "atom")
    # the agency's system exports again: a new update time, other whitespace and markup
    write(
        folder,
        rss_item(
            "a-1",
            "Hafen  wird ausgebaut",
            f"<p>{HAFEN}</p>",
            published,
            updated="2025-08-15T11:55:00Z",
        ),
    )
    [again] = pipeline.update_sources(hub, [source], NOW + timedelta(minutes=5))
    assert again.updated == 0 and again.new == 0
    after = hub.repo.document("politik", "atom")
    assert before is not None and after is not None
    assert after.etag == before.etag  # readers and hubs see no change
    # a changed figure is a real update: the entry's `updated` moves
    write(folder, rss_item("a-1", "Hafen wird ausgebaut", HAFEN.replace("zwei", "drei"), published))
    [real] = pipeline.update_sources(hub, [source], NOW + timedelta(minutes=10))
    assert real.updated == 1
    changed = hub.repo.document("politik", "atom")
    assert changed is not None and changed.etag != before.etag
    assert "drei Milliarden" in changed.content.decode()


def test_a_kill_notice_takes_the_story_out_of_every_feed_and_archive(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "config" / "wire"
    folder.mkdir(parents=True)
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n',
        extra_service="feed_size = 2",
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        towns = ["Aachen", "Bremen", "Cottbus", "Dresden", "Erfurt"]
        items = [
            rss_item(
                f"a-{i}",
                f"{town}: Stadtrat beschließt Plan {100 + i}",
                f"In {town} hat der Stadtrat mit {20 + i} zu {3 + i} Stimmen den Plan"
                f" {100 + i} für {1000 * (i + 1)} Wohnungen verabschiedet.",
                NOW - timedelta(days=5 - i),
            )
            for i, town in enumerate(towns)
        ]
        write(folder, *items)
        source = hub.settings.sources[0]
        pipeline.update_sources(hub, [source], NOW)
        story = hub.repo.story_ids([("wire", "a-0")])[("wire", "a-0")]
        assert story is not None
        assert b"Aachen" in hub.repo.document("politik/archive/0", "atom").content  # type: ignore[union-attr]
        # the source sends the oldest item again under its GUID, headed "Löschung"
        killed = rss_item(
            "a-0",
            "Löschung: Aachen: Stadtrat beschließt Plan 100",
            "Bitte nicht verwenden.",
            NOW - timedelta(days=5),
        )
        write(folder, killed, *items[1:])
        [result] = pipeline.update_sources(hub, [source], NOW + timedelta(minutes=1))
        assert result.withdrawn == 1
        for key in ("politik", "politik/archive/0", "all", "all/archive/0"):
            for fmt in ("atom", "rss", "json", "html"):
                doc = hub.repo.document(key, fmt)
                assert doc is not None and b"Aachen" not in doc.content, (key, fmt)
        archive = hub.repo.document("politik/archive/0", "atom")
        assert archive is not None and b"Bremen" in archive.content  # the page did not shift
        # a later copy of the withdrawn item changes nothing
        write(folder, *items)
        pipeline.update_sources(hub, [source], NOW + timedelta(minutes=2))
        assert b"Aachen" not in hub.repo.document("all", "atom").content  # type: ignore[union-attr]
    finally:
        hub.close()


def test_a_kill_notice_for_nothing_stored_is_an_ordinary_entry(
    setup: tuple[Runtime, Path],
) -> None:
    hub, folder = setup
    write(folder, rss_item("n-1", "Löschung: Bundestag beschließt neue Regeln", HAFEN, NOW))
    [result] = pipeline.update_sources(hub, [hub.settings.sources[0]], NOW)
    assert result.new == 1 and result.withdrawn == 0


def test_a_correction_replaces_the_version_it_corrects_and_is_marked(
    setup: tuple[Runtime, Path],
) -> None:
    hub, folder = setup
    published = NOW - timedelta(hours=1)
    write(folder, rss_item("z-1", "Zölle auf Stahl sinken", ZOLL, published))
    source = hub.settings.sources[0]
    pipeline.update_sources(hub, [source], NOW)
    # the correction comes under a new GUID, with the same link
    corrected = rss_item(
        "z-1", "Berichtigung: Zölle auf Stahl sinken", ZOLL.replace("zehn", "zwölf"), published
    ).replace('">z-1</guid>', '">z-1-korr</guid>')
    write(folder, corrected)
    [result] = pipeline.update_sources(hub, [source], NOW + timedelta(minutes=5))
    assert result.updated == 1 and result.new == 0 and result.dupes == 0
    doc = hub.repo.document("politik", "atom")
    assert doc is not None
    parsed = feedparser.parse(doc.content)
    assert [e.title for e in parsed.entries] == ["Berichtigung: Zölle auf Stahl sinken"]
    assert "zwölf Prozent" in parsed.entries[0].content[0].value
    assert "correction" in [t.term for t in parsed.entries[0].tags]
    json_doc = hub.repo.document("politik", "json")
    assert json_doc is not None and b'"correction": true' in json_doc.content


def test_a_kill_notice_cannot_take_down_a_story_another_source_represents(
    tmp_path: Path,
) -> None:
    """A source may withdraw what it sent, not the portal's own story its copy joined:
    only its version leaves the story (every byte from a source is hostile)."""
    portal = tmp_path / "config" / "portal"
    portal.mkdir(parents=True)
    (portal / "a.md").write_text(
        '+++\nid = "p1"\ntitle = "Hafen wird ausgebaut"\n'
        'url = "https://portal.example/hafen"\npublished = 2025-08-15T10:00:00Z\n'
        f'section = "politik"\n+++\n{HAFEN}\n',
        encoding="utf-8",
    )
    wire = tmp_path / "config" / "wire"
    wire.mkdir()
    write(wire, rss_item("a-1", "Hafen wird ausgebaut", HAFEN, NOW - timedelta(hours=1)))
    cfg = write_config(
        tmp_path,
        '[portal]\nkind = "portal"\npath = "portal"\n'
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n',
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        pipeline.update_sources(hub, list(hub.settings.sources), NOW)
        ids = hub.repo.story_ids([("wire", "a-1"), ("portal", "p1")])
        assert ids[("wire", "a-1")] == ids[("portal", "p1")]  # the copy joined the story
        write(wire, rss_item("a-1", "Löschung: Hafen wird ausgebaut", "Nicht verwenden.", NOW))
        [_, result] = pipeline.update_sources(
            hub, list(hub.settings.sources), NOW + timedelta(minutes=1)
        )
        assert result.withdrawn == 1
        doc = hub.repo.document("politik", "json")
        assert doc is not None
        [item] = json.loads(doc.content)["items"]
        assert item["title"] == "Hafen wird ausgebaut"  # the portal's story stays
        assert "versions" not in item["_feedhub"]  # without the withdrawn copy
        moved = hub.repo.story_ids([("wire", "a-1")])[("wire", "a-1")]
        assert moved != ids[("portal", "p1")]
    finally:
        hub.close()
