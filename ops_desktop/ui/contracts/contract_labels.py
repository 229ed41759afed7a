"""The contract's dictionaries on screen: the Polish labels of domain/contract_labels.py
through Qt's translator (context "contract_labels"), for combo boxes and tables."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QComboBox

from ops_desktop.domain.contract_labels import label_text
from ops_desktop.ui.common.translation import translator

_t = translator("contract_labels")


def contract_label(value: Enum | None) -> str:
    if value is None:
        return ""
    text = label_text(value)
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
