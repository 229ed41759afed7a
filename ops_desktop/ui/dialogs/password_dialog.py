"""A new password, typed twice: one's own change (with the current password) or the
administrator's reset of someone else's. `save(old, new, repeat)` is the service call
(services/accounts.change_own_password or reset_password); its field problems are shown
here and the dialog stays open until it succeeds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.accounts import MIN_PASSWORD_LENGTH, SignInRefused
from ops_desktop.domain.errors import PermissionDenied, RuleViolation, ValidationFailed
from ops_desktop.ui.dialogs.login_dialog import problem_text, sign_in_problem_text
from ops_desktop.ui.messages import permission_text, rule_text


class PasswordDialog(QDialog):
    def __init__(self, save: Callable[[str, str, str], object], *, ask_old_password: bool,
                 title: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.old = QLineEdit()
        self.old.setObjectName("old_password")
        self.new = QLineEdit()
        self.new.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("password_repeat")
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
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
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Zapisz hasło"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self._save_password)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _save_password(self) -> None:
        try:
            self._save(self.old.text(), self.new.text(), self.repeat.text())
        except ValidationFailed as exc:
            self.message.setText(" ".join(problem_text(p) for p in exc.problems))
            return
        except RuleViolation as exc:
            self.message.setText(rule_text(exc))
            return
        except PermissionDenied as exc:
            self.message.setText(permission_text(exc))
            return
        except SignInRefused as exc:
            self.message.setText(sign_in_problem_text(exc))
            return
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.accept()
