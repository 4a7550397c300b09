"""2. Inbox, dossier list and one dossier's history (and the dossier's representation): p50 and p99 at each scale.

The same service calls the API makes (`inbox` with 50 a page, `list_cases` with 20 a page and its total,
`history`, `describe`), by officers of each level: the busiest commune of province S01, its district, the province,
a member of that district's council, and the central office. Each database is generated with the same geography
(20 provinces, 160 districts, 1,600 communes), so a bigger N means more dossiers per unit, as a national system
fills up over the years.

Target: p50 at the largest N within 2× of the p50 at 1k, and every plan reaches its tables through an index. The
plans of every statement a call issues are captured and explained (SQLite `EXPLAIN QUERY PLAN`, PostgreSQL
`EXPLAIN`); a full scan of a table is flagged.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, func, select

from bench.common import NOW, RESULTS, Result, catalog, generated, log, summary_ms, timed
from bench.config import Config
from engine.accounts import SYSTEM, Actor
from engine.db import Database
from engine.services import Services
from engine.store import Case, Unit, User

LEVELS = ("commune_officer", "district_officer", "province_officer", "council_member", "central_officer")


def actors(svc: Services) -> dict[str, Actor]:
    """The officers measured: the busiest commune of S01, its district and province, a council member, the centre."""
    with svc.db.read() as s:
        busiest = s.execute(
            select(Case.unit_id, func.count())
            .where(Case.unit_path >= "/VN/S01/", Case.unit_path < "/VN/S010")
            .group_by(Case.unit_id)
            .order_by(func.count().desc(), Case.unit_id)
            .limit(1)
        ).first()
        assert busiest is not None, "no generated dossiers in S01"
        commune = s.get(Unit, busiest[0])
        assert commune is not None
        district = commune.code[: len("S01D01")]
        names = {
            "commune_officer": f"{commune.code.lower()}.xa",
            "district_officer": f"{district.lower()}.huyen",
            "province_officer": "s01.tinh",
            "council_member": f"{district.lower()}.hd1",
            "central_officer": "scale.tw",
        }
        users = {u.username: u for u in s.scalars(select(User).where(User.username.in_(names.values())))}
        return {level: Actor.of(users[name]) for level, name in names.items()}


class Capture:
    """The statements (and parameters) a call sends, to explain them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if self.on and not statement.lstrip().upper().startswith(("EXPLAIN", "BEGIN", "COMMIT", "ROLLBACK")):
            self.statements.append((statement, parameters))

    def plans(self, fn: Callable[[], Any]) -> list[dict[str, Any]]:
        """Run `fn` once, then explain each statement it sent."""
        self.statements = []
        self.on = True
        try:
            fn()
        finally:
            self.on = False
        out = []
        with self.db.engine.connect() as conn:
            for statement, params in self.statements:
                if self.db.dialect == "sqlite":
                    lines = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
                    scans = [ln for ln in lines if _sqlite_full_scan(ln)]
                else:
                    lines = [r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params)]
                    scans = [ln.strip().split("  (")[0] for ln in lines if _pg_full_scan(ln)]
                out.append({"sql": " ".join(statement.split())[:400], "plan": lines, "full_scans": scans})
            conn.rollback()
        return out


#: Tables that grow with the number of dossiers (units, users and councils grow with the geography only).
GROWING = ("cases", "history", "ocop_rounds", "ocop_score_sheets", "ocop_certificates", "timers")


def _sqlite_full_scan(line: str) -> bool:
    words = line.strip().split()
    return (
        len(words) >= 2
        and words[0] == "SCAN"
        and words[1] in GROWING
        and "USING INDEX" not in line
        and "USING COVERING INDEX" not in line
    )


def _pg_full_scan(line: str) -> bool:
    return "Seq Scan on " in line and line.split("Seq Scan on ", 1)[1].split()[0] in GROWING


def _ops(svc: Services, who: dict[str, Actor], sample: list[str]) -> dict[str, Callable[[], Any]]:
    picks = iter(random.Random(1).choices(sample, k=100_000))
    ops: dict[str, Callable[[], Any]] = {}
    for level in ("commune_officer", "district_officer", "province_officer", "council_member"):
        ops[f"inbox/{level}"] = lambda a=who[level]: svc.inbox(a, limit=50)
    for level in ("commune_officer", "district_officer", "province_officer", "central_officer"):
        ops[f"list/{level}"] = lambda a=who[level]: svc.list_cases(a, page=1, per_page=20)
    ops["history/one dossier"] = lambda: svc.history(SYSTEM, next(picks))
    ops["describe/one dossier"] = lambda: svc.describe(SYSTEM, next(picks), now=NOW)
    return ops


def measure(backend: str, n: int, repeat: int) -> dict[str, Any]:
    """Time every operation on the generated database of `n` dossiers and explain its statements."""
    g = generated(backend, n)
    db = Database(g.url)
    svc = Services(db, catalog(), clock=lambda: NOW)
    who = actors(svc)
    with db.read() as s:
        sample = list(s.scalars(select(Case.id).order_by(Case.id)))
    capture = Capture(db)
    out: dict[str, Any] = {"summary": g.summary, "actors": {k: a.username for k, a in who.items()}, "ops": {}}
    for name, fn in _ops(svc, who, sample).items():
        plans = capture.plans(fn)
        samples = timed(fn, repeat)
        result = fn()
        size = len(result[0]) if isinstance(result, tuple) else len(result) if isinstance(result, list) else None
        out["ops"][name] = {**summary_ms(samples), "rows": size, "plans": plans}
    db.dispose()
    return out


def run(cfg: Config) -> Result:
    """Every scale of the set, on each backend."""
    res = Result("queries")
    for backend in cfg.backends:
        by_scale: dict[int, dict[str, Any]] = {}
        for n in cfg.scales:
            log(f"queries: {backend}, {n:,} dossiers, {cfg.query_repeat} calls each")
            by_scale[n] = measure(backend, n, cfg.query_repeat)
        res.data[backend] = by_scale
        text = print_plans({backend: by_scale})
        print(text, flush=True)
        write_text(f"plans-{backend}-{cfg.name}.txt", text)
        base_n, top_n = cfg.scales[0], cfg.scales[-1]
        for name, top in by_scale[top_n]["ops"].items():
            base = by_scale[base_n]["ops"][name]
            ratio = top["p50_ms"] / base["p50_ms"]
            scans = sorted({s for p in top["plans"] for s in p["full_scans"]})
            per_scale = ", ".join(
                f"{n // 1000}k {by_scale[n]['ops'][name]['p50_ms']:.2f}/{by_scale[n]['ops'][name]['p99_ms']:.2f}"
                for n in cfg.scales
            )
            plan = "plans indexed" if not scans else "FULL SCAN: " + "; ".join(scans)
            res.add(
                backend,
                f"{name} (p50/p99 ms)",
                per_scale,
                f"{base_n // 1000}k p50 {base['p50_ms']:.2f} ms",
                ratio,
                f"≤ 2× at {top_n // 1000}k; plans indexed",
                ratio <= 2 and not scans,
                note=(f"{top['rows']} rows; " if top["rows"] is not None else "") + plan,
            )
    return res


def write_text(name: str, text: str) -> None:
    """Write a text file under bench/results/."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / name).write_text(text + "\n", encoding="utf-8")


def print_plans(data: dict[str, Any]) -> str:
    """The plans of the largest scale, as text (for the README)."""
    lines = []
    for backend, by_scale in data.items():
        n = max(by_scale)
        for name, op in by_scale[n]["ops"].items():
            lines.append(f"## {backend} {n:,} dossiers: {name}")
            for p in op["plans"]:
                lines.append(f"  {p['sql']}")
                lines += [f"    {ln}" for ln in p["plan"]]
    return "\n".join(lines)
