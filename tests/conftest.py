"""Shared fixtures: a migrated template database copied per test (real SQLite files in
tmp_path, never :memory:), a service context on it, and typing Polish text into widgets.

Both backends: a test marked `@pytest.mark.both_backends` that uses `ctx`, `db_location` or
`empty_location` runs twice, `[sqlite]` on a file and `[postgresql]` on a fresh database of
the session's throw-away PostgreSQL cluster (tests/pg_support.py: a copy of a migrated
template database, dropped afterwards). Unmarked tests run on SQLite only."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.i18n_support import compiled_english, english_available  # noqa: F401 (fixtures)
from tests.pg_support import pg_cluster, pg_database  # noqa: F401 (fixtures)

BACKENDS = ("sqlite", "postgresql")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Keep the app-data folder (logs, default database) inside the test's tmp_path."""
    monkeypatch.setenv("OPS_DESKTOP_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _polish_interface(monkeypatch):
    """Every test starts in Polish (the default) and no language chosen by a test
    (`--lang en`, ops_desktop/i18n.set_language) leaks into the next."""
    from ops_desktop import i18n

    monkeypatch.delenv(i18n.ENV_LANG, raising=False)
    i18n.set_language(None)
    yield
    i18n.set_language(None)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    path = tmp_path_factory.mktemp("template") / "template.db"
    opened = open_database(path, actor=SYSTEM_ACTOR)
    opened.engine.dispose()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    target = tmp_path / "ops.db"
    shutil.copy2(template_db, target)
    return target


def pytest_terminal_summary(terminalreporter):
    from tests.pg_support import report_skipped

    report_skipped(terminalreporter)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's widgets (its own teardown runs last): the dialogs'
    close button asks about typed data (ui/escape_guard.py), and a test that failed with a
    form half typed must end, not wait on a question nobody answers."""
    import sys

    if "ops_desktop.ui.escape_guard" in sys.modules:
        from PySide6.QtWidgets import QApplication, QDialog

        from ops_desktop.ui.escape_guard import never_ask

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog):
                never_ask(widget)
    return (yield)


def pytest_generate_tests(metafunc):
    if metafunc.definition.get_closest_marker("both_backends") is not None \
            and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """"sqlite", or "postgresql" for the second run of a `both_backends` test."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:  # noqa: F811 (the fixture of tests/pg_support.py)
    """A server database migrated once (copied per test with CREATE DATABASE … TEMPLATE)."""
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    name = pg_cluster.create_database(pg_cluster.new_name("template"))
    opened = open_database(pg_cluster.address(name), actor=SYSTEM_ACTOR)
    opened.engine.dispose()
    return name


@pytest.fixture
def db_location(backend, request):
    """A migrated database: the copied template file, or a fresh server database."""
    if backend == "sqlite":
        yield request.getfixturevalue("db_path")
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database(template=request.getfixturevalue("pg_template"))
    yield cluster.address(name)
    cluster.drop_database(name)


@pytest.fixture
def empty_location(backend, request, tmp_path):
    """Where no office is yet: a file name in tmp_path, or an empty server database."""
    if backend == "sqlite":
        return tmp_path / "office.db"
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.address(request.getfixturevalue("pg_database"))


@pytest.fixture
def ctx(db_location):
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    opened = open_database(db_location, actor=SYSTEM_ACTOR)
    yield opened.context
    opened.engine.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database (plain SQLite, no accounts), built once per session: copy it with
    `demo_ctx` before writing to it."""
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo_template") / "demo.db"
    opened = open_database(path, actor=SYSTEM_ACTOR)
    build_demo(opened.context, seed=2011)
    with opened.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.engine.dispose()
    return path


@pytest.fixture
def demo_ctx(demo_template, tmp_path):
    """A service context on a copy of the demo database."""
    from ops_desktop.services.database import open_database
    from ops_desktop.services.context import SYSTEM_ACTOR

    target = tmp_path / "demo.db"
    shutil.copy2(demo_template, target)
    opened = open_database(target, actor=SYSTEM_ACTOR)
    yield opened.context
    opened.engine.dispose()


def type_text(qtbot, widget, text: str) -> None:
    """Type text with Polish letters one character at a time.

    `qtbot.keyClicks` aborts the whole process on non-ASCII keys (docs/STACK.md, trap 1), so each
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
