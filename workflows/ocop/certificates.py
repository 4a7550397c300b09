"""Certificates as readers see them: their fields and their status on a given day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.store import Case
from workflows.ocop.models import Certificate

STATUSES = ("valid", "expiring", "expired", "superseded", "revoked")


def certificate_status(cert: Certificate, case_state: str, today: date, notice_days: int) -> str:
    """valid, expiring (from `valid_until − notice_days`), expired (after `valid_until`), superseded, revoked."""
    if case_state == "revoked":
        return "revoked"
    if case_state == "renewed":
        return "superseded"
    if case_state == "expired" or today > cert.valid_until:
        return "expired"
    if case_state == "expiring" or today >= cert.valid_until - timedelta(days=notice_days):
        return "expiring"
    return "valid"


def certificate_view(s: Session, case: Case, today: date, notice_days: int) -> dict[str, Any] | None:
    """The API shape of a dossier's certificate (`docs/api.md`), with its status today."""
    cert = s.scalar(select(Certificate).where(Certificate.case_id == case.id))
    if cert is None:
        return None
    return {
        "code": cert.code,
        "stars": cert.stars,
        "issued_on": cert.issued_on.isoformat(),
        "valid_until": cert.valid_until.isoformat(),
        "issued_by": cert.issued_by.code,
        "decision_no": cert.decision_no,
        "status": certificate_status(cert, case.state, today, notice_days),
    }


def expiry_list(
    s: Session, unit_path: str, today: date, within_days: int, notice_days: int, limit: int = 1000, offset: int = 0
) -> list[dict[str, Any]]:
    """Certificates in a territory that expire within `within_days`, or have expired without a renewal.

    One query on the `valid_until` index, joined to the dossiers of the territory (a unit-path range).
    """
    from sqlalchemy import and_, exists, or_
    from sqlalchemy.orm import aliased

    successor = aliased(Case)
    renewed = exists().where(
        successor.predecessor_id == Case.id,
        successor.state.in_(("certified", "expiring", "renewed")),
    )
    horizon = today + timedelta(days=within_days)
    rows = s.execute(
        select(Certificate, Case)
        .join(Case, Case.id == Certificate.case_id)
        .where(
            Case.unit_path >= unit_path,
            Case.unit_path < unit_path[:-1] + "0",
            or_(
                and_(Case.state.in_(("certified", "expiring")), Certificate.valid_until <= horizon),
                and_(Case.state == "expired", ~renewed),
            ),
        )
        .order_by(Certificate.valid_until, Certificate.code)
        .limit(limit)
        .offset(offset)
    ).all()
    return [
        {
            "code": cert.code,
            "product": case.data["product"]["name"],
            "producer": case.data["producer"]["name"],
            "commune": case.unit.code,
            "stars": cert.stars,
            "issued_on": cert.issued_on.isoformat(),
            "valid_until": cert.valid_until.isoformat(),
            "days_left": (cert.valid_until - today).days,
            "status": certificate_status(cert, case.state, today, notice_days),
            "dossier": case.id,
        }
        for cert, case in rows
    ]
