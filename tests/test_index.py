"""The in-memory recent index (dedup.index): its own answers, that they are the database's
answers, and that several processes sharing one database see each other's keys."""

from __future__ import annotations

import random
import sqlite3
import threading
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.dedup import features
from feedhub.dedup import index as dedup_index
from feedhub.dedup import match
from feedhub.dedup.candidates import Candidates
from feedhub.dedup.features import BODY
from feedhub.dedup.features import LEAD
from feedhub.dedup.features import LINK
from feedhub.dedup.features import TERM
from feedhub.dedup.index import COMMON_TERM_MIN
from feedhub.dedup.index import COMMON_TERM_SHARE
from feedhub.dedup.index import KEEP_DAYS
from feedhub.dedup.index import RecentIndex
from feedhub.dedup.ingest import MAX_GROUP
from feedhub.dedup.ingest import Ingest
from feedhub.dedup.ingest import IngestResult
from feedhub.dedup.ingest import Origin
from feedhub.dedup.memory import Fingerprints
from feedhub.dedup.memory import Memo
from feedhub.models import Article
from feedhub.models import KeyRow
from feedhub.models import day_number
from feedhub.runtime import Runtime
from tests.conftest import configured_source
from tests.conftest import make_article
from tests.conftest import write_config

T0 = datetime(2025, 8, 16, 6, tzinfo=UTC)


def _rows(
    article_id: int, published: datetime, keys: dict[int, list[int]], lang: str = "de"
) -> list[KeyRow]:
    return [KeyRow(article_id, published, lang, keys)]


# the index on its own


def test_terms_are_counted_per_article_and_ordered_most_shared_first() -> None:
    index = RecentIndex(T0 - timedelta(days=3))
    index.add(_rows(1, T0, {TERM: [10, 11, 12]}))
    index.add(_rows(2, T0, {TERM: [10, 11]}))
    index.add(_rows(3, T0, {TERM: [10]}))
    lo, hi = T0 - timedelta(days=1), T0 + timedelta(days=1)
    assert index.terms([10, 11, 12], lo, hi, 1, other_language=None, limit=10) == [1, 2, 3]
    assert index.terms([10, 11, 12], lo, hi, 2, other_language=None, limit=10) == [1, 2]
    assert index.terms([10, 11, 12], lo, hi, 1, other_language=None, limit=2) == [1, 2]
    # band keys and name terms are separate postings
    assert index.bands([10, 11], lo, hi, limit=10) == []


def test_a_name_in_more_than_a_share_of_the_indexed_articles_is_common() -> None:
    index = RecentIndex(T0 - timedelta(days=KEEP_DAYS))
    for i in range(1, 401):  # 400 articles over four days
        names = [7] + ([10] if i % 2 else []) + ([11] if i % 5 == 0 else [])
        index.add_article(i, T0 + timedelta(hours=i % 96), "de", {TERM: names})
    assert len(index) == 400
    # 400 name 7, 200 name 10: common; 80 name 11 is more than 1% but fewer than 100
    assert index.common(7) and index.common(10)
    assert not index.common(11) and not index.common(12)
    for i in range(1, 200, 2):
        index.remove(i)  # 100 of name 10 left, of 300: still common, just
    assert index.common(10)
    index.remove(201)
    assert not index.common(10)
    # forgetting the days forgets their names
    index.forget_before(T0 + timedelta(days=KEEP_DAYS + 5))
    assert not index.common(7) and len(index) == 0


def test_a_key_shared_by_one_two_and_again_one_article_is_found_each_time() -> None:
    index = RecentIndex(T0 - timedelta(days=3))
    lo, hi = T0 - timedelta(days=1), T0 + timedelta(days=1)
    index.add(_rows(1, T0, {BODY: [5], TERM: [9, 8]}))
    assert index.bands([5], lo, hi, limit=9) == [1]
    index.add(_rows(2, T0, {BODY: [5], TERM: [9, 8]}))
    assert index.bands([5], lo, hi, limit=9) == [1, 2]
    assert index.terms([9, 8], lo, hi, 2, other_language=None, limit=9) == [1, 2]
    index.remove(1)
    assert index.bands([5], lo, hi, limit=9) == [2]
    index.add(_rows(3, T0, {BODY: [5]}))
    assert index.bands([5], lo, hi, limit=9) == [2, 3]
    index.remove(2)
    index.remove(3)
    index.remove(3)  # (twice: nothing left to remove)
    assert index.bands([5], lo, hi, limit=9) == []
    assert index.terms([9, 8], lo, hi, 1, other_language=None, limit=9) == []


def test_lookups_stay_inside_their_window_to_the_second() -> None:
    index = RecentIndex(T0 - timedelta(days=3))
    index.add(_rows(1, T0, {BODY: [5]}))
    index.add(_rows(2, T0 + timedelta(hours=30), {BODY: [5]}))
    index.add(_rows(3, T0 - timedelta(days=2), {BODY: [5]}))
    assert index.bands([5], T0, T0 + timedelta(hours=30), limit=9) == [1, 2]
    assert index.bands([5], T0 + timedelta(seconds=1), T0 + timedelta(hours=29), limit=9) == []
    assert index.bands([5], T0 - timedelta(days=3), T0, limit=9) == [1, 3]


def test_other_language_leaves_out_articles_in_the_given_language() -> None:
    index = RecentIndex(T0 - timedelta(days=3))
    index.add(_rows(1, T0, {TERM: [1, 2, 3]}, "de"))
    index.add(_rows(2, T0, {TERM: [1, 2, 3]}, "en-US"))  # kept as its primary language
    lo, hi = T0 - timedelta(hours=1), T0 + timedelta(hours=1)
    assert index.terms([1, 2, 3], lo, hi, 3, other_language="de", limit=9) == [2]
    assert index.terms([1, 2, 3], lo, hi, 3, other_language="en", limit=9) == [1]


def test_an_updated_article_replaces_its_keys() -> None:
    index = RecentIndex(T0 - timedelta(days=3))
    index.add(_rows(1, T0, {BODY: [5, 6], TERM: [7]}))
    index.add(_rows(1, T0, {BODY: [8]}))  # an update rewrites all of its keys
    lo, hi = T0 - timedelta(hours=1), T0 + timedelta(hours=1)
    assert index.bands([5, 6], lo, hi, limit=9) == []
    assert index.terms([7], lo, hi, 1, other_language=None, limit=9) == []
    assert index.bands([8], lo, hi, limit=9) == [1]
    assert len(index) == 1


def test_link_keys_and_articles_before_the_start_stay_in_the_database() -> None:
    index = RecentIndex(T0)
    index.add(_rows(1, T0, {LINK: [5]}))
    index.add(_rows(2, T0 - timedelta(days=1), {BODY: [5]}))
    assert len(index) == 0
    midnight = T0.replace(hour=0)  # the index starts at a day's start
    assert index.start == midnight
    assert index.covers(midnight) and not index.covers(midnight - timedelta(seconds=1))


def test_old_days_are_forgotten_and_the_start_only_moves_on() -> None:
    index = RecentIndex(T0 - timedelta(days=30))
    for day in range(30):
        index.add(_rows(day + 1, T0 - timedelta(days=day), {LEAD: [99]}))
    index.forget_before(T0)
    start = T0.replace(hour=0) - timedelta(days=KEEP_DAYS)
    assert index.start == start
    found = index.bands([99], start, T0, limit=99)
    assert found == list(range(1, KEEP_DAYS + 2))  # today and KEEP_DAYS days before
    index.forget_before(T0 - timedelta(days=5))
    assert index.start == start
    with pytest.raises(AssertionError):
        index.bands([99], start - timedelta(days=1), T0, limit=9)


class _Log:
    """A KeyLog of given rows (dedup.lookup.KeyLog), counting the day ranges asked."""

    def __init__(self, rows: list[KeyRow]) -> None:
        self.rows = rows
        self.asked: list[tuple[int, int]] = []

    def key_rows(
        self, *, since_day: int | None = None, after: int = 0, days: tuple[int, int] | None = None
    ) -> list[KeyRow]:
        assert days is not None
        self.asked.append(days)
        return [r for r in self.rows if days[0] <= day_number(r.published) <= days[1]]

    def any_key_before(self, day: int) -> bool:
        return True

    def last_key(self) -> int:
        return 0


def test_older_days_are_loaded_for_band_lookups_and_dropped_least_recently_used() -> None:
    index = RecentIndex(T0)  # starts at T0's day: a restarted process's index
    rows = [
        KeyRow(d, T0 - timedelta(days=d), "de", {BODY: [5, d + 100], TERM: [7]})
        for d in range(1, 41)
    ]
    log = _Log(rows)
    lo, hi = T0 - timedelta(days=3, hours=1), T0 - timedelta(days=1)
    with pytest.raises(AssertionError):
        index.bands([5], lo, hi, limit=9)  # not loaded
    index.load_days(log, lo, hi)
    assert index.bands([5], lo, hi, limit=9) == [1, 2, 3]
    assert log.asked == [(day_number(lo), day_number(T0) - 1)]
    index.load_days(log, lo, hi)  # loaded: nothing read again
    assert len(log.asked) == 1
    assert len(index) == 3 and not index.common(7)  # older days are not counted
    with pytest.raises(AssertionError):  # names before the start: the store's
        index.terms([7], lo, hi, 1, other_language=None, limit=9)
    # a backfill going back in time: only COLD_DAYS days stay loaded
    for d in range(4, 41):
        when = T0 - timedelta(days=d)
        index.load_days(log, when, when)
        assert index.bands([d + 100], when - timedelta(hours=1), when, limit=9) == [d]
    assert len(index) == dedup_index.COLD_DAYS
    with pytest.raises(AssertionError):  # dropped again...
        index.bands([5], T0 - timedelta(days=3), T0, limit=9)
    index.load_days(log, T0 - timedelta(days=3), T0)
    assert index.bands([5], T0 - timedelta(days=3), T0, limit=9) == [1, 2, 3]  # ...and read


def test_days_are_forgotten_once_a_day_so_a_backfill_stays_until_tomorrow() -> None:
    index = RecentIndex(T0 - timedelta(days=40), today=T0)
    index.add(_rows(1, T0 - timedelta(days=30), {BODY: [5]}))  # a month-old item, today
    index.forget_before(T0 + timedelta(hours=12))  # the same UTC day: nothing goes
    assert index.covers(T0 - timedelta(days=31)) and len(index) == 1
    index.forget_before(T0 + timedelta(days=1))  # the next day
    assert not index.covers(T0 - timedelta(days=30)) and len(index) == 0


# the index against a brute-force search over its articles


class _Reference:
    """What the index answers, by looking at every indexed article (a plain dict)."""

    def __init__(self, start: datetime, today: datetime) -> None:
        self.start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        self.today = day_number(today)
        # article id -> publication, primary language, band keys (a key both a BODY and
        # a LEAD key counts twice, as the store's band query counts it), name terms
        self.articles: dict[int, tuple[datetime, str, Counter[int], set[int]]] = {}

    def add_article(
        self, article_id: int, published: datetime, language: str, keys: dict[int, list[int]]
    ) -> None:
        bands = Counter(set(keys.get(BODY, []))) + Counter(set(keys.get(LEAD, [])))
        terms = set(keys.get(TERM, []))
        if published >= self.start and (bands or terms):
            self.articles[article_id] = (published, language.split("-")[0], bands, terms)

    def remove(self, article_id: int) -> None:
        self.articles.pop(article_id, None)

    def forget_before(self, when: datetime) -> None:
        if day_number(when) <= self.today:
            return
        self.today = day_number(when)
        start = when.replace(hour=0, minute=0, second=0) - timedelta(days=KEEP_DAYS)
        if start > self.start:
            self.start = start
            self.articles = {a: v for a, v in self.articles.items() if v[0] >= start}

    def lookup(
        self,
        keys: list[int],
        lo: datetime,
        hi: datetime,
        min_shared: int,
        other_language: str | None,
        limit: int,
        *,
        bands: bool,
    ) -> list[int]:
        asked = set(keys)
        found = []
        for article_id, (published, language, band_keys, terms) in self.articles.items():
            if not lo <= published <= hi:
                continue
            if bands:
                shared = sum(band_keys[k] for k in asked)
            elif language == other_language:
                continue
            else:
                shared = len(terms & asked)
            if shared and shared >= min_shared:
                found.append((-shared, article_id))
        return [article_id for _, article_id in sorted(found)[:limit]]

    def common(self, term: int, common_min: int) -> bool:
        naming = sum(term in terms for _, _, _, terms in self.articles.values())
        return naming >= common_min and naming > COMMON_TERM_SHARE * len(self.articles)


@pytest.mark.parametrize("merge_at", [1, 50, 10**9])
def test_the_index_answers_as_a_search_over_all_its_articles(
    monkeypatch: pytest.MonkeyPatch, merge_at: int
) -> None:
    """Random additions, updates, removals and forgotten days, each followed by lookups:
    the index (its postings sorted into arrays after every article, now and then, or
    never) answers as the brute force does: the same ids, in the same order."""
    monkeypatch.setattr(dedup_index, "MERGE_AT", merge_at)
    monkeypatch.setattr(dedup_index, "COMMON_TERM_MIN", 3)  # names common in a small index
    rng = random.Random(merge_at)
    now = T0
    index = RecentIndex(now - timedelta(days=16), today=now)
    reference = _Reference(now - timedelta(days=16), now)
    # ids and keys from small pools, so that articles share keys and ids come back; some
    # ids beyond 32 bits, keys at the ends of the 64-bit range
    ids = [*range(1, 150), *(2**31 + i for i in range(20)), *(2**40 + i for i in range(20))]
    bands = [*range(-30, 90), 2**63 - 1, -(2**63), *(rng.getrandbits(62) for _ in range(60))]
    terms = [*range(1000, 1040), 2**63 - 1, *(rng.getrandbits(62) for _ in range(20))]
    languages = ["de", "de-AT", "en", "en-US", "fr"]

    def some(pool: list[int], most: int) -> list[int]:
        return [rng.choice(pool) for _ in range(rng.randrange(most + 1))]

    def article() -> tuple[int, datetime, str, dict[int, list[int]]]:
        published = max(index.start, now - timedelta(days=14)) + timedelta(
            minutes=rng.randrange(16 * 24 * 60)
        )
        keys = {BODY: some(bands, 8), LEAD: some(bands, 3), TERM: some(terms, 10)}
        if rng.random() < 0.05:
            published = index.start - timedelta(minutes=rng.randrange(1, 3000))
        return rng.choice(ids), published, rng.choice(languages), keys

    answered = 0
    for _ in range(2500):
        step = rng.random()
        if step < 0.35:
            article_id, published, language, keys = article()
            index.add_article(article_id, published, language, keys)
            reference.add_article(article_id, published, language, keys)
        elif step < 0.45:  # an update, by hand or as rows from the database
            article_id, published, language, keys = article()
            reference.remove(article_id)
            reference.add_article(article_id, published, language, keys)
            rows = [KeyRow(article_id, published, language, keys)]
            if rng.random() < 0.5:
                index.add(rows)  # as read from the database: replaces the article
            else:
                index.remove(article_id)
                index.add_article(article_id, published, language, keys)
        elif step < 0.55:
            article_id = rng.choice(ids)
            index.remove(article_id)
            reference.remove(article_id)
        elif step < 0.57:
            now += timedelta(hours=rng.randrange(1, 40))
            index.forget_before(now)
            reference.forget_before(now)
            assert index.start == reference.start
        else:
            lo = index.start + timedelta(minutes=rng.randrange(17 * 24 * 60))
            hi = lo + timedelta(minutes=rng.randrange(6 * 24 * 60))
            limit = rng.randrange(1, 12)
            asked_keys = some(bands if step < 0.75 else terms, 30) + [rng.getrandbits(62)]
            if rng.random() < 0.05:
                asked_keys.append(2**64)  # no article has it
            if step < 0.75:
                got = index.bands(asked_keys, lo, hi, limit=limit)
                expected = reference.lookup(asked_keys, lo, hi, 1, None, limit, bands=True)
            else:
                min_shared = rng.randrange(4)
                other = rng.choice([None, "de", "en", "fr", "it", "en-US"])
                got = index.terms(asked_keys, lo, hi, min_shared, other_language=other, limit=limit)
                expected = reference.lookup(
                    asked_keys, lo, hi, min_shared, other, limit, bands=False
                )
            assert got == expected
            answered += bool(got)
            assert len(index) == len(reference.articles)
            term = rng.choice(terms)
            assert index.common(term) == reference.common(term, 3)
    assert answered > 300  # the lookups found something


def test_an_article_costs_under_2000_bytes_of_memory() -> None:
    """28 band keys and 30 name terms (of 5,000 names): measured ~1,000 bytes an article
    with 4,000 (a dict of postings and each article's keys took over 6,000)."""
    rng = random.Random(1)
    index = RecentIndex(T0 - timedelta(days=KEEP_DAYS))
    n = 4000
    tracemalloc.start()
    try:
        for i in range(n):
            keys = {
                BODY: [rng.getrandbits(62) for _ in range(20)],
                LEAD: [rng.getrandbits(62) for _ in range(8)],
                TERM: [rng.randrange(5000) * 7919 + 10**12 for _ in range(30)],
            }
            when = T0 - timedelta(minutes=rng.randrange(KEEP_DAYS * 24 * 60))
            index.add_article(10**7 + i, when, "de", keys)
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(index) == n
    assert used / n < 2000, f"{used / n:.0f} bytes an article"


# the index against the database

SOURCES = """
[wire]
kind = "inbox"
path = "wire"

[partner]
kind = "inbox"
path = "partner"
"""

NAMES = "Merz Scholz Habeck Lindner Baerbock Pistorius Faeser Lauterbach Wissing Heil".split()
WORDS = (
    "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es "
    "an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen "
    "Regierung Haushalt Bundestag Gesetz Entwurf Kritik Opposition Wahl Umfrage Reform"
).split()


@pytest.fixture
def hub(tmp_path: Path, db_url: str) -> Iterator[Runtime]:
    for folder in ("wire", "partner"):
        (tmp_path / "config" / folder).mkdir(parents=True)
    h = Runtime.open(load_settings(write_config(tmp_path, SOURCES, database_url=db_url)))
    yield h
    h.close()


def _stream(n: int, days: int = 6, seed: int = 7) -> list[Article]:
    """n articles over `days` days: texts sharing names and words, a third of them
    edited copies of an earlier one (a few hours later, another source)."""
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        when = T0 + timedelta(hours=i * days * 24 / n)
        if out and rng.random() < 0.33:
            original = rng.choice(out[-10:])
            sentences = original.content_text.split(". ")
            text = ". ".join(sentences[: max(2, len(sentences) - 1)]) + ". Mehr folgt."
            title = original.title + " (Update)"
        else:
            names = rng.sample(NAMES, 4)
            sentences = [" ".join([rng.choice(names), *rng.choices(WORDS, k=12)]) for _ in range(6)]
            text = ". ".join(sentences) + "."
            title = " ".join(rng.sample(names, 2) + rng.choices(WORDS[40:], k=3))
        source = "wire" if i % 2 else "partner"
        out.append(make_article(source, f"g{i}", f"https://{source}.example/a/{i}", title, text))
        out[-1] = replace(out[-1], published=when)
    return out


def _lookups(found: Candidates, article: Article) -> tuple[object, ...]:
    fp = features.fingerprint(article.title, article.content_text)
    keys = features.index_keys(fp)
    when = article.published or T0
    hits = found.hits(article, fp, keys, when=when)
    related = found.related(
        keys[TERM],
        when - timedelta(days=10),
        when + timedelta(days=10),
        exclude_story=-1,
        min_shared=2,
    )
    return (
        sorted(k.article_id for k in hits.near),
        sorted(k.article_id for k in related),
    )


def test_the_recent_index_answers_what_the_database_answers(hub: Runtime) -> None:
    stream = _stream(160, days=4)
    for article in stream[:100]:
        assert article.published is not None
        pipeline.store_articles(
            hub, configured_source(hub, article.source_id), [article], article.published
        )
    later = stream[100].published
    assert later is not None
    asked = 0
    with hub.dedup.session(later) as ingest:
        assert len(ingest.recent) > 0
        # the same lookups, answered by the store: an index that covers nothing
        in_database = Candidates(
            ingest.store, RecentIndex(later + timedelta(days=999)), Memo(), Fingerprints()
        )
        for article in stream[100:]:
            assert article.published is not None
            assert ingest.recent.covers(article.published - timedelta(days=10))
            probe = replace(article, guid="probe", url=None, canonical_url=None)
            # a short item is also looked up by its names in its own language
            short = replace(probe, content_text=probe.content_text.split(". ")[0])
            assert features.is_short(features.fingerprint(short.title, short.content_text))
            for p in (probe, short):
                from_memory = _lookups(ingest.candidates, p)
                assert from_memory == _lookups(in_database, p)
                asked += bool(from_memory[0] or from_memory[1])
    assert asked > 80  # the probes did find candidates


def test_processes_sharing_a_database_see_each_others_keys(hub: Runtime, tmp_path: Path) -> None:
    stream = _stream(60)
    originals = [a for a in stream if "(Update)" not in a.title]
    other = Runtime.open(hub.settings)  # a second worker process's repository
    try:
        first, second = originals[0], replace(originals[1], source_id="partner")
        pipeline.store_articles(
            other, configured_source(other, "wire"), [replace(first, source_id="wire")], T0
        )
        # the first process stores an article after the other loaded its index
        pipeline.store_articles(hub, configured_source(hub, "partner"), [second], T0)
        copy = make_article(
            "wire",
            "copy",
            "https://wire.example/copy",
            "Eilmeldung: " + second.title,
            second.content_text + " Weitere Details folgen.",
            published=second.published,
        )
        new, _, dupes, _ = pipeline.store_articles(
            other, configured_source(other, "wire"), [copy], T0
        )
        assert (new, dupes) == (0, 1)
        key = ("partner", second.guid)
        assert (
            other.repo.story_ids([("wire", "copy")])[("wire", "copy")]
            == (hub.repo.story_ids([key])[key])
        )
    finally:
        other.close()


def test_a_new_store_is_all_in_memory_and_an_old_one_from_keep_days_back(
    hub: Runtime,
) -> None:
    old = _stream(3)
    now = T0 + timedelta(days=60)
    # a first pass over feeds reaching back two months: an empty store has nothing the
    # index would not hold, so lookups that far back are answered in memory
    with hub.dedup.session(now) as ingest:
        assert ingest.recent.covers(T0 - timedelta(days=30))
    pipeline.store_articles(hub, configured_source(hub, "wire"), old, now)
    with hub.dedup.session(now) as ingest:
        found = ingest.recent.bands(
            features.index_keys(features.fingerprint(old[0].title, old[0].content_text))[BODY],
            T0 - timedelta(days=1),
            T0 + timedelta(days=1),
            limit=9,
        )
        assert found  # the old article is in the index
    # a process starting on that store (a restart) holds KEEP_DAYS only: the older keys
    # are in the database, not in its index
    other = Runtime.open(hub.settings)
    try:
        with other.dedup.session(now) as ingest:
            assert not ingest.recent.covers(T0)
            assert ingest.recent.covers(now - timedelta(days=KEEP_DAYS))
    finally:
        other.close()


def test_a_restarted_process_finds_the_copy_of_an_article_older_than_its_index(
    hub: Runtime,
) -> None:
    old = [replace(a, source_id="wire") for a in _stream(3)]
    now = T0 + timedelta(days=60)
    pipeline.store_articles(hub, configured_source(hub, "wire"), old, now)
    original = old[0]
    copy = make_article(
        "partner",
        "copy",
        "https://partner.example/copy",
        "Eilmeldung: " + original.title,
        original.content_text + " Weitere Details folgen.",
        published=original.published,
    )
    other = Runtime.open(hub.settings)  # a restart: its index starts KEEP_DAYS back
    try:
        new, _, dupes, _ = pipeline.store_articles(
            other, configured_source(other, "partner"), [copy], now
        )
        assert (new, dupes) == (0, 1)
        key = ("wire", original.guid)
        found = other.repo.story_ids([key, ("partner", "copy")])
        assert found[key] == found[("partner", "copy")]
    finally:
        other.close()


def test_entries_a_feed_repeats_unchanged_are_not_fingerprinted_again(
    hub: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    wire = configured_source(hub, "wire")
    feed = [replace(a, source_id="wire") for a in _stream(12)]
    new, _, dupes, _ = pipeline.store_articles(hub, wire, feed, T0)
    assert new + dupes == 12
    fingerprinted: list[str] = []
    real = features.fingerprint

    def counting(title: str, text: str, summary: str = "") -> features.Fingerprint:
        fingerprinted.append(title)
        return real(title, text, summary)

    monkeypatch.setattr(features, "fingerprint", counting)
    edited = replace(feed[5], title=feed[5].title + " (korrigiert)")
    again = [*feed[:5], edited, *feed[6:]]
    assert pipeline.store_articles(hub, wire, again, T0)[:3] == (0, 1, 0)  # one update, nothing new
    assert edited.title in fingerprinted
    assert not {a.title for a in again if a is not edited} & set(fingerprinted)


def test_migration_0007_gives_every_stored_key_its_day(hub: Runtime) -> None:
    import sqlalchemy as sa
    from alembic import command

    from feedhub.db.migrate import alembic_config
    from feedhub.db.schema import article_keys
    from feedhub.dedup.index import day_number

    stream = _stream(20, days=5)
    pipeline.store_articles(
        hub, configured_source(hub, "wire"), [replace(a, source_id="wire") for a in stream], T0
    )
    engine = hub.repo.engine
    command.downgrade(alembic_config(engine), "0006")  # a store written before the column
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(article_keys.c.kind, article_keys.c.published, article_keys.c.day)
        ).all()
    assert len({r.day for r in rows if r.kind != LINK}) >= 5
    for r in rows:
        assert r.day == (0 if r.kind == LINK else day_number(r.published))


def test_a_failed_ingest_leaves_no_keys_behind(hub: Runtime) -> None:
    article = _stream(1)[0]
    wire = configured_source(hub, "wire")
    with pytest.raises(RuntimeError), hub.dedup.session(T0) as ingest:
        fp = features.fingerprint(article.title, article.content_text)
        keys = features.index_keys(fp)
        ingest.apply(
            replace(article, source_id="wire"),
            match.decide(
                article,
                fp,
                ingest.candidates.hits(article, fp, keys, when=T0),
                ingest.candidates.fingerprint,
                mergeable=True,
                now=T0,
            ),
            Origin("wire", rank=50, mergeable=True, own=False, authority="x,2025"),
            now=T0,
            keys=keys,
        )
        raise RuntimeError("the source update failed half-way")
    # nothing of it is stored, and the index does not remember it either (it would
    # offer a candidate that does not exist, or on SQLite whatever reuses its id)
    assert hub.repo.article_count() == 0
    with hub.dedup.session(T0) as ingest:
        assert len(ingest.recent) == 0
    new, _, _, _ = pipeline.store_articles(hub, wire, [replace(article, source_id="wire")], T0)
    assert new == 1


def test_remembered_articles_are_forgotten_when_another_process_moves_one(
    hub: Runtime,
) -> None:
    wire = configured_source(hub, "wire")
    first = replace(_stream(1)[0], source_id="wire")
    pipeline.store_articles(hub, wire, [first], T0)
    stored = hub.repo.find_article(f"wire:{first.guid}")
    assert stored is not None
    other = Runtime.open(hub.settings)  # a second process: `feedhub split`
    try:
        with hub.dedup.session(T0) as ingest:
            assert [k.story_id for k in ingest.candidates.known([stored.id])] == [stored.story_id]
            assert stored.id in ingest.memo.known
        moved_to = other.dedup.move_article(stored, to_story=None, new_uid="split-1", now=T0)
        assert moved_to != stored.story_id
        with hub.dedup.session(T0) as ingest:
            assert [k.story_id for k in ingest.candidates.known([stored.id])] == [moved_to]
    finally:
        other.close()


def test_another_process_makes_this_one_forget_only_the_articles_it_changed(
    hub: Runtime,
) -> None:
    wire = configured_source(hub, "wire")
    a, b = (replace(x, source_id="wire") for x in _stream(2))
    pipeline.store_articles(hub, wire, [a, b], T0)
    stored_a, stored_b = (
        hub.repo.find_article(f"wire:{a.guid}"),
        hub.repo.find_article(f"wire:{b.guid}"),
    )
    assert stored_a is not None and stored_b is not None
    with hub.dedup.session(T0) as ingest:
        ingest.candidates.known([stored_a.id, stored_b.id])
    other = Runtime.open(hub.settings)  # a second worker process
    try:
        edited = replace(b, title=b.title + " (aktualisiert)", content_hash="edited")
        assert pipeline.store_articles(other, configured_source(other, "wire"), [edited], T0)[1]
        with hub.dedup.session(T0) as ingest:
            assert stored_a.id in ingest.memo.known  # not changed: still remembered
            assert stored_b.id not in ingest.memo.known
            assert [k.title for k in ingest.candidates.known([stored_b.id])] == [edited.title]
    finally:
        other.close()


def test_the_list_of_changes_is_kept_for_changes_kept_epochs(
    hub: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from feedhub.db import ingest as db_ingest
    from feedhub.db.schema import ingest_changes

    monkeypatch.setattr(db_ingest, "CHANGES_KEPT", 3)
    monkeypatch.setattr(db_ingest, "PRUNE_EVERY", 1)
    wire = configured_source(hub, "wire")
    article = replace(_stream(1)[0], source_id="wire")
    pipeline.store_articles(hub, wire, [article], T0)
    for n in range(5):  # five updates, one epoch each
        edited = replace(article, title=f"{article.title} ({n})", content_hash=f"edit {n}")
        pipeline.store_articles(hub, wire, [edited], T0)
    with hub.repo.ingest_session(T0) as session:
        stored = hub.repo.find_article(f"wire:{article.guid}")
        assert stored is not None
        assert session.changed_since(session.epoch - 2) == {stored.id}
        assert session.changed_since(session.epoch - 4) is None  # too far back: forget all
        epochs = session.conn.scalars(sa.select(ingest_changes.c.epoch)).all()
        assert epochs and min(epochs) > session.epoch - 1 - 3


def test_what_a_failed_ingest_read_is_not_remembered(hub: Runtime) -> None:
    wire = configured_source(hub, "wire")
    a, b = (replace(x, source_id="wire") for x in _stream(2))
    assert pipeline.store_articles(hub, wire, [a, b], T0)[0] == 2
    stored_a, stored_b = (
        hub.repo.find_article(f"wire:{a.guid}"),
        hub.repo.find_article(f"wire:{b.guid}"),
    )
    assert stored_a is not None and stored_b is not None
    with pytest.raises(RuntimeError), hub.dedup.session(T0) as ingest:
        # as dedup.ingest merges stories: the moved articles are read again
        ingest.memo.drop(ingest.store.merge_story(stored_b.story_id, into=stored_a.story_id))
        # read inside the transaction: b is in a's story, until the rollback
        assert [k.story_id for k in ingest.candidates.known([stored_b.id])] == [stored_a.story_id]
        raise RuntimeError("the poll fails after storing")
    with hub.dedup.session(T0) as ingest:
        assert [k.story_id for k in ingest.candidates.known([stored_b.id])] == [stored_b.story_id]


def test_lookups_by_an_articles_names_leave_common_names_out(hub: Runtime) -> None:
    wire = configured_source(hub, "wire")
    stream = [replace(a, source_id="wire") for a in _stream(8)]
    pipeline.store_articles(hub, wire, stream, T0)
    with hub.dedup.session(T0) as ingest:
        probe = stream[0]
        terms = features.index_keys(features.fingerprint(probe.title, probe.content_text))[TERM]
        lo, hi = T0 - timedelta(days=10), T0 + timedelta(days=10)

        def found(*, skip_common: bool) -> list[int]:
            return [
                k.article_id
                for k in ingest.candidates.related(
                    terms, lo, hi, exclude_story=-1, min_shared=2, skip_common=skip_common
                )
            ]

        everything = found(skip_common=True)
        assert everything  # the article itself, at least, shares its names
        # the same names, made common: they are looked up only when asked for
        for article in range(10_000, 10_000 + 2 * COMMON_TERM_MIN):
            ingest.recent.add_article(article, T0 - timedelta(days=2), "de", {TERM: terms})
        assert all(ingest.recent.common(t) for t in terms)
        assert found(skip_common=True) == []
        assert found(skip_common=False)


def test_catching_up_reads_only_the_key_rows_written_since(tmp_path: Path) -> None:
    """Each ingest starts by reading the key rows written after the last it saw. It must
    read those rows, not every key row of the store (an index chosen by kind made each
    ingest scan the whole table; counted here in SQLite VM steps, not in time: reading
    the 30 rows takes 1 step of 100 instructions, a scan of all 200 rows 11)."""
    for folder in ("wire", "partner"):
        (tmp_path / "config" / folder).mkdir(parents=True)
    url = f"sqlite:///{tmp_path / 'keys.sqlite'}"
    hub = Runtime.open(load_settings(write_config(tmp_path, SOURCES, database_url=url)))
    try:
        wire = configured_source(hub, "wire")
        feed = [replace(a, source_id="wire") for a in _stream(200)]
        pipeline.store_articles(hub, wire, feed, T0)
        with hub.repo.ingest_session(T0) as session:
            last = session.last_key()
            everything = len(list(session.key_rows(after=0)))
            steps = 0

            def count() -> int:
                nonlocal steps
                steps += 1
                return 0

            raw = session.conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.set_progress_handler(count, 100)  # called every 100 VM instructions
            rows = list(session.key_rows(after=last - 30))
            raw.set_progress_handler(None, 0)
        assert everything > 150 and 0 < len(rows) <= 30
        assert steps < 5, f"{steps * 100} VM steps for {len(rows)} rows of {everything}"
    finally:
        hub.close()


# the keys as stored (db.keys)


def test_packed_keys_come_back_as_written_and_foreign_bytes_are_refused() -> None:
    from feedhub.db.keys import pack_keys
    from feedhub.db.keys import unpack_keys

    keys = {BODY: [-(2**63), 5, 5, 2**63 - 1], LEAD: [], TERM: [7, -8], LINK: [9]}
    # each kind's keys deduplicated, in order; link keys are not packed
    assert unpack_keys(pack_keys(keys)) == {BODY: [-(2**63), 5, 2**63 - 1], LEAD: [], TERM: [7, -8]}
    assert unpack_keys(pack_keys({})) == {BODY: [], LEAD: [], TERM: []}
    for foreign in (b"", b"\x00" * 7, pack_keys(keys)[:-8], (5).to_bytes(8, "little") * 3):
        with pytest.raises(ValueError):
            unpack_keys(foreign)


def test_an_update_appends_its_keys_under_a_new_row_number(hub: Runtime) -> None:
    """Other processes catch up by row number: an update of the newest article must not
    reuse the number of the row it deletes (SQLite reuses the largest rowid by default)."""
    wire = configured_source(hub, "wire")
    article = replace(_stream(1)[0], source_id="wire")
    pipeline.store_articles(hub, wire, [article], T0)
    with hub.repo.ingest_session(T0) as session:
        before = session.last_key()
        assert [r.article_id for r in session.key_rows(after=0)]
    edited = replace(article, title=article.title + " (aktualisiert)", content_hash="edited")
    assert pipeline.store_articles(hub, wire, [edited], T0)[1] == 1  # updated
    with hub.repo.ingest_session(T0) as session:
        assert session.last_key() > before
        rows = list(session.key_rows(after=0))
        assert len(rows) == 1 and list(session.key_rows(after=before)) == rows
    fp = features.fingerprint(edited.title, edited.content_text)
    assert set(rows[0].keys[TERM]) == set(features.index_keys(fp)[TERM])


def test_migration_0010_packs_every_articles_band_and_name_keys(hub: Runtime) -> None:
    import sqlalchemy as sa
    from alembic import command

    from feedhub.db.migrate import alembic_config
    from feedhub.db.schema import article_keys

    stream = [replace(a, source_id="wire") for a in _stream(30, days=3)]
    pipeline.store_articles(hub, configured_source(hub, "wire"), stream, T0)

    def packed() -> dict[int, dict[int, set[int]]]:
        with hub.repo.ingest_session(T0) as session:
            return {
                r.article_id: {kind: set(keys) for kind, keys in r.keys.items()}
                for r in session.key_rows(since_day=0)
            }

    def kinds() -> set[int]:
        with hub.repo.engine.connect() as conn:
            return set(conn.scalars(sa.select(article_keys.c.kind).distinct()))

    written = packed()
    assert len(written) == 30 and all(k[BODY] and k[TERM] for k in written.values())
    engine = hub.repo.engine
    command.downgrade(alembic_config(engine), "0009")  # band keys as rows again
    assert {BODY, LEAD, TERM} <= kinds()
    command.upgrade(alembic_config(engine), "head")
    assert BODY not in kinds() and LEAD not in kinds()
    assert packed() == written


# group commit (Dedup.in_group)


def _grouped(
    hub: Runtime, works: list[Callable[[Ingest], IngestResult]]
) -> tuple[list[IngestResult | BaseException], int]:
    """Run works[0] first and keep its group open until all the others wait in the queue;
    returns what each returned or raised, and how many sessions were opened."""
    sessions = 0
    real = hub.dedup.open_session

    @contextmanager
    def counting(now: datetime) -> Iterator[Any]:
        nonlocal sessions
        sessions += 1
        with real(now) as session:
            yield session

    hub.dedup.open_session = counting
    release = threading.Event()
    first = works[0]

    def held(ingest: Ingest) -> IngestResult:
        assert release.wait(10)
        return first(ingest)

    def run(work: Callable[[Ingest], IngestResult]) -> IngestResult | BaseException:
        try:
            return hub.dedup.in_group(T0, work)
        except BaseException as e:
            return e

    with ThreadPoolExecutor(len(works)) as pool:
        futures = [pool.submit(run, held)]
        while sessions == 0:  # the first runs its group
            time.sleep(0.001)
        futures += [pool.submit(run, w) for w in works[1:]]
        deadline = time.monotonic() + 10
        while len(hub.dedup._queue) < len(works) - 1 and time.monotonic() < deadline:
            time.sleep(0.001)
        release.set()
        return [f.result() for f in futures], sessions


def test_polls_handed_in_meanwhile_are_stored_in_one_transaction_each_group(
    hub: Runtime,
) -> None:
    wire = configured_source(hub, "wire")
    origin = pipeline.origin(hub, wire)
    articles = [replace(a, source_id="wire") for a in _stream(12)]
    works: list[Callable[[Ingest], IngestResult]] = [
        partial(lambda a, ingest: ingest.ingest(origin, [a], T0), a) for a in articles
    ]
    results, sessions = _grouped(hub, works)
    assert all(isinstance(r, IngestResult) for r in results)
    assert hub.repo.article_count() == 12
    # the first alone, then the eleven waiting: MAX_GROUP, then the rest
    assert MAX_GROUP == 8 and sessions == 3


def test_a_failing_poll_in_a_group_fails_alone(hub: Runtime) -> None:
    wire = configured_source(hub, "wire")
    origin = pipeline.origin(hub, wire)
    articles = [replace(a, source_id="wire") for a in _stream(6)]

    def failing(ingest: Ingest) -> IngestResult:
        ingest.ingest(origin, [articles[3]], T0)  # stored, then the poll fails
        raise RuntimeError("this poll fails")

    works: list[Callable[[Ingest], IngestResult]] = [
        partial(lambda a, ingest: ingest.ingest(origin, [a], T0), a) for a in articles
    ]
    works[3] = failing
    results, sessions = _grouped(hub, works)
    assert isinstance(results[3], RuntimeError)
    assert all(isinstance(r, IngestResult) for i, r in enumerate(results) if i != 3)
    # the group of five was rolled back and each run again alone: 1 + 1 + 5 sessions
    assert sessions == 7
    stories = hub.repo.story_ids([("wire", a.guid) for a in articles])
    assert [i for i, a in enumerate(articles) if stories[("wire", a.guid)]] == [0, 1, 2, 4, 5]
