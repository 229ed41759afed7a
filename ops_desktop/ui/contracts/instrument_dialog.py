"""Add or rename an instrument of the catalogue: category (only when adding), name,
description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.enums import InstrumentCategory
from ops_desktop.domain.instruments import InstrumentView
from ops_desktop.ui.contracts.contract_labels import fill


class InstrumentDialog(QDialog):
    def __init__(self, *, instrument: InstrumentView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nowy instrument") if instrument is None
                            else self.tr("Zmiana nazwy instrumentu"))
        self.category = QComboBox()
        self.category.setObjectName("instrumentCategory")
        fill(self.category, list(InstrumentCategory))
        self.name = QLineEdit()
        self.name.setObjectName("instrumentName")
        self.description = QPlainTextEdit()
        self.description.setObjectName("instrumentDescription")
        self.description.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("instrumentError")
        self.error.setStyleSheet("color: #b00020;")
        if instrument is not None:
            self.category.setCurrentIndex(self.category.findData(instrument.category.value))
            self.category.setEnabled(False)
            self.name.setText(instrument.name)
            self.description.setPlainText(instrument.description)
        form = QFormLayout()
        form.addRow(self.tr("Kategoria"), self.category)
        form.addRow(self.tr("Nazwa *"), self.name)
        form.addRow(self.tr("Opis"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zapisz"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[InstrumentCategory, str, str]:
        return (InstrumentCategory(self.category.currentData()), self.name.text().strip(),
                self.description.toPlainText().strip())
