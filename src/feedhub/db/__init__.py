"""Storage: SQLAlchemy Core over SQLite (WAL) or PostgreSQL. Rows never leave this package.

schema.py      tables
migrate.py     Alembic upgrade to head, applied at start
repo.py        Repository: methods named by intent, taking and returning models; composed
               of engine.py (engine, errors -> StorageError), sources.py, documents.py,
               stories.py (read model) and ingest.py (with candidates.py and keys.py)
"""
