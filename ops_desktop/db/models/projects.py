"""Projects, their yearly editions and their groups.

`projects`: one EU-funded project: title (unique in the office), programme and measure, the
funder's contract number, period, budget in integer grosze (total = EU + own), the rules that
differ between projects (minimum instruments per person, completion threshold %, 45- or
60-minute hours, target age), the funding line printed on documents, and data-protection
dates (retention end, deletion hold).
`editions`: the project's years, each with its targets.
`project_groups`: groups / modules inside a project (vocational module, support group, PAL in
a district, KIS edition…), with the planned number of people and the target group."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ops_desktop.db.base import Base


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    programme: Mapped[str] = mapped_column(String(300), default="")
    funder_contract_no: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    budget_total: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_eu: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_own: Mapped[int] = mapped_column(BigInteger, default=0)
    min_instruments: Mapped[int] = mapped_column(Integer, default=3)
    completion_threshold_pct: Mapped[int] = mapped_column(Integer, default=80)
    teaching_hour_minutes: Mapped[int] = mapped_column(Integer, default=60)
    target_age_min: Mapped[int | None] = mapped_column(Integer)
    target_age_max: Mapped[int | None] = mapped_column(Integer)
    funding_line: Mapped[str] = mapped_column(Text, default="")
    monitoring_format: Mapped[str | None] = mapped_column(String(20))
    retention_until: Mapped[dt.date | None] = mapped_column(Date)
    deletion_hold: Mapped[bool] = mapped_column(Boolean, default=False)

    editions: Mapped[list[Edition]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Edition.year"
    )
    groups: Mapped[list[ProjectGroup]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectGroup.id"
    )


class Edition(Base):
    __tablename__ = "editions"
    __table_args__ = (UniqueConstraint("project_id", "year", name="project_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    target_participants: Mapped[int] = mapped_column(Integer, default=0)
    target_contracts: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[Project] = relationship(back_populates="editions")


class ProjectGroup(Base):
    __tablename__ = "project_groups"
    __table_args__ = (UniqueConstraint("project_id", "name", name="project_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    planned_size: Mapped[int] = mapped_column(Integer, default=0)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    year: Mapped[int | None] = mapped_column(Integer)

    project: Mapped[Project] = relationship(back_populates="groups")
