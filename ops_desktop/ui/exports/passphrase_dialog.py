"""The passphrase of an encrypted export, shown ONCE.

A copy button, a warning to keep it apart from the stick, and a tick that it was written down
before the window closes. The clipboard is cleared on closing if it still holds the passphrase
(another program could read it later); the application keeps no copy anywhere."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ops_desktop.ui.escape_guard import never_ask


class PassphraseDialog(QDialog):
    def __init__(self, passphrase: str, *, folder_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._passphrase = passphrase
        self.setWindowTitle(self.tr("Hasło do zaszyfrowanego archiwum"))
        warning = QLabel(self.tr(
            "<b>To hasło jest pokazywane tylko raz.</b> Bez niego archiwum nie da się otworzyć "
            "(7-Zip: prawy przycisk → 7-Zip → Otwórz archiwum, potem podaj hasło).<br>"
            "Zapisz je teraz i przechowuj <b>osobno od nośnika</b> — przekaż odbiorcy inną drogą "
            "(telefonicznie, osobiście), nigdy w tej samej kopercie ani na tym samym pendrivie."))
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        where = QLabel(self.tr("Archiwum w folderze: {folder}").format(folder=folder_name))
        where.setVisible(bool(folder_name))
        self.field = QLineEdit(passphrase)
        self.field.setObjectName("passphrase")
        self.field.setReadOnly(True)
        font = QFont("DejaVu Sans Mono")
        font.setPointSize(16)
        self.field.setFont(font)
        self.field.setMinimumWidth(420)
        self.copy_button = QPushButton(self.tr("Kopiuj do schowka"))
        self.copy_button.setObjectName("copyPassphrase")
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.copy_button)
        self.written_down = QCheckBox(self.tr("Zapisałem(-am) hasło w bezpiecznym miejscu, "
                                              "osobno od nośnika"))
        self.written_down.setObjectName("writtenDown")
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Zamknij"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.written_down.toggled.connect(self.close_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(where)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(self.written_down)
        layout.addWidget(buttons)
        never_ask(self)   # Esc waits for the tick (reject below), nothing typed to lose

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._passphrase)
        self.copied.setText(self.tr("Skopiowano. Schowek zostanie wyczyszczony po zamknięciu "
                                    "tego okna."))

    def done(self, result: int) -> None:  # every way of closing passes here
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._passphrase:
            clipboard.clear()
        self.field.clear()
        self._passphrase = ""
        super().done(result)

    def reject(self) -> None:
        if self.written_down.isChecked():   # Esc only once it has been written down
            super().reject()
