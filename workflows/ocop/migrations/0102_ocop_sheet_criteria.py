"""OCOP criterion-level score sheets (ocop-2026): the points of each criterion a member chose, kept with the sheet.

Revision ID: 0102_ocop_sheet_criteria
Revises: 0101_ocop_tables
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0102_ocop_sheet_criteria"
down_revision = "0101_ocop_tables"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    # Null for part-level sheets (ocop-2023); {criterion key: points as text} for criterion-level sheets.
    op.add_column("ocop_score_sheets", sa.Column("criteria", Json, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ocop_score_sheets") as batch:
        batch.drop_column("criteria")
