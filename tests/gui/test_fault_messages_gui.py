"""The GUI's side of the fault sentences: the login dialog on a damaged or another office's
key file, and a full disk met in the middle of work (a slot whose service write fails) shown
as its sentence, not the crash dialog — on real files and a real full tmpfs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ops_desktop.domain.enums import Role
from ops_desktop.services import sign_in
from ops_desktop.ui.accounts.login_dialog import LoginDialog
from tests import factories
from tests.security_support import PASSWORD, secured_office

ROLES = {"koordynator": Role.COORDINATOR}


def _try_sign_in(qtbot, db) -> str:
    dialog = LoginDialog(lambda u, p: sign_in.sign_in(db, username=u, password=p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("koordynator")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is None
    return dialog.message.text()


def test_login_on_a_damaged_key_file(qtbot, tmp_path):
    db = tmp_path / "ops.db"
    secured_office(db, roles=ROLES).close()
    keys = db.with_name(db.name + ".keys")
    keys.write_bytes(keys.read_bytes()[:300])
    text = _try_sign_in(qtbot, db)
    assert "jest uszkodzony" in text and "kopii zapasowej" in text and "KeyFile" not in text


def test_login_on_another_offices_key_file(qtbot, tmp_path):
    db, other = tmp_path / "a" / "ops.db", tmp_path / "b" / "ops.db"
    secured_office(db, roles=ROLES).close()
    secured_office(other, roles=ROLES).close()
    shutil.copy2(other.with_name("ops.db.keys"), db.with_name("ops.db.keys"))
    text = _try_sign_in(qtbot, db)
    assert "nie otwiera bazy" in text and "własny plik kluczy" in text


@pytest.fixture
def full_disk(tmp_path):
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)]
                      ).returncode != 0:
        pytest.skip("this sandbox refuses mount")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.mark.qt_no_exception_capture
def test_full_disk_in_a_slot_shows_the_sentence_not_the_crash_dialog(qtbot, full_disk):
    from ops_desktop.services.context import SYSTEM_ACTOR
    from ops_desktop.services.database import open_database
    from ops_desktop.ui.crash import install_crash_handler

    opened = open_database(full_disk / "ops.db", key=os.urandom(32), actor=SYSTEM_ACTOR)
    with open(full_disk / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    shown: list[tuple[str, str]] = []

    def read_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.windowTitle(), box.text()))
            box.done(0)
        else:
            QTimer.singleShot(20, read_box)

    def save_many():  # a slot whose writes fail, as a page's save would
        for i in range(2000):
            factories.person(opened.context, "Anna", f"Nowak{i}", notes="x" * 2000)

    previous = sys.excepthook
    install_crash_handler()
    try:
        QTimer.singleShot(20, read_box)
        QTimer.singleShot(0, save_many)
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    finally:
        sys.excepthook = previous
        opened.engine.dispose()
    title, text = shown[0]
    assert title == "Nie zapisano"
    assert "Brak miejsca na dysku" in text and "Zwolnij miejsce" in text
