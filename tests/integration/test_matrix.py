"""Every (state, trigger, role, territory) combination of the example workflow, and the order of the checks.

The states, transitions and triggers come from the loaded definition, never from a hand-written list: a new
transition in `tests/example/permit.yaml` is covered without touching this file.
"""

from __future__ import annotations

from collections import deque
from decimal import Decimal
from typing import Any

import pytest

from engine import errors
from engine.accounts import ENGINE_ROLES, SYSTEM, Actor
from engine.definition import BUILTIN_ROLES, Definition, Transition
from engine.payload import validate_payload
from tests.conftest import EXAMPLE

WORKFLOW = "example-permit"
REGISTRATION = {"applicant": "A", "pages": 5, "area": "10"}
#: Valid payloads of the triggers that take one (the definition says which fields are required; a test below
#: checks that every trigger of the definition is satisfied by these).
PAYLOADS: dict[str, dict[str, Any]] = {
    "register": REGISTRATION,
    "import": REGISTRATION,
    "review": {"note": "x"},
    "approve": {"decision_no": "1"},
    "revoke": {"ground": "fraud"},
    "resubmit": {"pages": 5},
}
BOGUS = "no_such_trigger"


def _definition() -> Definition:
    from engine.loader import load_all

    (d,) = [d for d in load_all([EXAMPLE]) if d.name == WORKFLOW]
    return d


DEF = _definition()
ROLES = sorted(set(DEF.roles) | set(ENGINE_ROLES) | set(BUILTIN_ROLES) | {r for t in DEF.transitions for r in t.roles})


def payload_for(trigger: str) -> dict[str, Any]:
    return dict(PAYLOADS.get(trigger, {}))


def reason_for(t: Transition) -> str | None:
    return None if t.reason == "none" else "lý do"


def sample(d: Definition, trigger: str) -> Transition:
    return next(t for t in d.transitions if t.trigger == trigger)


def actor_for(world: Any, role: str, own: bool = True) -> Actor:
    if role == "system":
        return (
            SYSTEM if own else Actor("other_system", "system", world.other_chief.unit_code, world.other_chief.unit_path)
        )
    return world.by_role(role, own)


def paths(d: Definition) -> dict[str, list[Transition]]:
    """The shortest sequence of transitions from the registration's destination to every reachable state."""
    start = d.creation("register")
    assert start is not None
    found: dict[str, list[Transition]] = {start.dest: []}
    queue = deque([start.dest])
    while queue:
        state = queue.popleft()
        for t in d.transitions:
            if t.source == state and t.dest not in found:
                found[t.dest] = found[state] + [t]
                queue.append(t.dest)
    return found


PATHS = paths(DEF)


def bring(svc: Any, world: Any, state: str, unit: str = "C1", data: dict[str, Any] | None = None) -> Any:
    """A new case at `unit`, moved to `state` through allowed transitions."""
    case = svc.register(world.clerk, unit=unit, payload=data or REGISTRATION, workflow=WORKFLOW)
    for t in PATHS[state]:
        actor = actor_for(world, t.roles[0])
        case = svc.fire(
            actor,
            case.id,
            t.trigger,
            expected_version=case.version,
            payload=payload_for(t.trigger),
            reason=reason_for(t),
        )
    assert case.state == state
    return case


def expected_outcome(d: Definition, state: str, trigger: str, role: str, own: bool) -> Transition | type:
    """The transition that must apply, or the error class that must be raised (docs/api.md order)."""
    if not own:
        return errors.NotFound
    with_trigger = [t for t in d.transitions if t.trigger == trigger]
    if not any(t.source is not None for t in with_trigger):
        # Not a trigger of this workflow, or only a creation trigger (register, import): those are not
        # actions on an existing case, the engine answers 404 unknown trigger.
        return errors.UnknownTrigger
    leaving = [t for t in with_trigger if t.source == state]
    if not leaving:
        return errors.NotAvailable
    (t,) = leaving
    if role not in t.roles:
        return errors.Forbidden
    return t  # the guards pass for REGISTRATION's data (pages 5 ≥ 3, area 10 ≤ 1000)


def test_definition_is_what_the_matrix_expects() -> None:
    # Every state is reachable, and every trigger is satisfied by the payloads used here.
    assert set(PATHS) == set(DEF.states)
    assert {"clerk", "reviewer", "chief", "admin", "auditor", "system"} == set(ROLES)
    for trigger in DEF.triggers():
        t = sample(DEF, trigger)
        validate_payload(t.payload, t.reason, payload_for(trigger), reason_for(t))


@pytest.mark.parametrize("state", sorted(DEF.states))
def test_every_trigger_role_and_territory(svc, world, catalog, state):
    d = catalog.get(WORKFLOW)
    assert [t.trigger for t in d.transitions] == [t.trigger for t in DEF.transitions]
    case = bring(svc, world, state)
    accepted = 0
    for trigger in sorted(d.triggers()) + [BOGUS]:
        rule = next((t for t in d.transitions if t.trigger == trigger), None)
        payload = payload_for(trigger)
        reason = reason_for(rule) if rule else None
        for role in ROLES:
            for own in (True, False):
                actor = actor_for(world, role, own)
                expected = expected_outcome(d, state, trigger, role, own)
                before = svc.history(SYSTEM, case.id)
                where = f"{state} --{trigger}--> as {actor.username} ({role}, {'own' if own else 'other'})"
                if isinstance(expected, Transition):
                    after = svc.fire(
                        actor, case.id, trigger, expected_version=case.version, payload=payload, reason=reason
                    )
                    accepted += 1
                    assert (after.state, after.version) == (expected.dest, case.version + 1), where
                    history = svc.history(SYSTEM, case.id)
                    assert len(history) == len(before) + 1, where
                    new = history[-1]
                    assert (new["seq"], new["kind"], new["trigger"], new["from"], new["to"]) == (
                        case.version + 1,
                        "transition",
                        trigger,
                        state,
                        expected.dest,
                    ), where
                    assert (new["actor"], new["role"]) == (actor.username, role), where
                    assert new["reason"] == reason, where
                    stored = svc.get(SYSTEM, case.id)
                    assert (stored.state, stored.version) == (expected.dest, case.version + 1), where
                    case = bring(svc, world, state)  # a fresh case for the next attempt
                else:
                    with pytest.raises(errors.EngineError) as caught:
                        svc.fire(actor, case.id, trigger, expected_version=case.version, payload=payload, reason=reason)
                    assert type(caught.value) is expected, f"{where}: {caught.value!r}"
                    assert svc.history(SYSTEM, case.id) == before, where
                    stored = svc.get(SYSTEM, case.id)
                    assert (stored.state, stored.version) == (state, case.version), where
    # The number of accepted attempts is the number of (declared transition from state × role) pairs
    # whose actor is in territory: one own actor per role.
    assert accepted == sum(len(t.roles) for t in d.transitions if t.source == state)
    report = svc.verify(SYSTEM)
    assert report.ok, report.problems


# ---- guards --------------------------------------------------------------------------------------------------


def test_review_refused_below_min_pages(svc, world, catalog):
    least = catalog.get(WORKFLOW).param("min_pages")
    case = bring(svc, world, "submitted", data={**REGISTRATION, "pages": 1})
    with pytest.raises(errors.GuardRefused) as caught:
        svc.fire(world.reviewer, case.id, "review", expected_version=1, payload={"note": "x"})
    assert [r.rule for r in caught.value.reasons] == ["min_pages"]
    assert caught.value.details["reasons"][0]["rule"] == "min_pages"
    assert len(svc.history(SYSTEM, case.id)) == 1
    assert svc.get(SYSTEM, case.id).state == "submitted"
    # Exactly at the threshold is enough.
    ok = bring(svc, world, "submitted", data={**REGISTRATION, "pages": least})
    assert svc.fire(world.reviewer, ok.id, "review", expected_version=1, payload={"note": "x"}).state == "reviewed"


def test_approve_refused_above_limit(svc, world, catalog):
    limit = Decimal(str(catalog.get(WORKFLOW).param("approve_limit")))
    case = bring(svc, world, "reviewed", data={**REGISTRATION, "area": str(limit + Decimal("0.01"))})
    with pytest.raises(errors.GuardRefused) as caught:
        svc.fire(world.chief, case.id, "approve", expected_version=case.version, payload={"decision_no": "1"})
    assert [r.rule for r in caught.value.reasons] == ["approve_limit"]
    assert len(svc.history(SYSTEM, case.id)) == case.version
    assert svc.get(SYSTEM, case.id).version == case.version
    ok = bring(svc, world, "reviewed", data={**REGISTRATION, "area": str(limit)})
    done = svc.fire(world.chief, ok.id, "approve", expected_version=ok.version, payload={"decision_no": "1"})
    assert done.state == "approved"


def test_role_is_checked_before_guards(svc, world):
    case = bring(svc, world, "submitted", data={**REGISTRATION, "pages": 1})
    with pytest.raises(errors.Forbidden):
        svc.fire(world.clerk, case.id, "review", expected_version=1, payload={"note": "x"})


# ---- order of the checks -------------------------------------------------------------------------------------


def test_stale_version_before_not_available_and_forbidden(svc, world):
    case = bring(svc, world, "submitted")
    svc.record(world.clerk, case.id, "comment", payload={"text": "một ghi chú"})  # version 2, state stays
    # approve is not available from submitted; a clerk may not review: both answer stale first.
    for actor, trigger, payload in [
        (world.chief, "approve", {"decision_no": "1"}),
        (world.clerk, "review", {"note": "x"}),
        (world.reviewer, "review", {"note": "x"}),
    ]:
        with pytest.raises(errors.StaleVersion) as caught:
            svc.fire(actor, case.id, trigger, expected_version=1, payload=payload)
        details = caught.value.details
        assert details["current_version"] == 2
        assert [(x["seq"], x["kind"], x["trigger"], x["actor"]) for x in details["since"]] == [
            (2, "comment", "comment", "clerk")
        ]
        assert details["since"][0]["at"]
    # Two versions behind: `since` lists both, in order.
    svc.fire(world.reviewer, case.id, "review", expected_version=2, payload={"note": "x"})
    with pytest.raises(errors.StaleVersion) as caught:
        svc.fire(world.chief, case.id, "approve", expected_version=1, payload={"decision_no": "1"})
    assert caught.value.details["current_version"] == 3
    assert [(x["seq"], x["trigger"], x["actor"]) for x in caught.value.details["since"]] == [
        (2, "comment", "clerk"),
        (3, "review", "reviewer"),
    ]
    assert len(svc.history(SYSTEM, case.id)) == 3


@pytest.mark.parametrize(
    ("trigger", "payload", "reason", "field"),
    [
        ("review", {"note": "x", "state": "approved"}, None, "payload.state"),  # unknown field
        ("review", {}, None, "payload.note"),  # missing required field
        ("approve", {"decision_no": "1", "version": 9}, None, "payload.version"),
        ("withdraw", {}, None, "reason"),  # missing required reason
        ("return_for_completion", {}, "   ", "reason"),  # blank reason
        ("revoke", {"ground": "boredom"}, "x", "payload.ground"),  # not one of the choices
    ],
)
def test_invalid_input_before_stale_version(svc, world, trigger, payload, reason, field):
    case = bring(svc, world, "submitted")
    svc.record(world.clerk, case.id, "comment", payload={"text": "x"})
    for actor in (world.clerk, world.reviewer, world.chief, world.auditor):
        with pytest.raises(errors.InvalidInput) as caught:
            svc.fire(actor, case.id, trigger, expected_version=1, payload=payload, reason=reason)
        assert field in caught.value.details["fields"]
    assert len(svc.history(SYSTEM, case.id)) == 2


def test_not_found_before_unknown_trigger_before_invalid_input(svc, world):
    case = bring(svc, world, "submitted")
    with pytest.raises(errors.NotFound):
        svc.fire(world.other_reviewer, case.id, BOGUS, expected_version=99, payload={"junk": 1})
    with pytest.raises(errors.NotFound):
        svc.fire(world.other_reviewer, case.id, "review", expected_version=99, payload={"junk": 1})
    with pytest.raises(errors.NotFound):
        svc.fire(world.reviewer, "no-such-case", "review", expected_version=1, payload={"note": "x"})
    with pytest.raises(errors.UnknownTrigger):
        svc.fire(world.reviewer, case.id, BOGUS, expected_version=99, payload={"junk": 1})
    with pytest.raises(errors.InvalidInput):
        svc.fire(world.reviewer, case.id, "review", expected_version=99, payload={"junk": 1})
    # An event is not a transition trigger.
    with pytest.raises(errors.UnknownTrigger):
        svc.fire(world.clerk, case.id, "comment", expected_version=1, payload={"text": "x"})
    assert len(svc.history(SYSTEM, case.id)) == 1


# ---- allowed actions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", sorted(DEF.states))
def test_allowed_actions(svc, world, catalog, state):
    d = catalog.get(WORKFLOW)
    case = bring(svc, world, state)
    low = (
        bring(svc, world, state, data={"applicant": "B", "pages": 1, "area": "5000"})
        if state in ("submitted", "returned", "withdrawn")
        else None
    )
    for role in ROLES:
        actor = actor_for(world, role)
        for target, guards_fail in [(case, False)] + ([(low, True)] if low else []):
            actions = svc.allowed_actions(actor, target.id)
            want_transitions = [t.trigger for t in d.transitions if t.source == state and role in t.roles]
            want_events = [k for k, e in d.events.items() if role in e.roles and not d.states[state].final]
            assert [(a.trigger, a.kind) for a in actions] == (
                [(t, "transition") for t in want_transitions] + [(k, "event") for k in want_events]
            ), (state, role)
            for a in actions:
                rule = d.find(a.trigger, state) if a.kind == "transition" else d.events[a.trigger]
                assert a.label == rule.label
                refused = guards_fail and "enough_pages" in rule.guards
                assert a.allowed is not refused, (state, role, a)
                assert [r.rule for r in a.reasons] == (["min_pages"] if refused else [])
        with pytest.raises(errors.NotFound):
            svc.allowed_actions(actor_for(world, role, own=False), case.id)


def test_allowed_actions_reports_approve_limit(svc, world):
    case = bring(svc, world, "reviewed", data={**REGISTRATION, "area": "1000.01"})
    actions = {a.trigger: a for a in svc.allowed_actions(world.chief, case.id)}
    assert set(actions) == {"approve", "reject", "comment"}
    assert actions["approve"].allowed is False
    assert [r.rule for r in actions["approve"].reasons] == ["approve_limit"]
    assert actions["reject"].allowed and actions["comment"].allowed
    # Reading the allowed actions records nothing.
    assert len(svc.history(SYSTEM, case.id)) == case.version


# ---- inbox ---------------------------------------------------------------------------------------------------


@pytest.fixture
def spread(svc, world):
    """One case in every state at C1 (P1's subtree) and at C3 (P2's)."""
    clerk_c3 = world.other_clerk
    made: dict[tuple[str, str], str] = {}
    for state in sorted(DEF.states):
        made[(state, "C1")] = bring(svc, world, state, unit="C1").id
        case = svc.register(clerk_c3, unit="C3", payload=REGISTRATION, workflow=WORKFLOW)
        for t in PATHS[state]:
            role = t.roles[0]
            actor = SYSTEM if role == "system" else world.by_role(role, own=False)
            case = svc.fire(
                actor,
                case.id,
                t.trigger,
                expected_version=case.version,
                payload=payload_for(t.trigger),
                reason=reason_for(t),
            )
        assert case.state == state
        made[(state, "C3")] = case.id
    return made


def _inbox_actors(world: Any) -> list[tuple[Actor, set[str]]]:
    """Each actor with the unit codes (of C1, C3) inside its territory."""
    return [
        (world.clerk, {"C1"}),
        (world.reviewer, {"C1"}),
        (world.chief, {"C1"}),
        (world.admin, {"C1"}),
        (world.auditor, {"C1"}),
        (world.other_clerk, {"C3"}),
        (world.other_reviewer, {"C3"}),
        (world.other_chief, {"C3"}),
        (SYSTEM, {"C1", "C3"}),
    ]


def test_inbox_territory_and_exits(svc, world, spread):
    """Every case where the actor's role has an exit is in the inbox, and nothing outside the territory is."""
    for actor, units in _inbox_actors(world):
        exits = {t.source for t in DEF.transitions if t.source is not None and actor.role in t.roles}
        got = {c.id: c for c in svc.inbox(actor)}
        must = {spread[(st, u)] for st in exits for u in units}
        assert must <= set(got), actor.username
        for c in got.values():
            assert c.unit in units, (actor.username, c.unit)
            assert not c.final, (actor.username, c.state)
        if not exits and not any(actor.role in e.roles for e in DEF.events.values()):
            assert got == {}, actor.username


def test_inbox_is_exactly_the_states_with_an_exit(svc, world, spread):
    for actor, units in _inbox_actors(world):
        exits = {t.source for t in DEF.transitions if t.source is not None and actor.role in t.roles}
        want = {spread[(st, u)] for st in exits for u in units}
        assert {c.id for c in svc.inbox(actor)} == want, actor.username
