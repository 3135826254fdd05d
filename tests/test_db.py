"""Repository and pipeline storage behaviour, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.db.repo import Repository
from feedhub.dedup import features
from feedhub.dedup.candidates import LOOKUP_TERMS
from feedhub.models import Article
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from feedhub.sources.parse import parse_feed
from tests.conftest import configured_source
from tests.conftest import make_article
from tests.conftest import write_config

SOURCES = """
[portal]
kind = "portal"
path = "portal"

[wire]
kind = "inbox"
path = "wire"
trust = 80

[partner]
kind = "inbox"
path = "partner"
trust = 40

[isolated]
kind = "inbox"
path = "isolated"
merge = false
"""


def _article(
    source: str,
    guid: str,
    url: str,
    title: str = "Gipfel in Alaska endet ohne Einigung",
    text: str = "Trump und Putin trafen sich in Anchorage.",
    **kw: object,
) -> Article:
    return make_article(source, guid, url, title, text, **kw)


@pytest.fixture
def hub(tmp_path: Path, db_url: str) -> Iterator[Runtime]:
    for folder in ("portal", "wire", "partner", "isolated"):
        (tmp_path / "config" / folder).mkdir(parents=True)
    cfg = write_config(tmp_path, SOURCES, database_url=db_url)
    h = Runtime.open(load_settings(cfg))
    yield h
    h.close()


def _store(hub: Runtime, sid: str, *articles: Article, now: datetime) -> tuple[int, int, int]:
    new, updated, dupes, _ = pipeline.store_articles(
        hub, configured_source(hub, sid), articles, now
    )
    return new, updated, dupes


def test_same_canonical_url_from_another_source_joins_the_story(
    hub: Runtime, now: datetime
) -> None:
    url = "https://www.monrose.de/politik/gipfel-499244.html"
    assert _store(hub, "wire", _article("wire", "w1", url + "?utm_source=wire#top"), now=now) == (
        1,
        0,
        0,
    )
    assert _store(
        hub, "portal", _article("portal", "p1", url, title="Gipfel ohne Frieden"), now=now
    ) == (0, 0, 1)
    [story] = hub.repo.stories("politik", 10)
    assert story.representative.article.source_id == "portal"  # the portal's own version wins
    assert [v.article.source_id for v in story.versions] == ["wire"]
    assert story.representative.reason.startswith("same canonical URL")


def test_same_text_under_new_url_and_guid_joins_the_story(hub: Runtime, now: datetime) -> None:
    _store(hub, "wire", _article("wire", "w1", "https://agentur.example/a/1"), now=now)
    assert _store(
        hub, "partner", _article("partner", "x9", "https://partner.example/b/2"), now=now
    ) == (0, 0, 1)
    [story] = hub.repo.stories(None, 10)
    assert story.representative.article.source_id == "wire"  # higher trust
    assert story.versions[0].reason.startswith("same text")


def test_same_guid_again_is_stored_once_and_updated_when_changed(
    hub: Runtime, now: datetime
) -> None:
    a = _article("wire", "w1", "https://agentur.example/a/1")
    assert _store(hub, "wire", a, now=now) == (1, 0, 0)
    assert _store(hub, "wire", a, now=now + timedelta(minutes=5)) == (0, 0, 0)
    changed = replace(a, title="Gipfel in Alaska: keine Waffenruhe", updated=now)
    assert _store(hub, "wire", changed, now=now + timedelta(minutes=10)) == (0, 1, 0)
    [story] = hub.repo.stories(None, 10)
    assert story.representative.article.title == "Gipfel in Alaska: keine Waffenruhe"
    assert story.versions == () and hub.repo.article_count() == 1


def test_merge_opt_out_keeps_stories_apart_both_ways(hub: Runtime, now: datetime) -> None:
    url = "https://www.monrose.de/politik/gipfel-499244.html"
    _store(hub, "isolated", _article("isolated", "i1", url), now=now)
    assert _store(hub, "wire", _article("wire", "w1", url), now=now) == (1, 0, 0)
    assert _store(hub, "isolated", _article("isolated", "i2", "https://x.example/c"), now=now) == (
        1,
        0,
        0,
    )
    assert len(hub.repo.stories(None, 10)) == 3


def test_story_id_is_stable_when_the_representative_changes(hub: Runtime, now: datetime) -> None:
    url = "https://www.monrose.de/politik/gipfel-499244.html"
    _store(hub, "partner", _article("partner", "x1", url), now=now)
    [before] = hub.repo.stories(None, 10)
    _store(
        hub,
        "portal",
        _article("portal", "p1", url, title="Eigene Fassung"),
        now=now + timedelta(hours=1),
    )
    [after] = hub.repo.stories(None, 10)
    assert after.uid == before.uid and after.representative.article.source_id == "portal"
    assert after.updated > before.updated


def test_claiming_due_sources_is_exclusive(tmp_path: Path, db_url: str, now: datetime) -> None:
    repo = Repository.open(db_url)
    try:
        sources = [
            Source(f"s{i}", SourceKind.HTTP, f"s{i}", url=f"https://x.example/{i}")
            for i in range(5)
        ]
        repo.sync_sources(sources, now)
        ids = [s.id for s in sources]
        first = repo.claim_due(now, ids, timedelta(minutes=10), owner="h:1")
        second = repo.claim_due(now, ids, timedelta(minutes=10), owner="h:1")
        assert sorted(first) == ids and second == []
        assert (
            sorted(
                repo.claim_due(now + timedelta(minutes=11), ids, timedelta(minutes=10), owner="h:2")
            )
            == ids
        )
    finally:
        repo.close()


def test_claims_of_dead_processes_are_released_at_once(db_url: str, now: datetime) -> None:
    repo = Repository.open(db_url)
    try:
        sources = [
            Source(f"s{i}", SourceKind.HTTP, f"s{i}", url=f"https://x.example/{i}")
            for i in range(3)
        ]
        repo.sync_sources(sources, now)
        lease = timedelta(minutes=10)
        assert repo.claim_due(now, ["s0"], lease, owner="here:100") == ["s0"]
        assert repo.claim_due(now, ["s1"], lease, owner="here:200") == ["s1"]
        assert repo.claim_due(now, ["s2"], lease, owner="elsewhere:100") == ["s2"]
        later = now + timedelta(minutes=1)
        assert repo.claim_due(later, ["s0", "s1", "s2"], lease, owner="here:300") == []
        # pid 100 on this host is gone, 200 is alive; another host's claims are not ours to judge
        assert repo.release_claims("here", lambda pid: pid == 200, later) == ["s0"]
        assert repo.claim_due(later, ["s0", "s1", "s2"], lease, owner="here:300") == ["s0"]
        assert repo.release_claims("here", lambda pid: pid in (200, 300), later) == []
    finally:
        repo.close()


def test_migrations_are_idempotent(db_url: str) -> None:
    Repository.open(db_url).close()
    repo = Repository.open(db_url)  # second start: nothing to do, nothing breaks
    assert repo.article_count() == 0
    repo.close()


def test_the_migrated_schema_is_the_one_the_code_declares(db_url: str) -> None:
    """Tables, columns, indexes and keys after every migration equal db.schema's (types
    aside: each backend names them its own way), so a migration cannot leave out what
    the code relies on (migration 0010's log index, say)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from feedhub.db.schema import metadata

    repo = Repository.open(db_url)
    try:
        with repo.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            assert compare_metadata(context, metadata) == []
    finally:
        repo.close()


TICKER = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="0.91"><channel><title>Radio Ticker</title><link>https://radio.example/</link>
<description>Nachrichten</description><language>de</language>
<item><title>Hochwasser im Tessin</title><link>https://radio.example/ticker.html#t0411</link>
<description>Die Maggia ist im Tessin ueber die Ufer getreten, das Maggiatal ist abgeschnitten.</description></item>
<item><title>Brenner gesperrt</title><link>https://radio.example/ticker.html#t0412</link>
<description>Nach einem Lastwagenunfall ist die Brennerautobahn A13 in beide Richtungen gesperrt.</description></item>
</channel></rss>
"""


def test_ticker_items_without_guid_on_one_page_are_each_kept(hub: Runtime, now: datetime) -> None:
    """A ticker without GUIDs links every item to one page, told apart by the fragment:
    each item is its own article, none replaces the one before."""
    wire = configured_source(hub, "wire")
    parsed = parse_feed(TICKER, {}, "https://radio.example/ticker.xml", source_id="wire")
    articles, errors = pipeline.normalize_entries(hub, wire, parsed)
    assert errors == [] and len({a.guid for a in articles}) == 2
    assert pipeline.store_articles(hub, wire, articles, now)[:3] == (2, 0, 0)
    # the next poll brings both again: nothing new, nothing updated
    assert pipeline.store_articles(hub, wire, articles, now)[:3] == (0, 0, 0)
    titles = {s.representative.article.title for s in hub.repo.stories(None, 10)}
    assert titles == {"Hochwasser im Tessin", "Brenner gesperrt"}


def test_a_ticker_line_before_the_report_joins_the_report(hub: Runtime, now: datetime) -> None:
    """A ticker sends one sentence before the full report: the report finds it by the
    names they share within hours (few names, any of the report's), not by wording."""
    ticker = _article(
        "partner",
        "https://radio.example/ticker.html#t0412",
        "https://radio.example/ticker.html",
        "Eilmeldung: Cyberangriff auf Kantonsspital Baden",
        "Nach einem Hackerangriff nimmt die Notfallstation im Kantonsspital Baden nur noch"
        " Schwerstverletzte auf, Ambulanzen fahren nach Aarau und Zürich.",
        published=now,
    )
    report = _article(
        "wire",
        "w-baden-1",
        "https://agentur.example/baden",
        "Cyberangriff legt Kantonsspital Baden lahm",
        "Das Kantonsspital Baden im Aargau ist in der Nacht Ziel eines schweren Cyberangriffs"
        " geworden. Unbekannte verschlüsselten große Teile der Informatik. Die Notfallstation"
        " nimmt nur noch lebensbedrohlich erkrankte Menschen auf, Ambulanzen fahren nach Aarau"
        " und Zürich. 46 geplante Operationen wurden verschoben, sagte Spitaldirektor Adrian"
        " Schürmann. Die Kantonspolizei Aargau ermittelt, das Bundesamt für Cybersicherheit"
        " unterstützt das Spital mit einem Einsatzteam aus Bern.",
        published=now + timedelta(minutes=25),
    )
    assert _store(hub, "partner", ticker, now=now) == (1, 0, 0)
    assert _store(hub, "wire", report, now=now + timedelta(minutes=25)) == (0, 0, 1)
    [story] = hub.repo.stories(None, 10)
    assert {v.article.source_id for v in (story.representative, *story.versions)} == {
        "partner",
        "wire",
    }
    assert any("same event" in v.reason for v in (story.representative, *story.versions))


def test_a_ticker_naming_few_of_the_reports_many_names_is_found(
    hub: Runtime, now: datetime
) -> None:
    """Lookups over days sample an article's names (candidates.LOOKUP_TERMS); the
    same-event lookup over hours takes all of them, so a ticker line naming only names
    outside that sample is found too."""
    places = (
        "Aarau Baden Brugg Lenzburg Wohlen Zofingen Rheinfelden Laufenburg Muri Bremgarten"
        " Kaiserstuhl Klingnau Mellingen Olten Solothurn Luzern Zug Basel Liestal Thun"
    ).split()
    title = "Stromausfall im Aargau und in Nachbarkantonen"
    text = (
        "Ein Stromausfall hat am Morgen weite Teile der Nordwestschweiz getroffen. Betroffen"
        f" waren {', '.join(places[:-1])} und {places[-1]}. Nach zwei Stunden war die"
        " Versorgung wieder hergestellt, teilte der Netzbetreiber mit. Die Ursache war am"
        " Mittag noch unklar, ein Sprecher schloss einen Angriff auf das Netz aber aus."
    )
    fp = features.fingerprint(title, text)
    assert not features.is_short(fp)
    by_key = sorted(fp.names, key=features.term_key)
    assert len(by_key) > LOOKUP_TERMS + 3
    # indexed (features.MAX_TERMS), but not among the LOOKUP_TERMS sampled for days
    outside = [n.capitalize() for n in by_key[LOOKUP_TERMS : LOOKUP_TERMS + 3]]
    ticker = _article(
        "partner",
        "t-strom-1",
        "https://radio.example/ticker.html",
        f"Stromausfall: {outside[0]}, {outside[1]} und {outside[2]} ohne Strom",
        f"Ein Stromausfall trifft {outside[0]}, {outside[1]} und {outside[2]}.",
        published=now,
    )
    report = _article(
        "wire",
        "w-strom-1",
        "https://agentur.example/strom",
        title,
        text,
        published=now + timedelta(minutes=30),
    )
    assert _store(hub, "partner", ticker, now=now) == (1, 0, 0)
    assert _store(hub, "wire", report, now=now + timedelta(minutes=30)) == (0, 0, 1)


def test_the_wal_is_copied_back_outside_the_commits(tmp_path: Path, now: datetime) -> None:
    """SQLite: the writing connection never checkpoints in a commit; the repository's
    checkpoint thread copies the write-ahead log back, and stops with the repository."""
    path = tmp_path / "feedhub.sqlite"
    repo = Repository.open(f"sqlite:///{path}")
    try:
        with repo.writer.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        sources = [
            Source(f"s{i}", SourceKind.HTTP, f"s{i}", url=f"https://x.example/{i}")
            for i in range(200)
        ]
        repo.sync_sources(sources, now)
        assert repo.checkpointer is not None
        repo.checkpointer.checkpoint()
        with sqlite3.connect(path) as raw:  # nothing left to copy: every frame checkpointed
            busy, frames, copied = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and frames == copied and frames > 0
        thread = repo.checkpointer._thread  # noqa: SLF001
        assert thread.is_alive()
    finally:
        repo.close()
    assert not thread.is_alive()
