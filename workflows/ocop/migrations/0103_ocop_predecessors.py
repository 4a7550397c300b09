"""OCOP dossiers registered before `cases.predecessor_id` existed: copy `previous_dossier` into it.

Revision ID: 0103_ocop_predecessors
Revises: 0102_ocop_sheet_criteria
Create Date: 2026-12-01
"""

from alembic import op

revision = "0103_ocop_predecessors"
down_revision = "0102_ocop_sheet_criteria"
branch_labels = None
depends_on = "0005_indexes"

EXTRACT = {
    "sqlite": "json_extract(data, '$.previous_dossier')",
    "postgresql": "data ->> 'previous_dossier'",
}


def upgrade() -> None:
    value = EXTRACT[op.get_bind().dialect.name]
    op.execute(
        f"UPDATE cases SET predecessor_id = {value} "
        f"WHERE workflow IN ('ocop-2023', 'ocop-2026') AND predecessor_id IS NULL AND {value} IS NOT NULL"
    )


def downgrade() -> None:
    """Nothing to undo: the column goes with the engine's 0005 downgrade."""
