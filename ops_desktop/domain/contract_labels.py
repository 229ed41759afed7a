"""The Polish names of the contract's dictionaries, in one place for the screen and for paper.

`LABELS` is what the GUI shows (combo boxes, tables), through Qt's translator in the context
"contract_labels" (ui/contracts/contract_labels.py; the table is listed in
resources/i18n/update_translations.py). Printed documents are in Polish whatever the
interface language: `printed_label` gives the same name in lower case, as it stands inside a
sentence or a table cell, or the fuller wording of `PRINTED` where paper says more (the
variant in the document's subtitle, a draft marked unsigned) or the adjective agrees with
"instrument" (edukacyjny, not edukacyjne).

The tables are keyed by enum class first: the dictionaries are StrEnums, and two members with
the same value (TerminationReason.OTHER and BenefitKind.OTHER are both "other") are equal
keys of one flat dict."""

from __future__ import annotations

from enum import Enum

from ops_desktop.domain.contracts import (
    ActionBy, BenefitKind, ContractOutcome, ContractStatus, ContractVariant, TerminationReason,
)
from ops_desktop.domain.enums import ConsentType, InstrumentCategory, text_in

LABELS: dict[type[Enum], dict[Enum, str]] = {
    ContractVariant: {
        ContractVariant.A: "A — osoba lub rodzina w trudnej sytuacji życiowej",
        ContractVariant.B: "B — osoba bezrobotna skierowana przez PUP",
    },
    ContractStatus: {
        ContractStatus.DRAFT: "Projekt",
        ContractStatus.SIGNED: "Zawarty",
        ContractStatus.AMENDED: "Zawarty, zmieniony aneksem",
        ContractStatus.CLOSED: "Zakończony",
        ContractStatus.TERMINATED: "Rozwiązany",
    },
    ContractOutcome: {
        ContractOutcome.REACHED: "Cel osiągnięty w pełni",
        ContractOutcome.PARTLY: "Cel osiągnięty częściowo",
        ContractOutcome.NOT_REACHED: "Cel nieosiągnięty",
    },
    TerminationReason: {
        TerminationReason.WITHDREW: "Rezygnacja osoby",
        TerminationReason.BREACH: "Niedotrzymanie ustaleń kontraktu",
        TerminationReason.CHANGE_OF_CIRCUMSTANCES: "Zmiana okoliczności",
        TerminationReason.FOUND_JOB: "Podjęcie zatrudnienia",
        TerminationReason.MOVED_AWAY: "Zmiana miejsca zamieszkania",
        TerminationReason.OTHER: "Inna przyczyna",
    },
    ActionBy: {
        ActionBy.PARTICIPANT: "Osoba",
        ActionBy.FAMILY: "Członek rodziny",
        ActionBy.CASEWORKER: "Pracownik socjalny",
        ActionBy.OTHER_INSTITUTION: "Inna instytucja",
    },
    BenefitKind: {
        BenefitKind.TARGETED_ALLOWANCE: "Zasiłek celowy",
        BenefitKind.IN_KIND: "Pomoc rzeczowa",
        BenefitKind.OTHER: "Inne świadczenie",
    },
    InstrumentCategory: {
        InstrumentCategory.EDUCATIONAL: "Edukacyjne",
        InstrumentCategory.HEALTH: "Zdrowotne",
        InstrumentCategory.VOCATIONAL: "Zawodowe",
        InstrumentCategory.SOCIAL: "Społeczne",
    },
    ConsentType: {
        ConsentType.DATA_PROCESSING: "Przetwarzanie danych osobowych",
        ConsentType.SPECIAL_CATEGORY: "Dane szczególnych kategorii (dobrowolna)",
        ConsentType.IMAGE: "Wykorzystanie wizerunku (dobrowolna)",
    },
}

PRINTED: dict[type[Enum], dict[Enum, str]] = {
    ContractVariant: {
        ContractVariant.A: "wariant A — z osobą lub rodziną w trudnej sytuacji życiowej",
        ContractVariant.B:
            "wariant B — z osobą bezrobotną skierowaną przez powiatowy urząd pracy",
    },
    ContractStatus: {ContractStatus.DRAFT: "projekt (niepodpisany)"},
    InstrumentCategory: {
        InstrumentCategory.EDUCATIONAL: "edukacyjny",
        InstrumentCategory.HEALTH: "zdrowotny",
        InstrumentCategory.VOCATIONAL: "zawodowy",
        InstrumentCategory.SOCIAL: "społeczny",
    },
}


def label_text(value: Enum) -> str | None:
    """The Polish label on screen (before translation); None for a value without one."""
    return text_in(LABELS, value)


def printed_label(value: Enum) -> str:
    """The name on paper (KeyError for a value without a label: a new member needs one)."""
    printed = text_in(PRINTED, value)
    if printed is not None:
        return printed
    label = LABELS[type(value)][value]
    return label[:1].lower() + label[1:]
