"""Marshmallow schemas of the JSON API: every body refuses unknown fields; server-owned fields are dump-only."""

from __future__ import annotations

from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, fields, validate

from engine.definition import PayloadField
from engine.payload import payload_fields


class Strict(Schema):
    """Bodies refuse unknown fields (server-owned fields such as state, stars or version included)."""

    class Meta:
        unknown = RAISE


class ErrorDetail(Schema):
    code = fields.String(required=True, metadata={"example": "stale_version"})
    message = fields.String(required=True)
    details = fields.Dict()


class Error(Schema):
    """The one error body of the API."""

    error = fields.Nested(ErrorDetail, required=True)


class Reason(Schema):
    rule = fields.String()
    message = fields.String()


class Action(Schema):
    trigger = fields.String()
    label = fields.String()
    kind = fields.String()
    allowed = fields.Boolean()
    reasons = fields.List(fields.Nested(Reason))


class Score(Schema):
    level = fields.String()
    round = fields.Integer()
    status = fields.String()
    sheets = fields.Integer()
    average = fields.String(allow_none=True)
    band = fields.Integer(allow_none=True)
    reachable_stars = fields.Integer(allow_none=True)
    unmet_minimums = fields.List(fields.Dict())


class Certificate(Schema):
    code = fields.String()
    stars = fields.Integer()
    issued_on = fields.String()
    valid_until = fields.String()
    issued_by = fields.String()
    decision_no = fields.String()
    status = fields.String()


class Deadline(Schema):
    what = fields.String()
    due = fields.String()
    overdue = fields.Boolean()


class Dossier(Schema):
    """A dossier as `GET /api/v1/dossiers/{id}` returns it."""

    id = fields.String()
    workflow = fields.String()
    workflow_version = fields.Integer()
    in_force = fields.Boolean()
    filed_on = fields.Date()
    state = fields.String()
    state_label = fields.String()
    final = fields.Boolean()
    version = fields.Integer()
    product = fields.Dict(allow_none=True)
    producer = fields.Dict(allow_none=True)
    commune = fields.String(allow_none=True)
    district = fields.String(allow_none=True)
    province = fields.String(allow_none=True)
    registration_type = fields.String(allow_none=True)
    previous_dossier = fields.String(allow_none=True)
    score = fields.Nested(Score, allow_none=True)
    stars = fields.Integer(allow_none=True)
    certificate = fields.Nested(Certificate, allow_none=True)
    flags = fields.List(fields.String())
    deadlines = fields.List(fields.Nested(Deadline))
    successors = fields.List(fields.String())
    allowed_actions = fields.List(fields.Nested(Action))
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class DossierSummary(Schema):
    id = fields.String()
    workflow = fields.String()
    workflow_version = fields.Integer()
    state = fields.String()
    state_label = fields.String()
    version = fields.Integer()
    unit = fields.String()
    title = fields.String()
    filed_on = fields.Date()
    in_force = fields.Boolean()
    updated_at = fields.DateTime()


class DossierPage(Schema):
    items = fields.List(fields.Nested(DossierSummary))
    page = fields.Integer()
    per_page = fields.Integer()
    total = fields.Integer()


class ListQuery(Strict):
    state = fields.String()
    unit = fields.String()
    stars = fields.Integer(validate=validate.Range(min=1, max=5))
    workflow = fields.String()
    year = fields.Integer(validate=validate.Range(min=2000, max=2100))
    q = fields.String(validate=validate.Length(max=200))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class InboxQuery(Strict):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=100))


class Record(Schema):
    """One history record."""

    seq = fields.Integer()
    kind = fields.String()
    trigger = fields.String()
    from_ = fields.String(data_key="from", attribute="from", allow_none=True)
    to = fields.String()
    actor = fields.String()
    role = fields.String()
    at = fields.String()
    payload = fields.Dict()
    reason = fields.String(allow_none=True)
    workflow = fields.String()
    workflow_version = fields.Integer()
    prev_hash = fields.String()
    hash = fields.String()


class Problem(Schema):
    dossier = fields.String()
    seq = fields.Integer(allow_none=True)
    problem = fields.String()


class VerifyReport(Schema):
    ok = fields.Boolean()
    checked = fields.Integer()
    cases = fields.Integer()
    problems = fields.List(fields.Nested(Problem))


class VerifyQuery(Strict):
    dossier = fields.String()


class Unit(Schema):
    code = fields.String()
    name = fields.String()
    level = fields.String()
    parent = fields.String(allow_none=True)
    successor = fields.String(allow_none=True)


class CouncilMember(Schema):
    username = fields.String()
    full_name = fields.String()


class Council(Schema):
    id = fields.Integer()
    unit = fields.String()
    decision_no = fields.String()
    established_on = fields.String()
    members = fields.List(fields.Nested(CouncilMember))


class Workflow(Schema):
    name = fields.String()
    version = fields.Integer()
    regime = fields.String()
    title = fields.String()
    in_force_from = fields.String(allow_none=True)
    in_force_until = fields.String(allow_none=True)
    states = fields.List(fields.Dict())
    transitions = fields.List(fields.Dict())
    params = fields.Dict()


class DiagramQuery(Strict):
    dossier = fields.String()


class ProductSet(Schema):
    code = fields.String()
    name = fields.String()
    group = fields.String()
    category = fields.String()


class PublicCertificate(Schema):
    code = fields.String()
    product = fields.String()
    product_set = fields.String()
    producer = fields.String()
    stars = fields.Integer()
    issued_on = fields.String()
    valid_until = fields.String()
    issued_by = fields.String()
    status = fields.String()


class Product(Schema):
    id = fields.String()
    name = fields.String(allow_none=True)
    producer = fields.Dict(allow_none=True)
    dossiers = fields.List(fields.Dict())
    current_certificate = fields.Nested(Certificate, allow_none=True)


class ScoreSheets(Schema):
    dossier = fields.String()
    rounds = fields.List(fields.Dict())


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


@cache
def action_body(trigger: str, declared: tuple[PayloadField, ...], reason: str) -> type[Schema]:
    """The body of `POST /dossiers/{id}/actions/{trigger}`, its payload built from the declared fields."""
    payload_cls = payload_fields(declared, f"{_camel(trigger)}Payload")
    reason_field: fields.Field = (
        fields.String(required=True, validate=validate.Length(min=1, max=5000))
        if reason == "required"
        else fields.String(allow_none=True, validate=validate.Length(max=5000))
    )
    attrs: dict[str, Any] = {
        "expected_version": fields.Integer(required=True, strict=True, validate=validate.Range(min=1)),
        "payload": fields.Nested(payload_cls, required=bool(declared) and any(f.required for f in declared)),
        "Meta": type("Meta", (), {"unknown": RAISE}),
    }
    if reason != "none":
        attrs["reason"] = reason_field
    return type(f"{_camel(trigger)}Action", (Schema,), attrs)


class ActionEnvelope(Strict):
    """The envelope every action body shares (checked before the payload)."""

    expected_version = fields.Integer(required=True, strict=True)
    payload = fields.Dict(load_default=dict)
    reason = fields.String(allow_none=True, load_default=None)


@cache
def registration_body(declared: tuple[PayloadField, ...]) -> type[Schema]:
    """The body of `POST /dossiers`: the `register` payload plus where and when, all at the top level."""
    payload_cls = payload_fields(declared, "RegistrationFields")
    attrs: dict[str, Any] = dict(payload_cls._declared_fields)
    attrs.update(
        {
            "workflow": fields.String(),
            "filed_on": fields.Date(),
            "commune": fields.String(required=True),
            "Meta": type("Meta", (), {"unknown": RAISE}),
        }
    )
    return type("Registration", (Schema,), attrs)


@cache
def sheet_body(declared: tuple[PayloadField, ...]) -> type[Schema]:
    """The body of `POST /dossiers/{id}/score-sheets`: the `score_sheet` event's payload."""
    return payload_fields(declared, "ScoreSheetBody")
