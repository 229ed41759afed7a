"""Project summaries that count people once, and the people behind each number.

`compute_summary(ctx, project_id=…, year=None)`: the whole project period, or one calendar
year of it. A person counts once overall however many participations they have; in a year
they count if any of their participations overlaps it; surroundings are counted apart; age at
entry is the full years on the first day of support in the project; a participation without
an end date counts until the project's end. The whole period is read from the counters the
database keeps maintained (migration 0005, `services/summary_sources.counted`); a year takes
its people from the maintained facts and the rest from grouped queries
(`db/repositories/summary_queries.py`). Python only adds margins up.

`people_behind(ctx, …, figure_key)` lists the people a number counts, for those allowed to see
them (those within the reader's reach, `services/scope.py`)."""

from __future__ import annotations

import datetime as dt
from sqlalchemy import select

from ops_desktop.db.models import Office, Project, ProjectGroup
from ops_desktop.db.repositories import people_search
from ops_desktop.db.repositories import summary_queries as q
from ops_desktop.db.repositories import summary_upkeep as upkeep
from ops_desktop.db.repositories import summary_work_queries as work
from ops_desktop.domain.enums import Sex
from ops_desktop.domain.errors import FieldProblem, ValidationFailed
from ops_desktop.domain.participants import PersonRow
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.summary import FigureKey, MoneyFigures, Summary, SummaryPrintInfo
from ops_desktop.domain.summary_tallies import breakdowns, year_rows
from ops_desktop.services import audit
from ops_desktop.services import summary_sources as sources
from ops_desktop.services.context import ServiceContext
from ops_desktop.services.scope import managed_project, people_clause

PEOPLE_BEHIND_LIMIT = 5000  # a list longer than this is cut (the dialog says so)
_STEPS = 4


def compute_summary(ctx: ServiceContext, *, project_id: int, year: int | None = None,
                    progress: Progress = NO_PROGRESS, today: dt.date | None = None,
                    maintained: bool = True) -> Summary:
    """The summary of the whole project period (from the maintained counters) or of one
    calendar year (its people from the maintained facts, the rest live). `maintained=False`
    computes everything live: the reference the counters are checked against."""
    ctx.require(Permission.REPORT_READ)
    if maintained:
        _bring_up_to_date(ctx)
    with ctx.reading() as session:
        project = managed_project(ctx, session, project_id)
        scope = _scope(project, year)
        years = list(range(scope.period_from.year, scope.period_to.year + 1))
        progress.report(0, _STEPS, "")
        if maintained and year is None:
            tallies, instruments = sources.counted(session, scope, project.min_instruments)
        elif maintained:
            tallies, instruments = sources.counted_year(session, scope, year,
                                                        project.min_instruments)
        else:
            tallies, instruments = sources.live(session, scope, years, project.min_instruments)
        progress.report(1, _STEPS, "")
        groups = [tuple(row) for row in session.execute(
            select(ProjectGroup.id, ProjectGroup.name).where(ProjectGroup.project_id == project_id)
            .order_by(ProjectGroup.id))]
        benefits_total, benefits_own = work.benefits(session, scope)
        progress.report(2, _STEPS, "")
        contracts = work.contract_figures(session, scope)
        progress.report(3, _STEPS, "")
        activities = work.activity_figures(session, scope)
        progress.report(_STEPS, _STEPS, "")
        return Summary(
            project_id=project.id, project_title=project.title, period_from=scope.period_from,
            period_to=scope.period_to, year=year, generated_on=today or dt.date.today(),
            participants=tallies.participants, surroundings=tallies.surroundings,
            by_year=year_rows(tallies, years), breakdowns=breakdowns(tallies, groups),
            money=MoneyFigures(project.budget_total, project.budget_eu, project.budget_own,
                               benefits_total, benefits_own),
            contracts=contracts, instruments=instruments, activities=activities,
        )


def verify(ctx: ServiceContext, *, project_id: int, year: int | None = None) -> list[str]:
    """Compare the maintained counters with a live recount of the whole project period (or a
    year); returns the names of the figures that differ (empty: the counters are right)."""
    ctx.require(Permission.REPORT_READ)
    counted = compute_summary(ctx, project_id=project_id, year=year)
    recounted = compute_summary(ctx, project_id=project_id, year=year, maintained=False)
    differences = [name for name in ("participants", "surroundings", "by_year", "instruments")
                   if getattr(counted, name) != getattr(recounted, name)]
    differences += [b.key for b, r in zip(counted.breakdowns, recounted.breakdowns, strict=True)
                    if b != r]
    with ctx.reading() as session:
        if work.hours_recount_differs(session, project_id):
            differences.append("hours")
    return differences


def print_info(ctx: ServiceContext, *, project_id: int) -> SummaryPrintInfo:
    """The office header, the project's funding line and the audit head for a printed summary."""
    ctx.require(Permission.REPORT_READ)
    with ctx.reading() as session:
        project = managed_project(ctx, session, project_id)
        office = session.execute(select(Office).limit(1)).scalar()
        head = audit.head(session)
    address = ""
    if office is not None:
        place = f"{office.postal_code} {office.city}".strip()
        address = ", ".join(part for part in (office.street, place) if part)
    return SummaryPrintInfo(
        office_name=office.name if office is not None else "", office_address=address,
        funding_line=project.funding_line,
        audit_head=f"audyt #{head.id} {head.hash[:16]}…" if head is not None else "",
    )


def record_output(ctx: ServiceContext, *, project_id: int, year: int | None,
                  file_format: str, printed: bool = False) -> None:
    """Audit a summary saved to a file (or printed): aggregate figures, no personal data."""
    ctx.require(Permission.REPORT_READ)
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, "print" if printed else "export", "summary", project_id,
                     year=year, format=file_format)


def project_years(ctx: ServiceContext, *, project_id: int) -> list[int]:
    ctx.require(Permission.REPORT_READ)
    with ctx.reading() as session:
        project = managed_project(ctx, session, project_id)
        return list(range(project.start_date.year, project.end_date.year + 1))


def can_open_people(ctx: ServiceContext) -> bool:
    """Whether the numbers of a summary open to lists of people for this user."""
    return ctx.can(Permission.REPORT_READ) and ctx.can(Permission.PARTICIPANT_READ)


def people_behind(ctx: ServiceContext, *, project_id: int, year: int | None,
                  figure_key: str) -> tuple[list[PersonRow], bool]:
    """The people one figure counts (their list rows) and whether the list was cut short.
    Caseworkers see only their own caseload; target-group lists need SENSITIVE_READ."""
    ctx.require(Permission.REPORT_READ, Permission.PARTICIPANT_READ)
    key = FigureKey.parse(figure_key)
    if key.dimension == "flag":
        ctx.require(Permission.SENSITIVE_READ)
    with ctx.transaction() as session:
        project = managed_project(ctx, session, project_id)
        scope = _scope(project, year)
        if key.dimension in work.DIMENSIONS:
            query = work.person_ids_for(scope, key.dimension, key.value, key.sex,
                                        project.min_instruments)
        else:
            query = q.person_ids_for(scope, key.dimension, key.value, key.sex)
        ids = q.existing_ids(session, query, within=people_clause(ctx),
                             limit=PEOPLE_BEHIND_LIMIT + 1)
        cut = len(ids) > PEOPLE_BEHIND_LIMIT
        ids = ids[:PEOPLE_BEHIND_LIMIT]
        audit.record(session, ctx.actor, "view", "summary_people", project_id,
                     figure=key.text(), year=year, people=len(ids))
        found = people_search.rows_for(session, ids)
    rows = []
    for person_id in ids:
        pid, last, first, pesel, birth, sex, city, projects = found[person_id]
        rows.append(PersonRow(pid, last, first, pesel or "", birth, Sex(sex) if sex else None,
                              city, projects))
    return rows, cut


# --- helpers ----------------------------------------------------------------------------------
def _bring_up_to_date(ctx: ServiceContext) -> None:
    """Recount the people noted by the triggers since the last summary (derived data only:
    no audit entry; the write lock is held for milliseconds unless a bulk load came first)."""
    with ctx.reading() as session:
        if not upkeep.pending(session):
            return
    with ctx.transaction() as session:
        upkeep.flush(session)


def _scope(project: Project, year: int | None) -> q.Scope:
    first, last = project.start_date, project.end_date
    if year is not None:
        if not first.year <= year <= last.year:
            raise ValidationFailed([FieldProblem("year", "outside_project",
                                                 {"from": first, "to": last})])
        first, last = max(first, dt.date(year, 1, 1)), min(last, dt.date(year, 12, 31))
    # A participation without an end date counts until the project's end (as the counters do).
    return q.Scope(project.id, first, last, project.end_date, project.start_date)
