"""4. `audit verify` over every record (1M at 100k dossiers): records per second.

`Services.verify(SYSTEM)` reads every chain (one ordered query, streamed) and recomputes each record's hash
(canonical JSON + SHA-256) and links. Baselines in the same process: the raw driver reading the same columns in the
same order (the read floor), and `engine.audit.record_hash` alone over records in memory (the hashing floor). Verify
cannot be faster than either; their harmonic combination is the ceiling of a single-threaded verifier.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from bench.common import Result, catalog, generated, log, pg_dsn, sqlite_path
from bench.config import Config
from bench.limits import hash_rates
from engine.accounts import SYSTEM
from engine.db import Database
from engine.services import Services

TARGET = 100_000
COLUMNS = (
    "case_id, seq, kind, trigger, from_state, to_state, actor, role, at, payload, reason, workflow, "
    "workflow_version, prev_hash, hash"
)


def raw_read(url: str, backend: str) -> tuple[int, float]:
    """Read every record's chained columns in (case, seq) order with the bare driver; (rows, seconds)."""
    query = f"SELECT {COLUMNS} FROM history ORDER BY case_id, seq"
    t = time.perf_counter()
    count = 0
    if backend == "sqlite":
        conn = sqlite3.connect(sqlite_path(url))
        cur = conn.execute(query)
        while rows := cur.fetchmany(5000):
            count += len(rows)
        conn.close()
    else:
        import psycopg

        with psycopg.connect(pg_dsn(url)) as conn, conn.cursor(name="verify_floor") as cur:
            cur.itersize = 5000
            cur.execute(query)
            for _ in cur:
                count += 1
    return count, time.perf_counter() - t


def measure(url: str, backend: str) -> dict[str, Any]:
    """Time a full verification and the two floors."""
    db = Database(url)
    svc = Services(db, catalog())
    t = time.perf_counter()
    report = svc.verify(SYSTEM)
    seconds = time.perf_counter() - t
    db.dispose()
    if not report.ok:
        raise RuntimeError(f"the generated chains do not verify: {report.problems[:3]}")
    rows, read_s = raw_read(url, backend)
    hashing = hash_rates(100_000)["record_hash_per_s"]
    return {
        "records": report.checked,
        "cases": report.cases,
        "seconds": seconds,
        "per_s": report.checked / seconds,
        "raw_read_per_s": rows / read_s,
        "record_hash_per_s": hashing,
        "ceiling_per_s": 1 / (read_s / rows + 1 / hashing),
    }


def run(cfg: Config) -> Result:
    """Each backend at the verify scale of the set."""
    res = Result("verify")
    for backend in cfg.backends:
        g = generated(backend, cfg.verify_scale)
        log(f"verify: {backend}, {g.summary['records']:,} records in {cfg.verify_scale:,} dossiers")
        m = measure(g.url, backend)
        res.data[backend] = m
        res.add(
            backend,
            f"audit verify, {m['records']:,} records",
            f"{m['per_s']:,.0f} records/s ({m['seconds']:.1f} s)",
            f"raw read {m['raw_read_per_s']:,.0f}/s; record_hash alone {m['record_hash_per_s']:,.0f}/s; "
            f"ceiling of both {m['ceiling_per_s']:,.0f}/s",
            m["per_s"] / TARGET,
            "≥ 100,000 records/s",
            m["per_s"] >= TARGET,
            note=f"{m['per_s'] / m['ceiling_per_s']:.2f}× of the single-thread ceiling",
        )
    return res
