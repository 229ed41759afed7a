"""The two sources of a summary's people figures, filling the same tallies:

- `counted`: the counters maintained by the triggers of migration 0005 (`summary_counts`),
  for the whole project period: a few hundred rows, whatever the size of the project;
- `counted_year`: a calendar year, its people from the maintained facts (`summary_facts`),
  what depends on the year's participations from live queries;
- `live`: grouped queries over participations, people and answers for any period (a calendar
  year), and the reference the counters are checked against (`services.summary.verify`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ops_desktop.db.repositories import summary_queries as q
from ops_desktop.db.repositories import summary_work_queries as work
from ops_desktop.domain.summary import (
    UNKNOWN, YOUTH_BAND, InstrumentFigures, SexCount, age_band_key,
)
from ops_desktop.domain.summary_tallies import (
    PARTICIPANT, PeopleTallies, instrument_figures, sex_count,
)

_COUNTED_DIMENSIONS = ("education", "labour", "group", "flag", "outcome", "exit")


def counted(session: Session, scope: q.Scope, minimum: int
            ) -> tuple[PeopleTallies, InstrumentFigures]:
    """The whole project period, from the counters alone."""
    tallies = PeopleTallies()
    uses: dict[str, int] = {}
    people: dict[str, SexCount] = {}
    with_minimum = SexCount()
    for role, dimension, value, sex, n in q.maintained_counts(session, scope.project_id):
        sex = sex or None
        if dimension == "instrument_use":
            uses[value] = uses.get(value, 0) + n
        elif dimension == "instrument_category":
            people[value] = people.get(value, SexCount()) + sex_count(sex, n)
        elif dimension == "instrument_count":
            if int(value) >= minimum:
                with_minimum = with_minimum + sex_count(sex, n)
        else:
            _count(tallies, role, dimension, value, sex, n)
    _unknown_age(tallies)
    return tallies, instrument_figures(uses, people, minimum, with_minimum)


def counted_year(session: Session, scope: q.Scope, year: int, minimum: int
                 ) -> tuple[PeopleTallies, InstrumentFigures]:
    """One calendar year: the people of the year and what they are (age at entry, education,
    labour status, answers) from the maintained facts; groups, outcome, situation at exit and
    instruments (which depend on the year's participations) from live queries."""
    tallies = PeopleTallies()
    for role, dimension, value, sex, n in q.maintained_year_counts(session, scope.project_id,
                                                                   year):
        _count(tallies, role, dimension, value, sex or None, n)
    _unknown_age(tallies)
    _live_participations(session, scope, tallies)
    return tallies, work.instrument_figures(session, scope, minimum)


def _count(tallies: PeopleTallies, role: str, dimension: str, value: str, sex: str | None,
           n: int) -> None:
    if dimension == "all":
        if role == PARTICIPANT:
            tallies.participants = tallies.participants + sex_count(sex, n)
        else:
            tallies.surroundings = tallies.surroundings + sex_count(sex, n)
    elif dimension == "year":
        key = (role, int(value))
        tallies.years[key] = tallies.years.get(key, SexCount()) + sex_count(sex, n)
    elif dimension == "age":
        age = int(value)
        tallies.add("age", age_band_key(age), sex, n)
        if YOUTH_BAND.holds(age):
            tallies.add("youth", YOUTH_BAND.key, sex, n)
    elif dimension in _COUNTED_DIMENSIONS:
        tallies.add(dimension, value, sex, n)


def _unknown_age(tallies: PeopleTallies) -> None:
    aged = sum((c for c in tallies.values.get("age", {}).values()), SexCount())
    everyone = tallies.participants
    if everyone.total - aged.total:
        tallies.values.setdefault("age", {})[UNKNOWN] = SexCount(
            everyone.total - aged.total, everyone.women - aged.women, everyone.men - aged.men)


def _live_participations(session: Session, scope: q.Scope, tallies: PeopleTallies) -> None:
    for group, sex, n in q.people_by_group(session, scope):
        tallies.add("group", str(group) if group is not None else UNKNOWN, sex, n)
    for outcome, sex, n in q.people_by_outcome(session, scope):
        tallies.add("outcome", outcome, sex, n)
    for situation, sex, n in q.people_by_exit(session, scope):
        tallies.add("exit", situation or UNKNOWN, sex, n)


def live(session: Session, scope: q.Scope, years: list[int], minimum: int
         ) -> tuple[PeopleTallies, InstrumentFigures]:
    tallies = PeopleTallies()
    for sex, n in q.people_by_sex(session, scope, q.PARTICIPANT):
        tallies.participants = tallies.participants + sex_count(sex, n)
    for sex, n in q.people_by_sex(session, scope, q.SURROUNDINGS):
        tallies.surroundings = tallies.surroundings + sex_count(sex, n)
    for year, role, sex, n in q.people_by_year(session, scope, years):
        key = (role, year)
        tallies.years[key] = tallies.years.get(key, SexCount()) + sex_count(sex, n)
    for sex, band, youth, education, labour, n in q.person_attributes(session, scope):
        tallies.add("age", band, sex, n)
        if youth:
            tallies.add("youth", YOUTH_BAND.key, sex, n)
        tallies.add("education", education or UNKNOWN, sex, n)
        tallies.add("labour", labour or UNKNOWN, sex, n)
    for flag, answer, sex, n in q.people_by_flag(session, scope):
        tallies.add("flag", f"{flag}={answer}", sex, n)
    _live_participations(session, scope, tallies)
    return tallies, work.instrument_figures(session, scope, minimum)
