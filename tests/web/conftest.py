"""The app on a migrated SQLite file with the demo (Nam Định / Mỹ Lộc) and a second province (Hà Nội) of its own."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from engine import accounts, schema
from engine.accounts import Actor
from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import Services
from web import create_app
from workflows.ocop.councils import create_council
from workflows.ocop.demo import DEMO_PASSWORD, load_demo

PASSWORD = DEMO_PASSWORD
#: The second province: units and one user per role, all outside Nam Định.
OTHER_UNITS = [
    ("01", "Thành phố Hà Nội", "province", "VN"),
    ("001", "Quận Ba Đình", "district", "01"),
    ("PHUCXA", "Phường Phúc Xá", "commune", "001"),
]
OTHER_USERS = [
    ("xa.phucxa", "commune_officer", "PHUCXA"),
    ("huyen.badinh", "district_officer", "001"),
    ("chutich.badinh", "district_chair", "001"),
    ("tinh.hanoi", "province_officer", "01"),
    ("chutich.hanoi", "province_chair", "01"),
    ("kiemtoan.hanoi", "auditor", "01"),
    ("quantri.hanoi", "admin", "01"),
    ("hd.badinh1", "council_member", "001"),
]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def build_world(svc: Services) -> dict[str, str]:
    """The demo, the second province with a registered and a reviewed dossier; returns dossier ids by name."""
    load_demo(svc, echo=lambda _m: None)
    roles = {r for d in svc.catalog for r in d.roles}
    with svc.db.write() as s:
        for code, name, level, parent in OTHER_UNITS:
            accounts.create_unit(s, code, name, level, parent)
        for username, role, unit in OTHER_USERS:
            accounts.create_user(s, username, role, unit, roles, PASSWORD, f"HN {role}")
        create_council(s, "001", ["hd.badinh1"], "01/QĐ-BĐ", date(2023, 5, 1))
        hn = Actor.of(accounts.user_by_name(s, "xa.phucxa"))
    now = datetime(2025, 6, 2, 3, 0, tzinfo=UTC)
    payload = {
        "product": {"name": "Phở Phúc Xá", "product_set": "05"},
        "producer": {"name": "HTX Phúc Xá", "kind": "cooperative", "registration_no": "0109999999"},
        "registration_type": "first",
    }
    registered = svc.register(
        hn, unit="PHUCXA", workflow="ocop-2023", filed_on=date(2025, 6, 1), payload=payload, now=now
    )
    reviewed = svc.register(
        hn,
        unit="PHUCXA",
        workflow="ocop-2023",
        filed_on=date(2025, 6, 1),
        payload={**payload, "product": {"name": "Bánh cuốn Phúc Xá", "product_set": "06"}},
        now=now,
    )
    review = {k: "Nội dung" for k in ("local_origin", "local_labour", "idea_origin", "local_identity")}
    svc.fire(hn, reviewed.id, "review_at_commune", expected_version=1, payload=review, now=now)
    return {"hn_registered": registered.id, "hn_reviewed": reviewed.id}


REVIEW_2026 = {
    **{k: "Nội dung" for k in ("local_origin", "local_labour", "idea_origin", "local_identity")},
    "proposal_no": "15/TTr-UBND",
    "samples": 5,
}


def ocop_2026_in_scoring(svc: Services, product_set: str = "08", name: str = "Giò lụa Mỹ Hà 2026") -> str:
    """An ocop-2026 dossier of Mỹ Hà at the provincial council's scoring (`advisory_reviewed`), on the real clock."""

    def actor(username: str) -> Actor:
        with svc.db.read() as s:
            return Actor.of(accounts.user_by_name(s, username))

    commune, office = actor("xa.myha"), actor("tinh.namdinh")
    payload = {
        "product": {"name": name, "product_set": product_set},
        "producer": {"name": "HTX Mỹ Hà", "kind": "cooperative", "registration_no": "0801234567"},
        "registration_type": "first",
        "registration_form": "01/PĐK-36-MYHA",
        "self_assessment": "Báo cáo tự đánh giá",
    }
    review = dict(REVIEW_2026)
    if product_set == "26":
        review.pop("samples")
    case = svc.register(commune, unit="MYHA", workflow="ocop-2026", payload=payload)
    case = svc.fire(commune, case.id, "review_at_commune", expected_version=case.version, payload=review)
    case = svc.fire(office, case.id, "accept_at_province", expected_version=case.version)
    case = svc.fire(
        office, case.id, "record_advisory_review", expected_version=case.version, payload={"report": "Đạt yêu cầu"}
    )
    assert case.state == "advisory_reviewed"
    return case.id


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A migrated SQLite file with the world, built once and copied for each test."""
    path = tmp_path_factory.mktemp("web") / "world.db"
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    ids = build_world(Services(db, Catalog(load_all(shipped_paths()))))
    db.dispose()
    return path, ids


@dataclass
class Site:
    """The app, its services, and helpers to sign in."""

    app: Flask
    ids: dict[str, str]

    @property
    def svc(self) -> Services:
        svc: Services = self.app.extensions["ocop"]
        return svc

    def client(self, username: str | None = None, password: str = PASSWORD) -> FlaskClient:
        """A test client, signed in as `username` (through the login form, with its CSRF token)."""
        c = self.app.test_client()
        if username:
            r = c.post("/login", data={"username": username, "password": password, "csrf_token": token(c, "/login")})
            assert r.status_code == 302, (username, r.status_code)
        return c

    def case(self, *, title: str | None = None, state: str | None = None, unit: str | None = None) -> str:
        """The id of a demo dossier by title or state (and unit)."""
        rows, _ = self.svc.list_cases(accounts.SYSTEM, state=state, unit=unit, q=title, per_page=100)
        assert rows, (title, state, unit)
        return rows[0].id


def token(client: FlaskClient, url: str = "/inbox") -> str:
    """The CSRF token of the client's session, read from a page's form."""
    page = client.get(url).get_data(as_text=True)
    found = CSRF.search(page)
    assert found, f"no csrf token on {url}"
    return found.group(1)


def make_app(path: Path, **config: Any) -> Flask:
    return create_app(
        {
            "DATABASE_URL": f"sqlite:///{path}",
            "SECRET_KEY": "test",
            "WTF_CSRF_ENABLED": True,
            "TESTING": False,
            **config,
        }
    )


@pytest.fixture
def site(world_template: tuple[Path, dict[str, str]], tmp_path: Path) -> Iterator[Site]:
    """A fresh copy of the world behind the app (CSRF on, as in production)."""
    template, ids = world_template
    target = tmp_path / "x.db"
    shutil.copyfile(template, target)
    app = make_app(target)
    yield Site(app, ids)
    app.extensions["ocop"].db.dispose()
