"""Polish wording of the contract's dictionaries on paper (printed documents are in Polish
whatever the interface language), and the date and money forms used in print."""

from __future__ import annotations

import datetime as dt

from ops_desktop.domain.contracts import (
    ActionBy, BenefitKind, ContractOutcome, ContractStatus, ContractVariant, TerminationReason,
)
from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.money import format_pln

BLANK = "…" * 12  # a gap to be filled in by hand on paper

VARIANT = {
    ContractVariant.A: "wariant A — z osobą lub rodziną w trudnej sytuacji życiowej",
    ContractVariant.B: "wariant B — z osobą bezrobotną skierowaną przez powiatowy urząd pracy",
}
STATUS = {
    ContractStatus.DRAFT: "projekt (niepodpisany)",
    ContractStatus.SIGNED: "zawarty",
    ContractStatus.AMENDED: "zawarty, zmieniony aneksem",
    ContractStatus.CLOSED: "zakończony",
    ContractStatus.TERMINATED: "rozwiązany",
}
OUTCOME = {
    ContractOutcome.REACHED: "cel osiągnięty w pełni",
    ContractOutcome.PARTLY: "cel osiągnięty częściowo",
    ContractOutcome.NOT_REACHED: "cel nieosiągnięty",
}
REASON = {
    TerminationReason.WITHDREW: "rezygnacja osoby",
    TerminationReason.BREACH: "niedotrzymanie ustaleń kontraktu",
    TerminationReason.CHANGE_OF_CIRCUMSTANCES: "zmiana okoliczności",
    TerminationReason.FOUND_JOB: "podjęcie zatrudnienia",
    TerminationReason.MOVED_AWAY: "zmiana miejsca zamieszkania",
    TerminationReason.OTHER: "inna przyczyna",
}
ACTION_BY = {
    ActionBy.PARTICIPANT: "osoba",
    ActionBy.FAMILY: "członek rodziny",
    ActionBy.CASEWORKER: "pracownik socjalny",
    ActionBy.OTHER_INSTITUTION: "inna instytucja",
}
BENEFIT_KIND = {
    BenefitKind.TARGETED_ALLOWANCE: "zasiłek celowy",
    BenefitKind.IN_KIND: "pomoc rzeczowa",
    BenefitKind.OTHER: "inne świadczenie",
}
CATEGORY = {
    InstrumentCategory.EDUCATIONAL: "edukacyjny",
    InstrumentCategory.HEALTH: "zdrowotny",
    InstrumentCategory.VOCATIONAL: "zawodowy",
    InstrumentCategory.SOCIAL: "społeczny",
}


# Short names of the document texts for the footer ("wzory: postanowienia w.2").
TEXT_NAMES = {
    "contract_clauses": "postanowienia",
    "amendment_clauses": "aneks",
    "funding_line": "finansowanie",
    "declaration": "deklaracja",
    "information_notice": "klauzula",
    "consent_data_processing": "zgoda",
    "consent_special_category": "zgoda szczególna",
    "consent_image": "wizerunek",
}


def versions_text(versions: dict[str, int]) -> str:
    return ", ".join(f"{TEXT_NAMES.get(key, key)} w.{number}"
                     for key, number in sorted(versions.items()))


def date_text(day: dt.date | None, blank: str = BLANK) -> str:
    return day.strftime("%d.%m.%Y") if day else blank


def money_text(grosze: int) -> str:
    return format_pln(grosze)


def or_blank(text: str | None) -> str:
    return text.strip() if text and text.strip() else BLANK
