"""The engine, and the one boundary where database errors become StorageError.

Owns: building an engine for SQLite (WAL, foreign keys, busy timeout, page cache, a
connection per worker thread) or PostgreSQL; mapping every error the engine raises to
StorageError with a one-line message (`handle_error` event: whichever repository method
met it); hiding passwords in URLs shown to operators; and `Store`, the base every part of
the Repository shares: the engine and the process's write lock.

Invariants: nothing here knows a table. On SQLite, writes of this process take turns on
one lock (`Store._write`), which is also the ingest lock (db.ingest), so SQLite never
sees two writers of one process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextlib import nullcontext
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from feedhub.errors import StorageError

SQLITE_POOL = 32  # SQLite connections kept open (and as many more while busy): workers <= 64


def make_engine(url: str) -> sa.Engine:
    """An engine for a SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL.

    Every database error surfaces as StorageError (one line: what failed and the
    database's own words, e.g. "database or disk is full"), whichever method met it."""
    engine = _make_engine(url)

    @event.listens_for(engine, "handle_error")
    def _as_storage_error(ctx: sa.engine.ExceptionContext) -> None:
        if ctx.is_pre_ping:
            return  # the pool's liveness check: it reconnects by itself
        raise StorageError(storage_message(ctx.original_exception)) from ctx.original_exception

    return engine


def storage_message(e: BaseException) -> str:
    """A database error as one line for an operator."""
    first = (str(e).strip().splitlines() or [""])[0]
    return f"database failed: {type(e).__name__}: {first}"


def _make_engine(url: str) -> sa.Engine:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # a connection per worker thread stays open (SQLAlchemy's default keeps 5 and
        # opens and closes the others on every use, pragmas and all)
        engine = sa.create_engine(
            url, connect_args={"timeout": 30}, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # the dedup index outgrows SQLite's 2 MiB default page cache within days
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def redact(url: str) -> str:
    """A database URL as shown to an operator: the password hidden."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<invalid URL>"


class Store:
    """The engine and the write lock that every part of the Repository shares."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._ingest_lock = threading.Lock()
        # SQLite has one writer at a time: threads of this process take turns here rather
        # than in SQLite's busy handler, which polls with sleeps of up to 100 ms
        self._write_lock = self._ingest_lock if engine.dialect.name == "sqlite" else None

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """A write transaction (taking turns with the other threads' on SQLite)."""
        with self._write_lock or nullcontext(), self.engine.begin() as conn:
            yield conn
