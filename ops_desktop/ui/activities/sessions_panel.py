"""The sessions of one activity: the schedule generator, single sessions added, edited or
removed, and blank attendance lists printed for the selected sessions or the whole schedule."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import SessionView, format_hours, weekday_abbreviation
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import activities
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.activities.activity_labels import error_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.fit import fit_columns


class SessionsPanel(QWidget):
    changed = Signal()
    print_lists = Signal(object)      # list of session ids, or None for the whole schedule

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id: int | None = None
        self.model = RowsModel([
            Column(self.tr("Nr"), lambda s: str(s.number), lambda s: s.number, numeric=True),
            Column(self.tr("Data"),
                   lambda s: f"{s.day:%d.%m.%Y} ({weekday_abbreviation(s.day)})",
                   lambda s: s.day),
            Column(self.tr("Godziny"), lambda s: s.time_text),
            Column(self.tr("Liczba godz."), lambda s: format_hours(s.hours), lambda s: s.hours,
                   numeric=True),
            Column(self.tr("Temat"), lambda s: s.topic),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("sessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((40, 130, 100, 90)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)
        set_empty_text(self.table, self.tr(
            "Te zajęcia nie mają jeszcze spotkań. Ułóż je przyciskiem Harmonogram… albo "
            "dodaj jedno: Dodaj spotkanie…."))
        writable = ctx.can(Permission.ACTIVITY_WRITE)
        self.schedule_button = QPushButton(self.tr("Harmonogram…"))
        self.schedule_button.setObjectName("scheduleButton")
        self.add_button = QPushButton(self.tr("Dodaj spotkanie…"))
        self.edit_button = QPushButton(self.tr("Edytuj…"))
        self.delete_button = QPushButton(self.tr("Usuń"))
        for button in (self.schedule_button, self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)
        self.lists_button = QPushButton(self.tr("Listy obecności zaznaczonych…"))
        self.lists_button.setEnabled(ctx.can(Permission.PRINT))
        buttons = FlowLayout()  # wraps onto more rows at large text
        for button in (self.schedule_button, self.add_button, self.edit_button, self.delete_button):
            buttons.add_widget(button)
        buttons.add_stretch(1)
        buttons.add_widget(self.lists_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.add_button.clicked.connect(lambda: self.edit_session(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.lists_button.clicked.connect(
            lambda: self.print_lists.emit([s.id for s in self.selected()] or None))

    def load(self, activity_id: int | None) -> None:
        self.activity_id = activity_id
        rows = activities.list_sessions(self._ctx, activity_id=activity_id) if activity_id else []
        self.model.set_rows(rows)

    def selected(self) -> list[SessionView]:
        return [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]

    def open_schedule(self) -> None:
        from ops_desktop.ui.activities.schedule_dialog import ScheduleDialog

        if self.activity_id is None:
            return
        if ScheduleDialog(self._ctx, activity_id=self.activity_id, parent=self).exec():
            self.load(self.activity_id)
            self.changed.emit()

    def _edit_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.edit_session(chosen[0])

    def edit_session(self, session: SessionView | None) -> None:
        from ops_desktop.ui.activities.session_dialog import SessionDialog

        if self.activity_id is None:
            return
        if SessionDialog(self._ctx, activity_id=self.activity_id, session=session,
                         parent=self).exec():
            self.load(self.activity_id)
            self.changed.emit()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.activity_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Usuwanie spotkań"), self.tr(
            "Usunąć {n} spotkań razem z wpisaną na nich obecnością?").format(n=len(chosen)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            activities.delete_sessions(self._ctx, activity_id=self.activity_id,
                                       session_ids=[s.id for s in chosen])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Usuwanie spotkań"), error_text(exc))
        self.load(self.activity_id)
        self.changed.emit()
