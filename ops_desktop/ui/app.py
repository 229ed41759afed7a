"""Start-up of the GUI: QApplication, fonts, translations, the database, the main window.

Sequence: QApplication → shipped fonts registered (the Qt wheels carry none) → translator
(Polish is the source language; English loads `ops_desktop_en.qm`) → first start or sign-in
(ui/session_flow.py: the login is shown before the database layers are imported; the
database opened with the user's key, migrated with a backup first) → main window, guarded by
the idle lock, while the file's quick check finishes (ui/window_session.py). This module
imports only Qt and light modules: it runs before the first window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ops_desktop import APP_NAME, __version__, i18n, paths
from ops_desktop.domain.database_location import InvalidServerUrl, database_location, problem_text
from ops_desktop.domain.storage_errors import StorageError
from ops_desktop.domain.accounts import SignInRefused

_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def create_application(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("OPS")
    install_fonts(app)
    install_translations(app, lang)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The program's icon (resources/icons, drawn from ops-desktop.svg): every window, the
    taskbar; each size rendered for its own pixel grid."""
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("ops-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def install_fonts(app: QApplication) -> None:
    fonts = paths.resources_dir() / "fonts"
    family = None
    for ttf in sorted(fonts.glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        app.setFont(QFont(family, 10))


def install_translations(app: QApplication, lang: str | None) -> str:
    """Polish needs no file (it is the source language); English loads its .qm. The layers
    without Qt (summary files, import problems, weekday names) follow through i18n."""
    chosen = i18n.set_language(lang)
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if chosen != "pl":
        translator = QTranslator(app)
        qm = paths.resources_dir() / "i18n" / f"ops_desktop_{chosen}.qm"
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)
    return chosen


def run_gui(*, db: str | None, lang: str | None) -> int:
    from ops_desktop.ui.crash import install_crash_handler
    from ops_desktop.ui.accounts.account_parts import refusal_text
    from ops_desktop.ui.session_flow import start_session

    app = create_application(lang=lang)
    install_crash_handler()
    from ops_desktop.ui.common.screen_fit import install_screen_fit

    install_screen_fit(app)  # a dialog larger than the screen scrolls (large text)
    from ops_desktop.ui.settings.focus_frame import install_focus_frame

    install_focus_frame(app)  # a solid frame round whatever has the keyboard focus
    from ops_desktop.ui.escape_guard import install_escape_guard

    install_escape_guard(app)  # Esc in a dialog with typed data asks before closing
    from ops_desktop.ui.accessibility import install_accessible_names
    from ops_desktop.ui.keyboard import install_tab_leaves_fields

    install_accessible_names(app)  # every control named for screen readers
    install_tab_leaves_fields(app)  # Tab leaves date fields, text boxes and tables
    try:  # --db, else the office settings file's server, else this PC's file
        path = database_location(paths.chosen_database(db))
    except InvalidServerUrl as exc:
        QMessageBox.critical(None, APP_NAME, problem_text(
            exc, lambda text: QCoreApplication.translate("server_url", text)))
        return 2
    while True:
        try:
            # First start or sign-in; a damaged file is not opened: after the
            # password the newest good backup is offered (R6).
            session = start_session(path)
        except (StorageError, SignInRefused) as exc:
            QMessageBox.critical(None, APP_NAME, refusal_text(exc))
            return 1
        if session is None:
            return 1
        from ops_desktop.ui.window_session import WindowSession

        running = WindowSession(session)
        code = app.exec()
        running.finish()
        if not running.restored:  # a backup put back after the check failed: sign in again
            return code
