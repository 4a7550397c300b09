"""Login, inbox, dossier list, dossier page, action forms and registration."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

from flask import abort, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response

from engine import accounts, directory
from engine.definition import Definition
from engine.diagram import mermaid
from engine.errors import EngineError, NotFound
from web.auth import SessionUser
from web.ui import forms, sheets
from web.ui.common import Problems, bp, describe_error, me, page_arg, safe_next, svc
from web.ui.i18n import LANGUAGES
from web.ui.labels import is_vi, state_label, trigger_label
from web.ui.limits import limiter, login_limit

INBOX_PAGE = 20
LIST_PAGE = 20


# ---- sessions ---------------------------------------------------------------------------------------------------


@bp.get("/")
def index() -> Response:
    """The inbox when logged in, the login page otherwise."""
    return redirect(url_for("ui.inbox" if current_user.is_authenticated else "ui.login"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(login_limit, methods=["POST"], deduct_when=lambda r: r.status_code == 401)
def login() -> Any:
    """Sign in with a username and password."""
    target = safe_next(request.values.get("next"), url_for("ui.inbox"))
    if request.method == "GET":
        if current_user.is_authenticated:
            return redirect(target)
        return render_template("ui/login.html", next=target, username="", failed=False)
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    with svc().db.read() as s:
        try:
            user = accounts.user_by_name(s, username)
        except NotFound:
            user = None
        ok = user is not None and accounts.check_password(user, password)
        session_user = SessionUser.of(user) if ok and user is not None else None
    if session_user is None:
        return render_template("ui/login.html", next=target, username=username, failed=True), 401
    lang = session.get("lang")
    session.clear()  # a fresh session at login (no fixation)
    if lang:
        session["lang"] = lang
    login_user(session_user)
    return redirect(target)


@bp.post("/logout")
def logout() -> Response:
    """End the session (and every other browser session of the user: a copied cookie stops working)."""
    if current_user.is_authenticated:
        directory.end_sessions(svc(), me().user_id)
    lang = session.get("lang")
    logout_user()
    session.clear()
    if lang:
        session["lang"] = lang
    return redirect(url_for("ui.login"))


@bp.post("/language")
def set_language() -> Response:
    """Switch between Vietnamese and English."""
    lang = request.form.get("lang", "vi")
    session["lang"] = lang if lang in LANGUAGES else "vi"
    return redirect(safe_next(request.form.get("next"), url_for("ui.index")))


# ---- inbox and lists --------------------------------------------------------------------------------------------


@bp.get("/inbox")
def inbox() -> str:
    """The dossiers where the user can act now, with their deadlines and the actions waiting."""
    page = page_arg()
    rows = svc().inbox(me(), limit=INBOX_PAGE + 1, offset=(page - 1) * INBOX_PAGE)
    more = len(rows) > INBOX_PAGE
    items = []
    for row in rows[:INBOX_PAGE]:
        dossier = svc().describe(me(), row.id)
        items.append({"case": row, "d": dossier, "definition": _definition(dossier)})
    names = directory.full_names(svc(), [i["d"].get("commune") for i in items])
    return render_template("ui/inbox.html", items=items, page=page, more=more, names=names)


def _int_arg(name: str) -> int | None:
    try:
        return int(request.args[name]) if request.args.get(name) else None
    except ValueError:
        return None


@bp.get("/dossiers")
def dossiers() -> str:
    """The dossiers of the user's territory, filtered by state, unit, stars, workflow, year and name."""
    page = page_arg()
    args = {k: request.args.get(k, "").strip() for k in ("state", "unit", "workflow", "q")}
    stars, year = _int_arg("stars"), _int_arg("year")
    problems = Problems()
    rows: list[Any] = []
    total = 0
    try:
        rows, total = svc().list_cases(
            me(),
            state=args["state"] or None,
            unit=args["unit"] or None,
            workflow=args["workflow"] or None,
            year=year,
            q=args["q"] or None,
            filters={"stars": stars} if stars else None,
            page=page,
            per_page=LIST_PAGE,
        )
    except EngineError as exc:
        problems = describe_error(exc)
    states = {}
    for d in svc().catalog:
        for name in d.states:
            states.setdefault(name, state_label(d, name))
    units = directory.units(svc(), me())
    return render_template(
        "ui/dossiers.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / LIST_PAGE)),
        args=args,
        stars=stars,
        year=year,
        states=states,
        units=units,
        workflows=sorted({d.name for d in svc().catalog}),
        problems=problems,
        definitions={(d.name, d.version): d for d in svc().catalog},
    )


# ---- one dossier ------------------------------------------------------------------------------------------------


def _definition(dossier: dict[str, Any]) -> Definition:
    return svc().catalog.get(dossier["workflow"], dossier["workflow_version"])


def localised(d: Definition) -> Definition:
    """The definition with its labels in the page's language (for the diagram)."""
    if is_vi():
        return d
    states = {n: replace(st, label=state_label(d, n)) for n, st in d.states.items()}
    return replace(d, states=states, title=d.name)


@bp.get("/dossiers/<case_id>")
def dossier(case_id: str) -> str:
    """A dossier: product, producer, units, state, warnings, diagram, scores, certificate, lineage and actions."""
    s, actor = svc(), me()
    d = s.describe(actor, case_id)
    definition = _definition(d)
    history = s.history(actor, case_id)
    visited = [st for r in history for st in (r["from"], r["to"]) if st]
    score_sheets = _view(case_id, "score_sheets")
    lineage = _view(case_id, "lineage")
    names = directory.full_names(s, [d.get("commune"), d.get("district"), d.get("province"), d.get("unit")])
    if d.get("certificate"):
        names.update(directory.full_names(s, [d["certificate"].get("issued_by")]))
    criteria_sheet = sheets.sheet_for(definition, definition.events.get("score_sheet"), d)
    return render_template(
        "ui/dossier.html",
        d=d,
        definition=definition,
        diagram=mermaid(localised(definition), visited),
        sheets=score_sheets,
        criteria_rows=(lambda points: sheets.criteria_rows(criteria_sheet, points)) if criteria_sheet else None,
        lineage=lineage,
        names=names,
        history=history,
    )


def _view(case_id: str, name: str) -> Any:
    try:
        return svc().view(me(), case_id, name)
    except NotFound:
        return None


def _action_spec(definition: Definition, trigger: str, kind: str) -> Any:
    if kind == "event":
        return definition.events.get(trigger)
    return definition.any_with_trigger(trigger)


@bp.route("/dossiers/<case_id>/actions/<trigger>", methods=["GET", "POST"])
def action(case_id: str, trigger: str) -> Any:
    """The form of one action, built from its declared payload fields; submitting it fires the action.

    An ocop-2026 `score_sheet` shows the product set's criterion sheet in place of its `criteria` mapping
    (`web.ui.sheets`); the rest of the page, the checks and the service call are the same for every action.
    """
    s, actor = svc(), me()
    d = s.describe(actor, case_id)
    definition = _definition(d)
    offered = next((a for a in d["allowed_actions"] if a["trigger"] == trigger), None)
    kind = offered["kind"] if offered else ("event" if trigger in definition.events else "transition")
    spec = _action_spec(definition, trigger, kind)
    if spec is None or (kind == "transition" and spec.source is None):
        abort(404)
    sheet = sheets.sheet_for(definition, spec, d) if kind == "event" else None
    declared = sheets.other_fields(spec) if sheet is not None else spec.payload
    current = sheets.current_sheet(_view(case_id, "score_sheets"), actor.username) if sheet is not None else None
    values: dict[str, Any] = {"expected_version": str(d["version"])}
    if current and current.get("note"):
        values["payload.note"] = current["note"]
    problems = Problems()
    if request.method == "POST":
        values = request.form.to_dict()
        payload = forms.parse(declared, request.form)
        if sheet is not None:
            payload[sheets.FIELD] = sheets.parse(sheet, request.form)
        reason = request.form.get("reason") if spec.reason != "none" else None
        reason = reason if reason and reason.strip() else None
        try:
            if kind == "event":
                s.record(actor, case_id, trigger, payload=payload, reason=reason)
            else:
                try:
                    expected = int(request.form.get("expected_version", ""))
                except ValueError:
                    expected = -1
                s.fire(actor, case_id, trigger, expected_version=expected, payload=payload, reason=reason)
            session["flash_done"] = trigger_label(definition, trigger, offered["label"] if offered else None)
            return redirect(url_for("ui.dossier", case_id=case_id))
        except EngineError as exc:
            problems = describe_error(exc, definition)
            if problems.current_version is not None:
                values["expected_version"] = str(problems.current_version)
            d = s.describe(actor, case_id)
            offered = next((a for a in d["allowed_actions"] if a["trigger"] == trigger), None)
    fields = forms.build(declared, values, problems.fields)
    reason_input = forms.reason_field(spec.reason, values, problems.fields)
    sheet_view, errors = None, problems.fields
    # A sheet is filled only by those the action is offered to: others see why, not an empty sheet to fill.
    closed = sheet is not None and offered is None
    if sheet is not None and not closed:
        if request.method == "POST":
            sheet_view = sheets.build(sheet, form=request.form)
        else:
            sheet_view = sheets.build(sheet, chosen=(current or {}).get("criteria"))
        sheet_view.revision = current
        errors = sheets.place_errors(sheet_view, problems.fields)
    return render_template(
        "ui/action.html",
        d=d,
        definition=definition,
        trigger=trigger,
        kind=kind,
        label=trigger_label(definition, trigger, offered["label"] if offered else None),
        offered=offered,
        fields=fields,
        reason_field=reason_input,
        values=values,
        problems=problems,
        sheet=sheet_view,
        closed=closed,
        unplaced=forms.unplaced(errors, [*fields, reason_input]),
    ), (422 if problems else 200)


# ---- registration -----------------------------------------------------------------------------------------------


def _register_definition(name: str | None) -> Definition | None:
    if name:
        try:
            return svc().catalog.get(name)
        except NotFound:
            return None
    try:
        return svc().catalog.in_force(date.today())
    except EngineError:
        return max(svc().catalog, key=lambda d: (d.in_force_from or date.min, d.version), default=None)


@bp.route("/dossiers/new", methods=["GET", "POST"])
def register() -> Any:
    """Register a product dossier at a commune: the `register` transition's payload, the workflow by date or named."""
    s, actor = svc(), me()
    source = request.form if request.method == "POST" else request.args
    workflow = source.get("workflow", "").strip()
    definition = _register_definition(workflow or None)
    creatable = [d for d in s.catalog if d.creation("register") is not None]
    if definition is None or definition.creation("register") is None:
        abort(404)
    t = definition.creation("register")
    assert t is not None
    communes = directory.units(s, actor, ("commune",))
    values: dict[str, Any] = {"unit": communes[0]["code"] if len(communes) == 1 else "", "workflow": workflow}
    problems = Problems()
    if request.method == "POST":
        values = request.form.to_dict()
        payload = forms.parse(t.payload, request.form)
        filed_raw = request.form.get("filed_on", "").strip()
        try:
            filed_on = date.fromisoformat(filed_raw) if filed_raw else None
            view = s.register(
                actor,
                unit=request.form.get("unit", "").strip(),
                payload=payload,
                workflow=workflow or None,
                filed_on=filed_on,
                reason=(request.form.get("reason") or "").strip() or None if t.reason != "none" else None,
            )
            session["flash_done"] = trigger_label(definition, "register", t.label)
            return redirect(url_for("ui.dossier", case_id=view.id))
        except ValueError:
            problems = Problems(summary=[_("Please correct the fields marked below.")])
            problems.fields = {"filed_on": ["Not a valid date."]}
        except EngineError as exc:
            problems = describe_error(exc, definition)
    fields = forms.build(t.payload, values, problems.fields)
    reason_input = forms.reason_field(t.reason, values, problems.fields) if t.reason == "required" else None
    from web.ui.messages import translate

    return render_template(
        "ui/register.html",
        definition=definition,
        workflows=creatable,
        communes=communes,
        fields=fields,
        reason_field=reason_input,
        values=values,
        problems=problems,
        errors={k: [translate(m) for m in v] for k, v in problems.fields.items()},
        unplaced=[
            (k, m)
            for k, m in forms.unplaced(problems.fields, [*fields, reason_input])
            if k not in ("unit", "filed_on", "workflow")
        ],
    ), (422 if problems else 200)
