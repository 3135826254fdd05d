"""Operator corrections through the command line (explain, split, merge), remembered across
re-ingestion, on SQLite and PostgreSQL; and `feedhub cluster` on a tiny labelled file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest

from feedhub import pipeline
from feedhub.cli import main
from feedhub.config import load_settings
from feedhub.models import Article
from feedhub.models import Story
from feedhub.runtime import Runtime
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
"""

URL = "https://www.monrose.de/politik/gipfel-499244.html"
TEXT = (
    "Das Treffen von Donald Trump und Wladimir Putin in Anchorage ist ohne Waffenruhe für die"
    " Ukraine zu Ende gegangen. Beide Präsidenten sprachen von einem konstruktiven Gespräch."
)


def _article(source: str, guid: str, url: str, title: str, text: str = TEXT) -> Article:
    return make_article(source, guid, url, title, text)


WIRE = _article("wire", "w1", URL + "?utm_source=wire", "Gipfel in Alaska endet ohne Einigung")
PARTNER = _article(
    "partner", "x1", URL + "#ref=rss", "Trump und Putin: Gipfel ohne Ergebnis", TEXT + " Mehr."
)


@dataclass
class Setup:
    hub: Runtime
    cfg: Path
    now: datetime

    def store(self, *articles: Article, hours: float = 1) -> tuple[int, int, int]:
        by_source: dict[str, list[Article]] = {}
        for a in articles:
            by_source.setdefault(a.source_id, []).append(a)
        total = (0, 0, 0)
        for sid, group in by_source.items():
            source = self.hub.settings.source(sid)
            assert source is not None
            new, updated, dupes, _ = pipeline.store_articles(
                self.hub, source, group, self.now + timedelta(hours=hours)
            )
            total = (total[0] + new, total[1] + updated, total[2] + dupes)
        return total

    def cli(self, *args: str) -> int:
        command, *rest = args
        return main([command, "--config", str(self.cfg), *rest])

    def stories(self) -> list[Story]:
        return sorted(self.hub.repo.stories(None, 50), key=lambda s: s.id)

    def article_id(self, source: str, guid: str) -> int:
        found = self.hub.repo.find_article(f"{source}:{guid}")
        assert found is not None
        return found.id

    def story_of(self, source: str, guid: str) -> int:
        found = self.hub.repo.find_article(f"{source}:{guid}")
        assert found is not None
        return found.story_id


@pytest.fixture
def setup(tmp_path: Path, db_url: str, now: datetime) -> Iterator[Setup]:
    for folder in ("portal", "wire", "partner"):
        (tmp_path / "config" / folder).mkdir(parents=True)
    cfg = write_config(tmp_path, SOURCES, database_url=db_url)
    hub = Runtime.open(load_settings(cfg))
    s = Setup(hub, cfg, now)
    assert s.store(WIRE) == (1, 0, 0)
    assert s.store(PARTNER) == (0, 0, 1)
    try:
        yield s
    finally:
        hub.close()


def _published_ids(s: Setup) -> str:
    doc = s.hub.repo.document("all", "atom")
    assert doc is not None
    return doc.content.decode()


# --- explain --------------------------------------------------------------------------------


def test_explain_prints_the_layer_reason_and_both_versions(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    wire, partner = setup.article_id("wire", "w1"), setup.article_id("partner", "x1")
    [story] = setup.stories()
    capsys.readouterr()
    assert setup.cli("explain", str(partner)) == 0
    out = capsys.readouterr().out
    assert f"article {partner}  source=partner  guid=x1" in out
    assert f"story {story.id}  published as {story.uid}" in out
    assert f"why here: same canonical URL as wire article {wire}" in out
    assert f"article {wire} wire: new story" in out
    assert f"article {partner} partner: same canonical URL" in out


@pytest.mark.parametrize(
    "ref", ["partner:x1", URL, "http://m.monrose.de/politik/gipfel-499244.html"]
)
def test_explain_finds_an_article_by_source_guid_or_any_form_of_its_url(
    setup: Setup, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    capsys.readouterr()
    assert setup.cli("explain", ref) == 0
    assert "why here:" in capsys.readouterr().out


# --- split ----------------------------------------------------------------------------------


def test_split_moves_the_article_into_a_story_of_its_own_and_is_remembered(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    [before] = setup.stories()
    partner = setup.article_id("partner", "x1")
    capsys.readouterr()
    assert setup.cli("split", str(partner)) == 0
    assert "split remembered" in capsys.readouterr().out

    stories = setup.stories()
    assert len(stories) == 2
    original, split_off = stories
    assert (original.id, original.uid) == (before.id, before.uid)  # keeps its published id
    assert original.representative.article.source_id == "wire" and original.versions == ()
    assert split_off.representative.id == partner and split_off.versions == ()
    assert split_off.uid != original.uid
    assert split_off.representative.reason == "operator split"
    published = _published_ids(setup)
    assert original.uid in published and split_off.uid in published

    # re-ingesting the same article does not merge it again
    assert setup.store(PARTNER, hours=2) == (0, 0, 0)
    assert setup.story_of("partner", "x1") == split_off.id
    # nor does a changed version of it (an update keeps its story)
    changed = replace(PARTNER, title="Trump und Putin: Gipfel ohne Ergebnis [Update]")
    assert setup.store(changed, hours=3) == (0, 1, 0)
    assert setup.story_of("partner", "x1") == split_off.id
    assert len(setup.stories()) == 2

    capsys.readouterr()
    assert setup.cli("explain", str(partner)) == 0
    assert "why here: operator split" in capsys.readouterr().out


def test_split_of_the_article_that_started_the_story_keeps_the_stories_id(setup: Setup) -> None:
    [before] = setup.stories()
    wire = setup.article_id("wire", "w1")
    assert setup.cli("split", str(wire)) == 0
    original = setup.hub.repo.story(before.id)
    assert original is not None and original.uid == before.uid
    assert original.representative.article.source_id == "partner"
    split_off = setup.hub.repo.story(setup.story_of("wire", "w1"))
    assert split_off is not None and split_off.id != before.id
    assert split_off.uid != before.uid  # the uid derived from (wire, w1) is taken
    assert setup.store(WIRE, hours=2) == (0, 0, 0)
    assert len(setup.stories()) == 2


def test_split_of_an_article_that_is_alone_changes_nothing(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    assert setup.cli("split", "partner:x1") == 0
    capsys.readouterr()
    assert setup.cli("split", "partner:x1") == 0
    assert "already the only version" in capsys.readouterr().out
    assert len(setup.stories()) == 2


def test_a_further_copy_does_not_undo_a_split(setup: Setup) -> None:
    assert setup.cli("split", "partner:x1") == 0
    split_off = setup.story_of("partner", "x1")
    third = _article("portal", "p1", URL, "Gipfel ohne Frieden")
    setup.store(third, hours=2)
    assert setup.story_of("partner", "x1") == split_off
    assert setup.story_of("wire", "w1") != split_off


# --- merge ----------------------------------------------------------------------------------


def test_merge_brings_a_split_article_back_and_is_remembered(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    [before] = setup.stories()
    wire, partner = setup.article_id("wire", "w1"), setup.article_id("partner", "x1")
    assert setup.cli("split", str(partner)) == 0
    assert len(setup.stories()) == 2
    capsys.readouterr()

    assert setup.cli("merge", str(partner), str(wire)) == 0
    assert "merge remembered" in capsys.readouterr().out
    [story] = setup.stories()
    assert (story.id, story.uid) == (before.id, before.uid)
    assert {v.id for v in (story.representative, *story.versions)} == {wire, partner}
    assert setup.store(PARTNER, hours=2) == (0, 0, 0)
    assert setup.story_of("partner", "x1") == before.id
    assert len(setup.stories()) == 1

    capsys.readouterr()
    assert setup.cli("explain", str(partner)) == 0
    assert "why here: operator merge" in capsys.readouterr().out


def test_merge_into_a_story_by_its_published_id(setup: Setup) -> None:
    other = _article(
        "portal", "p9", "https://www.monrose.de/politik/anderes-1.html", "Anderes Thema", "Text."
    )
    assert setup.store(other, hours=2) == (1, 0, 0)
    [target] = [s for s in setup.stories() if s.representative.article.guid == "w1"]
    assert setup.cli("merge", "portal:p9", target.uid) == 0
    assert setup.story_of("portal", "p9") == target.id
    assert len(setup.stories()) == 1


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("explain", "99999"),
        ("split", "99999"),
        ("merge", "99999", "1"),
        ("explain", "nosuchsource:guid"),
        ("explain", "https://nowhere.example/a.html"),
    ],
    ids=["explain", "split", "merge", "source-guid", "url"],
)
def test_unknown_article_is_exit_2_with_an_error(
    setup: Setup, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    capsys.readouterr()
    assert setup.cli(*args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no article") and args[1] in err
    assert len(setup.stories()) == 1


def test_merge_into_an_unknown_target_is_exit_2(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert setup.cli("merge", "partner:x1", "tag:nowhere,2025:story:0") == 2
    assert "error: no article or story" in capsys.readouterr().err
    assert len(setup.stories()) == 1


# --- cluster --------------------------------------------------------------------------------


def _record(
    rid: str, source: str, url: str, guid: str | None, title: str, text: str
) -> dict[str, object]:
    return {
        "id": rid,
        "story": "ignored",
        "source": source,
        "feed_format": "rss2",
        "url": url,
        "guid": guid,
        "title": title,
        "summary": text[:80],
        "content_html": f"<p>{text}</p>",
        "published": "2025-08-16T08:00:00+02:00",
        "updated": None,
        "language": "de",
        "section": "politik",
        "authors": [],
    }


def test_cluster_writes_clusters_and_related(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        _record("a1", "portal", URL, "portal:1", "Gipfel in Alaska endet ohne Einigung", TEXT),
        _record(
            "a2",
            "partner-nordkurier",
            URL + "?utm_source=nordkurier",
            "https://www.nordkurier.example/-/1",
            "Trump und Putin: Gipfel ohne Ergebnis",
            TEXT,
        ),
        _record(
            "a3",
            "heise",
            "https://www.heise.de/news/patchday-1.html",
            None,
            "Patchday: Microsoft schließt 107 Lücken",
            "Microsoft hat zum Patchday 107 Sicherheitslücken in Windows und Office geschlossen.",
        ),
    ]
    jsonl = tmp_path / "tiny.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "pred.json"
    assert main(["cluster", "--jsonl", str(jsonl), "--out", str(out), "--database", db_url]) == 0
    assert "3 articles -> 2 stories" in capsys.readouterr().out
    pred = json.loads(out.read_text())
    assert set(pred) == {"clusters", "related"}
    assert sorted(sorted(c) for c in pred["clusters"]) == [["a1", "a2"], ["a3"]]
    assert pred["related"] == []


def test_cluster_with_a_temporary_database_and_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "one.jsonl"
    jsonl.write_text(json.dumps(_record("a1", "portal", URL, "p", "Titel", TEXT)) + "\n")
    out = tmp_path / "pred.json"
    assert main(["cluster", "--jsonl", str(jsonl), "--out", str(out)]) == 0
    assert json.loads(out.read_text()) == {"clusters": [["a1"]], "related": []}
    capsys.readouterr()
    assert main(["cluster", "--jsonl", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 1
    assert "cannot read" in capsys.readouterr().err
