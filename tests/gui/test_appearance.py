"""The high-contrast theme: every text colour of its palette against the
background it is drawn on has a WCAG contrast ratio of at least 4.5:1 (computed here, not
trusted), focus is drawn in a colour visible on it (≥ 3:1, WCAG 1.4.11), switching it on
and off restores the standard palette, the Widok menu keeps the choice per user, and off
Windows the system's high-contrast flag reads as off."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ops_desktop.ui.settings import appearance
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.common.ui_settings import ui_settings

R = QPalette.ColorRole
TEXT_ON = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
           (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
           (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base), (R.Link, R.Base),
           (R.BrightText, R.Window)]


def test_contrast_ratio_matches_the_wcag_examples():
    assert appearance.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert appearance.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert appearance.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_text_colour_of_the_high_contrast_palette_reads_at_least_4_5_to_1():
    palette = appearance.high_contrast_palette()
    failures = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for text, background in TEXT_ON:
            if group == QPalette.ColorGroup.Disabled and text in (R.HighlightedText, R.Link):
                continue
            ratio = appearance.contrast_ratio(palette.color(group, text).name(),
                                              palette.color(group, background).name())
            if ratio < 4.5:
                failures.append(f"{group.name} {text.name} on {background.name}: {ratio:.2f}")
    assert not failures, failures
    assert appearance.contrast_ratio(appearance.FOCUS, appearance.HIGH_CONTRAST[R.Window]) >= 3
    assert "focus" in appearance.HIGH_CONTRAST_STYLE


def test_the_theme_switches_on_and_back_and_is_kept_per_user(qtbot, ctx, qapp):
    standard = QApplication.palette().color(R.Window).name()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = next(a for a in window.findChildren(type(window.actions()[0]))
                  if a.objectName() == "highContrast")
    try:
        action.setChecked(True)
        assert appearance.is_high_contrast(qapp)
        assert QApplication.palette().color(R.Window).name() == "#000000"
        assert QApplication.instance().styleSheet()
        key = f"users/{ctx.actor.username or 'default'}/high_contrast"
        assert ui_settings().value(key) == "true"
        action.setChecked(False)
        assert QApplication.palette().color(R.Window).name() == standard
        assert not QApplication.instance().styleSheet()
        assert ui_settings().value(key) == "false"
    finally:
        appearance.apply_theme(qapp, high_contrast=False)


@pytest.mark.skipif(sys.platform == "win32", reason="reads the real Windows setting there")
def test_off_windows_the_system_flag_is_off():
    assert appearance.system_high_contrast() is False
