"""Actors and territory: administrative units, users, password hashing and API tokens."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from engine.definition import LEVELS
from engine.errors import InvalidInput, NotFound
from engine.store import ApiToken, Unit, User

#: Roles the engine itself gives meaning to; workflows add their own.
ENGINE_ROLES = ("admin", "auditor")
CODE = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
USERNAME = re.compile(r"^[a-z0-9_.-]{2,64}$")
_hasher = PasswordHasher()


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """Who is acting: a user's name, role and unit (with its path, the root of their territory)."""

    username: str
    role: str
    unit_code: str
    unit_path: str
    user_id: int | None = None
    unit_level: str = ""

    @classmethod
    def of(cls, user: User) -> Actor:
        """The actor for a loaded user."""
        return cls(user.username, user.role, user.unit.code, user.unit.path, user.id, user.unit.level)

    def covers(self, path: str) -> bool:
        """Whether a unit path lies inside this actor's territory."""
        return path.startswith(self.unit_path)

    def territory(self) -> tuple[str, str]:
        """The half-open range [lo, hi) of unit paths inside the territory (for an indexed query)."""
        return self.unit_path, self.unit_path[:-1] + "0"


#: The scheduler: acts everywhere, never logs in.
SYSTEM = Actor("system", "system", "*", "/", None, "central")


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    if len(password) < 8:
        raise InvalidInput("password too short", fields={"password": ["at least 8 characters"]})
    return _hasher.hash(password)


def check_password(user: User, password: str) -> bool:
    """Whether `password` is the user's (always False for disabled users and users without a password)."""
    if not user.active or not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def unit_by_code(session: Session, code: str) -> Unit:
    """A unit by its code, or NotFound."""
    unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is None:
        raise NotFound(f"unknown unit {code!r}", unit=code)
    return unit


def create_unit(
    session: Session, code: str, name: str, level: str, parent: str | None = None, successor: str | None = None
) -> Unit:
    """Add a unit under `parent` (a root unit must be `central`); its path is its parent's plus its code."""
    errors: dict[str, list[str]] = {}
    if not CODE.match(code):
        errors["code"] = ["letters, digits, '_', '.', '-' only (1 to 32)"]
    if level not in LEVELS:
        errors["level"] = [f"one of {', '.join(LEVELS)}"]
    if not name.strip():
        errors["name"] = ["must not be empty"]
    if session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
        errors["code"] = [f"unit {code!r} already exists"]
    parent_unit = unit_by_code(session, parent) if parent else None
    if parent_unit is None and level != "central":
        errors["parent"] = ["only a central unit has no parent"]
    if parent_unit is not None and level in LEVELS and LEVELS.index(level) <= LEVELS.index(parent_unit.level):
        errors["level"] = [f"a {level} cannot sit under a {parent_unit.level}"]
    if errors:
        raise InvalidInput("the unit is not valid", fields=errors)
    unit = Unit(
        code=code,
        name=name.strip(),
        level=level,
        parent_id=parent_unit.id if parent_unit else None,
        path=(parent_unit.path if parent_unit else "/") + code + "/",
        created_at=_now(),
        successor_id=unit_by_code(session, successor).id if successor else None,
    )
    session.add(unit)
    session.flush()
    return unit


def set_successor(session: Session, code: str, successor: str) -> Unit:
    """Name the unit that took over an abolished one."""
    unit, succ = unit_by_code(session, code), unit_by_code(session, successor)
    if succ.id == unit.id:
        raise InvalidInput("a unit cannot succeed itself", fields={"successor": ["must be another unit"]})
    unit.successor_id = succ.id
    session.flush()
    return unit


def user_by_name(session: Session, username: str) -> User:
    """A user by name, or NotFound."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"unknown user {username!r}", user=username)
    return user


def create_user(
    session: Session,
    username: str,
    role: str,
    unit: str,
    known_roles: Iterable[str],
    password: str | None = None,
    full_name: str = "",
) -> User:
    """Add a user with one role and one unit; the role must be known to a loaded workflow or the engine."""
    errors: dict[str, list[str]] = {}
    roles = set(known_roles) | set(ENGINE_ROLES)
    if not USERNAME.match(username):
        errors["username"] = ["lower-case letters, digits, '_', '.', '-' only (2 to 64)"]
    elif session.scalar(select(User.id).where(User.username == username)) is not None:
        errors["username"] = [f"user {username!r} already exists"]
    if role not in roles:
        errors["role"] = [f"one of {', '.join(sorted(roles))}"]
    if errors:
        raise InvalidInput("the user is not valid", fields=errors)
    user = User(
        username=username,
        role=role,
        unit_id=unit_by_code(session, unit).id,
        full_name=full_name,
        password_hash=hash_password(password) if password else None,
        active=True,
        session_version=1,
        created_at=_now(),
    )
    session.add(user)
    session.flush()
    return user


def _end_sessions(session: Session, user: User) -> None:
    user.session_version += 1
    session.execute(
        update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)).values(revoked_at=_now())
    )


def disable_user(session: Session, username: str) -> User:
    """Disable a user: open sessions stop working and every token is revoked."""
    user = user_by_name(session, username)
    user.active = False
    _end_sessions(session, user)
    session.flush()
    return user


def move_user(session: Session, username: str, unit: str) -> User:
    """Move a user to another unit; sessions opened for the old unit end."""
    user = user_by_name(session, username)
    user.unit_id = unit_by_code(session, unit).id
    user.session_version += 1
    session.flush()
    return user


def set_password(session: Session, username: str, password: str) -> User:
    """Set a new password and end the user's open sessions."""
    user = user_by_name(session, username)
    user.password_hash = hash_password(password)
    user.session_version += 1
    session.flush()
    return user


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(session: Session, username: str) -> tuple[ApiToken, str]:
    """A new bearer token for an active user: returns the row and the token text (shown once)."""
    user = user_by_name(session, username)
    if not user.active:
        raise InvalidInput("the user is disabled", fields={"username": ["user is disabled"]})
    token_id, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    row = ApiToken(id=token_id, user_id=user.id, secret_hash=_digest(secret), created_at=_now())
    session.add(row)
    session.flush()
    return row, f"ocop_{token_id}_{secret}"


def revoke_tokens(session: Session, username: str, token_id: str | None = None) -> int:
    """Revoke one token (by id) or, without an id, every token of the user; returns how many."""
    user = user_by_name(session, username)
    query = update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    if token_id is not None:
        query = query.where(ApiToken.id == token_id)
    count = session.execute(query.values(revoked_at=_now())).rowcount
    if token_id is not None and not count:
        raise NotFound(f"no active token {token_id!r} for {username!r}", token=token_id)
    return int(count)


def user_for_token(session: Session, token: str) -> User | None:
    """The active user a bearer token belongs to, or None (unknown, revoked, malformed or disabled)."""
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != "ocop":
        return None
    row = session.get(ApiToken, parts[1])
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.secret_hash, _digest(parts[2])):
        return None
    return row.user if row.user.active else None


def list_units(session: Session, actor: Actor) -> list[dict[str, str | None]]:
    """Units inside the actor's territory and the units above it (so a commune sees its district and province)."""
    lo, hi = actor.territory()
    above = [c for c in actor.unit_path.split("/") if c]
    rows = session.scalars(
        select(Unit).where((Unit.path >= lo) & (Unit.path < hi) | Unit.code.in_(above)).order_by(Unit.path)
    )
    codes = {u.id: u.code for u in session.scalars(select(Unit))}
    return [
        {
            "code": u.code,
            "name": u.name,
            "level": u.level,
            "parent": codes.get(u.parent_id or 0),
            "successor": codes.get(u.successor_id or 0),
        }
        for u in rows
    ]
