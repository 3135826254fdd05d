"""Workers benchmark: what a second feedhub process on one PostgreSQL adds.

    .venv/bin/python bench/workers.py [--sources N] [--entries N] [--hosts N]
                                      [--processes K,K,...] [--workers W] [--seed N]

Needs nginx and the PostgreSQL server (`scripts/bench workers` installs both).

Setup (not timed): the feeds of bench/fetch.py (--sources RSS files of --entries items,
and their next versions with one new item each) served by nginx on --hosts loopback
addresses, and a throwaway PostgreSQL cluster (bench/_postgres.py).

For each process count K (default 1 and 2): a fresh database; K feedhub processes on it,
each with the same config (`workers` fetch threads, the default `parse_processes`), each
polling every K-th source (as claim_due shares due sources between processes). The
processes start each pass together (a file they wait for) and report when done; a pass
lasts until the last one is done:

    pass 1   every feed new: fetch, parse, dedup, store, publish
    pass 2   the same feeds again: 304s
    pass 3   every feed changed by one new item

Printed per K and pass: wall seconds, sources/s, entries stored per second, the CPU
seconds of all processes, and the ratio to K=1. After pass 1 the bench counts stories
and articles: with distinct articles there is one story each (a second process must never
split or double a story; tests/test_workers.py checks copies of one story).

Ingest (dedup and store) is serialised across processes by a transaction-level advisory
lock; fetching and parsing are not. So a second process adds what is not the ingest.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import fetch  # noqa: E402
from bench._postgres import PostgresMissing  # noqa: E402
from bench._postgres import running_postgres  # noqa: E402

PASSES = ("1 (200)", "2 (304)", "3 (next)")
PEER_TIMEOUT = 3600.0


@dataclass
class Done:
    seconds: float = 0.0
    cpu: float = 0.0
    sources: int = 0
    entries: int = 0
    errors: int = 0


def peer(config: Path, index: int, count: int, control: Path) -> int:
    """One feedhub process: every `count`-th source from `index`, three passes, each
    started by control/go-N and reported in control/done-N-index.json."""
    import logging

    from feedhub import pipeline
    from feedhub.config import load_settings
    from feedhub.runtime import Runtime

    logging.getLogger().setLevel(logging.ERROR)
    hub = Runtime.open(load_settings(config))
    try:
        hub.preparer.start()
        sources = list(hub.settings.sources)[index::count]
        (control / f"ready-{index}").write_text("", encoding="utf-8")
        for n in range(1, len(PASSES) + 1):
            go = control / f"go-{n}"
            while not go.exists():
                time.sleep(0.01)
            cpu0 = fetch._cpu()
            t0 = time.perf_counter()
            results = pipeline.update_sources(hub, sources, pipeline.now_utc())
            done = Done(
                seconds=time.perf_counter() - t0,
                cpu=fetch._cpu() - cpu0,
                sources=len(results),
                entries=sum(r.new + r.dupes + r.updated for r in results),
                errors=sum(1 for r in results if r.error),
            )
            out = control / f"done-{n}-{index}.json"
            out.write_text(json.dumps(done.__dict__), encoding="utf-8")
    finally:
        hub.close()
    return 0


def run_count(
    root: Path, urls: list[str], url: str, count: int, workers: int, docroot: Path
) -> tuple[list[list[Done]], list[float], tuple[int, int]]:
    """K processes over one database: per pass their reports and the wall time."""
    config = root / f"config-{count}"
    shutil.rmtree(root / "config", ignore_errors=True)
    fetch.write_config(root, urls, workers, {})
    (root / "config").rename(config)
    toml = (config / "feedhub.toml").read_text(encoding="utf-8")
    toml = "\n".join(
        f'database_url = "{url}"' if line.startswith("database_url") else line
        for line in toml.splitlines()
    )
    (config / "feedhub.toml").write_text(toml + "\n", encoding="utf-8")
    control = root / f"control-{count}"
    control.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--peer", str(config), str(i), str(count), str(control)],
            env={"MALLOC_ARENA_MAX": "2", **os.environ},
        )
        for i in range(count)
    ]
    passes: list[list[Done]] = []
    walls: list[float] = []
    try:
        _wait(control, [f"ready-{i}" for i in range(count)], procs)
        for n in range(1, len(PASSES) + 1):
            if n == 3:
                fetch.swap_feeds(docroot)
            t0 = time.perf_counter()
            (control / f"go-{n}").write_text("", encoding="utf-8")
            names = [f"done-{n}-{i}.json" for i in range(count)]
            _wait(control, names, procs)
            walls.append(time.perf_counter() - t0)
            passes.append(
                [Done(**json.loads((control / name).read_text(encoding="utf-8"))) for name in names]
            )
            if n == 3:
                fetch.swap_feeds(docroot)
        for p in procs:
            p.wait(timeout=60)
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    return passes, walls, _counts(url)


def _wait(control: Path, names: list[str], procs: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + PEER_TIMEOUT
    while not all((control / n).exists() for n in names):
        failed = [p.returncode for p in procs if p.poll() not in (None, 0)]
        if failed:
            raise fetch.BenchError(f"a feedhub process failed (status {failed[0]})")
        if time.monotonic() > deadline:
            raise fetch.BenchError("the feedhub processes did not finish in time")
        time.sleep(0.02)


def _counts(url: str) -> tuple[int, int]:
    """(stories, articles) in the database."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            stories = conn.exec_driver_sql("SELECT count(*) FROM stories").scalar()
            articles = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
    finally:
        engine.dispose()
    return int(stories or 0), int(articles or 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sources", type=int, default=1000, help="feeds (one source each)")
    ap.add_argument("--entries", type=int, default=20, help="items per feed")
    ap.add_argument("--hosts", type=int, default=250, help="loopback addresses to spread over")
    ap.add_argument("--processes", default="1,2", help="process counts to compare, e.g. 1,2")
    ap.add_argument("--workers", type=int, default=16, help="fetch threads per process")
    ap.add_argument("--seed", type=int, default=1, help="seed of the generated feeds")
    ap.add_argument("--peer", nargs=4, help=argparse.SUPPRESS)  # config index count control
    args = ap.parse_args(argv)
    if args.peer:
        config, index, count, control = args.peer
        return peer(Path(config), int(index), int(count), Path(control))
    counts = [int(k) for k in args.processes.split(",")]
    if min(counts) < 1 or min(args.sources, args.entries, args.hosts, args.workers) < 1:
        ap.error("--processes, --sources, --entries, --hosts and --workers must be >= 1")
    if shutil.which("nginx") is None:
        print(f"error: nginx not found; install it first: {fetch.INSTALL_HINT}", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="feedhub-workers-bench-"))
    try:
        with running_postgres() as pg:
            return run(root, args, counts, pg)
    except PostgresMissing as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except fetch.BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, args: Any, counts: list[int], pg: Any) -> int:
    prefix = root / "nginx"
    docroot = prefix / "html"
    size = fetch.write_feeds(docroot / "feeds", args.sources, args.entries, args.seed)
    nginx = fetch.start_nginx(prefix, docroot, 1)
    try:
        hosts, note = fetch.loopback_hosts(nginx.port, args.hosts)
        urls = fetch.source_urls(hosts, nginx.port, args.sources)
        per_host = math.ceil(args.sources / len(hosts))
        print(
            f"feeds     {args.sources} RSS files x {args.entries} items, {size / 1e6:.1f} MB, on"
            f" {len(hosts)} loopback hosts ({per_host} per host); PostgreSQL on port {pg.port}"
        )
        if note:
            print(f"note      {note}")
        print(
            f"machine   {os.cpu_count()} CPUs shared by nginx, PostgreSQL and the feedhub"
            f" processes; {args.workers} fetch threads and the default parse_processes each"
        )
        results: dict[int, tuple[list[list[Done]], list[float], tuple[int, int]]] = {}
        for k in counts:
            print(f"running   {k} feedhub process(es) ...", file=sys.stderr, flush=True)
            pg.admin(f"CREATE DATABASE k{k}")
            results[k] = run_count(root, urls, pg.url(f"k{k}"), k, args.workers, docroot)
    finally:
        nginx.stop()
    print()
    print(f"{'processes':<10}{'pass':<10}{'seconds':>9}{'sources/s':>11}{'entries/s':>11}"
          f"{'cpu s':>8}{'errors':>8}{'vs 1':>7}")  # fmt: skip
    base = results.get(1)
    for k, (passes, walls, (stories, articles)) in results.items():
        for i, (done, wall) in enumerate(zip(passes, walls, strict=True)):
            sources = sum(d.sources for d in done)
            entries = sum(d.entries for d in done)
            speedup = f"{base[1][i] / wall:6.2f}x" if base is not None else "      -"
            print(
                f"{k:<10}{PASSES[i]:<10}{wall:>9.2f}{sources / wall:>11.1f}{entries / wall:>11.0f}"
                f"{sum(d.cpu for d in done):>8.1f}{sum(d.errors for d in done):>8}{speedup:>7}"
            )
        print(f"{'':<10}after the passes: {stories} stories of {articles} articles")
    print()
    print(
        "vs 1: the pass's speed against one process (ingest takes turns across processes"
        " on an advisory lock; fetching and parsing do not)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
