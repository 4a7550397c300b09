"""Concurrent writers on one case, and atomicity of an action (state, record and effects in one transaction)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from engine import errors
from engine.accounts import SYSTEM
from engine.services import Services
from tests.example import permit

REGISTRATION = {"applicant": "A", "pages": 5, "area": "10"}
THREADS = 20


def race(calls: list[Callable[[], Any]]) -> list[tuple[str, Any]]:
    """Run the calls from as many threads released together; each outcome is ("ok", value) or ("error", exc)."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[tuple[str, Any] | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            outcomes[i] = ("ok", calls[i]())
        except BaseException as exc:
            outcomes[i] = ("error", exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    assert all(o is not None for o in outcomes)
    return outcomes  # type: ignore[return-value]


def split(outcomes: list[tuple[str, Any]]) -> tuple[list[Any], list[BaseException], list[BaseException]]:
    ok = [v for kind, v in outcomes if kind == "ok"]
    stale = [v for kind, v in outcomes if kind == "error" and type(v) is errors.StaleVersion]
    other = [v for kind, v in outcomes if kind == "error" and type(v) is not errors.StaleVersion]
    return ok, stale, other


def register(svc: Services, world: Any) -> Any:
    return svc.register(world.clerk, unit="C1", payload=REGISTRATION, workflow="example-permit")


def test_same_review_from_twenty_threads(svc, world):
    for _round in range(5):
        case = register(svc, world)
        outcomes = race(
            [
                lambda c=case: svc.fire(
                    world.reviewer, c.id, "review", expected_version=c.version, payload={"note": "x"}
                )
                for _ in range(THREADS)
            ]
        )
        ok, stale, other = split(outcomes)
        assert other == [], [repr(e) for e in other]
        assert (len(ok), len(stale)) == (1, THREADS - 1)
        assert ok[0].state == "reviewed" and ok[0].version == case.version + 1
        for exc in stale:
            assert exc.details["current_version"] == case.version + 1
        history = svc.history(SYSTEM, case.id)
        assert [h["seq"] for h in history] == [1, 2]
        assert history[-1]["trigger"] == "review"
        stored = svc.get(SYSTEM, case.id)
        assert (stored.state, stored.version) == ("reviewed", case.version + 1)
    assert svc.verify(SYSTEM).ok


def test_approve_races_reject(svc, world):
    finals = set()
    for i in range(4):
        case = register(svc, world)
        case = svc.fire(world.reviewer, case.id, "review", expected_version=1, payload={"note": "x"})
        calls = []
        for j in range(10):
            if (i + j) % 2:
                calls.append(
                    lambda c=case: svc.fire(
                        world.chief, c.id, "approve", expected_version=c.version, payload={"decision_no": "1"}
                    )
                )
            else:
                calls.append(lambda c=case: svc.fire(world.chief, c.id, "reject", expected_version=c.version))
        ok, stale, other = split(race(calls))
        assert other == [], [repr(e) for e in other]
        assert (len(ok), len(stale)) == (1, 9)
        history = svc.history(SYSTEM, case.id)
        assert len(history) == case.version + 1
        new = history[-1]
        assert new["from"] == "reviewed" and new["trigger"] in ("approve", "reject")
        stored = svc.get(SYSTEM, case.id)
        assert stored.state == new["to"] == ok[0].state
        assert stored.version == case.version + 1
        finals.add(stored.state)
    assert finals <= {"approved", "rejected"}
    assert svc.verify(SYSTEM).ok


def test_concurrent_comments_all_recorded(svc, world):
    case = register(svc, world)
    actors = [world.clerk, world.reviewer, world.chief]
    outcomes = race(
        [
            (lambda i=i: svc.record(actors[i % 3], case.id, "comment", payload={"text": f"ghi chú {i}"}))
            for i in range(THREADS)
        ]
    )
    ok, stale, other = split(outcomes)
    assert stale == [] and other == [], [repr(e) for _, e in outcomes if _ == "error"]
    assert len(ok) == THREADS
    assert sorted(v.version for v in ok) == list(range(2, THREADS + 2))
    history = svc.history(SYSTEM, case.id)
    assert [h["seq"] for h in history] == list(range(1, THREADS + 2))
    assert sorted(h["payload"]["text"] for h in history[1:]) == sorted(f"ghi chú {i}" for i in range(THREADS))
    assert all(h["from"] == h["to"] == "submitted" for h in history[1:])
    stored = svc.get(SYSTEM, case.id)
    assert (stored.state, stored.version) == ("submitted", THREADS + 1)
    report = svc.verify(SYSTEM)
    assert report.ok and report.checked == THREADS + 1


# ---- atomicity -----------------------------------------------------------------------------------------------


def _reviewed(svc: Services, world: Any) -> Any:
    case = register(svc, world)
    return svc.fire(world.reviewer, case.id, "review", expected_version=1, payload={"note": "x"})


def _unchanged(svc: Services, case: Any) -> None:
    stored = svc.get(SYSTEM, case.id)
    assert (stored.state, stored.version) == (case.state, case.version)
    assert len(svc.history(SYSTEM, case.id)) == case.version
    assert svc.verify(SYSTEM, case.id).ok


def test_failing_effect_rolls_back(svc, world, monkeypatch):
    case = _reviewed(svc, world)

    def boom(ctx: Any) -> dict[str, Any]:
        raise RuntimeError("effect failed")

    monkeypatch.setitem(permit.registry.effects, "stamp_decision", boom)
    with pytest.raises(RuntimeError, match="effect failed"):
        svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    _unchanged(svc, case)
    monkeypatch.undo()
    done = svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    assert done.state == "approved" and done.version == case.version + 1


def test_effect_overwriting_payload_rolls_back(svc, world, monkeypatch):
    case = _reviewed(svc, world)
    monkeypatch.setitem(permit.registry.effects, "stamp_decision", lambda ctx: {"decision_no": "forged"})
    with pytest.raises(RuntimeError, match="overwrite"):
        svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    _unchanged(svc, case)


def test_failing_hash_rolls_back_the_state_change(svc, world, monkeypatch):
    import engine.audit

    case = _reviewed(svc, world)

    def broken(record: dict[str, Any]) -> str:
        raise RuntimeError("hash failed")

    monkeypatch.setattr(engine.audit, "record_hash", broken)
    with pytest.raises(RuntimeError, match="hash failed"):
        svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    monkeypatch.undo()
    _unchanged(svc, case)


def test_failure_after_the_record_is_written_rolls_back_both(svc, world, monkeypatch):
    case = _reviewed(svc, world)
    original = Services._write_record
    written: list[int] = []

    def write_then_fail(self: Services, *args: Any, **kwargs: Any) -> Any:
        rec = original(self, *args, **kwargs)
        written.append(rec["seq"])  # the row was inserted and the case already bumped
        raise RuntimeError("insert lost")

    monkeypatch.setattr(Services, "_write_record", write_then_fail)
    with pytest.raises(RuntimeError, match="insert lost"):
        svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    with pytest.raises(RuntimeError, match="insert lost"):
        svc.record(world.chief, case.id, "comment", payload={"text": "x"})
    monkeypatch.undo()
    assert written == [case.version + 1, case.version + 1]
    _unchanged(svc, case)
