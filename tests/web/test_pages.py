"""The pages end to end through the test client: register, act, score, close, certify, audit, administer."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest

from engine.errors import Forbidden, InvalidInput
from engine.search import search_history
from tests.web.conftest import Site, token

REVIEW = {f"payload.{k}": f"Nội dung {k}" for k in ("local_origin", "local_labour", "idea_origin", "local_identity")}


def version_of(html: str) -> str:
    found = re.search(r'name="expected_version" value="(\d+)"', html)
    assert found
    return found.group(1)


def act(c, case_id: str, trigger: str, **data: str):
    page = c.get(f"/dossiers/{case_id}/actions/{trigger}").get_data(as_text=True)
    form = {"csrf_token": token(c), **data}
    if 'name="expected_version"' in page:
        form.setdefault("expected_version", version_of(page))
    return c.post(f"/dossiers/{case_id}/actions/{trigger}", data=form)


def register(site: Site, c) -> str:
    r = c.post(
        "/dossiers/new",
        data={
            "csrf_token": token(c),
            "unit": "MYHA",
            "workflow": "ocop-2023",
            "payload.product.name": "Giò lụa Mỹ Hà",
            "payload.product.product_set": "08",
            "payload.producer.name": "HTX Giò lụa Mỹ Hà",
            "payload.producer.kind": "cooperative",
            "payload.producer.registration_no": "0801234567",
            "payload.registration_type": "first",
        },
    )
    assert r.status_code == 302, r.get_data(as_text=True)
    return r.location.rsplit("/", 1)[-1]


def test_register_errors_next_to_fields_and_the_workflow_by_date(site: Site) -> None:
    c = site.client("xa.myha")
    r = c.post("/dossiers/new", data={"csrf_token": token(c), "unit": "MYHA", "payload.product.name": "  "})
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert re.search(r'id="f-payload-product-name-err">Trường này không được để trống', html)
    assert 'id="f-payload-producer-kind-err">Vui lòng nhập trường này.' in html
    r = c.post(
        "/dossiers/new",
        data={"csrf_token": token(c), "unit": "MYHA", "filed_on": "2026-01-05", "payload.product.name": "Giò"},
    )
    assert "Không có quy trình nào có hiệu lực vào ngày nộp" in r.get_data(as_text=True)


def test_the_whole_flow_and_the_audit_pages(site: Site) -> None:
    officer = site.client("xa.myha")
    case_id = register(site, officer)
    page = officer.get(f"/dossiers/{case_id}").get_data(as_text=True)
    assert 'data-flag="out_of_force"' in page and "Xã Mỹ Hà, Huyện Mỹ Lộc, Tỉnh Nam Định" in page
    assert (
        'data-trigger="review_at_commune"' in page and 'class="mermaid"' in page and "class registered visited" in page
    )
    assert act(officer, case_id, "review_at_commune", **REVIEW).status_code == 302
    for i, parts in enumerate([("30", "20", "10,5"), ("31", "20", "10"), ("29", "19.5", "12")], start=1):
        member = site.client(f"hd.myloc{i}")
        form = member.get(f"/dossiers/{case_id}/actions/score_sheet").get_data(as_text=True)
        assert 'data-max="40"' in form and 'data-max="25"' in form and 'data-max="35"' in form and "sheet.js" in form
        r = act(
            member,
            case_id,
            "score_sheet",
            **dict(zip(("payload.parts.A", "payload.parts.B", "payload.parts.C"), parts, strict=True)),
        )
        assert r.status_code == 302
    fourth = site.client("hd.myloc4")
    r = act(fourth, case_id, "score_sheet", **{"payload.parts.A": "41", "payload.parts.B": "x", "payload.parts.C": "1"})
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and "Vui lòng nhập giá trị từ 0 đến 40." in html and 'value="41"' in html
    # council members do not see the others' sheets nor the average until close
    assert "Điểm trung bình được ẩn" in site.client("hd.myloc1").get(f"/dossiers/{case_id}").get_data(as_text=True)
    office = site.client("huyen.myloc")
    assert act(office, case_id, "close_scoring").status_code == 302
    chair = site.client("chutich.myloc")
    page = chair.get(f"/dossiers/{case_id}").get_data(as_text=True)
    assert "60,66" in page  # (60.5 + 61 + 60.5) / 3, truncated, with a decimal comma
    assert 'data-trigger="forward_to_province"' in page and "chưa đạt ngưỡng 4★" in page  # refused, with its reason
    r = act(chair, case_id, "forward_to_province")
    assert r.status_code == 422 and "Thao tác không được thực hiện vì:" in r.get_data(as_text=True)
    assert act(chair, case_id, "certify", **{"payload.decision_no": "12/QĐ-UBND"}).status_code == 302
    page = chair.get(f"/dossiers/{case_id}").get_data(as_text=True)
    assert "12/QĐ-UBND" in page and "3★" in page
    auditor = site.client("kiemtoan.namdinh")
    timeline = auditor.get(f"/dossiers/{case_id}/history").get_data(as_text=True)
    assert 'data-ok="true"' in timeline and timeline.count("verify-badge") == 7 and "bị phá vỡ" not in timeline
    r = auditor.get("/audit/search?trigger=certify&actor=chutich.myloc")
    assert "Giò lụa Mỹ Hà" in r.get_data(as_text=True)
    r = auditor.get("/audit/search.csv?trigger=certify&actor=chutich.myloc")
    assert r.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
    assert any(row["dossier"] == case_id and row["trigger"] == "certify" for row in rows)
    assert 'data-ok="true"' in auditor.get("/audit/verify").get_data(as_text=True)


def test_a_stale_submit_tells_who_did_what_and_keeps_the_typed_text(site: Site) -> None:
    case_id = site.case(title="Bánh gai Mỹ Hà")
    first, second = site.client("xa.myha"), site.client("xa.myha")
    page = first.get(f"/dossiers/{case_id}/actions/review_at_commune").get_data(as_text=True)
    assert act(second, case_id, "review_at_commune", **REVIEW).status_code == 302
    typed = {**REVIEW, "payload.local_origin": "Gạo nếp cái hoa vàng của xã"}
    r = first.post(
        f"/dossiers/{case_id}/actions/review_at_commune",
        data={"csrf_token": token(first), "expected_version": version_of(page), **typed},
    )
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert re.search(r"Hồ sơ đã được xa\.myha cập nhật \(UBND xã đánh giá, gửi lên huyện\) lúc \d\d/\d\d/\d{4}", html)
    assert "Gạo nếp cái hoa vàng của xã" in html


def test_admin_creates_a_user_and_sees_a_token_once(site: Site) -> None:
    admin = site.client("quantri.namdinh")
    r = admin.post(
        "/admin/users",
        data={
            "csrf_token": token(admin),
            "username": "xa.mythanh",
            "role": "commune_officer",
            "unit": "MYTHANG",
            "password": "mat-khau-2026",
            "full_name": "Cán bộ xã Mỹ Thắng",
        },
    )
    assert r.status_code == 302
    r = admin.post("/admin/users/xa.mythanh/tokens", data={"csrf_token": token(admin)})
    shown = re.search(r'id="new-token">(ocop_[^<]+)<', r.get_data(as_text=True))
    assert shown
    assert shown.group(1) not in admin.get("/admin/users/xa.mythanh").get_data(as_text=True)
    site.client("xa.mythanh", "mat-khau-2026")
    r = admin.post(
        "/admin/users", data={"csrf_token": token(admin), "username": "Bad Name", "role": "x", "unit": "MYHA"}
    )
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and "Chỉ gồm chữ thường" in html
    r = admin.post(
        "/admin/councils", data={"csrf_token": token(admin), "unit": "357", "members": ["hd.myloc1", "xa.myha"]}
    )
    assert r.status_code == 422 and "Không phải thành viên Hội đồng đang hoạt động" in r.get_data(as_text=True)
    r = admin.post(
        "/admin/units",
        data={"csrf_token": token(admin), "code": "MYX", "name": "Xã Mới", "level": "commune", "parent": "357"},
    )
    assert r.status_code == 302 and "Xã Mới" in admin.get("/admin/units").get_data(as_text=True)


def test_search_history_is_the_auditors_territory_only(site: Site) -> None:
    svc = site.svc
    with svc.db.read() as s:
        from engine import accounts
        from engine.accounts import Actor

        auditor = Actor.of(accounts.user_by_name(s, "kiemtoan.namdinh"))
        other = Actor.of(accounts.user_by_name(s, "kiemtoan.hanoi"))
        officer = Actor.of(accounts.user_by_name(s, "xa.myha"))
    rows, total = search_history(svc.db, auditor, per_page=10)
    assert total > 50 and len(rows) == 10 and all(r["unit"] not in ("PHUCXA",) for r in rows)
    rows, total = search_history(svc.db, other, per_page=100)
    assert total == 3 and {r["case"] for r in rows} == {site.ids["hn_registered"], site.ids["hn_reviewed"]}
    rows, total = search_history(
        svc.db, auditor, trigger="certify", date_from=date(2024, 8, 1), date_to=date(2024, 8, 31)
    )
    assert total == 2 and all(r["trigger"] == "certify" for r in rows)
    rows, _ = search_history(svc.db, auditor, unit="MYTAN", actor_name="xa.mytan")
    assert rows and all(r["unit"] == "MYTAN" and r["actor"] == "xa.mytan" for r in rows)
    with pytest.raises(InvalidInput):
        search_history(svc.db, auditor, unit="PHUCXA")
    with pytest.raises(InvalidInput):
        search_history(svc.db, auditor, date_from=date(2025, 1, 2), date_to=date(2025, 1, 1))
    with pytest.raises(Forbidden):
        search_history(svc.db, officer)
