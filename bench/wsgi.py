"""What gunicorn serves in the HTTP benchmark: the OCOP app, and a bare Flask endpoint at `/bare/` beside it.

The bare endpoint parses the same JSON body and answers a small JSON document: the floor of Flask on this server.
Configuration comes from the environment (`OCOP_DATABASE_URL`, `OCOP_INSTANCE_PATH`, `OCOP_SECRET_KEY`).
"""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, request
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from web import create_app

bare = Flask("bare")


@bare.post("/")
def bare_endpoint() -> Any:
    """Parse the body and answer: no database, no authentication."""
    body = request.get_json(force=True)
    return jsonify(ok=True, expected_version=body.get("expected_version"))


application = DispatcherMiddleware(create_app(), {"/bare": bare})
