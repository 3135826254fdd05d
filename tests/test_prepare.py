"""feedhub.prepare: a poll's parsing, normalising and dedup features in worker processes.

The worker processes are real (a fork server and a pool, as the service runs them); the
in-thread path (`Preparer(0)`) is the reference they must agree with.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedhub import pipeline
from feedhub import prepare
from feedhub.config import load_settings
from feedhub.errors import FetchError
from feedhub.errors import ParseError
from feedhub.models import Section
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from feedhub.sources import items
from tests.conftest import FeedServer
from tests.conftest import write_config
from tests.test_corpus import CORPUS
from tests.test_corpus import _headers
from tests.test_corpus import _inputs

SOURCE = Source(
    "wire", SourceKind.HTTP, "Wire", url="https://quelle.example/feed.xml", section="politik"
)
SECTIONS = (Section("politik", "Politik", categories=("politik",)),)
RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Q</title>
<link>https://quelle.example/</link><language>de</language>{items}</channel></rss>"""
ITEM = (
    "<item><guid>g{n}</guid><link>https://quelle.example/{n}</link><title>{title}</title>"
    "<description>{text}</description><pubDate>Mon, 02 Mar 2026 0{h}:00:00 +0000</pubDate>"
    "</item>"
)
STORIES = (
    ("Bahn streicht Fernzüge", "Die Deutsche Bahn streicht im Winter zahlreiche Fernzüge"
     " zwischen Hamburg und München, teilte der Konzern in Berlin mit."),
    ("Hochwasser an der Oder", "In Frankfurt an der Oder steigt der Pegel weiter; die Stadt"
     " hat Sandsäcke an die Anwohner der Altstadt verteilt."),
    ("Neuer Intendant in Leipzig", "Das Gewandhaus bekommt einen neuen Intendanten, der"
     " Stadtrat stimmte am Abend mit großer Mehrheit für den Wiener Kandidaten."),
    ("Streik am Flughafen Köln", "Verdi ruft das Bodenpersonal am Flughafen Köln/Bonn zu"
     " einem ganztägigen Warnstreik auf; Hunderte Flüge fallen aus."),
    ("Rekordernte in der Pfalz", "Die Winzer an der Weinstraße melden die größte Lese seit"
     " zwanzig Jahren, der Verband rechnet mit steigenden Preisen."),
)  # fmt: skip


def rss(*numbers: int) -> bytes:
    return RSS.format(
        items="".join(
            ITEM.format(n=n, h=n % 10, title=STORIES[n % 5][0], text=STORIES[n % 5][1])
            for n in numbers
        )
    ).encode()


def job(
    content: bytes, known: frozenset[str] = frozenset(), content_type: str = "application/rss+xml"
) -> prepare.Job:
    return prepare.Job(
        SOURCE,
        content,
        {"content-type": content_type},
        SOURCE.url or "",
        known,
        500,
        SECTIONS,
    )


@pytest.fixture
def pool() -> Iterator[prepare.Preparer]:
    preparer = prepare.Preparer(1)
    yield preparer
    preparer.close()


def corpus_jobs(limit: int) -> list[prepare.Job]:
    rows = [r for r in _inputs() if r["source"] == "fastfeedparser"][:limit]
    jobs = []
    for row in rows:
        data = (CORPUS / row["path"]).read_bytes()
        headers = {k.lower(): v for k, v in _headers(data, row["sniffed"]).items()}
        jobs.append(
            prepare.Job(SOURCE, data, headers, SOURCE.url or "", frozenset(), 500, SECTIONS)
        )
    return jobs


def test_a_worker_prepares_what_the_thread_prepares(pool: prepare.Preparer) -> None:
    """Real-world feeds: the same entries, articles and features either way."""
    jobs = corpus_jobs(25)
    assert len(jobs) == 25
    compared = 0
    for j in jobs:
        try:
            here = prepare.run(j)
        except ParseError as e:
            with pytest.raises(ParseError) as failed:
                pool.prepare(j)
            assert str(failed.value) == str(e)
            continue
        assert pool.prepare(j) == here
        compared += len(here.articles or ())
    assert compared > 200  # articles with their features, not only empty feeds


def test_only_new_items_are_parsed_and_the_known_ones_counted(pool: prepare.Preparer) -> None:
    first = pool.prepare(job(rss(1, 2, 3)))
    assert first.entries == 3 and first.parsed.known == 0
    assert first.articles is not None and len(first.parsed.item_digests) == 3
    known = frozenset(first.parsed.item_digests)
    second = pool.prepare(job(rss(4, 1, 2, 3), known))
    assert (second.entries, second.parsed.known) == (1, 3)
    assert second.articles is not None
    [new] = second.articles
    assert new.article.guid.endswith("g4") and new.features is not None
    assert new.features.keys  # index keys computed in the worker


def test_a_feed_over_the_poll_cap_comes_back_parsed_not_normalised() -> None:
    capped = prepare.run(
        prepare.Job(SOURCE, rss(1, 2, 3), {}, SOURCE.url or "", frozenset(), 2, SECTIONS)
    )
    assert capped.articles is None and len(capped.parsed.entries) == 3 and capped.entries == 3


def test_a_document_error_in_a_worker_names_the_source(pool: prepare.Preparer) -> None:
    page = b"<!DOCTYPE html><html><head><title>Start</title></head><body>x</body></html>"
    with pytest.raises(ParseError) as e:
        pool.prepare(job(page, content_type="text/html"))
    assert e.value.source == "wire" and "HTML page, not a feed" in e.value.message


def test_source_errors_survive_pickling() -> None:
    for error in (
        FetchError("wire", "https://q.example/", "HTTP 429", status=429, retry_after="30"),
        ParseError("wire", "https://q.example/", "not a feed"),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert back.__dict__ == error.__dict__


def test_a_killed_worker_loses_no_poll(pool: prepare.Preparer) -> None:
    assert pool.prepare(job(rss(1))).entries == 1
    assert pool._pool is not None
    workers = list(pool._pool._processes)  # noqa: SLF001 (the pool's own pids)
    assert workers
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    # the broken pool is noticed, this poll is prepared in the thread, the next in a new pool
    assert pool.prepare(job(rss(1, 2))).entries == 2
    assert pool.prepare(job(rss(1, 2, 3))).entries == 3
    assert pool._pool is not None and not set(pool._pool._processes) & set(workers)


def test_a_hub_with_worker_processes_stores_a_poll(tmp_path: Path, feed_server: FeedServer) -> None:
    """The service's path end to end: fetched in a thread, prepared in a worker, stored;
    the second version of the feed is read item by item."""
    url = feed_server.add("/feed", rss(1, 2, 3), "application/rss+xml")
    cfg = write_config(
        tmp_path, f'[wire]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n', parse_processes=2
    )
    hub = Runtime.open(load_settings(cfg))
    try:
        assert hub.preparer.processes == 2
        [first] = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
        assert (first.status, first.new, first.seen) == ("ok", 3, 3)
        feed_server.add("/feed", rss(4, 1, 2, 3), "application/rss+xml")
        [second] = pipeline.update_sources(hub, list(hub.settings.sources), pipeline.now_utc())
        assert (second.new, second.seen) == (1, 4)
        assert hub.repo.article_count() == 4
    finally:
        hub.close()


def test_same_charset_is_shared_with_the_split() -> None:
    assert items.same_charset({"content-type": "application/xml"}, "UTF-8")
    assert not items.same_charset({"content-type": "text/xml"}, "UTF-8")
    assert not items.same_charset({"content-type": "application/xml; charset=latin-1"}, "UTF-8")


KILLED_SERVICE = """
import os, signal, sys
from feedhub import prepare
from tests.test_prepare import job, rss
p = prepare.Preparer(2)
p.prepare(job(rss(1)))
print(" ".join(str(pid) for pid in p._pool._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_workers_end_when_the_service_is_killed() -> None:
    """A service killed outright (SIGKILL: no cleanup) leaves no worker behind."""
    root = Path(__file__).resolve().parents[1]
    service = subprocess.Popen(
        [sys.executable, "-c", KILLED_SERVICE], cwd=root, stdout=subprocess.PIPE, text=True
    )
    assert service.stdout is not None
    line = service.stdout.readline()  # (the workers hold the pipe open: no EOF to wait for)
    assert service.wait(timeout=60) == -signal.SIGKILL
    service.stdout.close()
    workers = [int(pid) for pid in line.split()]
    assert workers
    deadline = time.monotonic() + 30  # a liveness bound, not a timing claim (1 s checks)
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has ended
