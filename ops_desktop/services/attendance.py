"""Attendance: the grid of people × sessions, marks, and the documents built on them.

Rules: a mark is refused for a person who is not on the activity's list, whose participation
has not started yet (or started after the session), who had ended it, or who was not on the
list that day. A change of marks is all or nothing, and the maintained totals of the people
touched are rewritten in the same transaction. More than 20% unexcused absence (office
setting `unexcused_flag_pct`) is flagged, not refused."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ops_desktop.db.repositories import concurrency
from ops_desktop.db.models import Instrument, Participation, Project, ProjectGroup, Setting
from ops_desktop.db.models.activities import (
    ActivityEnrolment, ActivitySession, AttendanceMark, AttendanceTotals, Certificate,
)
from ops_desktop.domain.activities import ActivityForm
from ops_desktop.domain.attendance import (
    UNEXCUSED_FLAG_PCT, ActivityRegisterView, AttendanceGrid, AttendanceListsView, GridPerson,
    GridSession, ListSession, Mark, MarkChange, MarksResult, RegisterPerson, RegisterSession,
    recount,
)
from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus
from ops_desktop.domain.errors import NotFound, RuleViolation
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import attendance_totals, audit, scope
from ops_desktop.services.activities import (
    enrolment_views, office_lines, session_views,
)
from ops_desktop.services.context import ServiceContext

STARTED = frozenset({RecruitmentStatus.PARTICIPANT.value, RecruitmentStatus.COMPLETED.value,
                     RecruitmentStatus.DROPPED_OUT.value})


def grid(ctx: ServiceContext, *, activity_id: int) -> AttendanceGrid:
    """Everything the attendance grid shows, in four queries."""
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        activity = scope.readable_activity(ctx, session, activity_id)
        project = session.get(Project, activity.project_id)
        people = _grid_people(session, activity_id)
        sessions = tuple(GridSession(s.id, s.number, s.day, s.hours, s.topic)
                         for s in session_views(session, activity_id))
        marks = {
            (enrolment_id, session_id): Mark(mark)
            for enrolment_id, session_id, mark in session.execute(
                select(AttendanceMark.enrolment_id, AttendanceMark.session_id, AttendanceMark.mark)
                .join(ActivitySession, ActivitySession.id == AttendanceMark.session_id)
                .where(ActivitySession.activity_id == activity_id))
        }
        return AttendanceGrid(activity_id, activity.name, activity.threshold_pct,
                              flag_pct(session), project.teaching_hour_minutes, people, sessions,
                              marks)


def set_marks(ctx: ServiceContext, *, activity_id: int, changes: list[MarkChange]) -> MarksResult:
    """Apply the changes (None clears a cell); refused as a whole if any breaks a rule."""
    ctx.require(Permission.ATTENDANCE_WRITE)
    with ctx.transaction() as session:
        scope.readable_activity(ctx, session, activity_id)
        people = {p.enrolment_id: p for p in _grid_people(session, activity_id)}
        days = dict(session.execute(select(ActivitySession.id, ActivitySession.day).where(
            ActivitySession.activity_id == activity_id)).all())
        for change in changes:
            _check_change(change, people, days)
        result = _write(session, changes)
        audit.record(session, ctx.actor, "attendance", "activity", activity_id,
                     changes=len(changes), enrolments=sorted({c.enrolment_id for c in changes}))
        return result


def mark_all_present(ctx: ServiceContext, *, activity_id: int, session_id: int) -> MarksResult:
    """Fill the empty cells of one session with "present" for everyone who may attend it."""
    ctx.require(Permission.ATTENDANCE_WRITE)
    with ctx.transaction() as session:
        scope.readable_activity(ctx, session, activity_id)
        day = session.execute(select(ActivitySession.day).where(
            ActivitySession.id == session_id, ActivitySession.activity_id == activity_id)).scalar()
        if day is None:
            raise NotFound("session", session_id)
        marked = set(session.execute(select(AttendanceMark.enrolment_id).where(
            AttendanceMark.session_id == session_id)).scalars())
        changes, skipped = [], 0
        for person in _grid_people(session, activity_id):
            if person.enrolment_id in marked:
                continue
            if person.may_attend(day):
                changes.append(MarkChange(person.enrolment_id, session_id, Mark.PRESENT))
            else:
                skipped += 1
        result = _write(session, changes, only_empty=True)
        audit.record(session, ctx.actor, "attendance_all_present", "activity", activity_id,
                     session_id=session_id, changes=len(changes))
        return MarksResult(result.totals, result.changed, skipped)


def verify_totals(ctx: ServiceContext, *, activity_id: int | None = None) -> list[int]:
    """Enrolment ids whose maintained totals differ from a recount of their marks (should be
    none); the check a backup verification or a test runs."""
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        query = select(ActivityEnrolment)
        if activity_id is not None:
            query = query.where(ActivityEnrolment.activity_id == activity_id)
        wrong = []
        for enrolment in session.execute(query).scalars():
            stored = session.get(AttendanceTotals, enrolment.id)
            marks = session.execute(
                select(AttendanceMark.mark, ActivitySession.hours_x100)
                .join(ActivitySession, ActivitySession.id == AttendanceMark.session_id)
                .where(AttendanceMark.enrolment_id == enrolment.id)).all()
            planned = session.execute(select(ActivitySession.day, ActivitySession.hours_x100).where(
                ActivitySession.activity_id == enrolment.activity_id)).all()
            expected = recount(
                ((Mark(m), h) for m, h in marks),
                (h for day, h in planned
                 if (enrolment.joined_on is None or day >= enrolment.joined_on)
                 and (enrolment.left_on is None or day <= enrolment.left_on)))
            if stored is None or attendance_totals.to_totals(stored) != expected:
                wrong.append(enrolment.id)
        return wrong


def attendance_lists(ctx: ServiceContext, *, activity_id: int,
                     session_ids: list[int] | None = None) -> AttendanceListsView:
    """Blank attendance lists (names, empty signature column) for the sessions chosen, or
    for the whole schedule. Each list names the people who may attend that day."""
    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    with ctx.reading() as session:
        activity = scope.readable_activity(ctx, session, activity_id)
        project = session.get(Project, activity.project_id)
        people = _grid_people(session, activity_id)
        lists = []
        for s in session_views(session, activity_id):
            if session_ids is not None and s.id not in session_ids:
                continue
            expected = [p for p in people if p.may_attend(s.day) or not p.started]
            lists.append(ListSession(
                s.number, s.day, s.time_text, s.hours, s.topic,
                tuple(p.name for p in expected if not p.surroundings),
                tuple(p.name for p in expected if p.surroundings)))
        return AttendanceListsView(
            office_lines(session), project.title, project.funding_line, activity.id,
            activity.name, ActivityForm(activity.form), activity.trainer, activity.place,
            project.teaching_hour_minutes, tuple(lists))


def activity_register(ctx: ServiceContext, *, activity_id: int) -> ActivityRegisterView:
    """The activity's register: sessions with topics, hours and how many attended, and each
    person's attendance summary."""
    ctx.require(Permission.ACTIVITY_READ, Permission.PRINT)
    with ctx.reading() as session:
        activity = scope.readable_activity(ctx, session, activity_id)
        project = session.get(Project, activity.project_id)
        group = session.get(ProjectGroup, activity.group_id) if activity.group_id else None
        instrument = session.get(Instrument,
                                 activity.instrument_id) if activity.instrument_id else None
        present: dict[tuple[int, bool], int] = {}
        for session_id, role, n in session.execute(
            select(AttendanceMark.session_id, Participation.role, func.count())
            .join(ActivitySession, ActivitySession.id == AttendanceMark.session_id)
            .join(ActivityEnrolment, ActivityEnrolment.id == AttendanceMark.enrolment_id)
            .join(Participation, Participation.id == ActivityEnrolment.participation_id)
            .where(ActivitySession.activity_id == activity_id,
                   AttendanceMark.mark == Mark.PRESENT.value)
            .group_by(AttendanceMark.session_id, Participation.role)):
            present[(session_id, role == ParticipationRole.SURROUNDINGS.value)] = n
        sessions = tuple(
            RegisterSession(s.number, s.day, s.time_text, s.hours, s.topic,
                            present.get((s.id, False), 0), present.get((s.id, True), 0))
            for s in session_views(session, activity_id))
        numbers = dict(session.execute(select(Certificate.enrolment_id, Certificate.number).where(
            Certificate.activity_id == activity_id)).all())
        people = tuple(RegisterPerson(p.name, p.surroundings, p.totals, p.left,
                                      numbers.get(p.enrolment_id, ""))
                       for p in _grid_people(session, activity_id))
        return ActivityRegisterView(
            office_lines(session), project.title, project.funding_line, activity.name,
            ActivityForm(activity.form), group.name if group else "",
            instrument.name if instrument else "", activity.trainer, activity.place,
            activity.planned_hours_x100, project.teaching_hour_minutes, activity.threshold_pct,
            flag_pct(session),
            tuple(t.strip() for t in activity.topics.splitlines() if t.strip()), sessions, people)


# --- helpers -------------------------------------------------------------------------------------
def flag_pct(session: Session) -> int:
    row = session.get(Setting, "unexcused_flag_pct")
    try:
        return int(row.value) if row is not None else UNEXCUSED_FLAG_PCT
    except ValueError:
        return UNEXCUSED_FLAG_PCT


def grid_people(session: Session, activity_id: int) -> tuple[GridPerson, ...]:
    return _grid_people(session, activity_id)


def _grid_people(session: Session, activity_id: int) -> tuple[GridPerson, ...]:
    enrolments = enrolment_views(session, activity_id)
    participations = {
        p.id: p for p in session.execute(select(Participation).where(
            Participation.id.in_([e.participation_id for e in enrolments]))).scalars()
    } if enrolments else {}
    totals = attendance_totals.read(session, [e.id for e in enrolments])
    people = []
    for e in enrolments:
        participation = participations[e.participation_id]
        started = participation.status in STARTED and participation.start_date is not None
        from_day = _latest(participation.start_date, e.joined_on)
        to_day = _earliest(participation.end_date, e.left_on)
        left = e.left_on is not None or participation.status == RecruitmentStatus.DROPPED_OUT.value
        people.append(GridPerson(e.id, e.person_id, e.full_name, e.surroundings, started, from_day,
                                 to_day, left, totals[e.id]))
    return tuple(people)


def _latest(*days: dt.date | None) -> dt.date | None:
    present = [d for d in days if d is not None]
    return max(present) if present else None


def _earliest(*days: dt.date | None) -> dt.date | None:
    present = [d for d in days if d is not None]
    return min(present) if present else None


def _check_change(change: MarkChange, people: dict[int, GridPerson],
                  days: dict[int, dt.date]) -> None:
    if change.session_id not in days:
        raise NotFound("session", change.session_id)
    person = people.get(change.enrolment_id)
    if person is None:
        raise RuleViolation("attendance_not_enrolled", enrolment_id=change.enrolment_id)
    if change.mark is None:
        return
    day = days[change.session_id]
    if not person.started:
        raise RuleViolation("attendance_not_started", day=day, start=None)
    if person.from_day is not None and day < person.from_day:
        raise RuleViolation("attendance_not_started", day=day, start=person.from_day)
    if person.to_day is not None and day > person.to_day:
        raise RuleViolation("attendance_after_end", day=day, end=person.to_day)


def _write(session: Session, changes: list[MarkChange], *, only_empty: bool = False
           ) -> MarksResult:
    """Each mark is its own row, written or cleared by its (session, person) key: another
    PC's marks in the same session are never touched. `only_empty`: a cell someone filled
    meanwhile keeps their mark. The people's enrolments are held first (PostgreSQL), so the
    recount of their totals sees the marks of every transaction committed before."""
    enrolment_ids = [c.enrolment_id for c in changes]
    concurrency.lock_rows(session, ActivityEnrolment.__table__,
                          ActivityEnrolment.__table__.c.id, enrolment_ids)
    clear = [c for c in changes if c.mark is None]
    put = [c for c in changes if c.mark is not None]
    for c in clear:
        session.execute(delete(AttendanceMark).where(
            AttendanceMark.session_id == c.session_id,
            AttendanceMark.enrolment_id == c.enrolment_id))
    concurrency.upsert(
        session, AttendanceMark,
        [{"session_id": c.session_id, "enrolment_id": c.enrolment_id, "mark": c.mark.value}
         for c in put],
        keys=[AttendanceMark.session_id, AttendanceMark.enrolment_id],
        update=[] if only_empty else ["mark"])
    totals = attendance_totals.refresh(session, enrolment_ids)
    return MarksResult(totals, len(changes))
