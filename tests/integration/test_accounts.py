"""Units, users, passwords and API tokens (engine.accounts through db.write()), and the `ocop` CLI for them."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from engine import accounts
from engine.accounts import Actor
from engine.db import Database
from engine.errors import InvalidInput, NotFound
from engine.store import ApiToken, User

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "đúng-mật-khẩu-1"


@pytest.fixture
def roles(catalog) -> set[str]:
    return {r for d in catalog for r in d.roles}


@pytest.fixture
def tree(db: Database) -> Database:
    """VN → P1 → D1 → C1 and VN → P2 → D2 → C3."""
    with db.write() as s:
        accounts.create_unit(s, "VN", "Trung ương", "central")
        accounts.create_unit(s, "P1", "Tỉnh Một", "province", "VN")
        accounts.create_unit(s, "D1", "Huyện Một", "district", "P1")
        accounts.create_unit(s, "C1", "Xã Một", "commune", "D1")
        accounts.create_unit(s, "P2", "Tỉnh Hai", "province", "VN")
        accounts.create_unit(s, "D2", "Huyện Hai", "district", "P2")
        accounts.create_unit(s, "C3", "Xã Ba", "commune", "D2")
    return db


# ---- units ---------------------------------------------------------------------------------------------------


def test_unit_paths_follow_the_tree(tree):
    with tree.read() as s:
        got = {
            code: (accounts.unit_by_code(s, code).path, accounts.unit_by_code(s, code).level)
            for code in ("VN", "P1", "D1", "C1", "P2", "D2", "C3")
        }
        c1 = accounts.unit_by_code(s, "C1")
        assert c1.parent is not None and c1.parent.code == "D1" and c1.parent.parent.code == "P1"
    assert got == {
        "VN": ("/VN/", "central"),
        "P1": ("/VN/P1/", "province"),
        "D1": ("/VN/P1/D1/", "district"),
        "C1": ("/VN/P1/D1/C1/", "commune"),
        "P2": ("/VN/P2/", "province"),
        "D2": ("/VN/P2/D2/", "district"),
        "C3": ("/VN/P2/D2/C3/", "commune"),
    }


def test_unit_name_is_trimmed_and_levels_may_be_skipped(tree):
    with tree.write() as s:
        unit = accounts.create_unit(s, "C9", "  Xã Chín  ", "commune", "P1")
        assert (unit.name, unit.path) == ("Xã Chín", "/VN/P1/C9/")


@pytest.mark.parametrize(
    ("code", "level", "parent", "field"),
    [
        ("X1", "province", "P1", "level"),  # a province under a province
        ("X2", "district", "C1", "level"),  # a district under a commune
        ("X3", "central", "VN", "level"),  # a central under a central
        ("P1", "province", "VN", "code"),  # duplicate code
        ("X4", "province", None, "parent"),  # a root that is not central
        ("bad code", "province", "VN", "code"),
        ("X5", "planet", "VN", "level"),
    ],
)
def test_invalid_units_are_refused(tree, code, level, parent, field):
    with pytest.raises(InvalidInput) as caught, tree.write() as s:
        accounts.create_unit(s, code, "Tên", level, parent)
    assert field in caught.value.details["fields"]
    with tree.read() as s:
        assert s.scalar(text("select count(*) from units")) == 7


def test_unit_with_unknown_parent_is_refused(tree):
    with pytest.raises(NotFound) as caught, tree.write() as s:
        accounts.create_unit(s, "X1", "Tên", "province", "NOPE")
    assert "NOPE" in str(caught.value)
    with tree.read() as s:
        assert s.scalar(text("select count(*) from units")) == 7


# ---- users and passwords -------------------------------------------------------------------------------------


def test_users_unknown_role_duplicate_and_unknown_unit(tree, roles):
    with tree.write() as s:
        user = accounts.create_user(s, "u1", "clerk", "C1", roles)
        assert (user.role, user.unit.code, user.active, user.session_version, user.password_hash) == (
            "clerk",
            "C1",
            True,
            1,
            None,
        )
        # Engine roles are known without a workflow declaring them.
        accounts.create_user(s, "aud", "auditor", "P1", roles)
    with pytest.raises(InvalidInput) as caught, tree.write() as s:
        accounts.create_user(s, "u2", "wizard", "C1", roles)
    assert list(caught.value.details["fields"]) == ["role"]
    with pytest.raises(InvalidInput) as caught, tree.write() as s:
        accounts.create_user(s, "u1", "clerk", "C1", roles)
    assert list(caught.value.details["fields"]) == ["username"]
    with pytest.raises(NotFound), tree.write() as s:
        accounts.create_user(s, "u3", "clerk", "NOPE", roles)
    with tree.read() as s:
        assert sorted(s.scalars(select(User.username))) == ["aud", "u1"]


def test_password_hashes_are_argon2id(tree, roles):
    with tree.write() as s:
        user = accounts.create_user(s, "u1", "clerk", "C1", roles, password=PASSWORD)
        nopw = accounts.create_user(s, "u2", "clerk", "C1", roles)
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    with tree.read() as s:
        user = accounts.user_by_name(s, "u1")
        assert accounts.check_password(user, PASSWORD) is True
        assert accounts.check_password(user, PASSWORD + "x") is False
        assert accounts.check_password(user, "") is False
        assert accounts.check_password(accounts.user_by_name(s, "u2"), "") is False
    assert nopw.password_hash is None
    with pytest.raises(InvalidInput) as caught, tree.write() as s:
        accounts.create_user(s, "u3", "clerk", "C1", roles, password="short")
    assert "password" in caught.value.details["fields"]
    with tree.write() as s:
        accounts.set_password(s, "u1", "một-mật-khẩu-mới")
    with tree.read() as s:
        user = accounts.user_by_name(s, "u1")
        assert accounts.check_password(user, "một-mật-khẩu-mới") and not accounts.check_password(user, PASSWORD)
        assert user.session_version == 2
    with tree.write() as s:
        accounts.disable_user(s, "u1")
    with tree.read() as s:
        assert accounts.check_password(accounts.user_by_name(s, "u1"), "một-mật-khẩu-mới") is False


# ---- tokens --------------------------------------------------------------------------------------------------


def _token_rows(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        return [dict(r._mapping) for r in s.execute(text("select * from api_tokens order by id"))]


def test_token_is_shown_once_and_only_its_sha256_is_stored(tree, roles):
    with tree.write() as s:
        accounts.create_user(s, "u1", "clerk", "C1", roles)
        row, token = accounts.create_token(s, "u1")
    prefix, token_id, secret = token.split("_", 2)
    assert (prefix, token_id) == ("ocop", row.id)
    assert len(secret) >= 32
    (stored,) = _token_rows(tree)
    assert stored["secret_hash"] == hashlib.sha256(secret.encode()).hexdigest()
    for value in stored.values():
        assert secret not in str(value) and token not in str(value)
    with tree.read() as s:
        user = accounts.user_for_token(s, token)
        assert user is not None and user.username == "u1"
        assert accounts.user_for_token(s, f"ocop_{token_id}_{secret[:-1]}x") is None
        assert accounts.user_for_token(s, f"ocop_{token_id}") is None
        assert accounts.user_for_token(s, f"xxx_{token_id}_{secret}") is None
        assert accounts.user_for_token(s, f"ocop_0000000000000000_{secret}") is None


def test_revoke_one_token_or_all(tree, roles):
    with tree.write() as s:
        accounts.create_user(s, "u1", "clerk", "C1", roles)
        accounts.create_user(s, "u2", "clerk", "C1", roles)
        tokens = [accounts.create_token(s, "u1") for _ in range(3)]
        _, other = accounts.create_token(s, "u2")
    (first_row, first), (_, second), (_, third) = tokens
    with tree.write() as s:
        assert accounts.revoke_tokens(s, "u1", first_row.id) == 1
    with tree.read() as s:
        assert accounts.user_for_token(s, first) is None
        assert accounts.user_for_token(s, second).username == "u1"
    with pytest.raises(NotFound), tree.write() as s:
        accounts.revoke_tokens(s, "u1", first_row.id)  # already revoked
    with pytest.raises(NotFound), tree.write() as s:
        accounts.revoke_tokens(s, "u2", tokens[1][0].id)  # another user's token
    with tree.write() as s:
        assert accounts.revoke_tokens(s, "u1") == 2
    with tree.read() as s:
        assert accounts.user_for_token(s, second) is None and accounts.user_for_token(s, third) is None
        assert accounts.user_for_token(s, other).username == "u2"
    revoked = {r["id"]: r["revoked_at"] for r in _token_rows(tree)}
    assert sum(v is not None for v in revoked.values()) == 3


def test_disabling_a_user_revokes_tokens_and_ends_sessions(tree, roles):
    with tree.write() as s:
        accounts.create_user(s, "u1", "clerk", "C1", roles, password=PASSWORD)
        _, token = accounts.create_token(s, "u1")
        _, token2 = accounts.create_token(s, "u1")
    with tree.write() as s:
        accounts.disable_user(s, "u1")
    with tree.read() as s:
        user = accounts.user_by_name(s, "u1")
        assert (user.active, user.session_version) == (False, 2)
        assert accounts.user_for_token(s, token) is None and accounts.user_for_token(s, token2) is None
        assert all(t.revoked_at is not None for t in s.scalars(select(ApiToken)))
    with pytest.raises(InvalidInput), tree.write() as s:
        accounts.create_token(s, "u1")


def test_moved_user_covers_the_new_unit_only(tree, roles):
    with tree.write() as s:
        accounts.create_user(s, "u1", "reviewer", "D1", roles)
    with tree.read() as s:
        before = Actor.of(accounts.user_by_name(s, "u1"))
        c1 = accounts.unit_by_code(s, "C1").path
        c3 = accounts.unit_by_code(s, "C3").path
    assert before.covers(c1) and not before.covers(c3)
    with tree.write() as s:
        accounts.move_user(s, "u1", "D2")
    with tree.read() as s:
        after = Actor.of(accounts.user_by_name(s, "u1"))
        assert accounts.user_by_name(s, "u1").session_version == 2
    assert (after.unit_code, after.unit_path) == ("D2", "/VN/P2/D2/")
    assert after.covers(c3) and not after.covers(c1)
    with pytest.raises(NotFound), tree.write() as s:
        accounts.move_user(s, "u1", "NOPE")


def test_move_user_returns_the_moved_user(tree, roles):
    # The user's unit was already loaded in the session: the returned user must not keep the old one.
    with tree.write() as s:
        accounts.create_user(s, "u1", "reviewer", "D1", roles)
    with tree.write() as s:
        assert Actor.of(accounts.user_by_name(s, "u1")).unit_code == "D1"
        moved = accounts.move_user(s, "u1", "D2")
        assert Actor.of(moved).unit_code == "D2"


# ---- CLI -----------------------------------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("OCOP_")},
        "OCOP_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        "OCOP_INSTANCE_PATH": str(tmp_path),
        "PYTHONPATH": str(ROOT),
        "OCOP_WORKFLOW_PATHS": str(ROOT / "tests" / "example"),
    }

    def run(*args: str, stdin: str | None = None, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "ocop"), *args],
            input=stdin,
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if ok:
            assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    run.db_path = tmp_path / "x.db"  # type: ignore[attr-defined]
    return run


def test_cli_units_users_and_tokens(cli):
    cli("db", "upgrade")
    out = cli("units", "create", "VN", "--name", "Trung ương", "--level", "central").stdout
    assert "/VN/" in out
    cli("units", "create", "P1", "--name", "Tỉnh Một", "--level", "province", "--parent", "VN")
    cli("units", "create", "P2", "--name", "Tỉnh Hai", "--level", "province", "--parent", "VN")
    cli("users", "create", "u1", "--role", "clerk", "--unit", "P1", "--password-stdin", stdin=PASSWORD + "\n")
    first = cli("tokens", "create", "u1").stdout.strip().splitlines()[-1]
    second = cli("tokens", "create", "u1").stdout.strip().splitlines()[-1]
    assert first.startswith("ocop_") and first != second

    db = Database(f"sqlite:///{cli.db_path}")
    try:
        with db.read() as s:
            user = accounts.user_by_name(s, "u1")
            assert (user.role, user.unit.code, user.unit.path) == ("clerk", "P1", "/VN/P1/")
            assert user.password_hash.startswith("$argon2id$")
            assert accounts.check_password(user, PASSWORD)
            assert accounts.user_for_token(s, first).username == "u1"
            assert accounts.user_for_token(s, second).username == "u1"
        first_id = first.split("_")[1]
        assert "1 token(s)" in cli("tokens", "revoke", "u1", first_id).stdout
        with db.read() as s:
            assert accounts.user_for_token(s, first) is None
            assert accounts.user_for_token(s, second).username == "u1"
        assert "1 token(s)" in cli("tokens", "revoke", "u1", "--all").stdout
        with db.read() as s:
            assert accounts.user_for_token(s, second) is None
        third = cli("tokens", "create", "u1").stdout.strip().splitlines()[-1]

        cli("users", "move", "u1", "--unit", "P2")
        with db.read() as s:
            actor = Actor.of(accounts.user_by_name(s, "u1"))
            assert actor.covers("/VN/P2/") and not actor.covers("/VN/P1/")
            assert accounts.user_by_name(s, "u1").session_version == 2

        cli("users", "disable", "u1")
        with db.read() as s:
            user = accounts.user_by_name(s, "u1")
            assert (user.active, user.session_version) == (False, 3)
            assert accounts.user_for_token(s, third) is None
            assert not accounts.check_password(user, PASSWORD)
        refused = cli("tokens", "create", "u1", ok=False)
        assert refused.returncode != 0 and "disabled" in refused.stderr
    finally:
        db.dispose()


def test_cli_errors_are_clear(cli):
    cli("db", "upgrade")
    cli("units", "create", "VN", "--name", "Trung ương", "--level", "central")
    cli("units", "create", "P1", "--name", "Tỉnh Một", "--level", "province", "--parent", "VN")
    cases = [
        (("users", "create", "u2", "--role", "clerk", "--unit", "NOPE"), ["unit", "NOPE"]),
        (("users", "create", "u2", "--role", "wizard", "--unit", "P1"), ["role"]),
        (("units", "create", "X1", "--name", "x", "--level", "province", "--parent", "NOPE"), ["unit", "NOPE"]),
        (("units", "create", "X1", "--name", "x", "--level", "province", "--parent", "P1"), ["level"]),
        (("units", "create", "P1", "--name", "x", "--level", "province", "--parent", "VN"), ["code", "P1"]),
        (("units", "create", "X1", "--name", "x", "--level", "planet", "--parent", "VN"), ["level"]),
        (("users", "move", "ghost", "--unit", "P1"), ["user", "ghost"]),
        (("tokens", "revoke", "ghost", "--all"), ["user", "ghost"]),
        (("tokens", "revoke", "u1"), ["TOKEN-ID", "--all"]),
    ]
    for args, words in cases:
        done = cli(*args, ok=False)
        assert done.returncode not in (0, None), args
        assert "Traceback" not in done.stderr, (args, done.stderr)
        for word in words:
            assert word in done.stderr, (args, word, done.stderr)
    db = Database(f"sqlite:///{cli.db_path}")
    try:
        with db.read() as s:
            assert s.scalar(text("select count(*) from users")) == 0
            assert s.scalar(text("select count(*) from units")) == 2
    finally:
        db.dispose()
