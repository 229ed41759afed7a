"""Start: what the signed-in caseworker has to do about their contracts — evaluations that
are overdue and those due in the next 7 days (the application itself, with no account, sees
every contract's). Double click or Enter opens the contract; the lists refresh each time the
page is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.contract_views import DueEvaluation
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import contract_lists
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.models.rows_model import Column, RowsModel
from ops_desktop.ui.widgets.tables import read_only_table

DAYS_AHEAD = 7


class StartPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        name = ctx.actor.full_name or ctx.actor.username
        title = QLabel(self.tr("Dzień dobry, {name}.").format(name=name))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.overdue = self._model()
        self.soon = self._model()
        self.overdue_view = self._table("overdueTable", self.overdue)
        self.soon_view = self._table("dueSoonTable", self.soon)
        self.overdue_label = QLabel()
        self.soon_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if not ctx.can(Permission.CONTRACT_READ):
            layout.addWidget(QLabel(self.tr("Twoja rola nie obejmuje pracy z kontraktami "
                                            "socjalnymi.")))
            layout.addStretch(1)
            self._enabled = False
            return
        self._enabled = True
        for label, view in ((self.overdue_label, self.overdue_view),
                            (self.soon_label, self.soon_view)):
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
            layout.addWidget(view, 1)
        self.refresh()

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
        if not self._enabled:
            return
        due = contract_lists.evaluations_due(self._ctx, today=today, days=DAYS_AHEAD)
        overdue = [d for d in due if d.overdue]
        soon = [d for d in due if not d.overdue]
        self.overdue.set_rows(overdue)
        self.soon.set_rows(soon)
        self.overdue_label.setText(self.tr("Zaległe oceny kontraktów: {n}").format(n=len(overdue)))
        self.soon_label.setText(self.tr("Oceny w najbliższych {days} dniach: {n}").format(
            days=DAYS_AHEAD, n=len(soon)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _open_selected(self, view: QTableView, model: RowsModel) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            self.open_contract(model.row(rows[0].row()))

    def open_contract(self, due: DueEvaluation) -> None:
        from ops_desktop.ui.dialogs.contract_dialog import ContractDialog

        dialog = ContractDialog(self._ctx, contract_id=due.contract_id, parent=self)
        dialog.form.setCurrentWidget(dialog.form.evaluations)
        dialog.exec()
        self.refresh()
