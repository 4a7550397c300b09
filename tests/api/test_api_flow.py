"""The JSON API end to end: a full 4★ cycle with tokens of different users, history and verification."""

from __future__ import annotations

from tests.api.conftest import REGISTRATION, REVIEW, ApiClient
from tests.ocop.conftest import split


def sheets(api: ApiClient, dossier: dict, level: str, totals: list[str]) -> dict:
    for i, total in enumerate(totals, start=1):
        r = api.post(f"/dossiers/{dossier['id']}/score-sheets", f"hd_{level}_{i}", {"parts": split(total)})
        assert r.status_code == 201, r.get_json()
        dossier = r.get_json()
    return dossier


def test_four_star_cycle_over_http(api: ApiClient):
    r = api.post("/dossiers", "xa", REGISTRATION)
    assert r.status_code == 201, r.get_json()
    d = r.get_json()
    assert (d["state"], d["version"], d["commune"], d["district"], d["province"]) == (
        "registered",
        1,
        "MYHA",
        "357",
        "36",
    )
    assert d["allowed_actions"][0]["trigger"] in {"review_at_commune", "withdraw"}
    d = api.act(d, "xa", "review_at_commune", REVIEW).get_json()
    assert d["state"] == "commune_reviewed"
    d = sheets(api, d, "district", ["75", "76", "74", "77"])
    d = api.act(d, "huyen", "close_scoring").get_json()
    assert d["score"]["average"] == "75.50" and d["score"]["band"] == 4
    d = api.act(d, "ct_huyen", "forward_to_province").get_json()
    d = sheets(api, d, "province", ["80", "82", "81", "79"])
    d = api.act(d, "tinh", "close_scoring").get_json()
    r = api.act(d, "ct_tinh", "certify", {"decision_no": "45/QĐ-UBND"})
    assert r.status_code == 200, r.get_json()
    d = r.get_json()
    assert (d["state"], d["stars"], d["certificate"]["stars"], d["certificate"]["issued_by"]) == (
        "certified",
        4,
        4,
        "36",
    )
    history = api.get(f"/dossiers/{d['id']}/history", "auditor").get_json()
    transitions = [(h["trigger"], h["actor"]) for h in history if h["kind"] == "transition"]
    assert transitions == [
        ("register", "xa"),
        ("review_at_commune", "xa"),
        ("close_scoring", "huyen"),
        ("forward_to_province", "ct_huyen"),
        ("close_scoring", "tinh"),
        ("certify", "ct_tinh"),
    ]
    assert [h["seq"] for h in history] == list(range(1, d["version"] + 1))
    report = api.get("/audit/verify", "auditor").get_json()
    assert report["ok"] and report["checked"] == d["version"]
    public = api.get(f"/public/certificates/{d['certificate']['code']}")
    assert public.status_code == 200 and public.get_json()["stars"] == 4 and "decision_no" not in public.get_json()
    product = api.get(f"/products/{d['id']}", "auditor").get_json()
    assert product["current_certificate"]["code"] == d["certificate"]["code"]


def test_lists_inbox_units_councils(api: ApiClient):
    d = api.post("/dossiers", "xa", REGISTRATION).get_json()
    page = api.get("/dossiers?state=registered&per_page=10", "auditor").get_json()
    assert page["total"] == 1 and page["items"][0]["id"] == d["id"]
    assert api.get("/dossiers", "tinh_hn").get_json()["total"] == 0
    assert [x["id"] for x in api.get("/inbox", "xa").get_json()] == [d["id"]]
    assert api.get("/inbox", "huyen").get_json() == []
    assert api.get("/dossiers?per_page=101", "auditor").status_code == 422
    assert api.get("/dossiers?colour=red", "auditor").status_code == 422
    units = {u["code"] for u in api.get("/units", "xa").get_json()}
    assert {"MYHA", "357", "36", "VN"} <= units and "PHUCXA" not in units
    councils = api.get("/councils", "huyen").get_json()
    assert [c["unit"] for c in councils] == ["357"] and len(councils[0]["members"]) == 4
    workflows = api.get("/workflows", "xa").get_json()
    assert "ocop-2023" in {w["name"] for w in workflows}
    diagram = api.get(f"/workflows/ocop-2023/diagram?dossier={d['id']}", "xa")
    assert diagram.status_code == 200 and "class registered visited" in diagram.get_data(as_text=True)
    sets = api.get("/workflows/ocop-2023/product-sets", "xa").get_json()
    assert [s["code"] for s in sets] == [f"{i:02d}" for i in range(1, 27)]
    spec = api.get("/openapi.json").get_json()
    assert "/api/v1/dossiers/{dossier_id}/actions/certify" in spec["paths"]


def test_swagger_ui_is_vendored_and_has_no_inline_script(api: ApiClient):
    import re

    page = api.get("/docs").get_data(as_text=True)
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
    assert scripts and all('src="/api/v1/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert "http://" not in page and "https://" not in page
    for asset in ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css", "swagger-init.js"):
        assert api.get(f"/static/{asset}").status_code == 200
