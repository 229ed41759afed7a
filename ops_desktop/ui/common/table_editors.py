"""Cell editors for editable table views: a choice from a list (codes with Polish labels)
and a number with an optional "none" value shown as —."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole value is one of `choices` (label, code)."""

    def __init__(self, choices: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for text, code in self._choices:
            combo.addItem(text, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """Edits a whole number in [low, high]; with `none_text`, `low` shows as that text and is
    written back as 0, meaning "none" (a group not tied to one year)."""

    def __init__(self, low: int, high: int, none_text: str = "", parent=None):
        super().__init__(parent)
        self._low, self._high, self._none_text = low, high, none_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(self._low, self._high)
        if self._none_text:
            spin.setSpecialValueText(self._none_text)
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        editor.setValue(value if value >= self._low else self._low)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        editor.interpretText()
        value = editor.value()
        if self._none_text and value == self._low:
            value = 0  # "none"
        model.setData(index, value, Qt.ItemDataRole.EditRole)
