"""The Flask application: configuration, the engine's services, and (in later steps) pages and the JSON API."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask, jsonify
from sqlalchemy import text

from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import Services


def definition_paths(extra: str | None) -> list[Path]:
    """The shipped definition files plus those named (files or folders) in `OCOP_WORKFLOW_PATHS`."""
    paths = list(shipped_paths())
    for item in (extra or "").split(os.pathsep):
        if not item:
            continue
        p = Path(item)
        paths += sorted(p.glob("**/*.yaml")) if p.is_dir() else [p]
    return paths


def _secret_key(app: Flask) -> str:
    key = os.environ.get("OCOP_SECRET_KEY")
    if key:
        return str(key)
    # Development: one random key kept in the instance folder (never in the repository).
    path = Path(app.instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: config from defaults, the instance folder, `OCOP_*` variables, then `test_config`."""
    app = Flask(__name__, instance_path=os.environ.get("OCOP_INSTANCE_PATH") or None, instance_relative_config=True)
    app.config.from_mapping(
        DATABASE_URL=f"sqlite:///{Path(app.instance_path) / 'ocop.db'}",
        WORKFLOW_PATHS=None,
        JSON_AS_ASCII=False,
    )
    app.config.from_pyfile("config.py", silent=True)
    # Read explicitly: a prefixed-env loader would parse values as JSON and rename the database key.
    for name in ("DATABASE_URL", "WORKFLOW_PATHS"):
        if os.environ.get(f"OCOP_{name}"):
            app.config[name] = os.environ[f"OCOP_{name}"]
    app.config.update(test_config or {})
    app.config["SECRET_KEY"] = str(app.config.get("SECRET_KEY") or _secret_key(app))

    db = Database(app.config["DATABASE_URL"])
    catalog = Catalog(load_all(definition_paths(app.config["WORKFLOW_PATHS"])))
    app.extensions["ocop"] = Services(db, catalog)

    @app.get("/healthz")
    def healthz() -> Any:
        with db.read() as s:
            s.execute(text("select 1"))
        return jsonify(ok=True, workflows=[f"{d.name} v{d.version}" for d in catalog])

    from web import api, auth, policy, ui

    auth.init_app(app)
    api.init_app(app)
    ui.init_app(app)
    policy.init_app(app)
    return app


def services(app: Flask) -> Services:
    """The engine's services bound to this app."""
    svc: Services = app.extensions["ocop"]
    return svc
