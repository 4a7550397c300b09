"""Create or migrate the database with Alembic (the engine's migrations plus any workflow package's)."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from engine.db import Database


def _config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("engine") / "migrations"))
    cfg.set_main_option("path_separator", "os")
    return cfg


def upgrade(db: Database, revision: str = "heads") -> None:
    """Apply every migration up to `revision`."""
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_current(db: Database) -> bool:
    """Whether the database is at the newest revision."""
    heads = set(ScriptDirectory.from_config(_config(db)).get_heads())
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads()) == heads
