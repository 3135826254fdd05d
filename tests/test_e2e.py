"""End to end, on the wire: feedhub polls loopback sources in every supported format and
serves section feeds over HTTP; broken sources and config edits give precise errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest

from feedhub.cli import main
from tests.conftest import FeedServer
from tests.conftest import free_port
from tests.conftest import wait_for
from tests.conftest import write_config

DATA = Path(__file__).parent / "data" / "feeds"
SAMPLES = {
    "rss091": ("rss091.xml", "application/rss+xml", "Landtag beschließt Haushalt für 2026"),
    "rss10": (
        "rss10.rdf",
        "application/rdf+xml",
        "Bund und Länder einigen sich auf Küstenschutz-Programm",
    ),
    "rss20": ("rss20.xml", "application/rss+xml", "Koalition streitet über Rentenpaket"),
    "atom10": ("atom10.xml", "application/atom+xml", "Bundesrat stoppt Gesetz zur Grundsteuer"),
    "json10": ("jsonfeed10.json", "application/json", "Verfassungsgericht prüft neues Wahlrecht"),
    "json11": (
        "jsonfeed11.json",
        "application/feed+json",
        "Länder fordern mehr Geld für Unterbringung",
    ),
}


def _sources_toml(server: FeedServer) -> str:
    out = []
    for sid, (name, ctype, _title) in SAMPLES.items():
        url = server.add(f"/{name}", (DATA / name).read_bytes(), ctype, ETag=f'"{sid}-v1"')
        out.append(f'[{sid}]\nkind = "http"\nurl = "{url}"\nsection = "politik"\ninterval = 60\n')
    return "\n".join(out)


@pytest.fixture
def running(
    tmp_path: Path, feed_server: FeedServer, db_url: str
) -> Iterator[tuple[str, Path, Path]]:
    """`feedhub run` as a real process on a free port; yields (base URL, config dir, log)."""
    port = free_port()
    cfg = write_config(
        tmp_path,
        _sources_toml(feed_server),
        listen=f"127.0.0.1:{port}",
        database_url=db_url,
        extra_service='tick = "1s"',
    )
    log = tmp_path / "feedhub.log"
    env = {**os.environ, "FEEDHUB_DATABASE_URL": db_url}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feedhub", "run", "--config", str(cfg)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _get_ok(base + "/healthz"), timeout=60)
        yield base, cfg, log
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _get_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _titles(base: str, path: str) -> set[str]:
    r = httpx.get(base + path, timeout=5)
    if r.status_code != 200:
        return set()
    if path.endswith(".json"):  # feedparser 6.0 does not read JSON Feed
        return {item["title"] for item in r.json()["items"]}
    return {e.title for e in feedparser.parse(r.content).entries}


def test_service_polls_every_format_and_serves_section_feeds(
    running: tuple[str, Path, Path],
) -> None:
    base, _cfg, _log = running
    expected = {title for _n, _t, title in SAMPLES.values()}
    wait_for(lambda: _titles(base, "/feeds/politik.atom") == expected, timeout=60)
    for fmt in ("rss", "json"):
        assert _titles(base, f"/feeds/politik.{fmt}") == expected
    assert _titles(base, "/feeds/all.atom") == expected
    assert _titles(base, "/feeds/technik.atom") == set()

    index = httpx.get(base + "/").text
    assert '<link rel="alternate" type="application/atom+xml"' in index
    assert 'href="/feeds/politik.rss"' in index

    # the scheduler process polled; an HTTP worker (another process) serves its counts
    scraped = httpx.get(base + "/metrics").text
    for sid in SAMPLES:
        assert f'feedhub_polls_total{{host="127.0.0.1",outcome="ok",source="{sid}"}}' in scraped


def test_conditional_get_on_our_feeds_returns_304_without_body(
    running: tuple[str, Path, Path],
) -> None:
    base, _cfg, _log = running
    wait_for(lambda: len(_titles(base, "/feeds/politik.atom")) == len(SAMPLES), timeout=60)
    first = httpx.get(base + "/feeds/politik.atom")
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = httpx.get(base + "/feeds/politik.atom", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    since = httpx.get(base + "/feeds/politik.atom", headers={"If-Modified-Since": last_modified})
    assert since.status_code == 304
    gz = httpx.get(base + "/feeds/politik.atom", headers={"Accept-Encoding": "gzip"})
    assert gz.headers["content-encoding"] == "gzip" and gz.content == first.content
    assert gz.headers["vary"] == "Accept, Accept-Encoding"


def test_invalid_config_edit_keeps_serving_and_names_file_and_field(
    running: tuple[str, Path, Path], feed_server: FeedServer
) -> None:
    base, cfg, log = running
    wait_for(lambda: len(_titles(base, "/feeds/politik.atom")) == len(SAMPLES), timeout=60)
    sources = cfg / "sources.toml"
    good = sources.read_text()
    sources.write_text(
        good + '\n[extra]\nkind = "http"\nurl = "http://127.0.0.1:1/x"\ninterval = "soon"\n'
    )
    wait_for(lambda: "config invalid" in log.read_text(errors="replace"), timeout=30)
    line = next(ln for ln in log.read_text().splitlines() if "config invalid" in ln)
    assert "sources.toml" in line and "[extra]" in line and "'interval'" in line
    assert len(_titles(base, "/feeds/politik.atom")) == len(SAMPLES)  # still serving

    late = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Spätausgabe</title><link>https://spaet.example/</link>
<description>x</description><item><title>Nachgereicht: Koalition einigt sich</title>
<link>https://spaet.example/politik/einigung-5522</link><guid>spaet-5522</guid>
<pubDate>Sat, 16 Aug 2025 09:00:00 +0200</pubDate>
<description>Nach wochenlangem Streit haben sich die Fraktionen auf einen Zeitplan für die
Reform der Pflegeversicherung verständigt, teilte ein Sprecher am Samstag mit.</description>
</item></channel></rss>"""
    url = feed_server.add("/late.xml", late)
    sources.write_text(good + f'\n[late]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n')
    wait_for(
        lambda: "Nachgereicht: Koalition einigt sich" in _titles(base, "/feeds/politik.atom"),
        timeout=30,
    )


BROKEN = {
    "malformed": (
        "/malformed.xml",
        "<?xml version='1.0'?><rss version='2.0'><channel><item><titl",
        "application/rss+xml",
        200,
    ),
    "htmlpage": (
        "/index.html",
        "<!doctype html><html><head><title>Startseite</title></head>"
        "<body><p>Willkommen</p></body></html>",
        "text/html; charset=utf-8",
        200,
    ),
    "gone": ("/missing.xml", None, "", 404),
}


def test_broken_sources_get_precise_errors_and_the_rest_is_stored(
    tmp_path: Path, feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = []
    for sid, (path, body, ctype, status) in BROKEN.items():
        url = (
            feed_server.add(path, body, ctype, status)
            if body is not None
            else feed_server.url(path)
        )
        parts.append(f'[{sid}]\nkind = "http"\nurl = "{url}"\nsection = "politik"\n')
    good = feed_server.add("/good.xml", (DATA / "rss20.xml").read_bytes())
    parts.append(f'[good]\nkind = "http"\nurl = "{good}"\nsection = "politik"\n')
    cfg = write_config(tmp_path, "\n".join(parts), database_url=db_url)

    assert main(["update", "--config", str(cfg)]) == 0  # not every source failed
    out = {line.split(":", 1)[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "malformed" in out["malformed"] and feed_server.url("/malformed.xml") in out["malformed"]
    assert "HTML page" in out["htmlpage"] and "text/html" in out["htmlpage"]
    assert "HTTP 404" in out["gone"] and feed_server.url("/missing.xml") in out["gone"]
    assert "1 new" in out["good"]

    assert main(["sources", "--config", str(cfg)]) == 0
    health = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "state=failing" in health["gone"] and "http=404" in health["gone"]
    assert "HTML page" in health["htmlpage"]
    assert "state=ok" in health["good"]


def test_update_exits_nonzero_only_when_every_source_failed(
    tmp_path: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(
        tmp_path, f'[gone]\nkind = "http"\nurl = "{feed_server.url("/nothing.xml")}"\n'
    )
    assert main(["update", "--config", str(cfg)]) == 1
    assert "HTTP 404" in capsys.readouterr().out


def test_check_reports_invalid_config_with_file_source_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, '[wire]\nkind = "http"\nurl = "ftp://x"\nsecton = "politik"\n')
    assert main(["check", "--config", str(cfg)]) == 1
    err = capsys.readouterr().err
    assert f"{cfg / 'sources.toml'}: source [wire] field 'url'" in err
    assert "field 'secton': unknown field" in err


def test_second_update_sends_validators_and_stores_nothing_twice(
    tmp_path: Path, feed_server: FeedServer, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = feed_server.add("/f.xml", (DATA / "rss20.xml").read_bytes())
    feed_server.routes["/f.xml"].headers.update(
        {"ETag": '"v1"', "Last-Modified": "Fri, 15 Aug 2025 18:00:00 GMT"}
    )
    cfg = write_config(tmp_path, f'[f]\nkind = "http"\nurl = "{url}"\n', database_url=db_url)
    assert main(["update", "--config", str(cfg), "f"]) == 0
    assert main(["update", "--config", str(cfg), "f"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "1 new" in out[0] and "not modified" in out[1]
    second = feed_server.requests[-1].headers
    assert second["if-none-match"] == '"v1"'
    assert second["if-modified-since"] == "Fri, 15 Aug 2025 18:00:00 GMT"
    assert "feedhub/" in second["user-agent"]
