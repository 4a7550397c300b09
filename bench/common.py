"""Shared helpers of the benchmarks: machine facts, timing, results, and generated databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engine import schema
from engine.db import Database, normalise_url
from engine.loader import load_all, shipped_paths
from engine.machines import Catalog

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(os.environ.get("OCOP_BENCH_RESULTS", ROOT / "bench" / "results"))
CACHE = RESULTS / "cache"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"
#: The day generated histories reach (fixed, so that runs compare).
TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
SEED = 2026


def log(message: str) -> None:
    """Progress on stderr (figures go to stdout)."""
    print(message, file=sys.stderr, flush=True)


# ---- machine ---------------------------------------------------------------------------------------------------


def _run(*cmd: str) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def loadavg() -> list[float]:
    """The 1, 5 and 15 minute load averages."""
    return [round(x, 2) for x in os.getloadavg()]


def machine(pg_url: str | None = None) -> dict[str, Any]:
    """Facts about the machine and the software the figures were measured with."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    mem_kb = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    df = _run("df", "-hT", str(RESULTS)).splitlines()
    versions: dict[str, str] = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    for name in ("sqlalchemy", "psycopg", "flask", "gunicorn"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[name] = version(name)
    if pg_url:
        with contextlib.suppress(Exception):
            eng = create_engine(normalise_url(pg_url))
            with eng.connect() as conn:
                versions["postgresql"] = conn.execute(text("show server_version")).scalar_one()
                versions["pg_synchronous_commit"] = conn.execute(text("show synchronous_commit")).scalar_one()
                versions["pg_fsync"] = conn.execute(text("show fsync")).scalar_one()
                versions["pg_shared_buffers"] = conn.execute(text("show shared_buffers")).scalar_one()
            eng.dispose()
    head = _run("git", "-C", str(ROOT), "rev-parse", "--short", "HEAD")
    dirty = bool(_run("git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"))
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "disk": df[-1] if df else "",
        "kernel": platform.release(),
        "versions": versions,
        "commit": head + ("+dirty" if dirty else ""),
        "loadavg": loadavg(),
        "cpu_busy_pct": cpu_busy(),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "busy_processes": busy_processes(),
    }


def _cpu_times() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields), idle


def cpu_busy(seconds: float = 1.0) -> float:
    """The share (%) of all CPUs busy over the next `seconds` (other work on the machine included)."""
    total0, idle0 = _cpu_times()
    time.sleep(seconds)
    total1, idle1 = _cpu_times()
    return round(100 * (1 - (idle1 - idle0) / max(total1 - total0, 1)), 1)


def busy_processes(threshold: float = 20.0) -> list[str]:
    """Processes using at least `threshold` % of a CPU now (`top`'s second sample): what else loads the machine."""
    out = _run("top", "-b", "-n", "2", "-d", "1", "-w", "200").splitlines()
    starts = [i for i, line in enumerate(out) if line.lstrip().startswith("PID")]
    busy = []
    for line in out[starts[-1] + 1 :] if starts else []:
        cols = line.split()
        if len(cols) >= 12 and cols[0] != str(os.getpid()):
            with contextlib.suppress(ValueError):
                if float(cols[8]) >= threshold:
                    busy.append(f"{' '.join(cols[11:])[:40]} {cols[8]}%")
    return busy


# ---- timing ----------------------------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank on the sorted values; q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary_ms(samples: list[float]) -> dict[str, float]:
    """p50, p99, mean and count of durations given in seconds, in milliseconds."""
    return {
        "p50_ms": round(pct(samples, 50) * 1000, 3),
        "p99_ms": round(pct(samples, 99) * 1000, 3),
        "mean_ms": round(statistics.fmean(samples) * 1000, 3) if samples else float("nan"),
        "n": len(samples),
    }


def timed(fn: Callable[[], Any], repeat: int, warmup: int = 3) -> list[float]:
    """Durations (seconds) of `repeat` calls of `fn` after `warmup` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


# ---- results ---------------------------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the results table: a figure with its baseline, their ratio and the target."""

    bench: str
    backend: str
    what: str
    figure: str
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return dict(vars(self))


@dataclass
class Result:
    """What one benchmark measured: table rows plus its raw figures."""

    name: str
    rows: list[Row] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def add(self, *args: Any, **kwargs: Any) -> Row:
        """Add and print a row."""
        row = Row(self.name, *args, **kwargs)
        self.rows.append(row)
        print(format_row(row), flush=True)
        return row


def format_row(r: Row) -> str:
    """A row as one line of text."""
    ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "-"
    met = {True: "MET", False: "NOT MET", None: ""}[r.met]
    base = f" vs {r.baseline}" if r.baseline else ""
    target = f" target {r.target}" if r.target else ""
    return f"[{r.bench}] {r.backend:<10} {r.what}: {r.figure}{base} ratio {ratio}{target} {met}".rstrip()


def write_json(name: str, payload: dict[str, Any]) -> Path:
    """Write `bench/results/<name>-<UTC timestamp>.json` and return its path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return path


# ---- databases -------------------------------------------------------------------------------------------------


def catalog() -> Catalog:
    """The shipped workflows."""
    return Catalog(load_all(shipped_paths()))


def pg_admin_url() -> str:
    """The PostgreSQL server (`OCOP_BENCH_PG_URL`, else `OCOP_TEST_DATABASE_URL`, else the machine's server)."""
    return normalise_url(os.environ.get("OCOP_BENCH_PG_URL") or os.environ.get("OCOP_TEST_DATABASE_URL") or PG_DEFAULT)


def pg_available() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        eng = create_engine(pg_admin_url())
        with eng.connect() as conn:
            conn.execute(text("select 1"))
        eng.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


_PG_CREATED: list[str] = []


def _pg_exec(*statements: str) -> None:
    eng = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        for st in statements:
            conn.execute(text(st))
    eng.dispose()


def _pg_url(name: str) -> str:
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


def pg_create(template: str | None = None) -> str:
    """A new randomly named database (dropped at exit), empty or cloned from `template`; returns its URL."""
    name = f"ocop_bench_{uuid.uuid4().hex[:10]}"
    _pg_exec(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    _PG_CREATED.append(name)
    return _pg_url(name)


def pg_drop(url: str) -> None:
    """Drop a database made by `pg_create`."""
    name = make_url(url).database
    if name in _PG_CREATED:
        _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _PG_CREATED.remove(name)


@atexit.register
def _drop_all() -> None:
    for name in list(_PG_CREATED):
        with contextlib.suppress(Exception):
            _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fingerprint(extra: str) -> str:
    """Changes when the generator, the tables or the migrations change (so a cached database is rebuilt)."""
    h = hashlib.sha256(extra.encode())
    for rel in ("workflows/ocop/scale.py", "engine/store.py", "workflows/ocop/models.py", "engine/audit.py"):
        h.update((ROOT / rel).read_bytes())
    for folder in ("engine/migrations/versions", "workflows/ocop/migrations"):
        for p in sorted((ROOT / folder).glob("*.py")):
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def progress_bar(label: str, total: int) -> Callable[[int], None]:
    """A plain progress bar on stderr, for `generate(progress=...)`."""
    state = {"done": 0, "t": time.perf_counter(), "last": 0.0}

    def update(k: int) -> None:
        state["done"] += k
        now = time.perf_counter()
        if now - state["last"] < 0.5 and state["done"] < total:
            return
        state["last"] = now
        width = 30
        filled = int(width * state["done"] / total)
        rate = state["done"] / max(now - state["t"], 1e-9)
        sys.stderr.write(
            f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {state['done']}/{total} ({rate:,.0f}/s)"
            + ("\n" if state["done"] >= total else "")
        )
        sys.stderr.flush()

    return update


@dataclass
class Generated:
    """A generated database: its URL, size and what the generator wrote."""

    backend: str
    url: str
    n: int
    summary: dict[str, Any]


def _generate(url: str, n: int, mix: dict[str, float] | None, label: str) -> dict[str, Any]:
    from workflows.ocop.scale import generate

    db = Database(url)
    try:
        schema.upgrade(db)
        summary = generate(db, catalog(), n, seed=SEED, today=TODAY, mix=mix, progress=progress_bar(label, n))
        if db.dialect == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
        else:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return summary.as_dict()


_PG_TEMPLATES: dict[tuple[int, str], Generated] = {}


def generated(backend: str, n: int, mix: dict[str, float] | None = None, tag: str = "default") -> Generated:
    """A generated database of `n` dossiers to read (SQLite: cached under bench/results/cache; PostgreSQL: made once
    per run). Benchmarks that write use `writable_copy`."""
    if backend == "sqlite":
        CACHE.mkdir(parents=True, exist_ok=True)
        key = _fingerprint(f"{n}:{SEED}:{TODAY}:{tag}:{sorted((mix or {}).items())}")
        path = CACHE / f"ocop-{tag}-{n}-{key}.db"
        meta = path.with_suffix(".json")
        if not (path.exists() and meta.exists()):
            for old in CACHE.glob(f"ocop-{tag}-{n}-*"):
                old.unlink()
            tmp = path.with_suffix(".tmp")
            for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                p.unlink(missing_ok=True)
            summary = _generate(f"sqlite:///{tmp}", n, mix, f"generating {n:,} dossiers (sqlite)")
            for suffix in ("-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            tmp.rename(path)
            meta.write_text(json.dumps(summary, default=str), encoding="utf-8")
        return Generated("sqlite", f"sqlite:///{path}", n, json.loads(meta.read_text(encoding="utf-8")))
    found = _PG_TEMPLATES.get((n, tag))
    if found is None:
        url = pg_create()
        summary = _generate(url, n, mix, f"generating {n:,} dossiers (postgresql)")
        found = _PG_TEMPLATES[(n, tag)] = Generated("postgresql", url, n, summary)
    return found


@contextlib.contextmanager
def writable_copy(g: Generated, workdir: Path) -> Iterator[str]:
    """A throw-away copy of a generated database (a file copy on SQLite, `CREATE DATABASE ... TEMPLATE` on PG)."""
    if g.backend == "sqlite":
        src = Path(make_url(g.url).database or "")
        dst = workdir / f"copy-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(src, dst)
        try:
            yield f"sqlite:///{dst}"
        finally:
            for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
                p.unlink(missing_ok=True)
        return
    url = pg_create(template=make_url(g.url).database)
    try:
        yield url
    finally:
        pg_drop(url)


def sqlite_path(url: str) -> str:
    """The file of a SQLite URL."""
    return make_url(url).database or ""


def pg_dsn(url: str) -> str:
    """A libpq connection string for psycopg from an SQLAlchemy URL."""
    u = make_url(url)
    parts = [f"host={u.host or '127.0.0.1'}", f"port={u.port or 5432}", f"dbname={u.database}"]
    parts.append(f"user={u.username or 'postgres'}")
    if u.password:
        parts.append(f"password={u.password}")
    return " ".join(parts)
