"""Text size and theme: the application font scaled 100–200 % and a high-contrast
palette, both the signed-in user's own setting (ui_settings), changed in the Widok menu or with
Ctrl+plus / Ctrl+minus / Ctrl+0. Layouts reflow: every widget without its own font follows the
application font. Until the user chooses a theme, the system's high-contrast mode (Windows' own
setting, Qt's contrast preference) decides it (ui/settings/system_contrast.py)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ops_desktop.ui.common.ui_settings import ui_settings, user_key
from ops_desktop.ui.settings.system_contrast import Theme, chosen_theme, system_flags

BASE_POINT_SIZE = 10
SIZES = (100, 125, 150, 175, 200)

# Text on background pairs of the high-contrast palette: each ≥ 7:1 (WCAG AAA; AA asks 4.5:1).
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Link: "#8cc8ff",
    QPalette.ColorRole.BrightText: "#ffff00",
}
DISABLED_TEXT = "#b0b0b0"  # on black: 9.4:1, still readable, visibly not the white of enabled
FOCUS = "#ffff00"
HIGH_CONTRAST_STYLE = f"""
*:focus {{ outline: 2px solid {FOCUS}; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDateEdit:focus, QAbstractItemView:focus, QPushButton:focus, QCheckBox:focus,
QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: padding; }}
QPushButton {{ border: 1px solid #ffffff; padding: 3px 10px; }}
QPushButton:disabled {{ border: 1px dashed {DISABLED_TEXT}; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit {{
    border: 1px solid #ffffff; }}
QHeaderView::section {{ background: #000000; color: #ffffff; border: 1px solid #ffffff; }}
"""


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 … 21)."""

    def luminance(colour: str) -> float:
        value = QColor(colour)
        channels = []
        for channel in (value.redF(), value.greenF(), value.blueF()):
            channels.append(channel / 12.92 if channel <= 0.03928
                            else ((channel + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


_standard_palette: QPalette | None = None


def apply_theme(app: QApplication, *, high_contrast: bool) -> None:
    global _standard_palette
    if _standard_palette is None:
        _standard_palette = QPalette(app.palette())
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        app.setPalette(_standard_palette)
        app.setStyleSheet("")
    app.setProperty("ops_high_contrast", high_contrast)


def is_high_contrast(app: QApplication) -> bool:
    return bool(app.property("ops_high_contrast"))


def apply_text_size(app: QApplication, percent: int) -> int:
    percent = max(SIZES[0], min(SIZES[-1], int(percent)))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
    app.setProperty("ops_text_percent", percent)
    return percent


def text_size(app: QApplication) -> int:
    return int(app.property("ops_text_percent") or 100)


def step_text_size(app: QApplication, step: int) -> int:
    """One size up (+1) or down (-1) along SIZES; 0 back to 100 %."""
    current = text_size(app)
    if step == 0:
        return apply_text_size(app, 100)
    larger = [s for s in SIZES if s > current]
    smaller = [s for s in SIZES if s < current]
    chosen = (larger[0] if larger else current) if step > 0 else (
        smaller[-1] if smaller else current)
    return apply_text_size(app, chosen)


def load_appearance(app: QApplication, username: str) -> None:
    """The user's saved text size and theme; without a theme of their own, the system's
    high-contrast mode decides (ui/settings/system_contrast.py)."""
    settings = ui_settings()
    percent = settings.value(user_key(username, "text_percent"), 100)
    try:
        apply_text_size(app, int(percent))
    except (TypeError, ValueError):
        apply_text_size(app, 100)
    apply_theme(app, high_contrast=_theme(username, qt_high_contrast=None)
                is Theme.HIGH_CONTRAST)


def follow_system_contrast(app: QApplication, username: str, *, qt_high_contrast: bool) -> bool:
    """The system's high-contrast mode changed while the program runs: the theme follows it
    unless the user chose one (then False, nothing changes)."""
    if user_theme(username) is not None:
        return False
    apply_theme(app, high_contrast=_theme(username, qt_high_contrast=qt_high_contrast)
                is Theme.HIGH_CONTRAST)
    return True


def user_theme(username: str) -> Theme | None:
    """The theme the user chose in the Widok menu, None before they chose one."""
    stored = ui_settings().value(user_key(username, "high_contrast"))
    if stored not in ("true", "false"):
        return None
    return Theme.HIGH_CONTRAST if stored == "true" else Theme.STANDARD


def _theme(username: str, *, qt_high_contrast: bool | None) -> Theme:
    windows, qt = system_flags()
    return chosen_theme(platform=sys.platform, windows_high_contrast=windows,
                        qt_high_contrast=qt if qt_high_contrast is None else qt_high_contrast,
                        user_choice=user_theme(username))


def save_text_size(app: QApplication, username: str) -> None:
    settings = ui_settings()
    settings.setValue(user_key(username, "text_percent"), text_size(app))
    settings.sync()


def save_theme(app: QApplication, username: str) -> None:
    """The user's own choice of theme: from now on it wins over the system's mode."""
    settings = ui_settings()
    settings.setValue(user_key(username, "high_contrast"),
                      "true" if is_high_contrast(app) else "false")
    settings.sync()
