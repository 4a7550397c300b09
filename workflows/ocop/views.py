"""What readers see of an OCOP dossier: its representation, score sheets, product lineage and public certificate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.store import Case, Unit
from workflows.ocop.certificates import certificate_view
from workflows.ocop.models import Certificate, ScoreRound
from workflows.ocop.rules import (
    SCORING_LEVEL,
    current_sheets,
    latest_result_round,
    member_ids,
    open_round,
    outcome_of,
    registry,
    round_council,
    round_outcome,
)
from workflows.ocop.scoring import result_of, spread, threshold_params

Param = Callable[[str], Any]
#: A workflow's own deadlines and flags of a dossier, by workflow name: `fn(s, case, today, param)` returns
#: `(deadlines, flags)`, deadlines shaped `{"what", "due", "overdue"}` (merged with the engine's declared ones).
DOSSIER_EXTRAS: dict[str, Callable[..., tuple[list[dict[str, Any]], list[str]]]] = {}


def _units_by_level(s: Session, case: Case) -> dict[str, str]:
    codes = [c for c in case.unit_path.split("/") if c]
    return {u.level: u.code for u in s.scalars(select(Unit).where(Unit.code.in_(codes)))}


def _hidden_from(actor: Any, rnd: ScoreRound) -> bool:
    return rnd.status == "open" and actor.role == "council_member"


def _score(s: Session, case: Case, actor: Any, param: Param) -> dict[str, Any] | None:
    level = SCORING_LEVEL.get(case.state)
    rnd = open_round(s, case, level) if level else None
    if rnd is not None:
        council = round_council(s, case, rnd)
        sheets = current_sheets(s, rnd, member_ids(council)) if council else []
        result = result_of(x.total for x in sheets)
        hidden = _hidden_from(actor, rnd)
        outcome = outcome_of(case, result, sheets, param) if result and not hidden else None
        return {
            "level": rnd.level,
            "round": rnd.round,
            "status": "open",
            "sheets": len(sheets),
            "average": outcome.result.shown() if outcome else None,
            "band": outcome.band if outcome else None,
            "reachable_stars": outcome.reachable if outcome else None,
            "unmet_minimums": outcome.unmet if outcome else [],
        }
    rnd = latest_result_round(s, case)
    outcome = round_outcome(s, case, rnd, param) if rnd else None
    if rnd is None or outcome is None:
        return None
    return {
        "level": rnd.level,
        "round": rnd.round,
        "status": "closed",
        "sheets": outcome.result.count,
        "average": outcome.result.shown(),
        "band": outcome.band,
        "reachable_stars": outcome.reachable,
        "unmet_minimums": outcome.unmet,
    }


def describe(s: Session, case: Case, actor: Any, today: date, param: Param) -> dict[str, Any]:
    """The OCOP fields of `docs/api.md`'s dossier representation."""
    data = case.data
    units = _units_by_level(s, case)
    notice = int(param("notice_days"))
    cert = certificate_view(s, case, today, notice)
    successors = list(s.scalars(select(Case.id).where(Case.predecessor_id == case.id)))
    extras = DOSSIER_EXTRAS.get(case.workflow)
    deadlines, flags = extras(s, case, today, param) if extras else ([], [])
    return {
        "product": data.get("product"),
        "producer": data.get("producer"),
        "registration_type": data.get("registration_type"),
        "previous_dossier": data.get("previous_dossier"),
        "commune": units.get("commune"),
        "district": units.get("district"),
        "province": units.get("province"),
        "score": _score(s, case, actor, param),
        "stars": cert["stars"] if cert and case.state in ("certified", "expiring") else None,
        "certificate": cert,
        "successors": successors,
        "deadlines": deadlines,
        "flags": flags,
    }


def score_sheets(s: Session, case: Case, actor: Any, today: date, param: Param) -> dict[str, Any]:
    """Every round of the dossier with its sheets (latest revisions), totals and result so far.

    A council member sees only their own sheets of an open round, and no average, until it closes.
    """
    thresholds = threshold_params(param)
    rounds = []
    for rnd in s.scalars(select(ScoreRound).where(ScoreRound.case_id == case.id).order_by(ScoreRound.id)):
        council = round_council(s, case, rnd)
        members = member_ids(council) if council else set()
        current = current_sheets(s, rnd, members)
        hidden = _hidden_from(actor, rnd)
        visible = [x for x in current if not hidden or x.member_id == actor.user_id]
        result = result_of(x.total for x in current)
        outcome = outcome_of(case, result, current, param) if result is not None and not hidden else None
        rounds.append(
            {
                "level": rnd.level,
                "round": rnd.round,
                "status": rnd.status,
                "members": len(members),
                "sheets": [
                    {
                        "member": x.member.username,
                        "revision": x.revision,
                        "parts": {"A": str(x.part_a), "B": str(x.part_b), "C": str(x.part_c)},
                        "total": str(x.total),
                        **_criteria_of(case, x, param),
                        "note": x.note,
                        "submitted_at": x.submitted_at.isoformat(),
                    }
                    for x in visible
                ],
                "count": len(current),
                "average": None if hidden or result is None else result.shown(),
                "band": None if hidden or result is None else result.band(thresholds),
                "spread": None if hidden else str(spread(x.total for x in current)),
                **(
                    {
                        "criteria": {k: format(v.normalize(), "f") for k, v in outcome.points.items()},
                        "reachable_stars": outcome.reachable,
                        "unmet_minimums": outcome.unmet,
                    }
                    if outcome is not None and outcome.points is not None
                    else {}
                ),
            }
        )
    return {"dossier": case.id, "rounds": rounds}


def _criteria_of(case: Case, sheet: Any, param: Param) -> dict[str, Any]:
    """A criterion-level sheet's points, and the stars its own total and points reach (star minimums per member)."""
    if sheet.criteria is None:
        return {}
    result = result_of([sheet.total])
    assert result is not None
    own = outcome_of(case, result, [sheet], param)
    return {"criteria": sheet.criteria, "reachable_stars": own.reachable, "unmet_minimums": own.unmet}


def lineage(s: Session, case: Case, actor: Any, today: date, param: Param) -> dict[str, Any]:
    """The product of a dossier: every dossier of its lineage, oldest first, and its current certificate."""
    root = case
    while root.predecessor_id:
        prev = s.get(Case, root.predecessor_id)
        if prev is None or not actor.covers(prev.unit_path):
            break
        root = prev
    chain, frontier = [root], [root.id]
    while frontier:
        nxt = list(
            s.scalars(select(Case).where(Case.predecessor_id.in_(frontier)).order_by(Case.filed_on, Case.created_at))
        )
        nxt = [c for c in nxt if actor.covers(c.unit_path)]
        chain += nxt
        frontier = [c.id for c in nxt]
    notice = int(param("notice_days"))
    certs = [(c, certificate_view(s, c, today, notice)) for c in chain]
    current = next((v for c, v in reversed(certs) if v and v["status"] in ("valid", "expiring")), None)
    return {
        "id": root.id,
        "name": (root.data.get("product") or {}).get("name"),
        "producer": root.data.get("producer"),
        "dossiers": [
            {
                "id": c.id,
                "registration_type": c.data.get("registration_type"),
                "state": c.state,
                "filed_on": c.filed_on.isoformat(),
                "certificate": v,
            }
            for c, v in certs
        ],
        "current_certificate": current,
    }


def public_certificate(s: Session, code: str, today: date, param_for: Callable[[Case], Param]) -> dict[str, Any] | None:
    """Public fields of a certificate (no login): product, producer, stars, dates, status."""
    cert = s.scalar(select(Certificate).where(Certificate.code == code))
    if cert is None:
        return None
    case = cert.case
    view = certificate_view(s, case, today, int(param_for(case)("notice_days")))
    assert view is not None
    return {
        "code": cert.code,
        "product": case.data["product"]["name"],
        "product_set": case.data["product"]["product_set"],
        "producer": case.data["producer"]["name"],
        "stars": cert.stars,
        "issued_on": view["issued_on"],
        "valid_until": view["valid_until"],
        "issued_by": cert.issued_by.name,
        "status": view["status"],
    }


def stars_filter(value: Any) -> Any:
    """Dossiers whose certificate has this many stars."""
    return Case.id.in_(select(Certificate.case_id).where(Certificate.stars == int(value)))


registry.describe = describe
registry.views.update({"score_sheets": score_sheets, "lineage": lineage})
registry.filters["stars"] = stars_filter
