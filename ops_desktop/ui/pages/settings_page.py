"""Ustawienia: office data and configuration (the editor arrives with the settings issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.services import office
from ops_desktop.services.context import ServiceContext


class SettingsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        data = office.get_office(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(data.name or self.tr("(nie podano nazwy ośrodka)")))
        layout.addStretch(1)
