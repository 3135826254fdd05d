"""progress.task: a bar or spinner on a terminal, nothing anywhere else; and the commands
that show one (import-opml, publish, update of more than a few sources, cluster)."""

from __future__ import annotations

import io
import json
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from feedhub import progress
from feedhub.cli import main
from tests.conftest import write_config

SHIPPED = Path(__file__).resolve().parent.parent / "config"
ESC = "\x1b"


class FakeTTY(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def terminal() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, force_terminal=True, width=100), buf


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TERM", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


# --- the display ----------------------------------------------------------------------------


def test_a_bar_with_done_total_and_rate_is_drawn_on_a_terminal() -> None:
    console, buf = terminal()
    with progress.task("Publishing", total=3, console=console) as advance:
        for _ in range(3):
            advance(1)
    out = buf.getvalue()
    assert "Publishing" in out and "3/3" in out and "━" in out
    assert re.search(r"(\d+\.\d|-)/s", out)
    assert ESC in out  # drawn with cursor control: a terminal display, not a log line
    assert out.endswith("\x1b[2K")  # transient: the last line is erased at the end


def test_without_a_total_it_is_a_spinner_with_the_time_elapsed() -> None:
    console, buf = terminal()
    with progress.task("Polling the due sources", console=console):
        pass
    out = buf.getvalue()
    assert "Polling the due sources" in out and "0:00:00" in out and "━" not in out


def test_nothing_is_written_when_the_console_is_no_terminal() -> None:
    buf = io.StringIO()
    with progress.task("Publishing", total=2, console=Console(file=buf)) as advance:
        advance(1)
        advance()
    assert buf.getvalue() == ""


def test_show_false_draws_nothing_even_on_a_terminal() -> None:
    console, buf = terminal()
    with progress.task("Polling 2 sources", total=2, show=False, console=console) as advance:
        advance(2)
    assert buf.getvalue() == ""


def test_stderr_a_tty_gets_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    tty = FakeTTY()
    monkeypatch.setattr("sys.stderr", tty)
    with progress.task("Importing 2 outlines", total=2) as advance:
        advance(2)
    assert "Importing 2 outlines" in tty.getvalue() and "2/2" in tty.getvalue()


@pytest.mark.parametrize(
    ("env", "tty"),
    [
        ({}, False),
        ({"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"}, False),  # rich would draw into a pipe
        ({"TERM": "dumb"}, True),
    ],
    ids=["pipe", "pipe-force-color", "dumb-terminal"],
)
def test_stderr_not_a_terminal_that_can_redraw_gets_nothing(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    stream = FakeTTY() if tty else io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    with progress.task("Publishing", total=2) as advance:
        advance(2)
    assert stream.getvalue() == ""


def test_no_color_draws_the_bar_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    tty = FakeTTY()
    monkeypatch.setattr("sys.stderr", tty)
    with progress.task("Publishing", total=1) as advance:
        advance()
    out = tty.getvalue()
    assert "1/1" in out and not re.search(r"\x1b\[[0-9;]*m", out)  # no SGR colour codes


def test_log_lines_go_above_the_display_and_stdout_is_left_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    console, buf = terminal()
    handler = logging.StreamHandler(buf)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with progress.task("Polling 5 sources", total=5, console=console) as advance:
            logging.getLogger("feedhub.pipeline").warning("source polled source=a")
            advance(5)
            print("a result line")
        assert handler.stream is buf  # given back
    finally:
        root.removeHandler(handler)
    out = buf.getvalue()
    # printed through rich: on a cleared line, the bar drawn again below it (written
    # straight to the stream it would follow the bar on the bar's line)
    assert "\x1b[2Ksource polled source=a\n" in out
    assert "a result line" not in out
    assert capsys.readouterr().out == "a result line\n"


# --- the commands ---------------------------------------------------------------------------


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """stderr as a terminal for the commands' progress display; yields what it shows."""
    console, buf = terminal()
    monkeypatch.setattr(progress, "terminal_console", lambda: console)
    yield buf


def _opml(tmp_path: Path) -> Path:
    path = tmp_path / "abos.opml"
    path.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline type="rss" text="A" xmlUrl="https://a.example/feed"/>'
        '<outline type="rss" text="B" xmlUrl="https://b.example/feed"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    return path


def test_import_opml_shows_a_bar_per_outline(
    tmp_path: Path, screen: io.StringIO, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = Path(shutil.copytree(SHIPPED, tmp_path / "config"))
    assert main(["import-opml", "--config", str(cfg), str(_opml(tmp_path))]) == 0
    assert "Importing 2 outlines" in screen.getvalue() and "2/2" in screen.getvalue()
    assert "added a: A" in capsys.readouterr().out


def test_import_opml_in_a_pipe_writes_no_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = Path(shutil.copytree(SHIPPED, tmp_path / "config"))
    assert main(["import-opml", "--config", str(cfg), str(_opml(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and ESC not in captured.out and "Importing" not in captured.out


def _inbox_config(tmp_path: Path, count: int) -> Path:
    sources = "".join(f'[in{i}]\nkind = "inbox"\npath = "in{i}"\n\n' for i in range(count))
    for i in range(count):
        (tmp_path / "config" / f"in{i}").mkdir(parents=True)
    return write_config(tmp_path, sources)


def test_publish_shows_a_spinner(
    tmp_path: Path, screen: io.StringIO, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _inbox_config(tmp_path, 1)
    assert main(["publish", "--config", str(cfg)]) == 0
    assert "Publishing every feed" in screen.getvalue()
    assert capsys.readouterr().out.endswith("documents changed\n")


@pytest.mark.parametrize(("count", "shown"), [(4, True), (3, False)])
def test_update_shows_a_spinner_for_more_than_a_few_sources(
    tmp_path: Path, screen: io.StringIO, count: int, shown: bool
) -> None:
    cfg = _inbox_config(tmp_path, count)
    names = [f"in{i}" for i in range(count)]
    assert main(["update", "--config", str(cfg), *names]) == 0
    assert (f"Polling {count} sources" in screen.getvalue()) is shown
    assert ("Publishing every feed" in screen.getvalue()) is shown


def test_cluster_shows_a_spinner(tmp_path: Path, screen: io.StringIO) -> None:
    record = {
        "id": "a1",
        "source": "portal",
        "url": "https://www.monrose.de/politik/a-1.html",
        "guid": "p1",
        "title": "Titel",
        "summary": "Text",
        "content_html": "<p>Text</p>",
        "published": "2025-08-16T08:00:00+02:00",
        "language": "de",
        "section": "politik",
        "authors": [],
    }
    jsonl = tmp_path / "one.jsonl"
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "pred.json"
    assert main(["cluster", "--jsonl", str(jsonl), "--out", str(out)]) == 0
    assert "Clustering 1 articles" in screen.getvalue()
