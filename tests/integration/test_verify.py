"""Append-only history and verification of hash chains, on SQLite and on PostgreSQL (services and CLI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from engine import accounts
from engine.accounts import SYSTEM, Actor
from engine.audit import GENESIS, canonical_bytes, record_hash
from engine.db import Database
from engine.machines import Catalog
from engine.services import Services
from engine.store import APPEND_ONLY_SQL, DROP_APPEND_ONLY_SQL, Case, HistoryRecord
from tests.conftest import NOW, _pg_exec

ROOT = Path(__file__).resolve().parents[2]
OCOP = ROOT / ".venv" / "bin" / "ocop"
HISTORY = HistoryRecord.__table__
CASES = Case.__table__


# ---- helpers -----------------------------------------------------------------------------------------------


def build_case(svc: Services, world: Any, comments: int = 2) -> str:
    """A case with 2 + `comments` records: register, review, then comments; returns its id."""
    case = svc.register(world.clerk, unit="C1", payload={"applicant": "Nguyễn Văn A", "pages": 5, "area": "120.5"})
    case = svc.fire(world.reviewer, case.id, "review", expected_version=case.version, payload={"note": "x"})
    for i in range(comments):
        case = svc.record(
            world.clerk if i % 2 else world.reviewer, case.id, "comment", payload={"text": f"ghi chú {i + 1}"}
        )
    assert case.version == 2 + comments and case.state == "reviewed"
    return case.id


def rows(db: Database, case_id: str) -> list[dict[str, Any]]:
    with db.read() as s:
        return [
            r.as_chain_dict()
            for r in s.scalars(
                select(HistoryRecord).where(HistoryRecord.case_id == case_id).order_by(HistoryRecord.seq)
            )
        ]


def drop_triggers(db: Database) -> None:
    """Drop the history's append-only triggers (the `DROP TRIGGER` statements of DROP_APPEND_ONLY_SQL).

    The trigger function itself is left alone: other tables' triggers may share it (see
    test_append_only_sql_round_trip); only the history triggers matter to the tampering tests.
    """
    statements = [st for st in DROP_APPEND_ONLY_SQL[db.dialect] if st.upper().startswith("DROP TRIGGER")]
    assert statements
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def at_seq(case_id: str, seq: int) -> Any:
    return (HISTORY.c.case_id == case_id) & (HISTORY.c.seq == seq)


def ocop(tmp_path: Path, database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCOP_")}
    env.update(
        PYTHONPATH=str(ROOT),
        OCOP_DATABASE_URL=database_url,
        OCOP_WORKFLOW_PATHS=str(ROOT / "tests" / "example"),
        OCOP_INSTANCE_PATH=str(tmp_path / "instance"),
    )
    command = [str(OCOP)] if OCOP.exists() else [sys.executable, "-m", "web.cli"]
    return subprocess.run(
        command + list(args), capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False
    )


# ---- tamperings (triggers dropped first): each returns the seq verification must name ------------------------


def edit_payload(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(payload={"note": "đã sửa"}))
    return 2


def edit_actor(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(actor="mallory"))
    return 2


def edit_at(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 3)).values(at=NOW + timedelta(seconds=1)))
    return 3


def edit_and_rehash(db: Database, case_id: str) -> int:
    """A forger edits seq 2 and stores its correct new hash: the next record's link gives it away."""
    record = rows(db, case_id)[1]
    record["actor"] = "mallory"
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(actor="mallory", hash=record_hash(record)))
    return 3


def delete_middle(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(delete(HISTORY).where(at_seq(case_id, 2)))
    return 2


def insert_forged(db: Database, case_id: str) -> int:
    """A well-formed seq 5 chained to seq 4 with a correct hash; the case's version is left at 4."""
    last = rows(db, case_id)[-1]
    forged = dict(last, seq=5, prev_hash=last["hash"], payload={"text": "giả mạo"}, actor="mallory")
    forged["hash"] = record_hash(forged)
    with db.engine.begin() as conn:
        conn.execute(
            insert(HISTORY).values(
                case_id=case_id,
                seq=5,
                kind=forged["kind"],
                trigger=forged["trigger"],
                from_state=forged["from"],
                to_state=forged["to"],
                actor=forged["actor"],
                role=forged["role"],
                at=NOW,
                payload=forged["payload"],
                reason=forged["reason"],
                workflow=forged["workflow"],
                workflow_version=forged["workflow_version"],
                prev_hash=forged["prev_hash"],
                hash=forged["hash"],
            )
        )
    # the forged record itself is internally consistent: only the case's version betrays it
    assert record_hash(rows(db, case_id)[-1]) == forged["hash"]
    return 5


def swap_pair(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(seq=-1))
        conn.execute(update(HISTORY).where(at_seq(case_id, 3)).values(seq=2))
        conn.execute(update(HISTORY).where(at_seq(case_id, -1)).values(seq=3))
    assert [r["trigger"] for r in rows(db, case_id)][1:3] == ["comment", "review"]  # really swapped
    return 2


def delete_newest(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(delete(HISTORY).where(at_seq(case_id, 4)))
    return 4


def set_state(db: Database, case_id: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE cases SET state = 'approved' WHERE id = :id"), {"id": case_id})
    return 4


TAMPERINGS: dict[str, tuple[Callable[[Database, str], int], str]] = {
    "edit_payload": (edit_payload, "hash does not match"),
    "edit_actor": (edit_actor, "hash does not match"),
    "edit_at": (edit_at, "hash does not match"),
    "edit_and_rehash": (edit_and_rehash, "prev_hash"),
    "delete_middle": (delete_middle, "missing"),
    "insert_forged": (insert_forged, "case version 4 but last record is seq 5"),
    "swap_pair": (swap_pair, "prev_hash"),
    "delete_newest": (delete_newest, "case version 4 but last record is seq 3"),
    "set_state": (set_state, "case state 'approved'"),
}


# ---- (a) the database refuses edits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE history SET actor = 'mallory' WHERE seq = 2",
        "UPDATE history SET payload = payload",
        "DELETE FROM history WHERE seq = 2",
        "DELETE FROM history",
    ],
)
def test_history_edits_are_refused_by_the_database(svc, world, db, statement):
    case_id = build_case(svc, world)
    before = rows(db, case_id)
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
        conn.rollback()
    assert rows(db, case_id) == before
    assert svc.verify(SYSTEM).ok


@pytest.mark.parametrize("database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_truncate_is_refused_on_postgresql(svc, world, db):
    assert db.dialect == "postgresql"
    case_id = build_case(svc, world)
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("TRUNCATE history CASCADE"))
        conn.rollback()
    assert len(rows(db, case_id)) == 4


def test_appending_is_still_allowed_and_triggers_are_declared(svc, world, db):
    """The triggers refuse edits, not new records (the services keep working)."""
    case_id = build_case(svc, world, comments=0)
    svc.record(world.clerk, case_id, "comment", payload={"text": "thêm"})
    assert [r["seq"] for r in rows(db, case_id)] == [1, 2, 3]
    assert set(APPEND_ONLY_SQL) == set(DROP_APPEND_ONLY_SQL) == {"sqlite", "postgresql"}


def test_append_only_sql_round_trip(svc, world, db):
    """DROP_APPEND_ONLY_SQL lifts the protection on a migrated database and APPEND_ONLY_SQL restores it."""
    case_id = build_case(svc, world, comments=0)
    with db.engine.begin() as conn:
        for statement in DROP_APPEND_ONLY_SQL[db.dialect]:
            conn.execute(text(statement))
    with db.engine.begin() as conn:
        conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(actor="mallory"))
    with db.engine.begin() as conn:
        for statement in APPEND_ONLY_SQL[db.dialect]:
            conn.execute(text(statement))
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(update(HISTORY).where(at_seq(case_id, 2)).values(actor="clerk"))
        conn.rollback()
    assert rows(db, case_id)[1]["actor"] == "mallory"


# ---- (b) tampering is found by verify ----------------------------------------------------------------------


def test_untouched_history_verifies(svc, world, db):
    ids = [build_case(svc, world), build_case(svc, world, comments=0)]
    report = svc.verify(SYSTEM)
    assert report.ok, report.as_dict()
    assert (report.cases, report.checked) == (2, 6)
    for case_id in ids:
        recs = rows(db, case_id)
        assert recs[0]["prev_hash"] == GENESIS
        assert all(record_hash(r) == r["hash"] for r in recs)


def test_dropping_the_triggers_alone_breaks_nothing(svc, world, db):
    build_case(svc, world)
    drop_triggers(db)
    assert svc.verify(SYSTEM).ok


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_is_found(svc, world, db, name):
    tamper, fragment = TAMPERINGS[name]
    victim = build_case(svc, world)
    bystander = build_case(svc, world)
    drop_triggers(db)
    seq = tamper(db, victim)
    report = svc.verify(SYSTEM)
    assert not report.ok
    assert [(p.case, p.seq) for p in report.problems] == [(victim, seq)], report.as_dict()
    assert fragment in report.problems[0].problem
    assert report.cases == 2
    # one case only
    single = svc.verify(SYSTEM, victim)
    assert [(p.case, p.seq) for p in single.problems] == [(victim, seq)]
    assert svc.verify(SYSTEM, bystander).ok


def test_verify_covers_only_the_actors_territory(svc, world, db):
    victim = build_case(svc, world)
    drop_triggers(db)
    edit_actor(db, victim)
    assert not svc.verify(world.chief).ok  # P1 covers C1
    assert svc.verify(world.other_chief).ok  # P2 sees no case of P1
    assert svc.verify(world.other_chief).cases == 0


# ---- (c) the CLI ------------------------------------------------------------------------------------------


def test_cli_verify_passes_on_untouched_database(svc, world, database_url, tmp_path):
    build_case(svc, world)
    done = ocop(tmp_path, database_url, "audit", "verify")
    assert done.returncode == 0, done.stderr
    assert "checked 4 records in 1 cases: all chains verified" in done.stdout
    assert "PROBLEM" not in done.stderr


@pytest.mark.parametrize(
    "name", ["edit_payload", "edit_actor", "delete_middle", "insert_forged", "swap_pair", "delete_newest", "set_state"]
)
def test_cli_verify_reports_tampering(svc, world, db, database_url, tmp_path, name):
    tamper, fragment = TAMPERINGS[name]
    victim = build_case(svc, world)
    build_case(svc, world)
    drop_triggers(db)
    seq = tamper(db, victim)
    db.dispose()  # let the command see the database alone
    done = ocop(tmp_path, database_url, "audit", "verify")
    assert done.returncode != 0
    assert f"PROBLEM case {victim} seq {seq}: " in done.stderr
    assert fragment in done.stderr
    assert done.stderr.count("PROBLEM case ") == 1
    assert "1 problem(s)" in done.stdout


def test_cli_verify_one_case(svc, world, db, database_url, tmp_path):
    victim = build_case(svc, world)
    bystander = build_case(svc, world)
    drop_triggers(db)
    delete_middle(db, victim)
    db.dispose()
    assert ocop(tmp_path, database_url, "audit", "verify", "--case", bystander).returncode == 0
    done = ocop(tmp_path, database_url, "audit", "verify", "--case", victim)
    assert done.returncode == 1
    assert f"PROBLEM case {victim} seq 2: " in done.stderr


# ---- (d) the same content hashes the same on both backends -------------------------------------------------


def test_read_back_records_rehash_to_their_stored_hash(svc, world, db):
    case_id = build_case(svc, world)
    for rec in rows(db, case_id):
        assert record_hash(rec) == rec["hash"]
        assert isinstance(rec["at"], datetime)


ICT = timezone(timedelta(hours=7))


def test_non_utc_moment_is_stored_and_hashed_consistently(svc, world, db):
    """A moment given with another offset (+07:00, the local time) must still verify after a round trip."""
    moment = datetime(2026, 12, 1, 10, 0, tzinfo=ICT)
    case = svc.register(world.clerk, unit="C1", payload={"applicant": "A", "pages": 5, "area": "1"}, now=moment)
    (rec,) = rows(db, case.id)
    assert rec["at"].replace(tzinfo=rec["at"].tzinfo or UTC) == moment
    assert record_hash(rec) == rec["hash"]
    assert svc.verify(SYSTEM).ok


def _world(db: Database, catalog: Catalog) -> tuple[Actor, Actor]:
    roles = {r for d in catalog for r in d.roles}
    with db.write() as s:
        accounts.create_unit(s, "VN", "Trung ương", "central")
        accounts.create_unit(s, "P1", "Tỉnh Một", "province", "VN")
        accounts.create_unit(s, "D1", "Huyện Một", "district", "P1")
        accounts.create_unit(s, "C1", "Xã Một", "commune", "D1")
        clerk = Actor.of(accounts.create_user(s, "clerk", "clerk", "C1", roles))
        reviewer = Actor.of(accounts.create_user(s, "reviewer", "reviewer", "D1", roles))
    return clerk, reviewer


@pytest.fixture
def both_urls(sqlite_template: Path, pg_server: str, pg_template: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    target = tmp_path / "parity.db"
    shutil.copyfile(sqlite_template, target)
    name = f"ocop_t_{uuid.uuid4().hex[:12]}"
    _pg_exec(pg_server, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield {
            "sqlite": f"sqlite:///{target}",
            "postgresql": make_url(pg_server).set(database=name).render_as_string(hide_password=False),
        }
    finally:
        _pg_exec(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_hash_parity_between_sqlite_and_postgresql(both_urls, catalog):
    moment = datetime(2026, 12, 1, 3, 4, 5, 678901, tzinfo=UTC)
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Mỹ")
    stored: dict[str, list[dict[str, Any]]] = {}
    for backend, url in both_urls.items():
        db = Database(url)
        try:
            assert db.dialect == backend
            svc = Services(db, catalog, clock=lambda: moment)
            clerk, reviewer = _world(db, catalog)
            case = svc.register(clerk, unit="C1", payload={"applicant": nfd, "pages": 7, "area": "120.50"})
            svc.fire(reviewer, case.id, "review", expected_version=case.version, payload={"note": "đủ hồ sơ"})
            svc.record(clerk, case.id, "comment", payload={"text": "m² — “ngoặc”"}, reason="ghi chú")
            recs = rows(db, case.id)
            assert svc.verify(SYSTEM).ok
        finally:
            db.dispose()
        assert [r["seq"] for r in recs] == [1, 2, 3]
        for rec in recs:
            assert record_hash(rec) == rec["hash"], (backend, rec["seq"])
        stored[backend] = recs

    def neutral(rec: dict[str, Any], prev: str) -> dict[str, Any]:
        """The record with the backend-specific case id replaced by a constant, re-chained to `prev`."""
        return dict(rec, case="00000000-0000-4000-8000-000000000000", prev_hash=prev)

    prev = {backend: GENESIS for backend in stored}
    for lite, pg in zip(stored["sqlite"], stored["postgresql"], strict=True):
        a, b = neutral(lite, prev["sqlite"]), neutral(pg, prev["postgresql"])
        assert canonical_bytes(a) == canonical_bytes(b)
        assert record_hash(a) == record_hash(b)
        prev = {"sqlite": record_hash(a), "postgresql": record_hash(b)}
    first = canonical_bytes(neutral(stored["postgresql"][0], GENESIS)).decode("utf-8")
    assert '"at":"2026-12-01T03:04:05.678901Z"' in first
    assert '"applicant":"Nguyễn Thị Mỹ"' in first and unicodedata.is_normalized("NFC", first)
    assert '"area":"120.50"' in first
