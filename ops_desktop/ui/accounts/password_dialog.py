"""A new password, typed twice: one's own change (with the current password) or the
administrator's reset of someone else's. `save(old, new, repeat)` is the service call
(services/accounts.change_own_password or reset_password); its field problems are shown
here and the dialog stays open until it succeeds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.accounts import MIN_PASSWORD_LENGTH
from ops_desktop.ui.accounts.account_parts import (
    REFUSALS, message_label, ok_cancel, password_edit, refusal_text,
)


class PasswordDialog(QDialog):
    def __init__(self, save: Callable[[str, str, str], object], *, ask_old_password: bool,
                 title: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.old = password_edit("old_password")
        self.new = password_edit("password")
        self.repeat = password_edit("password_repeat")
        form = QFormLayout()
        if ask_old_password:
            form.addRow(self.tr("Obecne hasło:"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("Nowe hasło:"), self.new)
        form.addRow(self.tr("Powtórz nowe hasło:"), self.repeat)
        hint = QLabel(note or self.tr("Co najmniej {n} znaków. Zmiana hasła nie zmienia "
                                      "zaszyfrowanej bazy, tylko klucz tego konta."
                                      ).format(n=MIN_PASSWORD_LENGTH))
        hint.setWordWrap(True)
        self.message = message_label()
        buttons = ok_cancel(self, self.tr("Zapisz hasło"), "saveButton", self._save_password)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _save_password(self) -> None:
        try:
            self._save(self.old.text(), self.new.text(), self.repeat.text())
        except REFUSALS as exc:
            self.message.setText(refusal_text(exc))
            return
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.accept()
