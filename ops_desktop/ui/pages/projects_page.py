"""Projekty: the office's projects (editor dialogs arrive with the project editor)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from ops_desktop.domain.money import format_pln
from ops_desktop.services import projects
from ops_desktop.services.context import ServiceContext


class ProjectsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("projectsList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        for row in projects.list_projects(ctx):
            self.list.addItem(f"{row.title} ({row.start_date.year}–{row.end_date.year}), "
                              f"{row.participants} os., {format_pln(row.budget_total)}")
