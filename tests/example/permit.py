"""Guards and effects of the example permit workflow (a test fixture for the engine)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from engine.definition import Registry
from engine.errors import Reason
from engine.store import HistoryRecord

registry = Registry()


@registry.guard("enough_pages", params=["min_pages"])
def enough_pages(ctx: Any) -> list[Reason]:
    """A complete application has at least `min_pages` pages."""
    least = ctx.param("min_pages")
    pages = ctx.case.data.get("pages", 0)
    if pages < least:
        return [Reason("min_pages", f"the application has {pages} pages; at least {least} are needed")]
    return []


@registry.guard("within_limit", params=["approve_limit"])
def within_limit(ctx: Any) -> list[Reason]:
    """A chief approves areas up to `approve_limit`."""
    from decimal import Decimal

    limit = Decimal(str(ctx.param("approve_limit")))
    area = Decimal(ctx.case.data.get("area", "0"))
    return [Reason("approve_limit", f"area {area} is above the limit {limit}")] if area > limit else []


@registry.effect("count_resubmissions")
def count_resubmissions(ctx: Any) -> dict[str, Any]:
    """Record how many times the case was resubmitted (reads the history in the same transaction)."""
    done = ctx.session.scalar(
        select(func.count())
        .select_from(HistoryRecord)
        .where(HistoryRecord.case_id == ctx.case.id, HistoryRecord.trigger == "resubmit")
    )
    return {"resubmission": int(done or 0) + 1}


@registry.effect("stamp_decision")
def stamp_decision(ctx: Any) -> dict[str, Any]:
    """Note the approver's unit on the record."""
    return {"approved_at_unit": ctx.actor.unit_code}
