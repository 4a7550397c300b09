"""SQLAlchemy tables of the engine: units, users, tokens, cases and their append-only history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Json = JSON().with_variant(JSONB(), "postgresql")
# Unit paths are compared byte-wise so that a prefix range finds a subtree through an index.
Path = String(512).with_variant(String(512, collation="C"), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back aware (SQLite keeps no offset; naive input means UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so constraint names match on SQLite and PostgreSQL."""

    metadata = MetaData(naming_convention=NAMING)


class Unit(Base):
    """An administrative unit; `path` lists the codes from the root (`/VN/36/361/`)."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    level: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    path: Mapped[str] = mapped_column(Path, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    parent: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    successor: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[successor_id])


class User(Base):
    """A person (or the scheduler) with one role and one unit; `session_version` ends old sessions."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    unit: Mapped[Unit] = relationship()


class ApiToken(Base):
    """A bearer token: only its SHA-256 is stored; revocable one by one."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    user: Mapped[User] = relationship()


class Case(Base):
    """A case (a dossier) moving through one workflow version; `version` equals its last history seq."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_state_path", "workflow", "state", "unit_path"),
        Index("ix_cases_path_updated", "unit_path", "updated_at"),
        Index("ix_cases_predecessor", "predecessor_id"),
        Index("ix_cases_updated", "updated_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workflow: Mapped[str] = mapped_column(String(64))
    workflow_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    unit_path: Mapped[str] = mapped_column(Path)
    title: Mapped[str] = mapped_column(String(255), default="")
    filed_on: Mapped[date] = mapped_column(Date)
    in_force: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    #: the case this one continues (the definition's `predecessor_from` payload field), indexed for lineage lookups
    predecessor_id: Mapped[str | None] = mapped_column(String(36), nullable=True, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    unit: Mapped[Unit] = relationship()


class HistoryRecord(Base):
    """One append-only, hash-chained record of a case's history (database triggers refuse edits)."""

    __tablename__ = "history"
    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_history_case_seq"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    trigger: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(64))
    to_state: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    payload: Mapped[dict[str, Any]] = mapped_column(Json)
    reason: Mapped[str | None] = mapped_column(Text)
    workflow: Mapped[str] = mapped_column(String(64))
    workflow_version: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    def as_chain_dict(self) -> dict[str, Any]:
        """The record under the names that are hashed (`engine.audit.HASHED_FIELDS`) plus its hash."""
        return {
            "case": self.case_id,
            "seq": self.seq,
            "kind": self.kind,
            "trigger": self.trigger,
            "from": self.from_state,
            "to": self.to_state,
            "actor": self.actor,
            "role": self.role,
            "at": self.at,
            "payload": self.payload,
            "reason": self.reason,
            "workflow": self.workflow,
            "workflow_version": self.workflow_version,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


class Timer(Base):
    """A request to try a time-driven transition on a case from a date on; `tick` picks due timers by index."""

    __tablename__ = "timers"
    __table_args__ = (
        Index("ix_timers_due", "done_at", "due_on"),
        Index(
            "ix_timers_pending",
            "due_on",
            "id",
            postgresql_where=text("done_at IS NULL"),
            sqlite_where=text("done_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    trigger: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))


class IdempotencyKey(Base):
    """A write's Idempotency-Key per user, stored in the action's transaction with the response it got."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_key", name="uq_idempotency_keys_user_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_key: Mapped[str] = mapped_column(String(300))  # "<user id>:<key>"
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    response: Mapped[Any] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


#: SQL that makes the history append-only, per dialect (used by the migration and by tests that drop it).
APPEND_ONLY_SQL = {
    "sqlite": [
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
        "CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'history is append-only' USING ERRCODE = 'insufficient_privilege'; END $$",
        "CREATE TRIGGER history_no_update BEFORE UPDATE OR DELETE ON history "
        "FOR EACH ROW EXECUTE FUNCTION history_append_only()",
        "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
        "FOR EACH STATEMENT EXECUTE FUNCTION history_append_only()",
    ],
}
DROP_APPEND_ONLY_SQL = {
    "sqlite": ["DROP TRIGGER history_no_update", "DROP TRIGGER history_no_delete"],
    "postgresql": [
        "DROP TRIGGER history_no_update ON history",
        "DROP TRIGGER history_no_truncate ON history",
        "DROP FUNCTION history_append_only()",
    ],
}


class CalendarDay(Base):
    """An admin's override of the base working-day calendar for one date (from the government's yearly schedule)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
