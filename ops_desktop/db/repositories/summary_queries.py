"""Grouped queries behind a project summary (portable SQL through SQLAlchemy Core).

Each query returns a few rows of counts, never one row per person: SQLite (or any other
engine) groups, Python only adds the margins up. `ix_participations_summary` (migration 0005)
covers every participation condition used here, so the people queries read the index, not
the table.

A participation "takes part" when its status is participant / completed / dropped out and it
has a start date (= the first support). It overlaps a period when it starts on or before the
period's last day and ends (or, still open, is assumed to run until `open_end`) on or after
its first day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement, Date, Select, and_, case, exists, extract, func, literal, not_, select, text,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from ops_desktop.db.models import Participation, Person, PersonFlag
from ops_desktop.db.models.reporting import SummaryCount
from ops_desktop.domain.enums import ParticipationRole, RecruitmentStatus
from ops_desktop.domain.summary import (
    AGE_BANDS, BELOW_BANDS, TAKING_PART, UNKNOWN, YOUTH_BAND,
)

P = Participation
_TAKING_PART = [status.value for status in TAKING_PART]
_ENDED = [RecruitmentStatus.COMPLETED.value, RecruitmentStatus.DROPPED_OUT.value]
PARTICIPANT = ParticipationRole.PARTICIPANT.value
SURROUNDINGS = ParticipationRole.SURROUNDINGS.value


@dataclass(frozen=True)
class Scope:
    """Which participations a summary looks at."""

    project_id: int
    period_from: dt.date
    period_to: dt.date
    open_end: dt.date      # the project's end: assumed end of participations that have none
    project_from: dt.date  # the project's start


def date_param(day: dt.date) -> ColumnElement:
    return literal(day, Date)


def effective_end(scope: Scope) -> ColumnElement:
    return func.coalesce(P.end_date, date_param(scope.open_end))


def overlaps(scope: Scope, first: dt.date, last: dt.date) -> ColumnElement:
    return and_(P.start_date <= date_param(last), effective_end(scope) >= date_param(first))


def taking_part(scope: Scope, role: str) -> ColumnElement:
    """Took part in the project (inside its period), whatever the period looked at."""
    return and_(P.project_id == scope.project_id, P.role == role, P.status.in_(_TAKING_PART),
                P.start_date.is_not(None), overlaps(scope, scope.project_from, scope.open_end))


def in_scope(scope: Scope, role: str) -> ColumnElement:
    return and_(taking_part(scope, role), overlaps(scope, scope.period_from, scope.period_to))


def people_in_scope(scope: Scope, role: str = PARTICIPANT):
    """One row per person taking part in the period: person_id, first_start (the first day of
    support in the project, over all their participations: the day age at entry is taken)."""
    in_period = case((overlaps(scope, scope.period_from, scope.period_to), 1), else_=0)
    return (
        select(P.person_id.label("person_id"), func.min(P.start_date).label("first_start"))
        .where(taking_part(scope, role))
        .group_by(P.person_id)
        .having(func.max(in_period) == 1)
        .subquery("scoped")
    )


def _month_day(column: ColumnElement) -> ColumnElement:
    return extract("month", column) * 100 + extract("day", column)


def age_at(birth: ColumnElement, day: ColumnElement) -> ColumnElement:
    """Full years on `day` (born 2000-03-15: 15 on 2015-03-15, 14 the day before)."""
    return (extract("year", day) - extract("year", birth)
            - case((_month_day(day) < _month_day(birth), 1), else_=0))


def age_band_expr(birth: ColumnElement, day: ColumnElement) -> ColumnElement:
    age = age_at(birth, day)
    whens: list[tuple[ColumnElement, str]] = [(birth.is_(None), UNKNOWN)]
    for band in AGE_BANDS:
        condition = age >= band.low if band.high is None else and_(age >= band.low,
                                                                   age <= band.high)
        whens.append((condition, band.key))
    return case(*whens, else_=BELOW_BANDS)


def youth_expr(birth: ColumnElement, day: ColumnElement) -> ColumnElement:
    age = age_at(birth, day)
    return case((and_(birth.is_not(None), age >= YOUTH_BAND.low, age <= YOUTH_BAND.high), 1),
                else_=0)


# --- counts ---------------------------------------------------------------------------------
def person_attributes(session: Session, scope: Scope) -> list[tuple]:
    """(sex, age band, youth 0/1, education, labour status, people) for participants."""
    scoped = people_in_scope(scope)
    band = age_band_expr(Person.birth_date, scoped.c.first_start).label("band")
    youth = youth_expr(Person.birth_date, scoped.c.first_start).label("youth")
    query = (
        select(Person.sex, band, youth, Person.education, Person.labour_status, func.count())
        .select_from(scoped).join(Person, Person.id == scoped.c.person_id)
        .group_by(Person.sex, band, youth, Person.education, Person.labour_status)
    )
    return [tuple(row) for row in session.execute(query)]


def people_by_sex(session: Session, scope: Scope, role: str) -> list[tuple[str | None, int]]:
    scoped = people_in_scope(scope, role)
    query = (select(Person.sex, func.count()).select_from(scoped)
             .join(Person, Person.id == scoped.c.person_id).group_by(Person.sex))
    return [tuple(row) for row in session.execute(query)]


def _years_table(years: Sequence[int]):
    parts = [
        select(literal(year).label("year"), date_param(dt.date(year, 1, 1)).label("first"),
               date_param(dt.date(year, 12, 31)).label("last"))
        for year in years
    ]
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("years")


def people_by_year(session: Session, scope: Scope, years: Sequence[int]) -> list[tuple]:
    """(year, role, sex, people): a person counts once in every year any of their
    participations overlaps."""
    if not years:
        return []
    table = _years_table(years)
    query = (
        select(table.c.year, P.role, Person.sex, func.count(func.distinct(P.person_id)))
        .select_from(table)
        .join(P, and_(P.start_date <= table.c.last, effective_end(scope) >= table.c.first))
        .join(Person, Person.id == P.person_id)
        .where(P.project_id == scope.project_id, P.status.in_(_TAKING_PART),
               P.start_date.is_not(None), P.role.in_([PARTICIPANT, SURROUNDINGS]),
               overlaps(scope, scope.period_from, scope.period_to))
        .group_by(table.c.year, P.role, Person.sex)
    )
    return [tuple(row) for row in session.execute(query)]


def people_by_group(session: Session, scope: Scope) -> list[tuple[int | None, str | None, int]]:
    query = (
        select(P.group_id, Person.sex, func.count(func.distinct(P.person_id)))
        .join(Person, Person.id == P.person_id)
        .where(in_scope(scope, PARTICIPANT))
        .group_by(P.group_id, Person.sex)
    )
    return [tuple(row) for row in session.execute(query)]


def people_by_flag(session: Session, scope: Scope) -> list[tuple[str, str, str | None, int]]:
    """(flag, answer, sex, people) for the answers given; unanswered = total − answered."""
    scoped = people_in_scope(scope)
    query = (
        select(PersonFlag.flag, PersonFlag.answer, Person.sex, func.count())
        .select_from(scoped)
        .join(Person, Person.id == scoped.c.person_id)
        .join(PersonFlag, PersonFlag.person_id == scoped.c.person_id)
        .group_by(PersonFlag.flag, PersonFlag.answer, Person.sex)
    )
    return [tuple(row) for row in session.execute(query)]


def _ended_in_period(scope: Scope) -> ColumnElement:
    return and_(in_scope(scope, PARTICIPANT), P.status.in_(_ENDED), P.end_date.is_not(None),
                P.end_date >= date_param(scope.period_from), P.end_date <= date_param(
                    scope.period_to))


def _ongoing(scope: Scope) -> ColumnElement:
    return and_(in_scope(scope, PARTICIPANT), P.status == RecruitmentStatus.PARTICIPANT.value)


def people_by_outcome(session: Session, scope: Scope) -> list[tuple[str, str | None, int]]:
    """(completed | dropped_out | ongoing, sex, people); ended = ended inside the period."""
    ended = (select(P.status, Person.sex, func.count(func.distinct(P.person_id)))
             .join(Person, Person.id == P.person_id)
             .where(_ended_in_period(scope)).group_by(P.status, Person.sex))
    ongoing = (select(literal("ongoing"), Person.sex, func.count(func.distinct(P.person_id)))
               .join(Person, Person.id == P.person_id)
               .where(_ongoing(scope)).group_by(Person.sex))
    return [tuple(row) for q in (ended, ongoing) for row in session.execute(q)]


def people_by_exit(session: Session, scope: Scope) -> list[tuple[str | None, str | None, int]]:
    query = (
        select(P.exit_situation, Person.sex, func.count(func.distinct(P.person_id)))
        .join(Person, Person.id == P.person_id)
        .where(_ended_in_period(scope))
        .group_by(P.exit_situation, Person.sex)
    )
    return [tuple(row) for row in session.execute(query)]


def maintained_counts(session: Session, project_id: int) -> list[tuple[str, str, str, str, int]]:
    """(role, dimension, value, sex, people) of the counters the triggers of migration 0005
    keep for the whole project period."""
    query = (select(SummaryCount.role, SummaryCount.dimension, SummaryCount.value,
                    SummaryCount.sex, SummaryCount.people)
             .where(SummaryCount.project_id == project_id, SummaryCount.people != 0))
    return [tuple(row) for row in session.execute(query)]


def maintained_year_counts(session: Session, project_id: int, year: int
                           ) -> list[tuple[str, str, str, str, int]]:
    """(role, dimension, value, sex, people) of one calendar year: everyone taking part in it
    (the counters of that year, as "all") and, for participants, their age at entry,
    education, labour status and answers (the facts of the people of that year)."""
    rows = [(role, "all", "", sex, people) for role, sex, people in session.execute(
        select(SummaryCount.role, SummaryCount.sex, SummaryCount.people).where(
            SummaryCount.project_id == project_id, SummaryCount.dimension == "year",
            SummaryCount.value == str(year), SummaryCount.people != 0))]
    rows += [(role, "year", str(year), sex, people) for role, _all, _v, sex, people in rows]
    # SQLite without statistics would drive this join from the wrong side (every fact of
    # the project): CROSS JOIN keeps the year's people outside, INDEXED BY reaches each
    # person's facts through the covering person index.
    # PostgreSQL has neither (nor needs them: its planner has the statistics ANALYZE keeps).
    join = ("CROSS JOIN summary_facts f INDEXED BY ix_summary_facts_person"
            if session.get_bind().dialect.name == "sqlite" else "JOIN summary_facts f")
    query = text(f"""
        SELECT f.role, f.dimension, f.value, f.sex, COUNT(*)
        FROM summary_facts y {join}
          ON f.person_id = y.person_id AND f.dimension IN ('age', 'education', 'labour', 'flag')
         AND f.project_id = y.project_id AND f.role = y.role
        WHERE y.project_id = :project AND y.role = 'participant' AND y.dimension = 'year'
          AND y.value = :year
        GROUP BY f.role, f.dimension, f.value, f.sex""").bindparams(project=project_id,
                                                                     year=str(year))
    return rows + [tuple(row) for row in session.execute(query)]


# --- the people behind one figure ---------------------------------------------------------
def person_ids_for(scope: Scope, dimension: str, value: str, sex: str) -> Select:
    """A query of the ids of the people one figure counts (see domain.summary.FigureKey)."""
    if dimension in ("participants", "surroundings"):
        role = PARTICIPANT if dimension == "participants" else SURROUNDINGS
        scoped = people_in_scope(scope, role)
        query = select(scoped.c.person_id.label("id")).select_from(scoped)
        return with_sex(query, scoped.c.person_id, sex)
    if dimension in ("year", "year_surroundings"):
        year = int(value)
        role = PARTICIPANT if dimension == "year" else SURROUNDINGS
        query = (select(P.person_id.label("id")).where(
            taking_part(scope, role), overlaps(scope, scope.period_from, scope.period_to),
            overlaps(scope, dt.date(year, 1, 1), dt.date(year, 12, 31))).distinct())
        return with_sex(query, P.person_id, sex)
    if dimension in ("age", "youth", "labour", "education", "flag"):
        scoped = people_in_scope(scope)
        query = (select(scoped.c.person_id.label("id")).select_from(scoped)
                 .join(Person, Person.id == scoped.c.person_id))
        query = query.where(_person_condition(dimension, value, scoped))
        return with_sex(query, scoped.c.person_id, sex)
    if dimension == "group":
        group = None if value in ("", UNKNOWN) else int(value)
        condition = P.group_id.is_(None) if group is None else P.group_id == group
        query = select(P.person_id.label("id")).where(in_scope(scope, PARTICIPANT), condition)
        return with_sex(query.distinct(), P.person_id, sex)
    if dimension == "outcome":
        condition = _ongoing(scope) if value == "ongoing" else and_(
            _ended_in_period(scope), P.status == value)
        return with_sex(select(P.person_id.label("id")).where(condition).distinct(),
                         P.person_id, sex)
    if dimension == "exit":
        condition = P.exit_situation.is_(None) if value == UNKNOWN else P.exit_situation == value
        query = select(P.person_id.label("id")).where(_ended_in_period(scope), condition)
        return with_sex(query.distinct(), P.person_id, sex)
    raise ValueError(dimension)


def _person_condition(dimension: str, value: str, scoped) -> ColumnElement:
    if dimension == "age":
        return age_band_expr(Person.birth_date, scoped.c.first_start) == value
    if dimension == "youth":
        return youth_expr(Person.birth_date, scoped.c.first_start) == 1
    if dimension in ("labour", "education"):
        column = Person.labour_status if dimension == "labour" else Person.education
        return column.is_(None) if value == UNKNOWN else column == value
    flag, _, answer = value.partition("=")
    answered = exists().where(PersonFlag.person_id == scoped.c.person_id, PersonFlag.flag == flag)
    if answer == UNKNOWN:
        return not_(answered)
    return exists().where(PersonFlag.person_id == scoped.c.person_id, PersonFlag.flag == flag,
                          PersonFlag.answer == answer)


def with_sex(query: Select, person_id: ColumnElement, sex: str) -> Select:
    if not sex:
        return query
    sexed = aliased(Person)
    return query.where(exists().where(sexed.id == person_id, sexed.sex == sex))


def existing_ids(session: Session, query: Select, *, within: ColumnElement[bool] | None,
                 limit: int | None = None) -> list[int]:
    """Run a people-behind query, limited by `within` (a condition on people: the reader's
    reach) when one is given."""
    ids = query.subquery("behind")
    final = (select(Person.id).join(ids, ids.c.id == Person.id)
             .where(Person.anonymised.is_(False)).order_by(Person.last_key, Person.id))
    if within is not None:
        final = final.where(within)
    if limit is not None:
        final = final.limit(limit)
    return list(session.execute(final).scalars())
