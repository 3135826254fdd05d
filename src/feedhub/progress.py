"""Progress display of long CLI jobs: a bar (done/total, rate, ETA) or, without a total, a
spinner with the time elapsed, on stderr, and only when stderr is a terminal.

    with progress.task("Publishing", total=n) as advance:
        for ...:
            advance(1)

On a terminal (stderr is a TTY and TERM is not "dumb") the display is drawn by
rich.progress on stderr and is transient: when the job ends it is erased, and what the
command prints stays. While it is drawn, the log lines feedhub writes to stderr
(logs.setup) go above it instead of through it, and stdout is left alone. NO_COLOR is
honoured (rich draws without colour). Anywhere else (a pipe, a file, a journal, cron)
nothing is drawn or written and advance() does nothing, so logs and pipes stay clean;
rich's own FORCE_COLOR and TTY_COMPATIBLE do not switch it on there.

Does not decide what is counted or how long a job is: the caller does.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol
from typing import TextIO

from rich.console import Console
from rich.file_proxy import FileProxy
from rich.progress import BarColumn
from rich.progress import MofNCompleteColumn
from rich.progress import Progress
from rich.progress import ProgressColumn
from rich.progress import SpinnerColumn
from rich.progress import Task
from rich.progress import TextColumn
from rich.progress import TimeElapsedColumn
from rich.progress import TimeRemainingColumn
from rich.text import Text


class Advance(Protocol):
    def __call__(self, n: int = 1) -> None:
        """Count `n` more units of the task done."""


def _nothing(n: int = 1) -> None:
    pass


@contextmanager
def task(
    description: str,
    total: int | None = None,
    *,
    show: bool = True,
    console: Console | None = None,
) -> Iterator[Advance]:
    """Show the progress of one job while the block runs; yields `advance(n=1)`.

    `total`: units of work (a bar with done/total, rate and ETA); None: unknown (a
    spinner). `show=False`, or stderr not a terminal: a no-op. `console`: draw there
    instead of on stderr, if it is a terminal (tests pass a Console with
    force_terminal=True)."""
    target = console if console is not None else terminal_console()
    if not show or target is None or not target.is_terminal or target.is_dumb_terminal:
        yield _nothing
        return
    if total is None:
        columns: tuple[ProgressColumn, ...] = (
            SpinnerColumn(),
            TextColumn("{task.description}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
    else:
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeRemainingColumn(),
        )
    bar = Progress(
        *columns,
        console=target,
        transient=True,
        redirect_stdout=False,  # what the command prints goes to stdout, not here
        redirect_stderr=True,
    )
    task_id = bar.add_task(description, total=total)

    def advance(n: int = 1) -> None:
        bar.advance(task_id, n)

    with bar, _logs_above(target):
        yield advance


def terminal_console() -> Console | None:
    """A rich Console on stderr when stderr is a terminal that can redraw a line (a
    TTY, TERM not "dumb"); None otherwise."""
    stream = sys.stderr
    if stream is None or os.environ.get("TERM") == "dumb" or not _isatty(stream):
        return None
    return Console(file=stream)


class RateColumn(ProgressColumn):
    """Units done per second, e.g. "12.5/s"."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "-/s", style="progress.data.speed")


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False


@contextmanager
def _logs_above(console: Console) -> Iterator[None]:
    """While the display is drawn, the root logger's handlers that write to the
    console's stream write through rich instead, so each line is printed above the
    display rather than into it."""
    proxy = FileProxy(console, console.file)
    swapped = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler)
        and not isinstance(h, logging.FileHandler)
        and h.stream is console.file
    ]
    for h in swapped:
        h.setStream(proxy)
    try:
        yield
    finally:
        for h in swapped:
            h.setStream(console.file)
        proxy.flush()
