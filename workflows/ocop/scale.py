"""`ocop demo --scale N`: fill a database with N realistic ocop-2023 dossiers, fast, for scale tests and benchmarks.

Geography: several provinces, their districts and communes under the central unit `VN` (codes `S01`, `S01D01`,
`S01D01C01`, ...), one user per role and unit (no passwords: API tokens only) and a council of four at each district,
province and the centre. Dossiers are spread over the communes, filing dates of ocop-2023's window and its states.

Each dossier gets a plausible history (about ten records on average: registration, commune review, score sheets,
closing, decisions, the scheduler's expiry steps) whose every step is an edge (or an event) of the loaded workflow
definition, with the payloads the services would record, chained by the engine's own record builder
(`engine.audit.build_record`), so `ocop audit verify` passes. Score rounds and sheets, certificates and the timers
`tick` would run are written to match: timers due on or before `today` are closed as the scheduler would have closed
them, so a `tick` on `today` finds nothing due.

Everything is written with SQLAlchemy Core bulk inserts, one transaction per batch of dossiers.
"""

from __future__ import annotations

import random
import time as _time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from engine.audit import GENESIS, build_record, canonical_value
from engine.db import Database
from engine.definition import Definition
from engine.machines import Catalog
from engine.store import Case, HistoryRecord, Timer, Unit, User
from workflows.ocop.models import Certificate, Council, CouncilMember, ScoreRound, ScoreSheet
from workflows.ocop.scoring import result_of, threshold_params, valid_until

WORKFLOW = "ocop-2023"
LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
ROOT = ("VN", "Bộ Nông nghiệp và Môi trường")
MEMBERS = 4
SPREAD = Decimal("0.5")

# fmt: off
PROVINCE_NAMES = [
    "Hà Giang", "Cao Bằng", "Lào Cai", "Yên Bái", "Thái Nguyên", "Phú Thọ", "Bắc Giang", "Hòa Bình", "Sơn La",
    "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
    "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng", "Bình Phước",
    "Tây Ninh", "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
    "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]
PLACE_WORDS = [
    "An", "Bình", "Cát", "Đông", "Hòa", "Hưng", "Lạc", "Long", "Minh", "Nghĩa", "Phú", "Phúc", "Quang", "Tân",
    "Thạnh", "Thành", "Thịnh", "Thuận", "Tiến", "Trung", "Vĩnh", "Xuân", "Yên", "Mỹ", "Hải", "Sơn", "Lộc", "Hà",
]
PRODUCTS = [
    ("Mật ong hoa nhãn", "04"), ("Gạo nếp cái hoa vàng", "03"), ("Chè búp", "11"), ("Nước mắm", "09"),
    ("Bánh gai", "06"), ("Giò lụa", "08"), ("Nem chua", "08"), ("Dưa lê", "01"), ("Bưởi", "01"), ("Cam sành", "01"),
    ("Rượu nếp", "14"), ("Tương bần", "09"), ("Chả cá", "08"), ("Miến dong", "06"), ("Bánh đa", "06"),
    ("Cà phê rang xay", "12"), ("Hạt điều rang muối", "02"), ("Trà hoa vàng", "11"), ("Nón lá", "20"),
    ("Chiếu cói", "20"), ("Tinh dầu sả", "17"), ("Hoa đào", "23"), ("Mắm tôm", "09"), ("Du lịch cộng đồng", "26"),
]
# fmt: on
KINDS = ["cooperative", "cooperative", "enterprise", "household", "household", "farm", "cooperative_group"]
PRODUCER_PREFIX = {
    "cooperative": "HTX",
    "cooperative_group": "Tổ hợp tác",
    "enterprise": "Công ty TNHH",
    "household": "Hộ kinh doanh",
    "farm": "Trang trại",
    "association": "Hiệp hội",
}
REVIEW = {
    "local_origin": "Nguyên liệu chính trồng và thu mua tại xã",
    "local_labour": "Sử dụng lao động địa phương, phần lớn là phụ nữ",
    "idea_origin": "Công thức gia truyền của làng nghề",
    "local_identity": "Gắn với lễ hội và bản sắc văn hóa của làng",
}
RETURN_REASONS = [
    "Thiếu phiếu kiểm nghiệm chất lượng sản phẩm",
    "Hồ sơ thiếu giấy chứng nhận an toàn thực phẩm",
    "Nhãn mác chưa đúng quy định",
]
WITHDRAW_REASONS = ["Chủ thể xin rút để hoàn thiện nhãn mác", "Chủ thể tạm ngừng sản xuất"]
REVOKE = [
    ("production_stopped", "UBND xã xác nhận cơ sở đã ngừng sản xuất"),
    ("criteria_not_met", "Hậu kiểm không đạt"),
]

#: How far a dossier gets, with its share of the dossiers (`mix=` overrides). The default mix gives about ten
#: history records a dossier and, on 2026-12-01, about half the dossiers with a certificate.
TRACKS: dict[str, float] = {
    "registered": 3,
    "withdrawn": 3,
    "returned": 2,
    "reviewed": 6,
    "district_scored": 3,
    "rejected": 6,
    "at_province": 3,
    "province_scored": 2,
    "at_central": 1,
    "central_scored": 1,
    "cert3": 25,
    "cert4": 26,
    "cert5": 2,
    "revoked": 2,
    "imported": 6,
    "renewal": 10,  # an imported certificate and its renewal dossier (two dossiers)
}
#: Filing window of the dossiers (ocop-2023 is in force for filings from 2023-02-24 to 2025-07-05).
FILED_FROM, FILED_UNTIL = date(2023, 3, 1), date(2025, 7, 5)


@dataclass
class Geography:
    """How many provinces, districts per province and communes per district to create (fixed, not scaled by n)."""

    provinces: int = 20
    districts: int = 8
    communes: int = 10


@dataclass
class Summary:
    """What `generate` wrote."""

    cases: int = 0
    records: int = 0
    certificates: int = 0
    timers: int = 0
    pending_timers: int = 0
    rounds: int = 0
    sheets: int = 0
    units: int = 0
    users: int = 0
    seconds: float = 0.0
    states: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        out = dict(vars(self))
        out["states"] = dict(sorted(self.states.items()))
        return out


# ---- geography -------------------------------------------------------------------------------------------------


@dataclass
class _Place:
    id: int
    code: str
    path: str
    level: str
    name: str
    parent: _Place | None = None
    council: int | None = None
    members: list[tuple[int, str]] = field(default_factory=list)  # (user id, username)


@dataclass
class _World:
    root: _Place
    provinces: list[_Place]
    districts: list[_Place]
    communes: list[_Place]
    users: dict[str, int]
    weights: list[float]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(PLACE_WORDS)} {rng.choice(PLACE_WORDS)}"


def _insert_returning(s: Any, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = s.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [r[0] for r in result]


def _world(db: Database, geo: Geography, rng: random.Random, now: datetime) -> tuple[_World, int, int]:
    """Create the units, users and councils that are missing; return them and how many units and users were new."""
    units = Unit.__table__
    users = User.__table__
    with db.write() as s:
        have = {
            code: _Place(i, code, path, level, name)
            for i, code, path, level, name in s.execute(select(Unit.id, Unit.code, Unit.path, Unit.level, Unit.name))
        }
        known_users = dict(s.execute(select(User.username, User.id)).all())
        new_units = 0

        def level(rows: list[tuple[str, str, str, _Place | None]]) -> list[_Place]:
            nonlocal new_units
            missing = [r for r in rows if r[0] not in have]
            ids = _insert_returning(
                s,
                units,
                [
                    {
                        "code": code,
                        "name": name,
                        "level": lvl,
                        "parent_id": parent.id if parent else None,
                        "successor_id": None,
                        "path": (parent.path if parent else "/") + code + "/",
                        "created_at": now,
                    }
                    for code, name, lvl, parent in missing
                ],
            )
            new_units += len(ids)
            for (code, name, lvl, parent), i in zip(missing, ids, strict=True):
                have[code] = _Place(i, code, (parent.path if parent else "/") + code + "/", lvl, name)
            out = []
            for code, _, _, parent in rows:
                place = have[code]
                place.parent = parent
                out.append(place)
            return out

        (root,) = level([(ROOT[0], ROOT[1], "central", None)])
        provinces = level(
            [
                (f"S{p:02d}", f"Tỉnh {PROVINCE_NAMES[(p - 1) % len(PROVINCE_NAMES)]}", "province", root)
                for p in range(1, geo.provinces + 1)
            ]
        )
        districts = level(
            [
                (f"{pv.code}D{d:02d}", f"Huyện {_name(rng)}", "district", pv)
                for pv in provinces
                for d in range(1, geo.districts + 1)
            ]
        )
        communes = level(
            [
                (f"{ds.code}C{c:02d}", f"Xã {_name(rng)}", "commune", ds)
                for ds in districts
                for c in range(1, geo.communes + 1)
            ]
        )
        # One user per role and unit (API tokens only), and four council members at each council's unit.
        wanted: list[tuple[str, str, _Place, str]] = [
            ("scale.tw", "central_officer", root, "Văn phòng Điều phối Trung ương"),
            ("scale.botruong", "central_chair", root, "Bộ trưởng"),
        ]
        for pv in provinces:
            wanted += [
                (f"{pv.code.lower()}.tinh", "province_officer", pv, f"Cơ quan thường trực OCOP {pv.name}"),
                (f"{pv.code.lower()}.chutich", "province_chair", pv, f"Chủ tịch UBND {pv.name}"),
            ]
        for ds in districts:
            wanted += [
                (f"{ds.code.lower()}.huyen", "district_officer", ds, f"Phòng Nông nghiệp {ds.name}"),
                (f"{ds.code.lower()}.chutich", "district_chair", ds, f"Chủ tịch UBND {ds.name}"),
            ]
        wanted += [(f"{c.code.lower()}.xa", "commune_officer", c, f"Cán bộ {c.name}") for c in communes]
        scoring = [root, *provinces, *districts]
        for place in scoring:
            prefix = "scale.hdtw" if place is root else f"{place.code.lower()}.hd"
            wanted += [
                (f"{prefix}{i}", "council_member", place, f"Thành viên Hội đồng {place.name} {i}")
                for i in range(1, MEMBERS + 1)
            ]
        missing_users = [w for w in wanted if w[0] not in known_users]
        ids = _insert_returning(
            s,
            users,
            [
                {
                    "username": name,
                    "full_name": full,
                    "role": role,
                    "unit_id": place.id,
                    "password_hash": None,
                    "active": True,
                    "session_version": 1,
                    "created_at": now,
                }
                for name, role, place, full in missing_users
            ],
        )
        known_users.update({w[0]: i for w, i in zip(missing_users, ids, strict=True)})
        # Councils: reuse the one in force at a unit, else establish one with its four members.
        councils = dict(
            s.execute(
                select(Council.unit_id, func.max(Council.id))
                .where(Council.unit_id.in_([p.id for p in scoring]))
                .group_by(Council.unit_id)
            ).all()
        )
        fresh = [p for p in scoring if p.id not in councils]
        cids = _insert_returning(
            s,
            Council.__table__,
            [
                {
                    "unit_id": p.id,
                    "decision_no": f"{rng.randint(10, 999)}/QĐ-UBND",
                    "established_on": date(2023, 3, 1),
                    "created_at": now,
                }
                for p in fresh
            ],
        )
        member_rows = []
        for place, cid in zip(fresh, cids, strict=True):
            prefix = "scale.hdtw" if place is root else f"{place.code.lower()}.hd"
            member_rows += [{"council_id": cid, "user_id": known_users[f"{prefix}{i}"]} for i in range(1, MEMBERS + 1)]
            councils[place.id] = cid
        if member_rows:
            s.execute(insert(CouncilMember.__table__), member_rows)
        for place in scoring:
            place.council = councils[place.id]
            prefix = "scale.hdtw" if place is root else f"{place.code.lower()}.hd"
            place.members = [(known_users[f"{prefix}{i}"], f"{prefix}{i}") for i in range(1, MEMBERS + 1)]
    # Some communes produce many more dossiers than others (a mild skew).
    weights = [0.2 + rng.random() ** 2 * 3 for _ in communes]
    return _World(root, provinces, districts, communes, known_users, weights), new_units, len(missing_users)


# ---- one dossier -----------------------------------------------------------------------------------------------


def _at(day: date, rng: random.Random, start: int = 8, end: int = 17) -> datetime:
    """A moment of a working day, local time, in UTC."""
    minutes = rng.randrange(start * 60, end * 60)
    return datetime.combine(day, time(minutes // 60, minutes % 60), LOCAL).astimezone(UTC)


def _tick_at(day: date) -> datetime:
    """When the scheduler's daily run fires (08:00 local)."""
    return datetime.combine(day, time(8), LOCAL).astimezone(UTC)


@dataclass
class _Dossier:
    id: str
    commune: _Place
    filed_on: date
    data: dict[str, Any]
    state: str | None = None
    day: date = date.min
    records: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    certificate: dict[str, Any] | None = None
    timers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def version(self) -> int:
        return len(self.records)


class _Builder:
    """Writes dossiers' histories as the services would, checking every step against the definition."""

    def __init__(self, d: Definition, world: _World, rng: random.Random, today: date) -> None:
        self.d, self.w, self.rng, self.today = d, world, rng, today
        self.thresholds = threshold_params(d.param)
        self.validity = int(d.param("validity_months"))
        self.notice = int(d.param("notice_days"))
        self._edges: dict[tuple[str, str | None, str], str] = {}
        self._codes: set[str] = set()

    # ---- checked steps ----------------------------------------------------------------------------------------

    def _edge(self, trigger: str, source: str | None, role: str) -> str:
        key = (trigger, source, role)
        dest = self._edges.get(key)
        if dest is None:
            t = self.d.creation(trigger) if source is None else self.d.find(trigger, source)
            if t is None or role not in t.roles:
                raise AssertionError(f"{self.d.name} has no edge {trigger!r} from {source!r} for {role!r}")
            dest = self._edges[key] = t.dest
        return dest

    def _record(
        self,
        x: _Dossier,
        kind: str,
        trigger: str,
        source: str | None,
        dest: str,
        actor: str,
        role: str,
        at: datetime,
        payload: dict[str, Any],
        reason: str | None,
    ) -> None:
        x.records.append(
            {
                "kind": kind,
                "trigger": trigger,
                "from_state": source,
                "to_state": dest,
                "actor": actor,
                "role": role,
                "at": at,
                "payload": payload,
                "reason": reason,
            }
        )
        x.state = dest

    def fire(
        self,
        x: _Dossier,
        trigger: str,
        actor: str,
        role: str,
        at: datetime,
        payload: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        dest = self._edge(trigger, x.state, role)
        self._record(x, "transition", trigger, x.state, dest, actor, role, at, payload or {}, reason)

    def event(self, x: _Dossier, kind: str, actor: str, role: str, at: datetime, payload: dict[str, Any]) -> None:
        assert x.state is not None
        spec = self.d.events[kind]
        if spec not in self.d.events_in(x.state) or role not in spec.roles:
            raise AssertionError(f"{kind!r} cannot be recorded in {x.state!r} by {role!r}")
        self._record(x, kind, kind, x.state, x.state, actor, role, at, payload, None)

    # ---- time ---------------------------------------------------------------------------------------------------

    def later(self, x: _Dossier, lo: int, hi: int) -> datetime:
        x.day = x.day + timedelta(days=self.rng.randint(lo, hi))
        return _at(x.day, self.rng)

    # ---- the story's parts --------------------------------------------------------------------------------------

    def new(self, commune: _Place, filed_on: date, registration_type: str = "first", **extra: Any) -> _Dossier:
        rng = self.rng
        name, pset = rng.choice(PRODUCTS)
        kind = "association" if pset == "26" else rng.choice(KINDS)
        product = f"{name} {commune.name.removeprefix('Xã ')}"
        data: dict[str, Any] = {
            "product": {"name": product, "product_set": pset},
            "producer": {
                "name": f"{PRODUCER_PREFIX[kind]} {name} {commune.name.removeprefix('Xã ')}",
                "kind": kind,
                "registration_no": f"{rng.randrange(10**9, 10**10)}",
            },
            "registration_type": registration_type,
            **extra,
        }
        return _Dossier(str(uuid.UUID(int=rng.getrandbits(128), version=4)), commune, filed_on, data, day=filed_on)

    def register(self, x: _Dossier) -> None:
        self.fire(x, "register", f"{x.commune.code.lower()}.xa", "commune_officer", _at(x.filed_on, self.rng), x.data)

    def _open(self, x: _Dossier, level: str) -> dict[str, Any]:
        number = 1 + sum(1 for r in x.rounds if r["level"] == level)
        x.rounds.append(
            {
                "level": level,
                "round": number,
                "status": "open",
                "council_id": None,
                "opened_seq": x.version + 1,
                "closed_seq": None,
                "total_sum": None,
                "sheet_count": None,
                "sheets": [],
            }
        )
        return {"scoring": {"level": level, "round": number}}

    def _open_round(self, x: _Dossier) -> dict[str, Any]:
        return next(r for r in x.rounds if r["status"] == "open")

    def review(self, x: _Dossier) -> None:
        at = self.later(x, 3, 20)
        self.fire(
            x,
            "review_at_commune",
            f"{x.commune.code.lower()}.xa",
            "commune_officer",
            at,
            {**REVIEW, **self._open(x, "district")},
        )

    def return_and_resubmit(self, x: _Dossier, resubmit: bool = True) -> None:
        rnd = self._open_round(x)
        rnd["status"], rnd["closed_seq"] = "void", x.version + 1
        district = x.commune.parent
        assert district is not None
        self.fire(
            x,
            "return_for_completion",
            f"{district.code.lower()}.huyen",
            "district_officer",
            self.later(x, 5, 25),
            {"voided_round": {"level": "district", "round": rnd["round"]}},
            self.rng.choice(RETURN_REASONS),
        )
        if resubmit:
            self.fire(
                x,
                "resubmit",
                f"{x.commune.code.lower()}.xa",
                "commune_officer",
                self.later(x, 7, 40),
                {"changes": "Đã bổ sung hồ sơ theo yêu cầu", **self._open(x, "district")},
            )

    def _level_unit(self, x: _Dossier, level: str) -> _Place:
        district = x.commune.parent
        assert district is not None and district.parent is not None
        return {"district": district, "province": district.parent, "central": self.w.root}[level]

    def _totals(self, band: int) -> list[Decimal]:
        """Four totals (half points) whose exact average falls in `band` (stars) and whose spread is small."""
        lo = {1: 20, 2: 30, 3: 50, 4: 70, 5: 90}[band]
        hi = {1: 29.5, 2: 49.5, 3: 69.5, 4: 89.5, 5: 99}[band]
        while True:
            centre = self.rng.uniform(lo, hi)
            totals = [Decimal(round(min(99.5, max(10, centre + self.rng.uniform(-3, 3))) * 2)) / 2 for _ in range(4)]
            result = result_of(totals)
            assert result is not None
            if result.band(self.thresholds) == band:
                return totals

    @staticmethod
    def _parts(total: Decimal) -> dict[str, str]:
        a = min(Decimal(40), (total * Decimal("0.42")).quantize(SPREAD))
        b = min(Decimal(25), ((total - a) * Decimal("0.4")).quantize(SPREAD))
        c = total - a - b
        if c > 35:
            a, b, c = Decimal(40), Decimal(25), total - 65
        return {"A": str(a), "B": str(b), "C": str(c)}

    def sheets(self, x: _Dossier, level: str, totals: list[Decimal], revise: float = 0.0) -> None:
        """The members' sheets (revision 1); with probability `revise` one member then corrects the split of their
        total between parts A and B (revision 2, same total)."""
        rnd = self._open_round(x)
        unit = self._level_unit(x, level)
        rnd["council_id"] = unit.council
        at = self.later(x, 10, 45)
        entries = [(m, total, 1) for m, total in zip(unit.members, totals, strict=False)]
        if entries and self.rng.random() < revise:
            entries.append((entries[0][0], entries[0][1], 2))
        for (member_id, username), total, revision in entries:
            parts = self._parts(total)
            if revision > 1 and Decimal(parts["A"]) >= 1 and Decimal(parts["B"]) < 25:
                parts = {**parts, "A": str(Decimal(parts["A"]) - SPREAD), "B": str(Decimal(parts["B"]) + SPREAD)}
            payload = {"parts": parts, "level": level, "round": rnd["round"], "revision": revision, "total": str(total)}
            self.event(x, "score_sheet", username, "council_member", at, payload)
            rnd["sheets"].append(
                {
                    "member_id": member_id,
                    "revision": revision,
                    "total": total,
                    "parts": parts,
                    "seq": x.version,
                    "submitted_at": at,
                }
            )
            at += timedelta(minutes=self.rng.randint(5, 240))

    def _basis(self, rnd: dict[str, Any]) -> dict[str, Any]:
        latest = {sh["member_id"]: sh["total"] for sh in rnd["sheets"]}  # the last revision of each member counts
        result = result_of(latest.values())
        assert result is not None
        return {
            "level": rnd["level"],
            "round": rnd["round"],
            "sheets": result.count,
            "sum": str(result.total_sum.quantize(Decimal("0.01"))),
            "average": result.shown(),
            "band": result.band(self.thresholds),
        }

    def close(self, x: _Dossier, level: str, band: int) -> dict[str, Any]:
        self.sheets(x, level, self._totals(band), revise=0.4)
        rnd = self._open_round(x)
        officer = {"district": "district_officer", "province": "province_officer", "central": "central_officer"}[level]
        unit = self._level_unit(x, level)
        name = "scale.tw" if level == "central" else f"{unit.code.lower()}.{'huyen' if level == 'district' else 'tinh'}"
        basis = self._basis(rnd)
        rnd["status"], rnd["closed_seq"] = "closed", x.version + 1
        rnd["total_sum"], rnd["sheet_count"] = Decimal(basis["sum"]), basis["sheets"]
        self.fire(x, "close_scoring", name, officer, self.later(x, 1, 3), {"result": basis})
        return basis

    def _chair(self, x: _Dossier, level: str) -> tuple[str, str, _Place]:
        unit = self._level_unit(x, level)
        name = "scale.botruong" if level == "central" else f"{unit.code.lower()}.chutich"
        return name, f"{level}_chair", unit

    def forward(self, x: _Dossier, basis: dict[str, Any], to: str) -> None:
        level = basis["level"]
        name, role, _ = self._chair(x, level)
        self.fire(x, f"forward_to_{to}", name, role, self.later(x, 3, 12), {"basis": basis, **self._open(x, to)})

    def reject(self, x: _Dossier, basis: dict[str, Any]) -> None:
        name, role, _ = self._chair(x, basis["level"])
        self.fire(x, "reject", name, role, self.later(x, 3, 15), {"basis": basis}, "Tổng điểm trung bình dưới 50")

    def _code(self, year: int) -> str:
        while True:
            code = f"OCOP-{year}-{self.rng.getrandbits(40):010X}"
            if code not in self._codes:
                self._codes.add(code)
                return code

    def _issue(self, x: _Dossier, stars: int, decision_no: str, issued_on: date, unit: _Place, on: date) -> dict:
        """The certificate and its two timers, issued by a record made on the local day `on` (the scheduler runs
        daily, so a timer already due then fires on the next day)."""
        until = valid_until(issued_on, self.validity)
        x.certificate = {
            "code": self._code(issued_on.year),
            "stars": stars,
            "decision_no": decision_no,
            "issued_on": issued_on,
            "valid_until": until,
            "issued_by_id": unit.id,
            "seq": x.version + 1,
        }
        x.timers = [
            {
                "trigger": trigger,
                "due_on": due,
                "done_at": None,
                "outcome": None,
                "fires_on": max(due, on + timedelta(days=1)),
            }
            for trigger, due in (
                ("mark_expiring", until - timedelta(days=self.notice)),
                ("expire", until + timedelta(days=1)),
            )
        ]
        return {
            "code": x.certificate["code"],
            "stars": stars,
            "decision_no": decision_no,
            "issued_on": issued_on,
            "valid_until": until,
            "issued_by": unit.code,
        }

    def certify(
        self, x: _Dossier, basis: dict[str, Any], at: datetime | None = None, superseded: str | None = None
    ) -> datetime:
        name, role, unit = self._chair(x, basis["level"])
        at = at or self.later(x, 5, 20)
        decision = f"{self.rng.randint(10, 2999)}/QĐ-UBND"
        payload: dict[str, Any] = {"decision_no": decision}
        day = at.astimezone(LOCAL).date()
        payload["certificate"] = self._issue(x, basis["band"], decision, day, unit, day)
        payload["basis"] = basis
        if superseded:
            payload["superseded"] = superseded
        self.fire(x, "certify", name, role, at, payload)
        return at

    def time_passes(self, x: _Dossier, until: date | None = None) -> None:
        """The scheduler's daily runs up to `until` (default `today`): each due timer fires if its transition still
        leaves the dossier's state, else it is closed as skipped; timers due later stay pending."""
        limit = min(self.today, until) if until else self.today
        for timer in x.timers:
            if timer["done_at"] is not None or timer["fires_on"] > limit:
                continue
            at = _tick_at(timer["fires_on"])
            timer["done_at"] = at
            try:
                self.fire(x, timer["trigger"], "system", "system", at)
            except AssertionError:
                timer["outcome"] = "skipped"
            else:
                timer["outcome"] = "fired"
                x.day = max(x.day, timer["fires_on"])

    def district_round(self, x: _Dossier, band: int) -> dict[str, Any]:
        self.register(x)
        self.review(x)
        if self.rng.random() < 0.35:
            self.return_and_resubmit(x)
        return self.close(x, "district", band)

    # ---- tracks -------------------------------------------------------------------------------------------------

    def filed(self, lo: date = FILED_FROM, hi: date = FILED_UNTIL) -> date:
        return lo + timedelta(days=self.rng.randint(0, (hi - lo).days))

    def commune(self) -> _Place:
        return self.rng.choices(self.w.communes, self.w.weights)[0]

    def track(self, name: str) -> list[_Dossier]:
        rng = self.rng
        recent = self.filed(date(2025, 1, 2))
        if name == "registered":
            x = self.new(self.commune(), recent)
            self.register(x)
            return [x]
        if name == "withdrawn":
            x = self.new(self.commune(), self.filed())
            self.register(x)
            voided: dict[str, Any] = {}
            if rng.random() < 0.5:
                self.review(x)
                rnd = self._open_round(x)
                rnd["status"], rnd["closed_seq"] = "void", x.version + 1
                voided = {"voided_round": {"level": "district", "round": rnd["round"]}}
            self.fire(
                x,
                "withdraw",
                f"{x.commune.code.lower()}.xa",
                "commune_officer",
                self.later(x, 5, 40),
                voided,
                rng.choice(WITHDRAW_REASONS),
            )
            return [x]
        if name == "returned":
            x = self.new(self.commune(), recent)
            self.register(x)
            self.review(x)
            self.return_and_resubmit(x, resubmit=False)
            return [x]
        if name == "reviewed":
            x = self.new(self.commune(), recent)
            self.register(x)
            self.review(x)
            partial = rng.randint(0, 3)
            if partial:
                self.sheets(x, "district", self._totals(rng.choice((3, 3, 4)))[:partial])
            return [x]
        if name in ("district_scored", "rejected"):
            x = self.new(self.commune(), recent if name == "district_scored" else self.filed())
            basis = self.district_round(x, rng.choice((3, 4)) if name == "district_scored" else rng.choice((1, 2, 2)))
            if name == "rejected":
                self.reject(x, basis)
            return [x]
        if name in ("at_province", "province_scored", "at_central", "central_scored"):
            x = self.new(self.commune(), recent)
            basis = self.district_round(x, 5 if "central" in name else 4)
            self.forward(x, basis, "province")
            if name == "at_province":
                partial = rng.randint(0, 3)
                if partial:
                    self.sheets(x, "province", self._totals(4)[:partial])
                return [x]
            basis = self.close(x, "province", 5 if "central" in name else 4)
            if name == "province_scored":
                return [x]
            self.forward(x, basis, "central")
            if name == "at_central":
                return [x]
            self.close(x, "central", 5)
            return [x]
        if name in ("cert3", "cert4", "cert5", "revoked"):
            x = self.new(self.commune(), self.filed())
            if name in ("cert3", "revoked"):
                basis = self.district_round(x, 3)
            else:
                basis = self.district_round(x, 5 if name == "cert5" else 4)
                self.forward(x, basis, "province")
                basis = self.close(x, "province", 5 if name == "cert5" else rng.choice((4, 4, 4, 3)))
                if name == "cert5":
                    self.forward(x, basis, "central")
                    basis = self.close(x, "central", 5)
            self.certify(x, basis)
            if name == "revoked":
                assert x.certificate is not None
                end = min(self.today, x.certificate["valid_until"] - timedelta(days=self.notice))
                span = (end - x.day).days
                if span > 2:
                    day = x.day + timedelta(days=rng.randint(1, span - 1))
                    ground, why = rng.choice(REVOKE)
                    chair, role, _ = self._chair(x, "district")
                    self.fire(x, "revoke", chair, role, _at(day, rng), {"ground": ground}, why)
                    x.day = day
            self.time_passes(x)
            return [x]
        if name in ("imported", "renewal"):
            old = self.imported(self.filed(date(2021, 1, 4), date(2022, 12, 30)) if name == "renewal" else None)
            assert old.certificate is not None
            until = old.certificate["valid_until"]
            lo = max(until - timedelta(days=self.notice), FILED_FROM, old.day + timedelta(days=1))
            hi = min(until, FILED_UNTIL)
            if name == "imported" or lo > hi:
                self.time_passes(old)
                return [old]
            new = self.new(old.commune, self.filed(lo, hi), "renewal", previous_dossier=old.id)
            basis = self.district_round(new, 3)
            # The renewal's certification renews the predecessor in the same transaction, if it is still valid.
            at = self.later(new, 5, 20)
            self.time_passes(old, until=at.astimezone(LOCAL).date())
            if old.state in ("certified", "expiring"):
                self.certify(new, basis, at, superseded=old.id)
                self.fire(old, "renew", "system", "system", at, {"successor": new.id})
            else:
                self.certify(new, basis, at)
            self.time_passes(old)
            self.time_passes(new)
            return [old, new]
        raise ValueError(f"unknown track {name!r}")

    def imported(self, issued_on: date | None = None) -> _Dossier:
        """A paper certificate issued before ocop-2023, entered through one `import` by the province officer."""
        rng = self.rng
        commune = self.commune()
        issued_on = issued_on or self.filed(date(2021, 1, 4), date(2023, 2, 20))
        stars = rng.choice((3, 3, 3, 4))
        district = commune.parent
        assert district is not None and district.parent is not None
        unit = district if stars == 3 else district.parent
        entered = self.filed(date(2023, 3, 1), date(2024, 6, 28))
        x = self.new(commune, entered, "imported")
        decision = f"{rng.randint(10, 2999)}/QĐ-UBND"
        x.data.update({"stars": stars, "decision_no": decision, "issued_on": issued_on, "issued_by": unit.code})
        cert = self._issue(x, stars, decision, issued_on, unit, entered)
        payload = {**x.data, "certificate_code": cert["code"], "valid_until": cert["valid_until"]}
        self.fire(x, "import", f"{district.parent.code.lower()}.tinh", "province_officer", _at(entered, rng), payload)
        return x


# ---- rows ------------------------------------------------------------------------------------------------------


def _rows(d: Definition, xs: list[_Dossier], summary: Summary) -> dict[str, list[dict[str, Any]]]:
    cases, history = [], []
    for x in xs:
        prev = GENESIS
        first = last = None
        for seq, r in enumerate(x.records, start=1):
            rec = build_record(case_id=x.id, seq=seq, workflow=d.name, workflow_version=d.version, prev_hash=prev, **r)
            prev = rec["hash"]
            history.append(rec)
            first = first or r["at"]
            last = r["at"]
        cases.append(
            {
                "id": x.id,
                "workflow": d.name,
                "workflow_version": d.version,
                "state": x.state,
                "version": x.version,
                "unit_id": x.commune.id,
                "unit_path": x.commune.path,
                "title": x.data["product"]["name"][:255],
                "filed_on": x.filed_on,
                "in_force": d.in_force_on(x.filed_on),
                "data": canonical_value(x.data),
                "predecessor_id": x.data.get("previous_dossier"),
                "created_at": first,
                "updated_at": last,
            }
        )
        summary.states[x.state or "?"] += 1
    summary.records += len(history)
    return {"cases": cases, "history": history}


def generate(
    db: Database,
    catalog: Catalog,
    n: int,
    *,
    seed: int = 2026,
    progress: Callable[[int], Any] | None = None,
    batch: int = 2000,
    today: date | None = None,
    geography: Geography | None = None,
    mix: dict[str, float] | None = None,
) -> Summary:
    """Add `n` generated ocop-2023 dossiers (with their units, users and councils) to a migrated database.

    `progress(k)` is called after each batch with the number of dossiers it wrote (`click`'s `bar.update`).
    `today` (default: the local date now) is the day the histories reach: nothing is recorded after it, and the
    timers due by then are closed as the scheduler would have closed them. Deterministic for a given `seed` and
    database content.
    """
    started = _time.perf_counter()
    d = catalog.get(WORKFLOW)
    if today is None:
        today = datetime.now(LOCAL).date()
    now = datetime.now(UTC)
    summary = Summary()
    with db.read() as s:
        existing = int(s.scalar(select(func.count()).select_from(Case)) or 0)
    rng = random.Random(f"{seed}:{existing}")
    world, summary.units, summary.users = _world(db, geography or Geography(), random.Random(seed), now)
    builder = _Builder(d, world, rng, today)
    tracks = mix or TRACKS
    names, weights = list(tracks), list(tracks.values())
    done = 0
    while done < n:
        xs: list[_Dossier] = []
        while len(xs) < min(batch, n - done):
            made = builder.track(rng.choices(names, weights)[0])
            if len(xs) + len(made) <= min(batch, n - done) or (not xs and len(made) <= n - done):
                xs += made
        rows = _rows(d, xs, summary)
        rounds: list[dict[str, Any]] = []
        sheets: list[dict[str, Any]] = []
        certificates, timers = [], []
        for x in xs:
            for r in x.rounds:
                rounds.append({k: v for k, v in r.items() if k != "sheets"} | {"case_id": x.id})
            if x.certificate:
                certificates.append({**x.certificate, "case_id": x.id})
                timers += [{k: v for k, v in t.items() if k != "fires_on"} | {"case_id": x.id} for t in x.timers]
        with db.write() as s:
            s.execute(insert(Case.__table__), rows["cases"])
            ids = _insert_returning(s, ScoreRound.__table__, rounds)
            i = 0
            for x in xs:
                for r in x.rounds:
                    for sh in r["sheets"]:
                        parts = sh["parts"]
                        sheets.append(
                            {
                                "round_id": ids[i],
                                "case_id": x.id,
                                "member_id": sh["member_id"],
                                "revision": sh["revision"],
                                "part_a": Decimal(parts["A"]),
                                "part_b": Decimal(parts["B"]),
                                "part_c": Decimal(parts["C"]),
                                "total": sh["total"],
                                "criteria": None,
                                "note": None,
                                "seq": sh["seq"],
                                "submitted_at": sh["submitted_at"],
                            }
                        )
                    i += 1
            if sheets:
                s.execute(insert(ScoreSheet.__table__), sheets)
            s.execute(insert(HistoryRecord.__table__), rows["history"])
            if certificates:
                s.execute(insert(Certificate.__table__), certificates)
            if timers:
                s.execute(insert(Timer.__table__), timers)
        summary.cases += len(xs)
        summary.rounds += len(rounds)
        summary.sheets += len(sheets)
        summary.certificates += len(certificates)
        summary.timers += len(timers)
        summary.pending_timers += sum(1 for t in timers if t["done_at"] is None)
        done += len(xs)
        if progress is not None:
            progress(len(xs))
    summary.seconds = _time.perf_counter() - started
    return summary
