"""OCOP's guard and effect functions, named in the workflow files (registered in `workflows.ocop.registry`)."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from engine.definition import Registry
from engine.errors import Reason
from engine.store import Case, HistoryRecord, Unit
from workflows.ocop import criteria as sheets_2026
from workflows.ocop.models import Certificate, Council, ScoreRound, ScoreSheet
from workflows.ocop.scoring import Result, result_of, spread, threshold_params, valid_until

registry = Registry()

#: The level whose council scores while a dossier is in each state (ocop-2023: commune_reviewed, forwarded_to_*;
#: ocop-2026: advisory_reviewed, forwarded_to_central). A state of one workflow that scores in no level of the other
#: finds no open round there, so one table serves both.
SCORING_LEVEL = {
    "commune_reviewed": "district",
    "forwarded_to_province": "province",
    "advisory_reviewed": "province",
    "forwarded_to_central": "central",
}
#: The level whose result a dossier carries in each decision state.
SCORED_LEVEL = {"district_scored": "district", "province_scored": "province", "central_scored": "central"}
CHAIR_OF_LEVEL = {"district": "district_chair", "province": "province_chair", "central": "central_chair"}
FINAL_OR_DONE = ("not_recognised", "expired", "renewed", "revoked", "withdrawn")


# ---- lookups ---------------------------------------------------------------------------------------------------


def unit_at_level(s: Session, case: Case, level: str) -> Unit | None:
    """The unit of `level` on the path from the root to the dossier's unit (its district, province, central)."""
    codes = [c for c in case.unit_path.split("/") if c]
    return s.scalar(select(Unit).where(Unit.code.in_(codes), Unit.level == level))


def council_in_force(s: Session, unit: Unit) -> Council | None:
    """The council established last at a unit."""
    return s.scalar(
        select(Council)
        .where(Council.unit_id == unit.id)
        .order_by(Council.established_on.desc(), Council.id.desc())
        .limit(1)
    )


def open_round(s: Session, case: Case, level: str) -> ScoreRound | None:
    """The dossier's open round at a level, if any."""
    return s.scalar(
        select(ScoreRound).where(ScoreRound.case_id == case.id, ScoreRound.level == level, ScoreRound.status == "open")
    )


def latest_result_round(s: Session, case: Case) -> ScoreRound | None:
    """The last closed round: the result the dossier's next decision is based on."""
    return s.scalar(
        select(ScoreRound)
        .where(ScoreRound.case_id == case.id, ScoreRound.status == "closed")
        .order_by(ScoreRound.closed_seq.desc())
        .limit(1)
    )


def round_council(s: Session, case: Case, rnd: ScoreRound) -> Council | None:
    """The round's council: the one pinned when its first sheet came in, else the one in force now."""
    if rnd.council is not None:
        return rnd.council
    unit = unit_at_level(s, case, rnd.level)
    return council_in_force(s, unit) if unit else None


def member_ids(council: Council) -> set[int]:
    """User ids of a council's members."""
    return {m.user_id for m in council.members}


def current_sheets(s: Session, rnd: ScoreRound, members: set[int]) -> list[ScoreSheet]:
    """The latest revision of each member's sheet in the round (members of its council only)."""
    latest = (
        select(ScoreSheet.member_id, func.max(ScoreSheet.revision).label("rev"))
        .where(ScoreSheet.round_id == rnd.id)
        .group_by(ScoreSheet.member_id)
        .subquery()
    )
    rows = s.scalars(
        select(ScoreSheet)
        .join(latest, (ScoreSheet.member_id == latest.c.member_id) & (ScoreSheet.revision == latest.c.rev))
        .where(ScoreSheet.round_id == rnd.id)
        .order_by(ScoreSheet.member_id)
    )
    return [r for r in rows if r.member_id in members]


def round_result(rnd: ScoreRound) -> Result | None:
    """The stored result of a closed round."""
    if rnd.total_sum is None or not rnd.sheet_count:
        return None
    return Result(Decimal(rnd.total_sum), rnd.sheet_count)


@dataclass
class Outcome:
    """A round's result with its star bands: the band of the exact average, and the stars the star minimums allow.

    Part-level sheets (ocop-2023) have no minimums: `reachable` is the band. Criterion-level sheets (ocop-2026) carry
    the council's result per criterion (`points`: the median of the members' points) and the minimums it misses.
    """

    result: Result
    band: int
    reachable: int
    unmet: list[dict[str, Any]] = field(default_factory=list)
    points: dict[str, Decimal] | None = None


def criterion_sheets(sheets: list[ScoreSheet]) -> list[dict[str, str]]:
    """The criteria of the sheets that have them (criterion-level sheets)."""
    return [x.criteria for x in sheets if x.criteria is not None]


def outcome_of(case: Case, result: Result, sheets: list[ScoreSheet], param: Any) -> Outcome:
    """The bands of a result given the sheets it comes from (`param` reads the workflow's parameters)."""
    band = result.band(threshold_params(param))
    chosen = criterion_sheets(sheets)
    if not chosen:
        return Outcome(result, band, band)
    set_code = case.data["product"]["product_set"]
    how = param("criterion_result")
    if how != "median":
        raise ValueError(f"criterion_result {how!r} is not supported (only 'median')")
    points = sheets_2026.median_points(set_code, chosen)
    reach, unmet = sheets_2026.reachable_stars(set_code, points, band, bool(param("minimums_cumulative")))
    return Outcome(result, band, reach, [m.as_dict() for m in unmet], points)


def round_outcome(s: Session, case: Case, rnd: ScoreRound, param: Any) -> Outcome | None:
    """The outcome of a round from its council's current sheets (None without a sheet)."""
    council = round_council(s, case, rnd)
    sheets = current_sheets(s, rnd, member_ids(council)) if council else []
    result = round_result(rnd) if rnd.status == "closed" else result_of(x.total for x in sheets)
    return outcome_of(case, result, sheets, param) if result is not None else None


def count_records(s: Session, case: Case, trigger: str, after_seq: int = 0) -> int:
    """How many records with `trigger` the dossier has after `after_seq`."""
    return int(
        s.scalar(
            select(func.count())
            .select_from(HistoryRecord)
            .where(HistoryRecord.case_id == case.id, HistoryRecord.trigger == trigger, HistoryRecord.seq > after_seq)
        )
        or 0
    )


def certificate_of(s: Session, case_id: str) -> Certificate | None:
    """The certificate issued on a dossier, if any."""
    return s.scalar(select(Certificate).where(Certificate.case_id == case_id))


def previous_stars(s: Session, case: Case) -> int | None:
    """For an upgrade, the stars of the previous dossier's certificate."""
    prev = case.predecessor_id
    if case.data.get("registration_type") != "upgrade" or not prev:
        return None
    cert = certificate_of(s, prev)
    return cert.stars if cert else None


def _scoring_round(ctx: Any) -> tuple[ScoreRound | None, list[Reason]]:
    level = SCORING_LEVEL.get(ctx.case.state)
    rnd = open_round(ctx.session, ctx.case, level) if level else None
    if rnd is None:
        return None, [Reason("scoring_open", "no scoring round is open for this dossier")]
    return rnd, []


def _council_and_sheets(ctx: Any) -> tuple[ScoreRound | None, Council | None, list[ScoreSheet], list[Reason]]:
    rnd, reasons = _scoring_round(ctx)
    if rnd is None:
        return None, None, [], reasons
    council = round_council(ctx.session, ctx.case, rnd)
    if council is None or not council.members:
        return rnd, None, [], [Reason("council_in_force", f"no council is established for the {rnd.level} level")]
    return rnd, council, current_sheets(ctx.session, rnd, member_ids(council)), []


# ---- registration ----------------------------------------------------------------------------------------------


@registry.guard("at_commune")
def at_commune(ctx: Any) -> list[Reason]:
    """A dossier is registered at a commune (R148 Phụ lục II)."""
    unit = ctx.session.get(Unit, ctx.case.unit_id)
    return (
        []
        if unit is not None and unit.level == "commune"
        else [Reason("register_at_commune", "a dossier is registered at a commune")]
    )


@registry.guard("producer_eligible")
def producer_eligible(ctx: Any) -> list[Reason]:
    """Associations may register only for the tourism set (26); every other producer needs its registration no."""
    data = ctx.payload or ctx.case.data
    if data["producer"]["kind"] == "association" and data["product"]["product_set"] != "26":
        return [
            Reason("association_tourism_only", "an association may register only a community tourism product (set 26)")
        ]
    return []


@registry.guard("lineage_allowed")
def lineage_allowed(ctx: Any) -> list[Reason]:
    """First registrations name no predecessor; upgrades and renewals name a certified one with no open successor."""
    data = ctx.payload or ctx.case.data
    kind, prev_id = data["registration_type"], data.get("previous_dossier")
    if kind == "first":
        return [Reason("first_has_no_predecessor", "a first registration names no previous dossier")] if prev_id else []
    if not prev_id:
        return [Reason("previous_dossier_required", f"a {kind} names the previous dossier")]
    s = ctx.session
    prev = s.get(Case, prev_id)
    if prev is None or not ctx.actor.covers(prev.unit_path):
        return [Reason("previous_dossier_unknown", "the previous dossier does not exist in your territory")]
    allowed = ("certified", "expiring") + (("expired",) if kind == "renewal" else ())
    if prev.state not in allowed:
        return [
            Reason(
                "previous_dossier_state",
                f"the previous dossier is {prev.state}; a {kind} needs one that is {', '.join(allowed)}",
            )
        ]
    open_successor = s.scalar(
        select(Case.id).where(Case.predecessor_id == prev_id, Case.state.notin_(FINAL_OR_DONE)).limit(1)
    )
    if open_successor:
        return [Reason("open_successor", f"dossier {open_successor} already continues this product")]
    return []


@registry.guard("import_allowed")
def import_allowed(ctx: Any) -> list[Reason]:
    """An imported certificate names an issuing unit above the commune whose level matches its stars."""
    data = ctx.payload or {}
    reasons = []
    if data.get("issued_on") and data["issued_on"] > ctx.today:
        reasons.append(Reason("issued_on_future", "issued_on may not be in the future"))
    unit = ctx.session.scalar(select(Unit).where(Unit.code == data.get("issued_by")))
    if unit is None or not ctx.case.unit_path.startswith(unit.path):
        reasons.append(
            Reason("issuing_unit", "the issuing unit must be the dossier's district, province or the centre")
        )
    elif f"{unit.level}_chair" not in ctx.definition.roles:
        # a level without a deciding chair in this workflow never issued its certificates (no districts in R26)
        reasons.append(
            Reason("issuing_unit_level", f"a {unit.level} does not issue certificates under {ctx.definition.name}")
        )
    elif data.get("stars") not in {"district": (3,), "province": (3, 4), "central": (5,)}.get(unit.level, ()):
        reasons.append(Reason("issuing_unit_stars", f"a {unit.level} does not issue {data.get('stars')}★ certificates"))
    if unit is not None and ctx.session.scalar(
        select(Certificate.id)
        .join(Case, Case.id == Certificate.case_id)
        .where(
            Certificate.decision_no == data.get("decision_no"),
            Certificate.issued_by_id == unit.id,
            Certificate.issued_on == data.get("issued_on"),
            Case.title == data["product"]["name"],
        )
        .limit(1)
    ):
        reasons.append(Reason("already_imported", "this certificate is already in the register"))
    return reasons + at_commune(ctx)


# ---- scoring ---------------------------------------------------------------------------------------------------


@registry.guard("scoring_not_started")
def scoring_not_started(ctx: Any) -> list[Reason]:
    """Withdrawal is possible until the first sheet of the open round."""
    level = SCORING_LEVEL.get(ctx.case.state)
    rnd = open_round(ctx.session, ctx.case, level) if level else None
    if rnd is not None and ctx.session.scalar(select(exists().where(ScoreSheet.round_id == rnd.id))):
        return [Reason("scoring_started", "scoring has started; the dossier can no longer be withdrawn")]
    return []


@registry.guard("member_of_scoring_council")
def member_of_scoring_council(ctx: Any) -> list[Reason]:
    """Only members of the council scoring the dossier's current level submit sheets."""
    rnd, council, _, reasons = _council_and_sheets(ctx)
    if reasons:
        return reasons
    assert council is not None and rnd is not None
    if ctx.actor.user_id not in member_ids(council):
        return [Reason("council_member", f"you are not a member of the council scoring at the {rnd.level} level")]
    return []


@registry.guard("quorum_met", params=["quorum"])
def quorum_met(ctx: Any) -> list[Reason]:
    """At least ceil(quorum × members) members have a current sheet, and never zero."""
    _, council, sheets, reasons = _council_and_sheets(ctx)
    if reasons:
        return reasons
    assert council is not None
    members = len(council.members)
    needed = max(1, math.ceil(Decimal(str(ctx.param("quorum"))) * members))
    if len(sheets) < needed:
        return [Reason("quorum", f"{len(sheets)} of {members} members have scored; at least {needed} are needed")]
    return []


@registry.guard("spread_within_limit", params=["spread_limit", "max_rescore_requests"])
def spread_within_limit(ctx: Any) -> list[Reason]:
    """Totals differ by at most the spread limit, unless the chair closes with a reason after the re-score limit."""
    rnd, _, sheets, reasons = _council_and_sheets(ctx)
    if reasons:
        return reasons
    assert rnd is not None
    gap, limit = spread(s.total for s in sheets), Decimal(str(ctx.param("spread_limit")))
    if gap <= limit:
        return []
    requests = count_records(ctx.session, ctx.case, "request_rescore", rnd.opened_seq)
    most = int(ctx.param("max_rescore_requests"))
    if requests >= most and ctx.actor.role == CHAIR_OF_LEVEL[rnd.level] and ctx.reason:
        return []
    if requests >= most:
        return [
            Reason(
                "spread",
                f"totals differ by {gap} points (limit {limit}); after {requests} re-score "
                "requests the chair may close with a recorded reason",
            )
        ]
    return [Reason("spread", f"totals differ by {gap} points (limit {limit}); request a re-score")]


@registry.guard("spread_exceeded", params=["spread_limit"])
def spread_exceeded(ctx: Any) -> list[Reason]:
    """A re-score is requested only when the totals differ by more than the limit."""
    _, _, sheets, reasons = _council_and_sheets(ctx)
    if reasons:
        return reasons
    gap, limit = spread(s.total for s in sheets), Decimal(str(ctx.param("spread_limit")))
    return [] if gap > limit else [Reason("spread_ok", f"totals differ by {gap} points, within the limit {limit}")]


@registry.guard("rescore_requests_left", params=["max_rescore_requests"])
def rescore_requests_left(ctx: Any) -> list[Reason]:
    """The office may request a re-score at most `max_rescore_requests` times a round."""
    rnd, reasons = _scoring_round(ctx)
    if rnd is None:
        return reasons
    most = int(ctx.param("max_rescore_requests"))
    if count_records(ctx.session, ctx.case, "request_rescore", rnd.opened_seq) >= most:
        return [Reason("rescore_limit", f"{most} re-score requests were made; the chair may close with a reason")]
    return []


# ---- decisions -------------------------------------------------------------------------------------------------


def _result(ctx: Any) -> tuple[ScoreRound | None, Result | None, int, list[Reason]]:
    """The last closed round, its result and the stars it reaches (the band, or less for unmet star minimums)."""
    rnd = latest_result_round(ctx.session, ctx.case)
    outcome = round_outcome(ctx.session, ctx.case, rnd, ctx.param) if rnd else None
    if rnd is None or outcome is None:
        return None, None, 0, [Reason("no_result", "the dossier has no closed scoring result")]
    return rnd, outcome.result, outcome.reachable, []


def _held_by(ctx: Any) -> list[Reason]:
    """For a criterion-level result held below its band by star minimums: one reason naming them (else none)."""
    rnd = latest_result_round(ctx.session, ctx.case)
    outcome = round_outcome(ctx.session, ctx.case, rnd, ctx.param) if rnd else None
    if outcome is None or not outcome.unmet:
        return []
    return [
        Reason(
            "star_minimums",
            f"the average is in the {outcome.band}★ band but reaches {outcome.reachable}★: star minimums not met: "
            + "; ".join(m["message"] for m in outcome.unmet),
        )
    ]


@registry.guard(
    "result_allows_certify", params=["threshold_2_stars", "threshold_3_stars", "threshold_4_stars", "threshold_5_stars"]
)
def result_allows_certify(ctx: Any) -> list[Reason]:
    """District: 3★ only; province: 3★ or 4★; central: 5★; an upgrade must end above the current certificate.

    The stars are those the result reaches: the band of the average, or less where star minimums are not met.
    """
    _, result, band, reasons = _result(ctx)
    if reasons:
        return reasons
    assert result is not None
    level = SCORED_LEVEL[ctx.case.state]
    allowed = {"district": (3,), "province": (3, 4), "central": (5,)}[level]
    if band not in allowed:
        return [
            Reason(
                "band",
                f"average {result.shown()} is {band}★; the {level} chair certifies "
                f"{' or '.join(f'{n}★' for n in allowed)}",
            ),
            *_held_by(ctx),
        ]
    before = previous_stars(ctx.session, ctx.case)
    if before is not None and band <= before:
        return [Reason("upgrade_not_higher", f"an upgrade to {band}★ is not above the current {before}★ certificate")]
    return []


@registry.guard(
    "result_allows_forward", params=["threshold_4_stars", "threshold_5_stars", "threshold_2_stars", "threshold_3_stars"]
)
def result_allows_forward(ctx: Any) -> list[Reason]:
    """District forwards ≥ 70 to the province; province forwards ≥ 90 (its own result) to the centre."""
    rnd, result, band, reasons = _result(ctx)
    if reasons:
        return reasons
    assert rnd is not None and result is not None
    level = SCORED_LEVEL[ctx.case.state]
    need = 4 if level == "district" else 5
    if band < need or rnd.level != level:
        return [
            Reason(
                "band",
                f"average {result.shown()} ({band}★) does not reach the {need}★ threshold of the {level} result",
            ),
            *_held_by(ctx),
        ]
    return []


@registry.guard(
    "result_below_central", params=["threshold_5_stars", "threshold_2_stars", "threshold_3_stars", "threshold_4_stars"]
)
def result_below_central(ctx: Any) -> list[Reason]:
    """The centre returns to the province only a result below 90."""
    _, result, band, reasons = _result(ctx)
    if reasons:
        return reasons
    assert result is not None
    return [Reason("band", f"average {result.shown()} reaches 5★: certify it")] if band >= 5 else []


@registry.guard(
    "result_allows_reject", params=["threshold_3_stars", "threshold_2_stars", "threshold_4_stars", "threshold_5_stars"]
)
def result_allows_reject(ctx: Any) -> list[Reason]:
    """Below 50 is not recognised; an upgrade that does not end higher is rejected (the current certificate stays)."""
    _, result, band, reasons = _result(ctx)
    if reasons:
        return reasons
    assert result is not None
    before = previous_stars(ctx.session, ctx.case)
    if band < 3 or (before is not None and band <= before):
        return []
    return [Reason("band", f"average {result.shown()} is {band}★: it is certified or forwarded, not rejected")]


@registry.guard("issued_on_not_future")
def issued_on_not_future(ctx: Any) -> list[Reason]:
    """A decision's date may be in the past (entered later), never in the future."""
    issued = (ctx.payload or {}).get("issued_on")
    return [Reason("issued_on_future", "issued_on may not be in the future")] if issued and issued > ctx.today else []


# ---- certificates over time ------------------------------------------------------------------------------------


def _certificate(ctx: Any) -> tuple[Certificate | None, list[Reason]]:
    cert = certificate_of(ctx.session, ctx.case.id)
    return (cert, []) if cert else (None, [Reason("certificate", "the dossier has no certificate")])


@registry.guard("notice_period_started", params=["notice_days"])
def notice_period_started(ctx: Any) -> list[Reason]:
    """A certificate is expiring from `valid_until − notice_days`."""
    cert, reasons = _certificate(ctx)
    if cert is None:
        return reasons
    starts = cert.valid_until - timedelta(days=int(ctx.param("notice_days")))
    return [] if ctx.today >= starts else [Reason("not_yet_expiring", f"the notice period starts on {starts}")]


@registry.guard("validity_ended")
def validity_ended(ctx: Any) -> list[Reason]:
    """A certificate expires the day after its last valid day."""
    cert, reasons = _certificate(ctx)
    if cert is None:
        return reasons
    return [] if ctx.today > cert.valid_until else [Reason("still_valid", f"valid until {cert.valid_until}")]


def _successors(s: Session, unit: Unit) -> list[int]:
    chain, seen = [unit.id], {unit.id}
    while unit.successor_id is not None and unit.successor_id not in seen:
        seen.add(unit.successor_id)
        chain.append(unit.successor_id)
        unit = s.get(Unit, unit.successor_id)  # type: ignore[assignment]
    return chain


@registry.guard("revocation_authority")
def revocation_authority(ctx: Any) -> list[Reason]:
    """The chair of the issuing unit or of its successor revokes; a 5★ certificate only the central chair (Art. 8)."""
    cert, reasons = _certificate(ctx)
    if cert is None:
        return reasons
    if cert.stars == 5 and ctx.actor.role != "central_chair":
        return [Reason("revoke_5_stars", "only the central chair revokes a 5★ certificate")]
    actor_unit = ctx.session.scalar(select(Unit).where(Unit.code == ctx.actor.unit_code))
    if actor_unit is None or actor_unit.id not in _successors(ctx.session, cert.issued_by):
        return [
            Reason(
                "revoke_authority",
                f"only the chair of {cert.issued_by.name} or of its successor revokes this certificate",
            )
        ]
    return []


# ---- effects ---------------------------------------------------------------------------------------------------


@registry.effect("open_round")
def open_round_effect(ctx: Any) -> dict[str, Any]:
    """Open the next scoring round at the level the dossier has reached."""
    level = SCORING_LEVEL[ctx.case.state]
    s = ctx.session
    number = (
        int(
            s.scalar(
                select(func.max(ScoreRound.round)).where(ScoreRound.case_id == ctx.case.id, ScoreRound.level == level)
            )
            or 0
        )
        + 1
    )
    s.add(ScoreRound(case_id=ctx.case.id, level=level, round=number, status="open", opened_seq=ctx.case.version))
    s.flush()
    return {"scoring": {"level": level, "round": number}}


@registry.effect("void_round")
def void_round(ctx: Any) -> dict[str, Any]:
    """A returned or withdrawn dossier's open round ends: its sheets stay in the history but no longer count."""
    voided = {}
    for rnd in ctx.session.scalars(
        select(ScoreRound).where(ScoreRound.case_id == ctx.case.id, ScoreRound.status == "open")
    ):
        rnd.status = "void"
        rnd.closed_seq = ctx.case.version
        voided = {"voided_round": {"level": rnd.level, "round": rnd.round}}
    ctx.session.flush()
    return voided


def _result_payload(rnd: ScoreRound, outcome: Outcome) -> dict[str, Any]:
    result = outcome.result
    out: dict[str, Any] = {
        "level": rnd.level,
        "round": rnd.round,
        "sheets": result.count,
        "sum": result.total_sum,
        "average": result.shown(),
        "band": outcome.band,
    }
    if outcome.points is not None:  # criterion-level: the council's result per criterion and the star minimums
        out["criteria"] = {k: format(v.normalize(), "f") for k, v in outcome.points.items()}
        out["reachable_stars"] = outcome.reachable
        out["unmet_minimums"] = outcome.unmet
    return out


@registry.effect("close_round")
def close_round(ctx: Any) -> dict[str, Any]:
    """Close the open round: the exact sum and count of the current sheets become the dossier's result."""
    rnd = open_round(ctx.session, ctx.case, SCORED_LEVEL[ctx.case.state])
    assert rnd is not None, "guards ensure an open round"
    council = round_council(ctx.session, ctx.case, rnd)
    assert council is not None
    sheets = current_sheets(ctx.session, rnd, member_ids(council))
    result = result_of(s.total for s in sheets)
    assert result is not None
    rnd.status, rnd.closed_seq = "closed", ctx.case.version
    rnd.council_id = council.id
    rnd.total_sum, rnd.sheet_count = result.total_sum, result.count
    ctx.session.flush()
    limit = Decimal(str(ctx.param("spread_limit")))
    out = {"result": _result_payload(rnd, outcome_of(ctx.case, result, sheets, ctx.param))}
    if spread(s.total for s in sheets) > limit:
        out["result"]["closed_despite_spread"] = True
    return out


@registry.effect("note_result")
def note_result(ctx: Any) -> dict[str, Any]:
    """Record the result a decision is based on."""
    rnd = latest_result_round(ctx.session, ctx.case)
    outcome = round_outcome(ctx.session, ctx.case, rnd, ctx.param) if rnd else None
    if rnd is None or outcome is None:
        return {}
    return {"basis": _result_payload(rnd, outcome)}


def _new_code(s: Session, issued_on: date) -> str:
    while True:
        code = f"OCOP-{issued_on.year}-{secrets.token_hex(4).upper()}"
        if s.scalar(select(Certificate.id).where(Certificate.code == code)) is None:
            return code


def _last_valid_day(ctx: Any, issued_on: date) -> date:
    """BLDS Art. 147–148 counting; Art. 148(5) (a term ending on a day off runs on) only if the parameter says so."""
    last = valid_until(issued_on, int(ctx.param("validity_months")))
    if ctx.param("extend_validity_to_working_day"):
        from engine.calendar import load_calendar

        calendar = load_calendar(ctx.session)
        if not calendar.is_working_day(last):
            last = calendar.nth_working_day_after(last, 1)
    return last


def _issue(ctx: Any, stars: int, decision_no: str, issued_on: date, unit: Unit) -> dict[str, Any]:
    cert = Certificate(
        code=_new_code(ctx.session, issued_on),
        case_id=ctx.case.id,
        stars=stars,
        decision_no=decision_no,
        issued_on=issued_on,
        valid_until=_last_valid_day(ctx, issued_on),
        issued_by_id=unit.id,
        seq=ctx.case.version,
    )
    ctx.session.add(cert)
    ctx.session.flush()
    # The scheduler tries these from their dates on; the guards `notice_period_started` and `validity_ended` decide.
    ctx.schedule("mark_expiring", cert.valid_until - timedelta(days=int(ctx.param("notice_days"))))
    ctx.schedule("expire", cert.valid_until + timedelta(days=1))
    return {
        "certificate": {
            "code": cert.code,
            "stars": stars,
            "decision_no": decision_no,
            "issued_on": issued_on,
            "valid_until": cert.valid_until,
            "issued_by": unit.code,
        }
    }


@registry.effect("issue_certificate")
def issue_certificate(ctx: Any) -> dict[str, Any]:
    """Issue the certificate at the stars the result reaches (its band, less unmet star minimums), by the acting
    chair's unit."""
    rnd = latest_result_round(ctx.session, ctx.case)
    outcome = round_outcome(ctx.session, ctx.case, rnd, ctx.param) if rnd else None
    assert rnd is not None and outcome is not None
    unit = ctx.session.scalar(select(Unit).where(Unit.code == ctx.actor.unit_code))
    payload = ctx.payload or {}
    out = _issue(ctx, outcome.reachable, payload["decision_no"], payload.get("issued_on") or ctx.today, unit)
    out["basis"] = _result_payload(rnd, outcome)
    return out


@registry.effect("supersede_predecessor")
def supersede_predecessor(ctx: Any) -> dict[str, Any]:
    """A certified renewal or upgrade moves its predecessor to `renewed` (an expired one stays expired)."""
    prev_id = ctx.case.predecessor_id
    if not prev_id:
        return {}
    prev = ctx.session.get(Case, prev_id)
    if prev is None or prev.state not in ("certified", "expiring"):
        return {}
    ctx.cascade(prev_id, "renew", {"successor": ctx.case.id})
    return {"superseded": prev_id}


@registry.effect("issue_imported_certificate")
def issue_imported_certificate(ctx: Any) -> dict[str, Any]:
    """Register an existing paper certificate as it was issued."""
    p = ctx.payload
    unit = ctx.session.scalar(select(Unit).where(Unit.code == p["issued_by"]))
    out = _issue(ctx, p["stars"], p["decision_no"], p["issued_on"], unit)
    return {"certificate_code": out["certificate"]["code"], "valid_until": out["certificate"]["valid_until"]}


@registry.effect("store_sheet")
def store_sheet(ctx: Any) -> dict[str, Any]:
    """Append the member's sheet as a new revision in the open round (pinning the round's council)."""
    s = ctx.session
    rnd, _ = _scoring_round(ctx)
    assert rnd is not None
    if rnd.council_id is None:
        council = round_council(s, ctx.case, rnd)
        rnd.council_id = council.id if council else None
    chosen = ctx.payload.get("criteria")
    if chosen is not None:  # criterion-level (ocop-2026): the parts are computed from the chosen options
        parts = sheets_2026.parts_of(ctx.case.data["product"]["product_set"], chosen)
    else:
        parts = ctx.payload["parts"]
    revision = (
        int(
            s.scalar(
                select(func.max(ScoreSheet.revision)).where(
                    ScoreSheet.round_id == rnd.id, ScoreSheet.member_id == ctx.actor.user_id
                )
            )
            or 0
        )
        + 1
    )
    total = parts["A"] + parts["B"] + parts["C"]
    s.add(
        ScoreSheet(
            round_id=rnd.id,
            case_id=ctx.case.id,
            member_id=ctx.actor.user_id,
            revision=revision,
            part_a=parts["A"],
            part_b=parts["B"],
            part_c=parts["C"],
            total=total,
            criteria={k: format(Decimal(str(v)).normalize(), "f") for k, v in chosen.items()} if chosen else None,
            note=ctx.payload.get("note"),
            seq=ctx.case.version,
            submitted_at=ctx.now,
        )
    )
    s.flush()
    out = {"level": rnd.level, "round": rnd.round, "revision": revision, "total": total}
    if chosen is not None:
        out["parts"] = parts
    return out


@registry.effect("note_rescore")
def note_rescore(ctx: Any) -> dict[str, Any]:
    """Number the re-score request within its round."""
    rnd, _ = _scoring_round(ctx)
    assert rnd is not None
    done = count_records(ctx.session, ctx.case, "request_rescore", rnd.opened_seq)
    return {"level": rnd.level, "round": rnd.round, "request": done + 1}


# ---- what council members may see ------------------------------------------------------------------------------


def hide_open_sheets(actor: Any, case: Case, records: list[dict[str, Any]], s: Session) -> list[dict[str, Any]]:
    """Until a round closes, a council member sees only their own sheets of it."""
    if actor.role != "council_member":
        return records
    open_rounds = {
        (r.level, r.round)
        for r in s.scalars(select(ScoreRound).where(ScoreRound.case_id == case.id, ScoreRound.status == "open"))
    }
    return [
        r
        for r in records
        if not (
            r["kind"] == "score_sheet"
            and r["actor"] != actor.username
            and (r["payload"].get("level"), r["payload"].get("round")) in open_rounds
        )
    ]


def not_yet_scored_by(actor: Any) -> Any:
    """Inbox condition for council members: dossiers whose open round lacks their sheet."""
    if actor.role != "council_member" or actor.user_id is None:
        return None
    mine = (
        select(ScoreSheet.id)
        .join(ScoreRound, ScoreRound.id == ScoreSheet.round_id)
        .where(ScoreRound.case_id == Case.id, ScoreRound.status == "open", ScoreSheet.member_id == actor.user_id)
    )
    return ~exists(mine)


registry.history_filter = hide_open_sheets
registry.inbox_filter = not_yet_scored_by
