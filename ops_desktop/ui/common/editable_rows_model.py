"""An editable table model over a list of mutable dataclass rows (the rows of a contract
draft: actions, benefits, evaluations, family members), described by its columns.

    EditableRowsModel([EditColumn(tr("Termin"), text=…, value=…, store=…), …], factory=Evaluation)

`store(row, value)` writes an edited value into the row and returns False to refuse it (the
cell keeps its old value); a `check` column is a checkbox over a bool. No database access."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EditColumn:
    title: str
    text: Callable[[Any], str]
    value: Callable[[Any], Any] | None = None        # EditRole value (default: the text)
    store: Callable[[Any, Any], bool] | None = None  # None: read-only column
    check: bool = False                              # a checkbox over a bool value


class EditableRowsModel(QAbstractTableModel):
    rows_changed = Signal()

    def __init__(self, columns: Sequence[EditColumn], factory: Callable[[], Any],
                 parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._factory = factory
        self._rows: list[Any] = []
        self.editable = True

    # --- what the editor drives -------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def append(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(self._factory())
        self.endInsertRows()
        self.rows_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.rows_changed.emit()

    # --- Qt overrides -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = self._columns[index.column()]
        if self.editable and column.store is not None:
            flags |= (Qt.ItemFlag.ItemIsUserCheckable if column.check
                      else Qt.ItemFlag.ItemIsEditable)
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row) if column.value else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row)
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        column = self._columns[index.column()]
        if column.store is None:
            return False
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if not column.store(self._rows[index.row()], value):
            return False
        self.dataChanged.emit(index, index)
        self.rows_changed.emit()
        return True
