"""contracts: the instrument catalogue (seeded) and the social-contract tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The typical instruments of active integration, by category (DOMAIN.md). The coordinator
# edits the catalogue in the application; this is only its starting content.
CATALOGUE = {
    "educational": [
        "Kurs lub szkolenie zawodowe",
        "Kurs lub szkolenie ogólnorozwojowe",
        "Finansowanie nauki w szkole lub na studiach",
        "Zajęcia wyrównawcze i edukacyjne dla dzieci i młodzieży",
    ],
    "health": [
        "Terapia psychologiczna lub psychospołeczna",
        "Terapia uzależnień lub współuzależnienia",
        "Program korekcyjno-edukacyjny",
        "Rehabilitacja i turnus rehabilitacyjny",
    ],
    "vocational": [
        "Doradztwo zawodowe",
        "Warsztaty aktywizacji zawodowej",
        "Staż lub praktyka zawodowa",
        "Prace społecznie użyteczne",
        "Zatrudnienie wspierane",
    ],
    "social": [
        "Trening kompetencji i umiejętności społecznych",
        "Poradnictwo specjalistyczne (prawne, rodzinne, psychologiczne)",
        "Grupa wsparcia lub samopomocowa",
        "Klub Integracji Społecznej (KIS)",
        "Program Aktywności Lokalnej (PAL)",
        "Wyjazdy i imprezy integracyjne",
        "Opieka nad dziećmi i osobami zależnymi w czasie zajęć",
        "Wolontariat",
    ],
}


def upgrade() -> None:
    instruments = op.create_table(
        "instruments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instruments")),
        sa.UniqueConstraint("category", "name", name="category_name"),
    )
    rows = []
    for category, names in CATALOGUE.items():
        for order, name in enumerate(names, start=1):
            rows.append({"category": category, "name": name, "description": "",
                         "sort_order": order, "active": True})
    op.bulk_insert(instruments, rows)
    # --- social-contract tables (issue 3) go below this line -------------------------------


def downgrade() -> None:
    # --- social-contract tables (issue 3) are dropped above this line ----------------------
    op.drop_table("instruments")
