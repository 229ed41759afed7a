"""How far an actor reaches: which projects they manage and which people they see.

- Caseworker: their own caseload (people whose `caseworker_id` is theirs), in any project.
- Coordinator: their caseload, plus the people and the work (activities, certificates,
  summaries, exports, imports, anonymisation) of the projects assigned to them.
- PROJECT_ALL (head of office, data-protection officer, the application itself): every project;
  with PARTICIPANT_READ_ALL, every person.

People outside one's reach are as good as absent (NotFound); acting on a project one may see
but does not manage raises `OutsideProjects`, which the GUI explains."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project, ProjectCoordinator
from ops_desktop.db.models.activities import Activity, ActivityEnrolment
from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.db.repositories.reach import coordinated_project_ids, coordinator_reaches
from ops_desktop.domain.enums import Role
from ops_desktop.domain.errors import NotFound, OutsideProjects
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import ServiceContext

_NOBODY = -1  # no account has this id: a caseload of nobody
T = TypeVar("T")


def all_projects(ctx: ServiceContext) -> bool:
    return ctx.can(Permission.PROJECT_ALL)


def managed_project_ids(ctx: ServiceContext, session: Session) -> frozenset[int] | None:
    """The projects the actor manages; None means every project."""
    if all_projects(ctx):
        return None
    if Role.COORDINATOR not in ctx.actor.roles:  # assignments left from an earlier role
        return frozenset()
    return frozenset(session.execute(
        coordinated_project_ids(ctx.actor.user_id or _NOBODY)).scalars())


def managed_project(ctx: ServiceContext, session: Session, project_id: int) -> Project:
    """The project, if it exists (NotFound) and the actor manages it (OutsideProjects)."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    if not all_projects(ctx) and (Role.COORDINATOR not in ctx.actor.roles or session.get(
            ProjectCoordinator, (project_id, ctx.actor.user_id or _NOBODY)) is None):
        raise OutsideProjects(project_id, ctx.actor.username)
    return project


def managed_activity(ctx: ServiceContext, session: Session, activity_id: int) -> Activity:
    """The activity, if it exists and belongs to a project the actor manages."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("activity", activity_id)
    managed_project(ctx, session, activity.project_id)
    return activity


def sees_everyone(ctx: ServiceContext) -> bool:
    return ctx.can(Permission.PARTICIPANT_READ_ALL) and all_projects(ctx)


def people_clause(ctx: ServiceContext) -> ColumnElement[bool] | None:
    """A condition on `Person` limiting a query to the actor's reach; None: no limit."""
    if sees_everyone(ctx):
        return None
    me = ctx.actor.user_id or _NOBODY
    if ctx.can(Permission.PARTICIPANT_READ_ALL):
        return coordinator_reaches(me)
    return Person.caseworker_id == me


def conditions(clause: ColumnElement[bool] | None) -> tuple[ColumnElement[bool], ...]:
    """A limit for `.where(*conditions(clause))`: nothing when there is none."""
    return () if clause is None else (clause,)


def limit_people(ctx: ServiceContext, query):
    clause = people_clause(ctx)
    return query if clause is None else query.where(clause)


def people_filter(ctx: ServiceContext, flt: PeopleFilter) -> PeopleFilter:
    """The list filter limited to the actor's reach (the repository builds the SQL)."""
    if sees_everyone(ctx):
        return flt
    me = ctx.actor.user_id or _NOBODY
    if ctx.can(Permission.PARTICIPANT_READ_ALL):
        return PeopleFilter(**{**flt.__dict__, "coordinator_id": me})
    return PeopleFilter(**{**flt.__dict__, "caseworker_id": me})


def _reaches(ctx: ServiceContext, session: Session, person: Person) -> bool:
    clause = people_clause(ctx)
    if clause is None:
        return True
    if person.caseworker_id is not None and person.caseworker_id == ctx.actor.user_id:
        return True
    return session.execute(select(Person.id).where(Person.id == person.id, clause)).first() \
        is not None


def person_in_reach(ctx: ServiceContext, session: Session, person_id: int | None) -> Person:
    """The person, or NotFound when absent or outside the actor's reach."""
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None or not _reaches(ctx, session, person):
        raise NotFound("person", person_id)  # outside one's reach is as good as absent
    return person


def activities_clause(ctx: ServiceContext, session: Session) -> ColumnElement[bool] | None:
    """A condition on `Activity`: the activities the actor may open — those of the projects
    they manage, and those with someone of their reach on the list (a caseworker sees the
    groups their people attend, with the whole group: attendance is group work). None: all."""
    people = people_clause(ctx)
    if people is None:
        return None
    someone = (select(ActivityEnrolment.id)
               .join(Participation, Participation.id == ActivityEnrolment.participation_id)
               .join(Person, Person.id == Participation.person_id)
               .where(ActivityEnrolment.activity_id == Activity.id, people).exists())
    managed = managed_project_ids(ctx, session)
    if managed is None:
        return None
    return or_(Activity.project_id.in_(managed), someone) if managed else someone


def readable_activity(ctx: ServiceContext, session: Session, activity_id: int | None) -> Activity:
    """The activity, or NotFound when absent or outside what the actor may open."""
    activity = session.get(Activity, activity_id) if activity_id is not None else None
    clause = activities_clause(ctx, session) if activity is not None else None
    if activity is None or (clause is not None and session.execute(
            select(Activity.id).where(Activity.id == activity.id, clause)).first() is None):
        raise NotFound("activity", activity_id)
    return activity


def row_in_reach(ctx: ServiceContext, session: Session, model: type[T], row_id: int | None,
                 entity: str) -> T:
    """A row of a table with `person_id` (a contract, a participation…), or NotFound(entity)
    when absent or when its person is outside one's reach."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(entity, row_id)
    try:
        person_in_reach(ctx, session, row.person_id)
    except NotFound:
        raise NotFound(entity, row_id) from None
    return row


def participation_in_reach(ctx: ServiceContext, session: Session,
                           participation_id: int | None) -> Participation:
    return row_in_reach(ctx, session, Participation, participation_id, "participation")
