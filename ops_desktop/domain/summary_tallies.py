"""People counted per dimension and value ("tallies"), and the breakdowns a summary shows
built from them. Two sources fill the same tallies: the live grouped queries of a year and
the maintained counters of the whole project (services/summary_sources.py); building the
breakdowns once, here, keeps the two answers shaped alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from ops_desktop.domain.enums import (
    Education, ExitSituation, InstrumentCategory, LabourStatus, SensitiveFlag, Sex, TriState,
)
from ops_desktop.domain.summary import (
    AGE_BANDS, BELOW_BANDS, BREAKDOWN_TITLES, CATEGORY_LABELS, NO_GROUP_LABEL, OUTCOME_LABELS,
    UNKNOWN, YOUTH_BAND, Breakdown, FigureKey, FigureRow, InstrumentFigures, InstrumentRow,
    SexCount, YearRow, flag_answer_key, flag_answer_label, value_label,
)

PARTICIPANT = "participant"
SURROUNDINGS = "surroundings"


def sex_count(sex: str | None, people: int) -> SexCount:
    return SexCount(people, people if sex == Sex.FEMALE.value else 0,
                    people if sex == Sex.MALE.value else 0)


@dataclass
class PeopleTallies:
    """Participants (and surroundings) counted once per dimension value."""

    participants: SexCount = SexCount()
    surroundings: SexCount = SexCount()
    years: dict[tuple[str, int], SexCount] = field(default_factory=dict)   # (role, year)
    # dimension → value → people; dimensions: age (band keys), youth, education, labour,
    # group, flag (answered "flag=answer" only), outcome, exit
    values: dict[str, dict[str, SexCount]] = field(default_factory=dict)

    def add(self, dimension: str, value: str, sex: str | None, people: int) -> None:
        bucket = self.values.setdefault(dimension, {})
        bucket[value] = bucket.get(value, SexCount()) + sex_count(sex, people)

    def get(self, dimension: str, value: str) -> SexCount:
        return self.values.get(dimension, {}).get(value, SexCount())


def year_rows(tallies: PeopleTallies, years: list[int]) -> tuple[YearRow, ...]:
    return tuple(YearRow(y, tallies.years.get((PARTICIPANT, y), SexCount()),
                         tallies.years.get((SURROUNDINGS, y), SexCount())) for y in years)


def breakdowns(tallies: PeopleTallies, groups: list[tuple[int, str]]) -> tuple[Breakdown, ...]:
    return (_age(tallies), _youth(tallies), _groups(tallies, groups), _flags(tallies),
            _listed(tallies, "labour", [s.value for s in LabourStatus]),
            # ISCED 4 on its own only where someone has it (the 2007–2013 "pomaturalne").
            _listed(tallies, "education", [e.value for e in Education],
                    optional={Education.POST_SECONDARY.value}),
            _listed(tallies, "outcome", list(OUTCOME_LABELS)),
            _listed(tallies, "exit", [e.value for e in ExitSituation]))


def _rows(tallies: PeopleTallies, dimension: str, order: list[str], keep: set[str]
          ) -> tuple[FigureRow, ...]:
    return tuple(
        FigureRow(FigureKey(dimension, value), value_label(dimension, value),
                  tallies.get(dimension, value))
        for value in order if value in keep or tallies.get(dimension, value).total
    )


def _listed(tallies: PeopleTallies, dimension: str, values: list[str],
            optional: frozenset[str] | set[str] = frozenset()) -> Breakdown:
    order = values if dimension == "outcome" else [*values, UNKNOWN]
    return Breakdown(dimension, BREAKDOWN_TITLES[dimension],
                     _rows(tallies, dimension, order, set(values) - set(optional)))


def _age(tallies: PeopleTallies) -> Breakdown:
    bands = [b.key for b in AGE_BANDS]
    return Breakdown("age", BREAKDOWN_TITLES["age"],
                     _rows(tallies, "age", [*bands, BELOW_BANDS, UNKNOWN], set(bands)))


def _youth(tallies: PeopleTallies) -> Breakdown:
    row = FigureRow(FigureKey("youth", YOUTH_BAND.key), YOUTH_BAND.label,
                    tallies.get("youth", YOUTH_BAND.key))
    return Breakdown("youth", BREAKDOWN_TITLES["youth"], (row,))


def _groups(tallies: PeopleTallies, groups: list[tuple[int, str]]) -> Breakdown:
    rows = [FigureRow(FigureKey("group", str(gid)), name, tallies.get("group", str(gid)))
            for gid, name in groups]
    if tallies.get("group", UNKNOWN).total:
        rows.append(FigureRow(FigureKey("group", UNKNOWN), NO_GROUP_LABEL,
                              tallies.get("group", UNKNOWN)))
    return Breakdown("groups", BREAKDOWN_TITLES["groups"], tuple(rows))


def _flags(tallies: PeopleTallies) -> Breakdown:
    people = tallies.participants
    rows = []
    for flag in SensitiveFlag:
        given = SexCount()
        for answer in TriState:
            value = flag_answer_key(flag, answer.value)
            count = tallies.get("flag", value)
            given = given + count
            rows.append(FigureRow(FigureKey("flag", value),
                                  flag_answer_label(flag, answer.value), count))
        missing = SexCount(people.total - given.total, people.women - given.women,
                           people.men - given.men)
        rows.append(FigureRow(FigureKey("flag", flag_answer_key(flag, UNKNOWN)),
                              flag_answer_label(flag, UNKNOWN), missing))
    return Breakdown("target_groups", BREAKDOWN_TITLES["target_groups"], tuple(rows))


def instrument_figures(uses: dict[str, int], people: dict[str, SexCount], minimum: int,
                       with_minimum: SexCount) -> InstrumentFigures:
    rows = tuple(InstrumentRow(category, CATEGORY_LABELS[category], uses.get(category.value, 0),
                               people.get(category.value, SexCount()))
                 for category in InstrumentCategory)
    return InstrumentFigures(rows, minimum, with_minimum)
