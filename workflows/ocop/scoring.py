"""OCOP arithmetic: exact averages and star bands, display truncation, and certificate validity dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any

STARS = (5, 4, 3, 2)


def threshold_params(params: Any) -> dict[int, Decimal]:
    """The star thresholds from a workflow's parameters (`threshold_N_stars`), read through `params(name)`."""
    return {n: Decimal(str(params(f"threshold_{n}_stars"))) for n in STARS}


@dataclass(frozen=True)
class Result:
    """The outcome of a round: the exact sum and count of the members' current totals."""

    total_sum: Decimal
    count: int

    @property
    def average(self) -> Decimal:
        """The average with 28 significant digits (comparisons use `reaches`, which is exact)."""
        with localcontext() as ctx:
            ctx.prec = 28
            return self.total_sum / self.count

    def reaches(self, threshold: Decimal) -> bool:
        """Whether the exact average is at least `threshold` (sum ≥ threshold × count: no division)."""
        return self.total_sum >= threshold * self.count

    def band(self, thresholds: Mapping[int, Decimal]) -> int:
        """The star band of the exact average: 1★ below the 2★ threshold."""
        return next((n for n in STARS if self.reaches(thresholds[n])), 1)

    def shown(self) -> str:
        """The average truncated (never rounded up) to 2 decimals: 69.996 shows 69.99."""
        return str(self.average.quantize(Decimal("0.01"), rounding=ROUND_DOWN))


def result_of(totals: Iterable[Decimal]) -> Result | None:
    """The result of a list of totals, or None when there are none."""
    values = list(totals)
    return Result(sum(values, Decimal(0)), len(values)) if values else None


def spread(totals: Iterable[Decimal]) -> Decimal:
    """Highest minus lowest total (0 for fewer than two)."""
    values = list(totals)
    return max(values) - min(values) if len(values) > 1 else Decimal(0)


def valid_until(issued_on: date, months: int) -> date:
    """The last valid day of a term of `months` from `issued_on` (BLDS 2015 Art. 147–148).

    The issue day is not counted; the term ends at the end of the corresponding day of the last month, or of that
    month's last day when it has no such day: 2026-08-01 → 2029-08-01; 2024-02-29 (36 months) → 2027-02-28.
    """
    month_index = issued_on.month - 1 + months
    year, month = issued_on.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(issued_on.day, calendar.monthrange(year, month)[1]))
