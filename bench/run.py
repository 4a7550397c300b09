"""Run the benchmarks: `python -m bench.run [--set quick|full] [--only fire,queries,...] [--backends ...]`.

Each benchmark prints its figures with their baseline and ratio, and writes JSON under `bench/results/`; the run
writes `bench/results/summary-<set>-<time>.json` and `bench/results/latest-<set>.md` (the table for the README).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from bench import common
from bench.config import full, quick

BENCHES = ["limits", "fire", "queries", "http", "verify", "tick", "memory"]


def _table(machine: dict[str, Any], rows: list[common.Row], cfg_name: str, seconds: float) -> str:
    v = machine["versions"]
    lines = [
        f"Set `{cfg_name}`, measured {machine['when']} on commit {machine['commit']} in {seconds / 60:.1f} min.",
        "",
        f"Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['ram_gib']} GiB RAM, disk `{machine['disk']}`, "
        f"kernel {machine['kernel']}; Python {v.get('python')}, SQLite {v.get('sqlite')}, SQLAlchemy "
        f"{v.get('sqlalchemy')}, psycopg {v.get('psycopg')}, PostgreSQL {v.get('postgresql', '-')} "
        f"(synchronous_commit={v.get('pg_synchronous_commit', '-')}, shared_buffers={v.get('pg_shared_buffers', '-')}),"
        f" Flask {v.get('flask')}, gunicorn {v.get('gunicorn', '-')}.",
        f"Load: load average {machine['loadavg']} and {machine['cpu_busy_pct']}% CPU busy before the run; "
        f"{machine.get('loadavg_after')} after; other busy processes: "
        f"{', '.join(machine['busy_processes']) or 'none'}.",
        "",
        "| bench | measure | backend | figure | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        note = f" ({r.note})" if r.note else ""
        lines.append(
            f"| {r.bench} | {r.what} | {r.backend} | {r.figure}{note} | {r.baseline} | {ratio} | {r.target} | {met} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--set", choices=["quick", "full"], default="quick")
    parser.add_argument("--only", default=",".join(BENCHES), help=f"comma-separated subset of {','.join(BENCHES)}")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    only = [b for b in args.only.split(",") if b]
    unknown = set(only) - set(BENCHES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    backends = [b for b in args.backends.split(",") if b]
    if "postgresql" in backends:
        problem = common.pg_available()
        if problem:
            common.log(f"PostgreSQL at {common.pg_admin_url()} is unavailable ({problem}): measuring SQLite only")
            backends.remove("postgresql")
    started = time.perf_counter()
    common.RESULTS.mkdir(parents=True, exist_ok=True)
    machine = common.machine(common.pg_admin_url() if "postgresql" in backends else None)
    common.log(f"machine: {machine['nproc']} CPUs, load {machine['loadavg']}, {machine['cpu_busy_pct']}% busy")
    rows: list[common.Row] = []
    results: dict[str, Any] = {}
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ocop-bench-") as tmp:
        cfg = (quick if args.set == "quick" else full)(backends, Path(tmp))
        for name in [b for b in BENCHES if b in only]:
            module = importlib.import_module(f"bench.{name}")
            t = time.perf_counter()
            load_before = common.loadavg()
            try:
                res = module.run(cfg) if name != "limits" else module.run(args.set == "quick")
            except Exception:
                traceback.print_exc()
                failed.append(name)
                continue
            seconds = time.perf_counter() - t
            payload = {
                "bench": name,
                "set": cfg.name,
                "seconds": round(seconds, 1),
                "loadavg_before": load_before,
                "loadavg_after": common.loadavg(),
                "rows": [r.as_dict() for r in res.rows],
                "data": res.data,
            }
            common.write_json(f"{name}-{cfg.name}", payload)
            results[name] = payload
            rows += res.rows
    machine["loadavg_after"] = common.loadavg()
    seconds = time.perf_counter() - started
    summary = {"set": args.set, "machine": machine, "seconds": round(seconds, 1), "failed": failed, "results": results}
    path = common.write_json(f"summary-{args.set}", summary)
    table = _table(machine, rows, args.set, seconds)
    complete = set(only) == set(BENCHES) and not failed
    latest = common.RESULTS / f"latest-{args.set}{'' if complete else '-partial'}.md"
    latest.write_text(table, encoding="utf-8")
    print()
    print(table)
    common.log(f"results: {path} and {latest}")
    if failed:
        common.log(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
