"""OCOP workflows (`ocop-2023` under QĐ 148, later `ocop-2026` under QĐ 26/2026): guards, effects, tables."""

from workflows.ocop.rules import registry

__all__ = ["registry"]
