"""A small OCOP world: Nam Định / Mỹ Lộc with councils at each level, and a second province for territory tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from engine import accounts
from engine.accounts import Actor
from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import CaseView, Services
from workflows.ocop.councils import create_council

NOW = datetime(2024, 6, 3, 3, 0, tzinfo=UTC)
FILED = date(2024, 6, 1)
REVIEW = {
    "local_origin": "Nguyên liệu gạo nếp địa phương",
    "local_labour": "12 lao động trong xã",
    "idea_origin": "Công thức gia truyền",
    "local_identity": "Làng nghề truyền thống",
}


@pytest.fixture(scope="session")
def ocop_catalog() -> Catalog:
    """The shipped OCOP workflows."""
    return Catalog(load_all(shipped_paths()))


@pytest.fixture
def osvc(db: Database, ocop_catalog: Catalog) -> Services:
    """Services over the shipped workflows with a clock in 2024 (ocop-2023 in force)."""
    clock = {"now": NOW}
    svc = Services(db, ocop_catalog, clock=lambda: clock["now"])
    svc.test_clock = clock  # type: ignore[attr-defined]
    return svc


@dataclass
class Ocop:
    """Actors by name, and helpers that drive a dossier through the service layer."""

    svc: Services
    a: dict[str, Actor] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Actor:
        return self.a[name]

    def register(self, commune: str = "MYHA", actor: str = "xa", **over: Any) -> CaseView:
        payload = {
            "product": {"name": "Giò lụa Mỹ Tân", "product_set": "08"},
            "producer": {"name": "HTX Mỹ Tân", "kind": "cooperative", "registration_no": "0801234567"},
            "registration_type": "first",
        }
        payload.update(over)
        return self.svc.register(self[actor], unit=commune, workflow="ocop-2023", filed_on=FILED, payload=payload)

    def fire(
        self, case: CaseView, who: str, trigger: str, payload: dict | None = None, reason: str | None = None
    ) -> CaseView:
        return self.svc.fire(self[who], case.id, trigger, expected_version=case.version, payload=payload, reason=reason)

    def reviewed(self, **over: Any) -> CaseView:
        return self.fire(self.register(**over), "xa", "review_at_commune", REVIEW)

    def score(self, case: CaseView, level: str, totals: list[Any], members: list[int] | None = None) -> CaseView:
        """Each listed member of the level's council submits a sheet with the given total."""
        for i, total in zip(members or range(1, len(totals) + 1), totals, strict=True):
            case = self.svc.record(self[f"hd_{level}_{i}"], case.id, "score_sheet", payload={"parts": split(total)})
        return case

    def closed(self, case: CaseView, level: str, totals: list[Any]) -> CaseView:
        case = self.score(case, level, totals)
        officer = {"district": "huyen", "province": "tinh", "central": "tw"}[level]
        return self.fire(case, officer, "close_scoring")

    def certified_at_district(self, total: Any = "60") -> CaseView:
        case = self.closed(self.reviewed(), "district", [total] * 4)
        return self.fire(case, "ct_huyen", "certify", {"decision_no": "123/QĐ-UBND"})

    def history(self, case: CaseView) -> list[dict]:
        return self.svc.history(self["auditor"], case.id)


def split(total: Any) -> dict[str, str]:
    """Parts A, B, C within their maxima (40, 25, 35) that add up to `total` exactly."""
    t = Decimal(str(total))
    a = min(t, Decimal(40))
    b = min(t - a, Decimal(25))
    c = t - a - b
    assert c <= 35
    return {"A": str(a), "B": str(b), "C": str(c)}


@pytest.fixture
def ocop(osvc: Services, db: Database, ocop_catalog: Catalog) -> Ocop:
    """Units, one user per role, councils of four at district, province and central level."""
    roles = {r for d in ocop_catalog for r in d.roles}
    a: dict[str, Actor] = {}
    with db.write() as s:
        for code, name, level, parent in [
            ("VN", "Bộ Nông nghiệp và Môi trường", "central", None),
            ("36", "Tỉnh Nam Định", "province", "VN"),
            ("357", "Huyện Mỹ Lộc", "district", "36"),
            ("MYHA", "Xã Mỹ Hà", "commune", "357"),
            ("MYTAN", "Xã Mỹ Tân", "commune", "357"),
            ("01", "Thành phố Hà Nội", "province", "VN"),
            ("001", "Quận Ba Đình", "district", "01"),
            ("PHUCXA", "Phường Phúc Xá", "commune", "001"),
        ]:
            accounts.create_unit(s, code, name, level, parent)
        users = [
            ("xa", "commune_officer", "MYHA"),
            ("huyen", "district_officer", "357"),
            ("ct_huyen", "district_chair", "357"),
            ("tinh", "province_officer", "36"),
            ("ct_tinh", "province_chair", "36"),
            ("tw", "central_officer", "VN"),
            ("ct_tw", "central_chair", "VN"),
            ("auditor", "auditor", "36"),
            ("admin", "admin", "36"),
            ("xa_hn", "commune_officer", "PHUCXA"),
            ("huyen_hn", "district_officer", "001"),
            ("ct_huyen_hn", "district_chair", "001"),
            ("tinh_hn", "province_officer", "01"),
            ("ct_tinh_hn", "province_chair", "01"),
            ("hd_hn_1", "council_member", "001"),
        ]
        for level, unit in [("district", "357"), ("province", "36"), ("central", "VN")]:
            users += [(f"hd_{level}_{i}", "council_member", unit) for i in range(1, 6)]
        for name, role, unit in users:
            a[name] = Actor.of(accounts.create_user(s, name, role, unit, roles))
        for level, unit in [("district", "357"), ("province", "36"), ("central", "VN")]:
            create_council(s, unit, [f"hd_{level}_{i}" for i in range(1, 5)], f"01/QĐ-{unit}", date(2023, 5, 1))
        create_council(s, "001", ["hd_hn_1"], "02/QĐ", date(2023, 5, 1))
    return Ocop(osvc, a)
