"""The ocop-2026 workflow (QĐ 26/2026/QĐ-TTg) through the service layer, on SQLite and PostgreSQL.

Sheets are criterion-level (Appendix II): `sheet()` builds one for a product set with an exact total, meeting the star
minimums of a level and missing the ones named. Dates are real: the working-day calendar, rounds and windows are
checked on the days the decision and the holiday calendar give.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest

from engine.accounts import SYSTEM
from engine.errors import Forbidden, GuardRefused, InvalidInput, NotAvailable, NoWorkflowInForce
from engine.services import LOCAL_TZ, CaseView
from tests.ocop.conftest import REVIEW
from workflows.ocop import criteria as C
from workflows.ocop.rules2026 import round_for

FOOD = "08"
TOURISM = "26"
REVIEW26 = {**REVIEW, "proposal_no": "15/TTr-UBND", "samples": 5}
UPDATES = {
    "raw_materials": "Không thay đổi",
    "technology": "Thêm máy đóng gói",
    "packaging_labelling": "Nhãn mới có mã truy xuất",
    "quality_declaration": "Tự công bố lại 2028",
    "periodic_tests": "Phiếu kiểm nghiệm 2027, 2028",
    "market_output_revenue": "Doanh thu tăng 20%",
    "legal_papers": "Giấy chứng nhận ATTP gia hạn",
}
PROVINCE_ROUNDS = [
    {"proposed_before": "04-30", "decided_before": "06-30"},
    {"proposed_before": "10-30", "decided_before": "12-30"},
]
CENTRAL_ROUNDS = [
    {"proposed_before": "07-30", "decided_before": "09-30"},
    {"proposed_before": "01-30", "decided_before": "03-30"},
]


# ---- helpers -------------------------------------------------------------------------------------------------------


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {r.rule for r in exc.value.reasons}


def on(ocop, day: date, hour: int = 9) -> None:
    """Set the services' clock to `day` (local time)."""
    ocop.svc.test_clock["now"] = datetime.combine(day, time(hour), LOCAL_TZ).astimezone(UTC)


def sheet(total: Any, meet: int = 5, miss: dict[str, int] | None = None, set_code: str = FOOD) -> dict[str, str]:
    """Points per criterion adding up to `total` (see `criteria.sheet_with_total`)."""
    return C.sheet_with_total(set_code, total, meet, miss)


def register(ocop, day: date, workflow: str | None = "ocop-2026", actor: str = "xa", **over: Any) -> CaseView:
    on(ocop, day)
    payload: dict[str, Any] = {
        "product": {"name": "Giò lụa Mỹ Tân", "product_set": FOOD},
        "producer": {"name": "HTX Mỹ Tân", "kind": "cooperative", "registration_no": "0801234567"},
        "registration_type": "first",
        "registration_form": "01/PĐK-36-MYHA-2026",
        "self_assessment": "Báo cáo tự đánh giá: 72 điểm",
    }
    payload.update(over)
    return ocop.svc.register(ocop[actor], unit="MYHA", workflow=workflow, filed_on=day, payload=payload)


def reviewed(ocop, day: date, **over: Any) -> CaseView:
    review = dict(REVIEW26)
    if over.get("product", {}).get("product_set") == TOURISM:
        review.pop("samples")
    return ocop.fire(register(ocop, day, **over), "xa", "review_at_commune", review)


def in_scoring(ocop, day: date = date(2026, 6, 1), **over: Any) -> CaseView:
    """Registered, reviewed, accepted and reviewed by the advisory group on `day`: the province council scores."""
    case = ocop.fire(reviewed(ocop, day, **over), "tinh", "accept_at_province")
    return ocop.fire(case, "tinh", "record_advisory_review", {"report": "Hồ sơ đầy đủ, đã khảo sát thực tế"})


def score(ocop, case: CaseView, level: str, sheets: list[dict[str, str]]) -> CaseView:
    for i, criteria in enumerate(sheets, start=1):
        case = ocop.svc.record(ocop[f"hd_{level}_{i}"], case.id, "score_sheet", payload={"criteria": criteria})
    return case


def closed(ocop, case: CaseView, level: str, sheets: list[dict[str, str]]) -> CaseView:
    return ocop.fire(score(ocop, case, level, sheets), {"province": "tinh", "central": "tw"}[level], "close_scoring")


def last(ocop, case: CaseView) -> dict:
    return ocop.history(case)[-1]


def seen(ocop, case: CaseView, who: str = "auditor") -> dict:
    return ocop.svc.describe(ocop[who], case.id)


def deadlines(ocop, case: CaseView) -> dict[str, tuple[str, bool]]:
    return {d["what"]: (d["due"], d["overdue"]) for d in seen(ocop, case)["deadlines"]}


# ---- the three paths -----------------------------------------------------------------------------------------------


def test_three_stars_at_the_province(ocop):
    case = register(ocop, date(2026, 6, 1))
    assert (case.workflow, case.in_force, case.state) == ("ocop-2026", True, "registered")
    on(ocop, date(2026, 6, 10))
    case = ocop.fire(case, "xa", "review_at_commune", REVIEW26)
    case = ocop.fire(case, "tinh", "accept_at_province")
    assert case.state == "province_accepted"
    case = ocop.fire(case, "tinh", "record_advisory_review", {"report": "Đạt yêu cầu", "extra_testing": "Không"})
    assert case.state == "advisory_reviewed"
    case = closed(ocop, case, "province", [sheet(60, 3), sheet(61, 3), sheet("59.5", 3), sheet(62, 3)])
    assert case.state == "province_scored"
    result = last(ocop, case)["payload"]["result"]
    assert (result["average"], result["band"], result["reachable_stars"], result["unmet_minimums"]) == (
        "60.62",
        3,
        3,
        [],
    )
    assert set(result["criteria"]) == set(C.sheet(FOOD).criteria)
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "ct_tinh", "forward_to_central")
    assert rules(exc) == {"band"}
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "45/QĐ-UBND"})
    cert = last(ocop, case)["payload"]["certificate"]
    assert (case.state, cert["stars"], cert["issued_by"], cert["valid_until"]) == ("certified", 3, "36", "2029-06-10")
    trail = [h["trigger"] for h in ocop.history(case) if h["kind"] == "transition"]
    assert trail == [
        "register",
        "review_at_commune",
        "accept_at_province",
        "record_advisory_review",
        "close_scoring",
        "certify",
    ]
    assert ocop.svc.verify(SYSTEM).ok


def test_four_stars_at_the_province(ocop):
    case = closed(ocop, in_scoring(ocop), "province", [sheet(80, 4)] * 3 + [sheet(78, 4)])
    described = seen(ocop, case)
    assert described["score"]["band"] == 4 and described["score"]["reachable_stars"] == 4
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "46/QĐ-UBND"})
    assert last(ocop, case)["payload"]["certificate"]["stars"] == 4
    assert seen(ocop, case)["stars"] == 4


def test_five_stars_at_the_centre(ocop):
    case = closed(ocop, in_scoring(ocop, date(2026, 6, 1)), "province", [sheet(95, 5)] * 4)
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_tinh", "certify", {"decision_no": "1"})
    on(ocop, date(2026, 7, 6))
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    assert case.state == "forwarded_to_central"
    central_round = last(ocop, case)["payload"]["central_round"]
    assert (central_round["round"], central_round["due"]) == (1, "2026-09-29")
    assert deadlines(ocop, case) == {"central_decision": ("2026-09-29", False)}
    with pytest.raises(Forbidden):  # the province council does not score at central level
        ocop.svc.record(ocop["hd_province_1"], case.id, "score_sheet", payload={"criteria": sheet(95)})
    case = closed(ocop, case, "central", [sheet(96, 5), sheet(94, 5), sheet(92, 5), sheet(93, 5)])
    case = ocop.fire(case, "ct_tw", "certify", {"decision_no": "9/QĐ-BNNMT"})
    cert = last(ocop, case)["payload"]["certificate"]
    assert (cert["stars"], cert["issued_by"]) == (5, "VN")
    with pytest.raises(GuardRefused) as exc:  # Art. 8.2: a 5★ certificate only by the minister
        ocop.fire(case, "ct_tinh", "revoke", {"ground": "mark_misuse"}, reason="x")
    assert rules(exc) == {"revoke_5_stars"}


def test_below_90_at_the_centre_returns_to_the_province(ocop):
    case = closed(ocop, in_scoring(ocop), "province", [sheet(92, 5)] * 4)
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    case = closed(ocop, case, "central", [sheet(85, 4)] * 4)
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_tw", "certify", {"decision_no": "1"})
    case = ocop.fire(case, "ct_tw", "return_to_province", reason="Chưa đạt 90 điểm")
    assert case.state == "province_scored" and deadlines(ocop, case) == {}
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "77/QĐ-UBND"})
    payload = last(ocop, case)["payload"]
    assert (payload["certificate"]["stars"], payload["basis"]["level"]) == (4, "central")


# ---- star minimums ----------------------------------------------------------------------------------------------


def test_75_points_missing_a_4_star_minimum_is_certified_3_stars_with_the_reason(ocop):
    case = closed(ocop, in_scoring(ocop), "province", [sheet(75, 4, {"2.1": 4})] * 4)
    result = last(ocop, case)["payload"]["result"]
    assert (result["band"], result["reachable_stars"]) == (4, 3)
    (unmet,) = result["unmet_minimums"]
    assert (unmet["criterion"], unmet["star"], unmet["required"], unmet["points"]) == ("2.1", 4, "3", "2")
    assert "2.1" in unmet["message"]
    score = seen(ocop, case)["score"]
    assert (score["average"], score["band"], score["reachable_stars"]) == ("75.00", 4, 3)
    assert score["unmet_minimums"] == [unmet]
    actions = {a["trigger"]: a for a in seen(ocop, case, "ct_tinh")["allowed_actions"]}
    assert actions["certify"]["allowed"] and not actions["reject"]["allowed"]
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "50/QĐ-UBND"})
    payload = last(ocop, case)["payload"]
    assert payload["certificate"]["stars"] == 3
    assert payload["basis"]["unmet_minimums"] == [unmet] and payload["basis"]["reachable_stars"] == 3


def test_a_missing_5_star_minimum_keeps_a_92_point_product_at_the_province(ocop):
    case = closed(ocop, in_scoring(ocop), "province", [sheet(92, 5, {"4.1": 5})] * 4)
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "ct_tinh", "forward_to_central")
    assert rules(exc) == {"band", "star_minimums"}
    assert "4.1" in next(r.message for r in exc.value.reasons if r.rule == "star_minimums")
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "51/QĐ-UBND"})
    assert last(ocop, case)["payload"]["certificate"]["stars"] == 4


def test_a_missing_3_star_minimum_ends_not_recognised(ocop):
    case = closed(ocop, in_scoring(ocop), "province", [sheet(60, 3, {"2.2": 3})] * 4)
    result = last(ocop, case)["payload"]["result"]
    assert (result["band"], result["reachable_stars"]) == (3, 2)
    assert [(m["criterion"], m["star"]) for m in result["unmet_minimums"]] == [("2.2", 3)]
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "ct_tinh", "certify", {"decision_no": "1"})
    assert rules(exc) == {"band", "star_minimums"}
    case = ocop.fire(case, "ct_tinh", "reject", reason="Không đạt yêu cầu tối thiểu 3 sao (tiêu chí 2.2)")
    assert case.state == "not_recognised" and case.final
    assert last(ocop, case)["payload"]["basis"]["reachable_stars"] == 2


def test_minimums_are_cumulative(ocop):
    # 80 points meeting every 4★ minimum but missing the 3★ one of 5.3: cumulative minimums → not even 3★
    case = closed(ocop, in_scoring(ocop), "province", [sheet(80, 4, {"5.3": 3})] * 4)
    result = last(ocop, case)["payload"]["result"]
    assert (result["band"], result["reachable_stars"]) == (4, 2)
    assert {(m["criterion"], m["star"]) for m in result["unmet_minimums"]} == {("5.3", 3)}


def test_the_council_result_per_criterion_is_the_median(ocop):
    meets, short = sheet(80, 4), sheet(80, 4, {"2.1": 4})
    # 2.1 scored 3, 3, 3, 2: median 3 → the 4★ minimum (3) is met
    case = closed(ocop, in_scoring(ocop), "province", [meets, meets, meets, short])
    result = last(ocop, case)["payload"]["result"]
    assert (result["criteria"]["2.1"], result["reachable_stars"]) == ("3", 4)
    # 3, 3, 2, 2: median 2.5 → not met
    case = closed(ocop, in_scoring(ocop), "province", [meets, short, meets, short])
    result = last(ocop, case)["payload"]["result"]
    assert (result["criteria"]["2.1"], result["reachable_stars"]) == ("2.5", 3)
    sheets = ocop.svc.view(ocop["auditor"], case.id, "score_sheets")["rounds"][0]
    assert [x["reachable_stars"] for x in sheets["sheets"]] == [4, 3, 4, 3]  # each member's own sheet
    assert sheets["reachable_stars"] == 3 and sheets["criteria"]["2.1"] == "2.5"


def test_criterion_sheets_are_validated(ocop):
    case = in_scoring(ocop)
    member = ocop["hd_province_1"]
    good = sheet(70, 4)
    with pytest.raises(InvalidInput) as exc:  # a criterion is missing
        partial = {k: v for k, v in good.items() if k != "1.1"}
        ocop.svc.record(member, case.id, "score_sheet", payload={"criteria": partial})
    assert "payload.criteria.1.1" in exc.value.details["fields"]
    with pytest.raises(InvalidInput) as exc:  # 2.1 has no option scored 2.5
        ocop.svc.record(member, case.id, "score_sheet", payload={"criteria": {**good, "2.1": "2.5"}})
    assert "payload.criteria.2.1" in exc.value.details["fields"]
    with pytest.raises(InvalidInput):  # part-level sheets belong to ocop-2023
        ocop.svc.record(member, case.id, "score_sheet", payload={"criteria": good, "parts": {"A": 1, "B": 1, "C": 1}})
    with pytest.raises(InvalidInput):
        ocop.svc.record(member, case.id, "score_sheet", payload={"parts": {"A": 30, "B": 20, "C": 20}})
    case = ocop.svc.record(member, case.id, "score_sheet", payload={"criteria": good})
    recorded = last(ocop, case)["payload"]
    assert recorded["total"] == "70" and recorded["parts"] == {k: str(v) for k, v in C.parts_of(FOOD, good).items()}
    assert len([h for h in ocop.history(case) if h["kind"] == "score_sheet"]) == 1


def test_council_members_see_no_result_until_scoring_closes(ocop):
    case = score(ocop, in_scoring(ocop), "province", [sheet(75, 4, {"2.1": 4})] * 3)
    member = seen(ocop, case, "hd_province_1")["score"]
    assert (member["average"], member["reachable_stars"], member["unmet_minimums"]) == (None, None, [])
    office = seen(ocop, case, "tinh")["score"]
    assert (office["status"], office["average"], office["reachable_stars"]) == ("open", "75.00", 3)


# ---- disqualification -------------------------------------------------------------------------------------------


def test_a_food_dossier_is_disqualified(ocop):
    case = score(ocop, in_scoring(ocop), "province", [sheet(80, 4)])
    with pytest.raises(InvalidInput):
        ocop.fire(case, "tinh", "disqualify", {"ground": "food_safety_certificate"})  # a reason is required
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "tinh", "disqualify", {"ground": "gmp_certificate"}, reason="x")  # a ground of set 18
    assert rules(exc) == {"disqualification_ground"}
    with pytest.raises(GuardRefused) as exc:  # the dossier is at the province: the ministry's office does not act
        ocop.fire(case, "tw", "disqualify", {"ground": "forged_dossier"}, reason="x")
    assert rules(exc) == {"stage"}
    with pytest.raises(Forbidden):
        ocop.fire(case, "xa", "disqualify", {"ground": "forged_dossier"}, reason="x")
    case = ocop.fire(
        case, "tinh", "disqualify", {"ground": "food_safety_certificate"}, reason="Giấy chứng nhận ATTP đã hết hạn"
    )
    assert case.state == "not_recognised" and case.final
    payload = last(ocop, case)["payload"]
    assert payload["disqualified"]["ground"] == "food_safety_certificate"
    assert "an toàn thực phẩm" in payload["disqualified"]["text"] and payload["voided_round"]["level"] == "province"
    assert "certificate" not in payload and "basis" not in payload
    with pytest.raises(NotAvailable):  # the open round ended with the dossier
        ocop.svc.record(ocop["hd_province_2"], case.id, "score_sheet", payload={"criteria": sheet(80, 4)})


def test_disqualification_at_the_centre_and_not_before_acceptance(ocop):
    case = ocop.fire(reviewed(ocop, date(2026, 6, 1)), "tinh", "return_for_completion", reason="Thiếu Mẫu 02")
    with pytest.raises(NotAvailable):
        ocop.fire(case, "tinh", "disqualify", {"ground": "forged_dossier"}, reason="x")
    case = closed(ocop, in_scoring(ocop), "province", [sheet(95, 5)] * 4)
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "tinh", "disqualify", {"ground": "forged_dossier"}, reason="x")
    assert rules(exc) == {"stage"}
    case = ocop.fire(case, "tw", "disqualify", {"ground": "forged_dossier"}, reason="Giả mạo phiếu kiểm nghiệm")
    assert case.state == "not_recognised"


def test_tourism_has_no_disqualification_grounds(ocop):
    case = in_scoring(
        ocop,
        product={"name": "Du lịch sinh thái Mỹ Hà", "product_set": TOURISM},
        producer={"name": "Hội Nông dân xã", "kind": "association", "registration_no": "HH-01"},
    )
    actions = {a["trigger"]: a for a in seen(ocop, case, "tinh")["allowed_actions"]}
    assert not actions["disqualify"]["allowed"]
    assert [r["rule"] for r in actions["disqualify"]["reasons"]] == ["no_disqualification_grounds"]


# ---- eligibility and dossier contents ---------------------------------------------------------------------------


def test_an_association_is_refused_for_food_and_accepted_for_tourism(ocop):
    association = {"name": "Hội Nông dân xã Mỹ Hà", "kind": "association", "registration_no": "HH-01"}
    with pytest.raises(GuardRefused) as exc:
        register(ocop, date(2026, 6, 1), producer=association)
    assert rules(exc) == {"association_tourism_only"}
    case = register(
        ocop, date(2026, 6, 1), producer=association, product={"name": "Du lịch làng hoa", "product_set": TOURISM}
    )
    assert case.state == "registered"
    with pytest.raises(InvalidInput):  # every producer has a business registration number
        register(ocop, date(2026, 6, 1), producer={"name": "Hộ ông A", "kind": "household"})


def test_samples_go_with_the_dossier_except_tourism(ocop):
    case = register(ocop, date(2026, 6, 1))
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "xa", "review_at_commune", {**REVIEW26, "samples": 3})
    assert rules(exc) == {"samples"}
    with pytest.raises(GuardRefused):
        ocop.fire(case, "xa", "review_at_commune", {k: v for k, v in REVIEW26.items() if k != "samples"})
    with pytest.raises(InvalidInput):  # the commune's letter and the four contents are required
        ocop.fire(case, "xa", "review_at_commune", {**REVIEW, "samples": 5})
    assert ocop.fire(case, "xa", "review_at_commune", REVIEW26).state == "commune_reviewed"
    tour = register(ocop, date(2026, 6, 1), product={"name": "Điểm du lịch", "product_set": TOURISM})
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(tour, "xa", "review_at_commune", REVIEW26)
    assert rules(exc) == {"samples_tourism"}
    review = {k: v for k, v in REVIEW26.items() if k != "samples"}
    assert ocop.fire(tour, "xa", "review_at_commune", review).state == "commune_reviewed"


def test_dossier_contents_by_registration_type(ocop):
    with pytest.raises(InvalidInput):  # Form 01 and Form 02 are part of every dossier
        register(ocop, date(2026, 6, 1), registration_form=None)
    with pytest.raises(GuardRefused) as exc:
        register(ocop, date(2026, 6, 1), changes="Bao bì mới")
    assert rules(exc) == {"changes_upgrade_only"}
    with pytest.raises(GuardRefused) as exc:
        register(ocop, date(2026, 6, 1), updates=UPDATES)
    assert rules(exc) == {"updates_renewal_only"}
    first = ocop.fire(
        closed(ocop, in_scoring(ocop), "province", [sheet(60, 3)] * 4), "ct_tinh", "certify", {"decision_no": "1"}
    )
    with pytest.raises(GuardRefused) as exc:
        register(ocop, date(2026, 6, 2), registration_type="upgrade", previous_dossier=first.id)
    assert rules(exc) == {"upgrade_changes"}
    with pytest.raises(InvalidInput):  # every update topic of Art. 6.1.c is answered
        register(ocop, date(2026, 6, 2), registration_type="renewal", previous_dossier=first.id, updates={})
    up = register(
        ocop, date(2026, 6, 2), registration_type="upgrade", previous_dossier=first.id, changes="Đạt chứng nhận HACCP"
    )
    up = ocop.fire(up, "xa", "review_at_commune", REVIEW26)
    up = ocop.fire(ocop.fire(up, "tinh", "accept_at_province"), "tinh", "record_advisory_review", {"report": "ok"})
    up = closed(ocop, up, "province", [sheet(65, 3)] * 4)
    with pytest.raises(GuardRefused) as exc:  # not above the current 3★
        ocop.fire(up, "ct_tinh", "certify", {"decision_no": "2"})
    assert rules(exc) == {"upgrade_not_higher"}


# ---- working-day deadline of the commune ------------------------------------------------------------------------


def test_commune_deadline_counts_working_days_from_the_day_after_receipt(ocop):
    case = register(ocop, date(2026, 6, 1))  # Monday; no holiday in June
    assert deadlines(ocop, case) == {"commune_review": ("2026-06-22", False)}
    on(ocop, date(2026, 6, 22))
    assert seen(ocop, case)["flags"] == []
    on(ocop, date(2026, 6, 23))
    described = seen(ocop, case)
    assert described["deadlines"] == [{"what": "commune_review", "due": "2026-06-22", "overdue": True}]
    assert described["flags"] == ["overdue"]
    case = ocop.fire(case, "xa", "review_at_commune", REVIEW26)  # late, but reviewed: the deadline no longer runs
    assert "commune_review" not in deadlines(ocop, case)


@pytest.mark.parametrize(
    ("filed", "due", "last_on_time"),
    [
        # Friday before Tết Đinh Mùi: 4–10/02/2027 are days off; without them the 15th working day would be 19/02
        (date(2027, 1, 29), "2027-02-26", date(2027, 2, 26)),
        # Quốc khánh 2026: 31/08 (swapped for Saturday 22/08), 01/09, 02/09 are days off
        (date(2026, 8, 24), "2026-09-17", date(2026, 9, 17)),
    ],
)
def test_commune_deadline_across_a_holiday(ocop, filed, due, last_on_time):
    case = register(ocop, filed)
    on(ocop, last_on_time)
    assert deadlines(ocop, case) == {"commune_review": (due, False)}
    on(ocop, date.fromordinal(last_on_time.toordinal() + 1))
    assert deadlines(ocop, case) == {"commune_review": (due, True)}
    assert "overdue" in seen(ocop, case)["flags"]


def test_commune_deadline_follows_the_calendar_overrides(ocop, db):
    from engine.calendar import set_day

    case = register(ocop, date(2026, 6, 1))
    with db.write() as s:
        set_day(s, date(2026, 6, 5), False, "Nghỉ thêm theo quyết định của tỉnh")
    assert deadlines(ocop, case) == {"commune_review": ("2026-06-23", False)}


# ---- rounds (Art. 5) --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("proposed", "accepted", "number", "due"),
    [
        (date(2027, 4, 29), date(2027, 5, 4), 1, "2027-06-29"),
        (date(2027, 4, 30), date(2027, 5, 4), 2, "2027-12-29"),
        (date(2026, 10, 29), date(2026, 11, 2), 2, "2026-12-29"),
        (date(2026, 10, 30), date(2026, 11, 2), 1, "2027-06-29"),
    ],
)
def test_province_round_at_the_30_april_and_30_october_boundaries(ocop, proposed, accepted, number, due):
    case = reviewed(ocop, proposed)  # registered and reviewed (proposed) the same day
    on(ocop, accepted)
    case = ocop.fire(case, "tinh", "accept_at_province")
    rnd = last(ocop, case)["payload"]["province_round"]
    assert (rnd["round"], rnd["proposed_on"], rnd["due"]) == (number, proposed.isoformat(), due)
    assert deadlines(ocop, case) == {"province_decision": (due, False)}


def test_province_round_counts_from_the_resubmission(ocop):
    case = ocop.fire(reviewed(ocop, date(2027, 4, 20)), "tinh", "return_for_completion", reason="Thiếu hồ sơ")
    on(ocop, date(2027, 5, 5))
    case = ocop.fire(case, "xa", "resubmit", {"changes": "Bổ sung Mẫu 02"})
    case = ocop.fire(case, "tinh", "accept_at_province")
    assert last(ocop, case)["payload"]["province_round"]["due"] == "2027-12-29"


@pytest.mark.parametrize(
    ("forwarded", "number", "due"),
    [(date(2026, 7, 29), 1, "2026-09-29"), (date(2026, 7, 30), 2, "2027-03-29")],
)
def test_central_round_at_the_30_july_boundary(ocop, forwarded, number, due):
    case = closed(ocop, in_scoring(ocop, date(2026, 6, 1)), "province", [sheet(95, 5)] * 4)
    on(ocop, forwarded)
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    rnd = last(ocop, case)["payload"]["central_round"]
    assert (rnd["round"], rnd["due"]) == (number, due)
    on(ocop, date(2027, 3, 30))
    assert deadlines(ocop, case) == {"central_decision": (due, True)}


@pytest.mark.parametrize(
    ("day", "rounds", "number", "due"),
    [
        (date(2027, 1, 29), CENTRAL_ROUNDS, 2, date(2027, 3, 29)),
        (date(2027, 1, 30), CENTRAL_ROUNDS, 1, date(2027, 9, 29)),
        (date(2026, 12, 31), CENTRAL_ROUNDS, 2, date(2027, 3, 29)),
        (date(2026, 12, 31), PROVINCE_ROUNDS, 1, date(2027, 6, 29)),
        (date(2026, 1, 1), PROVINCE_ROUNDS, 1, date(2026, 6, 29)),
    ],
)
def test_round_for(day, rounds, number, due):
    found = round_for(day, rounds)
    assert (found["round"], found["due"]) == (number, due)


# ---- renewal (Art. 7.6) -----------------------------------------------------------------------------------------


def certified_3_stars(ocop, issued_on: date) -> CaseView:
    case = closed(ocop, in_scoring(ocop, issued_on), "province", [sheet(60, 3)] * 4)
    return ocop.fire(case, "ct_tinh", "certify", {"decision_no": "12/QĐ-UBND"})


@pytest.mark.parametrize(
    ("filed", "outcome"),
    [
        (date(2028, 12, 16), "too_early"),  # 181 days before the expiry on 15/06/2029
        (date(2028, 12, 17), "on_time"),  # 180 days before
        (date(2029, 2, 15), "on_time"),  # 120 days before
        (date(2029, 2, 16), "late"),  # 119 days before: accepted, flagged
    ],
)
def test_renewal_window(ocop, filed, outcome):
    old = certified_3_stars(ocop, date(2026, 6, 15))
    assert last(ocop, old)["payload"]["certificate"]["valid_until"] == "2029-06-15"
    renew = {"registration_type": "renewal", "previous_dossier": old.id, "updates": UPDATES}
    if outcome == "too_early":
        with pytest.raises(GuardRefused) as exc:
            register(ocop, filed, **renew)
        assert rules(exc) == {"renewal_too_early"} and "2028-12-17" in exc.value.reasons[0].message
        return
    case = register(ocop, filed, **renew)
    window = ocop.history(case)[0]["payload"]["renewal_window"]
    assert (window["opens"], window["closes"], window["late"]) == ("2028-12-17", "2029-02-15", outcome == "late")
    assert ("late_renewal" in seen(ocop, case)["flags"]) == (outcome == "late")


def test_renewal_is_decided_within_45_days_and_supersedes(ocop):
    old = certified_3_stars(ocop, date(2026, 6, 15))
    case = register(ocop, date(2029, 1, 4), registration_type="renewal", previous_dossier=old.id, updates=UPDATES)
    case = ocop.fire(case, "xa", "review_at_commune", REVIEW26)
    on(ocop, date(2029, 1, 8))
    case = ocop.fire(case, "tinh", "accept_at_province")
    assert deadlines(ocop, case) == {"renewal_decision": ("2029-02-22", False)}
    on(ocop, date(2029, 2, 23))
    assert "overdue" in seen(ocop, case)["flags"]
    case = ocop.fire(case, "tinh", "record_advisory_review", {"report": "Kiểm tra thực tế: quy mô không đổi"})
    case = ocop.fire(closed(ocop, case, "province", [sheet(72, 4)] * 4), "ct_tinh", "certify", {"decision_no": "3"})
    assert last(ocop, case)["payload"]["superseded"] == old.id
    assert ocop.svc.get(ocop["auditor"], old.id).state == "renewed"


# ---- withdrawal, revocation ------------------------------------------------------------------------------------


def test_withdrawal_until_scoring_starts(ocop):
    case = ocop.fire(reviewed(ocop, date(2026, 6, 1)), "tinh", "accept_at_province")
    assert ocop.fire(case, "xa", "withdraw", reason="Chủ thể xin rút").state == "withdrawn"
    case = score(ocop, in_scoring(ocop), "province", [sheet(70, 4)])
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "xa", "withdraw", reason="muộn")
    assert rules(exc) == {"scoring_started"}


def test_revocation_within_15_days_of_the_conclusion(ocop):
    case = certified_3_stars(ocop, date(2026, 6, 15))
    on(ocop, date(2026, 9, 1))
    conclusion = {"ground": "law_violation", "concluded_on": "2026-08-28", "conclusion": "Sở ATTP, KL số 12/KL"}
    with pytest.raises(GuardRefused):
        future = {**conclusion, "concluded_on": "2026-09-02"}
        ocop.svc.record(ocop["tinh"], case.id, "record_conclusion", payload=future)
    case = ocop.svc.record(ocop["tinh"], case.id, "record_conclusion", payload=conclusion)
    assert case.state == "certified" and deadlines(ocop, case) == {"revocation": ("2026-09-12", False)}
    on(ocop, date(2026, 9, 13))
    assert "overdue" in seen(ocop, case)["flags"]
    with pytest.raises(Forbidden):
        ocop.fire(case, "tinh", "revoke", {"ground": "law_violation"}, reason="x")
    case = ocop.fire(case, "ct_tinh", "revoke", {"ground": "law_violation"}, reason="Vi phạm ATTP theo KL 12/KL")
    assert case.state == "revoked" and seen(ocop, case)["deadlines"] == []


# ---- filing dates: the workflow in force and the transitional rules ----------------------------------------------


def test_workflow_picked_by_filing_date(ocop):
    on(ocop, date(2026, 12, 1))
    old_payload = {
        "product": {"name": "Bánh cáy", "product_set": "06"},
        "producer": {"name": "HTX", "kind": "cooperative", "registration_no": "1"},
        "registration_type": "first",
    }
    case = ocop.svc.register(ocop["xa"], unit="MYHA", filed_on=date(2024, 6, 1), payload=old_payload)
    assert (case.workflow, case.in_force) == ("ocop-2023", True)
    case = register(ocop, date(2026, 6, 1), workflow=None)
    assert (case.workflow, case.in_force) == ("ocop-2026", True)
    case = register(ocop, date(2026, 5, 22), workflow=None)
    assert case.workflow == "ocop-2026"
    with pytest.raises(NoWorkflowInForce):  # QĐ 1489 window: not modelled
        ocop.svc.register(ocop["xa"], unit="MYHA", filed_on=date(2025, 12, 1), payload=old_payload)
    with pytest.raises(NoWorkflowInForce):
        ocop.svc.register(ocop["xa"], unit="MYHA", filed_on=date(2026, 5, 21), payload=old_payload)
    case = register(ocop, date(2026, 5, 1))  # explicit ocop-2026 before it applies: accepted, out of force
    assert case.in_force is False and seen(ocop, case)["flags"][0] == "out_of_force"


@pytest.mark.parametrize(("kind", "due"), [("first", "2026-07-21"), ("renewal", "2026-06-21")])
def test_a_dossier_filed_before_22_may_2026_finishes_under_ocop_2023(ocop, kind, due):
    on(ocop, date(2026, 5, 1))
    payload = {
        "product": {"name": "Giò lụa", "product_set": FOOD},
        "producer": {"name": "HTX", "kind": "cooperative", "registration_no": "1"},
        "registration_type": "first",
    }
    if kind == "renewal":
        on(ocop, date(2024, 6, 3))
        old = ocop.certified_at_district("60")  # ocop-2023, valid until 2027-06-03
        on(ocop, date(2026, 5, 1))
        payload |= {"registration_type": "renewal", "previous_dossier": old.id}
    case = ocop.svc.register(ocop["xa"], unit="MYHA", workflow="ocop-2023", filed_on=date(2026, 5, 1), payload=payload)
    assert (case.workflow, case.in_force) == ("ocop-2023", False)
    assert seen(ocop, case)["deadlines"] == []  # QĐ 26/2026 applies from 22/05/2026
    on(ocop, date(2026, 6, 1))
    described = seen(ocop, case)
    assert described["deadlines"] == [{"what": "transitional_decision", "due": due, "overdue": False}]
    assert described["flags"] == ["out_of_force"]
    case = ocop.fire(case, "xa", "review_at_commune", REVIEW)  # ocop-2023's transitions, unchanged
    assert case.state == "commune_reviewed"
    on(ocop, date(2026, 7, 22))
    described = seen(ocop, case)
    assert described["deadlines"] == [{"what": "transitional_decision", "due": due, "overdue": True}]
    assert described["flags"] == ["out_of_force", "overdue"]
    case = ocop.fire(ocop.closed(case, "district", ["60"] * 4), "ct_huyen", "certify", {"decision_no": "1"})
    assert seen(ocop, case)["deadlines"] == []


def test_an_ocop_2023_dossier_filed_in_2024_gets_the_transitional_deadline_only_while_undecided(ocop):
    on(ocop, date(2024, 6, 3))
    case = ocop.reviewed()
    decided = ocop.certified_at_district("60")
    on(ocop, date(2026, 6, 1))
    assert deadlines(ocop, case) == {"transitional_decision": ("2026-07-21", False)}
    assert seen(ocop, decided)["deadlines"] == []
