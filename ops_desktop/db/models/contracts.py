"""Social contracts (kontrakt socjalny) and everything a contract holds.

`contracts`: one contract of a person in a project (and group): variant A or B (B carries the
labour office's referral number and date), status (draft, signed, amended, closed,
terminated), the number from the office's per-year register (`year` + `seq` unique, `number`
the formatted text, all empty while a draft), place and date of signing, the period, the
caseworker (account and the name as printed), the assessment of the situation in its parts,
the main goal, the version of the contract clauses it was signed with, and `signed_content`:
Part I as signed, as JSON, so the original stays printable after amendments.
`contract_family_members`: the family members included as parties (name, PESEL, relation;
linked to `people` when they are there too).
`contract_goals`: the specific goals, in order.
`contract_actions`: the agreed actions: what, who does it (participant, family, caseworker,
another institution), deadline, how it is checked.
`contract_instruments`: the instruments of active integration chosen from the catalogue
(`instruments`), with a note (hours, term).
`contract_benefits`: benefits the office grants under the contract (targeted allowance,
in-kind help): amount in grosze, decision number and date, whether it counts as the office's
own contribution to the project budget.
`contract_evaluations`: evaluation dates planned in Part I and, when held, the date and
findings recorded in Part II.
`contract_amendments`: aneks 1, 2…: date, scope in words, and Part I as it stands after the
amendment (JSON), so every earlier version can be printed again.
`contract_endings`: how the contract ended: closed (outcome: goal reached fully / partly /
not) or terminated early (reason), date and justification.
`contract_counters`: the register's last number per year (migration 0010). Signing takes the
next one with one `INSERT … ON CONFLICT DO UPDATE … RETURNING` in its own transaction, which
holds the year's row until it commits, so two PCs signing at the same moment never get the
same number (`services/contract_store.next_number`).
`contracts.version` (and `people.version`) counts the saves of the row: an edit made from a
copy read before someone else's save is refused (`domain/errors.EditConflict`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


class Contract(Base):
    __tablename__ = "contracts"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_contracts_year_seq"),
        Index("ix_contracts_person_project", "person_id", "project_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_groups.id", ondelete="SET NULL"))
    variant: Mapped[str] = mapped_column(String(1), default="A")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    referral_number: Mapped[str] = mapped_column(String(60), default="")
    referral_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    caseworker_name: Mapped[str] = mapped_column(String(200), default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    limitations: Mapped[str] = mapped_column(Text, default="")
    education: Mapped[str] = mapped_column(Text, default="")
    profession: Mapped[str] = mapped_column(Text, default="")
    work_history: Mapped[str] = mapped_column(Text, default="")
    earlier_activation: Mapped[str] = mapped_column(Text, default="")
    main_goal: Mapped[str] = mapped_column(Text, default="")
    clauses_version: Mapped[int | None] = mapped_column(Integer)
    signed_content: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Every ORM update adds 1 and checks the old value in its WHERE (optimistic locking).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class ContractCounter(Base):
    __tablename__ = "contract_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class ContractFamilyMember(Base):
    __tablename__ = "contract_family_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(150))
    pesel: Mapped[str] = mapped_column(String(11), default="")
    relation: Mapped[str] = mapped_column(String(60), default="")


class ContractGoal(Base):
    __tablename__ = "contract_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class ContractAction(Base):
    __tablename__ = "contract_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    done_by: Mapped[str | None] = mapped_column(String(30))
    done_by_other: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    verification: Mapped[str] = mapped_column(Text, default="")


class ContractInstrument(Base):
    __tablename__ = "contract_instruments"
    __table_args__ = (
        UniqueConstraint("contract_id", "instrument_id", name="uq_contract_instruments_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instruments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[str] = mapped_column(String(300), default="")


class ContractBenefit(Base):
    __tablename__ = "contract_benefits"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[int] = mapped_column(BigInteger)
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    own_contribution: Mapped[bool] = mapped_column(Boolean, default=True)


class ContractEvaluation(Base):
    __tablename__ = "contract_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    planned_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    findings: Mapped[str] = mapped_column(Text, default="")


class ContractAmendment(Base):
    __tablename__ = "contract_amendments"
    __table_args__ = (
        UniqueConstraint("contract_id", "number", name="uq_contract_amendments_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    signed_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    clauses_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ContractEnding(Base):
    __tablename__ = "contract_endings"

    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    ended_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(40))
    justification: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
