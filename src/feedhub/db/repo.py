"""Repository: the one object the rest of feedhub stores and reads through. Methods are
named by intent and take and return models; rows never leave the db package.

The Repository is composed of one mixin per domain, each in its own module with its own
statements (all sharing db.engine.Store: the engine and the write lock):

engine.py      make_engine, database errors -> StorageError at one boundary, Store
sources.py     Sources: source rows, claims, poll state, redirects, records, health, ping
documents.py   Documents: rendered feed documents and their render problems
stories.py     Stories: the stories read model
ingest.py      Ingest: ingest_session, stored_guids; IngestSession: an ingest's writes
lookups.py     IngestReads: an ingest session's reads for dedup (dedup.lookup.Lookup)
keys.py        article_keys rows: written, deleted, read back as a log
pruning.py     retention's deletes (a prefix of the story order) and feed_offsets

One `IngestSession` per batch of a source update (pipeline.update_source) so a failed
update leaves nothing half-stored. The package imports models, never dedup: what dedup
needs from it is dedup.lookup's protocols, which IngestSession implements.

Claiming due sources is a compare-and-set on next_check_at, which is safe with several
worker processes on PostgreSQL and harmless on SQLite.

The names below are re-exported for the modules that import them from here.
"""

from __future__ import annotations

import sqlalchemy as sa

from feedhub.db import migrate
from feedhub.db.documents import Documents
from feedhub.db.engine import SQLITE_POOL
from feedhub.db.engine import Checkpointer
from feedhub.db.engine import make_engine
from feedhub.db.engine import redact
from feedhub.db.engine import storage_message
from feedhub.db.ingest import INGEST_LOCK_KEY
from feedhub.db.ingest import Ingest
from feedhub.db.ingest import IngestSession
from feedhub.db.sources import Sources
from feedhub.db.stories import Stories
from feedhub.errors import StorageError

__all__ = [
    "INGEST_LOCK_KEY",
    "SQLITE_POOL",
    "IngestSession",
    "Repository",
    "make_engine",
    "storage_message",
]


class Repository(Sources, Documents, Stories, Ingest):
    """Sources and their schedule, rendered feeds, the stories read model and ingests,
    over one engine."""

    @classmethod
    def open(cls, url: str, *, page_cache_mb: int | None = None) -> Repository:
        """Connect and migrate to the newest schema. Raises StorageError.

        `page_cache_mb`: SQLite's page cache of the writing connection (db.engine)."""
        try:
            engine = make_engine(url)
            writer = None
            if engine.dialect.name == "sqlite" and not url.endswith((":memory:", "sqlite://")):
                writer = make_engine(url, page_cache_mb=page_cache_mb, writer=True)
            migrate.upgrade(writer or engine)
        except (sa.exc.SQLAlchemyError, StorageError) as e:
            raise StorageError(f"cannot open database {redact(url)}: {e}") from e
        repo = cls(engine, writer)
        if writer is not None:
            repo.checkpointer = Checkpointer(engine)
        return repo

    checkpointer: Checkpointer | None = None  # SQLite: copies the WAL back (db.engine)

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.close()
        self.engine.dispose()
        if self.writer is not self.engine:
            self.writer.dispose()
