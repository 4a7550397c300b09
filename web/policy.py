"""`ocop policy report` and `/policy`: the executable policy (features/) in readable Vietnamese with its last results.

The page lists every feature and scenario with its tags and legal sources, and the result, time and commit of the
test run it was built from (pytest-bdd's `--cucumberjson` output plus the run's `.meta.json`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, current_app
from flask_login import login_required
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner
from markupsafe import Markup

ROOT = Path(__file__).resolve().parent.parent
STATUS = {
    "passed": ("Đạt", "ok"),
    "failed": ("Không đạt", "bad"),
    "skipped": ("Bỏ qua", "skip"),
    None: ("Chưa chạy", "none"),
}
STYLE = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1f2937;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #e5e7eb}h3{font-size:1.05rem}
.meta{background:#f3f4f6;padding:.5rem 1rem;border-radius:.4rem}.tag{display:inline-block;background:#e0e7ff;
color:#1e3a8a;border-radius:.3rem;padding:0 .35rem;margin-right:.25rem;font-size:.8rem}
.ok{color:#065f46;font-weight:600}.bad{color:#991b1b;font-weight:600}.skip,.none{color:#6b7280}
.scenario{border-left:4px solid #d1d5db;padding:.25rem .75rem;margin:.75rem 0}.step{margin:.1rem 0}
.kw{font-weight:600}table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #d1d5db;padding:.15rem .5rem}
"""


def _parse(path: Path) -> dict[str, Any]:
    return Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))["feature"]


def _results(results: Path | None) -> tuple[dict[tuple[str, int], list[str]], dict[str, Any]]:
    """Statuses of each scenario run, keyed by (feature file suffix, scenario line), and the run's metadata."""
    by_scenario: dict[tuple[str, int], list[str]] = defaultdict(list)
    meta: dict[str, Any] = {}
    if results is None or not results.exists():
        return by_scenario, meta
    for feature in json.loads(results.read_text(encoding="utf-8")):
        for element in feature.get("elements", []):
            statuses = [s.get("result", {}).get("status") for s in element.get("steps", [])]
            status = "failed" if "failed" in statuses else "skipped" if "skipped" in statuses else "passed"
            by_scenario[(feature["uri"], element["line"])].append(status)
    meta_path = results.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta.setdefault("finished_at", datetime.fromtimestamp(results.stat().st_mtime, UTC).isoformat(timespec="seconds"))
    return by_scenario, meta


def _status(runs: list[str]) -> str | None:
    if not runs:
        return None
    return "failed" if "failed" in runs else "skipped" if "skipped" in runs else "passed"


def _tags(tags: Iterable[dict[str, Any]]) -> Markup:
    return Markup("").join(Markup('<span class="tag">{}</span>').format(t["name"]) for t in tags)


def _table(rows: list[dict[str, Any]]) -> Markup:
    out = Markup("<table>")
    for i, row in enumerate(rows):
        cell = "th" if i == 0 else "td"
        out += (
            Markup("<tr>")
            + Markup("").join(Markup("<{0}>{1}</{0}>").format(Markup(cell), c["value"]) for c in row["cells"])
            + Markup("</tr>")
        )
    return out + Markup("</table>")


def _scenario(sc: dict[str, Any], uri: str, results: dict[tuple[str, int], list[str]], inherited: list) -> Markup:
    runs = [s for (u, line), ss in results.items() if line == sc["location"]["line"] and uri.endswith(u) for s in ss]
    label, css = STATUS[_status(runs)]
    count = f" ({len(runs)} lần chạy)" if len(runs) > 1 else ""
    html = Markup('<div class="scenario"><h3>{}: {} — <span class="{}">{}</span>{}</h3><p>{}</p>').format(
        sc["keyword"], sc["name"], css, label, count, _tags(inherited + sc["tags"])
    )
    for step in sc["steps"]:
        html += Markup('<div class="step"><span class="kw">{}</span>{}</div>').format(step["keyword"], step["text"])
        if step.get("dataTable"):
            html += _table(step["dataTable"]["rows"])
    for ex in sc.get("examples", []):
        html += Markup("<p><span class='kw'>{}:</span> {}</p>").format(ex["keyword"], ex["name"])
        html += _table([ex["tableHeader"], *ex["tableBody"]])
    return html + Markup("</div>")


def render(features: Path, results: Path | None) -> str:
    """The report page as HTML text."""
    statuses, meta = _results(results)
    files = sorted(features.glob("**/*.feature"))
    totals: dict[str | None, int] = defaultdict(int)
    body = Markup("")
    for path in files:
        feature = _parse(path)
        uri = path.relative_to(features).as_posix()
        body += Markup("<h2>{}: {}</h2><p>{}</p><p><small>{}</small></p>").format(
            feature["keyword"], feature["name"], _tags(feature["tags"]), uri
        )
        if feature.get("description"):
            body += Markup("<p>{}</p>").format(feature["description"].strip())
        for child in feature["children"]:
            inherited = list(feature["tags"])
            items = [child["scenario"]] if "scenario" in child else []
            if "rule" in child:
                body += Markup("<h3>{}: {}</h3>").format(child["rule"]["keyword"], child["rule"]["name"])
                inherited += child["rule"].get("tags", [])
                items = [c["scenario"] for c in child["rule"]["children"] if "scenario" in c]
            for sc in items:
                runs = [
                    s
                    for (u, line), ss in statuses.items()
                    if line == sc["location"]["line"] and uri.endswith(u)
                    for s in ss
                ]
                totals[_status(runs)] += 1
                body += _scenario(sc, uri, statuses, inherited)
    summary = ", ".join(f"{STATUS[k][0]}: {v}" for k, v in sorted(totals.items(), key=lambda kv: str(kv[0])))
    run = (
        f"Lần chạy {meta.get('finished_at', '?')}, commit {meta.get('commit', 'không rõ')}"
        if results is not None and results.exists()
        else "Chưa có kết quả chạy kiểm thử"
    )
    head = Markup(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Chính sách OCOP thực thi được</title><style>{}</style></head><body>"
    ).format(Markup(STYLE))
    intro = Markup('<h1>Chính sách OCOP thực thi được</h1><p class="meta">{} · {} kịch bản · {}</p>').format(
        run, sum(totals.values()), summary
    )
    return str(head + intro + body + Markup("</body></html>"))


def write_meta(results: Path, exit_status: int) -> None:
    """Record the commit and time of a test run beside its cucumber JSON (called at the end of the run)."""
    import subprocess

    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
        ).stdout.strip()
        or "unknown"
    )
    results.with_suffix(".meta.json").write_text(
        json.dumps(
            {
                "commit": commit,
                "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "exit_status": exit_status,
            }
        ),
        encoding="utf-8",
    )


bp = Blueprint("policy", __name__)


@bp.get("/policy")
@login_required
def page() -> Response:
    """The policy report, built from the features and the last recorded run."""
    cfg = current_app.config
    built = Path(current_app.instance_path) / "policy.html"
    if built.exists():
        return Response(built.read_text(encoding="utf-8"), mimetype="text/html")
    results = Path(cfg["POLICY_RESULTS"]) if cfg.get("POLICY_RESULTS") else ROOT / "test-output" / "policy.json"
    html = render(Path(cfg.get("FEATURES_DIR") or ROOT / "features"), results)
    return Response(html, mimetype="text/html")


def init_app(app: Flask) -> None:
    """Serve `/policy`."""
    app.register_blueprint(bp)
