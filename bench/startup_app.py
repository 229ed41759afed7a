"""Child process of bench_startup_search.py: start the GUI on a database and report.

Does what `ui/app.run_gui` does once the password is known — QApplication with the shipped
fonts and translations, the crash handler, the database opened (signed in with
OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD on an encrypted file, else opened as the system),
the main window on its first section (the participants list) — and, right after the window's
first paint, writes a JSON report to the file named by the first argument and quits. The login
dialog itself is human time and is left out; the key derivation of signing in is reported
separately (`sign_in_s`).

    startup_app.py REPORT DB                the main window on its first section
    startup_app.py REPORT DB --list         …with the participants list open
    startup_app.py REPORT DB --scroll       …and the whole list fetched by scrolling to its end
    startup_app.py REPORT --bare            the floor: a bare PySide6 main window
"""

from __future__ import annotations

import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _peak_rss_kib() -> int:
    """VmHWM of this process. Not getrusage's ru_maxrss: that survives exec, so a child of a
    large parent would report the parent's size."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status (the benchmark runs on Linux)")


def _report(app, path: str, **extra) -> None:  # noqa: ANN001
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"shown_at": time.time(), "peak_rss_kib": _peak_rss_kib(), **extra}, out)
    app.quit()


def bare(report: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, lambda: _report(app, report))  # queued behind the first paint
    app.exec()


def application(report: str, db: str, mode: str) -> None:
    sys.path.insert(0, ROOT)
    from PySide6.QtCore import QTimer

    from ops_desktop.ui.app import create_application
    from ops_desktop.ui.crash import install_crash_handler
    from ops_desktop.ui.main_window import MainWindow

    marks = {"qt_ready": time.time()}  # Qt and the application module imported
    app = create_application()
    install_crash_handler()
    marks["app_created"] = time.time()
    started = time.perf_counter()
    user, password = os.environ.get("OPS_DESKTOP_USER"), os.environ.get("OPS_DESKTOP_PASSWORD")
    if user and password:
        from ops_desktop.services.sign_in import sign_in

        ctx = sign_in(db, username=user, password=password).context
    else:
        from ops_desktop.services.database import open_database

        ctx = open_database(db).context
    sign_in_s = time.perf_counter() - started
    marks["database_open"] = time.time()
    window = MainWindow(ctx)
    page = window.open_section("participants") if mode in ("--list", "--scroll") else None
    window.show()
    marks["window_built"] = time.time()
    if mode != "--scroll":
        rows = page.model.rowCount() if page is not None else 0
        QTimer.singleShot(0, lambda: _report(app, report, sign_in_s=sign_in_s, rows=rows,
                                             marks=marks))
        app.exec()
        return

    def step() -> None:
        if page.model.rowCount() < page.model.total():
            page.table.scrollToBottom()  # the view asks the model for the next page
            QTimer.singleShot(0, step)
        else:
            _report(app, report, sign_in_s=sign_in_s, rows=page.model.rowCount())

    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    if sys.argv[2] == "--bare":
        bare(sys.argv[1])
    else:
        application(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
