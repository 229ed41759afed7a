"""Automatic backups in the GUI: once a day (checked shortly after start and every hour, on
the task runner) and at exit (when anything changed since the newest backup). The decisions
are `services/backup.backup_if_due`; this only schedules them and reports a failure calmly.
Nothing runs while the session is locked (the key is wiped then)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ops_desktop.domain.backups import BackupResult
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.services import backup
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.messages import storage_error_text

FIRST_CHECK_MS = 10_000
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    def __init__(self, ctx: ServiceContext, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self._window = parent
        self._running = False
        self.last_result: BackupResult | None = None
        self.last_error: StorageError | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_daily)
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check_daily)

    def check_daily(self) -> None:
        from ops_desktop.ui.common.tasks import run_in_background

        if self._running or self._locked():
            return
        self._running = True
        ctx = self._ctx

        def work(_progress):
            return backup.backup_if_due(ctx)

        run_in_background(self._window, self.tr("Kopia zapasowa"), work, show_dialog=False,
                          on_done=self._done, on_error=self._failed)

    def at_exit(self) -> BackupResult | None:
        """The backup at exit, on the GUI thread (the window is closing anyway)."""
        self._timer.stop()
        QThreadPool.globalInstance().waitForDone(120_000)
        if self._locked():
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.last_result = backup.backup_if_due(self._ctx, at_exit=True)
        except StorageError as exc:
            self.last_error = exc
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(None, self.tr("Kopia zapasowa"), self.tr(
                "Nie udało się wykonać kopii zapasowej przy zamykaniu: {reason}").format(
                reason=storage_error_text(exc)))
            return None
        QGuiApplication.restoreOverrideCursor()
        return self.last_result

    def _done(self, result: BackupResult | None) -> None:
        self._running = False
        self.last_result = result or self.last_result

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if not isinstance(exc, StorageError):
            raise exc
        self.last_error = exc
        QMessageBox.warning(self._window, self.tr("Kopia zapasowa"), self.tr(
            "Nie udało się wykonać codziennej kopii zapasowej: {reason}").format(
            reason=storage_error_text(exc)))

    def _locked(self) -> bool:
        keyring = getattr(self._ctx, "keyring", None)
        return keyring is not None and keyring.wiped
