"""Physical limits measured on this machine, next to which the benchmarks' figures are read.

- durable commits: `write(4 KiB)` + `fsync` on the results folder's file system (a SQLite WAL commit at
  synchronous=FULL costs at least one such fsync; PostgreSQL's commit one WAL flush);
- hashing: SHA-256 of history records' canonical bytes, and the engine's whole `record_hash` (canonical JSON + SHA-256)
  per record: the CPU floor of `audit verify` in Python.
"""

from __future__ import annotations

import hashlib
import os
import time
from datetime import UTC, datetime
from typing import Any

from bench.common import RESULTS, Result, log, pct
from engine.audit import GENESIS, build_record, canonical_bytes, record_hash


def fsync_rate(count: int = 300, seconds: float = 10.0) -> dict[str, Any]:
    """Sequential `write(4 KiB)` + `fsync` on one file; stops after `count` or `seconds`."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f".fsync-probe-{os.getpid()}"
    block = os.urandom(4096)
    samples: list[float] = []
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        end = time.perf_counter() + seconds
        while len(samples) < count and time.perf_counter() < end:
            t = time.perf_counter()
            os.write(fd, block)
            os.fsync(fd)
            samples.append(time.perf_counter() - t)
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    p50 = pct(samples, 50)
    return {"count": len(samples), "p50_ms": p50 * 1000, "p99_ms": pct(samples, 99) * 1000, "per_s": 1 / p50}


def sample_records(n: int = 2000) -> list[dict[str, Any]]:
    """Records shaped like the generated ones (a score sheet, a closing with its result, a certification)."""
    out = []
    prev = GENESIS
    at = datetime(2024, 5, 2, 3, 0, tzinfo=UTC)
    payloads = [
        {"parts": {"A": "25.5", "B": "15", "C": "20"}, "level": "district", "round": 1, "revision": 1, "total": "60.5"},
        {"result": {"level": "district", "round": 1, "sheets": 4, "sum": "246.50", "average": "61.62", "band": 3}},
        {
            "decision_no": "215/QĐ-UBND",
            "certificate": {"code": "OCOP-2024-0A1B2C3D4E", "stars": 3, "decision_no": "215/QĐ-UBND",
                            "issued_on": "2024-08-15", "valid_until": "2027-08-15", "issued_by": "S01D01"},
            "basis": {"level": "district", "round": 1, "sheets": 4, "sum": "246.50", "average": "61.62", "band": 3},
        },
    ]  # fmt: skip
    for i in range(n):
        rec = build_record(
            case_id="6f1c2b9e-0d1e-4f5a-9b8c-7d6e5f4a3b2c",
            seq=i + 1,
            kind="transition",
            trigger="close_scoring",
            from_state="commune_reviewed",
            to_state="district_scored",
            actor="s01d01.huyen",
            role="district_officer",
            at=at,
            payload=payloads[i % 3],
            reason=None,
            workflow="ocop-2023",
            workflow_version=1,
            prev_hash=prev,
        )
        prev = rec["hash"]
        out.append(
            {"case": rec["case_id"], "from": rec["from_state"], "to": rec["to_state"]}
            | {k: v for k, v in rec.items() if k not in ("case_id", "from_state", "to_state")}
        )
    return out


def hash_rates(n: int = 20000) -> dict[str, Any]:
    """Records per second for SHA-256 alone (precomputed canonical bytes) and for the engine's `record_hash`."""
    recs = sample_records(2000)
    reps = max(1, n // len(recs))
    blobs = [canonical_bytes(r) for r in recs]
    t = time.perf_counter()
    for _ in range(reps):
        for b in blobs:
            hashlib.sha256(b).hexdigest()
    sha = len(blobs) * reps / (time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(reps):
        for r in recs:
            record_hash(r)
    full = len(recs) * reps / (time.perf_counter() - t)
    return {
        "record_bytes_mean": sum(map(len, blobs)) / len(blobs),
        "sha256_records_per_s": sha,
        "record_hash_per_s": full,
    }


def run(quick: bool = True) -> Result:
    """Measure and report the limits."""
    res = Result("limits")
    log("limits: fsync and hashing")
    f = fsync_rate(150 if quick else 500)
    h = hash_rates(20000 if quick else 100000)
    res.data = {"fsync": f, "hash": h}
    res.add("disk", "write 4 KiB + fsync", f"{f['per_s']:,.0f}/s (p50 {f['p50_ms']:.2f} ms, p99 {f['p99_ms']:.2f} ms)")
    res.add("cpu", "SHA-256 of a record's canonical bytes", f"{h['sha256_records_per_s']:,.0f} records/s")
    res.add(
        "cpu",
        "engine.audit.record_hash (canonical JSON + SHA-256)",
        f"{h['record_hash_per_s']:,.0f} records/s ({h['record_bytes_mean']:.0f} B each)",
    )
    return res
