"""The GUI's start-up check beside the main window (services/start_check.py,
ui/window_session.py), and the first window shown before the database layers load.

R6 still holds on this path: a damaged file is detected, never written to (not even the
sign-in's audit entry), and the newest good backup is offered; on real encrypted files."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from ops_desktop.cli.main import _without_command
from ops_desktop.domain.storage_errors import DatabaseDamaged
from ops_desktop.domain.accounts import AccountDraft, OfficeSetUp
from ops_desktop.services import backup, sign_in
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.ui.backups.recovery_dialog import RecoveryDialog
from ops_desktop.ui.window_session import WindowSession
from tests import ROOT, factories
from tests.security_support import PASSWORD

PAGE = 4096


@pytest.fixture
def office(tmp_path):
    """An encrypted office (admin / PASSWORD) with 60 people and one good backup."""
    path = tmp_path / "ops.db"
    result = sign_in.set_up_office(path, setup=OfficeSetUp(
        office_name="MOPR Testowo", admin=AccountDraft("admin", "Administrator"),
        password=PASSWORD), channel="test")
    ctx = result.session.context.as_actor(SYSTEM_ACTOR)  # the admin sees no case data
    for i in range(60):
        factories.person(ctx, "Anna", f"Nowak{i}", notes="x" * 500)
    backup.create_backup(ctx, now=dt.datetime(2026, 3, 2, 16, 0, 0))
    result.session.close()
    return path


def _flip_middle_page(path: Path) -> int:
    page = path.stat().st_size // PAGE // 2
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + 1000)
        byte = handle.read(1)[0]
        handle.seek((page - 1) * PAGE + 1000)
        handle.write(bytes([byte ^ 0x10]))
    return page


def _sign_ins(session: sign_in.UserSession) -> int:
    with session.context.reading() as db:
        return db.execute(text("SELECT count(*) FROM audit_log WHERE action = 'sign_in'")
                          ).scalar_one()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_read_only_until_the_check_passes_then_the_sign_in_is_recorded(office):
    session = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)
    check = session.context.start_check
    assert check is not None and not check.done
    before = _sign_ins(session)  # reading works meanwhile; the sign-in is not written yet
    with pytest.raises(OperationalError, match="readonly"), session.context.engine.begin() as c:
        c.exec_driver_sql("UPDATE office SET name = 'x'")
    waited: list[str] = []
    writer = threading.Thread(target=lambda: (session.context.transaction().__enter__(),
                                              waited.append("wrote")))
    writer.start()
    writer.join(0.2)
    assert waited == []  # a write waits for the check
    check.run()
    writer.join(10)
    assert waited == ["wrote"] and check.passed
    assert _sign_ins(session) == before + 1
    with session.context.engine.begin() as conn:  # writable now, on the same pooled conns
        conn.exec_driver_sql("UPDATE office SET name = 'MOPR Testowo'")
    session.close()


def test_a_damaged_file_opened_before_its_check_is_never_written_to(office):
    page = _flip_middle_page(office)
    session = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)
    damaged = _sha(office)
    with pytest.raises(DatabaseDamaged) as info:
        session.context.start_check.run()
    assert page in info.value.pages
    with pytest.raises(DatabaseDamaged):
        with session.context.transaction():
            pass
    session.close()
    assert _sha(office) == damaged  # no sign-in entry, no write of any kind


def test_without_check_later_a_damaged_file_is_refused_before_it_opens(office):
    _flip_middle_page(office)
    with pytest.raises(DatabaseDamaged):
        sign_in.sign_in(office, username="admin", password=PASSWORD)


def test_window_on_a_good_file_starts_the_backups_once_the_check_passed(qtbot, office):
    session = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)
    running = WindowSession(session)
    qtbot.addWidget(running.window)
    assert running.window.isVisible() and running.backups is None
    with qtbot.waitSignal(running.check_runner.finished, timeout=30_000):
        pass
    assert running.backups is not None and not running.damaged
    assert session.context.start_check.passed
    running.idle_lock.stop()
    session.close()


def test_a_failed_write_of_the_sign_in_entry_is_said_calmly(qtbot, office, monkeypatch):
    """The file passed its check but the queued write after it failed (a full disk): a
    message the user can act on, the window stays, the backups start; no crash dialog."""
    from PySide6.QtWidgets import QMessageBox

    from ops_desktop.domain.storage_errors import MediumFailed

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    session = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)

    def disk_full():
        raise MediumFailed(office, "ENOSPC")

    session.context.start_check.after_pass(disk_full)
    running = WindowSession(session)
    qtbot.addWidget(running.window)
    with qtbot.waitSignal(running.check_runner.finished, timeout=30_000):
        pass
    assert len(shown) == 1 and str(office.name) in shown[0]
    assert running.window.isVisible() and running.backups is not None and not running.damaged
    running.idle_lock.stop()
    session.close()


def test_window_on_a_damaged_file_is_hidden_and_the_newest_backup_restored(qtbot, office):
    _flip_middle_page(office)
    damaged = _sha(office)
    session = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)
    ended: list[int] = []
    running = WindowSession(session, end=ended.append)
    qtbot.addWidget(running.window)
    offered: list[RecoveryDialog] = []

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            offered.append(dialog)
            assert not running.window.isVisible()  # nothing of the damaged file on screen
            dialog.restore_button.click()
        else:
            QTimer.singleShot(20, press_restore)

    QTimer.singleShot(0, press_restore)
    with qtbot.waitSignal(running.check_runner.finished, timeout=30_000):
        pass
    assert offered and running.damaged and running.restored and ended == [0]
    assert session.context.keyring.wiped  # the session's key is gone
    assert running.backups is None
    aside = list(office.parent.glob("ops.damaged-*.db"))
    assert len(aside) == 1 and _sha(aside[0]) == damaged  # kept whole, never written
    again = sign_in.sign_in(office, username="admin", password=PASSWORD, check_later=True)
    again.context.start_check.run()  # the restored file passes and signs in
    assert again.context.start_check.passed
    again.close()


def test_no_command_starts_the_gui_without_the_command_modules():
    assert _without_command([]) is not None
    args = _without_command(["--db", "x.db", "--lang", "en"])
    assert (args.db, args.lang, args.smoke_test) == ("x.db", "en", False)
    for argv in (["demo"], ["--db", "x.db", "backup"], ["--help"], ["--version"],
                 ["--lang", "xx"]):
        assert _without_command(argv) is None  # the full parser handles (or refuses) it


_FIRST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ops_desktop.cli.main import _without_command
args = _without_command(["--db", sys.argv[1]])
from ops_desktop.ui.app import create_application
from ops_desktop.ui import session_flow
from ops_desktop.ui.accounts.login_dialog import LoginDialog
HEAVY = ("sqlalchemy", "alembic", "reportlab", "argon2", "cryptography")
seen = {}

def shown():
    dialog = QApplication.activeModalWidget()
    seen["dialog"] = isinstance(dialog, LoginDialog)
    seen["before"] = sorted(m for m in HEAVY if m in sys.modules)
    QTimer.singleShot(0, lambda: typing(dialog))  # behind the dialog's own preload timer

def typing(dialog):
    session_flow.wait_for_preload()
    seen["after"] = sorted(m for m in ("sqlalchemy", "ops_desktop.services.sign_in")
                           if m in sys.modules)
    dialog.reject()

app = create_application()
QTimer.singleShot(0, shown)
print(session_flow.start_session(Path(args.db)), seen)
"""


def test_login_is_shown_before_the_database_layers_and_they_load_behind_it(office):
    """In a fresh interpreter, as `ops-desktop --db FILE` starts."""
    out = subprocess.run([sys.executable, "-c", _FIRST_WINDOW, str(office)], cwd=ROOT,
                         capture_output=True, text=True, check=True,
                         env={**_env(), "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    assert out == ("None {'dialog': True, 'before': [], "
                   "'after': ['ops_desktop.services.sign_in', 'sqlalchemy']}")


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
