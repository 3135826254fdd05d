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


def screenshot(url: str, profile: Path, out: Path, width: int, height: int) -> bytes:
    """A PNG of the page as Chromium draws it in a window of width x height."""
    assert CHROMIUM, "chromium is not installed: scripts/test installs it"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            url,
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return out.read_bytes()


def _png_size_and_variety(png: bytes) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the image data): a blank page has few."""
    import struct
    import zlib

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    data, pos = b"", 8
    while pos < len(png):
        length = struct.unpack(">I", png[pos : pos + 4])[0]
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(data)))


def test_pages_draw_on_a_phone_and_a_desktop(served: Served, tmp_path: Path) -> None:  # noqa: F811
    """Screenshots of the index, a feed opened in the browser and /status at a phone's
    and a desktop's width (kept in the test's directory to look at)."""
    for path in ("/", "/feeds/politik.rss", "/status"):
        for width, height in ((390, 844), (1280, 800)):
            name = f"{path.strip('/').replace('/', '_') or 'index'}-{width}.png"
            png = screenshot(
                served.base + path, tmp_path / "profile", tmp_path / name, width, height
            )
            w, h, variety = _png_size_and_variety(png)
            assert (w, h) == (width, height), name
            assert variety > 20, f"{name} looks blank"


def test_feed_page_names_the_format_opened_and_local_times(
    served: Served,  # noqa: F811
    tmp_path: Path,
) -> None:
    for fmt, label in (("atom", "Atom-Feed"), ("rss", "RSS-Feed"), ("json", "JSON Feed")):
        dom = dump_dom(served.base + f"/feeds/politik.{fmt}", tmp_path / "profile")
        assert f'<span id="format">{label}</span>' in dom, fmt
        assert f"/feeds/politik.{fmt}</code>" in dom, fmt
        assert " UTC<" not in dom and "Uhr</time>" in dom
    index = dump_dom(served.base + "/", tmp_path / "profile")
    assert 'name="viewport"' in index and "Top-Themen" in index
