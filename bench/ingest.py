"""Ingest benchmark: feedhub's parse -> normalize -> dedup/store path against feedparser alone.

    .venv/bin/python bench/ingest.py [--corpus DIR] [--repeat N] [--profile]

Every file of the corpus (default: ../shared/data/corpus/fastfeedparser/benchmark_data/ next
to the repository) is read into memory first; reading is not timed. Then, each phase over all
files, best of N runs:

    (a) feedparser.parse(io.BytesIO(data)) with its defaults (sanitising, relative URIs on)
    (b) feedhub parse only             sources.parse.parse_feed
    (c) feedhub parse + normalize      + pipeline.normalize_entries (normalize.normalize_entry)
    (d) feedhub whole pipeline         + pipeline.store_articles (dedup and store in one transaction
                                         per file) on a real Runtime over a fresh SQLite file
    (e) as the service runs it         the same, with the files prepared (parsed, normalised,
                                         dedup features) in `--processes` worker processes
                                         (feedhub.prepare, default one per CPU) while
                                         `--workers` threads hand them over and store them
                                         (one ingest at a time), as pipeline.update_sources

The targets: (d) takes at most 1.5 times (a) (the skeleton issue, exact dedup only), and
at most 0.4 times (a) (the fetching issue, with near-duplicate and related-story dedup);
(e) at most 1.0 times (a) (issue 15: use every core; feedparser alone uses one).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import UTC
from datetime import datetime
from pathlib import Path

import feedparser

from feedhub import pipeline
from feedhub import prepare
from feedhub.config import default_parse_processes
from feedhub.dedup.ingest import Prepared
from feedhub.errors import ParseError
from feedhub.models import Article
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Section
from feedhub.models import ServiceSettings
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from feedhub.sources.parse import parse_feed

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "corpus"
    / "fastfeedparser"
    / "benchmark_data"
)
TARGET_RATIOS = (1.5, 0.4)  # the skeleton issue's, the fetching issue's
TARGET_SERVICE_RATIO = 1.0  # issue 15's, for (e)
STAGES = ("parse", "normalize", "store")
HEADERS = {"content-type": "application/xml"}
NOW = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
SECTIONS = (
    Section("politik", "Politik", categories=("politics", "politik")),
    Section("welt", "Welt", categories=("world", "international")),
    Section("wirtschaft", "Wirtschaft", categories=("business", "economy", "wirtschaft")),
    Section("technik", "Technik", categories=("technology", "tech", "technik")),
)


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    data: bytes
    source: Source

    @property
    def url(self) -> str:
        return f"https://bench.example/{self.name}"


@dataclass
class Run:
    """What one pass of one phase counted and how long it took."""

    seconds: float = 0.0
    entries: int = 0  # feedparser entries, or feedhub RawEntries
    articles: int = 0  # normalised
    errors: int = 0  # ParseError files
    entry_errors: int = 0  # entries skipped by parse or normalize
    new: int = 0
    updated: int = 0
    dupes: int = 0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


def load(corpus: Path) -> list[Doc]:
    paths = sorted(p for p in corpus.rglob("*") if p.is_file())
    docs = []
    for p in paths:
        name = p.relative_to(corpus).as_posix()
        source = Source(
            id=f"bench-{name.replace('/', '-')}",
            kind=SourceKind.HTTP,
            name=name,
            url=f"https://bench.example/{name}",
        )
        docs.append(Doc(name, p.read_bytes(), source))
    return docs


def make_settings(docs: list[Doc], database_url: str) -> Settings:
    return Settings(
        config_dir="bench",
        service=ServiceSettings(database_url=database_url, base_url="https://bench.example/"),
        sections=SECTIONS,
        sources=tuple(d.source for d in docs),
    )


def run_feedparser(docs: list[Doc]) -> Run:
    run = Run()
    started = time.perf_counter()
    for d in docs:
        run.entries += len(feedparser.parse(io.BytesIO(d.data)).entries)
    run.seconds = time.perf_counter() - started
    return run


def _parse(doc: Doc, run: Run) -> ParsedFeed | None:
    try:
        parsed = parse_feed(doc.data, HEADERS, doc.url, source_id=doc.source.id)
    except ParseError:
        run.errors += 1
        return None
    run.entries += len(parsed.entries)
    run.entry_errors += len(parsed.entry_errors)
    return parsed


def run_parse(docs: list[Doc]) -> Run:
    run = Run()
    started = time.perf_counter()
    for d in docs:
        _parse(d, run)
    run.seconds = time.perf_counter() - started
    return run


def run_normalize(docs: list[Doc], hub: Runtime) -> Run:
    run = Run()
    started = time.perf_counter()
    for d in docs:
        parsed = _parse(d, run)
        if parsed is None:
            continue
        articles, errors = pipeline.normalize_entries(hub, d.source, parsed)
        run.articles += len(articles)
        run.entry_errors += len(errors)
    run.seconds = time.perf_counter() - started
    return run


def run_pipeline(docs: list[Doc], hub: Runtime) -> Run:
    """parse + normalize + store, each stage timed on its own as well."""
    run = Run()
    clock = time.perf_counter
    started = clock()
    for d in docs:
        t0 = clock()
        parsed = _parse(d, run)
        t1 = clock()
        run.stages["parse"] += t1 - t0
        if parsed is None:
            continue
        articles, errors = pipeline.normalize_entries(hub, d.source, parsed)
        t2 = clock()
        run.stages["normalize"] += t2 - t1
        new, updated, dupes, _sections = pipeline.store_articles(hub, d.source, articles, NOW)
        run.stages["store"] += clock() - t2
        run.articles += len(articles)
        run.entry_errors += len(errors)
        run.new += new
        run.updated += updated
        run.dupes += dupes
    run.seconds = clock() - started
    return run


def run_service(docs: list[Doc], hub: Runtime, workers: int) -> Run:
    """(e): each file prepared by the hub's preparer (worker processes) and stored, by
    `workers` threads at once, as pipeline.update_source does after a fetch."""
    run = Run()
    cap = hub.settings.service.max_entries_per_poll
    lock = threading.Lock()

    def one(d: Doc) -> None:
        job = prepare.Job(d.source, d.data, dict(HEADERS), d.url, frozenset(), cap, SECTIONS)
        try:
            poll = hub.preparer.prepare(job)
        except ParseError:
            with lock:
                run.errors += 1
            return
        if poll.articles is None:  # over the cap: normalised here, as the pipeline does
            articles, problems = pipeline.normalize_entries(hub, d.source, poll.parsed)
            items: list[Article | Prepared] = list(articles)
            errors: tuple[str, ...] = tuple(problems)
        else:
            items, errors = list(poll.articles), poll.errors
        new, updated, dupes, _sections = pipeline.store_articles(hub, d.source, items, NOW)
        with lock:
            run.entries += poll.entries
            run.articles += len(items)
            run.entry_errors += len(poll.parsed.entry_errors) + len(errors)
            run.new += new
            run.updated += updated
            run.dupes += dupes

    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, docs))
    run.seconds = time.perf_counter() - started
    return run


def open_hub(docs: list[Doc], folder: Path, processes: int = 0) -> Runtime:
    """A real Runtime on a fresh SQLite file, schema migrated, one source row per file;
    `processes` parse worker processes."""
    settings = make_settings(docs, f"sqlite:///{folder / 'bench.sqlite'}")
    service = replace(settings.service, parse_processes=processes)
    return Runtime.open(replace(settings, service=service))


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


def warm_up(docs: list[Doc], folder: Path) -> None:
    """Load lazily initialised models (py3langid) and caches outside the timed runs."""
    hub = open_hub(docs[:1], folder)
    try:
        raw = RawEntry(
            guid="warm-up",
            link="https://bench.example/a",
            title="Warm-up",
            title_is_html=False,
            summary=None,
            content="<p>Ein kurzer Text, damit die Spracherkennung ihr Modell lädt.</p>",
            published=None,
            updated=None,
        )
        feed = ParsedFeed(None, None, None, (raw,), "rss20", "https://bench.example/")
        pipeline.normalize_entries(hub, docs[0].source, feed)
        feedparser.parse(io.BytesIO(docs[0].data))
    finally:
        hub.close()


def rate(entries: int, seconds: float) -> str:
    return f"{entries / seconds:10.0f}/s" if seconds > 0 else "         -/s"


def profile_pipeline(docs: list[Doc], limit: int) -> None:
    with tempfile.TemporaryDirectory(prefix="feedhub-bench-") as tmp:
        hub = open_hub(docs, Path(tmp))
        try:
            prof = cProfile.Profile()
            prof.enable()
            run_pipeline(docs, hub)
            prof.disable()
        finally:
            hub.close()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("cumulative")
    wanted = r"feedhub|feedparser|nh3|py3langid|sqlalchemy"
    print(f"\ncProfile of (d), top {limit} by cumulative time in {wanted}:")
    stats.print_stats(wanted, limit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of feed files")
    ap.add_argument("--repeat", type=int, default=1, help="runs per phase; the best counts")
    ap.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=25,
        default=0,
        metavar="N",
        help="after the timing, cProfile one pipeline pass and print the top N functions",
    )
    ap.add_argument(
        "--processes",
        type=int,
        default=default_parse_processes(),
        help="(e): parse worker processes (default: one per CPU)",
    )
    ap.add_argument("--workers", type=int, default=4, help="(e): threads storing (default 4)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if not args.corpus.is_dir():
        ap.error(f"corpus folder not found: {args.corpus}")
    docs = load(args.corpus)
    if not docs:
        ap.error(f"no files in {args.corpus}")
    size = sum(len(d.data) for d in docs)

    fp_runs: list[Run] = []
    parse_runs: list[Run] = []
    norm_runs: list[Run] = []
    pipe_runs: list[Run] = []
    service_runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="feedhub-bench-") as tmp:
        warm_up(docs, Path(tmp) / "warm")
        for i in range(args.repeat):
            fp_runs.append(run_feedparser(docs))
            parse_runs.append(run_parse(docs))
            folder = Path(tmp) / f"run{i}"  # a fresh database per run: every entry is new
            hub = open_hub(docs, folder)
            try:
                norm_runs.append(run_normalize(docs, hub))
                pipe_runs.append(run_pipeline(docs, hub))
            finally:
                hub.close()
            hub = open_hub(docs, Path(tmp) / f"service{i}", args.processes)
            try:
                hub.preparer.start()  # the workers up and their models loaded: not timed
                service_runs.append(run_service(docs, hub, args.workers))
            finally:
                hub.close()
    fp, ps, nm, pl = best(fp_runs), best(parse_runs), best(norm_runs), best(pipe_runs)
    sv = best(service_runs)

    print(f"corpus   {args.corpus}")
    print(f"files    {len(docs)} ({size / 1e6:.1f} MB), best of {args.repeat}")
    print(
        f"entries  feedparser {fp.entries}, feedhub {pl.entries} parsed, {pl.articles} normalised"
    )
    print(
        f"feedhub  {pl.errors} files ParseError, {pl.entry_errors} entries skipped;"
        f" stored new {pl.new}, updated {pl.updated}, duplicates {pl.dupes}"
    )
    print()
    rows: list[tuple[str, Run, int]] = [
        ("(a) feedparser.parse (defaults)", fp, fp.entries),
        ("(b) feedhub parse", ps, ps.entries),
        ("(c) feedhub parse+normalize", nm, nm.articles),
        ("(d) feedhub parse+normalize+store", pl, pl.articles),
        (f"(e) (d) in {args.processes} processes", sv, sv.articles),
    ]
    for label, r, n in rows:
        print(f"{label:<36}{r.seconds:8.3f} s {rate(n, r.seconds)}  {r.seconds / fp.seconds:5.2f}x")
    print()
    print("stages of (d):  " + "  ".join(f"{s} {pl.stages[s]:.3f} s" for s in STAGES))
    ratio = pl.seconds / fp.seconds
    verdicts = "; ".join(
        f"target {t}x: {'met' if ratio <= t else 'not met'}" for t in TARGET_RATIOS
    )
    print(f"pipeline / feedparser = {ratio:.2f}x; {verdicts}")
    service = sv.seconds / fp.seconds
    print(
        f"service (e) / feedparser = {service:.2f}x with {args.processes} parse processes and"
        f" {args.workers} threads on {os.cpu_count()} CPUs (stored new {sv.new}, updated"
        f" {sv.updated}, duplicates {sv.dupes}); target {TARGET_SERVICE_RATIO}x:"
        f" {'met' if service <= TARGET_SERVICE_RATIO else 'not met'}"
    )
    if args.profile:
        profile_pipeline(docs, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
