"""Several PCs on one database: the contract register's counter per year, and a
version on people and contracts.

`contract_counters` holds the last number given per year. It is seeded here from the highest
number of each year already in `contracts`, so the register of an upgraded office goes on
where it stopped (KS/n+1/RRRR). Signing takes the next number from it with one statement that
also holds the year's row until the transaction commits; `max(seq) + 1` read and then written
let two PCs signing at the same moment take the same number.

`people.version` and `contracts.version` start at 1 and grow with every save; a save from a
copy read before someone else's save is refused instead of overwriting it. Plain
`ADD COLUMN`s: the tables keep their triggers (0005) and indexes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_contract_counters"),
    )
    op.execute("INSERT INTO contract_counters (year, last_seq) "
               "SELECT year, max(seq) FROM contracts "
               "WHERE year IS NOT NULL AND seq IS NOT NULL GROUP BY year")
    for table in ("people", "contracts"):
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in ("contracts", "people"):  # SQLite 3.35+ drops a column in place
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
    op.drop_table("contract_counters")
