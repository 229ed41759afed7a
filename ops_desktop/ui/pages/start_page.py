"""Start, the home page: what the signed-in person has to do today — contract evaluations
overdue and due in the next 7 days (the application itself, with no account, sees every
contract's), each list with a button that opens its first contract, and the state of the
backups. When nothing is due it says so and offers the three commonest next steps (intake,
attendance, reports), each a button to that section (`section_requested`). Double click or
Enter opens a contract; everything refreshes each time the page is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.contract_views import DueEvaluation
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import backup, contract_lists
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.tables import read_only_table

DAYS_AHEAD = 7


class StartPage(QWidget):
    section_requested = Signal(str)   # a next step's button: the section key to open

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        name = ctx.actor.full_name or ctx.actor.username
        title = QLabel(self.tr("Dzień dobry, {name}.").format(name=name))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.overdue = self._model()
        self.soon = self._model()
        self.overdue_view = self._table("overdueTable", self.overdue)
        self.soon_view = self._table("dueSoonTable", self.soon)
        self.overdue_label = QLabel()
        self.soon_label = QLabel()
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupState")
        self.backup_label.setWordWrap(True)
        self.nothing_due = self._next_steps()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.nothing_due)
        self._enabled = ctx.can(Permission.CONTRACT_READ)
        self._boxes: list[QWidget] = []
        if self._enabled:
            for label, view, button_text in (
                    (self.overdue_label, self.overdue_view, self.tr("Otwórz najstarszą ocenę")),
                    (self.soon_label, self.soon_view, self.tr("Otwórz najbliższą ocenę"))):
                layout.addWidget(self._due_box(label, view, button_text), 1)
        layout.addStretch(0)
        self.refresh()

    def _due_box(self, label: QLabel, view: QTableView, button_text: str) -> QWidget:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(view)   # the heading names the table for screen readers
        head.addWidget(label, 1)
        button = QPushButton(button_text)
        button.setObjectName(f"{view.objectName()}Open")
        model: RowsModel = view.model()
        button.clicked.connect(lambda _=False, m=model: m.rowCount() and self.open_contract(
            m.row(0)))
        head.addWidget(button)
        box_layout.addLayout(head)
        box_layout.addWidget(view, 1)
        self._boxes.append(box)
        return box

    def _next_steps(self) -> QGroupBox:
        """Shown when nothing is due: the three commonest next steps, as buttons."""
        box = QGroupBox(self.tr("Na dziś nie ma zaległych zadań. Co dalej?"))
        box.setObjectName("nextSteps")
        row = QHBoxLayout(box)
        steps = [
            ("participants", self.tr("Przyjmij nową osobę"), Permission.PARTICIPANT_WRITE),
            ("activities", self.tr("Wpisz obecności na zajęciach"), Permission.ATTENDANCE_WRITE),
            ("reports", self.tr("Przygotuj zestawienie"), Permission.REPORT_READ),
        ]
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text, permission in steps:
            if not self._ctx.can(permission):
                continue
            button = QPushButton(text)
            button.setObjectName(f"step_{key}")
            button.clicked.connect(lambda _=False, k=key: self.section_requested.emit(k))
            row.addWidget(button)
            self.step_buttons[key] = button
        row.addStretch(1)
        return box

    def _model(self) -> RowsModel:
        return RowsModel([
            Column(self.tr("Termin oceny"), lambda d: d.planned_on.strftime("%d.%m.%Y"),
                   sort=lambda d: d.planned_on),
            Column(self.tr("Kontrakt"), lambda d: d.number or self.tr("(projekt)")),
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Projekt"), lambda d: d.project_title)], self)

    def _table(self, name: str, model: RowsModel) -> QTableView:
        view = read_only_table(name, model, (110, 110, 220))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.doubleClicked.connect(lambda index, m=model: self.open_contract(m.row(index.row())))
        action = QAction(view)
        action.setShortcut(QKeySequence("Return"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False, v=view, m=model: self._open_selected(v, m))
        view.addAction(action)
        return view

    def refresh(self, today: dt.date | None = None) -> None:
        self._show_backups()
        if not self._enabled:
            self.nothing_due.setVisible(True)
            return
        due = contract_lists.evaluations_due(self._ctx, today=today, days=DAYS_AHEAD)
        overdue = [d for d in due if d.overdue]
        soon = [d for d in due if not d.overdue]
        self.overdue.set_rows(overdue)
        self.soon.set_rows(soon)
        self.overdue_label.setText(self.tr("Zaległe oceny kontraktów: {n}").format(n=len(overdue)))
        self.soon_label.setText(self.tr("Oceny w najbliższych {days} dniach: {n}").format(
            days=DAYS_AHEAD, n=len(soon)))
        for box, rows in zip(self._boxes, (overdue, soon), strict=True):
            box.setVisible(bool(rows))   # an empty list is not shown as "0"
        self.nothing_due.setVisible(not due)

    def _show_backups(self) -> None:
        if self._ctx.db_path is None:  # a context on no file: nothing to back up
            self.backup_label.hide()
            return
        try:
            found = backup.backups(self._ctx)
        except (PermissionDenied, OSError):
            self.backup_label.hide()   # not this role's concern, or no folder to read
            return
        if found:
            newest = max(found, key=lambda info: info.taken_at)
            self.backup_label.setText(self.tr("Ostatnia kopia zapasowa: {when}.").format(
                when=newest.taken_at.strftime("%d.%m.%Y %H:%M")))
        else:
            self.backup_label.setText(self.tr(
                "Nie ma jeszcze kopii zapasowej tej bazy: powstanie przy zamknięciu programu "
                "albo teraz, w menu Plik → Kopie zapasowe…"))
        self.backup_label.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _open_selected(self, view: QTableView, model: RowsModel) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            self.open_contract(model.row(rows[0].row()))

    def open_contract(self, due: DueEvaluation) -> None:
        from ops_desktop.ui.contracts.contract_dialog import ContractDialog

        dialog = ContractDialog(self._ctx, contract_id=due.contract_id, parent=self)
        dialog.form.setCurrentWidget(dialog.form.evaluations)
        dialog.exec()
        self.refresh()
