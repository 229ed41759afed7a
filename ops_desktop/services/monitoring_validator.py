"""The monitoring validator: every problem of every participant before a list leaves the office.

Runs over the stored facts (`MonitoringSource`), not over the written cells, so it can say why a
value is wrong (a PESEL checksum, a sex that contradicts the PESEL, a code no dictionary knows).
Each problem names the person (id for "jump to the person", label for the screen — never for a
log), the column (key and header as the list spells it) and a stable code. Nothing is changed
here: the export writes what is stored and this list says what to fix first."""

from __future__ import annotations

import re
from ops_desktop.domain import monitoring_columns as mc
from ops_desktop.domain.enums import (
    AreaType, Education, EndReason, ExitSituation, LabourStatus, LabourSubstatus, SensitiveFlag,
    TriState,
)
from ops_desktop.domain.monitoring import MonitoringProblem
from ops_desktop.domain.monitoring_pefs2007 import SUBSTATUS_OF
from ops_desktop.domain.monitoring_rows import (
    COLUMNS, MonitoringFormat, MonitoringSource, age_at_entry, pesel_facts,
)
from ops_desktop.domain.participants import EMAIL, POSTAL_CODE
from ops_desktop.domain.pesel import parse_pesel, pesel_problem

# What each list needs filled in ("where required"): practitioners' validation asks for the
# phone and the e-mail as well as the address, the dates and the dictionary answers.
_COMMON_REQUIRED = (
    "sex", "age", "education", "voivodeship", "county", "municipality", "city", "postal_code",
    "degurba", "phone", "email", "start_date", "labour_status",
)
# PEFS 2007 asks no DEGURBA (it asks urban / rural) and treats phone and e-mail as "if any".
REQUIRED_KEYS: dict[MonitoringFormat, tuple[str, ...]] = {
    MonitoringFormat.SL2014: _COMMON_REQUIRED,
    MonitoringFormat.CST2021: _COMMON_REQUIRED,
    MonitoringFormat.PEFS2007: (
        "sex", "age", "education", "voivodeship", "county", "municipality", "city",
        "postal_code", "area", "start_date", "labour_status",
    ),
}

_POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{9,}$")
_UNEMPLOYED = {LabourStatus.UNEMPLOYED_REGISTERED.value, LabourStatus.UNEMPLOYED_UNREGISTERED.value}
_KNOWN_LABOUR = {status.value for status in LabourStatus}
# Answers that belong to "another disadvantaged situation" in the SL2014 list.
_OTHER_DISADVANTAGE_SOURCES = (
    SensitiveFlag.ADDICTION, SensitiveFlag.DOMESTIC_VIOLENCE, SensitiveFlag.LEAVING_CARE_OR_PRISON,
)


def validate(sources: list[MonitoringSource], *, fmt: MonitoringFormat,
             project_number: str = "") -> list[MonitoringProblem]:
    """Every problem, person by person in the order given (each person's in the list's column
    order); project problems first."""
    headers: dict[str, str] = {}
    position: dict[str, int] = {}
    for index, column in enumerate(COLUMNS[fmt]):
        headers.setdefault(column.key, column.header)
        position.setdefault(column.key, index)
    problems: list[MonitoringProblem] = []
    if "project_number" in headers and not project_number.strip():
        problems.append(MonitoringProblem(None, "", "project_number", headers["project_number"],
                                          "required"))
    for source in sources:
        found = _person_problems(source, fmt, headers)
        found.sort(key=lambda item: position[item[0]])   # in the list's column order
        for key, code, params in found:
            problems.append(MonitoringProblem(source.person_id, source.label, key,
                                              headers.get(key, key), code, params))
    return problems


def _person_problems(s: MonitoringSource, fmt: MonitoringFormat, headers: dict[str, str]):
    found: list[tuple[str, str, dict[str, object]]] = []

    def add(key: str, code: str, **params: object) -> None:
        if key in headers:
            found.append((key, code, params))

    # Identity: PESEL, or "no PESEL" with another identifier.
    if s.no_pesel:
        if not s.other_id.strip():
            add("technical_id", "required")
    elif not s.pesel.strip():
        add("pesel", "required")
    else:
        code = pesel_problem(s.pesel)
        if code:
            add("pesel", code)
        elif s.sex and s.sex != parse_pesel(s.pesel).sex.value:
            add("sex", "pesel_mismatch")
    sex, born = pesel_facts(s)
    filled = {
        "sex": sex is not None, "age": True, "education": bool(s.education),
        "voivodeship": bool(s.voivodeship.strip()), "county": bool(s.county.strip()),
        "municipality": bool(s.municipality.strip()), "city": bool(s.city.strip()),
        "postal_code": bool(s.postal_code.strip()), "degurba": s.degurba is not None,
        "phone": bool(s.phone.strip()), "email": bool(s.email.strip()),
        "start_date": s.start_date is not None, "labour_status": bool(s.labour_status),
        "area": bool(s.area_type),
    }
    for key in REQUIRED_KEYS[fmt]:
        if not filled.get(key, True):
            add(key, "required")
    if s.start_date is not None:
        if born is None:
            add("age", "unknown")
        elif (age_at_entry(s) or 0) < 0:
            add("age", "born_after_start")
    if s.postal_code.strip() and not POSTAL_CODE.match(s.postal_code.strip()):
        add("postal_code", "format")
    if s.degurba is not None and s.degurba not in mc.DEGURBA_VALUES:
        add("degurba", "range", value=s.degurba)
    email = s.email.strip()
    if email:
        if _POLISH_LETTERS.search(email):
            add("email", "polish_letters")
        elif not EMAIL.match(email):
            add("email", "format")
    if s.phone.strip() and not _PHONE.match(s.phone.strip()):
        add("phone", "format")
    # Dictionary answers: a stored code no list knows is written unchanged and named here.
    for key, raw, enum in (("education", s.education, Education),
                           ("labour_status", s.labour_status, LabourStatus),
                           ("exit_situation", s.exit_situation, ExitSituation),
                           ("completed_path", s.end_reason, EndReason),
                           ("area", s.area_type, AreaType),
                           ("labour_status_detail", s.labour_substatus, LabourSubstatus)):
        if raw and raw not in {member.value for member in enum}:
            add(key, "dictionary", value=raw)
    if s.long_term_unemployed and s.labour_status in _KNOWN_LABOUR and \
            s.labour_status not in _UNEMPLOYED:
        add("labour_status_detail", "long_term_not_unemployed")
    for key, flag in mc.FLAG_COLUMNS.items():
        answer = s.flags.get(flag.value)
        if answer is None:
            add(key, "required")
        elif answer not in {member.value for member in TriState}:
            add(key, "dictionary", value=answer)
    if fmt is MonitoringFormat.CST2021 and \
            s.flags.get(SensitiveFlag.MINORITY_MIGRANT.value) == TriState.YES.value:
        add("flag_minority_migrant", "cannot_split")
    if fmt is MonitoringFormat.PEFS2007:
        _pefs_problems(s, add)
    if any(s.flags.get(flag.value) == TriState.YES.value for flag in _OTHER_DISADVANTAGE_SOURCES) \
            and s.flags.get(SensitiveFlag.OTHER_DISADVANTAGE.value) != TriState.YES.value:
        add("flag_other_disadvantage", "check_other_flags")
    # Dates and the end of participation.
    if s.start_date and s.end_date and s.end_date < s.start_date:
        add("end_date", "before_start")
    if s.end_date is not None:
        if not s.exit_situation:
            add("exit_situation", "required")
        if not s.end_reason:
            add("completed_path", "required")
    elif s.exit_situation or s.end_reason:
        add("end_date", "required")
    return found


def _pefs_problems(s: MonitoringSource, add) -> None:
    """The 2007–2013 form's own rules: a sub-status under its status, one question in two
    columns (minority, migrant)."""
    if s.flags.get(SensitiveFlag.MINORITY_MIGRANT.value) == TriState.YES.value:
        add("pefs_minority", "cannot_split")
    if s.labour_substatus in {k.value for k in LabourSubstatus} and \
            s.labour_status in _KNOWN_LABOUR:
        allowed = SUBSTATUS_OF[LabourSubstatus(s.labour_substatus)]
        if LabourStatus(s.labour_status) not in allowed:
            add("labour_status_detail", "substatus_mismatch", value=s.labour_substatus)
