"""Work per entry, per poll and per transaction is bounded; faults end in one clear line
and lose nothing: deep markup, huge feeds, a full disk, a process killed mid-ingest.

Resource bounds are measured as structure and counts (nesting depth of the output,
entries taken, rows stored), never as wall time.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from feedhub import normalize
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import ParsedFeed
from feedhub.models import RawEntry
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from tests.conftest import FeedServer
from tests.conftest import configured_source
from tests.conftest import write_config

ROOT = Path(__file__).resolve().parents[1]
_TAG = re.compile(r"<(/?)([a-z][a-z0-9]*)[^>]*?(/?)>")
_VOID = {"br", "hr", "img", "source", "wbr"}


def max_depth(html: str) -> int:
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(3) or m.group(2) in _VOID:
            continue
        depth += -1 if m.group(1) else 1
        deepest = max(deepest, depth)
    return deepest


def _entry(content: str) -> RawEntry:
    return RawEntry(
        guid="deep-1",
        link="https://x.example/deep",
        title="Tief verschachtelt",
        title_is_html=False,
        summary=None,
        content=content,
        published=datetime(2025, 8, 16, 8, tzinfo=UTC),
        updated=None,
    )


FEED = ParsedFeed(None, None, "de", (), "rss20", "https://x.example/feed")
SOURCE = Source("wire", SourceKind.HTTP, "wire", url="https://x.example/feed")


def test_deeply_nested_markup_is_flattened_before_the_html_parser_sees_it() -> None:
    """50,000 nested <div> cost the HTML parser quadratic time (54 s of CPU for one entry);
    markup deeper than MAX_NESTING is dropped first, its text kept."""
    n = 20_000
    content = "<div>" * n + "<p>Kern <b>des</b> Textes</p>" + "</div>" * n
    article = normalize.normalize_entry(_entry(content), FEED, SOURCE, ())
    assert max_depth(article.content_html) <= normalize.MAX_NESTING + 1
    assert "Kern des Textes" in article.content_text
    # ordinary markup is left as it is
    plain = "<div><p>Ein <em>Absatz</em></p><ul><li>eins<li>zwei</ul></div>"
    assert normalize.bounded_html(plain) == plain
    unclosed = "<p>absatz " * 5000  # unclosed <p> do not nest: nothing is dropped
    assert normalize.bounded_html(unclosed) == unclosed


def test_html_beyond_the_size_bound_is_cut_before_parsing() -> None:
    content = "<p>" + "wort " * 400_000 + "</p>"  # 2 MB
    article = normalize.normalize_entry(_entry(content), FEED, SOURCE, ())
    assert len(article.content_html) <= normalize.MAX_HTML_CHARS + 100
    assert article.content_text.startswith("wort wort")


def _rss(n: int, *, start: datetime, words: int = 30) -> bytes:
    items = []
    for i in range(n):
        when = format_datetime(start + timedelta(minutes=i), usegmt=True)
        text = " ".join(f"wort{i}x{j}" for j in range(words))
        items.append(
            f"<item><guid>g-{i}</guid><link>https://x.example/a/{i}</link>"
            f"<title>Meldung Nummer {i}</title><description>{text}</description>"
            f"<pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>https://x.example/</link><description>d</description>{''.join(items)}"
        "</channel></rss>"
    ).encode()


T0 = datetime(2025, 8, 1, tzinfo=UTC)


def test_a_huge_feed_is_taken_in_bounded_polls_newest_first(
    tmp_path: Path, feed_server: FeedServer, db_url: str, now: datetime
) -> None:
    url = feed_server.add("/big.rss", _rss(1200, start=T0), "application/rss+xml", ETag='"v1"')
    cfg = write_config(
        tmp_path,
        f'[big]\nkind = "http"\nurl = "{url}"\nsection = "politik"\nmerge = false\n',
        database_url=db_url,
        extra_service="max_entries_per_poll = 500\ningest_batch = 100",
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        big = configured_source(hub, "big")
        first = pipeline.update_source(hub, big, now)
        assert (first.seen, first.new) == (1200, 500)
        stored = _guids(hub)
        assert stored == {f"g-{i}" for i in range(700, 1200)}  # the newest 500
        health = {h.source_id: h for h in hub.repo.health()}["big"]
        assert "700 new ones left for the next poll" in (health.last_error or "")
        assert [pipeline.update_source(hub, big, now).new for _ in range(3)] == [500, 200, 0]
        assert len(_guids(hub)) == 1200
        # the validators were kept only once nothing was left: each poll until then got
        # the whole feed, the one after it a 304
        sent = [r.headers.get("if-none-match") for r in feed_server.requests]
        assert sent == [None, None, None, '"v1"']
        health = {h.source_id: h for h in hub.repo.health()}["big"]
        assert health.state.value == "not_modified" and health.last_error is None
    finally:
        hub.close()


def _guids(hub: Runtime) -> set[str]:
    """The stored entries' GUIDs (feedparser reads an RSS <guid> as a permalink: the
    last path segment is the feed's GUID)."""
    from feedhub.db.schema import articles

    with hub.repo.engine.connect() as conn:
        guids = conn.scalars(articles.select().with_only_columns(articles.c.guid)).all()
    return {g.rsplit("/", 1)[-1] for g in guids}


# --- faults on a real process ---------------------------------------------------------


def _feedhub(cfg: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "FEEDHUB_LOG_LEVEL": "WARNING"}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "feedhub", *args, "--config", str(cfg)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
        **kwargs,
    )


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.slow
def test_kill_during_ingest_keeps_batches_and_a_rerun_stores_every_article_once(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    n = 600
    url = feed_server.add("/big.rss", _rss(n, start=T0, words=60), "application/rss+xml")
    db = tmp_path / "feedhub.sqlite"
    cfg = write_config(
        tmp_path,
        f'[big]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n',
        database_url=f"sqlite:///{db}",
        extra_service=f"max_entries_per_poll = {n}\ningest_batch = 10",
    )
    proc = _feedhub(cfg, "update")
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    stored = _count(db, "SELECT count(*) FROM articles")
                except sqlite3.OperationalError:
                    stored = 0  # the schema is not there yet
            if stored > 0:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (out, err)
    at_kill = _count(db, "SELECT count(*) FROM articles")
    assert 0 < at_kill < n, f"not killed mid-ingest ({at_kill} of {n} stored)"

    rerun = _feedhub(cfg, "update")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "no source due" not in out
    assert f"big: ok: {n} entries, {n - at_kill} new" in out
    assert _count(db, "SELECT count(*) FROM articles") == n
    assert _count(db, "SELECT count(DISTINCT guid) FROM articles") == n
    assert _count(db, "SELECT count(*) FROM stories") == n
    assert _count(db, "SELECT count(*) FROM sources WHERE claimed_by IS NOT NULL") == 0


# `feedhub update` in a process that may not grow any file past `limit` bytes, as on a
# full disk (CPython ignores SIGXFSZ: the write fails with EFBIG). The language model is
# loaded first: it unpacks itself into a temporary file larger than the limit.
_FULL_DISK = """
import resource, sys
import py3langid
py3langid.classify("Die Bundesregierung hat beschlossen")
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from feedhub.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_full_disk_ends_in_one_clear_line_and_loses_nothing(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """Writes to the database fail as on a full disk; `feedhub update` says so in one
    line and exits 1, and what was stored before stays."""
    small = feed_server.add("/small.rss", _rss(3, start=T0), "application/rss+xml")
    big = feed_server.add("/big.rss", _rss(1000, start=T0, words=80), "application/rss+xml")
    db = tmp_path / "feedhub.sqlite"
    cfg = write_config(
        tmp_path,
        f'[small]\nkind = "http"\nurl = "{small}"\nsection = "politik"\n'
        f'[big]\nkind = "http"\nurl = "{big}"\nsection = "politik"\n',
        database_url=f"sqlite:///{db}",
        extra_service="max_entries_per_poll = 1000\ningest_batch = 50",
    )
    first = _feedhub(cfg, "update", "small")
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    limit = db.stat().st_size + 512 * 1024
    full = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(limit), "update", "big", "--config", str(cfg)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "FEEDHUB_LOG_LEVEL": "WARNING"},
        timeout=300,
    )
    assert full.returncode == 1, (full.stdout, full.stderr)
    assert "Traceback" not in full.stderr
    errors = [line for line in full.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, full.stderr
    assert "database failed" in errors[0]
    assert re.search(r"disk I/O error|database or disk is full", errors[0]), errors[0]
    assert _count(db, "SELECT count(*) FROM articles WHERE source_id = 'small'") == 3
    again = _feedhub(cfg, "sources")
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert "small" in out


def test_entity_expansion_is_bounded_and_external_entities_are_never_read() -> None:
    from feedhub.sources.parse import parse_feed

    entities = b'<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), b"&%s;" % chr(97 + i).encode() * 10)
        for i in range(9)
    )
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE rss [' + entities + b']><rss version="2.0">'
        b"<channel><title>t</title><item><title>&j;</title><guid>1</guid></item></channel></rss>"
    )
    headers = {"content-type": "application/rss+xml"}
    parsed = parse_feed(laughs, headers, "https://x.example/", source_id="s")
    assert all(len(e.title or "") < 1000 for e in parsed.entries)  # 10**10 characters unbounded
    assert parsed.warning is not None and "amplification" in parsed.warning
    secret = Path(__file__)  # any local file: its text must not reach an entry
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "'
        + secret.as_uri().encode()
        + b'">]><rss version="2.0"><channel><title>t</title><item><title>a &x; b</title>'
        b"<guid>1</guid></item></channel></rss>"
    )
    parsed = parse_feed(xxe, headers, "https://x.example/", source_id="s")
    assert [e.title for e in parsed.entries] == ["a  b"]
