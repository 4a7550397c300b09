"""The demo loader (every state, idempotent, verifiable) and certificate statuses over time."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engine.accounts import SYSTEM
from engine.store import Case, User
from workflows.ocop.certificates import certificate_status, certificate_view
from workflows.ocop.demo import load_demo
from workflows.ocop.models import Certificate
from workflows.ocop.scoring import valid_until


def test_demo_covers_every_state_and_is_idempotent(osvc, db):
    logins = load_demo(osvc, echo=lambda _: None)
    d = osvc.catalog.get("ocop-2023")
    with db.read() as s:
        states = set(s.scalars(select(Case.state).distinct().where(Case.workflow == "ocop-2023")))
        states_2026 = set(s.scalars(select(Case.state).distinct().where(Case.workflow == "ocop-2026")))
        cases, users = s.scalar(select(func.count()).select_from(Case)), s.scalar(select(func.count(User.id)))
    assert states == set(d.states)
    assert states_2026 == {"registered", "commune_reviewed", "advisory_reviewed", "province_scored", "certified"}
    held = next(v for v in osvc.list_cases(SYSTEM, q="Ruốc tôm")[0])
    score = osvc.describe(SYSTEM, held.id)["score"]
    assert (score["band"], score["reachable_stars"], len(score["unmet_minimums"])) == (4, 3, 1)
    assert {role for _, role, _ in logins} >= set(d.roles) | {"auditor"}
    assert osvc.verify(SYSTEM).ok
    load_demo(osvc, echo=lambda _: None)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == cases
        assert s.scalar(select(func.count(User.id))) == users


@pytest.mark.parametrize(
    ("issued", "until"),
    [
        (date(2026, 8, 1), date(2029, 8, 1)),
        (date(2024, 2, 29), date(2027, 2, 28)),
        (date(2023, 5, 31), date(2026, 5, 31)),
        (date(2023, 12, 31), date(2026, 12, 31)),
        (date(2025, 3, 31), date(2028, 3, 31)),
    ],
)
def test_validity_by_civil_code(issued, until):
    assert valid_until(issued, 36) == until


def test_certificate_status_over_time():
    cert = Certificate(valid_until=date(2029, 8, 1))
    assert certificate_status(cert, "certified", date(2029, 2, 1), 180) == "valid"
    assert certificate_status(cert, "certified", date(2029, 2, 2), 180) == "expiring"  # 180 days before
    assert certificate_status(cert, "expiring", date(2029, 8, 1), 180) == "expiring"
    assert certificate_status(cert, "expiring", date(2029, 8, 2), 180) == "expired"
    assert certificate_status(cert, "renewed", date(2029, 7, 1), 180) == "superseded"
    assert certificate_status(cert, "revoked", date(2027, 1, 1), 180) == "revoked"


def test_certificate_view_of_demo(osvc, db):
    load_demo(osvc, echo=lambda _: None)
    with db.read() as s:
        views = {c.state: certificate_view(s, c, date(2026, 12, 1), 180) for c in s.scalars(select(Case))}
        assert s.scalar(select(func.count(func.distinct(Certificate.code)))) == s.scalar(
            select(func.count(Certificate.id))
        )
    assert views["expired"]["status"] == "expired" and views["revoked"]["status"] == "revoked"
    assert views["renewed"]["status"] == "superseded" and views["expiring"]["status"] == "expiring"
    assert views["registered"] is None


def test_expiry_list_of_demo(osvc, db):
    load_demo(osvc, echo=lambda _: None)
    from workflows.ocop.certificates import expiry_list

    with db.read() as s:
        rows = expiry_list(s, "/VN/", date(2026, 12, 1), 180, 180)
        none_elsewhere = expiry_list(s, "/VN/01/", date(2026, 12, 1), 3650, 180)
    by_product = {r["product"]: r for r in rows}
    # Hoa đào: valid until 2027-03-20, expiring; Dưa lê: expired 2026-05-20, never renewed
    assert by_product["Hoa đào Mỹ Tân"]["status"] == "expiring" and by_product["Hoa đào Mỹ Tân"]["days_left"] == 109
    assert by_product["Dưa lê Mỹ Hà"]["status"] == "expired"
    # the renewed Bánh nhãn's old certificate is superseded, not listed; certificates valid past the horizon neither
    assert "Bánh nhãn Mỹ Hà" not in by_product or by_product["Bánh nhãn Mỹ Hà"]["status"] != "superseded"
    assert all(r["valid_until"] <= "2027-05-30" for r in rows if r["status"] != "expired")
    assert none_elsewhere == []
