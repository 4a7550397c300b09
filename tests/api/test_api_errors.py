"""The API's statuses, their order, the one error body, Idempotency-Key and body limits."""

from __future__ import annotations

import threading

import pytest

from tests.api.conftest import REGISTRATION, REVIEW, ApiClient


@pytest.fixture
def dossier(api: ApiClient) -> dict:
    return api.post("/dossiers", "xa", REGISTRATION).get_json()


def err(r) -> dict:
    body = r.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    return body["error"]


def records(api: ApiClient, d: dict) -> int:
    return len(api.get(f"/dossiers/{d['id']}/history", "auditor").get_json())


def test_401_without_or_with_bad_token(api: ApiClient, dossier):
    assert err(api.get("/dossiers"))["code"] == "unauthorized"
    r = api.get("/dossiers", headers={"Authorization": "Bearer ocop_nothing_here"})
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
    r = api.post(f"/dossiers/{dossier['id']}/actions/review_at_commune", data="{bad", content_type="text/plain")
    assert r.status_code == 401  # 401 before anything else


def test_404_unknown_or_out_of_territory_before_body_checks(api: ApiClient, dossier):
    for who, path in [("xa", "/dossiers/no-such-id"), ("xa_hn", f"/dossiers/{dossier['id']}")]:
        assert api.get(path, who).status_code == 404
        r = api.post(f"{path}/actions/review_at_commune", who, data="{bad", content_type="text/plain")
        assert r.status_code == 404 and err(r)["code"] == "not_found"
        assert api.get(f"{path}/history", who).status_code == 404
    assert api.get("/no-such-route", "xa").status_code == 404
    assert err(api.get("/public/certificates/NOPE"))["code"] == "not_found"


def test_400_413_415(api: ApiClient, dossier):
    path = f"/dossiers/{dossier['id']}/actions/review_at_commune"
    r = api.post(path, "xa", data='{"expected_version": 1,', content_type="application/json")
    assert r.status_code == 400 and err(r)["code"] == "malformed"
    r = api.post(path, "xa", data="expected_version=1", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 415
    r = api.post(path, "xa", data='{"x": "' + "a" * 300_000 + '"}', content_type="application/json")
    assert r.status_code == 413
    assert records(api, dossier) == 1


def test_unknown_trigger_then_body_shape(api: ApiClient, dossier):
    r = api.act(dossier, "xa", "fly_to_the_moon")
    assert r.status_code == 404 and err(r)["code"] == "unknown_trigger"
    r = api.post(f"/dossiers/{dossier['id']}/actions/review_at_commune", "xa", {"payload": REVIEW})
    assert r.status_code == 422 and "expected_version" in err(r)["details"]["fields"]


@pytest.mark.parametrize("field", ["state", "stars", "version", "seq", "hash", "district", "province"])
def test_read_only_and_unknown_fields_refused(api: ApiClient, field):
    r = api.post("/dossiers", "xa", REGISTRATION | {field: "x"})
    assert r.status_code == 422 and field in err(r)["details"]["fields"]
    assert api.get("/dossiers", "auditor").get_json()["total"] == 0


def test_unknown_payload_field_and_action_envelope(api: ApiClient, dossier):
    r = api.act(dossier, "xa", "review_at_commune", REVIEW | {"stars": 5})
    assert r.status_code == 422 and "payload.stars" in err(r)["details"]["fields"]
    r = api.post(
        f"/dossiers/{dossier['id']}/actions/review_at_commune",
        "xa",
        {"expected_version": 1, "payload": REVIEW, "state": "certified"},
    )
    assert r.status_code == 422 and "state" in err(r)["details"]["fields"]
    assert records(api, dossier) == 1


def test_409_stale_with_current_version_and_who(api: ApiClient, dossier):
    api.act(dossier, "xa", "review_at_commune", REVIEW)
    r = api.act(dossier, "xa", "withdraw", reason="x")  # still at version 1
    e = err(r)
    assert r.status_code == 409 and e["code"] == "stale_version" and e["details"]["current_version"] == 2
    assert e["details"]["since"][0]["actor"] == "xa" and e["details"]["since"][0]["trigger"] == "review_at_commune"


def test_409_not_available_then_403_role_then_422_guard(api: ApiClient, dossier):
    r = api.act(dossier, "xa", "certify", {"decision_no": "1"})
    assert r.status_code == 409 and err(r)["code"] == "not_available"
    r = api.act(dossier, "huyen", "review_at_commune", REVIEW)
    assert r.status_code == 403 and err(r)["code"] == "forbidden"
    d = api.act(dossier, "xa", "review_at_commune", REVIEW).get_json()
    r = api.act(d, "huyen", "close_scoring")
    assert r.status_code == 422 and err(r)["details"]["reasons"][0]["rule"] == "quorum"


def test_sheet_errors(api: ApiClient, dossier):
    d = api.act(dossier, "xa", "review_at_commune", REVIEW).get_json()
    r = api.post(f"/dossiers/{d['id']}/score-sheets", "hd_district_1", {"parts": {"A": 41, "B": 1, "C": 1}})
    assert r.status_code == 422 and "parts.A" in err(r)["details"]["fields"]
    r = api.post(f"/dossiers/{d['id']}/score-sheets", "hd_district_1", {"criteria": {"1.1": 3}})
    assert r.status_code == 422 and "criteria" in err(r)["details"]["fields"]
    r = api.post(f"/dossiers/{d['id']}/score-sheets", "huyen", {"parts": {"A": 1, "B": 1, "C": 1}})
    assert r.status_code == 403


def test_idempotency_key(api: ApiClient, dossier):
    headers = {"Idempotency-Key": "review-1"}
    first = api.act(dossier, "xa", "review_at_commune", REVIEW, headers=headers)
    again = api.act(dossier, "xa", "review_at_commune", REVIEW, headers=headers)
    assert first.status_code == again.status_code == 200
    assert first.get_json() == again.get_json()
    assert records(api, dossier) == 2
    other = api.act(dossier, "xa", "review_at_commune", REVIEW | {"local_labour": "khác"}, headers=headers)
    assert other.status_code == 422 and err(other)["code"] == "idempotency_key_reused"
    # the same key of another user is another key
    r = api.post("/dossiers", "xa", REGISTRATION, headers={"Idempotency-Key": "reg"})
    r2 = api.post("/dossiers", "xa", REGISTRATION, headers={"Idempotency-Key": "reg"})
    assert r.status_code == r2.status_code == 201 and r.get_json()["id"] == r2.get_json()["id"]
    assert api.get("/dossiers", "auditor").get_json()["total"] == 2


def test_concurrent_duplicates_record_once(api: ApiClient, dossier, app):
    clients = [app.test_client() for _ in range(8)]
    barrier = threading.Barrier(len(clients))
    results: list = [None] * len(clients)
    body = {"expected_version": 1, "payload": REVIEW, "reason": None}

    def send(i: int) -> None:
        barrier.wait()
        results[i] = clients[i].post(
            f"/api/v1/dossiers/{dossier['id']}/actions/review_at_commune",
            json=body,
            headers={"Authorization": f"Bearer {api.tokens['xa']}", "Idempotency-Key": "same"},
        )

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in results] == [200] * len(clients)
    assert len({r.get_data() for r in results}) == 1  # byte-identical
    bodies = [r.get_json() for r in results]
    assert all(b == bodies[0] for b in bodies), [b for b in bodies if b != bodies[0]][:1] + bodies[:1]
    assert records(api, dossier) == 2


def test_cookie_without_csrf_refused(api: ApiClient, dossier, app):
    client = app.test_client()
    with client.session_transaction() as sess:
        user = api.ocop["xa"]
        sess["_user_id"] = f"{user.user_id}:1"
        sess["_fresh"] = True
    assert client.get("/api/v1/dossiers").status_code == 200  # reading with the session is fine
    r = client.post(
        f"/api/v1/dossiers/{dossier['id']}/actions/withdraw", json={"expected_version": 1, "payload": {}, "reason": "x"}
    )
    assert r.status_code == 400
    assert records(api, dossier) == 1
