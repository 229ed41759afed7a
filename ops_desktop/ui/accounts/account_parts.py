"""Pieces the sign-in and account dialogs share: the one-line message under a form, a
password field, the OK/Anuluj buttons, and the sentence for whatever a service refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.accounts import (
    BadCredentials, KeyFileMissing, OfficeNotSetUp, SignInPaused, SignInRefused,
)
from ops_desktop.domain.errors import PermissionDenied, RuleViolation, ValidationFailed
from ops_desktop.ui.messages import (  # problem_text: also used by the account dialogs
    permission_text, problem_text, rule_text, storage_error_text,
)
from ops_desktop.ui.common.translation import translator

# What the account services refuse with; each has a sentence in refusal_text.
REFUSALS = (SignInRefused, StorageError, ValidationFailed, RuleViolation, PermissionDenied)


_t = translator("LoginDialog")


def refusal_text(exc: Exception) -> str:
    if isinstance(exc, SignInPaused):
        return _t("Po pięciu błędnych hasłach logowanie wstrzymano do {time}. "
                  "Spróbuj ponownie za chwilę.").format(time=f"{exc.until:%H:%M:%S}")
    if isinstance(exc, BadCredentials):
        return _t("Nieprawidłowa nazwa użytkownika lub hasło.")
    if isinstance(exc, KeyFileMissing):
        return _t("Baza jest zaszyfrowana, a obok niej brakuje pliku kluczy {path}. Przywróć go "
                  "z kopii zapasowej.").format(path=exc.path)
    if isinstance(exc, OfficeNotSetUp):
        return _t("Ta baza nie ma jeszcze kont użytkowników.")
    if isinstance(exc, StorageError):
        return storage_error_text(exc)
    if isinstance(exc, ValidationFailed):
        return " ".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, RuleViolation):
        return rule_text(exc)
    if isinstance(exc, PermissionDenied):
        return permission_text(exc)
    return _t("Logowanie nie powiodło się.")


def message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00000;")
    return label


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def ok_cancel(dialog: QDialog, ok_text: str, ok_name: str,
              on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (named, with its own text) runs `on_ok`, which accepts when the work succeeded."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Anuluj"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
