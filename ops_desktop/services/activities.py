"""Activities and their sessions: create, edit, list, schedule; people on an activity's list.

Sessions must fall within the project's period and last more than zero hours. Every change
of sessions or of the list refreshes the maintained attendance totals in the same
transaction (`services/attendance_totals.py`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Instrument, Office, Participation, Person, Project, ProjectGroup
from ops_desktop.db.models.activities import (
    Activity, ActivityEnrolment, ActivitySession, AttendanceMark, Certificate,
)
from ops_desktop.domain.activities import (
    ActivityDraft, ActivityForm, ActivityRow, ActivityView, Candidate, EnrolmentView, EnrolResult,
    OfficeLines, SessionDraft, SessionView, validate_activity, validate_session,
)
from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus
from ops_desktop.domain.errors import FieldProblem, NotFound, RuleViolation, ValidationFailed
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import attendance_totals, audit, scope
from ops_desktop.services.context import ServiceContext

# Who may be put on an activity's list: qualified people (marks wait until they start) and
# those taking part; applicants, the reserve list and the rejected may not, nor drop-outs who
# had left before the activity's first session.
ENROLLABLE = frozenset({RecruitmentStatus.QUALIFIED, RecruitmentStatus.PARTICIPANT,
                        RecruitmentStatus.COMPLETED})


# --- activities ----------------------------------------------------------------------------
def create_activity(ctx: ServiceContext, *, draft: ActivityDraft) -> ActivityView:
    ctx.require(Permission.ACTIVITY_WRITE)
    _check(draft)
    with ctx.transaction() as session:
        project = scope.managed_project(ctx, session, draft.project_id)
        _check_links(session, draft)
        row = Activity(created_at=dt.datetime.now())
        _apply(row, draft, project)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "create", "activity", row.id, project_id=project.id)
        return _view(session, row)


def update_activity(ctx: ServiceContext, *, activity_id: int, draft: ActivityDraft) -> ActivityView:
    ctx.require(Permission.ACTIVITY_WRITE)
    _check(draft)
    with ctx.transaction() as session:
        row = scope.managed_activity(ctx, session, activity_id)
        if draft.project_id != row.project_id:
            raise ValidationFailed([FieldProblem("project_id", "cannot_change")])
        _check_links(session, draft)
        _apply(row, draft, _project(session, row.project_id))
        audit.record(session, ctx.actor, "update", "activity", activity_id)
        return _view(session, row)


def delete_activity(ctx: ServiceContext, *, activity_id: int) -> None:
    """Only an activity without certificates goes; its sessions, list and marks go with it."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        row = scope.managed_activity(ctx, session, activity_id)
        if session.execute(select(exists().where(Certificate.activity_id == activity_id))).scalar():
            raise RuleViolation("activity_has_certificates")
        session.delete(row)
        audit.record(session, ctx.actor, "delete", "activity", activity_id)


def get_activity(ctx: ServiceContext, *, activity_id: int) -> ActivityView:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        return _view(session, scope.readable_activity(ctx, session, activity_id))


def list_activities(ctx: ServiceContext, *, project_id: int | None = None) -> list[ActivityRow]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        query = select(Activity).order_by(Activity.project_id, Activity.id)
        if project_id is not None:
            query = query.where(Activity.project_id == project_id)
        query = query.where(*scope.conditions(scope.activities_clause(ctx, session)))
        activities = session.execute(query).scalars().all()
        ids = [a.id for a in activities]
        spans = _session_spans(session, ids)
        people = _people_counts(session, ids)
        groups = dict(session.execute(select(ProjectGroup.id, ProjectGroup.name)).all())
        return [
            ActivityRow(a.id, a.project_id, a.name, ActivityForm(a.form),
                        groups.get(a.group_id, ""),
                        a.trainer, *spans.get(a.id, (None, None, 0, 0)),
                        *people.get(a.id, (0, 0)))
            for a in activities
        ]


# --- sessions ------------------------------------------------------------------------------
def add_sessions(ctx: ServiceContext, *, activity_id: int,
                 drafts: list[SessionDraft]) -> list[SessionView]:
    """Add sessions (e.g. a generated schedule): all of them, or none when any is wrong."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        activity = scope.managed_activity(ctx, session, activity_id)
        project = _project(session, activity.project_id)
        problems = [p for d in drafts for p in
                    validate_session(d, project_start=project.start_date,
                                     project_end=project.end_date)]
        if problems:
            raise ValidationFailed(problems)
        for draft in drafts:
            session.add(ActivitySession(activity_id=activity_id, day=draft.day,
                                        time_from=draft.time_from, time_to=draft.time_to,
                                        hours_x100=draft.hours, topic=draft.topic.strip()))
        session.flush()
        attendance_totals.refresh_activity(session, activity_id)
        audit.record(session, ctx.actor, "add_sessions", "activity", activity_id, count=len(drafts))
        return _sessions(session, activity_id)


def update_session(ctx: ServiceContext, *, session_id: int, draft: SessionDraft) -> SessionView:
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        row = session.get(ActivitySession, session_id)
        if row is None:
            raise NotFound("session", session_id)
        project = _project(session, scope.managed_activity(ctx, session, row.activity_id)
                           .project_id)
        problems = validate_session(draft, project_start=project.start_date,
                                    project_end=project.end_date)
        if problems:
            raise ValidationFailed(problems)
        row.day, row.time_from, row.time_to = draft.day, draft.time_from, draft.time_to
        row.hours_x100, row.topic = draft.hours, draft.topic.strip()
        session.flush()
        attendance_totals.refresh_activity(session, row.activity_id)
        audit.record(session, ctx.actor, "update", "session", session_id)
        return next(s for s in _sessions(session, row.activity_id) if s.id == session_id)


def delete_sessions(ctx: ServiceContext, *, activity_id: int, session_ids: list[int]) -> None:
    """Remove sessions with their marks (a session cancelled before it took place)."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        scope.managed_activity(ctx, session, activity_id)
        session.execute(delete(ActivitySession).where(
            ActivitySession.activity_id == activity_id, ActivitySession.id.in_(session_ids)))
        attendance_totals.refresh_activity(session, activity_id)
        audit.record(session, ctx.actor, "delete_sessions", "activity", activity_id,
                     sessions=sorted(session_ids))


def list_sessions(ctx: ServiceContext, *, activity_id: int) -> list[SessionView]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        scope.readable_activity(ctx, session, activity_id)
        return _sessions(session, activity_id)


# --- the list of people ------------------------------------------------------------------------
def candidates(ctx: ServiceContext, *, activity_id: int) -> list[Candidate]:
    """The project's people (participants and surroundings), marked if already on the list."""
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        activity = scope.readable_activity(ctx, session, activity_id)
        on_list = set(session.execute(select(ActivityEnrolment.participation_id).where(
            ActivityEnrolment.activity_id == activity_id)).scalars())
        rows = session.execute(
            select(Participation, Person.last_name, Person.first_name, ProjectGroup.name)
            .join(Person, Person.id == Participation.person_id)
            .outerjoin(ProjectGroup, ProjectGroup.id == Participation.group_id)
            .where(Participation.project_id == activity.project_id,
                   Person.anonymised.is_(False), *scope.conditions(scope.people_clause(ctx)))
            .order_by(Person.last_key, Participation.id))
        return [
            Candidate(p.id, p.person_id, last, first, p.group_id, group or "",
                      p.role == ParticipationRole.SURROUNDINGS.value, p.status, p.id in on_list)
            for p, last, first, group in rows
        ]


def enrol(ctx: ServiceContext, *, activity_id: int, participation_ids: list[int]) -> EnrolResult:
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        return _enrol(ctx, session, activity_id, participation_ids)


def enrol_group(ctx: ServiceContext, *, activity_id: int, group_id: int) -> EnrolResult:
    """Put the whole group on the list in one action (those who may be on it)."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        activity = scope.managed_activity(ctx, session, activity_id)
        group = session.get(ProjectGroup, group_id)
        if group is None or group.project_id != activity.project_id:
            raise ValidationFailed([FieldProblem("group_id", "not_in_project")])
        ids = session.execute(select(Participation.id).where(
            Participation.group_id == group_id,
            Participation.status.in_([s.value for s in ENROLLABLE]))).scalars().all()
        return _enrol(ctx, session, activity_id, list(ids))


def list_enrolments(ctx: ServiceContext, *, activity_id: int) -> list[EnrolmentView]:
    ctx.require(Permission.ACTIVITY_READ)
    with ctx.reading() as session:
        scope.readable_activity(ctx, session, activity_id)
        return enrolment_views(session, activity_id)


def remove_from_list(ctx: ServiceContext, *, enrolment_id: int) -> None:
    """Take a person off the list put there by mistake; once marked, use `set_left`."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        row = session.get(ActivityEnrolment, enrolment_id)
        if row is None:
            raise NotFound("enrolment", enrolment_id)
        scope.managed_activity(ctx, session, row.activity_id)
        marked = session.execute(select(exists().where(
            AttendanceMark.enrolment_id == enrolment_id))).scalar()
        if marked:
            raise RuleViolation("enrolment_has_marks")
        session.delete(row)
        session.flush()
        attendance_totals.refresh(session, [enrolment_id])
        audit.record(session, ctx.actor, "remove", "enrolment", enrolment_id,
                     activity_id=row.activity_id)


def set_left(ctx: ServiceContext, *, enrolment_id: int, left_on: dt.date | None) -> None:
    """The person left the activity on `left_on` (None: back on the list). Leaving means the
    activity is not completed; later sessions no longer count in their planned hours."""
    ctx.require(Permission.ACTIVITY_WRITE)
    with ctx.transaction() as session:
        row = session.get(ActivityEnrolment, enrolment_id)
        if row is None:
            raise NotFound("enrolment", enrolment_id)
        scope.managed_activity(ctx, session, row.activity_id)
        if left_on is not None:
            later = session.execute(select(exists().where(
                AttendanceMark.enrolment_id == enrolment_id,
                AttendanceMark.session_id == ActivitySession.id,
                ActivitySession.day > left_on))).scalar()
            if later:
                raise RuleViolation("marks_after_leaving", day=left_on)
        row.left_on = left_on
        session.flush()
        attendance_totals.refresh(session, [enrolment_id])
        audit.record(session, ctx.actor, "left" if left_on else "back", "enrolment", enrolment_id)


def record_print(ctx: ServiceContext, *, document: str, activity_id: int, pages: int = 0,
                 action: str = "print") -> None:
    """Audit one printed ("print") or saved ("export") document of an activity (ids and
    kinds only)."""
    ctx.require(Permission.PRINT)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, action, "activity", activity_id, document=document,
                     pages=pages)


# --- shared helpers (also used by attendance and certificates) -----------------------------------
def load_activity(session: Session, activity_id: int) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None:
        raise NotFound("activity", activity_id)
    return row


def office_lines(session: Session) -> OfficeLines:
    office = session.execute(select(Office).limit(1)).scalar()
    if office is None:
        return OfficeLines("", "", "", "", "")
    address = ", ".join(part for part in (office.street,
                                          f"{office.postal_code} {office.city}".strip())
                        if part)
    return OfficeLines(office.name, address, office.city, office.head_name, office.head_title)


def enrolment_views(session: Session, activity_id: int) -> list[EnrolmentView]:
    """Participants first, then surroundings, each by surname."""
    rows = session.execute(
        select(ActivityEnrolment, Participation, Person.last_name, Person.first_name,
               ProjectGroup.name)
        .join(Participation, Participation.id == ActivityEnrolment.participation_id)
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(ProjectGroup, ProjectGroup.id == Participation.group_id)
        .where(ActivityEnrolment.activity_id == activity_id)
        .order_by(Participation.role == ParticipationRole.SURROUNDINGS.value, Person.last_key,
                  Person.first_key, ActivityEnrolment.id))
    return [
        EnrolmentView(e.id, e.activity_id, p.id, p.person_id, last, first,
                      p.role == ParticipationRole.SURROUNDINGS.value, group or "", e.joined_on,
                      e.left_on, p.status)
        for e, p, last, first, group in rows
    ]


def session_views(session: Session, activity_id: int) -> list[SessionView]:
    return _sessions(session, activity_id)


def _sessions(session: Session, activity_id: int) -> list[SessionView]:
    rows = session.execute(
        select(ActivitySession).where(ActivitySession.activity_id == activity_id)
        .order_by(ActivitySession.day, ActivitySession.time_from, ActivitySession.id)).scalars()
    return [SessionView(r.id, r.activity_id, n, r.day, r.time_from, r.time_to, r.hours_x100,
                        r.topic)
            for n, r in enumerate(rows, start=1)]


def _enrol(ctx: ServiceContext, session: Session, activity_id: int,
           participation_ids: list[int]) -> EnrolResult:
    activity = scope.managed_activity(ctx, session, activity_id)
    first_day = session.execute(select(func.min(ActivitySession.day)).where(
        ActivitySession.activity_id == activity_id)).scalar()
    already = set(session.execute(select(ActivityEnrolment.participation_id).where(
        ActivityEnrolment.activity_id == activity_id)).scalars())
    wanted = list(dict.fromkeys(participation_ids))
    found = {
        p.id: p for start in range(0, len(wanted), 500)
        for p in session.execute(select(Participation).where(
            Participation.id.in_(wanted[start:start + 500]))).scalars()
    }
    new_rows: list[ActivityEnrolment] = []
    refused: list[tuple[int, str]] = []
    repeated = 0
    now = dt.datetime.now()
    for participation_id in wanted:
        participation = found.get(participation_id)
        if participation is None or participation.project_id != activity.project_id:
            refused.append((participation_id, "not_in_project"))
        elif participation_id in already:
            repeated += 1
        elif RecruitmentStatus(participation.status) not in ENROLLABLE and not (
                _dropped_out_later(participation, first_day)):
            refused.append((participation_id, f"status_{participation.status}"))
        else:
            joined = participation.start_date
            if joined is not None and (first_day is None or joined <= first_day):
                joined = None   # on the list from the first session
            new_rows.append(ActivityEnrolment(activity_id=activity_id,
                                              participation_id=participation_id,
                                              joined_on=joined, created_at=now))
    session.add_all(new_rows)
    session.flush()
    added = [row.id for row in new_rows]
    attendance_totals.refresh(session, added)
    if added:
        audit.record(session, ctx.actor, "enrol", "activity", activity_id, enrolments=added)
    return EnrolResult(len(added), repeated, tuple(refused))


def _dropped_out_later(participation: Participation, first_day: dt.date | None) -> bool:
    """A drop-out may still be put on the list of an activity they attended before leaving
    (attendance is often entered after the fact)."""
    return (participation.status == RecruitmentStatus.DROPPED_OUT.value and first_day is not None
            and participation.end_date is not None and participation.end_date >= first_day)


def _check(draft: ActivityDraft) -> None:
    problems = validate_activity(draft)
    if problems:
        raise ValidationFailed(problems)


def _check_links(session: Session, draft: ActivityDraft) -> None:
    problems = []
    if draft.group_id is not None:
        group = session.get(ProjectGroup, draft.group_id)
        if group is None or group.project_id != draft.project_id:
            problems.append(FieldProblem("group_id", "not_in_project"))
    if draft.instrument_id is not None and session.get(Instrument, draft.instrument_id) is None:
        problems.append(FieldProblem("instrument_id", "unknown"))
    if problems:
        raise ValidationFailed(problems)


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    return project


def _apply(row: Activity, draft: ActivityDraft, project: Project) -> None:
    row.project_id = draft.project_id
    row.name = draft.name.strip()
    row.form = draft.form.value
    row.instrument_id, row.group_id = draft.instrument_id, draft.group_id
    row.trainer, row.place = draft.trainer.strip(), draft.place.strip()
    row.planned_hours_x100 = draft.planned_hours
    row.topics = draft.topics.strip()
    row.threshold_pct = draft.threshold_pct or project.completion_threshold_pct
    row.notes = draft.notes


def _session_spans(session: Session, ids: list[int]
                   ) -> dict[int, tuple[dt.date | None, dt.date | None, int, int]]:
    if not ids:
        return {}
    return {
        a: (first, last, n, hours or 0)
        for a, first, last, n, hours in session.execute(
            select(ActivitySession.activity_id, func.min(ActivitySession.day),
                   func.max(ActivitySession.day), func.count(), func.sum(
                       ActivitySession.hours_x100))
            .where(ActivitySession.activity_id.in_(ids)).group_by(ActivitySession.activity_id))
    }


def _people_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    counts: dict[int, list[int]] = {}
    if not ids:
        return {}
    for activity_id, role, n in session.execute(
        select(ActivityEnrolment.activity_id, Participation.role, func.count())
        .join(Participation, Participation.id == ActivityEnrolment.participation_id)
        .where(ActivityEnrolment.activity_id.in_(ids))
        .group_by(ActivityEnrolment.activity_id, Participation.role)):
        pair = counts.setdefault(activity_id, [0, 0])
        pair[1 if role == ParticipationRole.SURROUNDINGS.value else 0] += n
    return {k: (v[0], v[1]) for k, v in counts.items()}


def _view(session: Session, row: Activity) -> ActivityView:
    project = _project(session, row.project_id)
    group = session.get(ProjectGroup, row.group_id) if row.group_id else None
    instrument = session.get(Instrument, row.instrument_id) if row.instrument_id else None
    first, last, n, hours = _session_spans(session, [row.id]).get(row.id, (None, None, 0, 0))
    participants, surroundings = _people_counts(session, [row.id]).get(row.id, (0, 0))
    draft = ActivityDraft(
        project_id=row.project_id, name=row.name, form=ActivityForm(row.form),
        instrument_id=row.instrument_id, group_id=row.group_id, trainer=row.trainer,
        place=row.place, planned_hours=row.planned_hours_x100, topics=row.topics,
        threshold_pct=row.threshold_pct, notes=row.notes)
    return ActivityView(
        id=row.id, draft=draft, project_title=project.title, funding_line=project.funding_line,
        group_name=group.name if group else "",
        instrument_name=instrument.name if instrument else "",
        instrument_category=instrument.category if instrument else "",
        hour_minutes=project.teaching_hour_minutes, threshold_pct=row.threshold_pct, sessions=n,
        scheduled_hours=hours, first_day=first, last_day=last, participants=participants,
        surroundings=surroundings, project_start=project.start_date, project_end=project.end_date)
