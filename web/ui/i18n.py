"""Vietnamese by default, English on request: the locale, and dates and numbers as officers write them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, session
from flask_babel import Babel

LANGUAGES = ("vi", "en")
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
babel = Babel()


def select_locale() -> str:
    """The language chosen with the switch, else Vietnamese."""
    lang = session.get("lang")
    return lang if lang in LANGUAGES else "vi"


def _is_vi() -> bool:
    from web.ui.labels import is_vi

    return is_vi()


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime (its local day) or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(LOCAL_TZ).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def fmt_date(value: Any) -> str:
    """dd/mm/yyyy."""
    d = as_date(value)
    return d.strftime("%d/%m/%Y") if d else ("" if value in (None, "") else str(value))


def fmt_datetime(value: Any) -> str:
    """dd/mm/yyyy HH:MM in Vietnam's time."""
    if value in (None, ""):
        return ""
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")


def fmt_number(value: Any) -> str:
    """A decimal as given (the engine already truncates), with a decimal comma in Vietnamese."""
    if value in (None, ""):
        return "—"
    text = str(value)
    try:
        Decimal(text)
    except InvalidOperation:
        return text
    return text.replace(".", ",") if _is_vi() else text


def fmt_points(value: Any) -> str:
    """Points as printed on a sheet (3, 0,5; no trailing zeros), with a decimal comma in Vietnamese."""
    if value in (None, ""):
        return "—"
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return fmt_number(format(number.normalize(), "f")) if number.is_finite() else str(value)


def init_app(app: Flask) -> None:
    """Flask-Babel with the catalogues of `web/translations`."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "vi")
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Asia/Ho_Chi_Minh")
    babel.init_app(app, locale_selector=select_locale)
    from web.ui.messages import translate

    app.jinja_env.filters.update(fdate=fmt_date, fdatetime=fmt_datetime, fnum=fmt_number, fpts=fmt_points, tr=translate)
    app.jinja_env.globals["translate"] = translate
