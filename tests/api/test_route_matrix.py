"""Generated from the app's route table: every API route × every role × own and other territory.

Nothing of another territory is readable or writable through any route, and lists never show it. A route whose
URL parameters this test does not know fails it, so a new route cannot slip past the matrix.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.api.conftest import REGISTRATION, REVIEW, ApiClient

ROLES = [
    "xa",
    "huyen",
    "ct_huyen",
    "tinh",
    "ct_tinh",
    "tw",
    "ct_tw",
    "auditor",
    "admin",
    "hd_district_1",
    "hd_province_1",
    "xa_hn",
    "huyen_hn",
    "ct_huyen_hn",
    "tinh_hn",
    "ct_tinh_hn",
    "hd_hn_1",
]
SAFE = {"GET", "HEAD"}
NO_AUTH = {"api.public_certificate", "api.swagger_ui", "api.static", "api-docs.openapi_json"}


@pytest.fixture
def two_dossiers(api: ApiClient) -> dict[str, dict]:
    """One certified dossier in Nam Định (MYHA) and one registered in Hà Nội (PHUCXA)."""
    ocop = api.ocop
    nd = ocop.fire(ocop.closed(ocop.reviewed(), "district", ["60"] * 4), "ct_huyen", "certify", {"decision_no": "1"})
    hn = ocop.svc.register(
        ocop["xa_hn"],
        unit="PHUCXA",
        workflow="ocop-2023",
        filed_on=date(2024, 6, 1),
        payload={k: v for k, v in REGISTRATION.items() if k not in ("workflow", "filed_on", "commune")},
    )
    code = ocop.history(nd)[-1]["payload"]["certificate"]["code"]
    return {
        "nd": {"id": nd.id, "version": nd.version, "code": code, "unit_path": nd.unit_path},
        "hn": {"id": hn.id, "version": hn.version, "code": code, "unit_path": hn.unit_path},
    }


def _routes(app) -> list[tuple[str, str, str]]:
    out = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((rule.endpoint, rule.rule, method))
    return sorted(out)


def _url(rule: str, target: dict) -> str:
    values = {
        "dossier_id": target["id"],
        "product_id": target["id"],
        "trigger": "withdraw",
        "name": "ocop-2023",
        "code": target["code"],
        "filename": "swagger-init.js",
    }
    url = rule
    for part in rule.split("<")[1:]:
        name = part.split(">")[0].split(":")[-1]
        assert name in values, f"route {rule}: the matrix does not know the parameter {name!r}; extend it"
        url = url.replace(f"<{part.split('>')[0]}>", values[name])
    return url


def test_every_route_role_and_territory(api: ApiClient, app, two_dossiers):
    routes = _routes(app)
    assert len(routes) >= 25
    for endpoint, rule, method in routes:
        for who in ROLES:
            actor = api.ocop[who]
            for name, target in two_dossiers.items():
                url = _url(rule, target).removeprefix("/api/v1")
                body = {"expected_version": target["version"], "payload": {}, "reason": "kiểm tra"}
                r = api.call(method, url, who, json=None if method in SAFE else body)
                text = r.get_data(as_text=True)
                where = f"{method} {rule} as {who} on {name}"
                assert r.status_code < 500, f"{where}: {r.status_code} {text[:300]}"
                visible = actor.covers(target["unit_path"])
                scoped = "<dossier_id>" in rule or "<product_id>" in rule
                if scoped and not visible:
                    assert r.status_code == 404, f"{where}: {r.status_code} (another territory must look absent)"
                other = two_dossiers["hn" if name == "nd" else "nd"]
                if endpoint not in NO_AUTH and not actor.covers(other["unit_path"]):
                    assert other["id"] not in text, f"{where}: leaks the other territory's dossier"
                r = api.call(method, url, None, json=None if method in SAFE else body)
                if endpoint not in NO_AUTH:
                    assert r.status_code == 401, f"{method} {rule} without a token: {r.status_code}"
    # whatever was changed, was changed by someone whose territory holds the dossier
    for target in two_dossiers.values():
        for record in api.get(f"/dossiers/{target['id']}/history", "ct_tw").get_json():
            assert api.ocop[record["actor"]].covers(target["unit_path"]), record


def test_lists_only_show_the_territory(api: ApiClient, two_dossiers):
    for who in ROLES:
        actor = api.ocop[who]
        listed = {d["id"] for d in api.get("/dossiers?per_page=100", who).get_json()["items"]}
        inbox = {d["id"] for d in api.get("/inbox", who).get_json()}
        expected = {t["id"] for t in two_dossiers.values() if actor.covers(t["unit_path"])}
        assert listed == expected, who
        assert inbox <= expected, who
        report = api.get("/audit/verify", who).get_json()
        assert report["cases"] == len(expected), who


def test_review_through_api_by_other_province_is_404(api: ApiClient, two_dossiers):
    d = api.post("/dossiers", "xa", REGISTRATION).get_json()
    r = api.act(d, "xa_hn", "review_at_commune", REVIEW)
    assert r.status_code == 404
    assert api.get(f"/dossiers/{d['id']}", "xa").get_json()["version"] == 1


def test_every_route_of_the_app_is_in_a_matrix(app):
    """API routes are in this matrix, pages in tests/web/test_territory.py; the rest is public or static."""
    public = {"static", "healthz", "policy.page"}  # /policy needs a login and shows no dossier
    uncovered = sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith("/api/") and not rule.endpoint.startswith("ui.") and rule.endpoint not in public
    )
    assert uncovered == [], "add these routes to a territory matrix"
    anonymous = app.test_client()
    assert anonymous.get("/policy").status_code == 302
