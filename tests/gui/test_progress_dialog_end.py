"""The progress dialog of background work (ui/tasks.py): a progress update never runs a nested
event loop. A modal QProgressDialog.setValue does (meant for work on the GUI thread) and reads
its bar afterwards, so a window or the dialog deleted inside that loop crashed the whole test
run, about one run in three of test_reports_page."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ops_desktop.ui.common.tasks import run_in_background


def test_a_progress_update_runs_no_nested_event_loop(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()

    def work(progress):
        release.wait(10)
        return "gotowe"

    results = []
    runner = run_in_background(window, "Próba", work, on_done=results.append)
    dialog = window.findChild(QProgressDialog)
    dialog.forceShow()  # shown and modal: the case in which setValue runs the event loop
    delivered = []
    QTimer.singleShot(0, lambda: delivered.append(True))  # queued: delivered only by a loop
    runner.progressed.emit(5, 10, "krok 5")  # on the GUI thread: show_progress runs here
    assert delivered == []
    assert dialog.findChild(QProgressBar).value() == 5
    assert dialog.labelText() == "krok 5"
    release.set()
    with qtbot.waitSignal(runner.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=5000)
    assert results == ["gotowe"]
