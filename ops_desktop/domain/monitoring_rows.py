"""One monitoring row per participant: the stored facts of a person in a project turned into
the values of the managing authority's lists (`domain/monitoring_columns.py`).

Pure: `MonitoringSource` holds the stored values as they are (raw codes, not enums), so a value
the dictionaries do not know is written unchanged and named by the validator instead of being
dropped or crashing. Age at entry is full years on the first day of support, from the PESEL's
birth date (the stored birth date when there is no PESEL); sex comes from the PESEL."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from ops_desktop.domain import monitoring_columns as mc
from ops_desktop.domain import monitoring_pefs2007 as pefs
from ops_desktop.domain.enums import (
    AreaType, Education, EndReason, ExitSituation, LabourStatus, LabourSubstatus, SensitiveFlag,
    Sex, TriState,
)
from ops_desktop.domain.pesel import age_on, parse_pesel, pesel_problem


class MonitoringFormat(StrEnum):
    SL2014 = "sl2014"      # XLSX, the 2014–2020 participant list
    CST2021 = "cst2021"    # CSV, 2021–2027
    PEFS2007 = "pefs2007"  # XLSX, PO KL 2007–2013 (Formularz PEFS 2007)


COLUMNS: dict[MonitoringFormat, tuple[mc.MonitoringColumn, ...]] = {
    MonitoringFormat.SL2014: mc.SL2014_PARTICIPANT_COLUMNS,
    MonitoringFormat.CST2021: mc.CSV_2021_COLUMNS,
    MonitoringFormat.PEFS2007: pefs.PEFS2007_COLUMNS,
}

# PEFS 2007 counts stays in the project: a person who took part twice (two editions) is two
# rows, each with its own dates; participations that overlap (two groups at once) are one row
# (services/monitoring._stays). The later lists count people: one row, first start, last end.
PER_PARTICIPATION = frozenset({MonitoringFormat.PEFS2007})


_PO_KL = re.compile(r"\bpo ?kl\b|kapita[lł] ludzki", re.IGNORECASE)


def default_format(start_year: int, programme: str = "") -> MonitoringFormat:
    """The list a project reported in: a PO KL project (its programme says so) in PEFS 2007
    whenever it started (PO KL projects ran until 2015); otherwise by the start year: until
    2013 PEFS 2007, 2014–2020 SL2014, from 2021 CST2021."""
    if _PO_KL.search(programme) or start_year <= 2013:
        return MonitoringFormat.PEFS2007
    if start_year <= 2020:
        return MonitoringFormat.SL2014
    return MonitoringFormat.CST2021

# CST2021 splits the one question the office asks (minority / migrant / foreign origin) into
# three columns. "Nie" and a refusal carry over to all three; "Tak" cannot be split and is
# left for the user to answer (the validator says so).
CST2021_SPLIT_FLAG_KEYS = ("flag_foreign_origin", "flag_third_country", "flag_minority_migrant")

# Keys this module fills; every other column of a list is not kept by the application.
PRODUCED_KEYS = frozenset({
    "project_number", "country", "participant_type", "institution", "first_name", "last_name",
    "pesel", "no_pesel", "technical_id", "sex", "age", "education", "voivodeship", "county",
    "municipality", "city", "street", "building", "flat", "postal_code", "degurba", "phone",
    "email", "start_date", "end_date", "labour_status", "labour_status_detail",
    "exit_situation", "completed_path", "added_on", "modified_on", *mc.FLAG_COLUMNS,
    *CST2021_SPLIT_FLAG_KEYS, "lp", "area", "phone_landline", "phone_mobile",
    "pefs_disability", "pefs_minority", "pefs_migrant", "support_start_date",
    "support_end_date",
})
# Filled in one list only: PEFS 2007's "Rodzaj przyznanego wsparcia" (SL2014's column of the
# same key stays empty, with its reason).
PRODUCED_IN: dict[MonitoringFormat, frozenset[str]] = {
    MonitoringFormat.PEFS2007: frozenset({"support_type"}),
}


@dataclass(frozen=True)
class MonitoringSource:
    """A participant's stored facts, raw. Several participations in one project are merged
    by the service: first start, last end (none while one is still open)."""

    person_id: int
    first_name: str
    last_name: str
    pesel: str = ""
    no_pesel: bool = False
    other_id: str = ""
    sex: str | None = None
    birth_date: dt.date | None = None
    street: str = ""
    building: str = ""
    flat: str = ""
    postal_code: str = ""
    city: str = ""
    municipality: str = ""
    county: str = ""
    voivodeship: str = ""
    degurba: int | None = None
    area_type: str | None = None
    phone: str = ""
    email: str = ""
    education: str | None = None
    labour_status: str | None = None
    long_term_unemployed: bool = False
    labour_substatus: str | None = None
    flags: dict[str, str] = field(default_factory=dict)   # SensitiveFlag value -> TriState value
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    end_reason: str | None = None
    exit_situation: str | None = None
    # Support of the stay (PEFS 2007 "Rodzaj przyznanego wsparcia"): a social contract of
    # the project in force during it, and the instrument categories (InstrumentCategory
    # values) of those contracts and of the activities the person was enrolled on.
    social_contract: bool = False
    instrument_categories: frozenset[str] = frozenset()
    added_on: dt.date | None = None
    modified_on: dt.date | None = None

    @property
    def label(self) -> str:
        """How the validator list names the person on screen (never logged)."""
        return f"{self.last_name} {self.first_name}".strip()


@dataclass(frozen=True)
class MonitoringRow:
    person_id: int
    values: dict[str, str | int]   # column key -> value as written ("" = empty)

    def cells(self, fmt: MonitoringFormat) -> list[str | int]:
        return [self.values.get(c.key, "") for c in COLUMNS[fmt]]


def headers(fmt: MonitoringFormat) -> list[str]:
    return [c.header for c in COLUMNS[fmt]]


def empty_headers(fmt: MonitoringFormat) -> list[str]:
    """Headers of the columns the application does not keep: written empty."""
    return list(empty_columns(fmt))


def empty_columns(fmt: MonitoringFormat) -> dict[str, str]:
    """Header -> why the application writes that column empty, in the list's order."""
    reasons = {MonitoringFormat.PEFS2007: pefs.EMPTY_REASONS,
               MonitoringFormat.SL2014: mc.SL2014_EMPTY_REASONS}.get(fmt, {})
    return {c.header: reasons.get(c.key, "program nie przechowuje tej informacji")
            for c in COLUMNS[fmt]
            if c.key not in PRODUCED_KEYS | PRODUCED_IN.get(fmt, frozenset())}


def pesel_facts(source: MonitoringSource) -> tuple[Sex | None, dt.date | None]:
    """Sex and birth date from a valid PESEL, else the stored ones (None when unknown)."""
    if not source.no_pesel and source.pesel and pesel_problem(source.pesel) is None:
        info = parse_pesel(source.pesel)
        return info.sex, info.birth_date
    stored_sex = source.sex if source.sex in {s.value for s in Sex} else None
    return (Sex(stored_sex) if stored_sex else None), source.birth_date


def age_at_entry(source: MonitoringSource) -> int | None:
    _, born = pesel_facts(source)
    if born is None or source.start_date is None:
        return None
    return age_on(born, source.start_date)


def build_row(source: MonitoringSource, *, fmt: MonitoringFormat,
              project_number: str = "") -> MonitoringRow:
    if fmt is MonitoringFormat.PEFS2007:
        return MonitoringRow(source.person_id, _pefs_values(source))
    sex, _ = pesel_facts(source)
    age = age_at_entry(source)
    values: dict[str, str | int] = {
        "project_number": project_number,
        "country": mc.COUNTRY_POLAND,
        "participant_type": mc.PARTICIPANT_TYPE_INDIVIDUAL,
        "institution": "",
        "first_name": source.first_name,
        "last_name": source.last_name,
        "pesel": "" if source.no_pesel else source.pesel,
        "no_pesel": mc.TRISTATE_VALUES[TriState.YES if source.no_pesel else TriState.NO],
        "technical_id": source.other_id if source.no_pesel else "",
        "sex": mc.SEX_VALUES[sex] if sex else (source.sex or ""),
        "age": age if age is not None else "",
        "education": dictionary_label(source.education, Education, mc.EDUCATION_VALUES),
        "voivodeship": source.voivodeship,
        "county": source.county,
        "municipality": source.municipality,
        "city": source.city,
        "street": source.street,
        "building": source.building,
        "flat": source.flat,
        "postal_code": source.postal_code,
        "degurba": source.degurba if source.degurba is not None else "",
        "phone": source.phone,
        "email": source.email,
        "start_date": _day(source.start_date),
        "end_date": _day(source.end_date),
        # The program records support as one span per participation: the first support is
        # the start of participation (services/enrolment.py), the last its end.
        "support_start_date": _day(source.start_date),
        "support_end_date": _day(source.end_date),
        "labour_status": dictionary_label(source.labour_status, LabourStatus,
                                          mc.LABOUR_STATUS_VALUES),
        "labour_status_detail": _labour_detail(source),
        "exit_situation": dictionary_label(source.exit_situation, ExitSituation,
                                 mc.EXIT_SITUATION_VALUES),
        "completed_path": _completed_path(source),
        "added_on": _day(source.added_on),
        "modified_on": _day(source.modified_on),
    }
    for key, flag in mc.FLAG_COLUMNS.items():
        values[key] = dictionary_label(source.flags.get(flag.value), TriState, mc.TRISTATE_VALUES)
    if fmt is MonitoringFormat.CST2021:
        combined = source.flags.get(SensitiveFlag.MINORITY_MIGRANT.value)
        split = "" if combined == TriState.YES.value else values["flag_minority_migrant"]
        for key in CST2021_SPLIT_FLAG_KEYS:
            values[key] = split
    return MonitoringRow(source.person_id, values)


def number_rows(rows: list[MonitoringRow]) -> list[MonitoringRow]:
    """PEFS 2007's "Lp.": 1, 2, 3… in the order written."""
    for index, row in enumerate(rows, start=1):
        row.values["lp"] = index
    return rows


def _pefs_values(source: MonitoringSource) -> dict[str, str | int]:
    sex, _ = pesel_facts(source)
    age = age_at_entry(source)
    landline, mobile = pefs.split_phone(source.phone)
    flags = source.flags
    minority = _pefs_yes_no(flags.get(SensitiveFlag.MINORITY_MIGRANT.value))
    return {
        "participant_type": pefs.PARTICIPANT_TYPE_INDIVIDUAL,
        "first_name": source.first_name,
        "last_name": source.last_name,
        "sex": pefs.SEX_VALUES[sex] if sex else (source.sex or ""),
        "age": age if age is not None else "",
        "pesel": "" if source.no_pesel else source.pesel,
        "no_pesel": pefs.YES_NO[TriState.YES if source.no_pesel else TriState.NO],
        "education": dictionary_label(source.education, Education, pefs.EDUCATION_VALUES),
        "voivodeship": source.voivodeship,
        "county": source.county,
        "municipality": source.municipality,
        "city": source.city,
        "street": source.street,
        "building": source.building,
        "flat": source.flat,
        "postal_code": source.postal_code,
        "area": dictionary_label(source.area_type, AreaType, pefs.AREA_VALUES),
        "phone_landline": landline,
        "phone_mobile": mobile,
        "email": source.email,
        "start_date": _pefs_day(source.start_date),
        "end_date": _pefs_day(source.end_date),
        "completed_path": _completed_path(source),
        "labour_status": dictionary_label(source.labour_status, LabourStatus,
                                          pefs.LABOUR_STATUS_VALUES),
        "labour_status_detail": _pefs_detail(source),
        "support_type": pefs.support_text(social_contract=source.social_contract,
                                          categories=source.instrument_categories),
        "pefs_disability": _pefs_yes_no(flags.get(SensitiveFlag.DISABILITY.value)),
        # One question asked, two columns: "Nie" carries to both; "Tak" cannot be split
        # (the validator asks the user), a refusal stays empty (the form has no such answer).
        "pefs_minority": minority if minority == "Nie" else "",
        "pefs_migrant": minority if minority == "Nie" else "",
    }


def _pefs_yes_no(raw: str | None) -> str:
    if raw == TriState.REFUSED.value:
        return ""
    return dictionary_label(raw, TriState, pefs.YES_NO)


def _pefs_day(day: dt.date | None) -> str:
    return day.strftime(pefs.DATE_FORMAT) if day else ""


def _pefs_detail(source: MonitoringSource) -> str:
    if source.long_term_unemployed and source.labour_status in (
            LabourStatus.UNEMPLOYED_REGISTERED.value, LabourStatus.UNEMPLOYED_UNREGISTERED.value):
        return pefs.LONG_TERM_UNEMPLOYED_VALUE
    return dictionary_label(source.labour_substatus, LabourSubstatus, pefs.SUBSTATUS_VALUES)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def dictionary_label(raw: str | None, enum: type[StrEnum], labels: dict) -> str:
    """The dictionary spelling of a stored code; an unknown code is written unchanged (the
    validator names it), never dropped."""
    if raw is None or raw == "":
        return ""
    try:
        return labels[enum(raw)]
    except (ValueError, KeyError):
        return raw


def _labour_detail(source: MonitoringSource) -> str:
    if source.labour_status is None:
        return ""
    if source.long_term_unemployed:
        return mc.LONG_TERM_UNEMPLOYED_VALUE
    return mc.OTHER_DETAIL_VALUE


def _completed_path(source: MonitoringSource) -> str:
    if source.end_reason is None:
        return ""
    try:
        reason = EndReason(source.end_reason)
    except ValueError:
        return source.end_reason
    return mc.TRISTATE_VALUES[TriState.YES if reason is EndReason.COMPLETED_PATH else TriState.NO]
