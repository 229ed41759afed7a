"""The Widok menu of the main window: text size (Ctrl+plus, Ctrl+minus, Ctrl+0) and the
high-contrast theme, each change applied at once and kept as the user's own setting (the
theme only once the user ticks or unticks it: until then the system's mode decides)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ops_desktop.ui.settings import appearance
from ops_desktop.ui.common.translation import translator


_t = translator("ViewMenu")


def install_view_menu(window: QMainWindow, username: str, *, before=None) -> QMenu:
    app = QApplication.instance()
    menu = QMenu(_t("&Widok"), window)
    if before is not None:
        window.menuBar().insertMenu(before, menu)
    else:
        window.menuBar().addMenu(menu)

    def step(direction: int) -> None:
        appearance.step_text_size(app, direction)
        appearance.save_text_size(app, username)  # the theme stays the system's until chosen

    def choose_theme(on: bool) -> None:
        appearance.apply_theme(app, high_contrast=on)
        appearance.save_theme(app, username)

    larger = menu.addAction(_t("&Większy tekst"))
    larger.setObjectName("textLarger")
    larger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
    larger.triggered.connect(lambda: step(+1))
    smaller = menu.addAction(_t("&Mniejszy tekst"))
    smaller.setObjectName("textSmaller")
    smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
    smaller.triggered.connect(lambda: step(-1))
    normal = menu.addAction(_t("&Zwykły rozmiar tekstu"))
    normal.setObjectName("textNormal")
    normal.setShortcut(QKeySequence("Ctrl+0"))
    normal.triggered.connect(lambda: step(0))
    menu.addSeparator()
    contrast = menu.addAction(_t("Wysoki &kontrast"))
    contrast.setObjectName("highContrast")
    contrast.setCheckable(True)
    contrast.setChecked(appearance.is_high_contrast(app))
    contrast.toggled.connect(choose_theme)
    for action in (larger, smaller, normal):
        window.addAction(action)  # the shortcuts work whatever has the focus
    SystemContrastFollower(menu, username, contrast)
    return menu


class SystemContrastFollower(QObject):
    """While the menu lives: the system's high-contrast mode switched on or off (Qt's
    contrast preference) changes the theme, unless the user chose one; the menu's tick
    follows without counting as the user's choice."""

    def __init__(self, menu: QMenu, username: str, action: QAction):
        super().__init__(menu)
        self._username = username
        self._action = action
        hints = getattr(QGuiApplication.styleHints(), "accessibility", None)
        if hints is not None:  # Qt 6.10+
            hints().contrastPreferenceChanged.connect(self.system_changed)

    def system_changed(self, preference: Qt.ContrastPreference) -> None:
        app = QApplication.instance()
        if appearance.follow_system_contrast(
                app, self._username,
                qt_high_contrast=preference == Qt.ContrastPreference.HighContrast):
            blocked = self._action.blockSignals(True)
            self._action.setChecked(appearance.is_high_contrast(app))
            self._action.blockSignals(blocked)
