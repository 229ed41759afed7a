"""The Widok menu of the main window: text size (Ctrl+plus, Ctrl+minus, Ctrl+0) and the
high-contrast theme, each change applied at once and kept as the user's own setting."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
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

    def changed() -> None:
        appearance.save_appearance(app, username)
        contrast.setChecked(appearance.is_high_contrast(app))

    def step(direction: int) -> None:
        appearance.step_text_size(app, direction)
        changed()

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
    contrast.toggled.connect(lambda on: (appearance.apply_theme(app, high_contrast=on),
                                         changed()))
    for action in (larger, smaller, normal):
        window.addAction(action)  # the shortcuts work whatever has the focus
    return menu
