"""Where the application keeps its files: the per-user application-data folder.

Windows: %LOCALAPPDATA%\\OPS Desktop; Linux: $XDG_DATA_HOME/ops-desktop (~/.local/share).
`OPS_DESKTOP_HOME` overrides both (tests and portable installs use it).

The office settings file of the PC, `office.ini` in the per-user configuration folder
(Windows %APPDATA%\\OPS Desktop, Linux $XDG_CONFIG_HOME/ops-desktop, ~/.config; under
`OPS_DESKTOP_HOME` when set), names the office's database server so caseworkers just start
the program:

    [server]
    url = postgresql://a.nowak@serwer-ops/ops
    backups = D:\\Kopie OPS          (optional: the server backups' folder)
    pg_bin = C:\\Program Files\\PostgreSQL\\16\\bin   (optional: pg_dump, pg_restore)

No password there (README, "Office server"); `--db` still wins over it.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from ops_desktop import APP_ID, APP_NAME


def data_home() -> Path:
    return _per_user("LOCALAPPDATA", Path("AppData") / "Local", "XDG_DATA_HOME",
                     Path(".local") / "share")


def default_database() -> Path:
    return data_home() / "ops.db"


def config_home() -> Path:
    return _per_user("APPDATA", Path("AppData") / "Roaming", "XDG_CONFIG_HOME",
                     Path(".config"))


def _per_user(windows_variable: str, windows_default: Path, xdg_variable: str,
              xdg_default: Path) -> Path:
    """The program's folder under a per-user base folder (`OPS_DESKTOP_HOME` overrides)."""
    override = os.environ.get("OPS_DESKTOP_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get(windows_variable) or Path.home() / windows_default)
        return base / APP_NAME
    base = Path(os.environ.get(xdg_variable) or Path.home() / xdg_default)
    return base / APP_ID


def office_settings_file() -> Path:
    return config_home() / "office.ini"


def configured_database() -> str | None:
    """`[server] url` of the office settings file (None: no file, no such entry, or a file
    that cannot be read — the program then uses the database file of this PC)."""
    return _server_setting("url")


def configured_server_backups() -> str | None:
    """`[server] backups`: the folder of the server database's backups (services/
    server_backup.py); None: the per-user data folder."""
    return _server_setting("backups")


def configured_pg_bin() -> Path | None:
    """`[server] pg_bin`: the folder of pg_dump and pg_restore (db/server_dump.py)."""
    folder = _server_setting("pg_bin")
    return Path(folder) if folder else None


def _server_setting(name: str) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(office_settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return parser.get("server", name, fallback="").strip() or None


def chosen_database(db: str | None) -> str | Path:
    """What `--db` names, else the office settings file's server, else this PC's file."""
    return db or configured_database() or default_database()


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
