"""The service layer: the only way to register, act on, record on, list and verify cases."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from engine.accounts import SYSTEM, Actor
from engine.audit import GENESIS, HASHED_FIELDS, Report, build_record, canonical_value, verify_chain
from engine.db import Database
from engine.definition import Definition, EventSpec, Transition
from engine.errors import (
    Busy,
    Forbidden,
    GuardRefused,
    IdempotencyKeyReused,
    InvalidInput,
    NotAvailable,
    NotFound,
    Reason,
    Replayed,
    StaleVersion,
    UnknownTrigger,
)
from engine.machines import Catalog
from engine.payload import validate_payload
from engine.store import Case, HistoryRecord, IdempotencyKey, Timer, Unit

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
Listener = Callable[..., None]


def utcnow() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def local_date(moment: datetime) -> date:
    """The local (Asia/Ho_Chi_Minh) date of a moment."""
    return moment.astimezone(LOCAL_TZ).date()


@dataclass
class CaseView:
    """A read-only snapshot of a case, as the services return it."""

    id: str
    workflow: str
    workflow_version: int
    state: str
    state_label: str
    final: bool
    version: int
    unit: str
    unit_path: str
    title: str
    filed_on: date
    in_force: bool
    data: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass
class Action:
    """An action the actor's role may take on a case now, and whether its guards allow it."""

    trigger: str
    label: str
    kind: str  # "transition" or "event"
    allowed: bool
    reasons: list[Reason] = field(default_factory=list)


@dataclass
class Context:
    """What a guard or an effect sees: the case, the rule, the actor, the payload, the time and the session."""

    case: Any
    definition: Definition
    rule: Transition | EventSpec
    actor: Actor
    payload: dict[str, Any] | None
    now: datetime
    session: Session
    _notify: Listener
    reason: str | None = None
    _cascade: Callable[..., None] | None = None

    def cascade(
        self, case_id: str, trigger: str, payload: dict[str, Any] | None = None, reason: str | None = None
    ) -> None:
        """Fire `trigger` on another case as the `system` actor, in this action's transaction."""
        if self._cascade is None:
            raise RuntimeError("cascades are only possible from an effect")
        self._cascade(case_id, trigger, payload, reason)

    def schedule(self, trigger: str, due_on: date) -> None:
        """Ask the scheduler (`tick`) to try `trigger` on this case from `due_on` (its guards still decide)."""
        self.session.add(Timer(case_id=self.case.id, trigger=trigger, due_on=due_on))

    def param(self, name: str) -> Any:
        """A parameter of the workflow (recorded, so a coverage report knows the outcome depended on it)."""
        self._notify("param", workflow=self.definition.key, name=name)
        return self.definition.param(name)

    @property
    def today(self) -> date:
        """The local date of `now`."""
        return local_date(self.now)


IDEMPOTENCY_TTL = timedelta(hours=24)
#: The statements of every write, built once (Core: no ORM bookkeeping on the hot path of `fire`).
_CASES, _HISTORY = Case.__table__, HistoryRecord.__table__
_BUMP = (
    update(_CASES)
    .where(_CASES.c.id == bindparam("b_id"), _CASES.c.version == bindparam("b_version"))
    .values(state=bindparam("b_state"), version=_CASES.c.version + 1, updated_at=bindparam("b_at"))
)
_PREV_HASH = select(_HISTORY.c.hash).where(
    _HISTORY.c.case_id == bindparam("p_case"), _HISTORY.c.seq == bindparam("p_seq")
)
#: From this many matching cases, a list page is read in `updated_at` order instead of sorting every match.
ORDERED_SCAN_FROM = 2000


@dataclass(frozen=True)
class Idempotency:
    """An Idempotency-Key: per user, with the hash of the request and how to render the stored response."""

    user_id: int
    key: str
    request_hash: str
    render: Callable[[Session, Case], tuple[int, Any]]


class _Model:
    """The object the shared machine moves: it holds only the state."""

    def __init__(self, state: str) -> None:
        self.state = state


class Services:
    """Service functions bound to a database and a catalogue of workflows."""

    def __init__(self, db: Database, catalog: Catalog, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.catalog = catalog
        self.clock = clock
        self.listeners: list[Listener] = []

    # ---- helpers -------------------------------------------------------------------------------------------

    def _notify(self, event: str, **info: Any) -> None:
        for listener in self.listeners:
            listener(event, **info)

    def _view(self, row: Case, unit_code: str) -> CaseView:
        d = self.catalog.get(row.workflow, row.workflow_version)
        st = d.states[row.state]
        return CaseView(
            row.id,
            row.workflow,
            row.workflow_version,
            row.state,
            st.label,
            st.final,
            row.version,
            unit_code,
            row.unit_path,
            row.title,
            row.filed_on,
            row.in_force,
            row.data,
            row.created_at,
            row.updated_at,
        )

    def _load(self, s: Session, actor: Actor, case_id: str, lock: bool = False) -> Case:
        query = select(Case).where(Case.id == case_id).options(joinedload(Case.unit, innerjoin=True))
        if lock:
            query = query.with_for_update(of=Case)
        row = s.scalar(query)
        if row is None or not actor.covers(row.unit_path):
            raise NotFound(f"no case {case_id!r}", case=case_id)
        return row

    def _guards(self, ctx: Context, names: Iterable[str]) -> list[Reason]:
        registry = ctx.definition.registry
        reasons: list[Reason] = []
        for name in names:
            assert registry is not None
            found = list(registry.guards[name].fn(ctx) or ())
            self._notify("guard", workflow=ctx.definition.key, name=name, passed=not found)
            reasons += found
        return reasons

    def _since(self, s: Session, case_id: str, after: int) -> list[dict[str, Any]]:
        rows = s.scalars(
            select(HistoryRecord)
            .where(HistoryRecord.case_id == case_id, HistoryRecord.seq > after)
            .order_by(HistoryRecord.seq)
        )
        return [
            {"seq": r.seq, "kind": r.kind, "trigger": r.trigger, "actor": r.actor, "at": r.at.isoformat()} for r in rows
        ]

    def _write_record(
        self,
        s: Session,
        row: Case,
        *,
        kind: str,
        trigger: str,
        from_state: str | None,
        actor: Actor,
        payload: dict[str, Any],
        reason: str | None,
        now: datetime,
    ) -> dict[str, Any]:
        """The one writer of history records: seq = the case's version, chained to the previous record."""
        prev = GENESIS
        if row.version > 1:
            prev = s.scalar(_PREV_HASH, {"p_case": row.id, "p_seq": row.version - 1}) or GENESIS
        values = build_record(
            case_id=row.id,
            seq=row.version,
            kind=kind,
            trigger=trigger,
            from_state=from_state,
            to_state=row.state,
            actor=actor.username,
            role=actor.role,
            at=now,
            payload=payload,
            reason=reason,
            workflow=row.workflow,
            workflow_version=row.workflow_version,
            prev_hash=prev,
        )
        try:
            # a Core insert: the record is written once and never read back in this unit of work
            s.execute(insert(_HISTORY), values)
        except IntegrityError as exc:
            if "uq_history_case_seq" not in str(exc) and "history.case_id, history.seq" not in str(exc):
                raise
            raise StaleVersion("another action was recorded first", current_version=row.version) from exc
        return values

    def _bump(self, s: Session, row: Case, state: str, now: datetime) -> None:
        """Move the case to `state` and its next version, only if nobody else did first."""
        result = s.execute(_BUMP, {"b_id": row.id, "b_version": row.version, "b_state": state, "b_at": now})
        if result.rowcount != 1:
            raise StaleVersion("the case changed meanwhile", current_version=row.version)
        set_committed_value(row, "state", state)
        set_committed_value(row, "version", row.version + 1)
        set_committed_value(row, "updated_at", now)

    def _effects(self, ctx: Context, names: Iterable[str], payload: dict[str, Any]) -> dict[str, Any]:
        registry = ctx.definition.registry
        assert registry is not None
        for name in names:
            extra = registry.effects[name](ctx) or {}
            clash = set(extra) & set(payload)
            if clash:
                raise RuntimeError(f"effect {name!r} would overwrite payload fields {sorted(clash)}")
            payload = {**payload, **extra}
        return payload

    def _claim(self, s: Session, idem: Idempotency | None, now: datetime) -> None:
        """Take the Idempotency-Key for this transaction, or replay the response stored for it.

        The key row is inserted first: a concurrent duplicate waits on the unique index until the first commits,
        then replays its response; if the first fails, nothing was stored and the duplicate runs.
        """
        if idem is None:
            return
        user_key = f"{idem.user_id}:{idem.key}"
        s.execute(
            delete(IdempotencyKey).where(
                IdempotencyKey.user_key == user_key, IdempotencyKey.created_at < now - IDEMPOTENCY_TTL
            )
        )
        for _ in range(2):
            stored = s.scalar(select(IdempotencyKey).where(IdempotencyKey.user_key == user_key))
            if stored is not None:
                if stored.request_hash != idem.request_hash:
                    raise IdempotencyKeyReused(
                        "this Idempotency-Key was used for a different request",
                        fields={"Idempotency-Key": ["already used for a different request"]},
                    )
                raise Replayed(stored.status, stored.response)
            try:
                with s.begin_nested():
                    s.add(
                        IdempotencyKey(
                            user_key=user_key, request_hash=idem.request_hash, status=0, response={}, created_at=now
                        )
                    )
                    s.flush()
                return
            except IntegrityError:
                continue  # another transaction stored it meanwhile: read it
        raise Busy("the request is being processed; retry with the same Idempotency-Key")

    def _finish(self, s: Session, idem: Idempotency | None, row: Case) -> None:
        """Store the response the client gets with its key, in the action's transaction."""
        if idem is None:
            return
        status, body = idem.render(s, row)
        s.execute(
            update(IdempotencyKey)
            .where(IdempotencyKey.user_key == f"{idem.user_id}:{idem.key}")
            .values(status=status, response=canonical_value(body) if not isinstance(body, dict) else body)
        )

    # ---- commands ------------------------------------------------------------------------------------------

    def register(
        self,
        actor: Actor,
        *,
        unit: str,
        payload: dict[str, Any] | None = None,
        workflow: str | None = None,
        filed_on: date | None = None,
        trigger: str = "register",
        reason: str | None = None,
        now: datetime | None = None,
        dry_run: bool = False,
        idempotency: Idempotency | None = None,
    ) -> CaseView:
        """Open a case at `unit` through a creation transition (seq 1), under the workflow named or in force.

        With `dry_run` every check and effect runs and the transaction is rolled back (for import previews).
        """
        now = now or self.clock()
        today = local_date(now)
        filed_on = filed_on or today
        if filed_on > today:
            raise InvalidInput("filed_on is in the future", fields={"filed_on": ["may not be in the future"]})
        d = self.catalog.get(workflow) if workflow else self.catalog.in_force(filed_on)
        t = d.creation(trigger)
        if t is None:
            raise UnknownTrigger(f"{d.name} has no creation action {trigger!r}", trigger=trigger)
        clean, reason = validate_payload(t.payload, t.reason, payload, reason)
        with self.db.write(dry_run=dry_run) as s:
            self._claim(s, idempotency, now)
            target = s.scalar(select(Unit).where(Unit.code == unit))
            if target is None or not actor.covers(target.path):
                raise InvalidInput("unknown unit", fields={"unit": [f"no unit {unit!r} in your territory"]})
            if actor.role not in t.roles:
                raise Forbidden(f"role {actor.role!r} may not {trigger}", role=actor.role)
            row = Case(
                id=str(uuid.uuid4()),
                workflow=d.name,
                workflow_version=d.version,
                state=t.dest,
                version=1,
                unit_id=target.id,
                unit_path=target.path,
                title=_title(d, clean),
                filed_on=filed_on,
                in_force=d.in_force_on(filed_on),
                data=canonical_value(clean),
                predecessor_id=_predecessor(d, clean),
                created_at=now,
                updated_at=now,
            )
            ctx = Context(row, d, t, actor, clean, now, s, self._notify, reason, self._cascader(s, now))
            reasons = self._guards(ctx, t.guards)
            if reasons:
                raise GuardRefused(f"{trigger} refused", reasons)
            s.add(row)
            s.flush()
            recorded = self._effects(ctx, t.effects, clean)
            self._write_record(
                s,
                row,
                kind="transition",
                trigger=trigger,
                from_state=None,
                actor=actor,
                payload=recorded,
                reason=reason,
                now=now,
            )
            self._notify("fired", workflow=d.key, trigger=trigger, source=None)
            self._finish(s, idempotency, row)
            return self._view(row, target.code)

    def fire(
        self,
        actor: Actor,
        case_id: str,
        trigger: str,
        *,
        expected_version: int,
        payload: dict[str, Any] | None = None,
        reason: str | None = None,
        now: datetime | None = None,
        idempotency: Idempotency | None = None,
    ) -> CaseView:
        """Fire one transition: checks in the order of docs/api.md; state, record and effects in one transaction."""
        now = now or self.clock()
        with self.db.write() as s:
            self._claim(s, idempotency, now)
            row = self._load(s, actor, case_id, lock=True)
            self._fire_in(s, actor, row, trigger, expected_version, payload, reason, now)
            self._finish(s, idempotency, row)
            return self._view(row, row.unit.code)

    def _fire_in(
        self,
        s: Session,
        actor: Actor,
        row: Case,
        trigger: str,
        expected_version: int | None,
        payload: dict[str, Any] | None,
        reason: str | None,
        now: datetime,
    ) -> None:
        """The body of `fire` inside an open write transaction on a locked case (also used by cascades and tick)."""
        d = self.catalog.get(row.workflow, row.workflow_version)
        sample = d.any_with_trigger(trigger)
        if sample is None or sample.source is None:
            raise UnknownTrigger(f"{d.name} has no action {trigger!r}", trigger=trigger)
        clean, reason = validate_payload(sample.payload, sample.reason, payload, reason)
        if expected_version is not None and expected_version != row.version:
            raise StaleVersion(
                f"the case is at version {row.version}, not {expected_version}",
                current_version=row.version,
                since=self._since(s, row.id, expected_version),
            )
        t = d.find(trigger, row.state)
        if t is None:
            raise NotAvailable(f"{trigger!r} is not available from state {row.state!r}", state=row.state)
        if actor.role not in t.roles:
            raise Forbidden(f"role {actor.role!r} may not {trigger}", role=actor.role)
        ctx = Context(row, d, t, actor, clean, now, s, self._notify, reason, self._cascader(s, now))
        reasons = self._guards(ctx, t.guards)
        if reasons:
            raise GuardRefused(f"{trigger} refused", reasons)
        source = row.state
        new_state = self.catalog.advance(d, _Model(source), trigger)
        self._bump(s, row, new_state, now)
        recorded = self._effects(ctx, t.effects, clean)
        self._write_record(
            s,
            row,
            kind="transition",
            trigger=trigger,
            from_state=source,
            actor=actor,
            payload=recorded,
            reason=reason,
            now=now,
        )
        self._notify("fired", workflow=d.key, trigger=trigger, source=source)

    def _cascader(self, s: Session, now: datetime) -> Callable[..., None]:
        """What an effect calls to fire a transition on another case as `system`, in the same transaction."""

        def cascade(
            case_id: str, trigger: str, payload: dict[str, Any] | None = None, reason: str | None = None
        ) -> None:
            other = self._load(s, SYSTEM, case_id, lock=True)
            self._fire_in(s, SYSTEM, other, trigger, None, payload, reason, now)

        return cascade

    def record(
        self,
        actor: Actor,
        case_id: str,
        kind: str,
        *,
        payload: dict[str, Any] | None = None,
        reason: str | None = None,
        now: datetime | None = None,
        idempotency: Idempotency | None = None,
    ) -> CaseView:
        """Record an event that is not a transition (it bumps the version; the state stays)."""
        now = now or self.clock()
        with self.db.write() as s:
            self._claim(s, idempotency, now)
            row = self._load(s, actor, case_id, lock=True)
            d = self.catalog.get(row.workflow, row.workflow_version)
            spec = d.events.get(kind)
            if spec is None:
                raise UnknownTrigger(f"{d.name} has no event {kind!r}", trigger=kind)
            clean, reason = validate_payload(spec.payload, spec.reason, payload, reason)
            if spec not in d.events_in(row.state):
                raise NotAvailable(f"{kind!r} cannot be recorded in state {row.state!r}", state=row.state)
            if not _may_record(actor, spec, row.state):
                raise Forbidden(
                    f"role {actor.role!r} may not record {kind} here", role=actor.role, level=spec.level_for(row.state)
                )
            ctx = Context(row, d, spec, actor, clean, now, s, self._notify, reason)
            reasons = self._guards(ctx, spec.guards)
            if reasons:
                raise GuardRefused(f"{kind} refused", reasons)
            self._bump(s, row, row.state, now)
            recorded = self._effects(ctx, spec.effects, clean)
            self._write_record(
                s,
                row,
                kind=kind,
                trigger=kind,
                from_state=row.state,
                actor=actor,
                payload=recorded,
                reason=reason,
                now=now,
            )
            self._finish(s, idempotency, row)
            return self._view(row, row.unit.code)

    def tick(self, now: datetime | None = None, batch: int = 500) -> list[dict[str, Any]]:
        """Fire due time-driven transitions as `system`, oldest first (so a late run catches up in order).

        Each timer is handled in its own transaction with the timer and the case locked, so concurrent runs (cron on
        several servers) record each transition once. A timer whose transition no longer leaves the case's state is
        closed as skipped; one whose guards still refuse stays pending.
        """
        now = now or self.clock()
        today = local_date(now)
        done: list[dict[str, Any]] = []
        after: tuple[date, int] = (date.min, 0)
        while True:
            with self.db.read() as s:
                due = s.execute(
                    select(Timer.id, Timer.due_on)
                    .where(Timer.done_at.is_(None), Timer.due_on <= today, tuple_(Timer.due_on, Timer.id) > after)
                    .order_by(Timer.due_on, Timer.id)
                    .limit(batch)
                ).all()
            if not due:
                return done
            for timer_id, due_on in due:
                after = (due_on, timer_id)
                outcome = self._run_timer(timer_id, now)
                if outcome is not None:
                    done.append(outcome)

    def _run_timer(self, timer_id: int, now: datetime) -> dict[str, Any] | None:
        with self.db.write() as s:
            timer = s.scalar(
                select(Timer).where(Timer.id == timer_id, Timer.done_at.is_(None)).with_for_update(skip_locked=True)
            )
            if timer is None:
                return None  # another run took it
            row = self._load(s, SYSTEM, timer.case_id, lock=True)
            source = row.state
            try:
                self._fire_in(s, SYSTEM, row, timer.trigger, None, None, None, now)
                outcome = "fired"
            except NotAvailable:
                outcome = "skipped"
            except GuardRefused as exc:
                return {
                    "case": row.id,
                    "trigger": timer.trigger,
                    "outcome": "pending",
                    "reasons": [r.message for r in exc.reasons],
                }
            timer.done_at, timer.outcome = now, outcome
            return {"case": row.id, "trigger": timer.trigger, "outcome": outcome, "from": source, "to": row.state}

    # ---- queries -------------------------------------------------------------------------------------------

    def get(self, actor: Actor, case_id: str) -> CaseView:
        """One case inside the actor's territory."""
        with self.db.read() as s:
            row = self._load(s, actor, case_id)
            return self._view(row, row.unit.code)

    def allowed_actions(self, actor: Actor, case_id: str, now: datetime | None = None) -> list[Action]:
        """The transitions and events leaving the case's state that the actor's role may take, with guard reasons."""
        now = now or self.clock()
        with self.db.read() as s:
            return self._allowed(s, actor, self._load(s, actor, case_id), now)

    def _allowed(self, s: Session, actor: Actor, row: Case, now: datetime) -> list[Action]:
        d = self.catalog.get(row.workflow, row.workflow_version)
        out: list[Action] = []
        rules: list[tuple[Transition | EventSpec, str, str, str]] = [
            (t, t.trigger, t.label, "transition") for t in d.transitions_from(row.state)
        ] + [(e, e.kind, e.label, "event") for e in d.events_in(row.state)]
        for rule, name, label, kind in rules:
            if actor.role not in rule.roles or (
                isinstance(rule, EventSpec) and not _may_record(actor, rule, row.state)
            ):
                continue
            reasons = self._guards(Context(row, d, rule, actor, None, now, s, self._notify), rule.guards)
            out.append(Action(name, label, kind, not reasons, reasons))
        return out

    def describe(self, actor: Actor, case_id: str, now: datetime | None = None) -> dict[str, Any]:
        """The case as a reader sees it: its fields, the workflow's own facts (`registry.describe`) and its actions."""
        now = now or self.clock()
        with self.db.read() as s:
            return self.describe_in(s, actor, self._load(s, actor, case_id), now)

    def describe_in(self, s: Session, actor: Actor, row: Case, now: datetime) -> dict[str, Any]:
        """`describe` inside an open session (used to store an idempotent response in the action's transaction)."""
        d = self.catalog.get(row.workflow, row.workflow_version)
        view = self._view(row, row.unit.code)
        out: dict[str, Any] = {
            "id": view.id,
            "workflow": view.workflow,
            "workflow_version": view.workflow_version,
            "in_force": view.in_force,
            "filed_on": view.filed_on,
            "state": view.state,
            "state_label": view.state_label,
            "final": view.final,
            "version": view.version,
            "unit": view.unit,
            "title": view.title,
            "data": view.data,
            "flags": [] if view.in_force else ["out_of_force"],
            "created_at": view.created_at,
            "updated_at": view.updated_at,
        }
        today = local_date(now)
        # Declared deadlines (`deadlines:` of the definition) running in the current state, from the day the case
        # entered their states: the receipt date (`filed_on`) for the registration, else the local date of the record.
        running = [dl for dl in d.deadlines.values() if row.state in dl.states]
        deadlines: list[dict[str, Any]] = []
        if running:
            from engine.calendar import load_calendar

            entries = s.execute(
                select(HistoryRecord.from_state, HistoryRecord.to_state, HistoryRecord.at)
                .where(HistoryRecord.case_id == row.id, HistoryRecord.kind == "transition")
                .order_by(HistoryRecord.seq.desc())
            ).all()
            calendar = load_calendar(s) if any(dl.working_days is not None for dl in running) else None
            for dl in running:
                entered = next((e for e in entries if e[1] in dl.states and e[0] not in dl.states), None)
                if entered is None:
                    continue
                start = row.filed_on if entered[0] is None else local_date(entered[2])
                due = dl.due(start, d.param, calendar)
                deadlines.append({"what": dl.name, "due": due.isoformat(), "overdue": today > due})
        if d.registry is not None and d.registry.describe is not None:
            extra = d.registry.describe(s, row, actor, today, d.param)
            out["flags"] += extra.pop("flags", [])
            deadlines += extra.pop("deadlines", [])
            out.update(extra)
        out["deadlines"] = deadlines
        if any(x["overdue"] for x in deadlines) and "overdue" not in out["flags"]:
            out["flags"].append("overdue")
        out["allowed_actions"] = [
            {
                "trigger": a.trigger,
                "label": a.label,
                "kind": a.kind,
                "allowed": a.allowed,
                "reasons": [r.as_dict() for r in a.reasons],
            }
            for a in self._allowed(s, actor, row, now)
        ]
        return out

    def view(self, actor: Actor, case_id: str, name: str, now: datetime | None = None) -> Any:
        """A named read-view the workflow provides (`registry.views`), e.g. the score sheets of a dossier."""
        now = now or self.clock()
        with self.db.read() as s:
            row = self._load(s, actor, case_id)
            registry = self.catalog.get(row.workflow, row.workflow_version).registry
            fn = registry.views.get(name) if registry is not None else None
            if fn is None:
                raise NotFound(f"{row.workflow} has no view {name!r}")
            return fn(s, row, actor, local_date(now), self.catalog.get(row.workflow, row.workflow_version).param)

    def list_cases(
        self,
        actor: Actor,
        *,
        state: str | None = None,
        unit: str | None = None,
        workflow: str | None = None,
        year: int | None = None,
        q: str | None = None,
        filters: dict[str, Any] | None = None,
        page: int = 1,
        per_page: int = 20,
    ) -> tuple[list[CaseView], int]:
        """Cases in the actor's territory, filtered, newest change first; returns a page and the total count."""
        ranges = [actor.territory()]
        where: list[Any] = []
        with self.db.read() as s:
            if unit is not None:
                target = s.scalar(select(Unit).where(Unit.code == unit))
                if target is None:
                    raise InvalidInput("unknown unit", fields={"unit": [f"no unit {unit!r}"]})
                ranges.append((target.path, target.path[:-1] + "0"))
            if state:
                where.append(Case.state == state)
            if workflow:
                where.append(Case.workflow == workflow)
            if year:
                where += [Case.filed_on >= date(year, 1, 1), Case.filed_on <= date(year, 12, 31)]
            if q:
                where.append(func.lower(Case.title).contains(q.lower(), autoescape=True))
            for name, value in (filters or {}).items():
                clauses = [f(value) for d in self.catalog if d.registry and (f := d.registry.filters.get(name))]
                if not clauses:
                    raise InvalidInput("unknown filter", fields={name: ["not a filter of any loaded workflow"]})
                where.append(clauses[0])
            in_ranges = [c for lo, hi in ranges for c in (Case.unit_path >= lo, Case.unit_path < hi)]
            total = int(s.scalar(select(func.count()).select_from(Case).where(*in_ranges, *where)) or 0)
            if total >= ORDERED_SCAN_FROM and s.get_bind().dialect.name == "sqlite":
                # Many matches: reading newest-first along ix_cases_updated meets a page of them quickly, where
                # sorting every match costs O(total). SQLite has no statistics to know it (PostgreSQL's planner
                # does), so the path ranges are written as expressions its planner cannot seek with.
                path = Case.unit_path + ""
                in_ranges = [c for lo, hi in ranges for c in (path >= lo, path < hi)]
            rows = s.execute(
                select(Case, Unit.code)
                .join(Unit, Unit.id == Case.unit_id)
                .where(*in_ranges, *where)
                .order_by(Case.updated_at.desc(), Case.id)
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).all()
            return [self._view(row, code) for row, code in rows], total

    def history(self, actor: Actor, case_id: str) -> list[dict[str, Any]]:
        """The case's records in seq order, in the API's shape."""
        with self.db.read() as s:
            row = self._load(s, actor, case_id)
            records = [
                _record_out(r)
                for r in s.scalars(
                    select(HistoryRecord).where(HistoryRecord.case_id == row.id).order_by(HistoryRecord.seq)
                )
            ]
            registry = self.catalog.get(row.workflow, row.workflow_version).registry
            if registry is not None and registry.history_filter is not None:
                records = registry.history_filter(actor, row, records, s)
            return records

    def _actionable(self, actor: Actor) -> list[tuple[str, int, str]]:
        return sorted(
            {
                (d.name, d.version, t.source)
                for d in self.catalog
                for t in d.transitions
                if t.source is not None and actor.role in t.roles
            }
            | {
                (d.name, d.version, st)
                for d in self.catalog
                for st in d.states
                for e in d.events_in(st)
                if e.inbox and _may_record(actor, e, st)
            }
        )

    def inbox(self, actor: Actor, limit: int = 100, offset: int = 0) -> list[CaseView]:
        """Cases in the actor's territory in a state where the actor's role can act: one indexed query."""
        pairs = self._actionable(actor)
        if not pairs:
            return []
        lo, hi = actor.territory()
        extra = [f(actor) for d in self.catalog if d.registry and (f := d.registry.inbox_filter) is not None]
        with self.db.read() as s:
            rows = s.execute(
                select(Case, Unit.code)
                .join(Unit, Unit.id == Case.unit_id)
                .where(
                    Case.unit_path >= lo,
                    Case.unit_path < hi,
                    tuple_(Case.workflow, Case.workflow_version, Case.state).in_(pairs),
                    # the same set as plain INs, so SQLite seeks ix_cases_state_path (workflow, state, unit_path)
                    Case.workflow.in_(sorted({w for w, _, _ in pairs})),
                    Case.state.in_(sorted({st for _, _, st in pairs})),
                    *[c for c in extra if c is not None],
                )
                .order_by(Case.updated_at.desc(), Case.id)
                .limit(limit)
                .offset(offset)
            ).all()
            return [self._view(row, code) for row, code in rows]

    def verify(self, actor: Actor, case_id: str | None = None, batch: int = 5000) -> Report:
        """Recompute every chain in the actor's territory (or one case's) and compare with the cases' state."""
        lo, hi = actor.territory()
        report = Report()
        with self.db.read() as s:
            where = [Case.unit_path >= lo, Case.unit_path < hi]
            if case_id is not None:
                row = self._load(s, actor, case_id)
                where = [Case.id == row.id]
            cases = {
                cid: (st, ver) for cid, st, ver in s.execute(select(Case.id, Case.state, Case.version).where(*where))
            }
            report.cases = len(cases)
            seen: set[str] = set()
            query = (
                select(*_CHAIN_COLUMNS)
                .join(Case, Case.id == HistoryRecord.case_id)
                .where(*where)
                .order_by(HistoryRecord.case_id, HistoryRecord.seq)
                .execution_options(yield_per=batch)
            )
            current: str | None = None
            batch_rows: list[dict[str, Any]] = []
            for values in s.execute(query):
                rec = dict(zip(_CHAIN_NAMES, values, strict=True))
                if rec["case"] != current and batch_rows:
                    self._check(report, current, cases, batch_rows, seen)
                    batch_rows = []
                current = rec["case"]
                batch_rows.append(rec)
            if batch_rows:
                self._check(report, current, cases, batch_rows, seen)
            for cid in sorted(set(cases) - seen):
                st, ver = cases[cid]
                _, finding = verify_chain(cid, st, ver, [])
                report.problems.append(finding)  # type: ignore[arg-type]
        return report

    @staticmethod
    def _check(
        report: Report, case_id: Any, cases: dict[str, tuple[str, int]], rows: list[dict[str, Any]], seen: set[str]
    ) -> None:
        seen.add(case_id)
        state, version = cases[case_id]
        count, finding = verify_chain(case_id, state, version, rows)
        report.checked += count
        if finding is not None:
            report.problems.append(finding)


_CHAIN_NAMES = (*HASHED_FIELDS, "hash")
_CHAIN_COLUMNS = (
    HistoryRecord.case_id,
    HistoryRecord.seq,
    HistoryRecord.kind,
    HistoryRecord.trigger,
    HistoryRecord.from_state,
    HistoryRecord.to_state,
    HistoryRecord.actor,
    HistoryRecord.role,
    HistoryRecord.at,
    HistoryRecord.payload,
    HistoryRecord.reason,
    HistoryRecord.workflow,
    HistoryRecord.workflow_version,
    HistoryRecord.prev_hash,
    HistoryRecord.hash,
)


def _may_record(actor: Actor, spec: EventSpec, state: str) -> bool:
    """Role, and where the event says so, the level of the actor's unit in this state."""
    level = spec.level_for(state)
    return actor.role in spec.roles and (level is None or actor.unit_level == level)


def _record_out(r: HistoryRecord) -> dict[str, Any]:
    out = r.as_chain_dict()
    out["at"] = r.at.replace(tzinfo=UTC).isoformat() if r.at.tzinfo is None else r.at.astimezone(UTC).isoformat()
    del out["case"]
    return out


def _predecessor(d: Definition, payload: dict[str, Any]) -> str | None:
    value = payload.get(d.predecessor_from) if d.predecessor_from else None
    return str(value)[:36] if value else None


def _title(d: Definition, payload: dict[str, Any]) -> str:
    value: Any = payload
    for part in (d.title_from or "").split("."):
        if not part:
            return ""
        value = value.get(part) if isinstance(value, dict) else None
    return str(value)[:255] if value is not None else ""
