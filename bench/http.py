"""3. A named action through the JSON API under gunicorn, 8 concurrent clients on loopback, vs a bare Flask endpoint.

gunicorn (2 workers × 4 threads, gthread, bound to 127.0.0.1 only) serves `bench.wsgi`: the OCOP app and a bare
Flask endpoint that parses the same JSON body. Each client has its own dossiers and its own keep-alive connection and
fires `POST /api/v1/dossiers/<id>/actions/return_for_completion` (district officer's token) and `.../resubmit`
(commune officer's token) in turn, with `expected_version`; every response must be 200. Phases alternate: bare,
action, bare, action; each client sends a fixed number of requests a phase (bounded; a phase also stops after
5 minutes). Throughput is requests / wall time of the phases; latencies are pooled.

Targets: the action's throughput ≥ 0.3× the bare endpoint's; the action's p99 ≤ 4× its p50.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.common import ROOT, Result, generated, log, summary_ms, writable_copy
from bench.config import Config
from engine import accounts
from engine.db import Database
from engine.store import Case

PHASE_LIMIT_S = 300
DOSSIERS_PER_CLIENT = 4


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """gunicorn on 127.0.0.1 in its own process group (stopped by its pid, which this object started)."""

    def __init__(self, url: str, workdir: Path) -> None:
        self.port = _free_port()
        env = {
            **os.environ,
            "OCOP_DATABASE_URL": url,
            "OCOP_INSTANCE_PATH": str(workdir / "instance"),
            "OCOP_SECRET_KEY": secrets.token_hex(32),
            "PYTHONPATH": str(ROOT),
        }
        self.log = (workdir / "gunicorn.log").open("w")
        cmd = [
            sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
            "--worker-class", "gthread", "--threads", "4", "--timeout", "60", "--graceful-timeout", "5",
            "--keep-alive", "5", "--log-level", "warning", "--chdir", str(ROOT), "bench.wsgi:application",
        ]  # fmt: skip
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}; see {workdir / 'gunicorn.log'}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not answer /healthz within 90 s")

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL after 10 s."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        self.log.close()


class Client:
    """One client: its dossiers, its tokens, its connection, its latencies."""

    def __init__(self, port: int, dossiers: list[dict[str, Any]]) -> None:
        self.port = port
        self.dossiers = dossiers
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.turn = 0

    def _post(self, path: str, body: dict[str, Any], token: str | None) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = json.dumps(body).encode()
        for attempt in range(2):
            try:
                t = time.perf_counter()
                self.conn.request("POST", path, body=data, headers=headers)
                resp = self.conn.getresponse()
                raw = resp.read()
                self.latencies.append(time.perf_counter() - t)
                return resp.status, raw
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def bare(self) -> None:
        status, _ = self._post("/bare/", {"expected_version": self.turn, "payload": {}}, None)
        self.turn += 1
        if status != 200:
            self.errors.append(f"bare {status}")

    def action(self) -> None:
        x = self.dossiers[self.turn % len(self.dossiers)]
        self.turn += 1
        if x["state"] == "commune_reviewed":
            trigger, token = "return_for_completion", x["district_token"]
            body = {"expected_version": x["version"], "reason": "Thiếu phiếu kiểm nghiệm chất lượng sản phẩm"}
        else:
            trigger, token = "resubmit", x["commune_token"]
            body = {"expected_version": x["version"], "payload": {"changes": "Đã bổ sung phiếu kiểm nghiệm"}}
        status, raw = self._post(f"/api/v1/dossiers/{x['id']}/actions/{trigger}", body, token)
        if status != 200:
            self.errors.append(f"{trigger} {status} {raw[:200]!r}")
            return
        out = json.loads(raw)
        x["state"], x["version"] = out["state"], out["version"]


def _prepare(url: str, clients: int) -> list[list[dict[str, Any]]]:
    """Each client's dossiers (commune_reviewed or returned, all different) with the two officers' tokens."""
    db = Database(url)
    tokens: dict[str, str] = {}
    try:
        with db.write() as s:
            rows = s.execute(
                select(Case.id, Case.state, Case.version, Case.unit_path)
                .where(Case.state.in_(("commune_reviewed", "returned")))
                .order_by(Case.id)
                .limit(clients * DOSSIERS_PER_CLIENT)
            ).all()
            if len(rows) < clients * DOSSIERS_PER_CLIENT:
                raise RuntimeError("not enough dossiers under review in the generated database")
            out: list[list[dict[str, Any]]] = [[] for _ in range(clients)]
            for i, (cid, state, version, path) in enumerate(rows):
                commune = path.strip("/").split("/")[-1].lower()
                district = commune[: len("s01d01")]
                for name in (f"{commune}.xa", f"{district}.huyen"):
                    if name not in tokens:
                        tokens[name] = accounts.create_token(s, name)[1]
                out[i % clients].append(
                    {
                        "id": cid,
                        "state": state,
                        "version": version,
                        "commune_token": tokens[f"{commune}.xa"],
                        "district_token": tokens[f"{district}.huyen"],
                    }
                )
    finally:
        db.dispose()
    return out


def _phase(clients: list[Client], kind: str, requests: int) -> float:
    """All clients send `requests` each (or stop at the phase limit); returns the phase's wall time."""
    barrier = threading.Barrier(len(clients) + 1)
    deadline = time.monotonic() + PHASE_LIMIT_S

    def work(c: Client) -> None:
        barrier.wait()
        step = c.bare if kind == "bare" else c.action
        for _ in range(requests):
            if time.monotonic() > deadline:
                c.errors.append("phase time limit reached")
                return
            try:
                step()
            except Exception as exc:
                c.errors.append(f"{type(exc).__name__}: {exc}")
                return

    threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in clients]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join(PHASE_LIMIT_S + 60)
    return time.perf_counter() - started


def measure(url: str, workdir: Path, clients_n: int, requests: int) -> dict[str, Any]:
    """Run the alternating phases against a fresh server on a copy of the database."""
    plan = _prepare(url, clients_n)
    server = Server(url, workdir)
    try:
        bare = [Client(server.port, d) for d in plan]
        action = [Client(server.port, d) for d in plan]
        for c in (*bare, *action):  # warm-up: connections, first requests of each worker
            for _ in range(3):
                (c.bare if c in bare else c.action)()
        for c in (*bare, *action):
            c.latencies.clear()
        walls = {"bare": 0.0, "action": 0.0}
        for _ in range(2):
            walls["bare"] += _phase(bare, "bare", requests)
            walls["action"] += _phase(action, "action", requests)
    finally:
        server.stop()
    out = {}
    for kind, group in (("bare", bare), ("action", action)):
        lat = [x for c in group for x in c.latencies]
        errors = [e for c in group for e in c.errors]
        out[kind] = {
            **summary_ms(lat),
            "requests": len(lat),
            "wall_s": walls[kind],
            "per_s": len(lat) / walls[kind],
            "errors": errors[:20],
            "error_count": len(errors),
        }
    return out


def run(cfg: Config) -> Result:
    """Each backend at the HTTP scale of the set."""
    res = Result("http")
    for backend in cfg.backends:
        g = generated(backend, cfg.http_scale)
        log(
            f"http: {backend}, {cfg.http_clients} clients × {cfg.http_requests} requests × 2 phases each, "
            f"{cfg.http_scale:,} dossiers"
        )
        with writable_copy(g, cfg.workdir) as url:
            m = measure(url, cfg.workdir, cfg.http_clients, cfg.http_requests)
        res.data[backend] = m
        a, b = m["action"], m["bare"]
        ratio = a["per_s"] / b["per_s"]
        errors = f"; {a['error_count'] + b['error_count']} errors" if a["error_count"] or b["error_count"] else ""
        res.add(
            backend,
            f"API action (return_for_completion/resubmit), {cfg.http_clients} clients, {cfg.http_scale // 1000}k",
            f"{a['per_s']:,.0f} req/s (p50 {a['p50_ms']:.1f} ms, p99 {a['p99_ms']:.1f} ms){errors}",
            f"bare Flask endpoint {b['per_s']:,.0f} req/s (p50 {b['p50_ms']:.1f} ms, p99 {b['p99_ms']:.1f} ms)",
            ratio,
            "≥ 0.3×",
            ratio >= 0.3 and not a["error_count"],
        )
        spread = a["p99_ms"] / a["p50_ms"]
        res.add(
            backend,
            "API action latency spread (p99 / p50)",
            f"p99 {a['p99_ms']:.1f} ms",
            f"p50 {a['p50_ms']:.1f} ms",
            spread,
            "≤ 4×",
            spread <= 4,
        )
    return res
