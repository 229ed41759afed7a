"""The PO KL 2007–2013 participant list: "Formularz PEFS 2007", the sheet of individual
participants ("Dane uczestników indywidualnych"), kept as DATA like the other lists
(`domain/monitoring_columns.py`).

Sources and what could not be verified are in docs/MONITORING.md: the managing authority's
instruction ("Instrukcja wypełniania Formularza PEFS 2007 dla PO KL", versions of 16.09.2009
and August 2011) was found by title only, so the column names, their order and the
dictionary spellings below are the program's reconstruction, marked "inferred" there. A
corrected official list changes this module, never the code that reads or writes the file.

The period's own vocabularies, not those of 2014–2020: education in six levels (no ISCED),
the labour-market status in three with its sub-statuses ("w tym"), the area urban / rural."""

from __future__ import annotations

import re

from ops_desktop.domain.enums import (
    AreaType, Education, InstrumentCategory, LabourStatus, LabourSubstatus, Sex, TriState,
)
from ops_desktop.domain.monitoring_columns import MonitoringColumn

PEFS2007_COLUMNS: tuple[MonitoringColumn, ...] = tuple(MonitoringColumn(k, h) for k, h in (
    ("lp", "Lp."),
    ("participant_type", "Rodzaj uczestnika"),
    ("first_name", "Imię"),
    ("last_name", "Nazwisko"),
    ("sex", "Płeć"),
    ("age", "Wiek w chwili przystąpienia do projektu"),
    ("pesel", "PESEL"),
    ("no_pesel", "Brak PESEL"),
    ("education", "Wykształcenie"),
    ("voivodeship", "Województwo"),
    ("county", "Powiat"),
    ("municipality", "Gmina"),
    ("city", "Miejscowość"),
    ("street", "Ulica"),
    ("building", "Nr budynku"),
    ("flat", "Nr lokalu"),
    ("postal_code", "Kod pocztowy"),
    ("area", "Obszar"),
    ("phone_landline", "Telefon stacjonarny"),
    ("phone_mobile", "Telefon komórkowy"),
    ("email", "Adres poczty elektronicznej (e-mail)"),
    ("start_date", "Data rozpoczęcia udziału w projekcie"),
    ("end_date", "Data zakończenia udziału w projekcie"),
    ("completed_path",
     "Zakończenie udziału w projekcie zgodnie z zaplanowaną ścieżką uczestnictwa"),
    ("labour_status", "Status na rynku pracy w chwili przystąpienia do projektu"),
    ("labour_status_detail", "W tym"),
    ("support_type", "Rodzaj przyznanego wsparcia"),
    # Added in version 3.0 (2012), required only in projects aimed at these groups.
    ("pefs_disability", "Osoba niepełnosprawna"),
    ("pefs_minority", "Osoba należąca do mniejszości narodowej lub etnicznej"),
    ("pefs_migrant", "Migrant"),
))

SHEET_TITLE = "Uczestnicy indywidualni"
PARTICIPANT_TYPE_INDIVIDUAL = "Indywidualny"
DATE_FORMAT = "%d.%m.%Y"          # DD.MM.RRRR

EDUCATION_VALUES: dict[Education, str] = {
    Education.BELOW_PRIMARY: "Brak",
    Education.PRIMARY: "Podstawowe",
    Education.LOWER_SECONDARY: "Gimnazjalne",
    Education.UPPER_SECONDARY: "Ponadgimnazjalne",
    Education.POST_SECONDARY: "Pomaturalne",
    Education.TERTIARY: "Wyższe",
}

# The form knows three statuses: registered or not, an unemployed person is "Bezrobotny".
LABOUR_STATUS_VALUES: dict[LabourStatus, str] = {
    LabourStatus.UNEMPLOYED_REGISTERED: "Bezrobotny",
    LabourStatus.UNEMPLOYED_UNREGISTERED: "Bezrobotny",
    LabourStatus.INACTIVE: "Nieaktywny zawodowo",
    LabourStatus.EMPLOYED: "Zatrudniony",
}

LONG_TERM_UNEMPLOYED_VALUE = "Osoba długotrwale bezrobotna"
SUBSTATUS_VALUES: dict[LabourSubstatus, str] = {
    LabourSubstatus.IN_EDUCATION: "Osoba ucząca się lub kształcąca się",
    LabourSubstatus.FARMER: "Rolnik",
    LabourSubstatus.SELF_EMPLOYED: "Samozatrudniony",
    LabourSubstatus.MICRO_ENTERPRISE: "Zatrudniony w mikroprzedsiębiorstwie",
    LabourSubstatus.SMALL_ENTERPRISE: "Zatrudniony w małym przedsiębiorstwie",
    LabourSubstatus.MEDIUM_ENTERPRISE: "Zatrudniony w średnim przedsiębiorstwie",
    LabourSubstatus.LARGE_ENTERPRISE: "Zatrudniony w dużym przedsiębiorstwie",
    LabourSubstatus.PUBLIC_ADMINISTRATION: "Zatrudniony w administracji publicznej",
    LabourSubstatus.NGO: "Zatrudniony w organizacji pozarządowej",
}
# Which sub-status belongs under which status (anything else is named by the validator).
SUBSTATUS_OF: dict[LabourSubstatus, frozenset[LabourStatus]] = {
    LabourSubstatus.IN_EDUCATION: frozenset({LabourStatus.INACTIVE}),
    **{kind: frozenset({LabourStatus.EMPLOYED}) for kind in LabourSubstatus
       if kind is not LabourSubstatus.IN_EDUCATION},
}

AREA_VALUES: dict[AreaType, str] = {AreaType.URBAN: "Miejski", AreaType.RURAL: "Wiejski"}
SEX_VALUES: dict[Sex, str] = {Sex.FEMALE: "Kobieta", Sex.MALE: "Mężczyzna"}
# Yes / No questions; the v3.0 questions have no "refused" answer: a refusal is left empty.
YES_NO: dict[TriState, str] = {TriState.YES: "Tak", TriState.NO: "Nie"}

# "Rodzaj przyznanego wsparcia": the form's dictionary was not found (docs/MONITORING.md).
# What the participant received during the stay is written in the words of measure 7.1
# (inferred, not the dictionary's spelling): the social contract, then the categories of the
# instruments of active integration of their contracts and activities, in this order.
SOCIAL_CONTRACT_VALUE = "Kontrakt socjalny"
SUPPORT_CATEGORY_VALUES: dict[InstrumentCategory, str] = {
    InstrumentCategory.EDUCATIONAL: "Instrumenty aktywizacji edukacyjnej",
    InstrumentCategory.HEALTH: "Instrumenty aktywizacji zdrowotnej",
    InstrumentCategory.VOCATIONAL: "Instrumenty aktywizacji zawodowej",
    InstrumentCategory.SOCIAL: "Instrumenty aktywizacji społecznej",
}
SUPPORT_SEPARATOR = "; "


def support_text(*, social_contract: bool, categories: frozenset[str]) -> str:
    """The column's text: "Kontrakt socjalny; Instrumenty aktywizacji zawodowej"…; empty when
    nothing of the stay is recorded. Unknown category values are left out."""
    parts = [SOCIAL_CONTRACT_VALUE] if social_contract else []
    parts += [text for category, text in SUPPORT_CATEGORY_VALUES.items()
              if category.value in categories]
    return SUPPORT_SEPARATOR.join(parts)


# Every value a dictionary column of the list may hold (tests hold the export to these;
# "support_type" holds several of its values joined by SUPPORT_SEPARATOR).
VOCABULARIES: dict[str, frozenset[str]] = {
    "participant_type": frozenset({PARTICIPANT_TYPE_INDIVIDUAL}),
    "sex": frozenset(SEX_VALUES.values()),
    "no_pesel": frozenset(YES_NO.values()),
    "education": frozenset(EDUCATION_VALUES.values()),
    "area": frozenset(AREA_VALUES.values()),
    "completed_path": frozenset(YES_NO.values()),
    "labour_status": frozenset(LABOUR_STATUS_VALUES.values()),
    "labour_status_detail": frozenset({LONG_TERM_UNEMPLOYED_VALUE, *SUBSTATUS_VALUES.values()}),
    "pefs_disability": frozenset(YES_NO.values()),
    "pefs_minority": frozenset(YES_NO.values()),
    "pefs_migrant": frozenset(YES_NO.values()),
    "support_type": frozenset({SOCIAL_CONTRACT_VALUE, *SUPPORT_CATEGORY_VALUES.values()}),
}

# Columns the program leaves empty, and why (the export dialog and the CLI say so): none.
EMPTY_REASONS: dict[str, str] = {}

# Polish mobile numbers begin with these two digits (of nine); any other number is a
# landline. The form asks for the two apart, the office keeps one number.
_MOBILE_PREFIXES = frozenset({"45", "50", "51", "53", "57", "60", "66", "69", "72", "73",
                              "78", "79", "88"})
_NOT_DIGIT = re.compile(r"\D")


def split_phone(phone: str) -> tuple[str, str]:
    """(landline, mobile): the stored number in the column it belongs to, as stored."""
    text = phone.strip()
    if not text:
        return "", ""
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) == 11 and digits.startswith("48"):
        digits = digits[2:]
    if len(digits) == 9 and digits[:2] in _MOBILE_PREFIXES:
        return "", text
    return text, ""
