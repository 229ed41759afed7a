"""Certificates (zaświadczenia) and the certificate register (rejestr zaświadczeń).

Numbers run on per calendar year of issue (1/2009, 2/2009, …) in the office's format
(setting `certificate_number_format`, default "{n}/{yyyy}"). A reprint keeps its number and
is printed as a duplicate ("DUPLIKAT")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ops_desktop.domain.activities import ActivityForm, OfficeLines
from ops_desktop.domain.attendance import Totals, meets_threshold
from ops_desktop.domain.enums import Sex


class CertificateKind(StrEnum):
    COMPLETION = "completion"        # zaświadczenie o ukończeniu
    PARTICIPATION = "participation"  # zaświadczenie o uczestnictwie


def certificate_kind(totals: Totals, threshold_pct: int, completed: bool) -> CertificateKind:
    if completed and meets_threshold(totals.present_hours, totals.planned_hours, threshold_pct):
        return CertificateKind.COMPLETION
    return CertificateKind.PARTICIPATION


def format_number(pattern: str, n: int, year: int) -> str:
    """'{n}/{yyyy}' with n=7, year=2009 → '7/2009'. Unknown fields are left as written."""
    return (pattern.replace("{n}", str(n)).replace("{yyyy}", f"{year:04d}")
            .replace("{yy}", f"{year % 100:02d}"))


@dataclass(frozen=True)
class CertificateCandidate:
    """A participant of an activity as the certificate dialog shows them."""

    enrolment_id: int
    person_id: int
    name: str
    totals: Totals
    completed: bool                  # did not leave the activity or drop out of the project
    proposed: CertificateKind
    unexcused_flag: bool
    certificate_id: int | None       # already issued?
    certificate_number: str
    certificate_kind: CertificateKind | None


@dataclass(frozen=True)
class IssueResult:
    issued: tuple[int, ...]          # new certificate ids, in number order
    numbers: tuple[str, ...]
    skipped_existing: int
    skipped_participation: int       # below the threshold and participation ones not wanted


@dataclass(frozen=True)
class CertificateView:
    """Everything one printed certificate says."""

    id: int
    number: str
    kind: CertificateKind
    duplicate: bool
    person_name: str
    pesel: str
    sex: Sex | None
    activity_name: str
    form: ActivityForm
    project_title: str
    funding_line: str
    first_day: dt.date | None
    last_day: dt.date | None
    present_hours: int               # x100
    planned_hours: int
    hour_minutes: int
    topics: tuple[str, ...]
    issued_on: dt.date
    office: OfficeLines


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    year: int
    n: int
    person_name: str
    pesel: str
    activity_name: str
    kind: CertificateKind
    issued_on: dt.date
    prints: int


@dataclass(frozen=True)
class RegisterView:
    office: OfficeLines
    funding_line: str
    title: str                       # "Rejestr zaświadczeń 2009" (and the activity, if one)
    rows: tuple[RegisterRow, ...]
