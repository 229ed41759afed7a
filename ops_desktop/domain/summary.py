"""What a project summary holds: people counted once, their breakdowns, contracts,
instruments, hours, certificates and money. Pure data; `services/summary.py` fills it.

The age bands are DATA (with their boundaries), never constants buried in a query: the
monitoring lists use 15–24 / 25–54 / 55+, the seed projects a 15–25 youth band.

Every number of a summary has a `FigureKey` (dimension, value, sex) so the screen can open
the list of people behind it (`services/summary.people_behind`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ops_desktop.domain.enums import (
    Education, ExitSituation, InstrumentCategory, LabourStatus, RecruitmentStatus, SensitiveFlag,
    Sex, TriState,
)
from ops_desktop.domain.monitoring_columns import (
    EDUCATION_VALUES, EXIT_SITUATION_VALUES, LABOUR_STATUS_VALUES, TRISTATE_VALUES,
)


@dataclass(frozen=True)
class AgeBand:
    """Full years at entry, `low`..`high` inclusive (`high` None = no upper bound)."""

    key: str
    label: str
    low: int
    high: int | None

    def holds(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("15_24", "15–24 lata", 15, 24),
    AgeBand("25_54", "25–54 lata", 25, 54),
    AgeBand("55_plus", "55 lat i więcej", 55, None),
)
# The seeds' youth band ("młodzież w wieku 15–25 lat"); overlaps the bands above.
YOUTH_BAND = AgeBand("15_25", "Młodzież 15–25 lat", 15, 25)
BELOW_BANDS = "below"      # younger than the lowest band at entry
UNKNOWN = "unknown"        # no birth date / no answer / no value

# Participations that mean the person really took part (not applicants or the reserve list).
TAKING_PART: tuple[RecruitmentStatus, ...] = (
    RecruitmentStatus.PARTICIPANT, RecruitmentStatus.COMPLETED, RecruitmentStatus.DROPPED_OUT,
)


def age_band_key(age: int | None) -> str:
    if age is None:
        return UNKNOWN
    for band in AGE_BANDS:
        if band.holds(age):
            return band.key
    return BELOW_BANDS


@dataclass(frozen=True)
class SexCount:
    """People counted once: `total` includes anyone whose sex is unknown."""

    total: int = 0
    women: int = 0
    men: int = 0

    def __add__(self, other: SexCount) -> SexCount:
        return SexCount(self.total + other.total, self.women + other.women, self.men + other.men)

    def of(self, sex: str) -> int:
        return {"": self.total, Sex.FEMALE.value: self.women, Sex.MALE.value: self.men}[sex]


@dataclass(frozen=True)
class FigureKey:
    """Which people a number counts: `dimension` (participants, year, age, group…), `value`
    inside it, `sex` "" (all), "K" or "M". Text form "year:2011:K"."""

    dimension: str
    value: str = ""
    sex: str = ""

    def text(self) -> str:
        return f"{self.dimension}:{self.value}:{self.sex}"

    def with_sex(self, sex: str) -> FigureKey:
        return replace(self, sex=sex)

    @classmethod
    def parse(cls, text: str) -> FigureKey:
        parts = text.split(":")
        if len(parts) != 3 or parts[0] not in DIMENSIONS or parts[2] not in ("", "K", "M"):
            raise ValueError(text)
        return cls(*parts)


# The dimensions a figure can be opened on (people behind it).
DIMENSIONS = frozenset({
    "participants", "surroundings", "year", "year_surroundings", "age", "youth", "group",
    "flag", "labour", "education", "outcome", "exit", "instrument_category",
    "instrument_minimum",
})


@dataclass(frozen=True)
class FigureRow:
    key: FigureKey
    label: str
    count: SexCount


@dataclass(frozen=True)
class Breakdown:
    """One table of a summary: rows of people (a person may appear in several rows of the
    group and target-group breakdowns, once in each row)."""

    key: str
    title: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class YearRow:
    year: int
    participants: SexCount
    surroundings: SexCount


@dataclass(frozen=True)
class LabelledCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class ContractFigures:
    """Counts of social contracts (not people) in the period."""

    signed: int
    amended: int
    closed_by_outcome: tuple[LabelledCount, ...]
    terminated: int


@dataclass(frozen=True)
class InstrumentRow:
    category: InstrumentCategory
    label: str
    uses: int              # instrument given to a person (contract or activity), counted once each
    people: SexCount       # people who received at least one instrument of the category


@dataclass(frozen=True)
class InstrumentFigures:
    rows: tuple[InstrumentRow, ...]
    minimum: int                    # the project's minimum per person
    people_with_minimum: SexCount   # people with at least `minimum` different instruments


@dataclass(frozen=True)
class ActivityFigures:
    hours_x100: int                 # hours present, in hundredths, in the project's hour unit
    certificates_completion: int
    certificates_participation: int


@dataclass(frozen=True)
class MoneyFigures:
    """Integer grosze."""

    budget_total: int
    budget_eu: int
    budget_own: int
    benefits_total: int
    benefits_own: int


@dataclass(frozen=True)
class Summary:
    project_id: int
    project_title: str
    period_from: dt.date
    period_to: dt.date
    year: int | None                     # None = the whole project period
    generated_on: dt.date
    participants: SexCount
    surroundings: SexCount
    by_year: tuple[YearRow, ...]
    breakdowns: tuple[Breakdown, ...]
    money: MoneyFigures
    contracts: ContractFigures | None = None       # None: not recorded in this database yet
    instruments: InstrumentFigures | None = None
    activities: ActivityFigures | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def breakdown(self, key: str) -> Breakdown:
        for item in self.breakdowns:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class SummaryPrintInfo:
    """What a printed summary needs beside its figures: the office header and the audit head
    (id and hash of the newest audit entry: an outside anchor of the chain)."""

    office_name: str
    office_address: str
    funding_line: str
    audit_head: str = ""


# --- Polish labels of the breakdowns (printed in files; the screen translates them) --------
BREAKDOWN_TITLES: dict[str, str] = {
    "age": "Wiek w chwili przystąpienia do projektu",
    "youth": "Młodzież",
    "groups": "Grupy i moduły",
    "target_groups": "Grupy docelowe (pytania wrażliwe)",
    "labour": "Status na rynku pracy w chwili przystąpienia",
    "education": "Wykształcenie",
    "outcome": "Zakończenie udziału",
    "exit": "Sytuacja w chwili zakończenia udziału",
}

FLAG_LABELS: dict[SensitiveFlag, str] = {
    SensitiveFlag.DISABILITY: "Osoba z niepełnosprawnościami",
    SensitiveFlag.MINORITY_MIGRANT: "Mniejszość narodowa lub etniczna, migrant",
    SensitiveFlag.HOMELESSNESS: "Bezdomność lub wykluczenie z dostępu do mieszkań",
    SensitiveFlag.ADDICTION: "Uzależnienie lub współuzależnienie",
    SensitiveFlag.DOMESTIC_VIOLENCE: "Przemoc w rodzinie",
    SensitiveFlag.LEAVING_CARE_OR_PRISON: "Opuszczenie pieczy zastępczej lub zakładu karnego",
    SensitiveFlag.OTHER_DISADVANTAGE: "Inna niekorzystna sytuacja społeczna",
}

CATEGORY_LABELS: dict[InstrumentCategory, str] = {
    InstrumentCategory.EDUCATIONAL: "Edukacyjne",
    InstrumentCategory.HEALTH: "Zdrowotne",
    InstrumentCategory.VOCATIONAL: "Zawodowe",
    InstrumentCategory.SOCIAL: "Społeczne",
}

OUTCOME_LABELS: dict[str, str] = {
    RecruitmentStatus.COMPLETED.value: "Ukończyli udział",
    RecruitmentStatus.DROPPED_OUT.value: "Przerwali udział",
    "ongoing": "W trakcie udziału",
}

UNKNOWN_LABEL = "Brak danych"
BELOW_LABEL = "Poniżej 15 lat"
NO_GROUP_LABEL = "Bez grupy"
NO_ANSWER_LABEL = "Brak odpowiedzi"


def flag_answer_key(flag: SensitiveFlag, answer: str) -> str:
    """Value of a target-group figure: "disability=yes" (answer "unknown" = not answered)."""
    return f"{flag.value}={answer}"


def flag_answer_label(flag: SensitiveFlag, answer: str) -> str:
    try:
        answer_label = TRISTATE_VALUES[TriState(answer)]
    except ValueError:
        answer_label = NO_ANSWER_LABEL
    return f"{FLAG_LABELS[flag]} — {answer_label}"


POST_SECONDARY_LABEL = "Pomaturalne, policealne (ISCED 4)"


def value_label(dimension: str, value: str) -> str:
    """Polish label of a dictionary value inside a breakdown (education, labour, exit…)."""
    if value == UNKNOWN:
        return UNKNOWN_LABEL
    if dimension == "education":
        if value == Education.POST_SECONDARY.value:   # the lists write it with ISCED 3
            return POST_SECONDARY_LABEL
        return EDUCATION_VALUES[Education(value)]
    if dimension == "labour":
        return LABOUR_STATUS_VALUES[LabourStatus(value)]
    if dimension == "exit":
        return EXIT_SITUATION_VALUES[ExitSituation(value)]
    if dimension == "outcome":
        return OUTCOME_LABELS[value]
    if dimension == "age":
        return BELOW_LABEL if value == BELOW_BANDS else next(
            b.label for b in AGE_BANDS if b.key == value)
    return value
