"""Whom a new contract is with: find the person (surname, first name or PESEL prefix), then
choose their participation (project and group). `chosen` holds the ParticipationView."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableView,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.participants import PeopleFilter
from ops_desktop.domain.enums import ParticipationRole
from ops_desktop.domain.participants import ParticipationView
from ops_desktop.services import enrolment, participants
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.labels import label
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns

MAX_PEOPLE = 200


def _table(name: str, model: RowsModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    fit_columns(view)
    return view


class ChooseParticipationDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.chosen: ParticipationView | None = None
        self.setWindowTitle(self.tr("Nowy kontrakt: wybierz uczestnika"))
        self.resize(760, 560)
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Nazwisko, imię lub początek numeru PESEL"))
        self.people = RowsModel([
            Column(self.tr("Nazwisko"), lambda r: r.last_name),
            Column(self.tr("Imię"), lambda r: r.first_name),
            Column(self.tr("PESEL"), lambda r: r.pesel),
            Column(self.tr("Miejscowość"), lambda r: r.city)], self)
        self.people_view = _table("peopleTable", self.people)
        self.people_view.setAccessibleName(self.tr("Osoby znalezione"))
        self.parts = RowsModel([
            Column(self.tr("Projekt"), lambda p: p.project_title),
            Column(self.tr("Grupa / moduł"), lambda p: p.group_name),
            Column(self.tr("Status"), lambda p: label(p.status)),
            Column(self.tr("Od"), lambda p: p.start_date.strftime("%d.%m.%Y")
                   if p.start_date else "")], self)
        self.parts_view = _table("participationsTable", self.parts)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Dalej"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.people_view, 2)
        layout.addWidget(QLabel(self.tr("Udział osoby w projektach:")))
        layout.addWidget(self.parts_view, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.people_view.selectionModel().selectionChanged.connect(self._person_changed)
        self.parts_view.doubleClicked.connect(lambda _index: self._accept())
        self.parts_view.selectionModel().selectionChanged.connect(self._update_ok)
        self._update_ok()

    def find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        ids = participants.search_ids(self._ctx, flt=PeopleFilter(text=text))[:MAX_PEOPLE] \
            if text else []
        self.people.set_rows(participants.rows(self._ctx, ids=ids))
        self.parts.set_rows([])
        if self.people.rowCount() == 1:
            self.people_view.selectRow(0)
        self._update_ok()

    def _person_changed(self) -> None:
        rows = self.people_view.selectionModel().selectedRows()
        parts = []
        if rows:
            person = self.people.row(rows[0].row())
            parts = [p for p in enrolment.participations_of(self._ctx, person_id=person.id)
                     if p.role is ParticipationRole.PARTICIPANT]
        self.parts.set_rows(parts)
        if len(parts) == 1:
            self.parts_view.selectRow(0)
        self._update_ok()

    def _selected_part(self) -> ParticipationView | None:
        rows = self.parts_view.selectionModel().selectedRows()
        return self.parts.row(rows[0].row()) if rows else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self._selected_part() is not None)

    def _accept(self) -> None:
        self.chosen = self._selected_part()
        if self.chosen is not None:
            self.accept()
