"""The one way the GUI runs long work: on the thread pool, with a progress dialog and Cancel.

    runner = run_in_background(parent, self.tr("Drukowanie zaświadczeń"), work, on_done=show)

`work(progress)` runs on a worker thread: it must not touch widgets, opens its own database
session (service calls do), and calls `progress.report(done, total, text)` now and then
(which raises `Cancelled` once the user presses Cancel). `on_done(result)`, `on_error(exc)`
and `on_cancelled()` run back on the GUI thread. Tests wait on `runner.finished`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ops_desktop.domain.progress import Cancelled, Progress


class TaskRunner(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self.progress = Progress(lambda d, t, text: self.progressed.emit(d, t, text))
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.progress.cancel()

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Job(self))

    def _run(self) -> None:  # worker thread
        try:
            self.result = self._work(self.progress)
        except Cancelled:
            self.was_cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner):
        super().__init__()
        self._runner = runner

    def run(self) -> None:
        self._runner._run()


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any], *,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      show_dialog: bool = True) -> TaskRunner:
    runner = TaskRunner(work, parent)
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(title, QProgressDialog.tr("Anuluj"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(runner.cancel)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        runner.progressed.connect(show_progress)
        runner.finished.connect(dialog.close)
        runner.finished.connect(dialog.deleteLater)
    if on_done is not None:
        runner.succeeded.connect(on_done)
    if on_error is not None:
        runner.failed.connect(on_error)
    else:
        runner.failed.connect(_reraise_on_gui_thread)
    if on_cancelled is not None:
        runner.was_cancelled.connect(on_cancelled)
    runner.start()
    return runner


def _reraise_on_gui_thread(exc: BaseException) -> None:
    """Unhandled errors reach the crash handler (ui/crash.py) from the GUI thread."""
    raise exc
