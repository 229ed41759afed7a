"""Groups / modules of one project as a table model, editable in the project editor and
read-only under the projects list (where it also shows how many people each group holds).

Rows are GroupDraft dataclasses (ids kept, so an edit updates the same groups). Edit role
values: name and target group as text, kind as its code, planned size and year as int (year
0 = none)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ops_desktop.domain.enums import GroupKind
from ops_desktop.domain.projects import GroupDraft, GroupView
from ops_desktop.ui.common.labels import label
from ops_desktop.ui.common.table_models import ListTableModel


class ProjectGroupsModel(ListTableModel):
    NAME, KIND, YEAR, PLANNED, ENROLLED, TARGET = range(6)

    def __init__(self, *, editable: bool, parent=None):
        super().__init__(parent)
        self._editable = editable
        self._rows: list[GroupDraft] = []
        self._enrolled: dict[int, int] = {}
        self._headers = [self.tr("Nazwa grupy / modułu"), self.tr("Rodzaj"), self.tr("Rok"),
                         self.tr("Planowana liczba osób"), self.tr("Uczestnicy"),
                         self.tr("Grupa docelowa")]

    # --- what the dialog and page drive --------------------------------------------------
    def set_groups(self, groups: list[GroupDraft] | tuple[GroupView, ...]) -> None:
        self.beginResetModel()
        self._rows, self._enrolled = [], {}
        for g in groups:
            self._rows.append(GroupDraft(g.name, g.kind, g.planned_size, g.target_group, g.year,
                                         g.id))
            if isinstance(g, GroupView):
                self._enrolled[g.id] = g.enrolled
        self.endResetModel()

    def groups(self) -> list[GroupDraft]:
        return [GroupDraft(g.name, g.kind, g.planned_size, g.target_group, g.year, g.id)
                for g in self._rows]

    def add_group(self, year: int | None = None) -> int:
        return self._append_row(GroupDraft("", GroupKind.OTHER, 0, "", year))

    def removable(self, row: int) -> bool:
        """A group people already belong to stays (their participations point at it)."""
        group_id = self._rows[row].id
        return group_id is None or not self._enrolled.get(group_id)

    def remove_group(self, row: int) -> None:
        if 0 <= row < len(self._rows) and self.removable(row):
            self._remove_row(row)

    # --- Qt overrides ---------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() != self.ENROLLED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _enrolled_in(self, g: GroupDraft) -> int:
        return self._enrolled.get(g.id, 0) if g.id is not None else 0

    def _sort_value(self, g: GroupDraft, column: int):
        """Also the edit value: the kind's code, the year and numbers as ints."""
        return (g.name, g.kind.value, g.year or 0, g.planned_size, self._enrolled_in(g),
                g.target_group)[column]

    def _cell(self, g: GroupDraft, column: int, role: int):
        enrolled = self._enrolled_in(g)
        if role == Qt.ItemDataRole.EditRole:
            return self._sort_value(g, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return (g.name, label(g.kind), str(g.year) if g.year else "",
                    str(g.planned_size) if g.planned_size else "", str(enrolled),
                    g.target_group)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.TARGET):
            return (g.name, g.target_group)[column == self.TARGET]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PLANNED, self.YEAR,
                                                                    self.ENROLLED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        g = self._rows[index.row()]
        column = index.column()
        try:
            if column == self.NAME:
                g.name = str(value).strip()
            elif column == self.KIND:
                g.kind = GroupKind(value)
            elif column == self.PLANNED:
                g.planned_size = max(0, int(value))
            elif column == self.YEAR:
                g.year = int(value) or None
            elif column == self.TARGET:
                g.target_group = str(value).strip()
            else:
                return False
        except ValueError:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True
