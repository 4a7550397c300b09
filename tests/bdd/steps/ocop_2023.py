"""Vietnamese steps of the policy scenarios, over the service layer (no HTTP): the library both workflows share.

Cho (Given) steps set the scene and must succeed. Khi (When) steps act; a refusal is kept and must be checked by
a Thì (Then) step ("thao tác bị từ chối ..."), or the scenario fails. States are named by their labels in the
workflow file of the dossier; refusals by the rule id a guard gives (e.g. "band", "quorum"). A step follows the
workflow of the dossier it names (payloads, sheets, who acts); steps only ocop-2026 needs are in `ocop_2026.py`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from pytest_bdd import given, parsers, then, when
from sqlalchemy import text, update

from engine import accounts
from engine.errors import Forbidden, GuardRefused, InvalidInput, NotAvailable, NotFound, NoWorkflowInForce
from engine.store import DROP_APPEND_ONLY_SQL, HistoryRecord
from tests.bdd.steps.world import (
    GROUNDS,
    LEVELS,
    PEOPLE,
    PRODUCER_KINDS,
    REGISTRATION_TYPES,
    SCENARIO_WORKFLOW,
    SYSTEM_PHRASE,
    UNIT_PHRASES,
    UPDATES,
    USER_PHRASE,
    PolicyWorld,
    day,
    number,
    shown,
)


def _alternatives(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WHO = f"(?P<who>{_alternatives([*PEOPLE, SYSTEM_PHRASE])})"
UNIT = f"(?P<unit>{_alternatives(UNIT_PHRASES)})"
LEVEL = f"(?P<level>{_alternatives(LEVELS)})"
NUM = r"-?\d+(?:,\d+)?"
DATE = r"\d{2}/\d{2}/\d{4}"
NAME = r'"(?P<name>[^"]+)"'
FOR_CASE = r'(?: cho hồ sơ "(?P<name>[^"]+)")?'
#: ocop-2026 sheets: the star minimums a sheet falls short of (one option below the minimum of that level).
KEY = r"\d+(?:\.\d+)*"
MISS = rf"(?:, không đạt yêu cầu tối thiểu (?P<star>[345]) sao ở tiêu chí (?P<keys>{KEY}(?: và {KEY})*))?"

#: What a person does to a dossier ("{}" is where the quoted dossier name goes) → trigger.
ACTIONS = {
    "gửi báo cáo đánh giá của UBND xã cho hồ sơ {}": "review_at_commune",
    "rút hồ sơ {}": "withdraw",
    "trả lại hồ sơ {} để hoàn thiện": "return_for_completion",
    "nộp lại hồ sơ {} đã hoàn thiện": "resubmit",
    "tiếp nhận hồ sơ {} vào đợt đánh giá cấp tỉnh": "accept_at_province",
    "ghi nhận báo cáo của Tổ tư vấn cho hồ sơ {}": "record_advisory_review",
    "kết thúc chấm điểm hồ sơ {}": "close_scoring",
    "quyết định công nhận hồ sơ {}": "certify",
    "quyết định không công nhận hồ sơ {}": "reject",
    "gửi hồ sơ {} lên cấp tỉnh": "forward_to_province",
    "gửi hồ sơ {} lên Trung ương": "forward_to_central",
    "trả hồ sơ {} về cấp tỉnh": "return_to_province",
    "thu hồi giấy chứng nhận của hồ sơ {}": "revoke",
    "loại hồ sơ {}": "disqualify",
}
ACTION = "(?P<action>" + "|".join(re.escape(a).replace(r"\{\}", '"[^"]+"') for a in ACTIONS) + ")"
#: The decisions a chair may be allowed to take, as the scenarios name them → trigger.
DECISIONS = {
    "công nhận": "certify",
    "không công nhận": "reject",
    "gửi lên cấp tỉnh": "forward_to_province",
    "gửi lên Trung ương": "forward_to_central",
    "trả về cấp tỉnh": "return_to_province",
    "kết thúc chấm điểm": "close_scoring",
}


def _action(phrase: str) -> tuple[str, str]:
    """(trigger, dossier name) of an action phrase."""
    name = re.search(r'"([^"]+)"', phrase)
    assert name is not None
    return ACTIONS[phrase.replace(name.group(0), "{}")], name.group(1)


def _fields(err: InvalidInput) -> dict[str, Any]:
    return err.details.get("fields", {})


def _missed(star: str | None, keys: str | None) -> dict[str, int] | None:
    """The star minimums a sheet misses, as `PolicyWorld.sheet` takes them."""
    return {key: int(star) for key in keys.split(" và ")} if star and keys else None


#: Disqualification grounds as the scenarios name them (Appendix II of QĐ 26/2026, "Hồ sơ bị loại khi") → codes.
DISQUALIFICATION_GROUNDS = {
    "giả mạo hồ sơ": "forged_dossier",
    "không tuân thủ quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm": "food_safety_certificate",
    "không đáp ứng về hồ sơ đăng ký": "registration_dossier",
    "sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc": "imported_raw_materials",
    "giống hệt sản phẩm của nhà sản xuất khác": "identical_product",
    "không tuân thủ quy định về GMP": "gmp_certificate",
}


# ---- Cho: the scene --------------------------------------------------------------------------------------------


@given(parsers.re(rf"hôm nay là ngày (?P<on>{DATE})"))
def _today(policy: PolicyWorld, on: str) -> None:
    policy.set_today(day(on))


@given(parsers.re(rf"hồ sơ {NAME} đã được đăng ký"))
def _registered(policy: PolicyWorld, name: str) -> None:
    policy.register(name)


@given(parsers.re(rf"hồ sơ {NAME} đã được UBND xã đánh giá(?: ngày (?P<on>{DATE}))?"))
def _reviewed(policy: PolicyWorld, name: str, on: str | None) -> None:
    if on:
        policy.set_today(day(on))
    policy.reviewed(name)


@given(
    parsers.re(
        rf'hồ sơ (?P<kind>{_alternatives(REGISTRATION_TYPES)}) {NAME} của hồ sơ "(?P<previous>[^"]+)" '
        r"đã được UBND xã đánh giá"
    )
)
def _successor_reviewed(policy: PolicyWorld, kind: str, name: str, previous: str) -> None:
    policy.reviewed(name, registration_type=REGISTRATION_TYPES[kind], previous=previous)


@given(parsers.re(rf"hồ sơ {NAME} đã được hội đồng cấp {LEVEL} chấm (?P<total>{NUM}) điểm{MISS}"))
def _scored(policy: PolicyWorld, name: str, level: str, total: str, star: str | None, keys: str | None) -> None:
    policy.scored(name, LEVELS[level], number(total), _missed(star, keys))


@given(parsers.re(rf"hồ sơ {NAME} đã được gửi lên (?P<to>cấp tỉnh|Trung ương)"))
def _forwarded(policy: PolicyWorld, name: str, to: str) -> None:
    policy.forwarded(name, "province" if to == "cấp tỉnh" else "central", number("92" if to == "Trung ương" else "80"))


@given(parsers.re(rf"hồ sơ {NAME} đã được công nhận (?P<stars>[345]) sao(?: ngày (?P<on>{DATE}))?"))
def _certified(policy: PolicyWorld, name: str, stars: str, on: str | None) -> None:
    policy.certified(name, int(stars), day(on) if on else None)


@given(parsers.re(rf"hồ sơ {NAME} đã bị trả lại để hoàn thiện"))
def _returned(policy: PolicyWorld, name: str) -> None:
    policy.returned(name)


@given(parsers.re(rf"hồ sơ {NAME} đã được nhập giấy chứng nhận (?P<stars>[345]) sao do {UNIT} cấp ngày (?P<on>{DATE})"))
def _imported(policy: PolicyWorld, name: str, stars: str, unit: str, on: str) -> None:
    _import_certificate(
        policy, "quản trị viên tỉnh Nam Định", name, {"hạng sao": stars, "đơn vị cấp": unit, "ngày cấp": on}, True
    )


@given(
    parsers.re(rf"các thành viên hội đồng cấp {LEVEL} đã chấm lần lượt (?P<totals>{NUM}(?:; {NUM})*) điểm{FOR_CASE}")
)
def _given_each(policy: PolicyWorld, level: str, totals: str, name: str | None) -> None:
    policy.score(LEVELS[level], [number(t) for t in totals.split("; ")], name, strict=True)


@given(parsers.re(rf"{WHO} đã đề nghị hội đồng chấm lại (?P<times>\d+) lần"))
def _given_rescore(policy: PolicyWorld, who: str, times: str) -> None:
    for i in range(int(times)):
        policy.record(policy.actor(who), "request_rescore", reason=f"Đề nghị chấm lại lần {i + 1}", strict=True)


@given("huyện Mỹ Lộc đã giải thể và tỉnh Nam Định kế thừa nhiệm vụ của huyện")
def _successor_unit(policy: PolicyWorld) -> None:
    with policy.db.write() as s:
        accounts.set_successor(s, "357", "36")


@given(parsers.re(rf'hệ thống đã chuyển hồ sơ {NAME} sang trạng thái "(?P<label>[^"]+)"'))
def _system_moved(policy: PolicyWorld, name: str, label: str) -> None:
    _move(policy, policy.actor(SYSTEM_PHRASE), name, label, None, strict=True)


@given(parsers.re(rf"(?P<count>\d+) thành viên hội đồng cấp {LEVEL} đã chấm (?P<total>{NUM}) điểm{FOR_CASE}{MISS}"))
def _given_scores(
    policy: PolicyWorld, count: str, level: str, total: str, name: str | None, star: str | None, keys: str | None
) -> None:
    policy.score(LEVELS[level], [number(total)] * int(count), name, strict=True, miss=_missed(star, keys))


@given("bảng lịch sử đã bị gỡ bỏ ràng buộc chỉ ghi thêm")
def _drop_append_only(policy: PolicyWorld) -> None:
    statements = [st for st in DROP_APPEND_ONLY_SQL[policy.db.dialect] if st.upper().startswith("DROP TRIGGER")]
    with policy.db.engine.begin() as conn:
        for st in statements:
            conn.execute(text(st))


# ---- Khi: registration and import ------------------------------------------------------------------------------


#: Registration table rows that set a payload field (dotted path); "(bỏ trống)" leaves the field out.
REGISTRATION_FIELDS = {
    "phiếu đăng ký": "registration_form",
    "báo cáo tự đánh giá": "self_assessment",
    "nội dung thay đổi": "changes",
    "nội dung cập nhật": "updates",
    "số đăng ký kinh doanh": "producer.registration_no",
}
BLANK = "(bỏ trống)"


def _registration(policy: PolicyWorld, who: str, name: str, unit: str | None, table: list[list[str]]) -> None:
    info = {row[0].strip(): row[1].strip() for row in table}
    known = {"chủ thể", "bộ sản phẩm", "loại đăng ký", "hồ sơ trước", "ngày nộp", "quy trình", *REGISTRATION_FIELDS}
    assert not set(info) - known, f"unknown registration fields {set(info) - known}"
    workflow = info.get("quy trình", SCENARIO_WORKFLOW)
    fields: dict[str, Any] = {}
    for label, path in REGISTRATION_FIELDS.items():
        if label in info:
            value = info[label]
            fields[path] = None if value == BLANK else dict(UPDATES) if value == "đủ bảy nội dung" else value
    policy.register(
        name,
        actor=policy.actor(who),
        unit=UNIT_PHRASES[unit] if unit else "MYHA",
        kind=PRODUCER_KINDS[info.get("chủ thể", "hợp tác xã")],
        product_set=info.get("bộ sản phẩm", "08"),
        registration_type=REGISTRATION_TYPES[info.get("loại đăng ký", "lần đầu")],
        previous=info.get("hồ sơ trước"),
        filed_on=day(info["ngày nộp"]) if "ngày nộp" in info else None,
        workflow=None if workflow == "(không chọn)" else workflow,
        fields=fields,
        strict=False,
    )


@when(parsers.re(rf"{WHO} đăng ký hồ sơ {NAME}(?: tại {UNIT})?"))
def _register(policy: PolicyWorld, who: str, name: str, unit: str | None) -> None:
    _registration(policy, who, name, unit, [])


@when(parsers.re(rf"{WHO} đăng ký hồ sơ {NAME}(?: tại {UNIT})? với thông tin:"))
def _register_with(policy: PolicyWorld, who: str, name: str, unit: str | None, datatable: list[list[str]]) -> None:
    _registration(policy, who, name, unit, datatable)


def _import_certificate(policy: PolicyWorld, who: str, name: str, info: dict[str, str], strict: bool) -> None:
    issued = day(info["ngày cấp"])
    payload = {
        "product": {"name": name, "product_set": info.get("bộ sản phẩm", "06")},
        "producer": {"name": f"Chủ thể của {name}", "kind": "household", "registration_no": "0600112233"},
        "registration_type": "imported",
        "stars": int(info["hạng sao"]),
        "decision_no": info.get("số quyết định", "56/QĐ-UBND"),
        "issued_on": issued.isoformat(),
        "issued_by": UNIT_PHRASES[info["đơn vị cấp"]],
    }
    actor, unit = policy.actor(who), UNIT_PHRASES[info.get("xã", "xã Mỹ Hà")]
    workflow = info.get("quy trình", policy.workflow)
    view = policy.call(
        lambda: policy.svc.register(
            actor,
            unit=unit,
            workflow=workflow,
            trigger="import",
            filed_on=min(issued, policy.today),
            payload=payload,
        ),
        strict,
    )
    if view is not None:
        policy.dossiers[name] = view.id
    policy.current = name


@when(parsers.re(rf"{WHO} nhập giấy chứng nhận đã cấp của sản phẩm {NAME} với thông tin:"))
def _import(policy: PolicyWorld, who: str, name: str, datatable: list[list[str]]) -> None:
    _import_certificate(policy, who, name, {row[0].strip(): row[1].strip() for row in datatable}, False)


# ---- Khi: actions on a dossier ---------------------------------------------------------------------------------


def _act(
    policy: PolicyWorld,
    who: str,
    action: str,
    ground: str | None = None,
    issued: str | None = None,
    reason: str | None = None,
) -> None:
    trigger, name = _action(action)
    payload: dict[str, Any] | None = None
    if trigger == "review_at_commune":
        payload = policy.review(name)
    elif trigger == "record_advisory_review":
        payload = {"report": "Hồ sơ đầy đủ; Tổ tư vấn đã khảo sát thực tế cơ sở sản xuất"}
    elif trigger == "disqualify":
        payload = {"ground": DISQUALIFICATION_GROUNDS.get(ground or "", ground)} if ground is not None else {}
    elif trigger == "resubmit":
        payload = {"changes": "Đã bổ sung theo yêu cầu của huyện"}
    elif trigger == "certify":
        payload = {"decision_no": "123/QĐ-UBND"}
        if issued:
            payload["issued_on"] = day(issued).isoformat()
    elif trigger == "revoke":
        payload = {"ground": GROUNDS.get(ground or "", ground)} if ground is not None else {}
    policy.fire(policy.actor(who), name, trigger, payload, reason)


@when(
    parsers.re(
        rf'{WHO} {ACTION}(?: theo căn cứ "(?P<ground>[^"]*)")?(?: ký ngày (?P<issued>{DATE}))?'
        r'(?: với lý do "(?P<reason>[^"]*)")?'
    )
)
def _do(policy: PolicyWorld, who: str, action: str, ground: str | None, issued: str | None, reason: str | None) -> None:
    _act(policy, who, action, ground, issued, reason)


@when(
    parsers.re(
        rf'{WHO} thực hiện "(?P<decision>{_alternatives(DECISIONS)})" đối với hồ sơ {NAME}'
        r'(?: với lý do "(?P<reason>[^"]*)")?'
    )
)
def _decide(policy: PolicyWorld, who: str, decision: str, name: str, reason: str | None) -> None:
    trigger = DECISIONS[decision]
    payload = {"decision_no": "123/QĐ-UBND"} if trigger == "certify" else None
    policy.fire(policy.actor(who), name, trigger, payload, reason)


@when(
    parsers.re(rf'{WHO} gửi báo cáo đánh giá của UBND xã cho hồ sơ {NAME} nhưng bỏ trống nội dung "(?P<label>[^"]+)"')
)
def _review_missing(policy: PolicyWorld, who: str, name: str, label: str) -> None:
    field = _review_field(policy, label)
    policy.fire(policy.actor(who), name, "review_at_commune", {**policy.review(name), field: " "})


@when(parsers.re(rf"{WHO} gửi báo cáo đánh giá của UBND xã cho hồ sơ {NAME} kèm theo (?P<points>{NUM}) điểm"))
def _review_with_points(policy: PolicyWorld, who: str, name: str, points: str) -> None:
    policy.fire(policy.actor(who), name, "review_at_commune", {**policy.review(name), "points": str(number(points))})


def _review_field(policy: PolicyWorld, label: str) -> str:
    t = policy.definition().any_with_trigger("review_at_commune")
    assert t is not None
    names = [f.name for f in t.payload if f.label == label]
    assert names, f"the commune report has no content labelled {label!r}: {[f.label for f in t.payload]}"
    return names[0]


def _move(policy: PolicyWorld, who: Any, name: str, label: str, successor: str | None, strict: bool) -> None:
    """Fire the transition that leads to the state labelled `label` (e.g. the scheduler's expiry)."""
    d = policy.definition(name)
    dest = policy.state_named(label)
    triggers = {t.trigger for t in d.transitions if t.dest == dest and t.source is not None}
    assert len(triggers) == 1, f"{sorted(triggers)} lead to {label!r}"
    payload = {"successor": policy.dossiers[successor]} if successor else None
    policy.fire(who, name, triggers.pop(), payload, strict=strict)


@when(parsers.re(rf'{WHO} chuyển hồ sơ {NAME} sang trạng thái "(?P<label>[^"]+)"(?: theo hồ sơ "(?P<succ>[^"]+)")?'))
def _move_when(policy: PolicyWorld, who: str, name: str, label: str, succ: str | None) -> None:
    _move(policy, policy.actor(who), name, label, succ, strict=False)


@when(parsers.re(rf"hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày (?P<on>{DATE})"))
def _tick(policy: PolicyWorld, on: str) -> None:
    policy.set_today(day(on))
    policy.call(policy.svc.tick, strict=False)


# ---- Khi: scoring ----------------------------------------------------------------------------------------------


@when(parsers.re(rf"(?P<count>\d+) thành viên hội đồng cấp {LEVEL} chấm (?P<total>{NUM}) điểm{FOR_CASE}{MISS}"))
def _score_all(
    policy: PolicyWorld, count: str, level: str, total: str, name: str | None, star: str | None, keys: str | None
) -> None:
    policy.score(LEVELS[level], [number(total)] * int(count), name, miss=_missed(star, keys))


@when(parsers.re(rf"các thành viên hội đồng cấp {LEVEL} chấm lần lượt (?P<totals>{NUM}(?:; {NUM})*) điểm{FOR_CASE}"))
def _score_each(policy: PolicyWorld, level: str, totals: str, name: str | None) -> None:
    policy.score(LEVELS[level], [number(t) for t in totals.split("; ")], name)


@when(parsers.re(rf"{WHO} chấm(?P<again> lại)? (?P<total>{NUM}) điểm{FOR_CASE}{MISS}"))
def _score_one(
    policy: PolicyWorld, who: str, again: str | None, total: str, name: str | None, star: str | None, keys: str | None
) -> None:
    sheet = policy.sheet(number(total), _missed(star, keys), name)
    policy.record(policy.actor(who), "score_sheet", sheet, name=name)


@when(
    parsers.re(
        rf"{WHO} nộp phiếu chấm điểm với phần A (?P<a>{NUM}), phần B (?P<b>{NUM}), phần C (?P<c>{NUM}){FOR_CASE}"
    )
)
def _score_parts(policy: PolicyWorld, who: str, a: str, b: str, c: str, name: str | None) -> None:
    parts = {"A": str(number(a)), "B": str(number(b)), "C": str(number(c))}
    policy.record(policy.actor(who), "score_sheet", {"parts": parts}, name=name)


@when(parsers.re(rf'{WHO} đề nghị hội đồng chấm lại(?: với lý do "(?P<reason>[^"]*)")?'))
def _rescore(policy: PolicyWorld, who: str, reason: str | None) -> None:
    policy.record(policy.actor(who), "request_rescore", reason=reason)


# ---- Khi: reading, verifying, tampering ------------------------------------------------------------------------


@when(parsers.re(rf"{WHO} kiểm tra tính toàn vẹn lịch sử hồ sơ {NAME}"))
def _verify(policy: PolicyWorld, who: str, name: str) -> None:
    case_id = policy.case_id(name)
    policy.call(lambda: policy.svc.verify(policy.actor(who), case_id), strict=False)


@when(parsers.re(rf"ai đó sửa trực tiếp người thực hiện của bản ghi số (?P<seq>\d+) trong lịch sử hồ sơ {NAME}"))
def _tamper(policy: PolicyWorld, seq: str, name: str) -> None:
    case_id = policy.case_id(name)
    try:
        with policy.db.engine.begin() as conn:
            conn.execute(
                update(HistoryRecord.__table__)
                .where(HistoryRecord.case_id == case_id, HistoryRecord.seq == int(seq))
                .values(actor="ke_gian")
            )
        policy.db_error = None
    except Exception as exc:  # the database's own refusal, whatever its driver calls it
        policy.db_error = exc


# ---- Thì: outcomes ---------------------------------------------------------------------------------------------


@then(parsers.re(rf'hồ sơ {NAME} (?:vẫn )?ở trạng thái "(?P<label>[^"]+)"'))
def _state(policy: PolicyWorld, name: str, label: str) -> None:
    case = policy.case(name)
    assert case.state == policy.state_named(label), f"{name!r} is {case.state_label!r} ({case.state}), not {label!r}"


@then("thao tác thành công")
def _ok(policy: PolicyWorld) -> None:
    assert policy.error is None, f"the action was refused: {policy.error!r} {policy.error.details}"


@then(parsers.re(r'thao tác bị từ chối với lý do (?P<expected>"[^"]+"(?: và "[^"]+")*)'))
def _refused_by(policy: PolicyWorld, expected: str) -> None:
    err = policy.refusal()
    assert isinstance(err, GuardRefused), f"refused with {err!r} {err.details}, not by a rule"
    rules = {r.rule for r in err.reasons}
    wanted = set(re.findall(r'"([^"]+)"', expected))
    assert rules == wanted, f"refused for {sorted(rules)}: {[r.message for r in err.reasons]}"


@then("thao tác bị từ chối vì vai trò không có thẩm quyền")
def _forbidden(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, Forbidden), f"refused with {err!r} {err.details}"


@then("thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn")
def _not_found(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, NotFound), f"refused with {err!r} {err.details}"


@then("thao tác bị từ chối vì đơn vị nằm ngoài địa bàn")
def _unit_outside(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, InvalidInput) and "unit" in _fields(err), f"refused with {err!r} {err.details}"


@then("thao tác bị từ chối vì thiếu lý do")
def _no_reason(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, InvalidInput) and set(_fields(err)) == {"reason"}, f"refused with {err!r} {err.details}"


@then(parsers.re(r'thao tác bị từ chối vì thiếu nội dung "(?P<label>[^"]+)"'))
def _missing_content(policy: PolicyWorld, label: str) -> None:
    err = policy.refusal()
    field = f"payload.{_review_field(policy, label)}"
    assert isinstance(err, InvalidInput) and set(_fields(err)) == {field}, f"refused with {err!r} {err.details}"


@then(parsers.re(r'thao tác bị từ chối vì dữ liệu không hợp lệ ở mục (?P<expected>"[^"]+"(?: và "[^"]+")*)'))
def _invalid_field(policy: PolicyWorld, expected: str) -> None:
    err = policy.refusal()
    assert isinstance(err, InvalidInput), f"refused with {err!r} {err.details}"
    wanted = {f"payload.{field}" for field in re.findall(r'"([^"]+)"', expected)}
    # an error on a part of an item (criteria.2.4.value) is an error on that item (criteria.2.4)
    reported = {next((w for w in wanted if f == w or f.startswith(w + ".")), f) for f in _fields(err)}
    assert reported == wanted, f"invalid fields: {_fields(err)}"


@then("thao tác không thực hiện được ở trạng thái hiện tại")
def _not_available(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, NotAvailable), f"refused with {err!r} {err.details}"


@then("thao tác bị từ chối vì không có quy trình nào có hiệu lực vào ngày nộp")
def _no_workflow(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, NoWorkflowInForce), f"refused with {err!r} {err.details}"


@then("thao tác bị từ chối vì ngày nộp ở tương lai")
def _filed_in_future(policy: PolicyWorld) -> None:
    err = policy.refusal()
    assert isinstance(err, InvalidInput) and set(_fields(err)) == {"filed_on"}, f"refused with {err!r} {err.details}"


@then(
    parsers.re(
        rf"kết quả chấm điểm cấp {LEVEL} là (?P<avg>{NUM}) điểm, hạng (?P<stars>\d) sao"
        r"(?:, tính trên (?P<sheets>\d+) phiếu)?(?:, vòng (?P<round>\d+))?"
        r"(?:, đạt (?P<reach>\d) sao theo yêu cầu tối thiểu)?"
    )
)
def _result(
    policy: PolicyWorld, level: str, avg: str, stars: str, sheets: str | None, round: str | None, reach: str | None
) -> None:
    result = policy.last_record("close_scoring")["payload"]["result"]
    assert result["level"] == LEVELS[level], result
    assert (shown(result["average"]), result["band"]) == (avg, int(stars)), result
    if sheets:
        assert result["sheets"] == int(sheets), result
    if round:
        assert result["round"] == int(round), result
    if reach:
        assert result["reachable_stars"] == int(reach), result


@then(parsers.re(rf"lịch sử ghi phiếu chấm điểm lần (?P<rev>\d+) của {WHO} với tổng (?P<total>{NUM}) điểm"))
def _sheet_recorded(policy: PolicyWorld, rev: str, who: str, total: str) -> None:
    username = policy.actor(who).username
    sheets = [h for h in policy.history() if h["kind"] == "score_sheet" and h["actor"] == username]
    assert sheets, f"{who} has no sheet"
    payload = sheets[-1]["payload"]
    assert (payload["revision"], Decimal(payload["total"])) == (int(rev), number(total)), payload


@then("kết quả được ghi là đã kết thúc chấm điểm dù điểm lệch quá giới hạn")
def _despite_spread(policy: PolicyWorld) -> None:
    assert policy.last_record("close_scoring")["payload"]["result"].get("closed_despite_spread") is True


@then(parsers.re(rf'{WHO} chỉ được phép (?P<what>"[^"]+"(?: hoặc "[^"]+")*) đối với hồ sơ {NAME}'))
def _only_allowed(policy: PolicyWorld, who: str, what: str, name: str) -> None:
    expected = {DECISIONS[w] for w in re.findall(r'"([^"]+)"', what)}
    actions = policy.svc.allowed_actions(policy.actor(who), policy.case_id(name))
    allowed = {a.trigger for a in actions if a.kind == "transition" and a.allowed}
    assert allowed == expected, f"allowed {sorted(allowed)}; refused: {[(a.trigger, a.reasons) for a in actions]}"


@then(parsers.re(rf"{WHO} không còn thao tác nào đối với hồ sơ {NAME}"))
def _nothing_allowed(policy: PolicyWorld, who: str, name: str) -> None:
    assert policy.svc.allowed_actions(policy.actor(who), policy.case_id(name)) == []


def _certificate(policy: PolicyWorld, name: str) -> dict[str, Any]:
    """The certificate as the history records it (issued by `certify`, or registered by `import`)."""
    for h in reversed(policy.history(name)):
        if "certificate" in h["payload"]:
            return h["payload"]["certificate"]
        if "certificate_code" in h["payload"]:
            p = h["payload"]
            return {"code": p["certificate_code"], "stars": p["stars"], "issued_by": p["issued_by"], **p}
    raise AssertionError(f"{name!r} has no certificate")


@then(parsers.re(rf"giấy chứng nhận của hồ sơ {NAME} hạng (?P<stars>[345]) sao do {UNIT} cấp"))
def _certificate_stars(policy: PolicyWorld, name: str, stars: str, unit: str) -> None:
    cert = _certificate(policy, name)
    assert (cert["stars"], cert["issued_by"]) == (int(stars), UNIT_PHRASES[unit]), cert


@then(parsers.re(rf"giấy chứng nhận của hồ sơ {NAME} có giá trị đến hết ngày (?P<until>{DATE})"))
def _certificate_until(policy: PolicyWorld, name: str, until: str) -> None:
    cert = _certificate(policy, name)
    assert cert["valid_until"] == day(until).isoformat(), cert


CERT_STATUS = {
    "còn hiệu lực": "valid",
    "sắp hết hạn": "expiring",
    "hết hạn": "expired",
    "đã được thay thế": "superseded",
    "bị thu hồi": "revoked",
}


@then(parsers.re(rf'giấy chứng nhận của hồ sơ {NAME} có tình trạng "(?P<status>{_alternatives(CERT_STATUS)})"'))
def _certificate_status(policy: PolicyWorld, name: str, status: str) -> None:
    seen = policy.svc.describe(policy.actors["auditor"], policy.case_id(name))["certificate"]
    assert seen is not None and seen["status"] == CERT_STATUS[status], seen


@then(parsers.re(rf"căn cứ của quyết định đối với hồ sơ {NAME} là kết quả chấm điểm cấp {LEVEL}"))
def _basis(policy: PolicyWorld, name: str, level: str) -> None:
    record = [h for h in policy.history(name) if h["kind"] == "transition"][-1]
    assert record["payload"]["basis"]["level"] == LEVELS[level], record["payload"]


@then(
    parsers.re(
        rf'hồ sơ {NAME} thuộc quy trình "(?P<workflow>[^"]+)" và được đánh dấu '
        r"(?P<flag>trong thời gian hiệu lực|ngoài thời gian hiệu lực) của quy trình"
    )
)
def _in_force(policy: PolicyWorld, name: str, workflow: str, flag: str) -> None:
    case = policy.case(name)
    assert (case.workflow, case.in_force) == (workflow, flag == "trong thời gian hiệu lực"), case


# ---- Thì: history ----------------------------------------------------------------------------------------------


def _label_of(policy: PolicyWorld, trigger: str) -> str:
    d = policy.definition()
    t = d.any_with_trigger(trigger)
    return t.label if t is not None else d.events[trigger].label


def _state_label(policy: PolicyWorld, state: str | None) -> str:
    return policy.definition().states[state].label if state else "—"


@then(parsers.re(rf"lịch sử hồ sơ {NAME} ghi lần lượt:"))
def _history_rows(policy: PolicyWorld, name: str, datatable: list[list[str]]) -> None:
    header, *rows = [[c.strip() for c in row] for row in datatable]
    assert header == ["thao tác", "từ trạng thái", "đến trạng thái", "người thực hiện"], header
    seen = [
        [
            _label_of(policy, h["trigger"]),
            _state_label(policy, h["from"]),
            _state_label(policy, h["to"]),
            USER_PHRASE.get(h["actor"], h["actor"]),
        ]
        for h in policy.history(name)
    ]
    assert seen == rows, "the history reads:\n" + "\n".join(" | ".join(r) for r in seen)


@then(parsers.re(rf'lịch sử hồ sơ {NAME} ghi lý do "(?P<reason>[^"]+)" cho thao tác "(?P<label>[^"]+)"'))
def _history_reason(policy: PolicyWorld, name: str, reason: str, label: str) -> None:
    records = [h for h in policy.history(name) if _label_of(policy, h["trigger"]) == label]
    assert records and records[-1]["reason"] == reason, records


@then(parsers.re(rf"{WHO} thấy (?P<count>\d+) phiếu chấm điểm trong lịch sử hồ sơ {NAME}"))
def _sheets_seen(policy: PolicyWorld, who: str, count: str, name: str) -> None:
    sheets = [h for h in policy.history(name, policy.actor(who)) if h["kind"] == "score_sheet"]
    assert len(sheets) == int(count), [h["actor"] for h in sheets]


@then(parsers.re(rf"{WHO} chỉ thấy phiếu chấm điểm của chính mình trong lịch sử hồ sơ {NAME}"))
def _own_sheets(policy: PolicyWorld, who: str, name: str) -> None:
    actor = policy.actor(who)
    sheets = [h for h in policy.history(name, actor) if h["kind"] == "score_sheet"]
    assert sheets and {h["actor"] for h in sheets} == {actor.username}, [h["actor"] for h in sheets]


@then(parsers.re(rf"hồ sơ {NAME} (?P<neg>có|không có) trong danh sách việc cần xử lý của {WHO}"))
def _inbox(policy: PolicyWorld, name: str, neg: str, who: str) -> None:
    ids = {c.id for c in policy.svc.inbox(policy.actor(who))}
    assert (policy.case_id(name) in ids) == (neg == "có")


@then("kết quả kiểm tra không phát hiện sai lệch")
def _verified(policy: PolicyWorld) -> None:
    assert policy.error is None and policy.last.ok, policy.last
    assert policy.last.checked > 0


@then(parsers.re(r"kết quả kiểm tra phát hiện sai lệch ở bản ghi số (?P<seq>\d+)"))
def _tampered(policy: PolicyWorld, seq: str) -> None:
    assert policy.error is None and not policy.last.ok
    assert [p.seq for p in policy.last.problems] == [int(seq)], policy.last.problems


@then("cơ sở dữ liệu từ chối sửa lịch sử")
def _db_refused(policy: PolicyWorld) -> None:
    assert policy.db_error is not None and "append-only" in str(policy.db_error), policy.db_error


@then(parsers.re(rf"hệ thống ghi (?P<count>\d+) thao tác theo thời hạn cho hồ sơ {NAME}"))
def _ticked(policy: PolicyWorld, count: str, name: str) -> None:
    case_id = policy.case_id(name)
    fired = [o for o in policy.last if o["case"] == case_id and o["outcome"] == "fired"]
    assert len(fired) == int(count), policy.last


@then(parsers.re(rf"thời hạn sắp hết của giấy chứng nhận hồ sơ {NAME} bắt đầu từ ngày (?P<on>{DATE})"))
def _notice_starts(policy: PolicyWorld, name: str, on: str) -> None:
    until = date.fromisoformat(_certificate(policy, name)["valid_until"])
    assert until - timedelta(days=int(policy.definition().param("notice_days"))) == day(on)


#: The deadlines a dossier shows, as the scenarios name them → `deadlines[].what` of the dossier representation.
DEADLINES = {
    "quyết định chuyển tiếp": "transitional_decision",
    "UBND xã đánh giá": "commune_review",
    "quyết định của đợt đánh giá cấp tỉnh": "province_decision",
    "quyết định của đợt đánh giá cấp Trung ương": "central_decision",
    "quyết định đánh giá lại": "renewal_decision",
    "quyết định thu hồi": "revocation",
}


@then(
    parsers.re(
        rf"hạn (?P<what>{_alternatives(DEADLINES)}) của hồ sơ {NAME} là "
        rf"(?:(?P<none>không có)|ngày (?P<due>{DATE}), (?P<over>chưa quá hạn|đã quá hạn))"
    )
)
def _deadline(policy: PolicyWorld, what: str, name: str, none: str | None, due: str | None, over: str | None) -> None:
    seen = policy.svc.describe(policy.actors["auditor"], policy.case_id(name))
    found = [d for d in seen["deadlines"] if d["what"] == DEADLINES[what]]
    if none:
        assert found == [], seen["deadlines"]
    else:
        assert due is not None
        overdue = over == "đã quá hạn"
        assert found == [{"what": DEADLINES[what], "due": day(due).isoformat(), "overdue": overdue}], seen["deadlines"]
        assert not overdue or "overdue" in seen["flags"], seen["flags"]
