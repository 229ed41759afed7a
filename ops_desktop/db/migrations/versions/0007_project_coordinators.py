"""Coordinators assigned to projects (issue 7: a coordinator works on their own projects).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_coordinators",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("project_id", "user_id"),
    )
    with op.batch_alter_table("project_coordinators", schema=None) as batch_op:
        batch_op.create_index("ix_project_coordinators_user_id", ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("project_coordinators", schema=None) as batch_op:
        batch_op.drop_index("ix_project_coordinators_user_id")
    op.drop_table("project_coordinators")
