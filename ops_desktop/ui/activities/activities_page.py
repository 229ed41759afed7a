"""Zajęcia: a project's activities, and for the one chosen its attendance grid, sessions and
list of people; printing attendance lists, the activity register and certificates.

Ctrl+N new activity, Ctrl+E edit, Ctrl+Shift+L attendance lists (Ctrl+L locks the
application), Ctrl+D activity register
(dziennik). The grid takes the keyboard as described in `attendance_grid.py`."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QMessageBox, QPushButton,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import ActivityRow, ActivityView
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import activities, activity_documents, projects
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import activity_label, error_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.common.ui_settings import remember_splitter
from ops_desktop.ui.activities.activity_people_panel import ActivityPeoplePanel
from ops_desktop.ui.activities.attendance_grid import AttendanceGrid
from ops_desktop.ui.common.empty_state import set_empty_text
from ops_desktop.ui.common.record_actions import add_shortcut
from ops_desktop.ui.common.flow_layout import FlowLayout, hold_wrapped_height
from ops_desktop.ui.common.reflow_splitter import ReflowSplitter
from ops_desktop.ui.common.fit import size_to_columns
from ops_desktop.ui.activities.sessions_panel import SessionsPanel


def _period(row: ActivityRow) -> str:
    """The first and the last day on two lines (the list stays narrow beside the grid)."""
    if row.first_day is None:
        return ""
    return f"{row.first_day:%d.%m.%Y} –\n{row.last_day:%d.%m.%Y}"


NAME_CAP = 210  # px at 100 % text: a longer activity name wraps over more lines


class ActivitiesPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity: ActivityView | None = None
        self.preview = None
        self._managed: set[int] = set()  # projects whose activities this user may change
        self.project = QComboBox()
        self.project.setObjectName("activitiesProject")
        self.new_button = QPushButton(self.tr("Nowe zajęcia… (Ctrl+N)"))
        self.new_button.setObjectName("newActivity")
        self.edit_button = QPushButton(self.tr("Edytuj…"))
        self.delete_button = QPushButton(self.tr("Usuń"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(ctx.can(Permission.ACTIVITY_WRITE))
        self.list_model = RowsModel([
            Column(self.tr("Zajęcia"), lambda r: r.name,
                   tooltip=lambda r: f"{r.name} — {activity_label(r.form).lower()}"
                   + (f"; {r.group_name}" if r.group_name else "")),
            Column(self.tr("Termin"), _period,
                   lambda r: r.first_day.toordinal() if r.first_day else 0),
            Column(self.tr("Spotkania"), lambda r: str(r.sessions), lambda r: r.sessions,
                   numeric=True),
            Column(self.tr("Osoby"), lambda r: f"{r.participants}" + (
                f" + {r.surroundings} ot." if r.surroundings else ""), lambda r: r.participants,
                numeric=True),
        ], self)
        self.list = QTableView()
        self.list.setObjectName("activitiesList")
        self.list.setAccessibleName(self.tr("Lista zajęć"))
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        # the list as wide as its columns (the name wrapping), the grid takes the rest; form
        # and group are in the title above the grid
        size_to_columns(self.list, caps={0: NAME_CAP})
        set_empty_text(self.list, self.tr(
            "Ten projekt nie ma jeszcze zajęć. Dodaj pierwsze: Nowe zajęcia… (Ctrl+N)."))
        self.title = QLabel()
        self.title.setObjectName("activityTitle")
        self.title.setWordWrap(True)
        hold_wrapped_height(self.title)  # the splitter would squeeze its lines
        self.grid = AttendanceGrid(ctx)
        self.sessions = SessionsPanel(ctx)
        self.people = ActivityPeoplePanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("Obecność"))
        self.tabs.addTab(self.sessions, self.tr("Spotkania"))
        self.tabs.addTab(self.people, self.tr("Lista osób"))
        can_print = ctx.can(Permission.PRINT)
        self.lists_button = QPushButton(self.tr("Listy obecności (Ctrl+Shift+L)…"))
        self.lists_button.setObjectName("printLists")
        self.register_button = QPushButton(self.tr("Dziennik zajęć (Ctrl+D)…"))
        self.register_button.setObjectName("printRegister")
        self.certificates_button = QPushButton(self.tr("Zaświadczenia…"))
        self.certificates_button.setObjectName("certificatesButton")
        for button in (self.lists_button, self.register_button, self.certificates_button):
            button.setEnabled(can_print)
        top = FlowLayout()  # wraps onto more rows at large text
        top.add_group(QLabel(self.tr("Projekt:")), self.project, stretch=1)
        top.add_widget(self.new_button)
        top.add_widget(self.edit_button)
        top.add_widget(self.delete_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.tabs, 1)
        prints = FlowLayout(align_right=True)
        for button in (self.lists_button, self.register_button, self.certificates_button):
            prints.add_widget(button)
        detail_layout.addLayout(prints)
        splitter = ReflowSplitter()  # one above the other when the page is too narrow
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setObjectName("activitiesSplitter")
        remember_splitter(splitter, ctx.actor.username, "activities")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.project.currentIndexChanged.connect(self.reload_list)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        self.lists_button.clicked.connect(lambda: self.print_lists(None))
        self.register_button.clicked.connect(self.print_register)
        self.certificates_button.clicked.connect(self.open_certificates)
        self.sessions.print_lists.connect(self.print_lists)
        for panel in (self.sessions, self.people):
            panel.changed.connect(self.refresh)
        for keys, slot in (("Ctrl+N", self.new_activity), ("Ctrl+E", self.edit_activity),
                           ("Ctrl+Shift+L", lambda: self.print_lists(None)),
                           ("Ctrl+D", self.print_register)):
            add_shortcut(self, keys, slot)
        open_grid = QAction(self.list)
        open_grid.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_grid.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_grid.triggered.connect(self.open_attendance)
        self.list.addAction(open_grid)
        self._load_projects()

    def open_attendance(self) -> None:
        """Enter on the list: the attendance grid at the session to fill in."""
        if self.activity is not None:
            self.tabs.setCurrentWidget(self.grid)
            self.grid.open_session()

    # --- lists ---------------------------------------------------------------------------------
    def _load_projects(self) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        self._managed.clear()
        for row in projects.list_projects(self._ctx):
            self.project.addItem(row.title, row.id)
            if row.managed:
                self._managed.add(row.id)
        self.project.blockSignals(False)
        self.reload_list()

    def reload_list(self, *_: object, keep: int | None = None) -> None:
        project_id = self.project.currentData()
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(self._may_change(project_id))
        rows = activities.list_activities(self._ctx, project_id=project_id) if project_id else []
        self.list_model.set_rows(rows)
        target = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if target is not None:
            self.list.selectRow(target)
        else:
            self.show_activity(None)

    def select_activity(self, activity_id: int) -> None:
        view = activities.get_activity(self._ctx, activity_id=activity_id)
        self.project.setCurrentIndex(self.project.findData(view.draft.project_id))
        self.reload_list(keep=activity_id)

    def _selection_changed(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        self.show_activity(self.list_model.row(rows[0].row()).id if rows else None)

    def show_activity(self, activity_id: int | None) -> None:
        self.activity = activities.get_activity(self._ctx, activity_id=activity_id) \
            if activity_id else None
        a = self.activity
        if a is None:
            self.title.setText(self.tr("Wybierz zajęcia z listy albo dodaj nowe (Ctrl+N)."))
        else:
            self.title.setText(self.tr(
                "<b>{name}</b> — {form}; grupa: {group}; prowadzi: {trainer}; miejsce: {place}; "
                "próg ukończenia: {pct}%").format(
                name=html.escape(a.name), form=activity_label(a.draft.form).lower(),
                group=html.escape(a.group_name or "—"), trainer=html.escape(a.draft.trainer or "—"),
                place=html.escape(a.draft.place or "—"), pct=a.threshold_pct))
        self.grid.load(activity_id)
        self.sessions.load(activity_id)
        self.people.load(a)

    def refresh(self) -> None:
        current = self.activity.id if self.activity else None
        self.reload_list(keep=current)

    def _may_change(self, project_id: int | None) -> bool:
        """Activities of this project may be changed: coordinators, in their own projects."""
        return (project_id is not None and project_id in self._managed
                and self._ctx.can(Permission.ACTIVITY_WRITE))

    # --- actions ---------------------------------------------------------------------------------
    def new_activity(self) -> None:
        from ops_desktop.ui.activities.activity_dialog import ActivityDialog

        project_id = self.project.currentData()
        if project_id is None or not self._may_change(project_id):
            return
        dialog = ActivityDialog(self._ctx, project_id=project_id, parent=self)
        if dialog.exec() and dialog.saved_id:
            self.reload_list(keep=dialog.saved_id)

    def edit_activity(self) -> None:
        from ops_desktop.ui.activities.activity_dialog import ActivityDialog

        if self.activity is None:
            return
        dialog = ActivityDialog(self._ctx, project_id=self.activity.draft.project_id,
                                activity_id=self.activity.id, parent=self)
        if dialog.exec():
            self.refresh()

    def delete_activity(self) -> None:
        if self.activity is None:
            return
        answer = QMessageBox.question(self, self.tr("Usuwanie zajęć"), self.tr(
            "Usunąć zajęcia „{name}” razem ze spotkaniami i obecnością?").format(
                name=self.activity.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            activities.delete_activity(self._ctx, activity_id=self.activity.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Usuwanie zajęć"), error_text(exc))
            return
        self.reload_list()

    def print_lists(self, session_ids: list[int] | None) -> None:
        if self.activity is None:
            return
        doc = activity_documents.attendance_lists_pdf(self._ctx, activity_id=self.activity.id,
                                                      session_ids=session_ids)
        self._preview(doc.data, self.tr("Listy obecności"), "attendance_lists", doc.file_name)

    def print_register(self) -> None:
        if self.activity is None:
            return
        doc = activity_documents.activity_register_pdf(self._ctx, activity_id=self.activity.id)
        self._preview(doc.data, self.tr("Dziennik zajęć"), "activity_register", doc.file_name)

    def _preview(self, pdf: bytes, title: str, document: str, name: str) -> None:
        from ops_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

        activity_id = self.activity.id
        self.preview = PdfPreviewDialog(pdf, title=title, suggested_name=name, parent=self)
        pages = self.preview.page_count()
        record = lambda *_: activities.record_print(  # noqa: E731
            self._ctx, document=document, activity_id=activity_id, pages=pages)
        self.preview.printed.connect(record)
        self.preview.saved.connect(record)
        self.preview.open()

    def open_certificates(self) -> None:
        from ops_desktop.ui.activities.certificates_dialog import CertificatesDialog

        if self.activity is None:
            return
        CertificatesDialog(self._ctx, activity_id=self.activity.id, parent=self).exec()
        self.grid.load(self.activity.id)
