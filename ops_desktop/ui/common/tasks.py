"""The one way the GUI runs long work: on the thread pool, with a progress dialog and Cancel.

    runner = run_in_background(parent, self.tr("Drukowanie zaświadczeń"), work, on_done=show)

`work(progress)` runs on a worker thread: it must not touch widgets, opens its own database
session (service calls do), and calls `progress.report(done, total, text)` now and then
(which raises `Cancelled` once the user presses Cancel). `on_done(result)`, `on_error(exc)`
and `on_cancelled()` run back on the GUI thread. Tests wait on `runner.finished`; the outcome is
also on the runner (`result`, `error`, `cancelled`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ops_desktop.domain.progress import Cancelled, Progress


class TaskRunner(QObject):
    """Runs `work` on the thread pool. Only plain values cross threads (ints and text for
    progress, nothing for completion): the result and error stay on the runner and are
    handed to the callbacks on the GUI thread (Python objects sent through queued
    `Signal(object)` connections crashed PySide6 at interpreter exit here)."""

    progressed = Signal(int, int, str)
    _completed = Signal()  # emitted on the worker thread, delivered on the GUI thread
    finished = Signal()    # on the GUI thread, after the matching callback has run

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self.progress = Progress(lambda d, t, text: self.progressed.emit(d, t, text))
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.on_done: list[Callable[[Any], None]] = []
        self.on_error: list[Callable[[BaseException], None]] = []
        self.on_cancelled: list[Callable[[], None]] = []
        self._completed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.progress.cancel()

    def start(self) -> None:
        # A plain callable, not a QRunnable subclass: the pool deletes auto-delete runnables
        # on the worker thread while Python still holds the wrapper.
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:  # worker thread
        try:
            self.result = self._work(self.progress)
        except Cancelled:
            self.cancelled = True
        except BaseException as exc:
            self.error = exc
        try:
            self._completed.emit()
        except RuntimeError:
            # The window that started the work was closed meanwhile (its runner deleted):
            # nobody is left to tell, and the work itself has finished or stopped cleanly.
            pass

    def _deliver(self) -> None:  # GUI thread
        if self.cancelled:
            for callback in self.on_cancelled:
                callback()
        elif self.error is not None:
            for callback in self.on_error:
                callback(self.error)
        else:
            for callback in self.on_done:
                callback(self.result)
        self.finished.emit()


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
        # Progress goes to the dialog's bar, not through QProgressDialog.setValue: a modal
        # dialog's setValue runs a nested event loop (for work on the GUI thread, which this is
        # not) and reads its bar afterwards, so anything deleted in that loop (the dialog, its
        # window) crashed Qt. The dialog still shows itself after its minimum duration.
        bar = QProgressBar(dialog)
        bar.setRange(0, 0)
        dialog.setBar(bar)

        def show_progress(done: int, total: int, text: str) -> None:
            bar.setMaximum(max(total, 0))
            bar.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        runner.progressed.connect(show_progress)
        runner.finished.connect(dialog.close)
        runner.finished.connect(dialog.deleteLater)
    if on_done is not None:
        runner.on_done.append(on_done)
    runner.on_error.append(on_error or _reraise_on_gui_thread)
    if on_cancelled is not None:
        runner.on_cancelled.append(on_cancelled)
    runner.start()
    return runner


def _reraise_on_gui_thread(exc: BaseException) -> None:
    """Unhandled errors reach the crash handler (ui/crash.py) from the GUI thread."""
    raise exc
