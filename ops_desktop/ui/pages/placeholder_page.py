"""A section whose screens are not built yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("Sekcja „{title}” będzie dostępna w kolejnej wersji.").format(title=title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
