"""A real headless Chromium opens feedhub's pages: the index with its autodiscovery links,
and a feed URL, which a browser gets as a readable page (content negotiation)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.test_clients import TEXTS
from tests.test_clients import Served
from tests.test_clients import served  # noqa: F401  (the fixture)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(url: str, profile: Path) -> str:
    """The DOM after Chromium loaded the page (flags as this machine's probe uses them)."""
    assert CHROMIUM, (
        "chromium is not installed: scripts/test installs it (apt-get install chromium)"
    )
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_feed_url_in_a_browser_is_a_readable_page(served: Served, tmp_path: Path) -> None:  # noqa: F811
    dom = dump_dom(served.base + "/feeds/politik.atom", tmp_path / "profile")
    assert "<h1>Testportal – Politik</h1>" in dom
    for title, _text in (TEXTS[1], TEXTS[2]):
        assert title in dom
    assert "Feedreader" in dom and "/feeds/politik.atom" in dom
    browser_requests = [
        h for _m, path, _s, h in served.recording.log if path == "/feeds/politik.atom"
    ]
    assert "text/html" in browser_requests[-1].get("accept", "")


def test_index_lists_feeds_with_autodiscovery(served: Served, tmp_path: Path) -> None:  # noqa: F811
    dom = dump_dom(served.base + "/", tmp_path / "profile")
    assert '<link rel="alternate" type="application/atom+xml"' in dom
    assert 'href="/feeds/politik.rss"' in dom and 'href="/feeds/all.json"' in dom
