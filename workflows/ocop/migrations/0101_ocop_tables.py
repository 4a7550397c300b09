"""OCOP tables: councils and members, scoring rounds, append-only score sheets, certificates.

Revision ID: 0101_ocop_tables
Revises: 0001_engine
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0101_ocop_tables"
down_revision = "0001_engine"
branch_labels = None
depends_on = None

Tz = sa.DateTime(timezone=True)
APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER ocop_score_sheets_no_update BEFORE UPDATE ON ocop_score_sheets "
        "BEGIN SELECT RAISE(ABORT, 'score sheets are append-only'); END",
        "CREATE TRIGGER ocop_score_sheets_no_delete BEFORE DELETE ON ocop_score_sheets "
        "BEGIN SELECT RAISE(ABORT, 'score sheets are append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION ocop_score_sheets_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'score sheets are append-only' USING ERRCODE = 'insufficient_privilege'; END $$",
        "CREATE TRIGGER ocop_score_sheets_no_update BEFORE UPDATE OR DELETE ON ocop_score_sheets "
        "FOR EACH ROW EXECUTE FUNCTION ocop_score_sheets_append_only()",
    ],
}


def upgrade() -> None:
    op.create_table(
        "ocop_councils",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "unit_id", sa.Integer(), sa.ForeignKey("units.id", name="fk_ocop_councils_unit_id_units"), nullable=False
        ),
        sa.Column("decision_no", sa.String(64), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=False),
        sa.Column("created_at", Tz, nullable=False),
    )
    op.create_index("ix_ocop_councils_unit_id", "ocop_councils", ["unit_id"])
    op.create_table(
        "ocop_council_members",
        sa.Column(
            "council_id",
            sa.Integer(),
            sa.ForeignKey("ocop_councils.id", name="fk_ocop_council_members_council_id_ocop_councils"),
            primary_key=True,
        ),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", name="fk_ocop_council_members_user_id_users"),
            primary_key=True,
        ),
    )
    op.create_table(
        "ocop_rounds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.String(36), sa.ForeignKey("cases.id", name="fk_ocop_rounds_case_id_cases"), nullable=False
        ),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column(
            "council_id",
            sa.Integer(),
            sa.ForeignKey("ocop_councils.id", name="fk_ocop_rounds_council_id_ocop_councils"),
        ),
        sa.Column("opened_seq", sa.Integer(), nullable=False),
        sa.Column("closed_seq", sa.Integer()),
        sa.Column("total_sum", sa.Numeric(12, 2)),
        sa.Column("sheet_count", sa.Integer()),
        sa.UniqueConstraint("case_id", "level", "round", name="uq_ocop_rounds_case_level_round"),
    )
    op.create_index("ix_ocop_rounds_case_id", "ocop_rounds", ["case_id"])
    op.create_table(
        "ocop_score_sheets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "round_id",
            sa.Integer(),
            sa.ForeignKey("ocop_rounds.id", name="fk_ocop_score_sheets_round_id_ocop_rounds"),
            nullable=False,
        ),
        sa.Column(
            "case_id",
            sa.String(36),
            sa.ForeignKey("cases.id", name="fk_ocop_score_sheets_case_id_cases"),
            nullable=False,
        ),
        sa.Column(
            "member_id",
            sa.Integer(),
            sa.ForeignKey("users.id", name="fk_ocop_score_sheets_member_id_users"),
            nullable=False,
        ),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("part_a", sa.Numeric(5, 2), nullable=False),
        sa.Column("part_b", sa.Numeric(5, 2), nullable=False),
        sa.Column("part_c", sa.Numeric(5, 2), nullable=False),
        sa.Column("total", sa.Numeric(6, 2), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("submitted_at", Tz, nullable=False),
        sa.UniqueConstraint("round_id", "member_id", "revision", name="uq_ocop_score_sheets_revision"),
    )
    op.create_index("ix_ocop_score_sheets_round_id", "ocop_score_sheets", ["round_id"])
    op.create_index("ix_ocop_score_sheets_case_id", "ocop_score_sheets", ["case_id"])
    op.create_table(
        "ocop_certificates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column(
            "case_id",
            sa.String(36),
            sa.ForeignKey("cases.id", name="fk_ocop_certificates_case_id_cases"),
            nullable=False,
        ),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("decision_no", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column(
            "issued_by_id",
            sa.Integer(),
            sa.ForeignKey("units.id", name="fk_ocop_certificates_issued_by_id_units"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.UniqueConstraint("code", name="uq_ocop_certificates_code"),
        sa.UniqueConstraint("case_id", name="uq_ocop_certificates_case_id"),
    )
    op.create_index("ix_ocop_certificates_valid_until", "ocop_certificates", ["valid_until"])
    for statement in APPEND_ONLY[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("ocop_certificates")
    op.drop_table("ocop_score_sheets")
    op.drop_table("ocop_rounds")
    op.drop_table("ocop_council_members")
    op.drop_table("ocop_councils")
