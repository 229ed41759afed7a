"""Polish labels (through tr) of the domain's dictionaries, for combo boxes and tables."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ops_desktop.domain.enums import (
    AreaType, DisabilityDegree, Education, GroupKind, LabourStatus, LabourSubstatus,
    ParticipationRole, RecruitmentStatus, SensitiveFlag, Sex, TriState, text_in,
)
from ops_desktop.ui.common.translation import translator


_t = translator("labels")


# The dictionaries' names on screen, keyed by enum class first: the dictionaries are StrEnums,
# and members of two of them with the same value (ParticipationRole.PARTICIPANT and
# RecruitmentStatus.PARTICIPANT are both "participant") are equal keys of one flat dict.
LABELS: dict[type[Enum], dict[Enum, str]] = {
    Sex: {
        Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "Kobieta"),
        Sex.MALE: QT_TRANSLATE_NOOP("labels", "Mężczyzna"),
    },
    TriState: {
        TriState.YES: QT_TRANSLATE_NOOP("labels", "Tak"),
        TriState.NO: QT_TRANSLATE_NOOP("labels", "Nie"),
        TriState.REFUSED: QT_TRANSLATE_NOOP("labels", "Odmowa podania informacji"),
    },
    Education: {
        Education.BELOW_PRIMARY: QT_TRANSLATE_NOOP("labels", "Niższe niż podstawowe (ISCED 0)"),
        Education.PRIMARY: QT_TRANSLATE_NOOP("labels", "Podstawowe (ISCED 1)"),
        Education.LOWER_SECONDARY: QT_TRANSLATE_NOOP("labels", "Gimnazjalne (ISCED 2)"),
        Education.UPPER_SECONDARY:
            QT_TRANSLATE_NOOP("labels", "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)"),
        Education.POST_SECONDARY: QT_TRANSLATE_NOOP("labels", "Pomaturalne, policealne (ISCED 4)"),
        Education.TERTIARY: QT_TRANSLATE_NOOP("labels", "Wyższe (ISCED 5–8)"),
    },
    LabourSubstatus: {
        LabourSubstatus.IN_EDUCATION:
            QT_TRANSLATE_NOOP("labels", "Uczący się lub kształcący się (bierny zawodowo)"),
        LabourSubstatus.FARMER: QT_TRANSLATE_NOOP("labels", "Rolnik"),
        LabourSubstatus.SELF_EMPLOYED: QT_TRANSLATE_NOOP("labels", "Samozatrudniony"),
        LabourSubstatus.MICRO_ENTERPRISE:
            QT_TRANSLATE_NOOP("labels", "Zatrudniony w mikroprzedsiębiorstwie"),
        LabourSubstatus.SMALL_ENTERPRISE:
            QT_TRANSLATE_NOOP("labels", "Zatrudniony w małym przedsiębiorstwie"),
        LabourSubstatus.MEDIUM_ENTERPRISE:
            QT_TRANSLATE_NOOP("labels", "Zatrudniony w średnim przedsiębiorstwie"),
        LabourSubstatus.LARGE_ENTERPRISE:
            QT_TRANSLATE_NOOP("labels", "Zatrudniony w dużym przedsiębiorstwie"),
        LabourSubstatus.PUBLIC_ADMINISTRATION:
            QT_TRANSLATE_NOOP("labels", "Zatrudniony w administracji publicznej"),
        LabourSubstatus.NGO: QT_TRANSLATE_NOOP("labels", "Zatrudniony w organizacji pozarządowej"),
    },
    AreaType: {
        AreaType.URBAN: QT_TRANSLATE_NOOP("labels", "Miejski"),
        AreaType.RURAL: QT_TRANSLATE_NOOP("labels", "Wiejski"),
    },
    LabourStatus: {
        LabourStatus.UNEMPLOYED_REGISTERED:
            QT_TRANSLATE_NOOP("labels", "Bezrobotny zarejestrowany w urzędzie pracy"),
        LabourStatus.UNEMPLOYED_UNREGISTERED:
            QT_TRANSLATE_NOOP("labels", "Bezrobotny niezarejestrowany"),
        LabourStatus.INACTIVE: QT_TRANSLATE_NOOP("labels", "Bierny zawodowo"),
        LabourStatus.EMPLOYED: QT_TRANSLATE_NOOP("labels", "Pracujący"),
    },
    GroupKind: {
        GroupKind.VOCATIONAL_MODULE: QT_TRANSLATE_NOOP("labels", "Moduł zawodowy"),
        GroupKind.SUPPORT_GROUP: QT_TRANSLATE_NOOP("labels", "Grupa wsparcia"),
        GroupKind.PAL_DISTRICT: QT_TRANSLATE_NOOP("labels", "PAL w dzielnicy"),
        GroupKind.KIS_EDITION: QT_TRANSLATE_NOOP("labels", "Edycja KIS"),
        GroupKind.SOCIALISATION_GROUP: QT_TRANSLATE_NOOP("labels", "Grupa socjalizacyjna"),
        GroupKind.INDIVIDUAL_PATH: QT_TRANSLATE_NOOP("labels", "Ścieżka indywidualna"),
        GroupKind.OTHER: QT_TRANSLATE_NOOP("labels", "Inna"),
    },
    ParticipationRole: {
        ParticipationRole.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Uczestnik"),
        ParticipationRole.SURROUNDINGS: QT_TRANSLATE_NOOP("labels", "Otoczenie"),
    },
    RecruitmentStatus: {
        RecruitmentStatus.APPLIED: QT_TRANSLATE_NOOP("labels", "Zgłoszenie"),
        RecruitmentStatus.QUALIFIED: QT_TRANSLATE_NOOP("labels", "Zakwalifikowany"),
        RecruitmentStatus.RESERVE: QT_TRANSLATE_NOOP("labels", "Lista rezerwowa"),
        RecruitmentStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Odrzucony"),
        RecruitmentStatus.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Uczestnik"),
        RecruitmentStatus.COMPLETED: QT_TRANSLATE_NOOP("labels", "Ukończył"),
        RecruitmentStatus.DROPPED_OUT: QT_TRANSLATE_NOOP("labels", "Przerwał udział"),
    },
    SensitiveFlag: {
        SensitiveFlag.DISABILITY: QT_TRANSLATE_NOOP("labels", "Osoba z niepełnosprawnościami"),
        SensitiveFlag.MINORITY_MIGRANT:
            QT_TRANSLATE_NOOP("labels", "Mniejszość narodowa lub etniczna, migrant"),
        SensitiveFlag.HOMELESSNESS:
            QT_TRANSLATE_NOOP("labels", "Bezdomność lub wykluczenie z dostępu do mieszkań"),
        SensitiveFlag.ADDICTION: QT_TRANSLATE_NOOP("labels", "Uzależnienie lub współuzależnienie"),
        SensitiveFlag.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("labels", "Przemoc w rodzinie"),
        SensitiveFlag.LEAVING_CARE_OR_PRISON:
            QT_TRANSLATE_NOOP("labels", "Opuszczenie pieczy zastępczej lub zakładu karnego"),
        SensitiveFlag.OTHER_DISADVANTAGE:
            QT_TRANSLATE_NOOP("labels", "Inna niekorzystna sytuacja społeczna"),
    },
    DisabilityDegree: {
        DisabilityDegree.LIGHT: QT_TRANSLATE_NOOP("labels", "lekki"),
        DisabilityDegree.MODERATE: QT_TRANSLATE_NOOP("labels", "umiarkowany"),
        DisabilityDegree.SEVERE: QT_TRANSLATE_NOOP("labels", "znaczny"),
    },
}


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    text = text_in(LABELS, value)
    return _t(text) if text else str(value.value)


def fill_combo(combo, values, *, empty: str | None = "—") -> None:
    """Fill a QComboBox with enum members. Qt keeps userData as a plain string (the code);
    `current_enum` turns it back into the member."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value.value)


def current_enum(combo, enum_type):
    data = combo.currentData()
    return None if data is None else enum_type(data)


def select_data(combo, value) -> None:
    index = combo.findData(value.value if isinstance(value, Enum) else value)
    combo.setCurrentIndex(max(index, 0))
