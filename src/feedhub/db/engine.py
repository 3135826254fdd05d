"""The engine, and the one boundary where database errors become StorageError.

Owns: building the engines for SQLite (WAL, foreign keys, busy timeout; a reading
connection per worker thread and one writing connection) or PostgreSQL; mapping every
error an engine raises to StorageError with a one-line message (`handle_error` event:
whichever repository method met it); hiding passwords in URLs shown to operators; and
`Store`, the base every part of the Repository shares: the engines and the process's
write lock.

Memory. SQLite keeps a page cache per connection. The writing connection touches the
dedup index's pages on every ingest and gets the page cache budget (`page_cache_mb`, a
share of the `cache_mb` setting); the reading connections (a run's poll states, the pages
published) keep 1 MiB each (READER_PAGE_CACHE_KIB) and are reused newest first, so the
few that are busy stay warm. (With one 64 MiB cache per pooled connection, every connection the
ingest happened to use filled its own: 657 MB peak RSS in bench/fetch.py.)

Invariants: nothing here knows a table. On SQLite, writes of this process take turns on
one lock (`Store._write`), which is also the ingest lock (db.ingest), and go through the
one writing connection, so SQLite never sees two writers of one process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from contextlib import nullcontext
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from feedhub.errors import StorageError

logger = logging.getLogger(__name__)

READER_PAGE_CACHE_KIB = 1024  # SQLite's page cache of a reading connection (default 2 MiB)
CHECKPOINT_SECONDS = 1.0  # between WAL checkpoints (Checkpointer)
# each backend's insert(), the one with ON CONFLICT: the same SQL on both, by dialect name
DIALECT_INSERT: dict[str, Callable[..., Any]] = {
    "sqlite": sqlite_insert,
    "postgresql": postgresql_insert,
}
SQLITE_POOL = 32  # SQLite connections kept open (and as many more while busy): workers <= 64


def make_engine(url: str, *, page_cache_mb: int | None = None, writer: bool = False) -> sa.Engine:
    """An engine for a SQLite file (WAL, foreign keys, busy timeout) or PostgreSQL. On
    SQLite, `writer` makes the one-connection engine writes go through, with a page cache
    of `page_cache_mb` (READER_PAGE_CACHE_KIB without it).

    Every database error surfaces as StorageError (one line: what failed and the
    database's own words, e.g. "database or disk is full"), whichever method met it."""
    engine = _make_engine(url, page_cache_mb, writer)

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


def _make_engine(url: str, page_cache_mb: int | None, writer: bool) -> sa.Engine:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # readers: a connection per worker thread stays open (SQLAlchemy's default keeps 5
        # and opens and closes the others on every use, pragmas and all), newest reused
        # first; the writer: one connection (writes take turns on Store's lock anyway)
        if writer:
            pool: dict[str, Any] = {"pool_size": 1, "max_overflow": 0}
        else:
            pool = {"pool_size": SQLITE_POOL, "max_overflow": SQLITE_POOL, "pool_use_lifo": True}
        engine = sa.create_engine(url, connect_args={"timeout": 30}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            # negative: in KiB; readers keep READER_PAGE_CACHE_KIB each
            kib = int(page_cache_mb) * 1024 if page_cache_mb is not None else READER_PAGE_CACHE_KIB
            cur.execute(f"PRAGMA cache_size=-{kib}")
            cur.execute("PRAGMA temp_store=MEMORY")
            if writer:  # the WAL is copied back by Checkpointer's thread, not in a commit
                cur.execute("PRAGMA wal_autocheckpoint=0")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def redact(url: str) -> str:
    """A database URL as shown to an operator: the password hidden."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<invalid URL>"


class Checkpointer:
    """Copies SQLite's write-ahead log back into the database file, in a thread of its
    own, every CHECKPOINT_SECONDS (a PASSIVE checkpoint: it waits for no reader or writer).

    SQLite's default runs that checkpoint inside the commit that grows the log past 1,000
    pages, copying and syncing the database file while the ingest waits: with an ingest's
    ~1,200 key rows a transaction, every commit did (15.8 ms a commit, against 3.6 ms
    with the copy done elsewhere, measured on this machine's disk). The writing connection
    turns it off (`wal_autocheckpoint=0`); when the last connection closes SQLite
    checkpoints and removes the log as always."""

    def __init__(self, engine: sa.Engine, *, every: float = CHECKPOINT_SECONDS) -> None:
        self._engine = engine
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.checkpoint()

    def checkpoint(self) -> None:
        try:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception as e:  # the next round tries again; the log only grows meanwhile
            logger.warning("WAL checkpoint failed: %s", e)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class Store:
    """The engines and the write lock that every part of the Repository shares: `engine`
    for reads, `writer` for writes (the same engine on PostgreSQL)."""

    def __init__(self, engine: sa.Engine, writer: sa.Engine | None = None) -> None:
        self.engine = engine
        self.writer = writer or engine
        self._ingest_lock = threading.Lock()
        # SQLite has one writer at a time: threads of this process take turns here rather
        # than in SQLite's busy handler, which polls with sleeps of up to 100 ms
        self._write_lock = self._ingest_lock if engine.dialect.name == "sqlite" else None

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """A write transaction (taking turns with the other threads' on SQLite)."""
        with self._write_lock or nullcontext(), self.writer.begin() as conn:
            yield conn
