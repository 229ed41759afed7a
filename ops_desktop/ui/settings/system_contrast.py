"""Which theme a user starts with: their own choice (Widok → Wysoki kontrast) when they made
one, else the system's high-contrast mode — on Windows its own setting
(SystemParametersInfo SPI_GETHIGHCONTRAST, read with ctypes, never called elsewhere), and on
every platform Qt's contrast preference (QStyleHints.accessibility(), Qt 6.10+).

`chosen_theme` is the decision alone, a pure function of the platform, the two system flags
and the user's choice; `system_flags()` reads the flags of this computer."""

from __future__ import annotations

import sys
from enum import StrEnum


class Theme(StrEnum):
    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"


def chosen_theme(*, platform: str, windows_high_contrast: bool, qt_high_contrast: bool,
                 user_choice: Theme | None) -> Theme:
    """The user's own choice wins either way; without one the system's high-contrast mode
    turns the theme on. Windows' flag counts only on Windows (`platform` as sys.platform)."""
    if user_choice is not None:
        return user_choice
    if platform == "win32" and windows_high_contrast:
        return Theme.HIGH_CONTRAST
    if qt_high_contrast:
        return Theme.HIGH_CONTRAST
    return Theme.STANDARD


def system_flags() -> tuple[bool, bool]:
    """(Windows' high-contrast mode, Qt's high-contrast preference) on this computer."""
    return windows_high_contrast(), qt_high_contrast()


def windows_high_contrast() -> bool:
    """Windows: SPI_GETHIGHCONTRAST's HCF_HIGHCONTRASTON flag. Elsewhere: False, without
    touching ctypes' Windows part."""
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    class HighContrast(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD),
                    ("lpszDefaultScheme", wintypes.LPWSTR)]

    spi_gethighcontrast, hcf_highcontraston = 0x0042, 0x00000001
    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    try:
        ok = ctypes.windll.user32.SystemParametersInfoW(  # type: ignore[attr-defined]
            spi_gethighcontrast, info.cbSize, ctypes.byref(info), 0)
    except (AttributeError, OSError):
        return False
    return bool(ok) and bool(info.dwFlags & hcf_highcontraston)


def qt_high_contrast() -> bool:
    """Qt 6.10+ reports the platform's contrast preference (Windows, macOS, GNOME)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
