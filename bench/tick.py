"""5. `tick` over N certificates: nothing due (target < 100 ms), then D due.

A database of dossiers that all reached a certificate (generated with a certification-only mix: about one
certificate a dossier, some already expiring or expired, two timers each; those due by the generation day are closed
as the scheduler would have closed them). `tick` on that day finds nothing due; its p50 over repeated runs is compared
with the raw driver running the same due-timer query. Then `tick` runs on the day by which D timers are due, on a
copy, and the raw driver does the same work on another copy: per timer, in one durable transaction, read the timer,
the dossier and its certificate, move the dossier (versioned UPDATE + a record from `build_record`) and close the
timer. Both copies must verify afterwards.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any

from sqlalchemy import func, select

from bench.common import NOW, Result, catalog, generated, log, pg_dsn, sqlite_path, summary_ms, timed, writable_copy
from bench.config import Config
from bench.queries import Capture
from engine.accounts import SYSTEM
from engine.audit import build_record
from engine.db import Database
from engine.services import LOCAL_TZ, Services, local_date
from engine.store import Timer

MIX = {"cert3": 3.0, "cert4": 1.0}
NOTICE_DAYS = 180
EDGES = {("mark_expiring", "certified"): "expiring", ("expire", "expiring"): "expired"}
DUE_SQL = "SELECT id, due_on FROM timers WHERE done_at IS NULL AND due_on <= {p} ORDER BY due_on, id LIMIT 500"


def _moment(day: date) -> datetime:
    return datetime.combine(day, dtime(8), LOCAL_TZ).astimezone(UTC)


class RawTick:
    """The same per-timer work with the bare driver (sqlite3 at the engine's pragmas, or psycopg)."""

    def __init__(self, url: str, backend: str) -> None:
        self.backend = backend
        if backend == "sqlite":
            self.conn: Any = sqlite3.connect(sqlite_path(url), isolation_level=None, timeout=5)
            for pragma in ("foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL"):
                self.conn.execute(f"PRAGMA {pragma}")
            self.p = "?"
        else:
            import psycopg
            from psycopg.types.json import Jsonb

            self.Jsonb = Jsonb
            self.conn = psycopg.connect(pg_dsn(url))
            self.p = "%s"

    def _q(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(sql.replace("?", self.p), params)

    def _ts(self, moment: datetime) -> Any:
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if self.backend == "sqlite" else moment

    def due(self, today: date) -> list[tuple[int, Any]]:
        return list(self._q(DUE_SQL.format(p="?"), (today.isoformat() if self.backend == "sqlite" else today,)))

    def run(self, now: datetime) -> int:
        today = local_date(now)
        fired = 0
        after: tuple[str, int] = ("", 0)
        while True:
            due = [(i, str(d)) for i, d in self.due(today) if (str(d), i) > after]
            if not due:
                return fired
            for timer_id, due_on in due:
                after = (due_on, timer_id)
                fired += self._one(timer_id, now, today)

    def _one(self, timer_id: int, now: datetime, today: date) -> int:
        begin = "BEGIN IMMEDIATE" if self.backend == "sqlite" else "BEGIN"
        lock = "" if self.backend == "sqlite" else " FOR UPDATE"
        self._q(begin)
        try:
            row = self._q(
                f"SELECT case_id, trigger FROM timers WHERE id = ? AND done_at IS NULL{lock}"
                + (" SKIP LOCKED" if lock else ""),
                (timer_id,),
            ).fetchone()
            if row is None:
                self._q("ROLLBACK")
                return 0
            cid, trigger = row
            state, version, wf, wfv = self._q(
                f"SELECT state, version, workflow, workflow_version FROM cases WHERE id = ?{lock}", (cid,)
            ).fetchone()
            (until,) = self._q("SELECT valid_until FROM ocop_certificates WHERE case_id = ?", (cid,)).fetchone()
            dest = EDGES.get((trigger, state))
            last_day = date.fromisoformat(str(until))
            # The guards: notice_period_started (today ≥ valid_until − notice) and validity_ended (today > valid_until).
            allowed = (
                today >= last_day - timedelta(days=NOTICE_DAYS) if trigger == "mark_expiring" else today > last_day
            )
            outcome = "skipped"
            if dest is not None and allowed:
                outcome = "fired"
                self._q(
                    "UPDATE cases SET state = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                    (dest, version + 1, self._ts(now), cid, version),
                )
                (prev,) = self._q("SELECT hash FROM history WHERE case_id = ? AND seq = ?", (cid, version)).fetchone()
                r = build_record(case_id=cid, seq=version + 1, kind="transition", trigger=trigger, from_state=state,
                                 to_state=dest, actor="system", role="system", at=now, payload={}, reason=None,
                                 workflow=wf, workflow_version=wfv, prev_hash=prev)  # fmt: skip
                payload = json.dumps(r["payload"]) if self.backend == "sqlite" else self.Jsonb(r["payload"])
                self._q(
                    "INSERT INTO history (case_id, seq, kind, trigger, from_state, to_state, actor, role, at, payload,"
                    " reason, workflow, workflow_version, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?, ?)",
                    (cid, r["seq"], r["kind"], r["trigger"], r["from_state"], r["to_state"], r["actor"], r["role"],
                     self._ts(now), payload, r["reason"], r["workflow"], r["workflow_version"], r["prev_hash"],
                     r["hash"]),
                )  # fmt: skip
            self._q("UPDATE timers SET done_at = ?, outcome = ? WHERE id = ?", (self._ts(now), outcome, timer_id))
            self._q("COMMIT")
        except BaseException:
            self._q("ROLLBACK")
            raise
        return 1 if outcome == "fired" else 0

    def close(self) -> None:
        self.conn.close()


def _due_day(url: str, count: int) -> tuple[date, int]:
    """The first day by which at least `count` timers are pending and due, and how many are."""
    db = Database(url)
    with db.read() as s:
        day = s.scalar(
            select(Timer.due_on).where(Timer.done_at.is_(None)).order_by(Timer.due_on, Timer.id).offset(count - 1)
        )
        assert day is not None, "not enough pending timers"
        due = int(s.scalar(select(func.count()).where(Timer.done_at.is_(None), Timer.due_on <= day)) or 0)
    db.dispose()
    return day, due


def measure(g: Any, backend: str, workdir: Any, due_count: int) -> dict[str, Any]:
    out: dict[str, Any] = {"certificates": g.summary["certificates"], "pending": g.summary["pending_timers"]}
    with writable_copy(g, workdir) as url:
        db = Database(url)
        svc = Services(db, catalog())
        assert svc.tick(NOW) == [], "timers are due on the generation day"
        out["nothing_due"] = summary_ms(timed(lambda: svc.tick(NOW), 30))
        out["nothing_due_plans"] = Capture(db).plans(lambda: svc.tick(NOW))
        for p in out["nothing_due_plans"]:
            print(f"  {p['sql']}\n" + "\n".join(f"    {line}" for line in p["plan"]), flush=True)
        raw = RawTick(url, backend)
        out["nothing_due_raw_query"] = summary_ms(timed(lambda: raw.due(local_date(NOW)), 30))
        raw.close()
        day, due = _due_day(url, due_count)
        out["due_day"], out["due"] = day.isoformat(), due
        t = time.perf_counter()
        done = svc.tick(_moment(day))
        out["engine_s"] = time.perf_counter() - t
        out["engine_fired"] = sum(1 for o in done if o["outcome"] == "fired")
        out["engine_handled"] = len(done)
        report = svc.verify(SYSTEM)
        assert report.ok, report.problems[:3]
        db.dispose()
    with writable_copy(g, workdir) as url:
        raw = RawTick(url, backend)
        t = time.perf_counter()
        out["raw_fired"] = raw.run(_moment(day))
        out["raw_s"] = time.perf_counter() - t
        raw.close()
        db = Database(url)
        report = Services(db, catalog()).verify(SYSTEM)
        db.dispose()
        assert report.ok, report.problems[:3]
    return out


def run(cfg: Config) -> Result:
    """Each backend: a certificate-only database of the set's size."""
    res = Result("tick")
    for backend in cfg.backends:
        g = generated(backend, cfg.tick_certificates, mix=MIX, tag="certs")
        log(f"tick: {backend}, {g.summary['certificates']:,} certificates, then about {cfg.tick_due:,} due")
        m = measure(g, backend, cfg.workdir, cfg.tick_due)
        res.data[backend] = m
        nd, q = m["nothing_due"], m["nothing_due_raw_query"]
        res.add(
            backend,
            f"tick, nothing due, {m['certificates']:,} certificates ({m['pending']:,} pending timers)",
            f"p50 {nd['p50_ms']:.2f} ms (p99 {nd['p99_ms']:.2f} ms)",
            f"raw due-timer query p50 {q['p50_ms']:.2f} ms",
            nd["p50_ms"] / q["p50_ms"],
            "< 100 ms",
            nd["p99_ms"] < 100,
        )
        eng_rate, raw_rate = m["engine_handled"] / m["engine_s"], m["due"] / m["raw_s"]
        res.add(
            backend,
            f"tick, {m['due']:,} due (up to {m['due_day']})",
            f"{m['engine_s']:.1f} s, {eng_rate:,.0f} timers/s ({m['engine_fired']:,} transitions)",
            f"raw driver, same writes: {m['raw_s']:.1f} s, {raw_rate:,.0f}/s ({m['raw_fired']:,} transitions)",
            eng_rate / raw_rate,
            "measured (no target)",
            None,
        )
    return res
