"""Timers: time-driven transitions a case asks the scheduler to try from a date on.

Revision ID: 0003_timers
Revises: 0002_calendar
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_timers"
down_revision = "0002_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("cases.id", name="fk_timers_case_id_cases"), nullable=False),
        sa.Column("trigger", sa.String(64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True)),
        sa.Column("outcome", sa.String(16)),
    )
    op.create_index("ix_timers_case_id", "timers", ["case_id"])
    op.create_index("ix_timers_due", "timers", ["done_at", "due_on"])


def downgrade() -> None:
    op.drop_table("timers")
