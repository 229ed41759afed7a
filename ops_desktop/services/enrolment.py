"""Participations: enrol a person in a project and group, move them along the recruitment
path, end their participation. Warnings (group full, outside the target age) do not refuse;
the caller shows them and the enrolment stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project, ProjectGroup
from ops_desktop.domain.enums import (
    RECRUITMENT_TRANSITIONS, EndReason, ExitSituation, ParticipationRole, RecruitmentStatus,
)
from ops_desktop.domain.errors import FieldProblem, NotFound, RuleViolation, ValidationFailed
from ops_desktop.domain.participants import ParticipationDraft, ParticipationView
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.pesel import age_on
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.scope import person_in_reach


@dataclass(frozen=True)
class EnrolmentWarning:
    code: str            # "group_full" | "outside_target_age"
    params: dict[str, object]


def enrol(ctx: ServiceContext, *, draft: ParticipationDraft
          ) -> tuple[ParticipationView, list[EnrolmentWarning]]:
    ctx.require(Permission.PARTICIPANT_WRITE)
    with ctx.transaction() as session:
        person = session.get(Person, draft.person_id)
        project = session.get(Project, draft.project_id)
        if person is None:
            raise NotFound("person", draft.person_id)
        person_in_reach(ctx, session, person.id)
        if project is None:
            raise NotFound("project", draft.project_id)
        group = session.get(ProjectGroup, draft.group_id) if draft.group_id else None
        if draft.group_id is not None and (group is None or group.project_id != project.id):
            raise ValidationFailed([FieldProblem("group_id", "not_in_project")])
        _check_dates(draft, project)
        warnings = _warnings(session, draft, person, project, group)
        row = Participation(
            person_id=person.id, project_id=project.id, group_id=draft.group_id,
            role=draft.role.value, status=draft.status.value,
            applied_on=draft.applied_on or dt.date.today(), start_date=draft.start_date,
            end_date=draft.end_date,
            end_reason=draft.end_reason.value if draft.end_reason else None,
            exit_situation=draft.exit_situation.value if draft.exit_situation else None,
            created_at=dt.datetime.now(),
        )
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "create", "participation", row.id, person_id=person.id)
        return _view(session, row), warnings


def change_status(ctx: ServiceContext, *, participation_id: int, status: RecruitmentStatus,
                  on: dt.date | None = None, end_reason: EndReason | None = None,
                  exit_situation: ExitSituation | None = None) -> ParticipationView:
    """Move along applied → qualified/reserve/rejected → participant → completed/dropped out.
    Becoming a participant sets the start date (if unset); completing or dropping out the end."""
    ctx.require(Permission.PARTICIPANT_WRITE)
    with ctx.transaction() as session:
        row = session.get(Participation, participation_id)
        if row is None:
            raise NotFound("participation", participation_id)
        person_in_reach(ctx, session, row.person_id)
        current = RecruitmentStatus(row.status)
        if status not in RECRUITMENT_TRANSITIONS[current]:
            raise RuleViolation("status_transition", current=current.value, new=status.value)
        day = on or dt.date.today()
        if status is RecruitmentStatus.PARTICIPANT and row.start_date is None:
            row.start_date = day
        if status in (RecruitmentStatus.COMPLETED, RecruitmentStatus.DROPPED_OUT):
            if row.start_date and day < row.start_date:
                raise ValidationFailed([FieldProblem("end_date", "before_start")])
            row.end_date = day
            row.end_reason = (end_reason or (
                EndReason.COMPLETED_PATH if status is RecruitmentStatus.COMPLETED
                else EndReason.DROPPED_OUT)).value
            row.exit_situation = exit_situation.value if exit_situation else None
        row.status = status.value
        audit.record(session, ctx.actor, "status", "participation", row.id, status=status.value)
        return _view(session, row)


def participations_of(ctx: ServiceContext, *, person_id: int) -> list[ParticipationView]:
    ctx.require(Permission.PARTICIPANT_READ)
    with ctx.reading() as session:
        person = session.get(Person, person_id)
        if person is not None:
            person_in_reach(ctx, session, person.id)
        rows = session.execute(
            select(Participation).where(Participation.person_id == person_id)
            .order_by(Participation.start_date, Participation.id)
        ).scalars()
        return [_view(session, r) for r in rows]




def _check_dates(draft: ParticipationDraft, project: Project) -> None:
    problems = []
    for name in ("start_date", "end_date"):
        day = getattr(draft, name)
        if day and not project.start_date <= day <= project.end_date:
            problems.append(FieldProblem(name, "outside_project",
                                         {"from": project.start_date, "to": project.end_date}))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        problems.append(FieldProblem("end_date", "before_start"))
    if problems:
        raise ValidationFailed(problems)


def _warnings(session: Session, draft: ParticipationDraft, person: Person, project: Project,
              group: ProjectGroup | None) -> list[EnrolmentWarning]:
    warnings: list[EnrolmentWarning] = []
    if group is not None and group.planned_size and draft.role is ParticipationRole.PARTICIPANT:
        enrolled = session.execute(
            select(func.count(Participation.id)).where(
                Participation.group_id == group.id,
                Participation.role == ParticipationRole.PARTICIPANT.value)
        ).scalar_one()
        if enrolled >= group.planned_size:
            warnings.append(EnrolmentWarning("group_full",
                                             {"planned": group.planned_size, "enrolled": enrolled}))
    if person.birth_date and draft.role is ParticipationRole.PARTICIPANT:
        day = draft.start_date or max(project.start_date, min(dt.date.today(), project.end_date))
        age = age_on(person.birth_date, day)
        low, high = project.target_age_min, project.target_age_max
        if (low is not None and age < low) or (high is not None and age > high):
            warnings.append(EnrolmentWarning("outside_target_age",
                                             {"age": age, "min": low, "max": high}))
    return warnings


def _view(session: Session, row: Participation) -> ParticipationView:
    project = session.get(Project, row.project_id)
    group = session.get(ProjectGroup, row.group_id) if row.group_id else None
    person = session.get(Person, row.person_id)
    age = None
    if person is not None and person.birth_date and row.start_date:
        age = age_on(person.birth_date, row.start_date)
    return ParticipationView(
        id=row.id, person_id=row.person_id, project_id=row.project_id,
        project_title=project.title if project else "", group_id=row.group_id,
        group_name=group.name if group else "", role=ParticipationRole(row.role),
        status=RecruitmentStatus(row.status), start_date=row.start_date, end_date=row.end_date,
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        exit_situation=ExitSituation(row.exit_situation) if row.exit_situation else None,
        age_at_entry=age,
    )
