"""Prometheus /metrics (feedhub.metrics): polls by source, host and outcome, HTTP
statuses, latency, bytes, entries, publishes and WebSub pings, read back with
prometheus-client's own parser from the app; and the multiprocess mode that lets an HTTP
worker serve what the scheduler process counted."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from feedhub import metrics
from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.publish import websub
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import FeedServer
from tests.conftest import write_config

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Q</title>
<link>https://q.example/</link><description>d</description>
<item><title>Hafen in Bremen wird für zwei Milliarden Euro ausgebaut</title>
<link>https://q.example/hafen</link><guid>q-1</guid><pubDate>Fri, 15 Aug 2025 10:00:00 +0000</pubDate>
<description>Der Senat hat den Ausbau des Hafens beschlossen, sagte der Bürgermeister.</description>
</item></channel></rss>"""


def samples(text: bytes) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text.decode())
        for s in family.samples
    }


def value(
    found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def hub(tmp_path: Path, feed_server: FeedServer) -> Iterator[Runtime]:
    good = feed_server.add("/good.xml", RSS, ETag='"v1"')
    missing = feed_server.url("/missing.xml")
    cfg = write_config(
        tmp_path,
        f'[good]\nkind = "http"\nurl = "{good}"\nsection = "politik"\n'
        f'[broken]\nkind = "http"\nurl = "{missing}"\nsection = "politik"\n',
    )
    h = Runtime.open(load_settings(cfg))
    yield h
    h.close()


def scrape(hub: Runtime) -> httpx.Response:
    app = FeedApp(hub.repo, lambda: hub.settings, metrics=hub.metrics.registry)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8080") as c:
            return await c.get("/metrics")

    return asyncio.run(go())


def test_polls_statuses_bytes_entries_and_publishes_are_counted(hub: Runtime) -> None:
    sources = list(hub.settings.sources)
    pipeline.update_sources(hub, sources, pipeline.now_utc())  # 200 and 404
    pipeline.update_sources(hub, sources, pipeline.now_utc())  # 304 and 404
    response = scrape(hub)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["cache-control"] == "no-store"
    found = samples(response.content)
    host = "127.0.0.1"
    assert value(found, "feedhub_polls_total", source="good", host=host, outcome="ok") == 1
    assert (
        value(found, "feedhub_polls_total", source="good", host=host, outcome="not_modified") == 1
    )
    assert value(found, "feedhub_polls_total", source="broken", host=host, outcome="error") == 2
    assert value(found, "feedhub_source_responses_total", host=host, status="200") == 1
    assert value(found, "feedhub_source_responses_total", host=host, status="304") == 1
    assert value(found, "feedhub_source_responses_total", host=host, status="404") == 2
    assert value(found, "feedhub_poll_duration_seconds_count", host=host) == 4
    assert value(found, "feedhub_fetched_bytes_total", source="good", host=host) == len(
        RSS.encode()
    )
    assert value(found, "feedhub_entries_total", source="good", kind="new") == 1
    assert value(found, "feedhub_publish_duration_seconds_count") >= 1
    assert value(found, "feedhub_documents_published_total") >= 4  # atom, rss, json, page


def test_websub_pings_are_counted_by_outcome(hub: Runtime) -> None:
    """A unit test: the hub is a mock transport (tests/test_websub.py runs real hubs)."""

    def hub_answers(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204 if request.url.path == "/hub" else 400)

    client = httpx.Client(transport=httpx.MockTransport(hub_answers))
    hub.websub = websub.Pinger(client, on_ping=hub.metrics.pinged)
    hub.websub.publish(["https://h.example/hub", "https://h.example/bad"], ["https://t/"])
    found = samples(scrape(hub).content)
    assert value(found, "feedhub_websub_pings_total", outcome="ok") == 1
    assert value(found, "feedhub_websub_pings_total", outcome="failed") == 1


def test_metrics_can_be_switched_off(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "", extra_service="metrics = false")
    h = Runtime.open(load_settings(cfg))
    try:
        assert scrape(h).status_code == 404
    finally:
        h.close()


def test_one_process_serves_what_another_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Multiprocess mode: a process that polls (the scheduler) and one that serves
    /metrics (an HTTP worker) share the directory the supervisor made."""
    monkeypatch.delenv(metrics.MULTIPROC_ENV, raising=False)
    directory = metrics.use_directory(str(tmp_path / "m"))
    try:
        counting = (
            "from feedhub.metrics import Metrics\n"
            "from feedhub.models import Source, SourceKind, UpdateResult\n"
            "m = Metrics()\n"
            "s = Source('wire', SourceKind.HTTP, 'Wire', url='https://www.dpa.example/x')\n"
            "for _ in range(3):\n"
            "    m.poll(s, UpdateResult('wire', 'ok', new=2, http_status=200, ms=120))\n"
        )
        for _ in range(2):  # two processes: their counts add up
            subprocess.run([sys.executable, "-c", counting], check=True, timeout=60)
        found = samples(metrics.exposition(None))
        assert (
            value(found, "feedhub_polls_total", source="wire", host="dpa.example", outcome="ok")
            == 6
        )
        assert value(found, "feedhub_entries_total", source="wire", kind="new") == 12
        assert directory == str(tmp_path / "m")
    finally:
        monkeypatch.delenv(metrics.MULTIPROC_ENV, raising=False)
        metrics.Metrics()  # back to counting in memory for the tests that follow
