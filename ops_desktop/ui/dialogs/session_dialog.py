"""One session of an activity, new or edited: date, time from–to, hours, topic."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import SessionDraft, SessionView, format_hours, hours_between, parse_hours
from ops_desktop.domain.errors import DomainError, FieldProblem
from ops_desktop.services import activities
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activity_labels import error_text, problem_text
from ops_desktop.ui.widgets.forms import error_label, show_error


class SessionDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, activity_id: int, session: SessionView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id = activity_id
        self.session = session
        activity = activities.get_activity(ctx, activity_id=activity_id)
        self._hour_minutes = activity.hour_minutes
        self.setWindowTitle(self.tr("Spotkanie") if session is None
                            else self.tr("Spotkanie nr {n}").format(n=session.number))
        day = session.day if session else max(activity.project_start,
                                              min(dt.date.today(), activity.project_end))
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setObjectName("sessionDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        start = session.time_from if session and session.time_from else dt.time(9)
        end = session.time_to if session and session.time_to else dt.time(13)
        self.time_from = QTimeEdit(QTime(start.hour, start.minute))
        self.time_to = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._times_changed)
        self.hours = QLineEdit(format_hours(session.hours) if session else "")
        self.hours.setObjectName("sessionHours")
        self.topic = QLineEdit(session.topic if session else "")
        self.topic.setObjectName("sessionTopic")
        times = QHBoxLayout()
        times.addWidget(self.time_from)
        times.addWidget(QLabel("–"))
        times.addWidget(self.time_to)
        form = QFormLayout()
        form.addRow(self.tr("Data:"), self.day)
        form.addRow(self.tr("Godziny:"), times)
        form.addRow(self.tr("Liczba godzin:"), self.hours)
        form.addRow(self.tr("Temat:"), self.topic)
        self.error = error_label("session")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Zapisz"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if session is None:
            self._times_changed()

    def _times_changed(self) -> None:
        self.hours.setText(format_hours(hours_between(self._time(self.time_from),
                                                      self._time(self.time_to), self._hour_minutes)))

    @staticmethod
    def _time(edit: QTimeEdit) -> dt.time:
        return dt.time(edit.time().hour(), edit.time().minute())

    def save(self) -> None:
        try:
            hours = parse_hours(self.hours.text())
        except ValueError:
            show_error(self.error, problem_text(FieldProblem("hours", "format")))
            return
        value = self.day.date()
        draft = SessionDraft(dt.date(value.year(), value.month(), value.day()),
                             self._time(self.time_from), self._time(self.time_to), hours,
                             self.topic.text())
        try:
            if self.session is None:
                activities.add_sessions(self._ctx, activity_id=self.activity_id, drafts=[draft])
            else:
                activities.update_session(self._ctx, session_id=self.session.id, draft=draft)
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            return
        self.accept()
