"""Councils: established by decision at a district, province or the central unit; members are council members."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts import Actor, unit_by_code
from engine.directory import require_admin, unit_in_territory
from engine.errors import InvalidInput
from engine.services import Services
from engine.store import Unit, User
from workflows.ocop.models import Council, CouncilMember

COUNCIL_LEVELS = ("district", "province", "central")


def create_council(
    s: Session,
    unit_code: str,
    members: Iterable[str],
    decision_no: str = "",
    established_on: date | None = None,
) -> Council:
    """Establish the council of a unit (it replaces the one in force there for rounds that open afterwards)."""
    unit = unit_by_code(s, unit_code)
    names = [m.strip() for m in members if m.strip()]
    errors: dict[str, list[str]] = {}
    if unit.level not in COUNCIL_LEVELS:
        errors["unit"] = [f"councils sit at a {', '.join(COUNCIL_LEVELS)} unit, not a {unit.level}"]
    if not names:
        errors["members"] = ["a council has at least one member"]
    if len(set(names)) != len(names):
        errors["members"] = ["a member is listed twice"]
    users = {u.username: u for u in s.scalars(select(User).where(User.username.in_(names)))}
    bad = [
        n
        for n in names
        if n not in users or users[n].role != "council_member" or users[n].unit_id != unit.id or not users[n].active
    ]
    if bad:
        errors.setdefault("members", []).append(f"not active council members of {unit.code}: {', '.join(bad)}")
    if errors:
        raise InvalidInput("the council is not valid", fields=errors)
    council = Council(
        unit_id=unit.id,
        decision_no=decision_no.strip(),
        established_on=established_on or datetime.now(UTC).date(),
        created_at=datetime.now(UTC),
    )
    s.add(council)
    s.flush()
    for n in names:
        s.add(CouncilMember(council_id=council.id, user_id=users[n].id))
    s.flush()
    s.refresh(council, ["members"])
    return council


def list_councils(s: Session, actor: Any) -> list[dict[str, Any]]:
    """Councils whose unit lies in the actor's territory, newest first per unit."""
    lo, hi = actor.territory()
    from engine.store import Unit

    rows = s.scalars(
        select(Council)
        .join(Unit, Unit.id == Council.unit_id)
        .where(Unit.path >= lo, Unit.path < hi)
        .order_by(Unit.path, Council.established_on.desc(), Council.id.desc())
    )
    return [
        {
            "id": c.id,
            "unit": c.unit.code,
            "decision_no": c.decision_no,
            "established_on": c.established_on.isoformat(),
            "members": [{"username": m.user.username, "full_name": m.user.full_name} for m in c.members],
        }
        for c in rows
    ]


# ---- for an acting admin (the web pages) ----------------------------------------------------------------


def councils_for(svc: Services, actor: Actor) -> list[dict[str, Any]]:
    """The councils of the admin's territory as the admin page shows them (member names, the unit's name)."""
    with svc.db.read() as s:
        names = {u.code: u.name for u in s.scalars(select(Unit))}
        return [
            c
            | {
                "unit_name": names.get(c["unit"], c["unit"]),
                "established_on": date.fromisoformat(c["established_on"]),
                "members": [m["username"] for m in c["members"]],
            }
            for c in list_councils(s, actor)
        ]


def establish_for(
    svc: Services, actor: Actor, unit: str, members: list[str], decision_no: str, established_on: date | None
) -> None:
    """Establish the council of a unit of the territory."""
    require_admin(actor)
    with svc.db.write() as s:
        unit_in_territory(s, actor, unit)
        create_council(s, unit, members, decision_no, established_on)
