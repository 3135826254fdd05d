"""Feeds benchmark: tag, author, source and top-stories feeds (issue 16) at a store's size.

    .venv/bin/python bench/feeds.py [--articles N] [--tags T] [--rendered R] [--repeat K]

or `scripts/bench feeds [ARGS]`. The defaults take about a minute on two cores.

Setup (timed and printed, no target): a Runtime (Runtime.open on a config written here:
three inbox sources, four sections) over a temporary SQLite file; --articles generated
German-like articles with distinct texts, published over the last DAYS days, stored
through pipeline.store_articles in polls of POLL articles of one source. Each carries 1-3
of --tags categories (drawn by Zipf weights: the first tags are the popular ones) and one
of 20 authors; every tenth article of the last day is also carried word for word
by another source (the top stories rank by how many sources cover a story). Articles
carrying the most popular tag go to the section "schwerpunkt", so that section's feed
holds exactly the stories of that tag's feed. The same stream is stored into a second
store with the facet write switched off (db.ingest.IngestSession._write_facets a no-op),
poll by poll in alternating order, so both see the same machine.

Measured, each --repeat times, the median printed:

    1  ingest per article with facet rows vs without (the peer): the facet rows' cost
    2  the first request for a tag feed (FeedApp.respond: publisher.publish_on_demand
       renders and stores its documents) vs a repeated request (served from memory), for
       the most popular tag and a tag of median size; vs rendering and storing the section
       feed of the same stories the same way (publisher._publish_feed, all pages)
    3  pipeline.publish_sections after one new article carrying two tags, with no facet
       feed rendered before vs with --rendered tag feeds rendered before (the two touched
       among them: only those re-render); documents stored by each
    4  Repository.top_stories(now - TOP_WINDOW, feed_size) vs the all-sections feed's
       query of the same size (Repository.stories); the whole publish of the top feed
       (query, render every format and the browser page, compare with the stored bytes)
       and its share of the publish in 3
    5  a request for an unknown tag (404: no document, no facet), each a new slug, vs a
       repeated request of a rendered feed; SQL statements per 404 request

No targets: issue 16 sets none. The claims of docs/feeds.md the figures speak to: a request
for an unknown key costs one indexed lookup; a publish re-renders only the facet feeds it
touched.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from feedhub import feeds
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.db.ingest import IngestSession
from feedhub.db.schema import article_facets
from feedhub.db.schema import feed_documents
from feedhub.dedup.keys import canonical_url
from feedhub.dedup.keys import content_hash
from feedhub.feeds import FeedKey
from feedhub.models import Article
from feedhub.models import Source
from feedhub.publish import pages
from feedhub.publish import publisher
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime

DAYS = 7
POLL = 50  # articles a poll stores (one store_articles call)
COPY_EVERY = 10  # of the last day's articles, every tenth is carried by a second source
HOST = "127.0.0.1:8080"
REQUEST = {"accept-encoding": "gzip"}
MEMORY_BATCH = 2000  # requests per timed batch of requests served from memory
MISS_BATCH = 200  # requests per timed batch of 404s
HEAD_SECTION = "schwerpunkt"  # the section of the articles carrying the most popular tag

SECTIONS_TOML = f"""\
[politik]
title = "Politik"

[welt]
title = "Welt"

[wirtschaft]
title = "Wirtschaft"

[{HEAD_SECTION}]
title = "Schwerpunkt"
"""
SECTIONS = ("politik", "welt", "wirtschaft")  # the others' sections, in turn
SOURCES = ("agentur", "regional", "partner")
SOURCE_NAMES = ("Nachrichtenagentur", "Regionalzeitung", "Partnerportal")

SYLLABLES = (
    "ber", "lin", "stadt", "rat", "haus", "feld", "berg", "wald", "see", "dorf", "markt",
    "bahn", "brück", "hof", "land", "kirch", "heim", "tal", "burg", "au", "stein", "bach",
    "furt", "hain", "mer", "sel", "dor", "wen", "kra", "lo", "mi", "ta", "gun", "ros",
)  # fmt: skip
VERBS = (
    "berät über", "beschließt", "kritisiert", "fordert", "prüft", "meldet", "plant",
    "verschiebt", "begrüßt", "untersucht", "finanziert", "stoppt", "lehnt ab", "erklärt",
)  # fmt: skip
CONNECTORS = ("in", "bei", "nach", "vor", "mit", "gegen", "für", "ohne", "trotz", "wegen")
TOPICS = (
    "Klima", "Verkehrs", "Energie", "Wohnungs", "Bildungs", "Gesundheits", "Steuer",
    "Renten", "Digital", "Haushalts", "Migrations", "Agrar", "Kultur", "Sport", "Wahl",
    "Sicherheits", "Umwelt", "Arbeits", "Familien", "Außen",
)  # fmt: skip
KINDS = (
    "politik", "wende", "streit", "reform", "debatte", "gipfel", "plan", "markt", "krise",
    "gesetz", "förderung", "bericht",
)  # fmt: skip
AUTHORS = (
    "Anna Müller", "Jörg Weiß", "Lena Schäfer", "Tobias Köhler", "Sabine Groß",
    "Murat Yılmaz", "Katrin Böhm", "Felix Bauer", "Miriam Özdemir", "Jan Hoffmann",
    "Petra Krüger", "Stefan Wagner", "Julia Neumann", "Lukas Schröder", "Claudia Lehmann",
    "Thomas Schulz", "Nina Fuchs", "Erik Hartmann", "Sophie Braun", "Daniel Zimmermann",
)  # fmt: skip


class BenchError(Exception):
    """Something that stops the benchmark, with a message for the operator."""


# --- the articles ---------------------------------------------------------------------


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def tag_names(count: int, rng: random.Random) -> list[str]:
    """`count` tag names with distinct slugs: German compounds ("Klimapolitik",
    "Außenreform"), then generated words."""
    names = [t + k for t in TOPICS for k in KINDS]
    rng.shuffle(names)
    out: dict[str, str] = {}
    for name in names:
        if len(out) == count:
            break
        out.setdefault(feeds.slug(name), name)
    while len(out) < count:
        name = f"{_word(rng)}{rng.choice(KINDS)}"
        out.setdefault(feeds.slug(name), name)
    return list(out.values())


def article_text(rng: random.Random, n: int) -> tuple[str, str]:
    title = f"{_word(rng)} {rng.choice(VERBS)} {_word(rng)} {rng.choice(CONNECTORS)} {_word(rng)}"
    sentences = [
        f"Der {_word(rng)} {rng.choice(VERBS)} den {_word(rng)} {rng.choice(CONNECTORS)}"
        f" {_word(rng)}, sagte {_word(rng)} {_word(rng)} am {rng.choice(('Vormittag', 'Abend'))}."
        for _ in range(rng.randint(6, 9))
    ]
    return title, f"Meldung {n}. " + " ".join(sentences)


def make_article(
    source: str,
    n: int,
    title: str,
    text: str,
    published: datetime,
    section: str,
    tags: tuple[str, ...],
    author: str,
) -> Article:
    """A normalised article as the pipeline hands it to the store (tests/conftest.py's)."""
    url = canonical_url(f"https://{source}.example/meldung/{n}")
    return Article(
        source_id=source,
        guid=f"{source}-{n}",
        url=url,
        canonical_url=url,
        title=title,
        summary=text.split(". ", 2)[1] + ".",
        content_html=f"<p>{text}</p>",
        content_text=text,
        published=published,
        updated=None,
        language="de",
        section=section,
        authors=(author,),
        categories=tags,
        enclosures=(),
        content_hash=content_hash(title, text),
    )


@dataclass
class Stream:
    """The generated articles in polls (one source each), oldest first."""

    polls: list[tuple[str, list[Article]]] = field(default_factory=list)
    originals: int = 0
    copies: int = 0
    stories_of_tag: Counter[str] = field(default_factory=Counter)
    facet_rows: int = 0  # each article's source, author and tags

    @property
    def articles(self) -> int:
        return self.originals + self.copies


def generate(count: int, tags: list[str], now: datetime, seed: int = 16) -> Stream:
    """`count` distinct articles published over the last DAYS days (up to ten minutes
    before `now`), in polls of POLL articles of one source; copies of every COPY_EVERY-th
    article of the last day by the next source, each a poll of its own."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(tags))]  # Zipf: a few tags are popular
    stream = Stream()
    start = now - timedelta(days=DAYS)
    span = timedelta(days=DAYS) - timedelta(minutes=10)
    last_day = now - timedelta(days=1)
    current: list[Article] = []
    for n in range(count):
        source = SOURCES[(n // POLL) % len(SOURCES)]
        chosen: list[str] = []
        want = rng.randint(1, min(3, len(tags)))
        while len(chosen) < want:
            tag = rng.choices(tags, weights)[0]
            if tag not in chosen:
                chosen.append(tag)
        section = HEAD_SECTION if tags[0] in chosen else SECTIONS[n % len(SECTIONS)]
        title, text = article_text(rng, n)
        published = start + span * (n / max(count - 1, 1))
        article = make_article(
            source, n, title, text, published, section, tuple(chosen), rng.choice(AUTHORS)
        )
        current.append(article)
        stream.stories_of_tag.update(chosen)
        stream.facet_rows += 2 + len(chosen)
        if n % POLL == POLL - 1 or n == count - 1:
            stream.polls.append((source, current))
            current = []
        if published >= last_day and n % COPY_EVERY == 0:
            other = SOURCES[(SOURCES.index(source) + 1) % len(SOURCES)]
            copy = make_article(
                other, n, title, text, published + timedelta(minutes=5), section,
                tuple(chosen), rng.choice(AUTHORS),
            )  # fmt: skip
            if current:  # keep the polls in time order: the original's poll first
                stream.polls.append((source, current))
                current = []
            stream.polls.append((other, [copy]))
            stream.copies += 1
            stream.facet_rows += 2 + len(chosen)
    stream.originals = count
    return stream


# --- the stores -----------------------------------------------------------------------


def write_config(root: Path) -> Path:
    cfg = root / "config"
    cfg.mkdir(parents=True)
    (cfg / "feedhub.toml").write_text(
        f'[service]\ndatabase_url = "sqlite:///{root / "feedhub.sqlite"}"\n'
        f'listen = "{HOST}"\nbase_url = "http://{HOST}/"\ntitle = "Benchportal"\n'
        "host_interval = 0.0\nhost_delay_factor = 0\nparse_processes = 0\n",
        encoding="utf-8",
    )
    (cfg / "sections.toml").write_text(SECTIONS_TOML, encoding="utf-8")
    lines = []
    for source_id, name in zip(SOURCES, SOURCE_NAMES, strict=True):
        (cfg / source_id).mkdir()
        lines.append(
            f'[{source_id}]\nkind = "inbox"\nname = "{name}"\npath = "{source_id}"\n'
            'section = "politik"\n'
        )
    (cfg / "sources.toml").write_text("\n".join(lines), encoding="utf-8")
    return cfg


def _no_facets(self: IngestSession, article_id: int, article: Article) -> None:
    """IngestSession._write_facets switched off: the peer of the facet rows' cost."""


@contextmanager
def facets_off() -> Iterator[None]:
    original = IngestSession.__dict__["_write_facets"]
    setattr(IngestSession, "_write_facets", _no_facets)  # noqa: B010
    try:
        yield
    finally:
        setattr(IngestSession, "_write_facets", original)  # noqa: B010


@dataclass
class Ingested:
    seconds_with: float = 0.0
    seconds_without: float = 0.0
    new: int = 0
    dupes: int = 0


def ingest(hub: Runtime, peer: Runtime, stream: Stream) -> Ingested:
    """Store every poll into both stores, the facet write off for `peer`, in alternating
    order; each poll's `now` is five minutes after its newest article."""
    done = Ingested()
    clock = time.perf_counter
    for i, (source_id, articles) in enumerate(stream.polls):
        now = max(a.published for a in articles if a.published) + timedelta(minutes=5)
        for which in (0, 1) if i % 2 == 0 else (1, 0):
            rt = (hub, peer)[which]
            source = _source(rt, source_id)
            if which == 0:
                t0 = clock()
                new, _, dupes, _ = pipeline.store_articles(rt, source, articles, now)
                done.seconds_with += clock() - t0
                done.new += new
                done.dupes += dupes
            else:
                with facets_off():
                    t0 = clock()
                    pipeline.store_articles(rt, source, articles, now)
                    done.seconds_without += clock() - t0
    return done


def _source(rt: Runtime, source_id: str) -> Source:
    source = rt.settings.source(source_id)
    if source is None:
        raise BenchError(f"source {source_id} not in the bench's config")
    return source


def count_rows(rt: Runtime, table: sa.Table) -> int:
    with rt.repo.engine.connect() as conn:
        return int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def forget_documents(rt: Runtime, feed: str) -> None:
    """Delete a feed's stored documents and archive pages: it was never rendered."""
    where = (feed_documents.c.section == feed) | feed_documents.c.section.like(f"{feed}/archive/%")
    with rt.repo.writer.begin() as conn:
        conn.execute(feed_documents.delete().where(where))


def documents_of(rt: Runtime, feed: str) -> int:
    where = (feed_documents.c.section == feed) | feed_documents.c.section.like(f"{feed}/archive/%")
    with rt.repo.engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(feed_documents).where(where)
        return int(conn.scalar(query) or 0)


@contextmanager
def counting_statements(rt: Runtime) -> Iterator[list[int]]:
    """The SQL statements executed meanwhile, on either engine: [count]."""
    counter = [0]

    def before(*_args: Any) -> None:
        counter[0] += 1

    engines = [rt.repo.engine] + ([rt.repo.writer] if rt.repo.writer is not rt.repo.engine else [])
    for engine in engines:
        sa.event.listen(engine, "before_cursor_execute", before)
    try:
        yield counter
    finally:
        for engine in engines:
            sa.event.remove(engine, "before_cursor_execute", before)


# --- measuring ------------------------------------------------------------------------


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def get(app: FeedApp, path: str, status: int = 200) -> None:
    reply = app.respond("GET", path, REQUEST, version="1.1", hosts=[HOST])
    if reply.status != status:
        raise BenchError(f"GET {path}: status {reply.status}, expected {status}")


def first_request(rt: Runtime, slug: str, repeat: int) -> list[float]:
    """The first request of /feeds/tag/{slug}.atom, each on a store where it was never
    rendered and by a fresh app (nothing in memory)."""
    out = []
    path = f"/feeds/tag/{slug}.atom"
    for _ in range(repeat):
        forget_documents(rt, f"tag/{slug}")
        out.append(timed(lambda: get(FeedApp(rt.repo, lambda: rt.settings), path)))
    return out


def per_request(app: FeedApp, paths: list[str], status: int) -> float:
    t0 = time.perf_counter()
    for path in paths:
        reply = app.respond("GET", path, REQUEST, version="1.1", hosts=[HOST])
        if reply.status != status:
            raise BenchError(f"GET {path}: status {reply.status}, expected {status}")
    return (time.perf_counter() - t0) / len(paths)


def render_section(rt: Runtime, slug: str) -> None:
    """Render and store a section feed's every page in every format, as the first request
    of a facet feed does (publish_on_demand: all_archives=True)."""
    with rt.repo.publishing():
        publisher._publish_feed(  # noqa: SLF001 - the bench measures the one feed
            rt.repo,
            rt.settings,
            FeedKey("section", slug),
            pipeline.now_utc(),
            publisher.Published(),
            all_archives=True,
        )


def publish_top(rt: Runtime) -> int:
    done = publisher.Published()
    with rt.repo.publishing():
        publisher._publish_feed(  # noqa: SLF001 - the bench measures the one feed
            rt.repo, rt.settings, FeedKey(feeds.TOP), pipeline.now_utc(), done, all_archives=False
        )
    return done.changed


@dataclass
class NewArticles:
    """One new article a publish, each carrying the same two tags."""

    tags: tuple[str, str]
    rng: random.Random = field(default_factory=lambda: random.Random(1616))
    n: int = 1_000_000

    def store(self, rt: Runtime) -> set[str]:
        self.n += 1
        now = pipeline.now_utc()
        title, text = article_text(self.rng, self.n)
        article = make_article(
            SOURCES[0], self.n, title, text, now - timedelta(minutes=1), SECTIONS[0],
            self.tags, AUTHORS[0],
        )  # fmt: skip
        new, _, _, keys = pipeline.store_articles(rt, _source(rt, SOURCES[0]), [article], now)
        if new != 1:
            raise BenchError("the new article of a publish was not stored as new")
        return keys


def publishes(rt: Runtime, new: NewArticles, repeat: int) -> tuple[list[float], list[int]]:
    """pipeline.publish_sections after each of `repeat` new articles: seconds, documents."""
    seconds, changed = [], []
    for _ in range(repeat):
        keys = new.store(rt)
        t0 = time.perf_counter()
        changed.append(pipeline.publish_sections(rt, keys))
        seconds.append(time.perf_counter() - t0)
    return seconds, changed


# --- the report -----------------------------------------------------------------------


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:10.2f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:10.1f} µs"


def ratio(a: float, b: float) -> str:
    if b <= 0:
        return "-"
    return f"{a / b:.2f}x" if a / b < 100 else f"{a / b:,.0f}x"


def title(text: str) -> None:
    print(f"\n{text}")


def row(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<66}{value}{'  ' + note if note else ''}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=5000, help="distinct articles stored")
    ap.add_argument("--tags", type=int, default=200, help="categories the articles carry")
    ap.add_argument(
        "--rendered", type=int, default=50, help="(3) tag feeds rendered before, the most read"
    )
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement; the median")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.tags < 4:
        ap.error("--tags must be at least 4")
    if not 2 <= args.rendered <= args.tags:
        ap.error("--rendered must be between 2 and --tags")
    if args.articles < POLL:
        ap.error(f"--articles must be at least {POLL}")
    try:
        with tempfile.TemporaryDirectory(prefix="feedhub-bench-") as tmp:
            run(Path(tmp), args)
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


def run(root: Path, args: argparse.Namespace) -> None:
    k = args.repeat
    now = pipeline.now_utc()
    tags = tag_names(args.tags, random.Random(args.tags))
    stream = generate(args.articles, tags, now)
    hub = Runtime.open(load_settings(write_config(root / "facets")))
    try:
        peer = Runtime.open(load_settings(write_config(root / "peer")))
        try:
            got = ingest(hub, peer, stream)
        finally:
            peer.close()
        stories = hub.repo.feed_story_count(FeedKey(feeds.ALL))
        if (stories, got.new, got.dupes) != (stream.originals, stream.originals, stream.copies):
            raise BenchError(
                f"{stream.originals} distinct articles and {stream.copies} copies gave"
                f" {stories} stories ({got.new} new, {got.dupes} duplicates): the dedup"
                " merged or split some; the bench's texts need fixing"
            )
        facet_rows = count_rows(hub, article_facets)
        if facet_rows != stream.facet_rows:
            raise BenchError(f"{facet_rows} facet rows stored, {stream.facet_rows} expected")
        size = hub.settings.service.feed_size
        print(f"feedhub feeds bench: median of {k} runs per measurement (time.perf_counter)")
        title("setup (not a target)")
        row(
            f"stored {stream.originals} articles + {stream.copies} copies, {stories} stories,"
            f" {len(stream.polls)} polls",
            f"{got.seconds_with + got.seconds_without:10.2f} s",
            "(both stores)",
        )
        row(
            f"{DAYS} days, {len(SOURCES)} sources, {len(tags)} tags, {len(AUTHORS)} authors,"
            f" feed_size {size}",
            f"{facet_rows:10d} facet rows",
            f"({facet_rows / stream.articles:.1f} an article)",
        )
        started = time.perf_counter()
        pipeline.publish_all(hub)
        row("publish_all (sections, all, top)", ms(time.perf_counter() - started))

        # 1 -------------------------------------------------------------------------
        title("1  ingest (pipeline.store_articles, polls of one source)")
        per_with = got.seconds_with / stream.articles
        per_without = got.seconds_without / stream.articles
        row("ingest an article, facet rows written", ms(per_with))
        row(
            "ingest an article, facet write disabled (peer)",
            ms(per_without),
            f"with / without = {ratio(per_with, per_without)}",
        )

        # 2 -------------------------------------------------------------------------
        head = feeds.slug(tags[0])
        by_size = sorted(tags, key=lambda t: stream.stories_of_tag[t])
        middle = feeds.slug(by_size[len(by_size) // 2])
        head_n = hub.repo.feed_story_count(FeedKey("tag", head))
        middle_n = hub.repo.feed_story_count(FeedKey("tag", middle))
        section_n = hub.repo.feed_story_count(FeedKey("section", HEAD_SECTION))
        if section_n != head_n:
            raise BenchError(
                f"section {HEAD_SECTION} holds {section_n} stories, tag/{head} {head_n}"
            )
        first_head = median(first_request(hub, head, k))
        head_docs = documents_of(hub, f"tag/{head}")
        first_middle = median(first_request(hub, middle, k))
        middle_docs = documents_of(hub, f"tag/{middle}")
        app = FeedApp(hub.repo, lambda: hub.settings)
        path = f"/feeds/tag/{head}.atom"
        get(app, path)
        memory = median([per_request(app, [path] * MEMORY_BATCH, 200) for _ in range(k)])
        section_s = []
        for _ in range(k):
            forget_documents(hub, HEAD_SECTION)
            section_s.append(timed(lambda: render_section(hub, HEAD_SECTION)))
        section = median(section_s)
        section_docs = documents_of(hub, HEAD_SECTION)
        pages_head = len(
            pages.page_plan(
                pages.feed_info(hub.settings, f"tag/{head}", tags[0]), head_n, size,
                all_archives=True,
            )
        )  # fmt: skip
        title("2  a tag feed: first request (rendered on demand) vs repeated")
        row(
            f"first request /feeds/tag/{head}.atom",
            ms(first_head),
            f"{head_n} stories, {pages_head} pages, {head_docs} documents stored",
        )
        row(
            f"first request /feeds/tag/{middle}.atom (median tag)",
            ms(first_middle),
            f"{middle_n} stories, {middle_docs} documents stored",
        )
        row(
            "repeated request of the same feed (from memory)",
            us(memory),
            f"first / repeated = {ratio(first_head, memory)}"
            f" (median tag {ratio(first_middle, memory)})",
        )
        row(
            f"section {HEAD_SECTION} ({section_n} stories), rendered the same way",
            ms(section),
            f"{section_docs} documents; tag first request / section = {ratio(first_head, section)}",
        )

        # 3 -------------------------------------------------------------------------
        for slug in (head, middle):  # no facet feed rendered before the first publishes
            forget_documents(hub, f"tag/{slug}")
        if any((key := feeds.parse(d)) is not None and key.facet for d in hub.repo.document_keys()):
            raise BenchError("a facet feed is rendered before the publishes of 3")
        new = NewArticles((tags[1], tags[2]))
        touched = [feeds.slug(t) for t in new.tags]
        plain_s, plain_docs = publishes(hub, new, k)
        app = FeedApp(hub.repo, lambda: hub.settings)
        read = [feeds.slug(t) for t in tags[: args.rendered]]
        started = time.perf_counter()
        for slug in read:
            get(app, f"/feeds/tag/{slug}.atom")
        render_all = time.perf_counter() - started
        rendered_s, rendered_docs = publishes(hub, new, k)
        title(f"3  publish_sections after one new article tagged {', '.join(new.tags)}")
        row(
            "no facet feed rendered before",
            ms(median(plain_s)),
            f"{median(plain_docs):.0f} documents stored",
        )
        row(
            f"{len(read)} tag feeds rendered before (the 2 touched among them)",
            ms(median(rendered_s)),
            f"{median(rendered_docs):.0f} documents stored;"
            f" rendered / none = {ratio(median(rendered_s), median(plain_s))}",
        )
        row(
            f"(setup: first requests of those {len(read)} tag feeds)",
            ms(render_all),
            f"{render_all / len(read) * 1e3:.1f} ms a feed",
        )
        for slug in touched:
            if slug not in read:
                raise BenchError(f"tag/{slug} should be among the rendered feeds")

        # 4 -------------------------------------------------------------------------
        since = pipeline.now_utc() - feeds.TOP_WINDOW
        window = len(hub.repo.top_stories(since, 1_000_000))
        top_q = median([timed(lambda: hub.repo.top_stories(since, size)) for _ in range(k)])
        all_q = median([timed(lambda: hub.repo.stories(None, size)) for _ in range(k)])
        top_p = median([timed(lambda: publish_top(hub)) for _ in range(k)])
        covered = Counter(n for _s, n in hub.repo.top_stories(since, size))
        hours = feeds.TOP_WINDOW.total_seconds() / 3600
        title(f"4  top stories ({window} stories in the last {hours:.0f} hours)")
        row(
            f"Repository.top_stories(since, {size})",
            ms(top_q),
            "sources per story: "
            + ", ".join(f"{n}: {c}" for n, c in sorted(covered.items(), reverse=True)),
        )
        row(
            f"Repository.stories(None, {size}) (the all feed's query, peer)",
            ms(all_q),
            f"top / all = {ratio(top_q, all_q)}",
        )
        row(
            "publish of the top feed (query, render, compare)",
            ms(top_p),
            f"share of a publish in 3 (none rendered): {top_p / median(plain_s):.0%}",
        )

        # 5 -------------------------------------------------------------------------
        app = FeedApp(hub.repo, lambda: hub.settings)
        get(app, path)
        misses = []
        for i in range(k):
            paths = [f"/feeds/tag/unbekannt-{i}-{j}.atom" for j in range(MISS_BATCH)]
            misses.append(per_request(app, paths, 404))
        miss = median(misses)
        with counting_statements(hub) as statements:
            get(app, "/feeds/tag/nirgends.atom", 404)
        memory = median([per_request(app, [path] * MEMORY_BATCH, 200) for _ in range(k)])
        title("5  a request for an unknown tag (404)")
        row(
            "GET /feeds/tag/{unknown}.atom, a new slug each",
            us(miss),
            f"{statements[0]} SQL statements a request",
        )
        row(
            "repeated request of a rendered feed (from memory, peer)",
            us(memory),
            f"404 / from memory = {ratio(miss, memory)}",
        )
    finally:
        hub.close()


if __name__ == "__main__":
    sys.exit(main())
