"""`ocop import certificates`: every row validated, bad rows reported with reasons, good rows imported whole."""

from __future__ import annotations

import csv
import os
import subprocess
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from engine.store import Case, HistoryRecord
from workflows.ocop.importer import COLUMNS, import_rows

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "product_set": "08",
    "producer_kind": "cooperative",
    "registration_no": "0801234567",
    "commune": "MYHA",
    "stars": "3",
    "issued_on": "2024-03-15",
    "issued_by": "357",
}
BAD = [  # (changes, the reason expected in the report)
    ({"stars": "6"}, "payload.stars"),
    ({"commune": "NOWHERE"}, "unit"),
    ({"issued_on": "15/03/2024"}, "issued_on"),
    ({"product_set": "31"}, "payload.product.product_set"),
    ({"producer_kind": "company"}, "payload.producer.kind"),
    ({"issued_by": "36", "stars": "5"}, "issuing_unit_stars"),
    ({"issued_on": "2031-01-01"}, "filed_on"),
    ({"registration_no": ""}, "payload.producer.registration_no"),
    ({"issued_by": "001"}, "issuing_unit"),
    ({"issued_on": "2019-01-01"}, "no workflow"),
]


def rows(n: int, bad_every: int) -> tuple[list[list[str]], dict[int, str]]:
    out, expected_bad = [], {}
    for i in range(n):
        values = GOOD | {"product_name": f"Sản phẩm {i}", "producer_name": f"HTX {i}", "decision_no": f"{i}/QĐ"}
        if bad_every and i % bad_every == bad_every - 1:
            change, why = BAD[(i // bad_every) % len(BAD)]
            values |= change
            expected_bad[i + 2] = why
        out.append([values[c] for c in COLUMNS])
    return out, expected_bad


def test_import_function_reports_bad_rows(ocop, db):
    data, expected_bad = rows(40, 4)
    results = import_rows(ocop.svc, ocop["admin"], list(COLUMNS), data)
    bad = {r.row: " ".join(r.errors) for r in results if not r.ok}
    assert set(bad) == set(expected_bad)
    for row, why in expected_bad.items():
        assert why in bad[row], (row, bad[row])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case).where(Case.state == "certified")) == 30
        assert s.scalar(select(func.count()).select_from(HistoryRecord)) == 30  # one `import` record each
    again = import_rows(ocop.svc, ocop["admin"], list(COLUMNS), data[:3])
    assert [r.ok for r in again] == [False] * 3 and "already_imported" in again[0].errors[0]
    assert ocop.svc.verify(ocop["auditor"]).ok


def test_import_refused_for_commune_officer(ocop):
    data, _ = rows(1, 0)
    [result] = import_rows(ocop.svc, ocop["xa"], list(COLUMNS), data)
    assert not result.ok and "may not import" in result.errors[0]


def test_dry_run_imports_nothing(ocop, db):
    data, _ = rows(5, 0)
    results = import_rows(ocop.svc, ocop["admin"], list(COLUMNS), data, dry_run=True)
    assert all(r.ok for r in results)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OCOP_INSTANCE_PATH": str(tmp_path / "inst"),
        "OCOP_IMPORT_AS": "quantri.namdinh",
    }
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ocop"), *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_thousand_rows_with_ten_bad(tmp_path: Path):
    assert _cli(tmp_path, "demo").returncode == 0  # units and the admin `quantri.namdinh`
    data, expected_bad = rows(1000, 100)
    path = tmp_path / "chung-nhan.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(data)
    report = tmp_path / "loi.csv"
    done = _cli(tmp_path, "import", "certificates", str(path), "--report", str(report))
    assert done.returncode == 1, done.stderr
    assert "imported 990 of 1000 rows; 10 rejected" in done.stdout
    with report.open(encoding="utf-8") as f:
        reported = {int(r["row"]): r["errors"] for r in csv.DictReader(f)}
    assert set(reported) == set(expected_bad)
    assert all(why in reported[row] for row, why in expected_bad.items())
    assert _cli(tmp_path, "audit", "verify").returncode == 0


def test_xlsx_with_vietnamese_headers_and_dry_run(tmp_path: Path):
    assert _cli(tmp_path, "demo").returncode == 0
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Tên sản phẩm",
            "Bộ sản phẩm",
            "Chủ thể",
            "Loại hình chủ thể",
            "Mã số đăng ký kinh doanh",
            "Xã",
            "Số sao",
            "Số quyết định",
            "Ngày ký",
            "Đơn vị cấp",
        ]
    )
    sheet.append(["Giò lụa", 8, "HTX A", "cooperative", "0801", "MYHA", 3, "5/QĐ", date(2024, 3, 15), "357"])
    sheet.append(["Chè", "11", "HTX B", "cooperative", "0802", "MYHA", 4, "6/QĐ", date(2024, 4, 1), "36"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    dry = _cli(tmp_path, "import", "certificates", str(path), "--dry-run")
    assert dry.returncode == 0 and "would import 2 of 2 rows" in dry.stdout
    done = _cli(tmp_path, "import", "certificates", str(path))
    assert done.returncode == 0 and "imported 2 of 2 rows" in done.stdout
