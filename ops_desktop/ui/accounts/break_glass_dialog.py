"""Dostęp awaryjny ("break-glass"): an administrator, who sees no case content by default,
reads it in an emergency. The reason and the password again go first; the reason is written
into the audit trail before anything is shown (services/accounts.break_glass). The result is
a service context that may read for a limited time (`granted`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.accounts import BREAK_GLASS_MINUTES
from ops_desktop.services import accounts
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.accounts.account_parts import (
    REFUSALS, message_label, ok_cancel, password_edit, refusal_text,
)


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
        self.password = password_edit("password")
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("Powód:"), self.reason)
        form.addRow("", self.sensitive)
        form.addRow(self.tr("Twoje hasło:"), self.password)
        buttons = ok_cancel(self, self.tr("Otwórz dostęp"), "openButton", self._open)
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
        except REFUSALS as exc:
            self.password.clear()
            self.message.setText(refusal_text(exc))
            return
        self.password.clear()
        self.accept()
