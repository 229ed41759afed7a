"""The recovery code, shown once: print it for the office safe, then confirm and go on.

The code is never stored in clear; once this dialog closes only the printed sheet has it. The
dialog therefore closes only after the administrator ticks that the code is printed or
written down. "Drukuj…" opens the print preview of the recovery sheet
(reporting/recovery_sheet_pdf.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop.reporting.recovery_sheet_pdf import render_recovery_sheet
from ops_desktop.ui.escape_guard import never_ask


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, *, office_name: str, database_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._code = code
        self._office_name = office_name
        self._database_name = database_name
        self.setWindowTitle(self.tr("Kod odzyskiwania — pokazywany tylko raz"))
        self.setMinimumWidth(560)
        text = QLabel(self.tr(
            "To jest kod odzyskiwania dostępu do zaszyfrowanej bazy. Gdy nikt nie będzie "
            "pamiętał hasła administratora, tylko ten kod otworzy bazę. Wydrukuj go i schowaj "
            "w sejfie ośrodka. Program nie zapisuje go nigdzie i nie pokaże go ponownie."))
        text.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(18)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.print_button = QPushButton(self.tr("Drukuj…"))
        self.print_button.setObjectName("printButton")
        self.confirm = QCheckBox(self.tr("Kod jest wydrukowany lub zapisany i trafi do sejfu"))
        self.confirm.setObjectName("confirm")
        self.done_button = QPushButton(self.tr("Dalej"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setEnabled(False)
        self.confirm.toggled.connect(self.done_button.setEnabled)
        self.print_button.clicked.connect(self._print)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code_label)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        never_ask(self)   # Esc waits for the tick (reject below), nothing typed to lose

    def sheet(self) -> bytes:
        return render_recovery_sheet(office_name=self._office_name,
                                     database_name=self._database_name, code=self._code,
                                     created_at=dt.datetime.now())

    def reject(self) -> None:  # Esc or the window's X: only once the code is safe
        if self.confirm.isChecked():
            super().reject()

    def _print(self) -> None:
        from ops_desktop.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        PdfPreviewDialog(self.sheet(), title=self.tr("Kod odzyskiwania"),
                         suggested_name="kod-odzyskiwania.pdf", parent=self).exec()
