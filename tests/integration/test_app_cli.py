"""The `ocop` command end to end: db upgrade, councils, demo, diagram, run; and migrations matching the models."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import workflows.ocop.models  # noqa: F401  (registers OCOP's tables on the metadata)
from engine.db import Database
from engine.loader import load_all, shipped_paths
from engine.store import Base

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], tmp_path: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), "OCOP_INSTANCE_PATH": str(tmp_path / "instance"), **env}
    full.pop("OCOP_WORKFLOW_PATHS", None)
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ocop"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=300,
        check=False,
    )


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_postgres_is_really_used(pg_server: str) -> None:
    db = Database(pg_server)
    with db.read() as s:
        assert s.execute(text("select version()")).scalar_one().startswith("PostgreSQL")
    db.dispose()


def test_councils_cli(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    for args in (
        ["units", "create", "VN", "--name", "Trung ương", "--level", "central"],
        ["units", "create", "36", "--name", "Tỉnh Nam Định", "--level", "province", "--parent", "VN"],
        ["units", "create", "357", "--name", "Huyện Mỹ Lộc", "--level", "district", "--parent", "36"],
        ["users", "create", "hd1", "--role", "council_member", "--unit", "357"],
        ["users", "create", "hd2", "--role", "council_member", "--unit", "357"],
        ["users", "create", "cb", "--role", "district_officer", "--unit", "357"],
    ):
        done = run(args, tmp_path)
        assert done.returncode == 0, done.stderr
    ok = run(
        [
            "councils",
            "create",
            "357",
            "--members",
            "hd1,hd2",
            "--decision-no",
            "45/QĐ-UBND",
            "--established-on",
            "2023-05-15",
        ],
        tmp_path,
    )
    assert ok.returncode == 0 and "2 members" in ok.stdout
    bad = run(["councils", "create", "357", "--members", "hd1,cb"], tmp_path)
    assert bad.returncode == 1 and "cb" in bad.stderr and "Traceback" not in bad.stderr
    bad = run(["councils", "create", "VN", "--members", "hd1"], tmp_path)
    assert bad.returncode == 1 and "members" in bad.stderr


def test_demo_cli_prints_logins_and_verifies(tmp_path: Path) -> None:
    first = run(["demo"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "xa.myha" in first.stdout and "demo-ocop-2026" in first.stdout
    again = run(["demo"], tmp_path)
    assert again.returncode == 0 and "nothing added" in again.stdout
    verified = run(["audit", "verify"], tmp_path)
    assert verified.returncode == 0 and "all chains verified" in verified.stdout


def test_diagram_draws_every_state(tmp_path: Path) -> None:
    done = run(["workflows", "diagram", "ocop-2023"], tmp_path)
    assert done.returncode == 0
    d = load_all(shipped_paths())[0]
    for state in d.states.values():
        assert f'state "{state.label}" as {state.name}' in done.stdout
    for t in d.transitions:
        assert f"{t.source or '[*]'} --> {t.dest}: {t.trigger}" in done.stdout
    assert run(["workflows", "check"], tmp_path).returncode == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_run_serves_the_app(tmp_path: Path) -> None:
    assert run(["db", "upgrade"], tmp_path).returncode == 0
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OCOP_INSTANCE_PATH": str(tmp_path / "instance")}
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "ocop"), "run", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = b""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
                    body = resp.read()
                    break
            except OSError:
                time.sleep(0.1)
        assert b'"ok":true' in body.replace(b" ", b"")
        assert b"ocop-2023" in body
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("url", ["sqlite:///{tmp}/fresh.db"])
def test_db_upgrade_creates_the_append_only_history(tmp_path: Path, url: str) -> None:
    target = url.format(tmp=tmp_path)
    assert run(["db", "upgrade"], tmp_path, OCOP_DATABASE_URL=target).returncode == 0
    db = Database(target)
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("select name from sqlite_master where type='trigger'"))}
    db.dispose()
    assert {"history_no_update", "history_no_delete", "ocop_score_sheets_no_update"} <= names
