"""The world the policy scenarios run in: Nam Định / Mỹ Lộc and Hà Nội, one account per role, councils of four.

Scenarios act only through the service layer (`engine.services.Services`). Each scenario gets a fresh copy of the
migrated SQLite template (`sqlite_template` in tests/conftest.py). The workflow files are the shipped ones, or
those listed in `OCOP_BDD_WORKFLOW_FILES` (os.pathsep-separated), which the threshold test uses to run a scenario
against a modified copy of ocop-2023.yaml.

The scenario's regime tag picks the workflow its dossiers are registered under and the day the scenario starts on
(`REGIMES`): @R148 → ocop-2023 on 03/06/2024, @R26 → ocop-2026 on 01/06/2026. Every other step follows the workflow
of the dossier it names (labels, payloads, who acts at each level). ocop-2026 sheets are criterion-level:
`criteria_sheet` builds one for the dossier's product set with an exact total, meeting the star minimums of the band
the total falls in, except those a scenario names as missed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from engine import accounts
from engine.accounts import SYSTEM, Actor
from engine.db import Database
from engine.definition import Definition
from engine.errors import EngineError, NoWorkflowInForce
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import LOCAL_TZ, CaseView, Services
from tests.bdd.policy_gate import OBSERVED
from workflows.ocop import criteria as criteria_sheets
from workflows.ocop.councils import create_council

WORKFLOW = "ocop-2023"
TODAY = date(2024, 6, 3)
#: A scenario's regime tag → the workflow its dossiers are registered under and the day it starts on.
REGIMES = {"R148": (WORKFLOW, TODAY), "R26": ("ocop-2026", date(2026, 6, 1))}
#: `register(workflow=SCENARIO_WORKFLOW)`: the scenario's workflow (None picks the one in force on the filing day).
SCENARIO_WORKFLOW = "(the scenario's workflow)"
WORKFLOW_FILES_ENV = "OCOP_BDD_WORKFLOW_FILES"
T = TypeVar("T")

UNITS = [
    ("VN", "Bộ Nông nghiệp và Môi trường", "central", None),
    ("36", "Tỉnh Nam Định", "province", "VN"),
    ("357", "Huyện Mỹ Lộc", "district", "36"),
    ("MYHA", "Xã Mỹ Hà", "commune", "357"),
    ("MYTAN", "Xã Mỹ Tân", "commune", "357"),
    ("01", "Thành phố Hà Nội", "province", "VN"),
    ("001", "Quận Ba Đình", "district", "01"),
    ("PHUCXA", "Phường Phúc Xá", "commune", "001"),
]
#: How the scenarios name units (places and issuing bodies) → unit codes.
UNIT_PHRASES = {
    "xã Mỹ Hà": "MYHA",
    "xã Mỹ Tân": "MYTAN",
    "phường Phúc Xá": "PHUCXA",
    "huyện Mỹ Lộc": "357",
    "quận Ba Đình": "001",
    "tỉnh Nam Định": "36",
    "thành phố Hà Nội": "01",
    "UBND huyện Mỹ Lộc": "357",
    "UBND quận Ba Đình": "001",
    "UBND tỉnh Nam Định": "36",
    "UBND thành phố Hà Nội": "01",
    "Bộ Nông nghiệp và Môi trường": "VN",
}
LEVELS = {"huyện": "district", "tỉnh": "province", "Trung ương": "central"}
OFFICE = {"district": "huyen", "province": "tinh", "central": "tw"}
CHAIR = {"district": "ct_huyen", "province": "ct_tinh", "central": "ct_tw"}

#: How the scenarios name the people who act → (username, role, unit). "hệ thống" is the scheduler (`system`).
PEOPLE: dict[str, tuple[str, str, str]] = {
    "cán bộ xã Mỹ Hà": ("xa", "commune_officer", "MYHA"),
    "cán bộ xã Mỹ Tân": ("xa_mytan", "commune_officer", "MYTAN"),
    "cán bộ phường Phúc Xá": ("xa_hn", "commune_officer", "PHUCXA"),
    "cán bộ xã có tài khoản gắn với huyện Mỹ Lộc": ("xa_sai", "commune_officer", "357"),
    "cán bộ Phòng NN&PTNT huyện Mỹ Lộc": ("huyen", "district_officer", "357"),
    "cán bộ Phòng NN&PTNT quận Ba Đình": ("huyen_hn", "district_officer", "001"),
    "Chủ tịch UBND huyện Mỹ Lộc": ("ct_huyen", "district_chair", "357"),
    "Chủ tịch UBND quận Ba Đình": ("ct_huyen_hn", "district_chair", "001"),
    "cán bộ cơ quan tham mưu OCOP tỉnh Nam Định": ("tinh", "province_officer", "36"),
    "cán bộ cơ quan tham mưu OCOP thành phố Hà Nội": ("tinh_hn", "province_officer", "01"),
    "Chủ tịch UBND tỉnh Nam Định": ("ct_tinh", "province_chair", "36"),
    "Chủ tịch UBND thành phố Hà Nội": ("ct_tinh_hn", "province_chair", "01"),
    "cán bộ Văn phòng Điều phối NTM Trung ương": ("tw", "central_officer", "VN"),
    "Bộ trưởng Bộ Nông nghiệp và Môi trường": ("ct_tw", "central_chair", "VN"),
    "kiểm toán viên tỉnh Nam Định": ("auditor", "auditor", "36"),
    "quản trị viên tỉnh Nam Định": ("admin", "admin", "36"),
    "thành viên hội đồng quận Ba Đình": ("hd_hn_1", "council_member", "001"),
    "người có vai trò thành viên hội đồng ở huyện Mỹ Lộc nhưng không có tên trong hội đồng": (
        "hd_district_5",
        "council_member",
        "357",
    ),
    "người có vai trò thành viên hội đồng ở tỉnh Nam Định nhưng không có tên trong hội đồng": (
        "hd_province_5",
        "council_member",
        "36",
    ),
}
for _word, _level in LEVELS.items():
    _unit = {"district": "357", "province": "36", "central": "VN"}[_level]
    for _i in range(1, 5):
        PEOPLE[f"thành viên thứ {_i} của hội đồng cấp {_word}"] = (f"hd_{_level}_{_i}", "council_member", _unit)
SYSTEM_PHRASE = "hệ thống"
USER_PHRASE = {username: phrase for phrase, (username, _, _) in PEOPLE.items()} | {"system": SYSTEM_PHRASE}

PRODUCER_KINDS = {
    "hợp tác xã": "cooperative",
    "tổ hợp tác": "cooperative_group",
    "doanh nghiệp": "enterprise",
    "trang trại": "farm",
    "hộ sản xuất": "household",
    "hội": "association",
}
REGISTRATION_TYPES = {"lần đầu": "first", "nâng hạng": "upgrade", "đánh giá lại": "renewal"}
GROUNDS = {
    "giả mạo hồ sơ": "forged_dossier",
    "không còn đáp ứng tiêu chí": "criteria_not_met",
    "vi phạm pháp luật": "law_violation",
    "sử dụng sai nhãn OCOP": "mark_misuse",
    "ngừng sản xuất": "production_stopped",
    "kết luận khác của cơ quan có thẩm quyền": "other_competent_conclusion",
}
REVIEW = {
    "local_origin": "Nguyên liệu thịt lợn và lá chuối của địa phương",
    "local_labour": "12 lao động trong xã",
    "idea_origin": "Công thức gia truyền của làng nghề",
    "local_identity": "Làng nghề giò chả truyền thống",
}
#: ocop-2026: the commune's report (Form 03) also carries its proposal letter and the five samples (Art. 6.2, 7.2).
REVIEW_2026 = {**REVIEW, "proposal_no": "15/TTr-UBND", "samples": 5}
#: ocop-2026 registration: Form 01 and Form 02 (Art. 6.1.a); an upgrade's changes (6.1.b); a renewal's updates (6.1.c).
DOSSIER_2026 = {"registration_form": "01/PĐK-MYHA-2026", "self_assessment": "Báo cáo tự đánh giá: 72 điểm"}
CHANGES = "Đạt chứng nhận HACCP, bao bì mới có mã truy xuất"
UPDATES = {
    "raw_materials": "Không thay đổi",
    "technology": "Thêm máy đóng gói",
    "packaging_labelling": "Nhãn mới có mã truy xuất",
    "quality_declaration": "Tự công bố lại",
    "periodic_tests": "Phiếu kiểm nghiệm định kỳ hằng năm",
    "market_output_revenue": "Doanh thu tăng 20%",
    "legal_papers": "Giấy chứng nhận cơ sở đủ điều kiện ATTP đã gia hạn",
}
ADVISORY_REPORT = "Hồ sơ đầy đủ; Tổ tư vấn đã khảo sát thực tế cơ sở sản xuất"


def number(text: str) -> Decimal:
    """A number as the scenarios write it (comma decimal): "69,99" → 69.99."""
    return Decimal(text.strip().replace(",", "."))


def shown(value: Any) -> str:
    """A number as the scenarios write it: "69.99" → "69,99"."""
    return str(value).replace(".", ",")


def day(text: str) -> date:
    """A date as dd/mm/yyyy."""
    d, m, y = (int(x) for x in text.strip().split("/"))
    return date(y, m, d)


def split(total: Decimal) -> dict[str, str]:
    """Parts A, B, C within their maxima (40, 25, 35) that add up to `total` exactly."""
    a = min(total, Decimal(40))
    b = min(total - a, Decimal(25))
    c = total - a - b
    assert Decimal(0) <= c <= 35, f"{total} cannot be split into parts A 40, B 25, C 35"
    return {"A": str(a), "B": str(b), "C": str(c)}


def criteria_sheet(set_code: str, total: Decimal, meet: int, miss: dict[str, int] | None = None) -> dict[str, str]:
    """A criterion-level sheet of `set_code` adding up to `total` (see `criteria.sheet_with_total`)."""
    for key, star in (miss or {}).items():
        minimum = criteria_sheets.minimum_for(set_code, key, star)
        assert minimum is not None, f"criterion {key} of set {set_code} has no {star}-star minimum"
    return criteria_sheets.sheet_with_total(set_code, total, meet, miss)


def workflow_files() -> list[Path]:
    """The definition files the scenarios run against."""
    listed = os.environ.get(WORKFLOW_FILES_ENV)
    return [Path(p) for p in listed.split(os.pathsep) if p] if listed else shipped_paths()


@dataclass
class PolicyWorld:
    """One scenario's world: services, actors, named dossiers, today, and the outcome of the last action."""

    svc: Services
    db: Database
    clock: dict[str, datetime]
    actors: dict[str, Actor]
    dossiers: dict[str, str] = field(default_factory=dict)
    current: str | None = None
    error: EngineError | None = None
    error_checked: bool = True
    last: Any = None
    db_error: Exception | None = None
    #: the workflow new dossiers are registered under (from the scenario's regime tag)
    workflow: str = WORKFLOW

    # ---- people, places, time --------------------------------------------------------------------------------

    def actor(self, phrase: str) -> Actor:
        if phrase == SYSTEM_PHRASE:
            return SYSTEM
        return self.actors[PEOPLE[phrase][0]]

    def by_user(self, username: str) -> Actor:
        return self.actors[username]

    @property
    def today(self) -> date:
        return self.clock["now"].astimezone(LOCAL_TZ).date()

    def set_today(self, d: date) -> None:
        self.clock["now"] = datetime.combine(d, time(10), LOCAL_TZ).astimezone(UTC)

    def definition(self, name: str | None = None) -> Definition:
        """The workflow of the dossier named (or the current one); the scenario's workflow before any dossier."""
        if name is None and self.current not in self.dossiers:
            return self.svc.catalog.get(self.workflow)
        case = self.case(name)
        return self.svc.catalog.get(case.workflow, case.workflow_version)

    def state_named(self, label: str) -> str:
        """The state whose label (in the current dossier's workflow file) is `label`."""
        d = self.definition()
        states = [s.name for s in d.states.values() if s.label == label]
        assert states, f"no state labelled {label!r} in {d.name}"
        return states[0]

    def is_2026(self, name: str | None = None) -> bool:
        return self.definition(name).name == "ocop-2026"

    # ---- dossiers --------------------------------------------------------------------------------------------

    def case_id(self, name: str) -> str:
        assert name in self.dossiers, f"no dossier {name!r} in this scenario"
        self.current = name
        return self.dossiers[name]

    def case(self, name: str | None = None) -> CaseView:
        return self.svc.get(SYSTEM, self.case_id(name or self._current()))

    def _current(self) -> str:
        assert self.current is not None, "no dossier has been named yet"
        return self.current

    def history(self, name: str | None = None, who: Actor | None = None) -> list[dict[str, Any]]:
        return self.svc.history(who or self.actors["auditor"], self.case_id(name or self._current()))

    def last_record(self, trigger: str, name: str | None = None) -> dict[str, Any]:
        records = [h for h in self.history(name) if h["trigger"] == trigger]
        assert records, f"dossier {name or self.current!r} has no {trigger!r} record"
        return records[-1]

    # ---- acting ----------------------------------------------------------------------------------------------

    def call(self, fn: Callable[[], T], strict: bool) -> T | None:
        """Run one service call. Strict (Cho): it must succeed. Otherwise (Khi): a refusal is kept for a Thì step."""
        if not self.error_checked:
            raise AssertionError(f"the refusal of the previous action was not checked by a Thì step: {self.error!r}")
        try:
            result = fn()
        except EngineError as exc:
            if strict:
                raise AssertionError(f"setting up the scenario failed: {exc!r} {exc.details}") from exc
            self.error, self.error_checked, self.last = exc, False, None
            return None
        finally:
            OBSERVED.end_call()
        self.error, self.last = None, result
        return result

    def refusal(self) -> EngineError:
        """The refusal of the last action (and mark it checked)."""
        assert self.error is not None, f"the action was not refused (it returned {self.last!r})"
        self.error_checked = True
        return self.error

    def register(
        self,
        name: str,
        *,
        actor: Actor | None = None,
        unit: str = "MYHA",
        kind: str = "cooperative",
        product_set: str = "08",
        registration_type: str = "first",
        previous: str | None = None,
        filed_on: date | None = None,
        workflow: str | None = SCENARIO_WORKFLOW,
        fields: dict[str, Any] | None = None,
        strict: bool = True,
    ) -> CaseView | None:
        """Register a dossier; `fields` set (or, with None, leave out) payload fields by dotted path."""
        if workflow == SCENARIO_WORKFLOW:
            workflow = self.workflow
        payload: dict[str, Any] = {
            "product": {"name": name, "product_set": product_set},
            "producer": {"name": f"Chủ thể của {name}", "kind": kind, "registration_no": "0801234567"},
            "registration_type": registration_type,
        }
        if previous is not None:
            payload["previous_dossier"] = self.dossiers.get(previous, previous.removeprefix("mã "))
        if self._target(workflow, filed_on) == "ocop-2026":
            payload |= DOSSIER_2026
            if registration_type == "upgrade":
                payload["changes"] = CHANGES
            if registration_type == "renewal":
                payload["updates"] = dict(UPDATES)
        for path, value in (fields or {}).items():
            *parents, last = path.split(".")
            where = payload
            for key in parents:
                where = where[key]
            if value is None:
                where.pop(last, None)
            else:
                where[last] = value
        view = self.call(
            lambda: self.svc.register(
                actor or self.actors["xa"], unit=unit, workflow=workflow, filed_on=filed_on, payload=payload
            ),
            strict,
        )
        if view is not None:
            self.dossiers[name] = view.id
        self.current = name
        return view

    def _target(self, workflow: str | None, filed_on: date | None) -> str | None:
        """The workflow a registration goes to (None: none is in force on the filing day)."""
        if workflow is not None:
            return workflow
        try:
            return self.svc.catalog.in_force(filed_on or self.today).name
        except NoWorkflowInForce:
            return None

    def fire(
        self,
        who: Actor,
        name: str,
        trigger: str,
        payload: dict[str, Any] | None = None,
        reason: str | None = None,
        strict: bool = False,
    ) -> CaseView | None:
        case = self.case(name)
        return self.call(
            lambda: self.svc.fire(who, case.id, trigger, expected_version=case.version, payload=payload, reason=reason),
            strict,
        )

    def record(
        self,
        who: Actor,
        kind: str,
        payload: dict[str, Any] | None = None,
        reason: str | None = None,
        name: str | None = None,
        strict: bool = False,
    ) -> CaseView | None:
        case_id = self.case_id(name or self._current())
        return self.call(lambda: self.svc.record(who, case_id, kind, payload=payload, reason=reason), strict)

    def sheet(self, total: Decimal, miss: dict[str, int] | None = None, name: str | None = None) -> dict[str, Any]:
        """A score sheet with `total` for the dossier: part-level (ocop-2023) or criterion-level (ocop-2026), meeting
        the star minimums of the band `total` falls in except those of `miss`."""
        if not self.is_2026(name):
            assert not miss, "ocop-2023 sheets have no star minimums"
            return {"parts": split(total)}
        d = self.definition(name)
        meet = next((n for n in (5, 4, 3) if total >= Decimal(str(d.param(f"threshold_{n}_stars")))), 0)
        set_code = self.case(name).data["product"]["product_set"]
        return {"criteria": criteria_sheet(set_code, total, meet, miss)}

    def score(
        self,
        level: str,
        totals: list[Decimal],
        name: str | None = None,
        strict: bool = False,
        miss: dict[str, int] | None = None,
    ) -> None:
        """Members 1, 2, … of the level's council each submit a sheet with the given total."""
        for i, total in enumerate(totals, start=1):
            self.record(
                self.by_user(f"hd_{level}_{i}"), "score_sheet", self.sheet(total, miss, name), name=name, strict=strict
            )
            if self.error is not None:
                return

    def review(self, name: str | None = None) -> dict[str, Any]:
        """The commune's report for the dossier's workflow (ocop-2026: no samples for the tourism set)."""
        if not self.is_2026(name):
            return dict(REVIEW)
        d, case = self.definition(name), self.case(name)
        if case.data["product"]["product_set"] == str(d.param("tourism_product_set")):
            return {k: v for k, v in REVIEW_2026.items() if k != "samples"}
        return dict(REVIEW_2026)

    # ---- shortcuts for Cho steps (each must succeed) ---------------------------------------------------------

    def reviewed(self, name: str, **registration: Any) -> None:
        self.register(name, **registration)
        self.fire(self.actors["xa"], name, "review_at_commune", self.review(name), strict=True)

    def returned(self, name: str) -> None:
        self.reviewed(name)
        office = "tinh" if self.is_2026(name) else "huyen"
        self.fire(self.actors[office], name, "return_for_completion", reason="Thiếu hồ sơ", strict=True)

    def accepted(self, name: str) -> None:
        """ocop-2026: reviewed by the commune and accepted by the provincial office."""
        self.reviewed(name)
        self.fire(self.actors["tinh"], name, "accept_at_province", strict=True)

    def in_scoring(self, name: str) -> None:
        """ocop-2026: accepted and reviewed by the advisory group: the provincial council scores."""
        self.accepted(name)
        self.fire(self.actors["tinh"], name, "record_advisory_review", {"report": ADVISORY_REPORT}, strict=True)

    def closed(self, name: str, level: str, total: Decimal, miss: dict[str, int] | None = None) -> None:
        self.score(level, [total] * 4, name, strict=True, miss=miss)
        self.fire(self.actors[OFFICE[level]], name, "close_scoring", strict=True)

    def scored(self, name: str, level: str, total: Decimal, miss: dict[str, int] | None = None) -> None:
        """The level's council has closed scoring at `total` (each level below scored enough to send it there)."""
        if level == "central":
            self.forwarded(name, "central", Decimal(95))
        elif self.workflow == "ocop-2026":
            assert level == "province", "ocop-2026 has no district level"
            self.in_scoring(name)
        elif level == "province":
            self.forwarded(name, "province", Decimal(80))
        else:
            self.reviewed(name)
        self.closed(name, level, total, miss)

    def forwarded(self, name: str, to: str, total: Decimal) -> None:
        """Reviewed, scored `total` at each level below `to`, and forwarded there."""
        if self.workflow == "ocop-2026":
            assert to == "central", "ocop-2026 dossiers start at the province"
            self.in_scoring(name)
        else:
            self.reviewed(name)
            self.closed(name, "district", total)
            self.fire(self.actors["ct_huyen"], name, "forward_to_province", strict=True)
            if to == "province":
                return
        self.closed(name, "province", total)
        self.fire(self.actors["ct_tinh"], name, "forward_to_central", strict=True)

    def certified(self, name: str, stars: int, on: date | None = None) -> None:
        """A dossier registered, scored and certified `stars`★ on `on` (every step that day)."""
        today = self.clock["now"]
        if on is not None:
            assert on <= self.today, f"{on} is after today ({self.today}): set today first"
            self.set_today(on)
        total = {3: Decimal(60), 4: Decimal(80), 5: Decimal(95)}[stars]
        level = {3: "district", 4: "province", 5: "central"}[stars]
        if self.workflow == "ocop-2026" and level == "district":
            level = "province"
        self.scored(name, level, total)
        self.fire(self.actors[CHAIR[level]], name, "certify", {"decision_no": f"01/QĐ-{level}"}, strict=True)
        self.clock["now"] = today


def build_world(svc: Services, db: Database) -> dict[str, Actor]:
    """Units, one account per role (and a few outside Nam Định), councils of four at each level."""
    roles = {r for d in svc.catalog for r in d.roles}
    actors: dict[str, Actor] = {}
    with db.write() as s:
        for code, name, level, parent in UNITS:
            accounts.create_unit(s, code, name, level, parent)
        for username, role, unit in sorted(set(PEOPLE.values())):
            actors[username] = Actor.of(accounts.create_user(s, username, role, unit, roles))
        for level, unit in [("district", "357"), ("province", "36"), ("central", "VN")]:
            create_council(s, unit, [f"hd_{level}_{i}" for i in range(1, 5)], f"01/QĐ-{unit}", date(2023, 5, 1))
        create_council(s, "001", ["hd_hn_1"], "02/QĐ-UBND", date(2023, 5, 1))
    return actors


@pytest.fixture(scope="session")
def bdd_catalog() -> Catalog:
    """The workflows under test (shipped, or `OCOP_BDD_WORKFLOW_FILES`)."""
    return Catalog(load_all(workflow_files()))


@pytest.fixture
def policy(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path, bdd_catalog: Catalog
) -> Iterator[PolicyWorld]:
    """A fresh world on SQLite, in the scenario's regime; fails the scenario if a refusal was never checked by a Thì
    step."""
    tagged = [regime for regime in REGIMES if request.node.get_closest_marker(regime)]
    assert len(tagged) <= 1, f"a scenario belongs to one regime, not {tagged}"
    workflow, today = REGIMES[tagged[0]] if tagged else (WORKFLOW, TODAY)
    target = tmp_path / "policy.db"
    shutil.copyfile(sqlite_template, target)
    db = Database(f"sqlite:///{target}")
    clock: dict[str, datetime] = {}
    svc = Services(db, bdd_catalog, clock=lambda: clock["now"])
    svc.listeners.append(OBSERVED.listen)
    world = PolicyWorld(svc, db, clock, build_world(svc, db), workflow=workflow)
    world.set_today(today)
    try:
        yield world
        if not world.error_checked:
            pytest.fail(f"an action was refused and no Thì step checked it: {world.error!r}", pytrace=False)
    finally:
        db.dispose()
