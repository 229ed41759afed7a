"""Retention periods and anonymisation (RODO: storage limitation; docs/DOMAIN.md).

Each project has a retention end date (`projects.retention_until`: EU files are kept 3–5
years after the project's final payment, or as the grant agreement says) and a deletion hold
(`projects.deletion_hold`: an audit, a complaint or a court case in progress). After the end
date, unless a hold is set, a coordinator may anonymise the project's people: those whose
EVERY participation is in projects past their retention end and not held (someone still in a
running project keeps their data for it).

Anonymising a person replaces their names, PESEL, other id, address below the municipality,
phone, e-mail and notes; blanks the free text and identity columns of every record of theirs
(services/person_records.py: contracts, family members named in them, support entries…);
keeps sex, the birth year (the date becomes 1 July of that year, so age bands and age at
entry stay within half a year), education, labour status, special-category answers,
participations, attendance and certificates as counts, so statistics and the monitoring
totals still add up. `people.anonymised` marks them; one audit entry lists the ids."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ops_desktop.db.models import Participation, Person, Project
from ops_desktop.domain.errors import RuleViolation
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.retention import AnonymisationResult, RetentionRow
from ops_desktop.domain.text import fold
from ops_desktop.services import audit, scope
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.person_records import free_text_columns, owned_tables, rows_of

ANONYMISED_LAST_NAME = "(zanonimizowano)"
_CLEARED = {
    "first_name": "", "pesel": None, "other_id": "", "street": "", "building": "", "flat": "",
    "postal_code": "", "city": "", "phone": "", "email": "", "notes": "",
}


def overview(ctx: ServiceContext, *, today: dt.date | None = None) -> list[RetentionRow]:
    """Every project with its retention state and how many people could be anonymised."""
    ctx.require(Permission.ANONYMISE)
    today = today or dt.date.today()
    with ctx.reading() as session:
        managed = scope.managed_project_ids(ctx, session)
        projects = session.execute(select(Project).order_by(Project.title)).scalars().all()
        return [_row(session, project, today) for project in projects
                if managed is None or project.id in managed]


def anonymise_project(ctx: ServiceContext, *, project_id: int,
                      today: dt.date | None = None) -> AnonymisationResult:
    ctx.require(Permission.ANONYMISE)
    today = today or dt.date.today()
    with ctx.transaction() as session:
        project = scope.managed_project(ctx, session, project_id)
        if project.deletion_hold:
            raise RuleViolation("deletion_hold", project=project_id)
        if project.retention_until is None or project.retention_until >= today:
            raise RuleViolation("retention_not_expired", project=project_id,
                                until=project.retention_until)
        ids, kept = _eligible(session, project_id, today)
        if ids:
            _anonymise(session, ids)
        audit.record(session, ctx.actor, "anonymise", "project", project_id,
                     person_ids=ids, kept_for_other_projects=kept)
        return AnonymisationResult(project_id, tuple(ids), kept)


def set_deletion_hold(ctx: ServiceContext, *, project_id: int, hold: bool) -> None:
    ctx.require(Permission.PROJECT_WRITE)
    with ctx.transaction() as session:
        project = scope.managed_project(ctx, session, project_id)
        old = project.deletion_hold
        project.deletion_hold = hold
        audit.record(session, ctx.actor, "update", "project", project_id,
                     fields=["deletion_hold"], deletion_hold=[old, hold])


def _expired_ids(session: Session, today: dt.date) -> set[int]:
    return set(session.execute(
        select(Project.id).where(Project.retention_until.is_not(None),
                                 Project.retention_until < today,
                                 Project.deletion_hold.is_(False))).scalars())


def _people_of(session: Session, project_id: int) -> list[int]:
    return list(session.execute(
        select(Participation.person_id).where(Participation.project_id == project_id)
        .distinct().order_by(Participation.person_id)).scalars())


def _eligible(session: Session, project_id: int, today: dt.date) -> tuple[list[int], int]:
    """(people to anonymise now, people kept because another project still needs them)."""
    expired = _expired_ids(session, today)
    people = _people_of(session, project_id)
    projects_of: dict[int, set[int]] = {}
    for person_id, other in session.execute(
            select(Participation.person_id, Participation.project_id)
            .where(Participation.person_id.in_(people))):
        projects_of.setdefault(person_id, set()).add(other)
    done = set(session.execute(
        select(Person.id).where(Person.id.in_(people), Person.anonymised.is_(True))).scalars())
    ids = [p for p in people if p not in done and projects_of.get(p, set()) <= expired]
    kept = sum(1 for p in people if p not in done and not projects_of.get(p, set()) <= expired)
    return ids, kept


def _anonymise(session: Session, ids: list[int]) -> None:
    now = dt.datetime.now()
    for person in session.execute(select(Person).where(Person.id.in_(ids))).scalars():
        for name, value in _CLEARED.items():
            setattr(person, name, value)
        person.last_name = ANONYMISED_LAST_NAME
        person.last_key = fold(ANONYMISED_LAST_NAME)
        person.first_key = ""
        if person.birth_date is not None:
            person.birth_date = dt.date(person.birth_date.year, 7, 1)
        person.anonymised = True
        person.updated_at = now
    session.flush()
    for owned in owned_tables():
        columns = free_text_columns(owned.table)
        if not columns:
            continue
        values = {c.name: (None if c.nullable else "") for c in columns}
        session.execute(update(owned.table).where(rows_of(owned, ids)).values(values))


def _row(session: Session, project: Project, today: dt.date) -> RetentionRow:
    expired = (project.retention_until is not None and project.retention_until < today
               and not project.deletion_hold)
    people = _people_of(session, project.id)
    anonymised = session.execute(
        select(func.count(Person.id)).where(Person.id.in_(people), Person.anonymised.is_(True))
    ).scalar_one()
    if expired:
        ids, kept = _eligible(session, project.id, today)
        ready = len(ids)
    else:
        ready, kept = 0, len(people) - anonymised
    return RetentionRow(project.id, project.title, project.retention_until,
                        project.deletion_hold, expired, len(people), ready, kept, anonymised)
