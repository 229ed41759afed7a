"""Renewal: the draft of next year's contract from a person's previous one.

The goals, the assessment, the family, the agreed actions, the instruments and the benefits
are carried over for the caseworker to review; the period, the deadlines and the planned
evaluations move on by one year (kept inside the project's dates). What belonged to the old
contract alone is left out: its number and signature, the evaluations held and their findings,
and the benefits' decision numbers (a new year needs new decisions). When the project ends
before the new period would start, the period is left empty for the caseworker to set.
Nothing is stored: the draft goes to the contract dialog like any new one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ops_desktop.db.models import Project
from ops_desktop.db.models.contracts import Contract
from ops_desktop.domain.contracts import ContractDraft, Evaluation
from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import contract_store as store
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.scope import row_in_reach


def _next_year(day: dt.date | None) -> dt.date | None:
    """The same day a year later (29 February → 28 February)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def renewal_draft(ctx: ServiceContext, *, contract_id: int) -> ContractDraft:
    ctx.require(Permission.CONTRACT_WRITE)
    with ctx.reading() as session:
        previous = store.read_draft(
            session, row_in_reach(ctx, session, Contract, contract_id, "contract"))
        project = session.get(Project, previous.project_id)
        if project is None:
            raise NotFound("project", previous.project_id)

        def within(day: dt.date | None) -> dt.date | None:
            day = _next_year(day)
            return min(day, project.end_date) if day else None

        start = _next_year(previous.period_from)
        if start is not None and start > project.end_date:
            period = (None, None)   # the project ends before: the caseworker sets the dates
        else:
            period = (start, within(previous.period_to))
        return replace(
            previous, period_from=period[0], period_to=period[1],
            family=[replace(member) for member in previous.family],
            assessment=replace(previous.assessment),
            specific_goals=list(previous.specific_goals),
            actions=[replace(action, deadline=within(action.deadline))
                     for action in previous.actions],
            instruments=[replace(item) for item in previous.instruments],
            benefits=[replace(benefit, decision_number="", decision_date=None)
                      for benefit in previous.benefits],
            evaluations=[Evaluation(planned_on=within(e.planned_on))
                         for e in previous.evaluations if e.planned_on],
        )
