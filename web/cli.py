"""The `ocop` command: database, units, users, tokens, audit and workflow definitions."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import AppGroup, FlaskGroup, with_appcontext

from engine import accounts, schema
from engine.accounts import SYSTEM, Actor
from engine.diagram import mermaid
from engine.errors import DefinitionError, EngineError
from engine.loader import load_all
from engine.machines import Catalog
from engine.services import Services
from web import create_app, definition_paths


def _svc() -> Services:
    svc: Services = current_app.extensions["ocop"]
    return svc


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the engine's typed errors into a clear message and exit status 1."""
    try:
        yield
    except EngineError as exc:
        fields = exc.details.get("fields") or {}
        detail = "".join(f"\n  {k}: {'; '.join(map(str, v))}" for k, v in fields.items())
        raise click.ClickException(f"{exc.message}{detail}") from exc


def _write(fn: Callable[..., Any]) -> Any:
    with _errors(), _svc().db.write() as session:
        return fn(session)


cli = FlaskGroup(create_app=create_app, add_default_commands=True, help="OCOP dossiers: engine, web app and tools.")


def main() -> None:
    """Console-script entry point."""
    cli.main(prog_name="ocop")


# ---- db ----------------------------------------------------------------------------------------------------
db_cli = AppGroup("db", help="Create or migrate the database.")
cli.add_command(db_cli)


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database to the newest revision."""
    svc = _svc()
    schema.upgrade(svc.db)
    click.echo(f"database at the newest revision ({svc.db.engine.url.render_as_string(hide_password=True)})")


# ---- units -------------------------------------------------------------------------------------------------
units_cli = AppGroup("units", help="Administrative units.")
cli.add_command(units_cli)


@units_cli.command("create")
@click.argument("code")
@click.option("--name", required=True)
@click.option("--level", required=True, type=click.Choice(accounts.LEVELS))
@click.option("--parent", default=None, help="code of the parent unit")
@click.option("--successor", default=None, help="code of the unit that took over this one")
def units_create(code: str, name: str, level: str, parent: str | None, successor: str | None) -> None:
    """Add an administrative unit."""
    unit = _write(lambda s: accounts.create_unit(s, code, name, level, parent, successor))
    click.echo(f"unit {unit.code} ({unit.level}) {unit.name}: {unit.path}")


@units_cli.command("successor")
@click.argument("code")
@click.argument("successor")
def units_successor(code: str, successor: str) -> None:
    """Name the unit that took over an abolished unit."""
    _write(lambda s: accounts.set_successor(s, code, successor))
    click.echo(f"unit {code}: successor {successor}")


# ---- users -------------------------------------------------------------------------------------------------
users_cli = AppGroup("users", help="Users: one role and one unit each.")
cli.add_command(users_cli)


def _known_roles() -> set[str]:
    return {r for d in _svc().catalog for r in d.roles}


@users_cli.command("create")
@click.argument("username")
@click.option("--role", required=True)
@click.option("--unit", required=True, help="code of the user's unit")
@click.option("--full-name", default="")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def users_create(username: str, role: str, unit: str, full_name: str, password_stdin: bool) -> None:
    """Add a user."""
    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    roles = _known_roles()
    user = _write(lambda s: accounts.create_user(s, username, role, unit, roles, password, full_name))
    click.echo(f"user {user.username}: {user.role} at {unit}" + ("" if password else " (no password: API tokens only)"))


@users_cli.command("disable")
@click.argument("username")
def users_disable(username: str) -> None:
    """Disable a user: ends their sessions and revokes their tokens."""
    _write(lambda s: accounts.disable_user(s, username))
    click.echo(f"user {username} disabled; sessions ended and tokens revoked")


@users_cli.command("move")
@click.argument("username")
@click.option("--unit", required=True)
def users_move(username: str, unit: str) -> None:
    """Move a user to another unit."""
    _write(lambda s: accounts.move_user(s, username, unit))
    click.echo(f"user {username} moved to {unit}")


@users_cli.command("password")
@click.argument("username")
def users_password(username: str) -> None:
    """Set a user's password (read from standard input)."""
    password = sys.stdin.readline().rstrip("\n")
    _write(lambda s: accounts.set_password(s, username, password))
    click.echo(f"password of {username} set; sessions ended")


# ---- tokens ------------------------------------------------------------------------------------------------
tokens_cli = AppGroup("tokens", help="API tokens.")
cli.add_command(tokens_cli)


@tokens_cli.command("create")
@click.argument("username")
def tokens_create(username: str) -> None:
    """Print a new API token for the user (the token alone on the last line)."""
    row, token = _write(lambda s: accounts.create_token(s, username))
    click.echo(f"token {row.id} for {username} (shown once; store it safely):")
    click.echo(token)


@tokens_cli.command("revoke")
@click.argument("username")
@click.argument("token_id", required=False)
@click.option("--all", "revoke_all", is_flag=True, help="revoke every token of the user")
def tokens_revoke(username: str, token_id: str | None, revoke_all: bool) -> None:
    """Revoke one token (TOKEN-ID) or all of a user's tokens (--all)."""
    if revoke_all == bool(token_id):
        raise click.UsageError("give either a TOKEN-ID or --all")
    count = _write(lambda s: accounts.revoke_tokens(s, username, None if revoke_all else token_id))
    click.echo(f"{count} token(s) of {username} revoked")


# ---- calendar ----------------------------------------------------------------------------------------------
calendar_cli = AppGroup("calendar", help="The working-day calendar: the government's yearly days off and make-up days.")
cli.add_command(calendar_cli)
_DATE = click.DateTime(formats=["%Y-%m-%d"])


@calendar_cli.command("set")
@click.argument("day", type=_DATE, metavar="DATE")
@click.option("--workday/--day-off", "working", default=None, help="make DATE a working day or a day off")
@click.option("--note", required=True, help="why (e.g. the government's decision)")
def calendar_set(day: Any, working: bool | None, note: str) -> None:
    """Override the base calendar for DATE (YYYY-MM-DD): --workday or --day-off."""
    from engine import calendar as cal

    if working is None:
        raise click.UsageError("give --workday or --day-off")
    row = _write(lambda s: cal.set_day(s, day.date(), working, note))
    click.echo(f"{row.day.isoformat()}: {'working day' if row.working else 'day off'} ({row.note})")


@calendar_cli.command("remove")
@click.argument("day", type=_DATE, metavar="DATE")
def calendar_remove(day: Any) -> None:
    """Remove the override of DATE (YYYY-MM-DD): the base calendar applies again."""
    from engine import calendar as cal

    _write(lambda s: cal.remove_day(s, day.date()))
    d = day.date()
    click.echo(f"{d.isoformat()}: override removed; {'working day' if cal.base_is_working_day(d) else 'day off'}")


@calendar_cli.command("list")
@click.argument("year", type=click.IntRange(1, 9998))
@click.option("--all", "show_all", is_flag=True, help="also list the base calendar's holidays and make-up days")
def calendar_list(year: int, show_all: bool) -> None:
    """List the overrides of YEAR (with --all, every holiday of the base calendar too)."""
    from engine import calendar as cal

    with _errors(), _svc().db.read() as session:
        rows = [(r.day, r.working, "override", r.note) for r in cal.list_days(session, year)]
    lines = list(rows)
    if show_all:
        lines += [(d, False, "base", name) for d, name in cal.base_holidays(year).items()]
        lines += [(d, True, "base", cal.MAKE_UP_WORKDAY) for d in cal.base_workdays(year)]
    for d, working, source, text in sorted(lines, key=lambda line: (line[0], line[2] == "override")):
        kind = "working day" if working else "day off"
        click.echo(f"{d.isoformat()} {cal.WEEKDAYS_VI[d.weekday()]:<8} {kind:<11} {source:<8} {text}")
    click.echo(f"{len(rows)} override(s) in {year}")


@calendar_cli.command("due")
@click.argument("day", type=_DATE, metavar="DATE")
@click.argument("n", type=click.IntRange(min=1))
def calendar_due(day: Any, n: int) -> None:
    """Print the N-th working day after DATE (YYYY-MM-DD), counting from the next day."""
    from engine import calendar as cal

    with _errors(), _svc().db.read() as session:
        calendar = cal.load_calendar(session)
    click.echo(calendar.nth_working_day_after(day.date(), n).isoformat())


# ---- councils ---------------------------------------------------------------------------------------------
councils_cli = AppGroup("councils", help="OCOP evaluation councils.")
cli.add_command(councils_cli)


@councils_cli.command("create")
@click.argument("unit")
@click.option("--members", required=True, help="comma-separated usernames (council members of UNIT)")
@click.option("--decision-no", default="")
@click.option("--established-on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
def councils_create(unit: str, members: str, decision_no: str, established_on: Any) -> None:
    """Establish the council of a unit (replaces the one in force)."""
    from workflows.ocop.councils import create_council

    day = established_on.date() if established_on else None
    council = _write(lambda s: create_council(s, unit, members.split(","), decision_no, day))
    click.echo(f"council {council.id} of {unit}: {len(council.members)} members, decision {decision_no or '-'}")


# ---- policy ------------------------------------------------------------------------------------------------
policy_cli = AppGroup("policy", help="The executable policy (features/).")
cli.add_command(policy_cli)


@policy_cli.command("report")
@click.option(
    "--results",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="cucumber JSON of the last run (default test-output/policy.json)",
)
@click.option("--features", "features_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="where to write the page (default: the instance folder, served at /policy)",
)
def policy_report(results: Path | None, features_dir: Path | None, out: Path | None) -> None:
    """Build the HTML report of every feature and scenario with the result of the last run."""
    from web.policy import ROOT, render

    target = out or Path(current_app.instance_path) / "policy.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        render(features_dir or ROOT / "features", results or ROOT / "test-output" / "policy.json"), encoding="utf-8"
    )
    click.echo(f"policy report written to {target}")


# ---- demo --------------------------------------------------------------------------------------------------
@cli.command("demo")
@click.option(
    "--scale",
    type=click.IntRange(min=1),
    default=None,
    help="instead of the demo: add N generated ocop-2023 dossiers with their histories (benchmarks, scale tests)",
)
@click.option("--seed", type=int, default=2026, show_default=True, help="random seed of --scale")
@with_appcontext
def demo(scale: int | None, seed: int) -> None:
    """Load demo units, users, councils and dossiers in every state (idempotent); print the logins.

    With --scale N, add N generated dossiers over 20 provinces instead (users without passwords: use
    `ocop tokens create`); a second run adds N more.
    """
    from workflows.ocop.demo import DEMO_PASSWORD, load_demo

    svc = _svc()
    if not schema.is_current(svc.db):
        schema.upgrade(svc.db)
    if scale is not None:
        from workflows.ocop.scale import generate

        with _errors(), click.progressbar(length=scale, label="generating dossiers", file=sys.stderr) as bar:
            summary = generate(svc.db, svc.catalog, scale, seed=seed, progress=bar.update)
        click.echo(
            f"{summary.cases:,} dossiers, {summary.records:,} history records, {summary.certificates:,} certificates, "
            f"{summary.units:,} units, {summary.users:,} users in {summary.seconds:.1f} s"
        )
        for state, count in sorted(summary.states.items()):
            click.echo(f"  {state:<22} {count:>8,}")
        return
    with _errors():
        logins = load_demo(svc, click.echo)
    click.echo(f"\nDemo logins (password for all: {DEMO_PASSWORD}; demo data only, never in production):")
    for username, role, unit in logins:
        click.echo(f"  {username:<18} {role:<17} {unit}")


# ---- import ------------------------------------------------------------------------------------------------
import_cli = AppGroup("import", help="Bring existing records in.")
cli.add_command(import_cli)


@import_cli.command("certificates")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="check every row and import nothing")
@click.option(
    "--as",
    "username",
    envvar="OCOP_IMPORT_AS",
    required=True,
    help="the admin or province officer recorded as importing (or OCOP_IMPORT_AS)",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="write the rows' errors to this CSV file",
)
def import_certificates(file: Path, dry_run: bool, username: str, report: Path | None) -> None:
    """Load existing certificates (.xlsx or .csv) as certified dossiers, each through one recorded `import`."""
    import csv

    from workflows.ocop.importer import import_rows, read_rows

    svc = _svc()
    with _errors(), svc.db.read() as s:
        actor = Actor.of(accounts.user_by_name(s, username))
    with _errors():
        header, rows = read_rows(file)
        materialised = list(rows)
        with click.progressbar(length=len(materialised), label="importing", file=sys.stderr) as bar:
            results = import_rows(svc, actor, header, materialised, dry_run, bar.update)
    bad = [r for r in results if not r.ok]
    for r in bad:
        click.echo(f"row {r.row}: " + " | ".join(r.errors), err=True)
    if report:
        with report.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["row", "errors"])
            writer.writerows([r.row, " | ".join(r.errors)] for r in bad)
    verb = "would import" if dry_run else "imported"
    click.echo(f"{verb} {len(results) - len(bad)} of {len(results)} rows; {len(bad)} rejected")
    if bad:
        sys.exit(1)


# ---- certificates ------------------------------------------------------------------------------------------
certificates_cli = AppGroup("certificates", help="OCOP certificates.")
cli.add_command(certificates_cli)


@certificates_cli.command("expiring")
@click.option("--days", default=180, show_default=True, help="expiring within this many days")
@click.option("--unit", "unit_code", default=None, help="only this unit's territory (default: everywhere)")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
def certificates_expiring(days: int, unit_code: str | None, csv_path: Path | None, today: Any) -> None:
    """Certificates expiring within N days, and expired ones without a renewal."""
    import csv

    from engine.services import local_date, utcnow
    from workflows.ocop.certificates import expiry_list

    svc = _svc()
    day = today.date() if today else local_date(utcnow())
    notice = int(svc.catalog.get("ocop-2023").param("notice_days"))
    with _errors(), svc.db.read() as s:
        path = accounts.unit_by_code(s, unit_code).path if unit_code else "/"
        rows = expiry_list(s, path, day, days, notice, limit=1_000_000)
    if csv_path:
        with csv_path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["code"])
            writer.writeheader()
            writer.writerows(rows)
    for r in rows:
        click.echo(f"{r['code']}  {r['valid_until']}  {r['status']:<9} {r['stars']}★  {r['commune']:<8} {r['product']}")
    click.echo(f"{len(rows)} certificate(s)")


# ---- scheduler ---------------------------------------------------------------------------------------------
@cli.command("tick")
@click.option("--now", "at", default=None, help="ISO date (or date-time) to act as the current moment")
@with_appcontext
def tick(at: str | None) -> None:
    """Fire due time-driven transitions (idempotent; safe from cron on several servers)."""
    from datetime import datetime, time

    from engine.services import LOCAL_TZ

    moment = None
    if at:
        try:
            parsed = datetime.fromisoformat(at)
        except ValueError as exc:
            raise click.BadParameter("an ISO date such as 2029-08-02", param_hint="--now") from exc
        if len(at) <= 10:
            parsed = datetime.combine(parsed.date(), time(8), LOCAL_TZ)
        moment = parsed if parsed.tzinfo else parsed.replace(tzinfo=LOCAL_TZ)
    with _errors():
        outcomes = _svc().tick(moment)
    fired = [o for o in outcomes if o["outcome"] == "fired"]
    for o in outcomes:
        detail = f"{o['from']} → {o['to']}" if o["outcome"] == "fired" else "; ".join(o.get("reasons", []))
        click.echo(f"{o['outcome']:<8} {o['trigger']:<14} case {o['case']} {detail}".rstrip())
    click.echo(f"{len(fired)} transition(s) fired")


# ---- audit -------------------------------------------------------------------------------------------------
audit_cli = AppGroup("audit", help="Auditors' tools.")
cli.add_command(audit_cli)


@audit_cli.command("verify")
@click.option("--case", "case_id", default=None, help="verify one case only")
def audit_verify(case_id: str | None) -> None:
    """Verify every history chain; exit 1 on any problem, naming the case and the first bad seq."""
    with _errors():
        report = _svc().verify(SYSTEM, case_id)
    for p in report.problems:
        click.echo(f"PROBLEM case {p.case} seq {p.seq}: {p.problem}", err=True)
    click.echo(
        f"checked {report.checked} records in {report.cases} cases: "
        + ("all chains verified" if report.ok else f"{len(report.problems)} problem(s)")
    )
    if not report.ok:
        sys.exit(1)


# ---- workflows (no app needed: a broken definition must still be reported) --------------------------------
@click.group("workflows")
def workflows_cli() -> None:
    """Workflow definitions."""


cli.add_command(workflows_cli)


def _paths(files: tuple[str, ...]) -> list[Any]:
    return list(files) if files else definition_paths(os.environ.get("OCOP_WORKFLOW_PATHS"))


@workflows_cli.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def workflows_check(files: tuple[str, ...]) -> None:
    """Validate definition files (all shipped ones by default); exit 1 naming file, line and key."""
    paths = _paths(files)
    try:
        loaded = load_all(paths)
    except DefinitionError as exc:
        for p in exc.problems:
            click.echo(f"ERROR {p}", err=True)
        click.echo(f"{len(exc.problems)} problem(s) in {len(paths)} file(s)", err=True)
        sys.exit(1)
    for d in loaded:
        click.echo(f"ok {d.file}: {d.name} v{d.version} ({len(d.states)} states, {len(d.transitions)} transitions)")
    from workflows.ocop.criteria import report_anomalies

    report_anomalies(click.echo)  # the decision text's own inconsistencies and the reading the project takes
    click.echo(f"{len(loaded)} workflow definition(s) checked")


@workflows_cli.command("diagram")
@click.argument("name")
@click.option("--version", "version", type=int, default=None)
def workflows_diagram(name: str, version: int | None) -> None:
    """Print the mermaid state diagram of a workflow."""
    try:
        catalog = Catalog(load_all(_paths(())))
        d = catalog.get(name, version)
    except (DefinitionError, EngineError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(mermaid(d), nl=False)
