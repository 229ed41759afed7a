"""Projects, their editions and groups: create, edit, list, read."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Edition, Participation, Project, ProjectCoordinator, ProjectGroup
from ops_desktop.domain.enums import GroupKind, ParticipationRole, RecruitmentStatus
from ops_desktop.domain.errors import FieldProblem, NotFound, ValidationFailed
from ops_desktop.domain.names import group_name_problem
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.projects import (
    EditionDraft, GroupDraft, GroupView, ProjectDraft, ProjectRow, ProjectView, validate_project,
)
from ops_desktop.services import audit, scope
from ops_desktop.services.context import ServiceContext

# People counted as taking part: they received support (applicants, the reserve list and
# the rejected did not). A person supported in several years of a group counts once.
_STARTED = (RecruitmentStatus.PARTICIPANT.value, RecruitmentStatus.COMPLETED.value,
            RecruitmentStatus.DROPPED_OUT.value)
# A group's places are taken by those who started and by the qualified who are about to.
_PLACE_TAKEN = (*_STARTED, RecruitmentStatus.QUALIFIED.value)

_SCALARS = (
    "title", "programme", "funder_contract_no", "start_date", "end_date", "budget_total",
    "budget_eu", "budget_own", "min_instruments", "completion_threshold_pct",
    "teaching_hour_minutes", "target_age_min", "target_age_max", "retention_until",
    "funding_line", "monitoring_format",
)


def create_project(ctx: ServiceContext, *, draft: ProjectDraft) -> ProjectView:
    ctx.require(Permission.PROJECT_WRITE)
    _validate(draft)
    with ctx.transaction() as session:
        _refuse_duplicate_title(session, draft.title, None)
        project = Project()
        _apply(session, project, draft)
        session.add(project)
        session.flush()
        if not scope.all_projects(ctx) and ctx.actor.user_id is not None:
            # A coordinator's new project is theirs to run.
            session.add(ProjectCoordinator(project_id=project.id, user_id=ctx.actor.user_id))
        audit.record(session, ctx.actor, "create", "project", project.id)
        return _view(session, project)


def update_project(ctx: ServiceContext, *, project_id: int, draft: ProjectDraft) -> ProjectView:
    ctx.require(Permission.PROJECT_WRITE)
    _validate(draft)
    with ctx.transaction() as session:
        project = scope.managed_project(ctx, session, project_id)
        _refuse_duplicate_title(session, draft.title, project_id)
        _apply(session, project, draft)
        session.flush()
        audit.record(session, ctx.actor, "update", "project", project_id)
        return _view(session, project)


def get_project(ctx: ServiceContext, *, project_id: int) -> ProjectView:
    ctx.require(Permission.PROJECT_READ)
    with ctx.reading() as session:
        view = _view(session, _load(session, project_id))
        managed = scope.managed_project_ids(ctx, session)
        return replace(view, managed=managed is None or project_id in managed)


def find_project_id(ctx: ServiceContext, *, title: str) -> int:
    ctx.require(Permission.PROJECT_READ)
    with ctx.reading() as session:
        found = session.execute(select(Project.id).where(Project.title == title)).scalar()
    if found is None:
        raise NotFound("project", title)
    return found


def list_projects(ctx: ServiceContext, *, managed_only: bool = False) -> list[ProjectRow]:
    """Every project (their structure is no one's personal data), each marked whether the
    reader manages it; `managed_only` leaves out the others (report and export choosers)."""
    ctx.require(Permission.PROJECT_READ)
    with ctx.reading() as session:
        managed = scope.managed_project_ids(ctx, session)
        counts = dict(
            session.execute(
                select(Participation.project_id, func.count(func.distinct(Participation.person_id)))
                .where(Participation.role == ParticipationRole.PARTICIPANT.value,
                       Participation.status.in_(_STARTED))
                .group_by(Participation.project_id)
            ).all()
        )
        group_counts = dict(session.execute(
            select(ProjectGroup.project_id, func.count(ProjectGroup.id))
            .group_by(ProjectGroup.project_id)).all())
        rows = [
            ProjectRow(p.id, p.title, p.programme, p.start_date, p.end_date, p.budget_total,
                       counts.get(p.id, 0), p.budget_eu, p.budget_own, group_counts.get(p.id, 0),
                       managed is None or p.id in managed)
            for p in session.execute(select(Project).order_by(Project.start_date, Project.title))
            .scalars()
        ]
        return [row for row in rows if row.managed] if managed_only else rows


def list_groups(ctx: ServiceContext, *, project_id: int) -> list[GroupView]:
    ctx.require(Permission.PROJECT_READ)
    with ctx.reading() as session:
        return _groups(session, project_id)


def _validate(draft: ProjectDraft) -> None:
    problems = validate_project(draft)
    names = [g.name.strip() for g in draft.groups]
    if any(not name for name in names):
        problems.append(FieldProblem("groups", "name_required"))
    codes = [group_name_problem(g.name) for g in draft.groups if g.name.strip()]
    if any(codes):
        problems.append(FieldProblem("groups", next(c for c in codes if c)))
    if len(names) != len(set(names)):
        problems.append(FieldProblem("groups", "duplicate_name"))
    if problems:
        raise ValidationFailed(problems)


def _refuse_duplicate_title(session: Session, title: str, project_id: int | None) -> None:
    existing = session.execute(select(Project.id).where(Project.title == title.strip())).scalar()
    if existing is not None and existing != project_id:
        raise ValidationFailed([FieldProblem("title", "duplicate")])


def _load(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    return project


def _apply(session: Session, project: Project, draft: ProjectDraft) -> None:
    for name in _SCALARS:
        setattr(project, name, getattr(draft, name))
    project.title = draft.title.strip()
    by_year = {e.year: e for e in project.editions}
    keep_years = {e.year for e in draft.editions}
    for edition in list(project.editions):
        if edition.year not in keep_years:
            project.editions.remove(edition)
    for e in draft.editions:
        row = by_year.get(e.year) or Edition(year=e.year)
        row.target_participants, row.target_contracts, row.notes = (
            e.target_participants, e.target_contracts, e.notes)
        if row not in project.editions:
            project.editions.append(row)
    by_id = {g.id: g for g in project.groups}
    keep_ids = {g.id for g in draft.groups if g.id is not None}
    for group in list(project.groups):
        if group.id not in keep_ids and not _group_in_use(session, group.id):
            project.groups.remove(group)
    for g in draft.groups:
        row = by_id.get(g.id) if g.id is not None else None
        if row is None:
            row = ProjectGroup()
            project.groups.append(row)
        row.name, row.kind, row.planned_size, row.target_group, row.year = (
            g.name.strip(), g.kind.value, g.planned_size, g.target_group, g.year)


def _group_in_use(session: Session, group_id: int | None) -> bool:
    if group_id is None:
        return False
    return session.execute(
        select(Participation.id).where(Participation.group_id == group_id).limit(1)
    ).first() is not None


def _groups(session: Session, project_id: int) -> list[GroupView]:
    counts = dict(
        session.execute(
            select(Participation.group_id, func.count(func.distinct(Participation.person_id)))
            .where(Participation.project_id == project_id,
                   Participation.role == ParticipationRole.PARTICIPANT.value,
                   Participation.status.in_(_PLACE_TAKEN))
            .group_by(Participation.group_id)
        ).all()
    )
    groups = session.execute(
        select(ProjectGroup).where(ProjectGroup.project_id == project_id).order_by(ProjectGroup.id)
    ).scalars()
    return [
        GroupView(g.id, g.project_id, g.name, GroupKind(g.kind), g.planned_size, g.target_group,
                  g.year, counts.get(g.id, 0))
        for g in groups
    ]


def _view(session: Session, project: Project) -> ProjectView:
    draft = ProjectDraft(**{name: getattr(project, name) for name in _SCALARS})
    draft.editions = [
        EditionDraft(e.year, e.target_participants, e.target_contracts, e.notes, e.id)
        for e in project.editions
    ]
    groups = tuple(_groups(session, project.id))
    draft.groups = [
        GroupDraft(g.name, g.kind, g.planned_size, g.target_group, g.year, g.id) for g in groups
    ]
    return ProjectView(id=project.id, draft=draft, groups=groups)
