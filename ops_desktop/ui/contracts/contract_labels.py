"""Polish labels (through tr) of the contract's dictionaries, for combo boxes and tables."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from ops_desktop.domain.contracts import (
    ActionBy, BenefitKind, ContractOutcome, ContractStatus, ContractVariant, TerminationReason,
)
from ops_desktop.domain.enums import ConsentType, InstrumentCategory
from ops_desktop.ui.common.translation import translator


_t = translator("contract_labels")


_TEXTS: dict[Enum, str] = {
    ContractVariant.A:
        QT_TRANSLATE_NOOP("contract_labels", "A — osoba lub rodzina w trudnej sytuacji życiowej"),
    ContractVariant.B:
        QT_TRANSLATE_NOOP("contract_labels", "B — osoba bezrobotna skierowana przez PUP"),
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("contract_labels", "Projekt"),
    ContractStatus.SIGNED: QT_TRANSLATE_NOOP("contract_labels", "Zawarty"),
    ContractStatus.AMENDED: QT_TRANSLATE_NOOP("contract_labels", "Zawarty, zmieniony aneksem"),
    ContractStatus.CLOSED: QT_TRANSLATE_NOOP("contract_labels", "Zakończony"),
    ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("contract_labels", "Rozwiązany"),
    ContractOutcome.REACHED: QT_TRANSLATE_NOOP("contract_labels", "Cel osiągnięty w pełni"),
    ContractOutcome.PARTLY: QT_TRANSLATE_NOOP("contract_labels", "Cel osiągnięty częściowo"),
    ContractOutcome.NOT_REACHED: QT_TRANSLATE_NOOP("contract_labels", "Cel nieosiągnięty"),
    TerminationReason.WITHDREW: QT_TRANSLATE_NOOP("contract_labels", "Rezygnacja osoby"),
    TerminationReason.BREACH:
        QT_TRANSLATE_NOOP("contract_labels", "Niedotrzymanie ustaleń kontraktu"),
    TerminationReason.CHANGE_OF_CIRCUMSTANCES:
        QT_TRANSLATE_NOOP("contract_labels", "Zmiana okoliczności"),
    TerminationReason.FOUND_JOB: QT_TRANSLATE_NOOP("contract_labels", "Podjęcie zatrudnienia"),
    TerminationReason.MOVED_AWAY:
        QT_TRANSLATE_NOOP("contract_labels", "Zmiana miejsca zamieszkania"),
    TerminationReason.OTHER: QT_TRANSLATE_NOOP("contract_labels", "Inna przyczyna"),
    ActionBy.PARTICIPANT: QT_TRANSLATE_NOOP("contract_labels", "Osoba"),
    ActionBy.FAMILY: QT_TRANSLATE_NOOP("contract_labels", "Członek rodziny"),
    ActionBy.CASEWORKER: QT_TRANSLATE_NOOP("contract_labels", "Pracownik socjalny"),
    ActionBy.OTHER_INSTITUTION: QT_TRANSLATE_NOOP("contract_labels", "Inna instytucja"),
    BenefitKind.TARGETED_ALLOWANCE: QT_TRANSLATE_NOOP("contract_labels", "Zasiłek celowy"),
    BenefitKind.IN_KIND: QT_TRANSLATE_NOOP("contract_labels", "Pomoc rzeczowa"),
    BenefitKind.OTHER: QT_TRANSLATE_NOOP("contract_labels", "Inne świadczenie"),
    InstrumentCategory.EDUCATIONAL: QT_TRANSLATE_NOOP("contract_labels", "Edukacyjne"),
    InstrumentCategory.HEALTH: QT_TRANSLATE_NOOP("contract_labels", "Zdrowotne"),
    InstrumentCategory.VOCATIONAL: QT_TRANSLATE_NOOP("contract_labels", "Zawodowe"),
    InstrumentCategory.SOCIAL: QT_TRANSLATE_NOOP("contract_labels", "Społeczne"),
    ConsentType.DATA_PROCESSING:
        QT_TRANSLATE_NOOP("contract_labels", "Przetwarzanie danych osobowych"),
    ConsentType.SPECIAL_CATEGORY:
        QT_TRANSLATE_NOOP("contract_labels", "Dane szczególnych kategorii (dobrowolna)"),
    ConsentType.IMAGE: QT_TRANSLATE_NOOP("contract_labels", "Wykorzystanie wizerunku (dobrowolna)"),
}


def contract_label(value: Enum | None) -> str:
    if value is None:
        return ""
    text = _TEXTS.get(value)
    return _t(text) if text else str(value.value)


def choices(values) -> list[tuple[str, str]]:
    """(label, code) pairs for a ChoiceDelegate."""
    return [(contract_label(v), v.value) for v in values]


def fill(combo: QComboBox, values, *, empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(contract_label(value), value.value)
