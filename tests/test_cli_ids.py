"""`feedhub explain` (and split, merge) take every id an operator sees: article id, URL,
SOURCE:GUID, the portal's front-matter id, a published entry id (an own article's URL, a
tag: URI), story:ID and story/ID, a story feed URL and a story feed's entry id. The
shipped config's portal store and agency drop folder go through the real pipeline
(`feedhub update`), on SQLite and PostgreSQL; the agency's copy of the summit article
joins the portal's story."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from feedhub.cli import main
from feedhub.config import load_settings
from feedhub.models import StoredArticle
from feedhub.models import Story
from feedhub.runtime import Runtime

SHIPPED = Path(__file__).resolve().parent.parent / "config"
SUMMIT_ID = "monrose:article:499244"  # the portal file's front-matter id
SUMMIT_URL = "https://www.monrose.de/politik/treffen-von-trump-und-putin-in-alaska-ergebnisse-des-499244.html"
AGENCY = "agentur"
AGENCY_COPY = "urn:newsml:agentur-news.example:20250816:250816-99-454570"  # of the summit
AGENCY_ALONE = "urn:newsml:agentur-news.example:20250816:250816-99-451203"  # Rentenpaket
BASE = "http://127.0.0.1:8080"  # the shipped base_url


@dataclass
class Hub:
    cfg: Path
    rt: Runtime

    def cli(self, *args: str) -> int:
        command, *rest = args
        return main(["--log-level", "WARNING", command, "--config", str(self.cfg), *rest])

    def article(self, source: str, guid: str) -> StoredArticle:
        found = self.rt.repo.find_article(f"{source}:{guid}")
        assert found is not None
        return found

    def story_of(self, source: str, guid: str) -> Story:
        story = self.rt.repo.story(self.article(source, guid).story_id)
        assert story is not None
        return story


def shipped_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> Path:
    """The shipped config/, copied, on the test's database, polls prepared in-thread."""
    cfg = Path(shutil.copytree(SHIPPED, tmp_path / "config"))
    with (cfg / "feedhub.toml").open("a", encoding="utf-8") as f:
        f.write("parse_processes = 0\n")
    monkeypatch.setenv("FEEDHUB_DATABASE_URL", db_url)
    return cfg


def ingest(cfg: Path, *sources: str) -> None:
    """`feedhub update SOURCE` for each, one after the other (the portal's story is
    started by the portal article, so its published id is the article's URL)."""
    for source in sources:
        assert main(["--log-level", "WARNING", "update", "--config", str(cfg), source]) == 0


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> Iterator[Hub]:
    cfg = shipped_config(tmp_path, monkeypatch, db_url)
    ingest(cfg, "portal", AGENCY)
    rt = Runtime.open(load_settings(cfg))
    try:
        yield Hub(cfg, rt)
    finally:
        rt.close()


def test_the_summit_story_has_the_portal_article_and_the_agency_copy(hub: Hub) -> None:
    story = hub.story_of("portal", SUMMIT_ID)
    assert story.uid == SUMMIT_URL  # own article: its URL is the published entry id
    assert story.representative.article.source_id == "portal"
    assert [v.article.guid for v in story.versions] == [AGENCY_COPY]


# --- ids that name an article ---------------------------------------------------------------


@pytest.mark.parametrize(
    "form", ["article id", "SOURCE:GUID", "article URL", "mobile URL", "feed entry id"]
)
def test_explain_names_the_agency_copy_by_each_article_form(
    hub: Hub, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    copy = hub.article(AGENCY, AGENCY_COPY)
    story = hub.story_of(AGENCY, AGENCY_COPY)
    assert copy.article.url is not None
    ref = {
        "article id": str(copy.id),
        "SOURCE:GUID": f"{AGENCY}:{AGENCY_COPY}",
        "article URL": copy.article.url,
        "mobile URL": copy.article.url.replace("://www.", "://m.") + "?utm_source=x",
        "feed entry id": f"{story.uid}#version-{copy.id}",  # an entry of /stories/ID.atom
    }[form]
    capsys.readouterr()
    assert hub.cli("explain", ref) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"article {copy.id}  source={AGENCY}  guid={AGENCY_COPY}\n")
    assert f"story {story.id}  published as {SUMMIT_URL}" in out
    assert f"  why here: {copy.reason}" in out


def test_explain_takes_the_portal_front_matter_id(
    hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    own = hub.article("portal", SUMMIT_ID)
    capsys.readouterr()
    assert hub.cli("explain", SUMMIT_ID) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"article {own.id}  source=portal  guid={SUMMIT_ID}\n")
    assert "  why here: new story" in out


# --- ids that name a story ------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "story:ID",
        "STORY:ID",
        "story/ID",
        "published entry id",
        "story feed URL",
        "story feed URL (json)",
    ],
)
def test_explain_prints_the_story_and_each_version_for_each_story_form(
    hub: Hub, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    story = hub.story_of("portal", SUMMIT_ID)
    ref = {
        "story:ID": f"story:{story.id}",
        "STORY:ID": f"STORY:{story.id}",
        "story/ID": f"story/{story.id}",
        "published entry id": SUMMIT_URL,  # exactly as the feeds' <id> carries it
        "story feed URL": f"{BASE}/stories/{story.id}.atom",
        "story feed URL (json)": f"{BASE}/stories/{story.id}.json?x=1",
    }[form]
    capsys.readouterr()
    assert hub.cli("explain", ref) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"story {story.id}  published as {SUMMIT_URL}  section: politik\n")
    versions = (story.representative, *story.versions)
    for v in versions:
        header = f"article {v.id}  source={v.article.source_id}  guid={v.article.guid}\n"
        assert header in out
        assert out.index(header) > out.index("  versions:")  # after the story's lines
    assert out.count("  why here: ") == len(versions) == 2
    assert "  why here: new story" in out
    assert f"  why here: {story.versions[0].reason}" in out


def test_explain_takes_a_tag_uri(hub: Hub, capsys: pytest.CaptureFixture[str]) -> None:
    story = hub.story_of(AGENCY, AGENCY_ALONE)
    assert story.uid.startswith("tag:feedhub.localhost,2025:story:")
    capsys.readouterr()
    assert hub.cli("explain", story.uid) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"story {story.id}  published as {story.uid}")
    assert out.count("  why here: ") == 1 and f"guid={AGENCY_ALONE}" in out


# --- ids that name nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref",
    [
        "nope",
        "99999",
        "story:99999",
        f"{BASE}/stories/99999.atom",
        "tag:feedhub.localhost,2025:story:000000000000000000000000",
        "https://nowhere.example/a.html",
        "portal:monrose:article:1",
        "monrose:article:1",
        "123456789012345678901234567890",  # beyond any 64-bit id
        "²",  # a digit to str.isdigit(), not to int()
        f"{SUMMIT_URL}#version-99999",
    ],
)
def test_an_unknown_id_is_one_line_naming_the_accepted_forms(
    hub: Hub, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    capsys.readouterr()
    assert hub.cli("explain", ref) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(f"error: no article or story '{ref}'; give an article id")
    for form in ("SOURCE:GUID", "front-matter id", "published entry id", "story:ID", ".atom"):
        assert form in line


def test_a_portal_id_two_portal_sources_have_is_ambiguous(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = shipped_config(tmp_path, monkeypatch, db_url)
    (cfg / "archiv").mkdir()
    shutil.copy(cfg / "portal/politik/2025-08-16-trump-putin-alaska-gipfel.md", cfg / "archiv")
    with (cfg / "sources.toml").open("a", encoding="utf-8") as f:
        f.write('\n[archiv]\nkind = "portal"\npath = "archiv"\n')
    ingest(cfg, "portal", "archiv")
    capsys.readouterr()
    assert main(["explain", "--config", str(cfg), SUMMIT_ID]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: '{SUMMIT_ID}' is the id of more than one portal article")
    assert f"portal:{SUMMIT_ID}" in line and f"archiv:{SUMMIT_ID}" in line
    assert main(["explain", "--config", str(cfg), f"archiv:{SUMMIT_ID}"]) == 0
    assert f"source=archiv  guid={SUMMIT_ID}" in capsys.readouterr().out


# --- split and merge take the same ids ------------------------------------------------------


def test_split_and_merge_by_feed_entry_id_and_story_id(
    hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    story = hub.story_of("portal", SUMMIT_ID)
    copy = hub.article(AGENCY, AGENCY_COPY)
    assert hub.cli("split", f"{SUMMIT_URL}#version-{copy.id}") == 0
    alone = hub.story_of(AGENCY, AGENCY_COPY)
    assert alone.id != story.id and alone.versions == ()
    assert [v.id for v in hub.story_of("portal", SUMMIT_ID).versions] == []

    # ARTICLE as the id of a story of one version: that version; TARGET as a story id
    assert hub.cli("merge", f"story:{alone.id}", f"story:{story.id}") == 0
    assert hub.story_of(AGENCY, AGENCY_COPY).id == story.id
    capsys.readouterr()
    assert hub.cli("explain", f"story/{story.id}") == 0
    assert "  why here: operator merge" in capsys.readouterr().out


def test_split_by_a_portal_id_and_merge_into_a_published_entry_id(hub: Hub) -> None:
    story = hub.story_of("portal", SUMMIT_ID)
    assert hub.cli("split", f"{AGENCY}:{AGENCY_COPY}") == 0
    assert hub.cli("merge", f"{AGENCY}:{AGENCY_COPY}", SUMMIT_URL) == 0
    assert hub.story_of(AGENCY, AGENCY_COPY).id == story.id
    other = hub.story_of(AGENCY, AGENCY_ALONE)
    assert hub.cli("merge", SUMMIT_ID, other.uid) == 0  # the portal article, by its id
    assert hub.story_of("portal", SUMMIT_ID).id == other.id


def test_split_of_a_story_of_several_versions_asks_for_one_article(
    hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    story = hub.story_of("portal", SUMMIT_ID)
    ids = sorted(v.id for v in (story.representative, *story.versions))
    capsys.readouterr()
    assert hub.cli("split", f"story:{story.id}") == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"error: 'story:{story.id}' names story {story.id}, which has 2 versions;"
        f" give one of its articles: {ids[0]}, {ids[1]}"
    )
    assert len(hub.story_of("portal", SUMMIT_ID).versions) == 1  # nothing moved
