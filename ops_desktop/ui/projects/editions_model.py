"""Yearly editions of a project with their targets, as an editable table model (project
editor). Rows are EditionDraft dataclasses; numbers are edited as ints."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ops_desktop.domain.projects import EditionDraft
from ops_desktop.ui.common.table_models import ListTableModel


class EditionsModel(ListTableModel):
    YEAR, TARGET_PARTICIPANTS, TARGET_CONTRACTS, NOTES = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EditionDraft] = []
        self._headers = [self.tr("Rok"), self.tr("Planowana liczba uczestników"),
                         self.tr("Planowana liczba kontraktów"), self.tr("Uwagi")]

    def set_editions(self, editions: list[EditionDraft]) -> None:
        self.beginResetModel()
        self._rows = [EditionDraft(e.year, e.target_participants, e.target_contracts, e.notes,
                                   e.id) for e in sorted(editions, key=lambda e: e.year)]
        self.endResetModel()

    def editions(self) -> list[EditionDraft]:
        return [EditionDraft(e.year, e.target_participants, e.target_contracts, e.notes, e.id)
                for e in self._rows]

    def years(self) -> list[int]:
        return [e.year for e in self._rows]

    def add_edition(self, year: int) -> int:
        return self._append_row(EditionDraft(year))

    def remove_edition(self, row: int) -> None:
        self._remove_row(row)

    # --- Qt overrides ---------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def _cell(self, e: EditionDraft, column: int, role: int):
        values = (e.year, e.target_participants, e.target_contracts, e.notes)
        if role == Qt.ItemDataRole.EditRole:
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES:
            return e.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        e = self._rows[index.row()]
        try:
            if index.column() == self.NOTES:
                e.notes = str(value).strip()
            else:
                number = max(0, int(value))
                if index.column() == self.YEAR:
                    e.year = number
                elif index.column() == self.TARGET_PARTICIPANTS:
                    e.target_participants = number
                else:
                    e.target_contracts = number
        except ValueError:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True
