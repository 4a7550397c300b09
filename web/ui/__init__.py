"""The officers' and auditors' web pages (Vietnamese by default, English available)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the pages (filled in by the web UI work)."""
