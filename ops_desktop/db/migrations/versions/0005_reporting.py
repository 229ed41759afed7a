"""reporting: the covering index of project summaries

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SUMMARY_COLUMNS = ["project_id", "role", "status", "start_date", "end_date", "person_id",
                    "group_id", "exit_situation"]


def upgrade() -> None:
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.create_index("ix_participations_summary", _SUMMARY_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_summary")
