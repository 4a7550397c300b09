"""Search over the history records of every case in an auditor's territory (for the audit pages and exports)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engine.accounts import Actor
from engine.db import Database
from engine.errors import Forbidden, InvalidInput
from engine.store import Case, HistoryRecord, Unit

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
#: Roles that may search the whole history of their territory (council members would otherwise see hidden sheets).
SEARCH_ROLES = ("auditor",)
MAX_PER_PAGE = 1000


def _local_start(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ).astimezone(UTC)


def search_history(
    db: Database,
    actor: Actor,
    *,
    actor_name: str | None = None,
    trigger: str | None = None,
    unit: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[dict[str, Any]], int]:
    """History records of cases inside the actor's territory, newest first, with the page and the total count.

    Filters: who acted (`actor_name`), the trigger or event kind, a unit (its subtree, inside the territory) and a
    range of local dates (Asia/Ho_Chi_Minh, both ends included). The territory is an indexed range on
    `cases.unit_path`; each record is reached through its case (`uq_history_case_seq`).
    """
    if actor.role not in SEARCH_ROLES:
        raise Forbidden(f"role {actor.role!r} may not search the history", role=actor.role)
    page, per_page = max(1, int(page)), min(max(1, int(per_page)), MAX_PER_PAGE)
    lo, hi = actor.territory()
    where: list[Any] = [Case.unit_path >= lo, Case.unit_path < hi]
    with db.read() as s:
        if unit:
            where += _unit_range(s, actor, unit)
        if actor_name:
            where.append(HistoryRecord.actor == actor_name.strip())
        if trigger:
            where.append(HistoryRecord.trigger == trigger.strip())
        if date_from and date_to and date_from > date_to:
            raise InvalidInput("the date range is empty", fields={"date_to": ["must not be before date_from"]})
        if date_from:
            where.append(HistoryRecord.at >= _local_start(date_from))
        if date_to:
            where.append(HistoryRecord.at < _local_start(date_to + timedelta(days=1)))
        base = select(HistoryRecord.id).join(Case, Case.id == HistoryRecord.case_id).where(*where)
        total = int(s.scalar(select(func.count()).select_from(base.subquery())) or 0)
        rows = s.execute(
            select(HistoryRecord, Case.title, Unit.code)
            .join(Case, Case.id == HistoryRecord.case_id)
            .join(Unit, Unit.id == Case.unit_id)
            .where(*where)
            .order_by(HistoryRecord.at.desc(), HistoryRecord.id.desc())
            .limit(per_page)
            .offset((page - 1) * per_page)
        ).all()
        return [_row(r, title, code) for r, title, code in rows], total


def _unit_range(s: Session, actor: Actor, code: str) -> list[Any]:
    target = s.scalar(select(Unit).where(Unit.code == code.strip()))
    if target is None or not actor.covers(target.path):
        raise InvalidInput("unknown unit", fields={"unit": [f"no unit {code!r} in your territory"]})
    return [Case.unit_path >= target.path, Case.unit_path < target.path[:-1] + "0"]


def _row(r: HistoryRecord, title: str, unit_code: str) -> dict[str, Any]:
    at = r.at.replace(tzinfo=UTC) if r.at.tzinfo is None else r.at.astimezone(UTC)
    return {
        "case": r.case_id,
        "title": title,
        "unit": unit_code,
        "seq": r.seq,
        "kind": r.kind,
        "trigger": r.trigger,
        "from": r.from_state,
        "to": r.to_state,
        "actor": r.actor,
        "role": r.role,
        "at": at,
        "payload": r.payload,
        "reason": r.reason,
        "workflow": r.workflow,
        "workflow_version": r.workflow_version,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }
