"""The people search compares its keys byte by byte on the office server too.

The participants search (db/repositories/people_search.py) finds a prefix as a range of the
folded keys (`last_key >= 'kow' AND last_key < 'kox'`) and lists in `ORDER BY last_key, id`.
SQLite compares text byte by byte (BINARY). A PostgreSQL column compares with the database's
collation, which the office IT chose when creating the database: a Polish ICU or glibc locale
orders punctuation differently (ICU: `o-neil` before `o'neil`; glibc ignores hyphens and
spaces at first, so a range `nowak k … nowak l` takes in `nowak-kowalska`), and only the "C"
collation lets the planner use a btree for `LIKE 'prefix%'`. So `last_key`, `first_key` and
`pesel` get collation "C" on the server: the same people, in the same order, as from a file,
whatever the database's locale; their indexes are rebuilt with them (a few seconds for 50 000
people). Nothing changes in a file.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The columns and their types (models/people.py).
_COLUMNS = (("last_key", 260), ("first_key", 100), ("pesel", 11))


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's text is BINARY already
    changes = ", ".join(f'ALTER COLUMN {name} TYPE VARCHAR({length}) COLLATE "{collation}"'
                        for name, length in _COLUMNS)
    op.execute(f"ALTER TABLE people {changes}")


def upgrade() -> None:
    _collate("C")


def downgrade() -> None:
    _collate("default")
