"""The bulk generator of `ocop demo --scale N`: its dossiers verify, are consistent and the services work on them."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from engine.accounts import SYSTEM, Actor
from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import LOCAL_TZ, Services
from engine.store import Case, HistoryRecord, Timer, User
from workflows.ocop.models import Certificate, ScoreRound, ScoreSheet
from workflows.ocop.scale import Geography, generate

TODAY = date(2026, 12, 1)
NOW = datetime.combine(TODAY, time(8), LOCAL_TZ).astimezone(UTC)
SMALL = Geography(provinces=2, districts=3, communes=4)
CERTIFIED = {"certified", "expiring", "expired", "renewed", "revoked"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(load_all(shipped_paths()))


@pytest.fixture
def generated(db: Database, catalog: Catalog) -> tuple[Services, object]:
    seen: list[int] = []
    summary = generate(db, catalog, 200, seed=7, today=TODAY, geography=SMALL, progress=seen.append)
    assert sum(seen) == 200
    return Services(db, catalog, clock=lambda: NOW), summary


def test_every_chain_verifies_and_counts_match(generated: tuple[Services, object]) -> None:
    svc, summary = generated
    report = svc.verify(SYSTEM)
    assert report.ok, report.problems[:3]
    assert report.cases == summary.cases == 200  # type: ignore[attr-defined]
    assert report.checked == summary.records  # type: ignore[attr-defined]
    assert 7 <= summary.records / summary.cases <= 13  # type: ignore[attr-defined]  # about ten records a dossier


def test_states_versions_and_edges_follow_the_workflow(generated: tuple[Services, object], catalog: Catalog) -> None:
    svc, _ = generated
    d = catalog.get("ocop-2023")
    with svc.db.read() as s:
        cases = {c.id: c for c in s.scalars(select(Case).options(joinedload(Case.unit)))}  # read in the session
        records: dict[str, list[HistoryRecord]] = {}
        for r in s.scalars(select(HistoryRecord).order_by(HistoryRecord.case_id, HistoryRecord.seq)):
            records.setdefault(r.case_id, []).append(r)
        states = Counter(c.state for c in cases.values())
        assert len(states) >= 8, states  # spread over the workflow's states
        assert {"registered", "commune_reviewed", "certified", "expired"} <= set(states)
        years = {c.filed_on.year for c in cases.values()}
        assert len(years) >= 2
        for cid, case in cases.items():
            recs = records[cid]
            assert [r.seq for r in recs] == list(range(1, len(recs) + 1))
            assert case.version == len(recs)
            assert case.state == recs[-1].to_state
            assert case.updated_at == recs[-1].at and case.created_at == recs[0].at
            assert case.unit_path.endswith(f"/{case.unit.code}/") and case.unit.level == "commune"
            assert case.workflow == "ocop-2023" and d.in_force_on(case.filed_on) == case.in_force
            for r in recs:
                if r.kind == "transition":
                    t = d.creation(r.trigger) if r.from_state is None else d.find(r.trigger, r.from_state)
                    assert t is not None and t.dest == r.to_state, (r.trigger, r.from_state, r.to_state)
                    assert r.role in t.roles
                else:
                    assert r.kind in d.events and r.from_state == r.to_state
                assert r.at <= NOW.replace(hour=23)


def test_certificates_rounds_and_timers_match_the_histories(generated: tuple[Services, object]) -> None:
    svc, _ = generated
    with svc.db.read() as s:
        state = dict(s.execute(select(Case.id, Case.state)).all())
        certs = {c.case_id: c for c in s.scalars(select(Certificate))}
        triggers = {(r.case_id, r.seq): r.trigger for r in s.scalars(select(HistoryRecord))}
        for case_id, cert in certs.items():
            assert state[case_id] in CERTIFIED
            assert triggers[(case_id, cert.seq)] in ("certify", "import")
        certified = {cid for cid, st in state.items() if st in CERTIFIED}
        assert certified == set(certs)
        # Nothing is left due on the generation day: the scheduler already handled it.
        due = s.scalar(select(func.count()).where(Timer.done_at.is_(None), Timer.due_on <= TODAY))
        assert due == 0
        assert s.scalar(select(func.count()).select_from(Timer)) == 2 * len(certs)
        for rnd in s.scalars(select(ScoreRound)):
            assert triggers[(rnd.case_id, rnd.opened_seq)] in (
                "review_at_commune",
                "resubmit",
                f"forward_to_{rnd.level}",
            )
            if rnd.status == "closed":
                assert triggers[(rnd.case_id, rnd.closed_seq)] == "close_scoring"
        for sheet in s.scalars(select(ScoreSheet)):
            assert triggers[(sheet.case_id, sheet.seq)] == "score_sheet"
    assert svc.tick(NOW) == []


def test_services_work_on_the_generated_dossiers(generated: tuple[Services, object]) -> None:
    svc, _ = generated
    with svc.db.read() as s:
        users = {u.role: Actor.of(u) for u in s.scalars(select(User).where(User.username.like("s01d01%")))}
        province = Actor.of(s.scalar(select(User).where(User.username == "s01.tinh")))
    assert {"commune_officer", "district_officer", "district_chair", "council_member"} <= set(users)
    rows, total = svc.list_cases(province, per_page=100)
    assert total > 0 and all(r.unit_path.startswith("/VN/S01/") for r in rows)
    for actor in (users["district_officer"], users["council_member"], province):
        for view in svc.inbox(actor):
            assert view.unit_path.startswith(actor.unit_path)
            actions = svc.allowed_actions(actor, view.id, now=NOW)
            assert actions, (actor.role, view.state)
    some = rows[0]
    assert [r["seq"] for r in svc.history(SYSTEM, some.id)] == list(range(1, some.version + 1))
    assert svc.describe(SYSTEM, some.id, now=NOW)["id"] == some.id


def test_a_second_run_adds_more_dossiers_that_verify(generated: tuple[Services, object], catalog: Catalog) -> None:
    svc, _ = generated
    more = generate(svc.db, catalog, 20, seed=7, today=TODAY, geography=SMALL)
    assert more.cases == 20 and more.units == 0 and more.users == 0
    report = svc.verify(SYSTEM)
    assert report.ok and report.cases == 220
