"""Covering indexes of the participants search (the participants list, made fast after 0.1.0).

Each keystroke of the participants list is answered from these indexes alone, already in
surname order (db/repositories/people_search.py): surname prefix, first-name prefix with the
surname, PESEL prefix with the surname — each after `anonymised`, which every list query
filters on. A new revision rather than an edit of 0001: 0.1.0 shipped 0001.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_people_search_last", ["anonymised", "last_key"]),
    ("ix_people_search_first", ["anonymised", "first_key", "last_key"]),
    ("ix_people_search_pesel", ["anonymised", "pesel", "last_key"]),
)


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        for name, columns in _INDEXES:
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        for name, _columns in reversed(_INDEXES):
            batch_op.drop_index(name)
