"""Lists of contracts: the contracts page (filters: project, status, caseworker, year), the
caseworkers to choose from, and the Start page's evaluations due or overdue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select

from ops_desktop.db.models import Person, Project, ProjectGroup, User
from ops_desktop.db.models.contracts import Contract, ContractAmendment, ContractEvaluation
from ops_desktop.domain.contract_views import ContractFilter, ContractRow, DueEvaluation
from ops_desktop.domain.contracts import OPEN_STATUSES, ContractStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.text import fold
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.scope import limit_people


def list_contracts(ctx: ServiceContext, *, flt: ContractFilter | None = None
                   ) -> list[ContractRow]:
    ctx.require(Permission.CONTRACT_READ)
    flt = flt or ContractFilter()
    amendments = (select(ContractAmendment.contract_id, func.count().label("n"))
                  .group_by(ContractAmendment.contract_id).subquery())
    next_eval = (select(ContractEvaluation.contract_id,
                        func.min(ContractEvaluation.planned_on).label("planned"))
                 .where(ContractEvaluation.done_on.is_(None))
                 .group_by(ContractEvaluation.contract_id).subquery())
    query = (
        select(Contract, Person.last_name, Person.first_name, Project.title, ProjectGroup.name,
               amendments.c.n, next_eval.c.planned)
        .join(Person, Person.id == Contract.person_id)
        .join(Project, Project.id == Contract.project_id)
        .outerjoin(ProjectGroup, ProjectGroup.id == Contract.group_id)
        .outerjoin(amendments, amendments.c.contract_id == Contract.id)
        .outerjoin(next_eval, next_eval.c.contract_id == Contract.id)
    )
    query = limit_people(ctx, query)
    for column, value in ((Contract.project_id, flt.project_id),
                          (Contract.caseworker_id, flt.caseworker_id),
                          (Contract.person_id, flt.person_id)):
        if value is not None:
            query = query.where(column == value)
    if flt.caseworker_name:
        query = query.where(Contract.caseworker_name == flt.caseworker_name)
    if flt.status is not None:
        query = query.where(Contract.status == flt.status.value)
    if flt.year is not None:
        query = query.where(or_(Contract.year == flt.year,
                                and_(Contract.year.is_(None),
                                     Contract.period_from.between(
                                         dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)))))
    query = query.order_by(Contract.year.desc().nulls_first(), Contract.seq.desc(),
                           Contract.id.desc())
    with ctx.reading() as session:
        return [
            ContractRow(
                id=c.id, number=c.number or "", status=ContractStatus(c.status),
                person_id=c.person_id, person_name=f"{last} {first}", project_id=c.project_id,
                project_title=title, group_name=group or "", caseworker_id=c.caseworker_id,
                caseworker_name=c.caseworker_name, signed_on=c.signed_on,
                period_from=c.period_from, period_to=c.period_to, amendments=n or 0,
                next_evaluation=planned)
            for c, last, first, title, group, n, planned in session.execute(query)
        ]


def caseworker_names(ctx: ServiceContext) -> list[str]:
    """The caseworkers named on the contracts the actor can see, for the list's filter."""
    ctx.require(Permission.CONTRACT_READ)
    query = limit_people(ctx, select(Contract.caseworker_name).distinct()
                  .join(Person, Person.id == Contract.person_id)
                  .where(Contract.caseworker_name != ""))
    with ctx.reading() as session:
        return sorted(session.execute(query).scalars(), key=fold)


def list_caseworkers(ctx: ServiceContext) -> list[tuple[int, str]]:
    """Accounts that may be a contract's caseworker: (user id, name), by name."""
    ctx.require(Permission.CONTRACT_READ)
    with ctx.reading() as session:
        users = session.execute(select(User).where(User.active.is_(True))).scalars()
        found = [(u.id, u.full_name or u.username) for u in users
                 if not u.roles or "caseworker" in u.roles.split(",")
                 or "coordinator" in u.roles.split(",")]
    return sorted(found, key=lambda item: item[1])


def evaluations_due(ctx: ServiceContext, *, today: dt.date | None = None,
                    days: int = 7) -> list[DueEvaluation]:
    """Evaluations not yet held that are overdue or due within `days`, of the signed-in
    caseworker's contracts: those they are the caseworker of, and those with no caseworker
    named of people in their caseload (the application itself, with no account, sees all)."""
    ctx.require(Permission.CONTRACT_READ)
    today = today or dt.date.today()
    query = (
        select(ContractEvaluation.id, ContractEvaluation.planned_on, Contract.id,
               Contract.number, Person.last_name, Person.first_name, Project.title)
        .join(Contract, Contract.id == ContractEvaluation.contract_id)
        .join(Person, Person.id == Contract.person_id)
        .join(Project, Project.id == Contract.project_id)
        .where(ContractEvaluation.done_on.is_(None),
               ContractEvaluation.planned_on.is_not(None),
               ContractEvaluation.planned_on <= today + dt.timedelta(days=days),
               Contract.status.in_([s.value for s in OPEN_STATUSES]))
        .order_by(ContractEvaluation.planned_on, Contract.id)
    )
    if ctx.actor.user_id is not None:  # the contract's caseworker, else the person's
        me = ctx.actor.user_id
        query = query.where(or_(Contract.caseworker_id == me,
                                and_(Contract.caseworker_id.is_(None),
                                     Person.caseworker_id == me)))
    query = limit_people(ctx, query)
    with ctx.reading() as session:
        return [DueEvaluation(contract_id=cid, evaluation_id=eid, number=number or "",
                              person_name=f"{last} {first}", project_title=title,
                              planned_on=planned, overdue=planned < today)
                for eid, planned, cid, number, last, first, title in session.execute(query)]
