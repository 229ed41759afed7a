"""The office's projects as a table model: title, period, groups, people, budget.

A handful of rows, so the whole list is read at once (`reload`); sorting goes through a
QSortFilterProxyModel on SORT_ROLE (raw values: dates, grosze), ROW_ROLE gives the ProjectRow.
Budget parts not stated (0) show as "—". Projects the reader does not run (a coordinator's
colleagues' projects) are greyed, with a tooltip saying they are read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ops_desktop.domain.money import format_pln
from ops_desktop.domain.projects import ProjectRow
from ops_desktop.services import projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.table_models import ListTableModel


def money_or_dash(grosze: int) -> str:
    return format_pln(grosze) if grosze else "—"


class ProjectsModel(ListTableModel):
    TITLE, PERIOD, GROUPS, PARTICIPANTS, BUDGET_TOTAL, BUDGET_EU, PROGRAMME = range(7)
    _NUMERIC = (GROUPS, PARTICIPANTS, BUDGET_TOTAL, BUDGET_EU)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[ProjectRow] = []
        self._headers = [self.tr("Tytuł projektu"), self.tr("Okres realizacji"), self.tr("Grupy"),
                         self.tr("Uczestnicy"), self.tr("Budżet ogółem"),
                         self.tr("Dofinansowanie UE"), self.tr("Program i działanie")]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = projects.list_projects(self._ctx)
        self.endResetModel()

    def project_row(self, row: int) -> ProjectRow:
        return self._rows[row]

    def row_of(self, project_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == project_id), None)

    # --- cells (ui/common/table_models) ----------------------------------------------------
    def _sort_value(self, row: ProjectRow, column: int):
        return (row.title, row.start_date.toordinal(), row.groups, row.participants,
                row.budget_total, row.budget_eu, row.programme)[column]

    def _cell(self, row: ProjectRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PERIOD:
                return (f"{row.start_date.strftime('%d.%m.%Y')} – "
                        f"{row.end_date.strftime('%d.%m.%Y')}")
            return (row.title, None, str(row.groups), str(row.participants),
                    money_or_dash(row.budget_total), money_or_dash(row.budget_eu),
                    row.programme)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole title or programme (the table may elide them), and why a project is grey
            text = row.programme if column == self.PROGRAMME else row.title
            if not row.managed:
                return self.tr("{title} — tylko odczyt: projekt nie jest przypisany do Twojego "
                               "konta").format(title=text)
            return text if column in (self.TITLE, self.PROGRAMME) else None
        if role == Qt.ItemDataRole.ForegroundRole and not row.managed:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
