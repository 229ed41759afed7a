"""What the summaries keep maintained (migration 0005), so a whole-project summary over ten
years reads a few hundred counters instead of grouping every person and attendance mark.

`summary_dirty`: the people whose figures changed since the last summary: the triggers of
migration 0005 note them on every write that matters (whoever writes: services, bulk loads,
cascades), and a summary recounts them first (`db/repositories/summary_upkeep.py`).
`summary_facts`: one row per thing a person counts in for a project: `all` (taking part),
each `year` a participation overlaps, `age` at entry, `education`, `labour` status, each
sensitive answer (`flag`, "disability=yes"), each `group`, the `outcome` (completed /
dropped_out / ongoing), the situation at `exit`, and the instruments received
(`instrument_use` per instrument with its category, `instrument_category` per category,
`instrument_count`). Written only by the recount of noted people.
`summary_counts`: how many facts there are per (project, role, dimension, value, sex): moved
by the same recount, read by `services/summary.py`.
`summary_activity_hours`: the participants' hours present on each activity: the maintained
`attendance_totals` summed per activity, kept by the triggers themselves (a mark moves it by
its difference), so a project's hours add up a few hundred activities, not every enrolment.
`summary_offsets`: the numbers 0…62, joined to spread a participation over its years.

`ix_participations_summary` covers every participation condition and column the live
queries of a year's summary read, so they scan one index range and not the table."""

from __future__ import annotations

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base
from ops_desktop.db.models.people import Participation

SUMMARY_INDEX = Index(
    "ix_participations_summary",
    Participation.project_id, Participation.role, Participation.status, Participation.start_date,
    Participation.end_date, Participation.person_id, Participation.group_id,
    Participation.exit_situation,
)


class SummaryOffset(Base):
    __tablename__ = "summary_offsets"

    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SummaryDirty(Base):
    __tablename__ = "summary_dirty"

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class SummaryFact(Base):
    __tablename__ = "summary_facts"
    __table_args__ = (
        Index("ix_summary_facts_person", "person_id", "dimension", "project_id", "role", "value",
              "sex"),
        Index("ix_summary_facts_year", "project_id", "role", "dimension", "value", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(1))        # "K", "M" or "" (unknown)
    dimension: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(60))


class SummaryActivityHours(Base):
    __tablename__ = "summary_activity_hours"

    activity_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hours_x100: Mapped[int] = mapped_column(Integer)


class SummaryCount(Base):
    __tablename__ = "summary_counts"
    __table_args__ = (
        PrimaryKeyConstraint("project_id", "role", "dimension", "value", "sex"),
        {"sqlite_with_rowid": False},
    )

    project_id: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    dimension: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(1))
    people: Mapped[int] = mapped_column(Integer)
