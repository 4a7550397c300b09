"""The JSON API of docs/api.md (`/api/v1`)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the API."""
