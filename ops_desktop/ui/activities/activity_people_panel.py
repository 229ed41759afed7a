"""The people on one activity's list (participants, then surroundings): adding a whole group
or single people, taking off a person added by mistake, recording that someone left the
activity, and opening a person's individual support card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import ActivityView, EnrolmentView
from ops_desktop.domain.enums import RecruitmentStatus
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import activities
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.flow_layout import FlowLayout
from ops_desktop.ui.activities.activity_labels import error_text
from ops_desktop.ui.common.labels import label
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.fit import fit_columns
from ops_desktop.ui.activities.session_fields import date_edit, date_of


def _day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class ActivityPeoplePanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity: ActivityView | None = None
        self.model = RowsModel([
            Column(self.tr("Nazwisko i imię"), lambda e: e.full_name),
            Column(self.tr("Rola"),
                   lambda e: self.tr("otoczenie") if e.surroundings else self.tr("uczestnik")),
            Column(self.tr("Grupa"), lambda e: e.group_name),
            Column(self.tr("Status w projekcie"),
                   lambda e: label(RecruitmentStatus(e.participation_status))),
            Column(self.tr("Na liście od"), lambda e: _day(e.joined_on) or self.tr("początku")),
            Column(self.tr("Zakończył(a) udział"), lambda e: _day(e.left_on)),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("enrolmentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 90, 150, 140, 100)):
            self.table.setColumnWidth(column, width)
        fit_columns(self.table)
        set_empty_text(self.table, self.tr(
            "Nikt nie jest jeszcze zapisany na te zajęcia. Zapisz osoby lub całą grupę: "
            "Dopisz osoby…."))
        self.count = QLabel()
        writable = ctx.can(Permission.ACTIVITY_WRITE)
        self.add_button = QPushButton(self.tr("Dopisz osoby…"))
        self.add_button.setObjectName("enrolPeopleButton")
        self.remove_button = QPushButton(self.tr("Usuń z listy"))
        self.left_button = QPushButton(self.tr("Zakończył(a) udział…"))
        for button in (self.add_button, self.remove_button, self.left_button):
            button.setEnabled(writable)
        self.card_button = QPushButton(self.tr("Karta wsparcia…"))
        self.card_button.setObjectName("supportCardButton")
        buttons = FlowLayout()  # wraps onto more rows at large text
        buttons.add_widget(self.count, 1)
        for button in (self.add_button, self.remove_button, self.left_button, self.card_button):
            buttons.add_widget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_people)
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button.clicked.connect(self.record_left)
        self.card_button.clicked.connect(self.open_support_card)

    def load(self, activity: ActivityView | None) -> None:
        self.activity = activity
        rows = activities.list_enrolments(self._ctx, activity_id=activity.id) if activity else []
        self.model.set_rows(rows)
        participants = sum(1 for e in rows if not e.surroundings)
        self.count.setText(self.tr("Uczestników: {p}, otoczenie: {s}").format(
            p=participants, s=len(rows) - participants))

    def selected(self) -> EnrolmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def add_people(self) -> None:
        from ops_desktop.ui.activities.enrol_people_dialog import EnrolPeopleDialog

        if self.activity is None:
            return
        dialog = EnrolPeopleDialog(self._ctx, activity_id=self.activity.id, parent=self)
        dialog.exec()
        if dialog.added:
            self.changed.emit()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            activities.remove_from_list(self._ctx, enrolment_id=chosen.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Lista osób"), error_text(exc))
            return
        self.changed.emit()

    def record_left(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        day = self._ask_day(chosen)
        if day is False:
            return
        try:
            activities.set_left(self._ctx, enrolment_id=chosen.id, left_on=day)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Lista osób"), error_text(exc))
            return
        self.changed.emit()

    def _ask_day(self, chosen: EnrolmentView):
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Zakończenie udziału w zajęciach"))
        day = chosen.left_on or dt.date.today()
        edit = date_edit(day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        back = buttons.addButton(self.tr("Przywróć na listę"),
                                 QDialogButtonBox.ButtonRole.ResetRole)
        result: list[object] = [False]
        back.clicked.connect(lambda: (result.__setitem__(0, None), dialog.accept()))
        buttons.accepted.connect(lambda: (result.__setitem__(0, date_of(edit)), dialog.accept()))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            QLabel(self.tr("{name} — ostatni dzień udziału:").format(name=chosen.full_name)))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        dialog.exec()
        return result[0]

    def open_support_card(self) -> None:
        from ops_desktop.ui.participants.support_card_dialog import SupportCardDialog

        chosen = self.selected()
        if chosen is None or self.activity is None:
            return
        SupportCardDialog(self._ctx, participation_id=chosen.participation_id,
                          project_id=self.activity.draft.project_id, person_name=chosen.full_name,
                          hour_minutes=self.activity.hour_minutes, parent=self).exec()
