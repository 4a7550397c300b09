"""Create or migrate the database with Alembic (the engine's migrations plus any workflow package's)."""

from __future__ import annotations

import os
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from engine.db import Database
from engine.loader import shipped_migrations


def _config(db: Database) -> Config:
    cfg = Config()
    root = resources.files("engine") / "migrations"
    cfg.set_main_option("script_location", str(root))
    cfg.set_main_option("path_separator", "os")
    locations = [str(root / "versions"), *map(str, shipped_migrations())]
    cfg.set_main_option("version_locations", os.pathsep.join(locations))
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
