"""The working-day calendar's overrides: extra days off and make-up working days set by admins.

Revision ID: 0002_calendar
Revises: 0001_engine
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_calendar"
down_revision = "0001_engine"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_calendar_days"),
    )


def downgrade() -> None:
    op.drop_table("calendar_days")
