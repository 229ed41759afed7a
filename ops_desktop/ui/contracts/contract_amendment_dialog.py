"""Aneks: the date it is signed and what it changes, in words. The new wording of Part I is
what the contract dialog shows when this dialog is accepted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.contracts import AmendmentDraft
from ops_desktop.ui.common.forms import get_date, optional_date_edit, set_date


class ContractAmendmentDialog(QDialog):
    def __init__(self, *, number: int, contract_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aneks nr {n} do kontraktu {number}").format(
            n=number, number=contract_number))
        self.date = optional_date_edit("amendmentDate")
        set_date(self.date, dt.date.today())
        self.scope = QPlainTextEdit()
        self.scope.setObjectName("amendmentScope")
        self.scope.setPlaceholderText(self.tr("np. przedłużenie okresu kontraktu do 30.11.2011 r. "
                                              "i dodanie działania…"))
        note = QLabel(self.tr("Zmiany w części I wprowadzone w oknie kontraktu zostaną zapisane "
                              "jako treść po aneksie; wcześniejsza wersja pozostaje do wydruku."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Data aneksu *"), self.date)
        form.addRow(self.tr("Zakres zmian *"), self.scope)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zapisz aneks"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def amendment(self) -> AmendmentDraft:
        return AmendmentDraft(get_date(self.date), self.scope.toPlainText().strip())
