"""Changing a threshold in the workflow file makes the matching scenarios fail (and only those).

A copy of ocop-2023.yaml with `threshold_3_stars` 50 → 55 is written to tmp_path; the band scenarios
("... ở từng ngưỡng điểm", district and province) run against it in a pytest subprocess, pointed at the copy by
`OCOP_BDD_WORKFLOW_FILES`. Exactly the rows at 50 points must fail: 50 is now 2★, so the chair may no longer
certify it; every other row still holds. The second test does the same on ocop-2026.yaml (province decisions,
certificates and the central-return rows: 50 points is then 2★, so the province chair may only reject).
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from engine.loader import load_file
from tests.bdd.steps.world import WORKFLOW_FILES_ENV

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "workflows" / "ocop" / "ocop-2023.yaml"
SHIPPED_2026 = ROOT / "workflows" / "ocop" / "ocop-2026.yaml"
BAND_SCENARIOS = "ngưỡng_điểm"


def _band_rows_with_3_stars_at_55(
    tmp_path: Path, shipped: Path, module: str, others: tuple[Path, ...] = ()
) -> tuple[subprocess.CompletedProcess[str], dict[str, bool]]:
    """Run the band scenarios of `module` against a copy of `shipped` whose 3★ threshold is 55: each row's result."""
    text = shipped.read_text(encoding="utf-8")
    old = "  threshold_3_stars:\n    value: 50\n"
    assert text.count(old) == 1, "the shipped file no longer declares threshold_3_stars as expected"
    modified = tmp_path / shipped.name
    modified.write_text(text.replace(old, "  threshold_3_stars:\n    value: 55\n"), encoding="utf-8")
    assert load_file(modified).param("threshold_3_stars") == 55

    report = tmp_path / "report.xml"
    env = {**os.environ, WORKFLOW_FILES_ENV: os.pathsep.join([*map(str, others), str(modified)])}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", module, "-k", BAND_SCENARIOS, "-q",
         "-p", "no:cacheprovider", f"--junitxml={report}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    cases = ET.parse(report).getroot().iter("testcase")
    return run, {c.get("name", ""): c.find("failure") is None and c.find("error") is None for c in cases}


def test_raising_the_3_star_threshold_fails_exactly_the_50_point_band_rows(tmp_path: Path) -> None:
    run, outcome = _band_rows_with_3_stars_at_55(tmp_path, SHIPPED, "tests/bdd/test_ocop_2023.py")
    failed = sorted(name for name, ok in outcome.items() if not ok)
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    assert len(outcome) == 16, sorted(outcome)  # 9 district rows, 7 province rows
    assert failed == sorted(name for name in outcome if "[50-" in name), run.stdout[-3000:]
    assert len(failed) == 2


def test_raising_the_3_star_threshold_of_ocop_2026_fails_exactly_the_50_point_rows(tmp_path: Path) -> None:
    """The same check on ocop-2026: the province, certificate and central-return band rows at 50 points fail."""
    run, outcome = _band_rows_with_3_stars_at_55(tmp_path, SHIPPED_2026, "tests/bdd/test_ocop_2026.py", (SHIPPED,))
    failed = sorted(name for name, ok in outcome.items() if not ok)
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    assert len(outcome) == 20, sorted(outcome)  # 9 province, 4 certificate, 2 central 5-star, 5 central-return rows
    assert failed == sorted(name for name in outcome if "[50-" in name), run.stdout[-3000:]
    assert len(failed) == 3
