"""The table-model family every list of the GUI is built from; no model here queries.

- `ListTableModel`: rows held in `self._rows`, horizontal headers in `self._headers`, and
  `data()`: ROW_ROLE gives the row, SORT_ROLE `_sort_value(row, column)`, every other role
  `_cell(row, column, role)`; a subclass fills in those two and what its page drives (the
  projects model, the editions and groups of a project).
- `PagedTableModel`: a ListTableModel whose rows come a page at a time as the view scrolls
  (canFetchMore/fetchMore over `_next_page()`, up to `self._total`): the participants list
  and the audit trail, whose `data()` therefore never queries.
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

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, index.column())
        return self._cell(row, index.column(), role)

    def _sort_value(self, row: Any, column: int) -> Any:
        """The raw value a QSortFilterProxyModel sorts `column` by (None: not sortable)."""
        return None

    def _cell(self, row: Any, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (any role but ROW_ROLE and SORT_ROLE)."""
        return None

    def _append_row(self, item: Any) -> int:
        """Add `item` at the end, telling the views; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()
        return row

    def _remove_row(self, row: int) -> bool:
        """Remove row `row` if there is one, telling the views; False when there is none."""
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True


class PagedTableModel(ListTableModel):
    """Rows fetched a page at a time: `reload()` of the subclass sets `self._total` (how many
    match) and the first page; `_next_page()` gives the rows after `self._rows`."""

    _total: int

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or len(self._rows) >= self._total:
            return
        start = len(self._rows)
        page = self._next_page()
        if not page:  # rows removed meanwhile: the list ends here
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _next_page(self) -> list:
        raise NotImplementedError


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

    def _sort_value(self, row: Any, column: int) -> Any:
        described = self._columns[column]
        return described.sort(row) if described.sort else described.text(row)

    def _cell(self, row: Any, column: int, role: int) -> Any:
        described = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return described.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and described.tooltip:
            return described.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and described.numeric:
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
        row = self._append_row(self._factory())
        self.rows_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if self._remove_row(row):
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

    def _sort_value(self, row: Any, column: int) -> Any:
        return None  # edited in place, never sorted

    def _cell(self, row: Any, column: int, role: int) -> Any:
        described = self._edit_columns[column]
        if described.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if described.value(row) else Qt.CheckState.Unchecked)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return described.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return described.value(row) if described.value else described.text(row)
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
