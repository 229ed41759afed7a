"""One entry of the individual support card: a consultation with a specialist (date, time,
hours, topic, specialist and their kind, optionally under a consultation activity)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from ops_desktop.domain.activities import (
    ActivityForm, SpecialistKind, SupportEntryDraft, SupportEntryView,
)
from ops_desktop.domain.errors import DomainError, ValidationFailed
from ops_desktop.services import activities, support_card
from ops_desktop.services.context import ServiceContext
from ops_desktop.ui.activities.activity_labels import error_text, fill_activity_combo, problem_text
from ops_desktop.ui.common.forms import error_label, save_cancel_buttons, show_error
from ops_desktop.ui.activities.session_fields import SessionFields


class SupportEntryDialog(QDialog):
    def __init__(self, ctx: ServiceContext, *, participation_id: int, project_id: int,
                 hour_minutes: int = 60, entry: SupportEntryView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.participation_id = participation_id
        self.entry = entry
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Wsparcie indywidualne"))
        d = entry.draft if entry else None
        form = QFormLayout()
        self.fields = SessionFields(
            form, prefix="support", day=d.day if d else dt.date.today(),
            time_from=d.time_from if d and d.time_from else dt.time(10),
            time_to=d.time_to if d and d.time_to else dt.time(11),
            hours=d.hours if d else None, hour_minutes=hour_minutes)
        self.day = self.fields.day
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
        form.addRow(self.tr("Temat / zakres wsparcia:"), self.topic)
        form.addRow(self.tr("Specjalista (imię i nazwisko):"), self.specialist)
        form.addRow(self.tr("Rodzaj specjalisty:"), self.kind)
        form.addRow(self.tr("Zajęcia:"), self.activity)
        self.error = error_label("support")
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> SupportEntryDraft:
        day, time_from, time_to, hours = self.fields.values()
        return SupportEntryDraft(
            participation_id=self.participation_id, day=day, hours=hours,
            topic=self.topic.text(), specialist=self.specialist.text(),
            specialist_kind=SpecialistKind(self.kind.currentData()),
            activity_id=self.activity.currentData(), time_from=time_from, time_to=time_to)

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
