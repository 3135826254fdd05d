"""Retention (feedhub.retention): the oldest stories are deleted with everything that
hangs on them, archive pages keep their URLs and entries, the store stays bounded under
a stream, dedup decides against what is left (in this process and in another one), and
a feed that keeps old items does not bring them back."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import feedparser
import httpx
import pytest
import sqlalchemy as sa

from feedhub import feeds
from feedhub import pipeline
from feedhub import retention
from feedhub.config import MIN_RETENTION_DAYS
from feedhub.config import load_settings
from feedhub.db.schema import article_facets
from feedhub.db.schema import article_index
from feedhub.db.schema import article_keys
from feedhub.db.schema import articles
from feedhub.db.schema import feed_offsets
from feedhub.db.schema import stories
from feedhub.db.schema import story_links
from feedhub.dedup import features
from feedhub.dedup.index import KEEP_DAYS
from feedhub.dedup.match import MAX_HOURS_APART
from feedhub.dedup.relate import RELATED_WINDOW_DAYS
from feedhub.errors import ConfigError
from feedhub.models import Article
from feedhub.publish import pages
from feedhub.publish.app import FeedApp
from feedhub.publish.feedinfo import FeedInfo
from feedhub.retention import Retention
from feedhub.runtime import Runtime
from feedhub.runtime import Service
from tests.conftest import configured_source
from tests.conftest import make_article
from tests.conftest import write_config

T0 = datetime(2025, 8, 1, tzinfo=UTC)
SOURCES = (
    '[wire]\nkind = "inbox"\npath = "wire"\nsection = "politik"\ntrust = 80\n'
    '[partner]\nkind = "inbox"\npath = "partner"\nsection = "welt"\n'
)
_rng = random.Random(20251203)
# lower-case pseudo-words: texts share no names (no related stories) and few shingles
VOCABULARY = sorted(
    {
        "".join(_rng.choice("bdfgklmnprstwz") + _rng.choice("aeiou") for _ in range(3))
        for _ in range(4000)
    }
)


def days(n: float, retention_days: float = 0) -> Retention:
    """A retention of `n` days, below the configured minimum (a simulated week)."""
    return Retention(timedelta(days=n), minimum=timedelta(days=retention_days))


def text(rng: random.Random, words: int = 70) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)) + "."


def article(
    rng: random.Random,
    n: int,
    when: datetime,
    *,
    source: str = "wire",
    section: str = "politik",
    tags: tuple[str, ...] = (),
) -> Article:
    return make_article(
        source,
        f"{source}-{n}",
        f"https://{source}.example/a/{n}",
        " ".join(rng.choice(VOCABULARY) for _ in range(5)),
        text(rng),
        published=when,
        section=section,
        categories=tags,
    )


def store(hub: Runtime, a: Article, now: datetime) -> tuple[int, int, int, set[str]]:
    return pipeline.store_articles(hub, configured_source(hub, a.source_id), [a], now)


def open_hub(tmp_path: Path, db_url: str, feed_size: int, extra: str = "") -> Runtime:
    for folder in ("wire", "partner"):
        (tmp_path / "config" / folder).mkdir(parents=True, exist_ok=True)
    cfg = write_config(
        tmp_path, SOURCES, database_url=db_url, extra_service=f"feed_size = {feed_size}\n{extra}"
    )
    return Runtime.open(load_settings(cfg))


@pytest.fixture
def hub(tmp_path: Path, db_url: str) -> Iterator[Runtime]:
    h = open_hub(tmp_path, db_url, 3)
    yield h
    h.close()


def get(hub: Runtime, path: str) -> httpx.Response:
    app = FeedApp(hub.repo, lambda: hub.settings, ttl=0)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8080"
        ) as c:
            return await c.get(path.removeprefix("http://127.0.0.1:8080"))

    return asyncio.run(go())


def chain(hub: Runtime, path: str) -> list[tuple[str, list[str], bytes]]:
    """(URL, entry ids, bytes) of a feed and its archive pages, following prev-archive
    (JSON Feed: next_url) from the subscription feed."""
    out = []
    url: str | None = path
    while url:
        response = get(hub, url)
        assert response.status_code == 200, url
        if url.endswith(".json"):
            doc = json.loads(response.content)
            ids = [item["id"] for item in doc["items"]]
            prev = doc.get("next_url")
        else:
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, parsed.bozo_exception
            ids = [e.id for e in parsed.entries]
            links = parsed.feed.get("links", [])
            prev = next((x.href for x in links if x.rel == "prev-archive"), None)
        out.append((url.removeprefix("http://127.0.0.1:8080"), ids, response.content))
        url = prev
    return out


def counts(hub: Runtime) -> dict[str, int]:
    with hub.repo.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
            for t in (
                stories,
                articles,
                article_keys,
                article_index,
                article_facets,
                story_links,
                feed_offsets,
            )
        }


def offsets(hub: Runtime) -> dict[str, int]:
    with hub.repo.engine.connect() as conn:
        rows = conn.execute(sa.select(feed_offsets.c.feed, feed_offsets.c.pruned))
        return {feed: int(n) for feed, n in rows}


# --- the plan of pages ------------------------------------------------------------------


def test_pages_keep_their_numbers_and_wholly_pruned_ones_are_not_planned() -> None:
    info = FeedInfo("politik", "t", "d", "de", "http://x/")
    plan = pages.page_plan(info, 14, 3, all_archives=True)
    assert [(p.info.page, p.offset, p.info.prev_page) for p in plan] == [
        (None, 9, 2),
        (0, 0, None),
        (1, 3, 0),
        (2, 6, 1),
    ]
    # 7 of 14 pruned: pages 0 and 1 are gone, page 2 (positions 6-8) is the oldest left
    plan = pages.page_plan(info, 14, 3, all_archives=True, pruned=7)
    assert [(p.info.page, p.offset, p.info.prev_page) for p in plan] == [(None, 9, 2), (2, 6, None)]
    # an ordinary publish renders the newest archive pages; after a prune the oldest
    plan = pages.page_plan(info, 30, 3, all_archives=False, pruned=7)
    assert [p.info.page for p in plan] == [None, 7, 8]
    plan = pages.page_plan(info, 30, 3, all_archives=False, pruned=7, oldest=True)
    assert [p.info.page for p in plan] == [None, 2]
    assert plan[1].info.prev_page is None and plan[1].info.next_page == 3
    # everything but the subscription feed's stories pruned: no archive page is left
    plan = pages.page_plan(info, 14, 3, all_archives=True, pruned=12)
    assert [(p.info.page, p.info.prev_page) for p in plan] == [(None, None)]


# --- archive pages across a prune -------------------------------------------------------


def test_archive_pages_keep_their_urls_and_entries_across_a_prune(hub: Runtime) -> None:
    """14 stories, two a day: politik (wire) and welt (partner, every third), tagged
    klima / verkehr by turns; story 0 alone is tagged einmalig. A prune after 6.5 days
    with a retention of 3 days deletes stories 0-6. Every page of every paged feed keeps
    its URL and entries (less those deleted); pages left empty answer 404; the page
    across the cut is the oldest; following prev-archive yields every story left once."""
    rng = random.Random(1)
    ids = []
    for i in range(14):
        when = T0 + timedelta(hours=12 * i)
        tags = ("Klima" if i % 2 == 0 else "Verkehr",) + (("Einmalig",) if i == 0 else ())
        if i % 3 == 2:
            a = article(rng, i, when, source="partner", section="welt", tags=tags)
        else:
            a = article(rng, i, when, tags=tags)
        store(hub, a, when)
        ids.append(hub.repo.story_ids([(a.source_id, a.guid)])[(a.source_id, a.guid)])
    assert counts(hub)["story_links"] == 0  # (no related links: rendering is comparable)
    pipeline.publish_all(hub)
    paths = [
        f"/feeds/{key}.{fmt}"
        for key in ("politik", "welt", "all", "tag/klima", "tag/verkehr", "source/wire")
        for fmt in ("atom", "rss", "json")
    ]
    first_story = f"/stories/{ids[0]}.atom"
    assert get(hub, first_story).status_code == 200  # rendered on demand
    assert get(hub, "/feeds/tag/einmalig.atom").status_code == 200
    before = {path: chain(hub, path) for path in paths}
    uids = {i: s.uid for i in ids if (s := hub.repo.story(i)) is not None}

    now = T0 + timedelta(days=6.5)
    result = retention.prune(hub, now, days(3))
    pruned = {uids[i] for i in ids[:7]}
    assert (result.stories, result.articles, result.more) == (7, 7, False)
    assert result.keys > 0 and result.before == now - timedelta(days=3)
    assert [hub.repo.story(i) is None for i in ids] == [True] * 7 + [False] * 7

    after = {path: chain(hub, path) for path in paths}
    for path in paths:
        old, new = before[path], after[path]
        expected = [(url, [i for i in entries if i not in pruned]) for url, entries, _ in old]
        while expected and not expected[-1][1]:  # pages left empty are gone from the chain
            gone_url = expected.pop()[0]
            assert get(hub, gone_url).status_code == 404, gone_url
        assert [(url, entries) for url, entries, _ in new] == expected, path
        # every page after the oldest one left is the same document, byte for byte
        assert [doc for _, _, doc in new[:-1]] == [doc for _, _, doc in old[: len(new) - 1]]
        left = [i for _, entries, _ in new for i in entries]
        assert len(left) == len(set(left)) and not set(left) & pruned
    assert {i for _, entries, _ in after["/feeds/all.atom"] for i in entries} == {
        uids[i] for i in ids[7:]
    }
    # the page across the cut kept its number: all's positions 6-8 are page 2
    assert [url for url, _, _ in after["/feeds/all.atom"]][-1] == "/feeds/all/archive/2.atom"
    assert get(hub, "/feeds/all/archive/0.atom").status_code == 404
    assert get(hub, first_story).status_code == 404
    assert get(hub, "/feeds/tag/einmalig.atom").status_code == 404
    assert "tag/einmalig" not in offsets(hub)
    assert offsets(hub)["all"] == 7 and offsets(hub)["tag/klima"] == 4

    # rendered again from scratch, every page left is what the prune left served
    served = {path: [doc for _, _, doc in after[path]] for path in paths}
    pipeline.publish_all(hub)
    assert {path: [doc for _, _, doc in chain(hub, path)] for path in paths} == served

    # new stories fill the subscription feed; no page moves
    for i in range(14, 18):
        when = now + timedelta(hours=i - 13)
        store(hub, article(rng, i, when, tags=("Klima",)), when)
    pipeline.publish_sections(hub, ["politik", "tag/klima"])
    again = chain(hub, "/feeds/all.atom")
    assert again[-1] == after["/feeds/all.atom"][-1]  # page 2, as it was
    assert len({i for _, e, _ in again for i in e}) == sum(len(e) for _, e, _ in again) == 11


# --- a stream -----------------------------------------------------------------------------


def test_a_two_week_stream_pruned_daily_keeps_the_store_bounded(tmp_path: Path) -> None:
    """14 simulated days of 12 articles (a quarter of them copies that join their
    original's story; tags of the day and of the week), a retention of 3 days, a prune
    every evening: no table holds more than the last retention + 1 days' rows, the
    oldest pages go, the others stay byte for byte, the chain is whole."""
    per_day, keep_days = 12, 3
    stories_a_day = per_day - per_day // 4  # the others are copies
    hub = open_hub(tmp_path, f"sqlite:///{tmp_path / 'stream.sqlite'}", 5)
    rng = random.Random(2)
    added: list[dict[str, int]] = []
    try:
        for day in range(14):
            before = counts(hub)
            originals: list[Article] = []
            for n in range(per_day):
                when = T0 + timedelta(days=day, hours=6 + n * 12 / per_day)
                tags = (f"Tag {day}", f"Woche {day // 7}")
                if n % 4 == 3:  # a copy of the day's last original, from the partner
                    o = originals[-1]
                    a = make_article(
                        "partner",
                        f"copy-{day}-{n}",
                        f"https://partner.example/c/{day}/{n}",
                        o.title,
                        o.content_text + " weitere einzelheiten folgen.",
                        published=when,
                        section="welt",
                        categories=tags,
                    )
                    _, _, dupes, _ = store(hub, a, when)
                    assert dupes == 1
                else:
                    a = article(rng, day * per_day + n, when, tags=tags)
                    originals.append(a)
                    store(hub, a, when)
                if n % 4 == 3:
                    pipeline.publish_sections(hub, [])  # all (and top)
            grown = counts(hub)
            added.append({t: grown[t] - before[t] for t in grown})
            served = {key: hub.repo.document(key, "atom") for key in hub.repo.document_keys()}
            result = retention.prune(hub, T0 + timedelta(days=day, hours=22), days(keep_days))
            now = counts(hub)
            assert now["articles"] <= (keep_days + 1) * per_day
            for table in ("stories", "articles", "article_keys", "article_index", "article_facets"):
                bound = sum(a[table] for a in added[-(keep_days + 1) :])
                assert now[table] <= bound, (day, table, now[table], bound)
            if day >= keep_days:
                assert result.stories == stories_a_day and result.articles == per_day
                assert now["stories"] == stories_a_day * keep_days
            cut = offsets(hub).get("all", 0)
            assert cut == stories_a_day * max(day - keep_days + 1, 0)
            for key, doc in served.items():
                k = feeds.parse(key)
                if doc is None or k is None or k.feed != "all" or k.page is None:
                    continue
                stored = hub.repo.document(key, "atom")
                if k.page < cut // 5:
                    assert stored is None, key  # wholly pruned
                elif k.page > cut // 5:
                    assert stored is not None and stored.content == doc.content, key
            left = [i for _, entries, _ in chain(hub, "/feeds/all.atom") for i in entries]
            assert len(left) == len(set(left)) == now["stories"]
        # all, politik, welt, the two sources, the weeks: a day's tag goes with its stories
        assert counts(hub)["feed_offsets"] <= 7
    finally:
        hub.close()


# --- dedup after a prune ----------------------------------------------------------------


def test_dedup_after_a_prune_in_this_process_and_in_another(hub: Runtime) -> None:
    """X is pruned, Y kept. A copy of Y joins Y's story; a copy of X starts a story of
    its own, also in a second process that remembered X (its memo and index)."""
    rng = random.Random(3)
    x = article(rng, 1, T0)
    y = article(rng, 2, T0 + timedelta(days=3))
    store(hub, x, T0)
    store(hub, y, T0 + timedelta(days=3))
    for i in range(3, 9):  # newer stories: the newest 2 x feed_size are never pruned
        when = T0 + timedelta(days=3, hours=i)
        store(hub, article(rng, i, when), when)
    found = hub.repo.find_article(f"wire:{x.guid}")
    assert found is not None
    x_id, x_story = found.id, found.story_id
    other = Runtime.open(hub.settings)  # another process, which remembers X
    try:
        with other.dedup.session(T0 + timedelta(days=3)) as ingest:
            assert [k.article_id for k in ingest.candidates.known([x_id])] == [x_id]
            assert x_id in ingest.memo.known and len(ingest.recent) >= 8
        now = T0 + timedelta(days=4, hours=1)
        result = retention.prune(hub, now, days(4))
        assert result.stories == 1 and hub.repo.story(x_story) is None

        # this process forgot X: in its memo and its recent index
        assert hub.dedup.recent is not None and x_id not in hub.dedup.memo.known
        fp = features.fingerprint(x.title, x.content_text)
        bands = features.index_keys(fp)
        lo, hi = T0 - timedelta(days=1), T0 + timedelta(days=1)
        flat = [*bands[features.BODY], *bands[features.LEAD]]
        assert x_id not in hub.dedup.recent.bands(flat, lo, hi, limit=50)

        def copy(of: Article, guid: str, source: str = "partner") -> Article:
            return make_article(
                source,
                guid,
                f"https://{source}.example/{guid}",
                of.title,
                of.content_text + " weitere einzelheiten folgen.",
                published=(of.published or T0) + timedelta(hours=1),
                section="welt",
            )

        # the other process first: it must not attach to the story that went
        new, _, dupes, _ = pipeline.store_articles(
            other, configured_source(other, "partner"), [copy(x, "x-copy-1")], now
        )
        assert (new, dupes) == (1, 0)
        with other.dedup.session(now) as ingest:
            assert x_id not in ingest.memo.known
        copied = hub.repo.find_article("partner:x-copy-1")
        assert copied is not None and copied.story_id != x_story
        assert hub.repo.story(copied.story_id) is not None
        # in this process, a copy of Y joins Y's story; another copy of X joins the new one
        assert store(hub, copy(y, "y-copy"), now)[2] == 1
        assert store(hub, copy(x, "x-copy-2", "wire"), now)[2] == 1
        y_story = hub.repo.story_ids([("wire", y.guid)])[("wire", y.guid)]
        assert hub.repo.story_ids([("partner", "y-copy")])[("partner", "y-copy")] == y_story
        again = hub.repo.find_article("wire:x-copy-2")
        assert again is not None and again.story_id == copied.story_id
    finally:
        other.close()


def test_a_story_still_changing_is_kept_until_twice_the_retention(hub: Runtime) -> None:
    """A story updated on day 5 holds back the stories after it at a prune on day 6
    (retention 3 days), until it first arrived more than twice the retention ago; a
    story that went still changing does not stop its source's entries."""
    rng = random.Random(4)
    first = article(rng, 0, T0)
    store(hub, first, T0)
    for i in range(1, 10):
        when = T0 + timedelta(hours=i)
        store(hub, article(rng, i, when, source="partner"), when)
    edited = replace(first, title=first.title + " aktualisiert", content_hash="edited")
    assert store(hub, edited, T0 + timedelta(days=5))[1] == 1
    assert retention.prune(hub, T0 + timedelta(days=5, hours=23), days(3)).stories == 0
    result = retention.prune(hub, T0 + timedelta(days=6, hours=2), days(3))
    assert result.stories == 4  # the live one and those after it; the newest 6 stay
    states = hub.repo.poll_states(["wire", "partner"])
    assert states["wire"].pruned_through is None  # went still changing: not counted
    assert states["partner"].pruned_through == T0 + timedelta(hours=3)


def test_a_quiet_hub_keeps_its_newest_stories(hub: Runtime) -> None:
    rng = random.Random(5)
    for i in range(10):
        when = T0 + timedelta(hours=i)
        store(hub, article(rng, i, when), when)
    result = retention.prune(hub, T0 + timedelta(days=400), days(30))
    assert result.stories == 4 and counts(hub)["stories"] == 6  # 2 x feed_size kept
    pipeline.publish_all(hub)
    entries = chain(hub, "/feeds/all.atom")
    # positions 6-9 (the subscription feed, whole), and 4-5 of page 1
    assert [len(e) for _, e, _ in entries] == [4, 2]
    assert retention.prune(hub, T0 + timedelta(days=401), days(30)).stories == 0


# --- a feed that keeps old items ----------------------------------------------------------


def write_inbox(folder: Path, items: list[tuple[int, datetime]]) -> None:
    """A feed of these items; its channel changes with every write, so each is read."""
    rng = random.Random(6)
    body = "".join(
        f"<item><title>meldung {n}</title><link>https://wire.example/m/{n}</link>"
        f'<guid isPermaLink="false">m-{n}</guid>'
        f"<pubDate>{when:%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
        f"<description>{text(rng)}</description></item>"
        for n, when in items
    )
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W</title>'
        f"<link>https://wire.example/</link><description>{len(items)}</description>{body}"
        "</channel></rss>",
        encoding="utf-8",
    )


def test_entries_retention_deleted_are_not_taken_again(tmp_path: Path, db_url: str) -> None:
    hub = open_hub(tmp_path, db_url, 1)
    wire = tmp_path / "config" / "wire"
    try:
        old = [(0, T0), (1, T0 + timedelta(hours=1))]
        write_inbox(wire, old)
        pipeline.update_sources(hub, [configured_source(hub, "wire")], T0 + timedelta(hours=2))
        newer = [(2, T0 + timedelta(days=35)), (3, T0 + timedelta(days=35, hours=1))]
        write_inbox(wire, old + newer)
        pipeline.update_sources(hub, [configured_source(hub, "wire")], T0 + timedelta(days=36))
        assert hub.repo.article_count() == 4
        now = T0 + timedelta(days=40)
        assert retention.prune(hub, now, days(MIN_RETENTION_DAYS)).stories == 2
        assert hub.repo.poll_state("wire").pruned_through == T0 + timedelta(hours=1)
        # the document changes (a new item) and is read whole again: the old items stay out
        write_inbox(wire, [*old, *newer, (4, now)])
        [result] = pipeline.update_sources(hub, [configured_source(hub, "wire")], now)
        assert (result.new, hub.repo.article_count()) == (1, 3)
        assert hub.repo.find_article("wire:m-0") is None
    finally:
        hub.close()


# --- configuration and the service --------------------------------------------------------


def test_the_shortest_retention_outlasts_every_window_dedup_looks_back_in(
    tmp_path: Path,
) -> None:
    assert MIN_RETENTION_DAYS > max(KEEP_DAYS, RELATED_WINDOW_DAYS, MAX_HOURS_APART / 24)
    with pytest.raises(ValueError):
        Retention(timedelta(days=MIN_RETENTION_DAYS - 1))
    (tmp_path / "config" / "wire").mkdir(parents=True)
    cfg = write_config(tmp_path, SOURCES.split("[partner]")[0], extra_service='retention = "10d"')
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    [problem] = e.value.problems
    assert "field 'retention'" in problem and "30 days" in problem
    cfg = write_config(
        tmp_path,
        SOURCES.split("[partner]")[0],
        extra_service='retention = "90d"\nretention_every = "2h"',
    )
    svc = load_settings(cfg).service
    assert (svc.retention, svc.retention_every) == (90 * 86400, 7200)
    cfg = write_config(tmp_path, SOURCES.split("[partner]")[0], extra_service="retention = 0")
    assert Retention.of(load_settings(cfg)) is None


def test_the_service_prunes_at_most_once_per_interval(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    hub = open_hub(tmp_path, f"sqlite:///{tmp_path / 's.sqlite'}", 1, 'retention = "30d"')
    rng = random.Random(7)
    try:
        for i in range(5):
            when = T0 + timedelta(hours=i)
            store(hub, article(rng, i, when), when)
        service = Service(str(tmp_path / "config"), hub)
        now = T0 + timedelta(days=31)
        with caplog.at_level(logging.INFO, logger="feedhub.retention"):
            done = service.prune_if_due(now)
        assert done is not None and done.stories == 3
        assert any(r.getMessage().startswith("pruned stories=3 ") for r in caplog.records)
        assert service.prune_if_due(now + timedelta(minutes=59)) is None  # not due yet
        later = service.prune_if_due(now + timedelta(hours=1))
        assert later is not None and later.stories == 0
    finally:
        hub.close()


def test_feedhub_prune_runs_what_the_schedule_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from feedhub.cli import main

    cfg = write_config(tmp_path / "on", "")
    assert main(["prune", "--config", str(cfg)]) == 0
    assert "pruned 0 stories (unchanged since" in capsys.readouterr().out
    off = write_config(tmp_path / "off", "", extra_service="retention = 0")
    assert main(["prune", "--config", str(off)]) == 0
    assert "retention is off" in capsys.readouterr().out
