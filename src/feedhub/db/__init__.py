"""Storage: SQLAlchemy Core over SQLite (WAL) or PostgreSQL. Rows never leave this package.

schema.py      tables
migrate.py     Alembic upgrade to head, applied at start
repo.py        Repository: methods named by intent, taking and returning models; composed
               of engine.py (engine, errors -> StorageError), sources.py, documents.py,
               stories.py (read model), ingest.py (the ingest session's writes) with
               lookups.py (its reads for dedup) and keys.py (article_keys)

Imports models, never dedup: the ingest session implements dedup.lookup's protocols.
"""
