"""Child process of bench_startup_search.py: start the GUI on a database and report.

Does what `ops-desktop --db FILE` does (cli/main → ui/app.run_gui): the program's options
parsed, QApplication with the shipped fonts and translations, the crash handler, then
- an encrypted file (OPS_DESKTOP_USER / OPS_DESKTOP_PASSWORD set): the real login dialog
  (ui/session_flow.start_session). Once it is painted (`login_shown_at`) the bench waits for
  the database layers to finish importing in the background (`preload_done_at`: a person
  typing a password takes longer), then fills in the password and presses "Zaloguj"
  (`accepted_at`); the sign-in (Argon2id, by design), the database opened and the main window
  follow as in the application (ui/window_session.WindowSession);
- a plain file (the application would ask for first start or a login; kept for comparison
  with earlier figures): the database opened as the system, as a sign-in opens it (the quick
  check beside the window), then the same main window.
Right after the main window's first paint (`shown_at`) and once the start-up check has
finished (`check_done_at`) it writes a JSON report to the file named by the first argument
and quits.

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


def _report(app, path: str, **extra) -> None:
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
    from ops_desktop.cli.main import _without_command

    args = _without_command(["--db", db])  # what `ops-desktop --db FILE` parses
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from ops_desktop.ui.app import create_application
    from ops_desktop.ui.crash import install_crash_handler

    marks = {"qt_ready": time.time()}  # Qt and the modules of the first window imported
    app = create_application(lang=args.lang)
    install_crash_handler()
    marks["app_created"] = time.time()
    user, password = os.environ.get("OPS_DESKTOP_USER"), os.environ.get("OPS_DESKTOP_PASSWORD")
    if user and password:
        session = _sign_in_through_the_dialog(Path(args.db), user, password, marks)
    else:
        from ops_desktop.services.database import open_database
        from ops_desktop.services.context import SYSTEM_ACTOR
        from ops_desktop.services.sign_in import UserSession

        opened = open_database(args.db, check_later=True, actor=SYSTEM_ACTOR)
        session = UserSession(Path(args.db), opened.context, "bench")
    marks["database_open"] = time.time()
    from ops_desktop.ui.window_session import WindowSession

    running = WindowSession(session)
    page = running.window.open_section("participants") if mode in ("--list", "--scroll") else None
    marks["window_built"] = time.time()
    shown: dict[str, float] = {}

    def finish(**extra) -> None:
        runner = running.check_runner
        if runner is not None and not session.context.start_check.done:
            runner.finished.connect(lambda: finish(**extra))
            return
        marks["check_done"] = time.time()
        _report(app, report, rows=page.model.rowCount() if page is not None else 0,
                marks=marks, **shown, **extra)

    def painted() -> None:
        shown["shown_at"] = time.time()
        if mode == "--scroll":
            QTimer.singleShot(0, step)
        else:
            finish()

    def step() -> None:
        if page.model.rowCount() < page.model.total():
            page.table.scrollToBottom()  # the view asks the model for the next page
            QTimer.singleShot(0, step)
        else:
            finish()

    QTimer.singleShot(0, painted)  # queued behind the first paint
    app.exec()
    running.idle_lock.stop()
    session.close()  # not running.finish(): no backup of the bench file at every exit


def _sign_in_through_the_dialog(db, user: str, password: str, marks: dict):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ops_desktop.ui import session_flow
    from ops_desktop.ui.accounts.login_dialog import LoginDialog

    def shown() -> None:  # queued before the dialog's own preload timer: its first paint
        marks["login_shown"] = time.time()
        QTimer.singleShot(10, type_password)

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog) or not _preloaded(session_flow):
            QTimer.singleShot(10, type_password)
            return
        marks["preload_done"] = time.time()
        dialog.username.setText(user)
        dialog.password.setText(password)
        marks["accepted"] = time.time()
        dialog.sign_in_button.click()

    QTimer.singleShot(0, shown)
    session = session_flow.start_session(db)
    if session is None:
        raise RuntimeError("the login was not accepted")
    return session


def _preloaded(session_flow) -> bool:
    thread = session_flow._preloading
    return thread is not None and not thread.is_alive()


if __name__ == "__main__":
    if sys.argv[2] == "--bare":
        bare(sys.argv[1])
    else:
        application(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
