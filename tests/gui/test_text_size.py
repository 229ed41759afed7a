"""Text size 100–200 %: Ctrl+plus / Ctrl+minus / Ctrl+0 in the main window scale
the application font and keep the user's choice; at 100 %, 150 % and 200 % every page and
dialog, at 1366×768, shows its labels and controls whole and inside the window (a dialog
may scroll where its content cannot fit, a table sideways inside itself; a page never
scrolls sideways: its bars wrap and its splitter turns vertical); the same in the
high-contrast theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ops_desktop.ui.settings import appearance
from ops_desktop.ui.app import install_fonts
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.common.ui_settings import ui_settings
from tests.layout_support import (  # noqa: F401 - layout_demo is a fixture
    dialog_problems, layout_demo, main_window_problems, office_screen, report,
)


@pytest.fixture
def text_percent(qapp):
    install_fonts(qapp)

    def use(percent: int) -> None:
        appearance.apply_text_size(qapp, percent)

    yield use
    appearance.apply_text_size(qapp, 100)
    appearance.apply_theme(qapp, high_contrast=False)


@pytest.mark.parametrize(("percent", "contrast"), [(100, False), (150, False), (200, False),
                                                  (100, True)])
def test_every_page_and_dialog_at_text_size(qtbot, layout_demo, text_percent, percent, contrast,  # noqa: F811
                                            office_screen):  # noqa: F811
    text_percent(percent)
    appearance.apply_theme(QApplication.instance(), high_contrast=contrast)
    assert QApplication.font().pointSizeF() == pytest.approx(10 * percent / 100)
    problems = main_window_problems(qtbot, layout_demo, f"[{percent} %]",
                                    may_scroll=percent > 100)
    problems += dialog_problems(qtbot, layout_demo, f"[{percent} %]", may_scroll=percent > 100)
    assert not problems, report(problems)


def test_ctrl_plus_minus_zero_change_the_text_size_and_keep_it(qtbot, ctx, text_percent):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.menuBar().font().pointSizeF() == 10
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_size(QApplication.instance()) == 150
    qtbot.waitUntil(lambda: window.menuBar().font().pointSizeF() == 15)  # widgets follow
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_size(QApplication.instance()) == 125
    key = f"users/{ctx.actor.username or 'default'}/text_percent"
    assert int(ui_settings().value(key)) == 125
    for _ in range(8):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_size(QApplication.instance()) == 200  # never beyond 200 %
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert appearance.text_size(QApplication.instance()) == 100
    appearance.apply_text_size(QApplication.instance(), 175)
    appearance.load_appearance(QApplication.instance(), ctx.actor.username or "")
    assert appearance.text_size(QApplication.instance()) == 100  # the saved choice
