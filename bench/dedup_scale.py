"""Dedup scale benchmark: the story matcher's cost per article as the store grows.

    .venv/bin/python bench/dedup_scale.py [--total 200000] [--checkpoints 10000,200000]
        [--database URL] [--batch 100] [--per-day 2000] [--seed N] [--profile [N]]

Synthetic articles go through the service's own path: normalize.normalize_entry on a
RawEntry, then pipeline.store_articles (dedup, relate, store in one transaction) on a real Runtime
(Settings with a few HTTP sources and the 8 sections, Runtime.open) over a fresh SQLite file
in a temporary folder, or the database at --database (e.g. postgresql://...; it should be
empty). Articles are buffered per source and stored --batch at a time, one store_articles call
per batch with `now` = the newest publication time in it, as one source poll would.

The stream, generated in the bench (deterministic for a seed):

* distinct German-like texts: sentences from a Zipf-distributed vocabulary of real
  German function words and a few thousand generated pseudo-words (nouns capitalised),
  capitalised name-like words (a few recurring per article), figures; 40-120 words;
* perturbed copies of about a quarter of them (~24% of all articles), published 0.2 to
  8 hours after the original: an agency copy from another source (dateline, cut by up to
  a quarter, sometimes an edited headline), an aggregator teaser linking to the
  original's URL with tracking parameters (summary only), a copy under a rewritten
  headline, and the same source re-sending the URL under a new GUID with an added
  paragraph;
* publication times increasing with a day/night profile, --per-day articles a day.

Measured: the time store_articles takes per article in a window of --window articles right after
each checkpoint (right before it for the last one, the total), so the store holds about
that many articles while it is measured (full batches only: the calls that store what is
left in the buffers when the stream ends are counted in the totals, not in a window);
the ratio of the last window's time to the first's (target <= 1.5), the articles/s at
the last (target >= 1000 on one core), peak RSS (ru_maxrss), and how many copies ended
in their original's story.
"""

from __future__ import annotations

import argparse
import cProfile
import heapq
import math
import pstats
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from feedhub import evaluation
from feedhub import normalize
from feedhub import pipeline
from feedhub.db.schema import articles as articles_table
from feedhub.models import Article
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import ServiceSettings
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime

TARGET_RATIO = 1.5
TARGET_RATE = 1000.0
START = datetime(2025, 3, 3, tzinfo=UTC)  # a Monday
PROGRESS_EVERY = 20_000
SECTIONS = tuple(Section(s, s.title(), categories=(s,)) for s in evaluation.DEFAULT_SECTIONS)

# (id, host, weight as a source of originals, GUID style)
SOURCES = (
    ("agentur", "agentur.example", 3.0, "urn"),
    ("tagesblatt", "tagesblatt.example", 2.0, "url"),
    ("rundschau", "rundschau.example", 1.5, "url"),
    ("kurier", "kurier.example", 1.5, "id"),
    ("morgenpost", "morgenpost.example", 1.0, "url"),
    ("wirtschaftsdienst", "wirtschaftsdienst.example", 1.0, "urn"),
    ("sportecho", "sportecho.example", 0.8, "id"),
    ("nachrichten-portal", "nachrichten-portal.example", 0.7, "id"),
)
AGGREGATOR = "nachrichten-portal"
DATELINES = ("Berlin", "Hamburg", "München", "Frankfurt", "Köln", "Brüssel", "Wien", "Leipzig")

# copies per original: P(0..3); mean 0.32, so copies are 0.32 / 1.32 = 24% of the stream
COPIES = (0.78, 0.14, 0.06, 0.02)
COPY_KINDS = (("agency", 0.55), ("aggregator", 0.20), ("headline", 0.15), ("resend", 0.10))
# relative article rate per hour of the day (UTC, roughly the German news day)
HOURLY = (
    0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 1.0, 1.4, 1.6, 1.6, 1.5, 1.5,
    1.4, 1.4, 1.4, 1.4, 1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 0.7, 0.5,
)  # fmt: skip

FUNCTION_WORDS = """der die und in den von zu das mit sich des auf für ist im dem nicht ein
    eine als auch es an er hat aus bei wird nach sind noch wie einem über einen so zum war
    haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom
    können schon wenn habe seine ihre dann unter wir soll ich eines dass zwei sie diese
    dieser wieder keine seiner worden will zwischen immer ersten sagte sollen etwa rund
    sowie allerdings bereits jedoch damit laut weitere seit beim ab nun denn""".split()
ONSETS = "b d f g h k l m n p r s t w z sch st br gr kl pf tr fr sp bl dr fl schw str".split()
NUCLEI = "a e i o u ei au ie ä ö ü eu a e i o".split()
CODAS = ["", "", "", "", "n", "r", "s", "t", "l", "m", "nd", "rt", "st", "ck", "ch", "ng"]
NOUN_ENDINGS = ["ung", "heit", "keit", "schaft", "er", "en", "ling", "nis", "tum", "e", ""]
VERB_ENDINGS = ["en", "t", "te", "et", "ten"]
ADJ_ENDINGS = ["ig", "lich", "isch", "bar", "e", "en", "er"]
NAME_ENDINGS = ["mann", "er", "ski", "ow", "berg", "feld", "hoff", "ke", "ler", "a", "o", ""]


class Words:
    """A German-like vocabulary with Zipf-distributed frequencies."""

    def __init__(self, rng: random.Random, vocabulary: int, names: int) -> None:
        self.rng = rng
        content: set[str] = set()
        while len(content) < vocabulary:
            kind = rng.random()
            stem = self._stem(rng.choices((1, 2, 3), weights=(4, 5, 1))[0])
            if kind < 0.4:
                content.add((stem + rng.choice(NOUN_ENDINGS)).capitalize())
            elif kind < 0.75:
                content.add(stem + rng.choice(VERB_ENDINGS))
            else:
                content.add(stem + rng.choice(ADJ_ENDINGS))
        ordered = sorted(content)
        rng.shuffle(ordered)
        self.vocabulary = FUNCTION_WORDS + ordered
        self.cum = _zipf_cum(len(self.vocabulary), 1.0, 2.7)
        name_set: set[str] = set()
        while len(name_set) < names:
            stem = self._stem(rng.choices((1, 2), weights=(2, 1))[0])
            name_set.add((stem + rng.choice(NAME_ENDINGS)).capitalize())
        self.names = sorted(name_set)
        rng.shuffle(self.names)
        self.name_cum = _zipf_cum(len(self.names), 0.9, 5.0)
        self.content_cum = _zipf_cum(len(ordered), 1.0, 10.0)
        self.content = ordered

    def _stem(self, syllables: int) -> str:
        rng = self.rng
        return "".join(
            rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables)
        )

    def pick_names(self, k: int) -> list[str]:
        return self.rng.choices(self.names, cum_weights=self.name_cum, k=k)

    def number(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return str(rng.randint(2, 99))
        if r < 0.55:
            return f"{rng.randint(1, 99)},{rng.randint(1, 9)}"
        if r < 0.7:
            return str(rng.randint(1990, 2026))
        if r < 0.8:
            return f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}"
        return str(rng.randint(100, 999))

    def sentence(self, topic: list[str]) -> str:
        rng = self.rng
        n = rng.randint(6, 16)
        tokens = rng.choices(self.vocabulary, cum_weights=self.cum, k=n)
        for i in range(n):
            r = rng.random()
            if r < 0.06:
                tokens[i] = rng.choice(topic)
            elif r < 0.08:
                tokens[i] = self.pick_names(1)[0]
            elif r < 0.11:
                tokens[i] = self.number()
        if n > 8 and rng.random() < 0.4:
            tokens[rng.randint(3, n - 3)] += ","
        first = tokens[0]
        tokens[0] = first[0].upper() + first[1:]
        return " ".join(tokens) + rng.choice(".........!?")

    def text(self, topic: list[str], low: int = 40, high: int = 120) -> list[str]:
        target = self.rng.randint(low, high)
        sentences: list[str] = []
        count = 0
        while count < target:
            s = self.sentence(topic)
            sentences.append(s)
            count += s.count(" ") + 1
        return sentences

    def headline(self, topic: list[str]) -> str:
        rng = self.rng
        n = rng.randint(3, 7)
        tokens = rng.choices(self.content, cum_weights=self.content_cum, k=n)
        tokens.insert(rng.randint(0, n), rng.choice(topic))
        if rng.random() < 0.2:
            tokens.insert(rng.randint(0, n), self.number())
        if rng.random() < 0.3:
            tokens.insert(1, rng.choice(("und", "gegen", "für", "nach", "vor", "im")))
        head = " ".join(tokens)
        if rng.random() < 0.3:
            head = f"{rng.choice(topic)}: {head}"
        return head[0].upper() + head[1:]


def _zipf_cum(n: int, s: float, q: float) -> list[float]:
    """Cumulative Zipf-Mandelbrot weights 1 / (rank + q)^s."""
    total = 0.0
    out = []
    for rank in range(1, n + 1):
        total += 1.0 / (rank + q) ** s
        out.append(total)
    return out


@dataclass(frozen=True, slots=True)
class Item:
    index: int
    source: str
    raw: RawEntry
    copy_of: int | None = None  # index of the original


@dataclass
class Story:
    """What a copy is made from."""

    index: int
    source: str
    section: str
    title: str
    sentences: list[str]
    topic: list[str]
    url: str
    published: datetime


class Stream:
    """Originals and their copies, in order of publication."""

    def __init__(self, seed: int, per_day: float) -> None:
        self.rng = random.Random(seed)
        self.words = Words(self.rng, vocabulary=4000, names=1500)
        originals_per_day = per_day / (1 + sum(k * p for k, p in enumerate(COPIES)))
        mean_profile = sum(HOURLY) / len(HOURLY)
        self.rate = originals_per_day / 86400 / mean_profile  # per second at profile 1
        self.index = 0
        self.clock = START
        self.pending: list[tuple[datetime, int, Item]] = []
        self.source_ids = [s[0] for s in SOURCES]
        self.source_weights = [s[2] for s in SOURCES]
        self.hosts = {s[0]: s[1] for s in SOURCES}
        self.styles = {s[0]: s[3] for s in SOURCES}

    def __iter__(self) -> Iterator[Item]:
        while True:
            gap = self.rng.expovariate(self.rate * HOURLY[self.clock.hour])
            self.clock += timedelta(seconds=gap)
            while self.pending and self.pending[0][0] <= self.clock:
                yield heapq.heappop(self.pending)[2]
            story = self._original()
            yield self._item(story, story.source, story.title, story.sentences, story.url)
            k = self.rng.choices(range(len(COPIES)), weights=COPIES)[0]
            for _ in range(k):
                copy = self._copy(story)
                when = copy.raw.published
                assert when is not None
                heapq.heappush(self.pending, (when, copy.index, copy))

    def _next_index(self) -> int:
        self.index += 1
        return self.index

    def _original(self) -> Story:
        rng = self.rng
        i = self._next_index()
        source = rng.choices(self.source_ids, weights=self.source_weights)[0]
        section = rng.choice(evaluation.DEFAULT_SECTIONS)
        topic = self.words.pick_names(rng.randint(2, 4))
        title = self.words.headline(topic)
        return Story(
            i,
            source,
            section,
            title,
            self.words.text(topic),
            topic,
            self._url(source, section, title, i),
            self.clock,
        )

    def _url(self, source: str, section: str, title: str, i: int) -> str:
        slug = "-".join(re.findall(r"\w+", title.lower())[:6])
        return f"https://www.{self.hosts[source]}/{section}/{slug}-{i}.html"

    def _guid(self, source: str, url: str, i: int) -> str:
        style = self.styles[source]
        if style == "url":
            return url
        if style == "urn":
            return f"urn:newsml:{self.hosts[source]}:2025:{i}"
        return f"{source}:article:{i}"

    def _item(
        self,
        story: Story,
        source: str,
        title: str,
        sentences: list[str],
        url: str,
        *,
        index: int | None = None,
        published: datetime | None = None,
        guid: str | None = None,
        summary_only: bool = False,
    ) -> Item:
        i = story.index if index is None else index
        paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
        content = None if summary_only else "".join(f"<p>{p}</p>" for p in paragraphs)
        summary = " ".join(sentences[:2])
        raw = RawEntry(
            guid=guid or self._guid(source, url, i),
            link=url,
            title=title,
            title_is_html=False,
            summary=summary,
            content=content,
            published=published or story.published,
            updated=None,
            authors=("Redaktion",),
            categories=(story.section,),
        )
        return Item(i, source, raw, None if index is None else story.index)

    def _copy(self, story: Story) -> Item:
        rng = self.rng
        i = self._next_index()
        kind = rng.choices([k for k, _ in COPY_KINDS], weights=[w for _, w in COPY_KINDS])[0]
        published = story.published + timedelta(hours=rng.uniform(0.2, 6.0))
        others = [s for s in self.source_ids if s != story.source]
        sentences = list(story.sentences)
        title = story.title
        if kind == "agency":
            source = rng.choice(others)
            cut = rng.randint(0, len(sentences) // 4)
            if cut:
                sentences = sentences[:-cut]
            sentences[0] = f"{rng.choice(DATELINES)} ({source}) - {sentences[0]}"
            if rng.random() < 0.4:
                title = self.words.headline(story.topic)
            url = self._url(source, story.section, title, i)
            return self._item(story, source, title, sentences, url, index=i, published=published)
        if kind == "aggregator":
            source = AGGREGATOR if story.source != AGGREGATOR else rng.choice(others)
            url = f"{story.url}?utm_source={source}&utm_medium=rss#ref=rss"
            return self._item(
                story,
                source,
                title,
                sentences,
                url,
                index=i,
                published=published,
                guid=f"{source}:teaser:{i}",
                summary_only=True,
            )
        if kind == "headline":
            source = rng.choice(others)
            title = self.words.headline(story.topic)
            url = self._url(source, story.section, title, i)
            return self._item(story, source, title, sentences, url, index=i, published=published)
        # resend: the same source, the same URL, a new GUID, an added paragraph
        published = story.published + timedelta(hours=rng.uniform(1.0, 8.0))
        sentences += [f"Update: {s}" for s in self.words.text(story.topic, 12, 30)]
        return self._item(
            story,
            story.source,
            f"{title} [Update]",
            sentences,
            story.url,
            index=i,
            published=published,
            guid=f"urn:resend:{story.source}:{i}",
        )


# --- measurement ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Batch:
    """One store_articles call: the store size before it, its articles, its time, RSS after it;
    `final`: one of the calls that store what the sources' buffers hold when the stream
    ends (fewer than --batch articles each, so their fixed cost per call weighs more)."""

    stored_before: int
    articles: int
    seconds: float
    rss_mb: float
    final: bool = False


@dataclass
class Window:
    """The batches that start while `start <= stored < start + size`."""

    checkpoint: int
    start: int
    articles: int = 0
    seconds: float = 0.0
    rss_mb: float = 0.0

    @property
    def per_article_ms(self) -> float:
        return 1000 * self.seconds / self.articles if self.articles else math.nan

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else math.nan


@dataclass
class Totals:
    stored: int = 0
    store_seconds: float = 0.0
    normalize_seconds: float = 0.0
    generate_seconds: float = 0.0
    calls: int = 0
    new: int = 0
    updated: int = 0
    dupes: int = 0


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def make_settings(database_url: str) -> Settings:
    sources = tuple(
        Source(sid, SourceKind.HTTP, sid, url=f"https://www.{host}/feed.xml")
        for sid, host, _w, _s in SOURCES
    )
    return Settings(
        config_dir="bench",
        service=ServiceSettings(database_url=database_url, base_url="https://bench.example/"),
        sections=SECTIONS,
        sources=sources,
    )


def windows_for(checkpoints: list[int], log: list[Batch], size: int) -> list[Window]:
    """A window of about `size` articles right after each checkpoint, or right before the
    end of the run for a checkpoint the run reached (or did not reach) last. The calls that
    empty the buffers at the end are left out: every measured call stores a full batch."""
    log = [b for b in log if not b.final]
    reached = sum(b.articles for b in log)
    out = []
    for c in sorted({min(c, reached) for c in checkpoints}):
        start = c if c + size <= reached else max(0, reached - size)
        w = Window(c, start)
        for b in log:
            if start <= b.stored_before < start + size:
                w.articles += b.articles
                w.seconds += b.seconds
                w.rss_mb = max(w.rss_mb, b.rss_mb)
        out.append(w)
    return out


def run(
    hub: Runtime, total: int, batch: int, seed: int, per_day: float, max_seconds: float
) -> tuple[Totals, list[Batch], dict[int, int]]:
    """Stream `total` articles into the hub (or as many as fit in max_seconds, if > 0);
    returns the totals, the batch log and copy -> original."""
    settings = hub.settings
    sources = {s.id: s for s in settings.sources}
    feeds = {
        s.id: ParsedFeed(s.name, s.url, "de", (), "rss20", s.url or "https://invalid/")
        for s in settings.sources
    }
    buffers: dict[str, list[Article]] = {s.id: [] for s in settings.sources}
    copy_of: dict[int, int] = {}
    log: list[Batch] = []
    t = Totals()
    clock = time.perf_counter
    started = clock()
    last_progress = (0, started)

    def flush(source_id: str, *, final: bool = False) -> None:
        nonlocal last_progress
        batch_articles = buffers[source_id]
        if not batch_articles:
            return
        now = max(a.published for a in batch_articles if a.published is not None)
        t0 = clock()
        new, updated, dupes, _sections = pipeline.store_articles(
            hub, sources[source_id], batch_articles, now
        )
        dt = clock() - t0
        log.append(Batch(t.stored, len(batch_articles), dt, max_rss_mb(), final))
        t.stored += len(batch_articles)
        t.store_seconds += dt
        t.calls += 1
        t.new += new
        t.updated += updated
        t.dupes += dupes
        buffers[source_id] = []
        if t.stored // PROGRESS_EVERY > last_progress[0] // PROGRESS_EVERY or t.stored >= total:
            n0, s0 = last_progress
            now_s = clock()
            print(
                f"  {t.stored:>7} stored  {now_s - started:7.1f} s"
                f"  last {t.stored - n0} at {(t.stored - n0) / (now_s - s0):6.0f}/s"
                f" (store only {t.stored / t.store_seconds:6.0f}/s cumulative)"
                f"  maxrss {max_rss_mb():6.0f} MB",
                file=sys.stderr,
                flush=True,
            )
            last_progress = (t.stored, now_s)

    stream = iter(Stream(seed, per_day))
    produced = 0
    while produced < total:
        if max_seconds and clock() - started > max_seconds:
            print(f"  time limit reached after {produced} articles", file=sys.stderr)
            break
        g0 = clock()
        item = next(stream)
        g1 = clock()
        article = normalize.normalize_entry(
            item.raw, feeds[item.source], sources[item.source], settings.sections
        )
        t.normalize_seconds += clock() - g1
        t.generate_seconds += g1 - g0
        produced += 1
        if item.copy_of is not None:
            copy_of[item.index] = item.copy_of
        buffers[item.source].append(article)
        if len(buffers[item.source]) >= batch:
            flush(item.source)
    for source_id in list(buffers):
        flush(source_id, final=True)
    return t, log, copy_of


_INDEX = re.compile(r"(\d+)\D*$")


def copies_attached(hub: Runtime, copy_of: dict[int, int]) -> tuple[int, int, int, int]:
    """(copies in their original's story, copies elsewhere, originals sharing a story
    with another original, stories)."""
    story_of: dict[int, int] = {}
    with hub.repo.engine.connect() as conn:
        for guid, story_id in conn.execute(
            sa.select(articles_table.c.guid, articles_table.c.story_id)
        ):
            m = _INDEX.search(guid)
            if m:
                story_of[int(m.group(1))] = story_id
    attached = sum(1 for c, o in copy_of.items() if story_of.get(c) == story_of.get(o))
    originals = Counter(s for i, s in story_of.items() if i not in copy_of)
    merged = sum(n for n in originals.values() if n > 1)
    return attached, len(copy_of) - attached, merged, len(set(story_of.values()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--total", type=int, default=200_000, help="articles to store")
    ap.add_argument(
        "--checkpoints",
        default="10000,200000",
        help="store sizes at which the per-article cost is measured (comma-separated)",
    )
    ap.add_argument("--window", type=int, default=2000, help="articles measured per checkpoint")
    ap.add_argument("--batch", type=int, default=100, help="articles per store_articles call")
    ap.add_argument("--per-day", type=float, default=2000, help="articles per simulated day")
    ap.add_argument("--database", help="database URL (default: SQLite file in a temp folder)")
    ap.add_argument("--seed", type=int, default=20250816)
    ap.add_argument(
        "--max-minutes",
        type=float,
        default=0,
        help="stop storing after this long and report the store size reached (0: no limit)",
    )
    ap.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=10,
        default=0,
        metavar="N",
        help="cProfile the whole run; print the top N by cumulative time in feedhub/sqlalchemy",
    )
    args = ap.parse_args(argv)
    try:
        checkpoints = [int(c) for c in args.checkpoints.split(",") if c.strip()]
    except ValueError:
        ap.error("--checkpoints: comma-separated integers")
    if args.total < 1 or args.batch < 1 or args.window < 1 or not checkpoints:
        ap.error("--total, --batch, --window must be positive, --checkpoints not empty")

    with tempfile.TemporaryDirectory(prefix="feedhub-bench-scale-") as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'scale.sqlite'}"
        hub = Runtime.open(make_settings(url))
        prof = cProfile.Profile() if args.profile else None
        try:
            before = hub.repo.article_count()
            if before:
                print(f"warning: the database holds {before} articles already", file=sys.stderr)
            print(
                f"storing {args.total} articles, {args.batch} per store_articles call,"
                f" {args.per_day:.0f} per simulated day",
                file=sys.stderr,
            )
            rss_start = max_rss_mb()
            started = time.perf_counter()
            if prof is not None:
                prof.enable()
            totals, log, copy_of = run(
                hub, args.total, args.batch, args.seed, args.per_day, 60 * args.max_minutes
            )
            if prof is not None:
                prof.disable()
            wall = time.perf_counter() - started
            rss_end = max_rss_mb()
            attached, missed, merged, stories = copies_attached(hub, copy_of)
            db_size = (Path(tmp) / "scale.sqlite").stat().st_size if not args.database else 0
        finally:
            hub.close()

    windows = windows_for(checkpoints, log, args.window)
    backend = "PostgreSQL" if args.database and "postgres" in args.database else "SQLite"
    print(f"database  {args.database or 'SQLite file in a temp folder'}")
    if totals.stored < args.total:
        print(f"STOPPED   at the time limit: {totals.stored} of {args.total} articles stored")
    print(
        f"stream    {totals.stored} articles ({len(copy_of)} perturbed copies,"
        f" {100 * len(copy_of) / max(totals.stored, 1):.1f}%),"
        f" {args.per_day:.0f} per simulated day, {args.batch} per store_articles call"
        f" ({totals.calls} calls)"
    )
    final = [b for b in log if b.final]
    print(
        f"end       {sum(b.articles for b in final)} articles left in the buffers at the end,"
        f" stored in {len(final)} calls: counted in the totals, not in the windows"
    )
    print(
        f"stored    new {totals.new}, attached {totals.dupes}, updated {totals.updated};"
        f" {stories} stories"
    )
    print(
        f"copies    {attached} in their original's story, {missed} not"
        f" ({100 * attached / max(len(copy_of), 1):.1f}% attached);"
        f" originals sharing a story with another original: {merged}"
    )
    print(
        f"wall      {wall:.1f} s: store_articles {totals.store_seconds:.1f} s,"
        f" normalize {totals.normalize_seconds:.1f} s, generating {totals.generate_seconds:.1f} s"
    )
    print(
        f"overall   store_articles {totals.stored / totals.store_seconds:.0f} articles/s;"
        f" normalize + store_articles"
        f" {totals.stored / (totals.store_seconds + totals.normalize_seconds):.0f} articles/s"
    )
    print(
        f"memory    peak RSS {rss_end:.0f} MB (after opening the hub {rss_start:.0f} MB)"
        + (f"; database file {db_size / 1e6:.0f} MB" if db_size else "")
    )
    print()
    print(f"{'store size':>22}{'articles':>10}{'ms/article':>12}{'articles/s':>12}{'RSS MB':>8}")
    for w in windows:
        label = f"{w.start}-{w.start + w.articles}"
        print(
            f"{label:>22}{w.articles:>10}{w.per_article_ms:>12.3f}{w.rate:>12.0f}{w.rss_mb:>8.0f}"
        )
    print()
    first, last = windows[0], windows[-1]
    ratio = last.per_article_ms / first.per_article_ms
    ok_ratio = ratio <= TARGET_RATIO
    ok_rate = last.rate >= TARGET_RATE
    print(
        f"t({last.checkpoint})/t({first.checkpoint}) = {ratio:.2f}; target <= {TARGET_RATIO}:"
        f" {'met' if ok_ratio else 'not met'}"
    )
    print(
        f"articles/s at {last.checkpoint} ({backend}, store_articles only) = {last.rate:.0f};"
        f" target >= {TARGET_RATE:.0f}: {'met' if ok_rate else 'not met'}"
    )
    if prof is not None:
        stats = pstats.Stats(prof, stream=sys.stdout)
        stats.sort_stats("cumulative")
        print(f"\ncProfile, top {args.profile} by cumulative time in feedhub/sqlalchemy:")
        stats.print_stats(r"feedhub|sqlalchemy", args.profile)
        stats.sort_stats("tottime")
        print(f"\ncProfile, top {args.profile} by own time (all functions):")
        stats.print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
