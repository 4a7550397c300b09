"""Audit pages: a dossier's hash-chained timeline, the search over the territory's history (CSV too), verification."""

from __future__ import annotations

import csv
import io
import math
from datetime import date
from typing import Any

from flask import Response, render_template, request
from flask_babel import gettext as _

from engine import directory
from engine.errors import EngineError
from engine.search import search_history
from web.ui.common import Problems, bp, describe_error, me, page_arg, svc
from web.ui.i18n import fmt_datetime
from web.ui.labels import role_label, state_label, trigger_label

SEARCH_PAGE = 50
CSV_MAX = 100_000


@bp.get("/dossiers/<case_id>/history")
def timeline(case_id: str) -> str:
    """The dossier's records in order, each with its hash, previous hash and whether the chain verifies there."""
    s, actor = svc(), me()
    d = s.describe(actor, case_id)
    definition = s.catalog.get(d["workflow"], d["workflow_version"])
    records = s.history(actor, case_id)
    report = s.verify(actor, case_id)
    bad_from = min((p.seq or 0 for p in report.problems), default=None)
    for r in records:
        r["verified"] = bad_from is None or (bool(bad_from) and r["seq"] < bad_from)
    return render_template(
        "ui/timeline.html", d=d, definition=definition, records=records, report=report, bad_from=bad_from
    )


def _date_arg(name: str, problems: Problems) -> date | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        problems.fields[name] = ["Not a valid date."]
        return None


def _search(page: int, per_page: int) -> tuple[list[dict[str, Any]], int, Problems, dict[str, str]]:
    args = {k: request.args.get(k, "").strip() for k in ("actor", "trigger", "unit", "date_from", "date_to")}
    problems = Problems()
    date_from, date_to = _date_arg("date_from", problems), _date_arg("date_to", problems)
    if problems.fields:
        problems.summary.append(_("Please correct the fields marked below."))
        return [], 0, problems, args
    try:
        rows, total = search_history(
            svc().db,
            me(),
            actor_name=args["actor"] or None,
            trigger=args["trigger"] or None,
            unit=args["unit"] or None,
            date_from=date_from,
            date_to=date_to,
            page=page,
            per_page=per_page,
        )
    except EngineError as exc:
        if exc.code == "forbidden":
            raise
        return [], 0, describe_error(exc), args
    return rows, total, problems, args


@bp.get("/audit/search")
def audit_search() -> str:
    """Search every history record of the auditor's territory: who, what, where, when."""
    page = page_arg()
    rows, total, problems, args = _search(page, SEARCH_PAGE)
    triggers = sorted(
        {t.trigger for d in svc().catalog for t in d.transitions} | {e for d in svc().catalog for e in d.events}
    )
    definitions = {(d.name, d.version): d for d in svc().catalog}
    return render_template(
        "ui/audit_search.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / SEARCH_PAGE)),
        args=args,
        problems=problems,
        triggers=[(t, trigger_label(next(iter(definitions.values()), None), t)) for t in triggers],
        units=directory.units(svc(), me()),
        definitions=definitions,
    )


@bp.get("/audit/search.csv")
def audit_search_csv() -> Response:
    """The same search as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese text)."""
    rows, _total, problems, _args = _search(1, CSV_MAX)
    definitions = {(d.name, d.version): d for d in svc().catalog}
    out = io.StringIO()
    out.write("\ufeff")
    w = csv.writer(out)
    w.writerow(
        [
            "dossier",
            "title",
            "unit",
            "seq",
            "kind",
            "trigger",
            "action",
            "from",
            "to",
            "actor",
            "role",
            "at",
            "reason",
            "prev_hash",
            "hash",
        ]
    )
    for r in rows:
        d = definitions.get((r["workflow"], r["workflow_version"]))
        w.writerow(
            [
                r["case"],
                _cell(r["title"]),
                r["unit"],
                r["seq"],
                r["kind"],
                r["trigger"],
                _cell(trigger_label(d, r["trigger"])),
                state_label(d, r["from"]) if r["from"] else "",
                state_label(d, r["to"]),
                r["actor"],
                _cell(role_label(r["role"])),
                fmt_datetime(r["at"]),
                _cell(r["reason"] or ""),
                r["prev_hash"],
                r["hash"],
            ]
        )
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=ocop-history.csv"},
        status=422 if problems else 200,
    )


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.get("/audit/verify")
def audit_verify() -> str:
    """Recompute every chain of the territory and show the result."""
    report = svc().verify(me())
    return render_template("ui/audit_verify.html", report=report)
