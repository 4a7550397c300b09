"""Admin pages: users (create, disable, move, password, tokens), units and councils inside the admin's unit."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from engine import directory
from engine.definition import LEVELS
from engine.errors import EngineError, InvalidInput
from web.ui.common import Problems, bp, describe_error, me, svc
from web.ui.messages import translate
from workflows.ocop import councils


def _errors(problems: Problems) -> dict[str, list[str]]:
    return {k: [translate(m) for m in v] for k, v in problems.fields.items()}


def _done(message: str) -> None:
    session["flash_done"] = message


@bp.route("/admin/users", methods=["GET", "POST"])
def admin_users() -> Any:
    """The users of the admin's territory; a form to add one."""
    directory.require_admin(me())
    problems, values = Problems(), {}
    if request.method == "POST":
        values = request.form.to_dict()
        values.pop("password", None)
        try:
            directory.create_user(
                svc(),
                me(),
                request.form.get("username", ""),
                request.form.get("role", ""),
                request.form.get("unit", ""),
                request.form.get("password", ""),
                request.form.get("full_name", ""),
            )
            _done(_("User %(name)s was created.", name=request.form.get("username", "").strip()))
            return redirect(url_for("ui.admin_users"))
        except EngineError as exc:
            problems = describe_error(exc)
    return render_template(
        "ui/admin_users.html",
        users=directory.users(svc(), me()),
        roles=directory.known_roles(svc()),
        units=directory.units(svc(), me()),
        values=values,
        problems=problems,
        errors=_errors(problems),
    ), (422 if problems else 200)


def _user_page(username: str, problems: Problems | None = None, token: str | None = None) -> Any:
    problems = problems or Problems()
    return render_template(
        "ui/admin_user.html",
        user=directory.user(svc(), me(), username),
        units=directory.units(svc(), me()),
        problems=problems,
        errors=_errors(problems),
        token=token,
    ), (422 if problems else 200)


@bp.get("/admin/users/<username>")
def admin_user(username: str) -> Any:
    """One user: disable, move, set a password, tokens."""
    directory.require_admin(me())
    return _user_page(username)


@bp.post("/admin/users/<username>/disable")
def admin_user_disable(username: str) -> Any:
    """Disable the user: their sessions end and their tokens are revoked."""
    directory.require_admin(me())
    directory.disable_user(svc(), me(), username)
    _done(_("User %(name)s was disabled.", name=username))
    return redirect(url_for("ui.admin_user", username=username))


@bp.post("/admin/users/<username>/move")
def admin_user_move(username: str) -> Any:
    """Move the user to another unit of the territory."""
    directory.require_admin(me())
    try:
        directory.move_user(svc(), me(), username, request.form.get("unit", ""))
    except InvalidInput as exc:
        directory.user(svc(), me(), username)
        return _user_page(username, describe_error(exc))
    _done(_("User %(name)s was moved.", name=username))
    return redirect(url_for("ui.admin_user", username=username))


@bp.post("/admin/users/<username>/password")
def admin_user_password(username: str) -> Any:
    """Set a new password (the user's sessions end)."""
    directory.require_admin(me())
    try:
        directory.set_password(svc(), me(), username, request.form.get("password", ""))
    except InvalidInput as exc:
        directory.user(svc(), me(), username)
        return _user_page(username, describe_error(exc))
    _done(_("The password of %(name)s was changed.", name=username))
    return redirect(url_for("ui.admin_user", username=username))


@bp.post("/admin/users/<username>/tokens")
def admin_token_create(username: str) -> Any:
    """A new API token, shown once on this response only."""
    directory.require_admin(me())
    try:
        token = directory.create_token(svc(), me(), username)
    except InvalidInput as exc:
        directory.user(svc(), me(), username)
        return _user_page(username, describe_error(exc))
    return _user_page(username, token=token)


@bp.post("/admin/users/<username>/tokens/revoke")
def admin_token_revoke(username: str) -> Response:
    """Revoke one token, or all of them."""
    directory.require_admin(me())
    count = directory.revoke_token(svc(), me(), username, request.form.get("token_id") or None)
    _done(_("%(n)s token(s) revoked.", n=count))
    return redirect(url_for("ui.admin_user", username=username))


@bp.route("/admin/units", methods=["GET", "POST"])
def admin_units() -> Any:
    """The units of the admin's territory; a form to add one under them."""
    directory.require_admin(me())
    problems, values = Problems(), {}
    if request.method == "POST":
        values = request.form.to_dict()
        try:
            directory.create_unit(
                svc(),
                me(),
                request.form.get("code", ""),
                request.form.get("name", ""),
                request.form.get("level", ""),
                request.form.get("parent", ""),
            )
            _done(_("Unit %(code)s was created.", code=request.form.get("code", "").strip()))
            return redirect(url_for("ui.admin_units"))
        except EngineError as exc:
            problems = describe_error(exc)
    return render_template(
        "ui/admin_units.html",
        units=directory.units(svc(), me()),
        levels=LEVELS,
        values=values,
        problems=problems,
        errors=_errors(problems),
    ), (422 if problems else 200)


@bp.route("/admin/councils", methods=["GET", "POST"])
def admin_councils() -> Any:
    """The councils of the admin's territory; a form to establish one (it replaces the one in force)."""
    directory.require_admin(me())
    problems, values = Problems(), {}
    if request.method == "POST":
        values = request.form.to_dict()
        members = request.form.getlist("members")
        values["members"] = members  # type: ignore[assignment]
        raw_day = request.form.get("established_on", "").strip()
        try:
            day = date.fromisoformat(raw_day) if raw_day else None
            councils.establish_for(
                svc(), me(), request.form.get("unit", ""), members, request.form.get("decision_no", ""), day
            )
            _done(_("The council was established."))
            return redirect(url_for("ui.admin_councils"))
        except ValueError:
            problems = Problems(summary=[_("Please correct the fields marked below.")])
            problems.fields = {"established_on": ["Not a valid date."]}
        except EngineError as exc:
            problems = describe_error(exc)
    members = [u for u in directory.users(svc(), me()) if u["role"] == "council_member" and u["active"]]
    return render_template(
        "ui/admin_councils.html",
        councils=councils.councils_for(svc(), me()),
        units=[u for u in directory.units(svc(), me()) if u["level"] in ("central", "province", "district")],
        members=members,
        values=values,
        problems=problems,
        errors=_errors(problems),
    ), (422 if problems else 200)
