"""The working-day calendar without a database: the base calendar's facts, hand-counted spans and overrides.

The facts below were read from `holidays.country_holidays("VN", language="vi")` (holidays 0.109), not from memory.
Every hand count lists the days off in the span and then the working days left, written out as dates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from engine.calendar import (
    MAKE_UP_WORKDAY,
    WorkingCalendar,
    base_holidays,
    base_is_working_day,
    base_reason,
    base_workdays,
)

BASE = WorkingCalendar()


def working_days_in(cal: WorkingCalendar, after: date, until: date) -> list[date]:
    """The working days after `after` up to and including `until`, one by one."""
    days = [after + timedelta(days=i) for i in range(1, (until - after).days + 1)]
    return [d for d in days if cal.is_working_day(d)]


def test_base_calendar_2026_as_the_library_gives_it() -> None:
    assert base_holidays(2026) == {
        date(2026, 1, 1): "Tết Dương lịch",  # Thu
        date(2026, 2, 16): "Giao thừa Tết Nguyên Đán",  # Mon
        date(2026, 2, 17): "Tết Nguyên Đán",  # Tue
        date(2026, 2, 18): "Mùng hai Tết Nguyên Đán",  # Wed
        date(2026, 2, 19): "Mùng ba Tết Nguyên Đán",  # Thu
        date(2026, 2, 20): "Mùng bốn Tết Nguyên Đán",  # Fri
        date(2026, 4, 26): "Ngày Giỗ Tổ Hùng Vương",  # Sun
        date(2026, 4, 27): "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)",  # Mon, observed
        date(2026, 4, 30): "Ngày Chiến thắng",  # Thu
        date(2026, 5, 1): "Ngày Quốc tế Lao động",  # Fri
        date(2026, 8, 31): "Ngày nghỉ (thay cho ngày 22/08/2026)",  # Mon, swapped with Sat 22/8
        date(2026, 9, 1): "Quốc khánh",  # Tue
        date(2026, 9, 2): "Quốc khánh",  # Wed
        date(2026, 11, 24): "Ngày Văn hóa Việt Nam",  # Tue
    }
    # The make-up working Saturdays: 2026-08-22 (for Mon 31/8) and 2025-04-26 (for Fri 2/5/2025).
    assert base_workdays(2026) == {date(2026, 8, 22)}
    assert base_workdays(2025) == {date(2025, 4, 26)}
    assert base_holidays(2025)[date(2025, 5, 2)] == "Ngày nghỉ (thay cho ngày 26/04/2025)"
    # A swap across New Year is still seen from the earlier year: Sat 2014-12-27 worked for Fri 2015-01-02.
    assert date(2014, 12, 27) in base_workdays(2014)
    assert base_reason(date(2026, 8, 22)) == MAKE_UP_WORKDAY
    assert base_reason(date(2026, 6, 1)) == "Thứ Hai"


def test_weekdays_work_and_weekends_rest_unless_the_calendar_says_otherwise() -> None:
    assert BASE.is_working_day(date(2026, 6, 1))  # Mon
    assert BASE.is_working_day(date(2026, 6, 5))  # Fri
    assert not BASE.is_working_day(date(2026, 6, 6))  # Sat
    assert not BASE.is_working_day(date(2026, 6, 7))  # Sun
    assert not BASE.is_working_day(date(2026, 2, 17))  # Tue, Tết Nguyên Đán
    assert BASE.is_working_day(date(2026, 8, 22))  # Sat, make-up working day
    assert base_is_working_day(date(2026, 8, 22)) and not base_is_working_day(date(2026, 8, 31))


def test_commune_deadline_of_15_working_days_from_monday_1_june_2026() -> None:
    # Received Mon 2026-06-01; Civil Code Art. 147: counting starts the next day. No holiday in June 2026, so
    # the days off are the weekends 6-7, 13-14 and 20-21 June.
    expected = [
        *(date(2026, 6, d) for d in (2, 3, 4, 5)),  # 1-4
        *(date(2026, 6, d) for d in (8, 9, 10, 11, 12)),  # 5-9
        *(date(2026, 6, d) for d in (15, 16, 17, 18, 19)),  # 10-14
        date(2026, 6, 22),  # 15
    ]
    assert working_days_in(BASE, date(2026, 6, 1), date(2026, 6, 22)) == expected
    assert BASE.nth_working_day_after(date(2026, 6, 1), 15) == date(2026, 6, 22)
    assert BASE.working_days_between(date(2026, 6, 1), date(2026, 6, 22)) == 15


def test_across_tet_2026() -> None:
    # After Tue 2026-02-10 up to Fri 2026-02-27. Days off: Sat 14, Sun 15, Mon 16 (Giao thừa), Tue 17 (Tết),
    # Wed 18 (mùng hai), Thu 19 (mùng ba), Fri 20 (mùng bốn), Sat 21, Sun 22: nine days in a row.
    expected = [date(2026, 2, d) for d in (11, 12, 13, 23, 24, 25, 26, 27)]
    assert working_days_in(BASE, date(2026, 2, 10), date(2026, 2, 27)) == expected
    assert BASE.working_days_between(date(2026, 2, 10), date(2026, 2, 27)) == 8
    # Received Thu 12 Feb: 13 Feb is day 1, then Tết, then 23, 24, 25, 26 Feb are days 2 to 5.
    assert BASE.nth_working_day_after(date(2026, 2, 12), 5) == date(2026, 2, 26)
    # Received during Tết (Sat 14 Feb): the first working day after it is Mon 23 Feb.
    assert BASE.nth_working_day_after(date(2026, 2, 14), 1) == date(2026, 2, 23)


def test_across_the_make_up_saturday_and_national_day_2026() -> None:
    # After Thu 2026-08-20 up to Fri 2026-09-04. Days off: Sun 23 Aug, Sat 29, Sun 30, Mon 31 Aug (swapped with
    # Sat 22 Aug), Tue 1 and Wed 2 Sep (Quốc khánh). Sat 22 Aug is a make-up working day.
    expected = [
        date(2026, 8, 21),
        date(2026, 8, 22),  # Saturday, worked
        *(date(2026, 8, d) for d in (24, 25, 26, 27, 28)),
        date(2026, 9, 3),
        date(2026, 9, 4),
    ]
    assert working_days_in(BASE, date(2026, 8, 20), date(2026, 9, 4)) == expected
    assert BASE.working_days_between(date(2026, 8, 20), date(2026, 9, 4)) == 9
    assert BASE.nth_working_day_after(date(2026, 8, 21), 1) == date(2026, 8, 22)
    assert BASE.nth_working_day_after(date(2026, 8, 28), 1) == date(2026, 9, 3)


def test_across_30_april_and_1_may() -> None:
    # 2026, after Fri 24 Apr up to Fri 8 May. Days off: Sat 25, Sun 26 (Giỗ Tổ Hùng Vương), Mon 27 (its observed
    # day), Thu 30 Apr (Ngày Chiến thắng), Fri 1 May (Lao động), Sat 2, Sun 3 May.
    expected_2026 = [date(2026, 4, 28), date(2026, 4, 29), *(date(2026, 5, d) for d in (4, 5, 6, 7, 8))]
    assert working_days_in(BASE, date(2026, 4, 24), date(2026, 5, 8)) == expected_2026
    assert BASE.working_days_between(date(2026, 4, 24), date(2026, 5, 8)) == 7
    # 2025, after Thu 24 Apr up to Tue 6 May. Sat 26 Apr is worked to make Fri 2 May a day off. Days off: Sun 27,
    # Wed 30 Apr, Thu 1 May, Fri 2 May (swapped), Sat 3, Sun 4 May.
    expected_2025 = [
        date(2025, 4, 25),
        date(2025, 4, 26),  # Saturday, worked
        date(2025, 4, 28),
        date(2025, 4, 29),
        date(2025, 5, 5),
        date(2025, 5, 6),
    ]
    assert working_days_in(BASE, date(2025, 4, 24), date(2025, 5, 6)) == expected_2025
    assert BASE.nth_working_day_after(date(2025, 4, 29), 1) == date(2025, 5, 5)


def test_national_day_2025() -> None:
    # 2025: Mon 1 Sep and Tue 2 Sep are Quốc khánh; after Fri 29 Aug the next working day is Wed 3 Sep.
    assert base_holidays(2025)[date(2025, 9, 1)] == base_holidays(2025)[date(2025, 9, 2)] == "Quốc khánh"
    assert BASE.nth_working_day_after(date(2025, 8, 29), 1) == date(2025, 9, 3)


def test_overrides_change_the_results() -> None:
    receipt = date(2026, 6, 1)
    day_off = WorkingCalendar({date(2026, 6, 5): False})  # an extra day off on Fri 5 June
    # The working days are 2, 3, 4, 8, ..., 12, 15, ..., 19, 22, 23: the 15th moves one day later.
    assert not day_off.is_working_day(date(2026, 6, 5))
    assert day_off.nth_working_day_after(receipt, 15) == date(2026, 6, 23)
    saturday = WorkingCalendar({date(2026, 6, 13): True})  # Sat 13 June worked
    # 2, 3, 4, 5, 8, ..., 12, 13, 15, ..., 19: the 15th is Fri 19 June.
    assert saturday.is_working_day(date(2026, 6, 13))
    assert working_days_in(saturday, receipt, date(2026, 6, 19))[9] == date(2026, 6, 13)
    assert saturday.nth_working_day_after(receipt, 15) == date(2026, 6, 19)
    both = WorkingCalendar({date(2026, 6, 5): False, date(2026, 6, 13): True})
    assert both.nth_working_day_after(receipt, 15) == date(2026, 6, 22)
    # Overrides win over the base calendar both ways: the make-up Saturday cancelled, a holiday worked.
    cancelled = WorkingCalendar({date(2026, 8, 22): False})
    assert cancelled.working_days_between(date(2026, 8, 20), date(2026, 9, 4)) == 8
    worked = WorkingCalendar({date(2026, 11, 24): True})
    assert worked.is_working_day(date(2026, 11, 24)) and not BASE.is_working_day(date(2026, 11, 24))


def test_counting_is_consistent() -> None:
    cal = WorkingCalendar({date(2026, 6, 5): False, date(2026, 6, 13): True})
    for start in (date(2026, 2, 13), date(2026, 2, 14), date(2026, 4, 29), date(2026, 6, 1), date(2026, 8, 21)):
        for n in (1, 2, 5, 15, 30):
            due = cal.nth_working_day_after(start, n)
            assert cal.is_working_day(due)
            assert cal.working_days_between(start, due) == n
            assert cal.working_days_between(due, start) == -n
    assert cal.working_days_between(date(2026, 6, 1), date(2026, 6, 1)) == 0
    # Across New Year: after Wed 2026-12-30, Thu 31 Dec is day 1; Fri 2027-01-01 is Tết Dương lịch.
    assert cal.nth_working_day_after(date(2026, 12, 30), 2) == date(2027, 1, 4)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BASE.nth_working_day_after(date(2026, 6, 1), 0)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        BASE.is_working_day(datetime(2026, 6, 1, 9, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        WorkingCalendar({"2026-06-01": True})  # type: ignore[dict-item]
