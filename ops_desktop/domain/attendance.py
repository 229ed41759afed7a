"""Attendance: the three marks, the totals per person and the rules built on them.

A person's attendance is measured in hours (x100): hours present against the planned hours
of the sessions they were on the list for. Completion (a certificate of completion rather
than of participation) needs attendance ≥ the activity's threshold (default: the project's
`completion_threshold_pct`, usually 80%) AND the person completed the activity (did not
leave it, did not drop out of the project). More than 20% of the hours missed without excuse
is flagged (the limit is an office setting). Comparisons are exact integer arithmetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ops_desktop.domain.activities import ActivityForm, OfficeLines

UNEXCUSED_FLAG_PCT = 20


class Mark(StrEnum):
    PRESENT = "present"          # obecny (O)
    EXCUSED = "excused"          # nieobecność usprawiedliwiona (U)
    UNEXCUSED = "unexcused"      # nieobecność nieusprawiedliwiona (N)


# The one-letter codes printed and typed (obecny / usprawiedliwiony / nieobecny).
MARK_LETTERS: dict[Mark, str] = {Mark.PRESENT: "O", Mark.EXCUSED: "U", Mark.UNEXCUSED: "N"}


@dataclass(frozen=True)
class Totals:
    """What `attendance_totals` keeps per enrolment (hours x100)."""

    present_sessions: int = 0
    present_hours: int = 0
    excused_sessions: int = 0
    excused_hours: int = 0
    unexcused_sessions: int = 0
    unexcused_hours: int = 0
    planned_sessions: int = 0
    planned_hours: int = 0

    @property
    def pct(self) -> Decimal:
        return attendance_pct(self.present_hours, self.planned_hours)

    @property
    def unexcused_pct(self) -> Decimal:
        return attendance_pct(self.unexcused_hours, self.planned_hours)


def attendance_pct(part: int, planned: int) -> Decimal:
    """Percentage with one decimal place (0 when nothing is planned)."""
    if planned <= 0:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(planned)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def format_pct(value: Decimal) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def meets_threshold(present_hours: int, planned_hours: int, threshold_pct: int) -> bool:
    """present / planned ≥ threshold, exactly (no rounding decides a certificate)."""
    if planned_hours <= 0:
        return False
    return present_hours * 100 >= threshold_pct * planned_hours


def unexcused_flag(unexcused_hours: int, planned_hours: int,
                   limit_pct: int = UNEXCUSED_FLAG_PCT) -> bool:
    """More than `limit_pct` of the planned hours missed without excuse."""
    if planned_hours <= 0:
        return False
    return unexcused_hours * 100 > limit_pct * planned_hours


def recount(marks: Iterable[tuple[Mark, int]], planned: Iterable[int]) -> Totals:
    """Totals from scratch: `marks` as (mark, session hours), `planned` the session hours the
    person was on the list for. The maintained aggregate must always equal this."""
    counts = {mark: [0, 0] for mark in Mark}
    for mark, hours in marks:
        counts[mark][0] += 1
        counts[mark][1] += hours
    planned_list = list(planned)
    return Totals(
        present_sessions=counts[Mark.PRESENT][0], present_hours=counts[Mark.PRESENT][1],
        excused_sessions=counts[Mark.EXCUSED][0], excused_hours=counts[Mark.EXCUSED][1],
        unexcused_sessions=counts[Mark.UNEXCUSED][0], unexcused_hours=counts[Mark.UNEXCUSED][1],
        planned_sessions=len(planned_list), planned_hours=sum(planned_list),
    )


# --- the grid --------------------------------------------------------------------------------
@dataclass(frozen=True)
class GridPerson:
    enrolment_id: int
    person_id: int
    name: str                    # "Kowalski Jan"
    surroundings: bool
    started: bool                # the participation has started (not merely qualified)
    from_day: dt.date | None     # first day a mark may be given (start of participation / list)
    to_day: dt.date | None       # last day (end of participation / left the list)
    left: bool                   # left the activity or dropped out: not "completed"
    totals: Totals

    def may_attend(self, day: dt.date) -> bool:
        return self.started and (self.from_day is None or day >= self.from_day) and (
            self.to_day is None or day <= self.to_day)


@dataclass(frozen=True)
class GridSession:
    id: int
    number: int
    day: dt.date
    hours: int
    topic: str


@dataclass(frozen=True)
class AttendanceGrid:
    activity_id: int
    activity_name: str
    threshold_pct: int
    flag_pct: int
    hour_minutes: int
    people: tuple[GridPerson, ...]
    sessions: tuple[GridSession, ...]
    marks: dict[tuple[int, int], Mark]   # (enrolment id, session id) → mark


@dataclass(frozen=True)
class MarkChange:
    enrolment_id: int
    session_id: int
    mark: Mark | None            # None clears the cell


# --- printed documents -------------------------------------------------------------------------
@dataclass(frozen=True)
class MarksResult:
    totals: dict[int, Totals]        # enrolment id → new totals
    changed: int
    skipped: int = 0                 # "all present": people who could not attend that day


@dataclass(frozen=True)
class ListSession:
    """One attendance list: a session and the people expected at it (blank signatures)."""

    number: int
    day: dt.date
    time_text: str
    hours: int
    topic: str
    participants: tuple[str, ...]
    surroundings: tuple[str, ...]


@dataclass(frozen=True)
class AttendanceListsView:
    office: OfficeLines
    project_title: str
    funding_line: str
    activity_id: int
    activity_name: str
    form: ActivityForm
    trainer: str
    place: str
    hour_minutes: int
    sessions: tuple[ListSession, ...]


@dataclass(frozen=True)
class RegisterPerson:
    name: str
    surroundings: bool
    totals: Totals
    left: bool
    certificate: str             # number, or ""


@dataclass(frozen=True)
class RegisterSession:
    number: int
    day: dt.date
    time_text: str
    hours: int
    topic: str
    present_participants: int
    present_surroundings: int


@dataclass(frozen=True)
class ActivityRegisterView:
    office: OfficeLines
    project_title: str
    funding_line: str
    activity_name: str
    form: ActivityForm
    group_name: str
    instrument_name: str
    trainer: str
    place: str
    planned_hours: int
    hour_minutes: int
    threshold_pct: int
    flag_pct: int
    topics: tuple[str, ...]
    sessions: tuple[RegisterSession, ...]
    people: tuple[RegisterPerson, ...]
