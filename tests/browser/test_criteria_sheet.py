"""The ocop-2026 criterion sheet in a real browser on a 360 px screen: choose, watch the live totals, submit."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.browser.conftest import Server
from tests.browser.test_browser import AXE_TAGS, assert_no_csp_errors
from tests.web.conftest import ocop_2026_in_scoring
from workflows.ocop import criteria as C


def test_a_member_scores_the_criteria_sheet_with_live_totals(
    open_session: Any, server: Server, screenshots: Path
) -> None:
    case_id = ocop_2026_in_scoring(server.svc, name="Giò lụa Mỹ Hà (trình duyệt)")
    sheet = C.sheet("08")
    member = open_session("hd.namdinh1", width=360)
    page = member.page
    member.goto(f"/dossiers/{case_id}")
    page.locator("[data-trigger=score_sheet]").click()
    page.locator("[data-criteria-sheet]").wait_for()
    total = page.locator("[data-sheet-total]")
    part_a = page.locator(".sheet-totals [data-part-total=A]")
    assert total.inner_text() == "0" and part_a.inner_text() == "0"

    # the option of 1.1 marked as the 3-star minimum, then a higher one: the totals follow
    page.locator("#c-1-1 input[data-star='3']").check()
    assert total.inner_text() == "1" and part_a.inner_text() == "1"
    assert page.locator("#c-1-1").get_attribute("class").count("criterion-scored") == 1
    page.locator("#c-1-1 input[type=radio]").last.check()
    assert total.inner_text() == "3" and page.locator("[data-sheet-count]").inner_text() == "1"
    # a criterion without options takes a number (decimal comma); out of range it is marked, not counted
    page.fill("#c-2-4-v", "5")
    assert page.locator("#c-2-4-v").get_attribute("aria-invalid") == "true" and total.inner_text() == "3"
    page.fill("#c-2-4-v", "0,5")
    assert total.inner_text() == "3,5"

    # every other criterion: its highest option
    for key, item in sheet.criteria.items():
        if item.options and key != "1.1":
            page.locator(f"#c-{key.replace('.', '-')} input[type=radio]").last.check()
    expected = sum(i.max for k, i in sheet.criteria.items() if i.options) + Decimal("0.5")
    assert total.inner_text() == format(expected.normalize(), "f").replace(".", ",")
    assert page.locator("[data-sheet-count]").inner_text() == str(len(sheet.criteria))
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.screenshot(path=str(screenshots / "criteria-sheet-360.png"), full_page=False)

    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert result.violations_count == 0, [(v["id"], v["nodes"][0]["target"]) for v in result.response["violations"]]

    page.get_by_role("button", name=re.compile("Xác nhận")).click()
    page.wait_for_url(re.compile(rf"/dossiers/{case_id}$"))
    assert "Đã thực hiện" in page.content() or page.locator(".alert-success").count() == 1
    details = page.locator("details[data-member='hd.namdinh1']")
    details.locator("summary").click()
    assert "lần nộp 1" in details.inner_text() and details.locator("li[data-criterion]").count() == len(sheet.criteria)
    assert_no_csp_errors(member)

    # back on the sheet: the recorded choices are filled in, with the server's total
    page.locator("[data-trigger=score_sheet]").click()
    page.locator("[data-revision='1']").wait_for()
    assert total.inner_text() == format(expected.normalize(), "f").replace(".", ",")
    assert page.locator("input[type=radio]:checked").count() == sum(1 for i in sheet.criteria.values() if i.options)
