"""Signing in, and unlocking after the idle lock: username, password, one calm message.

    dialog = LoginDialog(authenticate, username="koordynator")
    if dialog.exec() == QDialog.DialogCode.Accepted: session = dialog.result_

`authenticate(username, password)` does the work (services/sign_in.sign_in, or the locked
session's unlock) and returns what the caller wants back; None means the person gave up on
the way (e.g. closed the damaged-database dialog). A wrong password, the pause after five,
a missing key file are said here and the dialog stays open; after a pause the button comes
back by itself. With `fixed_username` (the idle lock) only the same person can continue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ops_desktop import APP_NAME
from ops_desktop.domain.accounts import SignInPaused
from ops_desktop.ui.accounts.account_parts import (
    REFUSALS, message_label, password_edit, refusal_text,
)


class LoginDialog(QDialog):
    def __init__(self, authenticate: Callable[[str, str], Any], *, username: str = "",
                 password: str = "", fixed_username: bool = False, note: str = "",
                 title: str | None = None, recover: Callable[[QWidget], Any] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._authenticate = authenticate
        self._recover = recover
        self.result_: Any = None
        self.setWindowTitle(title or self.tr("{app} — logowanie").format(app=APP_NAME))
        self.setMinimumWidth(420)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setReadOnly(fixed_username)
        self.password = password_edit("password")
        self.password.setText(password)
        self.message = message_label()
        self.note = QLabel(note)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        if note:  # only then: PySide6 builds its `Qt` namespace on first use (≈18 ms, a sixth
            # of a bare window), and this dialog is the first window (docs/PERFORMANCE.md)
            from PySide6.QtCore import Qt

            self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_in_button = QPushButton(self.tr("Zaloguj"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Zamknij program") if fixed_username
                                        else self.tr("Anuluj"))
        self.close_button.setObjectName("closeButton")
        self.recover_button = QPushButton(self.tr("Kod odzyskiwania…"))
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setVisible(recover is not None)
        form = QFormLayout()
        form.addRow(self.tr("Użytkownik:"), self.username)
        form.addRow(self.tr("Hasło:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        if fixed_username:
            locked = QLabel(self.tr(
                "Program zablokowano po okresie bezczynności. Dane są ukryte, a klucz bazy "
                "usunięty z pamięci. Wpisz hasło, aby wrócić do pracy."))
            locked.setWordWrap(True)
            layout.addWidget(locked)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._resume = QTimer(self)
        self._resume.setSingleShot(True)
        self._resume.timeout.connect(self._end_pause)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.close_button.clicked.connect(self.reject)
        self.recover_button.clicked.connect(self._use_recovery)
        (self.password if username else self.username).setFocus()

    def _sign_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Wpisz nazwę użytkownika i hasło."))
            return
        self.message.setText(self.tr("Sprawdzanie hasła…"))
        self.sign_in_button.setEnabled(False)
        self.repaint()
        try:
            result = self._authenticate(username, password)
        except REFUSALS as exc:
            self.password.clear()
            self.password.setFocus()
            self.message.setText(refusal_text(exc))
            self.sign_in_button.setEnabled(True)
            if isinstance(exc, SignInPaused):
                self._pause_until(exc)
            return
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if result is None:
            self.reject()
            return
        self.result_ = result
        self.message.clear()
        self.accept()

    def _pause_until(self, exc: SignInPaused) -> None:
        self.sign_in_button.setEnabled(False)
        wait_ms = int((exc.until - dt.datetime.now()).total_seconds() * 1000)
        self._resume.start(max(0, wait_ms) + 200)

    def _end_pause(self) -> None:
        self.sign_in_button.setEnabled(True)
        self.message.setText(self.tr("Możesz spróbować ponownie."))

    def _use_recovery(self) -> None:
        result = self._recover(self) if self._recover is not None else None
        if result is not None:
            self.result_ = result
            self.accept()
