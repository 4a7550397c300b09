"""The executable policy: Gherkin scenarios in features/ over the service layer, and the coverage gate.

- Every tag used in features/ is registered as a marker (so `pytest -m R148` selects a regime and
  `--strict-markers` accepts them); a feature file with two scenarios of the same name is refused (pytest-bdd
  would silently keep only the last).
- The gate test (`@pytest.mark.policy_gate`) runs after every other test of the session.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from tests.bdd.policy_gate import FEATURES, RUN, TAG_MEANING, feature_files
from tests.bdd.steps.ocop_2023 import *  # noqa: F403  (the step definitions)
from tests.bdd.steps.ocop_2026 import *  # noqa: F403  (the step definitions only ocop-2026 needs)
from tests.bdd.steps.world import bdd_catalog, policy  # noqa: F401  (fixtures)

TAG = re.compile(r"@([^\s@]+)")
SCENARIO = re.compile(r"^\s*(?:Kịch bản|Tình huống|Khung kịch bản|Scenario|Scenario Outline)\s*:\s*(.+?)\s*$")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "policy_gate: the policy coverage gate (runs after every scenario)")
    tags: dict[str, set[str]] = defaultdict(set)
    for path in feature_files():
        names: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("@"):
                for tag in TAG.findall(line):
                    tags[tag].add(path.relative_to(FEATURES).as_posix())
            found = SCENARIO.match(line)
            if found:
                if found.group(1) in names:
                    raise pytest.UsageError(f"{path}: two scenarios are named {found.group(1)!r}")
                names.add(found.group(1))
    for tag, files in sorted(tags.items()):
        meaning = TAG_MEANING.get(tag, f"tag used in {', '.join(sorted(files)[:3])}")
        config.addinivalue_line("markers", f"{tag}: {meaning}")


def _feature_of(item: pytest.Item) -> str | None:
    template = registry_get_safe(scenario_wrapper_template_registry, getattr(item, "obj", None))
    return template.feature.filename if template is not None else None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    RUN.collected.clear()
    RUN.collected.update({item.nodeid: f for item in items if (f := _feature_of(item)) is not None})
    gate = [item for item in items if item.get_closest_marker("policy_gate")]
    if gate:
        items[:] = [item for item in items if item not in gate] + gate


def pytest_deselected(items: list[pytest.Item]) -> None:
    RUN.deselected.update(item.nodeid for item in items if _feature_of(item) is not None)


def pytest_bdd_after_scenario(request: pytest.FixtureRequest) -> None:
    RUN.ran.add(request.node.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Beside the cucumber JSON of a run, record its commit and time for `ocop policy report` and `/policy`."""
    from pathlib import Path

    from web.policy import write_meta

    path = session.config.getoption("cucumber_json_path", None)
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        write_meta(Path(path), int(exitstatus))
