"""OCOP workflows (`ocop-2023` under QĐ 148, `ocop-2026` under QĐ 26/2026): guards, effects, views, tables."""

# `views` registers describe, views and filters on the registry; `rules2026` ocop-2026's guards, effects and deadlines
from workflows.ocop import rules2026, views  # noqa: F401
from workflows.ocop.rules import registry

__all__ = ["registry"]
