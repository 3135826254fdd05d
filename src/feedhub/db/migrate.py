"""Apply Alembic migrations (migrations/versions/) up to head."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: sa.Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: sa.Engine) -> None:
    """Bring the database schema to the newest revision; idempotent."""
    command.upgrade(alembic_config(engine), "head")
