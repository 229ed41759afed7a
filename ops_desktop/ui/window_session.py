"""The main window of a signed-in person, and the start-up check finishing beside it.

    running = WindowSession(session)   # window shown; the check runs on the task runner
    app.exec()
    running.finish()                   # backup at exit (if the file passed), key wiped
    if running.restored: sign in again on the restored file

The window is shown before the file's quick check has finished (services/start_check.py:
the file stays read-only until then). Passed: the automatic backups start. Failed: every
window is hidden, the engine closed and the key wiped from the session, and the recovery
dialog offers the newest good backup, as it does when the check fails before the window
(R6); `restored` says whether a backup was put back, and the event loop ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ops_desktop import APP_NAME
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.ui.main_window import MainWindow
from ops_desktop.ui.common.messages import storage_error_text
from ops_desktop.ui.session_flow import guard

if TYPE_CHECKING:
    from ops_desktop.services.sign_in import UserSession
    from ops_desktop.ui.backups.backup_schedule import BackupScheduler
    from ops_desktop.ui.common.tasks import TaskRunner


class WindowSession:
    def __init__(self, session: UserSession, *, end: Callable[[int], None] | None = None):
        """`end(code)` ends the event loop after the check failed (default: the
        application's `exit`; tests pass their own, since a QApplication told to exit
        refuses every later nested event loop)."""
        self.session = session
        self._end = end or QApplication.instance().exit
        from ops_desktop.ui.settings.appearance import load_appearance

        load_appearance(QApplication.instance(), session.context.actor.username)
        self.window = MainWindow(session.context)
        self.idle_lock = guard(session, self.window)  # hides the windows, wipes the key
        self.backups: BackupScheduler | None = None
        self.damaged = False
        self.restored = False
        self.check_runner: TaskRunner | None = None
        self.window.show_restored()  # maximised, or at the size the user left it
        check = session.context.start_check
        if check is None:  # checked before it was opened
            self._passed()
            return
        from ops_desktop.ui.common.tasks import run_in_background

        self.check_runner = run_in_background(
            self.window, "", lambda _progress: check.run(), show_dialog=False,
            on_done=lambda _result: self._passed(), on_error=self._failed)

    def finish(self) -> None:
        """After the event loop: the backup at exit (only of a file that passed), then the
        engine closed and the key wiped. A check still running (the window closed within
        a second or two) is let finish first: it holds a connection of the engine."""
        self.idle_lock.stop()
        QThreadPool.globalInstance().waitForDone(120_000)
        if self.backups is not None and not self.damaged:
            self.backups.at_exit()
        self.session.close()

    def _passed(self) -> None:
        from ops_desktop.ui.backups.backup_schedule import BackupScheduler

        from ops_desktop.services.server_backup import tools_found

        # The office server: its daily pg_dump from the PCs that have the client programs.
        if self.session.context.server is not None and not tools_found():
            return
        self.backups = BackupScheduler(self.session.context, self.window)

    def _failed(self, exc: BaseException) -> None:
        check = self.session.context.start_check
        if check is not None and check.passed and isinstance(exc, StorageError):
            # The file is sound; writing the queued sign-in entry failed (a full disk, a
            # removed drive): said calmly, as any other failed write is.
            QMessageBox.warning(self.window, APP_NAME, storage_error_text(exc))
            self._passed()
            return
        if check is None or exc is not check.error or not isinstance(exc, StorageError):
            raise exc  # not the check's finding (a bug, or the sign-in entry): crash dialog
        self.damaged = True
        self.idle_lock.stop()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        keyring = self.session.context.keyring
        key = bytearray(keyring.master) if keyring is not None else None
        self.session.close()
        from ops_desktop.ui.backups.recovery_dialog import RecoveryDialog

        try:
            dialog = RecoveryDialog(self.session.db_path, exc, key=key,
                                    actor=self.session.actor)
            self.restored = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            if key is not None:
                key[:] = bytes(len(key))
        self._end(0 if self.restored else 1)
