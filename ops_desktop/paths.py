"""Where the application keeps its files: the per-user application-data folder.

Windows: %LOCALAPPDATA%\\OPS Desktop; Linux: $XDG_DATA_HOME/ops-desktop (~/.local/share).
`OPS_DESKTOP_HOME` overrides both (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ops_desktop import APP_ID, APP_NAME


def data_home() -> Path:
    override = os.environ.get("OPS_DESKTOP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_ID


def default_database() -> Path:
    return data_home() / "ops.db"


def backups_dir_for(database: Path) -> Path:
    """Backups sit beside the database they protect, in `backups/`."""
    return database.parent / "backups"


def logs_dir() -> Path:
    return data_home() / "logs"


def resources_dir() -> Path:
    """The copy PyInstaller puts beside the executable, the package's own copy in an
    installed wheel (setup.py puts it there), or `resources/` of a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"
