"""Shared fixtures: a migrated template database copied per test (real SQLite files in
tmp_path, never :memory:), a service context on it, and typing Polish text into widgets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Keep the app-data folder (logs, default database) inside the test's tmp_path."""
    monkeypatch.setenv("OPS_DESKTOP_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    from ops_desktop.services.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    opened = open_database(path)
    opened.engine.dispose()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    target = tmp_path / "ops.db"
    shutil.copy2(template_db, target)
    return target


@pytest.fixture
def ctx(db_path):
    from ops_desktop.services.database import open_database

    opened = open_database(db_path)
    yield opened.context
    opened.engine.dispose()


def type_text(qtbot, widget, text: str) -> None:
    """Type text with Polish letters one character at a time.

    `qtbot.keyClicks` aborts the whole process on non-ASCII keys (STACK.md, trap 1), so each
    character goes as a key event that carries its text."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def typer(qtbot):
    return lambda widget, text: type_text(qtbot, widget, text)
