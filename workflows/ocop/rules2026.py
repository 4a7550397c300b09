"""Guards, effects and dossier facts of `ocop-2026` (QĐ 26/2026/QĐ-TTg), registered on the shared OCOP registry.

The scoring, councils, certificates and lineage are the shared ones of `workflows.ocop.rules`; this module adds what
QĐ 26/2026 brings: eligibility (Art. 2.3), dossier contents (Art. 6), criterion-level sheets with star minimums
(Appendix II), evaluation rounds (Art. 5), the renewal window (Art. 7.6), disqualification (Appendix II "Hồ sơ bị loại
khi"), the revocation time limit (Art. 8.4) and the transitional deadlines of dossiers filed earlier (Art. 11–12).
Every number comes from a parameter of the workflow file.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.errors import InvalidInput, Reason
from engine.services import local_date
from engine.store import Case, HistoryRecord
from workflows.ocop import criteria as sheets
from workflows.ocop.rules import FINAL_OR_DONE, certificate_of, registry
from workflows.ocop.views import DOSSIER_EXTRAS

#: States of ocop-2026 in which the dossier is at the province or at the centre, after acceptance and before a decision.
PROVINCE_STAGE = ("province_accepted", "advisory_reviewed", "province_scored")
CENTRAL_STAGE = ("forwarded_to_central", "central_scored")
DECIDED = ("certified", "expiring", *FINAL_OR_DONE)


def _data(ctx: Any) -> dict[str, Any]:
    return ctx.payload if ctx.payload is not None else ctx.case.data


def _set_code(case: Case) -> str:
    return str(case.data["product"]["product_set"])


def last_record(s: Session, case: Case, trigger: str) -> HistoryRecord | None:
    """The dossier's latest record with `trigger`."""
    return s.scalar(
        select(HistoryRecord)
        .where(HistoryRecord.case_id == case.id, HistoryRecord.trigger == trigger)
        .order_by(HistoryRecord.seq.desc())
        .limit(1)
    )


def entered(s: Session, case: Case, state: str) -> HistoryRecord | None:
    """The latest transition record that brought the dossier into `state`."""
    return s.scalar(
        select(HistoryRecord)
        .where(HistoryRecord.case_id == case.id, HistoryRecord.kind == "transition", HistoryRecord.to_state == state)
        .order_by(HistoryRecord.seq.desc())
        .limit(1)
    )


# ---- registration (Art. 2.3, 6.1, 7.6.a) ------------------------------------------------------------------------


@registry.guard("producer_eligible_2026", params=["tourism_product_set"])
def producer_eligible_2026(ctx: Any) -> list[Reason]:
    """Art. 2.3: cooperatives, cooperative groups, SMEs, farms and households with a business registration (the
    payload requires `registration_no`); associations and similar bodies only for the tourism set."""
    data = _data(ctx)
    tourism = str(ctx.param("tourism_product_set"))
    if data["producer"]["kind"] == "association" and data["product"]["product_set"] != tourism:
        return [
            Reason(
                "association_tourism_only",
                f"an association may register only a community tourism product (set {tourism}) (Art. 2.3)",
            )
        ]
    return []


@registry.guard("dossier_contents")
def dossier_contents(ctx: Any) -> list[Reason]:
    """Art. 6.1: Form 01 and Form 02 always; an upgrade shows its changes (6.1.b), a renewal its updates (6.1.c)."""
    data = _data(ctx)
    kind = data.get("registration_type")
    has_changes, has_updates = bool(data.get("changes")), bool(data.get("updates"))
    reasons = []
    if kind == "upgrade" and not has_changes:
        reasons.append(
            Reason("upgrade_changes", "an upgrade dossier shows the changes since recognition (`changes`, Art. 6.1.b)")
        )
    if kind == "renewal" and not has_updates:
        reasons.append(
            Reason("renewal_updates", "a renewal dossier carries the updates since recognition (`updates`, Art. 6.1.c)")
        )
    if has_changes and kind != "upgrade":
        reasons.append(Reason("changes_upgrade_only", "`changes` belong to an upgrade dossier (Art. 6.1.b)"))
    if has_updates and kind != "renewal":
        reasons.append(Reason("updates_renewal_only", "`updates` belong to a renewal dossier (Art. 6.1.c)"))
    return reasons


def renewal_window(s: Session, data: dict[str, Any], param: Any) -> dict[str, Any] | None:
    """The filing window of a renewal (Art. 7.6.a): from `valid_until − opens` to `valid_until − closes` days."""
    if data.get("registration_type") != "renewal" or not data.get("previous_dossier"):
        return None
    cert = certificate_of(s, data["previous_dossier"])
    if cert is None:
        return None
    opens = cert.valid_until - timedelta(days=int(param("renewal_window_opens_days")))
    closes = cert.valid_until - timedelta(days=int(param("renewal_window_closes_days")))
    return {"valid_until": cert.valid_until, "opens": opens, "closes": closes}


@registry.guard("renewal_window_open", params=["renewal_window_opens_days", "renewal_window_closes_days"])
def renewal_window_open(ctx: Any) -> list[Reason]:
    """A renewal is filed no earlier than 180 days before the certificate's expiry; a later filing is accepted and
    flagged `late_renewal` (the text sets the limit; it names no refusal for a late filer, cf. Art. 12.3)."""
    window = renewal_window(ctx.session, _data(ctx), ctx.param)
    if window is None or ctx.case.filed_on >= window["opens"]:
        return []
    return [
        Reason(
            "renewal_too_early",
            f"a renewal is filed from {window['opens'].isoformat()} "
            f"({int(ctx.param('renewal_window_opens_days'))} days before the certificate's expiry on "
            f"{window['valid_until'].isoformat()}, Art. 7.6.a); filed on {ctx.case.filed_on.isoformat()}",
        )
    ]


@registry.effect("note_renewal_window")
def note_renewal_window(ctx: Any) -> dict[str, Any]:
    """Record a renewal's filing window and whether it was filed late."""
    window = renewal_window(ctx.session, _data(ctx), ctx.param)
    if window is None:
        return {}
    return {"renewal_window": {**window, "late": ctx.case.filed_on > window["closes"]}}


# ---- commune (Art. 6.2, 7.2) ------------------------------------------------------------------------------------


@registry.guard("samples_received", params=["samples_required", "tourism_product_set"])
def samples_received(ctx: Any) -> list[Reason]:
    """Art. 6.2.d: five samples go with the dossier, except for the tourism set."""
    if ctx.payload is None:
        return []
    samples = ctx.payload.get("samples")
    needed = int(ctx.param("samples_required"))
    if _set_code(ctx.case) == str(ctx.param("tourism_product_set")):
        return [Reason("samples_tourism", "a tourism product sends no samples (Art. 6.2.d)")] if samples else []
    if samples is None or samples < needed:
        message = f"{needed} product samples go with the dossier (Art. 6.2.d); received {samples or 0}"
        return [Reason("samples", message)]
    return []


# ---- rounds (Art. 5) --------------------------------------------------------------------------------------------


def _month_day(text: str, year: int) -> date:
    month, day = (int(x) for x in str(text).split("-"))
    return date(year, month, day)


def round_for(day: date, rounds: list[dict[str, str]]) -> dict[str, Any]:
    """The first round whose cut-off date comes after `day` ("proposed before 30/4 → decided before 30/6").

    `rounds` are the workflow's parameter: `{"proposed_before": "MM-DD", "decided_before": "MM-DD"}` in the order the
    decision numbers them (đợt 01, 02). "Trước ngày" is read strictly: a proposal dated on the cut-off day falls into
    the next round, and the decision is due the day before `decided_before`.
    """
    candidates = []
    for year in (day.year, day.year + 1):
        for number, spec in enumerate(rounds, start=1):
            cutoff = _month_day(spec["proposed_before"], year)
            decided = _month_day(spec["decided_before"], year)
            if decided <= cutoff:
                decided = _month_day(spec["decided_before"], year + 1)
            candidates.append((cutoff, number, decided))
    cutoff, number, decided = min(c for c in candidates if day < c[0])
    return {
        "round": number,
        "proposed_on": day,
        "proposed_before": cutoff,
        "decided_before": decided,
        "due": decided - timedelta(days=1),
    }


@registry.effect("assign_province_round")
def assign_province_round(ctx: Any) -> dict[str, Any]:
    """Art. 5.1: the provincial round of a dossier, from the day the commune proposed it (review or resubmission)."""
    proposal = entered(ctx.session, ctx.case, "commune_reviewed")
    day = local_date(proposal.at) if proposal is not None else ctx.today
    return {"province_round": round_for(day, ctx.param("province_rounds"))}


@registry.effect("assign_central_round")
def assign_central_round(ctx: Any) -> dict[str, Any]:
    """Art. 5.2: the central round of a dossier, from the day the province proposes it to the ministry."""
    return {"central_round": round_for(ctx.today, ctx.param("central_rounds"))}


# ---- scoring (Appendix II) --------------------------------------------------------------------------------------


@registry.guard("criteria_valid")
def criteria_valid(ctx: Any) -> list[Reason]:
    """A criterion-level sheet scores every criterion of the product set's sheet with the points of one option."""
    if ctx.payload is None:
        return []
    errors = sheets.validate_criteria(_set_code(ctx.case), ctx.payload["criteria"])
    if errors:
        raise InvalidInput(
            "the score sheet is not valid", fields={f"payload.criteria.{key}": msgs for key, msgs in errors.items()}
        )
    return []


# ---- disqualification (Appendix II: "Hồ sơ bị loại khi") ----------------------------------------------------------


@registry.guard("disqualification_ground")
def disqualification_ground(ctx: Any) -> list[Reason]:
    """The ground is one printed on the product set's sheet (set 26 prints none: its dossiers are not disqualified)."""
    code = _set_code(ctx.case)
    grounds = {g.code: g for g in sheets.sheet(code).grounds}
    if not grounds:
        return [Reason("no_disqualification_grounds", f"the sheet of product set {code} prints no disqualification")]
    ground = (ctx.payload or {}).get("ground")
    if ground is not None and ground not in grounds:
        return [
            Reason(
                "disqualification_ground",
                f"{ground!r} is not a disqualification ground of product set {code}: one of {', '.join(grounds)}",
            )
        ]
    return []


@registry.guard("office_of_stage")
def office_of_stage(ctx: Any) -> list[Reason]:
    """The provincial office acts while the dossier is at the province, the ministry's office while it is at the
    centre."""
    stage = "central" if ctx.case.state in CENTRAL_STAGE else "province"
    if ctx.actor.unit_level != stage:
        return [Reason("stage", f"the dossier is at the {stage} level: its {stage} office acts on it")]
    return []


@registry.effect("note_disqualification")
def note_disqualification(ctx: Any) -> dict[str, Any]:
    """Record the ground as printed, with its source line: the dossier ends without a band."""
    code = _set_code(ctx.case)
    ground = next(g for g in sheets.sheet(code).grounds if g.code == ctx.payload["ground"])
    return {"disqualified": {"product_set": code, "ground": ground.code, "text": ground.text, "line": ground.line}}


# ---- revocation (Art. 8) ----------------------------------------------------------------------------------------


@registry.guard("conclusion_not_future")
def conclusion_not_future(ctx: Any) -> list[Reason]:
    """A conclusion is dated today or earlier."""
    day = (ctx.payload or {}).get("concluded_on")
    return [Reason("concluded_on_future", "concluded_on may not be in the future")] if day and day > ctx.today else []


# ---- deadlines and flags of the dossier representation ---------------------------------------------------------


def _deadline(what: str, due: date, today: date) -> dict[str, Any]:
    return {"what": what, "due": due.isoformat(), "overdue": today > due}


def _payload_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def extras_2026(s: Session, case: Case, today: date, param: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """ocop-2026's own deadlines (rounds, renewal, revocation) and the `late_renewal` flag."""
    deadlines: list[dict[str, Any]] = []
    flags: list[str] = []
    renewal = case.data.get("registration_type") == "renewal"
    if renewal:
        first = s.scalar(select(HistoryRecord.payload).where(HistoryRecord.case_id == case.id, HistoryRecord.seq == 1))
        if (first or {}).get("renewal_window", {}).get("late"):
            flags.append("late_renewal")
    if case.state in PROVINCE_STAGE + CENTRAL_STAGE:
        central = case.state in CENTRAL_STAGE
        rec = last_record(s, case, "forward_to_central" if central else "accept_at_province")
        forwarded = central or last_record(s, case, "forward_to_central") is not None
        if rec is not None and renewal:
            start = local_date(rec.at)
            deadlines.append(
                _deadline("renewal_decision", start + timedelta(days=int(param("renewal_decision_days"))), today)
            )
        elif rec is not None and (central or not forwarded):
            key = "central_round" if central else "province_round"
            what = "central_decision" if central else "province_decision"
            deadlines.append(_deadline(what, _payload_date(rec.payload[key]["due"]), today))
    if case.state in ("certified", "expiring"):
        rec = last_record(s, case, "record_conclusion")
        if rec is not None:
            due = _payload_date(rec.payload["concluded_on"]) + timedelta(days=int(param("revocation_days")))
            deadlines.append(_deadline("revocation", due, today))
    return deadlines, flags


def extras_2023(s: Session, case: Case, today: date, param: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """QĐ 26/2026 Art. 12.2: a dossier filed before 22/05/2026 and still undecided finishes under the rules it was
    filed under, by 21/07/2026 (first or upgrade) or 21/06/2026 (renewal). Shown from the day QĐ 26/2026 applies."""
    cutoff = _payload_date(param("transitional_filed_before"))
    if case.filed_on >= cutoff or today < cutoff or case.state in DECIDED:
        return [], []
    kind = case.data.get("registration_type")
    if kind == "imported":
        return [], []
    name = "transitional_deadline_renewal" if kind == "renewal" else "transitional_deadline_first"
    return [_deadline("transitional_decision", _payload_date(param(name)), today)], []


DOSSIER_EXTRAS["ocop-2026"] = extras_2026
DOSSIER_EXTRAS["ocop-2023"] = extras_2023
