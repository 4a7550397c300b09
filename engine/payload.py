"""Marshmallow schemas built from the payload fields a transition or event declares."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from engine.definition import PayloadField
from engine.errors import InvalidInput


def _places(places: int) -> validate.Validator:
    def check(value: Decimal) -> None:
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            raise ValidationError(f"at most {places} decimal places")

    return check  # type: ignore[return-value]


class NonBlank(validate.Validator):
    """Text that is not only white space."""

    def __call__(self, value: str) -> str:
        if not value.strip():
            raise ValidationError("must not be empty")
        return value


def _field(spec: PayloadField, owner: str = "Payload") -> fields.Field:
    validators: list[Any] = []
    if spec.minimum is not None or spec.maximum is not None:
        lo = Decimal(str(spec.minimum)) if spec.minimum is not None else None
        hi = Decimal(str(spec.maximum)) if spec.maximum is not None else None
        validators.append(validate.Range(min=lo, max=hi))
    common: dict[str, Any] = {"required": spec.required, "allow_none": not spec.required}
    if spec.type == "text":
        validators.append(NonBlank())
        if spec.max_length:
            validators.append(validate.Length(max=spec.max_length))
        return fields.String(validate=validators, **common)
    if spec.type == "choice":
        return fields.String(validate=validate.OneOf(spec.choices), **common)
    if spec.type == "integer":
        return fields.Integer(strict=True, validate=validators, **common)
    if spec.type == "decimal":
        if spec.places is not None:
            validators.append(_places(spec.places))
        return fields.Decimal(validate=validators, **common)
    if spec.type == "date":
        return fields.Date(**common)
    if spec.type == "boolean":
        return fields.Boolean(truthy={True}, falsy={False}, **common)
    if spec.type == "mapping":
        if spec.places is not None:
            validators.append(_places(spec.places))
        keys = fields.String(validate=[NonBlank(), validate.Length(max=32)])
        return fields.Dict(keys=keys, values=fields.Decimal(validate=validators), **common)
    if spec.type == "list":
        return fields.List(fields.String(validate=NonBlank()), **common)
    nested = payload_fields(spec.fields, owner + spec.name[:1].upper() + spec.name[1:])
    return fields.Nested(nested(unknown=RAISE), **common)


@cache
def schema_for(payload: tuple[PayloadField, ...]) -> Schema:
    """A schema refusing unknown fields, for one declared payload (cached: definitions are immutable)."""
    return payload_fields(payload)(unknown=RAISE)


@cache
def payload_fields(payload: tuple[PayloadField, ...], name: str = "Payload") -> type[Schema]:
    """The schema class of a declared payload (named, so an OpenAPI document can refer to it)."""
    return Schema.from_dict({f.name: _field(f, name) for f in payload}, name=name)


def validate_payload(
    declared: tuple[PayloadField, ...], policy: str, payload: Any, reason: Any
) -> tuple[dict[str, Any], str | None]:
    """Check a payload and reason against their declaration; raise InvalidInput with `fields` on error."""
    errors: dict[str, Any] = {}
    clean: dict[str, Any] = {}
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        errors["payload"] = ["must be an object"]
    else:
        try:
            clean = schema_for(declared).load(payload)
        except ValidationError as exc:
            errors.update({f"payload.{k}": v for k, v in _flat(exc.messages).items()})
    if reason is not None and not isinstance(reason, str):
        errors["reason"] = ["must be text"]
    elif policy == "required" and not (reason or "").strip():
        errors["reason"] = ["a reason is required for this action"]
    elif policy == "none" and reason:
        errors["reason"] = ["this action takes no reason"]
    if errors:
        raise InvalidInput("the request is not valid", fields=errors)
    clean = {k: v for k, v in clean.items() if v is not None}
    return clean, (reason.strip() if isinstance(reason, str) and reason.strip() else None)


def _flat(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if isinstance(messages, dict):
        for key, sub in messages.items():
            out.update(_flat(sub, f"{prefix}.{key}" if prefix else str(key)))
    else:
        out[prefix or "_schema"] = [str(m) for m in (messages if isinstance(messages, list) else [messages])]
    return out
