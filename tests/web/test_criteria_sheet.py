"""The ocop-2026 criterion score sheet on the action page and the dossier page (QĐ 26/2026, Appendix II)."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select

from engine import accounts
from engine.accounts import Actor
from tests.web.conftest import Site, ocop_2026_in_scoring, token
from tests.web.test_i18n import data_strings, english_leftovers
from tests.web.test_pages import act
from workflows.ocop import criteria as C
from workflows.ocop.models import ScoreSheet

SET = "08"
RADIO = re.compile(r'name="(payload\.criteria\.[^"]+)" id="[^"]+" value="([^"]+)" data-points="([^"]+)"')


def sheet_url(case_id: str) -> str:
    return f"/dossiers/{case_id}/actions/score_sheet"


def radios(html: str) -> dict[str, list[tuple[str, Decimal]]]:
    """The radio buttons of the page by criterion key: (value, points), in order."""
    out: dict[str, list[tuple[str, Decimal]]] = {}
    for name, value, points in RADIO.findall(html):
        out.setdefault(name.removeprefix("payload.criteria."), []).append((value, Decimal(points)))
    return out


def choose(html: str, pick: str = "max") -> tuple[dict[str, str], dict[str, Decimal]]:
    """Form data choosing the highest (or lowest) option of every criterion, 0,5 for a criterion without options."""
    form: dict[str, str] = {}
    points: dict[str, Decimal] = {}
    for key, options in radios(html).items():
        value, pts = (max if pick == "max" else min)(options, key=lambda o: o[1])
        form[f"payload.criteria.{key}"] = value
        points[key] = pts
    for key, item in C.sheet(SET).criteria.items():
        if item.free:
            form[f"payload.criteria.{key}"] = "0,5"
            points[key] = Decimal("0.5")
    return form, points


def stored(site: Site, case_id: str) -> list[ScoreSheet]:
    with site.svc.db.read() as s:
        rows = list(s.scalars(select(ScoreSheet).where(ScoreSheet.case_id == case_id).order_by(ScoreSheet.id)))
        for row in rows:
            s.expunge(row)
    return rows


def test_the_page_lists_the_sets_criteria_options_markers_and_maxima(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    r = site.client("hd.namdinh1").get(sheet_url(case_id))
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "data-criteria-sheet" in html and "ui/criteria.js" in html
    sheet = C.sheet(SET)
    found = radios(html)
    for key, item in sheet.criteria.items():
        assert f'name="payload.criteria.{key}"' in html, key
        if item.options:
            assert [p for _, p in found[key]] == [o.points for o in item.options], key
        else:
            assert f'id="c-{key.replace(".", "-")}-v"' in html and f"Số điểm (từ 0 đến {item.max})" in html
    assert sum(len(v) for v in found.values()) == sum(len(i.options) for i in sheet.criteria.values())
    markers = sum(1 for i in sheet.criteria.values() for o in i.options if o.star)
    assert html.count('class="badge text-bg-warning star-min"') == markers and "tối thiểu 3★" in html
    assert "Phần A" in html and "tối đa 40 điểm" in html and "tối đa 25 điểm" in html and "tối đa 35 điểm" in html
    assert "Nguồn nguyên liệu" in html and "tối đa 3 điểm" in html
    assert re.search(r"<output data-sheet-total[^>]*>0</output> / 100", html)
    assert "checked" not in html and "data-revision" not in html


def test_the_tourism_set_shows_its_alternative_cases(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc, product_set="26", name="Du lịch cộng đồng Mỹ Hà")
    html = site.client("hd.namdinh1").get(sheet_url(case_id)).get_data(as_text=True)
    assert "Trường hợp a" in html and "Trường hợp b" in html
    assert set(radios(html)) == {k for k, i in C.sheet("26").criteria.items() if i.options}


def test_a_submitted_sheet_records_the_criteria_and_total_and_comes_back_as_a_revision(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    member = site.client("hd.namdinh1")
    form, points = choose(member.get(sheet_url(case_id)).get_data(as_text=True), "min")
    r = member.post(sheet_url(case_id), data={"csrf_token": token(member), **form, "payload.note": "Phiếu lần 1"})
    assert r.status_code == 302 and r.location.endswith(f"/dossiers/{case_id}")
    [row] = stored(site, case_id)
    assert {k: Decimal(v) for k, v in row.criteria.items()} == points
    parts = {p.key: sum(points[k] for k in points if C.sheet(SET).part_of(k) == p.key) for p in C.sheet(SET).parts}
    assert (row.part_a, row.part_b, row.part_c) == (parts["A"], parts["B"], parts["C"])
    assert row.total == sum(points.values()) and row.note == "Phiếu lần 1" and row.revision == 1
    # the page comes back pre-filled with the member's sheet, its totals computed by the server
    html = member.get(sheet_url(case_id)).get_data(as_text=True)
    assert 'data-revision="1"' in html and "lần nộp 2" in html and "Phiếu lần 1" in html
    assert html.count(" checked>") == len(radios(html))
    total = format(sum(points.values()).normalize(), "f").replace(".", ",")
    assert re.search(rf"<output data-sheet-total[^>]*>{total}</output>", html)
    assert 'value="0,5" data-free="1"' in html
    # a second submission is a new revision
    form, points = choose(html, "max")
    assert member.post(sheet_url(case_id), data={"csrf_token": token(member), **form}).status_code == 302
    latest = stored(site, case_id)[-1]
    assert latest.revision == 2 and latest.total == sum(points.values())
    # the dossier page shows the member's criteria
    page = member.get(f"/dossiers/{case_id}").get_data(as_text=True)
    assert 'data-member="hd.namdinh1"' in page and "Các phương án hd.namdinh1 đã chọn (lần nộp 2)" in page
    assert 'data-criterion="1.1"' in page and "Nguồn nguyên liệu" in page


def test_a_bad_choice_is_refused_beside_its_criterion_with_the_choices_kept(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    member = site.client("hd.namdinh1")
    form, _ = choose(member.get(sheet_url(case_id)).get_data(as_text=True))
    kept = form["payload.criteria.1.1"]
    del form["payload.criteria.1.2"]  # not chosen
    form["payload.criteria.1.3"] = "0:7"  # not the points of an option (a forged value)
    form["payload.criteria.2.4"] = "5"  # above the maximum of a criterion without options
    r = member.post(sheet_url(case_id), data={"csrf_token": token(member), **form})
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and stored(site, case_id) == []
    errors = dict(re.findall(r'data-errors-for="([^"]+)">([^<]*)<', html))
    assert set(errors) == {"1.2", "1.3", "2.4"}
    assert errors["1.2"].startswith("Vui lòng chọn một phương án cho tiêu chí này")
    assert errors["1.3"] == "Vui lòng chọn một trong các phương án của tiêu chí (số điểm: 1, 2, 3)."
    assert errors["2.4"] == "Vui lòng nhập giá trị từ 0 đến 1."
    assert 'id="sheet-errors"' in html and '<a href="#c-1-2">1.2</a>' in html
    assert re.search(
        rf'name="payload\.criteria\.1\.1" id="c-1-1-o\d" value="{kept}" data-points="[^"]+"[^>]* checked>', html
    )
    assert 'name="payload.criteria.2.4" value="5"' in html
    # the kept choices count in the server's totals (the refused ones do not)
    assert html.count(" checked>") == len(radios(html)) - 2
    # a value that is not a number is refused by the payload check, also beside its criterion
    form, _ = choose(html)
    form["payload.criteria.2.4"] = "abc"
    html = member.post(sheet_url(case_id), data={"csrf_token": token(member), **form}).get_data(as_text=True)
    assert dict(re.findall(r'data-errors-for="([^"]+)">([^<]*)<', html)) == {"2.4": "Vui lòng nhập số."}
    assert 'name="payload.criteria.2.4" value="abc"' in html and stored(site, case_id) == []


def test_other_members_and_territories_cannot_open_or_submit_it(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    first = site.client("hd.namdinh1")
    form, _ = choose(first.get(sheet_url(case_id)).get_data(as_text=True))
    assert first.post(sheet_url(case_id), data={"csrf_token": token(first), **form}).status_code == 302
    # another member of the council gets a blank sheet of their own, never the first member's choices
    other = site.client("hd.namdinh2").get(sheet_url(case_id)).get_data(as_text=True)
    assert "data-criteria-sheet" in other and "checked" not in other and "data-revision" not in other
    # a district council member is not offered the sheet, and the service refuses a forged submission
    district = site.client("hd.myloc1")
    html = district.get(sheet_url(case_id)).get_data(as_text=True)
    assert "data-criteria-sheet" not in html and "Bạn không có thao tác này" in html
    r = district.post(sheet_url(case_id), data={"csrf_token": token(district), **form})
    assert r.status_code == 422 and "Vai trò của bạn không được thực hiện thao tác này." in r.get_data(as_text=True)
    # another province's council member does not see the dossier at all
    hanoi = site.client("hd.badinh1")
    assert hanoi.get(sheet_url(case_id)).status_code == 404
    assert hanoi.post(sheet_url(case_id), data={"csrf_token": token(hanoi), **form}).status_code == 404
    assert [x.member_id for x in stored(site, case_id)] == [_user_id(site, "hd.namdinh1")]


def _user_id(site: Site, username: str) -> int | None:
    with site.svc.db.read() as s:
        return Actor.of(accounts.user_by_name(s, username)).user_id


def test_a_sheet_needs_the_csrf_token(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    member = site.client("hd.namdinh1")
    form, _ = choose(member.get(sheet_url(case_id)).get_data(as_text=True))
    assert member.post(sheet_url(case_id), data=form).status_code == 400
    assert member.post(sheet_url(case_id), data={"csrf_token": "forged", **form}).status_code == 400
    assert stored(site, case_id) == []


def test_the_dossier_page_hides_others_sheets_until_scoring_closes(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    for i in (1, 2, 3):
        member = site.client(f"hd.namdinh{i}")
        form, _ = choose(member.get(sheet_url(case_id)).get_data(as_text=True), "max")
        assert member.post(sheet_url(case_id), data={"csrf_token": token(member), **form}).status_code == 302
    page = site.client("hd.namdinh2").get(f"/dossiers/{case_id}").get_data(as_text=True)
    assert 'data-member="hd.namdinh2"' in page and 'data-member="hd.namdinh1"' not in page
    assert "data-council-result" not in page
    office = site.client("tinh.namdinh")
    assert act(office, case_id, "close_scoring").status_code == 302
    page = office.get(f"/dossiers/{case_id}").get_data(as_text=True)
    for i in (1, 2, 3):
        assert f'data-member="hd.namdinh{i}"' in page
    assert 'data-council-result="province-1"' in page
    assert "Kết quả của Hội đồng theo từng tiêu chí" in page
    # council members see every sheet once the round is closed
    assert 'data-member="hd.namdinh1"' in site.client("hd.namdinh2").get(f"/dossiers/{case_id}").get_data(as_text=True)


def test_the_english_sheet_has_no_vietnamese_interface_text(site: Site) -> None:
    case_id = ocop_2026_in_scoring(site.svc)
    member = site.client("hd.namdinh1")
    r = member.post("/language", data={"lang": "en", "next": "/inbox", "csrf_token": token(member)})
    assert r.status_code == 302
    html = member.get(sheet_url(case_id)).get_data(as_text=True)
    assert "Scoring sheet of product set 08" in html and "minimum 3★" in html and "maximum 40 points" in html
    assert english_leftovers(html, data_strings(site)) == []
    form, _ = choose(html)
    del form["payload.criteria.1.2"]
    html = member.post(sheet_url(case_id), data={"csrf_token": token(member), **form}).get_data(as_text=True)
    assert "Choose an option for this criterion" in html
    assert english_leftovers(html, data_strings(site)) == []
