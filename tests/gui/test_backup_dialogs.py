"""The backups dialog (backup now, restore with the backup's date and counts shown first) and
the automatic backups of the GUI (daily on the task runner, at exit, none while locked)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ops_desktop.domain.enums import Role
from ops_desktop.services import backup
from ops_desktop.services.context import Actor
from ops_desktop.ui.backups.backup_schedule import BackupScheduler
from ops_desktop.ui.backups.restore_dialog import BackupsDialog
from tests import factories

ADMIN = Actor(user_id=None, username="admin", roles=frozenset({Role.ADMIN}))


def _answer_boxes(answers: list[str], seen: list[str]) -> None:
    """Click through the next modal message boxes: an objectName of a button to press, or
    "" to accept; the texts shown are collected in `seen`."""
    def step() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, step)
            return
        seen.append(box.text())
        wanted = answers.pop(0)
        button = next((b for b in box.buttons() if b.objectName() == wanted), None)
        if button is not None:
            button.click()
        else:
            box.accept()
        if answers:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def test_backup_now_and_restore_with_date_and_counts_shown_first(qtbot, ctx):
    factories.person(ctx, "Anna", "Nowak")
    admin = ctx.as_actor(ADMIN)
    backup.create_backup(admin, now=dt.datetime(2026, 3, 10, 15, 30, 0))
    dialog = BackupsDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and not dialog.restore_button.isEnabled()
    dialog.backup_now()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    factories.person(ctx, "Jan", "Później")
    oldest = dialog.model.rowCount() - 1
    dialog.select_row(oldest)
    assert dialog.restore_button.isEnabled()
    assert "10.03.2026 15:30:00" in dialog.details.text() and "Osoby" in dialog.details.text()
    seen: list[str] = []
    _answer_boxes(["confirmRestore", ""], seen)
    dialog.restore_selected()
    assert dialog.restored is not None
    assert "10.03.2026 15:30:00" in seen[0] and "Osoby" in seen[0]
    assert "ops.before-restore-" in seen[1]
    assert dialog.restored.kept_aside.exists()
    from ops_desktop.services import participants
    from ops_desktop.domain.participants import PeopleFilter

    assert len(participants.search_ids(ctx, flt=PeopleFilter())) == 1


def test_cancelling_the_confirmation_changes_nothing(qtbot, ctx):
    admin = ctx.as_actor(ADMIN)
    backup.create_backup(admin)
    dialog = BackupsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.select_row(0)
    before = sorted(p.name for p in ctx.db_path.parent.iterdir())
    box_texts: list[str] = []
    original = dialog.confirm

    def cancel(inspection):
        box_texts.append(inspection.backup.path.name)
        return False

    dialog.confirm = cancel
    dialog.restore_selected()
    dialog.confirm = original
    assert dialog.restored is None and box_texts
    assert sorted(p.name for p in ctx.db_path.parent.iterdir()) == before


def test_roles_without_backup_rights_see_the_buttons_disabled(qtbot, ctx):
    head = ctx.as_actor(Actor(None, "kier", frozenset({Role.HEAD, Role.ADMIN})))
    dialog = BackupsDialog(head)
    qtbot.addWidget(dialog)
    assert dialog.backup_button.isEnabled()
    from ops_desktop.ui.backups.restore_dialog import add_backup_actions
    from PySide6.QtWidgets import QMenu, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    add_backup_actions(window, menu, ctx.as_actor(Actor(None, "x", frozenset({Role.CASEWORKER}))))
    assert not menu.actions()[0].isEnabled()


def test_scheduler_backs_up_daily_and_at_exit_but_not_while_locked(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    scheduler = BackupScheduler(ctx, window)
    scheduler.check_daily()
    qtbot.waitUntil(lambda: scheduler.last_result is not None, timeout=10_000)
    assert scheduler.last_result.backup.reason == "daily"
    assert scheduler.at_exit() is None                 # nothing changed since
    factories.person(ctx, "Jan", "Zmiana")
    made = scheduler.at_exit()
    assert made is not None and made.backup.reason == "exit"
    factories.person(ctx, "Ewa", "Zmiana")
    ctx.keyring = SimpleNamespace(wiped=True)          # the idle lock wiped the key
    assert scheduler.at_exit() is None
    ctx.keyring = None
    assert len(backup.backups(ctx)) == 2
