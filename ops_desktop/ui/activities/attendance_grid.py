"""The attendance grid a caseworker fills from the signed paper list, keyboard alone.

Arrows move. O — obecny (present), U — usprawiedliwiony (excused), N — nieobecny
(unexcused); Space or Delete clears. After a mark the cursor goes one person down (after the
last person: to the top of the next session), so a paper list is copied column by column.
Ctrl+Shift+O (or the button) marks everyone still blank in the current session present.
Enter on the activity list opens the grid at the first session without marks.
A refused mark (person not yet started, already gone…) shows its reason under the grid and
changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.attendance import Mark
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.permissions import Permission
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.common.flow_layout import FlowLayout, hold_wrapped_height
from ops_desktop.ui.activities.activity_labels import error_text
from ops_desktop.ui.activities.attendance_model import AttendanceModel
from ops_desktop.ui.common.fit import fit_columns
from ops_desktop.ui.common.record_actions import add_shortcut

MARK_KEYS = {"o": Mark.PRESENT, "u": Mark.EXCUSED, "n": Mark.UNEXCUSED}
CLEAR_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
ALL_PRESENT_KEYS = "Ctrl+Shift+O"
SESSION_COLUMN_WIDTH = 44


class AttendanceView(QTableView):
    """The table; turns mark keys into requests, leaves navigation to QTableView."""

    mark_requested = Signal(int, int, object)     # row, column, Mark | None
    all_present_requested = Signal(int)            # column

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = Qt.KeyboardModifier.ControlModifier
        if event.key() == Qt.Key.Key_O and modifiers == control | Qt.KeyboardModifier.ShiftModifier:
            if index.isValid():
                self.all_present_requested.emit(index.column())
            event.accept()
            return
        if index.isValid() and not modifiers & (control | Qt.KeyboardModifier.AltModifier):
            letter = event.text().lower()
            if letter in MARK_KEYS:
                self.mark_requested.emit(index.row(), index.column(), MARK_KEYS[letter])
                event.accept()
                return
            if event.key() in CLEAR_KEYS:
                self.mark_requested.emit(index.row(), index.column(), None)
                event.accept()
                return
        super().keyPressEvent(event)


class AttendanceGrid(QWidget):
    changed = Signal()          # a mark was stored
    problem = Signal(str)       # a refused mark, in Polish

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.model = AttendanceModel(ctx, self)
        self.view = AttendanceView()
        self.view.setObjectName("attendanceGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # ResizeToContents is slow
        header.setDefaultSectionSize(SESSION_COLUMN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(52)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(24)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMinimumWidth(230)
        # the header and a few rows always in view (a narrow page puts the grid under the list)
        self.view.setMinimumHeight(header.minimumHeight() + 4 * rows.defaultSectionSize() + 24)
        self.all_present_button = QPushButton(self.tr("Wszyscy obecni ({keys})").format(
            keys=ALL_PRESENT_KEYS))
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.setToolTip(self.tr(
            "Oznacz jako obecnych wszystkich bez wpisu w bieżącym spotkaniu"))
        self.legend = QLabel(self.tr("O — obecny · U — nieobecność usprawiedliwiona · "
                                     "N — nieobecność nieusprawiedliwiona · spacja — wyczyść · "
                                     "strzałki — ruch"))
        self.legend.setObjectName("attendanceLegend")
        self.legend.setWordWrap(True)  # unwrapped it forced the window past 1 500 px
        hold_wrapped_height(self.legend)  # in a tab, which would squeeze its lines
        self.message = QLabel()
        self.message.setObjectName("attendanceMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        top = FlowLayout()  # the button below the legend when both do not fit
        top.add_widget(self.legend, 1)
        top.add_widget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        writable = ctx.can(Permission.ATTENDANCE_WRITE)
        self.all_present_button.setEnabled(writable)
        self._writable = writable
        self.view.mark_requested.connect(self.mark)
        self.view.all_present_requested.connect(self.all_present)
        self.all_present_button.clicked.connect(lambda: self.all_present(self._current_column()))
        add_shortcut(self, ALL_PRESENT_KEYS, lambda: self.all_present(self._current_column()))

    def load(self, activity_id: int | None) -> None:
        self.model.load(activity_id)
        self.message.clear()
        if self.model.rowCount() and self.model.columnCount() > AttendanceModel.FIRST_SESSION:
            self.view.setCurrentIndex(self.model.index(0, AttendanceModel.FIRST_SESSION))
        # session columns as wide as their three-line headers, names and percentages whole:
        # many sessions scroll sideways
        fit_columns(self.view, shrink=False)

    def open_session(self) -> None:
        """Focus the grid on the first session nobody has a mark in yet (the one on the paper
        list in hand), at its first person; the last session when every one has marks."""
        columns = range(AttendanceModel.FIRST_SESSION, self.model.columnCount())
        if not self.model.rowCount() or not columns:
            return
        column = next((c for c in columns if not self.model.has_marks(c)), columns[-1])
        target = self.model.index(0, column)
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def mark(self, row: int, column: int, mark: Mark | None) -> None:
        if not self._writable or self.model.session_at(column) is None:
            return
        try:
            self.model.set_mark(row, column, mark)
        except DomainError as exc:
            self._refused(error_text(exc))
            return
        self.message.clear()
        self.changed.emit()
        self._advance(row, column)

    def all_present(self, column: int) -> None:
        if not self._writable or self.model.session_at(column) is None:
            return
        try:
            result = self.model.all_present(column)
        except DomainError as exc:
            self._refused(error_text(exc))
            return
        if result and result.skipped:
            self.message.setText(self.tr(
                "Pominięto {n} os., które w tym dniu nie uczestniczą w zajęciach.").format(
                n=result.skipped))
        else:
            self.message.clear()
        self.changed.emit()

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        self.problem.emit(text)

    def _current_column(self) -> int:
        index = self.view.currentIndex()
        return index.column() if index.isValid() else -1

    def _advance(self, row: int, column: int) -> None:
        if row + 1 < self.model.rowCount():
            target = self.model.index(row + 1, column)
        elif column + 1 < self.model.columnCount():
            target = self.model.index(0, column + 1)
        else:
            target = self.model.index(row, column)
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)
