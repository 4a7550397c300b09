"""Time-driven transitions: validity, notice, expiry and catch-up by `tick`; renewal and upgrade lineage."""

from __future__ import annotations

import os
import subprocess
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from engine.services import LOCAL_TZ
from engine.store import Timer
from tests.ocop.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def at(day: date) -> datetime:
    return datetime.combine(day, time(8), LOCAL_TZ)


def certified(ocop, issued_on: date | None = None):
    case = ocop.closed(ocop.reviewed(), "district", ["60"] * 4)
    payload = {"decision_no": "12/QĐ-UBND"} | ({"issued_on": issued_on.isoformat()} if issued_on else {})
    case = ocop.fire(case, "ct_huyen", "certify", payload)
    return case, ocop.history(case)[-1]["payload"]["certificate"]


def transitions(ocop, case) -> list[tuple[str, str, str]]:
    return [(h["trigger"], h["actor"], h["to"]) for h in ocop.history(case) if h["kind"] == "transition"][-2:]


@pytest.mark.parametrize(
    ("issued", "until"),
    [
        (date(2024, 2, 29), date(2027, 2, 28)),
        (date(2024, 1, 31), date(2027, 1, 31)),
        (date(2023, 11, 30), date(2026, 11, 30)),
        (date(2024, 5, 31), date(2027, 5, 31)),
    ],
)
def test_validity_and_timers(ocop, db, issued, until):
    case, cert = certified(ocop, issued)
    assert cert["valid_until"] == until.isoformat()
    with db.read() as s:
        timers = {t.trigger: t.due_on for t in s.scalars(select(Timer).where(Timer.case_id == case.id))}
    assert timers == {"mark_expiring": until - timedelta(days=180), "expire": until + timedelta(days=1)}


def test_notice_expiry_and_idempotent_tick(ocop):
    case, _ = certified(ocop, date(2024, 2, 29))  # valid until 2027-02-28; notice from 2026-09-01
    svc = ocop.svc
    assert svc.tick(at(date(2026, 8, 31))) == []
    done = svc.tick(at(date(2026, 9, 1)))
    assert [(o["trigger"], o["outcome"]) for o in done] == [("mark_expiring", "fired")]
    assert svc.tick(at(date(2026, 9, 1))) == []  # run twice: nothing more
    assert svc.tick(at(date(2027, 2, 28))) == []  # the last valid day
    done = svc.tick(at(date(2027, 3, 1)))
    assert [(o["trigger"], o["to"]) for o in done] == [("expire", "expired")]
    assert transitions(ocop, case) == [("mark_expiring", "system", "expiring"), ("expire", "system", "expired")]
    assert svc.verify(ocop["auditor"], case.id).ok


def test_catch_up_gives_both_records_in_one_run(ocop):
    case, _ = certified(ocop, date(2024, 6, 1))
    done = ocop.svc.tick(at(date(2028, 1, 1)))
    assert [(o["case"], o["trigger"], o["outcome"]) for o in done] == [
        (case.id, "mark_expiring", "fired"),
        (case.id, "expire", "fired"),
    ]
    assert ocop.svc.get(ocop["auditor"], case.id).state == "expired"


def test_renewal_before_expiry_supersedes(ocop):
    old, _ = certified(ocop, date(2024, 2, 29))
    ocop.svc.tick(at(date(2026, 9, 1)))
    ocop.svc.test_clock["now"] = at(date(2026, 9, 10)).astimezone(UTC)
    new = ocop.reviewed(registration_type="renewal", previous_dossier=old.id)
    new = ocop.fire(ocop.closed(new, "district", ["66"] * 4), "ct_huyen", "certify", {"decision_no": "9"})
    assert ocop.history(new)[-1]["payload"]["superseded"] == old.id
    old = ocop.svc.get(ocop["auditor"], old.id)
    assert old.state == "renewed"
    renew = ocop.history(old)[-1]
    assert (renew["trigger"], renew["actor"], renew["payload"]["successor"]) == ("renew", "system", new.id)
    done = ocop.svc.tick(at(date(2027, 3, 1)))  # the old certificate's expiry timer finds nothing to do
    assert [(o["case"], o["outcome"]) for o in done] == [(old.id, "skipped")]


def test_renewal_after_expiry_keeps_expired(ocop):
    old, _ = certified(ocop, date(2024, 2, 29))
    ocop.svc.tick(at(date(2027, 3, 2)))
    ocop.svc.test_clock["now"] = at(date(2027, 3, 10)).astimezone(UTC)
    new = ocop.reviewed(registration_type="renewal", previous_dossier=old.id)
    new = ocop.fire(ocop.closed(new, "district", ["58"] * 4), "ct_huyen", "certify", {"decision_no": "10"})
    assert new.state == "certified" and ocop.svc.get(ocop["auditor"], old.id).state == "expired"
    assert "superseded" not in ocop.history(new)[-1]["payload"]


def test_successors_are_found_by_the_indexed_predecessor_column_also_after_migrating_old_data(ocop, db):
    from alembic import command

    from engine import schema
    from engine.store import Case

    old, _ = certified(ocop)
    new = ocop.reviewed(registration_type="renewal", previous_dossier=old.id)
    with db.read() as s:
        assert s.get(Case, new.id).predecessor_id == old.id and s.get(Case, old.id).predecessor_id is None
    assert ocop.svc.describe(ocop["auditor"], old.id)["successors"] == [new.id]
    # a database from before the column: going down drops it, coming back fills it from the dossiers' data
    cfg = schema._config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_idempotency")
    assert not schema.is_current(db)
    schema.upgrade(db)
    assert schema.is_current(db)
    with db.read() as s:
        assert s.get(Case, new.id).predecessor_id == old.id
    assert ocop.svc.describe(ocop["auditor"], old.id)["successors"] == [new.id]


def test_upgrade_ending_lower_keeps_current_certificate(ocop):
    old, _ = certified(ocop)
    up = ocop.closed(ocop.reviewed(registration_type="upgrade", previous_dossier=old.id), "district", ["55"] * 4)
    ocop.fire(up, "ct_huyen", "reject", reason="Kết quả thấp hơn hạng hiện tại")
    assert ocop.svc.get(ocop["auditor"], old.id).state == "certified"


def test_concurrent_ticks_record_each_transition_once(ocop, database_url, tmp_path):
    cases = [certified(ocop, date(2024, 3, 1))[0] for _ in range(3)]
    moment = at(date(2028, 1, 1))
    results: list[list] = [[], []]

    def run(i: int) -> None:
        results[i] = ocop.svc.tick(moment)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fired = [(o["case"], o["trigger"]) for r in results for o in r if o["outcome"] == "fired"]
    assert sorted(fired) == sorted((c.id, trig) for c in cases for trig in ("mark_expiring", "expire"))
    for c in cases:
        assert [h["trigger"] for h in ocop.history(c)][-2:] == ["mark_expiring", "expire"]
    assert ocop.svc.verify(ocop["auditor"]).ok


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_processes_tick_at_once(ocop, database_url, tmp_path):
    cases = [certified(ocop, date(2024, 3, 1))[0] for _ in range(4)]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OCOP_DATABASE_URL": database_url,
        "OCOP_INSTANCE_PATH": str(tmp_path),
    }
    procs = [
        subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "ocop"), "tick", "--now", "2028-01-01"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert sum(out.count("fired   ") for out, _ in outs) == 8
    for c in cases:
        triggers = [h["trigger"] for h in ocop.history(c)]
        assert triggers.count("mark_expiring") == 1 and triggers.count("expire") == 1


def test_clock_default_is_the_fixture(ocop):
    assert ocop.svc.clock() == NOW
