"""Office, projects, yearly editions and groups: drafts and views."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ops_desktop.domain.enums import GroupKind
from ops_desktop.domain.errors import FieldProblem


@dataclass
class OfficeDraft:
    name: str = ""
    short_name: str = ""           # "MOPR Włocławek"
    street: str = ""
    postal_code: str = ""
    city: str = ""
    nip: str = ""
    regon: str = ""
    head_name: str = ""            # signatory of documents
    head_title: str = "Dyrektor"
    logo_path: str = ""


@dataclass
class EditionDraft:
    """A yearly edition of a project with its targets."""

    year: int
    target_participants: int = 0
    target_contracts: int = 0
    notes: str = ""
    id: int | None = None


@dataclass
class GroupDraft:
    name: str
    kind: GroupKind = GroupKind.OTHER
    planned_size: int = 0
    target_group: str = ""
    year: int | None = None        # the edition the group belongs to, if any
    id: int | None = None


@dataclass
class ProjectDraft:
    title: str = ""
    programme: str = ""             # "PO KL, Poddziałanie 7.1.1"
    funder_contract_no: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    budget_total: int = 0           # grosze
    budget_eu: int = 0
    budget_own: int = 0
    min_instruments: int = 3        # per person (configurable; "Otwarci Na Jutro": 3)
    completion_threshold_pct: int = 80
    teaching_hour_minutes: int = 60  # 45 for teaching hours
    target_age_min: int | None = None
    target_age_max: int | None = None
    retention_until: dt.date | None = None
    funding_line: str = ""          # printed under document headers
    # The participant list it reports in (domain/monitoring_rows.MonitoringFormat value);
    # None: chosen from the start year (until 2013 PEFS 2007, until 2020 SL2014, then 2021–27).
    monitoring_format: str | None = None
    editions: list[EditionDraft] = field(default_factory=list)
    groups: list[GroupDraft] = field(default_factory=list)


@dataclass(frozen=True)
class GroupView:
    id: int
    project_id: int
    name: str
    kind: GroupKind
    planned_size: int
    target_group: str
    year: int | None
    enrolled: int


@dataclass(frozen=True)
class ProjectView:
    id: int
    draft: ProjectDraft
    groups: tuple[GroupView, ...]
    managed: bool = True  # the reader may change it (coordinators: their projects only)


@dataclass(frozen=True)
class ProjectRow:
    id: int
    title: str
    programme: str
    start_date: dt.date
    end_date: dt.date
    budget_total: int
    participants: int
    budget_eu: int = 0
    budget_own: int = 0
    groups: int = 0
    managed: bool = True  # the reader may edit it and run its work (coordinators: theirs only)


def validate_project(draft: ProjectDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not draft.title.strip():
        problems.append(FieldProblem("title", "required"))
    if draft.start_date is None:
        problems.append(FieldProblem("start_date", "required"))
    if draft.end_date is None:
        problems.append(FieldProblem("end_date", "required"))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        problems.append(FieldProblem("end_date", "before_start"))
    for name in ("budget_total", "budget_eu", "budget_own"):
        if getattr(draft, name) < 0:
            problems.append(FieldProblem(name, "negative"))
    # 0 means "not stated": a total whose split the documents do not give (Rybnik's page
    # states only the total) is allowed; once a part is given, the parts must add up.
    parts = draft.budget_eu + draft.budget_own
    if draft.budget_total and parts and parts != draft.budget_total:
        problems.append(
            FieldProblem("budget_total", "sum_mismatch",
                         {"sum": draft.budget_eu + draft.budget_own, "total": draft.budget_total})
        )
    if not 0 < draft.completion_threshold_pct <= 100:
        problems.append(FieldProblem("completion_threshold_pct", "range"))
    if draft.min_instruments < 0:
        problems.append(FieldProblem("min_instruments", "negative"))
    if draft.teaching_hour_minutes not in (45, 60):
        problems.append(FieldProblem("teaching_hour_minutes", "range"))
    if draft.monitoring_format not in (None, "pefs2007", "sl2014", "cst2021"):
        problems.append(FieldProblem("monitoring_format", "range"))
    low, high = draft.target_age_min, draft.target_age_max
    if low is not None and high is not None and high < low:
        problems.append(FieldProblem("target_age_max", "below_min"))
    years = [e.year for e in draft.editions]
    if len(years) != len(set(years)):
        problems.append(FieldProblem("editions", "duplicate_year"))
    if draft.start_date and draft.end_date:
        for year in years:
            if not draft.start_date.year <= year <= draft.end_date.year:
                problems.append(FieldProblem("editions", "year_outside", {"year": year}))
    return problems


def validate_office(draft: OfficeDraft) -> list[FieldProblem]:
    from stdnum.pl import nip, regon  # local: only office settings need them

    problems: list[FieldProblem] = []
    if not draft.name.strip():
        problems.append(FieldProblem("name", "required"))
    if draft.nip.strip() and not nip.is_valid(draft.nip):
        problems.append(FieldProblem("nip", "checksum"))
    if draft.regon.strip() and not regon.is_valid(draft.regon):
        problems.append(FieldProblem("regon", "checksum"))
    if draft.postal_code.strip() and not re.fullmatch(r"\d{2}-\d{3}", draft.postal_code.strip()):
        problems.append(FieldProblem("postal_code", "format"))
    return problems
