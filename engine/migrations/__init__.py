"""Alembic migrations of the engine's tables (run by `ocop db upgrade`)."""
