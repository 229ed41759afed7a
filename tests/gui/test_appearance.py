"""The high-contrast theme: every text colour of its palette against the
background it is drawn on has a WCAG contrast ratio of at least 4.5:1 (computed here, not
trusted), focus is drawn in a colour visible on it (≥ 3:1, WCAG 1.4.11), switching it on
and off restores the standard palette, the Widok menu keeps the choice per user, and off
Windows the system's high-contrast flag reads as off. Which theme a user starts with is a pure
decision (their own choice, else Windows' high-contrast mode or Qt's contrast preference),
tested over every combination; changing the text size is no choice of theme."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ops_desktop.ui.settings import appearance, system_contrast
from ops_desktop.ui.settings.system_contrast import Theme, chosen_theme
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
def test_off_windows_the_system_flag_is_off(monkeypatch):
    assert system_contrast.windows_high_contrast() is False
    assert system_contrast.system_flags()[0] is False
    # past the platform check, ctypes has no Windows part here: still off, no error
    monkeypatch.setattr(sys, "platform", "win32")
    assert system_contrast.windows_high_contrast() is False


HC, STD = Theme.HIGH_CONTRAST, Theme.STANDARD


@pytest.mark.parametrize(("platform", "windows", "qt", "user", "theme"), [
    ("win32", True, False, None, HC),      # Windows' high-contrast mode on: the theme follows
    ("win32", True, True, None, HC),
    ("win32", False, True, None, HC),      # Qt reports the preference too
    ("win32", False, False, None, STD),
    ("win32", True, False, STD, STD),      # the user chose the standard theme: it stays
    ("win32", False, False, HC, HC),       # the user chose high contrast on a normal screen
    ("linux", True, False, None, STD),     # a Windows flag counts only on Windows
    ("linux", False, True, None, HC),      # GNOME's preference through Qt
    ("linux", False, True, STD, STD),
    ("darwin", False, False, None, STD),
])
def test_the_theme_is_the_users_choice_else_the_systems_mode(platform, windows, qt, user,
                                                             theme):
    assert chosen_theme(platform=platform, windows_high_contrast=windows, qt_high_contrast=qt,
                        user_choice=user) is theme


def test_a_text_size_change_is_no_choice_of_theme(qtbot, ctx, qapp):
    """Only ticking or unticking Wysoki kontrast is the user's choice of theme: a text size
    change leaves the theme to the system's mode, as before it."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = {a.objectName(): a for a in window.findChildren(type(window.actions()[0]))}
    settings = ui_settings()
    key = f"users/{ctx.actor.username or 'default'}/high_contrast"
    settings.remove(key)
    try:
        actions["textLarger"].trigger()   # Ctrl+plus
        assert appearance.text_size(qapp) == 125
        assert settings.value(key) is None
        appearance.load_appearance(qapp, ctx.actor.username or "")
        assert appearance.is_high_contrast(qapp) is any(system_contrast.system_flags())
        actions["highContrast"].setChecked(not appearance.is_high_contrast(qapp))
        assert settings.value(key) in ("true", "false")
        chosen = appearance.is_high_contrast(qapp)
        appearance.apply_theme(qapp, high_contrast=not chosen)
        appearance.load_appearance(qapp, ctx.actor.username or "")
        assert appearance.is_high_contrast(qapp) is chosen   # the choice, not the system's
    finally:
        settings.remove(key)
        appearance.apply_text_size(qapp, 100)
        appearance.apply_theme(qapp, high_contrast=False)


def test_the_theme_follows_the_system_while_running_until_the_user_chooses(qtbot, ctx, qapp):
    """Qt tells the program when the system's high-contrast mode is switched (its contrast
    preference signal, sent here as the platform sends it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    changed = QGuiApplication.styleHints().accessibility().contrastPreferenceChanged
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = next(a for a in window.findChildren(type(window.actions()[0]))
                  if a.objectName() == "highContrast")
    settings = ui_settings()
    key = f"users/{ctx.actor.username or 'default'}/high_contrast"
    settings.remove(key)
    try:
        changed.emit(Qt.ContrastPreference.HighContrast)
        assert appearance.is_high_contrast(qapp) and action.isChecked()
        assert settings.value(key) is None   # following the system is no choice of the user
        changed.emit(Qt.ContrastPreference.NoPreference)
        assert not appearance.is_high_contrast(qapp) and not action.isChecked()
        action.setChecked(False)
        action.setChecked(True)   # the user's choice: high contrast
        assert settings.value(key) == "true"
        changed.emit(Qt.ContrastPreference.NoPreference)
        assert appearance.is_high_contrast(qapp) and action.isChecked()
    finally:
        settings.remove(key)
        appearance.apply_theme(qapp, high_contrast=False)
