"""Date, time from–to and hours of one meeting (a session or a consultation), added to a form;
and the plain date field the activity dialogs share.

Hours follow the times in the project's hours (clock or 45-minute) until typed by hand;
`values()` gives (day, time from, time to, hours x100) and raises ValidationFailed when the
hours are not a number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, QTime
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit

from ops_desktop.domain.activities import format_hours, hours_between, parse_hours
from ops_desktop.domain.errors import FieldProblem, ValidationFailed


def date_edit(day: dt.date, name: str = "") -> QDateEdit:
    """A date field with a calendar, shown as DD.MM.RRRR."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class SessionFields(QObject):
    def __init__(self, form: QFormLayout, *, day: dt.date, time_from: dt.time, time_to: dt.time,
                 hours: int | None, hour_minutes: int, prefix: str):
        super().__init__(form)
        self._hour_minutes = hour_minutes
        self.day = date_edit(day, f"{prefix}Day")
        self.time_from = QTimeEdit(QTime(time_from.hour, time_from.minute))
        self.time_to = QTimeEdit(QTime(time_to.hour, time_to.minute))
        self.hours = QLineEdit(format_hours(hours) if hours is not None else "")
        self.hours.setObjectName(f"{prefix}Hours")
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._times_changed)
        times = QHBoxLayout()
        times.addWidget(self.time_from)
        times.addWidget(QLabel("–"))
        times.addWidget(self.time_to)
        times.addStretch(1)
        form.addRow(self.tr("Data:"), self.day)
        form.addRow(self.tr("Godziny:"), times)
        form.addRow(self.tr("Liczba godzin:"), self.hours)
        if hours is None:
            self._times_changed()

    @staticmethod
    def _time(edit: QTimeEdit) -> dt.time:
        return dt.time(edit.time().hour(), edit.time().minute())

    def _times_changed(self) -> None:
        self.hours.setText(format_hours(hours_between(
            self._time(self.time_from), self._time(self.time_to), self._hour_minutes)))

    def values(self) -> tuple[dt.date, dt.time, dt.time, int]:
        try:
            hours = parse_hours(self.hours.text())
        except ValueError:
            raise ValidationFailed([FieldProblem("hours", "format")]) from None
        return date_of(self.day), self._time(self.time_from), self._time(self.time_to), hours
