"""One table of a summary (`domain.summary_tables.SummaryTable`) as a read-only Qt model.

Numbers are right-aligned and shown as on paper ("1 234", "1 234,56 zł"); FIGURE_ROLE gives
the figure key behind a cell ("year:2011:K") or None, SORT_ROLE the raw value."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
)

from ops_desktop.domain.summary_tables import Hours, Money, SummaryTable, display_text
from ops_desktop.ui.common.roles import FIGURE_ROLE, SORT_ROLE
from ops_desktop.ui.common.translation import translator


_t = translator("summary")


class SummaryTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: SummaryTable | None = None
        self.can_open = False    # whether figures open to lists of people (tooltips say so)

    def set_table(self, table: SummaryTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> SummaryTable | None:
        return self._table

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.header)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (self._table is not None and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return _t(self._table.header[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if self._table is None or not index.isValid() or index.row() >= len(self._table.rows):
            return None
        value = self._table.rows[index.row()][index.column()]
        key = self._table.keys[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = display_text(value)
            return _t(text) if index.column() == 0 else text
        if role == FIGURE_ROLE:
            return key.text() if key is not None else None
        if role == SORT_ROLE:
            return value.grosze if isinstance(value, Money) else (
                value.x100 if isinstance(value, Hours) else value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key is not None and self.can_open:
            return _t("Dwukrotne kliknięcie: lista osób")
        return None
