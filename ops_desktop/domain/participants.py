"""People and their participations: drafts the dialogs fill, views the lists show, and the
validation rules of intake (PESEL, sex, postal code, e-mail)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ops_desktop.domain.enums import (
    AreaType,
    ConsentType,
    DisabilityDegree,
    Education,
    EndReason,
    ExitSituation,
    LabourStatus,
    LabourSubstatus,
    ParticipationRole,
    RecruitmentStatus,
    SensitiveFlag,
    Sex,
    TriState,
)
from ops_desktop.domain.errors import FieldProblem
from ops_desktop.domain.names import EARLIEST_BIRTH, name_problem
from ops_desktop.domain.pesel import parse_pesel, pesel_problem

POSTAL_CODE = re.compile(r"^\d{2}-\d{3}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


@dataclass
class Address:
    street: str = ""
    building: str = ""
    flat: str = ""
    postal_code: str = ""
    city: str = ""
    municipality: str = ""   # gmina
    county: str = ""         # powiat
    voivodeship: str = ""    # województwo
    degurba: int | None = None  # 1 city, 2 town/suburb, 3 rural
    area_type: AreaType | None = None  # urban / rural (GUS), for the 2007–2013 list


@dataclass
class PersonDraft:
    """What the intake form collects. `pesel` empty + `no_pesel` True needs `other_id`."""

    first_name: str = ""
    last_name: str = ""
    pesel: str = ""
    no_pesel: bool = False
    other_id: str = ""
    sex: Sex | None = None          # from the PESEL when there is one
    birth_date: dt.date | None = None
    address: Address = field(default_factory=Address)
    phone: str = ""
    email: str = ""
    education: Education | None = None
    labour_status: LabourStatus | None = None
    long_term_unemployed: bool = False
    labour_substatus: LabourSubstatus | None = None
    sensitive: dict[SensitiveFlag, TriState] = field(default_factory=dict)
    disability_degree: DisabilityDegree | None = None
    household_id: int | None = None   # the participant whose surroundings this person is
    caseworker_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class PersonRow:
    """One line of the participants list (no special-category data)."""

    id: int
    last_name: str
    first_name: str
    pesel: str
    birth_date: dt.date | None
    sex: Sex | None
    city: str
    projects: str


@dataclass(frozen=True)
class PersonView:
    id: int
    draft: PersonDraft
    created_at: dt.datetime
    version: int = 1  # grows with every save; handed back to `update_person` (EditConflict)


@dataclass
class ParticipationDraft:
    person_id: int
    project_id: int
    group_id: int | None = None
    role: ParticipationRole = ParticipationRole.PARTICIPANT
    status: RecruitmentStatus = RecruitmentStatus.APPLIED
    applied_on: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    end_reason: EndReason | None = None
    exit_situation: ExitSituation | None = None


@dataclass(frozen=True)
class ParticipationView:
    id: int
    person_id: int
    project_id: int
    project_title: str
    group_id: int | None
    group_name: str
    role: ParticipationRole
    status: RecruitmentStatus
    start_date: dt.date | None
    end_date: dt.date | None
    end_reason: EndReason | None
    exit_situation: ExitSituation | None
    age_at_entry: int | None


@dataclass(frozen=True)
class ConsentView:
    id: int
    person_id: int
    type: ConsentType
    text_version: str
    given_on: dt.date
    withdrawn_on: dt.date | None


def validate_person(draft: PersonDraft, *, today: dt.date | None = None) -> list[FieldProblem]:
    """Every problem of the draft at once, each tied to its field."""
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    for name in ("first_name", "last_name"):
        value = getattr(draft, name)
        code = "required" if not value.strip() else name_problem(value)
        if code:
            problems.append(FieldProblem(name, code))
    if draft.no_pesel:
        if not draft.other_id.strip():
            problems.append(FieldProblem("other_id", "required"))
        if draft.birth_date and draft.birth_date > today:
            problems.append(FieldProblem("birth_date", "future"))
        elif draft.birth_date and draft.birth_date < EARLIEST_BIRTH:
            problems.append(FieldProblem("birth_date", "too_early"))
    else:
        code = pesel_problem(draft.pesel, today=today)
        if code:
            problems.append(FieldProblem("pesel", code))
        elif parse_pesel(draft.pesel).birth_date < EARLIEST_BIRTH:
            problems.append(FieldProblem("pesel", "too_early"))
        else:
            info = parse_pesel(draft.pesel)
            if draft.sex is not None and draft.sex is not info.sex:
                problems.append(FieldProblem("sex", "pesel_mismatch", {"pesel_sex": info.sex}))
    postal = draft.address.postal_code.strip()
    if postal and not POSTAL_CODE.match(postal):
        problems.append(FieldProblem("postal_code", "format"))
    email = draft.email.strip()
    if email and not EMAIL.match(email):
        problems.append(FieldProblem("email", "format"))
    if draft.address.degurba not in (None, 1, 2, 3):
        problems.append(FieldProblem("degurba", "range"))
    if draft.disability_degree and draft.sensitive.get(
        SensitiveFlag.DISABILITY) is not TriState.YES:
        problems.append(FieldProblem("disability_degree", "without_disability"))
    return problems


def complete_from_pesel(draft: PersonDraft) -> PersonDraft:
    """Fill sex and birth date from a valid PESEL (they are derived, never typed)."""
    if not draft.no_pesel and pesel_problem(draft.pesel) is None:
        info = parse_pesel(draft.pesel)
        draft.pesel = info.number
        draft.sex = info.sex
        draft.birth_date = info.birth_date
    return draft


# --- the participants list: its filter and where its next page starts ------------------

@dataclass(frozen=True)
class PeopleFilter:
    """What the participants list shows (db/repositories/people_search.py answers it)."""

    text: str = ""
    project_id: int | None = None
    group_id: int | None = None
    status: str | None = None
    year: int | None = None
    caseworker_id: int | None = None  # set by the service for caseworkers (own caseload)
    coordinator_id: int | None = None  # set for coordinators (caseload + their projects' people)
    include_anonymised: bool = False


@dataclass(frozen=True)
class PageCursor:
    """Where the next page of a surname-ordered list starts: after this row of that part."""

    part: int
    last_key: str
    id: int
