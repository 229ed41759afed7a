"""A whole schedule at once: "every Tuesday and Thursday 9:00–13:00 from … to …".

The preview below lists the sessions the rule gives (public holidays skipped unless told
otherwise), updated as the fields change; single sessions can be dropped from it before
saving, and each session can be edited later. Hours per session follow the times in the
project's hours (clock or 45-minute) until typed by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QTimeEdit,
    QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import (
    WEEKDAY_ABBREVIATIONS, SessionDraft, format_hours, generate_schedule, hours_between,
    parse_hours, weekday_abbreviation,
)
from ops_desktop.domain.errors import DomainError, FieldProblem
from ops_desktop.services import activities
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import error_text, problem_text
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.fit import fit_columns
from ops_desktop.ui.widgets.forms import error_label, show_error
from ops_desktop.ui.activities.session_fields import date_edit, date_of


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class ScheduleDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.activity_id = activity_id
        self.saved = 0
        view = activities.get_activity(ctx, activity_id=activity_id)
        self._hour_minutes = view.hour_minutes
        self.setWindowTitle(self.tr("Harmonogram: {name}").format(name=view.name))
        self.resize(760, 640)
        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        for number in range(len(WEEKDAY_ABBREVIATIONS)):
            box = QCheckBox(weekday_abbreviation(number))
            box.setObjectName(f"weekday{number}")
            box.setChecked(number in (1, 3))
            self.weekdays.append(box)
            days.addWidget(box)
        start = max(view.project_start, min(dt.date.today(), view.project_end))
        self.first_day = self._date_edit("firstDay", start, view)
        self.last_day = self._date_edit("lastDay", min(start + dt.timedelta(days=27),
                                                      view.project_end), view)
        self.time_from = QTimeEdit(QTime(9, 0))
        self.time_from.setObjectName("timeFrom")
        self.time_to = QTimeEdit(QTime(13, 0))
        self.time_to.setObjectName("timeTo")
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
        self.hours = QLineEdit()
        self.hours.setObjectName("sessionHours")
        self._hours_typed = False
        self.topics = QPlainTextEdit()
        self.topics.setObjectName("scheduleTopics")
        self.topics.setMaximumHeight(70)
        self.topics.setPlaceholderText(
            self.tr("Tematy kolejnych spotkań, jeden w wierszu (opcjonalnie)"))
        self.skip_holidays = QCheckBox(self.tr("Pomiń dni ustawowo wolne od pracy"))
        self.skip_holidays.setChecked(True)
        unit = self.tr("dydaktycznych") if view.hour_minutes == 45 else self.tr("zegarowych")
        form = QFormLayout()
        form.addRow(self.tr("Dni tygodnia:"), days)
        period = QHBoxLayout()
        period.addWidget(self.first_day)
        period.addWidget(QLabel(self.tr("do")))
        period.addWidget(self.last_day)
        form.addRow(self.tr("Od:"), period)
        times = QHBoxLayout()
        times.addWidget(self.time_from)
        times.addWidget(QLabel("–"))
        times.addWidget(self.time_to)
        times.addStretch(1)
        form.addRow(self.tr("Godziny:"), times)
        form.addRow(self.tr("Liczba godzin {unit} na spotkanie:").format(unit=unit), self.hours)
        form.addRow(self.tr("Tematy:"), self.topics)
        form.addRow("", self.skip_holidays)
        self.preview_model = RowsModel([
            Column(self.tr("Data"),
                   lambda s: f"{s.day:%d.%m.%Y} ({weekday_abbreviation(s.day)})"),
            Column(self.tr("Godziny"), lambda s: f"{s.time_from:%H:%M}–{s.time_to:%H:%M}"),
            Column(self.tr("Liczba godz."), lambda s: format_hours(s.hours), numeric=True),
            Column(self.tr("Temat"), lambda s: s.topic),
        ], self)
        self.preview = QTableView()
        self.preview.setObjectName("schedulePreview")
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(0, 140)
        fit_columns(self.preview)
        self.summary = QLabel()
        self.summary.setObjectName("scheduleSummary")
        self.drop_button = QPushButton(self.tr("Usuń zaznaczone z podglądu"))
        self.error = error_label("schedule")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Dodaj spotkania"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Anuluj"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(below)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for box in self.weekdays:
            box.toggled.connect(self.regenerate)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.regenerate)
        for edit in (self.time_from, self.time_to):
            edit.timeChanged.connect(self._times_changed)
        self.hours.textEdited.connect(self._hours_edited)
        self.topics.textChanged.connect(self.regenerate)
        self.skip_holidays.toggled.connect(self.regenerate)
        self.drop_button.clicked.connect(self.drop_selected)
        self._times_changed()

    def _date_edit(self, name: str, day: dt.date, view) -> QDateEdit:
        edit = date_edit(day, name)
        edit.setMinimumDate(_qdate(view.project_start))
        edit.setMaximumDate(_qdate(view.project_end))
        return edit

    def _times_changed(self) -> None:
        if not self._hours_typed:
            hours = hours_between(_pytime(self.time_from.time()), _pytime(self.time_to.time()),
                                  self._hour_minutes)
            self.hours.setText(format_hours(hours))
        self.regenerate()

    def _hours_edited(self) -> None:
        self._hours_typed = True
        self.regenerate()

    def sessions(self) -> list[SessionDraft]:
        return self.preview_model.rows()

    def regenerate(self) -> None:
        show_error(self.error, None)
        try:
            hours = parse_hours(self.hours.text())
        except ValueError:
            show_error(self.error, problem_text(FieldProblem("hours", "format")))
            hours = 0
        topics = [t.strip() for t in self.topics.toPlainText().splitlines() if t.strip()]
        drafts = generate_schedule(
            weekdays={n for n, box in enumerate(self.weekdays) if box.isChecked()},
            first_day=date_of(self.first_day), last_day=date_of(self.last_day),
            time_from=_pytime(self.time_from.time()), time_to=_pytime(self.time_to.time()),
            hour_minutes=self._hour_minutes, hours=hours, topics=topics or None,
            skip_holidays=self.skip_holidays.isChecked())
        self.preview_model.set_rows(drafts)
        self._summarise()

    def drop_selected(self) -> None:
        rows = {index.row() for index in self.preview.selectionModel().selectedRows()}
        self.preview_model.set_rows([s for n, s in enumerate(self.sessions()) if n not in rows])
        self._summarise()

    def _summarise(self) -> None:
        drafts = self.sessions()
        self.summary.setText(self.tr("Spotkań: {n}, razem {h} godz.").format(
            n=len(drafts), h=format_hours(sum(d.hours for d in drafts))))

    def save(self) -> None:
        drafts = self.sessions()
        if not any(box.isChecked() for box in self.weekdays):
            show_error(self.error, problem_text(FieldProblem("weekdays", "required")))
            return
        if not drafts:
            show_error(self.error, problem_text(FieldProblem("schedule", "empty")))
            return
        try:
            activities.add_sessions(self._ctx, activity_id=self.activity_id, drafts=drafts)
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            return
        self.saved = len(drafts)
        self.accept()
