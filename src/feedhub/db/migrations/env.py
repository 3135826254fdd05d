"""Alembic environment: runs online against the engine handed over by migrate.upgrade()."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from feedhub.db.schema import metadata

MIGRATE_LOCK_KEY = 0x66656564687560  # processes starting at once migrate one after another

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        # two processes starting on a fresh database would both create the tables (a
        # unique violation in pg_type); the second waits here, then finds the schema at head
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK_KEY})
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
