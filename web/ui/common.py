"""The `ui` blueprint and what every page shares: who is asking, the services, errors as page messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, current_app, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from engine.accounts import Actor
from engine.errors import EngineError, Forbidden, GuardRefused, NotFound, StaleVersion
from engine.services import Services
from web.ui.forms import field_errors
from web.ui.i18n import fmt_datetime
from web.ui.labels import trigger_label
from web.ui.messages import translate

bp = Blueprint("ui", __name__)
#: Pages reachable without logging in.
PUBLIC = {"ui.login", "ui.index", "ui.set_language"}


def svc() -> Services:
    """The engine's services of this app."""
    services: Services = current_app.extensions["ocop"]
    return services


def me() -> Actor:
    """The logged-in actor."""
    actor: Actor = current_user.actor
    return actor


def safe_next(target: str | None, default: str) -> str:
    """A local path to go back to (never another host)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def page_arg(name: str = "page") -> int:
    """A positive page number from the query string."""
    try:
        return max(1, int(request.args.get(name, "1")))
    except ValueError:
        return 1


@dataclass
class Problems:
    """An engine error as the page shows it: a summary, guard reasons, field errors, and a stale notice."""

    summary: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)
    current_version: int | None = None

    def __bool__(self) -> bool:
        return bool(self.summary or self.reasons or self.fields or self.stale)


def describe_error(exc: EngineError, definition: Any = None) -> Problems:
    """Turn a typed engine error into Vietnamese (or English) messages for the page."""
    p = Problems()
    if isinstance(exc, StaleVersion):
        since = exc.details.get("since") or []
        p.current_version = exc.details.get("current_version")
        for rec in since or [{}]:
            p.stale.append(
                _(
                    "The dossier was updated by %(actor)s (%(action)s) at %(at)s; please review it.",
                    actor=rec.get("actor") or _("another user"),
                    action=trigger_label(definition, rec.get("trigger")) if rec.get("trigger") else "—",
                    at=fmt_datetime(rec.get("at")) or "—",
                )
            )
    elif isinstance(exc, GuardRefused):
        p.summary.append(_("The action was refused:"))
        p.reasons = [translate(r.message) for r in exc.reasons]
    elif exc.code == "invalid":
        p.summary.append(_("Please correct the fields marked below."))
        p.fields = field_errors(exc.details)
    elif exc.code == "not_available":
        p.summary.append(_("This action is not available in the dossier's current state."))
    elif exc.code == "forbidden":
        p.summary.append(_("Your role may not take this action."))
    elif exc.code == "no_workflow_in_force":
        p.summary.append(
            _(
                "No workflow is in force on the filing date %(day)s; choose a workflow explicitly.",
                day=exc.details.get("filed_on", ""),
            )
        )
    elif exc.code == "busy":
        p.summary.append(_("The system is busy; please try again in a moment."))
    elif exc.code == "unknown_trigger":
        p.summary.append(_("Unknown action."))
    else:
        p.summary.append(translate(exc.message))
    return p


def error_page(status: int) -> tuple[str, int]:
    """The page for 403, 404 and 429."""
    titles = {
        400: _("The form has expired or is not valid; please reload the page and try again."),
        403: _("You may not open this page."),
        404: _("Not found (or outside your territory)."),
        429: _("Too many failed attempts; please wait a few minutes and try again."),
    }
    return render_template("ui/error.html", status=status, message=titles.get(status, _("Error"))), status


@bp.errorhandler(NotFound)
def _not_found(exc: NotFound) -> tuple[str, int]:
    return error_page(404)


@bp.errorhandler(Forbidden)
def _forbidden(exc: Forbidden) -> tuple[str, int]:
    return error_page(403)
