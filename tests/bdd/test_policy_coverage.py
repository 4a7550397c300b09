"""The policy coverage gate, and the gate's logic tested on synthetic definitions.

The gate (`test_every_rule_of_the_shipped_workflows_is_exercised`) runs after every scenario of the session (see
tests/bdd/conftest.py). It fails when a transition (trigger + source) of a shipped workflow was never fired by a
scenario, when a guard was not seen both passing and refusing, or when a parameter was never read by a guard that
passed and by one that refused. Nothing is exempt silently: `ALLOW` names every accepted gap with its reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pytest_bdd.feature import get_features
from pytest_bdd.steps import step_function_context_registry

from engine.definition import Definition, EventSpec, Param, State, Transition
from engine.loader import load_all, shipped_paths
from tests.bdd.policy_gate import FEATURES, OBSERVED, REGIMES, RUN, TAG_MEANING, Observations, feature_files, gaps

#: Gaps the scenarios cannot close, each with its reason (an entry that matches no gap fails the gate).
ALLOW = {
    "ocop-2023@1 param validity_months": (
        "read by the issue_certificate / issue_imported_certificate effects (they fix valid_until), never by a "
        "guard; 05-giay-chung-nhan/thoi-han.feature asserts the dates it yields"
    ),
    "ocop-2023@1 param extend_validity_to_working_day": (
        "read by the certificate effects (false, an assumption: BLDS Art. 148(5) not applied to validity), never by "
        "a guard; thoi-han.feature shows a term ending on Sunday 28/02/2027 expiring on 01/03/2027"
    ),
    "ocop-2023@1 param transitional_filed_before": (
        "read by the dossier representation (describe: the transitional decision deadline), not by a guard; "
        "04-quyet-dinh/han-chuyen-tiep.feature asserts when the deadline appears"
    ),
    "ocop-2023@1 param transitional_deadline_first": (
        "read by the dossier representation (describe), not by a guard; han-chuyen-tiep.feature asserts 21/07/2026"
    ),
    "ocop-2023@1 param transitional_deadline_renewal": (
        "read by the dossier representation (describe), not by a guard; han-chuyen-tiep.feature asserts 21/06/2026"
    ),
    "ocop-2026@1 guard criteria_valid refusing": (
        "refuses by raising InvalidInput with one field error per criterion (payload.criteria.<key>), like payload "
        "validation, so the service reports no guard outcome for it; ocop-2026/04-cham-diem/phieu-danh-gia.feature "
        "asserts the refusal (missing, unknown and off-option criteria) and that no sheet is stored"
    ),
    "ocop-2026@1 param validity_months": (
        "read by the issue_certificate / issue_imported_certificate effects (they fix valid_until), never by a "
        "guard; ocop-2026/08-giay-chung-nhan/thoi-han.feature asserts the 36-month dates it yields"
    ),
    "ocop-2026@1 param extend_validity_to_working_day": (
        "read by the certificate effects (false, an assumption: BLDS Art. 148(5) not applied to validity), never by "
        "a guard; 08-giay-chung-nhan/thoi-han.feature shows a term ending on Saturday 02/06/2029 expiring on "
        "Sunday 03/06/2029"
    ),
    "ocop-2026@1 param commune_review_working_days": (
        "the length of the declared `commune_review` deadline, read by the dossier representation (describe), not "
        "by a guard; 02-xa-danh-gia/thoi-han-15-ngay-lam-viec.feature asserts the 15th working day and the overdue flag"
    ),
    "ocop-2026@1 param province_rounds": (
        "read by the assign_province_round effect of accept_at_province, never by a guard; "
        "03-tinh-tiep-nhan/dot-danh-gia-cap-tinh.feature asserts the round and decision date at each cut-off"
    ),
    "ocop-2026@1 param central_rounds": (
        "read by the assign_central_round effect of forward_to_central, never by a guard; "
        "06-trung-uong/dot-danh-gia-cap-trung-uong.feature asserts the round and decision date at each cut-off"
    ),
    "ocop-2026@1 param renewal_decision_days": (
        "read by the dossier representation (describe: the renewal decision deadline), not by a guard; "
        "10-danh-gia-lai/danh-gia-lai.feature asserts 45 days from the province's acceptance and the overdue flag"
    ),
    "ocop-2026@1 param revocation_days": (
        "read by the dossier representation (describe: the revocation deadline), not by a guard (a late revocation "
        "is flagged overdue, not refused); 09-thu-hoi/han-thu-hoi.feature asserts 15 days from the conclusion"
    ),
}
#: Whole workflows whose executable policy is still being written: their scenarios run and must pass, their open
#: gaps are printed (not failed) until the workflow leaves this list.
PENDING: dict[str, str] = {}
#: Allowed parameters that must still be read somewhere (by an effect) during the run.
READ_BY_EFFECTS = [
    (("ocop-2023", 1), "validity_months"),
    (("ocop-2023", 1), "extend_validity_to_working_day"),
    (("ocop-2026", 1), "validity_months"),
    (("ocop-2026", 1), "extend_validity_to_working_day"),
    (("ocop-2026", 1), "province_rounds"),
    (("ocop-2026", 1), "central_rounds"),
]


@pytest.mark.policy_gate
def test_every_rule_of_the_shipped_workflows_is_exercised() -> None:
    if not RUN.collected:
        pytest.skip("the gate needs the scenarios in the same run: pytest tests/bdd")
    if RUN.deselected:
        pytest.skip(f"{len(RUN.deselected)} scenarios were deselected: the gate needs every scenario in the run")
    bound = set(RUN.collected.values())
    unbound = sorted(str(p) for p in feature_files() if str(p) not in bound)
    assert not unbound, f"feature files bound by no test module (scenarios(...)): {unbound}"
    not_run = sorted(set(RUN.collected) - RUN.ran)
    assert not not_run, f"scenarios collected but not run: {not_run}"

    definitions = load_all(shipped_paths())
    found = gaps(definitions, OBSERVED, ALLOW, PENDING)
    pending_allow = {k: v for k, v in ALLOW.items() if k.split("@")[0] in PENDING}
    open_gaps = gaps([d for d in definitions if d.name in PENDING], OBSERVED, pending_allow)
    for gap in open_gaps:
        print(f"pending: {gap.message}")
    assert not found, "the scenarios leave untested:\n" + "\n".join(g.message for g in found)
    for key in READ_BY_EFFECTS:
        assert key in OBSERVED.params_read, f"{key} is allowed as read by effects, but nothing read it"

    # The same observations fail the gate as soon as the workflow gains a transition no scenario fires.
    d = next(d for d in definitions if d.name == "ocop-2023")
    reopen = Transition("reopen", "not_recognised", "registered", ("district_chair",), "Mở lại hồ sơ")
    grown = replace(d, transitions=[*d.transitions, reopen])
    others = [x for x in definitions if x.name != "ocop-2023"]
    assert [g.id for g in gaps([grown, *others], OBSERVED, ALLOW, PENDING)] == [
        "ocop-2023@1 transition reopen from not_recognised"
    ]


# ---- the gate's logic on its own -------------------------------------------------------------------------------


def demo(*extra: Transition) -> Definition:
    """A tiny workflow: open (guard `unit_ok`) → draft; submit (guard `complete`, reads `limit`) → sent."""
    return Definition(
        name="demo",
        version=1,
        regime="X",
        title="Demo",
        module=None,
        in_force_from=date(2024, 1, 1),
        in_force_until=None,
        source="test",
        roles=("clerk",),
        params={"limit": Param("limit", 3, "test")},
        states={"draft": State("draft", "Nháp", initial=True), "sent": State("sent", "Đã gửi", final=True)},
        transitions=[
            Transition("open", None, "draft", ("clerk",), "Mở", guards=("unit_ok",)),
            Transition("submit", "draft", "sent", ("clerk",), "Gửi", guards=("complete",)),
            *extra,
        ],
        events={"note": EventSpec("note", ("clerk",), "Ghi chú", guards=("polite",))},
    )


def observed_all() -> Observations:
    """Observations covering everything of `demo()`, fed through the listener as the services would."""
    seen = Observations()
    wf = ("demo", 1)
    for passed in (True, False):
        seen.listen("guard", workflow=wf, name="unit_ok", passed=passed)
        seen.listen("guard", workflow=wf, name="polite", passed=passed)
        seen.listen("param", workflow=wf, name="limit")
        seen.listen("guard", workflow=wf, name="complete", passed=passed)
    seen.listen("fired", workflow=wf, trigger="open", source=None)
    seen.listen("fired", workflow=wf, trigger="submit", source="draft")
    return seen


def test_gate_passes_when_everything_is_exercised() -> None:
    assert gaps([demo()], observed_all()) == []


def test_gate_fails_when_a_transition_is_added_without_a_scenario() -> None:
    grown = demo(Transition("recall", "sent", "draft", ("clerk",), "Thu hồi"))
    found = gaps([grown], observed_all())
    assert [g.id for g in found] == ["demo@1 transition recall from sent"]
    assert "no scenario fired 'recall' from sent" in found[0].message


def test_gate_fails_when_a_guard_is_never_seen_refusing_or_passing() -> None:
    seen = observed_all()
    seen.guards[(("demo", 1), "polite")] = {True}
    seen.guards[(("demo", 1), "unit_ok")] = {False}
    assert {g.id for g in gaps([demo()], seen)} == {"demo@1 guard polite refusing", "demo@1 guard unit_ok passing"}


def test_gate_fails_when_a_parameter_decides_no_outcome() -> None:
    seen = observed_all()
    seen.params_in_guards[(("demo", 1), "limit")] = {True}
    assert [g.message for g in gaps([demo()], seen)] == [
        "demo@1: parameter 'limit' was never read by a guard that refused"
    ]
    seen.params_in_guards.clear()
    assert [g.id for g in gaps([demo()], seen)] == ["demo@1 param limit"]


def test_parameters_read_by_effects_are_not_credited_to_guards() -> None:
    seen = Observations()
    wf = ("demo", 1)
    seen.listen("param", workflow=wf, name="limit")  # an effect of a fired transition
    seen.listen("fired", workflow=wf, trigger="submit", source="draft")
    seen.listen("param", workflow=wf, name="limit")  # an effect of a recorded event (no "fired")
    seen.end_call()
    seen.listen("guard", workflow=wf, name="complete", passed=False)
    assert seen.params_in_guards == {} and (wf, "limit") in seen.params_read


def test_allow_list_needs_a_reason_and_a_matching_gap() -> None:
    grown = demo(Transition("recall", "sent", "draft", ("clerk",), "Thu hồi"))
    allow = {"demo@1 transition recall from sent": "recalled only by hand, outside the service layer"}
    assert gaps([grown], observed_all(), allow) == []
    assert [g.id for g in gaps([demo()], observed_all(), allow)] == ["allow demo@1 transition recall from sent"]
    assert [g.message for g in gaps([grown], observed_all(), {"demo@1 transition recall from sent": " "})] == [
        "allow-list entry 'demo@1 transition recall from sent' gives no reason"
    ]


def test_every_scenario_names_its_regime_and_legal_source() -> None:
    sources = set(TAG_MEANING) - REGIMES
    missing = []
    for feature in get_features([str(FEATURES)]):
        for scenario in feature.scenarios.values():
            tags = scenario.tags | feature.tags | (scenario.rule.tags if scenario.rule else set())
            blocks = [tags | ex.tags for ex in scenario.examples] or [tags]
            for block in blocks:
                if not (block & REGIMES and block & sources):
                    missing.append(f"{feature.rel_filename}: {scenario.name} {sorted(block)}")
    assert not missing, "scenarios without a regime tag and a legal-source tag:\n" + "\n".join(missing)


def test_every_step_matches_exactly_one_definition() -> None:
    """pytest-bdd would silently pick one of several matching definitions: each step must match exactly one."""
    from tests.bdd.steps import ocop_2023, ocop_2026  # noqa: F401  (register the step definitions)

    definitions = list(step_function_context_registry.values())
    problems, checked = [], 0
    for feature in get_features([str(FEATURES)]):
        for template in feature.scenarios.values():
            contexts = [c for ex in template.examples for c in ex.as_contexts()] or [{}]
            for context in contexts:
                for step in template.render(context).steps:
                    checked += 1
                    found = [d for d in definitions if d.type == step.type and d.parser.is_matching(step.name)]
                    if len(found) != 1:
                        problems.append(f"{feature.rel_filename}: {step.type} {step.name!r} matches {len(found)}")
    assert checked > 0 and not problems, "\n".join(sorted(set(problems)))


def test_pending_workflows_are_named_with_a_reason_and_must_exist() -> None:
    other = replace(demo(), name="later")
    assert gaps([demo(), other], observed_all(), pending={"later": "scenarios come next"}) == []
    assert [g.id for g in gaps([demo(), other], observed_all())][:1] == ["later@1 transition open from (creation)"]
    assert [g.message for g in gaps([demo()], observed_all(), pending={"later": "scenarios come next"})] == [
        "pending workflow 'later' is not shipped: remove the entry"
    ]
    assert [g.message for g in gaps([demo(), other], observed_all(), pending={"later": ""})] == [
        "pending workflow 'later' gives no reason"
    ]
