"""The officers' and auditors' web pages (Vietnamese by default, English available)."""

from __future__ import annotations

from typing import Any

from flask import Flask, request, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import TooManyRequests

from web import security
from web.auth import login_manager
from web.ui import i18n, labels, limits
from web.ui.common import PUBLIC, bp, error_page

# Importing the view modules registers their routes on `bp`.
from web.ui import admin, audit, views  # noqa: F401  isort: skip


@bp.before_request
def _login_required() -> Any:
    if request.endpoint in PUBLIC or current_user.is_authenticated:
        return None
    return login_manager.unauthorized()


@bp.errorhandler(CSRFError)
def _csrf(exc: CSRFError) -> tuple[str, int]:
    return error_page(400)


@bp.errorhandler(TooManyRequests)
def _too_many(exc: TooManyRequests) -> tuple[str, int]:
    return error_page(429)


@bp.app_context_processor
def _page_context() -> dict[str, Any]:
    actor = current_user.actor if current_user.is_authenticated else None
    return {
        "actor": actor,
        "full_name": current_user.full_name if actor else "",
        "done": session.pop("flash_done", None) if actor else None,
        "lang": i18n.select_locale(),
        "state_label": labels.state_label,
        "trigger_label": labels.trigger_label,
        "role_label": labels.role_label,
        "level_label": labels.level_label,
        "field_label": labels.field_label,
        "choice_label": labels.choice_label,
        "flag_label": labels.flag_label,
        "cert_status_label": labels.cert_status_label,
        "deadline_label": labels.deadline_label,
        "kind_label": labels.kind_label,
        "score_status_label": labels.score_status_label,
    }


def init_app(app: Flask) -> None:
    """Security headers, languages, the login limit, and the pages."""
    security.init_app(app)
    i18n.init_app(app)
    limits.init_app(app)
    login_manager.login_message = _l("Please sign in to open this page.")
    login_manager.login_message_category = "info"
    app.register_blueprint(bp)
