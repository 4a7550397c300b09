"""A real browser (Debian chromium, headless, driven by Playwright) against the app served from a thread.

Skipped with a clear message when /usr/bin/chromium is absent, except under CI=true, where that fails.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from engine import schema
from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog
from engine.services import Services
from tests.web.conftest import PASSWORD, build_world, make_app

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"{CHROMIUM} is absent (apt-get install chromium); the browser tests need it"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(message)


@dataclass
class Server:
    """The app on 127.0.0.1:<free port>, its services and the world's ids."""

    url: str
    svc: Services
    ids: dict[str, str]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A fresh world (demo + a second province) in SQLite under tmp, served by werkzeug from a daemon thread."""
    _require_chromium()
    path = tmp_path_factory.mktemp("browser") / "ocop.db"
    db = Database(f"sqlite:///{path}")
    schema.upgrade(db)
    ids = build_world(Services(db, Catalog(load_all(shipped_paths()))))
    db.dispose()
    app = make_app(path)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_port}", app.extensions["ocop"], ids)
    finally:
        httpd.shutdown()
        thread.join(timeout=10)
        app.extensions["ocop"].db.dispose()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Headless Debian chromium (never `playwright install`)."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    try:
        yield browser
    finally:
        browser.close()
        pw.stop()


class Session:
    """One browser context signed in as one user; collects console errors (CSP violations among them)."""

    def __init__(self, chromium: Any, server: Server, username: str, width: int = 1280) -> None:
        self.server = server
        self.context = chromium.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.login(username)

    def login(self, username: str) -> None:
        self.goto("/login")
        self.page.fill("#username", username)
        self.page.fill("#password", PASSWORD)
        self.page.click("#login-submit")
        self.page.wait_for_url("**/inbox")

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.server.url + path)
        assert response is not None and response.status < 400, (path, response and response.status)
        return response

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_session(chromium: Any, server: Server) -> Iterator[Any]:
    """Open signed-in browser sessions; all closed at the end of the test."""
    sessions: list[Session] = []

    def open_(username: str, width: int = 1280) -> Session:
        s = Session(chromium, server, username, width)
        sessions.append(s)
        return s

    yield open_
    for s in sessions:
        s.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where the screenshots go (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
