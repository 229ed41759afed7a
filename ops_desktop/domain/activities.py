"""Activities (zajęcia) and their sessions: forms, drafts, views, hours and schedules.

Hours are integer hundredths of an hour everywhere below the UI (like money in grosze):
4 h is 400, 1,5 h is 150. Whether an hour is a clock hour (60 minutes) or a teaching hour
(45 minutes) is the project's setting `teaching_hour_minutes`; `hours_between` turns a time
span into hours of that kind. `generate_schedule` is the pure rule behind "every Tuesday and
Thursday 9:00–13:00 from … to …" (Polish public holidays skipped unless asked otherwise)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from ops_desktop import i18n
from ops_desktop.domain.errors import FieldProblem


class ActivityForm(StrEnum):
    COURSE = "course"                  # kurs, szkolenie
    WORKSHOP = "workshop"              # warsztaty (e.g. 40 h of vocational activation)
    SUPPORT_GROUP = "support_group"    # grupa wsparcia
    CONSULTATION = "consultation"      # indywidualne konsultacje / poradnictwo
    KIS_EDITION = "kis_edition"        # edycja Klubu Integracji Społecznej
    PAL_EVENT = "pal_event"            # działanie Programu Aktywności Lokalnej
    TRIP = "trip"                      # wyjazd, impreza integracyjna
    DAY_CARE = "day_care"              # opieka nad dziećmi uczestników w czasie zajęć


class SpecialistKind(StrEnum):
    PSYCHOLOGIST = "psychologist"
    CAREER_ADVISER = "career_adviser"
    LAWYER = "lawyer"
    PEDAGOGUE = "pedagogue"
    FAMILY_CONSULTANT = "family_consultant"
    THERAPIST = "therapist"
    DOCTOR = "doctor"
    OTHER = "other"


WEEKDAY_ABBREVIATIONS = ("pn", "wt", "śr", "cz", "pt", "so", "nd")   # Monday first, Polish


def weekday_abbreviation(day: dt.date | int) -> str:
    """The weekday's short name in the interface language (`--lang en`: "Mon" …); a date, or
    Monday = 0 … Sunday = 6. Printed documents keep WEEKDAY_ABBREVIATIONS (Polish)."""
    number = day if isinstance(day, int) else day.weekday()
    return i18n.translate("weekdays", WEEKDAY_ABBREVIATIONS[number])


# --- hours ----------------------------------------------------------------------------------
def parse_hours(text: str | int | Decimal) -> int:
    """'4', '4,5', '1.25' → hundredths of an hour (400, 450, 125). ValueError otherwise."""
    if isinstance(text, int):
        return text * 100
    raw = str(text).strip().lower().replace("h", "").replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", raw):
        raise ValueError(text)
    try:
        return int(Decimal(raw) * 100)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already guards
        raise ValueError(text) from exc


def format_hours(hours_x100: int) -> str:
    """400 → '4', 450 → '4,5', 533 → '5,33' (Polish decimal comma, no trailing zeros)."""
    sign = "-" if hours_x100 < 0 else ""
    whole, frac = divmod(abs(hours_x100), 100)
    if frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole},{frac:02d}".rstrip("0")


def hours_between(time_from: dt.time, time_to: dt.time, hour_minutes: int = 60) -> int:
    """Hours (x100) of the span in hours of `hour_minutes` minutes, rounded half up to 0,01."""
    minutes = (time_to.hour * 60 + time_to.minute) - (time_from.hour * 60 + time_from.minute)
    if minutes <= 0:
        return 0
    value = (Decimal(minutes) * 100 / Decimal(hour_minutes)).quantize(Decimal(1), ROUND_HALF_UP)
    return int(value)


# --- holidays and schedules -------------------------------------------------------------------
def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    line = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * line) // 451
    month = (h + line - 7 * m + 114) // 31
    day = (h + line - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def polish_holidays(year: int) -> frozenset[dt.date]:
    """Statutory days off work in Poland (Epiphany since 2011, Christmas Eve since 2025)."""
    easter = _easter(year)
    days = {
        dt.date(year, 1, 1), easter, easter + dt.timedelta(days=1),
        easter + dt.timedelta(days=49), easter + dt.timedelta(days=60),
        dt.date(year, 5, 1), dt.date(year, 5, 3), dt.date(year, 8, 15), dt.date(year, 11, 1),
        dt.date(year, 11, 11), dt.date(year, 12, 25), dt.date(year, 12, 26),
    }
    if year >= 2011:
        days.add(dt.date(year, 1, 6))
    if year >= 2025:
        days.add(dt.date(year, 12, 24))
    return frozenset(days)


@dataclass
class SessionDraft:
    day: dt.date
    time_from: dt.time | None = None
    time_to: dt.time | None = None
    hours: int = 0               # hundredths of an hour
    topic: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SessionView:
    id: int
    activity_id: int
    number: int                  # 1, 2, … in date order
    day: dt.date
    time_from: dt.time | None
    time_to: dt.time | None
    hours: int
    topic: str

    @property
    def time_text(self) -> str:
        if self.time_from and self.time_to:
            return f"{self.time_from:%H:%M}–{self.time_to:%H:%M}"
        return ""


def generate_schedule(*, weekdays: set[int] | frozenset[int], first_day: dt.date,
                      last_day: dt.date, time_from: dt.time, time_to: dt.time,
                      hour_minutes: int = 60, hours: int | None = None,
                      topics: list[str] | None = None, skip_holidays: bool = True
                      ) -> list[SessionDraft]:
    """Sessions on the given weekdays (0 = Monday … 6 = Sunday) from `first_day` to `last_day`.

    `hours` (x100) per session defaults to the span in the project's hours; `topics`, when
    given, are handed out in order (the last one repeats). Public holidays are skipped."""
    if last_day < first_day or not weekdays:
        return []
    per_session = hours if hours is not None else hours_between(time_from, time_to, hour_minutes)
    holidays: set[dt.date] = set()
    if skip_holidays:
        for year in range(first_day.year, last_day.year + 1):
            holidays |= polish_holidays(year)
    result: list[SessionDraft] = []
    day = first_day
    while day <= last_day:
        if day.weekday() in weekdays and day not in holidays:
            topic = ""
            if topics:
                topic = topics[min(len(result), len(topics) - 1)]
            result.append(SessionDraft(day, time_from, time_to, per_session, topic))
        day += dt.timedelta(days=1)
    return result


# --- activities --------------------------------------------------------------------------------
@dataclass
class ActivityDraft:
    project_id: int
    name: str = ""
    form: ActivityForm = ActivityForm.COURSE
    instrument_id: int | None = None
    group_id: int | None = None
    trainer: str = ""            # trainer or specialist who leads and signs the lists
    place: str = ""
    planned_hours: int = 0       # x100
    topics: str = ""             # the programme, one topic per line
    threshold_pct: int | None = None   # None: the project's completion threshold
    notes: str = ""


@dataclass(frozen=True)
class ActivityView:
    id: int
    draft: ActivityDraft
    project_title: str
    funding_line: str
    group_name: str
    instrument_name: str
    instrument_category: str
    hour_minutes: int            # 60 clock hours, 45 teaching hours (the project's setting)
    threshold_pct: int           # effective threshold
    sessions: int
    scheduled_hours: int         # x100, sum of the sessions
    first_day: dt.date | None
    last_day: dt.date | None
    participants: int
    surroundings: int
    project_start: dt.date
    project_end: dt.date

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class ActivityRow:
    id: int
    project_id: int
    name: str
    form: ActivityForm
    group_name: str
    trainer: str
    first_day: dt.date | None
    last_day: dt.date | None
    sessions: int
    scheduled_hours: int
    participants: int
    surroundings: int


@dataclass(frozen=True)
class EnrolmentView:
    """A person on an activity's list (participant or surroundings)."""

    id: int
    activity_id: int
    participation_id: int
    person_id: int
    last_name: str
    first_name: str
    surroundings: bool
    group_name: str
    joined_on: dt.date | None
    left_on: dt.date | None
    participation_status: str

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


@dataclass(frozen=True)
class Candidate:
    """A person of the project who can be put on an activity's list."""

    participation_id: int
    person_id: int
    last_name: str
    first_name: str
    group_id: int | None
    group_name: str
    surroundings: bool
    status: str
    enrolled: bool


@dataclass(frozen=True)
class EnrolResult:
    added: int
    already: int
    refused: tuple[tuple[int, str], ...] = ()   # (participation id, reason code)


# --- individual support (consultations) -----------------------------------------------------
@dataclass
class SupportEntryDraft:
    participation_id: int
    day: dt.date
    hours: int                   # x100
    topic: str = ""
    specialist: str = ""         # name of the specialist
    specialist_kind: SpecialistKind = SpecialistKind.OTHER
    activity_id: int | None = None   # the consultation activity it belongs to, if any
    time_from: dt.time | None = None
    time_to: dt.time | None = None
    id: int | None = None


@dataclass(frozen=True)
class SupportEntryView:
    id: int
    draft: SupportEntryDraft
    activity_name: str


@dataclass(frozen=True)
class OfficeLines:
    """The office as printed documents need it (header, place of issue, signatory)."""

    name: str
    address: str
    city: str
    head_name: str
    head_title: str


@dataclass(frozen=True)
class SupportCardView:
    office: OfficeLines
    project_title: str
    funding_line: str
    person_name: str
    pesel: str
    group_name: str
    entries: tuple[SupportEntryView, ...]
    total_hours: int
    hour_minutes: int


# --- validation -------------------------------------------------------------------------------
def validate_activity(draft: ActivityDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not draft.name.strip():
        problems.append(FieldProblem("name", "required"))
    if draft.planned_hours < 0:
        problems.append(FieldProblem("planned_hours", "negative"))
    if draft.threshold_pct is not None and not 0 < draft.threshold_pct <= 100:
        problems.append(FieldProblem("threshold_pct", "range"))
    return problems


def validate_session(draft: SessionDraft, *, project_start: dt.date,
                     project_end: dt.date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not project_start <= draft.day <= project_end:
        problems.append(FieldProblem("day", "outside_project",
                                     {"day": draft.day, "from": project_start, "to": project_end}))
    if draft.hours <= 0:
        problems.append(FieldProblem("hours", "not_positive", {"day": draft.day}))
    if draft.time_from and draft.time_to and draft.time_to <= draft.time_from:
        problems.append(FieldProblem("time_to", "before_start", {"day": draft.day}))
    return problems


def validate_support_entry(draft: SupportEntryDraft, *, project_start: dt.date,
                           project_end: dt.date) -> list[FieldProblem]:
    problems = validate_session(
        SessionDraft(draft.day, draft.time_from, draft.time_to, draft.hours),
        project_start=project_start, project_end=project_end)
    if not draft.topic.strip():
        problems.append(FieldProblem("topic", "required"))
    if not draft.specialist.strip():
        problems.append(FieldProblem("specialist", "required"))
    return problems

