"""OCOP workflows (`ocop-2023` under QĐ 148, later `ocop-2026` under QĐ 26/2026): guards, effects, views, tables."""

from workflows.ocop import views  # noqa: F401  (registers describe, views and filters on the registry)
from workflows.ocop.rules import registry

__all__ = ["registry"]
