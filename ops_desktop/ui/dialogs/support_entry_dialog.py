"""One entry of the individual support card: a consultation with a specialist (date, time,
hours, topic, specialist and their kind, optionally under a consultation activity)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QTimeEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import (
    ActivityForm, SpecialistKind, SupportEntryDraft, SupportEntryView, format_hours, hours_between,
    parse_hours,
)
from ops_desktop.domain.errors import DomainError, FieldProblem, ValidationFailed
from ops_desktop.services import activities, support_card
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activity_labels import error_text, fill_activity_combo, problem_text
from ops_desktop.ui.widgets.forms import error_label, show_error


class SupportEntryDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, participation_id: int, project_id: int,
                 hour_minutes: int = 60, entry: SupportEntryView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.participation_id = participation_id
        self.entry = entry
        self._hour_minutes = hour_minutes
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Wsparcie indywidualne"))
        d = entry.draft if entry else None
        day = d.day if d else dt.date.today()
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setObjectName("supportDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        start = d.time_from if d and d.time_from else dt.time(10)
        end = d.time_to if d and d.time_to else dt.time(11)
        self.time_from = QTimeEdit(QTime(start.hour, start.minute))
        self.time_to = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.time_from, self.time_to):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._times_changed)
        self.hours = QLineEdit(format_hours(d.hours) if d else "")
        self.hours.setObjectName("supportHours")
        self.topic = QLineEdit(d.topic if d else "")
        self.topic.setObjectName("supportTopic")
        self.specialist = QLineEdit(d.specialist if d else "")
        self.specialist.setObjectName("supportSpecialist")
        self.kind = QComboBox()
        self.kind.setObjectName("supportKind")
        fill_activity_combo(self.kind, list(SpecialistKind))
        if d:
            self.kind.setCurrentIndex(max(self.kind.findData(d.specialist_kind.value), 0))
        self.activity = QComboBox()
        self.activity.addItem(self.tr("— bez przypisania do zajęć —"), None)
        for row in activities.list_activities(ctx, project_id=project_id):
            if row.form is ActivityForm.CONSULTATION:
                self.activity.addItem(row.name, row.id)
        if d and d.activity_id:
            self.activity.setCurrentIndex(max(self.activity.findData(d.activity_id), 0))
        times = QHBoxLayout()
        times.addWidget(self.time_from)
        times.addWidget(QLabel("–"))
        times.addWidget(self.time_to)
        form = QFormLayout()
        form.addRow(self.tr("Data:"), self.day)
        form.addRow(self.tr("Godziny:"), times)
        form.addRow(self.tr("Liczba godzin:"), self.hours)
        form.addRow(self.tr("Temat / zakres wsparcia:"), self.topic)
        form.addRow(self.tr("Specjalista (imię i nazwisko):"), self.specialist)
        form.addRow(self.tr("Rodzaj specjalisty:"), self.kind)
        form.addRow(self.tr("Zajęcia:"), self.activity)
        self.error = error_label("support")
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
        if entry is None:
            self._times_changed()

    @staticmethod
    def _time(edit: QTimeEdit) -> dt.time:
        return dt.time(edit.time().hour(), edit.time().minute())

    def _times_changed(self) -> None:
        self.hours.setText(format_hours(hours_between(self._time(self.time_from),
                                                      self._time(self.time_to), self._hour_minutes)))

    def draft(self) -> SupportEntryDraft:
        try:
            hours = parse_hours(self.hours.text())
        except ValueError:
            raise ValidationFailed([FieldProblem("hours", "format")]) from None
        value = self.day.date()
        return SupportEntryDraft(
            participation_id=self.participation_id,
            day=dt.date(value.year(), value.month(), value.day()), hours=hours,
            topic=self.topic.text(), specialist=self.specialist.text(),
            specialist_kind=SpecialistKind(self.kind.currentData()),
            activity_id=self.activity.currentData(), time_from=self._time(self.time_from),
            time_to=self._time(self.time_to))

    def save(self) -> None:
        try:
            draft = self.draft()
            if self.entry is None:
                view = support_card.add_entry(self._ctx, draft=draft)
            else:
                view = support_card.update_entry(self._ctx, entry_id=self.entry.id, draft=draft)
        except ValidationFailed as exc:
            show_error(self.error, "\n".join(problem_text(p) for p in exc.problems))
            return
        except DomainError as exc:
            show_error(self.error, error_text(exc))
            return
        self.saved_id = view.id
        self.accept()
