"""The main window: a section list on the left, the chosen section's page on the right.

Sections (Ctrl+1…): Start, Uczestnicy, Projekty, Kontrakty, Zajęcia, Raporty, Ustawienia.
A page is created the first time its section is opened; each page takes the service
context in its constructor and nothing else from the window. Each page sits in a frameless
scroll area, so a page larger than the window scrolls instead of widening the window: the
window keeps the size the user left it at (saved per user in ui_settings), maximised the
first time, whatever section is shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QScrollArea, QStackedWidget, QWidget,
)

from ops_desktop import APP_NAME, __version__
from ops_desktop.domain.errors import PermissionDenied
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.ui_settings import read_ints, ui_settings, user_key, write_ints
from ops_desktop.ui.common.translation import translator


def _page(module: str, name: str) -> Callable[[ServiceContext], QWidget]:
    """The page class `name` of `ops_desktop.ui.<module>` (a feature's folder or pages/),
    imported on the section's first visit: start-up imports only what the first section needs
    (charts, PDF and XLSX libraries of the other sections come later;
    bench/bench_startup_search.py)."""

    def make(ctx: ServiceContext) -> QWidget:
        return getattr(importlib.import_module(f"ops_desktop.ui.{module}"), name)(ctx)

    return make


def _sections() -> list[tuple[str, str, Callable[[ServiceContext], QWidget]]]:
    tr = translator("MainWindow")
    return [
        ("start", tr("Start"), _page("pages.start_page", "StartPage")),
        ("participants", tr("Uczestnicy"),
         _page("participants.participants_page", "ParticipantsPage")),
        ("projects", tr("Projekty"), _page("pages.projects_page", "ProjectsPage")),
        ("contracts", tr("Kontrakty"), _page("contracts.contracts_page", "ContractsPage")),
        ("activities", tr("Zajęcia"), _page("activities.activities_page", "ActivitiesPage")),
        ("reports", tr("Raporty"), _page("reports.reports_page", "ReportsPage")),
        ("settings", tr("Ustawienia"), _page("settings.settings_page", "SettingsPage")),
        ("audit", tr("Dziennik zdarzeń"), _page("pages.audit_page", "AuditPage")),
    ]


SECTION_PERMISSIONS = {  # a section hidden from a role without this permission
    "participants": Permission.PARTICIPANT_READ, "projects": Permission.PROJECT_READ,
    "contracts": Permission.CONTRACT_READ, "activities": Permission.ACTIVITY_READ,
    "reports": Permission.REPORT_READ, "audit": Permission.AUDIT_READ,
}


class SectionList(QListWidget):
    """The section list: as wide as its longest shown section name and a margin (the
    pages need every pixel at 1366×768), again when the text size changes."""

    AIR = 16  # beside the text: the item's own margins and a little space

    def fit_to_items(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count()) if not self.item(row).isHidden()),
                     default=0)
        self.setFixedWidth(widest + 2 * self.frameWidth() + self.AIR)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_items()


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self._nav = SectionList()
        self._nav.setObjectName("sectionList")
        self._nav.setAccessibleName(self.tr("Sekcje"))
        self._stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[ServiceContext], QWidget]] = {}
        self._keys: list[str] = []
        for index, (key, title, factory) in enumerate(_sections()):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._nav.addItem(item)
            needed = SECTION_PERMISSIONS.get(key)
            item.setHidden(needed is not None and not ctx.can(needed))  # sections a role cannot use
            self._factories[key] = factory
            self._keys.append(key)
            self._stack.addWidget(QLabel())  # replaced by the page on first visit
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self._nav.item(i).isHidden()
                                     or self._nav.setCurrentRow(i))
            self.addAction(action)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._nav.fit_to_items()
        self._nav.currentRowChanged.connect(self._show_section)
        self._build_menu()
        self._nav.setCurrentRow(0)

    def section_keys(self) -> list[str]:
        return list(self._keys)

    def open_section(self, key: str) -> QWidget:
        self._nav.setCurrentRow(self._keys.index(key))
        return self._pages[key]

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _geometry_key(self) -> str:
        return user_key(self._ctx.actor.username, "main_window")

    def show_restored(self) -> None:
        """Show at the size the user left the window at, or maximised the first time."""
        settings = ui_settings()
        size = read_ints(settings, self._geometry_key() + "/size")
        maximised = settings.value(self._geometry_key() + "/maximised", "true") == "true"
        if len(size) == 2 and size[0] > 200 and size[1] > 200:
            self.resize(size[0], size[1])
        if maximised or len(size) != 2:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if len(size) != 2:  # the normal size behind the maximised window: the screen's
                self.resize(screen.availableGeometry().size())
            self.showMaximized()
        else:
            self.show()

    def save_geometry(self) -> None:
        settings = ui_settings()
        maximised = self.isMaximized()
        settings.setValue(self._geometry_key() + "/maximised", "true" if maximised else "false")
        if not maximised:
            write_ints(settings, self._geometry_key() + "/size",
                       [self.width(), self.height()])
        settings.sync()

    def closeEvent(self, event) -> None:
        self.save_geometry()
        super().closeEvent(event)

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        key = self._keys[row]
        if key not in self._pages:
            try:
                page = self._factories[key](self._ctx)
            except PermissionDenied:  # the services refuse this role here: say so
                page = QLabel(self.tr("Twoja rola nie daje dostępu do tej sekcji."))
                page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setObjectName(f"page_{key}")
            if hasattr(page, "section_requested"):  # Start's next steps
                page.section_requested.connect(self.open_section)
            holder = QScrollArea()  # a large page scrolls; the window never grows for it
            holder.setObjectName(f"section_{key}")
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(page)
            old = self._stack.widget(row)
            self._stack.insertWidget(row, holder)
            self._stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
        self._stack.setCurrentIndex(row)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        from ops_desktop.ui.dialogs.restore_dialog import add_backup_actions

        add_backup_actions(self, file_menu, self._ctx)
        quit_action = file_menu.addAction(self.tr("&Zakończ"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        from ops_desktop.ui.exports.export_menu import add_export_menu

        add_export_menu(self, self._ctx)
        from ops_desktop.ui.accounts.account_menu import install_account_menu

        install_account_menu(self, self._ctx)  # own password, accounts, break-glass; lock
        from ops_desktop.ui.settings.view_menu import install_view_menu

        install_view_menu(self, self._ctx.actor.username)  # text size, high contrast
        help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        about = help_menu.addAction(self.tr("&O programie"))
        about.triggered.connect(self._about)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("O programie"),
            self.tr("{app} {version}\nProjekty aktywnej integracji ośrodka pomocy społecznej."
                    ).format(app=APP_NAME, version=__version__),
        )
