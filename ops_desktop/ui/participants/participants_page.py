"""Uczestnicy: the searchable, filterable list of people, and intake of new ones.

Search as you type (surname, first name or PESEL prefix; case and Polish diacritics ignored,
ł→l) with a short pause after the last keystroke. Ctrl+F search, Ctrl+N new person, Enter or
double click opens the selected person."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.domain.enums import RecruitmentStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.labels import fill_combo
from ops_desktop.ui.participants.participants_model import ParticipantsModel
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.common.fit import fit_columns, fit_combo, fit_placeholder
from ops_desktop.ui.common.record_actions import RecordActions, add_shortcut

SEARCH_PAUSE_MS = 120


class ParticipantsPage(QWidget):
    person_saved = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Szukaj: nazwisko, imię lub początek PESEL (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.project = QComboBox()
        self.project.setObjectName("projectFilter")
        self.group = QComboBox()
        self.group.setObjectName("groupFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        fill_combo(self.status, list(RecruitmentStatus), empty=self.tr("Każdy status"))
        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        for combo in (self.project, self.group, self.status, self.year):
            fit_combo(combo)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("Nowa osoba…"))
        self.new_button.setObjectName("newPerson")
        self.new_button.setToolTip(self.tr("Przyjęcie nowej osoby (Ctrl+N)"))
        self.new_button.setEnabled(ctx.can(Permission.PARTICIPANT_WRITE))
        self.open_button = QPushButton(self.tr("Otwórz"))

        self.model = ParticipantsModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(self.tr("Lista osób"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # ResizeToContents is slow
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 130, 110, 120, 140)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table, give_way=(ParticipantsModel.PROJECTS,))  # whole in a tooltip
        set_empty_text(self.table, self.tr(
            "Brak osób na tej liście. Zmień wyszukiwanie lub filtry albo przyjmij nową "
            "osobę: Nowa osoba… (Ctrl+N)."))
        self.table.sortByColumn(ParticipantsModel.LAST_NAME, Qt.SortOrder.AscendingOrder)
        from ops_desktop.ui.participants.subject_access_action import install_subject_access_action

        install_subject_access_action(self.table, ctx, self.selected_person_id)

        for combo in (self.project, self.group):
            # Long project and group titles must not squeeze the search field.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters = FlowLayout()  # wraps onto more rows at large text
        filters.add_widget(self.search, 2)
        for label, combo in ((self.tr("Projekt:"), self.project), (self.tr("Grupa:"), self.group),
                             (self.tr("Status:"), self.status), (self.tr("Rok:"), self.year)):
            filters.add_group(QLabel(label), combo, stretch=1)
        buttons = FlowLayout(align_right=True)
        buttons.add_widget(self.count, 1)
        buttons.add_widget(self.open_button)
        buttons.add_widget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.project.currentIndexChanged.connect(self._project_changed)
        for combo in (self.group, self.status, self.year):
            combo.currentIndexChanged.connect(self.apply_filter)
        self._records = RecordActions(
            may_create=lambda: ctx.can(Permission.PARTICIPANT_WRITE),
            selected_id=self.selected_person_id, open_record=self.open_person)
        self._records.connect(self, self.table, new_button=self.new_button,
                              open_button=self.open_button)
        add_shortcut(self, "Ctrl+F", lambda: (self.search.setFocus(), self.search.selectAll()))
        self._load_projects()
        self.apply_filter()

    def _load_projects(self) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("Wszystkie projekty"), None)
        years: set[int] = set()
        for row in projects.list_projects(self._ctx):
            self.project.addItem(row.title, row.id)
            years.update(range(row.start_date.year, row.end_date.year + 1))
        self.project.blockSignals(False)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Każdy rok"), None)
        for year in sorted(years):
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        self._project_changed()

    def _project_changed(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Wszystkie grupy"), None)
        project_id = self.project.currentData()
        if project_id is not None:
            for group in projects.list_groups(self._ctx, project_id=project_id):
                self.group.addItem(group.name, group.id)
        self.group.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            text=self.search.text(), project_id=self.project.currentData(),
            group_id=self.group.currentData(), status=self.status.currentData(),
            year=self.year.currentData(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("Znaleziono: {n}").format(n=self.model.total()))

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def new_person(self) -> None:
        self._records.new()

    def open_selected(self) -> None:
        self._records.open_selected()

    def open_person(self, person_id: int | None) -> None:
        from ops_desktop.ui.participants.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self._ctx, person_id=person_id, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.person_saved.emit(dialog.saved_id)
            self.apply_filter()
        elif dialog.open_instead is not None:
            # The PESEL typed belongs to someone already here: open them instead.
            self.open_person(dialog.open_instead)
