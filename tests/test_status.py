"""Source health for operators: /status in a real headless Chromium, /status.json, and
`feedhub sources`, all showing the same states, worst first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from feedhub import pipeline
from feedhub.cli import main
from feedhub.config import load_settings
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from tests.conftest import FeedServer
from tests.conftest import free_port
from tests.conftest import serve_asgi
from tests.conftest import write_config
from tests.test_browser import dump_dom
from tests.test_fetch import RSS


@pytest.fixture
def status_site(tmp_path: Path, feed_server: FeedServer) -> Iterator[tuple[str, Path]]:
    good = feed_server.add("/good.xml", RSS)
    broken = feed_server.add("/broken.xml", "boom", "text/plain", 500)
    limited = feed_server.add("/busy.xml", "busy", "text/plain", 429)
    feed_server.routes["/busy.xml"].headers["Retry-After"] = "600"
    port = free_port()
    cfg = write_config(
        tmp_path,
        f'[a-good]\nkind = "http"\nurl = "{good}"\n'
        f'[b-broken]\nkind = "http"\nurl = "{broken}"\n'
        f'[c-busy]\nkind = "http"\nurl = "{limited}"\n'
        f'[d-off]\nkind = "http"\nurl = "{good}"\nenabled = false\n',
        listen=f"127.0.0.1:{port}",
    )
    hub = Runtime.open(load_settings(cfg))
    pipeline.run_due(hub, pipeline.now_utc())
    try:
        with serve_asgi(FeedApp(hub.repo, lambda: hub.settings), port) as base:
            yield base, cfg
    finally:
        hub.close()


def test_the_status_page_shows_the_broken_sources_first(
    status_site: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = status_site
    dom = dump_dom(base + "/status", tmp_path / "profile")
    order = [dom.index(f'id="source-{s}"') for s in ("b-broken", "c-busy", "d-off", "a-good")]
    assert order == sorted(order)  # failing, rate limited, disabled, ok
    assert "HTTP 500" in dom and "Retry-After: 600" in dom
    assert "fehlerhaft: <strong>1</strong>" in dom and "gedrosselt: <strong>1</strong>" in dom
    assert '<html lang="de">' in dom and "Zustand der Quellen" in dom
    by_name = dump_dom(base + "/status?sort=source", tmp_path / "profile")
    order = [by_name.index(f'id="source-{s}"') for s in ("a-good", "b-broken", "c-busy")]
    assert order == sorted(order)
    # every column sorts, and a second click on it reverses the order
    for key in (
        "source",
        "state",
        "http",
        "failures",
        "success",
        "checked",
        "next",
        "entries",
        "error",
    ):
        assert f'href="?sort={key}"' in dom or f'href="?sort=-{key}"' in dom, key
    assert 'href="?sort=-source"' in by_name
    reverse = dump_dom(base + "/status?sort=-source", tmp_path / "profile")
    order = [reverse.index(f'id="source-{s}"') for s in ("c-busy", "b-broken", "a-good")]
    assert order == sorted(order)
    # times as people in the portal read them: Europe/Berlin, not UTC
    assert "Uhr" in dom and "(Europe/Berlin)" in dom and "T" not in dom.split("Stand ")[1][:20]


def test_status_json_has_every_field_an_operator_reads(status_site: tuple[str, Path]) -> None:
    base, _ = status_site
    r = httpx.get(base + "/status.json")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    doc = json.loads(r.content)
    rows = {s["id"]: s for s in doc["sources"]}
    assert [s["id"] for s in doc["sources"]][0] == "b-broken"
    assert rows["b-broken"]["state"] == "failing" and rows["b-broken"]["last_status"] == 500
    assert rows["b-broken"]["consecutive_failures"] == 1
    assert rows["c-busy"]["state"] == "rate_limited"
    assert rows["d-off"]["state"] == "disabled"
    good = rows["a-good"]
    assert good["state"] == "ok" and good["new"] == 1 and good["last_success"]
    assert good["next_poll"] and good["entries_seen"] == 1
    assert doc["counts"]["failing"] == 1
    assert doc["config_errors"] == []  # the config is valid


def test_feedhub_sources_lists_the_same_states_worst_first(
    status_site: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, cfg = status_site
    capsys.readouterr()
    assert main(["sources", "--config", str(cfg)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["b-broken", "c-busy", "d-off", "a-good"]
    assert "state=rate_limited" in lines[1] and "Retry-After: 600" in lines[1]
