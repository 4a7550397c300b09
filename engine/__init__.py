"""A small, generic workflow engine: declarative definitions, shared machines, a verifiable history.

The engine knows nothing of any particular certification process; workflows live under ``workflows/``.
"""
