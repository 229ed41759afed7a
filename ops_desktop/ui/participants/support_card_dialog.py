"""A person's individual support card in a project: the consultations so far, adding,
editing and removing entries, and printing the card (with both signature columns)."""

from __future__ import annotations

import io

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import format_hours
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.reporting.support_card_pdf import render_support_card
from ops_desktop.services import support_card
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import activity_label, error_text
from ops_desktop.ui.participants.support_entry_dialog import SupportEntryDialog
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns


class SupportCardDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, participation_id: int, project_id: int,
                 person_name: str, hour_minutes: int = 60, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.participation_id = participation_id
        self.project_id = project_id
        self._hour_minutes = hour_minutes
        self.preview = None
        self.setWindowTitle(
            self.tr("Karta wsparcia indywidualnego: {name}").format(name=person_name))
        self.resize(820, 460)
        self.model = RowsModel([
            Column(self.tr("Data"), lambda e: e.draft.day.strftime("%d.%m.%Y"),
                   lambda e: e.draft.day),
            Column(self.tr("Godziny"),
                   lambda e: f"{e.draft.time_from:%H:%M}–{e.draft.time_to:%H:%M}"
                   if e.draft.time_from and e.draft.time_to else ""),
            Column(self.tr("Liczba godz."), lambda e: format_hours(e.draft.hours), numeric=True),
            Column(self.tr("Temat"), lambda e: e.draft.topic),
            Column(self.tr("Specjalista"), lambda e: f"{e.draft.specialist} "
                   f"({activity_label(e.draft.specialist_kind).lower()})"),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("supportEntries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(3, 260)
        fit_columns(self.table)
        self.total = QLabel()
        writable = ctx.can(Permission.ATTENDANCE_WRITE)
        self.add_button = QPushButton(self.tr("Dodaj wpis…"))
        self.add_button.setObjectName("addSupportEntry")
        self.edit_button = QPushButton(self.tr("Edytuj…"))
        self.delete_button = QPushButton(self.tr("Usuń"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(writable)
        self.print_button = QPushButton(self.tr("Drukuj kartę…"))
        self.print_button.setObjectName("printSupportCard")
        self.print_button.setEnabled(ctx.can(Permission.PRINT))
        close = QPushButton(self.tr("Zamknij"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.print_button,
                       close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit_entry(None))
        self.edit_button.clicked.connect(lambda: self.edit_entry(self._selected()))
        self.table.doubleClicked.connect(lambda _i: self.edit_entry(self._selected()))
        self.delete_button.clicked.connect(self.delete_entry)
        self.print_button.clicked.connect(self.print_card)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        entries = support_card.list_entries(self._ctx, participation_id=self.participation_id)
        self.model.set_rows(entries)
        self.total.setText(self.tr("Wpisów: {n}, razem {h} godz.").format(
            n=len(entries), h=format_hours(sum(e.draft.hours for e in entries))))

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def edit_entry(self, entry) -> None:
        if entry is None and self.sender() is self.edit_button:
            return
        dialog = SupportEntryDialog(self._ctx, participation_id=self.participation_id,
                                    project_id=self.project_id, hour_minutes=self._hour_minutes,
                                    entry=entry, parent=self)
        if dialog.exec():
            self.reload()

    def delete_entry(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("Usunąć zaznaczony wpis?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            support_card.delete_entry(self._ctx, entry_id=entry.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
        self.reload()

    def card_pdf(self) -> bytes:
        buffer = io.BytesIO()
        render_support_card(support_card.card(self._ctx, participation_id=self.participation_id),
                            buffer)
        return buffer.getvalue()

    def print_card(self) -> None:
        from ops_desktop.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        self.preview = PdfPreviewDialog(self.card_pdf(), title=self.tr("Karta wsparcia"),
                                        suggested_name=f"karta-wsparcia-{self.participation_id}.pdf",
                                        parent=self)
        record = lambda *_: support_card.record_print(  # noqa: E731
            self._ctx, participation_id=self.participation_id)
        self.preview.printed.connect(record)
        self.preview.saved.connect(record)
        self.preview.open()
