"""Polish labels (through tr) of the contract's dictionaries, for combo boxes and tables."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ops_desktop.domain.contracts import (
    ActionBy, BenefitKind, ContractOutcome, ContractStatus, ContractVariant, TerminationReason,
)
from ops_desktop.domain.enums import ConsentType, InstrumentCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("contract_labels", text)


_TEXTS: dict[Enum, str] = {
    ContractVariant.A: "A — osoba lub rodzina w trudnej sytuacji życiowej",
    ContractVariant.B: "B — osoba bezrobotna skierowana przez PUP",
    ContractStatus.DRAFT: "Projekt",
    ContractStatus.SIGNED: "Zawarty",
    ContractStatus.AMENDED: "Zawarty, zmieniony aneksem",
    ContractStatus.CLOSED: "Zakończony",
    ContractStatus.TERMINATED: "Rozwiązany",
    ContractOutcome.REACHED: "Cel osiągnięty w pełni",
    ContractOutcome.PARTLY: "Cel osiągnięty częściowo",
    ContractOutcome.NOT_REACHED: "Cel nieosiągnięty",
    TerminationReason.WITHDREW: "Rezygnacja osoby",
    TerminationReason.BREACH: "Niedotrzymanie ustaleń kontraktu",
    TerminationReason.CHANGE_OF_CIRCUMSTANCES: "Zmiana okoliczności",
    TerminationReason.FOUND_JOB: "Podjęcie zatrudnienia",
    TerminationReason.MOVED_AWAY: "Zmiana miejsca zamieszkania",
    TerminationReason.OTHER: "Inna przyczyna",
    ActionBy.PARTICIPANT: "Osoba",
    ActionBy.FAMILY: "Członek rodziny",
    ActionBy.CASEWORKER: "Pracownik socjalny",
    ActionBy.OTHER_INSTITUTION: "Inna instytucja",
    BenefitKind.TARGETED_ALLOWANCE: "Zasiłek celowy",
    BenefitKind.IN_KIND: "Pomoc rzeczowa",
    BenefitKind.OTHER: "Inne świadczenie",
    InstrumentCategory.EDUCATIONAL: "Edukacyjne",
    InstrumentCategory.HEALTH: "Zdrowotne",
    InstrumentCategory.VOCATIONAL: "Zawodowe",
    InstrumentCategory.SOCIAL: "Społeczne",
    ConsentType.DATA_PROCESSING: "Przetwarzanie danych osobowych",
    ConsentType.SPECIAL_CATEGORY: "Dane szczególnych kategorii (dobrowolna)",
    ConsentType.IMAGE: "Wykorzystanie wizerunku (dobrowolna)",
}


def contract_label(value: Enum | None) -> str:
    if value is None:
        return ""
    text = _TEXTS.get(value)
    return _t(text) if text else str(value.value)


def choices(values) -> list[tuple[str, str]]:  # noqa: ANN001
    """(label, code) pairs for a ChoiceDelegate."""
    return [(contract_label(v), v.value) for v in values]


def fill(combo: QComboBox, values, *, empty: str | None = None) -> None:  # noqa: ANN001
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(contract_label(value), value.value)
