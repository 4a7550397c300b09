"""The definition loader and checker: every problem names its file, key path and 1-based line; and the CLI."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.errors import DefinitionError, Problem
from engine.loader import load_all, load_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "example" / "permit.yaml"
OCOP = ROOT / ".venv" / "bin" / "ocop"


# ---- helpers -----------------------------------------------------------------------------------------------


def example() -> dict[str, Any]:
    """A fresh copy of the example definition as plain data."""
    return copy.deepcopy(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")))


def write(path: Path, data: dict[str, Any]) -> str:
    """Write `data` as block-style YAML; return the text written."""
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return text


def index_of(data: dict[str, Any], trigger: str) -> int:
    return [t["trigger"] for t in data["transitions"]].index(trigger)


def transition(data: dict[str, Any], trigger: str) -> dict[str, Any]:
    return data["transitions"][index_of(data, trigger)]


def line_of(text: str, *patterns: str) -> int:
    """The 1-based line of the last pattern, each pattern searched (as a whole-line regex) after the previous one."""
    lines = text.splitlines()
    at = -1
    for pattern in patterns:
        at = next(i for i in range(at + 1, len(lines)) if re.fullmatch(pattern, lines[i]))
    return at + 1


def item_line(text: str, trigger: str) -> int:
    """The line of the `transitions` item whose trigger is `trigger` (block style: `- trigger: NAME`)."""
    return line_of(text, r"transitions:", rf"- trigger: {trigger}")


def item_key_line(text: str, trigger: str, key: str) -> int:
    """The line of `key:` inside the `transitions` item of `trigger` (before the next item)."""
    lines = text.splitlines()
    start = item_line(text, trigger)  # 1-based: lines[start] is the item's second line
    for i in range(start, len(lines)):
        if lines[i].startswith("- ") or not lines[i].startswith(" "):
            break
        if re.match(rf"  {key}:", lines[i]):
            return i + 1
    raise AssertionError(f"no {key!r} in the {trigger!r} item")


def state_line(text: str, state: str) -> int:
    return line_of(text, r"states:", rf"  {state}:.*")


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(DefinitionError) as caught:
        load_file(path)
    assert caught.value.problems, "a DefinitionError lists its problems"
    return caught.value.problems


def the_problem(problems: list[Problem], key: str, contains: str) -> Problem:
    found = [p for p in problems if p.key == key and contains in p.message]
    assert found, f"no problem at {key!r} containing {contains!r} in: " + "; ".join(map(str, problems))
    assert len(found) == 1, found
    return found[0]


# ---- broken variants ---------------------------------------------------------------------------------------
# Each builder modifies the example data and returns (key, message fragment, line-finder over the written text).

Variant = Callable[[dict[str, Any]], tuple[str, str, Callable[[str], int]]]


def unknown_source(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "reject")["source"] = "nowhere"
    return (
        f"transitions[{index_of(d, 'reject')}].source",
        "unknown state 'nowhere'",
        lambda t: item_key_line(t, "reject", "source"),
    )


def unknown_source_in_list(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "withdraw")["source"] = ["submitted", "limbo"]
    return (
        f"transitions[{index_of(d, 'withdraw')}].source",
        "unknown state 'limbo'",
        lambda t: item_key_line(t, "withdraw", "source"),
    )


def unknown_dest(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "revoke")["dest"] = "cancelled"
    return (
        f"transitions[{index_of(d, 'revoke')}].dest",
        "unknown state 'cancelled'",
        lambda t: item_key_line(t, "revoke", "dest"),
    )


def unknown_guard(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "approve")["guards"] = ["within_limit", "has_stamp"]
    return (
        f"transitions[{index_of(d, 'approve')}].guards",
        "unknown guard 'has_stamp'",
        lambda t: item_key_line(t, "approve", "guards"),
    )


def guard_reads_undeclared_param(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    del d["params"]["min_pages"]
    return (
        f"transitions[{index_of(d, 'review')}].guards",
        "guard 'enough_pages' reads parameter 'min_pages', which is not declared",
        lambda t: item_key_line(t, "review", "guards"),
    )


def unknown_param(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "reject")["params"] = ["approve_limit", "max_floors"]
    return (
        f"transitions[{index_of(d, 'reject')}].params",
        "unknown parameter 'max_floors'",
        lambda t: item_key_line(t, "reject", "params"),
    )


def unknown_role(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "resubmit")["roles"] = ["clerk", "janitor"]
    return (
        f"transitions[{index_of(d, 'resubmit')}].roles",
        "unknown role 'janitor'",
        lambda t: item_key_line(t, "resubmit", "roles"),
    )


def no_roles(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    transition(d, "reject")["roles"] = []
    return (
        f"transitions[{index_of(d, 'reject')}].roles",
        "every transition lists the roles",
        lambda t: item_key_line(t, "reject", "roles"),
    )


def unreachable_state(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    d["states"]["orphan"] = {"label": "Mồ côi"}
    d["transitions"].append(
        {"trigger": "adopt", "source": "orphan", "dest": "submitted", "roles": ["clerk"], "label": "Nhận"}
    )
    return "states.orphan", "unreachable from the initial state", lambda t: state_line(t, "orphan")


def final_with_exit(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    d["transitions"].append(
        {"trigger": "reopen", "source": "rejected", "dest": "submitted", "roles": ["chief"], "label": "Mở lại"}
    )
    return "states.rejected", "a final state has exits: reopen", lambda t: state_line(t, "rejected")


def dead_end(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    d["states"]["parked"] = {"label": "Tạm dừng"}
    d["transitions"].append(
        {"trigger": "park", "source": "submitted", "dest": "parked", "roles": ["reviewer"], "label": "Tạm dừng"}
    )
    return "states.parked", "a state that is not final needs an exit", lambda t: state_line(t, "parked")


def two_initials(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    d["states"]["returned"]["initial"] = True
    return "states", "exactly one state must be initial, found 2: submitted, returned", lambda t: line_of(t, r"states:")


def state_without_label(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    del d["states"]["reviewed"]["label"]
    d["states"]["reviewed"]["source"] = "somewhere"  # keep the state a non-empty mapping
    # the missing key has no line of its own: the state's key line is named
    return "states.reviewed.label", "Missing data for required field", lambda t: state_line(t, "reviewed")


def transition_without_label(d: dict[str, Any]) -> tuple[str, str, Callable[[str], int]]:
    del transition(d, "expire")["label"]
    return (
        f"transitions[{index_of(d, 'expire')}].label",
        "Missing data for required field",
        lambda t: item_line(t, "expire"),
    )


VARIANTS: dict[str, Variant] = {
    "unknown_source": unknown_source,
    "unknown_source_in_list": unknown_source_in_list,
    "unknown_dest": unknown_dest,
    "unknown_guard": unknown_guard,
    "guard_reads_undeclared_param": guard_reads_undeclared_param,
    "unknown_param": unknown_param,
    "unknown_role": unknown_role,
    "no_roles": no_roles,
    "unreachable_state": unreachable_state,
    "final_with_exit": final_with_exit,
    "dead_end": dead_end,
    "two_initials": two_initials,
    "state_without_label": state_without_label,
    "transition_without_label": transition_without_label,
}


def broken(tmp_path: Path, name: str) -> tuple[Path, str, str, int]:
    """Write the named broken variant; return its path, expected key, message fragment and line."""
    data = example()
    key, fragment, find_line = VARIANTS[name](data)
    path = tmp_path / f"{name}.yaml"
    text = write(path, data)
    return path, key, fragment, find_line(text)


# ---- loader ------------------------------------------------------------------------------------------------


def test_example_loads_cleanly():
    d = load_file(EXAMPLE)
    assert d.key == ("example-permit", 1)
    assert d.file == str(EXAMPLE)
    assert set(d.states) == {
        "submitted",
        "returned",
        "reviewed",
        "approved",
        "rejected",
        "withdrawn",
        "revoked",
        "expired",
    }
    assert d.initial == "submitted"
    # `source: [submitted, reviewed]` expands into one transition per source
    assert [t.source for t in d.transitions if t.trigger == "return_for_completion"] == ["submitted", "reviewed"]
    assert d.registry is not None and set(d.registry.guards) == {"enough_pages", "within_limit"}
    assert [x.key for x in load_all([EXAMPLE])] == [("example-permit", 1)]


def test_rewritten_example_loads_cleanly(tmp_path):
    """The YAML round trip used to build the broken variants is itself harmless."""
    path = tmp_path / "permit.yaml"
    write(path, example())
    assert load_file(path).key == ("example-permit", 1)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_broken_definition_names_file_key_and_line(tmp_path, name):
    path, key, fragment, line = broken(tmp_path, name)
    problem = the_problem(problems_of(path), key, fragment)
    assert problem.file == str(path)
    assert problem.line == line
    assert str(problem) == f"{path}:{line}: {key}: {problem.message}"


def test_all_problems_of_a_file_are_reported_together(tmp_path):
    data = example()
    expected = [unknown_guard(data), unknown_role(data), unknown_dest(data)]
    path = tmp_path / "many.yaml"
    text = write(path, data)
    problems = problems_of(path)
    for key, fragment, find_line in expected:
        assert the_problem(problems, key, fragment).line == find_line(text)


def test_load_all_collects_problems_of_every_file(tmp_path):
    good = tmp_path / "good.yaml"
    write(good, example())
    bad_path, key, fragment, line = broken(tmp_path, "unknown_dest")
    other = example()
    other["name"] = "other-permit"
    other_key, other_fragment, other_line = no_roles(other)
    other_path = tmp_path / "other.yaml"
    other_text = write(other_path, other)
    with pytest.raises(DefinitionError) as caught:
        load_all([good, bad_path, other_path])
    problems = caught.value.problems
    assert {p.file for p in problems} == {str(bad_path), str(other_path)}
    assert the_problem([p for p in problems if p.file == str(bad_path)], key, fragment).line == line
    assert the_problem(
        [p for p in problems if p.file == str(other_path)], other_key, other_fragment
    ).line == other_line(other_text)


def test_duplicate_name_and_version_is_reported(tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    write(first, example())
    write(second, example())
    with pytest.raises(DefinitionError) as caught:
        load_all([first, second])
    (problem,) = caught.value.problems
    assert problem.file == str(second)
    assert problem.key == "name"
    assert "example-permit version 1" in problem.message
    assert str(first) in problem.message


def test_same_name_other_version_is_not_a_duplicate(tmp_path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    write(first, example())
    newer = example()
    newer["version"] = 2
    write(second, newer)
    assert sorted(d.key for d in load_all([first, second])) == [("example-permit", 1), ("example-permit", 2)]


def test_invalid_yaml_reports_its_line(tmp_path):
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    bad_line = next(i for i, text in enumerate(lines) if text.startswith("title:"))
    lines[bad_line] = "title: Example: building permit"  # "mapping values are not allowed here"
    path = tmp_path / "bad.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.file == str(path)
    assert problem.line == bad_line + 1
    assert "not valid YAML" in problem.message


def test_unknown_module_is_reported(tmp_path):
    data = example()
    data["module"] = "tests.example.no_such_module"
    path = tmp_path / "nomodule.yaml"
    write(path, data)
    problem = the_problem(problems_of(path), "module", "cannot import 'tests.example.no_such_module'")
    assert problem.file == str(path)


# ---- the CLI ----------------------------------------------------------------------------------------------


def ocop(tmp_path: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCOP_")}
    env.update(PYTHONPATH=str(ROOT), OCOP_INSTANCE_PATH=str(tmp_path / "instance"), **extra_env)
    command = [str(OCOP)] if OCOP.exists() else [sys.executable, "-m", "web.cli"]
    return subprocess.run(
        command + list(args), capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False
    )


def test_cli_check_accepts_the_example(tmp_path):
    done = ocop(tmp_path, "workflows", "check", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert f"ok {EXAMPLE}: example-permit v1" in done.stdout
    assert "ERROR" not in done.stderr


@pytest.mark.parametrize(
    "name",
    [
        "unknown_source",
        "unknown_dest",
        "unknown_guard",
        "unknown_param",
        "guard_reads_undeclared_param",
        "unreachable_state",
        "no_roles",
    ],
)
def test_cli_check_reports_file_line_key_and_message(tmp_path, name):
    path, key, fragment, line = broken(tmp_path, name)
    done = ocop(tmp_path, "workflows", "check", str(path))
    assert done.returncode == 1
    assert re.search(
        rf"^ERROR {re.escape(f'{path}:{line}: {key}: ')}.*{re.escape(fragment)}", done.stderr, re.MULTILINE
    ), done.stderr
    assert "Traceback" not in done.stderr
    assert "ok " not in done.stdout


def test_cli_check_reports_every_file(tmp_path):
    good = tmp_path / "good.yaml"
    write(good, example())
    bad, key, fragment, line = broken(tmp_path, "unknown_role")
    done = ocop(tmp_path, "workflows", "check", str(good), str(bad))
    assert done.returncode == 1
    assert f"ERROR {bad}:{line}: {key}: " in done.stderr
    assert fragment in done.stderr
    assert str(good) + ":" not in done.stderr
    assert "in 2 file(s)" in done.stderr


def test_cli_check_reports_broken_file_from_workflow_paths(tmp_path):
    """No app is built for `workflows check`: a broken file on OCOP_WORKFLOW_PATHS is reported, not a traceback."""
    folder = tmp_path / "defs"
    folder.mkdir()
    path, key, fragment, line = broken(folder, "unknown_dest")
    done = ocop(tmp_path, "workflows", "check", OCOP_WORKFLOW_PATHS=str(folder))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"ERROR {path}:{line}: {key}: " in done.stderr
    assert fragment in done.stderr


def test_cli_diagram_lists_every_state(tmp_path):
    done = ocop(tmp_path, "workflows", "diagram", "example-permit", OCOP_WORKFLOW_PATHS=str(EXAMPLE.parent))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "stateDiagram-v2"
    d = load_file(EXAMPLE)
    declared = [line.strip() for line in lines if line.strip().startswith("state ")]
    assert declared == [f'state "{s.label}" as {s.name}' for s in d.states.values()]
    stripped = {line.strip() for line in lines}
    assert "[*] --> submitted: register" in stripped
    assert "reviewed --> returned: return_for_completion" in stripped
    assert {f"{s.name} --> [*]" for s in d.states.values() if s.final} <= stripped


def test_cli_diagram_of_unknown_workflow_fails(tmp_path):
    done = ocop(tmp_path, "workflows", "diagram", "no-such-workflow", OCOP_WORKFLOW_PATHS=str(EXAMPLE.parent))
    assert done.returncode != 0
    assert "stateDiagram-v2" not in done.stdout
