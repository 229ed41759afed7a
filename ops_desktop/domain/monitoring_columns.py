"""The managing authority's participant lists, kept as DATA: column sets in their order and the
dictionary values spelled as the lists spell them (docs/DOMAIN.md, appendix).

One definition per format. The spreadsheet import (`services/importing.py`) matches headers
against these; the monitoring exports write them. A corrected official list changes this
module, never the code that reads or writes the files.

Each column has a stable `key` (what the program maps it to) and its `header` as printed in
the list. Two columns of a list may share a header ("W tym"): their keys differ and their
order tells them apart."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.enums import (
    Education, EndReason, ExitSituation, LabourStatus, SensitiveFlag, Sex, TriState,
)


@dataclass(frozen=True)
class MonitoringColumn:
    key: str
    header: str


def _columns(*pairs: tuple[str, str]) -> tuple[MonitoringColumn, ...]:
    return tuple(MonitoringColumn(key, header) for key, header in pairs)


# SL2014 (2014–2020) participant list, individual participants, in this order.
SL2014_PARTICIPANT_COLUMNS: tuple[MonitoringColumn, ...] = _columns(
    ("country", "Kraj"),
    ("participant_type", "Rodzaj uczestnika"),
    ("institution", "Nazwa instytucji"),
    ("first_name", "Imię"),
    ("last_name", "Nazwisko"),
    ("pesel", "PESEL"),
    ("no_pesel", "Brak PESEL"),
    ("sex", "Płeć"),
    ("age", "Wiek w chwili przystąpienia do projektu"),
    ("education", "Wykształcenie"),
    ("voivodeship", "Województwo"),
    ("county", "Powiat"),
    ("municipality", "Gmina"),
    ("city", "Miejscowość"),
    ("street", "Ulica"),
    ("building", "Nr budynku"),
    ("flat", "Nr lokalu"),
    ("postal_code", "Kod pocztowy"),
    ("degurba", "Obszar wg stopnia urbanizacji (DEGURBA)"),
    ("phone", "Telefon kontaktowy"),
    ("email", "Adres e-mail"),
    ("start_date", "Data rozpoczęcia udziału w projekcie"),
    ("end_date", "Data zakończenia udziału w projekcie"),
    ("labour_status", "Status osoby na rynku pracy w chwili przystąpienia do projektu"),
    ("labour_status_detail", "W tym"),
    ("occupation", "Wykonywany zawód"),
    ("employer", "Zatrudniony w"),
    ("exit_situation", "Sytuacja (1) osoby w momencie zakończenia udziału w projekcie"),
    ("exit_situation_2", "Sytuacja (2) osoby w momencie zakończenia udziału w projekcie"),
    ("youth_results", "Inne rezultaty dotyczące osób młodych"),
    ("completed_path",
     "Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa"),
    ("support_type", "Rodzaj przyznanego wsparcia"),
    ("support_type_detail", "W tym"),
    ("support_start_date", "Data rozpoczęcia udziału we wsparciu"),
    ("support_end_date", "Data zakończenia udziału we wsparciu"),
    ("business_start_date", "Data założenia działalności gospodarczej"),
    ("business_grant", "Kwota przyznanych środków na założenie działalności gospodarczej"),
    ("business_pkd", "PKD założonej działalności gospodarczej"),
    ("flag_minority_migrant",
     "Osoba należąca do mniejszości narodowej lub etnicznej, migrant, osoba obcego pochodzenia"),
    ("flag_homelessness", "Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań"),
    ("flag_disability", "Osoba z niepełnosprawnościami"),
    ("household_jobless", "Osoba przebywająca w gospodarstwie domowym bez osób pracujących"),
    ("household_jobless_children",
     "W tym: w gospodarstwie domowym z dziećmi pozostającymi na utrzymaniu"),
    ("household_single_adult",
     "Osoba żyjąca w gospodarstwie składającym się z jednej osoby dorosłej i dzieci "
     "pozostających na utrzymaniu"),
    ("flag_other_disadvantage",
     "Osoba w innej niekorzystnej sytuacji społecznej (innej niż wymienione powyżej)"),
)

# 2021–2027 CSV: 43 columns, ';' separator, UTF-8 with BOM, dates RRRR-MM-DD.
CSV_2021_COLUMNS: tuple[MonitoringColumn, ...] = _columns(
    ("project_number", "Numer projektu"),
    ("citizenship", "Obywatelstwo"),
    ("participant_type", "Rodzaj uczestnika"),
    ("institution", "Nazwa instytucji"),
    ("first_name", "Imię"),
    ("last_name", "Nazwisko"),
    ("pesel", "PESEL"),
    ("no_pesel", "Brak PESEL"),
    ("technical_id", "Techniczny identyfikator"),
    ("sex", "Płeć"),
    ("age", "Wiek"),
    ("education", "Wykształcenie"),
    ("country", "Kraj"),
    ("voivodeship", "Województwo"),
    ("county", "Powiat"),
    ("municipality", "Gmina"),
    ("city", "Miejscowość"),
    ("postal_code", "Kod pocztowy"),
    ("degurba", "DEGURBA"),
    ("phone", "Telefon"),
    ("email", "Adres e-mail"),
    ("start_date", "Data rozpoczęcia udziału w projekcie"),
    ("end_date", "Data zakończenia udziału w projekcie"),
    ("labour_status", "Status osoby na rynku pracy w chwili przystąpienia do projektu"),
    ("labour_status_detail", "W tym"),
    ("planned_education_end", "Planowana data zakończenia edukacji"),
    ("exit_situation", "Sytuacja osoby po zakończeniu udziału"),
    ("completed_path", "Zakończenie udziału zgodnie ze ścieżką"),
    ("support_scope", "Zakres wsparcia"),
    ("support_type", "Rodzaj przyznanego wsparcia"),
    ("support_type_detail", "W tym"),
    ("support_start_date", "Data rozpoczęcia udziału we wsparciu"),
    ("business_start_date", "Data założenia działalności gospodarczej"),
    ("flag_foreign_origin", "Osoba obcego pochodzenia"),
    ("flag_third_country", "Osoba z państwa trzeciego"),
    ("flag_minority_migrant",
     "Osoba należąca do mniejszości narodowej lub etnicznej (w tym społeczności "
     "marginalizowane)"),
    ("flag_homelessness",
     "Osoba w kryzysie bezdomności lub dotknięta wykluczeniem z dostępu do mieszkań"),
    ("flag_disability", "Osoba z niepełnosprawnościami"),
    ("added_on", "Data dodania"),
    ("added_by", "Użytkownik dodający"),
    ("modified_on", "Data modyfikacji"),
    ("modified_by", "Użytkownik modyfikujący"),
    ("remarks", "Uwagi"),
)

# The optional column the import accepts beside a list's own columns: the group / module.
GROUP_COLUMN = MonitoringColumn("group", "Grupa")

# Columns an imported row cannot do without (PESEL may be replaced by "Brak PESEL" = Tak).
IMPORT_REQUIRED_KEYS: frozenset[str] = frozenset({"first_name", "last_name", "start_date"})

# --- dictionary values, as the lists spell them -------------------------------------------
COUNTRY_POLAND = "Polska"
PARTICIPANT_TYPE_INDIVIDUAL = "Indywidualny"

SEX_VALUES: dict[Sex, str] = {Sex.FEMALE: "Kobieta", Sex.MALE: "Mężczyzna"}

TRISTATE_VALUES: dict[TriState, str] = {
    TriState.YES: "Tak", TriState.NO: "Nie", TriState.REFUSED: "Odmowa podania informacji",
}

# The en-dash in "ISCED 5–8" matters.
EDUCATION_VALUES: dict[Education, str] = {
    Education.BELOW_PRIMARY: "Niższe niż podstawowe (ISCED 0)",
    Education.PRIMARY: "Podstawowe (ISCED 1)",
    Education.LOWER_SECONDARY: "Gimnazjalne (ISCED 2)",
    Education.UPPER_SECONDARY: "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)",
    Education.POST_SECONDARY: "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)",
    Education.TERTIARY: "Wyższe (ISCED 5–8)",
}

LABOUR_STATUS_VALUES: dict[LabourStatus, str] = {
    LabourStatus.UNEMPLOYED_REGISTERED: "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
    LabourStatus.UNEMPLOYED_UNREGISTERED:
        "Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy",
    LabourStatus.INACTIVE: "Osoba bierna zawodowo",
    LabourStatus.EMPLOYED: "Osoba pracująca",
}

# "W tym" after the labour-market status.
LONG_TERM_UNEMPLOYED_VALUE = "Osoba długotrwale bezrobotna"
OTHER_DETAIL_VALUE = "Inne"

# Situation at exit. docs/DOMAIN.md gives no spelling for these: this is the program's own list
# (kept here, as data, so a corrected official spelling changes one place).
EXIT_SITUATION_VALUES: dict[ExitSituation, str] = {
    ExitSituation.EMPLOYED: "Podjęcie pracy",
    ExitSituation.SEEKING_WORK: "Poszukiwanie pracy",
    ExitSituation.IN_EDUCATION: "Podjęcie kształcenia lub szkolenia",
    ExitSituation.INACTIVE: "Bierność zawodowa",
    ExitSituation.OTHER: "Inne",
}

# "Zakończenie udziału zgodnie ze ścieżką": Tak = completed the path, Nie = dropped out.
COMPLETED_PATH_VALUES: dict[str, EndReason] = {
    "Tak": EndReason.COMPLETED_PATH, "Nie": EndReason.DROPPED_OUT,
}

# Which sensitive question each flag column answers (both lists).
FLAG_COLUMNS: dict[str, SensitiveFlag] = {
    "flag_minority_migrant": SensitiveFlag.MINORITY_MIGRANT,
    "flag_homelessness": SensitiveFlag.HOMELESSNESS,
    "flag_disability": SensitiveFlag.DISABILITY,
    "flag_other_disadvantage": SensitiveFlag.OTHER_DISADVANTAGE,
}

DEGURBA_VALUES: dict[int, str] = {1: "1", 2: "2", 3: "3"}

# Columns of the SL2014 list the program writes empty, and why (docs/MONITORING.md).
SL2014_EMPTY_REASONS: dict[str, str] = {
    "occupation": "dotyczy tylko osób pracujących; program nie przechowuje zawodu",
    "employer": "dotyczy tylko osób pracujących; program nie przechowuje pracodawcy",
    "exit_situation_2": "program przechowuje jedną sytuację po zakończeniu udziału",
    "youth_results": "dotyczy osób młodych (15–29) w projektach dla nich; nie przechowywane",
    "support_type": "słownik rodzajów wsparcia zależy od programu regionalnego; uzupełnij "
                    "w SL2014",
    "support_type_detail": "jak „Rodzaj przyznanego wsparcia”",
    "business_start_date": "nie dotyczy: projekty aktywnej integracji nie przyznają środków "
                           "na działalność gospodarczą",
    "business_grant": "nie dotyczy: projekty aktywnej integracji nie przyznają środków "
                      "na działalność gospodarczą",
    "business_pkd": "nie dotyczy: projekty aktywnej integracji nie przyznają środków "
                    "na działalność gospodarczą",
    "household_jobless": "program nie przechowuje składu gospodarstwa domowego w tym ujęciu",
    "household_jobless_children":
        "program nie przechowuje składu gospodarstwa domowego w tym ujęciu",
    "household_single_adult": "program nie przechowuje składu gospodarstwa domowego w tym ujęciu",
}
