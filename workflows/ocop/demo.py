"""`ocop demo`: Nam Định and Mỹ Lộc with a user per role, councils of four, and dossiers in every state.

Everything goes through the service layer with a simulated clock, so the histories are real and verify.
Idempotent: units, users and councils are created when missing; dossiers only into an empty demo district.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from engine import accounts
from engine.accounts import SYSTEM, Actor
from engine.services import CaseView, Services
from engine.store import Case, Unit, User
from workflows.ocop.councils import create_council
from workflows.ocop.criteria import minimums, sheet_with_total
from workflows.ocop.models import Council

#: Printed with the logins; used only by this demo loader.
DEMO_PASSWORD = "demo-ocop-2026"
LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")

UNITS = [
    ("VN", "Bộ Nông nghiệp và Môi trường", "central", None),
    ("36", "Tỉnh Nam Định", "province", "VN"),
    ("357", "Huyện Mỹ Lộc", "district", "36"),
    ("MYLOC", "Thị trấn Mỹ Lộc", "commune", "357"),
    ("MYHA", "Xã Mỹ Hà", "commune", "357"),
    ("MYTHANG", "Xã Mỹ Thắng", "commune", "357"),
    ("MYTIEN", "Xã Mỹ Tiến", "commune", "357"),
    ("MYTHINH", "Xã Mỹ Thịnh", "commune", "357"),
    ("MYTHUAN", "Xã Mỹ Thuận", "commune", "357"),
    ("MYPHUC", "Xã Mỹ Phúc", "commune", "357"),
    ("MYHUNG", "Xã Mỹ Hưng", "commune", "357"),
    ("MYTAN", "Xã Mỹ Tân", "commune", "357"),
    ("MYTRUNG", "Xã Mỹ Trung", "commune", "357"),
    ("MYTHANH", "Xã Mỹ Thành", "commune", "357"),
]
USERS = (
    [
        ("xa.myha", "commune_officer", "MYHA", "Cán bộ xã Mỹ Hà"),
        ("xa.mytan", "commune_officer", "MYTAN", "Cán bộ xã Mỹ Tân"),
        ("huyen.myloc", "district_officer", "357", "Phòng Nông nghiệp huyện Mỹ Lộc"),
        ("chutich.myloc", "district_chair", "357", "Chủ tịch UBND huyện Mỹ Lộc"),
        ("tinh.namdinh", "province_officer", "36", "Cơ quan thường trực OCOP tỉnh Nam Định"),
        ("chutich.namdinh", "province_chair", "36", "Chủ tịch UBND tỉnh Nam Định"),
        ("tw.ocop", "central_officer", "VN", "Văn phòng Điều phối nông thôn mới Trung ương"),
        ("botruong", "central_chair", "VN", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
        ("kiemtoan.namdinh", "auditor", "36", "Kiểm toán viên tỉnh Nam Định"),
        ("quantri.namdinh", "admin", "36", "Quản trị hệ thống tỉnh Nam Định"),
    ]
    + [(f"hd.myloc{i}", "council_member", "357", f"Thành viên Hội đồng huyện {i}") for i in range(1, 5)]
    + [(f"hd.namdinh{i}", "council_member", "36", f"Thành viên Hội đồng tỉnh {i}") for i in range(1, 5)]
    + [(f"hd.tw{i}", "council_member", "VN", f"Thành viên Hội đồng Trung ương {i}") for i in range(1, 5)]
)
COUNCILS = [("357", "hd.myloc", "45/QĐ-UBND"), ("36", "hd.namdinh", "120/QĐ-UBND"), ("VN", "hd.tw", "88/QĐ-BNN")]
REVIEW = {
    "local_origin": "Nguyên liệu chính trồng và thu mua tại xã",
    "local_labour": "Sử dụng lao động địa phương, phần lớn là phụ nữ",
    "idea_origin": "Công thức gia truyền của làng nghề",
    "local_identity": "Gắn với lễ hội và bản sắc văn hóa của làng",
}


#: The commune's review under QĐ 26/2026 adds the proposal and the product samples (Art. 7.2).
REVIEW_2026 = {**REVIEW, "proposal_no": "15/TTr-UBND", "samples": 5}


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), LOCAL).astimezone(UTC)


class _Story:
    """Drives one dossier through the services at given local dates."""

    def __init__(self, svc: Services, actors: dict[str, Actor]) -> None:
        self.svc, self.a = svc, actors

    def register(
        self,
        commune: str,
        name: str,
        product_set: str,
        producer: str,
        kind: str,
        day: date,
        workflow: str = "ocop-2023",
        **extra: Any,
    ) -> CaseView:
        registration_no = f"06{zlib.crc32(name.encode()) % 10**8:08d}"
        payload = {
            "product": {"name": name, "product_set": product_set},
            "producer": {"name": producer, "kind": kind, "registration_no": registration_no},
            "registration_type": "first",
            **extra,
        }
        return self.svc.register(
            self.a[_officer(commune)], unit=commune, workflow=workflow, filed_on=day, payload=payload, now=_at(day)
        )

    def fire(
        self, case: CaseView, who: str, trigger: str, day: date, payload: Any = None, reason: str | None = None
    ) -> CaseView:
        actor = SYSTEM if who == "system" else self.a[who]
        return self.svc.fire(
            actor, case.id, trigger, expected_version=case.version, payload=payload, reason=reason, now=_at(day, 10)
        )

    def score(self, case: CaseView, prefix: str, totals: list[str], day: date) -> CaseView:
        for i, total in enumerate(totals, start=1):
            t = Decimal(total)
            a, b = min(t, Decimal(40)), min(t - min(t, Decimal(40)), Decimal(25))
            parts = {"A": str(a), "B": str(b), "C": str(t - a - b)}
            case = self.svc.record(
                self.a[f"{prefix}{i}"], case.id, "score_sheet", payload={"parts": parts}, now=_at(day, 14)
            )
        return case

    def reviewed(
        self, commune: str, name: str, pset: str, producer: str, kind: str, day: date, **extra: Any
    ) -> CaseView:
        case = self.register(commune, name, pset, producer, kind, day, **extra)
        return self.fire(case, _officer(commune), "review_at_commune", _plus(day, 7), REVIEW)

    def district(self, case: CaseView, totals: list[str], day: date) -> CaseView:
        return self.fire(self.score(case, "hd.myloc", totals, day), "huyen.myloc", "close_scoring", _plus(day, 1))

    def province(self, case: CaseView, totals: list[str], day: date) -> CaseView:
        return self.fire(self.score(case, "hd.namdinh", totals, day), "tinh.namdinh", "close_scoring", _plus(day, 1))

    def central(self, case: CaseView, totals: list[str], day: date) -> CaseView:
        return self.fire(self.score(case, "hd.tw", totals, day), "tw.ocop", "close_scoring", _plus(day, 1))

    # ---- ocop-2026 (QĐ 26/2026): the commune, then the province; criterion-level sheets -----------------------

    def register_2026(self, commune: str, name: str, pset: str, producer: str, kind: str, day: date) -> CaseView:
        return self.register(
            commune,
            name,
            pset,
            producer,
            kind,
            day,
            workflow="ocop-2026",
            registration_form=f"01/PĐK-{commune}-{day.year}",
            self_assessment="Báo cáo tự đánh giá theo Mẫu số 02",
        )

    def at_province_2026(self, case: CaseView, day: date) -> CaseView:
        """Reviewed by the commune on `day`, accepted into a provincial round and reviewed by the advisory group."""
        case = self.fire(case, _officer(case.unit), "review_at_commune", day, REVIEW_2026)
        case = self.fire(case, "tinh.namdinh", "accept_at_province", _plus(day, 5))
        return self.fire(
            case,
            "tinh.namdinh",
            "record_advisory_review",
            _plus(day, 12),
            {"report": "Tổ tư vấn đã kiểm tra hồ sơ và khảo sát thực tế: đủ điều kiện chấm điểm"},
        )

    def score_2026(self, case: CaseView, sheets: list[dict[str, str]], day: date) -> CaseView:
        for i, criteria in enumerate(sheets, start=1):
            case = self.svc.record(
                self.a[f"hd.namdinh{i}"], case.id, "score_sheet", payload={"criteria": criteria}, now=_at(day, 14)
            )
        return case


def _officer(commune: str) -> str:
    return "xa.mytan" if commune == "MYTAN" else "xa.myha"


def _dossiers_2026(st: _Story) -> None:
    """ocop-2026 dossiers (the law in force) at each step a user of today meets, with criterion-level sheets."""
    d, food = date, "08"
    # registered: the commune has 15 working days to review it
    st.register_2026("MYTAN", "Bánh đa Mỹ Tân", "06", "Hộ Đỗ Văn Khánh", "household", d(2026, 11, 24))
    # reviewed by the commune: the provincial office accepts it into a round or returns it
    c = st.register_2026("MYHA", "Miến dong Mỹ Hà", "06", "HTX Miến Mỹ Hà", "cooperative", d(2026, 10, 5))
    st.fire(c, "xa.myha", "review_at_commune", d(2026, 10, 12), REVIEW_2026)
    # provincial council scoring: two of four members have scored; hd.namdinh3 and hd.namdinh4 still can
    c = st.register_2026("MYHA", "Giò lụa Mỹ Hà", food, "HTX Giò chả Mỹ Hà", "cooperative", d(2026, 9, 1))
    c = st.at_province_2026(c, d(2026, 9, 8))
    st.score_2026(c, [sheet_with_total(food, "74", 4), sheet_with_total(food, "76", 4)], d(2026, 10, 20))
    # scored 80 but one 4★ minimum missed: the chair may certify 3★ only (the dossier page explains why)
    c = st.register_2026("MYTAN", "Ruốc tôm Mỹ Tân", food, "Công ty TNHH Mỹ Tân Food", "enterprise", d(2026, 6, 1))
    c = st.at_province_2026(c, d(2026, 6, 8))
    first = next(iter(minimums(food, 4)))
    held = [sheet_with_total(food, total, 4, {first: 4}) for total in ("80", "79", "81", "80")]
    st.fire(st.score_2026(c, held, d(2026, 7, 1)), "tinh.namdinh", "close_scoring", d(2026, 7, 2))
    # certified 4★ by the provincial chair
    c = st.register_2026("MYHA", "Chả quế Mỹ Hà", food, "HTX Giò chả Mỹ Hà", "cooperative", d(2026, 6, 2))
    c = st.at_province_2026(c, d(2026, 6, 9))
    sheets = [sheet_with_total(food, total, 4) for total in ("77", "75", "78", "76")]
    c = st.fire(st.score_2026(c, sheets, d(2026, 7, 1)), "tinh.namdinh", "close_scoring", d(2026, 7, 2))
    st.fire(c, "chutich.namdinh", "certify", d(2026, 7, 20), {"decision_no": "1520/QĐ-UBND"})


def _plus(day: date, days: int) -> date:
    return date.fromordinal(day.toordinal() + days)


def _dossiers(st: _Story) -> CaseView:
    d = date
    # registered, withdrawn
    st.register("MYHA", "Bánh gai Mỹ Hà", "06", "Hộ kinh doanh Trần Thị Lan", "household", d(2025, 6, 20))
    c = st.register("MYHA", "Dưa hấu Mỹ Hà", "01", "Tổ hợp tác dưa Mỹ Hà", "cooperative_group", d(2025, 3, 1))
    st.fire(c, "xa.myha", "withdraw", d(2025, 3, 10), reason="Chủ thể xin rút để hoàn thiện nhãn mác")
    # commune_reviewed with scoring in progress; returned
    c = st.reviewed("MYTAN", "Nem chua Mỹ Tân", "08", "HTX Nem Mỹ Tân", "cooperative", d(2025, 5, 2))
    st.score(c, "hd.myloc", ["64", "66"], d(2025, 5, 20))
    c = st.reviewed("MYHA", "Rượu nếp cái hoa vàng Mỹ Hà", "14", "Cơ sở rượu Mỹ Hà", "household", d(2025, 4, 2))
    st.fire(
        c, "huyen.myloc", "return_for_completion", d(2025, 4, 20), reason="Thiếu phiếu kiểm nghiệm chất lượng sản phẩm"
    )
    # district_scored (awaiting the chair), not_recognised
    st.district(
        st.reviewed("MYTAN", "Giò lụa Mỹ Tân", "08", "HTX Mỹ Tân", "cooperative", d(2025, 4, 1)),
        ["66", "64.5", "65", "67"],
        d(2025, 5, 5),
    )
    c = st.district(
        st.reviewed("MYHA", "Bánh cuốn Mỹ Hà", "06", "Hộ Nguyễn Văn Bình", "household", d(2024, 8, 1)),
        ["45", "48", "46.5", "47"],
        d(2024, 9, 5),
    )
    st.fire(c, "chutich.myloc", "reject", d(2024, 9, 15), reason="Tổng điểm trung bình dưới 50")
    # forwarded_to_province, province_scored, forwarded_to_central, central_scored
    c = st.district(
        st.reviewed("MYTAN", "Chả cá Mỹ Tân", "08", "Công ty TNHH Thủy sản Mỹ Tân", "enterprise", d(2025, 3, 3)),
        ["78", "76", "77.5", "79"],
        d(2025, 4, 2),
    )
    st.fire(c, "chutich.myloc", "forward_to_province", d(2025, 4, 10))
    c = st.district(
        st.reviewed("MYHA", "Mật ong hoa nhãn Mỹ Hà", "04", "Trang trại ong Mỹ Hà", "farm", d(2025, 2, 3)),
        ["80", "82", "81", "79"],
        d(2025, 3, 2),
    )
    c = st.fire(c, "chutich.myloc", "forward_to_province", d(2025, 3, 10))
    st.province(c, ["83", "81", "84", "82"], d(2025, 5, 6))
    c = st.district(
        st.reviewed("MYTAN", "Tương bần Mỹ Tân", "09", "HTX Tương Mỹ Tân", "cooperative", d(2024, 11, 4)),
        ["92", "91", "93", "92"],
        d(2024, 12, 2),
    )
    c = st.fire(c, "chutich.myloc", "forward_to_province", d(2024, 12, 10))
    c = st.province(c, ["91", "92", "90.5", "93"], d(2025, 3, 4))
    st.fire(c, "chutich.namdinh", "forward_to_central", d(2025, 3, 15))
    c = st.district(
        st.reviewed("MYHA", "Gạo nếp cái hoa vàng", "03", "HTX Nông nghiệp Mỹ Hà", "cooperative", d(2024, 9, 3)),
        ["93", "94", "92", "95"],
        d(2024, 10, 1),
    )
    c = st.fire(c, "chutich.myloc", "forward_to_province", d(2024, 10, 8))
    c = st.province(c, ["92", "93", "94", "92"], d(2024, 12, 3))
    c = st.fire(c, "chutich.namdinh", "forward_to_central", d(2024, 12, 12))
    st.central(c, ["91", "92", "93", "90"], d(2025, 4, 8))
    # certified 3★ and 4★
    c = st.district(
        st.reviewed("MYTAN", "Bánh chưng Mỹ Tân", "06", "Hộ Lê Thị Hoa", "household", d(2024, 7, 1)),
        ["62", "60", "61.5", "63"],
        d(2024, 8, 1),
    )
    st.fire(c, "chutich.myloc", "certify", d(2024, 8, 15), {"decision_no": "215/QĐ-UBND"})
    c = st.district(
        st.reviewed("MYHA", "Chè búp Mỹ Hà", "11", "HTX Chè Mỹ Hà", "cooperative", d(2024, 5, 2)),
        ["74", "76", "75", "73"],
        d(2024, 6, 3),
    )
    c = st.fire(c, "chutich.myloc", "forward_to_province", d(2024, 6, 10))
    c = st.province(c, ["76", "78", "77", "75.5"], d(2024, 8, 5))
    st.fire(c, "chutich.namdinh", "certify", d(2024, 8, 20), {"decision_no": "1805/QĐ-UBND"})
    # expiring (certified 2024-03-20, valid until 2027-03-20) and expired (valid until 2026-05-20)
    c = st.district(
        st.reviewed("MYTAN", "Hoa đào Mỹ Tân", "23", "Trang trại hoa Mỹ Tân", "farm", d(2024, 1, 8)),
        ["60", "58", "59", "61"],
        d(2024, 3, 1),
    )
    c = st.fire(c, "chutich.myloc", "certify", d(2024, 3, 20), {"decision_no": "80/QĐ-UBND"})
    st.fire(c, "system", "mark_expiring", d(2026, 9, 21))
    c = st.district(
        st.reviewed("MYHA", "Dưa lê Mỹ Hà", "01", "Hộ Phạm Văn Tâm", "household", d(2023, 3, 20)),
        ["55", "57", "56", "58"],
        d(2023, 5, 2),
    )
    c = st.fire(c, "chutich.myloc", "certify", d(2023, 5, 20), {"decision_no": "102/QĐ-UBND"})
    c = st.fire(c, "system", "mark_expiring", d(2025, 11, 21))
    st.fire(c, "system", "expire", d(2026, 5, 21))
    # revoked: the district is abolished in 2025, so its successor's chair revokes
    c = st.district(
        st.reviewed("MYTAN", "Nước mắm Mỹ Tân", "09", "Cơ sở nước mắm Mỹ Tân", "household", d(2023, 9, 4)),
        ["64", "63", "62", "65"],
        d(2023, 10, 2),
    )
    revoked = st.fire(c, "chutich.myloc", "certify", d(2023, 10, 16), {"decision_no": "330/QĐ-UBND"})
    # renewed: a 2022 paper certificate, renewed under QĐ 148 before it ran out
    old = st.svc.register(
        st.a["quantri.namdinh"],
        unit="MYHA",
        workflow="ocop-2023",
        trigger="import",
        filed_on=d(2022, 3, 1),
        now=_at(d(2024, 1, 15)),
        payload={
            "product": {"name": "Bánh nhãn Mỹ Hà", "product_set": "06"},
            "producer": {"name": "Cơ sở bánh nhãn Hương Sen", "kind": "household", "registration_no": "0600112233"},
            "registration_type": "imported",
            "stars": 3,
            "decision_no": "56/QĐ-UBND",
            "issued_on": "2022-03-01",
            "issued_by": "357",
        },
    )
    old = st.fire(old, "system", "mark_expiring", d(2024, 9, 2))
    new = st.reviewed(
        "MYHA",
        "Bánh nhãn Mỹ Hà",
        "06",
        "Cơ sở bánh nhãn Hương Sen",
        "household",
        d(2024, 10, 1),
        registration_type="renewal",
        previous_dossier=old.id,
    )
    new = st.district(new, ["68", "66", "67", "69"], d(2024, 11, 5))
    st.fire(new, "chutich.myloc", "certify", d(2024, 11, 20), {"decision_no": "402/QĐ-UBND"})  # renews `old`
    return revoked


def load_demo(svc: Services, echo: Callable[[str], None] = print) -> list[tuple[str, str, str]]:
    """Create what is missing of the demo; return the logins (username, role, unit)."""
    roles = {r for d in svc.catalog for r in d.roles}
    actors: dict[str, Actor] = {}
    with svc.db.write() as s:
        have = set(s.scalars(select(Unit.code)))
        for code, name, level, parent in UNITS:
            if code not in have:
                accounts.create_unit(s, code, name, level, parent)
        known = {u.username: u for u in s.scalars(select(User))}
        for username, role, unit, full_name in USERS:
            user = known.get(username) or accounts.create_user(s, username, role, unit, roles, DEMO_PASSWORD, full_name)
            actors[username] = Actor.of(user)
        for unit, prefix, decision in COUNCILS:
            unit_id = accounts.unit_by_code(s, unit).id
            if not s.scalar(select(func.count()).select_from(Council).where(Council.unit_id == unit_id)):
                create_council(s, unit, [f"{prefix}{i}" for i in range(1, 5)], decision, date(2023, 5, 15))
        district = accounts.unit_by_code(s, "357")
        fresh = not s.scalar(select(func.count()).select_from(Case).where(Case.unit_path.startswith(district.path)))
    if fresh:
        story = _Story(svc, actors)
        revoked = _dossiers(story)
        with svc.db.write() as s:  # QĐ 1489/QĐ-TTg (06/07/2025): districts abolished, the province succeeds
            if accounts.unit_by_code(s, "357").successor_id is None:
                accounts.set_successor(s, "357", "36")
        story.fire(
            revoked,
            "chutich.namdinh",
            "revoke",
            date(2025, 8, 12),
            {"ground": "production_stopped"},
            reason="UBND xã xác nhận cơ sở đã ngừng sản xuất",
        )
        _dossiers_2026(story)
        echo("demo dossiers created in every state of ocop-2023, and ocop-2026 dossiers from registration to 4★")
    else:
        echo("demo dossiers already present; nothing added")
    return [(u, r, unit) for u, r, unit, _ in USERS]
