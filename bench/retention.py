"""Retention benchmark: a week-long stream pruned daily keeps the store bounded.

    .venv/bin/python bench/retention.py [--days 7] [--per-day 3000] [--retention-days 2]
        [--batch 100] [--database URL] [--seed N] [--no-prune] [--no-vacuum]

The stream of bench/dedup_scale.py (distinct German-like texts with perturbed copies,
--per-day articles a simulated day, a day/night profile) goes through the service's
path: normalize.normalize_entry, then pipeline.store_articles, --batch articles of a
source at a time with `now` = the newest publication time among them, on a real Runtime
(8 sources, the 8 sections, feed_size 50) over a fresh SQLite file in a temporary folder,
or the database at --database (it should be empty). At the end of each simulated day,
every feed is published (pipeline.publish_all: the archive pages too), then
retention.prune runs with `now` = midnight and a retention of --retention-days (below the
configured minimum of 30 days: a simulated week).

Printed per day: the articles stored and their store_articles time, the publish time, the
prune's time and what it deleted, the ratio prune / ingest time of that day, the rows of
each table after the prune, and on SQLite the database file after the prune and a WAL
checkpoint (TRUNCATE): its size, its pages and how many of them are free (SQLite reuses
free pages for later writes; the file never shrinks by itself). At the end, on SQLite,
the file before and after VACUUM (which writes the database anew without its free
pages). With --no-prune, the same stream without retention: the peer the rows and the
file size are compared with.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from dataclasses import field
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dedup_scale import START  # noqa: E402
from bench.dedup_scale import Stream  # noqa: E402
from bench.dedup_scale import make_settings  # noqa: E402
from feedhub import normalize  # noqa: E402
from feedhub import pipeline  # noqa: E402
from feedhub import retention  # noqa: E402
from feedhub.db import schema  # noqa: E402
from feedhub.models import Article  # noqa: E402
from feedhub.models import ParsedFeed  # noqa: E402
from feedhub.runtime import Runtime  # noqa: E402

TABLES = (
    schema.stories,
    schema.articles,
    schema.article_keys,
    schema.article_index,
    schema.article_facets,
    schema.story_links,
    schema.feed_documents,
    schema.feed_offsets,
    schema.ingest_changes,
)
SHORT = {
    "stories": "stories",
    "articles": "articles",
    "article_keys": "keys",
    "article_index": "index",
    "article_facets": "facets",
    "story_links": "links",
    "feed_documents": "docs",
    "feed_offsets": "offsets",
    "ingest_changes": "changes",
}


@dataclass
class Day:
    day: int
    stored: int = 0
    ingest_seconds: float = 0.0
    publish_seconds: float = 0.0
    prune: retention.PruneResult = field(default_factory=retention.PruneResult)
    prune_seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    file_bytes: int = 0
    wal_bytes: int = 0
    pages: int = 0
    free_pages: int = 0


def rows(hub: Runtime) -> dict[str, int]:
    with hub.repo.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0) for t in TABLES
        }


def sqlite_file(hub: Runtime, path: Path) -> tuple[int, int, int, int]:
    """(database file bytes, WAL bytes, pages, free pages), the WAL copied back and
    truncated first (tried again while the service's checkpoint thread is at it)."""
    with hub.repo.writer.connect() as conn:
        for _ in range(50):
            [(busy, _log, _done)] = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
            if not busy:
                break
            time.sleep(0.1)
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        free = int(conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0)
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size, wal.stat().st_size if wal.exists() else 0, pages, free


def run(args: argparse.Namespace, url: str, path: Path | None) -> tuple[list[Day], str]:
    hub = Runtime.open(make_settings(url))
    settings = hub.settings
    sources = {s.id: s for s in settings.sources}
    feeds = {
        s.id: ParsedFeed(s.name, s.url, "de", (), "rss20", s.url or "https://invalid/")
        for s in settings.sources
    }
    keep = retention.Retention(timedelta(days=args.retention_days), minimum=timedelta(0))
    buffers: dict[str, list[Article]] = {s: [] for s in sources}
    out: list[Day] = []
    vacuum = ""
    clock = time.perf_counter
    try:
        if hub.repo.article_count():
            print("warning: the database holds articles already", file=sys.stderr)
        stream = iter(Stream(args.seed, args.per_day))
        pending = next(stream)
        for d in range(args.days):
            day = Day(d + 1)
            end = START + timedelta(days=d + 1)

            def flush(source_id: str, day: Day = day) -> None:
                batch = buffers[source_id]
                if not batch:
                    return
                now = max(a.published for a in batch if a.published is not None)
                t0 = clock()
                pipeline.store_articles(hub, sources[source_id], batch, now)
                day.ingest_seconds += clock() - t0
                day.stored += len(batch)
                buffers[source_id] = []

            while pending.raw.published is not None and pending.raw.published < end:
                article = normalize.normalize_entry(
                    pending.raw, feeds[pending.source], sources[pending.source], settings.sections
                )
                buffers[pending.source].append(article)
                if len(buffers[pending.source]) >= args.batch:
                    flush(pending.source)
                pending = next(stream)
            for source_id in buffers:
                flush(source_id)
            t0 = clock()
            pipeline.publish_all(hub)
            day.publish_seconds = clock() - t0
            if not args.no_prune:
                t0 = clock()
                day.prune = retention.prune(hub, end, keep)
                day.prune_seconds = clock() - t0
            day.rows = rows(hub)
            if path is not None:
                day.file_bytes, day.wal_bytes, day.pages, day.free_pages = sqlite_file(hub, path)
            out.append(day)
            print(
                f"  day {day.day}: {day.stored} stored in {day.ingest_seconds:.1f} s,"
                f" pruned {day.prune.stories} stories in {day.prune_seconds:.2f} s",
                file=sys.stderr,
                flush=True,
            )
        if path is not None and not args.no_vacuum:
            before = path.stat().st_size
            t0 = clock()
            with hub.repo.writer.connect() as conn:
                conn.exec_driver_sql("VACUUM")
            seconds = clock() - t0
            after, _wal, pages, free = sqlite_file(hub, path)
            vacuum = (
                f"VACUUM    {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB in {seconds:.1f} s"
                f" ({pages} pages, {free} free)"
            )
    finally:
        hub.close()
    return out, vacuum


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--days", type=int, default=7, help="simulated days")
    ap.add_argument("--per-day", type=float, default=3000, help="articles per simulated day")
    ap.add_argument("--retention-days", type=float, default=2, help="retention in days")
    ap.add_argument("--batch", type=int, default=100, help="articles per store_articles call")
    ap.add_argument("--database", help="database URL (default: SQLite file in a temp folder)")
    ap.add_argument("--seed", type=int, default=20250816)
    ap.add_argument("--no-prune", action="store_true", help="the peer: no retention")
    ap.add_argument("--no-vacuum", action="store_true", help="skip the VACUUM at the end")
    args = ap.parse_args(argv)
    if args.days < 1 or args.per_day <= 0 or args.batch < 1 or args.retention_days <= 0:
        ap.error("--days, --per-day, --batch and --retention-days must be positive")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="feedhub-bench-retention-") as tmp:
        path = None if args.database else Path(tmp) / "retention.sqlite"
        url = args.database or f"sqlite:///{path}"
        days, vacuum = run(args, url, path)
    wall = time.perf_counter() - started

    print(f"database  {args.database or 'SQLite file in a temp folder'}")
    print(
        f"stream    {args.days} days x {args.per_day:.0f} articles (bench/dedup_scale.py),"
        f" {args.batch} per store_articles call; "
        + (
            "no retention (the peer)"
            if args.no_prune
            else f"retention {args.retention_days:g} days, pruned at each midnight"
        )
    )
    print()
    head = f"{'day':>3}{'stored':>7}{'ingest s':>9}{'publish s':>10}"
    head += f"{'pruned':>8}{'arts':>7}{'keys':>8}{'docs':>6}{'prune s':>8}{'render s':>9}"
    head += f"{'prune/ingest':>13}{'delete/ingest':>14}"
    print(head)
    for d in days:
        p = d.prune
        render = p.publish_ms / 1000
        ratio = d.prune_seconds / d.ingest_seconds if d.ingest_seconds else 0.0
        deleting = (d.prune_seconds - render) / d.ingest_seconds if d.ingest_seconds else 0.0
        print(
            f"{d.day:>3}{d.stored:>7}{d.ingest_seconds:>9.1f}{d.publish_seconds:>10.1f}"
            f"{p.stories:>8}{p.articles:>7}{p.keys:>8}{p.documents:>6}"
            f"{d.prune_seconds:>8.2f}{render:>9.2f}{ratio:>13.3f}{deleting:>14.3f}"
        )
    print()
    names = [t.name for t in TABLES]
    head = f"{'day':>3}" + "".join(f"{SHORT[n]:>9}" for n in names)
    if days and days[0].file_bytes:
        head += f"{'file MB':>9}{'WAL MB':>8}{'pages':>8}{'free':>7}"
    print(head)
    for d in days:
        line = f"{d.day:>3}" + "".join(f"{d.rows[n]:>9}" for n in names)
        if d.file_bytes:
            line += f"{d.file_bytes / 1e6:>9.1f}{d.wal_bytes / 1e6:>8.1f}{d.pages:>8}"
            line += f"{d.free_pages:>7}"
        print(line)
    if vacuum:
        print()
        print(vacuum)
    print()
    print(f"wall      {wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
