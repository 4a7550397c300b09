"""Calendar overrides in the database (SQLite and PostgreSQL) and the `ocop calendar` commands."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from engine import schema
from engine.calendar import list_days, load_calendar, remove_day, set_day
from engine.db import Database
from engine.errors import InvalidInput, NotFound
from engine.store import CalendarDay

ROOT = Path(__file__).resolve().parents[2]
RECEIPT = date(2026, 6, 1)  # Mon; with the base calendar alone the 15th working day after it is Mon 22 June


def test_the_migration_creates_the_table(db: Database) -> None:
    assert "calendar_days" in inspect(db.engine).get_table_names()
    assert schema.is_current(db)


def test_set_list_and_remove(db: Database) -> None:
    with db.write() as s:
        row = set_day(s, date(2026, 6, 5), False, "  Quyết định nghỉ thêm  ")  # Fri
        assert row.note == "Quyết định nghỉ thêm"
        set_day(s, date(2026, 6, 13), True, "làm bù cho 5/6")  # Sat
        set_day(s, date(2025, 12, 27), True, "another year")  # Sat
    with db.read() as s:
        days = list_days(s, 2026)
        assert [(d.day, d.working, d.note) for d in days] == [
            (date(2026, 6, 5), False, "Quyết định nghỉ thêm"),
            (date(2026, 6, 13), True, "làm bù cho 5/6"),
        ]
        assert days[0].created_at.tzinfo is not None
        assert abs(datetime.now(UTC) - days[0].created_at).total_seconds() < 600
        assert [d.day for d in list_days(s, 2025)] == [date(2025, 12, 27)]
        assert list_days(s, 2027) == []
    # Setting a day again replaces its note (one row per day).
    with db.write() as s:
        set_day(s, date(2026, 6, 13), True, "Thông báo số 2")
    with db.read() as s:
        assert [(d.day, d.note) for d in list_days(s, 2026)][1] == (date(2026, 6, 13), "Thông báo số 2")
        assert s.scalar(select(func.count()).select_from(CalendarDay)) == 3
    with db.write() as s:
        removed = remove_day(s, date(2026, 6, 5))
        assert removed.day == date(2026, 6, 5)
    with db.read() as s:
        assert [d.day for d in list_days(s, 2026)] == [date(2026, 6, 13)]
    with pytest.raises(NotFound, match="no calendar override for 2026-06-05"), db.write() as s:
        remove_day(s, date(2026, 6, 5))


def test_load_calendar_applies_the_overrides(db: Database) -> None:
    with db.read() as s:
        assert load_calendar(s).nth_working_day_after(RECEIPT, 15) == date(2026, 6, 22)
    with db.write() as s:
        set_day(s, date(2026, 6, 5), False, "nghỉ thêm")
    with db.read() as s:
        cal = load_calendar(s)
    assert cal.overrides == {date(2026, 6, 5): False}
    assert not cal.is_working_day(date(2026, 6, 5))
    assert cal.nth_working_day_after(RECEIPT, 15) == date(2026, 6, 23)
    with db.write() as s:
        set_day(s, date(2026, 6, 13), True, "làm bù")
        set_day(s, date(2026, 8, 22), False, "bỏ ngày làm bù")  # the base calendar's make-up Saturday
    with db.read() as s:
        cal = load_calendar(s)
    assert cal.nth_working_day_after(RECEIPT, 15) == date(2026, 6, 22)
    assert cal.is_working_day(date(2026, 6, 13)) and not cal.is_working_day(date(2026, 8, 22))
    with db.write() as s:
        remove_day(s, date(2026, 6, 13))
    with db.read() as s:
        assert load_calendar(s).nth_working_day_after(RECEIPT, 15) == date(2026, 6, 23)


@pytest.mark.parametrize(
    ("day", "working", "note", "field", "message"),
    [
        (date(2026, 6, 5), False, "   ", "note", "a note is required"),
        (date(2026, 6, 1), True, "x", "working", "2026-06-01 is already a working day in the base calendar (Thứ Hai)"),
        (date(2026, 6, 6), False, "x", "working", "2026-06-06 is already a day off in the base calendar (Thứ Bảy)"),
        (date(2026, 4, 30), False, "x", "working", "already a day off in the base calendar (Ngày Chiến thắng)"),
        (date(2026, 2, 17), False, "x", "working", "already a day off in the base calendar (Tết Nguyên Đán)"),
        (date(2026, 8, 22), True, "x", "working", "already a working day in the base calendar (Ngày làm việc bù)"),
    ],
)
def test_refusals(db: Database, day: date, working: bool, note: str, field: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught, db.write() as s:
        set_day(s, day, working, note)
    assert any(message in m for m in caught.value.details["fields"][field])
    with db.read() as s:
        assert list_days(s, day.year) == []


def test_reverting_to_the_base_calendar_means_removing_the_override(db: Database) -> None:
    with db.write() as s:
        set_day(s, date(2026, 6, 5), False, "nghỉ thêm")
    with pytest.raises(InvalidInput) as caught, db.write() as s:
        set_day(s, date(2026, 6, 5), True, "đi làm lại")
    (message,) = caught.value.details["fields"]["working"]
    assert "remove the override that makes it a day off instead" in message
    with db.read() as s:
        assert [(d.working, d.note) for d in list_days(s, 2026)] == [(False, "nghỉ thêm")]


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OCOP_INSTANCE_PATH": str(tmp_path / "instance"),
        "OCOP_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    env.pop("OCOP_WORKFLOW_PATHS", None)
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ocop"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_calendar_cli(tmp_path: Path) -> None:
    done = run(["db", "upgrade"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert run(["calendar", "due", "2026-06-01", "15"], tmp_path).stdout.strip() == "2026-06-22"

    done = run(["calendar", "set", "2026-06-05", "--day-off", "--note", "QĐ nghỉ thêm"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2026-06-05: day off (QĐ nghỉ thêm)" in done.stdout
    assert run(["calendar", "due", "2026-06-01", "15"], tmp_path).stdout.strip() == "2026-06-23"
    done = run(["calendar", "set", "2026-06-13", "--workday", "--note", "làm bù"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert run(["calendar", "due", "2026-06-01", "15"], tmp_path).stdout.strip() == "2026-06-22"

    listed = run(["calendar", "list", "2026"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 3 and lines[-1] == "2 override(s) in 2026"
    assert lines[0].startswith("2026-06-05") and "day off" in lines[0] and "QĐ nghỉ thêm" in lines[0]
    assert lines[1].startswith("2026-06-13") and "working day" in lines[1] and "làm bù" in lines[1]
    assert "Tết" not in listed.stdout

    full = run(["calendar", "list", "2026", "--all"], tmp_path).stdout
    for text in ("2026-02-17", "Tết Nguyên Đán", "Quốc khánh", "Ngày Chiến thắng", "2026-08-22", "Ngày làm việc bù"):
        assert text in full
    assert full.index("2026-02-17") < full.index("2026-06-05") < full.index("2026-09-02")

    refused = run(["calendar", "set", "2026-04-30", "--day-off", "--note", "x"], tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "already a day off in the base calendar (Ngày Chiến thắng)" in refused.stderr
    no_note = run(["calendar", "set", "2026-06-12", "--day-off", "--note", ""], tmp_path)
    assert no_note.returncode == 1 and "a note is required" in no_note.stderr
    neither = run(["calendar", "set", "2026-06-12", "--note", "x"], tmp_path)
    assert neither.returncode == 2 and "--workday or --day-off" in neither.stderr

    removed = run(["calendar", "remove", "2026-06-05"], tmp_path)
    assert removed.returncode == 0 and "override removed" in removed.stdout
    again = run(["calendar", "remove", "2026-06-05"], tmp_path)
    assert again.returncode == 1 and "no calendar override for 2026-06-05" in again.stderr
    assert run(["calendar", "due", "2026-06-01", "15"], tmp_path).stdout.strip() == "2026-06-19"
    bad = run(["calendar", "due", "2026-06-01", "0"], tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
