"""1. `fire` through the service layer vs a raw driver doing the same writes, at the shipped durable setting.

The transition is `renew` (certified/expiring → renewed, actor `system`): no guards and no effects, so both sides do
exactly the same work: read the dossier, a versioned UPDATE of its state, read the previous record's hash, INSERT one
record built by `engine.audit.build_record` (the same canonical bytes and SHA-256 on both sides), COMMIT.

- SQLite: the engine (WAL, synchronous=FULL, BEGIN IMMEDIATE) vs `sqlite3` with the same pragmas and BEGIN IMMEDIATE.
- PostgreSQL: the engine vs psycopg (`SELECT ... FOR UPDATE`, synchronous_commit as the server has it).

Both run in one process on one copy of the database, in alternating blocks (so drift and other load hit both), on
different dossiers. Afterwards `Services.verify` checks every chain, so the raw side wrote the very same records.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from bench.common import Result, catalog, generated, log, pg_dsn, sqlite_path, summary_ms, writable_copy
from bench.config import Config
from engine.accounts import SYSTEM
from engine.audit import build_record
from engine.db import Database
from engine.services import Services
from engine.store import Case

BLOCK = 25
COLUMNS = (
    "case_id, seq, kind, trigger, from_state, to_state, actor, role, at, payload, reason, workflow, "
    "workflow_version, prev_hash, hash"
)


def _record(cid: str, state: str, version: int, wf: str, wfv: int, prev: str, now: datetime, successor: str) -> dict:
    return build_record(
        case_id=cid,
        seq=version + 1,
        kind="transition",
        trigger="renew",
        from_state=state,
        to_state="renewed",
        actor="system",
        role="system",
        at=now,
        payload={"successor": successor},
        reason=None,
        workflow=wf,
        workflow_version=wfv,
        prev_hash=prev,
    )


def _sqlite_ts(moment: datetime) -> str:
    # How SQLAlchemy stores a DateTime on SQLite (UTC wall time, microseconds).
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class RawSqlite:
    """The same writes with the standard library's sqlite3 at the engine's pragmas."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=5)
        for pragma in ("foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL"):
            self.conn.execute(f"PRAGMA {pragma}")

    def fire(self, cid: str, expected: int, successor: str) -> None:
        c = self.conn
        now = datetime.now(UTC)
        c.execute("BEGIN IMMEDIATE")
        try:
            state, version, wf, wfv = c.execute(
                "SELECT state, version, workflow, workflow_version FROM cases WHERE id = ?", (cid,)
            ).fetchone()
            if version != expected or state not in ("certified", "expiring"):
                raise RuntimeError(f"{cid} is {state} v{version}")
            cur = c.execute(
                "UPDATE cases SET state = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                ("renewed", version + 1, _sqlite_ts(now), cid, version),
            )
            if cur.rowcount != 1:
                raise RuntimeError("stale")
            (prev,) = c.execute("SELECT hash FROM history WHERE case_id = ? AND seq = ?", (cid, version)).fetchone()
            r = _record(cid, state, version, wf, wfv, prev, now, successor)
            c.execute(
                f"INSERT INTO history ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, r["seq"], r["kind"], r["trigger"], r["from_state"], r["to_state"], r["actor"], r["role"],
                 _sqlite_ts(now), json.dumps(r["payload"]), r["reason"], r["workflow"], r["workflow_version"],
                 r["prev_hash"], r["hash"]),
            )  # fmt: skip
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()


class RawPostgres:
    """The same writes with psycopg: one transaction with SELECT ... FOR UPDATE."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.types.json import Jsonb

        self.Jsonb = Jsonb
        self.conn = psycopg.connect(pg_dsn(url))

    def fire(self, cid: str, expected: int, successor: str) -> None:
        now = datetime.now(UTC)
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("SELECT state, version, workflow, workflow_version FROM cases WHERE id = %s FOR UPDATE", (cid,))
            state, version, wf, wfv = cur.fetchone()  # type: ignore[misc]
            if version != expected or state not in ("certified", "expiring"):
                raise RuntimeError(f"{cid} is {state} v{version}")
            cur.execute(
                "UPDATE cases SET state = %s, version = %s, updated_at = %s WHERE id = %s AND version = %s",
                ("renewed", version + 1, now, cid, version),
            )
            if cur.rowcount != 1:
                raise RuntimeError("stale")
            cur.execute("SELECT hash FROM history WHERE case_id = %s AND seq = %s", (cid, version))
            (prev,) = cur.fetchone()  # type: ignore[misc]
            r = _record(cid, state, version, wf, wfv, prev, now, successor)
            cur.execute(
                f"INSERT INTO history ({COLUMNS}) VALUES "
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (cid, r["seq"], r["kind"], r["trigger"], r["from_state"], r["to_state"], r["actor"], r["role"], now,
                 self.Jsonb(r["payload"]), r["reason"], r["workflow"], r["workflow_version"], r["prev_hash"],
                 r["hash"]),
            )  # fmt: skip

    def close(self) -> None:
        self.conn.close()


def measure(url: str, backend: str, ops: int) -> dict[str, Any]:
    """Alternate blocks of service and raw fires on distinct certified dossiers; return both sides' durations."""
    db = Database(url)
    svc = Services(db, catalog())
    with db.read() as s:
        rows = s.execute(
            select(Case.id, Case.version).where(Case.state.in_(("certified", "expiring"))).order_by(Case.id)
        ).all()
    if len(rows) < 2 * ops:
        ops = len(rows) // 2
    successor = rows[-1][0]
    engine_side, raw_side = rows[0 : 2 * ops : 2], rows[1 : 2 * ops : 2]
    raw = RawSqlite(sqlite_path(url)) if backend == "sqlite" else RawPostgres(url)
    timings: dict[str, list[float]] = {"engine": [], "raw": []}
    try:
        # Warm both paths (connections, statement caches) on dossiers that are then left out.
        for cid, version in engine_side[:5]:
            svc.fire(SYSTEM, cid, "renew", expected_version=version, payload={"successor": successor})
        for cid, version in raw_side[:5]:
            raw.fire(cid, version, successor)
        engine_side, raw_side = engine_side[5:], raw_side[5:]
        for start in range(0, len(engine_side), BLOCK):
            for cid, version in engine_side[start : start + BLOCK]:
                t = time.perf_counter()
                svc.fire(SYSTEM, cid, "renew", expected_version=version, payload={"successor": successor})
                timings["engine"].append(time.perf_counter() - t)
            for cid, version in raw_side[start : start + BLOCK]:
                t = time.perf_counter()
                raw.fire(cid, version, successor)
                timings["raw"].append(time.perf_counter() - t)
    finally:
        raw.close()
    report = svc.verify(SYSTEM)
    db.dispose()
    if not report.ok:
        raise RuntimeError(f"chains do not verify after the fire benchmark: {report.problems[:3]}")
    return {"timings": timings, "verified_records": report.checked}


def run(cfg: Config) -> Result:
    """Measure each backend."""
    res = Result("fire")
    for backend in cfg.backends:
        g = generated(backend, cfg.write_scale)
        log(f"fire: {backend}, {cfg.fire_ops} + {cfg.fire_ops} transitions on a copy of {cfg.write_scale:,} dossiers")
        with writable_copy(g, cfg.workdir) as url:
            m = measure(url, backend, cfg.fire_ops)
        eng, raw = summary_ms(m["timings"]["engine"]), summary_ms(m["timings"]["raw"])
        eng_rate, raw_rate = 1000 / eng["mean_ms"], 1000 / raw["mean_ms"]
        ratio = eng_rate / raw_rate
        base = "sqlite3, WAL + synchronous=FULL, BEGIN IMMEDIATE" if backend == "sqlite" else "psycopg, FOR UPDATE"
        res.data[backend] = {"engine": eng, "raw": raw, "verified_records": m["verified_records"]}
        res.add(
            backend,
            "fire (renew) via Services.fire",
            f"{eng_rate:,.0f}/s (p50 {eng['p50_ms']:.2f} ms, p99 {eng['p99_ms']:.2f} ms)",
            f"{raw_rate:,.0f}/s raw {base} (p50 {raw['p50_ms']:.2f} ms, p99 {raw['p99_ms']:.2f} ms)",
            ratio,
            "≥ 0.5×",
            ratio >= 0.5,
        )
    return res
