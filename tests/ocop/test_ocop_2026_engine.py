"""What ocop-2026 needed from the engine, proved on the engine's example workflow: declared deadlines (`deadlines:`,
checked at load time, shown by `describe` with the `overdue` flag) and `mapping` payload fields; and the criteria
anomaly lines for `ocop workflows check`."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine import accounts
from engine.accounts import Actor
from engine.errors import DefinitionError, InvalidInput
from engine.loader import load_all, load_file, shipped_paths
from engine.machines import Catalog
from engine.payload import validate_payload
from engine.services import LOCAL_TZ, Services
from tests.conftest import EXAMPLE
from workflows.ocop import criteria

DEADLINES = {
    "review": {"states": ["submitted"], "days": 10, "source": "Example Regulation 1/2020, Art. 3"},
    "decision": {"states": ["reviewed"], "working_days": "decision_working_days", "source": "Art. 4"},
}


def example(**extra: Any) -> dict[str, Any]:
    data = copy.deepcopy(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")))
    data["params"]["decision_working_days"] = {"value": 5, "source": "Example Regulation 1/2020, Art. 4"}
    data["deadlines"] = copy.deepcopy(DEADLINES)
    data.update(extra)
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "permit.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    return path


def problems(tmp_path: Path, data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(DefinitionError) as caught:
        load_file(write(tmp_path, data))
    return [(p.key, p.message) for p in caught.value.problems]


def test_declared_deadlines_load(tmp_path):
    d = load_file(write(tmp_path, example()))
    assert set(d.deadlines) == {"review", "decision"}
    assert d.deadlines["decision"].length(d.param) == 5
    assert d.deadlines["review"].due(date(2026, 6, 1), d.param) == date(2026, 6, 11)


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        ({"states": ["nowhere"]}, "deadlines.review.states", "unknown state 'nowhere'"),
        ({"states": ["rejected"]}, "deadlines.review.states", "final state"),
        ({"working_days": 3}, "deadlines.review.working_days", "exactly one of"),
        ({"days": 0}, "deadlines.review.days", "positive whole number"),
        ({"days": "no_such_param"}, "deadlines.review.days", "unknown parameter 'no_such_param'"),
        ({"days": "approve_limit", "states": ["submitted"]}, None, None),  # an integer parameter is fine
        ({"days": "min_pages"}, None, None),
        ({"source": ""}, "deadlines.review.source", ""),
    ],
)
def test_deadline_checks(tmp_path, change, key, message):
    data = example()
    data["deadlines"]["review"].update(change)
    if key is None:
        load_file(write(tmp_path, data))
        return
    found = problems(tmp_path, data)
    assert any(k == key and message in m for k, m in found), found


def test_a_deadline_needs_a_length_and_a_source(tmp_path):
    data = example()
    del data["deadlines"]["review"]["days"], data["deadlines"]["review"]["source"]
    keys = {k for k, _ in problems(tmp_path, data)}
    assert {"deadlines.review.working_days", "deadlines.review.source"} <= keys


def test_a_deadline_parameter_must_be_a_whole_number(tmp_path):
    data = example()
    data["params"]["decision_working_days"]["value"] = "5 ngày"
    assert problems(tmp_path, data) == [
        (
            "deadlines.decision.working_days",
            "parameter 'decision_working_days' is not a positive whole number: '5 ngày'",
        )
    ]


@pytest.fixture
def permit(db, tmp_path) -> tuple[Services, dict[str, Actor], dict[str, datetime]]:
    catalog = Catalog(load_all([write(tmp_path, example())]))
    clock = {"now": datetime(2026, 6, 1, 2, 0, tzinfo=UTC)}
    svc = Services(db, catalog, clock=lambda: clock["now"])
    roles = {r for d in catalog for r in d.roles}
    with db.write() as s:
        accounts.create_unit(s, "VN", "Trung ương", "central")
        accounts.create_unit(s, "P1", "Tỉnh Một", "province", "VN")
        accounts.create_unit(s, "C1", "Xã Một", "commune", "P1")
        actors = {
            name: Actor.of(accounts.create_user(s, name, role, unit, roles))
            for name, role, unit in [("clerk", "clerk", "C1"), ("reviewer", "reviewer", "P1")]
        }
    return svc, actors, clock


def test_describe_shows_declared_deadlines_and_the_overdue_flag(permit):
    svc, a, clock = permit
    case = svc.register(
        a["clerk"], unit="C1", filed_on=date(2026, 5, 29), payload={"applicant": "A", "pages": 5, "area": "10"}
    )
    seen = svc.describe(a["clerk"], case.id)
    # counted from the receipt day (filed_on), not from the day it was entered
    assert seen["deadlines"] == [{"what": "review", "due": "2026-06-08", "overdue": False}] and seen["flags"] == []
    clock["now"] = datetime.combine(date(2026, 6, 9), time(8), LOCAL_TZ)
    seen = svc.describe(a["clerk"], case.id)
    assert seen["deadlines"] == [{"what": "review", "due": "2026-06-08", "overdue": True}]
    assert seen["flags"] == ["overdue"]
    case = svc.fire(a["reviewer"], case.id, "review", expected_version=case.version, payload={"note": "ok"})
    # 5 working days from the day after the review (Tue 9 June): Tue 16 June
    decision = {"what": "decision", "due": "2026-06-16", "overdue": False}
    assert svc.describe(a["clerk"], case.id)["deadlines"] == [decision]
    case = svc.fire(a["reviewer"], case.id, "return_for_completion", expected_version=case.version, reason="x")
    assert svc.describe(a["clerk"], case.id)["deadlines"] == []
    clock["now"] = datetime.combine(date(2026, 6, 20), time(8), LOCAL_TZ)
    case = svc.fire(a["clerk"], case.id, "resubmit", expected_version=case.version, payload={"pages": 6})
    # re-entered `submitted` on 20 June: counted again from that day
    assert svc.describe(a["clerk"], case.id)["deadlines"] == [{"what": "review", "due": "2026-06-30", "overdue": False}]


def test_mapping_payload_fields():
    d = next(d for d in load_all(shipped_paths()) if d.name == "ocop-2026")
    declared = d.events["score_sheet"].payload
    clean, _ = validate_payload(declared, "optional", {"criteria": {"1.1": 3, "6.1.1": "1.5"}}, None)
    assert {k: str(v) for k, v in clean["criteria"].items()} == {"1.1": "3", "6.1.1": "1.5"}
    for bad in ({"1.1": "1.234"}, {"1.1": -1}, {"1.1": "x"}, {"": 1}, ["1.1"], "3"):
        with pytest.raises(InvalidInput):
            validate_payload(declared, "optional", {"criteria": bad}, None)


def test_anomaly_lines_for_the_workflows_check():
    lines = criteria.anomaly_lines()
    assert len(lines) == len(criteria.anomalies())
    assert (
        "criteria-2026.json: set 04, C/7 (source line 2486): the option 'Có trên 2 chỉ tiêu' is scored 13, above group "
        "7's maximum of 3 → read as: 3 points" in "\n".join(lines)
    )
    assert all(line.startswith("criteria-2026.json: set 26") for line in criteria.anomaly_lines("26"))
    echoed: list[str] = []
    assert criteria.report_anomalies(echoed.append) == len(lines)
    assert echoed == [f"note {line}" for line in lines]
