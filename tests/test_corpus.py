"""Every input file of the third-party corpus (shared/data/corpus: feedparser's test
suite, 200 real-world feeds, gofeed's test data) goes through the real pipeline, served
by a loopback HTTP server: no crash, no hang; each file yields entries or a per-source
error naming the source and its cause; and feedhub yields entries from every file from
which feedparser.parse reads an entry (MANIFEST's fp_entries, checked again where needed),
so for at least as many files as feedparser alone."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from feedhub import pipeline
from feedhub.config import load_settings
from feedhub.models import Source
from feedhub.models import SourceKind
from feedhub.runtime import Runtime
from tests.conftest import FeedServer
from tests.conftest import write_config

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"
_HEADER = re.compile(rb"^Header:\s*([\w-]+):\s*(.*?)\s*$", re.MULTILINE)
_MEDIA = {
    "atom": "application/atom+xml",
    "rss": "application/rss+xml",
    "rdf": "application/rdf+xml",
    "json": "application/feed+json",
}


def _inputs() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as f:
        return [row for row in csv.DictReader(f, delimiter="\t") if row["role"] == "input"]


def _headers(data: bytes, sniffed: str) -> dict[str, str]:
    """The headers feedparser's own harness pretends were sent (its `Header:` comment
    lines), else a plain feed content type for what the file looks like."""
    declared = {k.decode().title(): v.decode("latin-1") for k, v in _HEADER.findall(data[:2000])}
    if "Content-Type" not in declared:
        declared["Content-Type"] = _MEDIA.get(sniffed, "application/octet-stream")
    return declared


@pytest.mark.slow
def test_the_whole_corpus_goes_through_the_pipeline(tmp_path: Path) -> None:
    rows = _inputs()
    assert len(rows) > 2800  # the corpus is there, all of it
    server = FeedServer()
    server.thread.start()
    try:
        sources = []
        for n, row in enumerate(rows):
            data = (CORPUS / row["path"]).read_bytes()
            url = server.add(f"/{n}", data)
            server.routes[f"/{n}"].headers.update(_headers(data, row["sniffed"]))
            sources.append(Source(f"c{n}", SourceKind.HTTP, row["path"], url=url))
        settings = load_settings(write_config(tmp_path, ""))
        settings = replace(settings, sources=tuple(sources))
        hub = Runtime.open(settings)
        try:
            now = pipeline.now_utc()
            results = [pipeline.update_source(hub, s, now) for s in sources]
            warnings = {h.source_id: h.last_error for h in hub.repo.health()}
        finally:
            hub.close()
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()

    yielded = {r.source_id for r in results if r.new + r.updated + r.dupes > 0}
    failed = {r.source_id: r.error for r in results if r.error}
    # every file either yields entries or names its source and what is wrong with it ...
    for source_id, error in failed.items():
        assert f"source {source_id!r}" in error, error
    # ... and a feed whose entries were read but not stored says why (entry errors)
    for r in results:
        if r.seen and r.source_id not in yielded and r.source_id not in failed:
            assert warnings[r.source_id], r
    # every file from which feedparser reads an entry with anything in it yields entries
    # here too. (feedparser also counts what it could not read at all: a cut-off
    # `<item><titl` is an empty entry to it; feedhub skips those and says so.)
    by_feedparser = 0
    for n, row in enumerate(rows):
        if int(row["fp_entries"] or 0) == 0:
            continue
        if f"c{n}" in yielded:
            by_feedparser += 1
            continue
        data = (CORPUS / row["path"]).read_bytes()
        parsed = feedparser.parse(data, response_headers=_headers(data, row["sniffed"]))
        assert not any(any(e.values()) for e in parsed.entries), (row["path"], failed.get(f"c{n}"))
    causes = Counter(re.sub(r"[\d\s]+", " ", e.split(": ", 2)[-1])[:60] for e in failed.values())
    print(f"\n{len(yielded)} of {len(rows)} files yield entries (feedparser: {by_feedparser})")
    print(f"{len(failed)} errors, by cause: {causes.most_common(8)}")
    assert len(yielded) >= by_feedparser


ENCODING = CORPUS / "feedparser" / "tests" / "encoding"
RSS = (
    '<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>T</title>'
    "<item><title>{title}</title><link>https://ex.org/1</link></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        # the corpus: Windows-1252 code points where Unicode ones belong ("demoronize")
        ((ENCODING / "demoronize-1.xml").read_bytes(), "application/rss+xml", "don\u2019t"),
        # EUC-KR declared in the document
        ((ENCODING / "euc-kr-item.xml").read_bytes(), "application/rss+xml", "\ub144"),
        # the HTTP charset decides over the document's missing declaration
        (
            (ENCODING / "http_text_xml_charset_2.xml").read_bytes(),
            "text/xml; charset=windows-1252",
            "This is a \xa3\u201ctest.\u201d",
        ),
        # UTF-16 with a byte order mark
        (
            b"\xff\xfe" + RSS.format(declared="utf-16", title="Grüße aus Köln").encode("utf-16-le"),
            "application/rss+xml",
            "Grüße aus Köln",
        ),
        # Windows-1252 bytes in a feed that says it is UTF-8
        (
            RSS.format(declared="utf-8", title="Grüße – „Köln“").encode("cp1252"),
            "application/rss+xml; charset=utf-8",
            "Grüße – „Köln“",
        ),
    ],
    ids=["cp1252-points", "euc-kr", "http-charset", "utf-16-bom", "cp1252-as-utf8"],
)
def test_encodings_end_up_as_correct_text(
    tmp_path: Path, feed_server: FeedServer, body: bytes, content_type: str, expected: str
) -> None:
    url = feed_server.add("/feed", body, content_type)
    hub = Runtime.open(
        load_settings(write_config(tmp_path, f'[feed]\nkind = "http"\nurl = "{url}"\n'))
    )
    try:
        [source] = hub.settings.sources
        result = pipeline.update_source(hub, source, pipeline.now_utc())
        assert result.error is None and result.new == 1, result
        [story] = hub.repo.stories(None, 10)
        article = story.representative.article
        assert expected in (article.title, article.content_text, article.summary)
    finally:
        hub.close()
