"""6. Memory per loaded dossier (the service layer's `CaseView`, as `list_cases` returns it) vs a bare ORM row.

Measured with `tracemalloc` in this process: the memory still held after loading `rows` dossiers (divided by `rows`),
and the peak while loading. The baseline is the same table's rows as bare ORM objects (`session.scalars(select(Case))`)
held in an open session. Both load the same dossiers in the same order; each side is warmed up once first, so
compiled-statement caches are not counted.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bench.common import Result, catalog, generated, log
from bench.config import Config
from engine.accounts import SYSTEM
from engine.db import Database
from engine.services import Services
from engine.store import Case


def _held(load: Callable[[], Any]) -> tuple[int, int, Any]:
    """(bytes still held by what `load` returns, peak bytes during the load, the result)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = load()
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return current - before, peak - before, result


def measure(url: str, rows: int) -> dict[str, Any]:
    """Per-dossier bytes held and peak, for CaseViews and for bare ORM rows."""
    db = Database(url)
    svc = Services(db, catalog())
    query = select(Case).order_by(Case.updated_at.desc(), Case.id).limit(rows)
    svc.list_cases(SYSTEM, per_page=10)
    with db.read() as s:
        s.scalars(query.limit(10)).all()
    session = db._sessions()
    try:
        orm_held, orm_peak, objs = _held(lambda: session.scalars(query).all())
        assert len(objs) == rows
        del objs
    finally:
        session.close()
    view_held, view_peak, (views, _) = _held(lambda: svc.list_cases(SYSTEM, per_page=rows))
    assert len(views) == rows
    db.dispose()
    return {
        "rows": rows,
        "view_bytes": view_held / rows,
        "view_peak_bytes": view_peak / rows,
        "orm_bytes": orm_held / rows,
        "orm_peak_bytes": orm_peak / rows,
    }


def run(cfg: Config) -> Result:
    """Each backend on the write-scale database."""
    res = Result("memory")
    for backend in cfg.backends:
        g = generated(backend, cfg.write_scale)
        log(f"memory: {backend}, {cfg.memory_rows:,} dossiers loaded")
        m = measure(g.url, cfg.memory_rows)
        res.data[backend] = m
        ratio = m["view_bytes"] / m["orm_bytes"]
        res.add(
            backend,
            f"memory per loaded dossier (list_cases, {m['rows']:,} dossiers)",
            f"{m['view_bytes']:,.0f} B held (peak {m['view_peak_bytes']:,.0f} B while loading)",
            f"bare ORM row {m['orm_bytes']:,.0f} B held (peak {m['orm_peak_bytes']:,.0f} B)",
            ratio,
            "≤ 1.2×",
            ratio <= 1.2,
        )
    return res
