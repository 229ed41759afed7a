"""Coordinators assigned to projects (a coordinator works on their own projects),
and the indexes that keep a limited participants list inside the indexes: the caseworker
appended to the three search indexes of 0006, and participations by (person, project) in
place of participations by person.

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

_SEARCH = ("ix_people_search_last", "ix_people_search_first", "ix_people_search_pesel")
_OLD_COLUMNS = (["anonymised", "last_key"], ["anonymised", "first_key", "last_key"],
                ["anonymised", "pesel", "last_key"])


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
    with op.batch_alter_table("people", schema=None) as batch_op:
        for name, columns in zip(_SEARCH, _OLD_COLUMNS, strict=True):
            batch_op.drop_index(name)
            batch_op.create_index(name, [*columns, "caseworker_id"], unique=False)
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_person_id")
        batch_op.create_index("ix_participations_person_project", ["person_id", "project_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participations", schema=None) as batch_op:
        batch_op.drop_index("ix_participations_person_project")
        batch_op.create_index("ix_participations_person_id", ["person_id"], unique=False)
    with op.batch_alter_table("people", schema=None) as batch_op:
        for name, columns in zip(_SEARCH, _OLD_COLUMNS, strict=True):
            batch_op.drop_index(name)
            batch_op.create_index(name, columns, unique=False)
    with op.batch_alter_table("project_coordinators", schema=None) as batch_op:
        batch_op.drop_index("ix_project_coordinators_user_id")
    op.drop_table("project_coordinators")
