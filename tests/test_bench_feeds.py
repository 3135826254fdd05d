"""bench/feeds.py runs end to end on a tiny store: every measurement printed with its
ratio, and its temporary store removed. No assertions on time."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from bench import feeds as feeds_bench

LABELS = (
    "ingest an article, facet rows written",
    "ingest an article, facet write disabled (peer)",
    "first request /feeds/tag/",
    "(median tag)",
    "repeated request of the same feed (from memory)",
    "section schwerpunkt",
    "no facet feed rendered before",
    "3 tag feeds rendered before (the 2 touched among them)",
    "Repository.top_stories(since, 50)",
    "Repository.stories(None, 50)",
    "publish of the top feed",
    "GET /feeds/tag/{unknown}.atom, a new slug each",
    "repeated request of a rendered feed (from memory, peer)",
)
RATIOS = (
    "with / without",
    "first / repeated",
    "tag first request / section",
    "rendered / none",
    "top / all",
    "404 / from memory",
)


def test_the_feeds_bench_prints_every_measurement_and_its_ratio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    code = feeds_bench.main(["--articles", "60", "--tags", "5", "--rendered", "3", "--repeat", "1"])
    out, err = capsys.readouterr()
    assert code == 0, err
    for label in LABELS:
        assert label in out, label
    for name in RATIOS:
        assert re.search(rf"{re.escape(name)} = [\d,]+(\.\d+)?x", out), name
    assert re.search(r"share of a publish in 3 \(none rendered\): \d+%", out)
    assert re.search(r" [1-9]\d* SQL statements a request", out)
    assert list(tmp_path.iterdir()) == []  # the temporary store is gone
