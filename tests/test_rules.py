"""Filters and topic feeds (feedhub.rules, issue 16): Miniflux-style FIELD=REGEX rules,
global and per source, block and keep; topics as feeds; invalid rules as config problems
naming file, table and field; hostile text cannot make a rule slow."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import feedparser
import httpx
import pytest

from feedhub import pipeline
from feedhub import rules
from feedhub.cli import main
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import make_article
from tests.conftest import write_config

NOW = datetime(2025, 8, 15, 12, tzinfo=UTC)
ITEMS = [
    ("g-1", "Gewinnspiel: Reise nach Rom gewinnen", "Sport", "Redaktion"),
    ("k-1", "Kiew meldet neue Angriffe im Osten", "Politik", "Anna Müller"),
    ("h-1", "Hafen in Bremen wird ausgebaut", "Wirtschaft", "Bert Ruf"),
    ("u-1", "Ukraine: Gespräche über Waffenruhe", "Politik", "Anna Müller"),
]


def write(folder: Path, items: list[tuple[str, str, str, str]]) -> None:
    body = "".join(
        f"<item><title>{title}</title><link>https://w.example/{guid}</link>"
        f'<guid isPermaLink="false">{guid}</guid><category>{tag}</category>'
        f"<dc:creator>{author}</dc:creator>"
        f"<pubDate>{format_datetime(NOW, usegmt=True)}</pubDate>"
        f"<description>{title}. Ein Bericht mit {len(title)} Zeichen und"
        f" vielen weiteren Einzelheiten zu {guid}.</description></item>"
        for guid, title, tag, author in items
    )
    (folder / "w.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>W</title>'
        f"<link>https://w.example/</link><description>d</description>{body}</channel></rss>",
        encoding="utf-8",
    )


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Runtime]:
    folder = tmp_path / "config" / "wire"
    folder.mkdir(parents=True)
    write(folder, ITEMS)
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n'
        'block = ["EntryTag=(?i)^wirtschaft$"]\n',
        extra_service=(
            '\n[filters]\nblock = ["EntryTitle=(?i)gewinnspiel"]\n'
            '\n[topics.ukraine]\ntitle = "Krieg in der Ukraine"\n'
            'match = ["EntryTitle=(?i)\\\\bukraine\\\\b", "EntryContent=(?i)\\\\bkiew\\\\b"]\n'
        ),
    )
    h = Runtime.open(load_settings(cfg))
    yield h
    h.close()


def get(hub: Runtime, path: str) -> httpx.Response:
    app = FeedApp(hub.repo, lambda: hub.settings, ttl=0)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8080") as c:
            return await c.get(path)

    return asyncio.run(go())


def test_global_and_source_block_rules_keep_entries_out(hub: Runtime) -> None:
    [result] = pipeline.update_sources(hub, list(hub.settings.sources), NOW)
    assert (result.new, result.filtered) == (2, 2)
    doc = hub.repo.document("politik", "atom")
    assert doc is not None
    titles = sorted(e.title for e in feedparser.parse(doc.content).entries)
    assert titles == ["Kiew meldet neue Angriffe im Osten", "Ukraine: Gespräche über Waffenruhe"]


def test_a_topic_feed_holds_the_articles_its_rules_match(hub: Runtime) -> None:
    pipeline.update_sources(hub, list(hub.settings.sources), NOW)
    response = get(hub, "/feeds/topic/ukraine.atom")
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.feed.title == "Testportal – Krieg in der Ukraine"
    assert sorted(e.title for e in parsed.entries) == [
        "Kiew meldet neue Angriffe im Osten",
        "Ukraine: Gespräche über Waffenruhe",
    ]
    assert get(hub, "/feeds/topic/sport.atom").status_code == 404


def test_keep_rules_store_only_what_matches(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "wire"
    folder.mkdir(parents=True)
    write(folder, ITEMS)
    cfg = write_config(
        tmp_path,
        '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\n'
        'keep = ["EntryAuthor=^Anna Müller$"]\n',
    )
    h = Runtime.open(load_settings(cfg))
    try:
        [result] = pipeline.update_sources(h, list(h.settings.sources), NOW)
        assert (result.new, result.filtered) == (2, 2)
    finally:
        h.close()


def test_explain_names_each_rule_and_the_topics(
    hub: Runtime, capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline.update_sources(hub, list(hub.settings.sources), NOW)
    assert main(["explain", "--config", hub.settings.config_dir, "wire:k-1"]) == 0
    out = capsys.readouterr().out
    assert "block EntryTitle=(?i)gewinnspiel: no match" in out
    assert "block EntryTag=(?i)^wirtschaft$: no match" in out
    assert "topics: ukraine" in out


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ("EntryTitel=x", "FIELD one of EntryTitle"),
        ("EntryTitle", "FIELD one of"),
        ("EntryTitle=(a)\\\\1", "not a valid RE2 regular expression"),
        ("EntryTitle=(?<=a)b", "not a valid RE2 regular expression"),
        ("EntryTitle=", "1 to 1000 characters"),
    ],
)
def test_an_invalid_rule_is_a_config_problem_naming_file_table_and_field(
    tmp_path: Path, rule: str, problem: str
) -> None:
    cfg = write_config(
        tmp_path, f'[wire]\nkind = "inbox"\npath = "wire"\nblock = ["EntryTitle=ok", "{rule}"]\n'
    )
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    text = str(e.value)
    assert "sources.toml" in text and "[wire]" in text and "block" in text
    assert problem in text


def test_a_topic_without_rules_or_with_a_bad_slug_is_refused(tmp_path: Path) -> None:
    cfg = write_config(
        tmp_path,
        "",
        extra_service='\n[topics.Ukraine]\ntitle = "U"\nmatch = ["EntryTitle=u"]\n'
        '\n[topics.leer]\ntitle = "L"\nmatch = []\n',
    )
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    text = str(e.value)
    assert "[topics.Ukraine]" in text and "[topics.leer] field 'match'" in text


def test_a_rule_takes_linear_time_on_hostile_text() -> None:
    """The classic catastrophic pattern (a+)+$ against 'aaaa...b': exponential for a
    backtracking engine (Python's re takes years at 100 characters), linear in RE2."""
    rule = rules.parse("EntryTitle=(a+)+$")
    article = make_article("s", "g", "https://x.example/", "a" * 100_000 + "b", "text")
    assert rules.matches(rule, article) is False
