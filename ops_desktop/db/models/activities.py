"""Activities, sessions, attendance, individual support and certificates (migration 0003).

Hours are integer hundredths of an hour in every `*_x100` column (4 h = 400), like money
in grosze; whether they are clock or 45-minute teaching hours is the project's setting.

`activities`: one course, workshop, support group, consultation series, KIS edition, PAL
event, trip or day-care of a project (`form`), optionally for one group, with the instrument
of active integration it delivers (so its category counts toward the person's instruments),
the trainer or specialist who signs the lists, the place, planned hours, the programme
(`topics`, one per line) and the attendance threshold for a completion certificate (copied
from the project's `completion_threshold_pct` when the activity is created).
`activity_sessions`: the dated meetings of an activity (time from–to, hours, topic).
`activity_enrolments`: a person's participation (participant or surroundings: children in
day-care, family at events; counted apart through `participations.role`) on an activity's
list, with the window of days they are on it (`joined_on`/`left_on`, open when NULL);
`left_on` set means they left the activity, so it is not "completed".
`attendance_marks`: one mark per (session, enrolment): present / excused / unexcused.
`attendance_totals`: the maintained aggregate, one row per enrolment: sessions and hours
present, excused, unexcused, and the planned sessions and hours of the enrolment's window.
Every service that changes marks, sessions or enrolments rewrites the rows of the enrolments
it touched IN THE SAME TRANSACTION (`services/attendance_totals.refresh`, which reads only
those enrolments' marks through `ix_attendance_marks_enrolment_id`), so summaries and the
certificate rules read attendance here and never rescan the marks table (5 M marks take
seconds to scan; docs/STACK.md). `services/attendance.verify_totals` recounts and compares.
`support_entries`: the individual support card: one-to-one consultations of a person in a
project (date, time, hours, topic, specialist and their kind), optionally under an activity
of the "consultation" form.
`certificates`: the certificate register: a number running on per year of issue (`year`,
`n`, formatted `number`), the enrolment (hence person and activity), completion or
participation, issue date, the attendance it was issued on, and how many times it has been
printed (`prints` > 0 before a print means the print is a duplicate; a duplicate keeps its
number). Rows are never deleted: enrolments and activities with certificates cannot go."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ops_desktop.db.base import Base


class Activity(Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("project_groups.id"), index=True)
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instruments.id"))
    name: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(30))
    trainer: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    planned_hours_x100: Mapped[int] = mapped_column(Integer, default=0)
    topics: Mapped[str] = mapped_column(Text, default="")
    threshold_pct: Mapped[int] = mapped_column(Integer, default=80)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActivitySession(Base):
    __tablename__ = "activity_sessions"
    __table_args__ = (Index("ix_activity_sessions_activity_day", "activity_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    time_from: Mapped[dt.time | None] = mapped_column(Time)
    time_to: Mapped[dt.time | None] = mapped_column(Time)
    hours_x100: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text, default="")


class ActivityEnrolment(Base):
    __tablename__ = "activity_enrolments"
    __table_args__ = (
        UniqueConstraint("activity_id", "participation_id", name="activity_participation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participations.id", ondelete="CASCADE"), index=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttendanceMark(Base):
    __tablename__ = "attendance_marks"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("activity_sessions.id", ondelete="CASCADE"), primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("activity_enrolments.id", ondelete="CASCADE"), primary_key=True, index=True)
    mark: Mapped[str] = mapped_column(String(10))


class AttendanceTotals(Base):
    __tablename__ = "attendance_totals"

    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("activity_enrolments.id", ondelete="CASCADE"), primary_key=True)
    present_sessions: Mapped[int] = mapped_column(Integer, default=0)
    present_hours_x100: Mapped[int] = mapped_column(Integer, default=0)
    excused_sessions: Mapped[int] = mapped_column(Integer, default=0)
    excused_hours_x100: Mapped[int] = mapped_column(Integer, default=0)
    unexcused_sessions: Mapped[int] = mapped_column(Integer, default=0)
    unexcused_hours_x100: Mapped[int] = mapped_column(Integer, default=0)
    planned_sessions: Mapped[int] = mapped_column(Integer, default=0)
    planned_hours_x100: Mapped[int] = mapped_column(Integer, default=0)


class SupportEntry(Base):
    __tablename__ = "support_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participations.id", ondelete="CASCADE"), index=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    time_from: Mapped[dt.time | None] = mapped_column(Time)
    time_to: Mapped[dt.time | None] = mapped_column(Time)
    hours_x100: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text, default="")
    specialist: Mapped[str] = mapped_column(String(200), default="")
    specialist_kind: Mapped[str] = mapped_column(String(30), default="other")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Certificate(Base):
    __tablename__ = "certificates"
    __table_args__ = (
        UniqueConstraint("year", "n", name="year_n"),
        UniqueConstraint("enrolment_id", name="one_per_enrolment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    n: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("activity_enrolments.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    present_hours_x100: Mapped[int] = mapped_column(Integer)
    planned_hours_x100: Mapped[int] = mapped_column(Integer)
    prints: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
