"""The criterion-level score sheet of ocop-2026 (QĐ 26/2026, Appendix II) as an action form, and back.

When the `score_sheet` event declares a `criteria` mapping and the dossier's product set has a sheet in
`workflows.ocop.criteria`, the action page shows that sheet: parts → groups → criteria (→ sub-criteria), each scored
item with its options as radio buttons (or, printed without options, a number from 0 to its maximum). The engine stays
the judge: the form posts the points of each chosen option as the `criteria` mapping, and the `criteria_valid` guard's
field errors (`payload.criteria.<key>`) come back beside the items.

A radio's value is `<option index>:<points>`: options of one item may score the same (set 26 offers alternative cases
a/b with equal points), and the index keeps the member's exact choice when the page comes back with errors. Only the
points are sent to the engine. A stored sheet records points only, so a revision pre-fills the first option with
those points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from werkzeug.datastructures import MultiDict

from engine.definition import Definition
from web.ui.forms import PREFIX, _number
from web.ui.messages import translate

FIELD = "criteria"
MODULE = "workflows.ocop"


@dataclass
class OptionView:
    index: int
    text: str
    points: Decimal
    star: int | None
    case: str | None
    checked: bool = False

    @property
    def value(self) -> str:
        return f"{self.index}:{_fmt(self.points)}"


@dataclass
class ItemView:
    """A group, criterion or sub-criterion; `scored` ones carry an input named `payload.criteria.<key>`."""

    kind: str
    key: str
    title: str
    max: Decimal
    notes: list[str]
    part: str
    options: list[OptionView] = field(default_factory=list)
    children: list[ItemView] = field(default_factory=list)
    value: str = ""  # a free item's typed value
    errors: list[str] = field(default_factory=list)
    chosen: Decimal | None = None  # the points chosen or typed (when a number within the item's maximum)

    @property
    def scored(self) -> bool:
        return not self.children

    @property
    def free(self) -> bool:
        return self.scored and not self.options

    @property
    def name(self) -> str:
        return f"{PREFIX}.{FIELD}.{self.key}"

    @property
    def id(self) -> str:
        return "c-" + self.key.replace(".", "-")

    @property
    def cases(self) -> list[tuple[str | None, list[OptionView]]]:
        """The options by alternative case (set 26: "a", "b"), in order; one group of `None` otherwise."""
        out: list[tuple[str | None, list[OptionView]]] = []
        for o in self.options:
            if not out or out[-1][0] != o.case:
                out.append((o.case, []))
            out[-1][1].append(o)
        return out

    def scored_items(self) -> list[ItemView]:
        if self.scored:
            return [self]
        return [x for c in self.children for x in c.scored_items()]


@dataclass
class PartView:
    key: str
    title: str
    max: Decimal
    groups: list[ItemView]

    @property
    def items(self) -> list[ItemView]:
        return [x for g in self.groups for x in g.scored_items()]

    @property
    def sum(self) -> Decimal:
        return sum((x.chosen for x in self.items if x.chosen is not None), Decimal(0))


@dataclass
class SheetView:
    code: str
    name: str
    parts: list[PartView]
    revision: dict[str, Any] | None = None  # the member's current sheet of the open round, when there is one

    @property
    def items(self) -> list[ItemView]:
        return [x for p in self.parts for x in p.items]

    @property
    def max(self) -> Decimal:
        return sum((p.max for p in self.parts), Decimal(0))

    @property
    def sum(self) -> Decimal:
        return sum((p.sum for p in self.parts), Decimal(0))

    @property
    def chosen(self) -> int:
        return sum(1 for x in self.items if x.chosen is not None)

    @property
    def errors(self) -> int:
        return sum(1 for x in self.items if x.errors)


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _decimal(raw: Any) -> Decimal | None:
    try:
        number = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def sheet_for(definition: Definition, spec: Any, dossier: Mapping[str, Any]) -> Any:
    """The product set's criteria sheet when the action is a criterion-level `score_sheet`, else None."""
    if definition.module != MODULE or spec is None:
        return None
    if not any(f.name == FIELD and f.type == "mapping" for f in spec.payload):
        return None
    code = (dossier.get("product") or {}).get("product_set")
    if not code:
        return None
    from workflows.ocop import criteria

    try:
        return criteria.sheet(str(code))
    except KeyError:
        return None


def other_fields(spec: Any) -> tuple[Any, ...]:
    """The event's payload fields other than the criteria (the note), for the generic form."""
    return tuple(f for f in spec.payload if f.name != FIELD)


def _points_of(raw: str) -> str:
    """A radio's `<index>:<points>` (or plain points) as the points; a typed number with its decimal comma read."""
    return _number(raw.rsplit(":", 1)[-1])


def parse(sheet: Any, form: MultiDict[str, str]) -> dict[str, str]:
    """The `criteria` mapping the form describes: the points of each chosen option or typed value (none: left out,
    so the engine names the criterion as missing); a value that is not a number is passed on for the engine to
    refuse beside its criterion."""
    out: dict[str, str] = {}
    for key in sheet.criteria:
        raw = form.get(f"{PREFIX}.{FIELD}.{key}", "")
        if raw.strip():
            points = _points_of(raw)
            number = _decimal(points)
            out[key] = format(number, "f") if number is not None else points
    return out


def build(
    sheet: Any,
    form: Mapping[str, Any] | None = None,
    chosen: Mapping[str, Any] | None = None,
    errors: Mapping[str, list[str]] | None = None,
) -> SheetView:
    """The sheet for the page: `form` is what was posted (kept as typed), else `chosen` the points of a stored sheet."""
    form, chosen, errors = form or {}, chosen or {}, errors or {}

    def item(raw: Any, part: str) -> ItemView:
        view = ItemView(
            kind=raw.kind,
            key=raw.key,
            title=raw.title,
            max=raw.max,
            notes=list(raw.notes),
            part=part,
            options=[OptionView(i, o.text, o.points, o.star, o.case) for i, o in enumerate(raw.options)],
            children=[item(c, part) for c in raw.children],
        )
        if not view.scored:
            return view
        view.errors = [translate(m) for m in errors.get(view.name, [])]
        posted = form.get(view.name)
        if posted is not None:
            posted = str(posted)
            points = _decimal(_points_of(posted)) if posted.strip() else None
            if view.free:
                view.value = posted
            else:
                match = next((o for o in view.options if o.value == posted.strip()), None)
                match = match or next((o for o in view.options if o.points == points), None)
                if match is not None:
                    match.checked = True
                points = match.points if match is not None else None
        else:
            points = _decimal(chosen[view.key]) if view.key in chosen else None
            if view.free and points is not None:
                view.value = _fmt(points).replace(".", ",") if _vi() else _fmt(points)
            match = next((o for o in view.options if o.points == points), None)
            if match is not None:
                match.checked = True
        if points is not None and Decimal(0) <= points <= view.max:
            view.chosen = points
        return view

    parts = [PartView(p.key, p.title, p.max, [item(g, p.key) for g in p.groups]) for p in sheet.parts]
    return SheetView(sheet.code, sheet.name, parts)


def _vi() -> bool:
    from web.ui.labels import is_vi

    return is_vi()


def place_errors(view: SheetView, errors: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Field errors keyed by a criterion's input (or below it, as marshmallow's `payload.criteria.<key>.value`) are
    put beside the criterion; the rest are returned (for the summary above the form)."""
    by_name = {x.name: x for x in view.items}
    rest: dict[str, list[str]] = {}
    for name, messages in errors.items():
        target = by_name.get(name)
        if target is None:
            owners = [n for n in by_name if name.startswith(n + ".")]
            target = by_name[max(owners, key=len)] if owners else None
        if target is None:
            rest[name] = list(messages)
            continue
        for m in messages:
            text = translate(m)
            if text not in target.errors:
                target.errors.append(text)
    return rest


def current_sheet(sheets: Mapping[str, Any] | None, username: str) -> dict[str, Any] | None:
    """The member's current sheet of the open round in the `score_sheets` view (their latest revision), if any."""
    for rnd in reversed((sheets or {}).get("rounds", [])):
        if rnd.get("status") != "open":
            continue
        for sh in rnd.get("sheets", []):
            if sh.get("member") == username and sh.get("criteria") is not None:
                return {"level": rnd.get("level"), "round": rnd.get("round"), **sh}
        return None
    return None


def criteria_rows(sheet: Any, points: Mapping[str, Any]) -> list[dict[str, Any]]:
    """For the dossier page: each part with its scored items, the points given and the option they correspond to."""
    out = []
    for part in sheet.parts:
        rows = []
        for group in part.groups:
            for raw in group.walk():
                if raw.children:
                    continue
                given = _decimal(points.get(raw.key)) if raw.key in points else None
                option = next((o for o in raw.options if given is not None and o.points == given), None)
                rows.append(
                    {
                        "key": raw.key,
                        "title": raw.title,
                        "max": raw.max,
                        "points": given,
                        "option": option.text if option is not None else None,
                        "star": option.star if option is not None else None,
                    }
                )
        out.append({"key": part.key, "title": part.title, "max": part.max, "rows": rows})
    return out
