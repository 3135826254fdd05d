"""Logging setup, called only from cli.main(). Messages are `event key=value ...`."""

from __future__ import annotations

import logging
import sys


def setup(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "alembic", "granian.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # "skipped: maximum number of running instances reached" is the design (one tick at
    # a time, coalesced), not a problem worth a warning
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
