"""The 2007–2013 participant list: what the PEFS 2007 form asks and the program did
not keep — the area of residence (urban / rural) and the sub-status of the labour-market
status ("w tym") of a person — and each project's monitoring format (sl2014, cst2021,
pefs2007; empty: chosen from the project's start year).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("area_type", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("labour_substatus", sa.String(length=40), nullable=True))
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("monitoring_format", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_column("monitoring_format")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("labour_substatus")
        batch_op.drop_column("area_type")
