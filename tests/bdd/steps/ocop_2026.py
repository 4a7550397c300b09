"""Vietnamese steps only the ocop-2026 scenarios need (QĐ 26/2026/QĐ-TTg), over the service layer.

Everything else (registration, actions, scoring, decisions, history, deadlines) is the shared library in
`ocop_2023.py`, which follows the workflow of the dossier each step names. Here: the provincial intake and the
advisory group, samples, criterion-level sheets and star minimums, disqualification grounds, rounds, the renewal
window, conclusions before a revocation, and the working-day calendar.
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then, when

from engine.calendar import set_day
from tests.bdd.steps.ocop_2023 import (
    DATE,
    DISQUALIFICATION_GROUNDS,
    GROUNDS,
    KEY,
    LEVEL,
    NAME,
    NUM,
    WHO,
    _alternatives,
)
from tests.bdd.steps.world import ADVISORY_REPORT, LEVELS, PolicyWorld, day, number, shown

# ---- Cho: the scene --------------------------------------------------------------------------------------------


@given(parsers.re(rf"hồ sơ {NAME} đã được cấp tỉnh tiếp nhận"))
def _accepted(policy: PolicyWorld, name: str) -> None:
    policy.accepted(name)


@given(parsers.re(rf"hồ sơ {NAME} đã được Tổ tư vấn đánh giá"))
def _advised(policy: PolicyWorld, name: str) -> None:
    policy.in_scoring(name)


@given(parsers.re(rf"ngày (?P<on>{DATE}) được công bố là ngày nghỉ trong lịch làm việc"))
def _day_off(policy: PolicyWorld, on: str) -> None:
    with policy.db.write() as s:
        set_day(s, day(on), False, "Nghỉ theo quyết định của UBND tỉnh")


# ---- Khi: actions ----------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"{WHO} gửi báo cáo đánh giá của UBND xã cho hồ sơ {NAME} "
        r"(?:kèm theo (?P<count>\d+) sản phẩm mẫu|(?P<none>không kèm sản phẩm mẫu))"
    )
)
def _review_samples(policy: PolicyWorld, who: str, name: str, count: str | None, none: str | None) -> None:
    review = {k: v for k, v in policy.review(name).items() if k != "samples"}
    if count is not None:
        review["samples"] = int(count)
    policy.fire(policy.actor(who), name, "review_at_commune", review)


@when(
    parsers.re(
        rf"{WHO} ghi nhận báo cáo của Tổ tư vấn cho hồ sơ {NAME} "
        r'(?:kèm đề nghị bổ sung kiểm nghiệm "(?P<extra>[^"]+)"|(?P<blank>nhưng bỏ trống báo cáo))'
    )
)
def _advisory(policy: PolicyWorld, who: str, name: str, extra: str | None, blank: str | None) -> None:
    payload = {"report": " " if blank else ADVISORY_REPORT}
    if extra:
        payload["extra_testing"] = extra
    policy.fire(policy.actor(who), name, "record_advisory_review", payload)


@when(
    parsers.re(
        rf"{WHO} nộp phiếu đánh giá (?P<total>{NUM}) điểm "
        rf"(?:bỏ trống tiêu chí (?P<blank>{KEY})|với tiêu chí (?P<key>{KEY}) chấm (?P<points>{NUM}) điểm"
        rf"|có thêm tiêu chí (?P<extra>{KEY}))"
    )
)
def _bad_sheet(
    policy: PolicyWorld,
    who: str,
    total: str,
    blank: str | None,
    key: str | None,
    points: str | None,
    extra: str | None,
) -> None:
    sheet = policy.sheet(number(total))
    criteria: dict[str, Any] = sheet["criteria"]
    if blank:
        del criteria[blank]
    if key and points:
        criteria[key] = str(number(points))
    if extra:
        criteria[extra] = "1"
    policy.record(policy.actor(who), "score_sheet", sheet)


@when(
    parsers.re(
        rf"{WHO} ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ {NAME} "
        rf'theo căn cứ "(?P<ground>[^"]+)" ngày (?P<on>{DATE})'
    )
)
def _conclusion(policy: PolicyWorld, who: str, name: str, ground: str, on: str) -> None:
    payload = {
        "ground": GROUNDS.get(ground, ground),
        "concluded_on": day(on).isoformat(),
        "conclusion": "Kết luận thanh tra số 12/KL-SNNMT",
    }
    policy.record(policy.actor(who), "record_conclusion", payload, name=name)


# ---- Thì: scoring results and star minimums ----------------------------------------------------------------------


def _basis(policy: PolicyWorld, where: str, name: str) -> dict[str, Any]:
    """The result of the last closed scoring, or the basis the last decision recorded."""
    if where == "kết quả chấm điểm":
        return policy.last_record("close_scoring", name)["payload"]["result"]
    records = [h for h in policy.history(name) if h["kind"] == "transition" and "basis" in h["payload"]]
    assert records, f"{name!r} has no decision with a basis"
    return records[-1]["payload"]["basis"]


WHERE = r"(?P<where>kết quả chấm điểm|căn cứ của quyết định)"


@then(
    parsers.re(
        rf"{WHERE} đối với hồ sơ {NAME} ghi tiêu chí (?P<key>{KEY}) chưa đạt yêu cầu tối thiểu (?P<star>[345]) sao: "
        rf"đạt (?P<points>{NUM}) điểm, yêu cầu (?P<required>{NUM}) điểm"
    )
)
def _unmet(policy: PolicyWorld, where: str, name: str, key: str, star: str, points: str, required: str) -> None:
    basis = _basis(policy, where, name)
    unmet = [(m["criterion"], m["star"], number(m["points"]), number(m["required"])) for m in basis["unmet_minimums"]]
    assert unmet == [(key, int(star), number(points), number(required))], basis["unmet_minimums"]
    assert f"tiêu chí {key}" in basis["unmet_minimums"][0]["message"], basis["unmet_minimums"]


@then(parsers.re(rf"{WHERE} đối với hồ sơ {NAME} không ghi yêu cầu tối thiểu nào chưa đạt"))
def _all_met(policy: PolicyWorld, where: str, name: str) -> None:
    basis = _basis(policy, where, name)
    assert basis["unmet_minimums"] == [] and basis["reachable_stars"] == basis["band"], basis


@then(parsers.re(rf"kết quả của hội đồng ở tiêu chí (?P<key>{KEY}) là (?P<points>{NUM}) điểm"))
def _criterion_result(policy: PolicyWorld, key: str, points: str) -> None:
    result = policy.last_record("close_scoring")["payload"]["result"]
    assert number(result["criteria"][key]) == number(points), result["criteria"]


@then(parsers.re(rf'lý do "(?P<rule>[^"]+)" của việc từ chối nêu tiêu chí (?P<key>{KEY})'))
def _reason_names(policy: PolicyWorld, rule: str, key: str) -> None:
    assert policy.error is not None and policy.error_checked, "check the refusal first"
    messages = [r.message for r in getattr(policy.error, "reasons", []) if r.rule == rule]
    assert messages and f"tiêu chí {key}" in messages[0], messages


@then(parsers.re(rf"{WHO} chưa thấy điểm trung bình và hạng sao của hồ sơ {NAME}"))
def _score_hidden(policy: PolicyWorld, who: str, name: str) -> None:
    score = policy.svc.describe(policy.actor(who), policy.case_id(name))["score"]
    assert (score["average"], score["reachable_stars"]) == (None, None), score


@then(
    parsers.re(
        rf"{WHO} thấy điểm trung bình (?P<avg>{NUM}) điểm, đạt (?P<reach>\d) sao theo yêu cầu tối thiểu "
        rf"của hồ sơ {NAME}"
    )
)
def _score_seen(policy: PolicyWorld, who: str, avg: str, reach: str, name: str) -> None:
    score = policy.svc.describe(policy.actor(who), policy.case_id(name))["score"]
    assert (shown(score["average"]), score["reachable_stars"]) == (avg, int(reach)), score


@then(
    parsers.re(
        rf"lịch sử ghi phiếu đánh giá của {WHO} với phần A (?P<a>{NUM}), phần B (?P<b>{NUM}), "
        rf"phần C (?P<c>{NUM})"
    )
)
def _sheet_parts(policy: PolicyWorld, who: str, a: str, b: str, c: str) -> None:
    username = policy.actor(who).username
    sheets = [h for h in policy.history() if h["kind"] == "score_sheet" and h["actor"] == username]
    assert sheets, f"{who} has no sheet"
    parts = {k: number(v) for k, v in sheets[-1]["payload"]["parts"].items()}
    assert parts == {"A": number(a), "B": number(b), "C": number(c)}, parts


@then(parsers.re(rf"phiếu đánh giá của {WHO} chấm đủ các tiêu chí của bộ sản phẩm (?P<code>\d\d)"))
def _sheet_keys(policy: PolicyWorld, who: str, code: str) -> None:
    from workflows.ocop import criteria

    username = policy.actor(who).username
    sheets = [h for h in policy.history() if h["kind"] == "score_sheet" and h["actor"] == username]
    assert sheets and set(sheets[-1]["payload"]["criteria"]) == set(criteria.sheet(code).criteria), sheets


# ---- Thì: disqualification, advisory group ---------------------------------------------------------------------


@then(
    parsers.re(
        rf'lịch sử hồ sơ {NAME} ghi hồ sơ bị loại theo căn cứ "(?P<ground>{_alternatives(DISQUALIFICATION_GROUNDS)})" '
        r"của bộ sản phẩm (?P<code>\d\d), không có hạng sao"
    )
)
def _disqualified(policy: PolicyWorld, name: str, ground: str, code: str) -> None:
    from workflows.ocop import criteria

    payload = policy.last_record("disqualify", name)["payload"]
    printed = next(g for g in criteria.sheet(code).grounds if g.code == DISQUALIFICATION_GROUNDS[ground])
    assert payload["disqualified"] == {
        "product_set": code,
        "ground": printed.code,
        "text": printed.text,
        "line": printed.line,
    }, payload
    assert "certificate" not in payload and "basis" not in payload, payload
    assert policy.svc.describe(policy.actors["auditor"], policy.case_id(name))["stars"] is None


@then(parsers.re(rf'lịch sử hồ sơ {NAME} ghi đề nghị bổ sung kiểm nghiệm "(?P<extra>[^"]+)"'))
def _extra_testing(policy: PolicyWorld, name: str, extra: str) -> None:
    payload = policy.last_record("record_advisory_review", name)["payload"]
    assert payload.get("extra_testing") == extra, payload


# ---- Thì: rounds, renewal window, flags --------------------------------------------------------------------------

ROUND_LEVELS = {"tỉnh": ("accept_at_province", "province_round"), "Trung ương": ("forward_to_central", "central_round")}


@then(
    parsers.re(
        rf"hồ sơ {NAME} được xếp vào đợt (?P<number>\d) đánh giá cấp (?P<level>tỉnh|Trung ương), "
        rf"đề nghị ngày (?P<proposed>{DATE}), hạn quyết định ngày (?P<due>{DATE})"
    )
)
def _round(policy: PolicyWorld, name: str, number: str, level: str, proposed: str, due: str) -> None:
    trigger, key = ROUND_LEVELS[level]
    found = policy.last_record(trigger, name)["payload"][key]
    seen = (found["round"], found["proposed_on"], found["due"])
    assert seen == (int(number), day(proposed).isoformat(), day(due).isoformat()), found


@then(
    parsers.re(
        rf"thời gian nộp hồ sơ đánh giá lại của hồ sơ {NAME} là từ ngày (?P<opens>{DATE}) đến ngày (?P<closes>{DATE})"
    )
)
def _renewal_window(policy: PolicyWorld, name: str, opens: str, closes: str) -> None:
    window = policy.history(name)[0]["payload"]["renewal_window"]
    assert (window["opens"], window["closes"]) == (day(opens).isoformat(), day(closes).isoformat()), window


FLAGS = {"nộp hồ sơ đánh giá lại muộn": "late_renewal", "quá hạn": "overdue"}


@then(parsers.re(rf"hồ sơ {NAME} (?P<neg>được|không bị) đánh dấu (?P<flag>{_alternatives(FLAGS)})"))
def _flag(policy: PolicyWorld, name: str, neg: str, flag: str) -> None:
    flags = policy.svc.describe(policy.actors["auditor"], policy.case_id(name))["flags"]
    assert (FLAGS[flag] in flags) == (neg == "được"), flags


# ---- Cho: dossiers of a given product set ------------------------------------------------------------------------


@given(parsers.re(rf"hồ sơ {NAME} thuộc bộ sản phẩm (?P<code>\d\d) đã được cấp tỉnh tiếp nhận"))
def _accepted_of_set(policy: PolicyWorld, name: str, code: str) -> None:
    policy.reviewed(name, product_set=code)
    policy.fire(policy.actors["tinh"], name, "accept_at_province", strict=True)


# ---- Thì: decisions, certificates, lineage -------------------------------------------------------------------------


@then(parsers.re(rf"hồ sơ {NAME} không có giấy chứng nhận"))
def _no_certificate(policy: PolicyWorld, name: str) -> None:
    seen = policy.svc.describe(policy.actors["auditor"], policy.case_id(name))
    assert (seen["certificate"], seen["stars"]) == (None, None), seen["certificate"]
    issued = [h for h in policy.history(name) if "certificate" in h["payload"] or "certificate_code" in h["payload"]]
    assert issued == [], issued


@then(parsers.re(rf"giấy chứng nhận của hồ sơ {NAME} ghi ngày ký quyết định (?P<on>{DATE})"))
def _certificate_issued_on(policy: PolicyWorld, name: str, on: str) -> None:
    records = [h["payload"]["certificate"] for h in policy.history(name) if "certificate" in h["payload"]]
    assert records and records[-1]["issued_on"] == day(on).isoformat(), records


@then(parsers.re(rf'lịch sử hồ sơ {NAME} ghi hồ sơ kế tiếp "(?P<successor>[^"]+)"'))
def _successor_recorded(policy: PolicyWorld, name: str, successor: str) -> None:
    successor_id = policy.case_id(successor)
    payload = policy.last_record("renew", name)["payload"]
    assert payload.get("successor") == successor_id, payload
    supersede = [h for h in policy.history(successor) if h["payload"].get("superseded")]
    assert [h["payload"]["superseded"] for h in supersede] == [policy.case_id(name)], supersede


@then(parsers.re(rf"lịch sử hồ sơ {NAME} ghi vòng chấm điểm (?P<round>\d+) cấp {LEVEL} không còn được tính"))
def _round_voided(policy: PolicyWorld, name: str, round: str, level: str) -> None:
    records = [h for h in policy.history(name) if h["kind"] == "transition" and "voided_round" in h["payload"]]
    assert records, f"{name!r} has no voided round"
    assert records[-1]["payload"]["voided_round"] == {"level": LEVELS[level], "round": int(round)}, records[-1]


@then(parsers.re(rf'lịch sử hồ sơ {NAME} ghi căn cứ thu hồi "(?P<ground>{_alternatives(GROUNDS)})"'))
def _revocation_ground(policy: PolicyWorld, name: str, ground: str) -> None:
    payload = policy.last_record("revoke", name)["payload"]
    assert payload.get("ground") == GROUNDS[ground], payload
