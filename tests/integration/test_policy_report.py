"""`ocop policy report` and `/policy`: every feature and scenario with its tags, and the last run's result."""

from __future__ import annotations

import json
from pathlib import Path

from web import create_app
from web.policy import ROOT, render

FEATURES = ROOT / "features"


def _scenario_count() -> int:
    return sum(
        line.lstrip().startswith(("Kịch bản:", "Khung kịch bản:", "Tình huống:"))
        for path in FEATURES.glob("**/*.feature")
        for line in path.read_text(encoding="utf-8").splitlines()
    )


def test_report_without_results_lists_every_scenario():
    page = render(FEATURES, None)
    assert f"· {_scenario_count()} kịch bản ·" in page
    assert page.count('class="scenario"') == _scenario_count()
    assert "Chưa có kết quả chạy kiểm thử" in page and "@R148" in page and "Dữ liệu" in page


def test_report_marks_failures_with_time_and_commit(tmp_path: Path):
    feature = next(iter(sorted(FEATURES.glob("ocop-2023/04-quyet-dinh/cap-huyen.feature"))))
    line = next(
        i
        for i, text in enumerate(feature.read_text(encoding="utf-8").splitlines(), start=1)
        if text.lstrip().startswith("Khung kịch bản:")
    )
    results = tmp_path / "policy.json"
    results.write_text(
        json.dumps(
            [
                {
                    "uri": "04-quyet-dinh/cap-huyen.feature",
                    "elements": [
                        {"line": line, "steps": [{"result": {"status": "passed"}}]},
                        {"line": line, "steps": [{"result": {"status": "failed"}}]},
                    ],
                }
            ]
        ),
        encoding="utf-8",
    )
    results.with_suffix(".meta.json").write_text(json.dumps({"commit": "abc1234", "finished_at": "2026-12-01T10:00"}))
    page = render(FEATURES, results)
    assert "commit abc1234" in page and "2026-12-01T10:00" in page
    assert "Không đạt</span> (2 lần chạy)" in page
    assert "Không đạt: 1" in page and "Chưa chạy:" in page


def test_policy_page_needs_a_login(tmp_path: Path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db", "SECRET_KEY": "t", "TESTING": True})
    r = app.test_client().get("/policy")
    assert r.status_code in (302, 401)
