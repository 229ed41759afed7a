"""Polish labels (through tr) of the domain's dictionaries, for combo boxes and tables."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ops_desktop.domain.enums import (
    DisabilityDegree, Education, GroupKind, LabourStatus, ParticipationRole, RecruitmentStatus,
    SensitiveFlag, Sex, TriState,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    texts = {
        Sex.FEMALE: "Kobieta", Sex.MALE: "Mężczyzna",
        TriState.YES: "Tak", TriState.NO: "Nie", TriState.REFUSED: "Odmowa podania informacji",
        Education.BELOW_PRIMARY: "Niższe niż podstawowe (ISCED 0)",
        Education.PRIMARY: "Podstawowe (ISCED 1)",
        Education.LOWER_SECONDARY: "Gimnazjalne (ISCED 2)",
        Education.UPPER_SECONDARY: "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)",
        Education.TERTIARY: "Wyższe (ISCED 5–8)",
        LabourStatus.UNEMPLOYED_REGISTERED: "Bezrobotny zarejestrowany w urzędzie pracy",
        LabourStatus.UNEMPLOYED_UNREGISTERED: "Bezrobotny niezarejestrowany",
        LabourStatus.INACTIVE: "Bierny zawodowo",
        LabourStatus.EMPLOYED: "Pracujący",
        GroupKind.VOCATIONAL_MODULE: "Moduł zawodowy",
        GroupKind.SUPPORT_GROUP: "Grupa wsparcia",
        GroupKind.PAL_DISTRICT: "PAL w dzielnicy",
        GroupKind.KIS_EDITION: "Edycja KIS",
        GroupKind.SOCIALISATION_GROUP: "Grupa socjalizacyjna",
        GroupKind.INDIVIDUAL_PATH: "Ścieżka indywidualna",
        GroupKind.OTHER: "Inna",
        ParticipationRole.PARTICIPANT: "Uczestnik",
        ParticipationRole.SURROUNDINGS: "Otoczenie",
        RecruitmentStatus.APPLIED: "Zgłoszenie",
        RecruitmentStatus.QUALIFIED: "Zakwalifikowany",
        RecruitmentStatus.RESERVE: "Lista rezerwowa",
        RecruitmentStatus.REJECTED: "Odrzucony",
        RecruitmentStatus.PARTICIPANT: "Uczestnik",
        RecruitmentStatus.COMPLETED: "Ukończył",
        RecruitmentStatus.DROPPED_OUT: "Przerwał udział",
        SensitiveFlag.DISABILITY: "Osoba z niepełnosprawnościami",
        SensitiveFlag.MINORITY_MIGRANT: "Mniejszość narodowa lub etniczna, migrant",
        SensitiveFlag.HOMELESSNESS: "Bezdomność lub wykluczenie z dostępu do mieszkań",
        SensitiveFlag.ADDICTION: "Uzależnienie lub współuzależnienie",
        SensitiveFlag.DOMESTIC_VIOLENCE: "Przemoc w rodzinie",
        SensitiveFlag.LEAVING_CARE_OR_PRISON: "Opuszczenie pieczy zastępczej lub zakładu karnego",
        SensitiveFlag.OTHER_DISADVANTAGE: "Inna niekorzystna sytuacja społeczna",
        DisabilityDegree.LIGHT: "lekki", DisabilityDegree.MODERATE: "umiarkowany",
        DisabilityDegree.SEVERE: "znaczny",
    }
    text = texts.get(value)  # type: ignore[call-overload]
    return _t(text) if text else str(value.value)


def fill_combo(combo, values, *, empty: str | None = "—") -> None:  # noqa: ANN001
    """Fill a QComboBox with enum members. Qt keeps userData as a plain string (the code);
    `current_enum` turns it back into the member."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value.value)


def current_enum(combo, enum_type):  # noqa: ANN001, ANN201
    data = combo.currentData()
    return None if data is None else enum_type(data)


def select_data(combo, value) -> None:  # noqa: ANN001
    index = combo.findData(value.value if isinstance(value, Enum) else value)
    combo.setCurrentIndex(max(index, 0))
