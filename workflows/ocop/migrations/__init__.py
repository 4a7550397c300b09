"""Alembic migrations of OCOP's own tables (applied after the engine's by `ocop db upgrade`)."""
