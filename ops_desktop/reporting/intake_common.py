"""What the printed documents of intake share: the page frame with the text versions in the
footer, the person's data as a two-column table, and the Polish wording of the dictionaries
they print (the monitoring lists' own spelling where one exists)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Table

from ops_desktop.domain.enums import (
    ConsentType, DisabilityDegree, EndReason, ParticipationRole, RecruitmentStatus,
    SensitiveFlag,
)
from ops_desktop.domain.document_texts import CONSENT_TEXT_KEYS
from ops_desktop.domain.intake_documents import PersonSheet, parse_consent_text_version
from ops_desktop.domain.participants import ConsentView
from ops_desktop.domain.monitoring_columns import (
    EDUCATION_VALUES, EXIT_SITUATION_VALUES, LABOUR_STATUS_VALUES, LONG_TERM_UNEMPLOYED_VALUE,
    SEX_VALUES,
)
from ops_desktop.reporting.print_forms import date_text, versions_text
from ops_desktop.reporting.document import DocumentHeader, table
from ops_desktop.reporting.print_parts import PLAIN, WIDTH

STATUS = {
    RecruitmentStatus.APPLIED: "zgłoszenie", RecruitmentStatus.QUALIFIED: "zakwalifikowany(-a)",
    RecruitmentStatus.RESERVE: "lista rezerwowa", RecruitmentStatus.REJECTED: "odrzucony(-a)",
    RecruitmentStatus.PARTICIPANT: "uczestnik(-czka)",
    RecruitmentStatus.COMPLETED: "ukończył(a) udział",
    RecruitmentStatus.DROPPED_OUT: "przerwał(a) udział",
}
ROLE = {ParticipationRole.PARTICIPANT: "uczestnik(-czka)",
        ParticipationRole.SURROUNDINGS: "otoczenie uczestnika"}
END_REASON = {
    EndReason.COMPLETED_PATH: "ukończenie ścieżki udziału", EndReason.DROPPED_OUT: "rezygnacja",
    EndReason.FOUND_JOB: "podjęcie zatrudnienia", EndReason.OTHER: "inny powód",
}
FLAG = {
    SensitiveFlag.DISABILITY: "Osoba z niepełnosprawnościami",
    SensitiveFlag.MINORITY_MIGRANT: "Osoba należąca do mniejszości narodowej lub etnicznej, "
                                    "migrant, osoba obcego pochodzenia",
    SensitiveFlag.HOMELESSNESS: "Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań",
    SensitiveFlag.ADDICTION: "Uzależnienie lub współuzależnienie",
    SensitiveFlag.DOMESTIC_VIOLENCE: "Przemoc w rodzinie",
    SensitiveFlag.LEAVING_CARE_OR_PRISON: "Opuszczenie pieczy zastępczej lub zakładu karnego",
    SensitiveFlag.OTHER_DISADVANTAGE: "Osoba w innej niekorzystnej sytuacji społecznej",
}
DEGREE = {DisabilityDegree.LIGHT: "lekki", DisabilityDegree.MODERATE: "umiarkowany",
          DisabilityDegree.SEVERE: "znaczny"}
CONSENT = {
    ConsentType.DATA_PROCESSING: "przetwarzanie danych osobowych",
    ConsentType.SPECIAL_CATEGORY: "przetwarzanie danych szczególnych kategorii",
    ConsentType.IMAGE: "wykorzystanie wizerunku",
}


def consent_version(consent: ConsentView) -> str:
    """"wersja 3" for a version this program recorded, else the label as recorded."""
    number = parse_consent_text_version(consent.text_version, CONSENT_TEXT_KEYS[consent.type])
    return f"wersja {number}" if number is not None else consent.text_version


def header(*, office_name: str, office_address: str, funding_line: str, document: str,
           text_versions: dict[str, int]) -> DocumentHeader:
    note = document
    if text_versions:
        note = f"{document} · wzory tekstów: {versions_text(text_versions)}"
    return DocumentHeader(office_name=office_name, office_address=office_address,
                          funding_line=funding_line, footer_note=note, title=document)


def person_rows(person: PersonSheet, *, extended: bool) -> list[list[str]]:
    rows = [["Imię i nazwisko", person.full_name], ["PESEL", person.pesel or "—"],
            ["Data urodzenia", date_text(person.birth_date, "—")]]
    if extended:
        rows.append(["Płeć", SEX_VALUES.get(person.sex, "—") if person.sex else "—"])
    rows += [["Adres zamieszkania", person.address or "—"], ["Telefon", person.phone or "—"],
             ["Adres e-mail", person.email or "—"],
             ["Wykształcenie",
              EDUCATION_VALUES[person.education] if person.education else "—"]]
    labour = LABOUR_STATUS_VALUES[person.labour_status] if person.labour_status else "—"
    if person.long_term_unemployed:
        labour = f"{labour}; {LONG_TERM_UNEMPLOYED_VALUE.lower()}"
    rows.append(["Status na rynku pracy", labour])
    return rows


def key_value_table(rows: Sequence[Sequence[str]]) -> Table:
    return table(rows, [55 * mm, WIDTH - 55 * mm], header_rows=0, plain_short=PLAIN)


def exit_text(value) -> str:
    return EXIT_SITUATION_VALUES.get(value, "—") if value else "—"
