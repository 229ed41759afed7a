"""The user's own UI state (window size, splitters, text size, theme): QSettings in an INI file
in the per-user data folder, plain types only (ints, bools, strings — ARCHITECTURE §2), kept
per signed-in account. Office configuration lives in the database, never here."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter

from ops_desktop import paths

FILE_NAME = "ui-settings.ini"


def ui_settings() -> QSettings:
    return QSettings(str(paths.data_home() / FILE_NAME), QSettings.Format.IniFormat)


def user_key(username: str, name: str) -> str:
    return f"users/{username or 'default'}/{name}"


def read_ints(settings: QSettings, key: str) -> list[int]:
    value = settings.value(key)
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    try:
        return [int(item) for item in items if str(item).strip()]
    except ValueError:
        return []


def write_ints(settings: QSettings, key: str, values: list[int]) -> None:
    settings.setValue(key, ",".join(str(int(v)) for v in values))


def remember_splitter(splitter: QSplitter, username: str, name: str) -> None:
    """Restore the splitter's sizes the user left last time, and keep them when moved; a
    splitter that turns (ReflowSplitter) keeps them per orientation."""
    base = user_key(username, f"splitters/{name}")

    def key() -> str:
        vertical = splitter.orientation() == Qt.Orientation.Vertical
        return f"{base}-vertical" if vertical and hasattr(splitter, "orientation_changed") \
            else base

    def restore(*_args) -> None:
        sizes = read_ints(ui_settings(), key())
        if len(sizes) == splitter.count() and sum(sizes) > 0:
            splitter.setSizes(sizes)

    def moved(_pos: int, _index: int) -> None:
        settings = ui_settings()
        write_ints(settings, key(), splitter.sizes())
        settings.sync()

    restore()
    splitter.splitterMoved.connect(moved)
    if hasattr(splitter, "orientation_changed"):
        splitter.orientation_changed.connect(restore)
