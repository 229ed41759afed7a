"""The managing authority's monitoring lists as data: one definition per format.

Each format is a `ColumnSet`: its columns in the order the list requires, each with the header
spelled exactly as the list spells it and the `MonitoringRow` field it is filled from. A column
whose field is None is not kept by the application and is left empty (the export says which).
The dictionary values below are spelled as DOMAIN.md gives them (en-dashes included), so a
corrected official list changes this data, not the code that writes or reads the files.
Shared by the exports (issue 6) and the import of participant lists (issue 5)."""

from __future__ import annotations

from dataclasses import dataclass

from ops_desktop.domain.enums import (
    Education, EndReason, ExitSituation, LabourStatus, Sex, TriState,
)


@dataclass(frozen=True)
class MonitoringColumn:
    header: str
    field: str | None   # the MonitoringRow field; None = not kept here, left empty


@dataclass(frozen=True)
class ColumnSet:
    code: str            # "sl2014" | "cst2021"
    title: str
    file_kind: str       # "xlsx" | "csv"
    columns: tuple[MonitoringColumn, ...]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def fields(self) -> list[str | None]:
        return [c.field for c in self.columns]

    @property
    def empty_headers(self) -> list[str]:
        """Headers of the columns the application does not keep (left empty)."""
        return [c.header for c in self.columns if c.field is None]


def _columns(*pairs: tuple[str, str | None]) -> tuple[MonitoringColumn, ...]:
    return tuple(MonitoringColumn(header, field) for header, field in pairs)


# SL2014 (2014–2020) participant list, individual participants, in this order (45 columns).
SL2014 = ColumnSet("sl2014", "SL2014 — lista uczestników (XLSX)", "xlsx", _columns(
    ("Kraj", "country"),
    ("Rodzaj uczestnika", "participant_kind"),
    ("Nazwa instytucji", "institution"),
    ("Imię", "first_name"),
    ("Nazwisko", "last_name"),
    ("PESEL", "pesel"),
    ("Brak PESEL", "no_pesel"),
    ("Płeć", "sex"),
    ("Wiek w chwili przystąpienia do projektu", "age_at_entry"),
    ("Wykształcenie", "education"),
    ("Województwo", "voivodeship"),
    ("Powiat", "county"),
    ("Gmina", "municipality"),
    ("Miejscowość", "city"),
    ("Ulica", "street"),
    ("Nr budynku", "building"),
    ("Nr lokalu", "flat"),
    ("Kod pocztowy", "postal_code"),
    ("Obszar wg stopnia urbanizacji (DEGURBA)", "degurba"),
    ("Telefon kontaktowy", "phone"),
    ("Adres e-mail", "email"),
    ("Data rozpoczęcia udziału w projekcie", "start_date"),
    ("Data zakończenia udziału w projekcie", "end_date"),
    ("Status osoby na rynku pracy w chwili przystąpienia do projektu", "labour_status"),
    ("W tym", "labour_status_detail"),
    ("Wykonywany zawód", None),
    ("Zatrudniony w", None),
    ("Sytuacja (1) osoby w momencie zakończenia udziału w projekcie", "exit_situation"),
    ("Sytuacja (2) osoby w momencie zakończenia udziału w projekcie", None),
    ("Inne rezultaty dotyczące osób młodych", None),
    ("Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką "
     "uczestnictwa", "completed_path"),
    ("Rodzaj przyznanego wsparcia", None),
    ("W tym", None),
    ("Data rozpoczęcia udziału we wsparciu", None),
    ("Data zakończenia udziału we wsparciu", None),
    ("Data założenia działalności gospodarczej", None),
    ("Kwota przyznanych środków na założenie działalności gospodarczej", None),
    ("PKD założonej działalności gospodarczej", None),
    ("Osoba należąca do mniejszości narodowej lub etnicznej, migrant, osoba obcego "
     "pochodzenia", "minority_migrant"),
    ("Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", "homelessness"),
    ("Osoba z niepełnosprawnościami", "disability"),
    ("Osoba przebywająca w gospodarstwie domowym bez osób pracujących", None),
    ("W tym: w gospodarstwie domowym z dziećmi pozostającymi na utrzymaniu", None),
    ("Osoba żyjąca w gospodarstwie składającym się z jednej osoby dorosłej i dzieci "
     "pozostających na utrzymaniu", None),
    ("Osoba w innej niekorzystnej sytuacji społecznej (innej niż wymienione powyżej)",
     "other_disadvantage"),
))

# 2021–2027 CSV (43 columns, `;`, UTF-8 with BOM, dates RRRR-MM-DD).
CST2021 = ColumnSet("cst2021", "2021–2027 — lista uczestników (CSV)", "csv", _columns(
    ("Numer projektu", "project_number"),
    ("Obywatelstwo", None),
    ("Rodzaj uczestnika", "participant_kind"),
    ("Nazwa instytucji", "institution"),
    ("Imię", "first_name"),
    ("Nazwisko", "last_name"),
    ("PESEL", "pesel"),
    ("Brak PESEL", "no_pesel"),
    ("Techniczny identyfikator", "other_id"),
    ("Płeć", "sex"),
    ("Wiek", "age_at_entry"),
    ("Wykształcenie", "education"),
    ("Kraj", "country"),
    ("Województwo", "voivodeship"),
    ("Powiat", "county"),
    ("Gmina", "municipality"),
    ("Miejscowość", "city"),
    ("Kod pocztowy", "postal_code"),
    ("DEGURBA", "degurba"),
    ("Telefon", "phone"),
    ("Adres e-mail", "email"),
    ("Data rozpoczęcia udziału w projekcie", "start_date"),
    ("Data zakończenia udziału w projekcie", "end_date"),
    ("Status osoby na rynku pracy w chwili przystąpienia do projektu", "labour_status"),
    ("W tym", "labour_status_detail"),
    ("Planowana data zakończenia edukacji", None),
    ("Sytuacja osoby po zakończeniu udziału", "exit_situation"),
    ("Zakończenie udziału zgodnie ze ścieżką", "completed_path"),
    ("Zakres wsparcia", None),
    ("Rodzaj przyznanego wsparcia", None),
    ("W tym", None),
    ("Data rozpoczęcia udziału we wsparciu", None),
    ("Data założenia działalności gospodarczej", None),
    ("Osoba obcego pochodzenia", "foreign_origin"),
    ("Osoba z państwa trzeciego", "third_country"),
    ("Osoba należąca do mniejszości narodowej lub etnicznej (w tym społeczności "
     "marginalizowane)", "minority"),
    ("Osoba w kryzysie bezdomności lub dotknięta wykluczeniem z dostępu do mieszkań",
     "homelessness"),
    ("Osoba z niepełnosprawnościami", "disability"),
    ("Data dodania", "added_on"),
    ("Użytkownik dodający", None),
    ("Data modyfikacji", "modified_on"),
    ("Użytkownik modyfikujący", None),
    ("Uwagi", None),
))

COLUMN_SETS: dict[str, ColumnSet] = {c.code: c for c in (SL2014, CST2021)}

# ---- dictionary values, spelled as the lists spell them ----
COUNTRY_POLAND = "Polska"
PARTICIPANT_KIND_INDIVIDUAL = "Indywidualny"
YES = "Tak"
NO = "Nie"

SEX_LABELS: dict[Sex, str] = {Sex.FEMALE: "Kobieta", Sex.MALE: "Mężczyzna"}

# The sensitive and household questions.
TRISTATE_LABELS: dict[TriState, str] = {
    TriState.YES: "Tak",
    TriState.NO: "Nie",
    TriState.REFUSED: "Odmowa podania informacji",
}

EDUCATION_LABELS: dict[Education, str] = {
    Education.BELOW_PRIMARY: "Niższe niż podstawowe (ISCED 0)",
    Education.PRIMARY: "Podstawowe (ISCED 1)",
    Education.LOWER_SECONDARY: "Gimnazjalne (ISCED 2)",
    Education.UPPER_SECONDARY: "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)",
    Education.TERTIARY: "Wyższe (ISCED 5–8)",   # en-dash, as the list spells it
}

LABOUR_STATUS_LABELS: dict[LabourStatus, str] = {
    LabourStatus.UNEMPLOYED_REGISTERED: "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
    LabourStatus.UNEMPLOYED_UNREGISTERED:
        "Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy",
    LabourStatus.INACTIVE: "Osoba bierna zawodowo",
    LabourStatus.EMPLOYED: "Osoba pracująca",
}
UNEMPLOYED = frozenset({LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED})
LABOUR_DETAIL_LONG_TERM = "Osoba długotrwale bezrobotna"
LABOUR_DETAIL_OTHER = "Inne"

# Not given in DOMAIN.md: the wording practitioners' lists use; correct here if the official
# dictionary differs.
EXIT_SITUATION_LABELS: dict[ExitSituation, str] = {
    ExitSituation.EMPLOYED: "Osoba pracująca (w tym prowadząca działalność na własny rachunek)",
    ExitSituation.SEEKING_WORK: "Osoba poszukująca pracy",
    ExitSituation.IN_EDUCATION: "Osoba kontynuująca kształcenie lub szkolenie",
    ExitSituation.INACTIVE: "Osoba bierna zawodowo",
    ExitSituation.OTHER: "Inne",
}

# "Ended as planned": only a completed path counts; dropping out, leaving for a job or any
# other reason is "Nie".
COMPLETED_PATH_REASONS = frozenset({EndReason.COMPLETED_PATH})

DEGURBA_VALUES = (1, 2, 3)   # 1 cities, 2 towns and suburbs, 3 rural areas
