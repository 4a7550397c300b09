"""Administration services for an acting user: units, users and tokens, always inside the actor's territory.

`engine.accounts` offers the writes (create, disable, move, password, tokens) without an acting user, as the CLI
needs them; the web pages act for a logged-in admin, so these services check that every unit and user named lies
in the admin's territory (and that the actor is an admin) before calling them in one unit of work.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from engine import accounts
from engine.accounts import Actor
from engine.errors import Forbidden, InvalidInput, NotFound
from engine.services import Services
from engine.store import ApiToken, Unit, User

ADMIN_ROLE = "admin"


def require_admin(actor: Actor) -> None:
    """Only admins manage users, units and councils."""
    if actor.role != ADMIN_ROLE:
        raise Forbidden(f"role {actor.role!r} may not administer", role=actor.role)


def unit_in_territory(s: Any, actor: Actor, code: str, field: str = "unit") -> Unit:
    """A unit by code, inside the actor's territory, or InvalidInput naming `field`."""
    unit = s.scalar(select(Unit).where(Unit.code == (code or "").strip()))
    if unit is None or not actor.covers(unit.path):
        raise InvalidInput("unknown unit", fields={field: [f"no unit {code!r} in your territory"]})
    return unit


def _user(s: Any, actor: Actor, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username))
    if user is None or not actor.covers(user.unit.path):
        raise NotFound(f"unknown user {username!r}", user=username)
    return user


def _unit_dict(u: Unit) -> dict[str, Any]:
    return {
        "code": u.code,
        "name": u.name,
        "level": u.level,
        "path": u.path,
        "depth": u.path.count("/") - 2,
        "parent": u.parent.code if u.parent else None,
        "successor": u.successor.code if u.successor else None,
    }


def units(svc: Services, actor: Actor, levels: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The units of the actor's territory (its own unit and below), in tree order."""
    lo, hi = actor.territory()
    with svc.db.read() as s:
        query = select(Unit).where(Unit.path >= lo, Unit.path < hi).order_by(Unit.path)
        if levels:
            query = query.where(Unit.level.in_(levels))
        return [_unit_dict(u) for u in s.scalars(query)]


def full_names(svc: Services, codes: list[str | None]) -> dict[str, str]:
    """Each unit's full name with its parents up to the province ("Xã Mỹ Hà, Huyện Mỹ Lộc, Tỉnh Nam Định")."""
    wanted = [c for c in codes if c]
    if not wanted:
        return {}
    with svc.db.read() as s:
        rows = list(s.scalars(select(Unit).where(Unit.code.in_(wanted))))
        parts = {c for u in rows for c in u.path.strip("/").split("/")}
        names = {u.code: (u.name, u.level) for u in s.scalars(select(Unit).where(Unit.code.in_(parts)))}
        out = {}
        for u in rows:
            chain = [names[c] for c in reversed(u.path.strip("/").split("/")) if c in names]
            out[u.code] = ", ".join(name for name, level in chain if level != "central") or u.name
        return out


def users(svc: Services, actor: Actor) -> list[dict[str, Any]]:
    """The users of the admin's territory."""
    require_admin(actor)
    lo, hi = actor.territory()
    with svc.db.read() as s:
        rows = s.execute(
            select(User, Unit)
            .join(Unit, Unit.id == User.unit_id)
            .where(Unit.path >= lo, Unit.path < hi)
            .order_by(Unit.path, User.username)
        ).all()
        return [
            {
                "username": u.username,
                "full_name": u.full_name,
                "role": u.role,
                "unit": unit.code,
                "unit_name": unit.name,
                "active": u.active,
            }
            for u, unit in rows
        ]


def user(svc: Services, actor: Actor, username: str) -> dict[str, Any]:
    """One user of the admin's territory with their tokens."""
    require_admin(actor)
    with svc.db.read() as s:
        u = _user(s, actor, username)
        tokens = s.scalars(select(ApiToken).where(ApiToken.user_id == u.id).order_by(ApiToken.created_at.desc()))
        return {
            "username": u.username,
            "full_name": u.full_name,
            "role": u.role,
            "unit": u.unit.code,
            "unit_name": u.unit.name,
            "active": u.active,
            "tokens": [
                {"id": t.id, "created_at": t.created_at, "revoked_at": t.revoked_at, "last_used_at": t.last_used_at}
                for t in tokens
            ],
        }


def known_roles(svc: Services) -> list[str]:
    """Every role a user may hold (the workflows' and the engine's; never `system`)."""
    roles = {r for d in svc.catalog for r in d.roles} | set(accounts.ENGINE_ROLES)
    return sorted(roles - {"system"})


def create_user(
    svc: Services, actor: Actor, username: str, role: str, unit: str, password: str, full_name: str
) -> None:
    """Add a user in the admin's territory."""
    require_admin(actor)
    with svc.db.write() as s:
        unit_in_territory(s, actor, unit)
        if role == "system":
            raise InvalidInput("the user is not valid", fields={"role": [f"one of {', '.join(known_roles(svc))}"]})
        accounts.create_user(s, username.strip(), role, unit, known_roles(svc), password or None, full_name.strip())


def disable_user(svc: Services, actor: Actor, username: str) -> None:
    """Disable a user of the territory (their sessions end, their tokens are revoked)."""
    require_admin(actor)
    with svc.db.write() as s:
        _user(s, actor, username)
        accounts.disable_user(s, username)


def move_user(svc: Services, actor: Actor, username: str, unit: str) -> None:
    """Move a user to another unit of the territory."""
    require_admin(actor)
    with svc.db.write() as s:
        _user(s, actor, username)
        unit_in_territory(s, actor, unit)
        accounts.move_user(s, username, unit)


def set_password(svc: Services, actor: Actor, username: str, password: str) -> None:
    """Set a user's password (their sessions end)."""
    require_admin(actor)
    with svc.db.write() as s:
        _user(s, actor, username)
        accounts.set_password(s, username, password)


def create_token(svc: Services, actor: Actor, username: str) -> str:
    """A new API token for a user of the territory; the text is shown once."""
    require_admin(actor)
    with svc.db.write() as s:
        _user(s, actor, username)
        _, text = accounts.create_token(s, username)
        return text


def revoke_token(svc: Services, actor: Actor, username: str, token_id: str | None) -> int:
    """Revoke one token (or all) of a user of the territory."""
    require_admin(actor)
    with svc.db.write() as s:
        _user(s, actor, username)
        return accounts.revoke_tokens(s, username, token_id or None)


def create_unit(svc: Services, actor: Actor, code: str, name: str, level: str, parent: str) -> None:
    """Add a unit under a unit of the territory."""
    require_admin(actor)
    with svc.db.write() as s:
        unit_in_territory(s, actor, parent, "parent")
        accounts.create_unit(s, code.strip(), name, level, parent)


def end_sessions(svc: Services, user_id: int | None) -> None:
    """Logging out ends the user's browser sessions at once (a copied session cookie stops working); tokens stay."""
    if user_id is None:
        return
    with svc.db.write() as s:
        u = s.get(User, user_id)
        if u is not None:
            u.session_version += 1


def now() -> datetime:
    """The current time (UTC)."""
    return datetime.now(UTC)
