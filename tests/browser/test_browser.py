"""The officers' flow in a real browser, a conflict between two browsers, accessibility (axe) and small screens."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from engine.accounts import SYSTEM
from tests.browser.conftest import Server

REVIEW = {
    "local-origin": "Nguyên liệu thịt lợn của các hộ trong xã",
    "local-labour": "Tám lao động địa phương",
    "idea-origin": "Công thức gia truyền",
    "local-identity": "Làng nghề giò chả truyền thống",
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]


def case_id(server: Server, title: str) -> str:
    rows, _ = server.svc.list_cases(SYSTEM, q=title, per_page=5)
    assert rows, title
    return rows[0].id


def assert_no_csp_errors(session: Any) -> None:
    bad = [e for e in session.errors if "Content Security Policy" in e or "Refused to" in e]
    assert bad == []


def test_register_review_score_close_certify_and_audit(open_session: Any, server: Server) -> None:
    officer = open_session("xa.myha")
    page = officer.page
    page.get_by_role("link", name="Đăng ký hồ sơ").first.click()
    page.select_option("#f-workflow", "ocop-2023")
    page.fill("#f-payload-product-name", "Giò lụa Mỹ Hà")
    page.select_option("#f-payload-product-product-set", "08")
    page.fill("#f-payload-producer-name", "HTX Giò chả Mỹ Hà")
    page.select_option("#f-payload-producer-kind", "cooperative")
    page.fill("#f-payload-producer-registration-no", "0801234567")
    page.select_option("#f-payload-registration-type", "first")
    page.get_by_role("button", name="Đăng ký").click()
    page.wait_for_url(re.compile(r"/dossiers/[0-9a-f-]{36}$"))
    dossier_url = page.url
    assert page.locator("[data-flag=out_of_force]").is_visible()
    page.locator("body[data-diagram=rendered]").wait_for()
    assert page.locator(".diagram-wrap svg").count() == 1

    page.locator("[data-trigger=review_at_commune]").click()
    for name, text in REVIEW.items():
        page.fill(f"#f-payload-{name}", text)
    page.get_by_role("button", name=re.compile("Xác nhận")).click()
    page.wait_for_url(dossier_url)
    assert "UBND xã đã đánh giá" in page.locator("h1 + .badge, .state-badge").first.inner_text()
    assert_no_csp_errors(officer)

    for i, (a, b, c, total) in enumerate(
        [("30", "20", "10,5", "60,50"), ("31", "20", "10", "61,00"), ("29", "19,5", "12", "60,50")], start=1
    ):
        member = open_session(f"hd.myloc{i}")
        mp = member.page
        mp.get_by_role("link", name="Giò lụa Mỹ Hà").first.click()
        mp.locator("[data-trigger=score_sheet]").click()
        mp.fill("#f-payload-parts-A", a)
        mp.fill("#f-payload-parts-B", b)
        mp.fill("#f-payload-parts-C", c)
        assert mp.locator("output").inner_text() == total  # the live total (sheet.js)
        mp.fill("#f-payload-parts-A", "45")
        assert mp.locator("#f-payload-parts-A").get_attribute("aria-invalid") == "true"
        mp.fill("#f-payload-parts-A", a)
        mp.get_by_role("button", name=re.compile("Xác nhận")).click()
        mp.wait_for_url(dossier_url)
        assert "Điểm trung bình được ẩn" in mp.content()
        assert_no_csp_errors(member)

    office = open_session("huyen.myloc")
    office.page.goto(dossier_url)
    office.page.locator("[data-trigger=close_scoring]").click()
    office.page.get_by_role("button", name=re.compile("Xác nhận")).click()
    office.page.wait_for_url(dossier_url)
    assert "Hội đồng huyện đã chấm điểm" in office.page.content()

    chair = open_session("chutich.myloc")
    chair.page.goto(dossier_url)
    assert "60,66" in chair.page.content()
    chair.page.locator("[data-trigger=certify]").click()
    chair.page.fill("#f-payload-decision-no", "25/QĐ-UBND")
    chair.page.get_by_role("button", name=re.compile("Xác nhận")).click()
    chair.page.wait_for_url(dossier_url)
    assert "Đã công nhận" in chair.page.content() and "25/QĐ-UBND" in chair.page.content()

    auditor = open_session("kiemtoan.namdinh")
    auditor.page.goto(dossier_url)
    auditor.page.get_by_role("link", name=re.compile("Toàn bộ lịch sử")).click()
    status = auditor.page.locator("#chain-status")
    assert status.get_attribute("data-ok") == "true"
    assert auditor.page.locator(".verify-badge").count() == 7
    assert auditor.page.locator(".verify-badge.text-bg-danger").count() == 0
    assert_no_csp_errors(auditor)


def test_a_conflict_shows_who_acted_and_keeps_the_typed_text(open_session: Any, server: Server) -> None:
    target = case_id(server, "Bánh gai Mỹ Hà")
    first, second = open_session("xa.myha"), open_session("xa.myha")
    first.goto(f"/dossiers/{target}/actions/review_at_commune")
    second.goto(f"/dossiers/{target}/actions/review_at_commune")
    for name, text in REVIEW.items():
        first.page.fill(f"#f-payload-{name}", text + " (lần 1)")
        second.page.fill(f"#f-payload-{name}", text)
    second.page.get_by_role("button", name=re.compile("Xác nhận")).click()
    second.page.wait_for_url(f"**/dossiers/{target}")
    first.page.get_by_role("button", name=re.compile("Xác nhận")).click()
    alert = first.page.locator("#problems")
    assert re.search(
        r"Hồ sơ đã được xa\.myha cập nhật \(.+\) lúc \d\d/\d\d/\d{4} \d\d:\d\d; vui lòng xem lại", alert.inner_text()
    )
    for name, text in REVIEW.items():
        assert first.page.input_value(f"#f-payload-{name}") == text + " (lần 1)"


def pages_for_axe(server: Server) -> list[tuple[str, str]]:
    scoring = case_id(server, "Nem chua Mỹ Tân")
    certified = case_id(server, "Chè búp Mỹ Hà")
    return [
        ("huyen.myloc", "/inbox"),
        ("huyen.myloc", f"/dossiers/{scoring}"),
        ("hd.myloc3", f"/dossiers/{scoring}/actions/score_sheet"),
        ("kiemtoan.namdinh", f"/dossiers/{certified}"),
        ("kiemtoan.namdinh", f"/dossiers/{certified}/history"),
        ("kiemtoan.namdinh", "/audit/search?trigger=certify"),
        ("kiemtoan.namdinh", "/audit/verify"),
        ("quantri.namdinh", "/admin/users"),
        ("quantri.namdinh", "/admin/users/xa.myha"),
        ("quantri.namdinh", "/admin/councils"),
        ("xa.myha", "/dossiers/new"),
    ]


def test_accessibility(open_session: Any, server: Server) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    sessions: dict[str, Any] = {}
    for user, path in pages_for_axe(server):
        s = sessions.get(user) or sessions.setdefault(user, open_session(user))
        s.goto(path)
        if s.page.locator("pre.mermaid").count():
            s.page.locator("body[data-diagram=rendered]").wait_for()
        result = axe.run(s.page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if result.violations_count:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


@pytest.mark.parametrize("width", [1280, 360])
def test_screenshots_and_small_screens(open_session: Any, server: Server, screenshots: Path, width: int) -> None:
    certified = case_id(server, "Chè búp Mỹ Hà")
    pages = [
        ("inbox", "huyen.myloc", "/inbox"),
        ("dossier", "kiemtoan.namdinh", f"/dossiers/{certified}"),
        ("audit", "kiemtoan.namdinh", f"/dossiers/{certified}/history"),
        ("sheet", "hd.myloc3", f"/dossiers/{case_id(server, 'Nem chua Mỹ Tân')}/actions/score_sheet"),
    ]
    sessions: dict[str, Any] = {}
    for name, user, path in pages:
        s = sessions.get(user) or sessions.setdefault(user, open_session(user, width=width))
        s.goto(path)
        if s.page.locator("pre.mermaid").count():
            s.page.locator("body[data-diagram=rendered]").wait_for()
        overflow = s.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (name, width, overflow)
        s.page.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)
        assert_no_csp_errors(s)
    for name, _, _ in pages:
        assert (screenshots / f"{name}-{width}.png").stat().st_size > 5000
