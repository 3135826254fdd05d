"""Command line: each command calls one pipeline, repo, config or evaluation function.

feedhub run      [--config DIR]            scheduler + HTTP server
feedhub serve    [--config DIR]            HTTP server only (extra web processes)
feedhub update   [--config DIR] [SOURCE...] poll due (or the named) sources once
feedhub check    [--config DIR]            validate config/, exit 1 with the problems
feedhub sources  [--config DIR]            one line per source: kind, state, error, next poll
feedhub publish  [--config DIR]            re-render every feed
feedhub explain  [--config DIR] ARTICLE    why an article is in its story
feedhub split    [--config DIR] ARTICLE    move an article into a story of its own
feedhub merge    [--config DIR] ARTICLE TARGET   move an article into TARGET's story
feedhub cluster  --jsonl FILE --out PRED.json    run the matcher on a labelled set

ARTICLE and TARGET are an article id, an article URL, or SOURCE:GUID; TARGET may also be
a published story id. split and merge are remembered across re-ingestion.

Text that came from a source (titles, URLs, GUIDs, reasons, error messages) is printed
through printable(): control characters become visible escapes, so a feed cannot move
the cursor, recolour or retitle the operator's terminal.

`feedhub sources` also works while config/ is invalid: it prints the problems first,
then every source the database knows (found through feedhub.toml's database_url or
FEEDHUB_DATABASE_URL), and exits 1 until the config is fixed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from feedhub import __version__
from feedhub import corrections
from feedhub import evaluation
from feedhub import logs
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.errors import StorageError
from feedhub.models import Source
from feedhub.models import SourceHealth
from feedhub.runtime import Runtime
from feedhub.runtime import Service
from feedhub.runtime import start_ticker

if TYPE_CHECKING:
    from feedhub.publish.app import FeedApp

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
        ("explain", "show why an article is in its story"),
        ("split", "move an article into a story of its own (remembered)"),
        ("merge", "move an article into another article's story (remembered)"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument(
            "--config", default=DEFAULT_CONFIG, help="config directory (default: %(default)s)"
        )
        if name == "update":
            p.add_argument("source", nargs="*", help="source ids (default: every due source)")
        if name in ("explain", "split", "merge"):
            p.add_argument("article", help="article id, URL, or SOURCE:GUID")
        if name == "merge":
            p.add_argument("target", help="article id, URL, SOURCE:GUID, or story id")
    p = sub.add_parser("cluster", help="run the matcher on articles in the dedup test-set format")
    p.add_argument("--jsonl", required=True, help="articles, one JSON object a line")
    p.add_argument("--out", required=True, help="where to write {clusters, related}")
    p.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    logs.setup(args.log_level.upper())
    if args.command == "cluster":
        return _cluster(args.jsonl, args.out, args.database)

    try:
        settings = load_settings(args.config)
    except ConfigError as e:
        if args.command == "sources":
            return _sources_despite(args.config, e)
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
        rt = Runtime.open(settings)
    except StorageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    try:
        if args.command == "update":
            return _update(rt, args.source)
        if args.command == "sources":
            return _sources(rt)
        if args.command == "publish":
            print(f"{pipeline.publish_all(rt)} documents changed")
            return 0
        if args.command == "explain":
            return _explain(rt, args.article)
        if args.command in ("split", "merge"):
            return _correct(rt, args.command, args.article, getattr(args, "target", None))
        return _serve(rt, args.config, scheduler=args.command == "run")
    except StorageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        rt.close()


def _update(rt: Runtime, ids: list[str]) -> int:
    now = pipeline.now_utc()
    if ids:
        try:
            sources = _select_sources(rt, ids)
        except KeyError as e:
            known = ", ".join(s.id for s in rt.settings.sources)
            print(f"error: unknown source {e.args[0]!r}; known: {known}", file=sys.stderr)
            return 2
        results = pipeline.update_sources(rt, sources, now)
    else:
        results = pipeline.run_due(rt, now)
    pipeline.publish_all(rt)
    for r in results:
        if r.error:
            print(f"{r.source_id}: error: {printable(r.error)}")
        else:
            print(
                f"{r.source_id}: {r.status}: {r.seen} entries, {r.new} new, {r.updated} updated,"
                f" {r.dupes} duplicates ({r.ms} ms)"
            )
    if not results:
        print("no source due")
    return 1 if results and all(r.error for r in results) else 0


# C0 and C1 controls (ESC, CSI U+009B, BEL, backspace, CR, LF, ...), DEL, and the
# characters that reorder or break a line on a terminal (bidi embeddings, overrides and
# isolates; line and paragraph separators)
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {
    c: f"\\u{c:04x}" for c in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def printable(text: object) -> str:
    """`text` as one line that is safe to print on a terminal: every control character
    replaced by a visible escape (ESC -> \\x1b, CSI -> \\x9b, newline -> \\x0a, ...);
    everything else, accented letters included, unchanged."""
    return str(text).translate(_CONTROLS)


def _sources(rt: Runtime) -> int:
    kinds = {s.id: s.kind.value for s in rt.settings.sources}
    # removed from config: its articles stay, its row is not shown
    _print_sources([h for h in rt.repo.health() if h.source_id in kinds], kinds)
    return 0


def _sources_despite(config_dir: str, error: ConfigError) -> int:
    """`feedhub sources` while the config is invalid: its problems first, then every
    source the database knows (which of them the config still names, and their kind, is
    unknown without a valid config). Exit 1: the config must be fixed."""
    from pathlib import Path

    from feedhub.config import database_url_of
    from feedhub.db.repo import Repository

    print(
        f"config invalid ({len(error.problems)} problems); a running service keeps its last"
        " good config until it is fixed:"
    )
    for problem in error.problems:
        print(f"config error: {printable(problem)}")
    url = database_url_of(config_dir)
    if url is None:
        print("sources: unknown (feedhub.toml is unreadable, FEEDHUB_DATABASE_URL is not set)")
        return 1
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    if path is not None and path != ":memory:" and not Path(path).is_file():
        print(f"sources: unknown (no database at {path})")
        return 1
    try:
        repo = Repository.open(url)
    except StorageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    try:
        print("sources known to the database:")
        _print_sources(repo.health(), {})
    finally:
        repo.close()
    return 1


def _print_sources(rows: list[SourceHealth], kinds: dict[str, str]) -> None:
    """One line per source, the worst first, as on /status (kind "?" when unknown)."""
    from feedhub.publish.status import sort_rows

    for h in sort_rows(rows, "state"):
        next_at = h.next_check.strftime("%Y-%m-%d %H:%M:%SZ") if h.next_check else "-"
        status = f" http={h.last_status}" if h.last_status else ""
        error = f" error='{printable(h.last_error)}'" if h.last_error else ""
        print(
            f"{printable(h.source_id)} kind={kinds.get(h.source_id, '?')}"
            f" state={h.state.value}{status} failures={h.error_count}"
            f" entries={h.entries_seen} new={h.new_count} dupes={h.dupe_count}"
            f" next={next_at}{error}"
        )


def _serve(rt: Runtime, config_dir: str, *, scheduler: bool) -> int:
    """Serve HTTP with granian: `http_workers` worker processes, each running
    publish.app.worker_app() (through http_worker(), in a process group of its own) on
    the same config and database; this process runs the scheduler (when `scheduler`) and
    supervises the workers: a SIGINT or SIGTERM to it stops each worker with one SIGTERM,
    and it exits 0 once they have stopped."""
    import multiprocessing

    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.server import Server

    from feedhub.publish.app import CONFIG_ENV

    service = Service(config_dir, rt)
    pipeline.publish_all(rt)
    svc = rt.settings.service
    # workers start afresh (spawn) rather than as copies of this process, which holds
    # database connections and the scheduler's threads
    multiprocessing.set_start_method("spawn", force=True)
    os.environ[CONFIG_ENV] = os.path.abspath(config_dir)
    server = Server(
        "feedhub.cli:http_worker",
        address=svc.listen_host,
        port=svc.listen_port,
        interface=Interfaces.RSGI,  # publish.app.FeedApp.__rsgi__
        factory=True,
        workers=svc.http_workers,
        log_level=LogLevels.warning,
        log_access=False,
        backlog=1024,
    )
    ticker = start_ticker(service.tick, rt.settings.service.tick_seconds) if scheduler else None
    logger.info(
        "serving url=http://%s:%d/ workers=%d scheduler=%s",
        svc.listen_host,
        svc.listen_port,
        svc.http_workers,
        "on" if scheduler else "off",
    )
    try:
        server.serve()
    finally:
        if ticker is not None:
            ticker.shutdown(wait=True)
    return 0


def http_worker() -> FeedApp:
    """The factory granian calls in each HTTP worker process, before the worker installs
    its SIGINT/SIGTERM handlers: it moves the worker into a process group of its own,
    then builds publish.app.worker_app().

    So a worker is stopped once, by the supervisor (SIGTERM). In the supervisor's group,
    a terminal's Ctrl-C (SIGINT to the whole foreground group) reached the workers as
    well as the supervisor, which then sent each its SIGTERM: a granian 2.8 worker that
    handles the second signal while it stops on the first can deadlock, never exiting."""
    from feedhub.publish.app import worker_app

    os.setpgid(0, 0)
    return worker_app()


def _cluster(jsonl: str, out: str, database: str | None) -> int:
    import json
    import tempfile
    from pathlib import Path

    try:
        lines = Path(jsonl).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:
        print(f"error: cannot read {jsonl}: {e}", file=sys.stderr)
        return 1
    logging.getLogger("feedhub.pipeline").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="feedhub-cluster-") as tmp:
        url = database or f"sqlite:///{tmp}/cluster.sqlite"
        clusters, related = evaluation.cluster_records(records, url)
    Path(out).write_text(json.dumps({"clusters": clusters, "related": related}, indent=1) + "\n")
    print(
        f"{len(records)} articles -> {len(clusters)} stories, {len(related)} related pairs: {out}"
    )
    return 0


def _explain(rt: Runtime, ref: str) -> int:
    """Why an article is in its story. Every text that came from a source is printed
    through printable() (a title may carry terminal escape sequences)."""
    found = corrections.find_article(rt, ref)
    if found is None:
        print(
            f"error: no article '{printable(ref)}' (give an id, a URL or SOURCE:GUID)",
            file=sys.stderr,
        )
        return 2
    story = rt.repo.story(found.story_id)
    assert story is not None
    a = found.article
    p = printable
    published = a.published.isoformat() if a.published else "-"
    print(f"article {found.id}  source={p(a.source_id)}  guid={p(a.guid)}")
    print(f"  title: {p(a.title)}")
    print(f"  url: {p(a.url or '-')}")
    print(f"  published: {published}  language: {p(a.language)}  section: {p(a.section or '-')}")
    print(f"  first seen: {found.first_seen.isoformat()}")
    print(f"story {story.id}  published as {p(story.uid)}  section: {p(story.section or '-')}")
    print(f"  why here: {p(found.reason)}")
    rep = story.representative
    print(
        f"  representative: article {rep.id} ({p(rep.article.source_id)}): {p(rep.article.title)}"
    )
    print("  versions:")
    for v in (story.representative, *story.versions):
        print(f"    article {v.id} {p(v.article.source_id)}: {p(v.reason)}")
    if story.related:
        print("  related:")
        for r in story.related:
            print(f"    {p(r.kind)}: {p(r.title)} ({p(r.uid)}): {p(r.reason)}")
    return 0


def _correct(rt: Runtime, action: str, ref: str, target: str | None) -> int:
    found = corrections.find_article(rt, ref)
    if found is None:
        print(f"error: no article {ref!r}", file=sys.stderr)
        return 2
    now = pipeline.now_utc()
    if action == "split":
        story = rt.repo.story(found.story_id)
        if story is not None and not story.versions:
            print(f"article {found.id} is already the only version of story {found.story_id}")
            return 0
        story_id = corrections.split(rt, found, now)
    else:
        assert target is not None
        other = corrections.find_article(rt, target)
        into = other.story_id if other else rt.repo.story_id_by_uid(target)
        if into is None:
            print(f"error: no article or story {target!r}", file=sys.stderr)
            return 2
        story_id = corrections.merge(rt, found, into, now)
    pipeline.publish_all(rt)
    print(f"article {found.id} -> story {story_id} ({action} remembered)")
    return 0


def _select_sources(rt: Runtime, ids: list[str]) -> list[Source]:
    """Sources by id, in the given order; raises KeyError naming an unknown id."""
    out = []
    for i in ids:
        s = rt.settings.source(i)
        if s is None:
            raise KeyError(i)
        out.append(s)
    return out
