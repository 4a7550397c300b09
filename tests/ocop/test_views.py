"""What readers see: the dossier representation, score sheets with confidentiality, lineage, public lookup, lists."""

from __future__ import annotations

from datetime import date

import pytest

from engine.errors import InvalidInput, NotFound
from tests.ocop.test_time import certified
from workflows.ocop.views import public_certificate


def test_describe_fields(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["72", "70", "71"])
    seen = ocop.svc.describe(ocop["huyen"], case.id)
    assert (seen["commune"], seen["district"], seen["province"]) == ("MYHA", "357", "36")
    assert seen["product"]["product_set"] == "08" and seen["registration_type"] == "first"
    assert seen["score"] == {
        "level": "district",
        "round": 1,
        "status": "open",
        "sheets": 3,
        "average": "71.00",
        "band": 4,
        "reachable_stars": 4,
        "unmet_minimums": [],
    }
    assert seen["flags"] == [] and seen["stars"] is None and seen["certificate"] is None
    assert {a["trigger"] for a in seen["allowed_actions"]} == {
        "return_for_completion",
        "close_scoring",
        "request_rescore",
    }
    member = ocop.svc.describe(ocop["hd_district_1"], case.id)
    assert member["score"]["average"] is None and member["score"]["band"] is None


def test_score_sheets_view_hides_until_close(ocop):
    case = ocop.score(ocop.reviewed(), "district", ["60", "62", "64"])
    own = ocop.svc.view(ocop["hd_district_2"], case.id, "score_sheets")["rounds"][0]
    assert [x["member"] for x in own["sheets"]] == ["hd_district_2"] and own["average"] is None
    full = ocop.svc.view(ocop["auditor"], case.id, "score_sheets")["rounds"][0]
    assert len(full["sheets"]) == 3 and full["average"] == "62.00" and full["spread"] == "4.00"
    case = ocop.fire(case, "huyen", "close_scoring")
    after = ocop.svc.view(ocop["hd_district_2"], case.id, "score_sheets")["rounds"][0]
    assert after["status"] == "closed" and len(after["sheets"]) == 3 and after["band"] == 3
    with pytest.raises(NotFound):
        ocop.svc.view(ocop["auditor"], case.id, "nothing")


def test_lineage_and_public_certificate(ocop, db):
    old, cert = certified(ocop, date(2024, 3, 1))
    new = ocop.reviewed(registration_type="renewal", previous_dossier=old.id)
    new = ocop.fire(ocop.closed(new, "district", ["65"] * 4), "ct_huyen", "certify", {"decision_no": "2"})
    product = ocop.svc.view(ocop["auditor"], new.id, "lineage")
    assert product["id"] == old.id and [d["id"] for d in product["dossiers"]] == [old.id, new.id]
    assert product["dossiers"][0]["certificate"]["status"] == "superseded"
    assert product["current_certificate"]["code"] == ocop.history(new)[-1]["payload"]["certificate"]["code"]
    with db.read() as s:
        public = public_certificate(s, cert["code"], date(2024, 7, 1), lambda c: ocop.svc.catalog.get(c.workflow).param)
        assert public_certificate(s, "OCOP-0000-NONE", date(2024, 7, 1), lambda c: None) is None
    assert public["status"] == "superseded" and public["producer"] == "HTX Mỹ Tân" and "decision_no" not in public


def test_list_filters(ocop):
    certified(ocop)
    ocop.register(product={"name": "Bánh cáy Mỹ Hà", "product_set": "06"})
    ocop.svc.register(
        ocop["xa_hn"],
        unit="PHUCXA",
        workflow="ocop-2023",
        filed_on=date(2024, 6, 1),
        payload={
            "product": {"name": "Bánh cáy Hà Nội", "product_set": "06"},
            "producer": {"name": "HTX", "kind": "cooperative", "registration_no": "1"},
            "registration_type": "first",
        },
    )
    rows, total = ocop.svc.list_cases(ocop["auditor"])
    assert total == 2 and all("/36/" in r.unit_path for r in rows)
    assert ocop.svc.list_cases(ocop["auditor"], q="bánh CÁY")[1] == 1
    assert ocop.svc.list_cases(ocop["auditor"], filters={"stars": 3})[1] == 1
    assert ocop.svc.list_cases(ocop["auditor"], state="registered", unit="MYHA")[1] == 1
    assert ocop.svc.list_cases(ocop["auditor"], unit="MYTAN")[1] == 0
    assert ocop.svc.list_cases(ocop["auditor"], year=2023)[1] == 0
    assert ocop.svc.list_cases(ocop["ct_tw"], q="bánh cáy")[1] == 2
    with pytest.raises(InvalidInput):
        ocop.svc.list_cases(ocop["auditor"], filters={"colour": "red"})
