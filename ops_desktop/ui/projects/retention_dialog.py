"""Retencja danych: each project's retention end date and deletion hold, how many of its
people could be anonymised now, and — after an explicit confirmation that names the project
and the number of people — anonymising them (services/retention.py, audited there).

Coordinators see the projects assigned to them, the head of office every project. Setting or
lifting a deletion hold needs the right to edit the project; the services check both."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.retention import RetentionRow
from ops_desktop.services import retention
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.messages import permission_text, rule_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.fit import fit_columns
from ops_desktop.ui.common.tables import read_only_table


def _day(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


class RetentionDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self.setWindowTitle(self.tr("Retencja danych i anonimizacja"))
        self.resize(1100, 440)
        intro = QLabel(self.tr(
            "Po upływie okresu przechowywania dokumentacji projektu (o ile nie wstrzymano "
            "usuwania) dane osób można zanonimizować. Osoby potrzebne jeszcze w innym "
            "projekcie pozostają bez zmian. Statystyki i liczby w zestawieniach zostają."))
        intro.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Projekt"), lambda r: r.title),
            Column(self.tr("Przechowywać do"), lambda r: _day(r.retention_until),
                   sort=lambda r: r.retention_until or dt.date.max),
            Column(self.tr("Stan"), self._state),
            Column(self.tr("Osoby"), lambda r: str(r.people), sort=lambda r: r.people,
                   numeric=True),
            Column(self.tr("Do anonimizacji"), lambda r: str(r.anonymisable),
                   sort=lambda r: r.anonymisable, numeric=True),
            Column(self.tr("Potrzebne w innych"), lambda r: str(r.kept_for_other_projects),
                   sort=lambda r: r.kept_for_other_projects, numeric=True),
            Column(self.tr("Zanonimizowane"), lambda r: str(r.anonymised),
                   sort=lambda r: r.anonymised, numeric=True),
        ], self)
        self.table = read_only_table("retentionTable", self.model,
                                     (270, 130, 190, 70, 130, 150))
        fit_columns(self.table, give_way=(0,))  # the project's title: whole in a tooltip
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.hold_button = QPushButton()
        self.hold_button.setObjectName("holdButton")
        self.hold_button.clicked.connect(self.toggle_hold)
        self.anonymise_button = QPushButton(self.tr("Anonimizuj…"))
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Zamknij"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.hold_button)
        row.addWidget(self.anonymise_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.reload()

    def _state(self, row: RetentionRow) -> str:
        if row.deletion_hold:
            return self.tr("wstrzymano usuwanie")
        if row.expired:
            return self.tr("po terminie")
        return self.tr("w okresie przechowywania") if row.retention_until else self.tr(
            "brak terminu")

    def reload(self, keep: int | None = None) -> None:
        try:
            rows = retention.overview(self._ctx, today=self._today)
        except PermissionDenied as exc:
            rows = []
            self.message.setText(permission_text(exc))
        self.model.set_rows(rows)
        target = next((n for n, r in enumerate(rows) if r.project_id == keep), 0 if rows else None)
        if target is not None:
            self.table.selectRow(target)
        self._update_buttons()

    def selected(self) -> RetentionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_project(self, project_id: int) -> None:
        for n in range(self.model.rowCount()):
            if self.model.row(n).project_id == project_id:
                self.table.selectRow(n)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.hold_button.setText(self.tr("Zdejmij wstrzymanie usuwania") if row and
                                 row.deletion_hold else self.tr("Wstrzymaj usuwanie danych"))
        self.hold_button.setEnabled(row is not None and self._ctx.can(Permission.PROJECT_WRITE))
        self.anonymise_button.setEnabled(row is not None and row.expired and row.anonymisable > 0
                                         and self._ctx.can(Permission.ANONYMISE))

    def toggle_hold(self) -> None:
        row = self.selected()
        if row is None:
            return
        done = self._run(lambda: retention.set_deletion_hold(
            self._ctx, project_id=row.project_id, hold=not row.deletion_hold) or True)
        if done:
            text = (self.tr("Zdjęto wstrzymanie usuwania danych projektu „{title}”.")
                    if row.deletion_hold else
                    self.tr("Wstrzymano usuwanie danych projektu „{title}”."))
            self.message.setText(text.format(title=row.title))
        self.reload(keep=row.project_id)

    def confirm(self, row: RetentionRow) -> bool:
        """Anonymising cannot be undone: ask twice, naming the project and the count; No is
        the default button of both questions."""
        first = self.tr(
            "Zanonimizować {n} osób projektu „{title}”?\n\nImiona, nazwiska, PESEL, adresy, "
            "telefony, e-maile i uwagi tych osób zostaną trwale usunięte z bazy. Tego nie można "
            "cofnąć. Liczby w zestawieniach pozostaną bez zmian.").format(
            n=row.anonymisable, title=row.title)
        second = self.tr(
            "Ostatnie potwierdzenie: dane osobowe {n} osób projektu „{title}” zostaną "
            "usunięte bezpowrotnie. Kontynuować?").format(n=row.anonymisable, title=row.title)
        return (self._ask(first, self.tr("Anonimizuj {n} osób").format(n=row.anonymisable))
                and self._ask(second, self.tr("Tak, anonimizuj trwale")))

    def _ask(self, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Anonimizacja danych"), text,
                          parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Anuluj"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def anonymise_selected(self, *, confirmed: bool = False) -> None:
        row = self.selected()
        if row is None or not (confirmed or self.confirm(row)):
            return
        result = self._run(lambda: retention.anonymise_project(
            self._ctx, project_id=row.project_id, today=self._today))
        if result is not None:
            self.message.setText(self.tr(
                "Zanonimizowano osób: {n}. Pozostawiono (potrzebne w innych projektach): {kept}."
            ).format(n=len(result.person_ids), kept=result.kept_for_other_projects))
        self.reload(keep=row.project_id)

    def _run(self, call):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return call()
        except PermissionDenied as exc:
            self.message.setText(permission_text(exc))
        except RuleViolation as exc:
            self.message.setText(rule_text(exc))
        except NotFound:  # removed meanwhile, e.g. by a restore
            self.message.setText(self.tr("Tego projektu nie ma już w bazie."))
        finally:
            QGuiApplication.restoreOverrideCursor()
        return None
