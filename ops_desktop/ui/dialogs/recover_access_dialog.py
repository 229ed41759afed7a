"""Using the recovery code from the office safe: the code, the administrator's username and a
new password; `recover(code, username, password, repeat)` (services/sign_in.recover_access)
signs the administrator in. A wrong code is refused like a wrong password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ops_desktop.db.errors import StorageError
from ops_desktop.domain.accounts import SignInRefused
from ops_desktop.domain.errors import ValidationFailed
from ops_desktop.ui.dialogs.login_dialog import sign_in_problem_text


class RecoverAccessDialog(QDialog):
    def __init__(self, recover: Callable[[str, str, str, str], Any], *, username: str = "admin",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._recover = recover
        self.result_: Any = None
        self.setWindowTitle(self.tr("Odzyskiwanie dostępu kodem z sejfu"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Wpisz kod odzyskiwania z wydrukowanej kartki, nazwę konta "
                               "administratora i jego nowe hasło (co najmniej 12 znaków)."))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("password_repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        form.addRow(self.tr("Kod odzyskiwania:"), self.code)
        form.addRow(self.tr("Administrator:"), self.username)
        form.addRow(self.tr("Nowe hasło:"), self.password)
        form.addRow(self.tr("Powtórz hasło:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Odzyskaj dostęp"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("recoverButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self._recover_access)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _recover_access(self) -> None:
        self.message.setText(self.tr("Sprawdzanie kodu…"))
        self.repaint()
        try:
            self.result_ = self._recover(self.code.text(), self.username.text().strip(),
                                         self.password.text(), self.repeat.text())
        except (SignInRefused, StorageError, ValidationFailed) as exc:
            self.message.setText(sign_in_problem_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        self.accept()
