"""Repository: the one object the rest of feedhub stores and reads through. Methods are
named by intent and take and return models; rows never leave the db package.

The Repository is composed of one mixin per domain, each in its own module with its own
statements (all sharing db.engine.Store: the engine and the write lock):

engine.py      make_engine, database errors -> StorageError at one boundary, Store
sources.py     Sources: source rows, claims, poll state, redirects, records, health, ping
documents.py   Documents: rendered feed documents and their render problems
stories.py     Stories: the stories read model
ingest.py      Ingest: ingest_transaction, move_article, stored_guids; Transaction writes
candidates.py  CandidateLookups: the dedup candidate reads of a Transaction; Memo
keys.py        article_keys rows and the in-memory recent index

One `Transaction` per source update (pipeline.update_source) so a failed update leaves
nothing half-stored. Claiming due sources is a compare-and-set on next_check_at, which is
safe with several worker processes on PostgreSQL and harmless on SQLite.

The names below are re-exported for the modules that import them from here.
"""

from __future__ import annotations

import sqlalchemy as sa

from feedhub.db import migrate
from feedhub.db.candidates import KNOWN_MEMO
from feedhub.db.candidates import LOOKUP_TERMS
from feedhub.db.candidates import MAX_RELATED_CANDIDATES
from feedhub.db.candidates import NEAR_CANDIDATES
from feedhub.db.documents import Documents
from feedhub.db.engine import SQLITE_POOL
from feedhub.db.engine import make_engine
from feedhub.db.engine import redact
from feedhub.db.engine import storage_message
from feedhub.db.ingest import INGEST_LOCK_KEY
from feedhub.db.ingest import Ingest
from feedhub.db.ingest import Ingested
from feedhub.db.ingest import Transaction
from feedhub.db.sources import Sources
from feedhub.db.stories import Stories
from feedhub.errors import StorageError

__all__ = [
    "INGEST_LOCK_KEY",
    "KNOWN_MEMO",
    "LOOKUP_TERMS",
    "MAX_RELATED_CANDIDATES",
    "NEAR_CANDIDATES",
    "SQLITE_POOL",
    "Ingested",
    "Repository",
    "Transaction",
    "make_engine",
    "storage_message",
]


class Repository(Sources, Documents, Stories, Ingest):
    """Sources and their schedule, rendered feeds, the stories read model and ingests,
    over one engine."""

    @classmethod
    def open(cls, url: str) -> Repository:
        """Connect and migrate to the newest schema. Raises StorageError."""
        try:
            engine = make_engine(url)
            migrate.upgrade(engine)
        except (sa.exc.SQLAlchemyError, StorageError) as e:
            raise StorageError(f"cannot open database {redact(url)}: {e}") from e
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()
