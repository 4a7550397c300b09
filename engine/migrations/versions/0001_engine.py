"""The engine's tables: units, users, API tokens, cases and the append-only history.

Revision ID: 0001_engine
Revises:
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from engine.store import APPEND_ONLY_SQL

revision = "0001_engine"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Path = sa.String(512).with_variant(sa.String(512, collation="C"), "postgresql")
Tz = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("units.id", name="fk_units_parent_id_units")),
        sa.Column("successor_id", sa.Integer(), sa.ForeignKey("units.id", name="fk_units_successor_id_units")),
        sa.Column("path", Path, nullable=False),
        sa.Column("created_at", Tz, nullable=False),
        sa.UniqueConstraint("code", name="uq_units_code"),
    )
    op.create_index("ix_units_path", "units", ["path"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(255), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id", name="fk_users_unit_id_units"), nullable=False),
        sa.Column("password_hash", sa.String(255)),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("session_version", sa.Integer(), nullable=False),
        sa.Column("created_at", Tz, nullable=False),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_api_tokens_user_id_users"), nullable=False
        ),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("created_at", Tz, nullable=False),
        sa.Column("revoked_at", Tz),
        sa.Column("last_used_at", Tz),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table(
        "cases",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workflow", sa.String(64), nullable=False),
        sa.Column("workflow_version", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id", name="fk_cases_unit_id_units"), nullable=False),
        sa.Column("unit_path", Path, nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("in_force", sa.Boolean(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("created_at", Tz, nullable=False),
        sa.Column("updated_at", Tz, nullable=False),
    )
    op.create_index("ix_cases_state_path", "cases", ["workflow", "state", "unit_path"])
    op.create_index("ix_cases_path_updated", "cases", ["unit_path", "updated_at"])
    op.create_table(
        "history",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("case_id", sa.String(36), sa.ForeignKey("cases.id", name="fk_history_case_id_cases"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("trigger", sa.String(64), nullable=False),
        sa.Column("from_state", sa.String(64)),
        sa.Column("to_state", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("at", Tz, nullable=False),
        sa.Column("payload", Json, nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("workflow", sa.String(64), nullable=False),
        sa.Column("workflow_version", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("case_id", "seq", name="uq_history_case_seq"),
    )
    for statement in APPEND_ONLY_SQL[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("history")
    op.drop_table("cases")
    op.drop_table("api_tokens")
    op.drop_table("users")
    op.drop_table("units")
