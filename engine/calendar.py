"""Vietnam's working-day calendar: the `holidays` library's base calendar plus the admins' yearly overrides.

The base calendar is `holidays.country_holidays("VN")` in Vietnamese: public holidays with lunar Tết, observed
days ("nghỉ bù") and swapped days, whose make-up working Saturdays the library lists as `weekend_workdays`.
Each year the government publishes its own schedule (extra days off, make-up working days); admins record it
in the `calendar_days` table and those overrides win over the base calendar.

Monday to Friday are working days unless a holiday; Saturday and Sunday are days off unless a make-up working
day. Deadlines count from the day after the one that starts them (Civil Code 2015, Art. 147).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.errors import InvalidInput, NotFound
from engine.store import CalendarDay

COUNTRY = "VN"
LANGUAGE = "vi"
#: How the base calendar names a make-up working day (the library gives them no name).
MAKE_UP_WORKDAY = "Ngày làm việc bù"
WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _check_date(d: object) -> date:
    # A datetime is a date too, but comparing it with dates silently fails and a UTC instant may be another
    # local day: callers must convert to the local date first.
    if not isinstance(d, date) or isinstance(d, datetime):
        raise TypeError(f"expected a local datetime.date, got {type(d).__name__}")
    return d


@lru_cache(maxsize=64)
def _base_year(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """The base calendar of one year: holidays with their Vietnamese names, and make-up working weekend days."""
    # Neighbouring years too: a swap may move a day across New Year (e.g. 2015's Jan 2 for Sat 2014-12-27).
    years = [y for y in (year - 1, year, year + 1) if 1 <= y <= 9999]
    base = holidays.country_holidays(COUNTRY, years=years, language=LANGUAGE)
    days_off = {d: str(name) for d, name in sorted(base.items()) if d.year == year}
    workdays = frozenset(d for d in base.weekend_workdays if d.year == year)
    return days_off, workdays


def base_holidays(year: int) -> dict[date, str]:
    """The base calendar's holidays of a year (including observed and swapped days off), by date, in Vietnamese."""
    return dict(_base_year(year)[0])


def base_workdays(year: int) -> frozenset[date]:
    """The base calendar's make-up working days of a year (Saturdays or Sundays worked to bridge a holiday)."""
    return _base_year(year)[1]


def base_is_working_day(d: date) -> bool:
    """Whether the base calendar (without the admins' overrides) makes `d` a working day."""
    d = _check_date(d)
    days_off, workdays = _base_year(d.year)
    return d in workdays if d.weekday() >= 5 else d not in days_off


def base_reason(d: date) -> str:
    """Why the base calendar makes `d` what it is: the holiday's name, make-up day, weekday or weekend."""
    d = _check_date(d)
    days_off, workdays = _base_year(d.year)
    if d in days_off:
        return days_off[d]
    if d in workdays:
        return MAKE_UP_WORKDAY
    return WEEKDAYS_VI[d.weekday()]


class WorkingCalendar:
    """The base calendar with overrides (date → True for a working day, False for a day off) merged on top."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self.overrides: dict[date, bool] = {_check_date(d): bool(w) for d, w in (overrides or {}).items()}

    def is_working_day(self, d: date) -> bool:
        """Whether `d` is a working day: the override if there is one, else the base calendar."""
        d = _check_date(d)
        if d in self.overrides:
            return self.overrides[d]
        return base_is_working_day(d)

    def nth_working_day_after(self, d: date, n: int) -> date:
        """The n-th working day after `d` (n ≥ 1): the deadline of n working days from a receipt on `d`.

        Counting starts the day after `d` (Civil Code Art. 147), so the result is always a working day and never
        `d` itself, whatever day `d` is.
        """
        d = _check_date(d)
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        day, counted = d, 0
        while counted < n:
            day += timedelta(days=1)
            counted += self.is_working_day(day)
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days lie after `a` up to and including `b` (negative when `b` is before `a`).

        `working_days_between(d, nth_working_day_after(d, n)) == n`; from a deadline to today it is how many
        working days remain (positive) or have passed since it (negative).
        """
        a, b = _check_date(a), _check_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        return sum(self.is_working_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1))


# ---- overrides in the database -------------------------------------------------------------------------------


def load_calendar(session: Session) -> WorkingCalendar:
    """The working calendar with every override recorded in the database."""
    rows = session.execute(select(CalendarDay.day, CalendarDay.working)).all()
    return WorkingCalendar({day: working for day, working in rows})


def _describe(working: bool) -> str:
    return "a working day" if working else "a day off"


def set_day(session: Session, day: date, working: bool, note: str) -> CalendarDay:
    """Make `day` a working day or a day off, overriding the base calendar (replaces an earlier override)."""
    day = _check_date(day)
    note = (note or "").strip()
    errors: dict[str, list[str]] = {}
    if not note:
        errors["note"] = ["a note is required (e.g. the government's decision that sets this day)"]
    base = base_is_working_day(day)
    existing = session.get(CalendarDay, day)
    if working == base:
        message = f"{day.isoformat()} is already {_describe(base)} in the base calendar ({base_reason(day)})"
        if existing is not None:
            message += f"; remove the override that makes it {_describe(existing.working)} instead"
        errors["working"] = [message]
    if errors:
        raise InvalidInput("the calendar day is not valid", fields=errors)
    if existing is None:
        existing = CalendarDay(day=day)
        session.add(existing)
    existing.working = working
    existing.note = note
    existing.created_at = datetime.now(UTC)
    session.flush()
    return existing


def remove_day(session: Session, day: date) -> CalendarDay:
    """Remove the override of `day` (the base calendar applies again); returns the removed row."""
    day = _check_date(day)
    row = session.get(CalendarDay, day)
    if row is None:
        raise NotFound(f"no calendar override for {day.isoformat()}", day=day.isoformat())
    session.delete(row)
    session.flush()
    return row


def list_days(session: Session, year: int) -> list[CalendarDay]:
    """The overrides of a year, by date."""
    if not 1 <= year <= 9999:
        raise InvalidInput("the year is not valid", fields={"year": ["between 1 and 9999"]})
    query = select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
    return list(session.scalars(query.order_by(CalendarDay.day)))
