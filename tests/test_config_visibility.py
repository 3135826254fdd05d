"""Problems an operator must see, not only in the log: an invalid config edit on /status,
/status.json and in `feedhub sources` (file, table, field, since when) until it is fixed;
/healthz answering from the store, 503 when the store is gone."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from feedhub.cli import main
from feedhub.config import load_settings
from feedhub.config_watch import LiveSettings
from feedhub.db.repo import Repository
from feedhub.publish.app import FeedApp
from feedhub.runtime import Runtime
from feedhub.runtime import Service
from tests.conftest import PostgresServer
from tests.conftest import free_port
from tests.conftest import serve_asgi
from tests.conftest import wait_for
from tests.conftest import write_config

SOURCES = '[a-wire]\nkind = "http"\nurl = "https://wire.example/feed.xml"\n'
# an edit an operator might make: a new source with a duration that is not one
BROKEN = SOURCES + '\n[extra]\nkind = "http"\nurl = "https://x.example/f"\ninterval = "soon"\n'


def _status(base: str) -> dict[str, object]:
    r = httpx.get(base + "/status.json", timeout=10)
    assert r.status_code == 200
    doc: dict[str, object] = json.loads(r.content)
    return doc


def _problems(base: str) -> list[dict[str, str]]:
    errors = _status(base)["config_errors"]
    assert isinstance(errors, list)
    return errors


def _names_file_table_and_field(text: str) -> bool:
    return "sources.toml" in text and "[extra]" in text and "'interval'" in text


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`feedhub serve` as a real process (granian, RSGI workers); (base URL, config dir)."""
    port = free_port()
    cfg = write_config(tmp_path, SOURCES, listen=f"127.0.0.1:{port}")
    log = tmp_path / "feedhub.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feedhub", "serve", "--config", str(cfg)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if not k.startswith("FEEDHUB_")},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(base + "/healthz"), timeout=60)
        yield base, cfg
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_an_invalid_edit_shows_on_status_until_it_is_fixed(running: tuple[str, Path]) -> None:
    base, cfg = running
    assert _problems(base) == []
    sources = cfg / "sources.toml"
    sources.write_text(BROKEN, encoding="utf-8")

    wait_for(lambda: any(_names_file_table_and_field(p["problem"]) for p in _problems(base)))
    [problem] = _problems(base)
    assert problem["file"] == str(sources.resolve())
    assert problem["since"].endswith("Z")  # when the edit was saved, UTC
    page = httpx.get(base + "/status", timeout=10).text
    banner = page[page.index('id="config-errors"') : page.index("<h1>")]
    assert "sources.toml" in banner and "[extra]" in banner and "interval" in banner
    assert "die letzte gültige bleibt in Kraft" in banner
    # the last good config is still the one in force
    rows = _status(base)["sources"]
    assert isinstance(rows, list) and [s["id"] for s in rows] == ["a-wire"]

    sources.write_text(SOURCES, encoding="utf-8")
    wait_for(lambda: _problems(base) == [])
    assert 'id="config-errors"' not in httpx.get(base + "/status", timeout=10).text


def test_the_status_page_banner_lists_every_problem(tmp_path: Path) -> None:
    """The in-process app on LiveSettings: several problems in two files, in one banner."""
    cfg = write_config(tmp_path, SOURCES)
    live = LiveSettings(cfg, every=0)
    repo = Repository.open(live.settings.service.database_url)
    app = FeedApp(repo, live, config_problems=lambda: live.problems)
    try:
        with serve_asgi(app, free_port()) as base:
            (cfg / "sources.toml").write_text(BROKEN, encoding="utf-8")
            (cfg / "sections.toml").write_text("[Bad Slug]\ntitle = 'x'\n", encoding="utf-8")
            wait_for(lambda: len(_problems(base)) >= 2)
            files = {Path(p["file"]).name for p in _problems(base)}
            assert files == {"sections.toml", "sources.toml"}
            page = httpx.get(base + "/status").text
            assert page.index('id="config-errors"') < page.index("<h1>")
            assert page.count("<li><code>") == len(_problems(base))
    finally:
        repo.close()


def test_the_service_logs_each_problem_once_per_edit(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cfg = write_config(tmp_path, SOURCES)
    hub = Runtime.open(load_settings(cfg))
    try:
        service = Service(str(cfg), hub)
        (cfg / "sources.toml").write_text(BROKEN, encoding="utf-8")
        with caplog.at_level(logging.ERROR, logger="feedhub.runtime"):
            assert service.reload_if_changed() is False
            assert service.reload_if_changed() is False  # no new edit: nothing logged
        logged = [r.getMessage() for r in caplog.records if "config invalid" in r.getMessage()]
        assert len(logged) == 1 and _names_file_table_and_field(logged[0])
        [problem] = service.problems
        assert _names_file_table_and_field(problem.text)
        assert [s.id for s in hub.settings.sources] == ["a-wire"]  # the last good config

        (cfg / "sources.toml").write_text(SOURCES, encoding="utf-8")
        assert service.reload_if_changed() is True
        assert service.problems == ()
    finally:
        hub.close()


def test_feedhub_sources_shows_the_problems_first_and_exits_1_until_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, SOURCES)
    assert main(["sources", "--config", str(cfg)]) == 0  # creates the database
    (cfg / "sources.toml").write_text(BROKEN, encoding="utf-8")
    capsys.readouterr()

    assert main(["sources", "--config", str(cfg)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("config invalid")
    assert lines[1].startswith("config error: ") and _names_file_table_and_field(lines[1])
    # the sources the database knows are still listed, after the problems
    assert [ln.split()[0] for ln in lines if ln.startswith("a-wire ")] == ["a-wire"]
    assert lines.index(next(ln for ln in lines if ln.startswith("a-wire "))) > 1

    (cfg / "sources.toml").write_text(SOURCES, encoding="utf-8")
    assert main(["sources", "--config", str(cfg)]) == 0
    assert "config error" not in capsys.readouterr().out


def test_feedhub_sources_without_a_database_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, BROKEN)
    assert main(["sources", "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert "config error: " in out and "no database at" in out
    assert not (tmp_path / "feedhub.sqlite").exists()  # looking did not create one


# --- /healthz -------------------------------------------------------------------------


def test_healthz_is_503_with_a_reason_when_the_database_is_gone(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    name = f"health_{os.getpid()}"
    postgres_server.admin(f"CREATE DATABASE {name}")
    try:
        cfg = write_config(tmp_path, SOURCES, database_url=postgres_server.url(name))
        hub = Runtime.open(load_settings(cfg))
        try:
            with serve_asgi(FeedApp(hub.repo, lambda: hub.settings), free_port()) as base:
                ok = httpx.get(base + "/healthz")
                assert (ok.status_code, ok.text) == (200, "ok\n")
                postgres_server.admin(f"DROP DATABASE {name} WITH (FORCE)")
                down = httpx.get(base + "/healthz")
                assert down.status_code == 503
                assert down.headers["cache-control"] == "no-store"
                assert down.text.startswith("unhealthy: database failed: ")
                assert name in down.text and down.text.count("\n") == 1  # one line
        finally:
            hub.close()
    finally:
        postgres_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
