"""The 26 OCOP scoring sheets of QĐ 26/2026/QĐ-TTg (Appendix II), loaded from `data/criteria-2026.json`.

The JSON is produced from the decision text by `scripts/extract_criteria_2026.py` (never edited by hand). It is checked
when loaded: options within their item's maximum, items summing to their parent, parts to 100, star markers only on
options and monotone within an item. A check failure raises `CriteriaError` naming the set, location and source line,
unless the extraction recorded an anomaly for that place (`anomalies()`), in which case the recorded reading stands.

Score-sheet keys (`docs/api.md`): the number printed on the sheet, i.e. the criterion ("1.1"), the sub-criterion where a
criterion has them ("6.1.1"), or the group where options sit directly under it ("7"). An item with options takes the
points of one option; an item printed without options takes a value from 0 to its maximum (at most 2 decimals).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

PART_KEYS = ("A", "B", "C")
STAR_LEVELS = (3, 4, 5)
TOTAL = Decimal(100)
CENT = Decimal("0.01")
STAR_RUN = re.compile(r"\*\s*\*\s*\*")


class CriteriaError(ValueError):
    """The criteria data is inconsistent at a place no recorded anomaly covers."""


@dataclass(frozen=True)
class Option:
    text: str
    points: Decimal
    star: int | None  # 3, 4 or 5: the option is the minimum for that star level
    case: str | None  # "a"/"b" where the item offers alternative cases (set 26)
    line: int


@dataclass(frozen=True)
class Item:
    """A group, criterion or sub-criterion; `scored` items are the keys of a score sheet."""

    kind: str  # group, criterion, sub_criterion
    key: str
    title: str
    max: Decimal
    line: int
    location: str  # e.g. "A/1/1.2"
    options: tuple[Option, ...]
    children: tuple[Item, ...]
    notes: tuple[str, ...]

    @property
    def scored(self) -> bool:
        return not self.children

    @property
    def free(self) -> bool:
        """Printed without options: any value from 0 to the maximum."""
        return self.scored and not self.options

    def walk(self) -> Iterator[Item]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Part:
    key: str
    title: str
    max: Decimal
    line: int
    groups: tuple[Item, ...]


@dataclass(frozen=True)
class Ground:
    """A disqualification ground: `criterion` names the item whose note states it (None: the whole dossier)."""

    code: str
    text: str
    line: int
    criterion: str | None


@dataclass(frozen=True)
class Anomaly:
    set: str
    line: int
    location: str
    problem: str
    reading: str
    excerpt: str


@dataclass(frozen=True)
class Sheet:
    code: str
    name: str
    line: int
    parts: tuple[Part, ...]
    grounds: tuple[Ground, ...]
    anomalies: tuple[Anomaly, ...]

    def items(self) -> Iterator[Item]:
        for part in self.parts:
            for group in part.groups:
                yield from group.walk()

    @property
    def criteria(self) -> dict[str, Item]:
        """The scored items by key, in the order printed."""
        return {item.key: item for item in self.items() if item.scored}

    def part_of(self, key: str) -> str:
        for part in self.parts:
            for group in part.groups:
                if any(item.key == key for item in group.walk()):
                    return part.key
        raise KeyError(key)


# ---- loading ------------------------------------------------------------------------------------------------------


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _item(raw: Mapping[str, Any], kind: str, parent: str) -> Item:
    key = str(raw["number"] if kind == "group" else raw["key"])
    location = f"{parent}/{key}"
    child_kind, child_field = {"group": ("criterion", "criteria"), "criterion": ("sub_criterion", "sub_criteria")}.get(
        kind, (None, None)
    )
    children = tuple(_item(c, child_kind, location) for c in raw.get(child_field, ())) if child_kind else ()
    return Item(
        kind=kind,
        key=key,
        title=raw["title"],
        max=_dec(raw["max"]),
        line=int(raw["line"]),
        location=location,
        options=tuple(
            Option(o["text"], _dec(o["points"]), o["star"], o.get("case"), int(o["line"])) for o in raw["options"]
        ),
        children=children,
        notes=tuple(n["text"] for n in raw.get("notes", ())),
    )


def build_sheets(data: Mapping[str, Any]) -> dict[str, Sheet]:
    """Sheets from the parsed JSON, checked (see the module docstring)."""
    all_anomalies = tuple(
        Anomaly(a["set"], int(a["line"]), a["location"], a["problem"], a["reading"], a["excerpt"])
        for a in data.get("anomalies", ())
    )
    sheets: dict[str, Sheet] = {}
    for code, raw in data["sets"].items():
        parts = tuple(
            Part(
                key=p["part"],
                title=p["title"],
                max=_dec(p["max"]),
                line=int(p["line"]),
                groups=tuple(_item(g, "group", p["part"]) for g in p["groups"]),
            )
            for p in raw["parts"]
        )
        grounds = tuple(
            Ground(g["code"], g["text"], int(g["line"]), g.get("criterion")) for g in raw["disqualification_grounds"]
        )
        sheet = Sheet(
            code=code,
            name=raw["name"],
            line=int(raw["line"]),
            parts=parts,
            grounds=grounds,
            anomalies=tuple(a for a in all_anomalies if a.set == code),
        )
        _check(sheet, raw)
        sheets[code] = sheet
    return sheets


def _check(sheet: Sheet, raw: Mapping[str, Any]) -> None:
    """Raise CriteriaError on the first problem no recorded anomaly of the sheet covers."""

    def fail(location: str, line: int, problem: str) -> None:
        if any(a.location == location or a.line == line for a in sheet.anomalies):
            return
        raise CriteriaError(f"criteria set {sheet.code}, {location} (line {line}): {problem}")

    if tuple(p.key for p in sheet.parts) != PART_KEYS:
        fail("parts", sheet.line, f"parts are {[p.key for p in sheet.parts]}, expected A, B, C")
    keys = [item.key for item in sheet.items()]
    for key in {k for k in keys if keys.count(k) > 1}:
        fail(key, sheet.line, f"the key {key} is printed twice")
    total = sum((p.max for p in sheet.parts), Decimal(0))
    if total != TOTAL or _dec(raw["total"]["max"]) != TOTAL:
        fail("total", int(raw["total"]["line"]), f"parts sum to {total}, the total is {raw['total']['max']}")
    for part in sheet.parts:
        groups = sum((g.max for g in part.groups), Decimal(0))
        if groups != part.max:
            fail(part.key, part.line, f"groups sum to {groups}, the part is worth {part.max}")
    for item in sheet.items():
        if item.children:
            children = sum((c.max for c in item.children), Decimal(0))
            if children != item.max:
                fail(item.location, item.line, f"its items sum to {children}, it is worth {item.max}")
            if item.options:
                fail(item.location, item.line, "it has both items and options")
        for text in (item.title, *item.notes):
            if STAR_RUN.search(text):
                fail(item.location, item.line, "a star marker outside an option")
        for option in item.options:
            if not Decimal(0) <= option.points <= item.max:
                fail(item.location, option.line, f"an option scores {option.points}, outside 0..{item.max}")
            if option.star is not None and option.star not in STAR_LEVELS:
                fail(item.location, option.line, f"star marker {option.star} is not 3, 4 or 5")
        marked = [o for o in item.options if o.star in STAR_LEVELS]
        for high in marked:
            for low in marked:
                if high.star > low.star and high.points < low.points:
                    fail(
                        item.location,
                        high.line,
                        f"the {high.star}-star option scores {high.points}, below the {low.star}-star's {low.points}",
                    )
        if item.scored and item.options and max(o.points for o in item.options) != item.max:
            fail(item.location, item.line, f"no option reaches the maximum {item.max}")


def _data_text() -> str:
    return resources.files("workflows.ocop").joinpath("data/criteria-2026.json").read_text(encoding="utf-8")


@cache
def _loaded() -> tuple[dict[str, Sheet], tuple[Anomaly, ...]]:
    data = json.loads(_data_text())
    sheets = build_sheets(data)
    return sheets, tuple(a for sheet in sheets.values() for a in sheet.anomalies)


def load_sheets() -> dict[str, Sheet]:
    """The 26 checked sheets by product-set code ("01".."26"); loaded once."""
    return dict(_loaded()[0])


def anomalies(set_code: str | None = None) -> list[Anomaly]:
    """The source anomalies recorded by the extraction (of one set, or all), each with the reading taken."""
    found = _loaded()[1]
    return [a for a in found if set_code is None or a.set == set_code]


def sheet(set_code: str) -> Sheet:
    try:
        return _loaded()[0][set_code]
    except KeyError:
        raise KeyError(f"no criteria sheet for product set {set_code!r}") from None


# ---- scoring helpers -------------------------------------------------------------------------------------------------


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None
    return number if number.is_finite() else None


def _points(value: Decimal) -> str:
    return format(value.normalize(), "f")


def validate_criteria(set_code: str, criteria: Mapping[str, Any]) -> dict[str, list[str]]:
    """Field errors of a criterion-level score sheet (empty when valid).

    Every key of the set's sheet must be present and no other; an item with options takes one option's points, an
    item without options a value from 0 to its maximum; values have at most 2 decimals.
    """
    items = sheet(set_code).criteria
    errors: dict[str, list[str]] = {}
    for key in items:
        if key not in criteria:
            errors.setdefault(key, []).append("required: every criterion of the sheet must be scored")
    for key, raw in criteria.items():
        item = items.get(key)
        if item is None:
            errors.setdefault(key, []).append(f"unknown criterion for product set {set_code}")
            continue
        value = _as_decimal(raw)
        if value is None:
            errors.setdefault(key, []).append("must be a number")
            continue
        problems = []
        if value != value.quantize(CENT):
            problems.append("at most 2 decimals")
        if item.options:
            allowed = sorted({o.points for o in item.options})
            if value not in allowed:
                problems.append(f"must be the points of one option: {', '.join(_points(p) for p in allowed)}")
        elif not Decimal(0) <= value <= item.max:
            problems.append(f"must be between 0 and {_points(item.max)}")
        if problems:
            errors[key] = problems
    return errors


def parts_of(set_code: str, criteria: Mapping[str, Any]) -> dict[str, Decimal]:
    """The part scores (A, B, C) of a valid criterion-level sheet."""
    errors = validate_criteria(set_code, criteria)
    if errors:
        raise ValueError(f"invalid criteria for product set {set_code}: {errors}")
    s = sheet(set_code)
    parts = {p.key: Decimal(0) for p in s.parts}
    for part in s.parts:
        for group in part.groups:
            for item in group.walk():
                if item.scored:
                    parts[part.key] += _as_decimal(criteria[item.key])
    return parts


def minimum_for(set_code: str, key: str, star: int) -> Decimal | None:
    """The points of the option of `key` marked as the minimum for `star` stars, or None when none is marked.

    A chosen option reaches the minimum when its points are at least these. Where an item offers alternative cases
    with the same marker, the lowest marked points count.
    """
    item = sheet(set_code).criteria.get(key)
    if item is None:
        raise KeyError(f"no criterion {key!r} in product set {set_code}")
    marked = [o.points for o in item.options if o.star == star]
    return min(marked) if marked else None


def minimums(set_code: str, star: int) -> dict[str, Decimal]:
    """Every key of the set with a minimum marked for `star` stars, with its points."""
    found = {key: minimum_for(set_code, key, star) for key in sheet(set_code).criteria}
    return {key: points for key, points in found.items() if points is not None}


# ---- star minimums of a council's result ----------------------------------------------------------------------------


def median_points(set_code: str, sheets: Iterable[Mapping[str, Any]]) -> dict[str, Decimal]:
    """The council's result per criterion: the median of the members' points (**assumption**, see ocop-2026.yaml).

    With an even number of sheets the median is the mean of the two middle values (it may fall between options).
    """
    values: dict[str, list[Decimal]] = {key: [] for key in sheet(set_code).criteria}
    for one in sheets:
        for key in values:
            number = _as_decimal(one[key])
            if number is None:
                raise ValueError(f"criterion {key}: {one[key]!r} is not a number")
            values[key].append(number)
    out: dict[str, Decimal] = {}
    for key, points in values.items():
        if not points:
            continue
        points.sort()
        mid = len(points) // 2
        out[key] = points[mid] if len(points) % 2 else (points[mid - 1] + points[mid]) / 2
    return out


@dataclass(frozen=True)
class Unmet:
    """A star minimum a result does not reach: criterion, star level, the points required and those reached."""

    criterion: str
    star: int
    required: Decimal
    points: Decimal

    def as_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "star": self.star,
            "required": _points(self.required),
            "points": _points(self.points),
            "message": (
                f"tiêu chí {self.criterion}: đạt {_points(self.points)} điểm, "
                f"yêu cầu tối thiểu {self.star} sao là {_points(self.required)} điểm"
            ),
        }


def required_for(set_code: str, star: int, cumulative: bool) -> dict[str, tuple[int, Decimal]]:
    """The minimums a product of `star` stars must reach: criterion → (the level that sets it, its points).

    With `cumulative`, a `star` product also meets the minimums marked for every lower level (3..star); a criterion
    marked at several levels needs the highest of them.
    """
    levels = [n for n in STAR_LEVELS if n <= star] if cumulative else [star]
    out: dict[str, tuple[int, Decimal]] = {}
    for level in levels:
        for key, points in minimums(set_code, level).items():
            if key not in out or points >= out[key][1]:
                out[key] = (level, points)
    return out


def unmet_minimums(set_code: str, points: Mapping[str, Any], star: int, cumulative: bool) -> list[Unmet]:
    """The minimums of `star` stars (see `required_for`) that `points` do not reach, in the sheet's order."""
    if star not in STAR_LEVELS:
        return []
    found = []
    for key, (level, required) in required_for(set_code, star, cumulative).items():
        reached = _as_decimal(points.get(key))
        if reached is None or reached < required:
            found.append(Unmet(key, level, required, reached if reached is not None else Decimal(0)))
    return found


def reachable_stars(set_code: str, points: Mapping[str, Any], band: int, cumulative: bool) -> tuple[int, list[Unmet]]:
    """The highest star level up to `band` whose minimums `points` meet, and the minimums holding it below `band`.

    Levels below 3 have no minimums. The list names, once each, every minimum of a level above the reachable one and
    up to the band that is not reached (a 75-point result missing a 4-star minimum: 3, [that minimum]).
    """
    reach = band
    while reach >= STAR_LEVELS[0] and unmet_minimums(set_code, points, reach, cumulative):
        reach -= 1
    held: dict[str, Unmet] = {}
    for level in range(max(reach + 1, STAR_LEVELS[0]), band + 1):
        for miss in unmet_minimums(set_code, points, level, cumulative):
            if miss.star > reach:
                held.setdefault(miss.criterion, miss)
    order = list(sheet(set_code).criteria)
    return reach, sorted(held.values(), key=lambda m: (order.index(m.criterion), m.star))


def sheet_with_total(set_code: str, total: Any, meet: int = 5, miss: Mapping[str, int] | None = None) -> dict[str, str]:
    """A criterion sheet of `set_code` adding up to `total`: the points of one option per criterion (a free criterion
    takes what is left), meeting the star minimums up to `meet` (cumulative) except those of `miss` (criterion → the
    star level whose minimum it falls short of, by one option). For demo data and tests; ValueError when impossible.
    """
    miss = dict(miss or {})
    items = sheet(set_code).criteria
    required = required_for(set_code, meet, True) if meet >= STAR_LEVELS[0] else {}
    points: dict[str, Decimal] = {}
    for key, item in items.items():
        options = sorted({o.points for o in item.options})
        if key in miss:
            limit = minimum_for(set_code, key, miss[key])
            points[key] = max(p for p in options if limit is None or p < limit)
        elif key in required:
            points[key] = required[key][1]
        else:
            points[key] = options[0] if options else Decimal(0)
    target, current = _dec(total), sum(points.values(), Decimal(0))
    if current > target:
        raise ValueError(f"the minimums alone give {current} > {target}")
    raised = True
    while current < target and raised:
        raised = False
        for key, item in items.items():
            higher = sorted(p for p in {o.points for o in item.options} if p > points[key])
            if key not in miss and higher and current + higher[0] - points[key] <= target:
                current += higher[0] - points[key]
                points[key] = higher[0]
                raised = True
    for key, item in items.items():
        if item.free and key not in miss:
            extra = min(target - current, item.max - points[key])
            points[key] += extra
            current += extra
    if current != target:
        raise ValueError(f"cannot build {target}: {current}")
    return {k: format(v, "f") for k, v in points.items()}


# ---- `ocop workflows check` --------------------------------------------------------------------------------------


def anomaly_lines(set_code: str | None = None) -> list[str]:
    """One line per recorded source anomaly of the criteria sheets, for `ocop workflows check`:
    `criteria-2026.json: set 04, C/7 (source line 2486): <problem> → read as: <reading>`."""
    return [
        f"criteria-2026.json: set {a.set}, {a.location} (source line {a.line}): {a.problem} → read as: {a.reading}"
        for a in anomalies(set_code)
    ]


def report_anomalies(echo: Callable[[str], Any]) -> int:
    """Echo `note <anomaly line>` for every recorded anomaly (for `ocop workflows check`); return how many."""
    lines = anomaly_lines()
    for line in lines:
        echo(f"note {line}")
    return len(lines)
