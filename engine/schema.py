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
    """Whether every migration has been applied (a revision another depends on counts through its dependant)."""
    script = ScriptDirectory.from_config(_config(db))
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    if not current:
        return False
    applied = script.revision_map.iterate_revisions(current, "base", select_for_downgrade=True)
    return {r.revision for r in applied} == {r.revision for r in script.walk_revisions()}
