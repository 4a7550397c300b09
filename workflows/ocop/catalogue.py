"""The product-set catalogue (codes 01–26) shared by the OCOP workflows; ocop-2026 adds each set's criterion sheet."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def _catalogue() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources.files("workflows.ocop") / "data" / "product_sets.json").read_text(encoding="utf-8")
    )
    return data


def product_sets(workflow: str) -> list[dict[str, Any]]:
    """The catalogue as `GET /api/v1/workflows/{name}/product-sets` returns it."""
    sets = [dict(s) for s in _catalogue()["product_sets"]]
    if workflow == "ocop-2026":
        from workflows.ocop.criteria import anomalies, load_sheets

        sheets = load_sheets()
        for s in sets:
            sheet = sheets.get(s["code"])
            if sheet is not None:
                s["sheet"] = sheet.as_dict() if hasattr(sheet, "as_dict") else None
                s["disqualification_grounds"] = [
                    {"code": g.code, "text": g.text} for g in getattr(sheet, "disqualification_grounds", ())
                ]
            s["anomalies"] = [a if isinstance(a, dict) else vars(a) for a in anomalies(s["code"])]
    return sets


def codes() -> list[str]:
    """The catalogue codes in order."""
    return [s["code"] for s in _catalogue()["product_sets"]]
