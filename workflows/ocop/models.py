"""OCOP's own tables: councils, scoring rounds, score sheets (append-only) and certificates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engine.store import Base, Case, Json, Unit, User, UtcDateTime


class Council(Base):
    """An evaluation council established by decision at a unit (district, province or central)."""

    __tablename__ = "ocop_councils"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    established_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    unit: Mapped[Unit] = relationship()
    members: Mapped[list[CouncilMember]] = relationship(back_populates="council", order_by="CouncilMember.user_id")


class CouncilMember(Base):
    """A council's member: a user with the role `council_member` at the council's unit."""

    __tablename__ = "ocop_council_members"

    council_id: Mapped[int] = mapped_column(ForeignKey("ocop_councils.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)

    council: Mapped[Council] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class ScoreRound(Base):
    """One scoring round of a dossier at a level: open, closed with its result, or void (returned)."""

    __tablename__ = "ocop_rounds"
    __table_args__ = (UniqueConstraint("case_id", "level", "round", name="uq_ocop_rounds_case_level_round"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    round: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8))  # open, closed, void
    council_id: Mapped[int | None] = mapped_column(ForeignKey("ocop_councils.id"))
    opened_seq: Mapped[int] = mapped_column(Integer)
    closed_seq: Mapped[int | None] = mapped_column(Integer)
    total_sum: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    sheet_count: Mapped[int | None] = mapped_column(Integer)

    case: Mapped[Case] = relationship()
    council: Mapped[Council | None] = relationship()


class ScoreSheet(Base):
    """One revision of one member's sheet in a round (append-only; the latest revision counts)."""

    __tablename__ = "ocop_score_sheets"
    __table_args__ = (UniqueConstraint("round_id", "member_id", "revision", name="uq_ocop_score_sheets_revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ocop_rounds.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    revision: Mapped[int] = mapped_column(Integer)
    part_a: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    part_b: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    part_c: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    total: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    #: ocop-2026: the points of each criterion of the product set's sheet (text decimals); None for part-level sheets
    criteria: Mapped[dict[str, str] | None] = mapped_column(Json, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())

    member: Mapped[User] = relationship()


class Certificate(Base):
    """An OCOP certificate: unique code, decision, issue date, last valid day, issuing unit and stars."""

    __tablename__ = "ocop_certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    stars: Mapped[int] = mapped_column(Integer)
    decision_no: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    seq: Mapped[int] = mapped_column(Integer)

    issued_by: Mapped[Unit] = relationship()
    case: Mapped[Case] = relationship()
