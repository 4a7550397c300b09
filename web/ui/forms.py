"""Action forms built from a transition's or event's declared payload fields; parsing them back into a payload.

The form only shapes input (types, labels, limits for the browser); the engine validates and answers with
`InvalidInput` field errors keyed by the same dotted names the inputs carry (`payload.product.name`, `reason`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from werkzeug.datastructures import MultiDict

from engine.definition import PayloadField
from web.ui.labels import choice_label, field_label
from web.ui.messages import translate

PREFIX = "payload"


@dataclass
class FieldView:
    """One input of an action form, ready for the template."""

    name: str  # the input's name: "payload.product.name", "reason"
    key: str  # the declared path: "product.name"
    type: str  # text, longtext, integer, decimal, date, boolean, choice, list, object
    label: str
    required: bool = True
    choices: list[tuple[str, str]] = field(default_factory=list)
    minimum: Any = None
    maximum: Any = None
    places: int | None = None
    max_length: int | None = None
    value: str = ""
    errors: list[str] = field(default_factory=list)
    children: list[FieldView] = field(default_factory=list)
    total: bool = False  # an object of bounded numbers whose sum the page shows live

    @property
    def id(self) -> str:
        """The HTML id."""
        return "f-" + self.name.replace(".", "-").replace("_", "-")

    @property
    def step(self) -> str:
        """The `step` attribute of a number input."""
        if self.type == "integer":
            return "1"
        return "0." + "0" * ((self.places or 2) - 1) + "1" if self.places != 0 else "1"

    def all_errors(self) -> list[str]:
        """This field's errors and its children's (for an error summary)."""
        return self.errors + [e for c in self.children for e in c.all_errors()]


def _long(spec: PayloadField) -> bool:
    return spec.type == "text" and (spec.max_length is None or spec.max_length > 300)


def build(
    specs: Iterable[PayloadField],
    values: Mapping[str, Any] | None = None,
    errors: Mapping[str, list[str]] | None = None,
    prefix: str = PREFIX,
    key_prefix: str = "",
) -> list[FieldView]:
    """The inputs of a declared payload, filled with `values` (by input name) and `errors` (by input name)."""
    values, errors = values or {}, errors or {}
    out: list[FieldView] = []
    for spec in specs:
        name, key = f"{prefix}.{spec.name}", f"{key_prefix}{spec.name}"
        kind = "longtext" if _long(spec) else spec.type
        fv = FieldView(
            name=name,
            key=key,
            type=kind,
            label=field_label(key, spec.label),
            required=spec.required,
            choices=[(c, choice_label(key, c)) for c in spec.choices],
            minimum=spec.minimum,
            maximum=spec.maximum,
            places=spec.places,
            max_length=spec.max_length,
            value=str(values.get(name, "") or ""),
            errors=[translate(m) for m in errors.get(name, [])],
        )
        if spec.type == "object":
            fv.children = build(spec.fields, values, errors, name, key + ".")
            fv.total = bool(spec.fields) and all(
                f.type in ("decimal", "integer") and f.maximum is not None for f in spec.fields
            )
        out.append(fv)
    return out


def reason_field(policy: str, values: Mapping[str, Any], errors: Mapping[str, list[str]]) -> FieldView | None:
    """The top-level `reason` input, as the transition's reason policy asks (none: no input)."""
    if policy == "none":
        return None
    return FieldView(
        name="reason",
        key="reason",
        type="longtext",
        label=field_label("reason"),
        required=policy == "required",
        max_length=5000,
        value=str(values.get("reason", "") or ""),
        errors=[translate(m) for m in errors.get("reason", [])],
    )


def _number(raw: str) -> str:
    """Vietnamese users type a decimal comma (72,5); the engine reads a decimal point."""
    return raw.strip().replace(" ", "").replace(",", ".")


def parse(specs: Iterable[PayloadField], form: MultiDict[str, str], prefix: str = PREFIX) -> dict[str, Any]:
    """The payload the form describes: blank optional fields left out; values typed as declared where possible.

    A value that cannot be typed is passed on as text, so the engine reports it next to its field.
    """
    out: dict[str, Any] = {}
    for spec in specs:
        name = f"{prefix}.{spec.name}"
        if spec.type == "object":
            sub = parse(spec.fields, form, name)
            if sub or spec.required:
                out[spec.name] = sub
            continue
        if spec.type == "boolean":
            out[spec.name] = form.get(name) in ("1", "on", "true", "yes")
            continue
        if spec.type == "list":
            items = [line.strip() for line in form.get(name, "").splitlines() if line.strip()]
            if items or spec.required:
                out[spec.name] = items
            continue
        raw = form.get(name, "")
        if not raw.strip():
            if spec.required:
                out[spec.name] = raw if spec.type == "text" else None
            continue
        if spec.type == "integer":
            try:
                out[spec.name] = int(_number(raw))
            except ValueError:
                out[spec.name] = raw
        elif spec.type == "decimal":
            try:
                out[spec.name] = str(Decimal(_number(raw)))
            except InvalidOperation:
                out[spec.name] = raw
        elif spec.type in ("date", "choice"):
            out[spec.name] = raw.strip()
        else:
            out[spec.name] = raw
    return out


def field_errors(details: Mapping[str, Any]) -> dict[str, list[str]]:
    """The `InvalidInput` field errors by input name (engine keys are the input names)."""
    fields = details.get("fields") or {}
    return {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in fields.items()}


def unplaced(errors: Mapping[str, list[str]], views: Iterable[FieldView | None]) -> list[tuple[str, str]]:
    """Errors whose key names no input on the page (shown in the summary above the form)."""
    names: set[str] = set()

    def walk(items: Iterable[FieldView | None]) -> None:
        for fv in items:
            if fv is not None:
                names.add(fv.name)
                walk(fv.children)

    walk(views)
    return [(k, translate(m)) for k, msgs in errors.items() if k not in names for m in msgs]
