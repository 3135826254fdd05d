"""Command line: each command calls one pipeline, repo or config function.

feedhub run      [--config DIR]            scheduler + HTTP server
feedhub serve    [--config DIR]            HTTP server only (extra web processes)
feedhub update   [--config DIR] [SOURCE...] poll due (or the named) sources once
feedhub check    [--config DIR]            validate config/, exit 1 with the problems
feedhub sources  [--config DIR]            one line per source: kind, state, error, next poll
feedhub publish  [--config DIR]            re-render every feed
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from feedhub import __version__
from feedhub import logs
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.errors import StorageError

logger = logging.getLogger(__name__)
DEFAULT_CONFIG = os.environ.get("FEEDHUB_CONFIG", "config")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="feedhub", description="the portal's feed hub")
    parser.add_argument("--version", action="version", version=f"feedhub {__version__}")
    parser.add_argument("--log-level", default=os.environ.get("FEEDHUB_LOG_LEVEL", "INFO"))
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_ in (
        ("run", "poll sources on schedule and serve the feeds"),
        ("serve", "serve the feeds only"),
        ("update", "poll due sources (or the named ones) once"),
        ("check", "validate the config directory"),
        ("sources", "show each source's health"),
        ("publish", "render every feed again"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument(
            "--config", default=DEFAULT_CONFIG, help="config directory (default: %(default)s)"
        )
        if name == "update":
            p.add_argument("source", nargs="*", help="source ids (default: every due source)")
    args = parser.parse_args(argv)
    logs.setup(args.log_level.upper())

    try:
        settings = load_settings(args.config)
    except ConfigError as e:
        for problem in e.problems:
            print(f"config error: {problem}", file=sys.stderr)
        return 1
    if args.command == "check":
        print(
            f"{settings.config_dir}: ok: {len(settings.sections)} sections,"
            f" {len(settings.sources)} sources"
        )
        return 0
    try:
        hub = pipeline.Hub.open(settings)
    except StorageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    try:
        if args.command == "update":
            return _update(hub, args.source)
        if args.command == "sources":
            return _sources(hub)
        if args.command == "publish":
            print(f"{pipeline.publish_all(hub)} documents changed")
            return 0
        return _serve(hub, args.config, scheduler=args.command == "run")
    except StorageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        hub.close()


def _update(hub: pipeline.Hub, ids: list[str]) -> int:
    now = pipeline.now_utc()
    if ids:
        try:
            sources = pipeline.select_sources(hub, ids)
        except KeyError as e:
            known = ", ".join(s.id for s in hub.settings.sources)
            print(f"error: unknown source {e.args[0]!r}; known: {known}", file=sys.stderr)
            return 2
        results = pipeline.update_sources(hub, sources, now)
    else:
        results = pipeline.run_due(hub, now)
    pipeline.publish_all(hub)
    for r in results:
        if r.error:
            print(f"{r.source_id}: error: {r.error}")
        else:
            print(
                f"{r.source_id}: {r.status}: {r.seen} entries, {r.new} new, {r.updated} updated,"
                f" {r.dupes} duplicates ({r.ms} ms)"
            )
    if not results:
        print("no source due")
    return 1 if results and all(r.error for r in results) else 0


def _sources(hub: pipeline.Hub) -> int:
    kinds = {s.id: s.kind.value for s in hub.settings.sources}
    for h in hub.repo.health():
        if h.source_id not in kinds:
            continue  # removed from config; its articles stay
        next_at = h.next_check.strftime("%Y-%m-%d %H:%M:%SZ") if h.next_check else "-"
        status = f" http={h.last_status}" if h.last_status else ""
        error = f" error={h.last_error!r}" if h.last_error else ""
        print(
            f"{h.source_id} kind={kinds[h.source_id]} state={h.state.value}{status}"
            f" failures={h.error_count} entries={h.entries_seen} new={h.new_count}"
            f" dupes={h.dupe_count} next={next_at}{error}"
        )
    return 0


def _serve(hub: pipeline.Hub, config_dir: str, *, scheduler: bool) -> int:
    import uvicorn

    from feedhub.publish.app import FeedApp
    from feedhub.schedule import Service
    from feedhub.schedule import start_ticker

    service = Service(config_dir, hub)
    pipeline.publish_all(hub)
    app = FeedApp(hub.repo, service.settings)
    ticker = start_ticker(service.tick, hub.settings.service.tick_seconds) if scheduler else None
    svc = hub.settings.service
    logger.info(
        "serving url=http://%s:%d/ scheduler=%s",
        svc.listen_host,
        svc.listen_port,
        "on" if scheduler else "off",
    )
    try:
        uvicorn.Server(
            uvicorn.Config(
                app,
                host=svc.listen_host,
                port=svc.listen_port,
                log_level="warning",
                access_log=False,
                lifespan="on",
            )
        ).run()
    finally:
        if ticker is not None:
            ticker.shutdown(wait=True)
    return 0
