"""Indexes for national scale (bench/README.md findings 1, 2, 7).

- `cases.predecessor_id` (indexed): the case a case continues, so successors are found through an index;
- `ix_cases_updated (updated_at, id)`: a wide territory's newest-first page read in order;
- `ix_timers_pending (due_on, id) WHERE done_at IS NULL`: `tick` finds due timers among pending ones only.

Revision ID: 0005_indexes
Revises: 0004_idempotency
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_indexes"
down_revision = "0004_idempotency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("predecessor_id", sa.String(36), nullable=True))
    op.create_index("ix_cases_predecessor", "cases", ["predecessor_id"])
    op.create_index("ix_cases_updated", "cases", ["updated_at", "id"])
    pending = sa.text("done_at IS NULL")
    op.create_index("ix_timers_pending", "timers", ["due_on", "id"], postgresql_where=pending, sqlite_where=pending)


def downgrade() -> None:
    op.drop_index("ix_timers_pending", table_name="timers")
    op.drop_index("ix_cases_updated", table_name="cases")
    op.drop_index("ix_cases_predecessor", table_name="cases")
    op.drop_column("cases", "predecessor_id")  # SQLite ≥ 3.35 drops a column in place (no table copy)
