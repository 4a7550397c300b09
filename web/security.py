"""Security headers on every response, and HTTPS only where the installation asks for it.

A small `after_request` instead of flask-talisman: its defaults force HTTPS and mark the session cookie Secure even
when HTTPS is off, which breaks the plain-HTTP LAN installs of district offices. Both come from configuration:
`FORCE_HTTPS` (env `OCOP_FORCE_HTTPS`) and `SESSION_COOKIE_SECURE` (env `OCOP_SESSION_COOKIE_SECURE`), off by default.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, redirect, request
from werkzeug.wrappers import Response

#: Scripts only from our own origin (no inline JS, no eval); mermaid writes inline <style>, hence 'unsafe-inline'
#: for styles only; its SVG may embed data: images.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "geolocation=(), microphone=(), camera=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_TRUE = {"1", "true", "yes", "on"}


def _flag(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in _TRUE)


def init_app(app: Flask) -> None:
    """Read the HTTPS settings (config, then `OCOP_*` variables) and add the headers to every response."""
    for name in ("FORCE_HTTPS", "SESSION_COOKIE_SECURE"):
        if os.environ.get(f"OCOP_{name}") is not None:
            app.config[name] = os.environ[f"OCOP_{name}"]
    app.config["FORCE_HTTPS"] = _flag(app.config.get("FORCE_HTTPS", False))
    app.config["SESSION_COOKIE_SECURE"] = _flag(app.config.get("SESSION_COOKIE_SECURE", False))
    app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    # Flask's defaults hold the key with None, so `setdefault` in web/auth.py does not take: set it here.
    if not app.config.get("SESSION_COOKIE_SAMESITE"):
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

    @app.before_request
    def _https_only() -> Response | None:
        if app.config["FORCE_HTTPS"] and not request.is_secure and request.endpoint != "healthz":
            return redirect(request.url.replace("http://", "https://", 1), code=301)
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if app.config["FORCE_HTTPS"]:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if request.blueprint == "ui" and response.mimetype == "text/html":
            response.headers.setdefault("Cache-Control", "no-store")
        return response
