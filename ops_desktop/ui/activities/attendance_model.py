"""People × sessions: the attendance grid as a table model.

Rows are the people on the activity's list (participants, then surroundings), named in the
vertical header so the names stay in view while scrolling through sixty sessions. Columns:
hours present, percentage, then one column per session. A cell holds O / U / N (present,
excused, unexcused). Changes go through `services/attendance.py` at once; the service answers
with the person's new totals, so hours and percentage update in the same step. Cells a person
may not be marked in (before their start, after their end) are grey. `data()` never queries."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ops_desktop.domain.activities import format_hours, weekday_abbreviation
from ops_desktop.domain.attendance import (
    MARK_LETTERS, AttendanceGrid, GridPerson, GridSession, Mark, MarkChange, MarksResult,
    format_pct, meets_threshold, unexcused_flag,
)
from ops_desktop.services import attendance
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import activity_label
from ops_desktop.ui.common.roles import MARK_ROLE, ROW_ROLE


_COLOURS = {Mark.PRESENT: "#d5efd5", Mark.EXCUSED: "#fff0b0", Mark.UNEXCUSED: "#f6c6c6"}
_CLOSED = "#dcdcdc"
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    ROW_ROLE, MARK_ROLE,
})


class AttendanceModel(QAbstractTableModel):
    HOURS, PCT = 0, 1
    FIRST_SESSION = 2

    def __init__(self, ctx: ServiceContext | None, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._grid: AttendanceGrid | None = None
        self._people: list[GridPerson] = []
        self._sessions: tuple[GridSession, ...] = ()
        self._marks: dict[tuple[int, int], Mark] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {mark: QColor(colour) for mark, colour in _COLOURS.items()}
        self._closed = QColor(_CLOSED)
        self._warning = QColor("#b00020")

    # --- what the grid widget drives -------------------------------------------------------
    def load(self, activity_id: int | None) -> None:
        grid = attendance.grid(self._ctx, activity_id=activity_id) if activity_id else None
        self.set_grid(grid)

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._people = list(grid.people) if grid else []
        self._sessions = grid.sessions if grid else ()
        self._marks = dict(grid.marks) if grid else {}
        self.endResetModel()

    @property
    def activity_id(self) -> int | None:
        return self._grid.activity_id if self._grid else None

    def person(self, row: int) -> GridPerson:
        return self._people[row]

    def session_at(self, column: int) -> GridSession | None:
        index = column - self.FIRST_SESSION
        return self._sessions[index] if 0 <= index < len(self._sessions) else None

    def has_marks(self, column: int) -> bool:
        session = self.session_at(column)
        return session is not None and any(key[1] == session.id for key in self._marks)

    def may_mark(self, row: int, column: int) -> bool:
        session = self.session_at(column)
        return session is not None and self._people[row].may_attend(session.day)

    def set_mark(self, row: int, column: int, mark: Mark | None) -> MarksResult | None:
        """Store one cell through the service (raises the service's DomainError)."""
        session = self.session_at(column)
        if session is None or self._grid is None:
            return None
        person = self._people[row]
        result = attendance.set_marks(self._ctx, activity_id=self._grid.activity_id, changes=[
            MarkChange(person.enrolment_id, session.id, mark)])
        key = (person.enrolment_id, session.id)
        if mark is None:
            self._marks.pop(key, None)
        else:
            self._marks[key] = mark
        self._apply_totals(result)
        cell = self.index(row, column)
        self.dataChanged.emit(cell, cell)
        return result

    def all_present(self, column: int) -> MarksResult | None:
        session = self.session_at(column)
        if session is None or self._grid is None:
            return None
        result = attendance.mark_all_present(self._ctx, activity_id=self._grid.activity_id,
                                             session_id=session.id)
        for person in self._people:
            if person.enrolment_id in result.totals:
                self._marks[(person.enrolment_id, session.id)] = Mark.PRESENT
        self._apply_totals(result)
        self.dataChanged.emit(self.index(0, column), self.index(len(self._people) - 1, column))
        return result

    def _apply_totals(self, result: MarksResult) -> None:
        for row, person in enumerate(self._people):
            totals = result.totals.get(person.enrolment_id)
            if totals is not None and totals != person.totals:
                self._people[row] = dataclasses.replace(person, totals=totals)
                self.dataChanged.emit(self.index(row, self.HOURS), self.index(row, self.PCT))

    # --- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._grid is None:
            return 0
        return self.FIRST_SESSION + len(self._sessions)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self._people):
                return None
            person = self._people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                suffix = self.tr(" (otoczenie)") if person.surroundings else ""
                return f"{section + 1}. {person.name}{suffix}"
            return None
        if section < self.FIRST_SESSION:
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Godz."), self.tr("%"))[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("Godziny obecności z godzin zajęć tej osoby"),
                        self.tr("Procent obecności (próg ukończenia: {pct}%)").format(
                            pct=self._grid.threshold_pct if self._grid else 0))[section]
            return None
        session = self.session_at(section)
        if session is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            weekday = weekday_abbreviation(session.day)
            return f"{session.number}\n{session.day:%d.%m}\n{weekday}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Spotkanie {n}: {day}, {hours} godz.\n{topic}").format(
                n=session.number, day=session.day.strftime("%d.%m.%Y"),
                hours=format_hours(session.hours), topic=session.topic)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:   # the view asks for ~10 roles per cell; most need nothing
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._people):
            return None
        person = self._people[row]
        if role == ROW_ROLE:
            return person
        if column < self.FIRST_SESSION:
            return self._summary(person, column, role)
        session = self.session_at(column)
        if session is None:
            return None
        mark = self._marks.get((person.enrolment_id, session.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return MARK_LETTERS[mark] if mark else ""
        if role == MARK_ROLE:
            return mark
        if role == Qt.ItemDataRole.BackgroundRole:
            if not person.may_attend(session.day):
                return self._closed
            return self._brushes.get(mark) if mark else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not person.may_attend(session.day):
                return self.tr("{name}: w tym dniu nie uczestniczy w zajęciach").format(
                    name=person.name)
            return f"{person.name}, {session.day:%d.%m.%Y}: " + (
                activity_label(mark) if mark else self.tr("brak wpisu"))
        return None

    def _summary(self, person: GridPerson, column: int, role: int):
        totals = self._grid and person.totals
        if not totals:
            return None
        flagged = unexcused_flag(totals.unexcused_hours, totals.planned_hours, self._grid.flag_pct)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.HOURS:
                return f"{format_hours(totals.present_hours)}/{format_hours(totals.planned_hours)}"
            return format_pct(totals.pct) + (" !" if flagged else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PCT:
            below = not meets_threshold(totals.present_hours, totals.planned_hours,
                                        self._grid.threshold_pct)
            return self._warning if (below or flagged) else None
        if role == Qt.ItemDataRole.FontRole and column == self.PCT and flagged:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PCT:
            text = self.tr("Nieobecności nieusprawiedliwione: {h} godz. ({pct})").format(
                h=format_hours(totals.unexcused_hours), pct=format_pct(totals.unexcused_pct))
            if flagged:
                text += self.tr(" — powyżej {limit}% godzin zajęć").format(
                    limit=self._grid.flag_pct)
            return text
        return None
