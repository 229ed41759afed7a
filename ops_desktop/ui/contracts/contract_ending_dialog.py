"""Closing a contract (with the final assessment: goal reached fully / partly / not) or
terminating it early (with a reason): date, outcome or reason, justification."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.contracts import ContractOutcome, EndingDraft, TerminationReason
from ops_desktop.ui.contracts.contract_labels import fill
from ops_desktop.ui.common.forms import get_date, optional_date_edit, set_date


class ContractEndingDialog(QDialog):
    def __init__(self, *, terminate: bool, contract_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.terminate = terminate
        title = (self.tr("Rozwiązanie kontraktu {number}") if terminate
                 else self.tr("Zakończenie kontraktu {number}"))
        self.setWindowTitle(title.format(number=contract_number))
        self.date = optional_date_edit("endedOn")
        set_date(self.date, dt.date.today())
        self.choice = QComboBox()
        self.choice.setObjectName("reason" if terminate else "outcome")
        fill(self.choice, list(TerminationReason if terminate else ContractOutcome),
             empty="—")
        self.justification = QPlainTextEdit()
        self.justification.setObjectName("justification")
        form = QFormLayout()
        form.addRow(self.tr("Data rozwiązania *") if terminate else self.tr("Data zakończenia *"),
                    self.date)
        form.addRow(self.tr("Przyczyna *") if terminate else self.tr("Ocena końcowa *"),
                    self.choice)
        form.addRow(self.tr("Uzasadnienie") if terminate else self.tr("Uzasadnienie *"),
                    self.justification)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Rozwiąż kontrakt") if terminate else self.tr("Zakończ kontrakt"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def ending(self) -> EndingDraft:
        code = self.choice.currentData()
        return EndingDraft(
            ended_on=get_date(self.date),
            outcome=None if self.terminate or code is None else ContractOutcome(code),
            reason=TerminationReason(code) if self.terminate and code else None,
            justification=self.justification.toPlainText().strip())
