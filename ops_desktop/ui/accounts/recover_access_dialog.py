"""Using the recovery code from the office safe: the code, the administrator's username and a
new password; `recover(code, username, password, repeat)` (services/sign_in.recover_access)
signs the administrator in. A wrong code is refused like a wrong password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ops_desktop.ui.accounts.account_parts import (
    REFUSALS, message_label, ok_cancel, password_edit, refusal_text,
)


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
        self.password = password_edit("password")
        self.repeat = password_edit("password_repeat")
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("Kod odzyskiwania:"), self.code)
        form.addRow(self.tr("Administrator:"), self.username)
        form.addRow(self.tr("Nowe hasło:"), self.password)
        form.addRow(self.tr("Powtórz hasło:"), self.repeat)
        buttons = ok_cancel(self, self.tr("Odzyskaj dostęp"), "recoverButton",
                            self._recover_access)
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
        except REFUSALS as exc:
            self.message.setText(refusal_text(exc))
            return
        self.password.clear()
        self.repeat.clear()
        self.accept()
