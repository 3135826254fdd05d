"""Command line: each command calls one pipeline, repo, config or evaluation function.

feedhub run      [--config DIR]            scheduler + HTTP server
feedhub serve    [--config DIR]            HTTP server only (extra web processes)
feedhub update   [--config DIR] [SOURCE...] poll due (or the named) sources once
feedhub check    [--config DIR]            validate config/, exit 1 with the problems
feedhub sources  [--config DIR] [--opml]   one line per source: kind, state, error, next poll
                                           (--opml: the http sources as an OPML document)
feedhub import-opml [--config DIR] [--section SLUG] [--dry-run] FILE
                                           add an OPML file's feeds to sources.toml
feedhub publish  [--config DIR]            re-render every feed
feedhub prune    [--config DIR]            delete what is older than `retention` now
feedhub explain  [--config DIR] ID         why an article is in its story, or a story's versions
feedhub split    [--config DIR] ARTICLE    move an article into a story of its own
feedhub merge    [--config DIR] ARTICLE TARGET   move an article into TARGET's story
feedhub cluster  --jsonl FILE --out PRED.json    run the matcher on a labelled set

ID, ARTICLE and TARGET take every id an operator sees (corrections.find): an article id,
an article URL, SOURCE:GUID, a portal article's front-matter id, a published entry id
(an own article's URL, tag:...), story:ID or a story feed URL. For ARTICLE a story id
names the story's only version. split and merge are remembered across re-ingestion. An
id that names nothing, or a portal id two portal sources have, is exit status 2 with one
line saying why.

import-opml edits sources.toml as an operator would, validated like any config edit
(opml.py): nothing is written unless the whole config, new sources included, loads as
`feedhub check` loads it; otherwise its problems are printed as check prints them.

import-opml, publish, cluster and update (of more than a few sources) show their
progress on stderr when stderr is a terminal (progress.py); nothing otherwise.

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
from pathlib import Path
from typing import TYPE_CHECKING

from feedhub import __version__
from feedhub import corrections
from feedhub import evaluation
from feedhub import logs
from feedhub import metrics
from feedhub import opml
from feedhub import pipeline
from feedhub import progress
from feedhub import retention
from feedhub import rules
from feedhub.config import SOURCES_FILE
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.errors import StorageError
from feedhub.models import Settings
from feedhub.models import Source
from feedhub.models import SourceHealth
from feedhub.models import StoredArticle
from feedhub.models import Story
from feedhub.runtime import Runtime
from feedhub.runtime import Service
from feedhub.runtime import start_ticker

if TYPE_CHECKING:
    from feedhub.publish.app import FeedApp

logger = logging.getLogger(__name__)
DEFAULT_CONFIG = os.environ.get("FEEDHUB_CONFIG", "config")
FEW_SOURCES = 3  # `feedhub update` of more sources than this shows its progress


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
        ("prune", "delete the stories older than the configured retention now"),
        ("explain", "show why an article is in its story, or a story's versions"),
        ("split", "move an article into a story of its own (remembered)"),
        ("merge", "move an article into another article's story (remembered)"),
        ("import-opml", "add the feeds of an OPML file to sources.toml"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument(
            "--config", default=DEFAULT_CONFIG, help="config directory (default: %(default)s)"
        )
        if name == "update":
            p.add_argument("source", nargs="*", help="source ids (default: every due source)")
        if name == "sources":
            p.add_argument(
                "--opml", action="store_true", help="print the http sources as an OPML document"
            )
        if name == "explain":
            p.add_argument(
                "article",
                metavar="ID",
                help="article id, URL, SOURCE:GUID, portal id, published entry id,"
                " story:ID or story feed URL",
            )
        if name in ("split", "merge"):
            p.add_argument(
                "article", help="article id, URL, SOURCE:GUID, portal id (or a story's only one)"
            )
        if name == "merge":
            p.add_argument(
                "target", help="article or story: any id explain takes (e.g. story:12, tag:...)"
            )
        if name == "import-opml":
            p.add_argument("file", help="OPML file (as feed readers export them)")
            p.add_argument(
                "--section", help="section of every new source (default: from its folder)"
            )
            p.add_argument(
                "--dry-run", action="store_true", help="print what would be added; write nothing"
            )
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
        if args.command == "sources" and not args.opml:
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
    if args.command == "sources" and args.opml:
        return _sources_opml(settings)
    if args.command == "import-opml":
        return _import_opml(settings, args.file, args.section, dry_run=args.dry_run)
    if args.command in ("run", "serve") and settings.service.metrics:
        # before anything counts: this process and its HTTP workers count into one
        # directory, whose sum every worker serves on /metrics (feedhub.metrics)
        # (an extra `serve` on the host shares the directory of `run` when given it)
        metrics.use_directory(os.environ.get(metrics.MULTIPROC_ENV), fresh=args.command == "run")
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
        if args.command == "prune":
            return _prune(rt)
        if args.command == "publish":
            with progress.task("Publishing every feed"):
                changed = pipeline.publish_all(rt)
            print(f"{changed} documents changed")
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
    """Poll the named sources (or the due ones) once, as the scheduler would. With more
    than FEW_SOURCES, a spinner shows it is working: the pipeline polls them concurrently
    and reports nothing per source until all are done, so there is nothing to count."""
    now = pipeline.now_utc()
    if ids:
        try:
            sources = _select_sources(rt, ids)
        except KeyError as e:
            known = ", ".join(s.id for s in rt.settings.sources)
            print(f"error: unknown source {e.args[0]!r}; known: {known}", file=sys.stderr)
            return 2
        with progress.task(f"Polling {len(sources)} sources", show=len(sources) > FEW_SOURCES):
            results = pipeline.update_sources(rt, sources, now)
    else:
        enabled = sum(1 for s in rt.settings.sources if s.enabled)
        with progress.task("Polling the due sources", show=enabled > FEW_SOURCES):
            results = pipeline.run_due(rt, now)
    with progress.task("Publishing every feed", show=len(results) > FEW_SOURCES):
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

    try:
        lines = Path(jsonl).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:
        print(f"error: cannot read {jsonl}: {e}", file=sys.stderr)
        return 1
    logging.getLogger("feedhub.pipeline").setLevel(logging.WARNING)
    with (
        tempfile.TemporaryDirectory(prefix="feedhub-cluster-") as tmp,
        # evaluation.cluster_records reports nothing per article: a spinner, not a bar
        progress.task(f"Clustering {len(records)} articles"),
    ):
        url = database or f"sqlite:///{tmp}/cluster.sqlite"
        clusters, related = evaluation.cluster_records(records, url)
    Path(out).write_text(json.dumps({"clusters": clusters, "related": related}, indent=1) + "\n")
    print(
        f"{len(records)} articles -> {len(clusters)} stories, {len(related)} related pairs: {out}"
    )
    return 0


def _prune(rt: Runtime) -> int:
    """What the service does on its schedule (feedhub.retention), now, until done."""
    total = 0
    with progress.task("Pruning"):
        while True:
            r = retention.prune(rt, pipeline.now_utc())
            if r.before is None:
                print("retention is off (retention = 0): nothing pruned")
                return 0
            total += r.stories
            if not r.more:
                break
    print(f"pruned {total} stories (unchanged since {r.before:%Y-%m-%d %H:%M}Z)")
    return 0


def _explain(rt: Runtime, ref: str) -> int:
    """Why an article is in its story; for a story id, the story and why each of its
    versions is in it. Every text that came from a source is printed through
    printable() (a title may carry terminal escape sequences)."""
    try:
        found = corrections.find(rt, ref)
    except corrections.AmbiguousId as e:
        return _ambiguous(e)
    if found is None:
        return _unknown_id(ref)
    story = rt.repo.story(found.story_id)
    assert story is not None
    if found.article is None:
        _print_story(story, versions=True)
        for v in (story.representative, *story.versions):
            _print_article(v)
            print(f"  why here: {printable(v.reason)}")
        return 0
    _print_article(found.article)
    _print_filters(rt, found.article)
    _print_story(story, versions=True, why=found.article.reason)
    return 0


def _print_filters(rt: Runtime, a: StoredArticle) -> None:
    """The filter rules in force for the article's source, and what each says of it now
    (an article stored before a rule was added stays stored), and its topics."""
    source = rt.settings.source(a.article.source_id)
    lines = rules.describe(rt.settings, source, a.article) if source is not None else []
    print("  filters: " + ("none" if not lines else ""))
    for line in lines:
        print(f"    {printable(line)}")
    found = rules.topics(rt.settings, a.article)
    if found:
        print(f"  topics: {', '.join(found)}")


def _print_article(a: StoredArticle) -> None:
    p = printable
    art = a.article
    published = art.published.isoformat() if art.published else "-"
    print(f"article {a.id}  source={p(art.source_id)}  guid={p(art.guid)}")
    print(f"  title: {p(art.title)}")
    print(f"  url: {p(art.url or '-')}")
    print(
        f"  published: {published}  language: {p(art.language)}  section: {p(art.section or '-')}"
    )
    print(f"  first seen: {a.first_seen.isoformat()}")


def _print_story(story: Story, *, versions: bool, why: str | None = None) -> None:
    p = printable
    print(f"story {story.id}  published as {p(story.uid)}  section: {p(story.section or '-')}")
    if why is not None:
        print(f"  why here: {p(why)}")
    rep = story.representative
    print(
        f"  representative: article {rep.id} ({p(rep.article.source_id)}): {p(rep.article.title)}"
    )
    if versions:
        print("  versions:")
        for v in (story.representative, *story.versions):
            print(f"    article {v.id} {p(v.article.source_id)}: {p(v.reason)}")
    if story.related:
        print("  related:")
        for r in story.related:
            print(f"    {p(r.kind)}: {p(r.title)} ({p(r.uid)}): {p(r.reason)}")


def _unknown_id(ref: str, what: str = "article or story") -> int:
    print(
        f"error: no {what} '{printable(ref)}'; give {corrections.ACCEPTED}",
        file=sys.stderr,
    )
    return 2


def _ambiguous(e: corrections.AmbiguousId) -> int:
    candidates = ", ".join(printable(c) for c in e.candidates)
    print(
        f"error: '{printable(e.ref)}' is the id of more than one portal article;"
        f" give SOURCE:GUID: {candidates}",
        file=sys.stderr,
    )
    return 2


def _correct(rt: Runtime, action: str, ref: str, target: str | None) -> int:
    try:
        found = corrections.find_article(rt, ref)
        if found is None:
            return _unknown_id(ref)
        into: int | None = None
        if target is not None:
            other = corrections.find(rt, target)
            if other is None:
                return _unknown_id(target)
            into = other.story_id
    except corrections.AmbiguousId as e:
        return _ambiguous(e)
    except corrections.NotOneArticle as e:
        print(f"error: {printable(e)}", file=sys.stderr)
        return 2
    now = pipeline.now_utc()
    if action == "split":
        story = rt.repo.story(found.story_id)
        if story is not None and not story.versions:
            print(f"article {found.id} is already the only version of story {found.story_id}")
            return 0
        story_id = corrections.split(rt, found, now)
    else:
        assert into is not None
        story_id = corrections.merge(rt, found, into, now)
    pipeline.publish_all(rt)
    print(f"article {found.id} -> story {story_id} ({action} remembered)")
    return 0


# --- OPML ---------------------------------------------------------------------------


def _sources_opml(settings: Settings) -> int:
    """`feedhub sources --opml`: the http sources as OPML 2.0 on stdout (UTF-8 bytes);
    the sources left out (no feed URL) named on stderr."""
    data, left_out = opml.opml_document(settings, pipeline.now_utc())
    if left_out:
        names = ", ".join(f"{s.id} ({s.kind.value})" for s in left_out)
        print(f"left out, no feed URL: {printable(names)}", file=sys.stderr)
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        out.write(data)
        out.flush()
    else:  # a text-only stdout (some test harnesses)
        sys.stdout.write(data.decode("utf-8"))
    return 0


def _import_opml(settings: Settings, file: str, section: str | None, *, dry_run: bool) -> int:
    """`feedhub import-opml`: one line per feed added or skipped, then the edit of
    sources.toml, validated first (opml.py). Exit 1 when the file cannot be used or the
    edit would make the config invalid (its problems printed as `feedhub check` prints
    them); sources.toml is then left as it was."""
    p = printable
    root = Path(settings.config_dir)
    path = root / SOURCES_FILE
    try:
        doc = opml.read_opml(Path(file))
    except opml.OpmlFileError as e:
        print(f"error: {p(e)}", file=sys.stderr)
        return 1
    try:
        before = path.read_bytes()
        text = before.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"error: {path}: cannot read: {p(e)}", file=sys.stderr)
        return 1
    outlines = len(doc.feeds) + len(doc.not_feeds)
    with progress.task(f"Importing {outlines} outlines", total=outlines) as advance:
        plan = opml.plan_import(
            doc, settings, opml.toml_keys(text), section=section, advance=advance
        )
    verb = "would add" if dry_run else "added"
    for s in plan.added:
        via = f" (folder '{p(s.folder)}')" if s.folder else ""
        print(f"{verb} {s.id}: {p(s.name)} <{p(s.url)}> section={p(s.section or '-')}{via}")
    for skip in plan.skipped:
        where = f" <{p(skip.url)}>" if skip.url else ""
        print(f"skipped '{p(skip.title or '-')}'{where}: {p(skip.reason)}")
    if not plan.added:
        print(f"nothing to add; {path} unchanged ({len(plan.skipped)} skipped)")
        return 0
    stamp = pipeline.now_utc().strftime("%Y-%m-%d %H:%M UTC")
    comment = f"added by feedhub import-opml from {Path(file).name}, {stamp}"
    try:
        new_text = opml.sources_toml_with(text, plan.added, comment)
        problems = opml.validate_sources_toml(root, new_text)
    except (opml.SourcesEditError, OSError) as e:
        print(f"error: {path}: not changed: {p(e)}", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(f"config error: {p(problem)}", file=sys.stderr)
        print(
            f"error: {path} not changed: with the {len(plan.added)} new sources the config"
            f" is invalid ({len(problems)} problems)",
            file=sys.stderr,
        )
        return 1
    if dry_run:
        print(
            f"dry run: {len(plan.added)} sources would be added to {path} (the config"
            f" validates with them), {len(plan.skipped)} skipped; nothing written"
        )
        return 0
    try:
        opml.replace_sources_toml(root, before, new_text)
    except (opml.SourcesEditError, OSError) as e:
        print(f"error: {p(e)}", file=sys.stderr)
        return 1
    print(
        f"{len(plan.added)} sources added to {path}, {len(plan.skipped)} skipped;"
        " a running service takes them up at its next tick"
    )
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
