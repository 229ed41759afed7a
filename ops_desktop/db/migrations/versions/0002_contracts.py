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
    # --- social-contract tables go below this line -----------------------------------------
    _create_contract_tables()


def _fk(column: str, target: str, table: str, ondelete: str | None = None
        ) -> sa.ForeignKeyConstraint:
    referred = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target], ondelete=ondelete,
                                   name=op.f(f"fk_{table}_{column}_{referred}"))


def _child(name: str, *columns: sa.Column | sa.Constraint) -> None:
    """A table belonging to one contract: id, contract_id (cascading), its own columns."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        *columns,
        _fk("contract_id", "contracts.id", name, "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_contract_id"), name, ["contract_id"])


def _create_contract_tables() -> None:
    text = lambda name, null=False: sa.Column(name, sa.Text(), nullable=null)  # noqa: E731
    string = lambda name, n, null=False: sa.Column(name, sa.String(length=n), nullable=null)  # noqa: E731
    integer = lambda name, null=False: sa.Column(name, sa.Integer(), nullable=null)  # noqa: E731
    date = lambda name, null=True: sa.Column(name, sa.Date(), nullable=null)  # noqa: E731
    stamp = lambda name: sa.Column(name, sa.DateTime(), nullable=False)  # noqa: E731
    op.create_table(
        "contracts",
        integer("id"), integer("person_id"), integer("project_id"), integer("group_id", True),
        string("variant", 1), string("status", 20), integer("year", True), integer("seq", True),
        string("number", 60, True), string("referral_number", 60), date("referral_date"),
        string("place", 120), date("signed_on"), date("period_from"), date("period_to"),
        integer("caseworker_id", True), string("caseworker_name", 200),
        text("causes"), text("resources"), text("limitations"), text("education"),
        text("profession"), text("work_history"), text("earlier_activation"), text("main_goal"),
        integer("clauses_version", True), text("signed_content", True),
        stamp("created_at"), stamp("updated_at"),
        _fk("caseworker_id", "users.id", "contracts"),
        _fk("group_id", "project_groups.id", "contracts", "SET NULL"),
        _fk("person_id", "people.id", "contracts", "CASCADE"),
        _fk("project_id", "projects.id", "contracts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("number", name=op.f("uq_contracts_number")),
        sa.UniqueConstraint("year", "seq", name="uq_contracts_year_seq"),
    )
    op.create_index(op.f("ix_contracts_caseworker_id"), "contracts", ["caseworker_id"])
    op.create_index("ix_contracts_person_project", "contracts", ["person_id", "project_id"])
    op.create_index(op.f("ix_contracts_project_id"), "contracts", ["project_id"])
    op.create_index(op.f("ix_contracts_status"), "contracts", ["status"])
    _child("contract_family_members", integer("position"), integer("person_id", True),
           string("first_name", 100), string("last_name", 150), string("pesel", 11),
           string("relation", 60),
           _fk("person_id", "people.id", "contract_family_members", "SET NULL"))
    _child("contract_goals", integer("position"), text("text"))
    _child("contract_actions", integer("position"), text("description"),
           string("done_by", 30, True), string("done_by_other", 200), date("deadline"),
           text("verification"))
    _child("contract_instruments", integer("instrument_id"), integer("position"),
           string("details", 300),
           _fk("instrument_id", "instruments.id", "contract_instruments"),
           sa.UniqueConstraint("contract_id", "instrument_id", name="uq_contract_instruments_pair"))
    op.create_index(op.f("ix_contract_instruments_instrument_id"), "contract_instruments",
                    ["instrument_id"])
    _child("contract_benefits", integer("position"), string("kind", 30),
           string("description", 300), sa.Column("amount", sa.BigInteger(), nullable=False),
           string("decision_number", 60), date("decision_date"),
           sa.Column("own_contribution", sa.Boolean(), nullable=False))
    _child("contract_evaluations", date("planned_on"), date("done_on"), text("findings"))
    op.create_index(op.f("ix_contract_evaluations_planned_on"), "contract_evaluations",
                    ["planned_on"])
    _child("contract_amendments", integer("number"), date("signed_on", False), text("scope"),
           text("content"), integer("clauses_version", True), stamp("created_at"),
           sa.UniqueConstraint("contract_id", "number", name="uq_contract_amendments_number"))
    op.create_table(
        "contract_endings",
        integer("contract_id"), string("status", 20), date("ended_on", False),
        string("outcome", 20, True), string("reason", 40, True), text("justification"),
        stamp("created_at"),
        _fk("contract_id", "contracts.id", "contract_endings", "CASCADE"),
        sa.PrimaryKeyConstraint("contract_id", name=op.f("pk_contract_endings")),
    )


def downgrade() -> None:
    for name in ("contract_endings", "contract_amendments", "contract_evaluations",
                 "contract_benefits", "contract_instruments", "contract_actions",
                 "contract_goals", "contract_family_members", "contracts"):
        op.drop_table(name)
    # --- social-contract tables are dropped above this line --------------------------------
    op.drop_table("instruments")
