"""Project summaries that count people once, and the people behind each number.

`compute_summary(ctx, project_id=…, year=None)`: the whole project period, or one calendar
year of it. A person counts once overall however many participations they have; in a year
they count if any of their participations overlaps it; surroundings are counted apart; age at
entry is the full years on the first day of support in the project. Every count comes from a
grouped query (`db/repositories/summary_queries.py`); Python only adds margins up.

`people_behind(ctx, …, figure_key)` lists the people a number counts, for those allowed to see
them (everyone for PARTICIPANT_READ_ALL, otherwise the caller's own caseload)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.db.models import Office, Project, ProjectGroup
from ops_desktop.db.repositories import people_search
from ops_desktop.db.repositories import summary_queries as q
from ops_desktop.db.repositories import summary_work_queries as work
from ops_desktop.domain.enums import (
    Education, ExitSituation, LabourStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.errors import FieldProblem, NotFound, ValidationFailed
from ops_desktop.domain.participants import PersonRow
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.progress import NO_PROGRESS, Progress
from ops_desktop.domain.summary import (
    AGE_BANDS, BELOW_BANDS, BREAKDOWN_TITLES, NO_GROUP_LABEL, OUTCOME_LABELS, UNKNOWN,
    YOUTH_BAND, Breakdown, FigureKey, FigureRow, MoneyFigures, SexCount, Summary,
    SummaryPrintInfo, YearRow,
    flag_answer_key, flag_answer_label, value_label,
)
from ops_desktop.services import audit
from ops_desktop.services.context import ServiceContext

PEOPLE_BEHIND_LIMIT = 5000  # a list longer than this is cut (the dialog says so)
_STEPS = 9


def compute_summary(ctx: ServiceContext, *, project_id: int, year: int | None = None,
                    progress: Progress = NO_PROGRESS, today: dt.date | None = None) -> Summary:
    ctx.require(Permission.REPORT_READ)
    with ctx.reading() as session:
        project = _project(session, project_id)
        scope = _scope(project, year, today or dt.date.today())
        years = list(range(scope.period_from.year, scope.period_to.year + 1))
        progress.report(0, _STEPS, "")
        people = _sexes(q.people_by_sex(session, scope, q.PARTICIPANT))
        surroundings = _sexes(q.people_by_sex(session, scope, q.SURROUNDINGS))
        progress.report(1, _STEPS, "")
        by_year = _by_year(q.people_by_year(session, scope, years), years)
        progress.report(2, _STEPS, "")
        attributes = q.person_attributes(session, scope)
        progress.report(3, _STEPS, "")
        breakdowns = [
            _age(attributes), _youth(attributes),
            _groups(session, project_id, q.people_by_group(session, scope)),
        ]
        progress.report(4, _STEPS, "")
        breakdowns.append(_flags(q.people_by_flag(session, scope), people))
        breakdowns += [_labour(attributes), _education(attributes)]
        progress.report(5, _STEPS, "")
        breakdowns.append(_outcome(q.people_by_outcome(session, scope)))
        breakdowns.append(_exit(q.people_by_exit(session, scope)))
        progress.report(6, _STEPS, "")
        benefits_total, benefits_own = work.benefits(session, scope)
        contracts = work.contract_figures(session, scope)
        progress.report(7, _STEPS, "")
        instruments = work.instrument_figures(session, scope, project.min_instruments)
        progress.report(8, _STEPS, "")
        activities = work.activity_figures(session, scope)
        progress.report(_STEPS, _STEPS, "")
        return Summary(
            project_id=project.id, project_title=project.title, period_from=scope.period_from,
            period_to=scope.period_to, year=year, generated_on=today or dt.date.today(),
            participants=people, surroundings=surroundings, by_year=by_year,
            breakdowns=tuple(breakdowns),
            money=MoneyFigures(project.budget_total, project.budget_eu, project.budget_own,
                               benefits_total, benefits_own),
            contracts=contracts, instruments=instruments, activities=activities,
        )


def print_info(ctx: ServiceContext, *, project_id: int) -> SummaryPrintInfo:
    """The office header, the project's funding line and the audit head for a printed summary."""
    ctx.require(Permission.REPORT_READ)
    with ctx.reading() as session:
        project = _project(session, project_id)
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
        project = _project(session, project_id)
        return list(range(project.start_date.year, project.end_date.year + 1))


def can_open_people(ctx: ServiceContext) -> bool:
    """Whether the numbers of a summary open to lists of people for this user."""
    return ctx.can(Permission.REPORT_READ) and ctx.can(Permission.PARTICIPANT_READ)


def people_behind(ctx: ServiceContext, *, project_id: int, year: int | None, figure_key: str,
                  today: dt.date | None = None) -> tuple[list[PersonRow], bool]:
    """The people one figure counts (their list rows) and whether the list was cut short.
    Caseworkers see only their own caseload; target-group lists need SENSITIVE_READ."""
    ctx.require(Permission.REPORT_READ, Permission.PARTICIPANT_READ)
    key = FigureKey.parse(figure_key)
    if key.dimension == "flag":
        ctx.require(Permission.SENSITIVE_READ)
    caseworker = None if ctx.can(Permission.PARTICIPANT_READ_ALL) else (ctx.actor.user_id or -1)
    with ctx.transaction() as session:
        project = _project(session, project_id)
        scope = _scope(project, year, today or dt.date.today())
        if key.dimension in work.DIMENSIONS:
            query = work.person_ids_for(scope, key.dimension, key.value, key.sex,
                                        project.min_instruments)
        else:
            query = q.person_ids_for(scope, key.dimension, key.value, key.sex)
        ids = q.existing_ids(session, query, caseworker_id=caseworker,
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
def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    return project


def _scope(project: Project, year: int | None, today: dt.date) -> q.Scope:
    first, last = project.start_date, project.end_date
    if year is not None:
        if not first.year <= year <= last.year:
            raise ValidationFailed([FieldProblem("year", "outside_project",
                                                 {"from": first, "to": last})])
        first, last = max(first, dt.date(year, 1, 1)), min(last, dt.date(year, 12, 31))
    # A participation still open is assumed to run until today (or the project's end).
    open_end = max(project.start_date, min(project.end_date, today))
    return q.Scope(project.id, first, last, open_end)


def _sexes(rows: Iterable[tuple]) -> SexCount:
    counts: Counter[str] = Counter()
    for *keys, sex, people in rows:
        del keys
        counts[sex or ""] += people
    women, men = counts[Sex.FEMALE.value], counts[Sex.MALE.value]
    return SexCount(sum(counts.values()), women, men)


def _tally(rows: Iterable[tuple[str, str | None, int]]) -> dict[str, SexCount]:
    """(value, sex, people) rows → SexCount per value."""
    result: dict[str, SexCount] = {}
    for value, sex, people in rows:
        add = SexCount(people, people if sex == Sex.FEMALE.value else 0,
                       people if sex == Sex.MALE.value else 0)
        result[value] = result.get(value, SexCount()) + add
    return result


def _by_year(rows: list[tuple], years: list[int]) -> tuple[YearRow, ...]:
    per: dict[tuple[int, str], list[tuple]] = {}
    for year, role, sex, people in rows:
        per.setdefault((year, role), []).append((sex, people))
    return tuple(
        YearRow(y, _sexes(per.get((y, q.PARTICIPANT), [])), _sexes(per.get((y, q.SURROUNDINGS), [])))
        for y in years
    )


def _rows(dimension: str, order: Iterable[str], tallies: dict[str, SexCount], *,
          keep_empty: Iterable[str] = ()) -> tuple[FigureRow, ...]:
    keep = set(keep_empty)
    return tuple(
        FigureRow(FigureKey(dimension, value), value_label(dimension, value),
                  tallies.get(value, SexCount()))
        for value in order if value in keep or tallies.get(value, SexCount()).total
    )


def _attribute_tally(attributes: list[tuple], index: int) -> dict[str, SexCount]:
    return _tally((row[index] if row[index] is not None else UNKNOWN, row[0], row[5])
                  for row in attributes)


def _age(attributes: list[tuple]) -> Breakdown:
    tallies = _attribute_tally(attributes, 1)
    bands = [b.key for b in AGE_BANDS]
    return Breakdown("age", BREAKDOWN_TITLES["age"],
                     _rows("age", [*bands, BELOW_BANDS, UNKNOWN], tallies, keep_empty=bands))


def _youth(attributes: list[tuple]) -> Breakdown:
    tally = _tally(("youth", row[0], row[5]) for row in attributes if row[2] == 1)
    row = FigureRow(FigureKey("youth", YOUTH_BAND.key), YOUTH_BAND.label,
                    tally.get("youth", SexCount()))
    return Breakdown("youth", BREAKDOWN_TITLES["youth"], (row,))


def _labour(attributes: list[tuple]) -> Breakdown:
    values = [s.value for s in LabourStatus]
    return Breakdown("labour", BREAKDOWN_TITLES["labour"],
                     _rows("labour", [*values, UNKNOWN], _attribute_tally(attributes, 4),
                           keep_empty=values))


def _education(attributes: list[tuple]) -> Breakdown:
    values = [e.value for e in Education]
    return Breakdown("education", BREAKDOWN_TITLES["education"],
                     _rows("education", [*values, UNKNOWN], _attribute_tally(attributes, 3),
                           keep_empty=values))


def _groups(session: Session, project_id: int, rows: list[tuple]) -> Breakdown:
    tallies = _tally((str(g) if g is not None else UNKNOWN, sex, n) for g, sex, n in rows)
    groups = session.execute(
        select(ProjectGroup.id, ProjectGroup.name).where(ProjectGroup.project_id == project_id)
        .order_by(ProjectGroup.id)).all()
    result = [FigureRow(FigureKey("group", str(gid)), name, tallies.get(str(gid), SexCount()))
              for gid, name in groups]
    if tallies.get(UNKNOWN, SexCount()).total:
        result.append(FigureRow(FigureKey("group", UNKNOWN), NO_GROUP_LABEL, tallies[UNKNOWN]))
    return Breakdown("groups", BREAKDOWN_TITLES["groups"], tuple(result))


def _flags(rows: list[tuple], people: SexCount) -> Breakdown:
    answered = _tally((f"{flag}={answer}", sex, n) for flag, answer, sex, n in rows)
    result = []
    for flag in SensitiveFlag:
        given = SexCount()
        for answer in TriState:
            value = flag_answer_key(flag, answer.value)
            count = answered.get(value, SexCount())
            given = given + count
            result.append(FigureRow(FigureKey("flag", value), flag_answer_label(flag, answer.value),
                                    count))
        missing = SexCount(people.total - given.total, people.women - given.women,
                           people.men - given.men)
        result.append(FigureRow(FigureKey("flag", flag_answer_key(flag, UNKNOWN)),
                                flag_answer_label(flag, UNKNOWN), missing))
    return Breakdown("target_groups", BREAKDOWN_TITLES["target_groups"], tuple(result))


def _outcome(rows: list[tuple]) -> Breakdown:
    return Breakdown("outcome", BREAKDOWN_TITLES["outcome"],
                     _rows("outcome", list(OUTCOME_LABELS), _tally(rows), keep_empty=OUTCOME_LABELS))


def _exit(rows: list[tuple]) -> Breakdown:
    values = [e.value for e in ExitSituation]
    tallies = _tally((value or UNKNOWN, sex, n) for value, sex, n in rows)
    return Breakdown("exit", BREAKDOWN_TITLES["exit"],
                     _rows("exit", [*values, UNKNOWN], tallies, keep_empty=values))
