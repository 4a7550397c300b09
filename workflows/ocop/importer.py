"""`ocop import certificates`: existing (paper) certificates become dossiers in `certified` through `import`.

Each row is validated on its own and imported in its own transaction: a bad row is reported with its reasons
and leaves nothing behind; the good rows are imported. `dry_run` runs every check and rolls each row back.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from engine.accounts import Actor
from engine.errors import EngineError
from engine.services import Services

COLUMNS = (
    "product_name",
    "product_set",
    "producer_name",
    "producer_kind",
    "registration_no",
    "commune",
    "stars",
    "decision_no",
    "issued_on",
    "issued_by",
)
OPTIONAL = ("workflow",)
#: Vietnamese headers officers use in their spreadsheets, mapped to the columns.
ALIASES = {
    "tên sản phẩm": "product_name",
    "bộ sản phẩm": "product_set",
    "chủ thể": "producer_name",
    "loại hình chủ thể": "producer_kind",
    "mã số đăng ký kinh doanh": "registration_no",
    "xã": "commune",
    "số sao": "stars",
    "số quyết định": "decision_no",
    "ngày ký": "issued_on",
    "đơn vị cấp": "issued_by",
    "quy trình": "workflow",
}


@dataclass
class RowResult:
    """What happened to one row (numbered as in the file, the header being row 1)."""

    row: int
    ok: bool
    case_id: str | None = None
    errors: list[str] = field(default_factory=list)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(path: Path) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of a .csv (UTF-8) or .xlsx file (first sheet)."""
    if path.suffix.lower() == ".csv":
        handle = path.open(encoding="utf-8-sig", newline="")
        reader = csv.reader(handle)
        header = next(reader, [])
        return header, ([_cell(c) for c in r] for r in reader)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_cell(c) for c in next(rows, ())]
        return header, ([_cell(c) for c in r] for r in rows)
    raise EngineError(f"{path.name}: a .csv or .xlsx file is expected")


def _columns(header: list[str]) -> dict[str, int]:
    names = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise EngineError(f"missing columns: {', '.join(missing)} (found: {', '.join(header)})")
    return {n: i for i, n in enumerate(names) if n in COLUMNS + OPTIONAL}


def _payload(values: dict[str, str]) -> dict[str, Any]:
    stars: Any = values["stars"]
    try:
        stars = int(stars)
    except ValueError:
        pass  # the payload schema names the field
    return {
        "product": {"name": values["product_name"], "product_set": values["product_set"].zfill(2)},
        "producer": {
            "name": values["producer_name"],
            "kind": values["producer_kind"],
            "registration_no": values["registration_no"],
        },
        "registration_type": "imported",
        "stars": stars,
        "decision_no": values["decision_no"],
        "issued_on": values["issued_on"],
        "issued_by": values["issued_by"],
    }


def _explain(exc: EngineError) -> list[str]:
    fields = exc.details.get("fields") or {}
    reasons = exc.details.get("reasons") or []
    out = [f"{k}: {'; '.join(map(str, v))}" for k, v in fields.items()]
    out += [f"{r['rule']}: {r['message']}" for r in reasons]
    return out or [exc.message]


def import_rows(
    svc: Services,
    actor: Actor,
    header: list[str],
    rows: Iterable[list[str]],
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> list[RowResult]:
    """Import each row through the `import` action; return one result per row."""
    cols = _columns(header)
    results = []
    for number, cells in enumerate(rows, start=2):
        if not any(cells):
            continue
        values = {name: (cells[i] if i < len(cells) else "") for name, i in cols.items()}
        try:
            issued = date.fromisoformat(values["issued_on"])
        except ValueError:
            results.append(RowResult(number, False, errors=["issued_on: a date such as 2024-03-15"]))
            continue
        try:
            case = svc.register(
                actor,
                unit=values["commune"],
                workflow=values.get("workflow") or None,
                trigger="import",
                filed_on=issued,
                payload=_payload(values),
                dry_run=dry_run,
            )
            results.append(RowResult(number, True, None if dry_run else case.id))
        except EngineError as exc:
            results.append(RowResult(number, False, errors=_explain(exc)))
        if progress:
            progress(1)
    return results
