"""Flask-Limiter on failed logins (per client address; only failed attempts count)."""

from __future__ import annotations

from flask import Flask, current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

#: One limiter for the process; `init_app` gives it the app's storage (memory unless configured).
limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=False)


def login_limit() -> str:
    """Failed logins allowed per client address (`LOGIN_RATE_LIMIT`, default 10 per 15 minutes)."""
    return str(current_app.config.get("LOGIN_RATE_LIMIT", "10 per 15 minutes"))


def init_app(app: Flask) -> None:
    """Memory storage, stated explicitly (right for one process; a shared store would be Redis)."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    limiter.init_app(app)
