"""What an empty list says: a table with no rows draws, in its middle, a sentence
saying what to do ("Nikogo jeszcze nie przyjęto. Nowa osoba… (Ctrl+N) dodaje pierwszą.").
And the banner a read-only view shows at its top, saying why it cannot be changed, and
read-only fields drawn as such (`look_read_only`)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QComboBox, QFrame, QLabel, QLineEdit, QPlainTextEdit,
    QTextEdit, QWidget,
)


class _EmptyText(QObject):
    """Lives on the view's viewport (deleted with it) and paints there."""

    def __init__(self, view: QAbstractItemView, text: str):
        super().__init__(view.viewport())
        self.view = view
        self.text = text
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(view.viewport().update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not shiboken6.isValid(self.view):
            return False
        model = self.view.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(watched)
            painter.setPen(self.view.palette().color(QPalette.ColorRole.PlaceholderText))
            area = QRect(watched.rect()).adjusted(16, 16, -16, -16)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.text)
            painter.end()
        return False


def set_empty_text(view: QAbstractItemView, text: str) -> None:
    """The sentence `view` shows while its model has no rows (replaces an earlier one)."""
    current = view.viewport().findChild(_EmptyText)
    if current is not None:
        current.text = text
        view.viewport().update()
        return
    _EmptyText(view, text)


def empty_text(view: QAbstractItemView) -> str:
    current = view.viewport().findChild(_EmptyText)
    return current.text if current is not None else ""


def read_only_banner(text: str, name: str = "readOnlyBanner") -> QLabel:
    """A framed line at the top of a view the user cannot change, saying why."""
    banner = QLabel(text)
    banner.setObjectName(name)
    banner.setWordWrap(True)
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    banner.setMargin(6)
    banner.setAutoFillBackground(True)
    palette = banner.palette()
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.ToolTipText))
    banner.setPalette(palette)
    return banner


def look_read_only(widget: QWidget) -> None:
    """A field the user cannot change drawn on the window's colour, not as a white box
    waiting for typing (line edits, text boxes, combos, spin boxes under `widget`)."""
    targets = [widget, *widget.findChildren(QWidget)]
    for target in targets:
        if isinstance(target, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)):
            palette = target.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            target.setPalette(palette)
