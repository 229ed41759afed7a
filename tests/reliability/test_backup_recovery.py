"""R6: one flipped bit in a copy of an encrypted database is detected (SQLCipher's page HMAC
names the page); the program refuses to open it and offers the newest good backup; the
damaged file is kept aside under a timestamped name, never overwritten."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ops_desktop.cli.main import main as cli
from ops_desktop.domain.storage_errors import DatabaseDamaged
from ops_desktop.services import backup, integrity, restore
from ops_desktop.services.database import open_database
from ops_desktop.services.context import SYSTEM_ACTOR
from ops_desktop.ui.backups.recovery_dialog import RecoveryDialog, open_with_recovery
from tests import factories

PAGE = 4096  # SQLCipher 4's default page size


def _flip_bit(path, *, page: int, offset: int = 1000, bit: int = 0x10) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        byte = handle.read(1)[0]
        handle.seek((page - 1) * PAGE + offset)
        handle.write(bytes([byte ^ bit]))


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path):
    """An encrypted database with people and two backups (the older good, both good now)."""
    key = os.urandom(32)
    path = tmp_path / "ops.db"
    opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
    ctx = opened.context
    project = factories.project(ctx)
    for i in range(40):
        factories.enrol(ctx, factories.person(ctx, "Anna", f"Nowak{i}").id, project)
    older = backup.create_backup(ctx, now=dt.datetime(2026, 3, 1, 16, 0, 0)).backup
    factories.person(ctx, "Jan", "Kowalski")
    newer = backup.create_backup(ctx, now=dt.datetime(2026, 3, 2, 16, 0, 0)).backup
    ctx.engine.dispose()  # the WAL is folded in: the file alone holds everything
    return path, key, older, newer


def test_a_flipped_bit_is_detected_and_the_page_named(office, capsys):
    path, key, _older, _newer = office
    damaged = path.with_name("copy.db")
    shutil.copy2(path, damaged)
    pages = damaged.stat().st_size // PAGE
    target = pages // 2
    _flip_bit(damaged, page=target)
    report, _ = integrity.check_file(damaged, key=key)
    assert not report.ok and target in report.pages
    assert any(f"page {target}" in line for line in report.problems)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(damaged, key=key, actor=SYSTEM_ACTOR)
    assert target in info.value.pages
    good, _ = integrity.check_file(path, key=key)
    assert good.ok
    with capsys.disabled():
        print(f"\nR6: 1 bit flipped in page {target} of {pages}: detected "
              f"({report.problems[0]!r}); open refused")


def test_plain_sqlite_misses_a_flipped_bit_inside_a_record(tmp_path, capsys):
    """Why the shipped files are encrypted: plain SQLite's checks pass a flipped record byte."""
    path = tmp_path / "plain.db"
    opened = open_database(path, actor=SYSTEM_ACTOR)
    factories.person(opened.context, "Anna", "Nowak", notes="x" * 3000)
    opened.engine.dispose()
    data = bytearray(path.read_bytes())
    at = data.find(b"x" * 100)
    data[at + 10] ^= 0x01
    path.write_bytes(bytes(data))
    report, _ = integrity.check_file(path, key=None)
    with capsys.disabled():
        print(f"\nR6 (plain, for comparison): flipped record byte passes integrity_check: "
              f"{report.ok}")
    assert report.ok


def test_newest_good_backup_skips_a_damaged_one(office):
    path, key, older, newer = office
    _flip_bit(newer.path, page=3)
    found = restore.newest_good_backup(path, key=key)
    assert found is not None and found.backup.path == older.path
    assert found.facts.counts["people"] == 40


def test_recovery_dialog_restores_the_newest_good_backup_and_keeps_the_damaged_file(
        qtbot, office):
    path, key, _older, newer = office
    _flip_bit(path, page=4)
    damaged_sha = _sha(path)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(path, key=key, actor=SYSTEM_ACTOR)
    dialog = RecoveryDialog(path, info.value, key=key, actor=SYSTEM_ACTOR)
    qtbot.addWidget(dialog)
    assert "nie został otwarty ani zmieniony" in dialog.problem.text()
    assert "4" in dialog.problem.text()
    assert dialog.inspection is not None and dialog.inspection.backup.path == newer.path
    assert "02.03.2026 16:00" in dialog.offer.text() and "41" in dialog.offer.text()
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    aside = dialog.result_.kept_aside
    assert aside.name.startswith("ops.damaged-") and aside.suffix == ".db"
    assert _sha(aside) == damaged_sha                      # kept whole, not overwritten
    opened = open_database(path, key=key, actor=SYSTEM_ACTOR)
    from ops_desktop.services import audit_log

    entries = audit_log.list_entries(opened.context)
    assert entries[0].action == "restore" and entries[0].details["reason"] == "damaged"
    assert entries[0].details["kept_aside"] == aside.name
    opened.engine.dispose()


def test_without_a_good_backup_nothing_is_touched(qtbot, office):
    path, key, older, newer = office
    for info in (older, newer):
        _flip_bit(info.path, page=2)
    _flip_bit(path, page=4)
    before = _sha(path)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(path, key=key, actor=SYSTEM_ACTOR)
    dialog = RecoveryDialog(path, info.value, key=key, actor=SYSTEM_ACTOR)
    qtbot.addWidget(dialog)
    assert dialog.inspection is None and not dialog.restore_button.isEnabled()
    assert "Nie znaleziono dobrej kopii" in dialog.offer.text()
    assert _sha(path) == before


def test_start_up_offers_recovery_and_then_opens_the_restored_file(qtbot, office):
    """What run_gui does: open_with_recovery → the dialog → restore → open again."""
    path, key, _older, _newer = office
    _flip_bit(path, page=5)

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            dialog.restore_button.click()
        else:
            QTimer.singleShot(20, press_restore)

    QTimer.singleShot(0, press_restore)
    opened = open_with_recovery(
        path, actor=SYSTEM_ACTOR, recovery_key=lambda: key,
        open_file=lambda: open_database(path, key=key, actor=SYSTEM_ACTOR))
    assert opened is not None
    assert integrity.full_check(opened.engine).ok
    opened.engine.dispose()
    assert len(list(path.parent.glob("ops.damaged-*.db"))) == 1


def test_cli_check_reports_damage_and_restore_puts_a_backup_back(tmp_path, capsys, monkeypatch):
    from ops_desktop.domain.enums import Role
    from tests.security_support import add_account, cli_sign_in

    path = tmp_path / "ops.db"
    opened = open_database(path, actor=SYSTEM_ACTOR)
    add_account(opened.context, "admin", Role.ADMIN)
    factories.person(opened.context)
    opened.engine.dispose()
    cli_sign_in(monkeypatch, "admin")
    assert cli(["check", "--db", str(path)]) == 0
    assert cli(["backup", "--db", str(path)]) == 0
    made = backup.list_backups(path.parent / "backups", stem="ops")[0]
    capsys.readouterr()
    data = bytearray(path.read_bytes())
    data[100:] = bytes(len(data) - 100)          # zeroed pages: plain SQLite sees this
    path.write_bytes(bytes(data))
    assert cli(["check", "--db", str(path)]) == 3
    out = capsys.readouterr().out
    assert "USZKODZONA" in out and made.path.name in out
    assert cli(["restore", "--db", str(path), "--from", str(made.path), "--yes"]) == 0
    assert "odłożono" in capsys.readouterr().out
    assert cli(["check", "--db", str(path)]) == 0
    assert len(list(tmp_path.glob("ops.damaged-*.db"))) == 1


def test_cli_on_an_encrypted_office_signs_in_and_recovers(tmp_path, capsys, monkeypatch):
    """The shipped set-up: key slots, sign-in from the environment, a damaged encrypted file."""
    from ops_desktop.db.keystore import keys_path_for
    from tests.security_support import cli_sign_in, secured_office

    path = tmp_path / "ops.db"
    office = secured_office(path, roles={})
    office.close()
    cli_sign_in(monkeypatch, "admin")
    assert cli(["backup", "--db", str(path)]) == 0
    made = backup.list_backups(path.parent / "backups", stem="ops")[0]
    assert backup.keys_copy_path(made.path).read_bytes() == keys_path_for(path).read_bytes()
    _flip_bit(path, page=3)
    capsys.readouterr()
    assert cli(["check", "--db", str(path)]) == 3
    assert "page 3" in capsys.readouterr().out
    assert cli(["restore", "--db", str(path), "--from", str(made.path), "--yes"]) == 0
    assert cli(["check", "--db", str(path)]) == 0
    capsys.readouterr()
    # The admin checks the restored trail's chain (not its entries: AUDIT_READ is not theirs).
    assert cli(["audit", "verify", "--db", str(path)]) == 0
    assert "OK: łańcuch dziennika zdarzeń nienaruszony" in capsys.readouterr().out
