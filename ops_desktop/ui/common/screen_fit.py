"""Dialogs that fit the screen at any text size: when a dialog about to be shown
needs more room than the screen has (large text, a small screen), its contents move into a
scroll area — the button row stays visible below it — and the dialog is sized to the screen.
Installed once on the application (`install_screen_fit`), so every dialog gets it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QDialog, QDialogButtonBox, QFrame, QScrollArea, QWidget,
)

MARGIN = 40  # the window frame and a little of the desktop around it


def available_size(widget: QWidget) -> QSize:
    """The room on the screen the widget is on (tests pin it to 1366×738)."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry().size()


def make_scrollable(dialog: QDialog) -> bool:
    """Move the dialog's contents into a scroll area (the last button box stays outside).
    Only a dialog whose top layout is a box layout is changed; returns whether it was."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or dialog.findChild(QScrollArea, "screenFitArea"):
        return False
    items = []
    while layout.count():
        stretch = layout.stretch(0)
        items.append((layout.takeAt(0), stretch))
    buttons = None
    if items and isinstance(items[-1][0].widget(), QDialogButtonBox):
        buttons = items.pop()[0].widget()
    inner = QWidget()
    inner.setObjectName("screenFitBody")
    inner_layout = QBoxLayout(layout.direction(), inner)
    inner_layout.setContentsMargins(0, 0, 0, 0)
    inner_layout.setSpacing(layout.spacing())
    for item, stretch in items:
        if item.widget() is not None:
            inner_layout.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            sub = item.layout()
            sub.setParent(None)
            inner_layout.addLayout(sub, stretch)
        else:
            inner_layout.addItem(item)
    area = QScrollArea()
    area.setObjectName("screenFitArea")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    layout.addWidget(area, 1)
    if buttons is not None:
        layout.addWidget(buttons)
    return True


def fit_to_screen(dialog: QDialog) -> None:
    room = available_size(dialog) - QSize(MARGIN, MARGIN)
    needed = dialog.minimumSizeHint().expandedTo(dialog.size())
    if needed.width() <= room.width() and needed.height() <= room.height():
        return
    if dialog.minimumSizeHint().width() > room.width() or (
            dialog.minimumSizeHint().height() > room.height()):
        make_scrollable(dialog)
        dialog.layout().activate()
    dialog.resize(dialog.size().boundedTo(room).expandedTo(QSize(200, 120)))


class _ScreenFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication) -> None:
    if app.findChild(_ScreenFit) is None:
        app.installEventFilter(_ScreenFit(app))
