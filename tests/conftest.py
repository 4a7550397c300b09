"""Shared fixtures: a fresh database per test on SQLite and on PostgreSQL, the example workflow, a small world."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engine import accounts, schema
from engine.accounts import Actor
from engine.db import Database, normalise_url
from engine.loader import load_all
from engine.machines import Catalog
from engine.services import Services

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "example" / "permit.yaml"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def pg_admin_url() -> str:
    """The PostgreSQL server the tests use (`OCOP_TEST_DATABASE_URL`, default the machine's server)."""
    return normalise_url(os.environ.get("OCOP_TEST_DATABASE_URL", PG_DEFAULT))


def _pg_unreachable(url: str) -> str | None:
    """None when the server answers `select version()`, else why not."""
    u = make_url(url)
    if shutil.which("pg_isready"):
        ready = subprocess.run(
            ["pg_isready", "-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-t", "5"],
            capture_output=True,
            text=True,
            check=False,
        )
        if ready.returncode != 0:
            return f"pg_isready: {ready.stdout.strip() or ready.stderr.strip()}"
    try:
        eng = create_engine(url)
        with eng.connect() as conn:
            version = conn.execute(text("select version()")).scalar_one()
        eng.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None if "PostgreSQL" in version else f"unexpected server: {version}"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of a reachable PostgreSQL; fails (never skips) under CI=true when it is unreachable."""
    url = pg_admin_url()
    problem = _pg_unreachable(url)
    if problem:
        message = f"PostgreSQL at {make_url(url).render_as_string(hide_password=True)} is unreachable: {problem}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(message)
    return url


def _pg_exec(admin_url: str, *statements: str) -> None:
    eng = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        for st in statements:
            conn.execute(text(st))
    eng.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test."""
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A migrated PostgreSQL database with a random name, cloned for each test and dropped at the end."""
    name = f"ocop_tpl_{uuid.uuid4().hex[:10]}"
    _pg_exec(pg_server, f'CREATE DATABASE "{name}"')
    db = Database(make_url(pg_server).set(database=name).render_as_string(hide_password=False))
    schema.upgrade(db)
    db.dispose()
    yield name
    _pg_exec(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        target = tmp_path / "ocop.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = f"ocop_t_{uuid.uuid4().hex[:12]}"
    _pg_exec(server, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _pg_exec(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database on each backend."""
    yield from _fresh_url(request.param, request, tmp_path)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The engine's Database on the fresh database."""
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The example workflow's catalogue."""
    return Catalog(load_all([EXAMPLE]))


@pytest.fixture
def svc(db: Database, catalog: Catalog) -> Services:
    """Services with a fixed clock."""
    return Services(db, catalog, clock=lambda: NOW)


@dataclass
class World:
    """Units (two provinces) and one user per role, with actors in and out of territory."""

    clerk: Actor
    reviewer: Actor
    chief: Actor
    admin: Actor
    auditor: Actor
    other_clerk: Actor
    other_reviewer: Actor
    other_chief: Actor

    def by_role(self, role: str, own: bool = True) -> Actor:
        """The actor of a role, in the case's territory (`own`) or in the other province."""
        if not own:
            return {"clerk": self.other_clerk, "reviewer": self.other_reviewer}.get(
                role, self.other_chief if role == "chief" else None
            ) or _out_of(self, role)
        return getattr(self, role)


def _out_of(world: World, role: str) -> Actor:
    base = world.other_chief
    return Actor(f"other_{role}", role, base.unit_code, base.unit_path)


@pytest.fixture
def world(db: Database, catalog: Catalog) -> World:
    """VN → P1 → D1 → C1, C2; VN → P2 → D2 → C3; users in P1's subtree and P2's."""
    roles = {r for d in catalog for r in d.roles}
    with db.write() as s:
        accounts.create_unit(s, "VN", "Trung ương", "central")
        accounts.create_unit(s, "P1", "Tỉnh Một", "province", "VN")
        accounts.create_unit(s, "D1", "Huyện Một", "district", "P1")
        accounts.create_unit(s, "C1", "Xã Một", "commune", "D1")
        accounts.create_unit(s, "C2", "Xã Hai", "commune", "D1")
        accounts.create_unit(s, "P2", "Tỉnh Hai", "province", "VN")
        accounts.create_unit(s, "D2", "Huyện Hai", "district", "P2")
        accounts.create_unit(s, "C3", "Xã Ba", "commune", "D2")
        made = {}
        for name, role, unit in [
            ("clerk", "clerk", "C1"),
            ("reviewer", "reviewer", "D1"),
            ("chief", "chief", "P1"),
            ("admin", "admin", "P1"),
            ("auditor", "auditor", "P1"),
            ("other_clerk", "clerk", "C3"),
            ("other_reviewer", "reviewer", "D2"),
            ("other_chief", "chief", "P2"),
        ]:
            made[name] = Actor.of(accounts.create_user(s, name, role, unit, roles))
    return World(**made)
