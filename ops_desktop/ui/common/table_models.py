"""The table-model family every list of the GUI is built from; no model here queries.

- `ListTableModel`: rows held in `self._rows`, horizontal headers in `self._headers`; a
  subclass adds `data()` and what its page drives (the projects, participants, audit models).
- `RowsModel`: a read-only list of view dataclasses described by its columns, for the small
  lists whose rows arrive whole from a service (sessions, people on a list, certificates,
  support entries, contracts):

      model = RowsModel([Column(tr("Nazwa"), lambda r: r.name), …])
      model.set_rows(rows)

- `EditableRowsModel`: a list of mutable dataclass rows (the rows of a contract draft:
  actions, benefits, evaluations, family members) edited in place:

      EditableRowsModel([EditColumn(tr("Termin"), text=…, value=…, store=…), …], factory=…)

  `store(row, value)` writes an edited value into the row and returns False to refuse it (the
  cell keeps its old value); a `check` column is a checkbox over a bool.

Roles are those of `ui/common/roles.py`: ROW_ROLE gives the dataclass, SORT_ROLE the raw value
(dates, numbers) for a QSortFilterProxyModel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ops_desktop.ui.common.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel):
    _rows: list
    _headers: list[str]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowsModel(ListTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._headers = [c.title for c in self._columns]
        self._rows: list[Any] = []
        self.highlight: Callable[[Any], str | None] | None = None   # row → colour name

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any:
        return self._rows[index]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None:
            colour = self.highlight(row)
            return QColor(colour) if colour else None
        return None


@dataclass(frozen=True)
class EditColumn:
    title: str
    text: Callable[[Any], str]
    value: Callable[[Any], Any] | None = None        # EditRole value (default: the text)
    store: Callable[[Any, Any], bool] | None = None  # None: read-only column
    check: bool = False                              # a checkbox over a bool value


class EditableRowsModel(RowsModel):
    """Rows numbered down the left; `editable = False` turns every cell read-only."""

    rows_changed = Signal()

    def __init__(self, columns: Sequence[EditColumn], factory: Callable[[], Any],
                 parent=None):
        super().__init__((), parent)
        self._edit_columns = list(columns)
        self._headers = [c.title for c in self._edit_columns]
        self._factory = factory
        self.editable = True

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
    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = self._edit_columns[index.column()]
        if self.editable and column.store is not None:
            flags |= (Qt.ItemFlag.ItemIsUserCheckable if column.check
                      else Qt.ItemFlag.ItemIsEditable)
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._edit_columns[index.column()]
        if role == ROW_ROLE:
            return row
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row) if column.value else column.text(row)
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        column = self._edit_columns[index.column()]
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
