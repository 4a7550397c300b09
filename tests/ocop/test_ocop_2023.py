"""The ocop-2023 cycle (QĐ 148) through the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from engine.accounts import SYSTEM
from engine.errors import Forbidden, GuardRefused, InvalidInput, NotAvailable, NotFound
from tests.ocop.conftest import REVIEW


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {r.rule for r in exc.value.reasons}


def last(ocop, case) -> dict:
    return ocop.history(case)[-1]


def test_three_stars_at_district(ocop):
    case = ocop.reviewed()
    assert case.state == "commune_reviewed"
    case = ocop.closed(case, "district", ["62", "61", "60.5", "59"])
    assert case.state == "district_scored"
    result = last(ocop, case)["payload"]["result"]
    assert result == {"level": "district", "round": 1, "sheets": 4, "sum": "242.50", "average": "60.62", "band": 3}
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "ct_huyen", "forward_to_province")
    assert rules(exc) == {"band"}
    case = ocop.fire(case, "ct_huyen", "certify", {"decision_no": "123/QĐ-UBND", "issued_on": "2024-06-02"})
    assert case.state == "certified"
    cert = last(ocop, case)["payload"]["certificate"]
    assert cert["stars"] == 3 and cert["issued_by"] == "357" and cert["issued_on"] == "2024-06-02"
    assert cert["valid_until"] == "2027-06-02" and cert["code"].startswith("OCOP-2024-")
    trail = [(h["trigger"], h["from"], h["to"]) for h in ocop.history(case) if h["kind"] == "transition"]
    assert trail == [
        ("register", None, "registered"),
        ("review_at_commune", "registered", "commune_reviewed"),
        ("close_scoring", "commune_reviewed", "district_scored"),
        ("certify", "district_scored", "certified"),
    ]
    assert ocop.svc.verify(SYSTEM).ok


def test_four_stars_via_province(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["75"] * 4)
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_huyen", "certify", {"decision_no": "1"})
    case = ocop.fire(case, "ct_huyen", "forward_to_province")
    assert case.state == "forwarded_to_province"
    case = ocop.closed(case, "province", ["80", "82", "78", "79.5"])
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "45/QĐ-UBND"})
    cert = last(ocop, case)["payload"]["certificate"]
    assert (case.state, cert["stars"], cert["issued_by"]) == ("certified", 4, "36")


def test_five_stars_via_central(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["92"] * 4)
    case = ocop.fire(case, "ct_huyen", "forward_to_province")
    case = ocop.closed(case, "province", ["91", "93", "90", "95"])
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_tinh", "certify", {"decision_no": "1"})
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    case = ocop.closed(case, "central", ["96", "94", "100", "90"])
    case = ocop.fire(case, "ct_tw", "certify", {"decision_no": "9/QĐ-BNNMT"})
    cert = last(ocop, case)["payload"]["certificate"]
    assert (cert["stars"], cert["issued_by"]) == (5, "VN")


def test_central_below_90_returns_to_province(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["92"] * 4)
    case = ocop.fire(case, "ct_huyen", "forward_to_province")
    case = ocop.closed(case, "province", ["91"] * 4)
    case = ocop.fire(case, "ct_tinh", "forward_to_central")
    case = ocop.closed(case, "central", ["85", "86", "88", "84"])
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_tw", "certify", {"decision_no": "1"})
    with pytest.raises(InvalidInput):
        ocop.fire(case, "ct_tw", "return_to_province")  # a reason is required
    case = ocop.fire(case, "ct_tw", "return_to_province", reason="Chưa đạt 90 điểm ở cấp Trung ương")
    assert case.state == "province_scored"
    with pytest.raises(GuardRefused):  # the central result is below 90: no second trip to the centre
        ocop.fire(case, "ct_tinh", "forward_to_central")
    case = ocop.fire(case, "ct_tinh", "certify", {"decision_no": "77/QĐ-UBND"})
    cert = last(ocop, case)["payload"]["certificate"]
    assert (cert["stars"], cert["issued_by"]) == (4, "36")
    assert last(ocop, case)["payload"]["basis"]["level"] == "central"


def test_not_recognised_below_50(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["45", "48", "47", "49"])
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_huyen", "certify", {"decision_no": "1"})
    case = ocop.fire(case, "ct_huyen", "reject", reason="Dưới 50 điểm")
    assert case.state == "not_recognised" and case.final
    assert last(ocop, case)["payload"]["basis"]["band"] == 2
    assert ocop.svc.allowed_actions(ocop["ct_huyen"], case.id) == []


def test_reject_refused_at_or_above_50(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["50"] * 4)
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_huyen", "reject")


@pytest.mark.parametrize(
    ("total", "band", "allowed", "refused"),
    [
        ("29.99", 1, "reject", "certify"),
        ("30", 2, "reject", "certify"),
        ("49.99", 2, "reject", "certify"),
        ("50", 3, "certify", "forward_to_province"),
        ("69.99", 3, "certify", "forward_to_province"),
        ("70", 4, "forward_to_province", "certify"),
        ("89.99", 4, "forward_to_province", "reject"),
        ("90", 5, "forward_to_province", "certify"),
        ("100", 5, "forward_to_province", "reject"),
    ],
)
def test_district_band_boundaries(ocop, total, band, allowed, refused):
    case = ocop.closed(ocop.reviewed(), "district", [total] * 4)
    assert last(ocop, case)["payload"]["result"]["band"] == band
    actions = {a.trigger: a for a in ocop.svc.allowed_actions(ocop["ct_huyen"], case.id)}
    assert actions[allowed].allowed and not actions[refused].allowed
    payload = {"decision_no": "1"} if allowed == "certify" else None
    assert ocop.fire(case, "ct_huyen", allowed, payload).version == case.version + 1


def test_exact_average_is_never_rounded_up(ocop):
    # 69.99 + 69.99 + 70 = 209.98 / 3 = 69.9933…: 3★, shown truncated
    case = ocop.closed(ocop.reviewed(), "district", ["69.99", "69.99", "70"])
    result = last(ocop, case)["payload"]["result"]
    assert (result["average"], result["band"]) == ("69.99", 3)
    # 89.99 × 3 + 90.02 = 359.99 / 4 = 89.9975: still 4★ and shown 89.99
    case = ocop.fire(
        ocop.closed(ocop.reviewed(), "district", ["89.99", "89.99", "89.99", "90.02"]),
        "ct_huyen",
        "forward_to_province",
    )
    case = ocop.closed(case, "province", ["89.99", "89.99", "89.99", "90.02"])
    result = last(ocop, case)["payload"]["result"]
    assert (result["average"], result["band"]) == ("89.99", 4)
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_tinh", "forward_to_central")


@pytest.mark.parametrize(("total", "band", "allowed"), [("89.99", 4, "certify"), ("90", 5, "forward_to_central")])
def test_province_boundary(ocop, total, band, allowed):
    case = ocop.fire(ocop.closed(ocop.reviewed(), "district", ["80"] * 4), "ct_huyen", "forward_to_province")
    case = ocop.closed(case, "province", [total] * 4)
    assert last(ocop, case)["payload"]["result"]["band"] == band
    ocop.fire(case, "ct_tinh", allowed, {"decision_no": "1"} if allowed == "certify" else None)


@pytest.mark.parametrize(
    "parts",
    [
        {"A": "40.01", "B": "0", "C": "0"},
        {"A": "0", "B": "25.5", "C": "0"},
        {"A": "0", "B": "0", "C": "36"},
        {"A": "-1", "B": "0", "C": "0"},
        {"A": "10.001", "B": "0", "C": "0"},
        {"A": "10", "B": "10"},
        {"A": "10", "B": "10", "C": "10", "D": "1"},
    ],
)
def test_part_maxima_and_shape_refused(ocop, parts):
    case = ocop.reviewed()
    with pytest.raises(InvalidInput):
        ocop.svc.record(ocop["hd_district_1"], case.id, "score_sheet", payload={"parts": parts})
    with pytest.raises(InvalidInput):  # criteria belong to ocop-2026 sheets
        ocop.svc.record(
            ocop["hd_district_1"],
            case.id,
            "score_sheet",
            payload={"parts": {"A": "1", "B": "1", "C": "1"}, "criteria": {"1.1": 3}},
        )
    assert len(ocop.history(case)) == 2


def test_quorum(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["60", "61"])
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "huyen", "close_scoring")
    assert rules(exc) == {"quorum"} and "2 of 4" in exc.value.reasons[0].message
    case = ocop.score(case, "district", ["62"], members=[3])
    assert ocop.fire(case, "huyen", "close_scoring").state == "district_scored"  # ceil(0.75 × 4) = 3


def test_revisions_latest_counts(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["40", "60", "60"])
    case = ocop.score(case, "district", ["59"], members=[1])  # member 1 revises 40 → 59
    case = ocop.fire(case, "huyen", "close_scoring")
    result = last(ocop, case)["payload"]["result"]
    assert (result["sheets"], result["sum"]) == (3, "179.00")
    sheets = [h for h in ocop.history(case) if h["kind"] == "score_sheet"]
    assert [h["payload"]["revision"] for h in sheets] == [1, 1, 1, 2]


def test_spread_rescore_and_chair_override(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["50", "55", "61", "60"])  # spread 11 > 10
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "huyen", "close_scoring")
    assert rules(exc) == {"spread"}
    with pytest.raises(InvalidInput):
        ocop.svc.record(ocop["huyen"], case.id, "request_rescore")  # reason required
    for _ in range(2):
        case = ocop.svc.record(ocop["huyen"], case.id, "request_rescore", reason="Các thành viên chấm lại")
        assert case.state == "commune_reviewed"
    with pytest.raises(GuardRefused) as exc:
        ocop.svc.record(ocop["huyen"], case.id, "request_rescore", reason="lần ba")
    assert rules(exc) == {"rescore_limit"}
    with pytest.raises(GuardRefused):
        ocop.fire(case, "huyen", "close_scoring", reason="vẫn lệch")  # the office may not override
    with pytest.raises(GuardRefused):
        ocop.fire(case, "ct_huyen", "close_scoring")  # the chair must give a reason
    case = ocop.fire(case, "ct_huyen", "close_scoring", reason="Hội đồng thống nhất giữ kết quả")
    result = last(ocop, case)["payload"]["result"]
    assert result["closed_despite_spread"] is True and last(ocop, case)["role"] == "district_chair"


def test_rescore_within_spread_refused(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["60", "61", "62"])
    with pytest.raises(GuardRefused) as exc:
        ocop.svc.record(ocop["huyen"], case.id, "request_rescore", reason="x")
    assert rules(exc) == {"spread_ok"}


def test_return_and_resubmit_start_a_new_round(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["30", "31", "32"])
    with pytest.raises(InvalidInput):
        ocop.fire(case, "huyen", "return_for_completion")
    case = ocop.fire(case, "huyen", "return_for_completion", reason="Thiếu phiếu kiểm nghiệm")
    assert case.state == "returned"
    with pytest.raises(NotAvailable):
        ocop.svc.record(ocop["hd_district_4"], case.id, "score_sheet", payload={"parts": {"A": 1, "B": 1, "C": 1}})
    case = ocop.fire(case, "xa", "resubmit", {"changes": "Bổ sung phiếu kiểm nghiệm"})
    assert case.state == "commune_reviewed"
    with pytest.raises(GuardRefused) as exc:  # the returned round's three sheets no longer count
        ocop.fire(ocop.score(case, "district", ["70"]), "huyen", "close_scoring")
    assert rules(exc) == {"quorum"}
    case = ocop.svc.get(ocop["auditor"], case.id)
    case = ocop.closed(case, "district", ["65", "66", "64", "65"])
    result = last(ocop, case)["payload"]["result"]
    assert (result["round"], result["sheets"], result["band"]) == (2, 4, 3)


def test_withdrawal(ocop):
    case = ocop.register()
    with pytest.raises(InvalidInput):
        ocop.fire(case, "xa", "withdraw")
    case = ocop.fire(case, "xa", "withdraw", reason="Chủ thể xin rút")
    assert case.state == "withdrawn" and case.final
    case = ocop.reviewed()
    case = ocop.fire(case, "xa", "withdraw", reason="Chưa chấm điểm")  # no sheet yet: still possible
    assert case.state == "withdrawn"
    case = ocop.score(ocop.reviewed(), "district", ["60"])
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "xa", "withdraw", reason="muộn")
    assert rules(exc) == {"scoring_started"}


def test_council_confidentiality(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["60", "62", "61"])
    seen = ocop.svc.history(ocop["hd_district_1"], case.id)
    sheets = [h for h in seen if h["kind"] == "score_sheet"]
    assert [h["actor"] for h in sheets] == ["hd_district_1"]
    assert len([h for h in ocop.history(case) if h["kind"] == "score_sheet"]) == 3
    inbox = {c.id for c in ocop.svc.inbox(ocop["hd_district_4"])}
    assert case.id in inbox and case.id not in {c.id for c in ocop.svc.inbox(ocop["hd_district_1"])}
    case = ocop.fire(case, "huyen", "close_scoring")
    seen = ocop.svc.history(ocop["hd_district_1"], case.id)
    assert len([h for h in seen if h["kind"] == "score_sheet"]) == 3


def test_scoring_refusals(ocop):
    case = ocop.reviewed()
    sheet = {"parts": {"A": "30", "B": "20", "C": "20"}}
    with pytest.raises(GuardRefused) as exc:  # a council member of the unit, but not on the council
        ocop.svc.record(ocop["hd_district_5"], case.id, "score_sheet", payload=sheet)
    assert rules(exc) == {"council_member"}
    with pytest.raises(Forbidden):  # a province member cannot score at district level
        ocop.svc.record(ocop["hd_province_1"], case.id, "score_sheet", payload=sheet)
    with pytest.raises(NotFound):  # another province's council member
        ocop.svc.record(ocop["hd_hn_1"], case.id, "score_sheet", payload=sheet)
    with pytest.raises(Forbidden):
        ocop.svc.record(ocop["huyen"], case.id, "score_sheet", payload=sheet)


def test_role_and_territory_refusals_along_the_path(ocop):
    case = ocop.register()
    with pytest.raises(NotFound):
        ocop.fire(case, "xa_hn", "review_at_commune", REVIEW)
    with pytest.raises(Forbidden):
        ocop.fire(case, "huyen", "review_at_commune", REVIEW)
    case = ocop.fire(case, "xa", "review_at_commune", REVIEW)
    with pytest.raises(NotFound):
        ocop.fire(case, "huyen_hn", "return_for_completion", reason="x")
    with pytest.raises(Forbidden):
        ocop.fire(case, "xa", "return_for_completion", reason="x")
    case = ocop.score(case, "district", ["75"] * 4)
    with pytest.raises(NotFound):
        ocop.fire(case, "ct_huyen_hn", "close_scoring")
    with pytest.raises(Forbidden):
        ocop.fire(case, "tinh", "close_scoring")
    case = ocop.fire(case, "huyen", "close_scoring")
    with pytest.raises(Forbidden):
        ocop.fire(case, "huyen", "forward_to_province")
    with pytest.raises(Forbidden):
        ocop.fire(case, "ct_tinh", "forward_to_province")
    with pytest.raises(NotFound):
        ocop.fire(case, "ct_tinh_hn", "forward_to_province")
    case = ocop.fire(case, "ct_huyen", "forward_to_province")
    case = ocop.closed(case, "province", ["80"] * 4)
    with pytest.raises(Forbidden):
        ocop.fire(case, "ct_huyen", "certify", {"decision_no": "1"})
    with pytest.raises(NotFound):
        ocop.fire(case, "ct_tinh_hn", "certify", {"decision_no": "1"})
    with pytest.raises(Forbidden):
        ocop.fire(case, "auditor", "certify", {"decision_no": "1"})
    with pytest.raises(Forbidden):
        ocop.fire(case, "admin", "certify", {"decision_no": "1"})
    ocop.fire(case, "ct_tinh", "certify", {"decision_no": "1"})


def test_registration_rules(ocop):
    with pytest.raises(GuardRefused) as exc:
        ocop.register(producer={"name": "Hội", "kind": "association", "registration_no": "1"})
    assert rules(exc) == {"association_tourism_only"}
    case = ocop.register(
        product={"name": "Du lịch làng nghề", "product_set": "26"},
        producer={"name": "Hội", "kind": "association", "registration_no": "1"},
    )
    assert case.state == "registered" and case.in_force is True
    with pytest.raises(InvalidInput) as bad:
        ocop.register(product={"name": "X", "product_set": "27"})
    assert "payload.product.product_set" in bad.value.details["fields"]
    with pytest.raises(InvalidInput):
        ocop.register(producer={"name": "HTX", "kind": "cooperative"})  # registration_no required
    with pytest.raises(GuardRefused) as exc:
        ocop.register(registration_type="upgrade")
    assert rules(exc) == {"previous_dossier_required"}
    with pytest.raises(InvalidInput):
        ocop.register(commune="PHUCXA")  # outside the officer's territory
    with pytest.raises(Forbidden):
        ocop.register(actor="huyen")  # only a commune officer registers
    with pytest.raises(GuardRefused) as exc:  # a dossier belongs to a commune, not to its district
        ocop.svc.register(
            ocop["xa"],
            unit="MYHA",
            workflow="ocop-2023",
            filed_on=date(2024, 6, 1),
            payload={
                "product": {"name": "X", "product_set": "01"},
                "producer": {"name": "Y", "kind": "farm", "registration_no": "1"},
                "registration_type": "first",
                "previous_dossier": "x",
            },
        )
    assert rules(exc) == {"first_has_no_predecessor"}


def test_register_at_commune_only(ocop, db, ocop_catalog):
    from engine import accounts
    from engine.accounts import Actor

    with db.write() as s:
        misplaced = Actor.of(
            accounts.create_user(s, "xa_sai", "commune_officer", "357", {r for d in ocop_catalog for r in d.roles})
        )
    ocop.a["xa_sai"] = misplaced
    with pytest.raises(GuardRefused) as exc:
        ocop.register(commune="357", actor="xa_sai")
    assert rules(exc) == {"register_at_commune"}


def test_in_force_window(ocop):
    # ocop-2023 covers filings from 2023-02-24 to 2025-07-05
    assert ocop.register().in_force is True
    late = ocop.svc.register(
        ocop["xa"],
        unit="MYHA",
        workflow="ocop-2023",
        filed_on=date(2023, 1, 5),
        payload={
            "product": {"name": "X", "product_set": "01"},
            "producer": {"name": "Y", "kind": "farm", "registration_no": "1"},
            "registration_type": "first",
        },
    )
    assert late.in_force is False


def test_upgrade_must_end_higher(ocop):
    first = ocop.certified_at_district("60")
    up = ocop.reviewed(registration_type="upgrade", previous_dossier=first.id)
    with pytest.raises(GuardRefused) as exc:
        ocop.reviewed(registration_type="upgrade", previous_dossier=first.id)
    assert rules(exc) == {"open_successor"}
    up = ocop.closed(up, "district", ["65"] * 4)
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(up, "ct_huyen", "certify", {"decision_no": "2"})
    assert rules(exc) == {"upgrade_not_higher"}
    assert ocop.fire(up, "ct_huyen", "reject", reason="Không cao hơn hạng hiện tại").state == "not_recognised"


def test_revocation_by_district_chair(ocop):
    case = ocop.certified_at_district()
    with pytest.raises(InvalidInput):
        ocop.fire(case, "ct_huyen", "revoke", {"ground": "mark_misuse"})
    with pytest.raises(InvalidInput):
        ocop.fire(case, "ct_huyen", "revoke", {"ground": "bad_ground"}, reason="x")
    with pytest.raises(GuardRefused) as exc:  # the province did not issue it and is not the district's successor
        ocop.fire(case, "ct_tinh", "revoke", {"ground": "mark_misuse"}, reason="x")
    assert rules(exc) == {"revoke_authority"}
    case = ocop.fire(case, "ct_huyen", "revoke", {"ground": "production_stopped"}, reason="Ngừng sản xuất")
    assert case.state == "revoked"


def test_revocation_by_successor_province_chair(ocop, db):
    from engine import accounts

    case = ocop.certified_at_district()
    with db.write() as s:  # QĐ 1489/2025: the district is abolished, the province succeeds it
        accounts.set_successor(s, "357", "36")
    case = ocop.fire(case, "ct_tinh", "revoke", {"ground": "law_violation"}, reason="Vi phạm ATTP")
    assert case.state == "revoked"


def test_five_star_revoked_only_centrally(ocop):
    case = ocop.closed(ocop.reviewed(), "district", ["95"] * 4)
    case = ocop.fire(case, "ct_huyen", "forward_to_province")
    case = ocop.fire(ocop.closed(case, "province", ["95"] * 4), "ct_tinh", "forward_to_central")
    case = ocop.fire(ocop.closed(case, "central", ["95"] * 4), "ct_tw", "certify", {"decision_no": "1"})
    with pytest.raises(GuardRefused) as exc:
        ocop.fire(case, "ct_tinh", "revoke", {"ground": "forged_dossier"}, reason="x")
    assert rules(exc) == {"revoke_5_stars"}
    assert ocop.fire(case, "ct_tw", "revoke", {"ground": "forged_dossier"}, reason="x").state == "revoked"


def test_expiry_guards(ocop):
    case = ocop.certified_at_district()  # issued 2024-06-03, valid until 2027-06-03
    with pytest.raises(GuardRefused):
        ocop.svc.fire(SYSTEM, case.id, "mark_expiring", expected_version=case.version)
    ocop.svc.test_clock["now"] = ocop.svc.test_clock["now"].replace(year=2026, month=12, day=5)  # 180 days before
    case = ocop.svc.fire(SYSTEM, case.id, "mark_expiring", expected_version=case.version)
    with pytest.raises(GuardRefused):
        ocop.svc.fire(SYSTEM, case.id, "expire", expected_version=case.version)
    ocop.svc.test_clock["now"] = ocop.svc.test_clock["now"].replace(year=2027, month=6, day=4)
    assert ocop.svc.fire(SYSTEM, case.id, "expire", expected_version=case.version).state == "expired"
