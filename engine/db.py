"""Connections and units of work: SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE for writes) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from engine.errors import Busy

_WRITE = "ocop_write"
BUSY_TIMEOUT_MS = 5000
# SQLSTATEs that mean "another transaction got there first" or "try again": serialization, deadlock, lock timeout.
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain `postgresql://` URLs."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is deferred).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A write unit of work takes the write lock up front: a deferred transaction that read first would
    # fail at once with "database is locked" after another writer committed.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


class Database:
    """An engine plus units of work; the only place that opens transactions."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine_options.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000})
        else:
            engine_options.setdefault("pool_pre_ping", True)
        self.engine: Engine = create_engine(self.url, **engine_options)
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, autoflush=False, expire_on_commit=False)

    @contextmanager
    def write(self, dry_run: bool = False) -> Iterator[Session]:
        """A write unit of work: commits on success (rolls back with `dry_run`), rolls back on error; busy → `Busy`."""
        with self._sessions() as session:
            try:
                session.connection(execution_options={_WRITE: True})
                yield session
                if dry_run:
                    session.rollback()
                else:
                    session.commit()
            except BaseException as exc:
                session.rollback()
                if is_busy(exc):
                    raise Busy("the database is busy; try again", retry_after=1) from exc
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error wrapped by SQLAlchemy, if any."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def is_busy(exc: BaseException) -> bool:
    """Whether a database error means 'locked or try again' rather than a bug."""
    if isinstance(exc, OperationalError) and "database is locked" in str(exc):
        return True
    return isinstance(exc, DBAPIError) and sqlstate(exc) in RETRYABLE_SQLSTATES
