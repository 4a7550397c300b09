"""The shipped durable settings: SQLite WAL + synchronous=FULL + foreign keys, writes under BEGIN IMMEDIATE."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from engine.db import Database


@pytest.fixture
def sqlite_db(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path}/d.db")
    yield db
    db.dispose()


def test_pragmas_on_every_connection(sqlite_db: Database):
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_write_takes_the_lock_up_front(sqlite_db: Database, tmp_path: Path):
    """Inside `write()` the database is already locked for writers (BEGIN IMMEDIATE), before any statement."""
    with sqlite_db.write() as s:
        s.execute(text("select 1"))
        other = sqlite3.connect(tmp_path / "d.db", timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with sqlite_db.read() as s:  # a read transaction does not lock writers out
        s.execute(text("select 1"))
        other = sqlite3.connect(tmp_path / "d.db", timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()


def test_busy_database_is_a_503_not_a_500(sqlite_db: Database, tmp_path: Path):
    from engine.errors import Busy

    holder = sqlite3.connect(tmp_path / "d.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    quick = Database(f"sqlite:///{tmp_path}/d.db", connect_args={"timeout": 0.2})
    try:
        with pytest.raises(Busy) as exc:
            with quick.write() as s:
                s.execute(text("select 1"))
        assert exc.value.status == 503 and exc.value.details["retry_after"] == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        quick.dispose()
