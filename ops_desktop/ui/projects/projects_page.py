"""Projekty: the office's projects, and the groups / modules of the selected one.

Ctrl+N opens the editor for a new project; Enter or a double click edits the selected one.
Below the list: the selected project's groups with their planned size and the people who
took part (each person once, however many years)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.permissions import Permission
from ops_desktop.services import projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.projects.project_groups_model import ProjectGroupsModel
from ops_desktop.ui.common.roles import SORT_ROLE
from ops_desktop.ui.projects.projects_model import ProjectsModel
from ops_desktop.ui.common.ui_settings import remember_splitter
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.fit import fit_columns
from ops_desktop.ui.common.record_actions import RecordActions
from ops_desktop.ui.common.tables import read_only_table


def _list_table(name: str, model: QAbstractItemModel, widths: tuple[int, ...]) -> QTableView:
    """The shared read-only table, one row selected at a time, rows a line high."""
    view = read_only_table(name, model, widths)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class ProjectsPage(QWidget):
    project_saved = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = ProjectsModel(ctx, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _list_table("projectsTable", self.proxy, (300, 190, 60, 90, 140, 150))
        self.table.setAccessibleName(self.tr("Lista projektów"))
        self.table.setSortingEnabled(True)
        # the long title and programme give way (whole in a tooltip and under the table)
        fit_columns(self.table, give_way=(ProjectsModel.TITLE, ProjectsModel.PROGRAMME))
        self.groups = ProjectGroupsModel(editable=False, parent=self)
        self.groups_table = _list_table("projectGroupsTable", self.groups,
                                        (380, 150, 50, 150, 90))
        set_empty_text(self.table, self.tr("Brak projektów. Utwórz pierwszy: Nowy projekt…"))
        set_empty_text(self.groups_table, self.tr(
            "Ten projekt nie ma jeszcze grup. Otwórz projekt (Otwórz…) i dodaj grupy i moduły."))
        fit_columns(self.groups_table, give_way=(ProjectGroupsModel.NAME,
                                                 ProjectGroupsModel.TARGET))
        self.groups_title = QLabel()
        self.groups_title.setObjectName("groupsTitle")
        self.groups_title.setWordWrap(True)
        self.programme = QLabel()
        self.programme.setObjectName("projectProgramme")
        self.programme.setWordWrap(True)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("Nowy projekt…"))
        self.new_button.setObjectName("newProject")
        self.new_button.setToolTip(self.tr("Nowy projekt (Ctrl+N)"))
        self.new_button.setEnabled(ctx.can(Permission.PROJECT_WRITE))
        self.edit_button = QPushButton(self.tr("Otwórz…"))
        self.edit_button.setObjectName("editProject")
        self.edit_button.setToolTip(self.tr("Dane, budżet, edycje i grupy projektu (Enter)"))

        self.retention_button = QPushButton(self.tr("Retencja danych…"))
        self.retention_button.setObjectName("retentionButton")
        self.retention_button.setToolTip(self.tr(
            "Okresy przechowywania danych, wstrzymanie usuwania i anonimizacja osób"))
        self.retention_button.setVisible(ctx.can(Permission.ANONYMISE))
        self.retention_button.clicked.connect(self.open_retention)

        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.retention_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.new_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.groups_title)
        lower_layout.addWidget(self.programme)
        lower_layout.addWidget(self.groups_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([260, 380])
        splitter.setObjectName("projectsSplitter")
        remember_splitter(splitter, ctx.actor.username, "projects")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._records = RecordActions(
            may_create=lambda: ctx.can(Permission.PROJECT_WRITE),
            selected_id=self.selected_project_id, open_record=self.open_project)
        self._records.connect(self, self.table, new_button=self.new_button,
                              open_button=self.edit_button, open_keys=("Return", "Enter"))
        self.reload()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_groups())
        self.table.sortByColumn(ProjectsModel.PERIOD, Qt.SortOrder.AscendingOrder)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def reload(self, select_id: int | None = None) -> None:
        self.model.reload()
        self.count.setText(self.tr("Projektów: {n}").format(n=self.model.rowCount()))
        if select_id is not None and (row := self.model.row_of(select_id)) is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._show_groups()

    def selected_project_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.project_row(self.proxy.mapToSource(rows[0]).row()).id

    def _show_groups(self) -> None:
        project_id = self.selected_project_id()
        if project_id is None:
            self.groups.set_groups([])
            self.groups_title.setText(self.tr("Wybierz projekt, aby zobaczyć jego grupy."))
            self.programme.clear()
            return
        row = self.model.project_row(self.model.row_of(project_id))
        self.groups.set_groups(tuple(projects.list_groups(self._ctx, project_id=project_id)))
        self.groups_title.setText(self.tr("Grupy i moduły projektu „{title}”:").format(
            title=row.title))
        self.programme.setText(self.tr("Program i działanie: {programme}").format(
            programme=row.programme or "—"))

    def new_project(self) -> None:
        self._records.new()

    def open_selected(self) -> None:
        self._records.open_selected()

    def open_retention(self) -> None:
        from ops_desktop.ui.projects.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self._ctx, parent=self)
        if (project_id := self.selected_project_id()) is not None:
            dialog.select_project(project_id)
        dialog.exec()
        self.reload(select_id=project_id)

    def open_project(self, project_id: int | None) -> None:
        from ops_desktop.ui.projects.project_dialog import ProjectDialog

        dialog = ProjectDialog(self._ctx, project_id=project_id, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload(select_id=dialog.saved_id)
            self.project_saved.emit(dialog.saved_id)
