"""Dostęp awaryjny ("break-glass"): an administrator, who sees no case content by default,
reads it in an emergency. The reason and the password again go first; the reason is written
into the audit trail before anything is shown (services/accounts.break_glass). The result is
a service context that may read for a limited time (`granted`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.accounts import BREAK_GLASS_MINUTES, SignInRefused
from ops_desktop.domain.errors import PermissionDenied, ValidationFailed
from ops_desktop.services import accounts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.dialogs.login_dialog import problem_text, sign_in_problem_text
from ops_desktop.ui.messages import permission_text


class BreakGlassDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.granted: ServiceContext | None = None
        self.setWindowTitle(self.tr("Dostęp awaryjny do danych podopiecznych"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Administrator nie ma dostępu do danych podopiecznych. W nagłej sytuacji możesz je "
            "odczytać przez {n} minut. Powód, Twoje konto i czas trafią do dziennika zdarzeń, "
            "który przegląda kierownik i inspektor ochrony danych.").format(n=BREAK_GLASS_MINUTES))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("np. wniosek IOD nr 4/2024 — brak dostępnego "
                                               "koordynatora"))
        self.reason.setFixedHeight(80)
        self.sensitive = QCheckBox(self.tr("także dane szczególnej kategorii"))
        self.sensitive.setToolTip(self.tr("zdrowie, niepełnosprawność, uzależnienia, przemoc "
                                          "w rodzinie i inne odpowiedzi wrażliwe"))
        self.sensitive.setObjectName("sensitive")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        form.addRow(self.tr("Powód:"), self.reason)
        form.addRow("", self.sensitive)
        form.addRow(self.tr("Twoje hasło:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Otwórz dostęp"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("openButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _open(self) -> None:
        try:
            self.granted = accounts.break_glass(
                self._ctx, reason=self.reason.toPlainText(), password=self.password.text(),
                sensitive=self.sensitive.isChecked())
        except ValidationFailed as exc:
            self.message.setText(" ".join(problem_text(p) for p in exc.problems))
            return
        except SignInRefused as exc:
            self.password.clear()
            self.message.setText(sign_in_problem_text(exc))
            return
        except PermissionDenied as exc:
            self.message.setText(permission_text(exc))
            return
        self.password.clear()
        self.accept()
